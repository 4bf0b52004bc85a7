"""The units of ``vocab/units.yml`` looked up from text: which registered unit a piece of
text ends with, and what it measures (round 26, tidy: one registry of units, so no rule
classifies a unit by hand beside it).

A unit is read as the longest unit of ``units.units`` that ends the text (万千瓦 → 千瓦,
亿千瓦时 → 千瓦时, 个百分点 → 个百分点); its dimension is the list it is in (count, people,
money …). Counts of things of any kind (``units.count_alike``: 个, 家, 所 …) measure alike.
The unit column names a colloquial spelling as the unit it spells (``unit_named``, moved
from ``numbers`` in round 26).
"""

from __future__ import annotations

from functools import cache

from workreport.vocab import load

__all__ = ["count_kinds_meet", "unit_dimension", "unit_ending", "unit_measure", "unit_named",
           "unit_names"]


@cache
def _registry() -> tuple[dict[str, str], tuple[str, ...]]:
    """Every unit of ``units.units`` with its dimension, and the units longest first."""
    dims = {u: dim for dim, us in load("units")["units"].items() for u in us}
    return dims, tuple(sorted(dims, key=len, reverse=True))


def unit_names(*dimensions: str) -> tuple[str, ...]:
    """Every registered unit, longest first (亿美元 before 美元 before 元); only those of
    ``dimensions`` when any are named (``unit_names("percent")`` → 个百分点, 百分点, %, ‰, 成).
    Round 27 (tidy 2): the one list of units the number patterns, the outcome check and the
    non-figure classifiers read, so none rebuilds it from ``units.yml`` beside this module."""
    dims, ordered = _registry()
    return tuple(u for u in ordered if not dimensions or dims[u] in dimensions)


def unit_ending(text: str) -> str:
    """The longest registered unit ``text`` ends with ("新建示范镇1个" → 个, "3.2万千瓦时" →
    千瓦时), "" when it ends with none ("增长9", "达到")."""
    return next((u for u in _registry()[1] if text.endswith(u)), "")


def unit_dimension(unit: str) -> str:
    """The dimension of the registered unit ending ``unit`` (万元 → money, 人次 → people),
    "" for none; a registered unit is looked up at once (the number patterns ask for each)."""
    dims = _registry()[0]
    return dims.get(unit) or dims.get(unit_ending(unit), "")


def unit_measure(text: str) -> str:
    """What the unit ending ``text`` measures, for telling whether two items of a list
    count alike (round 26, replacing labelshared's hand list): the registered unit without
    its magnitude (万千瓦 → 千瓦), a count of things of ``units.count_alike`` (个, 家, 所 …)
    as 个; "" when ``text`` ends with no unit."""
    unit = unit_ending(text)
    return "个" if unit in load("units")["count_alike"] else unit


def unit_named(unit: str) -> str:
    """The unit column's name for ``unit``: the longest colloquial spelling of a unit that
    ends it (``units.unit_spelled``: 1万水立方 → 万立方米, 5亿标方 → 亿立方米), else as written."""
    spelled = load("units")["unit_spelled"]
    end = max((w for w in spelled if unit.endswith(w)), key=len, default="")
    return unit[: len(unit) - len(end)] + spelled[end] if end else unit


def count_kinds_meet(a: str, b: str) -> bool:
    """Whether two measure words without a magnitude count a kind of thing in common
    (``vocab/english.yml`` count_kinds): 户 and 家 both count firms, 人 and 名 people, 个
    ("*") any thing but people (not 项 and 家; not 个 and 人). The same word always does.
    Shared by the pairing of like counts (``english.compatible``) and the verdict on a
    target counted in one word and its outcome in another (``judge.verdict``: 企业改制 20家
    against 19户; session 72)."""
    if a == b:
        return True
    kinds = load("english")["count_kinds"]
    ka, kb = kinds.get(a), kinds.get(b)
    if not (ka and kb):
        return False
    if "*" in (ka, kb):
        return "people" not in [*ka, *kb]
    return bool(set(ka) & set(kb))
