"""Sentences built from table rows, so a notebook never types a number by hand.

Every figure the book writes in prose goes through ``number``/``quantity``; the
``describe_*`` functions turn one row of an ``analysis`` frame into one sentence.
English carries the sentence; the Chinese label stands beside the English one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import pairwise
from typing import Any

import pandas as pd

from workreport import changewords
from workreport.figuretext import (
    Row,
    be,
    bilingual,
    mid_sentence,
    name,
    points,
    quantity,
    signed,
    targeted,
    word_named,
)
from workreport.figuretext import when as period_when  # describe_change's own `when`
from workreport.literal import missing, number, text_of

__all__ = [
    "bilingual",
    "describe_attention",
    "describe_change",
    "describe_comparison",
    "describe_left_out",
    "describe_results_beside",
    "describe_series",
    "describe_step",
    "describe_target",
    "gap",
    "join",
    "name",
    "number",
    "plural",
    "quantity",
    "section_reading",
    "signed",
]


def describe_change(row: Row, glossary: Mapping[str, Any] | None = None) -> str:
    """One statement of a result: "GDP (地区生产总值) grew 12% to 804.2亿元 in 2013".

    ``row`` is a row of ``analysis.levels_and_changes``. Targets read "is to grow". A gap
    between two rates is told as one, "… was 4.2 percentage points higher than the
    average growth of all loans (各项贷款平均增速) in 2014", and a fall whose
    label names it without "fell", "Reduction of the rural poor (农村贫困人口): 12.32
    million people (1,232万人) in 2014" (``changewords``; brief words). ``glossary`` names
    a gap's parts (default: the packaged one).
    """
    told = changewords.gap_sentence(row, glossary) or changewords.fall_sentence(row)
    if told:
        return told
    who, year = name(row), row.get("year")
    target = row.get("kind") == "target"
    change, level = row.get("change"), row.get("level")
    when = _when(row, year, str(row.get("change_unit", "")) if not missing(change) else "",
                 row.get("year_first"))
    parts = []
    if not missing(change):
        unit, q = str(row.get("change_unit", "")), str(row.get("change_qualifier", ""))
        amount = quantity(abs(change), unit, q, measure="change", label=str(row.get("indicator")))
        points = unit.endswith("百分点")  # a rate or share moves: "rose by 1.1 percentage points"
        by = "" if unit in ("%", "倍") else "by "
        if target:  # "are to grow" where the label names many (figuretext.be)
            verb = be(row, True, "fall" if change < 0 else "rise" if points else "grow")
        else:
            verb = "fell" if change < 0 else "rose" if points else "grew"
        parts.append(f"{verb} {by}{amount}")
    if not missing(level):
        amount = quantity(level, str(row.get("level_unit", "")),
                          str(row.get("level_qualifier", "")), label=str(row.get("indicator")))
        if parts:
            parts.append(f"to {amount}")
        else:
            parts.append(f"{be(row, target, 'reach')} {amount}")
    return f"{who} {' '.join(parts)}{when}."


def _yearly_mean(row: Row, unit: str) -> bool:
    """Is the row's rate a yearly mean over a span: a % whose label ends with 年均
    ("生产总值年均增长5.02%" in a review of 2016-2020 is no growth of 2020's alone; session 70,
    tester 70 item 3)?"""
    return unit == "%" and str(row.get("indicator", "")).endswith("年均")


def _when(row: Row, year: Any, unit: str, first: Any = None) -> str:
    """``figuretext.when`` of a row, a yearly mean where ``_yearly_mean``."""
    return period_when(year, first, _yearly_mean(row, unit))


def _measure_phrase(v: float, unit: str, qualifier: str, measure: str, high: Any = None,
                    label: Row | None = None) -> str:
    """"growth of about 7%", "a decrease of 2 million tonnes (200万吨)"; a change whose
    label (``label``, a row naming the indicator) names its way by its amount alone
    (``changewords.told_by_label``: "Reduction of the rural poor", "CPI rise")."""
    amount = quantity(abs(v) if measure == "change" else v, unit, qualifier,
                      None if missing(high) else high, measure,
                      label="" if label is None else str(label.get("indicator", "")))
    if measure == "change" and not (label is not None
                                    and changewords.told_by_label(label, v, unit)):
        if unit in ("%", "倍") or unit.endswith("百分点"):
            return f"{'a fall' if v < 0 else 'growth'} of {amount}"
        return f"{'a decrease' if v < 0 else 'an increase'} of {amount}"
    return amount


def describe_target(row: Row) -> str:
    """A target beside last year's result, from ``analysis.targets_vs_results``.

    "GDP (地区生产总值): growth of about 11% targeted for 2014, after 12% in 2013."
    A fall its label names reads by its amount: "Reduction of the rural poor (减少农村贫困人口):
    at least 10 million people (1,000万人以上) targeted for 2014" (brief words).
    """
    t = _measure_phrase(row["target"], row["unit"], row.get("qualifier", ""), row["measure"],
                        row.get("target_high"), row)
    text = f"{name(row)}: {t}" + targeted(  # a plan period's "… for 2016-2020" (tester 72)
        row.get("target_year"), row.get("target_year_first"), _yearly_mean(row, str(row["unit"])))
    if not missing(row.get("result")):
        r = _measure_phrase(row["result"], row.get("result_unit", ""),
                            row.get("result_qualifier", ""), row["measure"], label=row)
        text += f", after {r}" + _when(row, row.get("result_year"), str(row.get("result_unit")))
    return text + "."


def describe_comparison(df: pd.DataFrame, names: Mapping[str, str] | None = None) -> list[str]:
    """One sentence per shared indicator of ``analysis.compare_targets``.

    "GDP: growth of about 11% targeted by Yuzhong District (地区生产总值) and growth of
    about 7.5% by State Council (国内生产总值)."
    """
    names = names or {}
    out = []
    for _key, g in df.groupby("key", sort=False):
        parts = [_measure_phrase(r["value"], r["unit"], r["qualifier"], r["measure"],
                                 r["value_high"])
                 + f" by {names.get(r['report_id'], r['report_id'])} ({r['indicator']})"
                 for r in g.to_dict("records")]
        first = g.iloc[0]
        label = first["english"] or first["indicator"]
        parts[0] = parts[0].replace(" by ", " targeted by ", 1)
        out.append(f"{label}: {_join(parts)}.")
    return out


def describe_attention(summary: pd.DataFrame) -> list[str]:
    """Where a report spends its words and its numbers (``analysis.structure_summary``)."""
    if summary.empty:
        return []
    longest = summary.sort_values(["chars", "section"], ascending=[False, True]).iloc[0]
    out = [f"The longest section is {longest['section']} “{longest['title']}”, "
           f"{number(longest['chars'])} characters ({number(round(100 * longest['share'], 1))}% "
           "of the text)."]
    dense = summary[summary["chars"] > 0].assign(
        d=lambda d: 1000 * d["figures"] / d["chars"])
    top = dense.sort_values(["d", "section"], ascending=[False, True]).iloc[0]
    if top["figures"]:
        out.append(f"The densest in figures is {top['section']} “{top['title']}”: "
                   f"{plural(int(top['figures']), 'figure')} in {number(top['chars'])} "
                   f"characters, {number(round(top['d'], 1))} per thousand.")
    none = summary[summary["figures"] == 0]
    if len(none):
        out.append(f"{plural(len(none), 'section')} of {len(summary)} state no figure at all.")
    return out


def join(items: Sequence[str]) -> str:
    """Items as English lists them: "a", "a and b", "a, b and c"."""
    return _join(items)


def years(items: Sequence[int]) -> str:
    """Years as runs, the one way the book writes a set of years (the start page, the PDF's
    cover): ``[2012, 2013, 2014, 2016, 2024]`` → "2012–2014, 2016 and 2024"; ``[]`` → ""."""
    runs: list[list[int]] = []
    for year in sorted({int(y) for y in items}):
        if runs and year == runs[-1][-1] + 1:
            runs[-1].append(year)
        else:
            runs.append([year])
    return join([f"{r[0]}–{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs])


def _join(items: Sequence[str]) -> str:
    items = list(items)
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def plural(n: int, word: str, many: str | None = None) -> str:
    """"1 figure", "3 figures" (``many`` for irregular plurals)."""
    return f"{n} {word if n == 1 else (many or word + 's')}"


def section_reading(pairs: pd.DataFrame, title: str, places: Sequence[str] = (),
                    terms: Sequence[str] = (), max_items: int = 5,
                    glossary: Mapping[str, Any] | None = None) -> list[str]:
    """A short written reading of a section, every number taken from ``pairs``.

    ``pairs`` is ``analysis.levels_and_changes`` of the section's figures; ``places`` and
    ``terms`` come from ``terms.places`` and ``terms.tfidf``, each named in English where
    it has some (a place's ``glossary.english_or_gloss``: "Singapore (新加坡)", session 69;
    a term's ``keyterms.term_english``, as the chapter's table of key terms gives it).
    """
    def names(words: Sequence[str], more: int = 0, place: bool = True) -> str:
        """The words named inside the sentence (``figuretext.word_named``), "and N more"
        closing the list ("a, b and 1 more", never "a and b and 1 more"; second tester 70)."""
        said = [word_named(w, glossary, place) for w in words]
        return _join([*said, f"{more} more"] if more else said)

    out = []
    n = len(pairs)
    if n == 0:
        out.append(f"The section “{title}” states no figures; it is a section of words, "
                   "not numbers.")
    else:
        counts = pairs["measure"].value_counts()
        kinds = [plural(int(counts[m]), w) for m, w in
                 (("level", "level"), ("change", "stand-alone change"), ("share", "share"))
                 if counts.get(m, 0)]
        rates = pairs.dropna(subset=["change"])
        rates = rates[rates["change_unit"] == "%"]
        growth = {0: "none of them is a growth rate", 1: "one of them is a growth rate"}.get(
            len(rates), f"{len(rates)} of them are growth rates")
        out.append(f"The section “{title}” states {plural(n, 'quantified statement')} "
                   f"({_join(kinds)}); {growth}.")
        # Sign decides the word: a rise is never "the steepest fall", a fall never "the
        # fastest growth", and one figure fills one superlative at most.
        ups = rates[rates["change"] > 0].sort_values(["change", "indicator"],
                                                     ascending=[False, True], kind="stable")
        downs = rates[rates["change"] < 0].sort_values(["change", "indicator"], kind="stable")
        if len(ups):
            out.append(f"The fastest growth: {describe_change(ups.iloc[0])}")
        if len(downs):
            out.append(f"The steepest fall: {describe_change(downs.iloc[0])}")
        targets = int((pairs["kind"] == "target").sum())
        if targets:
            are = "is a target" if targets == 1 else "are targets"
            out.append(f"{plural(targets, 'statement')} {are} for the year ahead.")
    if places:
        shown = list(places)[:max_items]
        more = len(places) - len(shown)
        if len(places) == 1:  # "one place or project, among them Beijing" (tester 70)
            out.append(f"It names one place or project, {names(shown)}.")
        elif more:
            out.append(f"It names {len(places)} places or projects, among them "
                       f"{names(shown, more)}.")
        else:
            out.append(f"It names {len(places)} places or projects: {names(shown)}.")
    if terms:
        out.append(f"Its most distinctive terms are "
                   f"{names(list(terms)[:max_items], place=False)}.")
    return out


# ----------------------------------------------------------------------------- context
# Sentences for the "in context" chapter (``context``): a local report beside the
# national ones. ``names`` maps report ids to "Yuzhong District", "the State Council".


def gap(v: float, unit: str) -> str:
    """A difference between two figures of one unit: "3.5 percentage points", "3.22 million
    people (322万人)"."""
    if unit == "%":
        return points(v)
    return quantity(abs(v), unit)


def _versus(v: float, unit: str, above: str = "higher", below: str = "lower") -> str:
    return "the same" if v == 0 else f"{gap(v, unit)} {above if v > 0 else below}"


def _aim(row: Row, value: str, high: str = "", qualifier: str = "") -> str:
    """"GDP growth of about 7.5%" / "a fall in energy intensity of at least 3.1%"."""
    v, unit = row[value], row["unit"]
    label = mid_sentence(str(row.get("english") or row.get("indicator")))  # but "GDP"
    amount = quantity(abs(v) if row["measure"] == "change" else v, unit,
                      text_of(row.get(qualifier)) if qualifier else "",
                      row.get(high) if high and not missing(row.get(high)) else None,
                      row["measure"])
    if row["measure"] == "change":
        return f"{label} growth of {amount}" if v >= 0 else f"a fall in {label} of {amount}"
    return f"{label} of {amount}"


def describe_step(row: Row, names: Mapping[str, str]) -> str:
    """The step from the national target to the local one (``context.steps``):

    "In 2014 the State Council aimed for GDP growth of about 7.5% (国内生产总值);
    Yuzhong District aimed for about 11% (地区生产总值), 3.5 percentage points higher."
    """
    nat = _aim(row, "national", "national_high", "national_qualifier")
    local = quantity(abs(row["local"]) if row["measure"] == "change" else row["local"],
                     row["unit"], row.get("local_qualifier", ""),
                     None if missing(row.get("local_high")) else row["local_high"],
                     row["measure"])
    text = (f"In {int(row['year'])} {names.get(row['national_id'], row['national_id'])} "
            f"aimed for {nat} ({row['national_indicator']}); "
            f"{names.get(row['report_id'], row['report_id'])} aimed for {local} "
            f"({row['indicator']})")
    if row["unit"] == "%" and not missing(row.get("gap")):
        text += f", {_versus(row['gap'], '%')}"
    return text + "."


def describe_series(rows: pd.DataFrame, who: str) -> str:
    """One national target over the years (rows of one indicator of
    ``context.national_series``): "The State Council's target for GDP (国内生产总值):
    growth of about 7.5% in 2013, about 7.5% in 2014 and about 7% in 2015 (kept, then
    lowered)."""
    recs = rows.sort_values("year").to_dict("records")
    first = recs[0]
    label = str(first.get("english") or first["indicator"])
    zh = "、".join(dict.fromkeys(str(r["indicator"]) for r in recs))
    items = []
    for i, r in enumerate(recs):
        high = None if missing(r.get("value_high")) else r["value_high"]
        amount = (_measure_phrase(r["value"], r["unit"], r["qualifier"], r["measure"], high)
                  if i == 0 else quantity(abs(r["value"]) if r["measure"] == "change"
                                          else r["value"], r["unit"], r["qualifier"], high,
                                          r["measure"]))
        items.append(f"{amount} in {int(r['year'])}")
    moves = []
    for a, b in pairwise(recs):
        d = b["value"] - a["value"]
        moves.append("kept" if d == 0 else "raised" if d > 0 else "lowered")
    trend = f" ({', then '.join(moves)})" if moves else ""
    who = who[:1].upper() + who[1:]
    return f"{who}'s target for {label} ({zh}): {_join(items)}{trend}."


def describe_results_beside(row: Row, names: Mapping[str, str]) -> str:
    """The local result beside the national one for the year both review (``context.
    results_beside``): "For 2013, the year both reports review, Yuzhong District gives
    GDP growth of 12% (地区生产总值) and the State Council 7.7%: 4.3 percentage points
    higher."""
    local = _aim({**row, "english": row.get("english") or row["indicator"]}, "local",
                 qualifier="local_qualifier")
    nat = quantity(abs(row["national"]) if row["measure"] == "change" else row["national"],
                   row["unit"], text_of(row.get("national_qualifier")),
                   measure=row["measure"])
    text = (f"For {int(row['year'])}, the year both reports review, "
            f"{names.get(row['report_id'], row['report_id'])} gives {local} ({row['indicator']}) "
            "and "
            f"{names.get(row['national_report'], row['national_report'])} {nat}")
    if row["unit"] == "%":
        text += f": {_versus(row['gap'], '%')}"
    return text + "."



# ----------------------------------------------------------------------------- status
# Sentences the targets and context chapters used to build inline.


def local_outcome(who: str, year: int, later: str | None) -> str:
    """"The data hold Yuzhong District's next report (…)." or why its targets cannot be
    checked. ``later``: the report its targets' pairs name (``targets.outcome_report``),
    None when none is paired."""
    if later:
        return f"The data hold {who}'s next report ({later})."
    return (f"No target {who} set for {year} is paired with a later report in the data, so "
            "whether its targets were met cannot be read here.")


def describe_left_out(names: Sequence[str], year: int) -> str:
    """Why a target cascade leaves out reports of its year (``series.cascade_left_out``):
    "Nanjing's 2024 report is in the data too, but left out of this cascade: a cascade
    follows one chain of governments, each under the one before, and Nanjing is not on
    this one." "" for none (session 67, tester)."""
    if not names:
        return ""
    many = len(names) > 1
    whose = f"The {year} reports of {_join(names)} are" if many else \
        f"{names[0]}'s {year} report is"
    return (f"{whose} in the data too, but left out of this cascade: a cascade follows one "
            f"chain of governments, each under the one before, and {_join(names)} "
            f"{'are' if many else 'is'} not on this one.")
