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
predicate, cut before a figure of its own (6.2亿元) and before a list item the cut left
("实现“数据最多采一次”、覆盖90%…" → 实现“数据最多采一次”), goes before the noun with 的:
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
…: "实现集体经济收入超过50万元") keeps ``name`` as it was.
"""

from __future__ import annotations

import re

from workreport.extract.labelqualify import qualified as qualified_generic
from workreport.extract.numbers import vocab

__all__ = ["qualified", "selected"]

_BREAK = re.compile(r"[，,；;。！？：:（）()\n]")
# A figure of the predicate's own ("获批贷款6.2亿元"): digits and the unit after them.
_OWN_FIGURE = re.compile(r"\d[\d.]*(?:万|亿)*(?:元|%|个|家|项|名|人|户|吨|亩|公里|平方米|台|套|件)")


def qualified(name: str, before: str, after: str) -> str:
    """``labelqualify.qualified``, then ``selected`` when that left ``name`` as it was."""
    out = qualified_generic(name, before, after)
    return selected(name, after) if out == name else out


def selected(name: str, after: str) -> str:
    """``name`` with the predicate after it that picks out the counted ones before it and
    的 (module docstring); ``name`` unchanged otherwise."""
    cues = vocab("cues")
    # A bare generic noun is ``labelqualify``'s, which keeps digits out ("44名学生被985高校录取").
    if len(name) < 2 or not after.startswith(name) or name in cues["generic_counted_nouns"] \
            or name.endswith(tuple(cues["generic_predicate_adverbs"])):  # "区县成功" + 创建…
        return name
    tail = _BREAK.split(after[len(name):])[0]
    verbs = sorted(cues["selected_verbs"], key=len, reverse=True)
    verb = next((v for v in verbs if tail.startswith(v)), "")
    task = tail.startswith("完成") and tail.rstrip("”").endswith(tuple(cues["selected_tasks"]))
    if not verb and not task:
        return name
    if own := _OWN_FIGURE.search(tail):
        tail = tail[:own.start()]
        last = tail.rsplit("、", 1)[-1]  # "实现“一网通办”、办理时限压减" → 实现…, but not
        if "、" in tail and len(last) <= 8 and not last.startswith(tuple(verbs)):  # 、获得奖补资金
            tail = tail[:-len(last) - 1]
        if re.search(r"(?:超过|达到|突破|高于|不低于|不少于)$", tail):  # round 67 review (q1):
            return name  # a threshold picks them out ("实现集体经济收入超过50万元"): kept out
        tail = re.sub(r"(?:金额)?[近超逾约达]?$", "", tail)
    if not 2 <= len(tail) <= 20 or tail.count("“") != tail.count("”") \
            or tail == verb or tail.endswith(tuple(cues["selected_not_ends"])):
        return name
    return f"{tail}的{name}"
