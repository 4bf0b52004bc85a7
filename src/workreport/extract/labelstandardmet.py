"""A count of things whose clause closes on the standard they meet: the state is a relative
clause before them (issue 13, the development draws' "action verb dropped"; round 83, x6; a
``figurepasses.ROW`` pass, as it needs the text after the figure).

Class of error: a count written number first whose clause goes on, after the counted noun,
with what of them meets a standard and closes there ("23个地表水国省市考断面水质全部达标", "3个
省考出境水质稳定达标", "43个省定贫困村“五通十有”全部达标") was labelled by the noun alone
(地表水国省市考断面: the stock of sections) or with the topic and no state (省定贫困村“五通
十有”): by label_judging.md a clause after the noun that says which of the
things are counted, dropped ('action verb dropped', or 'scope lost' when the bare noun reads as
another total). The state goes before the noun with 的, as labelcuttail does for 稳定在…:
水质达标的地表水国省市考断面, “五通十有”达标的省定贫困村. A standard met is a test passed, like
通过验收, which label_judging.md names.

Rule: for a row of a count (its measure a level), whose label is the clause right after its
number (after 以上/左右/余/多), or that clause's start when the rest is a topic, adverbs and a
state word closing the clause: (topic: 水质, 空气质量 or a quoted name; ``cues.
standard_met_topics``) (adverbs of ``cues.completion_adverbs``, which go, or ``cues.
standard_met_kept_adverbs``: 稳定, 持续, which stay) (a state of ``cues.standard_met_states``:
达标) and nothing else before a stop: the label becomes topic + kept adverb + state + 的 +
noun, after the words the label carried in from before the number (a scope: 某市水质达标的
考核断面).

Exceptions (the label stays): a quality kept, not a standard met ("18条省控入江支流水质保持
优良" → 省控入江支流, as round 69 and the Nanjing gold file have it); a clause that goes on
after the state (a rate or share follows: "74个国控断面水质达标比例达100%" counts the sections,
whose share is another figure); a label that holds the state already (纳污坑塘治理达标); a noun
shorter than two characters. Round 83 review (q4): a topic of several quoted names moves
whole ("25个重点村“五通”“六有”全部达标" → “五通”“六有”达标的重点村, not “六有”达标的重点村“五通”);
a label that ends in a topic with less than two characters before it stays ("52个村“两不愁三保障”
全部达标" (until f4 below), "18个省控断面中17个水质达标": not 达标的村“两不愁三保障”,
省控断面中达标的水质).
Session 61 (f3): a part of a whole named before 中 with only a topic left takes the whole as its
noun ("18个省控断面中17个水质达标" → 水质达标的省控断面, was 省控断面中水质); so does a label of the
topic and state alone after "…中，" ("全市18个省控断面中，17个水质达标" gave 水质达标).
Session 61 (f4): a one-character noun written right after the count's measure word (村, 镇,
厂: jieba's n, ng, zg) is a noun, so the topic after it moves ("8个村考核指标全部达标" →
考核指标达标的村, not 达标的村考核指标, whose 指标 the number does not count; 考核指标 and
各项指标 are topics now), and a scope of names closing on 等 goes after the state, before the noun
(张村、李村等8个村… → 考核指标达标的张村、李村等村). 中 (a place word) still stops it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Any

from workreport.extract.labelclause import CLAUSE_END
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags
from workreport.extract.nonfigures import alternation

__all__ = ["carried_scope", "clause_after", "standard_met"]

_AFTER_UNIT = re.compile(r"(?:以上|左右|余|多)?")
_CLAUSE_AFTER = re.compile(r"[，,；;。！？：:（(\n]")
# a quoted name, or several in a row (round 83 review, q4: "“五通”“六有”全部达标")
_QUOTED = r"“[^”]{1,10}”(?:[、和及]?“[^”]{1,10}”)*"
# the whole a part is counted from, right before the part's number (session 61, f3)
_WHOLE = re.compile(r"[\d.]+[个条座处](?P<noun>[^\d，,；;。中]{2,12})中[，,]?$")


@cache
def _tail() -> re.Pattern[str]:
    """Topic, adverbs and the state closing a clause (module docstring)."""
    topics = alternation(cue_words("standard_met_topics"))
    gone = alternation(cue_words("completion_adverbs"))
    kept = alternation(cue_words("standard_met_kept_adverbs"))
    states = alternation(cue_words("standard_met_states"))
    return re.compile(rf"(?P<topic>{topics}|{_QUOTED})?(?:{gone})*(?P<kept>{kept})?"
                      rf"(?P<state>{states})")


def carried_scope(name: str, clause: str, before: str) -> str | None:
    """The scope ``name`` opens with, carried in from ``before`` (the text before the number,
    "某县" of 某县驻村干部…), when the rest of ``name`` opens ``clause`` (the clause after the
    number): "" for none, ``None`` when ``name`` is not that clause's start."""
    here = CLAUSE_END.split(before)[-1]
    for k in range(len(name) - 1):
        if clause.startswith(name[k:]) and (not k or name[:k] in here):
            return name[:k]
    return None


def clause_after(f: Any, text: str, ends: re.Pattern[str]) -> tuple[str, str | None]:
    """The clause right after ``f``'s number (past 以上/左右/余/多, up to a mark of ``ends``,
    within 60 characters) and the scope ``f``'s label carries in before it (``carried_scope``;
    ``None`` when the label is not that clause's start). Shared with ``labelagentconduct``."""
    start = _AFTER_UNIT.match(text, f.end).end()
    clause = ends.split(text[start:start + 60], maxsplit=1)[0]
    return clause, carried_scope(f.indicator, clause, text[max(0, f.start - 40):f.start])


@cache
def _topic_end() -> re.Pattern[str]:
    """A topic ending a label (module docstring)."""
    return re.compile(rf"(?:{alternation(cue_words('standard_met_topics'))}|{_QUOTED})$")


def standard_met(f: Any, rows: list[Any], text: str) -> Any:
    """Figure row ``f`` counting things that meet a standard, the state made a relative
    clause before the noun (module); ``rows`` unused."""
    name = f.indicator
    whole = _WHOLE.search(text[max(0, f.start - 40):f.start])
    clause, scope = clause_after(f, text, _CLAUSE_AFTER)
    if f.measure == "level" and whole and (m := _tail().fullmatch(clause)) \
            and (topic := m.group("topic")) and name in (clause, topic, topic + m.group("state")):
        return replace(f, indicator=topic + (m.group("kept") or "") + m.group("state") + "的"
                       + whole.group("noun"))  # session 61 (f3): 水质达标的省控断面
    if f.measure != "level" or len(name) < 2 \
            or any(s in name for s in cue_words("standard_met_states")):
        return f
    if scope is None:
        return f
    m = _tail().fullmatch(clause[len(name) - len(scope):])
    if not m:
        return f
    noun, topic = name[len(scope):], m.group("topic") or ""
    ending = _topic_end().search(noun) if not topic else None
    if ending and not ending.start() and len(scope) > 2 and scope.endswith("中"):
        # session 61 (f3): the part of a whole named before 中 ("18个省控断面中17个水质达标"
        # gave 省控断面中水质 → 水质达标的省控断面)
        return replace(f, indicator=noun + (m.group("kept") or "") + m.group("state") + "的"
                       + scope[:-1])
    if ending and ending.start() < 2 and not _one_noun(noun[:ending.start()], clause):
        return f  # "村“两不愁三保障”", "17个水质达标": no noun left (round 83 review, q4)
    if ending:  # the label took the topic: 省定贫困村“五通十有”
        noun, topic = noun[: ending.start()], ending.group(0)
    state = topic + (m.group("kept") or "") + m.group("state")
    if scope.endswith("等") and ending:  # names before 等 (session 61, f4)
        return replace(f, indicator=state + "的" + scope + noun)
    return replace(f, indicator=scope + state + "的" + noun)


def _one_noun(noun: str, clause: str) -> bool:
    """Whether ``noun``, one character, is a noun of jieba's opening ``clause`` (the clause
    right after the count's measure word): 村, 镇 (session 61, f4)."""
    return len(noun) == 1 and clause.startswith(noun) \
        and tags(noun)[0].flag in ("n", "ng", "zg")
