"""A zone ending in 内 before a count is the scope of the things counted (issue 13, round 72,
x2; the round-71 reviewers' "项目区内8个村实现通水" labelled 项目区内, and the corpus's
"城市建成区内63个住宅小区完成改造" whose scope went: 改造住宅小区).

Class of error: ``labelforms.only_qualifies`` reads a place ending in 内 before a count as
the scope of the noun after the number, and ``labelheld.held_scope`` gives it back in front
of that noun only when the clause is nouns alone (教育园区内 → 教育园区内高压线路); a zone
that jieba cuts with a verb once 内 follows (城市建成区内: 建成|区内) gave no scope, so the
label lost it. And a zone before a one-character noun (村, 镇: ``labelowners.owner_before``'s
``place_name`` rule) owned it only when named without 内 ("禁煤区3个村"), so "项目区内8个村"
kept the zone alone.

Rule: a clause whose last words are a zone (nouns only as jieba tags them, ending in a word
of ``cues.owner_place_ends``: 项目区, 城市建成区) and 内 is such a scope: held as
it is (→ 改造城市建成区内住宅小区), and owning a village or town counted after the number
(``cues.frame_place_heads``: → 实现通水的项目区内村).

Exceptions: 以内, 之内 (a bound, not a zone); a clause with a digit, a break or 的; a zone
of one character.
"""

from __future__ import annotations

import re

from workreport.extract.labelheld import held_scope as _held_scope
from workreport.extract.labelowners import owner_before as _owner_before
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags

__all__ = ["held_scope", "owner_before"]

_INSIDE = re.compile(r"([\u4e00-\u9fff]{2,10})内$")


def _zone_inside(words: str) -> str:
    """``words`` when they are a zone and 内 (module doc), else ""."""
    m = _INSIDE.search(words)
    if not m or words.endswith(("以内", "之内")) or re.search(r"[\d的，；、]", words):
        return ""
    zone = m.group(1)
    nouns = zone.endswith(cue_words("owner_place_ends")) \
        and all(p.flag[:1] == "n" for p in tags(zone))
    return m.group(0) if nouns else ""  # not 全力推进区 (v): place_name allows a verb


def held_scope(raw: str, dimension: str = "count") -> str:
    """``labelheld.held_scope``, or the zone and 内 closing ``raw`` (round 72, x2)."""
    held = _held_scope(raw, dimension)
    if held or dimension in ("money", "percent", "ratio", "time"):
        return held
    return _zone_inside(re.split(r"[，；。：、\s]", raw.strip())[-1])


def owner_before(name: str, after: str, unit: str = "") -> bool:
    """``labelowners.owner_before``, or a zone and 内 before a village or town counted
    ("项目区内8个村"; round 72, x2)."""
    return _owner_before(name, after, unit) or (
        after in cue_words("frame_place_heads") and bool(_zone_inside(name)))
