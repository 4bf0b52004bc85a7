"""A level reached by widening keeps no verb of widening (round 78, x4; draw 9023).

Class of error (trailing predicate): "川渝通办事项扩展至355项" gave 川渝通办事项扩展 and
"再制造产品进口目录扩展到24个" …目录扩展: the cleaner peels 到/至 off the label's end and
leaves the verb 扩展, so the label reads as an act, not as the thing whose level is 355.

Rule: when the sentence before the number ends with a verb of widening to a level
(``cues.widened_to_verbs``: 扩展到, 扩展至), the label ends with that verb's stem, and nothing
is counted after the unit (the sentence after the figure opens with punctuation or ends),
the stem goes from the label's end.

Exceptions: a noun counted after the unit ("新设政府投资基金扩展至8个投资领域") keeps the
label the noun forms (投资领域 is what 8 counts, not the funds); a bare 扩展 with no 到/至
("扩展120项", an increase) is not touched.
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelvocab import cue_words

__all__ = ["widened_level"]

_NOTHING_AFTER = re.compile(r"^\s*(?:[，。；、,.;：:）)]|$)")


@cache
def _verbs() -> tuple[str, ...]:
    return tuple(sorted(cue_words("widened_to_verbs"), key=len, reverse=True))


def widened_level(name: str, before: str, rest: str, dimension: str) -> str:
    """``name`` without the widening verb's stem at its end when ``before`` ends with the
    verb (扩展至) and ``rest`` counts nothing after the unit; ``name`` otherwise."""
    if not name or not _NOTHING_AFTER.match(rest):
        return name
    verb = next((v for v in _verbs() if before.rstrip().endswith(v)), "")
    stem = verb[:-1]
    if not stem or not name.endswith(stem) or len(name) - len(stem) < 2:
        return name
    return name[:-len(stem)]
