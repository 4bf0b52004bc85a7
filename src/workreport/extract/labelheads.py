"""A name before a count owns the head noun after the number (issue 13, round 40, ra40; the
development draws' "fragment": the counted noun cut off after a programme's, event's or
policy's name).

A name standing right before a count of things (its unit one of ``units.yml``'s classifiers
of things) whose noun after the number ends in a head of what a name holds (``cues.
named_heads``: 措施, 事项, 项目, 赛事, 任务 …) is that head's owner, and the label is both:

- "承办省运会8项赛事" → 承办省运会赛事 (not 承办省运会);
- "“一网通办”12个重点事项全部落地" → “一网通办”重点事项;
- "落实稳就业20条措施" → 落实稳就业措施; "地震灾后重建150个项目全部完工" → 地震灾后重建项目.

Not when the name ends in that head already (the count repeats it: "项目120个项目"), is one
character, or holds a break or a digit; a time unit's head (工作日, 位次) is no such noun.
"""

from __future__ import annotations

import re

from workreport.extract.labelowners import counts_things
from workreport.extract.labelvocab import cue_words

__all__ = ["named_head"]


def named_head(name: str, after: str, unit: str) -> bool:
    """Whether ``name``, the label before the number, owns ``after``, the noun after a count
    of things in ``unit``, because ``after`` ends in one of ``cues.named_heads``."""
    if len(name) < 2 or not after.endswith(cue_words("named_heads")) or not unit \
            or not counts_things().search(unit) or re.search(r"[，、；\d]", name):
        return False
    return not name.endswith(cue_words("named_heads")) and not name.endswith(after)
