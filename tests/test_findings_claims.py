"""Sentences that claim "no …" or "none …" say what was computed (session 69, tester: the
State Council 2015 overview said "No target is set below last year's result of the same
indicator." above a table counting 5 of 7 set below)."""

from __future__ import annotations

import pandas as pd

from tests.extracted import frame
from workreport import analysis, findings


def _targets(rows: list[tuple[str, float, float, str]]) -> pd.DataFrame:
    """``targets_vs_results`` of (indicator, result for 2014, target for 2015, measure)."""
    ind = []
    for label, result, target, measure in rows:
        unit = "%" if measure == "change" else "万人"
        ind += [{"indicator": label, "value": result, "unit": unit, "measure": measure,
                 "year": 2014},
                {"indicator": label, "value": target, "unit": unit, "measure": measure,
                 "kind": "target", "year": 2015}]
    return analysis.targets_vs_results(frame(ind), "r")


def test_targets_set_below_but_none_cut_by_a_third_are_counted_and_named():
    t = _targets([("国内生产总值", 7.4, 7.0, "change"), ("城镇新增就业", 1322, 1000, "level"),
                  ("居民消费价格", 2.0, 3.0, "change")])
    said = findings.below_last_year(t)
    assert len(said) == 1 and said[0].startswith(
        "2 of the 3 targets beside last year's result are set below it, none by a third or "
        "more: ")
    assert "国内生产总值" in said[0] and "城镇新增就业" in said[0] and "居民消费价格" not in said[0]
    # The caption of the same rows counts the same.
    assert findings.caption_targets(t).startswith(
        "3 targets beside last year's result: 2 set below it")


def test_a_smaller_fall_is_a_target_set_below_last_years():
    """Session 69, second tester: a fall of at least 3.1% after a fall of 4.8% (energy
    intensity) was counted "at or above" last year's result: it asks for less."""
    t = _targets([("单位国内生产总值能耗", -4.8, -3.1, "change"),
                  ("二氧化碳排放强度", -3.0, -3.5, "change")])
    assert findings.caption_targets(t).startswith(
        "2 targets beside last year's result: 1 set below it, 1 at or above it.")
    said = findings.below_last_year(t)
    assert said[0].startswith("1 of the 2 targets beside last year's result is set below it")
    assert "单位国内生产总值能耗" in said[0] and "二氧化碳" not in said[0]


def test_a_smaller_fall_is_said_so_in_the_prose_and_in_the_gap_column():
    """Re-test 72, N4: the overview counted a fall of at least 3.4% after one of 5.6% as set
    below last year's, the table beside gave "target − result +2.2 percentage points"."""
    from workreport import display

    t = _targets([("单位国内生产总值能耗", -5.6, -3.4, "change"),
                  ("二氧化碳排放强度", -3.0, -3.5, "change"), ("国内生产总值", 7.4, 7.0, "change")])
    said = findings.below_last_year(t)
    assert said[1].startswith("For a fall, set below means a smaller fall: "), said
    assert said[1].endswith("targets a fall of 3.4% after one of 5.6%."), said
    html = display.table(t, {"indicator": "indicator", "difference": "target − result"}).data
    assert "<td>a smaller fall, by 2.2 percentage points</td>" in html, html
    assert "<td>a larger fall, by 0.5 percentage points</td>" in html, html
    assert "<td>−0.4 percentage points</td>" in html and "+2.2" not in html, html


def test_large_cuts_follow_the_count_and_none_below_is_said_only_when_true():
    t = _targets([("城镇新增就业", 1500, 900, "level"), ("国内生产总值", 7.4, 7.0, "change")])
    said = findings.below_last_year(t)
    assert said[0] == ("All 2 targets beside last year's result are set below it, 1 of them "
                       "by a third or more:")
    assert "(城镇新增就业" in said[1] and said[1].endswith("40% lower.") and len(said) == 2
    assert findings.below_last_year(_targets([("国内生产总值", 7.0, 7.5, "change"),
                                              ("居民消费价格", 3.0, 3.0, "change")])) == [
        "None of the 2 targets beside last year's result is set below it."]
    assert findings.below_last_year(_targets([("国内生产总值", 7.4, 7.0, "change")])) == [
        "The one target beside last year's result is set below it."]
    assert findings.below_last_year(t.iloc[0:0]) == [
        "No target can be set beside last year's result in the same unit."]


def test_a_section_with_figures_but_no_rate_share_or_sum_still_says_something():
    """State Council 2015 p1.s1: two gaps in percentage points, and "What the section
    says" had nothing under it."""
    rows = frame([{"indicator": "小微企业贷款增速比各项贷款平均增速高", "value": 4.2,
                   "unit": "个百分点", "measure": "change"},
                  {"indicator": "“三农”贷款增速比各项贷款平均增速高", "value": 0.7,
                   "unit": "个百分点", "measure": "change", "start": 30}])
    found = findings.section_findings(analysis.levels_and_changes(rows), "题")
    assert len(found) == 1 and found[0].startswith("The first of its 2 statements: ")
    # Session 70: a gap is told as a gap, never "grew 4.2 percentage points".
    assert "4.2 percentage points higher than" in found[0] and "grew" not in found[0]


def test_a_review_without_a_named_shortfall_is_not_said_to_have_none():
    assert findings.describe_shortfalls("", [], pd.DataFrame()) == [
        "The review names no indicator that fell short of the year's plan."]


def test_a_range_holding_last_years_result_is_not_set_below_it():
    """Tester 70: growth of 6.5–7% after 6.9% was counted "set below" last year's result."""
    ind = [{"indicator": "国内生产总值", "value": 6.9, "unit": "%", "measure": "change",
            "year": 2015},
           {"indicator": "国内生产总值", "value": 6.5, "value_high": 7.0, "unit": "%",
            "measure": "change", "kind": "target", "year": 2016}]
    t = analysis.targets_vs_results(frame(ind), "r")
    assert findings.below_last_year(t) == [
        "The one target beside last year's result is not set below it."]
    assert findings.caption_targets(t) == (
        "1 target beside last year's result: 0 set below it, 1 at or above it.")


def test_the_largest_sum_of_money_is_said_once():
    """Tester 70: State Council 2016 said "The largest sum of money: …, 3.2 trillion yuan" and
    "The largest figure in yuan: … was 3.2 trillion yuan" of one bond issue."""
    rows = frame([{"indicator": "发行地方政府债券置换存量债务", "value": 3.2, "unit": "万亿元"}])
    found = findings.section_findings(analysis.levels_and_changes(rows), "题")
    assert found == [f for f in found if "largest figure" not in f] and len(found) == 1
    assert found[0].startswith("The largest sum of money: ")
