"""What is said of a count whose noun is one character: the adverb opening it (round 59, s59a).

Class of error (fragments): the object-after-the-number rule of ``naming`` writes a count of
villages as "<what is said of them>的村", the said clause cleaned by ``labelclean.clean``, which
takes its filler verbs out (完成, 实现: ``cues.label_inner_fillers``). An adverb before such a
verb was left hanging before the object ("45个村提前完成集体产权制度改革" gave
提前集体产权制度改革的村), and a filler adverb stayed in front ("45个村全部完成…" gave
全部集体产权制度改革的村; "其余275个村全部实施…改造" gave 全部实施…的村).
"""

from __future__ import annotations

from workreport.extract.labelclause import rest_of_clause
from workreport.extract.labelclean import clean
from workreport.extract.labelwords import leading_word, tags
from workreport.extract.numbers import vocab

__all__ = ["said_of"]


def said_of(text: str, pos: int, end: int) -> str:
    """What the rest of the count's clause (``raw``: ``text`` from ``pos`` to a break) says of
    the counted things: cleaned by ``clean``, its opening adverb read: one of
    ``cues.said_dropped_adverbs`` (全部, 均 …) goes before a verb ("全部实施气代煤改造" →
    实施气代煤改造, "全部完成…改革" → …改革); one of ``cues.said_kept_adverbs`` (提前, 率先 …)
    keeps the filler verb after it that cleaning took out ("提前完成集体产权制度改革":
    提前集体产权制度改革 → 提前完成集体产权制度改革). The cleaned clause otherwise (no such
    adverb, nothing after it, one jieba reads as part of a longer word: 都市农业, or an adverb
    a later rule drops with its verb: 按期完成).
    Round 59 review (j59b): a dropped adverb's filler verb stays before a rest of two
    characters, a bare act ("46个村全部完成改厕" gave 改厕的村: 完成改厕的村); 已 keeps its
    filler verb as 提前 does ("16个村已完成土地确权" gave 已土地确权的村) unless a verb follows
    it without the filler (``cues.said_verb_adverbs``: "已完成改造" → 已改造)."""
    cues = vocab("cues")
    raw = rest_of_clause(text, pos, end)
    said, raw = clean(raw), raw.strip()
    first = leading_word(raw, cues["said_dropped_adverbs"] + cues["said_kept_adverbs"])
    if not first or (len(first) == 1 and tags(raw)[0].word != first):  # 都市
        return said
    rest = said[len(first):] if said.startswith(first) else said
    fillers = [w for w in cues["label_inner_fillers"] if len(w) > 1]
    verb = leading_word(raw[len(first):], fillers)  # the filler cleaning took out
    if len(rest) < 2:
        return said
    if first in cues["said_dropped_adverbs"]:
        if verb and len(rest) <= 2 and not rest.startswith(verb):
            return verb + rest  # "全部完成改厕" → 完成改厕 (round 59 review, j59b)
        return rest if verb or tags(raw[len(first):])[0].flag.startswith("v") else said
    if first in cues["said_verb_adverbs"] and tags(rest)[0].flag.startswith("v"):
        return said  # "已完成改造" → 已改造: a verb follows 已 without the filler
    return first + verb + rest if verb and not rest.startswith(verb) else said
