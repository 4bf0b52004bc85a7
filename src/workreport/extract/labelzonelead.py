"""A part of the place (城区, 县城, 农村 …) that a sentence's lead clause is about owns the
acts its later clauses count (issue 13 §2; round 64, z5: the development draws' scope lost,
"城区品质大幅提升，新改建道路12条、17.2公里" gave 新改建道路, which reads as all the county's
roads, town and country). Used by ``labelzones.zoned`` (a rule of
``labelassigned.after_label``); the words are data (``vocab/cues.yml``, ``cues.zone_lead_*``).

Round 68 (v3): a zone or body (not a programme) opening the sentence as the subject of a clause that
counts owns the bare acts its later clauses and items count (``subject_led``).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelclean import strip_words
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags
from workreport.extract.nonfigures import alternation

__all__ = ["subject_led", "zone_led"]

_MOST = 8  # clauses of the sentence up to the figure's, the lead clause's included
# The number (and its unit) ending the first item of a list the figure is a later item of.
_ITEM_COUNT = re.compile(r"[\d.]+[万千百]?[余多]?[^\d]{0,2}$")


@cache
def _lead() -> re.Pattern[str]:
    """A lead clause that is a part of the place's report: a part (``cues.zone_lead_parts``)
    as its subject, 2 to 10 Chinese characters of what of it, and a word of how it went
    (``cues.zone_lead_fared``, ``topic_progress``, ``programme_progress``): "城区品质大幅
    提升", "县城建设加快补短板"; or, after a verb of ``cues.lead_verbs`` or
    ``zone_lead_verbs`` or none, the part's works (``cues.zone_lead_works``): "深化农村人居
    环境整治", "实施城区交通优化提升工程"."""
    parts = alternation(cue_words("zone_lead_parts"))
    ends = alternation(cue_words("zone_lead_fared", "topic_progress", "programme_progress",
                                 "zone_lead_works"))
    verbs = alternation(cue_words("lead_verbs", "zone_lead_verbs"))
    return re.compile(rf"(?:{verbs})?({parts})([\u4e00-\u9fff]{{2,10}}?)(?:{ends})")


def zone_led(name: str, before: str, rest: str, dimension: str) -> str:
    """``name``, an act counted bare (a verb of ``cues.label_kept_verbs``, ``label_verbs`` or
    ``list_shared_verbs`` in it), with the part of the place the sentence's lead clause is
    about (``_lead``) in front (round 64, z5): "城区品质大幅提升，新改建道路12条、17.2公里" →
    城区新改建道路 for both; "农村人居环境整治稳步推进，…完成厕所改造8300座" → 农村厕所改造;
    "实施城区交通优化提升工程，新建交通信号灯4处" → 城区新建交通信号灯. The lead clause holds
    nothing else (no number, list, quote or 的) and the figure is in a later clause of it up
    to the eighth, not past a ；, ：, or 。, its clause (its list's item, or the first item
    for a bare number) saying no more than a verb and the label (``cues.label_leading``
    aside); a running total the label opens with (``cues.running_total_words``: 五年累计)
    stays first. ``name`` as it is
    otherwise: money or a rate (a part's 投资 or 增长 is another rule's), a label naming a
    place or zone already (``cues.zone_lead_named``: 城, 村, 镇, 区 …: "乡村建设有序推进，
    新改建8条县乡道路" stays), a label of no act (人均公园绿地面积); since round 64 review
    (v4) also a label of what is no part's works (``cues.zone_lead_unowned``: "城区功能不断完善，
    新增就业岗位3000个" stays 新增就业岗位, not 城区…; 企业, 项目, 游客, 水土流失 …;
    round 69, f1: ``cues.whole_place_measures``, 争取中央预算内资金) and a count
    after a later clause naming the whole place (``cues.report_wholes``: 全县, 全市). ``rest``
    is not read."""
    if dimension in ("money", "percent") or re.search(r"[；;：:。！？]", before):
        return name
    clauses = re.split(r"[，,]", before)
    if not 2 <= len(clauses) <= _MOST:
        return name
    m = _lead().fullmatch(clauses[0].strip())
    if not m or re.search(r"[的和与及]", m.group(2)):
        return name
    # round 64 review (v4): the whole place named after the lead clause ("城区品质大幅提升，
    # 全县新改建道路12条") takes the count back to it
    if any(w in c for c in clauses[1:] for w in cue_words("report_wholes")):
        return name
    period = next((p for p in cue_words("running_total_words") if name.startswith(p)), "")
    core = name[len(period):]
    if not core or any(w in core for w in cue_words("zone_lead_named", "zone_lead_unowned",
                                                    "whole_place_measures")) \
            or not any(v in core for v in cue_words("label_kept_verbs", "label_verbs",
                                                      "list_shared_verbs")):
        return name
    items = clauses[-1].split("、")  # a later item of a list: its own act, or the first's
    own = items[-1].strip() or _ITEM_COUNT.sub("", items[0].strip())  # 新改建道路12条、17.2公里
    own = strip_words(own, cue_words("label_leading"), leading=True)
    if own != core and not (own.endswith(core) and own[:len(own) - len(core)]
                            in cue_words("label_verbs", "label_kept_verbs")):
        return name  # the clause names more: a subject or a scope of its own
    return period + m.group(1) + core


@cache
def _subject() -> re.Pattern[str]:
    """A subject opening a sentence: up to 16 characters with no mark or digit, ending in a
    head of ``cues.zone_heads`` or ``subject_lead_heads`` (the longest such), before the words
    of its predicate. Not a programme's (``cues.programme_scope_heads``: 东西部协作和对口支援
    投入…、实施帮扶项目807个 keeps 帮扶项目, as the Sichuan gold has it)."""
    heads = alternation(cue_words("zone_heads", "subject_lead_heads"))
    return re.compile(rf"\s*([^，,；;。：:、\d“”\"（）()【】\[\]]{{0,16}}(?:{heads}))"
                      rf"(?=[\u4e00-\u9fff])")


def subject_led(name: str, before: str, rest: str, dimension: str) -> str:
    """``name``, a figure of a later clause or item counted bare, with the zone or body
    opening the sentence as its subject in front (round 68, v3, the development draws' scope
    lost: the bare label reads as the whole place's): "东部协作省份和中央定点帮扶单位援助资金
    38.8亿元、消费帮扶94.9亿元" → …帮扶单位消费帮扶; "某某工业园区累计投资13亿元，基础设施进一步
    完善，现有企业140家" → 某某工业园区现有企业. The subject (``_subject``) has no verb but in
    its head (帮扶单位), no adverb or preposition, and its own clause counts something other
    than itself (a noun before its first number: not "县级以上现代农业园区达到12个"); an
    earlier figure stands between it and this one, whose clause or item says no more than a
    verb and the label (``cues.label_leading`` aside), not opening with 其中
    (``cues.owner_leading``); the subject's clause goes on with no noun (not "招商引资项目80个，
    其中签约项目42个", a modifier of the counted noun), and is no programme that is an act
    (``cues.programme_acts``: 招商引资).
    ``name`` as it is otherwise: past a ；, ：, 。 in ``before`` (the sentence up to the
    number; ``rest`` is not read), a label naming the subject, a zone or the whole place
    (``cues.scope_words``, ``report_wholes``), an item opened by its number (甲园区…，3家企业
    签约入驻); round 69 (f1), what only the whole place has (``cues.whole_place_measures``:
    "城投集团融资到位30亿元，争取中央预算内资金5亿元" keeps 争取中央预算内资金)."""
    if re.search(r"[；;：:。！？]", before):
        return name
    m = _subject().match(before)
    first = re.split(r"[，,]", before)[0][m.end():] if m else ""
    if not m or not _counts_other(first):
        return name
    subject = m.group(1).strip()
    if subject.endswith(cue_words("programme_acts")):
        return name  # 招商引资有声有色: what it brought is named by its own verbs (签约项目)
    head = max((h for h in cue_words("zone_heads", "subject_lead_heads")
                if subject.endswith(h)), key=len)
    pieces = tags(subject[:len(subject) - len(head)]) if len(subject) > len(head) else ()
    said = tags(re.split(r"[，,、]", first)[0])
    if any(p.flag in ("v", "p", "d", "ad", "r", "m", "t") for p in pieces) \
            or (pieces and pieces[0].flag[:1] == "v") or not said or said[0].flag[:1] == "n":
        return name  # a verb in the name, or the name a modifier of a noun (招商引资项目80个)
    own = re.split(r"[，,、]", before)[-1]
    if own.strip().startswith(cue_words("owner_leading")):
        return name  # 其中…: a part of an earlier figure, named by its own rules
    earlier = before[m.end():len(before) - len(own)]
    if not re.search(r"\d", earlier) or head in name or subject in name \
            or any(w in name + own for w in cue_words("scope_words", "report_wholes")) \
            or any(w in name for w in cue_words("whole_place_measures")) \
            or any(w in name for w in cue_words("zone_heads")):
        return name
    own = strip_words(own.strip(), cue_words("label_leading"), leading=True)
    verbs = cue_words("label_verbs", "label_kept_verbs", "list_shared_verbs", "lead_verbs")
    if not own or not (own == name or (own.endswith(name) and own[:len(own) - len(name)]
                                        in verbs)):
        return name  # the clause names more: a subject or a scope of its own
    return subject + name


def _counts_other(said: str) -> bool:
    """Whether the words after a sentence's subject up to its first number name a thing counted
    (a noun or verbal noun of jieba's: "援助资金38.8亿元", "累计投资13.2亿元"), not the subject
    itself ("达到12个")."""
    at = re.search(r"\d", said)
    return bool(at) and any(p.flag[:1] == "n" or p.flag == "vn" for p in tags(said[:at.start()]))

