"""``extract.labelverbs``: what was done to the counted things goes before them (issue 13
§2, round 14: "a count's action verb dropped"). Whole sentences are in
tests/data/phrasings_labels.csv."""

from __future__ import annotations

import pytest

from workreport.extract.labelclause import rest_of_clause
from workreport.extract.labelsharedhead import modifier_list
from workreport.extract.labelshares import compared_share, share_of_noun
from workreport.extract.labelverbs import (
    before_next,
    doing_subject,
    increase_first,
    place_work,
    predicate_first,
    served_noun,
)


@pytest.mark.parametrize(("after", "noun", "expected"), [
    ("个项目建成投产。", "项目", "建成投产项目"),  # round 8
    ("个示范基地提档升级。", "示范基地", "提档升级示范基地"),  # round 14
    ("台燃煤锅炉全部拆除，实现清零。", "燃煤锅炉", "拆除燃煤锅炉"),  # past an adverb
    # round 45: 建成, 竣工, 投入使用 after an adverb go in front too (not after 基本)
    ("个易地扶贫搬迁安置区全部建成投用。", "易地扶贫搬迁安置区", "建成投用易地扶贫搬迁安置区"),
    ("个蔬菜大棚基本建成。", "蔬菜大棚", "蔬菜大棚"),  # round 45: 基本 says how far
    ("个聚烯烃升级改造项目开工。", "聚烯烃升级改造项目", "开工聚烯烃升级改造项目"),
    ("条农村公路提档升级改造。", "农村公路提档升级改造", "农村公路提档升级改造"),
])
def test_predicate_first(after, noun, expected):
    assert predicate_first(after, 0, len(after), noun) == expected


def test_rest_of_clause():
    assert rest_of_clause("新建学校3所，改造5所。", 5, 11) == "所"


@pytest.mark.parametrize(("rest", "expected"), [
    ("供水、供热、排水管网。", "供水、供热、排水管网"),  # modifiers of one head
    ("省级、市级示范村", "省级、市级示范村"),
    ("项目、签约15个。", ""),  # a verb of its own
    ("金牌、残奥会获得8块金牌", ""),
    ("市辖区、二十二万个乡建立", ""),
])
def test_modifier_list(rest, expected):
    assert modifier_list(rest) == expected


@pytest.mark.parametrize(("noun", "stop", "expected"), [
    ("卫生院聘任", "80", "卫生院"),  # the verb is the next count's
    ("矿山企业年生产砂石料", "7024", "矿山企业"),  # a yearly act on the next count (round 55)
    ("民企上榜民营企业", "500", "民企"),  # a verb and its object (round 55)
    ("矿山生态修复工程", "79", "矿山生态修复工程"),  # not a works' name
    ("钢铁企业用料", "5", "钢铁企业用料"),  # nor a verb of one character
    ("民生工程和县人大票决", "10", "民生工程和县人大票决"),  # nor across 和
    ("水库和引水二期", "等", "水库"),  # the first of names before 等
    ("电池级磷酸铁及磷酸铁锂", "等", "电池级磷酸铁及磷酸铁锂"),  # 及 joins one product
])
def test_before_next(noun, stop, expected):
    assert before_next(noun, stop) == expected


@pytest.mark.parametrize(("after", "expected"), [
    ("村整体征迁工作", "整体征迁村"), ("村的创建工作", "创建村"),
    ("村庄污水治理工作", "村庄污水治理工作"), ("乡镇污水处理厂建设工作", "乡镇污水处理厂建设工作"),
])
def test_place_work(after, expected):
    assert place_work(after) == expected


@pytest.mark.parametrize(("before", "after", "expected"), [
    ("贡献了全国", "的贸易增量。", "全国贸易增量占比"),
    ("园区贡献了全省74.6%的工业增加值和", "左右的税收。", "全省税收占比"),
    ("占全国", "的贸易增量。", ""),  # 占 is the share rule's
    ("贡献了全国", "。", ""),
])
def test_share_of_noun(before, after, expected):
    assert share_of_noun(before, after) == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("总额不超过封顶线", "总额占封顶线比例"), ("报销额不低于总费用", "报销额占总费用比例"),
    ("城镇登记失业率", "城镇登记失业率"),
])
def test_compared_share(name, expected):
    assert compared_share(name) == expected  # round 14


# Round 15 (part Q): the verb phrase after a counted noun, its subject, says which are counted.
@pytest.mark.parametrize(("noun", "tail", "before", "expected"), [
    ("港澳专业人才", "通过职称评价", "首批", "通过职称评价的港澳专业人才"),
    ("企业", "开展技术改造和数字化转型", "推动超", "开展技术改造和数字化转型的企业"),
    ("治理项目", "已通过验收", "", "通过验收的治理项目"),
    ("企业", "被认定为高新技术企业", "", "被认定为高新技术企业"),
    ("省外劳动力在本省稳定就业", "", "保持", "在本省稳定就业的省外劳动力"),
    ("干部", "深入一线开展帮扶", "抽调", ""),  # the object of a verb before the number
    ("医师", "开展帮扶工作", "选派市县", ""),  # sent
    ("示范村", "全部完成创建", "", ""),  # how they fared
    ("项目", "通过验收、开工建设", "", ""),  # a list
    ("区县成功", "创建示范城市", "", ""),  # no noun: cut
])
def test_doing_subject(noun, tail, before, expected):
    assert doing_subject(noun, tail, before) == expected


@pytest.mark.parametrize(("noun", "tail", "expected"), [
    ("重点群体", "提供就业帮扶", "获得就业帮扶的重点群体"),
    ("新生儿免费提供筛查", "", "免费筛查的新生儿"),
    ("困难老人家庭", "实施适老化改造", "适老化改造的困难老人家庭"),
    ("孤困儿童", "发放补助", "获得补助的孤困儿童"),
    ("退役军人", "接续补缴养老医疗保险", ""),  # done by them or for them: not said
    ("农民工", "追回工资7.2亿元", ""),  # another figure's
    ("新城与中心城区示范项目", "", ""),  # one noun
])
def test_served_noun(noun, tail, expected):
    assert served_noun(noun, tail) == expected


@pytest.mark.parametrize(("name", "unit", "expected"), [
    # Round 16: a 新增 or 净增 ending a label after its noun goes first ...
    ("马铃薯推广面积新增", "万亩", "新增马铃薯推广面积"),
    ("民营经营主体净增", "万户", "净增民营经营主体"),
    # ... not after a span of time, an adverb or a rate, nor for a %.
    ("无梭织机五年新增", "台", "无梭织机五年新增"),
    ("森林覆盖率净增", "个百分点", "森林覆盖率净增"),
    ("“五上”企业新增", "%", "“五上”企业新增"),
])
def test_increase_first(name, unit, expected):
    assert increase_first(name, unit) == expected
