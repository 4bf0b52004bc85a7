"""A level reached at the year's end, labelled by its time phrase (issue 13; round 76, x5; a
pass of ``labelpasses.AFTER``).

Class of error: the end point of a change written at the year's end ("贷款余额从年初的100亿元
增加到年末的150亿元", "存款余额到年末达到300亿元") defeats ``labeltails._time_base_from`` (a
base after 由 or 从): a money figure read the words after it as its label (增加到年末, a bare
verb and a time, for both numbers), and the time phrase stayed at the end of a label
(存款余额到年末: 'fragment', as 截至目前 or 年内 are).

Rule: a label that is only a verb of change, 到 or 至 and a time of the year (``cues.
year_end_times``: 年末, 年底, and ``change_base_times``) takes the thing the clause opens with
before 由 or 从 (贷款余额, leading fillers gone); a label ending in 到 or 至 and such a time
loses them (存款余额), with a verb of change or 截 before them (round 76 review, q2: "存款余额增加
到年末的200亿元" gave 存款余额增加, read as a rise; "贷款余额截至年末达到200亿元" 贷款余额截, a cut
word). Exceptions: no such opening (the label stays), an opening holding a figure or longer
than 16 characters, a label that would be shorter than two characters, or one whose cut end
holds a base (贷款余额比年初增加到年末: left as it was).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelaffix import strip_words
from workreport.extract.labelvocab import cue_words
from workreport.extract.nonfigures import alternation

__all__ = ["year_end_point"]


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a verb of change, 到 and a time, whole; 到 and a time ending a label), built once."""
    times = alternation(cue_words("year_end_times", "change_base_times"))
    verbs = alternation(cue_words("year_end_change_verbs"))
    return (re.compile(rf"(?:{verbs})(?:到|至)(?:{times})的?"),
            re.compile(rf"(?<=..)(?:截至|截止到|截止|(?:{verbs})?(?:到|至))(?:{times})的?$"))


def year_end_point(name: str, before: str, rest: str, dimension: str) -> str:
    """``name``, or the thing a year-end level is of, without its time phrase (module)."""
    whole, tail = _patterns()
    if whole.fullmatch(name):
        clause = re.split(r"[，。；：,;:]", before)[-1]
        m = re.match(r"(.+?)(?:由|从)", clause)
        thing = strip_words(m.group(1), cue_words("label_leading"), leading=True) if m else ""
        if 2 <= len(thing) <= 16 and not re.search(r"\d", thing):
            return thing
        return name
    cut = tail.sub("", name)
    return cut if len(cut) >= 2 and not re.search(r"[比较]", cut[-4:]) else name
