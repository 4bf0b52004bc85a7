"""Acts written after the counted noun inside the noun phrase after a number (round 23,
scope lost after the noun): the noun and the act done to it are one phrase, as
"老旧小区改造" is (``labelwords.noun_phrase``). The acts are data (``cues.noun_act_tails``).
"""

from __future__ import annotations

import re
from functools import cache

import jieba.posseg

from workreport.extract.numbers import vocab

__all__ = ["act_tail", "act_verbs"]


def act_tail(pieces: tuple[jieba.posseg.pair, ...]) -> bool:
    """Whether ``pieces``, from a verb after the counted noun to the end, are one act done to
    it, written as a noun ending in the act (``cues.noun_act_tails``), with no verb of the
    cue lists in it (round 23, scope lost after the noun: "特殊困难老年人家庭适老化改造",
    "主城跨区断头路建设", "消防无水高层建筑整治" were cut at 适, 断头, 无水; not "企业加快
    技术改造", "企业开展技术改造": a verb of its own)."""
    cues = vocab("cues")
    rest = "".join(p.word for p in pieces)
    verbs = act_verbs()
    act = next((a for a in _acts() if rest.endswith(a)), "")
    before, at = [], 0
    for p in pieces:  # the words before the act
        if at >= len(rest) - len(act):
            break
        before.append(p.word)
        at += len(p.word)
    first = pieces[0]  # not a preposition's phrase: "中心镇按照小城市标准规划建设"
    return bool(act) and not (first.flag == "p" and (len(first.word) > 1 or first.word in cues[
        "label_prepositions"])) and len(rest) <= 12 and not re.search(r"[“”\d、和及与]", rest) \
        and not any((w in verbs or w[:2] in verbs) and w not in cues["noun_act_tails"]
                    for w in before)  # 治理修复: two acts


@cache
def _acts() -> tuple[str, ...]:
    """``cues.noun_act_tails``, longest first, read once (``act_tail`` runs for every noun
    phrase; ``vocab`` is cached and read-only)."""
    return tuple(sorted(vocab("cues")["noun_act_tails"], key=len, reverse=True))


@cache
def act_verbs() -> frozenset[str]:
    """The verbs that make a word before an act a verb of its own (an act of two verbs, or a
    list's items with a verb of their own: ``act_tail``, ``labelfared.list_act``), read once."""
    cues = vocab("cues")
    return frozenset(cues["label_leading"] + cues["label_verbs"] + cues["label_kept_verbs"]
                     + cues["object_stops"] + cues["object_predicate_verbs"] + cues["run_verbs"])
