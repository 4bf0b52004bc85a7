"""A count of holders before a thing they hold and what befell it (round 86, w4; bench/
label_judging.md: a label naming another thing than the number counts is 'other thing', a
count's defining clause is kept): "县城6条主要街道通信线缆全部入地" counts streets, not cables,
so its label is 通信线缆入地的县城主要街道 (was 入地的县城主要街道通信线缆); "31个省份本级公务
接待费减少26%" → 本级公务接待费减少的省份 for the 31 (was 省份本级公务接待费). The holders are
nouns a count's classifier counts (``cues.relative_held_holders``), the act opens with an adverb
of completion or a verb of change or reach (``cues.completed_act_adverbs``,
``relative_held_fared_verbs``). ``labelrelative.relative_counted`` asks it after its own
phrasings of the clause saying which things are counted (a quality reaching a standard, an
amount reached) and keeps the label it replaced for the figures after it.
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelclause import CLAUSE_END
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import word_edges
from workreport.extract.nonfigures import alternation
from workreport.extract.numbers import vocab

__all__ = ["held_fared"]


def held_fared(name: str, after: str, before: str, unit: str) -> str:
    """Round 86 (w4; the draws' other thing: a count's label named a thing its holders hold,
    not the holders): the counted noun ending in a holder of ``cues.relative_held_holders``,
    then a thing it holds and what befell that thing ending the clause, opened by an adverb
    of ``cues.completed_act_adverbs`` or a verb of ``cues.relative_held_fared_verbs`` (a
    change's verb without its amount; the adverbs go):
    ("入地的县城主要街道通信线缆", "主要街道通信线缆全部入地。", "县城") →
    通信线缆入地的县城主要街道; ("省份本级公务接待费", "省份本级公务接待费减少26%。", "") →
    本级公务接待费减少的省份.
    The holder is the longest run of the clause's words ending in one of those ``unit``
    counts; the held thing two to twelve characters, its own words, ``name`` holding it, no
    thing counted itself (``cues.relative_held_counted_ends``: "35个学校改扩建项目…" counts
    projects) nor a second noun joined by 和; a scope of ``name`` before the holder stays
    when it ends ``before``, as do names listed before 等 ending it. "" otherwise (no such
    thing or act; what merely went on: ``cues.relative_held_not_fared``; a standard met,
    ``cues.picked_standard``, which ``labelstandardmet`` reads; an act holding a
    number: an amount reached is ``labelrelative._amount_reached``'s). The figures after it
    in its sentence read the label it replaced (``labelrelative.relative_counted`` records
    it in ``Held``: "…，全省共增加2702亿元" is no count of the holders)."""
    holders = tuple(vocab("cues")["relative_held_holders"].get(unit, ()))
    if not holders:
        return ""  # before tagging: most units count no holder
    clause = CLAUSE_END.split(after, maxsplit=1)[0]
    ends = word_edges(clause)
    holder = next((clause[:e] for e in sorted(ends, reverse=True)
                   if 0 < e <= 10 and clause[:e].endswith(holders)), "")
    if not holder or re.search(r"[\d、“”的]", holder) or name.endswith(holder):
        return ""  # (a label ending in the holder counts it already: 人居环境达标的行政村)
    m = _fared_re().search(clause, len(holder) + 2)
    thing = clause[len(holder):m.start()] if m else ""
    if not m or len(thing) > 12 or m.start() not in ends or thing not in name \
            or re.search(r"[\d、“”的（）()]", thing) or thing.startswith(("和", "及", "与")) \
            or thing.endswith(tuple(cue_words("relative_held_counted_ends"))):
        return ""
    fared = clause[m.start():]
    if re.search(r"\d", fared):  # a change's verb keeps no amount: "减少26%" → 减少
        if not m.group("change") or re.search(r"\d", fared[:len(m.group(0))]):
            return ""
        fared = m.group(0)
    elif not m.group("change") and len(fared) - len(m.group(0)) >= 2:
        fared = fared[len(m.group(0)):]  # the adverbs go (labelrelative._quality_reached)
    if fared.endswith(tuple(cue_words("relative_held_not_fared", "picked_standard"))):
        return ""  # what merely went on: "…上市辅导工作顺利推进"; 达标 is labelstandardmet's
    at = name.find(holder)
    scope = name[:at].rsplit("的", 1)[-1] if at > 0 else ""
    scope = scope if scope and before.rstrip().endswith(scope) else ""
    # names listed before 等 right before the number are scope too: "甲镇、乙镇等8个乡镇…"
    listed = re.search(r"[^，,；;。！？：:\d的]{2,24}、[^，,；;。！？：:\d的、]{1,12}等$",
                       before.rstrip())
    scope = scope or (listed.group(0) if listed else "")
    return f"{thing}{fared}的{scope}{holder}"


@cache
def _fared_re() -> re.Pattern[str]:
    """What befell a holder's thing (``held_fared``): adverbs of ``cues.completed_act_
    adverbs``, or a verb of ``cues.relative_held_fared_verbs`` (the group ``change``)."""
    adverbs = alternation(list(cue_words("completed_act_adverbs")))
    verbs = alternation(list(cue_words("relative_held_fared_verbs")))
    return re.compile(rf"(?:{adverbs})+|(?P<change>{verbs})")
