"""A measure before 的 is of the thing after it (issue 13 §2, round 47, s47d).

``labelowners.land_of`` names a land area, length or money before 的 by the thing after it
("占地300亩的城市公园" → 城市公园占地). The judged development draws rejected the bare label
('owner lost') where the measure was a size or capacity (建成储备能力, 启动运行总规模), where
verbs the label cues do not peel led it, where a second item joined by 和 carried it
("占地300亩的甲公园和占地600亩的乙公园"), and where a count or a quoted name stood after the
的 ("全长25.4公里的7条农村公路"). These helpers give ``land_of`` the measure and the thing.

Round 63 (y4), the draws' 'other thing': one measure before 的 and several names listed after
it with 、 is their total, not the first one's ("总占地9.52平方公里的甲工业园、乙工业园、丙
智造园托管" was 甲工业园总占地; ``listed_before``).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelclean import strip_words
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags
from workreport.extract.numbers import vocab

__all__ = ["attributed_measure", "attributed_thing", "last_listed", "listed_before",
           "measures_before_de", "names_listed"]


@cache
def measures_before_de() -> tuple[str, ...]:
    """The measures ``land_of`` gives to the thing after 的, longest first: land areas and
    lengths (``cues.land_measure_words``), sizes and capacities (``cues.attributed_measures``,
    round 47) and money (``cues.money_nouns``, only in a list of measures)."""
    cues = vocab("cues")
    words = cues["land_measure_words"] + cues["attributed_measures"] + cues["money_nouns"]
    return tuple(sorted(set(words), key=len, reverse=True))


def attributed_measure(name: str) -> str:
    """The measure word of ``name``, a label before a figure followed by 的: ``name`` without
    its leading verbs of ``cues.label_verbs``, or, where that is no measure of
    ``measures_before_de``, the longest such measure ending ``name`` after words that are
    only verbs, peeled by the cues ("新建储备能力": 储备 is peeled too, so 储备能力, not 能力)
    or as jieba tags them ("启动运行总规模" → 总规模), or after a joined item ("甲公园和占地"
    → 占地). Round 47 (s47d), the form 'a measure before 的 with a leading verb'. ``name``
    peeled of its verbs when no measure ends it."""
    measure = strip_words(name, vocab("cues")["label_verbs"], leading=True)
    words = measures_before_de()
    if measure in words:
        return measure
    for word in words:
        head = name[: len(name) - len(word)]
        if head and name.endswith(word) and (
                head[-1] in "和及、" or word.endswith(measure)
                or all(p.flag[:1] == "v" for p in tags(head))):
            return word
    return measure


def attributed_thing(noun: str) -> str:
    """The thing of a noun run after 的, a count before it dropped: the label holds no digit
    and the thing's measure is of them all ("7条农村公路建设" → 农村公路建设; round 47, s47d)."""
    digits = "0123456789"
    stripped = noun.lstrip(digits + ".")
    if stripped != noun and stripped and stripped[0] in "个条座所家项处":
        return stripped[1:]
    return noun


def listed_before(tail: str) -> tuple[str, str]:
    """The names listed with 、 before the last one in ``tail``, the text after a measure's
    的, and the text from that last name on (round 63, y4): "县医院、中医院、妇幼保健院扩建
    项目加速实施。" → ("县医院、中医院、", "妇幼保健院扩建项目加速实施。"). ("", ``tail``) when
    the clause holds no such list: a digit or 的 in it (each name with its own figure: "甲、投资
    2亿元的乙"), a name out of 2 to 16 characters, or a later name opening with a verb, jieba's
    or a cue's before two characters or more (what else was done, not what the measure is of)."""
    clause = re.split(r"[，,；;。！？：:]", tail)[0]
    items = clause.split("、")
    if len(items) < 2 or re.search(r"[\d的]", clause) \
            or not all(2 <= len(i) <= 16 for i in items):
        return "", tail
    verbs = cue_words("label_verbs", "label_kept_verbs")
    if any(tags(i)[0].flag == "v" or any(i.startswith(v) and len(i) - len(v) > 1 for v in verbs)
           for i in items[1:]):  # "、新建冷库", "、建设图书馆" (not 建设街, 实验小学)
        return "", tail
    if "等" in items[-1]:  # round 63 review (k63a): "甲园、乙园等产业园区" names a class
        return "", tail
    head = "、".join(items[:-1]) + "、"
    return head, tail[len(head):]


def last_listed(run: str, listed: str) -> str:
    """The last of names listed after a measure's 的, ``run`` its text to the clause's end, cut
    like the names before it, whole (round 63 review, k63a): before what is said of it, a word
    of ``cues.listed_name_stops``, ``land_thing_stops`` or ``completion_adverbs`` at a jieba
    word's start ("滨江大道全线贯通" → 滨江大道, "沿河步道建成通车" → 沿河步道), or a quoted
    summary ("县档案馆“三馆”" → 县档案馆), two characters in at least; jieba's nouns are not
    asked (超市, 高速 and 步道 are tagged otherwise: "便民超市", "环城高速" stay whole). Where no
    such word is found and the names before it, ``listed`` ("甲园、乙园、"), all end in one
    character, the last ends at that character's last word in it ("…智造园托管" → …智造园).
    ``run`` otherwise."""
    at, ends = 0, [0]
    stops = cue_words("listed_name_stops", "land_thing_stops", "completion_adverbs")
    kind = {i[-1] for i in listed.rstrip("、").split("、")}  # 园 of 甲工业园、乙工业园
    for piece in tags(run):
        if at >= 2 and (piece.word.startswith(stops) or piece.word.startswith("“")):
            return run[:at]
        at += len(piece.word)
        ends += [at] if len(kind) == 1 and piece.word.endswith(tuple(kind)) else []
    return run[:ends[-1]] if ends[-1] >= 2 else run


def names_listed(name: str, after: str) -> bool:
    """Whether ``name``, a label before a figure, holds names listed with 、 (``naming``: a list
    of names stands for no counted noun), not the names after the figure's 的 that
    ``listed_before`` gave ``labelowners.land_of`` with the measure that is all of theirs
    ("…总占地9.52平方公里的甲园、乙园、丙园托管" → 甲园、乙园、丙园总占地; round 63, y4).
    ``after`` is the text from the figure's end."""
    first = name.split("、")[0]
    return "、" in name and not (name.endswith(measures_before_de())
                                and re.match(rf"[^，。；]*?的{re.escape(first)}、", after))
