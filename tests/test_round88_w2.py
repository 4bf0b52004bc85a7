"""Round 88 (w2): rules for the development draws' "owner lost" and "other thing" labels, each
tested by invented sentences of its class (labelcapacityowner …)."""
import pytest

from workreport.extract.labelcapacityowner import capacity_owned

from .test_figures import _sentence_rows


@pytest.mark.parametrize(("name", "before", "expected"), [
    # the works the sentence opens with, a status or a count of its parts after its name
    ("计划年产饼干", "某某食品厂建成投产，成为全省最大的饼干基地，计划年产饼干",
     "某某食品厂计划年产饼干"),
    ("年产能", "某某核心工厂两条生产线全部启动，达到年产", "某某核心工厂年产能"),
    ("日处理污水", "东城污水处理厂正式运行，日处理污水", "东城污水处理厂日处理污水"),
    # the project an annex note heads
    ("设计日处理生活垃圾", "〔9〕某某垃圾发电：项目位于某镇，设计日处理生活垃圾",
     "某某垃圾发电设计日处理生活垃圾"),
    ("日屠宰生猪", "〔3〕某某屠宰加工：该项目总投资1亿元，日屠宰生猪", "某某屠宰加工日屠宰生猪"),
    # not: no works named, a verb first, the capacity in the first clause, no capacity, money
    ("年产蔬菜", "新建大棚300栋，年产蔬菜", "年产蔬菜"),
    ("年产饼干", "新建某某食品厂，年产饼干", "年产饼干"),
    ("年产饼干", "某某食品厂年产饼干", "年产饼干"),
    ("总投资", "某某食品厂建成投产，总投资", "总投资"),
    ("年产值", "某某食品厂建成投产，年产值", "年产值"),
    ("某某食品厂年产能", "某某食品厂建成投产，达到年产", "某某食品厂年产能"),
])
def test_capacity_owned(name, before, expected):
    assert capacity_owned(name, before, "", "count") == expected


def test_capacity_owned_in_a_sentence():
    rows = _sentence_rows("某某核心工厂两条生产线全部启动，达到年产3000万包产能。")
    assert rows.indicator.tolist()[-1] == "某某核心工厂年产能"


@pytest.mark.parametrize(("sentence", "expected"), [
    # counts listed with 、 and their one measure before 分别: each count's things' measure
    ("12条市级重点产业链、9个特色小镇营业收入预计分别增长8.5%、6%。",
     ["市级重点产业链", "特色小镇", "市级重点产业链营业收入", "特色小镇营业收入"]),
    ("3个园区、5个基地产值分别增长10%、12%。", ["园区", "基地", "园区产值", "基地产值"]),
    # not: counts after an act (建成…), whose measure's owners the act's things need not be
    ("建成3个园区、5个基地产值分别增长10%、12%。",
     ["建成园区", "建成基地", "基地产值", "基地产值"]),
])
def test_listed_counts_measure(sentence, expected):
    assert _sentence_rows(sentence).indicator.tolist() == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a count before that is no figure (类) gives what reached them from its own words
    ("利用帮扶资金，设立扶贫岗位12类，覆盖贫困人口800人。", ["扶贫岗位覆盖贫困人口"]),
    # people after the households the clause of reach counts first
    ("设立扶贫岗位12类，覆盖贫困人口300户800人。", ["扶贫岗位覆盖贫困人口"] * 2),
    ("新建扶贫车间20个，覆盖贫困人口300户800人。",
     ["新建扶贫车间", "扶贫车间覆盖贫困人口", "扶贫车间覆盖贫困人口"]),
    # not: no verb that makes the things before the uncounted count
    ("评出先进典型20类，覆盖人口300人。", ["覆盖人口"]),
])
def test_sibling_reach_uncounted(sentence, expected):
    assert _sentence_rows(sentence).indicator.tolist() == expected


def test_sibling_reach_widened():
    # a thing widened to a count of places reaches the people they hold, not the places
    rows = _sentence_rows("城乡医疗救助试点扩大到300个县，覆盖农村2亿人口。")
    assert rows.indicator.tolist() == ["城乡医疗救助试点县", "城乡医疗救助试点覆盖农村人口"]


@pytest.mark.parametrize(("sentence", "total"), [
    # the money after counts of projects by level is all the levels' total
    ("今年安排省重点项目2个，市重点项目7个，总投资80亿元。", "省市重点项目总投资"),
    ("实施省重点项目2个、市重点项目7个、县重点项目12个，总投资80亿元。", "省市县重点项目总投资"),
    ("实施省级重点项目2个，市级重点项目7个，总投资80亿元。", "省市级重点项目总投资"),
    # not: counts of different things (which total is unsaid), one count
    ("新建小学3所，新建初中2所，总投资5亿元。", "新建初中总投资"),
    ("实施市重点项目7个，总投资80亿元。", "市重点项目总投资"),
])
def test_levels_total(sentence, total):
    assert _sentence_rows(sentence).indicator.tolist()[-1] == total


def test_yearly_plan_money_after_a_total():
    # 年计划投资 is 年度计划投资: after a total it is the same projects'
    rows = _sentence_rows("今年安排省重点项目2个，市重点项目7个，总投资80亿元，年计划投资20亿元。")
    assert rows.indicator.tolist()[-2:] == ["省市重点项目总投资", "省市重点项目年计划投资"]
