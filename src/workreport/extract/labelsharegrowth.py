"""A percent growth right after a share clause is the growth of the amount the share is of,
not of the share (round 82, x5; the development draws' 'other thing': "全年财政民生支出22.1
亿元，占公共财政预算支出的85%，增长2%" gave 财政民生支出占公共财政预算支出比重 for the 2%).

Rule (grammar): a share clause (占…的N%) stands in apposition to the amount before it; a
share changes by percentage points (提高N个百分点), so 增长/下降 + % in the clause right after it
is the amount's change: a label "X占Y比重" (or 比例) for such a figure becomes X.

Session 60 (f3): the same when the share's label lost its owner or its base, the owner then
read from the text: "一般公共预算收入15.2亿元，占地区生产总值的8.5%，增长6.3%" gave 占地区生产总值
for the 8.5% and the 6.3% → 一般公共预算收入占地区生产总值比重 for the share (the amount's noun
right before its number, in the clause before 占, with no filler or act of cues.label_leading,
label_verbs, label_kept_verbs) and 一般公共预算收入 for
the growth; "出口占60%，增长10%" gave 出口占比重 for both → 出口 for the 10%.

Exceptions: a clause between the share and the growth (the growth is then another thing's);
a change in 个百分点 (a share's own change: the label stays); labels of other shapes.
"""

from __future__ import annotations

import re

from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags

__all__ = ["share_growth_owner"]

_SHARE_LABEL = re.compile(r"^(?P<owner>[^占]{2,20})占(?:[^占]{2,24})?(?:的)?(?:比重|比例)$")
_BASE_ONLY = re.compile(r"^占(?P<base>[\u4e00-\u9fff]{2,20})$")
_AMOUNT = r"(?:^|[，,；;。：:])(?P<owner>[\u4e00-\u9fff]{2,20}?)[\d.]+[^\d，,；;。%]{0,4}[，,]占"
_AFTER_SHARE = re.compile(r"占[^，,；;。]{1,24}?[\d.]+%[，,]"
                          r"(?:同比|比上年)?(?:增长|下降|增加|减少)$")


def share_growth_owner(name: str, before: str, rest: str, dimension: str) -> str:
    """The amount a share is of, for a percent growth right after the share's clause (see the
    module); ``before`` is the sentence up to the number."""
    if dimension != "percent" or rest.startswith("个百分点"):
        return name
    base = _BASE_ONLY.match(name)
    if base:
        owner = _owner_read(before + rest, base.group("base"))
        if owner and _AFTER_SHARE.search(before):
            return owner
        if owner and before.rstrip("的").endswith("占" + base.group("base")):
            return owner + name + "比重"
        return name
    m = _SHARE_LABEL.match(name)
    if not m or not _AFTER_SHARE.search(before):
        return name
    return m.group("owner")


def _owner_read(text: str, base: str) -> str:
    """The amount's noun written right before its number, the clause before 占 ``base``; ""
    when none, or when jieba's last word of it is no noun (session 60, f3)."""
    m = re.search(_AMOUNT + re.escape(base), text)
    if not m:
        return ""
    fillers = set(cue_words("label_leading", "label_verbs", "label_kept_verbs"))
    pieces = tags(m.group("owner"))
    ok = len(pieces) >= 1 and pieces[-1].flag.startswith(("n", "v")) \
        and not any(p.word in fillers for p in pieces)
    return m.group("owner") if ok else ""
