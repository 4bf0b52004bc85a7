"""A count of workers followed by what they did: the act is a relative clause before them
(issue 13, the development draws' "trailing predicate"; round 83, x6; a ``figurepasses.ROW``
pass, as it needs the unit and the text after the figure).

Class of error: a count of people written number first, whose noun names people who work
(cadres, volunteers, officers, doctors, teachers …: ``cues.conduct_agent_heads``) and is the
subject of the clause that follows ("700余名驻村干部日夜坚守", "230余名管控队员全天候巡查",
"4000多名志愿者冲锋在第一线", "10452名党员干部奋战一线", "224名农业科技特派员和农业职业经理人
扎根田间带农致富"), was labelled by the noun with the predicate trailing it (驻村干部日夜坚守):
by label_judging.md a 'trailing predicate' after the noun. The count counts the people who did
it, so the predicate goes before them as a relative clause: 日夜坚守的驻村干部, 冲锋在第一线的
志愿者, 扎根田间带农致富的农业科技特派员和农业职业经理人 (the form judges wrote).

Rule: for a row whose unit counts persons (名, 人, with 万/亿; not 人次, 户), whose label is the
start of the clause right after its number (after 以上/左右/余/多; up to a stop, a list mark or
the next digit), and which holds a head of ``cues.conduct_agent_heads`` followed by a
predicate of at least two characters: the label becomes predicate + 的 + noun (split after the
last such head that leaves a predicate); words the label carried in from before the number (a
scope or an act: "选派超千名科技特派员服务企业" gave 选派科技特派员服务企业) stay in front of it
(选派服务企业的科技特派员).

Exceptions (the label stays): a predicate with no word jieba tags a verb or preposition
("提升3名村干部学历": 学历 is the measure; "1.5万名教师城乡双向交流", all nouns to jieba,
stays too); a predicate opening with a conjunction or a list mark (和, 及,
与, 或, 、: the noun goes on), with 的 or with a word of ``cues.people_act_not`` (就业, 实现,
达到 …: a measure or the people's own outcome, which other conventions keep); a predicate
that is a count word or ends in one (人数, 人次); heads of people helped or reached
(群众, 贫困人口, 学生 …) are not agents: "N名贫困人口稳定脱贫" and "N名学生…资助" keep their
labels (the act there is done to them or is the outcome counted). Round 83 review (q4): a
label that stops short of its clause's end, its predicate cut ("500余名驻村干部日夜坚守在抗疫
一线" gave 驻村干部日夜, "50名医生定期下乡义诊" 医生定期: not 日夜的驻村干部, 定期的医生, a
fragment in front of the noun); adverbs or time words alone are no act ("500名干部日夜").
Session 61 (f3): such a cut label takes the rest of its clause as its act when the whole act
is short (12 characters at most) and holds a verb: "500余名驻村干部日夜坚守在抗疫一线" →
日夜坚守在抗疫一线的驻村干部, "60名医生定期下乡义诊" → 定期下乡义诊的医生, "选派200名干部到企业
服务" → 选派到企业服务的干部; "500名干部日夜" with nothing after stays. Verbs jieba tags as
nouns count as acts (``cues.conduct_agent_acts_untagged``: "300名驻村干部扎根基层" →
扎根基层的驻村干部).
A people noun after the head goes on the noun (``cues.conduct_agent_more``: "3000名干部职工
自愿捐款" → 自愿捐款的干部职工, not 职工自愿捐款的干部).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from workreport.extract.labelstandardmet import clause_after
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import leading_word, tags

__all__ = ["agent_conduct"]

_CLAUSE_END = re.compile(r"[，,；;。！？：:、（(\n\d]")
_PERSON_UNIT = re.compile(r"(?:万|亿)?(?:名|人)$")
_NOT_OPENING = ("和", "及", "与", "或", "、", "的", "等")
_COUNTED = ("人数", "人次", "户数", "人口", "名额")


def _split(label: str) -> int:
    """Where the people noun of ``label`` ends: after the last agent head that leaves a
    predicate of two characters or more; 0 for none."""
    best = 0
    for head in cue_words("conduct_agent_heads"):  # (any order: the last end wins)
        for m in re.finditer(re.escape(head), label):
            if len(label) - m.end() >= 2:
                best = max(best, m.end())
    return best


def agent_conduct(f: Any, rows: list[Any], text: str) -> Any:
    """Figure row ``f`` counting workers by what they did, the act made a relative clause
    before them (module); ``rows`` unused."""
    name = f.indicator
    if len(name) < 4 or not _PERSON_UNIT.search(f.unit or "") or "人次" in f.unit:
        return f
    clause, scope = clause_after(f, text, _CLAUSE_END)
    if scope is None:
        return f
    at = _split(name[len(scope):])
    if not at:
        return f
    noun, act = name[len(scope):len(scope) + at], name[len(scope) + at:]
    more = leading_word(act, cue_words("conduct_agent_more"))
    noun, act = noun + more, act[len(more):]  # 干部 + 职工 (round 83 review, q4)
    body = name[len(scope):]
    if act and clause.startswith(body) and len(clause) > len(body) \
            and len(act) + len(clause) - len(body) <= 12:
        act, body = act + clause[len(body):], clause  # 日夜 + 坚守在抗疫一线 (session 61, f3)
    if act.startswith(_NOT_OPENING + cue_words("people_act_not")) or act.endswith(_COUNTED) \
            or "的" in act or clause != body or not any(
                p.flag[:1] in ("v", "p") or p.word in cue_words("conduct_agent_acts_untagged")
                for p in tags(act)):
        return f  # "提升3名村干部学历": 学历 is no act; "驻村干部日夜": the act cut off
    return replace(f, indicator=scope + act + "的" + noun)  # 选派 + 服务企业的科技特派员
