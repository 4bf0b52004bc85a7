"""Targets beside results, across reports and years (``workreport.targets``)."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest

from tests.extracted import NATIONAL, YUZHONG, extracted_tables, frame, one
from workreport import dataset, findings, targets
from workreport.verdicts import describe_outcome, outcome_note


@pytest.fixture(scope="module")
def t() -> dataset.Tables:
    return extracted_tables()


def test_yuzhong_gdp_target_11_after_result_12(t):
    tv = targets.targets_vs_results(t.indicators, YUZHONG)
    gdp = one(tv, indicator="地区生产总值", measure="change")
    assert (gdp["target"], gdp["result"]) == (11.0, 12.0)
    assert (gdp["target_year"], gdp["result_year"]) == (2014, 2013)
    assert gdp["qualifier"] == "左右" and gdp["difference"] == pytest.approx(-1.0)


def test_targets_matched_by_normalised_name(t):
    tv = targets.targets_vs_results(t.indicators, YUZHONG, only_matched=True)
    rev = one(tv, indicator="公共财政预算收入")
    assert (rev["result"], rev["result_indicator"]) == (2.4, "区级公共财政预算收入")
    dom = one(tv, indicator="实际利用内资")
    assert (dom["target"], dom["result"]) == (240.0, 205.2)
    assert tv["result"].notna().all()
    everything = targets.targets_vs_results(t.indicators, YUZHONG)
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
    tv = targets.targets_vs_results(ind, "r")
    assert tv.loc[0, "result"] == 9.9  # the exact name wins over the normalised one
    # 19户 and 20家 of 企业 count firms alike (vocab/english.yml count_kinds): compared (issue 11).
    assert tv.loc[1, "result"] == 19.0 and tv.loc[1, "difference"] == 1.0
    assert math.isnan(tv.loc[2, "result"])  # a level target never pairs with a rate
    # The result in the target's unit (findings read it): none where none is paired.
    assert tv.loc[1, "result_in_unit"] == 19.0 and math.isnan(tv.loc[2, "result_in_unit"])


def test_compare_targets_maps_gdp_names_to_one_key(t):
    cmp = targets.compare_targets(t.indicators, [YUZHONG, NATIONAL])
    gdp = cmp[cmp["key"] == "GDP"]
    assert list(gdp["report_id"]) == [YUZHONG, NATIONAL]
    assert list(gdp["value"]) == [11.0, 7.5]
    assert list(gdp["indicator"]) == ["地区生产总值", "国内生产总值"]
    assert set(gdp["english"]) == {"GDP"}
    rev = targets.compare_targets(t.indicators, [NATIONAL, YUZHONG])
    assert list(rev[rev["key"] == "GDP"]["value"]) == [7.5, 11.0]
    assert targets.compare_targets(t.indicators, [YUZHONG]).empty


def test_peers(t):
    assert targets.peers(t.reports, YUZHONG) == [NATIONAL]
    assert targets.peers(t.reports, NATIONAL) == [YUZHONG]
    reports = pd.concat([t.reports, t.reports[t.reports["report_id"] == YUZHONG].assign(
        report_id="yuzhong-2015", report_year=2015, year_reviewed=2014)], ignore_index=True)
    assert targets.peers(reports, "yuzhong-2015") == ["national-statecouncil-2015"]
    no_2015 = reports[reports["report_id"] != "national-statecouncil-2015"]
    assert targets.peers(no_2015, "yuzhong-2015") == []


def test_nothing_compared_says_what_was_compared():
    """Two local reports of 2024 both targeting GDP, no national one: the overview said
    "No other report of the same year in the data targets the same indicator", untrue, as
    a local report is compared with the national one only (session 68, tester)."""
    reports = pd.DataFrame({"report_id": ["chongqing-2024", "chengde-2024", "n-2024"],
                            "level": ["provincial", "city", "national"],
                            "report_year": [2024, 2024, 2024]})
    local = reports.iloc[:2]
    peers = targets.peers(local, "chongqing-2024")
    said = findings.none_compared(local, "chongqing-2024", peers, {})
    assert peers == [] and "no national report of 2024" in said
    assert "no other report of 2024" in findings.none_compared(
        reports.iloc[2:], "n-2024", [], {})
    said = findings.none_compared(reports, "chengde-2024", ["n-2024"], {"n-2024": "China"})
    assert said == "No indicator is targeted in the same unit by this report and China."
    overview = (Path(__file__).resolve().parents[1] / "notebooks" / "overview.ipynb")
    assert "No other report of the same year" not in overview.read_text(encoding="utf-8")


def test_the_outcome_report_is_the_one_the_pairs_name():
    """``outcome_report`` reads outcomes.csv: the report a report's target pairs name, not
    one the pairs of another report's targets name, whatever the reports table holds."""
    paired = pd.DataFrame([pair_row(), pair_row(target_figure_id="n14#f003",
                                                 outcome_report_id="n15", year=2014)])
    assert targets.outcome_report(paired, "n15") == "n16"
    assert targets.outcome_report(paired, "n14") == "n15"
    assert targets.outcome_report(paired, "n16") is None  # it states results, sets no pair
    assert targets.outcome_report(paired.iloc[0:0], "n15") is None


@pytest.fixture(scope="module")
def paired(t) -> pd.DataFrame:
    """``outcomes.csv`` of the extracted tables, made by the function ``extract_to``
    writes it with (``extract.outcomes.pair_outcomes``)."""
    from workreport.extract.outcomes import pair_outcomes

    return pair_outcomes({"reports": t.reports, "indicators": t.indicators,
                          "sentences": t.sentences, "sections": t.sections})


def test_outcomes_are_the_pairs_of_outcomes_csv(t, paired):
    """The targets chapter of the State Council's 2015 report (a year of the series in
    the catalogue: the function its chapter would call, on the real tables): the GDP
    target 7% 左右 beside the 6.9% of the 2016 report, judged met."""
    n15 = "national-statecouncil-2015"
    out = targets.outcomes(paired, t.indicators, n15, t.glossary)
    assert set(out["report_id"]) == {n15}
    assert len(out) == (paired["target_figure_id"].str.startswith(f"{n15}#")).sum()
    gdp = one(out, indicator="国内生产总值")
    assert (gdp["target"], gdp["qualifier"], gdp["outcome"]) == (7.0, "左右", 6.9)
    assert (gdp["later_id"], gdp["met"], gdp["target_year"]) == (
        "national-statecouncil-2016", "met", 2015)
    assert gdp["rule"].startswith("about (左右)") and gdp["english"] == "GDP"
    # A target the 2016 report gives no result for keeps its row, judged unclear, but for
    # trade, which it says in words fell short (session 72, tester 72 D2).
    unstated = out[out["outcome"].isna()]
    assert set(unstated["met"]) == {"unclear", "fell short"}
    assert set(unstated.loc[unstated["met"] == "fell short", "english"]) == {
        "Total imports and exports"}
    # What the chapter writes of them (verdicts): the note, then a sentence per target.
    later = targets.outcome_report(paired, n15)
    assert outcome_note("the State Council", 2015, later, 2016, out["met"]).startswith(
        "The State Council's 2016 report (national-statecouncil-2016) reviews 2015: the "
        f"extraction pairs {len(out)} targets set for 2015 with it: ")
    years = {n15: 2015, later: 2016}
    assert describe_outcome(gdp, {n15: "the State Council"}, years) == (
        "GDP (国内生产总值): growth of about 7% targeted by the State Council for 2015; its "
        "2016 report gives 6.9%, 0.1 percentage points below the target. Verdict: met, by "
        "the rule “about (左右): met within ±0.5 percentage points”.")
    # The 2014 report's energy target (下降3.9%以上), exceeded by a fall of 4.8%: more than
    # the 0.5 points of 左右's band beyond it (brief words).
    energy = one(targets.outcomes(paired, t.indicators, NATIONAL), indicator="能源消耗强度")
    assert (energy["target"], energy["outcome"], energy["met"]) == (-3.9, -4.8, "exceeded")
    # Yuzhong: no 2015 report in the data, so no pair; the same columns.
    none = targets.outcomes(paired, t.indicators, YUZHONG)
    assert none.empty and list(none.columns) == list(out.columns)
    assert targets.outcome_report(paired, YUZHONG) is None
    # The State Council's 2016 text names its government 国务院, the 2015 one
    # 中华人民共和国国务院: one government to the extraction, so its pairs name 2016.
    assert later == "national-statecouncil-2016"
    assert targets.outcome_report(paired, NATIONAL) == "national-statecouncil-2015"


def pair_row(**kw) -> dict:
    """One row of ``outcomes.csv`` (``DERIVED["outcomes"]``): a GDP growth target 7% 左右
    of n15 met by the 6.9% of n16, unless ``kw`` says otherwise."""
    return {"government": "国务院", "year": 2015, "indicator_code": "gdp", "measure": "change",
            "target_figure_id": "n15#f000", "target_value": 7.0, "target_value_high": pd.NA,
            "target_unit": "%", "target_qualifier": "左右", "outcome_report_id": "n16",
            "outcome_figure_id": "n16#f001", "outcome_value": 6.9, "outcome_unit": "%",
            "outcome_qualifier": pd.NA, "met": "met",
            "rule": "about (左右): met within ±0.5 percentage points", **kw}


def test_outcomes_read_only_the_pairs_given():
    """A small synthetic outcomes table: its rows, not a pairing of the tables, make the
    frame; a result the tables hold but the table does not pair is not shown."""
    ind = frame([
        {"report_id": "r", "indicator": "地区生产总值", "value": 11.0, "unit": "%",
         "measure": "change", "kind": "target", "year": 2014, "qualifier": "左右"},
        {"report_id": "r", "indicator": "城镇新增就业", "value": 2.0, "unit": "万人",
         "kind": "target", "year": 2014},
        {"report_id": "r2", "indicator": "地区生产总值", "value": 10.5, "unit": "%",
         "measure": "change", "year": 2014},
        {"report_id": "r2", "indicator": "城镇新增就业", "value": 2.5, "unit": "万人",
         "year": 2014},
    ])
    paired = pd.DataFrame([pair_row(government="渝中区", year=2014, target_figure_id="r#f000",
                                    target_value=11.0, outcome_report_id="r2",
                                    outcome_figure_id="r2#f002", outcome_value=10.5)])
    out = targets.outcomes(paired, ind, ["r"])
    row = out.iloc[0]
    assert len(out) == 1 and (row["indicator"], row["target"], row["outcome"]) == (
        "地区生产总值", 11.0, 10.5)
    assert (row["later_id"], row["result_id"], row["result_qualifier"]) == ("r2", "r2#f002", "")
    assert targets.outcomes(paired, ind, "r2").empty  # r2 sets no target
    assert targets.outcomes(paired.iloc[0:0], ind, "r").empty


def test_a_report_with_a_review_and_no_targets():
    """Regression (issue 10 §2, issue 12 §3): a report that reviews a year and sets no
    targets compared with one that does gave ``KeyError: 'key'`` in compare_targets."""
    ind = frame([
        {"indicator": "地区生产总值", "value": 12.0, "unit": "%", "measure": "change"},
        {"report_id": "n", "indicator": "国内生产总值", "value": 7.5, "unit": "%",
         "measure": "change", "kind": "target", "year": 2014},
    ])
    cmp = targets.compare_targets(ind, ["r", "n"])
    assert cmp.empty and "key" in cmp.columns
    assert targets.targets_vs_results(ind, "r").empty
    # The landing page's findings (a target cut below last year's result): none.
    assert findings.target_moves(targets.targets_vs_results(ind, "r")) == []
    assert list(dataset.review_actuals(ind, "r")["value"]) == [12.0]


def test_a_target_for_a_later_year_is_set_beside_no_result():
    """Second tester 70: State Council 2016's 50 million new urban jobs over 2016-2020 was
    shown "targeted for 2020, after 13.12 million in 2015"; this year's 10 million stays
    beside 2015's result."""
    ind = frame([{"indicator": "城镇新增就业", "value": 1312.0, "unit": "万人", "year": 2015},
                 {"indicator": "城镇新增就业", "value": 5000.0, "unit": "万人", "kind": "target",
                  "year": 2020},
                 {"indicator": "城镇新增就业", "value": 1000.0, "unit": "万人", "kind": "target",
                  "year": 2016}])
    tv = targets.targets_vs_results(ind, "r")
    assert tv["target"].tolist() == [5000.0, 1000.0]
    assert math.isnan(tv["result"].iloc[0]) and tv["result_id"].iloc[0] == ""
    assert (tv["result"].iloc[1], tv["difference"].iloc[1]) == (1312.0, -312.0)
    assert targets.targets_vs_results(ind, "r", only_matched=True)["target"].tolist() == [1000.0]


def test_unlike_counts_and_new_beside_stock_never_pair():
    """Session 71 (re-test 70): 575户 of 老旧小区改造 was set beside 20个 ("+555": households
    against communities), and 11 new key projects beside all 19 key projects of the year."""
    ind = frame([
        {"indicator": "老旧小区改造", "value": 12.0, "unit": "个"},
        {"indicator": "老旧小区改造", "value": 900.0, "unit": "户"},
        {"indicator": "城市更新", "value": 14.0, "unit": "个"},
        {"indicator": "县重点项目", "value": 14.0, "unit": "项"},
        {"indicator": "高新技术企业", "value": 80.0, "unit": "家"},
        {"indicator": "老旧小区改造", "value": 300.0, "unit": "户", "kind": "target",
         "year": 2014},
        {"indicator": "城市更新", "value": 3.0, "unit": "万平方米", "kind": "target",
         "year": 2014},
        {"indicator": "新建县重点项目", "value": 5.0, "unit": "个", "kind": "target",
         "year": 2014},
        {"indicator": "县重点项目", "value": 30.0, "unit": "个", "kind": "target", "year": 2014},
        {"indicator": "新增高新技术企业", "value": 6.0, "unit": "家", "kind": "target",
         "year": 2014},
    ])
    tv = targets.targets_vs_results(ind, "r").set_index("indicator")
    assert tv.loc["老旧小区改造", "result"] == 900.0   # households beside households
    assert math.isnan(tv.loc["城市更新", "result"])     # an area beside no count
    assert math.isnan(tv.loc["新建县重点项目", "result"])  # new ones: a part of the list
    assert tv.loc["县重点项目", "result"] == 14.0        # projects in 个 and in 项 alike
    assert math.isnan(tv.loc["新增高新技术企业", "result"])  # new firms beside the stock


def test_an_outcome_names_its_indicator_as_the_targets_table_does():
    """Session 71 (brief words; retest 70): a county's verdict read the glossary's
    "Urban per-capita disposable income (natl.)" while the targets table on the same page
    read the code's name. One label's English is chosen in one place
    (``glossary.indicator_english``): the code's name where the row has a code."""
    ind = frame([
        {"report_id": "r", "indicator": "城镇居民人均可支配收入", "value": 8.0, "unit": "%",
         "measure": "change", "kind": "target", "year": 2021},
        {"report_id": "r2", "indicator": "城镇居民人均可支配收入", "value": 8.5, "unit": "%",
         "measure": "change", "year": 2021},
    ])
    # As the extraction writes them: the code, and its name as the row's English.
    ind["indicator_code"] = "urban_disposable_income"
    ind["indicator_en"] = "Per capita disposable income of urban residents"
    paired = pd.DataFrame([pair_row(government="易县", year=2021, target_figure_id="r#f000",
                                    indicator_code="urban_disposable_income",
                                    target_value=8.0, target_qualifier=pd.NA,
                                    outcome_report_id="r2", outcome_figure_id="r2#f001",
                                    outcome_value=8.5)])
    glossary = {"城镇居民人均可支配收入": {"english": "Urban income (natl.)"}}
    out = targets.outcomes(paired, ind, ["r"], glossary)
    table = targets.targets_vs_results(ind, "r", glossary)
    assert out["english"].tolist() == ["Per capita disposable income of urban residents"]
    assert table["indicator_en"].tolist() == out["english"].tolist()


def test_no_glossary_label_says_national():
    """A county's indicator never reads "(natl.)": the packaged glossary labels a term for
    any level of government (session 71)."""
    from workreport.glossary import default_glossary

    assert [t for t, row in default_glossary().items() if "natl." in row["english"]] == []


def test_a_rates_mean_over_the_year_is_the_rate():
    """Tester 73 (D-C1): Chongqing's 城镇调查失业率 about 5.5% stood beside no result, though
    its review gives 全年城镇调查失业率平均值5.4%: the year's mean of a rate is the rate."""
    from workreport.extract.codes import code_for

    ind = frame([
        {"indicator": "城镇调查失业率平均值", "value": 5.4, "unit": "%", "measure": "share"},
        {"indicator": "城镇调查失业率", "value": 5.5, "unit": "%", "measure": "share",
         "kind": "target", "year": 2014, "qualifier": "左右"},
    ])
    tv = targets.targets_vs_results(ind, "r")
    assert tv["result"].tolist() == [5.4]
    assert code_for("城镇调查失业率平均值") == code_for("城镇调查失业率") \
        == "surveyed_unemployment_rate"
    assert code_for("地区生产总值平均值") == ""  # a level's mean is no code's figure
