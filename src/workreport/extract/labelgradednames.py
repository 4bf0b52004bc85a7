"""A grade standing before the names a count lists is the counted things' (issue 13; round 88,
w4; the development draws' "scope lost": 国家级, 市级以上 dropped with the names).

The class of error: a count whose things are named before it, the names opened by a grade
(a level of government, or a threshold of one: 国家级, 省级, 市级以上), lost the grade with the
names ("获批创建国家级甘味生猪、高原夏菜2个产业集群" gave 获批创建产业集群; "力争新增市级以上
重点实验室、技术创新中心等创新平台5家以上" gave 新增创新平台). Names before 等 or a count may go
(bench/label_judging.md: they are scope, the noun stays), but the grade is what the things
are: a bare 产业集群 reads as any cluster, not the national ones.

The rule (``names_graded``, a pass of ``labelpasses.AFTER``): for a count (dimension count)
whose clause is lead words, the label's own verb, a grade of ``cues.names_grade_levels`` and
a 、-list of names (no digit, no 的, no grade of its own), then the count and the label's noun
(``rest`` opens with it), or the names, 等 and the noun before the count, the grade goes in
front of the noun: 获批创建国家级产业集群, 新增市级以上创新平台. A later clause of the same
sentence that is only names, the count and a noun ("…2个产业集群，镇原、崆峒2个现代农业产业园，
皋兰什川等7个产业强镇", the noun ending the clause; not "…等3个基地正在建设") shares the
first clause's verb (a verb phrase, no noun) and grade, as a list shares its verb
(``labellists``): 获批创建国家级现代农业产业园, 获批创建国家级产业强镇.

Exceptions (the label stays): a label holding a grade of its own (级, the grade), a grade
opening a list of grades (国家级、省级科技型中小企业), a clause with words before the verb that are
no lead words (a subject of its own), names holding a digit or 的, money and rates.
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelaffix import strip_words
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags
from workreport.extract.nonfigures import alternation

__all__ = ["names_graded"]

_CLAUSES = re.compile(r"[，；：。！？,;:]")
# A count and its unit between two clauses' names and noun: "2个", "7个", "两家".
_COUNT = r"(?:\d+|[两二三四五六七八九十]{1,3})[个家条项所座处]"


@cache
def _levels() -> str:
    """The grades of ``cues.names_grade_levels`` as one alternation, longest first."""
    return alternation(cue_words("names_grade_levels"))


@cache
def _grade() -> re.Pattern[str]:
    """A grade not opening a list of grades (国家级、省级)."""
    return re.compile(rf"({_levels()})(?![、和及与])")


def _names(text: str) -> bool:
    """Whether ``text`` is names only: no digit, 的, grade or clause mark."""
    return bool(text) and not re.search(r"[\d的级，,；;]", text)


def _graded_clause(clause: str, name: str, rest: str) -> tuple[str, str, str] | None:
    """(verb, grade, noun) when ``clause`` is lead words, ``name``'s verb, a grade and names
    whose count's noun ends ``name`` (after the count, or after 等 before it); None else."""
    for m in _grade().finditer(clause):
        lead, after = clause[: m.start()], clause[m.end():]
        k = next((k for k in range(len(name), -1, -1) if lead.endswith(name[:k])), 0)
        verb, noun = name[:k], name[k:]
        if not noun or strip_words(lead[: len(lead) - k] + noun, cue_words("label_leading"),
                                   leading=True) != noun:
            continue  # a subject or other words before the verb
        if rest.startswith(noun) and "、" in after and _names(after):
            return verb, m.group(1), noun
        if after.endswith("等" + noun) and _names(after[: -len(noun) - 1]):
            return verb, m.group(1), noun
    return None


def _verbs(text: str) -> bool:
    """Whether ``text`` is a verb phrase only (jieba's): ending in a verb, no noun, place,
    time, numeral or pronoun in it (获|批|创建, 批 a measure word to jieba)."""
    pieces = tags(text)
    return pieces[-1].flag[:1] == "v" and not any(p.flag[:1] in "njstmr" for p in pieces)


def _shared(clauses: list[str], name: str, rest: str) -> str:
    """``name`` with the verb and grade of an earlier clause of the sentence when the figure's
    own clause (the last of ``clauses``) is only names and every clause between it and that
    one is names, a count and a noun; ``name`` otherwise."""
    if not rest.startswith(name) or not _names(clauses[-1]) \
            or not re.search(r"[、等]", clauses[-1]) or not re.match(r"[，。；,;]?$|[，。；,;]",
                                                                 rest[len(name):]) \
            or any(p.flag[:1] in "vdpcu" for p in tags(name)):
        return name  # names, count and a noun alone (not "…等3个基地正在建设")
    for clause in reversed(clauses[:-1]):
        m = re.fullmatch(rf"(.*?)({_levels()})(.+?){_COUNT}(.+)", clause)
        if m and m.group(1) and _verbs(m.group(1)) \
                and _names(m.group(3)) and "、" in m.group(3):
            return m.group(1) + m.group(2) + name
        if not re.fullmatch(rf"[^\d]+?{_COUNT}[^\d]+", clause) or not _names(
                re.split(_COUNT, clause)[0]):
            return name
    return name


def names_graded(name: str, before: str, rest: str, dimension: str) -> str:
    """``name`` with the grade that opens the names its count lists (see the module; round
    88, w4): "获批创建国家级甘味生猪、高原夏菜" + 2个产业集群 → 获批创建国家级产业集群; the name
    unchanged when the case does not hold. ``before`` is the sentence up to the number,
    ``rest`` after its unit and qualifiers."""
    if not name or dimension != "count" or "级" in name \
            or any(g in name for g in cue_words("names_grade_levels")):
        return name
    clauses = _CLAUSES.split(before)
    got = _graded_clause(clauses[-1], name, rest)
    if got:
        verb, grade, noun = got
        return verb + grade + noun
    return _shared(clauses, name, rest)
