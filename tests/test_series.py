"""The series chapters' library on small synthetic tables."""

from __future__ import annotations

import pandas as pd
import pytest
from matplotlib.figure import Figure

from workreport import series
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
})


def _row(rid, kind, year, code, measure, value, unit="%", qualifier="", n=1, section="p1.s0",
         sentence="句子", high=None):
    return {"figure_id": f"{rid}#f{n:03d}", "report_id": rid, "section": section,
            "kind": kind, "year": year, "indicator": code, "indicator_code": code,
            "measure": measure, "value": value, "value_high": high, "unit": unit,
            "qualifier": qualifier, "sentence": sentence, "start": n}


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
    met, rule = verdict(value, high, unit, qual, "", ov, ou, oq)
    return {"government": "保定市清苑区人民政府", "year": year, "indicator_code": code,
            "measure": "change", "target_figure_id": f"q{year}#f001", "target_value": value,
            "target_value_high": high, "target_unit": unit, "target_qualifier": qual or None,
            "outcome_report_id": f"q{year + 1}", "outcome_figure_id": None if ov is None
            else f"q{year + 1}#f002", "outcome_value": ov, "outcome_unit": ou,
            "outcome_qualifier": oq or None, "met": met, "rule": rule}


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


def test_outcome_rows_state_target_and_outcome():
    rows = series.outcome_rows(OUTCOMES, KEY)
    assert list(rows["indicator_code"])[:2] == ["gdp", "retail_sales"]  # headline order
    assert rows.loc[0, "target"] == "9%" and rows.loc[0, "outcome"] == "7% 预计"
    assert rows.loc[2, "target"] == "6.5–7%"
    assert series.outcome_rows(OUTCOMES, "易县").empty


def test_bands_follow_the_verdict_rules():
    b = series.bands(series.outcome_rows(OUTCOMES, KEY)).set_index(
        ["year", "indicator_code"])
    assert (b.loc[(2021, "gdp"), "low"], pd.isna(b.loc[(2021, "gdp"), "high"])) == (9.0, True)
    assert b.loc[(2021, "retail_sales"), ["low", "high"]].tolist() == [8.5, 9.5]
    assert b.loc[(2023, "gdp"), ["low", "high"]].tolist() == [6.5, 7.0]
    # 以内 with no outcome: an upper end only, and no outcome point.
    u = b.loc[(2023, "registered_unemployment_rate")]
    assert pd.isna(u["low"]) and u["high"] == 4.5 and pd.isna(u["outcome_in_target_unit"])
    # A fall of at least 3%: the band is −3 and below.
    e = b.loc[(2024, "energy_intensity")]
    assert pd.isna(e["low"]) and e["high"] == -3.0 and e["met"] == "met"


def test_over_the_years_leaves_a_missing_year_a_gap():
    s = series.over_the_years(INDICATORS, REPORTS, KEY)
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


def test_cascade_steps_down_the_levels():
    c = series.cascade(INDICATORS, REPORTS, 2024)
    gdp = c[c["indicator_code"] == "gdp"]
    assert list(gdp["level"]) == ["national", "provincial", "district"]
    assert list(gdp["value"]) == [5.0, 5.5, 6.0]  # the district's first statement counts
    assert pd.isna(gdp["step"].iloc[0])
    assert gdp["step"].iloc[1:].tolist() == pytest.approx([0.5, 0.5])
    assert set(c["indicator_code"]) == {"gdp"}  # cpi and retail sales: one level each
    assert series.cascade(INDICATORS, REPORTS, 2024, ["nat24", "q24"])["step"].iloc[1] == 1.0


def test_charts_draw():
    rows = series.outcome_rows(OUTCOMES, KEY)
    assert isinstance(series.chart_outcomes(rows), Figure)
    assert isinstance(series.chart_series(series.over_the_years(INDICATORS, REPORTS, KEY)),
                      Figure)


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
