"""Amounts per unit written with 每 (round 47, s47c, issue 13's compound units): a price or
an amount per thing written 每X N元 (农村自来水费降至每立方3.48元, 每人每年补助120元, 每亩
补贴100元, 为孤儿每人发放1万元助学金) is read in the compound unit 元/X (元/立方米, 元/人/年,
元/亩, 万元/人), as the reports write it elsewhere (4800元/年/人, 16.8万元/人), and the per-word
leaves the label, which the unit now carries (农村自来水费每立方 → 农村自来水费).

The per-words and the unit each names are data (``vocab/units.yml``: per_things, per_periods).
A time frame alone (每年投入500万元, 低保标准提高至每月1050元) is left as written: 每年 before a
yearly flow says the flow is yearly and may stay in its label (``bench/label_judging.md``,
seed 2136), and the gold files keep 元 there (低保标准 1050 元); a time frame joins the unit
only after a thing (每人每月 → 元/人/月). A count per place (每个县…1个) is a scope of the label
(the judging conventions' per-unit scope), not a unit: only money is read so.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from workreport.extract.labelaffix import strip_words
from workreport.extract.numbers import vocab

if TYPE_CHECKING:
    from workreport.extract.figures import Figure

__all__ = ["per_priced", "per_unit"]

# The money units an amount per thing is read in (magnitude included: 万元 → 万元/人).
_MONEY = re.compile(r"^(?:万|亿)?元(?:/(月|年))?$")
# The end of a clause: a per-word never reaches back past it.
_BREAK = re.compile(r"[，,；;。：:！？、（）()“”]")
# A number's end of a base-and-end pair or a list sharing the base's unit: "由每人每年120元
# 提高到200元", "每50公斤分别提高7.4元和16元".
_SHARED_BASE = re.compile(r"(?:分别)?(?:提高|增加|提升|上调|调整|增长|降低|下降|降)?(?:到|至)"
                          r"(?:现在的|目前的)?|[、和及与]")


@cache
def _per_pattern() -> re.Pattern[str]:
    """每X (X a thing of ``units.per_things``), then 每 and a period of ``units.per_periods``
    at most, then at most four characters of a verb (补贴, 发放, 增收) before the number."""
    units = vocab("units")
    things = "|".join(sorted(map(re.escape, units["per_things"]), key=len, reverse=True))
    periods = "|".join(map(re.escape, units["per_periods"]))
    return re.compile(rf"(每(?:{things}))(每(?:{periods}))?([\u4e00-\u9fff]{{0,4}})$")


def per_unit(before: str, unit: str) -> tuple[str, str]:
    """The compound unit of an amount in ``unit`` whose clause up to the number is
    ``before``, and the per-words it takes (to leave the label): ("农村自来水费降至每立方",
    "元") → ("元/立方米", "每立方"), ("补助标准由每人每年", "元") → ("元/人/年", "每人每年"),
    ("残疾人补贴标准提高到每人", "元/月") → ("元/人/月", "每人"); (unit, "") when no per-thing
    stands before it (每年投入, 每个县, 人均) or the unit is no money."""
    money = _MONEY.match(unit)
    m = _per_pattern().search(_BREAK.split(before)[-1]) if money else None
    if not money or not m or "每" in m.group(3):
        return unit, ""
    thing = vocab("units")["per_things"][m.group(1)[1:]]
    period = (m.group(2) or "")[1:] or money.group(1) or ""
    per = f"元/{thing}" + (f"/{period}" if period else "")
    if per not in vocab("units")["units"]["money"]:  # only a unit with its English
        return unit, ""
    return unit.split("元")[0] + per, m.group(1) + (m.group(2) or "")


def per_priced(f: Figure, before: list[Figure], text: str) -> Figure:
    """``f`` in the compound unit of an amount per thing (``per_unit``; round 47, s47c), its
    label without the per-words ("农村自来水费每立方" 3.48 元 → 农村自来水费 3.48 元/立方米,
    "种粮农民每亩补贴" → 种粮农民补贴 元/亩); the end of a base-and-end pair or the next of a
    list takes the unit the amount before it was given so (``before``, the row before ``f``), in
    the same base unit: "由每人每年120元提高到200元" → 200 元/人/年, "分别从每人每月600元、450元
    提高到630元、480元" → each 元/人/月."""
    unit, words = per_unit(text[:f.start][-40:], f.unit)
    if words:
        label = f.indicator.replace(words, "", 1) if f.indicator != words else f.indicator
        if label != f.indicator:
            label = strip_words(label, vocab("cues")["label_trailing"], leading=False) or label
        return replace(f, unit=unit, indicator=label)
    prev = before[-1] if before else None
    if prev and prev.sentence_index == f.sentence_index and "/" in prev.unit \
            and "/" not in prev.quote and prev.unit.split("/")[0] == f.unit \
            and _SHARED_BASE.fullmatch(text[prev.end:f.start]):
        return replace(f, unit=prev.unit)
    return f
