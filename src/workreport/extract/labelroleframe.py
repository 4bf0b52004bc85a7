"""Things counted inside a frame of using their role (round 80, x8; a pass of ``labelpasses``).

Class of error ('leading filler', draw 9024): a plan's verb of making use of things (发挥, 发挥好,
充分发挥) and the role it uses (作用, 功能, 服务功能 …) stood round the counted things in their
label: "发挥好9个国家区域医疗中心服务功能" → 发挥好国家区域医疗中心服务功能 for 9个, "发挥10亿元
省级前期工作专项资金作用" → 发挥省级前期工作专项资金作用 for the money. The number counts the
things between, so they are the label (国家区域医疗中心, 省级前期工作专项资金), as 依托 goes
before what a plan relies on (``cues.label_leading_goal``).

Rule: a label that is a verb of ``cues.role_frame_verbs``, a noun phrase and one of
``cues.role_frame_nouns`` at its end becomes the noun phrase.

Exceptions: a label with no verb of use at its start or no role word at its end, things
between that hold 的, a comma or a list mark (a clause, not one noun phrase), or fewer than two
characters of them ("发挥作用" stays). A role named by a verb or a post before 作用 (撬动作用,
主阵地作用 …: ``cues.role_frame_nouns``) is the role's, not the things' (round 80 review, q4:
"发挥好200亿元产业基金撬动作用" gave 产业基金撬动, read as the money levered).
The kind follows ``cues.background_before_number``, where
发挥 and 发挥好 stand beside 依托: things whose role a plan uses exist already, a stock (actual).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelvocab import cue_words

__all__ = ["role_framed"]


@cache
def _frame() -> re.Pattern[str]:
    verbs = "|".join(map(re.escape, sorted(cue_words("role_frame_verbs"), key=len, reverse=True)))
    nouns = "|".join(map(re.escape, sorted(cue_words("role_frame_nouns"), key=len, reverse=True)))
    return re.compile(rf"^(?:{verbs})(?P<things>[^，。；、的]{{2,}}?)(?:{nouns})$")


def role_framed(name: str, before: str, rest: str, dimension: str) -> str:
    """``name`` without the frame of using the counted things' role, as the module says."""
    m = _frame().match(name)
    return m.group("things") if m else name
