"""A short bare label takes the scope its sentence names before it (round 81, x9; the
development draws' "scope lost" / "owner lost": labels of 2-5 characters were rejected far more
often than long ones, most for a bare noun whose scope or owner the clause before names).

The class of error: a short generic label (参与人员, 常住人口, 利税, 入驻企业 …) in a clause that
opens with it and no subject of its own reads as the whole place's total, while an earlier
clause of its sentence opens with the scope it belongs to: "七山滑雪度假区完成投资5亿元，…，
参与人员15万人次" → 七山滑雪度假区参与人员; "城区面积达18.9平方公里，常住人口15.1万人" →
城区常住人口.

The rule (``short_scoped``), extending ``labeltopicchain.topic_owned`` (which owns only the
closed list of ``cues.topic_chain_measures``) to any short generic head: the label is two to
five Chinese characters, no word of it a place, body, name or abbreviation (jieba's ns, nt,
nz, nr, j), a pronoun, a number or a time word, opening no scope
(``cues.subject_owner_scopes``), and its clause opens with it after leading words and verbs.
Walking back over the clauses of the sentence (not past ；, ： or 。) with topic_owned's own
reading of a clause's subject (``labeltopicchain.topic_subject``), the first clause that opens with
a subject gives the scope, when that subject names a place, zone, body or programme: jieba
tags a word of it ns, nt or nz, or it ends in a head of ``cues.short_scope_heads`` (区, 企业,
工程, 度假区 …). The scope goes in front.

A time phrase opening the subject's clause goes before it is read ("2015年城区面积达…").

Exceptions (the label stays): a whole indicator or what only the whole place has
(``codes.code_for``, ``cues.whole_place_measures``: 粮食总产量, 城镇化率, 公路货运量), unless
its owner is a short place (``cues.topic_chain_short_places``: 城区, 县城) ("城区面积达…，
常住人口…" → 城区常住人口); a rate after a short place (城区…，集中供热率达到92%: the place's
own rate, as the Yixian gold has it); a figure's clause opening with the whole place
(全区金融机构…); a subject that opens with an act (新建食用菌…, 曝光…: jieba's v,
``cues.subject_owner_new_acts``) or is of two characters and no short place (普通); a label
that is a count of bodies or places itself (专业合作社, ending in a head of
``cues.short_scope_heads`` or ``staff_body_heads``: its own subject); a clause of a list (、,
等: "甲、乙等项目签约落地"); a scope of the whole place (全县, 我市 …) or one failing
topic_owned's owner test (``owner_ok``: a generic noun alone, a whole indicator, a holder of
no entity); a clause between with a subject of its own stops the walk; a later clause with no
figure is a topic, no owner; the label already holds the scope or ends it; a time phrase or
verb phrase opens no subject (``topic_subject`` walks past it); a scope that is a piece of a longer
name (no head of ``short_scope_heads`` and a one-character word after it: 大运河文化|带建设; the
lead's review). Round 81, x9.
"""

from __future__ import annotations

import re

from workreport.extract.codes import code_for
from workreport.extract.labeltopicchain import opens_with, owner_ok, topic_subject
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags

__all__ = ["short_scoped"]

_CLAUSES = re.compile(r"[，,]")
_STOPS = re.compile(r"[；;：:。]")
_HAN = re.compile(r"[\u4e00-\u9fff]{2,5}")
_DIGIT = re.compile(r"\d")
_TIME = re.compile(r"^(?:\d{4}年(?:以来|底|末)?|今年|去年|[上下]半年)(?=[\u4e00-\u9fff])")
_LISTED = re.compile(r"[、等]")
_NAMED = ("ns", "nt", "nz", "nr", "j")
_NOT_GENERIC = (*_NAMED, "r", "m", "t")


def _generic(name: str) -> bool:
    """Whether ``name`` is a short generic head: 2-5 Han characters, no word of it a name
    (ns, nt, nz, nr, j), pronoun, number or time word as jieba tags it."""
    if not _HAN.fullmatch(name) or name.startswith(tuple(cue_words("subject_owner_scopes"))) \
            or name.endswith(tuple(cue_words("short_scope_heads", "staff_body_heads"))):
        return False  # 专业合作社达到156家: a count of bodies is its own subject
    return not any(p.flag.startswith(_NOT_GENERIC) for p in tags(name))


def _scope(owner: str) -> bool:
    """Whether ``owner`` names a place, zone, body or programme, opening with no act."""
    if len(owner) < 3 and owner not in cue_words("topic_chain_short_places"):
        return False  # 普通高考…上线: a word cut off, no scope
    pieces = tags(owner)
    if pieces[0].flag.startswith("v") or owner.startswith(tuple(cue_words(
            "subject_owner_new_acts", "label_leading", "topic_chain_verbs"))):
        return False  # 新建食用菌…, 曝光…: an act, no scope
    return any(p.flag in _NAMED[:3] for p in tags(owner)) \
        or owner.endswith(tuple(cue_words("short_scope_heads")))


def _cut(owner: str, clause: str) -> bool:
    """Whether ``owner`` is a piece of a longer name in ``clause``: it ends in no head of
    ``cues.short_scope_heads`` and jieba's next word is one character (大运河文化|带|建设 …:
    the scope read would be 大运河文化, the 带 cut off). Lead's review of round 81."""
    at = clause.find(owner)
    rest = clause[at + len(owner):] if at >= 0 else ""
    return bool(rest) and not owner.endswith(tuple(cue_words("short_scope_heads"))) \
        and len(tags(rest)[0].word) == 1 and tags(rest)[0].word not in "的是为在已将"


def short_scoped(name: str, before: str, rest: str, dimension: str) -> str:
    """``name`` with the scope an earlier clause of its sentence opens with, as the module
    says (round 81, x9); ``name`` otherwise. ``rest`` and ``dimension`` are not read."""
    if not name or not _generic(name):
        return name
    clauses = _CLAUSES.split(_STOPS.split(before)[-1])
    if len(clauses) < 2 or not opens_with(clauses[-1], name) \
            or clauses[-1].strip().startswith(tuple(cue_words("subject_owner_scopes"))):
        return name  # "…，全区金融机构达13家": the whole place's
    whole = code_for(name) or any(w in name for w in cue_words("whole_place_measures"))
    for at in range(len(clauses) - 2, -1, -1):
        if _LISTED.search(clauses[at]):
            return name  # "河北阜通、北京央厨等项目签约落地": a list, no one scope
        owner, goes_on = topic_subject(_TIME.sub("", clauses[at].strip()))
        if owner:
            short = owner in cue_words("topic_chain_short_places")
            if (whole and not short) or (short and name.endswith("率")) \
                    or not owner_ok(owner) or not _scope(owner) or owner in name \
                    or name.startswith(owner[-2:]) \
                    or (at and not _DIGIT.search(clauses[at])) or _cut(owner, clauses[at]):
                return name
            return owner + name
        if not goes_on:
            return name
    return name
