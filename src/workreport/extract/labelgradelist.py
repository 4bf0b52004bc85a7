"""A grade counted before the next grade's count, no mark between them (issue 13, fragment;
round 88, w3; a row pass of ``figurepasses.ROW``).

Class of error: two counts of two grades of one kind of thing, written with no 、 between
them, share the noun after the second ("完成1个县级8个乡镇级饮用水源保护区划分"); the first
count's label stopped at the next number and was its grade alone (县级). With a mark
("4个省级、12个市级美丽乡村") ``labelforms.counted_noun`` gives the first its noun already.
Rule: a row whose label is only a grade (``labelforms.GRADE``: 县级, 省级 …) and whose number
is followed by that grade, a count with its unit and another grade, takes the noun after the
second grade (jieba's noun phrase): 县级饮用水源保护区划分.
A row pass, once every label is formed, so the next count's label is made as before.
Exceptions: a grade followed by anything else (县级以上, 县级5A景区) stays as it is.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from workreport.extract.labelforms import GRADE
from workreport.extract.labelwords import noun_phrase

__all__ = ["grade_listed"]

_NEXT = re.compile(rf"(?P<grade>{GRADE})(?:\d+|[一二三四五六七八九十两]+)[个家所项座处条支批]"
                   rf"{GRADE}(?P<noun>[^\d、，。；：（）()]+)")


def grade_listed(f: Any, rows: list[Any], text: str) -> Any:
    """Figure row ``f`` (its ``indicator``, ``end``) with its grade's shared noun, as the
    module says; ``rows`` unused, ``text`` the report's text. ``f`` itself otherwise."""
    m = _NEXT.match(text, f.end)
    if not m or f.indicator != m.group("grade"):
        return f
    noun = noun_phrase(m.group("noun"))
    return replace(f, indicator=f.indicator + noun) if noun else f
