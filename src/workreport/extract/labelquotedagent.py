"""People counted by the programme they took part in, named in quotes: the act is a relative
clause with 的 (session 61, f3; a ``figurepasses.ROW`` pass).

Class of error: a count of people whose label is an act of taking part, a programme's quoted
name and the people noun right after it, with no 的 ("参加“国培计划”教师300名" gave 参加“国培计划”
教师, which reads as a fragment: the quoted name glued to the noun as if it named a kind of
teacher). The count counts the people who took part, so the act and its object are a relative
clause: 参加“国培计划”的教师.

Rule: for a row whose unit counts persons (名, 人, with 万/亿; not 人次), whose label is, whole,
up to six characters (培训), an act of ``cues.quoted_agent_acts`` (参加, 参与, 入选 …), one
quoted name and a people noun ending in a head of ``cues.conduct_agent_heads`` or
``cues.outcome_people_heads`` (教师, 学生, 人员 …): 的 goes after the quoted name.

Exceptions (the label stays): a label with 的 already, with more than one quoted name, or
whose act is no taking part (选树“最美”乡村教师: the quote is part of a title, the act is not
in the list). Session 61, f3.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Any

from workreport.extract.labelvocab import cue_words
from workreport.extract.nonfigures import alternation

__all__ = ["quoted_agent"]

_PERSON_UNIT = re.compile(r"(?:万|亿)?(?:名|人)$")


@cache
def _shape() -> re.Pattern[str]:
    """Act of ``cues.quoted_agent_acts`` (up to six characters), one quoted name, a noun of two
    to eight characters; compiled once."""
    acts = alternation(cue_words("quoted_agent_acts"))
    return re.compile(rf"(?P<act>[^“”]{{0,6}}?(?:{acts}))(?P<quoted>“[^”“]{{1,16}}”)"
                      r"(?P<noun>[^“”]{2,8})")


@cache
def _heads() -> tuple[str, ...]:
    """The people heads a counted noun ends in (``cues.conduct_agent_heads``,
    ``cues.outcome_people_heads``)."""
    return tuple(cue_words("conduct_agent_heads")) + tuple(cue_words("outcome_people_heads"))


def quoted_agent(f: Any, rows: list[Any], text: str) -> Any:
    """Figure row ``f`` with 的 after the quoted programme its people took part in (module);
    ``rows`` and ``text`` unused."""
    del rows, text
    name = f.indicator
    if "的" in name or not _PERSON_UNIT.search(f.unit or "") or "人次" in (f.unit or ""):
        return f
    m = _shape().fullmatch(name)
    if not m or not m.group("noun").endswith(_heads()):
        return f
    return replace(f, indicator=m.group("act") + m.group("quoted") + "的" + m.group("noun"))
