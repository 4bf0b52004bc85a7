"""Rank moves (round 67, r5): the places a rank moved by are a change, not a level.

"兰州高新区全国排名53位、提升3位" and "全省县域科技创新能力监测评价排位跃升16个位次" state how
far a rank rose, a change of the rank (the development draws' "measure: a rise in rank is
a change"); the figure was read as a level because 提升, 跃升, 前进, 晋档 are no change words of
an absolute amount (``cues.absolute_change``).
"""

from __future__ import annotations

import re

from workreport.vocab import load as vocab

__all__ = ["rank_move"]


def rank_move(before: str, counted: str, unit: str) -> float:
    """+1 or -1 when a count of places is a rank's move, 0.0 otherwise.

    ``before`` is the sentence up to the number, ``counted`` the quantity's text and the
    characters after it, ``unit`` its unit. Shapes: a count in ``cues.rank_move_units``
    (位, 名) or in 个 before one of ``cues.rank_words`` (16个位次), right after one of
    ``cues.rank_move_up`` (+1) or ``rank_move_down`` (-1); a count in 位 or 名 only in a
    sentence naming a rank before it (``cues.rank_words``, or 第 before a digit: "全市第5，
    比去年提升3位"), a count before 位次 names its rank itself ("区域科技创新能力跃升54个位次").
    "选派3名干部" (no verb of a rank) and "提升5位专家" (no rank named) are no moves. Round 67
    review (q3): a count in 位 or 名 moves a rank only where no noun follows it (end, a stop,
    以上, 左右, 至): "排名第6位，晋升3名干部", "培训提升1200名乡村医生" count people.
    """
    cues = vocab("cues")
    places = unit == "个" and counted[counted.find(unit) + 1:].startswith(tuple(cues["rank_words"]))
    if not (places or unit in cues["rank_move_units"]):
        return 0.0
    rest = counted[counted.find(unit) + len(unit):] if unit else ""
    if not places and re.match(r"[\u4e00-\u9fff]", rest) and not re.match(r"以上|左右|至|到", rest):
        return 0.0  # "晋升3名干部": people counted (round 67 review, q3)
    clause = re.split(r"[，；。、]", before)[-1]
    if not (places or any(w in before for w in cues["rank_words"]) or re.search(r"第\d", before)):
        return 0.0
    core = re.sub(r"(?:比去年|比上年|同比|较上年|较去年|再|又|均|分别|了)+$", "", clause)
    if core.endswith(tuple(cues["rank_move_up"])):
        return 1.0
    return -1.0 if core.endswith(tuple(cues["rank_move_down"])) else 0.0
