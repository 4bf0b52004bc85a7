"""The projects a sentence counts, as the owner of a bare amount or rate of investment after
them (issue 13 §2; round 54, s54c; the development draws' "owner lost").

"15个省市重点项目稳步推进，甲公司、乙公司等顺利开工，共计完成投资30.5亿元，投资完成率达到
110%" gave 投资 and 投资完成率 alone: the projects counted at the head of the sentence own
both, but the clause between (about some of them, with no figure) kept the owner rules of the
figure before (``labelowners.owned``, ``labelkin``) from reaching back. The words are data
(``vocab/cues.yml``).
"""

from __future__ import annotations

import re

from workreport.extract.labelclean import LIST_MARK, strip_words
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags

__all__ = ["counted_projects_owner"]

_COUNT = r"\d+(?:\.\d+)?万?(?:个|项|批)"
_PROJECTS = r"[\u4e00-\u9fff、“”]{1,14}?项目"
# The projects' own investment, passed on the way back: "…，共计完成投资30.5亿元，投资完成率…".
_OWN_MONEY = (r"\s*(?:共计|累计|共)?(?:完成|实现)?(?:总)?投资(?:达到?|超过?)?"
              r"\d[\d.]*[万亿]*元(?:以上)?")


def _projects(clause: str) -> str:
    """The projects ``clause`` counts: "N个X项目…" → X项目, "实施X项目N个" → X项目 (less the
    leading words of ``cues.label_leading``: 实施, 全年); "" when it counts none, or they open
    with a verb, adverb or preposition (谋划重点项目, 增发国债项目: owners other rules give
    with their verb), a demonstrative or a list of more than places of one character."""
    m = re.match(rf"\s*(?:\d{{4}}年)?[^\d，]{{0,6}}?{_COUNT}({_PROJECTS})", clause) \
        or re.match(rf"\s*({_PROJECTS}){_COUNT}", clause)
    if not m:
        return ""
    own = m.group(1)
    if re.fullmatch(r"(?:[\u4e00-\u9fff]、)+[^、]+", own):
        own = own.replace("、", "")  # "省、市重点项目" → 省市重点项目, not split in two later
    own = strip_words(LIST_MARK.sub("", own), cue_words("label_leading"),  # 五是 (s62 f1)
                      leading=True)  # 实施, 全年 …
    if len(own) < 4 or "、" in own or own.startswith("“") or re.search(r"[这该此本其]", own[:1]) \
            or tags(own)[0].flag[:1] in ("v", "p", "d"):
        return ""
    return own


def counted_projects_owner(name: str, before: str) -> str:
    """``name``, a bare amount or rate of investment (``cues.project_owned_measures``: 投资,
    总投资, 投资完成率, 开工率 …; after 共计, 累计 or a scope: 全县), with the projects counted
    in an earlier clause of its sentence (round 54, s54c): the nearest clause before holding
    a count of projects ("15个省市重点项目…", "实施重点项目35个"), when ``name`` opens its own
    clause (no number before it there), no ；or 。 stands before, every clause between holds
    no number and no other project set or sector that could own money (项目, 投资, 产业 but
    not 产业园, 其中; the projects' own investment, "共计完成投资30.5亿元", passes), and
    nothing before the count speaks of investment as a whole ("开展投资提质年活动，…，实施
    亿元以上项目1.6万个，投资增长7%": the whole place's). Shapes: "15个省市重点项目稳步
    推进，甲、乙等顺利开工，共计完成投资30.5亿元" → 省市重点项目投资; "11个省、市重点项目
    完成投资22.35亿元，投资率完成118%" → 省市重点项目投资率 (one-character places joined;
    another list gives ""). ``before`` is the sentence up to the number; "" otherwise."""
    # "共计投资" (its 完成 gone), "全县投资率" (the scope the sentence opens with)
    name = strip_words(name, ("共计", "合计", *cue_words("label_leading")), leading=True)
    if re.sub(r"^累计", "", name) not in cue_words("project_owned_measures") \
            or re.search(r"[；;。]", before):
        return ""
    clauses = re.split(r"[，,]", before)
    if re.search(r"\d", clauses[-1]):
        return ""  # "其中签约项目42个、总投资…": the count in its own clause is the owner
    for at in range(len(clauses) - 2, -1, -1):
        own = _projects(clauses[at])
        if own:
            if "投资" in "，".join(clauses[:at]) or own in name:
                return ""
            return own + name
        if re.search(r"\d|项目|投资|其中|[产行]业(?![园区基])", clauses[at]) \
                and not re.fullmatch(_OWN_MONEY, clauses[at]):
            return ""  # another figure or thing with its own money between
    return ""
