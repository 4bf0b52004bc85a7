"""The verdict on a target beside its outcome: ``verdict``, the methods page's rules.

Where the outcome stands against the band the target's words accept:

- a range (6.5%－7%): the band is the range;
- 左右/上下/约 (about): ±0.5 percentage points for a rate (a unit of the percent
  dimension), ±5% of the target for a level — the half-width of a figure rounded to two
  significant digits (1000 ± 50), which is how an "about" level is written;
- 以内/以下/之内, 控制在, 不超过, 不高于, 低于, 小于 (at most): up to the target;
- 以上/不低于/不少于/至少/超过/突破/高于 (at least), and a target with no qualifier: from the
  target up; the target's own qualifier decides before a word of its clause, and a
  negated bound is read whole (不超过 is at most, not 超过);
- a decrease (下降3.4%以上, value −3.4) is judged on its size: "at least" a 3.4% fall is
  met by −3.6 and falls short at −3.0.

Inside the band a target is ``met``. Beyond a band with two ends it is ``exceeded`` in
the better direction (a growth above it, a fall larger than it) and ``fell short`` the
other way; an "at least" target not reached ``fell short``; an "at most" target broken is
``over the ceiling``. An "at least" target (and a bare one, read so) outdone by more than
the tolerance of 左右 (±0.5 percentage points for a rate, ±5% of the target for a level)
is ``exceeded``, as an "about" target is; within it, ``met`` (brief words, tester of the
State Council 2015 book: 1322万 new urban jobs against 1000万以上 read "met").

An indicator whose lower values are better (``better: lower`` in vocab/indicators.yml:
CPI, unemployment) or a target after 控制在 makes an "about" or a bare target a ceiling,
met by any outcome under it: CPI 2.6% against 3.5%左右 is met. No outcome stated, or one
only in another unit (斤 against 吨, % against 个百分点): ``unclear``; two measure words
counting one kind of thing are one unit (20家 against 19户 firms: ``units.count_kinds_meet``).
Session 69 (tester):
a single "missed" was said of 14.1% against 10%左右 and of 2.9% alike, and an analyst
reads "missed" as "fell short".
"""

from __future__ import annotations

import re
from functools import cache

import pandas as pd

from workreport.extract.codes import codes
from workreport.extract.units import count_kinds_meet, unit_names
from workreport.vocab import load

__all__ = ["LEVEL_TOLERANCE", "RATE_TOLERANCE", "VERDICTS", "to_base", "verdict"]

# Bound words, in the target's qualifier column (its own: 左右, 以上, 不超过, 低于 …) or in
# its clause before the number (控制在, 不低于 …). A qualifier's side is the ``bound`` that
# vocab/english.yml gives it (``_qualifier_sides``), the one list prose reads too; of two, the
# first decides, as in prose (突破|以上). In the clause only the verbs of a bound count
# (``_CLAUSE_BOUNDS``, read longest first so that a negated bound is one word: 不超过 and
# 不高于 are at most, never 超过/高于; session 64: "不高于5%" was judged as at least): 以上
# there also spells 规模以上, 超 spells 超额.
_SIDES = {"about": "about", "above": "at_least", "below": "at_most"}
_NO_SIDE = frozenset({"近"})
_CLAUSE_BOUNDS = ("控制在", "不超过", "不高于", "低于", "小于", "不低于", "不少于", "至少", "高于")
_CLAUSE_BOUND = re.compile("|".join(sorted(_CLAUSE_BOUNDS, key=len, reverse=True)))
#: The verdicts of ``verdict``, in the order the book counts and colours them.
VERDICTS = ("met", "exceeded", "fell short", "over the ceiling", "unclear")
RATE_TOLERANCE = 0.5   # percentage points, for 左右 on a rate
LEVEL_TOLERANCE = 0.05  # share of the target, for 左右 on a level


@cache
def _qualifier_sides() -> dict[str, str]:
    """Each recorded qualifier's side of its number (about, at_least or at_most), from its
    ``bound`` in vocab/english.yml; 控制在, a clause's verb and no qualifier, is at most. 近
    (nearly) puts a stated value just under its number, but a target of 近N is not met by
    staying under N: it states no side (``_NO_SIDE``) and reads as a bare target."""
    return {"控制在": "at_most", **{q: _SIDES[e["bound"]]
                                   for q, e in load("english")["qualifiers"].items()
                                   if e.get("bound") and q not in _NO_SIDE}}


@cache
def _magnitudes() -> tuple[tuple[str, float], ...]:
    mags = load("units")["magnitudes"]
    # float(): PyYAML reads "1.0e12" (no sign in the exponent) as a string.
    return tuple(sorted(((k, float(v)) for k, v in mags.items()), key=lambda kv: -len(kv[0])))


@cache
def _percent_units() -> frozenset[str]:
    return frozenset(unit_names("percent"))


@cache
def _units() -> frozenset[str]:
    return frozenset(unit_names())


def to_base(value: float, unit: str) -> tuple[float, str]:
    """A value in its unit without the magnitude: (1.3, "万亿斤") → (1.3e12, "斤").

    Magnitudes are those of ``vocab/units.yml``, peeled only where a unit of that file
    follows (百分点 and 千瓦时 are units of their own); a bare magnitude stays as it is.
    """
    if unit in _units():
        return value, unit
    for prefix, factor in _magnitudes():
        if unit.startswith(prefix) and unit[len(prefix):] in _units():
            return value * factor, unit[len(prefix):]
    return value, unit


def _kind_of_target(qualifier: str, clause: str, value_high: float | None) -> tuple[str, bool]:
    """(range | about | at_most | at_least, whether a word says so) from the target's
    qualifier column first (左右, 以上, 不超过 …: the figure's own, its first bound deciding),
    then the bound word of its clause nearest before the number (控制在, 不低于 …;
    ``_CLAUSE_BOUND``: negated bounds read whole)."""
    if value_high is not None and not pd.isna(value_high):
        return "range", True
    sides = _qualifier_sides()
    own = [sides[w] for w in qualifier.split("|") if w in sides]
    if "about" in own:
        return "about", True
    if own:
        return own[0], True
    if clause_bounds := _CLAUSE_BOUND.findall(clause):
        return sides[clause_bounds[-1]], True
    return "at_least", False


def verdict(value: float, value_high: float | None, unit: str, qualifier: str, clause: str,
            outcome: float | None, outcome_unit: str | None,
            outcome_qualifier: str = "", code: str = "", summary: bool = False
            ) -> tuple[str, str]:
    """(one of ``VERDICTS``, the rule applied in words) for one target and its outcome.
    ``summary``: the next text is a news summary of the next report (``reports.csv``
    summary), so an outcome it does not state may be the summary's omission (session 69).

    ``qualifier`` is the target's qualifier column (左右, 以上 …), ``clause`` the words of
    its clause before the number (控制在, 不低于 …), ``code`` its indicator code; values are
    signed (negative for 下降) and compared after their magnitudes are applied (1.3万亿斤 =
    13000亿斤). Inside the band the rule accepts the target is ``met``; beyond a band with
    two ends (about, a range) in the better direction it is ``exceeded`` (above, for a
    growth; a larger fall, for a decrease), the other way ``fell short``; an "at least" or
    bare target outdone by more than the tolerance of 左右 is ``exceeded`` too; a ceiling
    broken is ``over the ceiling``. A target is a ceiling when its words say at most, or, for an
    indicator whose lower values are better (``better: lower`` in vocab/indicators.yml:
    CPI, unemployment) or after 控制在, when it is about a level or bare: such a target is
    met by any outcome under it. Session 69: "missed" was said of 14.1% against 10%左右.
    """
    kind, stated = _kind_of_target(qualifier or "", clause or "", value_high)
    tv, tbase = to_base(value, unit)
    rate = tbase in _percent_units()
    sign = -1.0 if tv < 0 else 1.0  # a decrease is judged on its size
    lower = bool((known := codes().get(code)) and known.lower_better) and tv >= 0
    if kind == "at_least" and not stated and lower:
        kind = "at_most"  # a bare CPI target is a ceiling
    ceiling = kind == "at_most" or (kind in ("about", "range")
                                    and (lower or ("控制在" in (clause or "") and tv >= 0)))
    tolerance = RATE_TOLERANCE if rate else LEVEL_TOLERANCE * abs(tv)
    tol = tolerance if kind == "about" else 0.0
    band = "±0.5 percentage points" if rate else "±5% of the target level"
    beyond = "more than 0.5 percentage points" if rate else "more than 5% of the target"
    rule = {"range": "range: met inside it",
            "about": f"about (左右): met within {band}",
            "at_most": "at most (以内/控制在): met when not above it" if stated
            else "no qualifier, a ceiling (lower is better): met when not above it",
            "at_least": ("at least (以上/不低于): met when reached" if stated
                         else "no qualifier, read as at least: met when reached")
            + f", exceeded when beyond it by {beyond}"}[kind]
    if ceiling and kind != "at_most":
        rule += ", a ceiling: met under it too"
    if sign < 0 and kind in ("at_most", "at_least"):
        rule += ", judged on the size of the decrease"
    # The rule always says how the target was read, an unclear verdict too.
    if outcome is None or pd.isna(outcome):
        if summary:
            return "unclear", (f"{rule}; unclear: no outcome stated in the next text, a news "
                               "summary of the report that keeps only some of its figures")
        return "unclear", f"{rule}; unclear: no outcome stated in the next report"
    ov, obase = to_base(outcome, outcome_unit or "")
    if not count_kinds_meet(tbase, obase):  # 20家 against 19户 firms (session 72)
        return "unclear", f"{rule}; unclear: the outcome is in {outcome_unit}, the target in {unit}"
    if "预计" in (outcome_qualifier or ""):
        rule += " (the outcome is an estimate, 预计)"
    if kind == "at_least":  # one end, on the size of a decrease; beyond 左右's band, exceeded
        if sign * ov < sign * tv - 1e-9:
            return "fell short", rule
        return ("exceeded" if sign * ov > sign * tv + tolerance + 1e-9 else "met"), rule
    if kind == "at_most":
        over = sign * ov > sign * tv + 1e-9
        return ("met" if not over else "fell short" if _rank(qualifier)
                else "over the ceiling"), rule
    lo, hi = (tv, tv) if kind == "about" else sorted((tv, to_base(value_high, unit)[0]))
    above, below = ov > hi + tol + 1e-9, ov < lo - tol - 1e-9
    if ceiling:
        return ("over the ceiling" if above else "met"), rule
    if not above and not below:
        return "met", rule
    return ("exceeded" if above == (sign > 0) else "fell short"), rule


def _rank(qualifier: str | None) -> bool:
    """Whether a target is a rank (前5名: ``unit: false`` in vocab/english.yml), whose
    ceiling missed is a place short of it, not a ceiling broken."""
    quals = load("english")["qualifiers"]
    return any(quals.get(q, {}).get("unit") is False for q in (qualifier or "").split("|"))
