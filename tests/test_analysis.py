"""analysis, prose and chapter: the functions every notebook number goes through."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest

from tests.extracted import NATIONAL, YUZHONG, extracted_tables
from workreport import analysis, display, prose


@pytest.fixture(scope="module")
def t() -> analysis.Tables:
    return extracted_tables()


def one(df: pd.DataFrame, **where) -> pd.Series:
    rows = df
    for k, v in where.items():
        rows = rows[rows[k] == v]
    assert len(rows) == 1, f"expected one row where {where}, got {len(rows)}"
    return rows.iloc[0]


def frame(rows: list[dict]) -> pd.DataFrame:
    """A minimal indicators table for pairing logic that must not depend on the extractor."""
    base = {"report_id": "r", "kind": "actual", "year": 2013, "measure": "level",
            "value_high": float("nan"), "qualifier": "", "indicator_en": "",
            "sentence_index": 0}
    out = []
    for i, r in enumerate(rows):
        row = {**base, "figure_id": f"{r.get('report_id', 'r')}#f{i:03d}", "start": i * 10,
               **r}
        row.setdefault("section", "p1.s1" if row["kind"] == "actual" else "p2.s0")
        row.setdefault("part", 1 if row["kind"] == "actual" else 2)
        row.setdefault("role", "review" if row["kind"] == "actual" else "plan")
        row.setdefault("quote", f"{row['value']}{row['unit']}")
        out.append(row)
    return pd.DataFrame(out)


# ----------------------------------------------------------------------------- loading


def test_load_tables_types_text_as_text_and_numbers_typed(t):
    ind = t.indicators
    assert str(ind["value"].dtype) == "Float64"
    assert str(ind["year"].dtype) == "Int64"
    assert ind["figure_id"].is_unique
    for col in ("qualifier", "indicator_en", "unit", "quote"):
        assert not ind[col].isna().any(), f"{col} must keep '' as text, not NaN"
    # The two reports with chapters and the two national context reports around them.
    assert set(t.reports["report_id"]) == {YUZHONG, NATIONAL, "national-statecouncil-2013",
                                           "national-statecouncil-2015"}


def test_data_dir_is_found_from_a_notebooks_own_folder(tmp_path, monkeypatch):
    """Jupyter starts a kernel in the notebook's folder (book/generated/<id>/), not at the
    project root where the build runs it: the relative ``data/processed`` is found upwards."""
    data = tmp_path / "data" / "processed"
    data.mkdir(parents=True)
    (data / "indicators.csv").write_text("figure_id\n", encoding="utf-8")
    chapter_dir = tmp_path / "book" / "generated" / "yuzhong-2014"
    chapter_dir.mkdir(parents=True)
    monkeypatch.chdir(chapter_dir)
    assert analysis.find_data_dir("data/processed") == data
    assert analysis.find_data_dir("data/processed", start=tmp_path / "book") == data
    monkeypatch.chdir(tmp_path)
    assert analysis.find_data_dir("data/processed") == Path("data/processed")
    assert analysis.find_data_dir("nowhere/at/all") == Path("nowhere/at/all")


def test_tables_lookups_name_what_exists(t):
    assert t.report(YUZHONG)["year_reviewed"] == 2013
    assert t.section(YUZHONG, "p1.s1")["title"] == "多措并举稳增长、促发展"
    with pytest.raises(KeyError, match=NATIONAL):
        t.report("nowhere-2014")
    assert t.has(NATIONAL) and not t.has("nowhere") and not t.has(None)


# ----------------------------------------------------------------------------- labels


@pytest.mark.parametrize(("a", "b"), [
    ("公共财政预算收入同口径", "区级公共财政预算收入"),
    ("实际利用内资", "利用内资"),
    ("新增总部企业", "总部企业"),
    ("能源消耗强度要", "能源消耗强度"),
    ("城乡居民基本医保财政补助标准提高到人均", "城乡居民基本医保财政补助标准增加到人均"),
])
def test_indicator_key_matches_wordings_of_one_measure(a, b):
    assert analysis.indicator_key(a) == analysis.indicator_key(b)


def test_indicator_key_gdp_synonyms_and_distinct_measures():
    keys = {analysis.indicator_key(x) for x in ("地区生产总值", "国内生产总值", "生产总值")}
    assert keys == {"GDP"}
    assert analysis.indicator_key("城镇调查失业率") != analysis.indicator_key("城镇登记失业率")
    assert analysis.indicator_key("全区性会议") == "全区性会议"


def test_english_fallback_chain_and_bilingual():
    g = {"公共财政预算收入": {"english": "General budget revenue"},
         "新增就业": {"english": "New jobs"}}
    assert analysis.english("新增就业", g) == "New jobs"
    assert analysis.english("区级公共财政预算收入", g) == "General budget revenue"
    assert analysis.english("国内生产总值", {}) == "GDP"
    assert analysis.english("电梯", g) == ""
    assert analysis.english("电梯", g, fallback="?") == "?"
    assert analysis.bilingual("地区生产总值", "GDP") == "GDP 地区生产总值"
    assert analysis.bilingual("地区生产总值", "") == "地区生产总值"
    assert analysis.bilingual("地区生产总值", "GDP", sep="\n") == "GDP\n地区生产总值"


# ----------------------------------------------------------------------------- figures


def test_headline_results_are_the_review_preamble(t):
    h = analysis.headline_results(t.indicators, YUZHONG)
    assert set(h["section"]) == {"p1.s0"} and set(h["kind"]) == {"actual"}
    gdp = h[h["indicator"] == "地区生产总值"]
    assert sorted(gdp["value"].tolist()) == [12.0, 804.2]
    assert h["start"].is_monotonic_increasing


def test_headline_results_fall_back_to_first_actuals(t):
    ind = t.indicators[~((t.indicators["report_id"] == YUZHONG)
                         & (t.indicators["section"] == "p1.s0"))]
    h = analysis.headline_results(ind, YUZHONG, limit=5)
    assert len(h) == 5 and set(h["section"]) == {"p1.s1"}


def test_section_table_pairs_levels_with_their_growth(t):
    tab = analysis.section_table(t.indicators, YUZHONG, "p1.s1")
    assert list(tab.columns) == ["indicator", "english", "value", "unit", "qualifier",
                                 "measure", "change", "quote", "figure_id"]
    sales = one(tab, indicator="商品销售总额")
    assert (sales["value"], sales["unit"], sales["change"]) == (2205.1, "亿元", "+11.2%")
    assert len(sales["figure_id"].split()) == 2
    raw = t.indicators[(t.indicators["report_id"] == YUZHONG)
                       & (t.indicators["section"] == "p1.s1")]
    paired = (tab["change"] != "").sum()
    assert len(tab) == len(raw) - paired
    assert (tab["measure"] == "change").sum() == 0  # every p1.s1 rate has its level


def test_levels_and_changes_keeps_lone_changes_and_signs():
    ind = frame([
        {"indicator": "甲", "value": 100.0, "unit": "亿元", "sentence_index": 1},
        {"indicator": "甲", "value": 12.0, "unit": "%", "measure": "change",
         "sentence_index": 1},
        {"indicator": "乙", "value": -18.6, "unit": "%", "measure": "change",
         "sentence_index": 2},
    ])
    pairs = analysis.levels_and_changes(ind)
    assert list(pairs["indicator"]) == ["甲", "乙"]
    assert pairs.loc[0, "level"] == 100.0 and pairs.loc[0, "change"] == 12.0
    assert math.isnan(pairs.loc[1, "level"]) and pairs.loc[1, "change"] == -18.6
    assert prose.describe_change(pairs.loc[1]) == "乙 fell 18.6% in 2013."


# ----------------------------------------------------------------------------- targets


def test_yuzhong_gdp_target_11_after_result_12(t):
    tv = analysis.targets_vs_results(t.indicators, YUZHONG)
    gdp = one(tv, indicator="地区生产总值", measure="change")
    assert (gdp["target"], gdp["result"]) == (11.0, 12.0)
    assert (gdp["target_year"], gdp["result_year"]) == (2014, 2013)
    assert gdp["qualifier"] == "左右" and gdp["difference"] == pytest.approx(-1.0)


def test_targets_matched_by_normalised_name(t):
    tv = analysis.targets_vs_results(t.indicators, YUZHONG, only_matched=True)
    rev = one(tv, indicator="公共财政预算收入同口径")
    assert (rev["result"], rev["result_indicator"]) == (2.4, "区级公共财政预算收入")
    dom = one(tv, indicator="实际利用内资")
    assert (dom["target"], dom["result"]) == (240.0, 205.2)
    assert tv["result"].notna().all()
    everything = analysis.targets_vs_results(t.indicators, YUZHONG)
    assert len(everything) > len(tv)
    assert set(everything["figure_id"]) >= set(tv["figure_id"])


def test_pairing_exact_first_same_measure_and_unit_guard():
    ind = frame([
        {"indicator": "区级收入", "value": 2.4, "unit": "%", "measure": "change"},
        {"indicator": "收入", "value": 9.9, "unit": "%", "measure": "change"},
        {"indicator": "企业改制", "value": 19.0, "unit": "户"},
        {"indicator": "收入", "value": 5.0, "unit": "%", "measure": "change",
         "kind": "target", "year": 2014},
        {"indicator": "企业改制", "value": 20.0, "unit": "家", "kind": "target", "year": 2014},
        {"indicator": "收入", "value": 50.0, "unit": "亿元", "kind": "target", "year": 2014},
    ])
    tv = analysis.targets_vs_results(ind, "r")
    assert tv.loc[0, "result"] == 9.9  # the exact name wins over the normalised one
    # 19户 and 20家 count alike (vocab/english.yml count_groups): compared (issue 11).
    assert tv.loc[1, "result"] == 19.0 and tv.loc[1, "difference"] == 1.0
    assert math.isnan(tv.loc[2, "result"])  # a level target never pairs with a rate


def test_compare_targets_maps_gdp_names_to_one_key(t):
    cmp = analysis.compare_targets(t.indicators, [YUZHONG, NATIONAL])
    gdp = cmp[cmp["key"] == "GDP"]
    assert list(gdp["report_id"]) == [YUZHONG, NATIONAL]
    assert list(gdp["value"]) == [11.0, 7.5]
    assert list(gdp["indicator"]) == ["地区生产总值", "国内生产总值"]
    assert set(gdp["english"]) == {"GDP"}
    rev = analysis.compare_targets(t.indicators, [NATIONAL, YUZHONG])
    assert list(rev[rev["key"] == "GDP"]["value"]) == [7.5, 11.0]
    assert analysis.compare_targets(t.indicators, [YUZHONG]).empty


def test_peers_and_later_report(t):
    assert analysis.peers(t.reports, YUZHONG) == [NATIONAL]
    assert analysis.peers(t.reports, NATIONAL) == [YUZHONG]
    assert analysis.later_report(t.reports, YUZHONG) is None
    assert analysis.later_report(t.reports, NATIONAL) == "national-statecouncil-2015"
    reports = pd.concat([t.reports, t.reports[t.reports["report_id"] == YUZHONG].assign(
        report_id="yuzhong-2015", report_year=2015, year_reviewed=2014)], ignore_index=True)
    assert analysis.later_report(reports, YUZHONG) == "yuzhong-2015"
    assert analysis.peers(reports, "yuzhong-2015") == ["national-statecouncil-2015"]
    no_2015 = reports[reports["report_id"] != "national-statecouncil-2015"]
    assert analysis.peers(no_2015, "yuzhong-2015") == []


def test_outcomes_empty_without_later_report_and_paired_with_one(t):
    empty = analysis.outcomes(t.indicators, YUZHONG, None)
    assert empty.empty and {"outcome", "target", "outcome_year"} <= set(empty.columns)
    later = frame([
        {"report_id": "y15", "indicator": "地区生产总值", "value": 10.5, "unit": "%",
         "measure": "change", "year": 2014},
    ])
    ind = pd.concat([t.indicators, later], ignore_index=True)
    out = analysis.outcomes(ind, YUZHONG, "y15")
    row = one(out, indicator="地区生产总值")
    assert (row["target"], row["outcome"], row["outcome_year"]) == (11.0, 10.5, 2014)
    assert prose.describe_outcome(row) == ("GDP (地区生产总值): target growth of about 11%, "
                                           "outcome growth of 10.5%.")


# ----------------------------------------------------------------------------- structure


def test_structure_summary_counts_figures_and_shares(t):
    s = analysis.structure_summary(t.sections, t.indicators, YUZHONG)
    assert s["section"].iloc[0] == "p1.s0" and "p0.s0" not in set(s["section"])
    n = len(t.indicators[(t.indicators["report_id"] == YUZHONG)
                         & (t.indicators["section"] == "p1.s1")])
    assert one(s, section="p1.s1")["figures"] == n
    assert 0.95 < s["share"].sum() <= 1.0
    parts = analysis.part_summary(s)
    assert list(parts["part"]) == [1, 2, 3]
    assert parts["figures"].sum() == s["figures"].sum()


# ----------------------------------------------------------------------------- prose


def test_describe_change_and_target_read_from_rows(t):
    g = {"地区生产总值": {"english": "GDP"}}
    pairs = analysis.levels_and_changes(analysis.headline_results(t.indicators, YUZHONG), g)
    assert prose.describe_change(pairs.iloc[0]) == \
        "GDP (地区生产总值) grew 12% to 80.42 billion yuan (804.2亿元) in 2013."
    tv = analysis.targets_vs_results(t.indicators, YUZHONG, g)
    assert prose.describe_target(one(tv, indicator="地区生产总值")) == \
        "GDP (地区生产总值): growth of about 11% targeted for 2014, after growth of 12% in 2013."


def test_number_and_quantity_formatting():
    assert [prose.number(v) for v in (12.0, 804.2, 4.48, 27827.0, -3.7)] == \
        ["12", "804.2", "4.48", "27,827", "−3.7"]
    assert prose.quantity(11, "%", "左右") == "about 11%"
    assert prose.quantity(4000, "个", "以上") == "at least 4,000"
    assert prose.signed(-18.6, "%") == "−18.6%" and prose.signed(12, "%") == "+12%"


def test_section_reading_counts_and_extremes():
    ind = frame([
        {"indicator": "甲", "value": 5.0, "unit": "%", "measure": "change"},
        {"indicator": "乙", "value": -2.0, "unit": "%", "measure": "change"},
        {"indicator": "丙", "value": 3.0, "unit": "座"},
    ])
    lines = prose.section_reading(analysis.levels_and_changes(ind), "标题", ["解放碑"], ["金融"])
    assert lines[0] == ("The section “标题” states 3 quantified statements (1 level and "
                        "2 stand-alone changes); 2 of them are growth rates.")
    assert lines[1] == "The fastest growth: 甲 grew 5% in 2013."
    assert lines[2] == "The steepest fall: 乙 fell 2% in 2013."
    assert "one place or project" in lines[3] and "金融" in lines[4]
    assert "no figures" in prose.section_reading(analysis.levels_and_changes(ind.iloc[0:0]),
                                                 "空")[0]


# ----------------------------------------------------------------------------- chapter


def test_chapter_table_and_prose_escape_report_text():
    df = pd.DataFrame({"quote": ["<script>alert(1)</script>"], "value": [804.2],
                       "share": [0.046]})
    html = display.table(df).data
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert ">804.2<" in html and ">4.6%<" in html
    md = display.prose(["**不是粗体** [链接](x)"]).data
    assert md == r"\*\*不是粗体\*\* \[链接\]\(x\)"


def test_page_titles_come_from_the_tables(t):
    assert display.page_title(t, YUZHONG, "review", "p1.s2") == \
        "Review of 2013, 2: Continuing to optimise the mix of industries · 持续优化调整产业业态"
    assert display.page_title(t, YUZHONG, "targets") == "Targets for 2014"
    assert display.page_title(t, NATIONAL, "plan", "p3.s1").startswith("Plan for 2014, 3.1: ")
    assert display.section_label(t.section(YUZHONG, "p1.s2")) == "（二）"
    assert display.section_label({"number": 12, "part_title": ""}) == "（十二）"
    assert display.report_label(t.report(YUZHONG)) == "Yuzhong District"
    assert display.report_label(t.report(NATIONAL)) == "State Council"


def test_a_report_with_a_review_and_no_targets():
    """Regression (issue 10 §2, issue 12 §3): a report that reviews a year and sets no
    targets compared with one that does gave ``KeyError: 'key'`` in compare_targets."""
    ind = frame([
        {"indicator": "地区生产总值", "value": 12.0, "unit": "%", "measure": "change"},
        {"report_id": "n", "indicator": "国内生产总值", "value": 7.5, "unit": "%",
         "measure": "change", "kind": "target", "year": 2014},
    ])
    cmp = analysis.compare_targets(ind, ["r", "n"])
    assert cmp.empty and "key" in cmp.columns
    assert analysis.targets_vs_results(ind, "r").empty
    assert analysis.outcomes(ind, "r", "n").empty
    assert list(analysis.headline_results(ind, "r")["value"]) == [12.0]


def test_review_rows_come_from_the_role_column():
    """The review part is the rows' role, not a guess from the first actual figure: an
    actual stated in the plan part is not a result of the year reviewed."""
    ind = frame([
        {"indicator": "新增就业", "value": 5.0, "unit": "万人", "part": 3, "role": "plan",
         "section": "p3.s1"},
        {"indicator": "地区生产总值", "value": 12.0, "unit": "%", "measure": "change",
         "part": 2, "role": "review", "section": "p2.s0"},
    ])
    assert analysis.review_part(ind, "r") == 2
    assert list(analysis.headline_results(ind, "r")["indicator"]) == ["地区生产总值"]
    assert analysis.review_part(ind.assign(role="plan"), "r") is None


def test_chaptered_reports_come_from_the_reports_table(t):
    """Which reports have pages to link to is a column of reports.csv, not the catalogue."""
    reports = pd.DataFrame({"report_id": ["a", "b", "c"],
                            "has_chapters": pd.array([True, False, pd.NA], dtype="boolean")})
    empty = pd.DataFrame()
    tables = analysis.Tables(reports, empty, empty, empty, empty)
    assert tables.chaptered == {"a", "c"}  # a missing flag is the catalogue's default
    assert t.chaptered == {YUZHONG, NATIONAL}
