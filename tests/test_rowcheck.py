"""A spreadsheet row whose text is another place's or year's report than its own columns
say: one warning per row, and reports.csv ``source_disagrees`` (tester 73, D-W2)."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

from workreport.extract.catalog import reports_for_path
from workreport.extract.readers import ReportWarning
from workreport.extract.rowcheck import disagreements, kinds
from workreport.extract.tables import extract_report


def _text(place: str, year: int, day: str = "") -> str:
    """An invented report of ``place`` delivered in ``year`` (on ``day``, else 1月10日)."""
    return (f"{place}{year}年政府工作报告\n——{year}年{day or '1月10日'}在{place}第十七届人民代表"
            f"大会第五次会议上\n各位代表：\n现在，我代表{place}人民政府向大会报告工作。\n"
            f"一、{year - 1}年工作回顾\n全县生产总值增长5%。\n二、{year}年主要工作\n"
            "全县生产总值增长6%左右。\n")


def _rows(tmp_path):
    f = tmp_path / "counties.csv"
    pd.DataFrame({
        "年份": ["2021", "2024", "2020", "2008"],
        "地区等级": ["区县级"] * 4,
        "区县名称": ["唐县", "易县", "满城", "清苑"],
        "所属城市": ["保定"] * 4,
        "报告标题": ["高唐县2021年政府工作报告", "米易县2024年政府工作报告",
                 "保定市满城区2020年政府工作报告", "保定市清苑区2008年政府工作报告"],
        "报告全文": [_text("高唐县", 2021), _text("米易县", 2022), _text("保定市满城区", 2020),
                 _text("清苑县", 2008)],
    }).to_csv(f, index=False)
    return f, reports_for_path(f)


def test_a_row_whose_text_is_another_places_or_years_report_warns_and_is_flagged(tmp_path):
    f, reports = _rows(tmp_path)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ReportWarning)
        got = [extract_report(r).tables["reports"].iloc[0] for r in reports]
    said = [str(w.message) for w in caught if "disagree" in str(w.message)]
    assert said == [
        f"{f}: row 2 [counties-1]: its columns disagree with its text on place: 区县名称 "
        "'唐县' against the text's 高唐县; read from the text (reports.csv source_disagrees)",
        f"{f}: row 3 [counties-2]: its columns disagree with its text on place and year: "
        "年份 '2024' against the text's 2022; 区县名称 '易县' against the text's 米易县; 报告标题 "
        "'米易县2024年政府工作报告' against the text's 2022; read from the text (reports.csv "
        "source_disagrees)"]
    assert [(r.government, r.report_year, r.source_disagrees) for r in got] == [
        ("高唐县人民政府", 2021, "place"), ("米易县人民政府", 2022, "place|year"),
        ("满城区人民政府", 2020, pd.NA), ("清苑县人民政府", 2008, pd.NA)]


@pytest.mark.parametrize(("fields", "expected"), [
    # The place above the report's (所属城市), a grade and a code are not its place.
    ({"所属城市": "承德", "地区等级": "区县级", "区县代码": "130607"}, None),
    # Of a county column and a city column, the county's is read.
    ({"城市": "保定", "区县": "满城区"}, None),
    ({"城市": "保定", "区县": "清苑"}, "place"),
    # A city's own column, in a spreadsheet of cities; English headers too.
    ({"City": "Baoding", "city_name": "承德市"}, "place"),
    ({"Year": "2021.0"}, "year"),
    ({"year": "2020", "report title": "x"}, None),
    # A column named as a catalogue field states the field (the catalogue warns): not read.
    ({"report_year": "2019", "government": "某县人民政府"}, None),
])
def test_which_columns_say_the_place_and_year(fields, expected):
    assert kinds(disagreements(fields, "保定市满城区人民政府", 2020)) == expected


def test_a_text_that_names_no_government_or_year_is_not_judged_on_it():
    fields = {"区县名称": "唐县", "年份": "2024"}
    assert disagreements(fields, "", None) == []
    assert kinds(disagreements(fields, "", 2022)) == "year"
