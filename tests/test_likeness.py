"""A target beside last year's result only when both count the same thing
(``workreport.likeness``, read by ``targets.targets_vs_results``; session 67, tester)."""

from __future__ import annotations

from pathlib import Path

import pytest

from workreport import findings
from workreport.extract.catalog import Report
from workreport.extract.tables import extract_report
from workreport.likeness import counts_alike, narrowed, new_beside_stock, same_thing, similar_label
from workreport.targets import targets_vs_results

# A county's report written for the test in the reports' style: its review of 2022 and its
# plan for 2023 name five things alike in words that are not the same things, and two
# that are.
REPORT = """2023年政府工作报告
各位代表：
一、2022年工作回顾
过去一年，农村人居环境持续改善，完成65个自然村农村生活污水治理，标准化村卫生室达到90家，新增公共停车位4100个。
项目建设提速增效，实施县级以上重点项目80个，5个项目入选省科技型中小企业创新能力提升工程，入库科技型中小企业230家。
政务服务更加便捷，推出“一件事一次办”应用场景322个。专精特新企业达到3694家，开工省市重点项目120个。
二、2023年工作安排
今年重点抓好以下工作：完成10个行政村农村生活污水治理工程，培育县级以上农民合作社示范社30家，建设中医药特色村卫生室15家。
科技型中小企业入库260家，新增应用场景1000个，增加停车位4000个。新培育专精特新企业400家，实施市重点项目270个。
"""


@pytest.fixture(scope="module")
def paired(tmp_path_factory) -> dict[str, str]:
    """Each target's label → the label of the result it is set beside ("" for none)."""
    path = Path(tmp_path_factory.mktemp("likeness")) / "county-2023.txt"
    path.write_text(REPORT, encoding="utf-8")
    ind = extract_report(Report(id="c", path=path, government="某县人民政府", level="county",
                                report_year=2023, year_reviewed=2022)).tables["indicators"]
    tv = targets_vs_results(ind, "c")
    return dict(zip(tv["indicator"], tv["result_indicator"], strict=True))


@pytest.mark.parametrize(("target", "result"), [
    ("行政村农村生活污水治理工程", ""),    # 行政村, not the 自然村 of last year
    ("培育县级以上农民合作社示范社", ""),  # 示范社, not 县级以上重点项目
    ("科技型中小企业入库", "入库科技型中小企业"),  # the firms, not 5 projects of a programme
    ("建设中医药特色村卫生室", ""),        # one set of clinics, not another (标准化村卫生室)
    ("新增应用场景", ""),                  # all new scenarios, not the named “一件事一次办” ones
    ("增加停车位", "新增公共停车位"),      # the same thing worded otherwise stays paired
    ("新培育专精特新企业", ""),            # new firms to foster, not the stock (session 68)
    ("市重点项目", ""),                    # the city's projects, not 省市 together
])
def test_a_target_is_set_beside_the_same_thing_only(paired, target, result):
    assert paired[target] == result


@pytest.mark.parametrize(("label", "other"), [
    ("行政村农村生活污水治理工程", "农村生活污水治理的自然村"),  # the head after the run
    ("培育县级以上农民合作社示范社", "县级以上重点项目"),
    ("科技型中小企业入库", "入选省重大科技创新和科技型中小企业创新能力提升工程的项目"),
    ("建设中医药特色村卫生室", "标准化村卫生室"),              # two qualified sets
    ("市级以上农业龙头企业", "省级农业龙头企业"),
    ("新增应用场景", "推出“一件事一次办”应用场景"),            # a named subset
    ("新增清洁能源装机", "清洁能源总装机"),                    # a total
    ("新增高新技术企业", "五年累计新增高新技术企业"),
    ("新增“专精特新”企业", "五年累计新增“专精特新”企业"),
    ("省、市重点项目总投资", "项目总投资"),                  # a generic head (re-check)
    ("新增高新技术企业", "企业"),
    # session 68, tester: new things counted are not the stock of them ...
    ("新培育专精特新企业", "专精特新企业"),
    ("新认定国家科技型中小企业", "国家科技型中小企业"),
    ("净增市场主体", "市场主体"),
    ("新建新能源装机", "新能源装机"),                 # a 新 of the noun is no act
    ("新增和美乡村", "已建成和美乡村"),
    # ... and a union of scopes is not one of them, nor one scope another
    ("市重点项目", "开工省市重点项目"),
    ("省级重点项目", "市级重点项目"),
    ("市重点项目", "重点项目"),                      # a scope and none: a part and all
    ("龙头企业", "省级农业龙头企业"),
    ("创建市级现代农业园区", "省市级现代农业园区"),     # 省市级 is 省市, not 市级
])
def test_labels_counting_different_things(label, other):
    assert not same_thing(label, other) and not same_thing(other, label)


@pytest.mark.parametrize(("label", "other"), [
    ("增加停车位", "新增公共停车位"),                  # one label qualifies the head
    ("改造供水“一户一表”", "水表“一户一表”"),          # a quoted name both give
    ("发展微型企业", "新增微型企业"),                  # acts aside
    ("科技型中小企业入库", "入库科技型中小企业"),
    ("园区基础设施项目", "园区基础设施建设项目"),      # a noun naming the act
    ("新增就业", "新增就业人员"),                      # a word counting the head's things
    ("城镇新增就业岗位", "新增城镇就业岗位"),          # one qualifier holds the other
    ("药品集中带量采购", "集中带量采购药品"),          # the same words in another order
    ("新签约项目", "新签约亿元以上工业项目"),          # 项目 after the run is the head
    ("新增规上工业企业", "新增规模以上工业企业"),      # a short form spelled out
    ("基本建成保障房", "保障性安居工程基本建成"),      # re-check: the State Council 2014's
    ("取消和下放行政审批事项", "分批取消和下放行政审批"),  # pairs the first fix lost
    ("新培育专精特新企业", "培育专精特新企业"),        # both count things done (session 68)
    ("新增品牌首店", "引入品牌首店"),                  # acts of a count of things done
    ("新投产里程", "新建铁路投产里程"),
    ("新建垃圾箱", "安装隐蔽式垃圾箱"),
    ("保障性安居工程", "新开工保障性安居工程"),        # works, no stock (State Council 2015)
    ("省重点项目", "争列省重点项目"),                  # one scope
    ("新增各类市场主体", "新增市场主体"),              # 市场 names no scope
    ("新改建农村公路", "新改建普通省道和农村公路"),    # nor 省道
    ("新改建公厕", "新建改建公厕"),
    ("打造省级美丽乡村", "通过市级验收的省级美丽乡村创建"),  # the scope nearest the head
])
def test_labels_counting_the_same_thing(label, other):
    assert same_thing(label, other) and same_thing(other, label)


def test_similar_label_passes_over_another_thing_for_the_same_one():
    """The longest shared run no longer decides alone: of 县级以上重点项目 (4 shared
    characters, another thing) and 新增县级以上农民合作社示范社 (the same thing), the latter."""
    assert similar_label("培育县级以上农民合作社示范社",
                         ["县级以上重点项目", "新增县级以上农民合作社示范社"]) \
        == "新增县级以上农民合作社示范社"
    assert similar_label("培育县级以上农民合作社示范社", ["县级以上重点项目"]) is None


def test_similar_label_needs_three_shared_characters():
    assert similar_label("增加停车位", ["新增就业", "新增公共停车位"]) == "新增公共停车位"
    assert similar_label("新增就业", ["带动就业"]) is None


def test_similar_label_needs_half_the_shorter_label():
    assert similar_label("人均基本公共卫生服务经费补助标准",
                         ["新农合和城镇居民医保财政补助标准"]) is None


def test_a_new_that_ends_a_word_is_no_newness():
    """创新建设 holds 新建 but counts nothing new: its label is a stock's (session 68)."""
    assert not same_thing("新增科技创新平台", "科技创新平台")
    assert same_thing("科技创新建设平台", "科技创新平台")


# Session 69, tester: a target whose sentence narrows the scope to a body or zone
# (党政机关) is not the whole city's result of the year before, though the labels match;
# a result with the same scope is.
NARROWED = """2024年政府工作报告
各位代表：
一、2023年工作回顾
深入推进城市更新，新增共享停车泊位近1.9万个，新增公共充电桩近1.2万个。
开发区新建标准厂房20万平方米。
二、2024年工作安排
推动党政机关停车资源共享，打造停车共享场景20个，新增共享泊位5000个。新增公共充电桩5000个。
开发区新建标准厂房10万平方米。
"""


@pytest.fixture(scope="module")
def narrowed_pairs(tmp_path_factory):
    path = Path(tmp_path_factory.mktemp("narrowed")) / "city-2024.txt"
    path.write_text(NARROWED, encoding="utf-8")
    ind = extract_report(Report(id="n", path=path, government="某市人民政府", level="city",
                                report_year=2024, year_reviewed=2023)).tables["indicators"]
    return targets_vs_results(ind, "n")


def test_a_target_of_a_narrower_scope_is_set_beside_nothing(narrowed_pairs):
    got = dict(zip(narrowed_pairs["indicator"], narrowed_pairs["result_indicator"],
                   strict=True))
    assert got["新增共享泊位"] == ""                   # the offices' own, not the city's
    assert got["新增公共充电桩"] == "新增公共充电桩"    # no scope named: paired
    assert got["开发区新建标准厂房"] == "开发区新建标准厂房"  # the same zone on both sides


def test_a_cut_keeps_the_qualifier_of_both_numbers(narrowed_pairs):
    (cut,) = [c for c in findings.target_moves(narrowed_pairs) if "充电桩" in c]
    assert "after nearly 12,000 (近1.2万个) in 2023" in cut


@pytest.mark.parametrize(("target", "result", "expected"), [
    (("推动党政机关停车资源共享，新增共享泊位5000个。", "5000个", "新增共享泊位"),
     ("城市更新新增共享停车泊位近1.9万个。", "近1.9万个"), True),
    (("新增共享泊位5000个，推动党政机关停车资源共享。", "5000个", "新增共享泊位"),  # after it
     ("新增共享停车泊位近1.9万个。", "近1.9万个"), False),
    (("深化国有企业研发投入专项行动，支持企业组建创新联合体，新增国家级高新技术企业800家。",
      "800家", "新增国家级高新技术企业"),  # another clause's body, not the topic
     ("新增国家级高新技术企业超过1500家。", "超过1500家"), False),
    (("推动国有企业研发投入，新增研发投入10亿元。", "10亿元", "新增研发投入"),  # the topic
     ("全社会研发投入增加20亿元。", "20亿元"), True),
    (("推动党政机关停车资源共享，新增共享泊位5000个。", "5000个", "新增共享泊位"),
     ("党政机关新增共享泊位3000个。", "3000个"), False),              # the same body on both
    ((float("nan"), "", ""), ("新增共享停车泊位近1.9万个。", "近1.9万个"), False),
])
def test_narrowed(target, result, expected):
    assert narrowed(target, result) is expected


# Session 71 (re-test 70): a count in one measure word is set beside a count in another only
# where both count one kind of thing (vocab/english.yml count_kinds); 户 beside another
# measure word only where the label names households or firms.
@pytest.mark.parametrize(("unit", "label", "other_unit", "other_label", "alike"), [
    ("户", "完成老旧小区改造", "个", "老旧小区改造任务", False),  # households, communities
    ("个", "农村厕所改造", "户", "农村厕所改造", False),
    ("个", "改造老旧小区", "万平米", "改造老旧小区", False),     # a count and an area
    ("项", "引进项目", "家", "引进项目", False),                 # items and firms share none
    ("个", "就业岗位", "人", "就业岗位", False),                 # 个 counts things, not people
    ("家", "企业改制", "户", "企业改制", True),                  # firms both
    ("户", "新认定绿色工厂", "个", "培育绿色工厂", True),
    ("个", "地质灾害隐患点治理", "处", "地质灾害隐患点治理", True),
    ("个", "县重点项目", "项", "县重点项目", True),              # projects both
    ("万户", "气代煤改造", "户", "气代煤改造", True),            # one measure word
    ("亿", "一般公共预算收入", "亿元", "一般公共预算收入", True),  # a unit of no dimension
])
def test_counts_alike(unit, label, other_unit, other_label, alike):
    assert counts_alike(unit, label, other_unit, other_label) is alike
    assert counts_alike(other_unit, other_label, unit, label) is alike


@pytest.mark.parametrize(("label", "other", "expected"), [
    ("新建县重点项目", "县重点项目", True),            # new projects: a part of the year's list
    ("新增上市企业", "上市企业", True),                # the listed firms stand
    ("新增有进出口实绩企业", "有进出口实绩企业", True),  # 有 is no act
    ("新增高新技术企业", "高新技术企业", True),
    ("新建续建亿元以上项目", "亿元以上项目", False),   # new and continued: the whole list
    ("新增国土绿化", "国土绿化", False),               # both a year's greening
    ("新增防沙治沙", "防沙治沙", False),
    ("新开工保障性安居工程", "保障性安居工程", False),  # works, no list (State Council 2015)
    ("新引进国际知名品牌", "引进国际知名品牌", False),
])
def test_new_beside_stock(label, other, expected):
    assert new_beside_stock(label, other) is expected and new_beside_stock(other, label) is expected
