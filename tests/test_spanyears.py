"""spanyears.dated: a result of a review of several years covers a period or a year before the
last (session 71, tester 70 item 3: Yi County's review of 2016-2020 was told as one year, its
five-year totals "in 2020"). Invented sentences in a 2014 report reviewing 2013."""

import tempfile
from pathlib import Path

import pandas as pd
import pytest

from workreport import prose, targets
from workreport.extract.catalog import Report
from workreport.extract.tables import extract_report

from .test_figures import SNIPPET, _figures

_FIVE = "一、“十二五”时期工作回顾\n过去的五年是发展最快的五年。"


def _dates(text: str, quote: str) -> list[tuple]:
    rows = _figures(text)
    hit = rows[rows.quote == quote]
    return [(int(y), None if pd.isna(f) else int(f)) for y, f in zip(hit.year, hit.year_first,
                                                                       strict=True)]


@pytest.mark.parametrize(("paragraph", "quote", "dates"), [
    # a total over the term: 五年累计…, “十二五”期间…
    (_FIVE + "全县累计投入扶贫资金8.5亿元。\n", "8.5亿元", [(2013, 2009)]),
    (_FIVE + "“十一五”期间，全县累计投入民生资金60亿元。\n", "60亿元", [(2010, 2006)]),
    # a change over the term its paragraph frames, the period after the stock (session 71,
    # tester 71 item 9: "PM2.5、PM10平均浓度下降幅度分别为45.26%、38.78%" had no year_first)
    (_FIVE + "铁腕防治大气污染，PM2.5、PM10平均浓度下降幅度分别为45%、38%。\n", "45%",
     [(2013, 2009)]),
    (_FIVE + "铁腕防治大气污染，PM2.5、PM10平均浓度下降幅度分别为45%、38%。\n", "38%",
     [(2013, 2009)]),
    # a yearly mean from a base of its sentence, or over the paragraph's term
    (_FIVE + "财政收入从2008年的3亿元增长到5亿元，年均增长9.1%。\n", "9.1%", [(2013, 2009)]),
    ("一、过去五年工作回顾\n五年来，财政收入年均增长9.1%。\n", "9.1%", [(2013, 2009)]),
    # a year before the last, opening its sentence
    (_FIVE + "2011年，86个贫困村脱贫出列。\n", "86个", [(2011, None)]),
    ("一、2013年工作回顾\n2011年，全县新建学校12所。\n", "12所", [(2011, None)]),
    # a change against a named earlier year's level covers the years since (tester 73 D-C12:
    # "与2015年相比…PM2.5平均浓度下降47.3%" in a review of 2020 had no year_first)
    ("一、2013年工作回顾\n与2008年相比，综合指数下降34.6%、PM2.5平均浓度下降47.3%。\n", "47.3%",
     [(2013, 2009)]),
    ("一、2013年工作回顾\n生产总值98亿元，比2010年增长40%。\n", "40%", [(2013, 2011)]),
])
def test_a_result_covers_its_period_or_its_year(paragraph, quote, dates):
    assert _dates(paragraph, quote) == dates


@pytest.mark.parametrize(("paragraph", "quote"), [
    ("一、2013年工作回顾\n新建学校12所，财政收入增长9.1%。\n", "12所"),
    ("一、2013年工作回顾\n新建学校12所，财政收入增长9.1%。\n", "9.1%"),
    (_FIVE + "市级以上现代农业园区达到16家。\n", "16家"),  # a stock at the term's end
    ("一、2013年工作回顾\n2011年底，全县学校达到120所。\n", "120所"),  # a year's end
    ("一、2013年工作回顾\n2011年以来，累计新建学校12所。\n", "12所"),  # since: not dated
    ("一、2013年工作回顾\n生产总值比2012年增长8%。\n", "8%"),  # against the year before
    ("一、2013年工作回顾\n财政收入是2008年的1.8倍。\n", "1.8倍"),  # a multiple: no change
])
def test_a_result_of_the_year_reviewed_keeps_it(paragraph, quote):
    assert _dates(paragraph, quote) == [(2013, None)]


def test_a_period_result_is_told_over_its_years():
    total = {"indicator": "五年累计办理政协提案", "year": 2020, "year_first": 2016,
             "level": 1053.0, "level_unit": "件", "change": float("nan"), "kind": "actual"}
    assert prose.describe_change(total).endswith("was 1,053 cases (1,053件) over 2016-2020.")
    mean = {"indicator": "生产总值年均", "year": 2020, "year_first": 2016, "change": 5.02,
            "change_unit": "%", "level": float("nan"), "kind": "actual"}
    assert prose.describe_change(mean) == \
        "生产总值年均 grew 5.02% a year on average over 2016-2020."
    fall = {"indicator": "减少农村贫困人口", "year": 2020, "year_first": 2016, "change": -5.0,
            "change_unit": "万人", "level": float("nan"), "kind": "actual"}
    assert prose.describe_change(fall) == "减少农村贫困人口: 50,000 people (5万人) over 2016-2020."


def test_a_period_result_is_beside_no_target_of_one_year():
    """"GDP annual average: growth of about 9% targeted for 2021, after growth of 5.02% in
    2020": a yearly mean over 2016-2020 is no result of 2020 alone."""
    cols = dict(measure="change", unit="%", qualifier="", value_high=float("nan"),
                section="p2.s0", sentence="", quote="")
    tgt = pd.DataFrame([dict(cols, indicator="生产总值", value=9.0, year=2021,
                             figure_id="t#f9")])
    act = pd.DataFrame([dict(cols, indicator="生产总值", value=5.02, year=2020,
                             year_first=2016, figure_id="t#f1")])
    paired = targets._pair(tgt, act, {})
    assert paired["result"].isna().all()
    one = targets._pair(tgt, act.assign(year_first=pd.NA), {})
    assert one["result"].tolist() == [5.02]


@pytest.mark.parametrize(("title", "first"), [
    ("一、“十二五”时期经济社会发展回顾", 2011),
    ("一、过去五年工作回顾", 2009),
    ("一、2013年及“十二五”时期工作回顾", 2011),
    ("一、2013年工作回顾", None),
    ("一、防疫情稳增长，经济运行持续向好", None),
])
def test_a_review_part_titled_with_a_period_reviews_it(title, first):
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "t.txt"
        p.write_text(f"{title}\n新建学校12所。\n二、2014年工作安排\n新建学校3所。\n",
                     encoding="utf-8")
        rep = extract_report(Report(id="t", path=p, **SNIPPET)).tables["reports"]
    got = rep["year_reviewed_first"].iloc[0]
    assert (None if pd.isna(got) else int(got)) == first


def test_the_people_of_a_place_and_an_honour_are_no_headline_result():
    """Yi County 2021 led with "易县人民 was 600,000 (60万) in 2020" and "“最美护士” was 2
    people in 2020" (tester 70 item 3): figures the tables keep, but no result of the year."""
    from workreport import analysis

    rows = [("生产总值", 118.32, "亿元"), ("易县人民", 60.0, "万"), ("全县人民", 28.0, "万人"),
            ("“最美护士”", 2.0, "名"), ("奋战一线的党员干部", 10452.0, "名"),
            ("“上海品牌”", 204.0, "项"),
            # Session 72: a nation's people or population as context (State Council 2019).
            ("人口的发展中大国", 14.0, "亿人"), ("中国人", 14.0, "亿"), ("人口", 13.0, "亿人"),
            ("常住人口", 10.0, "万人")]
    ind = pd.DataFrame([dict(report_id="r", figure_id=f"r#f{n}", section="p1.s0", part=1,
                             role="review", kind="actual", year=2020, indicator=i, value=v,
                             unit=u, start=n) for n, (i, v, u) in enumerate(rows)])
    assert analysis.headline_results(ind, "r")["indicator"].tolist() == [
        "生产总值", "奋战一线的党员干部", "“上海品牌”", "常住人口"]


@pytest.mark.parametrize(("paragraph", "quote"), [
    ("一、2013年工作回顾\n九年义务教育巩固率达到99.6%。\n", "99.6%"),
    ("一、过去五年工作回顾\n两年新增4万亿元投资。\n", "4万亿元"),
])
def test_a_span_the_text_does_not_date_is_no_period(paragraph, quote):
    assert [f for _, f in _dates(paragraph, quote)] == [None]
