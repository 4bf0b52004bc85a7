"""The kind of cases a clause counts owns the bare act of enforcement the next clause counts
(issue 13; round 88, w4; the development draws' "scope lost": 非法集资, 环境违法 dropped).

The class of error: a clause counts cases of one kind ("处置非法集资案件4起", "查处环境违法案件
114起") and the next clause counts what was done about them with a bare act ("抓获嫌疑人36人",
"罚款635万元", "立案处罚159起"). The bare label reads as all the place's arrests or fines, a
different total; they are the cases': 非法集资案件抓获嫌疑人, 环境违法案件罚款 (the judges' labels).
A campaign opening the sentence is ``labelcampaign``'s; this is a kind named in the clause just
before, which that rule does not read (a count's clause, not a lead clause).

The rule (``case_kind_led``, a pass of ``labelpasses.AFTER``): the figure's clause is only its
label after lead words, the label opening with an act of ``cues.campaign_act_verbs`` (抓获,
罚款, 立案 …); the clause just before it in the sentence is lead words, a verb of
``cues.case_kind_verbs`` (查处, 处置, 破获 …), a kind of two to eight Chinese characters, 案件
and its count; the label takes the kind and 案件 in front. Not a kind of
``cues.case_kind_generic`` (刑事, 各类: all the place's cases, so the bare label is right), nor
a label naming the kind or 案件 already, nor rates.
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelaffix import strip_words
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import leading_word
from workreport.extract.nonfigures import alternation

__all__ = ["case_kind_led"]

_CLAUSES = re.compile(r"[，；：。！？,;:]")


@cache
def _case_clause() -> re.Pattern[str]:
    """A clause counting cases of one kind: verb, kind, 案件, count (the kind in group 1)."""
    verbs = alternation(cue_words("case_kind_verbs"))
    return re.compile(rf"(?:{verbs})([\u4e00-\u9fff]{{2,8}}?)案件[\d.]+[万千百]?[余多]?[起件宗]")


def case_kind_led(name: str, before: str, rest: str, dimension: str) -> str:
    """``name`` with the kind of cases the clause before counts in front (see the module;
    round 88, w4): "处置非法集资案件4起，" + 抓获嫌疑人 → 非法集资案件抓获嫌疑人; ``name`` as it
    is when the case does not hold. ``before`` is the sentence up to the number."""
    clauses = _CLAUSES.split(before)
    if not name or dimension == "percent" or len(clauses) < 2 or "案件" in name \
            or not leading_word(name, cue_words("campaign_act_verbs")):
        return name
    leading = cue_words("label_leading")
    own = clauses[-1].strip()
    if own != name and strip_words(own, leading, leading=True) != name:
        return name  # the clause names more: a subject or scope of its own
    prev = clauses[-2].strip()
    m = _case_clause().search(prev)
    if not m or (m.start() and strip_words(prev[:m.start()] + "案件", leading,
                                           leading=True) != "案件"):
        return name  # no count of cases, or a subject before its verb (公安部门破获…)
    kind = m.group(1)
    if kind in cue_words("case_kind_generic") or kind in name:
        return name
    return kind + "案件" + name
