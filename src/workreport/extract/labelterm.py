"""The period of an end-of-term review a figure stands in (moved down from ``labelperiods`` in
round 46, s46c, which adds the period a section carries over its paragraphs).

``period_of`` reads the period opening a figure's sentence (五年来, 过去五年, “十三五”时期 …);
``section_term`` the one an earlier paragraph of its section, or its part's heading, opens with:
an end-of-term review opens its section once ("“十三五”时期，是定兴…的五年。") and its later
paragraphs ("坚定不移优化产业结构…。累计完成生态补水2.7亿立方米") review the same years, until
a paragraph opens with a year of its own ("刚刚过去的2020年", "这一年", "一年来", "过去的一年"),
or in a sub-section titled by a year; 以来 of a record (有记录以来最…) opens no span (round 81
review, q1).
"""
from __future__ import annotations

import re
from functools import cache

from workreport.extract.nonfigures import alternation
from workreport.extract.numbers import vocab

_PLAN = r"“十[一二三四五]五”"
# What may stand before a paragraph's period opener (a bullet's dash, an address; round 32).
LEAD = re.compile(r"^(?:——|—|各位代表[，,！!：:]?|\s)+")
# A year of the figure's own (not a span, an end or a base: 2016—2020年, 2020年底, 2015年的).
OWN_YEAR = re.compile(r"(?:19|20)\d\d年(?![的底末前以—\-－至到])|今年|去年|全年|当年")
# Round 46 (s46c): a paragraph opening with a year of its own, or with the year just reviewed
# ("刚刚过去的2020年", "这一年", "一年来"): the term's review has ended there; so does
# "过去的一年，" or "一年里，" (round 81 review, q1).
_YEAR_HEAD = re.compile(r"(?:刚刚过去的|过去的|过去|回顾)?(?:(?:19|20)\d\d年|今年|去年|这一年"
                        r"|一年来|过去一年|刚刚过去的一年|一年(?:里|中|间)?(?=[，,]))")
_ANY_YEAR = re.compile(r"(?:19|20)\d\d年")

# Round 81 (x3): a year and the event that started the span, then 以来, as one clause
# ("2007年新型农村合作医疗开展以来，兑付补偿资金2.3亿元"; "自1993年定点帮扶以来"): the span runs
# from that year as "2007年以来" does. No digit, break or second year between the two. Not a
# record's reach (round 81 review, q1: "2012年发生了有气象记录以来最严重的旱灾": the year's, no
# span), 以来 after 记录, 统计, 有史 or before 最, 首, 新高.
_SINCE_EVENT = (r"|(?<![\d年])(?:19|20)\d\d年[^，,；;。：:\d“”（）()年]{1,14}?"
                r"(?<!记录)(?<!统计)(?<!有史)以来(?![最首]|新高)")


@cache
def period_opener() -> re.Pattern[str]:
    """The words opening a period (``cues.period_openers``, a plan's term with its form, a
    year with 以来), built once."""
    cues = vocab("cues")
    forms = alternation(list(cues["period_plan_forms"]))
    return re.compile(rf"{alternation(list(cues['period_openers']))}|{_PLAN}(?:{forms})"
                      r"|(?:19|20)\d\d年以来(?![最首]|新高)"  # "2016年以来，累计…" (round 31);
                      # not "遭遇1998年以来最大洪水" (round 81 review, q1)
                      + _SINCE_EVENT
                      # "从2015年开始，共…", "自2012年起" as 2015年以来 (round 86, w2)
                      + rf"|(?:{alternation(cues['since_year_before'])})(?:19|20)\d\d年"
                      rf"(?:{alternation(cues['since_year_after'])})(?=[，,])")


def period_of(before: str, reviewed: int | None = None) -> str:
    """The period a figure stands in, from its sentence up to the figure (``before``), in the
    label's form: "五年来，…累计投入2446万元…，解决了" → 五年; "“十三五”时期，全县民生投入" →
    “十三五”期间; a year before the one ``reviewed`` and 以来 as written (Round 31 (rp): "2010年
    以来，累计新增市场主体2.1万家" in a review of 2013 → 2010年以来, a total over more than the
    year, up to the end of its ；-part); "" when no opener stands in the sentence or a clause
    after it names its own year ("五年来，…；2020年，…" → "")."""
    cues = vocab("cues")
    found = list(period_opener().finditer(before))
    if not found or OWN_YEAR.search(before[found[-1].end():]):
        return ""
    word = found[-1].group()
    since = alternation(cues["since_year_before"])
    if year := re.match(rf"(?:{since})?((?:19|20)\d\d)年", word):  # up to the next ； only
        word = year.group(1) + "年以来"  # "2007年新农合开展以来" → 2007年以来 (round 81, x3);
        # "从2015年开始" → 2015年以来 (round 86, w2)
        return word if reviewed and int(word[:4]) < reviewed and not re.search(
            r"[；;]", before[found[-1].end():]) else ""
    if word in cues["period_openers"]:
        return cues["period_openers"][word]
    plan = re.match(_PLAN, word)
    assert plan is not None
    return plan.group() + cues["period_plan_forms"][word[plan.end():]]


def section_term(heads: list[str], heading: str, reviewed: int | None = None,
                 title: str = "") -> str:
    """The term an end-of-term review carries to a paragraph that does not open with it
    (Round 46, s46c, from the development draws' scope lost: 累计 totals of such paragraphs
    labelled as the year's): the period the last of ``heads`` (the paragraphs of the figure's
    section before its own, in order) opening with one names ("“十三五”时期，是定兴…的五年。" →
    “十三五”期间; "过去五年，…" → 五年), "" when a later one opens with a year of its own
    ("刚刚过去的2020年，…", "这一年，…", "一年来，…"); with neither, the period of the part's
    ``heading`` when an opener names its term and no year names one ("过去五年工作回顾" → 五年,
    "“十一五”期间经济社会发展取得重大成就" → “十一五”期间; not "“十三五”时期和2020年工作回顾",
    which reviews the year too, nor a plan's name alone: "回顾“十三五”，…", whose paragraphs the
    Laiyuan gold file labels bare). Nor under a section ``title`` of its own naming a year
    (round 81 review, q1: "（一）2012年主要工作" in a part "过去五年工作回顾")."""
    for head in reversed(heads):
        head = LEAD.sub("", head, count=1)
        if _YEAR_HEAD.match(head):
            return ""
        if m := period_opener().match(head):
            return period_of(m.group(), reviewed)
    if any(_ANY_YEAR.search(t) or re.search(r"今年|去年|一年", t) for t in (heading, title)):
        return ""
    m = period_opener().search(heading)
    return period_of(m.group(), reviewed) if m else ""
