"""The places and objects of a predicate after a counted noun (round 21, for
``labelverbs.predicate_first``): a 在 frame or a share of places whose act jieba ran into
the places ("在25个粮食产能提升重点县布局高标准农田项目" → 布局高标准农田项目的粮食产能提升
重点县, "90%的县达到…标准" → 达到…标准的县), and a predicate with an object of its own, which
qualifies the noun with 的 ("在12个乡镇建成综合文化站" → 建成综合文化站的乡镇) where a verb
alone goes in front (建成投产项目). The words are data (``cues.frame_place_heads``,
``noun_tagged_acts``)."""

from __future__ import annotations

import re

from workreport.extract.labelwords import tags
from workreport.extract.numbers import vocab

__all__ = ["COUNT_AT_END", "counted_place_dropped", "object_of", "place_framed"]


# The count of what was done ending the act after a framed count ("…13个国家投运海外仓36个").
COUNT_AT_END = re.compile(r"[\d.]+[万千百]?[余多]?[\u4e00-\u9fff]?(?:以上|左右)?$")


def place_framed(noun: str, framed: bool, share: bool) -> str:
    """The places a count counts, cut off the act done there that jieba ran into them
    (round 21, the words ran together): in a 在 frame (``framed``) "粮食产能提升重点县布局
    高标准农田项目" → 粮食产能提升重点县, or for a share a place word alone opening ``noun``
    ("90%的县达到…标准" → 县); the act a verb, a verbal noun or ``cues.noun_tagged_acts``."""
    pieces = tags(noun)
    cues = vocab("cues")
    heads = cues["frame_place_heads"]
    at = 0
    for k, p in enumerate(pieces[:-1]):
        at += len(p.word)
        nxt = pieces[k + 1]
        place = p.word.endswith(tuple(heads)) if framed else share and not k and p.word in heads
        if place and (nxt.flag in ("v", "vn") or nxt.word in cues["noun_tagged_acts"]):
            return noun[:at]
    return noun


def object_of(tail: str, words: tuple[str, ...]) -> str:
    """The object after the verb of ``words`` opening ``tail`` (a noun phrase ending in
    jieba's noun: "建成综合文化站" → 综合文化站), or ""."""
    verb = max((w for w in words if tail.startswith(w)), key=len, default="")
    rest = tail[len(verb):]
    pieces = tags(rest) if verb and len(rest) > 1 else ()
    acts = vocab("cues")["noun_tagged_acts"]  # "建成通车": 通车 is no object
    return rest if pieces and pieces[-1].flag[:1] == "n" and not any(
        (p.flag[:1] == "v" and p.flag != "vn") or p.word in acts for p in pieces) else ""


# A 在 frame opening the places counted, not 存在, 现在, 所在, 正在 (round 38).
_FRAMED = re.compile(r"(?<![存现实所正])在[^，；。]*$")


def counted_place_dropped(name: str, between: str, previous: str | None, frame: str) -> str:
    """``name`` without the place word opening it that the count right before counted
    (round 38, rc38: "在115个县建设粮油千亩高产示范片1000个" → 建设…示范片, not 县建设…; "在…
    13个国家投运海外仓36个" → 投运海外仓): ``between`` (the text from the figure before to
    this one) opens with that word, the figure before's label ends in it and a verb follows
    it, and ``frame`` (its clause up to the figure before) opens a 在 frame; a bare place
    word of one or two characters ending in ``cues.frame_place_heads``
    (县, 乡镇, 国家) is no scope, a longer one stays ("6个试点城市开工建设安置住房")."""
    if not previous or not name or not _FRAMED.search(frame):
        return name  # "64个县市新增城镇常住人口30.5万人": the places are its scope
    heads = tuple(vocab("cues")["frame_place_heads"])
    head = next((name[:k] for k in (2, 1) if name[:k].endswith(heads)
                 and between.startswith(name[:k]) and previous.endswith(name[:k])), "")
    rest = name[len(head):]
    if not head or len(rest) < 2:
        return name
    first = tags(rest)[0]
    return rest if first.flag in ("v", "vn") else name

