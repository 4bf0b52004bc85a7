"""targetyears.target_year: the year a plan's target is set for, over its paragraph and its
part's title (session 70, tester 70 item 2: the State Council 2016's five-year goals were
dated 2016). Invented sentences in a 2014 report reviewing 2013."""

import pandas as pd
import pytest

from .test_figures import _figures

_REVIEW = "一、2013年工作回顾\n新增就业5.5万人。\n"
_PLAN = _REVIEW + "二、2014年主要工作\n"


def _years(text: str, quote: str) -> list[tuple[str, int]]:
    rows = _figures(text)
    return list(zip(rows[rows.quote == quote].kind, rows[rows.quote == quote].year, strict=True))


@pytest.mark.parametrize(("paragraph", "quote", "year"), [
    # 届时 and the sentences after an opening 到2018年 are that year's
    ("到2018年，全县生产总值达到200亿元。届时，财政收入超过20亿元。", "超过20亿元", 2018),
    ("到2018年，道路通车里程提高到900公里。新建桥梁30座。", "30座", 2018),
    ("今后五年，森林覆盖率达到30%。空气质量优良天数比率超过80%。", "超过80%", 2018),
    ("今后五年，森林覆盖率达到30%。", "30%", 2018),
    ("2014-2018年，新建学校12所。", "12所", 2018),
    ("“十二五”时期，新建学校12所。", "12所", 2015),
    ("“十二五”末，新建学校12所。", "12所", 2015),
    # this year's words bring it back
    ("到2018年，道路通车里程提高到900公里。今年，新建道路20公里。", "20公里", 2014),
    ("到2018年，道路通车里程提高到900公里。为此，年内新建道路20公里。", "20公里", 2014),
    # a 到…年 inside a sentence of a year's plan is that sentence's only
    ("新建道路20公里，力争到2016年全部建成高标准农田。改造农村公路150公里。", "150公里",
     2014),
    # the year's place in a period, a plan's name, a title in brackets name no period
    ("今年是“十二五”时期的关键之年，新建学校3所。", "3所", 2014),
    ("启动一批“十二五”规划重大项目，新建学校3所。", "3所", 2014),
    ("落实《某县国土空间规划（2013-2030年）》，完成10个乡镇规划。", "10个", 2014),
])
def test_a_paragraph_names_the_year_of_its_targets(paragraph, quote, year):
    assert _years(_PLAN + paragraph + "\n", quote) == [("target", year)]


def test_a_paragraph_opening_with_jieshi_points_back():
    text = _PLAN + "到2018年，全县生产总值达到200亿元。\n届时，财政收入超过20亿元。\n"
    assert _years(text, "超过20亿元") == [("target", 2018)]


@pytest.mark.parametrize(("title", "year"), [
    ("今后五年主要目标任务", 2018),
    ("“十二五”时期主要目标任务", 2015),
    ("2014年目标任务", 2014),
    ("“十二五”关键之年的主要任务", 2014),
])
def test_a_part_titled_with_a_period_sets_its_targets_for_its_end(title, year):
    text = (_REVIEW + f"二、{title}\n实现城镇新增就业5万人以上。\n"
            "三、2014年工作安排\n新建学校3所。\n")
    assert _years(text, "5万人以上") == [("target", year)]
    assert _years(text, "3所") == [("target", 2014)]


def test_a_count_listed_after_a_population_is_a_stock():
    rows = _figures(_PLAN + "9亿多劳动力、1亿多受过高等教育的人才，是我们最大的资源。\n")
    assert rows.kind.tolist()[-2:] == ["actual", "actual"]


@pytest.mark.parametrize(("paragraph", "quote", "first"), [
    # Tester 72, D3: a target over a plan period is of its years, not of the last one
    ("今后五年，单位生产总值能耗下降15%。", "15%", 2014),
    ("2014-2018年，新增就业12万人。", "12万人", 2014),
    ("“十二五”时期，累计新建学校12所。", "12所", 2011),
    ("今后五年，生产总值年均增长8%。", "8%", 2014),
    # Session 73 (tester 73): a yearly mean whose 年均 the glued term hid, or said 平均每年
    ("“十二五”时期经济年均增长保持在8%以上。", "8%以上", 2011),
    # a count of things done over the period, its act in its clause (新建, 改造), in a
    # sentence of the period or after a year's goal (到2018年) in its paragraph
    ("“十二五”时期，城镇棚户区住房改造20万套。", "20万套", 2011),
    ("“十二五”时期，新建改建高速公路通车里程约300公里。", "约300公里", 2011),
    ("到2018年，森林覆盖率达到30%。新建改建农村公路约300公里。", "约300公里", 2014),
    # a level reached at the period's end, a point in time, a mean its label lost: none
    ("“十二五”时期，高铁营业里程达到300公里。", "300公里", None),
    ("到2018年，全县工程化造林达到50万亩以上。", "50万亩以上", None),
    ("到2018年，建成30万亩的绿色农产品基地。", "30万亩", None),  # one thing's size
    ("“十二五”时期，每年至少举办2次集中推介。", "2次", None),  # each year's
    ("到2018年，森林覆盖率达到30%。", "30%", None),
    ("今后五年，森林覆盖率达到30%。", "30%", None),
    ("今后五年，全县生产总值达到200亿元。", "200亿元", None),
    ("到2018年，单位生产总值能耗下降15%。", "15%", None),
    ("新建道路20公里。", "20公里", None),
])
def test_a_target_over_a_plan_period_has_its_first_year(paragraph, quote, first):
    rows = _figures(_PLAN + paragraph + "\n")
    got = rows.loc[rows.quote == quote, "year_first"].tolist()
    assert [None if pd.isna(x) else int(x) for x in got] == [first], rows[
        ["quote", "indicator", "year", "year_first"]]


def test_a_goal_of_a_part_titled_with_a_period_counts_over_it():
    text = _REVIEW + "二、“十二五”时期主要目标任务\n完善住房保障体系，城镇棚户区住房改造20万套。\n"
    rows = _figures(text)
    assert rows.loc[rows.quote == "20万套", "year_first"].tolist() == [2014]


def test_a_yearly_mean_said_as_pingjun_meinian_is_labelled_one():
    rows = _figures(_PLAN + "“十二五”时期，生产总值平均每年增长8%。\n")
    got = rows.loc[rows.quote == "8%", ["indicator", "year", "year_first"]].values.tolist()
    assert got == [["生产总值年均", 2015, 2011]]
