"""Where a report's government stands among China's divisions: who is under whom.

The target cascade (``series.cascade_of``) sets one year's targets side by side down a
chain of governments, each under the one before: the State Council, a province, a city of
that province, a county or district of that city. Two reports of the same year at
different levels are not such a chain by their levels alone: Nanjing (a city of Jiangsu)
is neither under Hebei nor above Qingyuan (a district of Baoding, Hebei); session 67's
tester found the 2024 cascade stepping Hebei → Nanjing → Qingyuan.

``area`` places a report from what the project knows of it: the government it names
(``extract.metadata.government_key``), the names its own title and meeting give it
(保定市清苑区2024年政府工作报告, 保定市清苑区第三届人民代表大会…: Qingyuan is in
Baoding), and which province each prefecture-level city is in (``vocab/divisions.yml``).
A government whose place above it is not known is under the State Council only.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import Any, NamedTuple

from workreport.extract.metadata import government_place, is_national
from workreport.literal import missing
from workreport.vocab import load

__all__ = ["Chain", "area", "chains", "within"]


@cache
def _divisions() -> tuple[frozenset[str], dict[str, str], tuple[str, ...]]:
    """The provincial-level divisions, each prefecture-level one's province, and those
    cities longest name first (as ``_above`` tries them)."""
    provinces = load("divisions")["provinces"]
    province_of = {c: p for p, cities in provinces.items() for c in cities}
    return frozenset(provinces), province_of, tuple(sorted(province_of, key=len, reverse=True))


def _text(v: Any) -> str:
    return "" if missing(v) else re.sub(r"\s", "", str(v))


def _above(own: str, names: list[str]) -> tuple[str, str]:
    """The province and the city written right before ``own`` in the first of ``names``
    that writes one (保定市清苑区 → ("河北省", "保定市"); 重庆市渝中区 → ("重庆市", "")),
    the city's province from ``vocab/divisions.yml``; ("", "") when none does, or when a
    name's province and city disagree."""
    provinces, province_of, cities = _divisions()
    for name in names:
        at = name.find(own)
        if at <= 0:
            continue
        head = name[:at]
        city = next((c for c in cities if head.endswith(c)), "")
        head = head[:len(head) - len(city)]
        province = next((p for p in provinces if head.endswith(p)), "")
        if city and province and province_of[city] != province:
            continue
        if city or province:
            return province or province_of[city], city
    return "", ""


def area(row: Mapping[str, Any]) -> tuple[str, ...]:
    """The divisions a report's government is in, from the top, its own last: () for the
    State Council, ("河北省",), ("江苏省", "南京市"), ("河北省", "保定市", "清苑区"),
    ("重庆市", "渝中区") (a district of a municipality under the State Council). A county
    or district whose city is not named gets "" in its place (("河北省", "", "X县")), and
    one placed nowhere ("", "X县"), so that it is under no province or city.

    ``row`` is a ``reports.csv`` row (government, level, and title and meeting when
    known); nothing is raised for missing fields."""
    government = _text(row.get("government"))
    if row.get("level") == "national" or is_national(government):
        return ()
    own = government_place(government)
    provinces, province_of, _ = _divisions()
    if own in provinces:
        return (own,)
    if own in province_of:
        return (province_of[own], own)
    province, city = _above(own, [_text(row.get(k)) for k in ("government", "meeting", "title")])
    if not province:
        return ("", own)
    if not city and not load("divisions")["provinces"][province]:
        return (province, own)  # a district of 重庆市, 北京市 …
    return (province, city, own)


def within(upper: tuple[str, ...], lower: tuple[str, ...]) -> bool:
    """Whether the government of ``upper`` (an ``area``) is above that of ``lower``: every
    division of ``upper`` is known and ``lower`` lies inside it. The State Council (()) is
    above every other government."""
    return len(upper) < len(lower) and all(upper) and lower[:len(upper)] == upper


class Chain(NamedTuple):
    """A report's cascade among the reports of its year (``chains``): ``members`` its chain,
    top level first, itself last; ``left_out`` the year's others off that chain, in table
    order; ``leads`` whether it is the lowest level of a chain of two or more (no report of
    the year is under it)."""

    members: tuple[str, ...] = ()
    left_out: tuple[str, ...] = ()
    leads: bool = False


def chains(placed: Mapping[str, tuple[str, ...]]) -> dict[str, Chain]:
    """Each report's ``Chain`` among one year's reports (``placed``: report id → its
    ``area``, in table order): above it, each government under the one before (``within``),
    one per level, the first in the table. Session 68: the one placement that
    ``series.cascade_of``, ``cascade_left_out``, ``leads_cascade`` and ``book.homes`` read
    (each had placed the year's reports again)."""
    out = {}
    for rid, mine in placed.items():
        above: dict[int, str] = {}
        for other, where in placed.items():
            if within(where, mine):
                above.setdefault(len(where), other)
        members = (*(above[n] for n in sorted(above)), rid)
        out[rid] = Chain(members, tuple(r for r in placed if r not in members),
                         len(members) >= 2 and not any(within(mine, w) for w in placed.values()))
    return out
