"""A driven figure whose driver is the means the clause right before puts in place (round 79,
x4, from the development draws' "scope lost": 扶持带动就业, 带动增收人口, 撬动人均增收 read as
all the jobs or income the place drove, while the sentence says which means drove them).

Class of error: Chinese leaves out the subject of a verb of driving (``cues.driver_act_pulls``:
带动, 扶持带动, 拉动, 撬动 …) when it is the means the clause before has just put in place, that
clause's object: "发放创业担保贷款8619万元，扶持带动就业787人" (the loans drove the jobs),
"创新出台自主增收奖补政策，撬动人均增收2400元", "依托白石山和周边旅游新业态项目建设，带动4万多
群众持续增收". The label formed from the figure's own clause (扶持带动就业) names no driver.
``labeldriver`` and ``labelreach.pulled_source`` take a driver that is the SUBJECT of the
clause before ("中药材发展到8万亩，带动…"); this takes its OBJECT.

Rule (``driver_act``, called by ``labeldriver.driver_named`` on every label formed): the
label opens on a verb of driving (after ``cues.driver_fillers``: 有效, 直接), its clause
holds nothing before that verb but those fillers, and the clause right before (after a
comma, not a ；) opens, after adverbs (``cues.driver_act_leads``), on a verb of putting a
means in place (``cues.driver_act_verbs``, ``benefit_source_verbs``: 发放, 安排, 出台, 依托,
实施 …). Its object, up to a figure, the end or a trailing 建设, is the driver, put in
front of the label: 创业担保贷款扶持带动就业, 自主增收奖补政策撬动人均增收,
白石山和周边旅游新业态项目带动持续增收的群众. A money object (``cues.driver_act_money``:
资金, 衔接资金) is no means: the act after its figure gives the driver ("安排衔接资金
37.9亿元实施产业奖补到户，带动413万人增收" → 产业奖补到户带动增收人口).

Exceptions (the label stays): a clause before that opens on a subject (a thing and its size
is ``labeldriver``'s), holds a list (、) or a second figure, or words after its figure that
are no act; a driver under three or over sixteen characters, holding a digit, or already in
the label; a money object with no act after it ("投入资金2.1亿元，带动…"). Round 79, x4.
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import leading_word

__all__ = ["driver_act"]

_NOTE = re.compile(r"[（(〔\[]\d{1,2}[）)〕\]]")
_FIGURE = re.compile(r"[近约超]?\d[\d.]*[万亿千百]*[余多]?[\u4e00-\u9fff%]{0,2}?"
                     r"(?:元|亩|个|项|人|户|家)(?:以上|左右)?")
_DRIVER = re.compile(r"[\u4e00-\u9fff“”]{3,16}")
_BUILT = re.compile(r"(?:建设|工作)$")


@cache
def _verbs() -> tuple[str, ...]:
    """The verbs of putting a means in place (``cues.driver_act_verbs`` and
    ``benefit_source_verbs``)."""
    return tuple(dict.fromkeys(cue_words("driver_act_verbs", "benefit_source_verbs")))


def _strip_leads(text: str, words: list[str]) -> str:
    """``text`` without the words of ``words`` opening it, one after another."""
    while w := leading_word(text, words):
        text = text[len(w):]
    return text


def _object(clause: str) -> str:
    """The means ``clause`` puts in place (see the module), or ""."""
    clause = _strip_leads(_NOTE.sub("", clause.strip()), cue_words("driver_act_leads"))
    verb = leading_word(clause, _verbs())
    if not verb or "、" in clause:
        return ""
    rest = clause[len(verb):].removeprefix("了")
    figures = list(_FIGURE.finditer(rest))
    if len(figures) > 1:
        return ""
    if figures:
        thing, after = rest[:figures[0].start()], rest[figures[0].end():]
        if after:
            second = leading_word(after, _verbs())
            if not second or thing not in cue_words("driver_act_money"):
                return ""
            thing = after[len(second):]
        elif thing in cue_words("driver_act_money"):
            return ""
    else:
        thing = rest
    thing = _BUILT.sub("", thing)
    if not _DRIVER.fullmatch(thing) or thing in cue_words("driver_act_money"):
        return ""
    return thing


def driver_act(name: str, before: str) -> str:
    """``name`` led by the means the clause before puts in place, when it opens on a verb of
    driving with no subject in its clause (see the module); ``name`` otherwise. ``before`` is
    the sentence up to the number."""
    fillers = cue_words("driver_fillers")
    if not name or not leading_word(_strip_leads(name, fillers), cue_words("driver_act_pulls")):
        return name
    clauses = re.split(r"[，,]", re.split(r"[；;：:。]", before)[-1])
    if len(clauses) < 2:
        return name
    own = _strip_leads(clauses[-1].strip(), fillers)
    if not leading_word(own, cue_words("driver_act_pulls")):
        return name
    driver = _object(clauses[-2])
    if not driver or driver in name:
        return name
    return driver + name
