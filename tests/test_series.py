"""The series chapters' library on small synthetic tables."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from matplotlib.figure import Figure

from workreport import prose, series, serieschart
from workreport.extract.metadata import government_key
from workreport.extract.outcomes import verdict

#: Qingyuan's key, however its reports write the name.
KEY = government_key("保定市清苑区人民政府")
REPORTS = pd.DataFrame({
    "report_id": ["q20", "q21", "q23", "hb24", "nat24", "q24", "other"],
    "government": ["保定市清苑区人民政府", "清苑区人民政府", "保定市清苑区人民政府",
                   "河北省人民政府", "国务院", "清苑区人民政府", ""],
    "government_en": ["Qingyuan District"] * 3 + ["Hebei", "State Council", "Qingyuan", ""],
    "level": ["district"] * 3 + ["provincial", "national", "district", ""],
    "report_year": [2020, 2021, 2023, 2024, 2024, 2024, 2024],
    "year_reviewed": [2019, 2020, 2022, 2023, 2023, 2023, 2023],
    # Where the text says which city the district is in (county-qingyuan-2024's meeting).
    "meeting": ["", "", "", "河北省第十四届人民代表大会第二次会议", "",
                "保定市清苑区第三届人民代表大会第四次会议", ""],
})


def _row(rid, kind, year, code, measure, value, unit="%", qualifier="", n=1, section="p1.s0",
         sentence=None, high=None, quote=None):
    """One figure, in a sentence of its own (``sentence``: the quote alone) unless
    ``sentence`` is given; its ``quote`` is the value and unit as written."""
    quote = quote or f"{value:g}{unit}"
    sentence = sentence or f"{quote}。"
    assert quote in sentence, (quote, sentence)
    return {"figure_id": f"{rid}#f{n:03d}", "report_id": rid, "section": section,
            "kind": kind, "year": year, "indicator": code, "indicator_code": code,
            "measure": measure, "value": value, "value_high": high, "unit": unit,
            "qualifier": qualifier, "sentence": sentence, "quote": quote,
            "start": 100 * n + sentence.index(quote), "sentence_index": n}


INDICATORS = pd.DataFrame([
    _row("q20", "actual", 2019, "gdp", "level", 130.0, "亿元", n=1),
    _row("q20", "actual", 2019, "gdp", "change", 6.8, n=2),
    _row("q21", "actual", 2020, "gdp", "level", 144.9, "亿元", n=1),
    _row("q21", "actual", 2020, "gdp", "change", 5.0, n=2, sentence="年均增长5%"),
    _row("q23", "actual", 2022, "gdp", "change", 4.1, n=1),
    _row("q23", "actual", 2022, "gdp", "change", 9.9, n=2, section="p3.s1"),
    _row("nat24", "target", 2024, "gdp", "change", 5.0, qualifier="左右", n=1),
    _row("hb24", "target", 2024, "gdp", "change", 5.5, qualifier="左右", n=1),
    _row("q24", "target", 2024, "gdp", "change", 6.0, qualifier="左右", n=1),
    _row("q24", "target", 2024, "gdp", "change", 7.0, n=2),  # a restatement: first counts
    _row("hb24", "target", 2024, "cpi", "change", 3.0, qualifier="左右", n=2),
    _row("q24", "target", 2024, "retail_sales", "change", 6.0, n=3),
])


def _outcome(year, code, value, high, unit, qual, ov, ou, oq=""):
    met, rule = verdict(value, high, unit, qual, "", ov, ou, oq, code)
    return {"government": "保定市清苑区人民政府", "year": year, "indicator_code": code,
            "measure": "change", "target_figure_id": f"q{year}#f001", "target_value": value,
            "target_value_high": high, "target_unit": unit, "target_qualifier": qual or None,
            "outcome_report_id": f"q{year + 1}", "outcome_figure_id": None if ov is None
            else f"q{year + 1}#f002", "outcome_value": ov, "outcome_unit": ou,
            "outcome_qualifier": oq or None, "met": met, "rule": rule}


#: Each report's review part, titled with its one year (no review of several years).
SECTIONS = pd.DataFrame({"report_id": list(REPORTS["report_id"]), "role": "review",
                         "part_title": [f"{y - 1}年工作回顾" for y in REPORTS["report_year"]]})

OUTCOMES = pd.DataFrame([
    _outcome(2021, "gdp", 9.0, None, "%", "", 7.0, "%", "预计"),
    _outcome(2021, "retail_sales", 9.0, None, "%", "左右", 9.5, "%"),
    _outcome(2023, "gdp", 6.5, 7.0, "%", "", 6.9, "%"),
    _outcome(2023, "registered_unemployment_rate", 4.5, None, "%", "以内", None, None),
    _outcome(2024, "energy_intensity", -3.0, None, "%", "以上", -3.2, "%"),
])


def test_governments_are_matched_on_the_key_of_the_name_read():
    g = series.governments(REPORTS)
    assert list(g["key"]) == [KEY] == [government_key("清苑区")]
    assert g.iloc[0]["report_ids"] == ["q20", "q21", "q23", "q24"]
    assert g.iloc[0]["years"] == [2020, 2021, 2023, 2024]


def test_registry_helpers_name_the_series_and_the_cascade():
    assert series.series_of(REPORTS, "q21") == ["q20", "q21", "q23", "q24"]
    assert series.series_of(REPORTS, "other") == []
    assert series.cascade_of(REPORTS, "q24") == ["nat24", "hb24", "q24"]
    assert series.leads_cascade(REPORTS, "q24") and not series.leads_cascade(REPORTS, "hb24")
    assert not series.leads_cascade(REPORTS, "q20")  # alone in its year


def _with(*rows: tuple[str, str, str, int, str]) -> pd.DataFrame:
    """REPORTS and more rows: (report_id, government, level, report_year, meeting)."""
    more = pd.DataFrame([{"report_id": r, "government": g, "government_en": "", "level": lv,
                          "report_year": y, "year_reviewed": y - 1, "meeting": m}
                         for r, g, lv, y, m in rows])
    return pd.concat([REPORTS, more], ignore_index=True)


def test_a_cascade_holds_only_governments_each_under_the_one_before():
    """Session 67, tester: Nanjing (a city of Jiangsu) beside the State Council, Hebei
    and Qingyuan (a district of Baoding, Hebei) made the chain State Council → Hebei →
    Nanjing → Qingyuan; it is neither under Hebei nor above Qingyuan."""
    reports = _with(("nj24", "南京市人民政府", "municipal", 2024, ""))
    assert series.cascade_of(reports, "q24") == ["nat24", "hb24", "q24"]
    assert series.cascade_left_out(reports, "q24") == ["nj24"]
    assert series.leads_cascade(reports, "q24") and not series.leads_cascade(reports, "hb24")
    # Nanjing's own chain is the State Council alone: two levels, no cascade page.
    assert series.cascade_of(reports, "nj24") == ["nat24", "nj24"]
    c = series.cascade(INDICATORS, reports, 2024, series.cascade_of(reports, "q24"))
    assert "nj24" not in set(c["report_id"])
    assert prose.describe_left_out(["Nanjing"], 2024) == (
        "Nanjing's 2024 report is in the data too, but left out of this cascade: a cascade "
        "follows one chain of governments, each under the one before, and Nanjing is not "
        "on this one.")
    assert prose.describe_left_out([], 2024) == ""
    # Jiangsu and a district of Nanjing make a chain of their own, Hebei outside it; a
    # county the texts place nowhere is under the State Council only.
    reports = _with(("nj24", "南京市人民政府", "municipal", 2024, ""),
                    ("js24", "江苏省人民政府", "provincial", 2024, ""),
                    ("gl24", "南京市鼓楼区人民政府", "district", 2024, ""),
                    ("gt24", "高唐县人民政府", "county", 2024, "高唐县第十八届人民代表大会"))
    assert series.cascade_of(reports, "gl24") == ["nat24", "js24", "nj24", "gl24"]
    assert series.cascade_left_out(reports, "gl24") == ["hb24", "q24", "gt24"]
    assert series.cascade_of(reports, "gt24") == ["nat24", "gt24"]
    assert not series.leads_cascade(reports, "nj24")


def test_the_chains_are_placed_once_and_read_alike_by_each_helper(monkeypatch):
    """Session 68: cascade_of, cascade_left_out, leads_cascade and book.homes each placed
    every report of the year again; ``series.chains`` places each report once and they all
    read it."""
    reports = _with(("nj24", "南京市人民政府", "municipal", 2024, ""),
                    ("js24", "江苏省人民政府", "provincial", 2024, ""),
                    ("gl24", "南京市鼓楼区人民政府", "district", 2024, ""))
    placed = []
    real = series.area
    monkeypatch.setattr(series, "area", lambda row: placed.append(row["report_id"]) or real(row))
    every = series.chains(reports)
    assert sorted(placed) == sorted(set(placed)) == sorted(every)  # each report placed once
    assert every["gl24"].members == ("nat24", "js24", "nj24", "gl24") and every["gl24"].leads
    assert every["gl24"].left_out == ("hb24", "q24")
    for rid in every:
        assert series.cascade_of(reports, rid) == list(every[rid].members)
        assert series.cascade_left_out(reports, rid) == list(every[rid].left_out)
        assert series.leads_cascade(reports, rid) == every[rid].leads
    assert series.cascade_of(reports, "other") == [] and not series.leads_cascade(reports, "x")


def test_areas_place_a_government_from_its_names():
    from workreport.areas import area, within

    assert area({"government": "国务院"}) == ()
    assert area({"government": "河北省人民政府"}) == ("河北省",)
    assert area({"government": "南京市人民政府"}) == ("江苏省", "南京市")
    assert area({"government": "重庆市渝中区人民政府"}) == ("重庆市", "渝中区")
    assert area({"government": "清苑区人民政府", "title": "保定市清苑区2021年政府工作报告",
                 "meeting": None}) == ("河北省", "保定市", "清苑区")
    assert area({"government": "高唐县人民政府", "title": "2022年高唐县政府工作报告"}) \
        == ("", "高唐县")
    # A name whose province and city disagree places nothing.
    assert area({"government": "江苏省保定市清苑区人民政府"}) == ("", "清苑区")
    assert within((), ("", "高唐县")) and not within(("", "高唐县"), ("", "高唐县", "x"))
    assert within(("河北省",), ("河北省", "保定市", "清苑区"))
    assert not within(("江苏省", "南京市"), ("河北省", "保定市", "清苑区"))


def test_outcome_rows_state_target_and_outcome():
    rows = series.outcome_rows(OUTCOMES, KEY)
    assert list(rows["indicator_code"])[:2] == ["gdp", "retail_sales"]  # headline order
    assert rows.loc[0, "target"] == "9%" and rows.loc[0, "outcome"] == "an estimated 7%"
    assert rows.loc[2, "target"] == "6.5–7%"
    assert series.outcome_rows(OUTCOMES, "易县").empty


def test_outcome_rows_state_targets_in_english():
    """Session 69, tester: the outcome table read "2500人", "15万吨 以上"; the English is
    read first, the Chinese beside where it says more (prose.quantity)."""
    rows = series.outcome_rows(pd.DataFrame([
        _outcome(2021, "new_urban_jobs", 2500.0, None, "人", "", 2600.0, "人"),
        _outcome(2022, "grain_output", 15.0, None, "万吨", "以上", None, None),
        _outcome(2022, "energy_intensity", -3.0, None, "%", "以上", -3.2, "%", "预计"),
        _outcome(2022, "gdp", 7.0, None, "%", "力争", 7.2, "%")]), KEY)
    stated = dict(zip(rows["indicator_code"], zip(rows["target"], rows["outcome"],
                                                  strict=True), strict=True))
    assert stated["new_urban_jobs"] == ("2,500 people (2,500人)", "2,600 people (2,600人)")
    assert stated["grain_output"] == ("at least 150,000 tonnes (15万吨以上)", "")
    assert stated["energy_intensity"] == ("a fall of at least 3%", "a fall of an estimated 3.2%")
    assert stated["gdp"] == ("7% (a stretch goal)", "7.2%")


def test_a_years_table_writes_its_qualifiers_in_english():
    """Session 69, tester: a cell read "7 预计|以上", two raw codes."""
    df = pd.DataFrame({"year": [2021, 2022], "indicator_code": "gdp", "english": "GDP",
                       "measure": "change", "value": [7.0, 6.5], "unit": "%",
                       "qualifier": ["预计|以上", pd.NA], "figure_id": ["a#f1", "b#f1"]})
    w = series.wide(df)
    assert w.loc[0, ["unit", "2021", "2022"]].tolist() == ["%", "an estimated at least 7",
                                                           "6.5"]
    # Re-test 72, D13: in the row's English scale, 700 and 650 million yuan, not 7 and 6.5
    # "100 million yuan"; 1,322万人 is 13.22 million people.
    in_yi = series.wide(df.assign(unit="亿元"))
    assert in_yi.loc[0, ["unit", "2021", "2022"]].tolist() == [
        "million yuan", "an estimated at least 700", "650"]
    jobs = series.wide(df.assign(unit="万人", value=[1322.0, 1312.0], qualifier=""))
    assert jobs.loc[0, ["unit", "2021", "2022"]].tolist() == ["million people", "13.22", "13.12"]


def test_the_chart_key_and_legend_say_what_is_drawn():
    """Session 69, tester: the caption said open ends are "hatched"; they are a line with a
    triangle. The key in words and the legend come from the marks drawn."""
    from workreport import outcomechart

    rows = series.outcome_rows(OUTCOMES, KEY)
    key = outcomechart.chart_key(rows)
    assert "hatched" not in key
    # retail 左右, and (brief words, session 70) an at-least target: 2021 GDP, bare, and
    # the energy fall of at least 3%, up to 左右's tolerance beyond it
    assert "a grey bar where it has both ends" in key and "▲" not in key and "▼" not in key
    assert key.endswith("— and the outcome as a dot: green met, orange fell short")
    fig = series.chart_outcomes(rows)
    labels = [t.get_text() for legend in fig.legends for t in legend.get_texts()]
    assert labels == [outcomechart.MARKS[0][0], "met", "fell short"]
    ceiling = series.outcome_rows(pd.DataFrame([
        _outcome(2022, "registered_unemployment_rate", 4.5, None, "%", "以内", 4.0, "%"),
        _outcome(2022, "gdp", 7.0, None, "%", "以上", 8.0, "%")]), KEY)
    key = outcomechart.chart_key(ceiling)
    assert "a line with ▼ where it has only an upper end (at most)" in key, key
    assert key.endswith("green met, blue exceeded"), key


def test_bands_follow_the_verdict_rules():
    b = series.bands(series.outcome_rows(OUTCOMES, KEY)).set_index(
        ["year", "indicator_code"])
    # No qualifier, read as at least: from the target up to 左右's tolerance beyond it.
    assert b.loc[(2021, "gdp"), ["low", "high"]].tolist() == [9.0, 9.5]
    assert b.loc[(2021, "retail_sales"), ["low", "high"]].tolist() == [8.5, 9.5]
    assert b.loc[(2023, "gdp"), ["low", "high"]].tolist() == [6.5, 7.0]
    # 以内 with no outcome: an upper end only, and no outcome point.
    u = b.loc[(2023, "registered_unemployment_rate")]
    assert pd.isna(u["low"]) and u["high"] == 4.5 and pd.isna(u["outcome_in_target_unit"])
    # A fall of at least 3%: the band is −3 down to −3.5; a larger fall exceeds it.
    e = b.loc[(2024, "energy_intensity")]
    assert (e["low"], e["high"], e["met"]) == (-3.5, -3.0, "met")
    # A ceiling (CPI 3.5%左右, session 69): only the band's upper end; under it is met.
    cpi = series.bands(series.outcome_rows(pd.DataFrame([
        _outcome(2022, "cpi", 3.5, None, "%", "左右", 2.6, "%")]), KEY)).iloc[0]
    assert pd.isna(cpi["low"]) and cpi["high"] == 4.0 and cpi["met"] == "met"


def test_a_reduction_is_drawn_by_its_size_on_an_axis_of_readable_magnitude():
    """Re-test 72, N3 and D13: the outcomes chart drew 减少农村贫困人口1000万人以上 and its
    outcome 减少1442万人 as −1,000 and −1,442 under a panel named "Reduction of the rural
    poor", its axis in "10,000 people"; now by size (10 to 10.5 million, outcome 14.42),
    in "million people"."""
    rows = series.outcome_rows(pd.DataFrame([_outcome(
        2015, "rural_poverty_reduction", -1000.0, None, "万人", "以上", -1442.0, "万人")]), KEY)
    b = series.bands(rows).iloc[0]
    assert (b["low"], b["high"], b["outcome_in_target_unit"], b["met"]) == (
        1000.0, 1050.0, 1442.0, "exceeded")
    ax = series.chart_outcomes(rows).axes[0]
    assert ax.get_title("left") == "Reduction of the rural poor (change, million people)"
    assert [tuple(line.get_ydata()) for line in ax.get_lines()
            if line.get_marker() == "o"] == [(14.42,)]


def test_an_outcome_in_another_kind_of_unit_is_no_point_on_the_targets_axis():
    """Re-test 73, D-S4: a target of 800人次 drew its outcome 2,166人 on the person-times
    axis; an outcome in 万人 beside a target in 人 is drawn converted."""
    other = series.outcome_rows(pd.DataFrame([_outcome(
        2021, "gdp", 800.0, None, "人次", "", 2166.0, "人")]), KEY)
    assert pd.isna(series.bands(other).iloc[0]["outcome_in_target_unit"])
    same = series.outcome_rows(pd.DataFrame([_outcome(
        2021, "gdp", 8000.0, None, "人", "", 1.2, "万人")]), KEY)
    assert series.bands(same).iloc[0]["outcome_in_target_unit"] == 12000.0


def test_a_verdict_in_words_has_a_mark_and_the_caption_names_what_is_left_out():
    """Re-test 72, N6: "Figure N draws each target's band and its outcome" drew 4 of 8
    targets, and SC 2015's trade target (fell short, said in words, no figure) had no mark
    and no legend entry."""
    from workreport import outcomechart

    o = pd.DataFrame([_outcome(2015, "gdp", 7.0, None, "%", "左右", 6.9, "%"),
                      _outcome(2015, "foreign_trade", 6.0, None, "%", "左右", None, None),
                      _outcome(2015, "cpi", 3.0, None, "%", "左右", None, None)])
    o.loc[1, "met"] = "fell short"  # the next report says so in words
    rows = series.outcome_rows(o, KEY)
    fig = series.chart_outcomes(rows)
    assert len(fig.axes) == 2
    crosses = [line for ax in fig.axes for line in ax.get_lines() if line.get_marker() == "X"]
    assert len(crosses) == 1 and crosses[0].get_color() == outcomechart.VERDICT_COLOURS[
        "fell short"] and tuple(crosses[0].get_ydata()) == (5.5,)
    labels = [t.get_text() for legend in fig.legends for t in legend.get_texts()]
    assert outcomechart.WORDS[1] in labels and "fell short" in labels, labels
    assert "a cross: the verdict said in words" in outcomechart.chart_key(rows)
    assert outcomechart.chart_cite(rows) == (
        "2 of the 3 targets' bands and their outcomes; it leaves out the 1 with no outcome "
        "stated (unclear): Consumer price index (CPI) rise")
    assert outcomechart.chart_cite(rows[rows["indicator_code"] != "cpi"]) == \
        "each target's band and its outcome"


def test_over_the_years_leaves_a_missing_year_a_gap():
    s = series.over_the_years(INDICATORS, REPORTS, KEY, sections=SECTIONS)
    change = s[(s["indicator_code"] == "gdp") & (s["measure"] == "change")].set_index("year")
    assert list(change.index) == [2019, 2020, 2021, 2022, 2023]
    assert change.loc[2019, "value"] == 6.8
    assert pd.isna(change.loc[2020, "value"])   # only a five-year average (年均) that year
    assert pd.isna(change.loc[2021, "value"])   # no report reviews 2021: a gap
    assert change.loc[2022, "value"] == 4.1     # the review part's figure, not a later one
    assert s["english"].iloc[0] == "GDP"
    w = series.wide(s).set_index(["indicator", "measure"])
    assert list(w.columns) == ["unit", "2019", "2020", "2021", "2022", "2023"]
    assert w.loc[("GDP", "change"), "2021"] == "" and w.loc[("GDP", "change"), "2019"] == "6.8"


# A county reporting on 2019, then on the five years of the 13th plan (易县 2020, 2021).
FIVE = pd.DataFrame({"report_id": ["y20", "y21"], "government": ["易县人民政府"] * 2,
                     "report_year": [2020, 2021], "year_reviewed": [2019, 2020]})
FIVE_JOBS = "城镇新增就业2.2万人，城镇登记失业率控制在4.5%以内。"
FIVE_INDICATORS = pd.DataFrame([
    _row("y20", "actual", 2019, "new_urban_jobs", "level", 3770.0, "人", n=1,
         sentence="城镇新增就业3770人，城镇登记失业率3.19%。"),
    _row("y20", "actual", 2019, "registered_unemployment_rate", "level", 3.19, n=2,
         sentence="城镇新增就业3770人，城镇登记失业率3.19%。"),
    _row("y21", "actual", 2020, "gdp", "change", 2.0, n=1, sentence="“十三五”期间年均增长2%。"),
    _row("y21", "actual", 2020, "new_urban_jobs", "level", 2.2, "万人", n=2,
         sentence=FIVE_JOBS),
    _row("y21", "actual", 2020, "registered_unemployment_rate", "level", 4.5, n=3,
         qualifier="以内", sentence=FIVE_JOBS),
    _row("y21", "actual", 2020, "gdp", "change", 3.1, n=4, sentence="2020年增长3.1%。"),
])


def _five_sections(title_2021):
    return pd.DataFrame({"report_id": ["y20", "y21"], "role": "review",
                         "part_title": ["2019年工作回顾", title_2021]})


def test_a_five_year_review_gives_only_the_figures_naming_its_last_year():
    key = government_key("易县人民政府")
    s = series.over_the_years(FIVE_INDICATORS, FIVE, key,
                              sections=_five_sections("“十三五”时期经济社会发展回顾"))
    stated = s[s["value"].notna()].set_index(["indicator_code", "year"])
    # The five-year sentence's jobs and unemployment are not 2020's; 2020年增长3.1% is.
    assert set(stated.index) == {("new_urban_jobs", 2019),
                                 ("registered_unemployment_rate", 2019), ("gdp", 2020)}
    assert stated.loc[("gdp", 2020), "value"] == 3.1  # not the 年均 2% stated first
    assert set(s["unit"]) == {"人", "%"}


def test_figures_in_units_of_one_dimension_are_one_row_in_the_latest_unit():
    """Session 71, tester item 3: 3770人 and 2.2万人 (or 30670元 and 2.82万元) are one
    measure in two magnitudes, shown as two rows and two panels with no line; they are
    one row in the latest report's unit. Units of different dimensions stay apart."""
    key = government_key("易县人民政府")
    # A review of 2020 alone: 2.2万人 is that year's, and 3770人 2019's.
    s = series.over_the_years(FIVE_INDICATORS, FIVE, key,
                              sections=_five_sections("2020年工作回顾"))
    jobs = s[s["indicator_code"] == "new_urban_jobs"]
    by_unit = {u: list(g["value"].astype("Float64")) for u, g in jobs.groupby("unit")}
    # In 人, not the latest year's 万人, where 3770 would read 0.377 (session 71's note).
    assert by_unit == {"人": [3770, 22000]}
    w = series.wide(s)
    w = w[w["indicator"] == "New urban jobs"].set_index("unit")
    # The unit in English (session 69, tester: 亿元 and 人).
    assert list(w.index) == ["people"]
    assert w.loc["people", ["2019", "2020"]].tolist() == ["3,770", "22,000"]
    fig = series.chart_series(s)
    titles = [ax.get_title(loc="left") for ax in fig.axes]
    # One panel, named in English (session 67, tester: "level, 万人").
    assert "New urban jobs (level, people)" in titles
    assert "New urban jobs (level, 10,000 people)" not in titles
    assert not any("mixed" in t or re.search(r"[\u4e00-\u9fff]", t) for t in titles)


def test_money_units_convert_within_a_row_never_across_dimensions():
    """元, 万元 of one indicator convert to the latest year's unit (2.82万元, 30670元,
    3.3万元 → 2.82, 3.067, 3.3); a change in % of the same code stays its own row."""
    rows = pd.DataFrame([
        _row("y20", "actual", 2019, "urban_disposable_income", "level", 2.82, "万元", n=1,
             sentence="城镇居民人均可支配收入2.82万元。"),
        _row("y20", "actual", 2019, "urban_disposable_income", "change", 8.0, n=2,
             sentence="城镇居民人均可支配收入增长8%。"),
        _row("y21", "actual", 2020, "urban_disposable_income", "level", 30670.0, "元", n=1,
             sentence="2020年城镇居民人均可支配收入30670元。"),
        _row("y22", "actual", 2021, "urban_disposable_income", "level", 3.3, "万元", n=1,
             sentence="城镇居民人均可支配收入3.3万元。"),
    ])
    reports = pd.DataFrame({"report_id": ["y20", "y21", "y22"],
                            "government": ["易县人民政府"] * 3,
                            "report_year": [2020, 2021, 2022], "year_reviewed": [2019, 2020, 2021]})
    sections = pd.DataFrame({"report_id": ["y20", "y21", "y22"], "role": "review",
                             "part_title": "工作回顾"})
    s = series.over_the_years(rows, reports, government_key("易县人民政府"), sections=sections)
    level = s[s["measure"] == "level"]
    assert set(level["unit"]) == {"万元"}
    assert level["value"].tolist() == [2.82, 3.067, 3.3]
    assert s.loc[s["measure"] == "change", "unit"].unique().tolist() == ["%"]


# A county whose reports state a development zone's figures beside its own (顺平 2023:
# "开发区营业收入增长65.8%，…，实际利用外资增长91.6%"), and a five-year review giving GDP's
# change since 2015 before the year's own (invented sentences).
ZONED = pd.DataFrame({"report_id": ["z20", "z21"], "government": ["顺平县人民政府"] * 2,
                      "report_year": [2020, 2021], "year_reviewed": [2019, 2020]})
ZONE_2019 = "开发区地区生产总值增长12%，全县地区生产总值增长6.6%。"
OWN_AFTER_2015 = "2020年，全县地区生产总值比2015年增长45%，比上年增长3.1%。"
ZONED_INDICATORS = pd.DataFrame([
    _row("z20", "actual", 2019, "gdp", "change", 12.0, n=1, sentence=ZONE_2019),
    {**_row("z20", "actual", 2019, "gdp", "change", 6.6, n=1, sentence=ZONE_2019),
     "figure_id": "z20#f002"},
    _row("z20", "actual", 2019, "retail_sales", "change", 20.0, n=2,
         sentence="园区社会消费品零售总额增长20%。"),
    _row("z21", "actual", 2020, "gdp", "change", 45.0, n=1, sentence=OWN_AFTER_2015),
    {**_row("z21", "actual", 2020, "gdp", "change", 3.1, n=1, sentence=OWN_AFTER_2015),
     "figure_id": "z21#f002"},
])


@pytest.mark.parametrize("review_2020", ["2020年工作回顾", "“十三五”时期经济社会发展回顾"])
def test_over_the_years_shows_neither_a_zones_figure_nor_a_change_over_years(review_2020):
    """The pairing's rule (``extract.outcomes.one_year``): the zone's 12% and the park's
    retail sales are not the county's 2019 figures, and 比2015年增长45% is no change of
    2020's, in a review of one year or of five."""
    sections = pd.DataFrame({"report_id": ["z20", "z21"], "role": "review",
                             "part_title": ["2019年工作回顾", review_2020]})
    s = series.over_the_years(ZONED_INDICATORS, ZONED, government_key("顺平县人民政府"),
                              sections=sections)
    gdp = s[s["indicator_code"] == "gdp"].set_index("year")
    assert gdp.loc[2019, "value"] == 6.6 and gdp.loc[2019, "figure_id"] == "z20#f002"
    assert gdp.loc[2020, "value"] == 3.1 and gdp.loc[2020, "figure_id"] == "z21#f002"
    assert "retail_sales" not in set(s["indicator_code"])  # the park's alone: no row


def test_cascade_leaves_out_a_zones_target():
    zone = "经济开发区地区生产总值增长15%左右，全区地区生产总值增长6%左右。"
    first = _row("q24", "target", 2024, "gdp", "change", 15.0, qualifier="左右", n=9,
                 sentence=zone)
    c = series.cascade(pd.concat([pd.DataFrame([first]), INDICATORS], ignore_index=True),
                       REPORTS, 2024)
    gdp = c[c["indicator_code"] == "gdp"]
    assert list(gdp["value"]) == [5.0, 5.5, 6.0]  # the district's own, not its zone's


def test_yixian_over_the_years_leaves_out_the_thirteenth_plan_review():
    from workreport.extract.catalog import report_for_file
    from workreport.extract.tables import extract_reports

    from .conftest import SHARED

    paths = [SHARED / "corpus-counties" / f"county-yixian-{y}.txt" for y in (2020, 2021)]
    if not all(p.exists() for p in paths):
        pytest.skip("../shared is not beside the repo")
    tables, _ = extract_reports([report_for_file(p) for p in paths])
    key = government_key("易县人民政府")
    if set(tables["reports"]["government"].fillna("").map(government_key)) != {key}:
        pytest.skip("the government is not yet read from these texts")
    s = series.over_the_years(tables["indicators"], tables["reports"], key,
                              sections=tables["sections"])
    assert sorted(set(s["year"])) == [2019, 2020]
    # 2021's review spans 2016-2020: its 城镇新增就业2.2万人 and 4.5%以内 are five years'.
    jobs = s[s["indicator_code"] == "new_urban_jobs"]
    assert set(jobs["unit"]) == {"人"} and jobs.set_index("year").loc[2019, "value"] == 3770
    assert pd.isna(jobs.set_index("year").loc[2020, "value"])
    stated = s[s["value"].notna()]
    assert not (stated["figure_id"].str.startswith("county-yixian-2021")
                & stated["indicator_code"].isin(["new_urban_jobs",
                                                 "registered_unemployment_rate"])).any()
    assert not series.wide(s)["unit"].str.contains("/").any()


def test_cascade_steps_down_the_levels():
    c = series.cascade(INDICATORS, REPORTS, 2024)
    gdp = c[c["indicator_code"] == "gdp"]
    assert list(gdp["level"]) == ["national", "provincial", "district"]
    assert list(gdp["value"]) == [5.0, 5.5, 6.0]  # the district's first statement counts
    assert pd.isna(gdp["step"].iloc[0])
    assert gdp["step"].iloc[1:].tolist() == pytest.approx([0.5, 0.5])
    assert set(c["indicator_code"]) == {"gdp"}  # cpi and retail sales: one level each
    assert series.cascade(INDICATORS, REPORTS, 2024, ["nat24", "q24"])["step"].iloc[1] == 1.0


def test_a_cascade_steps_only_between_rates():
    """Session 67 re-check: the cascade printed a step of −1,114 for new urban jobs, a
    province's count minus the country's; a size of a smaller area is no step down."""
    jobs = pd.DataFrame([_row("nat24", "target", 2024, "new_urban_jobs", "level", 1200.0, "万人",
                              n=4),
                         _row("hb24", "target", 2024, "new_urban_jobs", "level", 86.0, "万人",
                              n=4)])
    c = series.cascade(pd.concat([INDICATORS, jobs], ignore_index=True), REPORTS, 2024)
    assert c[c["indicator_code"] == "new_urban_jobs"]["step"].isna().all()
    assert c[c["indicator_code"] == "gdp"]["step"].iloc[1:].tolist() == pytest.approx([0.5, 0.5])


def test_charts_draw():
    rows = series.outcome_rows(OUTCOMES, KEY)
    assert isinstance(series.chart_outcomes(rows), Figure)
    years = series.over_the_years(INDICATORS, REPORTS, KEY, sections=SECTIONS)
    assert isinstance(series.chart_series(years), Figure)


def test_series_charts_render_without_a_font_warning(caplog):
    """The "Over the years" chart showed "findfont: Failed to find font weight bold for
    Noto Sans SC" in its output: its titles asked for a face the font lacks."""
    from matplotlib.font_manager import fontManager

    from workreport.chartstyle import png_bytes

    fontManager._findfont_cached.cache_clear()  # findfont warns once per font asked for
    with caplog.at_level("WARNING", logger="matplotlib.font_manager"):
        png_bytes(series.chart_series(series.over_the_years(INDICATORS, REPORTS, KEY,
                                                            sections=SECTIONS), "清苑区"))
        png_bytes(series.chart_outcomes(series.outcome_rows(OUTCOMES, KEY)))
    assert [r.getMessage() for r in caplog.records] == []


def test_load_outcomes_without_pairs_is_empty(tmp_path):
    out = series.load_outcomes(tmp_path)
    assert out.empty and "met" in out.columns


# --- the templates, run on a small real extraction ------------------------------------

@pytest.mark.slow
def test_templates_run_on_two_series_and_a_cascade(tmp_path):
    import dataclasses
    import json

    import papermill

    from workreport.extract.catalog import report_for_file
    from workreport.extract.run import extract_to

    from .conftest import ROOT, SHARED

    if not (SHARED / "corpus-extra").is_dir():
        pytest.skip("../shared is not beside the repo")
    texts = [
        ("corpus/national-statecouncil-2015", "中华人民共和国国务院", "national", 2015),
        ("corpus/national-statecouncil-2016", "中华人民共和国国务院", "national", 2016),
        ("corpus-extra/national-statecouncil-2024", "国务院", "national", 2024),
        ("corpus-extra/province-hebei-2024", "河北省人民政府", "provincial", 2024),
        ("corpus-counties/county-qingyuan-2024", "保定市清苑区人民政府", "district", 2024),
        ("corpus-counties/county-qingyuan-2025", "清苑区人民政府", "district", 2025),
    ]
    reports = [dataclasses.replace(report_for_file(SHARED / f"{t}.txt"), government=g,
                                   level=lv, report_year=y, year_reviewed=y - 1)
               for t, g, lv, y in texts]
    data = tmp_path / "processed"
    extract_to(reports, data)
    runs = [("outcomes", {"report_id": "national-statecouncil-2016"}),
            ("outcomes", {"report_id": "county-qingyuan-2025"}),
            ("series", {"report_id": "county-qingyuan-2025", "government": "清苑区人民政府"}),
            ("cascade", {"report_id": "county-qingyuan-2024"})]
    for n, (template, params) in enumerate(runs):
        out = tmp_path / f"{n}-{template}.ipynb"
        papermill.execute_notebook(str(ROOT / "notebooks" / f"{template}.ipynb"), str(out),
                                   parameters={**params, "data_dir": str(data)},
                                   kernel_name="workreport", progress_bar=False)
        html = "".join("".join(o.get("data", {}).get("text/html", ""))
                       for c in json.loads(out.read_text(encoding="utf-8"))["cells"]
                       for o in c.get("outputs", []))
        # The cascade names the province, in the English made from 河北省人民政府.
        expected = {"outcomes": "met", "series": "GDP", "cascade": "Hebei"}[template]
        assert expected in html, (template, params)


#: Yi County's headline figures as the series reads them (invented values): 2019's
#: estimated (预计) in the review of 2019, 2020's stated, unemployment within 4.5% in 2021.
DRAWN = pd.DataFrame({
    "year": [2019, 2020, 2021] * 2,
    "indicator_code": ["gdp"] * 3 + ["registered_unemployment_rate"] * 3,
    "english": ["GDP"] * 3 + ["Registered urban unemployment rate"] * 3,
    "measure": ["level"] * 3 + ["share"] * 3, "value": [120.0, 110.0, 125.0, 3.2, None, 4.5],
    "unit": ["亿元"] * 3 + ["%"] * 3, "qualifier": ["预计", pd.NA, pd.NA, pd.NA, pd.NA, "以内"],
    "figure_id": [f"y#f{n}" for n in range(6)]})


def _drawn_lines(ax):
    """(xs, linestyle, marker, open face) of each line a panel draws."""
    return [([int(x) for x in line.get_xdata()], line.get_linestyle(), line.get_marker(),
             line.get_markerfacecolor() == "white") for line in ax.get_lines()]


def test_a_bound_is_a_mark_of_its_own_and_an_estimate_is_drawn_open():
    """Session 71 (brief words; tester 70 item 4, retest 70): the chart drew "控制在4.5%以内"
    as the point 4.5 after 3.19, a rise the text never states, and joined 2019's estimate to
    2020's figure with a solid fall. A ceiling is ▼, joined to nothing; an estimate open,
    its line dashed; the legend and the key in words name the marks drawn."""
    fig = series.chart_series(DRAWN)
    gdp, rate = fig.axes[:2]
    lines = _drawn_lines(gdp)
    assert ([2019, 2020], "--", "None", False) in lines  # estimate → figure: dashed
    assert ([2020, 2021], "-", "None", False) in lines
    assert ([2019], "None", "o", True) in lines and ([2020], "None", "o", False) in lines
    lines = _drawn_lines(rate)
    assert all(len(xs) == 1 for xs, *_ in lines)  # 3.2 and the ceiling are not joined
    assert ([2021], "None", "v", False) in lines
    labels = [t.get_text() for legend in fig.legends for t in legend.get_texts()]
    assert labels == [serieschart.MARKS[m][2] for m in ("stated", "estimate", "ceiling")]
    key = series.chart_key(DRAWN)
    assert "▼ at most (以内" in key and "○ an estimate" in key and "▲" not in key
    assert series.chart_caption(DRAWN).endswith(f"a missing year is a gap. Marks: {key}.")
    assert rate.yaxis.get_major_formatter()(30000, 0) == "30,000"  # as the tables write it


def test_a_later_report_restating_a_year_gives_the_revised_figure():
    """An estimate (预计123.6亿元 in the review of 2019) is revised by the next report
    when it restates the year (由2019年的121亿元增长到…): the table and the chart show the
    later figure (brief words, session 71)."""
    key = government_key("易县人民政府")
    reports = FIVE.assign(year_reviewed=[2019, 2020])
    said = "生产总值由2019年的121亿元增长到2020年的118.32亿元。"
    ind = pd.DataFrame([
        _row("y20", "actual", 2019, "gdp", "level", 123.6, "亿元", "预计", n=1),
        _row("y21", "actual", 2019, "gdp", "level", 121.0, "亿元", n=2, sentence=said),
        _row("y21", "actual", 2020, "gdp", "level", 118.32, "亿元", n=3, sentence=said)])
    s = series.over_the_years(ind, reports, key,
                              sections=_five_sections("2020年工作回顾")).set_index("year")
    assert s.loc[2019, ["value", "figure_id"]].tolist() == [121.0, "y21#f002"]
    assert s.loc[2020, "value"] == 118.32
    assert series.wide(s.reset_index()).loc[0, ["2019", "2020"]].tolist() == ["12.1", "11.832"]


def test_a_five_year_reviews_sentence_after_the_year_named_in_its_paragraph_is_that_years():
    """Session 71, tester item 2 (涞水 2021): "刚刚过去的2020年，是…的一年。" then
    "全县一般公共预算收入7.04亿元" in the same paragraph of a five-year review: 2020's."""
    key = government_key("易县人民政府")
    rows = pd.DataFrame([_row("y21", "actual", 2020, "general_budget_revenue", "level", 7.0,
                              "亿元", n=3, sentence="全县一般公共预算收入7亿元。")])
    sentences = pd.DataFrame({"report_id": "y21", "sentence_index": [1, 2, 3],
                              "paragraph": [4, 5, 5],
                              "text": ["这五年，稳中求进。", "刚刚过去的2020年，是不平凡的一年。",
                                       "全县一般公共预算收入7亿元。"]})
    sections = _five_sections("“十三五”时期经济社会发展回顾")
    s = series.over_the_years(rows, FIVE, key, sections=sections, sentences=sentences)
    assert s.loc[s["year"] == 2020, "value"].tolist() == [7.0]
    alone = sentences.assign(paragraph=[4, 4, 5])  # the year in another paragraph
    s = series.over_the_years(rows, FIVE, key, sections=sections, sentences=alone)
    assert s.empty or s["value"].isna().all()


def test_a_panel_of_close_values_runs_from_zero():
    """Re-test 71, item 15: one point drew an axis of 0.95-1.05, and 10 beside 9.9 a fall
    the panel's full height; values within a fifth of their largest run from zero."""
    from workreport.serieschart import _near_zero

    fig = Figure()
    ax = fig.subplots()
    ax.plot([2020, 2021], [10.0, 9.9])
    _near_zero(ax, [10.0, 9.9])
    assert ax.get_ylim()[0] == 0
    ax2 = fig.add_subplot(2, 1, 2)
    ax2.plot([2020, 2021], [3.0, 9.0])
    before = ax2.get_ylim()
    _near_zero(ax2, [3.0, 9.0])  # values far apart keep matplotlib's axis
    assert ax2.get_ylim() == before
