"""The people of the year a plan must find work for are a stock it faces, not its goal (issue
13, Kind; session 70, after the State Council 2015 tester).

The class of error: a plan names the graduates or new workers of its year as the reason for its
jobs effort: "今年高校毕业生749万人，为历史最高", "今年高校毕业生将高达765万人，要落实好就业促进
计划…"; every figure of a plan part was read as a target, as if the government set how many
graduate. ``figurekind._faced`` (round 33) read only 将达 answered by 要 in the next clause
("今年高校毕业生将达727万人，要开发更多就业岗位": actual). By the kind's definition (a result of
the year or a stock figure, ``tests/data/README.md``) such a count is a stock: actual.

The rule (called by ``figurekind.kind_of`` in a plan part): a count of people (a unit ending in
人 or 名) whose clause before the number is only a year word (``cues.faced_people_years``: 今年,
明年), scope words (``cues.faced_people_scopes``: 全省, 高校, 应届 …), one of
``cues.faced_people`` (毕业生, 新成长劳动力) and a word of reaching (``cues.faced_people_verbs``:
将达, 将高达, 有 …; a bound such as 约 or 超过 is the number's own), with a year word or a
word of reaching present, is actual.

Exceptions: a goal or forecast word before the number in the sentence (``cues.faced_not_with``:
力争, 确保, 预计 …) keeps a target: "预计今年高校毕业生超过1170万人" is a forecast stated in the
plan, a target in ``tests/data/statecouncil_2024_gold.csv``. An act on the people ("帮助高校
毕业生2万人就业", "引进高校毕业生5000名") is no scope word, and a bare count with neither a year
nor a verb ("其中高校毕业生1.1万人", "高校毕业生1000人" in a list of goals) stays as it was.
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelvocab import cue_words
from workreport.vocab import alternation

__all__ = ["faced_people", "of_this_year"]

_CLAUSE_BREAK = re.compile(r"[，；;,：:]")


@cache
def _faced() -> re.Pattern[str]:
    def words(key: str) -> str:
        return alternation(list(cue_words(key)))
    return re.compile(rf"(?P<year>{words('faced_people_years')})?"
                      rf"(?:{words('faced_people_scopes')})*(?:{words('faced_people')})"
                      rf"(?P<verb>{words('faced_people_verbs')})?")


def faced_people(before: str, unit: str) -> bool:
    """Is the count in ``unit`` after ``before`` (its sentence up to the number, the number's
    own words excluded) the people of the year a plan faces (see the module's docstring)?"""
    if not unit.endswith(("人", "名")) or any(w in before for w in cue_words("faced_not_with")):
        return False
    m = _faced().fullmatch(_CLAUSE_BREAK.split(before)[-1].strip())
    return bool(m) and bool(m.group("year") or m.group("verb"))


def of_this_year(before: str) -> bool:
    """Does the clause of a plan's actual figure (``before``: its sentence up to the number)
    open with 今年, so that the stock it states is the report year's, not the year reviewed?
    "今年高校毕业生749万人" in the State Council's report of 2015 counts 2015's graduates; an
    actual of a plan part took the year reviewed (2014), and the book said the graduates
    "were 7.49 million in 2014" (session 70). 今年以来 (the year so far) is no such opening,
    nor is the start of a change (今年…补助标准由每人每年240元提高到280元: last year's 240元)."""
    clause = _CLAUSE_BREAK.split(before)[-1].strip()
    return clause.startswith("今年") and not clause.startswith("今年以来") \
        and not re.search("[由从]", clause)
