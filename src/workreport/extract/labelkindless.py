"""A thing that comes in kinds, counted bare, takes the kind its sentence names just before it
(round 82, x2; the development draws' "scope lost": the kind named in an earlier clause and
not carried to the label).

The class of error: a bed, a pipe network or a line is always of some kind (养老床位 or a
hospital's beds; 供水, 污水, 燃气 or 供热管网; 电力 or 公交线路), and a report names the kind
once, in the clause before the count, then counts the thing bare: "建设养老机构11家，新增床位
392张" gave 新增床位, which reads as all the place's new beds, hospitals' too; "完成桑园、万安等
污水处理厂新建工程，配套建设管网103.2公里" gave 配套建设管网; "325个村完成农村供水管网改造提升，
新建县镇级管网450公里" gave 新建县镇级管网.

The rule (``kind_named``, a pass of ``labelpasses.AFTER``): the label ends in a head of
``cues.kindless_heads`` (床位, 管网, 管道 with 主干 before it, 线路) and names no kind before
it (no word of that head's kinds nor of ``cues.kindless_marks``: 家庭, 地下, 各类 …); the
clause before the figure's (after the last ，, not past a ；, ：, 。) and the figure's own clause up
to its number name the words of exactly one kind of that head (养老院, 康养, 老年 → 养老; 医院,
病房 → 医疗; 污水处理厂 → 污水; 农村供水管网 → 供水 …). The kind goes right before the head:
新增养老床位, 配套建设污水管网, 新建县镇级供水管网, 建设污水主干管道.

Exceptions (the label stays): a noun of its own right before the head (开通17条公交线路、
8条城际线路: 城际 is a kind; a level, 县镇级, is none), no kind named there, or two kinds
named ("新建供水、污水管网…": which is unsaid); a clause further back (a kind named two clauses
before may be another thing's); a kind or a mark of one in the label already. Round 82, x2.
Round 87 (w2, the development draws' scope lost): power capacity (装机, 装机容量) is of some
source too: "…35个新型储能项目，力争新开工装机1000万千瓦" → 新开工新型储能装机.
Round 82 review, q1: a kind's word inside a word of ``cues.kindless_not_words`` (养老保险,
医疗保险: an insurance, no place with beds) names no kind ("城乡居民养老保险参保率达到95%，新增
床位300张" gave 新增养老床位).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags
from workreport.vocab import load

__all__ = ["kind_named"]

_CLAUSES = re.compile(r"[，,]")
_STOPS = re.compile(r"[；;：:。]")


@cache
def _heads() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each head of ``cues.kindless_heads`` with the pattern of a label ending in it (管道
    with 主干 before it), longest first."""
    heads = sorted(load("cues")["kindless_heads"], key=len, reverse=True)
    return tuple((h, re.compile(rf"([\u4e00-\u9fff]{{0,12}}?)((?:主干)?{h})")) for h in heads)


def _kinds_named(text: str, head: str) -> set[str]:
    """The kinds of ``head`` whose words ``text`` holds, not one inside another named (储能
    of 新型储能: round 87 review, q2)."""
    kinds = load("cues")["kindless_heads"][head]
    named = {kind for kind, words in kinds.items() if any(w in text for w in words)}
    return {k for k in named if not any(k != o and k in o for o in named)}  # 储能 in 新型储能


def _modified(pre: str) -> bool:
    """Whether the word of ``pre`` right before the head is a noun of its own (城际, 微循环:
    a kind the label names), not an act (``cues.label_verbs`` …) nor a level (镇级)."""
    pieces = tags(pre) if pre else ()
    if not pieces:
        return False
    last = pieces[-1]
    return last.flag[:1] in "nijl" and not last.word.endswith("级") \
        and last.word not in cue_words("label_verbs", "label_kept_verbs", "lead_verbs",
                                       "list_shared_verbs")


def kind_named(name: str, before: str, rest: str, dimension: str) -> str:
    """``name`` with the kind of its head its sentence names just before it, as the module
    says (round 82, x2); ``name`` otherwise. ``rest`` and ``dimension`` are not read."""
    head, m = next(((h, m) for h, p in _heads() if (m := p.fullmatch(name))), ("", None))
    if not m:
        return name
    pre, tail = m.group(1), m.group(2)
    kinds = load("cues")["kindless_heads"][head]
    if any(w in pre for words in kinds.values() for w in words) \
            or any(w in pre for w in cue_words("kindless_marks")):
        return name  # 家庭养老床位, 地下管网: a kind named already
    if _modified(pre):
        return name  # 开通17条公交线路、8条城际线路: 城际 is a kind of its own
    clauses = _CLAUSES.split(_STOPS.split(before)[-1])
    window = re.sub("|".join(cue_words("kindless_not_words")), "", "".join(clauses[-2:]))
    named = _kinds_named(window, head)
    if len(named) != 1:
        return name  # none named, or two: which is unsaid
    return f"{pre}{named.pop()}{tail}"
