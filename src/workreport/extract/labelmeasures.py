"""A bare measure whose owner the clause or figure before names (rounds 14 and 15; split
from ``labelrates`` in round 26, tidy, so each has room).

- a works' or a school's measure after a clause naming it ("跨江大桥建成通车，日均车流量…" →
  跨江大桥日均车流量: ``works_measure``);
- a measure of the thing a lead clause acts on ("持续推进长护险扩面，新增参保人数…" →
  长护险新增参保人数: ``lead_measure``);
- a plan or task done, of the figure before's measure (``plan_of``, ``task_of``);
- a tax after a revenue measure of the same owner (``revenue_owned``);
- a capacity reached, named by the word after its number (``reached_capacity``, round 39);
- a figure before that is itself a whole indicator, owning nothing (``whole_indicator``, 56).

The words are data (``vocab/cues.yml``).
"""

from __future__ import annotations

import re

from workreport.extract.codes import code_for
from workreport.extract.labelclean import strip_words
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags
from workreport.extract.nonfigures import alternation
from workreport.extract.numbers import vocab

__all__ = ["indicator_owner", "lead_measure", "plan_of", "reached_capacity", "revenue_owned",
           "task_of", "whole_indicator", "works_measure"]


def works_measure(name: str, before: str) -> str:
    """A measure of a works or a school (``cues.works_owned_measures``: 日均车流量, 本科上线率)
    opening its clause after a clause with no number whose subject is a works or a school
    (a name ending in ``cues.works_subject_heads`` or ``cues.school_heads``, then a word of
    ``cues.works_subject_stops`` or ``cues.school_subject_stops``) is that one's (round 14):
    "跨江大桥建成通车，日均车流量…" → 跨江大桥日均车流量; "县第一中学高考再创佳绩，本科上线
    率…" → 县第一中学本科上线率; one clause may stand between ("某大桥通车运营，两地车程缩
    至30分钟，日均车流量…"; round 16). ``before`` is the sentence up to the number; ""
    otherwise."""
    cues = vocab("cues")
    clauses = re.split(r"[，；;,]", before)
    if name not in cues["works_owned_measures"] or len(clauses) < 2 \
            or not clauses[-1].strip().startswith(name):
        return ""
    stops = alternation(cues["works_subject_stops"] + cues["school_subject_stops"])
    heads = tuple(cues["works_subject_heads"] + cues["school_heads"])
    for clause in clauses[-2:-4:-1]:  # the clause before, or one clause further (round 16:
        m = re.match(rf"\s*([\u4e00-\u9fff“”]{{2,14}}?)(?:{stops})", clause)  # "…，车程缩至
        if not re.search(r"[\d、和及与]", clause) and m and m.group(1).endswith(heads):
            return m.group(1) + name  # 30分钟，日均车流量…")
    return ""


def lead_measure(name: str, before: str) -> str:
    """A bare measure of ``cues.lead_owned_measures`` (参保人数, 示范面积 …) opening its clause,
    after its leading words (全市, 确保 …), is of the thing the sentence's lead clause acts
    on, when that clause has no number and opens with a verb of ``cues.lead_verbs`` (round
    15): "持续推进长护险扩面，新增参保人数1000万人" → 长护险新增参保人数; "推广超低能耗建筑，
    每县至少完成1个示范项目，全市示范面积完成20万平方米" → 超低能耗建筑示范面积 (the words of
    ``cues.lead_object_tails`` after the thing go). ``before`` is the sentence up to the
    number; "" otherwise."""
    cues = vocab("cues")
    clauses = re.split(r"[，；;,]", before)
    core = strip_words(name, cues["label_leading"], leading=True)
    last = strip_words(clauses[-1].strip(), cues["label_leading"], leading=True)
    if core in cues["lead_owned_rates"]:
        return _lead_rate(core, before)
    if core not in cues["lead_owned_measures"] or len(clauses) < 2 or not last.startswith(core) \
            or re.search(r"[\d、和及与“”（）()]", clauses[0]):
        return ""
    lead = clauses[0].strip()
    thing = strip_words(lead, cues["lead_verbs"], leading=True)
    thing = strip_words(thing, cues["lead_object_tails"], leading=False)
    if thing == lead or not re.fullmatch(r"[\u4e00-\u9fff]{2,10}", thing) or core in thing:
        return ""
    return thing + core


def _lead_thing(clause: str) -> str:
    """What a lead clause (opening with a verb of ``cues.lead_verbs``, no number) acts on,
    the words of ``cues.lead_object_tails`` after it gone; "" for another clause."""
    cues = vocab("cues")
    lead = clause.strip()
    thing = strip_words(lead, cues["lead_verbs"], leading=True)
    thing = strip_words(thing, cues["lead_object_tails"], leading=False)
    return "" if thing == lead or not re.fullmatch(r"[\u4e00-\u9fff]{2,10}", thing) else thing


def _lead_rate(rate: str, before: str) -> str:
    """A bare rate of spread (``cues.lead_owned_rates``: 普及率, 覆盖率) opening its clause,
    after its leading words and a year (全区, 力争2030年), is of the thing the nearest lead
    clause before acts on (``_lead_thing``), no figure between (Round 32, rw): "加快发展社区
    托育机构，覆盖率达到50%" → 社区托育机构覆盖率; "大力发展职业教育，扩充优质资源，力争2027年
    普及率达到85%" → 职业教育普及率 (扩充 is no lead verb). "" otherwise."""
    cues = vocab("cues")
    clauses = re.split(r"[，；;,]", re.split(r"[；;]", before)[-1])
    last = strip_words(clauses[-1].strip(), cues["label_leading"], leading=True)
    last = strip_words(re.sub(r"^(?:到|至)?\d{4}年(?:底|末)?", "", last), cues["label_leading"],
                       leading=True)
    if len(clauses) < 2 or not last.startswith(rate):
        return ""
    for clause in reversed(clauses[:-1]):
        if re.search(r"\d", clause):
            return ""
        if thing := _lead_thing(clause):
            return "" if rate in thing else thing + rate
    return ""


def plan_of(name: str, previous: str | None, before: str) -> str:
    """A bare plan or task done after 完成 is the share done of the figure before's measure
    (round 15; ``previous`` is its label, one thing, no rate, no plan word): "当年投资30.1亿
    元，完成全年计划的120.3%" → 重点项目投资完成全年计划比例 (a word of ``cues.plan_words``
    ends the clause; 投资 is said once: 完成年度投资计划 → …投资完成年度计划比例), never bare
    计划. ``before`` is the sentence up to the number; "" otherwise."""
    cues = vocab("cues")
    if not previous or re.search(r"[、和及与]|率$|比例$|比重$", previous) \
            or any(w in previous for w in cues["plan_words"]):
        return ""
    clause = re.split(r"[，；;,、]", before)[-1].strip()
    plans = alternation(cues["plan_words"])
    done = re.fullmatch(rf"(?:全年|共)?(?:超额)?完成([\u4e00-\u9fff]{{0,6}}?(?:{plans}))(的?)",
                        clause)
    # A share follows 的 or a plan ("完成年度投资计划165%"); an amount follows a task
    # ("完成植树造林任务3.9万亩").
    if done and done.group(1).endswith(name[-2:]) \
            and (done.group(2) or clause.endswith("计划")):
        plan = done.group(1)
        if previous.endswith("投资"):
            plan = plan.replace("投资计划", "计划").removesuffix("投资")  # 年计划投资 (r36)
        return f"{previous}完成{plan}比例"
    return ""


def task_of(label: str, previous: str | None) -> str:
    """A bare task or goal named after its amount (``cues.task_words``) is of the figure
    before's measure, in this clause or the one before (round 15): ("年度任务", "城镇新增就业")
    → 城镇新增就业年度任务 (of "城镇新增就业超140万人、超额完成国家下达的100万人年度任务");
    "" when there is no such figure, or it is a list, a rate or a plan itself."""
    if label not in vocab("cues")["task_words"] or not previous \
            or re.search(r"[、和及与]", previous) or previous.endswith(cue_words("rate_words")) \
            or any(w in previous for w in cue_words("task_plan_words")):
        return ""
    return previous + label


def revenue_owned(name: str, previous: str | None) -> bool:
    """Whether a bare tax (``cues.revenue_owned_words``: 纳税, 税收) after a revenue measure
    (``cues.revenue_measures``) is the same owner's, so that ``labelowners.owned`` names it
    (round 14): ("纳税", "巨力集团产值") → True (→ 巨力集团纳税); False after another measure
    ("工业增加值": the tax is the zone's) or an owner that holds a verb ("全部建成后预计年消耗
    尾矿废渣销售收入")."""
    cues = vocab("cues")
    measure = next((w for w in cues["revenue_measures"] if (previous or "").endswith(w)), "")
    own = (previous or "")[: len(previous or "") - len(measure)]
    return bool(name in cues["revenue_owned_words"] and measure and len(own) > 1
                and not any(p.flag[:1] in ("v", "d", "p", "t") for p in tags(own)))


def whole_indicator(previous: str) -> bool:
    """Whether the figure before's label is a whole indicator, a measure and not an owner of
    the bare measure after it (round 56, s56c; issue 13, an indicator taken as owner): a
    standard indicator (``codes.code_for``: 地区生产总值, 一般公共预算收入) or a label ending
    in a measure (``cues.whole_indicator_ends``: 生产总值, 收入, 投资 …), so that
    "全县地区生产总值增长6.5%，实现利税3亿元" gives 利税, not 地区生产总值利税. False for an
    owner noun (企业, 园区, 行业: "规上企业达到47家，实现利税…" → 规上企业利税) and for ""."""
    return bool(previous) and (bool(code_for(previous)) or previous.endswith(
        tuple(vocab("cues")["whole_indicator_ends"])))


def indicator_owner(previous: str) -> str:
    """The owner a whole indicator that is no standard one names before its measure (round 56
    review, g56c; issue 13, an owner lost): "农民专业合作社经营收入达5亿元，利润8000万元" →
    农民专业合作社 (→ 农民专业合作社利润), "文旅产业综合收入" → 文旅产业: the label without its
    end (``cues.whole_indicator_ends``) and the words qualifying it
    (``cues.whole_indicator_modifiers``: 综合, 经营, 总), when what is left ends in an owner's
    head (``cues.owner_heads``, ``cues.whole_indicator_owner_heads``: 产业, 企业, 合作社).
    "" for a standard indicator (``codes.code_for``: 地区生产总值, 固定资产投资), a
    total value, and any other rest ("民间投资", "营业收入")."""
    cues = vocab("cues")
    if code_for(previous) or previous.endswith(("生产总值", "总值")):
        return ""
    end = next((w for w in cues["whole_indicator_ends"] if previous.endswith(w)), "")
    own = previous[: len(previous) - len(end)]
    own = strip_words(own, cues["whole_indicator_modifiers"], leading=False) if own else ""
    heads = tuple(cues["owner_heads"] + cues["whole_indicator_owner_heads"])
    return own if len(own) > 1 and own.endswith(heads) else ""


def reached_capacity(name: str, after: str) -> str:
    """A capacity a plan or works reaches, written "达到 + a rate of time + N + (unit) + (的) +
    能力/产能/规模" (round 39, the development draws' leading filler and a measure cut): the
    label is the rate and what it counts with the word after the number, without the reaching
    verb (``cues.capacity_reach_verbs``): "达到日检12万人能力" → 日检能力, "达到日供水2万吨的
    能力" → 日供水能力, "达到年产4000万包产能" → 年产能, "达到年产菇耳45万吨规模" → 年产菇耳规模.
    An owner before the verb stays ("某产业达到年产…规模" → 某产业年产…规模). The rate
    opens what is left (``cues.capacity_rates``: 年产, 日 …); "" otherwise (a capacity
    with no such word after it stays: "达到年产10万吨").  ``after`` is the sentence after the
    number."""
    cues = vocab("cues")
    verb = next((v for v in cues["capacity_reach_verbs"] if v in name), "")
    owner, _, rest = name.partition(verb) if verb else ("", "", "")
    if not rest.startswith(tuple(cues["capacity_rates"])):
        return ""
    word = re.match(rf"[^\d\W]?的?({alternation(cues['capacity_words'])})(?:[，。；、,;]|$)",
                    after)
    if not word:
        return ""
    measure = word.group(1)
    return owner + rest + (measure[1:] if rest.endswith("产") and measure.startswith("产")
                           else measure)
