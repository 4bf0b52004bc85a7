"""A period left dangling at a label's end takes back its 累计 or 年均 (round 64, z6).

Class of error: 'fragment'. "国家财政性教育经费支出五年累计7.79万亿元，年均增长21.58%" gave
国家财政性教育经费支出五年 twice: the trailing-word rules peel 累计 off the label (it carries
the figure) and leave the count of years it belonged to ("五年", "三年", "10年") hanging, which
reads as a time phrase cut in two. The period is whole again in the form of
``labelperiods`` (round 24's convention): a level or multiple counted over it puts it in front
with 累计 ("五年累计国家财政性教育经费支出", "三年累计财政收入"); a change follows the stock
with 年均 when its own clause says 年均 ("国家财政性教育经费支出五年年均"), else with the word
the sentence writes after the period ("化学需氧量五年累计").

Only a label ending in a count of years (two to twenty, in figures or characters; no calendar
year, no 前/后/来) whose sentence up to the figure writes that count right before 累计 or 年均
changes; any other label is returned as it is.

Round 64 review (v2): a word opening the period (近, 过去, 未来, 今后 …:
``cues.period_tail_openers``) goes with it ("研发投入近三年累计达到5.2亿元" → 近三年累计研发投入,
was 三年累计研发投入近); an ordinal's single year (第三年, 每三年: ``cues.period_tail_ordinals``)
is no period to mend.
"""
from __future__ import annotations

import re

from workreport.extract.labelvocab import cue_words

__all__ = ["period_tail"]

_YEARS = r"(?:[两二三四五六七八九十]|十[一二三四五六七八九]|二十|[2-9]|1\d|20)年"
_TAIL = re.compile(rf"(?<![\d〇一二三四五六七八九零年])({_YEARS})$")


def period_tail(name: str, opening: str, clause: str, measure: str) -> str:
    """``name`` with its dangling period made whole (above). ``opening`` is the sentence up to
    the figure, ``clause`` the figure's own clause before it: "财政收入三年" in "财政收入三年
    累计完成45亿元" → 三年累计财政收入; "地区生产总值五年" in "地区生产总值五年年均增长7.5%"
    → 地区生产总值五年年均. ``name`` unchanged when it ends in no count of years, or the
    sentence writes no 累计/年均 right after that count."""
    found = _TAIL.search(name)
    stock = name[:found.start()] if found else ""
    if not found or len(stock) < 2:
        return name
    period = found.group(1)
    said = re.findall(re.escape(stock[-2:] + period) + r"(累计|年均)", opening)
    if not said or stock.endswith(cue_words("period_tail_ordinals")):
        return name
    opener = max((w for w in cue_words("period_tail_openers") if stock.endswith(w)), key=len,
                 default="")
    if measure == "change":
        word = "年均" if "年均" in clause.split(period)[-1] else said[-1]
        return name + word
    if said[-1] != "累计":
        return name
    if len(stock) - len(opener) < 2:
        return name
    return opener + period + "累计" + stock[:len(stock) - len(opener)]
