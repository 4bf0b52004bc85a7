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
"""

from __future__ import annotations

import re

from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags

__all__ = ["next_item_end"]

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
    places = tuple(cue_words("frame_place_heads"))
    if first.endswith("级") or (first.endswith(places) and rest.startswith(places)):
        return 0
    verbs = set(cue_words("list_item_scope_verbs", "list_shared_verbs"))
    acts = any(p.flag in ("v", "vn") or p.word in verbs for p in tags(rest))
    if acts or rest.endswith(tuple(cue_words("count_item_owned_measures"))):
        return len(first)
    return 0
