"""``extract.labelbare``: a bare verb's count names the thing counted (round 16); whole
sentences are in tests/data/phrasings_labels.csv."""

from __future__ import annotations

import pytest

from workreport.extract.labelbare import counted_thing


@pytest.mark.parametrize(("name", "before", "rest", "unit", "previous", "expected"), [
    # the generic noun of the count before, in the same unit
    ("取得备案", "达成合作意向项目70个，", "", "个", "达成合作意向项目", "取得备案项目"),
    ("承接", "消减审批事项23项、", "", "项", "消减审批事项", "承接事项"),
    ("取得备案", "达成合作意向项目70家，", "", "个", "达成合作意向项目", ""),  # another unit
    # the thing the unit counts, with a short predicate after the number
    ("争引", "成功争引", "落地", "家", None, "争引落地企业"),
    ("争引", "成功争引", "", "家", None, "争引企业"),
    ("争引", "成功争引", "", "个", None, ""),  # a unit that names no thing
    ("试点单位", "", "", "家", None, ""),  # a counted noun of its own
    ("改造", "新建城区公厕7座、", "", "座", "新建城区公厕", ""),  # labelverbs' own verbs
])
def test_bare_verb_takes_the_thing_counted(name, before, rest, unit, previous, expected):
    assert counted_thing(name, before, rest, unit, previous) == expected


@pytest.mark.parametrize(("before", "expected"), [
    ("建设中欧班列集结中心，力争全年", "开行中欧班列"),  # the thing 列 names, named before
    ("力争全年", ""),  # ... not named: no rule
])
def test_bare_verb_takes_the_thing_its_unit_names(before, expected):
    assert counted_thing("开行", before, "以上", "列", None) == expected
