"""The noun after a count stops at a 、 that opens the next item of the list (issue 13,
round 72, x2; the round-71 reviewers' "other thing": a count's label joined to the next
item's words).

Class of error: a list whose first item puts its number first and whose next item puts its
number after its own words ("城区新建5所幼儿园、乡镇新建8所幼儿园", "新建2个养老院、服务老人
500人", "建成4个易地搬迁安置点、搬迁群众1200人", "实施12个老旧小区改造、加装电梯50部") took the
first count's object up to the next digit, so it ran over the 、 into the next item: 城区新建
幼儿园、乡镇新建 for the 5所, 新建养老院、服务老人 for the 2个. ``labelafter.clause_after``
keeps a 、 inside the object for lists of modifiers sharing one noun ("3个供水、供热管网项目").

Rule: when the text right after the number is "X、Y" with Y followed at once by a digit (the
next item's own number), and Y holds an act of its own (a word jieba tags v or vn: 服务,
搬迁, 加装; or one of ``cues.list_item_scope_verbs``, ``list_shared_verbs``: 新建, which
jieba may tag ns) or ends with a measure of things (``cues.count_item_owned_measures``:
绿地面积), the object ends before the 、: 幼儿园, 养老院, 易地搬迁安置点, 老旧小区改造, 公园.

Exceptions: X ending in a place head and Y opening with one ("5个乡镇、街道建设…": the count
counts both, ``cues.frame_place_heads``); X a grade (省级、市级); X or Y holding a digit, a
quote or a bracket; Y of one character.
Round 72 review, q12: X one word of two characters and Y a modifier and a noun, neither an
act (no v, no verb of ``list_item_scope_verbs``, ``list_shared_verbs``), once an owned
measure is taken off its end (or Y one noun of four characters or more): X and Y's first
word modify Y's noun together, the count counts both ("新建6个文化、体育场馆面积3万平方米"
gave 新建文化; "新建4个教学、实验楼建筑面积…" gave 新建教学); "新建3个公园、绿化面积…" (Y
one word) still ends at the 、.
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelcountitem import counted_both
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags

__all__ = ["next_item_end", "own_act_verbs"]

_ITEMS = re.compile(r"([^、，。；：;,:\d（）()“”《》]{2,12})"
                    r"、([^、，。；：;,:\d（）()“”《》]{2,12})(?=\d)")


def next_item_end(seg: str) -> int:
    """The length of the first item's object in ``seg`` (the text after a count's number)
    when a 、 after it opens the next item of the list, which carries its own number (module
    doc); 0 otherwise."""
    m = _ITEMS.match(seg)
    if not m:
        return 0
    first, rest = m.group(1), m.group(2)
    if counted_both(first, rest):  # 省级、市级; 5个乡镇、街道
        return 0
    verbs = own_act_verbs()
    if _modifiers(first, rest, verbs):
        return 0
    acts = any(p.flag in ("v", "vn") or p.word in verbs for p in tags(rest))
    if acts or rest.endswith(tuple(cue_words("count_item_owned_measures"))):
        return len(first)
    return 0


@cache
def own_act_verbs() -> frozenset[str]:
    """The verbs that make a list item an act of its own (``cues.list_item_scope_verbs`` and
    ``list_shared_verbs``: 新建, 新增 …), read once; shared with ``labelstarts.opened``."""
    return frozenset(cue_words("list_item_scope_verbs", "list_shared_verbs"))


def _modifiers(first: str, rest: str, verbs: frozenset[str]) -> bool:
    """Are ``first`` and the first word of ``rest`` two modifiers of the noun that follows in
    ``rest`` ("文化、体育场馆面积", "教学、实验楼建筑面积"; round 72 review, q12)?"""
    head = tags(first)
    if len(head) != 1 or len(first) != 2:
        return False
    measures = tuple(cue_words("count_item_owned_measures"))
    noun = next((rest[: -len(m)] for m in measures if rest.endswith(m)), rest)
    pieces = tags(noun) if noun else []
    if len(pieces) == 1 and len(noun) >= 4:  # 体育场馆: one word of jieba's, a modifier's too
        return pieces[0].flag.startswith("n") and noun not in verbs
    return len(pieces) >= 2 and pieces[0].flag != "v" and pieces[0].word not in verbs \
        and pieces[1].flag.startswith("n") and pieces[1].word not in verbs
