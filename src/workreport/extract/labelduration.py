"""A duration labelled by the act it measures, its measure cut off (round 73, x4).

Class of error (the development draws' "fragment: the measure (办结用时) is missing"): a time
an act takes, in working days, hours or minutes, is labelled by the act alone when the text
names no 时间 or 时限 before the number: "企业投资项目审批缩减到45个工作日" gave 企业投资项目审批,
"投资项目从取得土地使用权到施工许可最快9个工作日办结" gave 投资项目从取得土地使用权到施工许可,
"社会简易低风险工程建设项目全流程审批压减至10个工作日内" gave …全流程审批.

Rule: a figure in a unit of ``cues.duration_units`` (个工作日, 工作日, 小时, 分钟) whose label
holds no word of ``cues.duration_measures`` (时间, 时限, 用时, 天数 …) takes 时间 at its end,
after the act written right after the number when there is one (``cues.duration_acts``: 办结,
办完 …, after 内 or 以内): 企业投资项目审批时间, 投资项目从取得土地使用权到施工许可办结时间.

Exceptions: a label with a measure word already (企业开办时间, 审批时限从立项到施工, 银川经包头至
北京时间) and an empty label are left as they are; so are days in 天 (优良天数 holds its
measure; "重污染天气减少38天" stays 重污染天气, as a gold file has it: 天数 there made its label
score lower), and 提前2周 (周 is no unit of the list).
Round 73 review (q2): the act after the number may be one of handling a request (受理, 回复,
答复, 审结, 办理: "信访事项7个工作日内受理" → 信访事项受理时间, not 信访事项时间).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Any

from workreport.extract.labelvocab import cue_words
from workreport.vocab import alternation

__all__ = ["durations_named"]


@cache
def _act_after() -> re.Pattern[str]:
    """The act of ``cues.duration_acts`` right after the number (after 内 or 以内), built once."""
    return re.compile(rf"(?:以内|内)?({alternation(cue_words('duration_acts'))})")


def durations_named(figures: list[Any], text: str) -> list[Any]:
    """``figures`` with a duration's label given its measure (module docstring): "企业投资项目
    审批" in 个工作日 → 企业投资项目审批时间."""
    out = []
    for f in figures:
        label = f.indicator
        if not label or any(w in label for w in cue_words("duration_measures")):
            out.append(f)
            continue
        if f.unit in cue_words("duration_units"):
            m = _act_after().match(text, f.end, f.end + 6)
            act = m.group(1) if m and not label.endswith(m.group(1)) else ""  # 办结 kept once
            f = replace(f, indicator=label + act + "时间")
        out.append(f)
    return out
