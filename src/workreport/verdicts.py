"""What became of a report's targets, in words: the rows of ``targets.outcomes`` (the
pairs and verdicts of ``outcomes.csv``) as the targets and context chapters write them.

Each target beside the result the next report states and the extraction's verdict with
its rule (``describe_outcome``), and what the data say of a report's targets as a whole
(``outcome_note``: none of its targets paired with a later report, or how many were
met). The verdicts are the extraction's (``extract.judge.verdict``), never
judged again here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd

from workreport.extract.judge import VERDICTS
from workreport.literal import missing
from workreport.prose import Row, _join, _measure_phrase, gap, name, plural, quantity
from workreport.textnotes import incomplete, is_summary

__all__ = ["describe_outcome", "judged_years", "outcome_note", "targetless_years", "verdict_counts",
           "years_note"]


def describe_outcome(row: Row, names: Mapping[str, str], years: Mapping[str, int]) -> str:
    """A target beside the result the next report states and the extraction's verdict (a
    row of ``targets.outcomes``): "GDP (国内生产总值): growth of about 7.5% targeted by the
    State Council for 2014; its 2015 report gives 7.4%, 0.1 percentage points below the
    target. Verdict: met, by the rule “about (左右): met within ±0.5 percentage points”."

    A fall is compared by its size ("a fall of 4.8%, 0.9 percentage points larger than
    targeted"), an "at most" target as a ceiling ("0.5 percentage points under the
    ceiling"), a range by its bounds; where the next report states no result, the
    sentence says so and that the verdict is unclear, or quotes the words that say the
    target was missed (``extract.admitted``: verdict fell short). A fall its label names
    reads by its amount: "Cut in rural poor population (减少农村贫困人口): at least 10
    million people (1,000万人以上) targeted …" (``changewords.told_by_label``; brief words).
    """
    aim = _measure_phrase(row["target"], row["unit"], row.get("qualifier", ""),
                          row["measure"], row.get("target_high"), row)
    if _at_most(row) and not row.get("qualifier"):  # 控制在4.6%: the verb says "at most"
        aim = f"at most {aim}"
    year, later = int(row["target_year"]), years.get(row["later_id"])
    text = (f"{name(row)}: {aim} targeted by "
            f"{names.get(row['report_id'], row['report_id'])} for {year}; its "
            f"{f'{later} ' if later else 'next '}report ")
    said = str(row.get("rule", "")).partition("says so in words, no figure: ")[2]
    if missing(row["outcome"]) and said and row.get("met") == "fell short":  # tester 72, N1
        return text + (f"states no figure for {year} but says the target was missed: “{said}” "
                       "(verdict: fell short).")
    if missing(row["outcome"]):
        return text + (f"states no result for {year}, so whether it was met cannot be read "
                       "(verdict: unclear).")
    return (f"{text}gives {_against(row)}. Verdict: {row['met']}, by the rule "
            f"“{row['rule']}”.")


def _at_most(row: Row) -> bool:
    """Whether the extraction judged the target as a ceiling (its rule says so: "at most",
    or a ceiling of an indicator whose lower values are better, ``extract.judge``)."""
    rule = str(row.get("rule", ""))
    return rule.startswith("at most") or "a ceiling" in rule


def _against(row: Row) -> str:
    """The result of an outcome row and how it stands against the target, in the target's
    terms: a fall by its size, an "at most" target as a ceiling, a range by its bounds."""
    t, o, unit, high = row["target"], row["outcome"], row["unit"], row.get("target_high")
    change = row["measure"] == "change"
    got = quantity(abs(o) if change else o, row.get("result_unit", ""),
                   row.get("result_qualifier", ""), measure=row["measure"],
                   label=str(row.get("indicator", "")))
    if change and (t < 0 or o < 0):  # a fall targeted or reported: say which
        got = _measure_phrase(o, row.get("result_unit", ""),
                              row.get("result_qualifier", ""), "change",
                              label=row)
    if row.get("result_unit") != unit:
        return got
    if not missing(high):
        inside = t <= o <= high
        return got + (", within the targeted range" if inside else
                      f", {gap(o - (high if o > high else t), unit)} "
                      f"{'above' if o > high else 'below'} the targeted range")
    if change and t < 0 and o < 0:
        d = abs(o) - abs(t)
        return got + (", as large a fall as targeted" if d == 0 else
                      f", {gap(d, unit)} {'larger' if d > 0 else 'smaller'} than targeted")
    if _at_most(row):
        return got + (", at the ceiling" if o == t else
                      f", {gap(o - t, unit)} {'over' if o > t else 'under'} the ceiling")
    return got + (", the target itself" if o == t else
                  f", {gap(o - t, unit)} {'above' if o > t else 'below'} the target")


def outcome_note(who: str, year: int, later: str | None, later_year: Any,
                 verdicts: Sequence[str], stated_none: str | None = None) -> str:
    """What the data say of whether the targets ``who`` set for ``year`` were met:
    ``later`` is the report their pairs name (``targets.outcome_report``, from
    ``outcomes.csv``; None when none is paired), ``verdicts`` the ``met`` column of its
    rows of ``targets.outcomes``. "The State Council's 2015 report
    (national-statecouncil-2015) reviews 2014: the extraction pairs 7 targets set for
    2014 with it: 3 met, 1 fell short and 3 unclear (no result stated in the target's
    unit)."

    With no pair, the pairs cannot tell whether the data lack the report reviewing
    ``year`` or its targets lack an indicator code, so the note names both. ``stated_none``
    (not None) says the report states no target, and why (``targetless_years``: "its text
    is incomplete: page 1 of 4", or ""): the note then says so (session 70).
    """
    cap = who[:1].upper() + who[1:]
    if stated_none is not None:
        return (f"{cap}'s report states no target for {year}"
                f"{f' ({stated_none})' if stated_none else ''}, so none is paired with a "
                "later report.")
    if not later or not len(verdicts):
        return (f"No target {who} set for {year} is paired with a later report in the "
                f"data, so whether its targets were met cannot be read here: that takes "
                f"{who}'s report reviewing {year} in the data, and targets whose indicators "
                "have a code to pair them by (vocab/indicators.yml).")
    head = f"{cap}'s {later_year} report ({later})"
    return (f"{head} reviews {year}: the extraction pairs {plural(len(verdicts), 'target')} "
            f"set for {year} with it: {verdict_counts(verdicts)}.")


def verdict_counts(verdicts: Sequence[str]) -> str:
    """How many targets got each verdict, in ``VERDICTS`` order, the verdicts not given
    left out: "1 met, 2 exceeded, 4 fell short and 3 unclear (no result stated in the
    target's unit)"; "" for none. The one wording of a count of verdicts (session 69)."""
    counts = pd.Series(list(verdicts), dtype="object").value_counts()
    why = {"unclear": " (no result stated in the target's unit)"}
    return _join([f"{counts[v]} {v}{why.get(v, '')}" for v in VERDICTS if v in counts])


def judged_years(years: Sequence[int]) -> list[int]:
    """The report years, of ``years`` (a government's, ``series.governments``), whose
    targets the next report in the data can judge: those followed by the next year's."""
    return [y for y in sorted({int(y) for y in years}) if y + 1 in {int(x) for x in years}]


def years_note(years: Sequence[int], targetless: Mapping[int, str] | None = None) -> str:
    """Which report years' targets the outcomes chapter can judge, given the years of a
    government's reports in the data (``series.governments``): those whose next year's
    report is in the data. "The targets of 2023 await the next report, which is not in
    the data." (session 69, tester: 2023 was listed among the years judged); a year
    before a gap: "… and those of 2020 have no report of the next year in the data".

    ``targetless`` maps the years whose report states no target (``targetless_years``) to
    why, in words ("" when the text is whole): no target of theirs awaits a report, and the
    note says so instead: "The report of 2024 states no target (its text is incomplete:
    page 1 of 4)." (session 70, tester: the targets of 2024 were said to await the next
    report, of a text that was page 1 of 4 of a web article).
    """
    targetless = {int(y): why for y, why in (targetless or {}).items()}
    years = sorted({int(y) for y in years})
    waiting = [y for y in years if y not in judged_years(years) and y not in targetless]
    last = waiting[-1:] if years and waiting[-1:] == years[-1:] else []
    gaps = [y for y in waiting if y not in last]
    text = f"The targets of {last[0]} await the next report, which is not in the data" \
        if last else ""
    if gaps:
        text += (f", and those of {_join([str(y) for y in gaps])} have no report of the "
                 "next year in the data" if text else
                 f"The targets of {_join([str(y) for y in gaps])} have no report of the next "
                 "year in the data")
    said = [f"{text}."] if text else []
    for why in dict.fromkeys(targetless[y] for y in years if y in targetless):
        these = [str(y) for y in years if targetless.get(y) == why]
        said.append(f"The report{'s' if len(these) > 1 else ''} of {_join(these)} "
                    f"state{'' if len(these) > 1 else 's'} no target"
                    f"{f' ({why})' if why else ''}.")
    return " ".join(said)


def targetless_years(reports: pd.DataFrame, indicators: pd.DataFrame,
                     report_ids: Sequence[str]) -> dict[int, str]:
    """The report years of ``report_ids`` (a government's, ``series.governments``) whose
    report states no target (no ``indicators.csv`` row of kind target), each with why in
    words for ``years_note``: "its text is incomplete: page 1 of 4" (``reports.csv``
    incomplete), "its text is a news summary" (summary), "" for a whole report."""
    with_targets = set(indicators.loc[indicators["kind"] == "target", "report_id"])
    out: dict[int, str] = {}
    for row in reports[reports["report_id"].isin(list(report_ids))].to_dict("records"):
        if row["report_id"] in with_targets or missing(row.get("report_year")):
            continue
        pages = incomplete(row)
        out[int(row["report_year"])] = f"its text is incomplete: {pages}" if pages else \
            "its text is a news summary" if is_summary(row) else ""
    return out
