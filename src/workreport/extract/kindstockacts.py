"""The kind of a count a plan only watches, supports or keeps in touch with (issue 13, the
development draws' "kind: things a plan only monitors or supports exist already, a stock";
round 82, x8).

The class of error: a plan names what already exists as the object of 对 and an act that
leaves it as it is: analysing or monitoring it, supporting it, keeping in touch with it
("加强对2个省控点、7个监测点指标研判分析", "加大对10个试点县的支持力度", "对纳入视野的全国206家
信息智能上下游企业保持密切联系"). Standing in the plan part, the counts were read as targets; by
label_judging.md (settled after the draws of session 57: things a plan only monitors, analyses
or relies on are stocks) they are actual.

The rule (called by ``figurekind.kind_of`` in a plan part): the number's clause has 对 (对于)
before it, at most a few words between (and the earlier items of a 、-list of counts), and
after it in the same clause one of ``cues.stock_only_acts`` (研判, 分析, 监测, 监管, 跟踪,
支持力度, 保持密切联系 …).

Exceptions: an act that changes what it names keeps the plan's target ("对15个老旧小区进行改造",
"对300户给予补贴": none of the list); a goal word between 对 and the number (``cues.
already_not_after``: 推动, 确保 …) keeps it too. Round 82 review (q5): so do the plan's own projects
and an act done to the counted things beside the monitoring (``cues.stock_only_acts_not``: "对全年
实施的100个重点项目实行月调度", "对5000户农户开展技术培训和跟踪服务", "对1200户监测户落实帮扶措施");
an act word inside a noun (监测户, 监测点: ``cues.stock_only_act_nouns``) is no act.
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelvocab import cue_words
from workreport.vocab import alternation

__all__ = ["acted_stock"]

_HEAD = re.compile(r"[，,；;。：:]")
_ITEM = re.compile(r"[\d.]+[^\d、，；。]{0,10}、$")  # an earlier count of the list: 2个省控点、


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """对 ending the head of a clause (a few words after it); a stock-only act."""
    return (re.compile(r"对(?:于)?[^\d，；。、]{0,14}$"),
            re.compile(rf"(?:{alternation(list(cue_words('stock_only_acts')))})"
                       rf"(?!{alternation(list(cue_words('stock_only_act_nouns')))})"))


def acted_stock(before: str, after: str) -> bool:
    """Is the count whose sentence runs ``before`` it and ``after`` it the object of 对 and an
    act that leaves it as it is (see the module's docstring)?"""
    head = _HEAD.split(before)[-1]
    while head.endswith("、") and (m := _ITEM.search(head)):
        head = head[:m.start()]
    opening, acts = _patterns()
    m = opening.search(head)
    if not m or any(w in m.group(0) for w in cue_words("already_not_after")):
        return False
    clause = _HEAD.split(after, maxsplit=1)[0]
    if any(w in clause for w in cue_words("stock_only_acts_not")):
        return False  # 对100个重点项目实行月调度, 开展技术培训和跟踪服务 (r82 review, q5)
    return bool(acts.search(clause))
