"""The topic a sentence's lead clause names, carried onto a bare generic thing its later
clause counts (issue 13 §2; round 48, s48a: the development draws' scope lost, a bare 项目 or
药品 read as all the place's): the general case of ``labelprogramme.programme_scope``, which
keeps only programmes of ``cues.programme_scope_heads``.
Used by ``labelprogramme.programmed``; the words are data (``vocab/cues.yml``). Round 55
(s55d): a finished bare 综合指数 or 优良率 takes its topic's owner, 空气质量 (``topic_measure``,
used by ``figures``).
"""

from __future__ import annotations

import re

from workreport.extract.labelclean import strip_words
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import ending_word, tags
from workreport.extract.numbers import vocab

__all__ = ["topic_measure", "topic_scope"]


def topic_scope(name: str, before: str, after: str) -> str:
    """A bare generic thing (``cues.topic_counted_nouns``: 项目, 药品, 研究项目, 培训计划 …)
    counted in the second or third clause of a sentence whose lead clause is a verb of
    ``cues.label_leading`` or ``lead_verbs`` and the topic it acts on is that topic's (round
    48, s48a): "深化医药集中带量采购改革，580种药品…价格大幅降低" → 医药集中带量采购药品,
    "聚焦未来产业，组建9家省基础科学中心，实施研究项目880个" → 未来产业研究项目; a topic
    ending in the label's first word gives it once ("持续开展职业技能提升培训，完成2000人次
    培训计划" → 职业技能提升培训计划). The topic is the lead clause without its verbs and its
    tail of ``cues.topic_scope_tails`` (改革, 工作): 3 to 14 characters, Chinese only, no
    list, 的 or quote, not opening with a verb, adjective, adverb, preposition or locative
    (强化医共体作用, 稳定经济增长) nor holding an idiom; a time or place word (今年, 全市) is no
    lead verb. The label is the
    noun alone or after a verb (受益群众); the figure's clause holds a verb and the label
    before the number, or the number and the label; ``before`` is the sentence up to the
    number, ``after`` from its end. ``name`` as it is otherwise (past a ； or ：, a figure
    further on, a lead clause opening with its subject: "市委、市政府出台39项帮扶措施",
    "项目建设加快推进，共实施重点项目50个": no 项目 twice)."""
    noun = ending_word(name, cue_words("topic_counted_nouns"))
    acted = name[:len(name) - len(noun)]
    if not noun or re.search(r"[；;：:]", before) \
            or (acted and not all(p.flag[:1] == "v" and p.flag != "vn" for p in tags(acted))):
        return name
    clauses = re.split(r"[，,]", before)
    if not 2 <= len(clauses) <= 3:
        return name
    thing = _topic(clauses[-2].strip(), noun, True) or _topic(clauses[0].strip(), noun, False)
    if not thing:
        return name
    own = strip_words(clauses[-1].strip(), cue_words("label_leading"), leading=True)
    if own.endswith(name):
        verb = own[:len(own) - len(name)]
    elif after.startswith(name):
        verb = own  # 完成2000人次培训计划
    else:
        return name
    if verb and not all(p.flag[:1] == "v" for p in tags(verb)):
        return name
    if len(name) > 2 and thing.endswith(name[:2]):
        return thing + name[2:]  # 职业技能提升培训 + 培训计划
    return thing + name


def _topic(lead: str, noun: str, programme: bool) -> str:
    """The topic a clause before the figure's names (see ``topic_scope``), "" when none: the
    lead clause's, or first (round 71, w2; ``programme``) the clause right before the figure's
    when it names a programme (``cues.topic_programme_heads``: 工程, 行动 …) or a quoted one:
    "学习运用…经验，启动实施乡村振兴补短板工程，实施项目2113个" → 乡村振兴补短板工程项目,
    "突出抓好“两建设、三改造”，实施项目109个" → “两建设、三改造”项目."""
    verbs = cue_words("label_leading", "lead_verbs") + (cue_words("label_verbs") if programme
                                                         else ())  # 启动实施…工程
    thing = strip_words(lead, verbs, leading=True)
    if thing == lead or noun in thing or all(  # a time or place word opens no topic:
            p.flag[:1] in "tmnsfr" for p in tags(lead[:len(lead) - len(thing)])):  # 今年…
        return ""  # a subject first; 项目建设加快推进: no 项目 twice
    if re.fullmatch(r"“[^“”，。；\d]{2,14}”", thing):
        return thing  # a programme's quoted name alone (round 71, w2; not “放管服”改革)
    thing = strip_words(thing, cue_words("topic_scope_tails"), leading=False)
    if programme and not thing.endswith(cue_words("topic_programme_heads")):
        return ""
    pieces = tags(thing) if thing else ()
    if not re.fullmatch(r"[\u4e00-\u9fff]{3,14}", thing) or re.search(r"[的等和及与]", thing) \
            or pieces[0].flag[:1] in "vadpf" or any(p.flag in ("i", "l") for p in pieces):
        return ""  # 强化医共体作用, 优化营商环境, 稳定经济增长: an act or a state, no topic
    return thing


def topic_measure(name: str, before: str) -> str:
    """A finished label that is only a measure naming its owner by its sentence's topic
    (``cues.topic_owners``: 综合指数, 优良率), maybe with the base year it is compared with,
    given that owner (round 55, s55d; the development draws' "owner lost": ``labelscopes.
    topic_owner`` reads the label before a list is split or a base year is moved, so
    "综合指数和PM2.5指数较2015年分别下降55.6%、50%" and "与2015年相比综合指数下降34.6%" kept
    a bare 综合指数): → 空气质量综合指数, 空气质量综合指数比2015年; "空气质量综合污染指数…，
    优良天数达到245天，优良率提高34.9个百分点" → 空气质量优良率. Applied by ``figures`` once
    the rows are split. ``name`` as it is when it is more than such a measure and a base year
    or ``before`` (the sentence up to the number) holds none of its topic's words."""
    m = re.fullmatch(r"(.+?)((?:比|较)(?:19|20)\d\d年)?", name)
    entry = vocab("cues")["topic_owners"].get(m.group(1)) if m else None
    if not entry or not any(w in before for w in entry["words"]):
        return name
    return entry["owner"] + name
