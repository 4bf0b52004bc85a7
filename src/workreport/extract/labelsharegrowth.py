"""A percent growth right after a share clause is the growth of the amount the share is of,
not of the share (round 82, x5; the development draws' 'other thing': "全年财政民生支出22.1
亿元，占公共财政预算支出的85%，增长2%" gave 财政民生支出占公共财政预算支出比重 for the 2%).

Rule (grammar): a share clause (占…的N%) stands in apposition to the amount before it; a
share changes by percentage points (提高N个百分点), so 增长/下降 + % in the clause right after it
is the amount's change: a label "X占Y比重" (or 比例) for such a figure becomes X.

Exceptions: a clause between the share and the growth (the growth is then another thing's);
a change in 个百分点 (a share's own change: the label stays); labels of other shapes.
"""

from __future__ import annotations

import re

__all__ = ["share_growth_owner"]

_SHARE_LABEL = re.compile(r"^(?P<owner>[^占]{2,20})占[^占]{2,24}(?:的)?(?:比重|比例)$")
_AFTER_SHARE = re.compile(r"占[^，,；;。]{1,24}?[\d.]+%[，,]"
                          r"(?:同比|比上年)?(?:增长|下降|增加|减少)$")


def share_growth_owner(name: str, before: str, rest: str, dimension: str) -> str:
    """The amount a share is of, for a percent growth right after the share's clause (see the
    module); ``before`` is the sentence up to the number."""
    m = _SHARE_LABEL.match(name)
    if not m or dimension != "percent" or not _AFTER_SHARE.search(before) \
            or rest.startswith("个百分点"):
        return name
    return m.group("owner")
