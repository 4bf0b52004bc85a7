"""The economy's indicator for a bare growth of a period, and no gap carried on (round 59, s59d).

Class of error (issue 13, province-hunan-2025): "顶住经济下行压力，…实现三季度增长4.6%、追平
全国，四季度增长5.6%、高于全国0.2个百分点，全年增长4.8%、总量5.3万亿元" labelled the growths
三季度, 四季度 and gave 全年增长4.8% and 总量5.3万亿元 the gap's label 四季度增速高于全国.

- ``period_growth``: a clause that is only a period and a growth (三季度增长, 全年增长; periods
  in ``cues.economy_periods``) of a % figure, in a sentence naming the economy
  (``cues.economy_words``) before it, is of the GDP word the report's text uses most
  (``cues.economy_indicators``): 三季度地区生产总值, 地区生产总值 (全年 dropped). "" otherwise.
  Round 59 review (j59a): 经济 must be a word of its own (数字经济, 海洋经济 are sectors), and
  the rule never overrides a label or carried owner naming another indicator.
- ``carried``: the label a later figure of the sentence carries on; a gap in percentage points
  (…增速高于全国, ``labelowners.gap``) never is, the label before it stays.
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelgaprate import gap_rated
from workreport.extract.labelowners import gap
from workreport.extract.labelplandone import plan_doer
from workreport.extract.nonfigures import alternation
from workreport.extract.numbers import vocab


@cache
def _period_clause() -> re.Pattern[str]:
    cues = vocab("cues")
    periods = alternation(cues["economy_periods"])
    return re.compile(rf"(?:实现)?({periods})(?:经济)?(?:增长|增速为?|增速达)")


def _economy_indicator(text: str) -> str:
    counts = [(text.count(w), w) for w in vocab("cues")["economy_indicators"]]
    best = max(counts)
    return best[1] if best[0] else ""


def _economy_named(text: str) -> bool:
    """Whether ``text`` names the economy: 经济 as a word of its own, after nothing, a mark,
    the whole place (全市, 我省 …) or a verb (顶住, 面对 … ``cues.economy_word_before``), never
    the end of a sector (数字经济, 海洋经济, 民营经济; round 59 review, j59a)."""
    cues = vocab("cues")
    before = alternation(cues["economy_word_before"])
    words = alternation(cues["economy_words"])
    return bool(re.search(rf"(?:^|[\s，。；：、“”（）,;:]|{before})(?:{words})", text))


def _owned_elsewhere(label: str | None, cues: dict) -> bool:
    """Whether ``label`` (the label the figure would get, or the one carried to it) names an
    indicator other than the economy's: not empty, not a bare period (三季度), not holding the
    GDP word (四季度地区生产总值 carried, …增速高于全国 of it)."""
    return bool(label) and label not in cues["economy_periods"] \
        and not any(w in label for w in cues["economy_indicators"])


def period_growth(text: str, sentence_start: int, start: int, pre: str, unit: str,
                  otherwise: tuple[str, str | None] = ("", None)) -> str:
    """The economy's indicator for the bare period growth ending ``pre`` (the clause before
    the figure at ``start``): "三季度增长" of "顶住经济下行压力，…实现三季度增长4.6%" →
    三季度地区生产总值; "全年增长" → 地区生产总值; "" when the clause is more than a period
    and a growth, the unit is not %, or the sentence names no economy before the figure.
    ``otherwise`` is (the label the figure gets without this rule, the label carried to it):
    "" when either names another indicator (round 59 review, j59a: "海洋经济总产值达1200亿元，
    全年增长9%" keeps 海洋经济总产值; "社会消费品零售总额全年增长8%，三季度增长9%" keeps 三季度)."""
    cues = vocab("cues")
    m = _period_clause().fullmatch(pre.strip())
    if unit != "%" or not m or not _economy_named(text[sentence_start:start]) \
            or any(_owned_elsewhere(label, cues) for label in otherwise):
        return ""
    if not (indicator := _economy_indicator(text)):
        return ""
    period = "" if m.group(1) in cues["economy_period_dropped"] else m.group(1)
    return period + indicator


def carried(name: str, previous: str | None, pre: str, unit: str, lead: str = "") -> str | None:
    """The label later figures carry on after this one labelled ``name``: ``previous`` when
    ``name`` is a gap in percentage points ("…四季度增长5.6%、高于全国0.2个百分点" → the
    label of 5.6% carries on, not 四季度增速高于全国), else ``name`` or ``previous``; a
    completion rate of a plan done carries on what did it (round 68 review, q4:
    ``labelplandone.plan_doer``, "…完成年度目标的102%，同比增长8.5%" → 规上工业增加值)."""
    if unit == "个百分点" and name and (gapped := gap(pre, previous)) \
            and name in (gapped, gap_rated(gapped, previous, lead)):
        return previous  # (session 61: its rate word, ``labelgaprate``; ``lead`` the sentence)
    return plan_doer(name, pre) if unit == "%" and name else name or previous
