"""Round 68 (v2; issue 13, the 'fragment' and 'other thing' rows of draws 9015 and 9016): a
share right after a plan written with 的 and 完成 is the plan's completion rate, with no
figure before it to own the plan (``labelmeasures.plan_of`` needs one, and
``labelfield.completion_share`` leaves a plan with 的 to it). The label named the plan as if
the share measured the plan itself:

- "28个省市重点项目完成年度投资计划的121%" gave 省市重点项目年度投资计划 → 省市重点项目年度
  投资计划完成率; "累计完成攻坚战总任务的42%" gave 攻坚战总任务 → 攻坚战总任务完成率;
- in a list done 分别: "治沙、造林、种草分别完成年度目标任务的113%、220%和148%" gave
  治沙年度目标任务 → 治沙年度目标任务完成率; a first item that lost the plan gets it back
  ("城镇新增就业、新增发放创业担保贷款分别完成年计划的113.4%、256.1%" gave 城镇新增就业 →
  城镇新增就业年计划完成率: the list's items each take the plan before it is shared out).

The plan ends with a word of ``cues.plan_done_words`` (计划, 任务, 目标 …). Not a share of a
plan after 占 or 为 (省市重点项目投资占年度计划的114%: a share of the plan, named so), not a
label naming a rate or 完成 already (…完成全年计划比例), nor a share whose clause goes on
after it.
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelvocab import cue_words, rate_ends
from workreport.vocab import alternation

__all__ = ["plan_doer", "plan_done"]

# A share already written in the list before this one ("…的113.4%、", "…的113%、220%和").
_EARLIER = re.compile(r"(?:\d+(?:\.\d+)?%(?:以上|左右)?[、和及与])+$")


def plan_done(name: str, before: str, after: str) -> str:
    """``name`` with 完成率 when the share's clause (``before``, the sentence up to the
    number, its earlier shares of a 分别 list dropped) ends with 完成, a plan and 的, and
    ``after`` closes the clause or goes on to the list's next share: ("省市重点项目年度投资计划",
    "28个省市重点项目完成年度投资计划的", "。") → 省市重点项目年度投资计划完成率; a name that
    is an item of the words before 完成 and holds no plan takes the plan: ("城镇新增就业",
    "城镇新增就业、新增发放创业担保贷款分别完成年计划的", "、256.1%…") → 城镇新增就业年计划
    完成率; a 累计 before the plan goes (round 68 review, q4: "重点项目累计完成年度投资计划
    的108%" → 重点项目年度投资计划完成率). "" otherwise."""
    if not name or "完成" in name or name.endswith(rate_ends()) \
            or not re.match(r"(?:以上|左右)?(?:[、和及与，,；;。！？]|$)", after):
        return ""
    clause = _clause(before)
    m = _plan_clause().fullmatch(clause)
    if not m:
        return ""
    plan = m.group("plan")
    items = re.split(r"[、和及与]", m.group("done"))
    if name.endswith(plan):  # a list's items each take the plan, for them to be shared out
        parts = re.split(r"[、和及与]", name.removesuffix(plan))
        if len(parts) > 1 and all(len(p) > 1 and p in items for p in parts):  # not 省、市
            return "、".join(f"{p}{plan}完成率" for p in parts)
    if name.endswith(plan[-2:]):  # "省、市重点项目…" is one class (a rate would be shared out)
        name = name.removesuffix("累计" + plan) + plan if name.endswith("累计" + plan) else name
        return re.sub(r"^([\u4e00-\u9fff])、(?=[\u4e00-\u9fff]{2})", r"\1", name) + "完成率"
    if name in items and not any(w in name for w in cue_words("plan_done_words")):
        return name + plan + "完成率"
    return ""


def plan_doer(name: str, pre: str) -> str:
    """The label a later figure of the sentence carries on from a completion rate of
    ``plan_done`` (round 68 review, q4): what did the plan, not its rate, which no growth or
    count after it measures: ("规上工业增加值年度目标完成率", "规上工业增加值完成年度目标的")
    → 规上工业增加值 (for "…的102%，同比增长8.5%"), ("棚户区改造年度任务完成率", …) → 棚户区
    改造 (for "…，开工5200套"). ``pre`` is the clause up to the share; ``name`` is kept when it
    does not end with the clause's plan and 完成率, or names nothing before the plan
    ("完成全年计划的98%，比上年提高6个百分点": 计划完成率 carries on)."""
    clause = _clause(pre)
    m = _plan_clause().fullmatch(clause)
    tail = (m.group("plan") if m else "") + "完成率"
    doer = name.removesuffix(tail).removesuffix("累计")
    return doer if m and name.endswith(tail) and len(doer) > 1 else name


def _clause(before: str) -> str:
    """The share's clause in ``before`` (the sentence up to it), its earlier shares of a list
    dropped (``_EARLIER``), and so an earlier plan with its share after the same 完成 (round
    69, f4: "完成投资计划的82%和年度目标的95%" gave 95% the label 年度目标, the plan, not its
    completion rate): "完成投资计划的82%和年度目标的" → 完成年度目标的."""
    clause = _EARLIER.sub("", re.split(r"[，,；;：:。！？]", before)[-1].strip())
    return _earlier_plans().sub(r"\g<done>", clause)


@cache
def _earlier_plans() -> re.Pattern[str]:
    """完成 and the plans done before this share's, each with its share and a 和 or 、."""
    plans = alternation(cue_words("plan_done_words"))
    return re.compile(rf"(?P<done>完成了?)(?:[\u4e00-\u9fff“”]{{0,14}}?(?:{plans})的"
                      r"\d+(?:\.\d+)?%(?:以上|左右)?[、和及与])+")


@cache
def _plan_clause() -> re.Pattern[str]:
    """The clause: what is done, 分别 or 超额 or 累计, 完成 (了), the plan and 的, built once."""
    plans = alternation(cue_words("plan_done_words"))
    return re.compile(rf"(?P<done>.*?)(?:分别|累计|共)?(?:超额)?完成了?"
                      rf"(?P<plan>[\u4e00-\u9fff“”]{{0,14}}?(?:{plans}))的")
