"""A goal word after the number, as the container of the things counted, kept out of the
label (issue 13 §2; round 80, x6; the development draws' "newness dropped" and "fragment").

The class of error: a count or amount written inside the goal it states, "实现…、储能60万千瓦
目标" or "围绕…、建设20个示范村目标", gave the label the goal word (储能目标, 建设示范村目标):
目标 there is what the number is put in, not what it counts (60万千瓦 of 储能, 20 示范村).

The rule: a label ending in 目标 whose number is followed, within its clause, by nothing but the
label's own words before 目标 and then a clause mark or the sentence's end ("60万千瓦目标。",
"20个示范村目标，") loses 目标: 储能, 建设示范村. When the label is the last item of a 、-list
of counts whose clause opens with a newness verb (``cues.distributed_new_verbs``: 新增; after a
filler of ``cues.label_leading`` or 实现), the verb is that item's too, as it is the other
items' once no goal word stands in the way: "实现新增煤炭产能800万吨、…、储能60万千瓦目标" →
新增储能.

Exceptions (the label stays): a goal that is itself what the number sets ("经济增长预期目标定为
7.5%左右", "年度目标6%以上": 目标 before the number), or a figure compared with a goal
("超年度计划目标13.9%"). Round 80, x6. Nor a goal a period word names between the
number and 目标 (``cues.goal_period_words``: 年度, 全年, 阶段性): "完成PM2.5浓度50微克/立方米
年度目标" gives the year's goal, PM2.5浓度年度目标 (session 58: x6's rule cut it to
PM2.5浓度年度, the lead's first mend to PM2.5浓度, which a judge of the draws read as the
measured value). The newness verb
is shared after any run of fillers (round 80 review, q4: "确保实现新增光伏装机80万千瓦、风电
50万千瓦目标" gave 风电, was 新增风电目标).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelvocab import cue_words
from workreport.vocab import alternation

__all__ = ["goal_tail_dropped"]

_GOAL_AFTER = re.compile(r"^\s*([\u4e00-\u9fff]*?)目标(?=[，。；、,;）)]|$)")
_RUN = re.compile(r"[，,；;。：:]")


@cache
def _new_lead() -> re.Pattern[str]:
    """A clause opening with a newness verb (``cues.distributed_new_verbs``), maybe after
    实现 or 完成, and holding a count before a 、."""
    verbs = alternation(sorted(cue_words("distributed_new_verbs"), key=len, reverse=True))
    lead = alternation(sorted({*cue_words("label_leading"), "实现", "完成", "力争"}, key=len,
                              reverse=True))
    return re.compile(rf"^(?:{lead})*({verbs})[^、]*\d[^、]*、")


def goal_tail_dropped(name: str, before: str, rest: str, dimension: str) -> str:
    """``name`` without its closing 目标 when the text after the number (``rest``) is the
    label's own tail and 目标 closing its clause, as the module's doc says; ``name``
    otherwise. ``before`` and ``dimension`` are not read."""
    if not name.endswith("目标") or not (m := _GOAL_AFTER.match(rest)):
        return name
    core = name[:-2]
    if len(core) < 2 or not core.endswith(m.group(1)):
        return name
    if m.group(1) in cue_words("goal_period_words"):
        return name  # "完成PM2.5浓度50微克/立方米年度目标": the year's goal, 50 (session 58)
    clause = _RUN.split(before)[-1].strip()
    new = _new_lead().match(clause)
    if new and clause.endswith("、" + core) and not core.startswith(new.group(1)):
        return new.group(1) + core  # "实现新增…、储能60万千瓦目标" → 新增储能
    return core
