"""Targets set beside last year's results, in words: how many are set below, and the
large cuts (``findings`` re-exports these; the overview, the targets chapter, the plan
chapters and the landing page read them).

Session 69 (tester): the overview said "No target is set below last year's result of
the same indicator." whenever ``target_moves``, which lists only cuts of a third or more,
found none, while the table under it counted 5 of 7 targets set below.
"""

from __future__ import annotations

import pandas as pd

from workreport.literal import text_of
from workreport.prose import join, name, number, plural, quantity

__all__ = ["below_last_year", "caption_targets", "target_moves", "targets_said"]

#: The share of last year's result by which a level target is cut to be named a cut.
BIG_CUT = 1 / 3
#: The targets set below last year's result named in one sentence; the rest are counted.
NAMED = 4


def _beside(targets: pd.DataFrame) -> pd.DataFrame:
    """The targets (``targets.targets_vs_results`` rows) with a result in a unit of the same
    thing: those whose ``result_in_unit``, the result in the target's unit, is known
    (3293户 beside a target in 万户; session 67 re-check: a result of 5.2万个 beside a
    target of 2万个 was counted, one of 个 beside 万个 left out). The conversion is
    ``targets._pair``'s (session 68: it was made here a second time)."""
    return targets[targets["result_in_unit"].notna()]


def _below(d: pd.DataFrame) -> pd.DataFrame:
    """The rows of ``d`` (``_beside``) whose target asks for less than last year's result:
    a lower value, or, where both are falls (下降3.1%以上 after a fall of 4.8%: values −3.1
    and −4.8), a smaller fall (session 69, second tester: the energy-intensity target was
    counted "at or above" last year). A range asks for less only when its upper end is
    below (6.5%–7% after 6.9% holds last year's result; tester 70)."""
    target, result = d["target"], d["result_in_unit"]
    top = d["target_high"].where(d["target_high"].notna(), target) \
        if "target_high" in d else target
    falls = (target < 0) & (result < 0)
    return d[(~falls & (top < result)) | (falls & (target.abs() < result.abs()))]


def _cuts(targets: pd.DataFrame) -> pd.DataFrame:
    """The level targets cut by ``BIG_CUT`` or more from last year's result, largest first
    (13 → 7亿美元 is one), with the cut as ``_cut``."""
    t = _beside(targets)
    t = t[(t["measure"] == "level") & (t["result_in_unit"] > 0)]
    t = t.assign(_cut=1 - t["target"] / t["result_in_unit"])
    return t[t["_cut"] >= BIG_CUT].sort_values("_cut", ascending=False, kind="stable")


def target_moves(targets: pd.DataFrame) -> list[str]:
    """Targets set well below last year's result of the same indicator (compatible
    units; ``_cuts``, at most four), the largest cut first: "Foreign investment used:
    US$700 million targeted for 2014 after US$1.3 billion in 2013, 46% lower." Both
    numbers keep their qualifiers: "after nearly 19,000 (近1.9万个)" (session 69, tester:
    the finding dropped 近)."""
    out = []
    for r in _cuts(targets).head(4).to_dict("records"):
        ty, ry = r.get("target_year"), r.get("result_year")
        label = str(r.get("indicator", ""))
        got = quantity(r["result"], r["result_unit"], text_of(r.get("result_qualifier")),
                       label=label)
        aim = quantity(r["target"], r["unit"], text_of(r.get("qualifier")), label=label)
        out.append(f"{name(r)}: {aim} "
                   f"targeted{f' for {int(ty)}' if pd.notna(ty) else ''} after {got}"
                   f"{f' in {int(ry)}' if pd.notna(ry) else ''}, "
                   f"{number(round(100 * r['_cut']))}% lower.")
    return out


def caption_targets(df: pd.DataFrame) -> str:
    """How the targets stand against last year's results: how many are set lower."""
    d = _beside(df)
    if d.empty:
        return "No target can be set beside a result in the same unit."
    lower = _below(d)
    text = (f"{plural(len(d), 'target')} beside last year's result: {len(lower)} set below it"
            f", {len(d) - len(lower)} at or above it.")
    cut = target_moves(d)
    return text + (" Largest cut: " + cut[0] if cut else "")


def targets_said(matched: pd.DataFrame, targets: pd.DataFrame) -> list[str]:
    """The targets chapter's reading: ``caption_targets`` of ``matched``, then the cuts of
    ``target_moves`` of ``targets`` it does not name already (the largest cut was printed
    twice in a row: re-test 72, N8)."""
    head = caption_targets(matched)
    return [head, *[m for m in target_moves(targets) if m not in head]]


def below_last_year(targets: pd.DataFrame) -> list[str]:
    """What the targets beside last year's results (``targets.targets_vs_results`` rows)
    say in words, true to the count of ``caption_targets``: how many are set below the
    result, then the large cuts (``target_moves``), or, when there is none, the targets
    set below named in the same sentence ("5 of the 7 targets beside last year's result
    are set below it, none by a third or more: GDP (国内生产总值), …"). A list of
    sentences, never empty."""
    d = _beside(targets)
    if d.empty:
        return ["No target can be set beside last year's result in the same unit."]
    lower = _below(d)
    beside = "beside last year's result"
    if len(d) == 1:
        cuts = target_moves(d)
        one = f"The one target {beside} is {'' if len(lower) else 'not '}set below it"
        return [one + (", by a third or more:" if cuts else "."), *cuts, *_smaller_falls(lower)]
    if lower.empty:
        return [f"None of the {plural(len(d), 'target')} {beside} is set below it."]
    who = f"All {len(d)}" if len(lower) == len(d) else f"{len(lower)} of the {len(d)}"
    head = f"{who} targets {beside} {'is' if len(lower) == 1 else 'are'} set below it"
    big = len(_cuts(d))
    if big:
        cuts = target_moves(d)
        largest = f"; the {len(cuts)} largest" if big > len(cuts) else ""
        return [f"{head}, {number(big)} of them by a third or more{largest}:", *cuts,
                *_smaller_falls(lower)]
    names = [name(r, mid=True) for r in lower.head(NAMED).to_dict("records")]
    if len(lower) > NAMED:
        names.append(f"{len(lower) - NAMED} more")
    return [f"{head}, none by a third or more: {join(names)}.", *_smaller_falls(lower)]


def _smaller_falls(lower: pd.DataFrame) -> list[str]:
    """What "set below" means for a targeted fall beside last year's fall (``_below``): a
    smaller fall, its two sizes said, as the table's "target − result" column says it
    ("a smaller fall, by 2.2 percentage points"; re-test 72, N4: the overview counted
    下降3.4%以上 after a fall of 5.6% as set below, the table beside gave "+2.2")."""
    falls = lower[(lower["target"] < 0) & (lower["result_in_unit"] < 0)]
    said = [f"{name(r, mid=True)} targets a fall of "
            f"{quantity(r['target'], r['unit'], text_of(r.get('qualifier')), measure='change')}"
            f" after one of {quantity(r['result'], r['result_unit'], '', measure='change')}"
            for r in falls.to_dict("records")]
    return [f"For a fall, set below means a smaller fall: {join(said)}."] if said else []
