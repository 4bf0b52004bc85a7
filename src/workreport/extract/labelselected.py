"""Which of a modified counted noun are counted, said after it (issue 13, round 67, r1).

``labelqualify.qualified`` puts the predicate that picks out the counted things before a
*bare* generic noun ("8名学生被重点高校录取" → 被重点高校录取的学生). A noun with a modifier
(重点企业, 信息化项目, 行政许可事项) or no generic head at all kept its predicate out, and the
label named every such thing when the text counted only those the predicate picks out (the
judges' "scope lost"): "69家重点企业获批贷款6.2亿元" → 重点企业, "33个信息化项目投入使用或
上线试运行" → 信息化项目, "11项行政许可事项实现7县通办" → 行政许可事项.

``selected`` reads the clause after such a label: when it opens with a verb of being chosen,
granted, admitted or put to use (``cues.selected_verbs``: 被, 获批, 入选, 实现, 享受, 投入使用
…) or with 完成 and a task (``cues.selected_tasks``: "8种矿产完成“十四五”增储任务"), that
predicate, cut before a figure of its own (6.2亿元, in a unit of
``cues.selected_own_figure_units``; a 金额 or an approximation, ``selected_approx``, before it
goes too) and before a list item the cut left ("实现“数据最多采一次”、覆盖90%…" → 实现“数据最多
采一次”), goes before the noun with 的:
获批贷款的重点企业. An adverb first (全部完成, 全面起势, 加快推进) says what befell all of them
and matches no verb, so "10件民生实事全部兑现" keeps 民生实事.

Shapes: ("重点企业", "重点企业获批贷款6.2亿元，…") → 获批贷款的重点企业. ``name`` unchanged
when ``after`` (the sentence after the figure) does not open with it, when it is a bare
generic noun (``labelqualify``'s, which keeps a predicate's digits out) or ends in an adverb
of the predicate (区县成功: a later rule's), when the predicate is
under 2 or over 20 characters, leaves a quotation mark open, or ends in a word of work
rather than of things (``cues.selected_not_ends``: 创建工作, 实现…全覆盖: all of them).
Round 67 review (q1): the cut drops a later 、-item of up to 8 characters not
opening with a verb of ``selected_verbs`` ("实现“一网通办”、办理时限压减60%" → 实现“一网
通办”; "通过验收、获得奖补资金" stays whole), and a threshold before the figure (超过, 达到
…, ``cues.selected_thresholds``: "实现集体经济收入超过50万元") keeps ``name`` as it was.
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelqualify import qualified as qualified_generic
from workreport.extract.labelvocab import cue_words
from workreport.vocab import alternation

__all__ = ["qualified", "selected"]

_BREAK = re.compile(r"[，,；;。！？：:（）()\n]")


def qualified(name: str, before: str, after: str) -> str:
    """``labelqualify.qualified``, then ``selected`` when that left ``name`` as it was."""
    out = qualified_generic(name, before, after)
    return selected(name, after) if out == name else out


def selected(name: str, after: str) -> str:
    """``name`` with the predicate after it that picks out the counted ones before it and
    的 (module docstring); ``name`` unchanged otherwise."""
    # A bare generic noun is ``labelqualify``'s, which keeps digits out ("44名学生被985高校录取").
    if len(name) < 2 or not after.startswith(name) or name in cue_words("generic_counted_nouns") \
            or name.endswith(cue_words("generic_predicate_adverbs")):  # "区县成功" + 创建…
        return name
    tail = _BREAK.split(after[len(name):])[0]
    verbs = _verbs()
    verb = next((v for v in verbs if tail.startswith(v)), "")
    task = tail.startswith("完成") and tail.rstrip("”").endswith(cue_words("selected_tasks"))
    if not verb and not task:
        return name
    if own := _own_figure().search(tail):
        tail = tail[:own.start()]
        last = tail.rsplit("、", 1)[-1]  # "实现“一网通办”、办理时限压减" → 实现…, but not
        if "、" in tail and len(last) <= 8 and not last.startswith(verbs):  # 、获得奖补资金
            tail = tail[:-len(last) - 1]
        if tail.endswith(cue_words("selected_thresholds")):  # round 67 review (q1):
            return name  # a threshold picks them out ("实现集体经济收入超过50万元"): kept out
        tail = _amount_before().sub("", tail)
    if not 2 <= len(tail) <= 20 or tail.count("“") != tail.count("”") \
            or tail == verb or tail.endswith(cue_words("selected_not_ends")):
        return name
    return f"{tail}的{name}"


@cache
def _verbs() -> tuple[str, ...]:
    """``cues.selected_verbs``, longest first (被评为 before 被), sorted once."""
    return tuple(sorted(cue_words("selected_verbs"), key=len, reverse=True))


@cache
def _own_figure() -> re.Pattern[str]:
    """A figure of the predicate's own ("获批贷款6.2亿元"): digits, magnitudes of
    ``cues.selected_own_figure_magnitudes`` and a unit of ``selected_own_figure_units``,
    compiled once."""
    mags = alternation(cue_words("selected_own_figure_magnitudes"))
    units = alternation(cue_words("selected_own_figure_units"))
    return re.compile(rf"\d[\d.]*(?:{mags})*(?:{units})")


@cache
def _amount_before() -> re.Pattern[str]:
    """What ends the predicate before its own figure and goes: a noun of
    ``cues.selected_amount_nouns`` (金额), then an approximation of ``selected_approx`` (近,
    超, 约, 达 …), each maybe, compiled once."""
    nouns = alternation(cue_words("selected_amount_nouns"))
    approx = alternation(cue_words("selected_approx"))
    return re.compile(rf"(?:{nouns})?(?:{approx})?$")
