"""A circled numeral (①…⑳) inside a label is the mark opening a later item of a numbered
list, so the label names several items when it runs across one (round 82, x5; the
development draws' 'junk': "其中城建工程10项：①聚源大街建设（…）②复兴东路改造③…⑩城中村改造
面积22万平方米" gave 聚源大街建设②复兴东路改造…⑩城中村改造面积 for the 22万平方米).

Rule: a label holding a circled numeral keeps only what follows the last one (the item the
number stands in: → 城中村改造面积); ``labelclean`` already drops one that opens a label.

Session 60 (f3): a count whose unit a circled numeral follows ends its item, so a label running
on into the next item's words ("①新建学校3所②改造道路15公里" gave 新建学校改造道路 for 3所) loses
them: the longest start (two characters or more) of the words after the mark, up to their
number, that ends the label goes, when the label's rest (two characters or more) ends the text
before the number: → 新建学校.

Exception: nothing of two characters or more after the last mark (the label stays).
"""

from __future__ import annotations

import re

__all__ = ["enumeration_cut"]

_MARK = re.compile(r"[①-⑳]")
_NEXT_ITEM = re.compile(r"[①-⑳]([^\d，,；;。！？：:]{2,})")


def enumeration_cut(name: str, before: str, rest: str, dimension: str) -> str:
    """``name`` after its last circled numeral (see the module)."""
    if not _MARK.search(name):
        m = _NEXT_ITEM.match(rest)
        if m:
            item = m.group(1)
            for k in range(len(item), 1, -1):
                if name.endswith(item[:k]) and len(name) - k >= 2 \
                        and before.endswith(name[:-k]):
                    return name[:-k]
        return name
    tail = _MARK.split(name)[-1]
    return tail if len(tail) >= 2 else name
