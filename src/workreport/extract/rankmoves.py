"""Rank moves (round 67, r5): the places a rank moved by are a change, not a level.

"兰州高新区全国排名53位、提升3位" and "全省县域科技创新能力监测评价排位跃升16个位次" state how
far a rank rose, a change of the rank (the development draws' "measure: a rise in rank is
a change"); the figure was read as a level because 提升, 跃升, 前进, 晋档 are no change words of
an absolute amount (``cues.absolute_change``).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelvocab import cue_words
from workreport.vocab import alternation

__all__ = ["rank_move"]

_HAN = re.compile(r"[\u4e00-\u9fff]")
_STOP = re.compile(r"[，；。、]")
_ORDINAL = re.compile(r"第\d")


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
    ``cues.rank_move_count_after``: 以上, 左右, 至, 到): "排名第6位，晋升3名干部", "培训提升
    1200名乡村医生" count people. The verb ends the clause before the count once the words of
    ``cues.rank_move_clause_tails`` (比去年, 同比, 再, 分别, 了 …) are stripped from its end.
    """
    places = unit == "个" and counted[counted.find(unit) + 1:].startswith(cue_words("rank_words"))
    if not (places or unit in cue_words("rank_move_units")):
        return 0.0
    rest = counted[counted.find(unit) + len(unit):] if unit else ""
    if not places and _HAN.match(rest) and not rest.startswith(cue_words("rank_move_count_after")):
        return 0.0  # "晋升3名干部": people counted (round 67 review, q3)
    clause = _STOP.split(before)[-1]
    if not (places or any(w in before for w in cue_words("rank_words")) or _ORDINAL.search(before)):
        return 0.0
    core = _clause_tails().sub("", clause)
    if core.endswith(cue_words("rank_move_up")):
        return 1.0
    return -1.0 if core.endswith(cue_words("rank_move_down")) else 0.0


@cache
def _clause_tails() -> re.Pattern[str]:
    """Any run of ``cues.rank_move_clause_tails`` ending a clause (比去年, 再, 分别, 了 …),
    compiled once."""
    return re.compile(rf"(?:{alternation(cue_words('rank_move_clause_tails'))})+$")
