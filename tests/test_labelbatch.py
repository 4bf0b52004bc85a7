"""labelbatch.batch_kept: an ordinal batch word before a count is the count's scope (round 41)."""

from __future__ import annotations

import pytest

from workreport.extract.labelbatch import batch_kept


@pytest.mark.parametrize(("name", "before", "rest", "dimension", "expected"), [
    ("重点改革", "第一批", "重点改革稳步推进", "count", "第一批重点改革"),
    ("组建创新联合体", "牵头组建首批", "创新联合体。", "count", "组建首批创新联合体"),
    ("中国特色小镇", "甲镇被列入全国首批", "中国特色小镇；", "count", "全国首批中国特色小镇"),
    ("川渝通办事项", "推动第4批", "川渝通办事项高效实施", "count", "第4批川渝通办事项"),
    ("通过职称评价的港澳专业人才", "首批", "港澳专业人才通过职称评价", "people",
     "通过职称评价的首批港澳专业人才"),
    # the scope in the label already: only the ordinal goes in
    ("全省出口示范基地", "成为全省首批", "出口示范基地之一", "count", "全省首批出口示范基地"),
    # no noun of the rest in the label: the batch goes in front
    ("试点", "启动首批", "个", "count", "首批试点"),
    # not: a batch that says no which, an amount, a label with 批, no batch at all
    ("特色产业集群", "培育一批", "特色产业集群", "count", "特色产业集群"),
    ("企业技术中心", "认定新一批", "企业技术中心", "count", "企业技术中心"),
    ("资金", "首批", "已经下达", "money", "资金"),
    ("建成首批“乡村振兴专家驿站”", "建成首批", "“乡村振兴专家驿站”", "count",
     "建成首批“乡村振兴专家驿站”"),
    ("合作项目", "推进", "合作项目", "count", "合作项目"),
])
def test_batch_ordinal_is_the_counts_scope(name, before, rest, dimension, expected):
    assert batch_kept(name, before, rest, dimension) == expected
