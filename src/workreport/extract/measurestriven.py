"""A higher goal striven for after a growth (round 67, r5): "地区生产总值增长7%以上、力争达到8%"
states the growth hoped for, a change like the one before it, not a share of 8 %.

The second figure was read as a share because no growth cue stands before it (力争达到).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.vocab import alternation
from workreport.vocab import load as vocab

__all__ = ["striven_change"]


def striven_change(between: str, previous: tuple[str, str, float], unit: str, value: float) -> bool:
    """Is a figure a goal striven for beyond the change before it?

    ``between`` is the text from the figure before to this one ("以上、力争达到", "，力争"),
    ``previous`` that figure's measure, unit and value, ``unit`` and ``value`` this one's. True
    where the figure before is a change in the same unit, this one goes beyond it (round 67
    review, q3: "研发经费投入增长10%以上，力争达到2.5%" is an intensity, no growth), and
    ``between`` holds only an approximation (以上, 左右), a break (、 or ，) and one of
    ``cues.striven_words`` (力争, 争取, 努力) with at most a verb of reaching after it (达到,
    实现): "增长6%以上，力争7%",
    "增长10%、争取实现12%". False otherwise: "森林覆盖率达到35%，力争达到36%" (a level before),
    "增长5%，城镇化率达到60%" (a new subject between).
    """
    previous_measure, previous_unit, previous_value = previous
    if previous_measure != "change" or previous_unit != unit or value <= abs(previous_value):
        return False
    return bool(_between().fullmatch(between))


@cache
def _between() -> re.Pattern[str]:
    """The text allowed between the change and the goal striven for, compiled once."""
    cues = vocab("cues")
    words, reach = alternation(cues["striven_words"]), alternation(cues["striven_reach"])
    return re.compile(rf"(?:以上|左右)?[、，,](?:{words})(?:{reach})?")
