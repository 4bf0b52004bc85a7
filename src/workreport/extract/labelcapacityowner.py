"""The works whose capacity a bare capacity label gives (issue 13 §2; round 88, w2: the
development draws' "owner lost", a works' yearly or daily output read as the whole place's).

A sentence that opens with a named works and what became of it, or an annex note headed by a
project's name, goes on to the works' capacity in a clause of its own with no subject
("北味黑木耳核心菌包厂建成投产，…，计划年产菌棒4000万包"; "黑木耳核心工厂三条生产线全部启动，
达到年产4000万包产能"; "〔16〕垃圾焚烧发电：项目位于…，设计日处理生活垃圾600吨"). The label
was the capacity alone (计划年产菌棒, 年产能, 设计日处理生活垃圾), which reads as the county's
output; the judges ask for the works' name in front (北味黑木耳核心菌包厂计划年产菌棒, 黑木耳核心
工厂年产能).

The rule: the label is a capacity, an optional opener (``cues.capacity_owner_openers``: 设计,
计划), a period (``capacity_owner_periods``: 年, 日) and an act of producing or handling
(``capacity_owner_acts``: 产, 处理, 屠宰 …) with at most six characters of product after it,
or 年产能/产能 alone. Its owner is

- the name of the annex note the sentence opens (``labeltablenote.NOTE``: "〔16〕垃圾焚烧发电："),
  or else
- the name the sentence's first clause (after its last ；) opens with, 3 to 16 Chinese
  characters ending in the head of a works (``cues.capacity_works``, ``capacity_owner_heads``:
  厂, 工厂, 项目, 基地 …) and followed by a verb or adverb (jieba's v, d, ad), a status of
  ``cues.named_body_status`` (建成投产: jieba's j) or a count of the works' parts
  ("三条生产线"), with no digit, list mark, quote, 的, 和, 及 or 与 in it, not opening with a
  verb of making or a leading word (新建…, 完成…: ``cues.label_verbs``, ``label_kept_verbs``,
  ``topic_chain_make_verbs``, ``label_leading``).

Exceptions (the label stays): a capacity in the first clause itself (its own subject, if any,
is in the label), a label already holding the name, a first clause opening with a verb
("新建大棚300栋，年产蔬菜2万吨": whose is not said), a value (年产值: ``_VALUE``), money.
Called from ``labelpasses.AFTER``.
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labeltablenote import NOTE
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags
from workreport.extract.nonfigures import alternation

__all__ = ["capacity_owned"]

_PARTS = re.compile(r"[；;。]")
_CLAUSES = re.compile(r"[，,]")
_PART_COUNT = re.compile(r"[一二两三四五六七八九十\d]+[条个座台栋间]")
_BAD = re.compile(r"[\d、“”《》（()的和及与]")
_VALUE = re.compile(r"(?:值|额|收入|效益)$")


@cache
def _capacity() -> re.Pattern[str]:
    """A capacity label (see the module), built once from its cue lists."""
    openers = alternation(cue_words("capacity_owner_openers"))
    periods = alternation(sorted(cue_words("capacity_owner_periods"), key=len, reverse=True))
    acts = alternation(sorted(cue_words("capacity_owner_acts"), key=len, reverse=True))
    return re.compile(rf"(?:{openers})?(?:(?:{periods})(?:{acts})[\u4e00-\u9fff]{{0,6}}|产能)")


@cache
def _works() -> re.Pattern[str]:
    """A works' name opening a clause (see the module), built once."""
    heads = alternation(sorted(set(cue_words("capacity_works", "capacity_owner_heads")),
                               key=len, reverse=True))
    return re.compile(rf"([\u4e00-\u9fff]{{1,14}}?(?:{heads}))(?=[\u4e00-\u9fff])")


def _opening_works(clause: str) -> str:
    """The works' name ``clause`` opens with, followed by a verb, an adverb or a count of its
    parts, or ""."""
    m = _works().match(clause)
    if not m or not 3 <= len(m.group(1)) <= 16 or _BAD.search(m.group(1)):
        return ""
    name, after = m.group(1), clause[m.end():]
    if name.startswith(cue_words("label_verbs", "label_kept_verbs", "topic_chain_make_verbs",
                                 "label_leading")):
        return ""
    following = tags(after)
    if _PART_COUNT.match(after) or after.startswith(cue_words("named_body_status")) \
            or (following and (following[0].flag[:1] in ("v", "d") or following[0].flag == "ad")):
        return name
    return ""


def capacity_owned(name: str, before: str, rest: str, dimension: str) -> str:
    """``name`` with the works it is the capacity of in front, as the module says (round 88,
    w2); ``name`` as it is otherwise. ``before`` is the sentence up to the number; ``rest`` is
    not read; money keeps its label."""
    if not name or dimension == "money" or not _capacity().fullmatch(name) \
            or _VALUE.search(name):
        return name
    if note := NOTE.match(before):
        return name if note.group(1) in name else note.group(1) + name
    clauses = _CLAUSES.split(_PARTS.split(before)[-1])
    if len(clauses) < 2:
        return name
    works = _opening_works(clauses[0].strip())
    return works + name if works and works not in name else name
