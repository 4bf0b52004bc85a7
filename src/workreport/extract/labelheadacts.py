"""Acts right before a count that the label dropped (round 79, x7; the development draws'
'action verb dropped').

Class of error 1 (a compound act at the head of the clause): the labeller keeps a verb before
the number only when it is a whole word of ``cues.label_kept_verbs``; a compound of an act
with a second verb or an adverb (编制完成, 拆除取缔, 专项治理, 新出台) and the act of
issuing documents (出台), which that list lacks, were dropped, so the count
read as a stock: "新出台130多条重点配套措施" gave 重点配套措施, "市政府出台39项帮扶措施" 帮扶措施,
"编制完成1.1万个村庄规划" 村庄规划, "每月一题专项治理13个高频共性难题" the problems themselves.
Rule (``head_act``): when the sentence before the number ends with one of ``cues.head_acts``
(after a link word of ``cues.head_act_links``: 了, 共) and the label lacks it, the act goes in
front of the label (新出台重点配套措施, 编制完成村庄规划).
Exceptions: a label holding the act already, or led by another verb of the labeller's
(``cues.label_kept_verbs``), is left as it is; 发放 is no such act here ("每人发放…" is a
standard), 协调解决 is (session 57: the yuzhong gold took it); only a figure right after the act is
touched (the act must end the text before the number: "拆除取缔运营24年的47家…企业" is not);
percents and multiples are left.

Class of error 2 (a verb of improving split around the count): "提升100家县级特用供养机构服务
水平" gave 县级特用供养机构服务水平 (a level, while the unit counts the institutions) and
"改善1893所公办幼儿园办园条件" gave 公办幼儿园 (the improvement gone).
Rule (``improved_things``): when the text before the number ends with a verb of
``cues.improving_verbs``, the label lacks it, and the clause after the unit is the label's things
followed by a quality of ``cues.improved_qualities`` (the word before a short quality joins it:
服务水平, 办园条件), the label is the verb and the quality before 的 and the things:
提升服务水平的县级特用供养机构, 改善办园条件的公办幼儿园.
Exceptions: money and percents (a count's unit only); a label that keeps the verb (优化提升…园区
水平, accepted as it is); a clause after the unit that goes on past the quality, or whose things
are not what the label names; two qualities joined (园区承载能力和服务水平); people
(``cues.improved_not_people``: "提高6000万农村人口供水保障水平" counts people, not things);
things whose last word is no noun of jieba's ("提升20个老旧小区环境": 老旧|小区环境; round 79
review, q3). A label that put the quality before the things already (居住条件家庭, 居住条件的农村
危房) loses it there: 改善居住条件的家庭, not 居住条件改善居住条件的家庭.
"""

from __future__ import annotations

import re

from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import ending_word, tags

__all__ = ["head_act", "improved_things"]

_CLAUSE_END = re.compile(r"[，。；、,;：:！？）)]")
_JOINS = ("和", "及", "与", "、")


def _act_before(before: str, acts: tuple[str, ...]) -> str:
    """The longest act of ``acts`` that ends ``before`` (after one link word of
    ``cues.head_act_links``), or ""."""
    text = before.rstrip()
    link = ending_word(text, cue_words("head_act_links"))
    if link:
        text = text[:-len(link)]
    return ending_word(text, acts)


def head_act(name: str, before: str, rest: str, dimension: str) -> str:
    """``name`` led by the compound act right before the number (``cues.head_acts``) when the
    label lacks it; ``name`` otherwise."""
    if dimension in ("percent", "ratio"):
        return name
    act = _act_before(before, cue_words("head_acts"))
    if not act or act in name or name.startswith(cue_words("label_kept_verbs")):
        return name
    return act + name


def _quality_split(thing_quality: str) -> tuple[str, str]:
    """``thing_quality`` split into the things and the quality ending it (a short quality
    with the word before it: 县级特用供养机构|服务水平), or ("", "")."""
    quality = ending_word(thing_quality, cue_words("improved_qualities"))
    if not quality:
        return "", ""
    head = thing_quality[:-len(quality)]
    if len(quality) < 3:
        words = tags(head)
        joined = words[-1].word if words else ""
        if len(joined) < 2 and len(words) > 1 and len(words[-2].word) == 1:
            joined = words[-2].word + joined  # 办|园 of 办园条件
        if len(joined) < 2:
            return "", ""
        quality = joined + quality
        head = head[:-len(joined)]
    if len(head) < 2 or head.endswith(_JOINS) \
            or any(q in head for q in cue_words("improved_qualities")):
        return "", ""  # two qualities joined ("园区承载能力和服务水平"): no things alone
    last = tags(head)[-1]
    if not last.flag.startswith("n"):
        return "", ""  # 老旧|小区环境: the things are no noun (round 79 review, q3)
    return head, quality


def improved_things(name: str, before: str, rest: str, dimension: str) -> str:
    """``name`` as 'verb + quality + 的 + things' for a count of things whose quality the verb
    before the number improves; ``name`` otherwise."""
    if dimension != "count":
        return name
    verb = _act_before(before, cue_words("improving_verbs"))
    if not verb or verb in name:
        return name
    end = _CLAUSE_END.search(rest)
    clause = (rest[:end.start()] if end else rest).strip()
    if not clause:
        return name
    things, quality = _quality_split(clause)
    if not things or any(w in things for w in cue_words("improved_not_people")):
        return name
    whole = next((w for w in (clause, things) if name.endswith(w)), "")
    if not whole:
        return name
    lead = name[:-len(whole)]
    lead = lead.removesuffix("的").removesuffix(quality)  # 居住条件(的)家庭: quality moved already
    return f"{lead}{verb}{quality}的{things}"
