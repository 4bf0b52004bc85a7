"""What became of a report's targets, in words (``workreport.verdicts``): one sentence per
row of ``targets.outcomes`` and one note per report, on small synthetic rows."""

from __future__ import annotations

import pandas as pd
import pytest

from workreport.verdicts import (
    describe_outcome,
    judged_years,
    outcome_note,
    targetless_years,
    verdict_counts,
    years_note,
)

NAMES, YEARS = {"n15": "the State Council"}, {"n15": 2015, "n16": 2016}
ABOUT = "about (左右): met within ±0.5 percentage points"
AT_MOST = "at most (以内/控制在): met when not above it"
AT_LEAST_FALL = "at least (以上/不低于): met when reached, judged on the size of the decrease"


def row(**kw) -> dict:
    base = {"report_id": "n15", "later_id": "n16", "indicator": "国内生产总值",
            "english": "GDP", "measure": "change", "unit": "%", "target": 7.0,
            "target_high": float("nan"), "qualifier": "左右", "outcome": 6.9,
            "result_unit": "%", "result_qualifier": "", "target_year": 2015, "met": "met",
            "rule": ABOUT}
    return {**base, **kw}


def test_growth_beside_its_target():
    assert describe_outcome(row(), NAMES, YEARS) == (
        "GDP (国内生产总值): growth of about 7% targeted by the State Council for 2015; its "
        "2016 report gives 6.9%, 0.1 percentage points below the target. Verdict: met, by "
        "the rule “about (左右): met within ±0.5 percentage points”.")
    assert "gives 7%, the target itself." in describe_outcome(row(outcome=7.0), NAMES, YEARS)
    # Growth targeted, a fall reported: the result says which way it went.
    assert "gives a fall of 1%, 8 percentage points below the target." in describe_outcome(
        row(outcome=-1.0, met="fell short"), NAMES, YEARS)


@pytest.mark.parametrize(("outcome", "says"), [
    (-4.8, "gives a fall of 4.8%, 0.9 percentage points larger than targeted."),
    (-3.0, "gives a fall of 3%, 0.9 percentage points smaller than targeted."),
    (-3.9, "gives a fall of 3.9%, as large a fall as targeted."),
])
def test_a_fall_is_compared_by_its_size(outcome, says):
    """下降3.9%以上 met by a fall of 4.8%: larger than targeted, never "below the target"."""
    r = row(indicator="能源消耗强度", english="Energy intensity", target=-3.9,
            qualifier="以上", outcome=outcome, rule=AT_LEAST_FALL)
    text = describe_outcome(r, NAMES, YEARS)
    assert text.startswith("Energy intensity (能源消耗强度): a fall of at least 3.9% targeted")
    assert says in text and "below" not in text


@pytest.mark.parametrize(("qualifier", "outcome", "aim", "says"), [
    ("以内", 4.1, "within 4.6%", "gives 4.1%, 0.5 percentage points under the ceiling."),
    ("以内", 4.9, "within 4.6%", "gives 4.9%, 0.3 percentage points over the ceiling."),
    ("以内", 4.6, "within 4.6%", "gives 4.6%, at the ceiling."),
    # 控制在4.6%: no qualifier word after the number; the rule (the verb) says "at most".
    ("", 4.1, "at most 4.6%", "gives 4.1%, 0.5 percentage points under the ceiling."),
])
def test_an_at_most_target_is_a_ceiling(qualifier, outcome, aim, says):
    r = row(indicator="城镇登记失业率", english="Registered urban unemployment rate",
            measure="share", target=4.6, qualifier=qualifier, outcome=outcome, rule=AT_MOST)
    text = describe_outcome(r, NAMES, YEARS)
    assert text.startswith(f"Registered urban unemployment rate (城镇登记失业率): {aim} targeted")
    assert says in text and f"“{AT_MOST}”" in text


@pytest.mark.parametrize(("outcome", "says"), [
    (6.7, "gives 6.7%, within the targeted range."),
    (6.2, "gives 6.2%, 0.3 percentage points below the targeted range."),
    (7.4, "gives 7.4%, 0.4 percentage points above the targeted range."),
])
def test_a_range_is_read_by_its_bounds(outcome, says):
    r = row(target=6.5, target_high=7.0, qualifier="", outcome=outcome,
            rule="range: met when inside it")
    assert "growth of 6.5–7% targeted" in describe_outcome(r, NAMES, YEARS)
    assert says in describe_outcome(r, NAMES, YEARS)


def test_no_result_stated_and_results_in_another_unit():
    text = describe_outcome(row(outcome=float("nan"), result_unit="", met="unclear"),
                            NAMES, YEARS)
    assert text.endswith("its 2016 report states no result for 2015, so whether it was met "
                         "cannot be read (verdict: unclear).")
    # 斤 against 吨: the result stands as stated, set beside nothing.
    other = describe_outcome(row(indicator="粮食产量", english="Grain output", measure="level",
                                 unit="亿吨", target=5.5, qualifier="以上", outcome=11000.0,
                                 result_unit="亿斤", met="unclear",
                                 rule="at least (以上/不低于): met when reached"), NAMES, {})
    assert "its next report gives 1.1 trillion jin (11,000亿斤). Verdict: unclear" in other


def test_outcome_note_says_what_the_data_hold():
    assert outcome_note("Yuzhong District", 2014, None, None, []) == (
        "No target Yuzhong District set for 2014 is paired with a later report in the data, "
        "so whether its targets were met cannot be read here: that takes Yuzhong District's "
        "report reviewing 2014 in the data, and targets whose indicators have a code to pair "
        "them by (vocab/indicators.yml).")
    assert outcome_note("the State Council", 2014, "n15", 2015,
                        ["met", "unclear", "fell short", "met", "unclear"]) == (
        "The State Council's 2015 report (n15) reviews 2014: the extraction pairs 5 targets "
        "set for 2014 with it: 2 met, 1 fell short and 2 unclear (no result stated in the "
        "target's unit).")


def test_verdicts_are_counted_in_one_order_beaten_apart_from_short():
    """Session 69, tester: "1 met, 6 missed" counted two targets beaten by far."""
    assert verdict_counts(["fell short", "exceeded", "met", "unclear", "exceeded",
                           "over the ceiling"]) == (
        "1 met, 2 exceeded, 1 fell short, 1 over the ceiling and 1 unclear (no result stated "
        "in the target's unit)")


def test_a_ceiling_of_a_lower_is_better_indicator_reads_as_one():
    """CPI 2.6% against 3.5%左右 (a ceiling, extract.judge): under the ceiling, met."""
    r = row(indicator="居民消费价格涨幅", english="CPI", target=3.5, outcome=2.6,
            rule=ABOUT + ", a ceiling: met under it too")
    assert "gives 2.6%, 0.9 percentage points under the ceiling. Verdict: met" in \
        describe_outcome(r, NAMES, YEARS)


def test_the_last_years_targets_await_the_next_report():
    """Session 69, tester: Mancheng's outcomes intro listed 2023, whose targets no report
    in the data judges."""
    assert judged_years([2023, 2020, 2021, 2022]) == [2020, 2021, 2022]
    assert years_note([2020, 2021, 2022, 2023]) == (
        "The targets of 2023 await the next report, which is not in the data.")
    assert years_note([2018, 2020, 2021]).endswith(
        ", and those of 2018 have no report of the next year in the data.")


def test_a_report_without_targets_has_none_awaiting_the_next_report():
    """Session 70, tester: the outcomes page said "The targets of 2024 await the next
    report" of a text that was page 1 of 4 of a web article, with no target at all."""
    page = {2024: "its text is incomplete: page 1 of 4"}
    assert years_note([2023, 2024], page) == (
        "The report of 2024 states no target (its text is incomplete: page 1 of 4).")
    assert years_note([2020, 2022, 2023, 2024], {2020: "", 2024: page[2024]}) == (
        "The report of 2020 states no target. The report of 2024 states no target (its text "
        "is incomplete: page 1 of 4).")
    assert years_note([2018, 2020, 2021, 2022], {2022: "", 2021: ""}) == (
        "The targets of 2018 have no report of the next year in the data. The reports of "
        "2021 and 2022 state no target.")


def test_the_years_whose_report_states_no_target():
    reports = pd.DataFrame({"report_id": ["a-2023", "a-2024", "a-2025", "b-2024"],
                            "report_year": [2023, 2024, 2025, 2024],
                            "summary": [False, False, True, False],
                            "incomplete": [pd.NA, "page 1 of 4", pd.NA, pd.NA]})
    indicators = pd.DataFrame({"report_id": ["a-2023", "a-2024", "b-2024"],
                               "kind": ["target", "actual", "actual"]})
    assert targetless_years(reports, indicators, ["a-2023", "a-2024", "a-2025"]) == {
        2024: "its text is incomplete: page 1 of 4", 2025: "its text is a news summary"}


def test_a_report_without_targets_is_not_said_to_await_a_later_report():
    """Session 70: the targets chapter of a text without targets (page 1 of 4 of a web
    article) said its targets could not be judged for want of the next report."""
    assert outcome_note("Gaotang County", 2024, None, None, [],
                        "its text is incomplete: page 1 of 4") == (
        "Gaotang County's report states no target for 2024 (its text is incomplete: page 1 "
        "of 4), so none is paired with a later report.")
    assert outcome_note("Yuzhong District", 2014, None, None, [], "") == (
        "Yuzhong District's report states no target for 2014, so none is paired with a later "
        "report.")


def test_a_fall_its_label_names_is_told_by_its_amount():
    """Brief words (a reduction told "a decrease of" twice over): the label names the fall."""
    said = describe_outcome(row(indicator="减少农村贫困人口",
                                english="Cut in rural poor population", unit="万人",
                                result_unit="万人", target=-1000.0,
                                qualifier="以上", outcome=-1232.0, met="exceeded",
                                rule=AT_LEAST_FALL), NAMES, YEARS)
    assert said.startswith(
        "Cut in rural poor population (减少农村贫困人口): at least 10 million people "
        "(1,000万人以上) targeted by the State Council for 2015; its 2016 report gives 12.32 "
        "million people (1,232万人), 2.32 million people (232万人) larger than targeted."), said
