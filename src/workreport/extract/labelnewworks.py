"""Works done anew, counted after a shared 新增 (round 66, t2; the writers' notes: a list's
shared verb lost on a later item ending in an act noun): "新增国土绿化624万亩、防沙治沙
149万亩、草地修复治理470万亩" gave 草地修复治理 for the third item, as an item ending in a
verb reads as a measure of its own ("新增就业…、农村劳动力转移就业…" → 农村劳动力转移就业).
An item naming ground, things or homes with the works done on them (``cues.new_works_acts``:
治理, 修复, 保护 …) is counted new as its siblings are: 新增草地修复治理. Works on buildings or
homes (改造, 提升) stay acts of their own ("…、居家适老化改造1200户", as the Nanjing gold reads).

The words are data (``vocab/cues.yml``).
"""

from __future__ import annotations

from workreport.extract.numbers import vocab

__all__ = ["new_works"]


def new_works(verb: str, pieces: list, unit: str) -> bool:
    """Whether a later list item, cut by jieba into ``pieces``, takes the list's shared
    ``verb`` though it ends in a verb: the verb is one of ``cues.new_works_verbs`` (新增), the
    item opens with a noun or its adjective (jieba's n, z, j, a, i: 草地, 湿地, 特殊困难家庭,
    水土流失; not "带动就业", "转移…") and ends in one of ``cues.new_works_acts`` (治理, 修复,
    保护 …), and the unit counts no people (``cues.new_works_not_units``: 人, not "…、职业技能
    培训2000人") nor firms (家, round 66 review, u4: "新增…、餐饮油烟治理150家" stays 餐饮油烟
    治理, no new ground). False otherwise."""
    cues = vocab("cues")
    return (verb in cues["new_works_verbs"] and len(pieces) > 1
            and pieces[0].flag[:1] in ("n", "z", "j", "a", "i")
            and pieces[-1].word in cues["new_works_acts"]
            and not unit.endswith(tuple(cues["new_works_not_units"])))

