"""A measure that grew, driven by a means named before it (issue 13, round 40, ra40; the
development draws' "leading filler": 带动 and the means before it left in the label of a
growth).

When the sentence before the figure's number ends in 带动 (``cues.driving_verbs``), a
measure, and a verb of change right before the number (``cues.change_up``,
``change_down``), the figure is that measure's whole growth, and what drove it is no part
of its name: "…，带动一般公共预算收入增长6.6%" → 一般公共预算收入 (not 带动一般公共预算
收入); "工业技改项目…，带动工业投资增长10%" → 工业投资.

An amount driven with no verb before the number is what the means brought and keeps its
verb ("带动消费300亿元" → 带动消费, "带动就业4764人"), and so does an income raised
(``cues.driven_kept``, the sentence ending in it: "带动群众增收8.5亿元"). A level reached
keeps its source (round 20's rule, its phrasing row: "用好算力券政策，带动算力产业规模达到
120亿元" → 算力券政策带动算力产业规模).

Round 46 (s46b, the development draws' scope lost: 户均增收 read as every household's): an
income per household or head opening its clause (``per_head_owner``) is of the households or
people the clause just before counts ("带动近4000农户，户均增收2万元以上" → 带动农户
户均增收; "从业人员达到7000余人，人均年增收1.8万元" → 从业人员人均年增收).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelvocab import cue_words
from workreport.extract.nonfigures import alternation

__all__ = ["driven_measure", "per_head_owner"]


@cache
def _driven_end() -> re.Pattern[str]:
    """带动, the measure (no break or digit), then the verb of change before the number."""
    drivers = alternation(cue_words("driving_verbs"))
    verbs = alternation(cue_words("change_up", "change_down"))
    return re.compile(rf"(?:{drivers})([^，,；;。、：:\d]{{2,20}}?)(?:{verbs})了?$")


def driven_measure(name: str, before: str, rest: str, dimension: str) -> str:
    """The measure after 带动 in ``name`` when ``before`` (the sentence up to the figure's
    number) ends in 带动, that measure and a verb of change; ``name`` otherwise
    (``labelassigned.after_label`` applies it; ``rest`` and ``dimension`` are not read)."""
    if not any(d in name for d in cue_words("driving_verbs")) \
            or before.endswith(cue_words("driven_kept")):
        return name
    m = _driven_end().search(before)
    measure = m.group(1) if m else ""
    return measure if measure and name.endswith(measure) else name


def per_head_owner(name: str, before: str, rest: str, dimension: str) -> str:
    """``name``, an income per household or head (``cues.per_head_words`` before
    ``per_head_incomes``: 户均增收, 人均年收入) that opens its clause, with the people
    (``cues.per_head_people``: 农户, 贫困户, 从业人员 …) the clause just before counts and
    names last in front, and the verb that counted them when that clause is a verb, a number
    and them (round 46, s46b): "带动近4000农户，户均增收2万元以上" → 带动农户户均增收,
    "从业人员1.3万人，人均年收入1.8万元" → 从业人员人均年收入. ``name`` otherwise: no such
    people ("投入产业扶贫资金1720万元，人均增收347元"), or people named but not counted
    ("…对全县所有贫困户…覆盖，户均增收6000元以上": the Laiyuan gold keeps 户均增收);
    ``rest`` and ``dimension`` are not read (``labelassigned.after_label`` applies it)."""
    clauses = [c.strip() for c in re.split(r"[，,；;]", before)]
    head = next((w for w in cue_words("per_head_words") if name.startswith(w)), "")
    if not head or name[len(head):] not in cue_words("per_head_incomes") or len(clauses) < 2 \
            or not clauses[-1].startswith(name):
        return name
    found = [(clause.rfind(p) + len(p), len(p), p) for p in cue_words("per_head_people")
             if (clause := clauses[-2]).find(p) >= 0]
    if not found or not re.search(r"\d", clauses[-2]):
        return name  # people named, not counted: the Laiyuan gold keeps 户均增收 there
    people = max(found)[2]
    counted = re.fullmatch(rf"([\u4e00-\u9fff]{{2}})[近约超]?\d[\d.]*[万]?(?:名|户|人)?{people}",
                           clauses[-2])
    return (counted.group(1) if counted else "") + people + name
