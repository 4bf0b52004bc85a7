"""A count of people named by what they did (issue 13, the development draws' "bare verb";
round 81, x6; a ``figurepasses.ROW`` pass, as it needs the unit).

Class of error: a count of people or households with no noun after its unit, followed by the
verb phrase of what they did, was labelled by that verb phrase alone: "全年…1.06万人次来疆参访"
gave 来疆参访, "27人出征市第三届冰雪运动会" 出征市第三届冰雪运动会, "4850人整村签约搬离" 整村签约
搬离, "吸引…群众1.2万人次接受红色革命传统教育" 接受红色革命传统教育: a verb with no noun for what
is counted (label_judging.md: 'bare verb'). A scheme named before such a count lost the verb
instead: "“江苏医惠保1号”超500万人参保" gave “江苏医惠保1号” (the count is of the insured).

Rule: for a row whose unit counts people or households (``cues.reached_units``: 人, 人次, 名,
户, with their 万/亿), whose number is followed (after 以上/左右/余/多, and past the counts of
people or homes that share the act: "1423户、4850人整村签约搬离") by a clause opening with a
verb (jieba's v), (1) a label that is that clause (了 dropped) takes the unit's count word:
来疆参访人次, 出征市第三届冰雪运动会人数, 整村签约搬离户数; (2) a label that is all the words
before the number in its clause (a qualifier 超/近/约 between), naming no act, takes the clause
and the count word when the clause is a verb alone of at most 4 characters: “江苏医惠保1号”参保人数.

Exceptions (the label stays): a count after 为/向/对/给/帮助 or a list word (``cues.
people_act_served``: "为2454人提供创业服务" counts those served, not the doers); a clause opening
with a verb of measure or comparison or with 就业 (``cues.people_act_not``: 新增就业 keeps its
convention); a label that names the people already (``cues.outcome_people_heads``,
``got_people_heads``, ``already_done_people_heads``, ``people_act_heads``: 驻村干部日夜坚守,
监测对象不出现返贫致贫 are other rules' or judged apart) or ends in a count word already
(人数, 人次, 户数, 人口); a clause holding a digit or a quoted name left open.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Any

from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags
from workreport.extract.numbers import vocab

__all__ = ["count_clause", "count_word", "people_by_act"]

_BREAK = re.compile(r"[，,；;。！？：:、（(\n]")
_AFTER_UNIT = re.compile(r"(?:以上|左右|余|多)?(?:、[\d.]+[万亿]?[余多]?(?:人次|人|名|户))*")
_QUALIFIER = re.compile(r"(?:超过|超|近|约|将近|接近|共|累计)$")
_COUNTED = ("人数", "人次", "户数", "人口")


@cache
def _heads() -> tuple[str, ...]:
    return cue_words("outcome_people_heads", "got_people_heads", "already_done_people_heads",
                     "people_act_heads")


@cache
def _units() -> tuple[tuple[str, str], ...]:
    """``cues.reached_units`` (a unit of people and the word naming its count), longest first."""
    words = vocab("cues")["reached_units"]
    return tuple((u, words[u]) for u in sorted(words, key=len, reverse=True))


def count_word(unit: str) -> str:
    """The word naming a count in ``unit`` (人数, 人次, 户数), "" for no unit of people."""
    return next((word for u, word in _units() if unit.endswith(u)), "")


def count_clause(text: str, start: int, width: int) -> str:
    """The clause before a count at ``start`` (back to the last break, at most ``width``
    characters), without a qualifier ending it (超过, 近, 约, 共, 累计 …): the words a count of
    people stands after ("…发放" of "发放超过500人"). Shared with ``labelbenefitpeople`` and
    ``labelusepeople``."""
    return _QUALIFIER.sub("", _BREAK.split(text[max(0, start - width):start])[-1])


def _names_people(label: str) -> bool:
    """Whether ``label`` names people (a title quoted in it does not: 获“…英雄群体”荣誉称号)."""
    bare = re.sub(r"“[^”]*”", "", label)
    return label.endswith(_COUNTED) or any(p.word.endswith(_heads()) for p in tags(bare))


def people_by_act(f: Any, rows: list[Any], text: str) -> Any:
    """Figure row ``f`` named by what the people it counts did (module); ``rows`` unused."""
    name, count = f.indicator, count_word(f.unit)
    if not count or len(name) < 2 or _names_people(name):
        return f
    start = _AFTER_UNIT.match(text, f.end).end()
    clause = _BREAK.split(text[start:start + 40], maxsplit=1)[0]
    words = tags(clause) if clause else ()
    if not words or words[0].flag != "v" or clause.startswith(cue_words("people_act_not")) \
            or re.search(r"\d", clause) or clause.count("“") != clause.count("”"):
        return f
    pre = _BREAK.split(text[max(0, f.start - 60):f.start])[-1]
    if pre.endswith(cue_words("people_act_served")):
        return f
    act = clause.replace("了", "")
    if name in (clause, act):
        return replace(f, indicator=act + count)
    subject = _QUALIFIER.sub("", pre)
    if subject == name and len(words) == 1 and len(clause) <= 4 \
            and not any(p.flag.startswith("v") for p in tags(re.sub(r"“[^”]*”", "", name))):
        return replace(f, indicator=name + clause + count)
    return f
