"""The kind of a figure a plan states about its own place speaking in the first person (issue 13,
the development draws' "kind: a background stock stated in the plan is actual"; round 82, x8).

The class of error: a plan part that argues from what the place has says so in sentences opening
with the place in the first person ("我区每年接待游客近3亿人次，这些送上门来的消费还有很大潜力
可挖", "我区近万亿元的重大项目投资中，产业投资占比近七成，但是带动本地就业并不多", "我区1100多种
“蒙”字标好产品，在全国有市场"). Standing in the plan part, every such figure was read as a
target; by label_judging.md (a stock quoted as background in a plan is actual, seed-2137 audit)
they are actual: the sentence states what is so, it sets no goal.

The rule (called by ``figurekind.kind_of`` in a plan part): a figure is actual when its sentence
opens with a first-person place (``cues.first_person_places``: 我区, 我省, 我市 …) and no word
between that opening and the number sets a goal or makes a change: ``cues.progress_plan_words``
(要, 将, 力争, 今年 …), ``already_not_after`` (确保, 推动, 实现 …), ``progress_not_between``
(完成, 新增, 建成, 增长 …) and ``first_person_goal_words`` (需, 应, 瞄准, 加快 …).

Exceptions: 我们 is no place (a plan's "我们要…" is its own voice); a clause of what the place
still has after a change ("…平均每年新增30万，还有63万失能老人") is the background rule's
(``cues.background_before_number``: 还有), not this one's. Round 82 review (q5): an act, a
change or a bound set before the number is a goal word too (``first_person_goal_words``: 实施,
改造, 降低, 下降, 控制, 稳定, 不低于 …): "我区万元GDP能耗降低3.5%", "我县实施重点项目120个",
"我省粮食播种面积稳定在1.1亿亩", "我县耕地保有量不低于50万亩" (the qualifier read with the
number) stay targets.
"""

from __future__ import annotations

from workreport.extract.labelvocab import cue_words

__all__ = ["first_person_fact"]


def first_person_fact(before: str) -> bool:
    """Does ``before`` (a plan part's sentence up to the number's end, its qualifier with it:
    不低于50万亩, round 82 review, q5) open with a first-person place
    and name no goal or change before the number?"""
    opening = before.lstrip()
    place = next((p for p in cue_words("first_person_places") if opening.startswith(p)), "")
    if not place:
        return False
    rest = opening[len(place):]
    return not any(w in rest for w in cue_words(
        "progress_plan_words", "already_not_after", "progress_not_between",
        "first_person_goal_words"))
