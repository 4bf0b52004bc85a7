"""Targets beside results, across reports and years (``workreport.targets``)."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from tests.extracted import NATIONAL, YUZHONG, extracted_tables, frame, one
from workreport import dataset, findings, prose, targets


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
    # 19户 and 20家 count alike (vocab/english.yml count_groups): compared (issue 11).
    assert tv.loc[1, "result"] == 19.0 and tv.loc[1, "difference"] == 1.0
    assert math.isnan(tv.loc[2, "result"])  # a level target never pairs with a rate


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


def test_peers_and_later_report(t):
    assert targets.peers(t.reports, YUZHONG) == [NATIONAL]
    assert targets.peers(t.reports, NATIONAL) == [YUZHONG]
    assert targets.later_report(t.reports, YUZHONG) is None
    assert targets.later_report(t.reports, NATIONAL) == "national-statecouncil-2015"
    # The 2016 text names its government 国务院, the 2015 one 中华人民共和国国务院.
    assert targets.later_report(t.reports, "national-statecouncil-2015") == \
        "national-statecouncil-2016"
    reports = pd.concat([t.reports, t.reports[t.reports["report_id"] == YUZHONG].assign(
        report_id="yuzhong-2015", report_year=2015, year_reviewed=2014)], ignore_index=True)
    assert targets.later_report(reports, YUZHONG) == "yuzhong-2015"
    assert targets.peers(reports, "yuzhong-2015") == ["national-statecouncil-2015"]
    no_2015 = reports[reports["report_id"] != "national-statecouncil-2015"]
    assert targets.peers(no_2015, "yuzhong-2015") == []


def test_later_report_tells_governments_apart_as_the_extraction_does():
    """By ``metadata.government_key``, as ``extract.outcomes`` pairs them: one government
    however its text writes it, and never a government with no name read."""
    reports = pd.DataFrame({
        "report_id": ["a15", "a16", "b16", "x15", "x16"],
        "government": ["中华人民共和国国务院", "国务院", "河北省人民政府", None, None],
        "report_year": [2015, 2016, 2016, 2015, 2016],
        "year_reviewed": [2014, 2015, 2015, 2014, 2015]})
    assert targets.later_report(reports, "a15") == "a16"
    assert targets.later_report(reports, "x15") is None
    assert targets.later_report(reports, "a16") is None


def test_outcomes_empty_without_later_report_and_paired_with_one(t):
    empty = targets.outcomes(t.indicators, YUZHONG, None)
    assert empty.empty and {"outcome", "target", "outcome_year"} <= set(empty.columns)
    later = frame([
        {"report_id": "y15", "indicator": "地区生产总值", "value": 10.5, "unit": "%",
         "measure": "change", "year": 2014},
    ])
    ind = pd.concat([t.indicators, later], ignore_index=True)
    out = targets.outcomes(ind, YUZHONG, "y15")
    row = one(out, indicator="地区生产总值")
    assert (row["target"], row["outcome"], row["outcome_year"]) == (11.0, 10.5, 2014)
    assert prose.describe_outcome(row) == ("GDP (地区生产总值): target growth of about 11%, "
                                           "outcome growth of 10.5%.")



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
    assert targets.outcomes(ind, "r", "n").empty
    assert list(dataset.review_actuals(ind, "r")["value"]) == [12.0]
