"""The passes run on a sentence's figures once ``figures.extract`` has made them, for rules
that need more than one label: the whole sentence, the figures beside a figure, or the rows made
before it. Two kinds, each applied in order:

- ``LIST``: ``rule(figures, text)`` → the figures, on the whole list of the report's figures
  (``figures``: ``Figure`` rows in text order; ``text``: the report's normalised text, which
  each figure's ``start``/``end`` index), before the each-of split and the period rules;
- ``ROW``: ``rule(f, rows, text)`` → the figure, on one figure with the rows made before it
  (``rows``, after the each-of split), once the period, topic, zone-heading and rank rules have
  run on it.

A new rule of either kind is one line here (and its import), not a line of ``figures.py``; the
order matters where two rules touch the same label (a later rule sees the earlier's result).
Each module's docstring gives its class of error, its rule, its exceptions and its round.
Rules that need a paragraph's heading or another argument stay called from ``figures.extract``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from workreport.extract.labelagentconduct import agent_conduct
from workreport.extract.labelbenefitpeople import benefit_after_people, benefit_people
from workreport.extract.labelclasshead import class_head
from workreport.extract.labelduration import durations_named
from workreport.extract.labelfundedprojects import funded_projects
from workreport.extract.labelgapkept import gap_kept
from workreport.extract.labelgaplists import gaps_listed
from workreport.extract.labelgenericnames import generic_named
from workreport.extract.labelgradelist import grade_listed
from workreport.extract.labelgrowthshare import growth_as_change
from workreport.extract.labelheadless import headless_items
from workreport.extract.labelleadshared import lead_change_shared
from workreport.extract.labellistcut import list_restored
from workreport.extract.labelmilestone import second_subject
from workreport.extract.labelownact import own_acts
from workreport.extract.labelpeopleact import people_by_act
from workreport.extract.labelperiodsize import size_period
from workreport.extract.labelprevmeasure import measure_owned
from workreport.extract.labelprevowner import previous_owned
from workreport.extract.labelquotedagent import quoted_agent
from workreport.extract.labelrunningreach import running_total_reach
from workreport.extract.labelshareof import share_of_after
from workreport.extract.labelstageparts import stage_parts, stage_siblings
from workreport.extract.labelstandardmet import standard_met
from workreport.extract.labelstreamlined import streamline_owned
from workreport.extract.labelsubset import subset_thresholds
from workreport.extract.labeltailact import tail_acts
from workreport.extract.labelthingmeasure import thing_measured
from workreport.extract.labelusepeople import use_people_kept
from workreport.extract.qualifiers import shared_over_list

__all__ = ["LIST", "ROW"]

LIST: tuple[Callable[[list[Any], str], list[Any]], ...] = (
    headless_items,  # 城区3所、农村5所中小学校 (round 45, s45e)
    own_acts,  # a list item's own act (round 55, s55c)
    tail_acts,  # …园区建设 (round 55, s55c); 项目建设 (round 60a)
    subset_thresholds,  # 其中40个达到50万元以上 (round 70, g3)
    stage_parts,  # 千万元以上项目119个。竣工项目36个… (round 76, x6)
    stage_siblings,  # 千万元以上竣工项目27个…；在建项目57个 → 千万元以上在建项目 (round 87, w2)
    durations_named,  # …审批缩减到45个工作日 → …审批时间 (round 73, x4)
    shared_over_list,  # 分别稳定在80%、86%以上: 以上 of both (session 66)
)

ROW: tuple[Callable[[Any, list[Any], str], Any], ...] = (
    previous_owned,  # …74宗，拆除面积 → …拆除面积; …税占比 (round 76, x7)
    measure_owned,  # 煤炭产量…，保有储量 → 煤炭保有储量 (round 79, x6)
    generic_named,  # 实施低效用地再开发等18项政策 → 低效用地再开发等政策 (round 81, x2)
    list_restored,  # 甲、乙等15项工程: not 乙等工程 (round 80, x2)
    share_of_after,  # 其他三级公立医院50%的门诊预约号源… → …号源…比例 (round 80, x3)
    people_by_act,  # 1.06万人次来疆参访 → 来疆参访人次 (round 81, x6)
    agent_conduct,  # 700余名驻村干部日夜坚守 → 日夜坚守的驻村干部 (round 83, x6)
    standard_met,  # 23个…断面水质全部达标 → 水质达标的…断面 (round 83, x6)
    quoted_agent,  # 参加“国培计划”教师 → 参加“国培计划”的教师 (session 61, f3)
    benefit_people,  # 落实…优惠政策169人 → 落实…优惠政策人数 (round 82, x6)
    benefit_after_people,  # 发放6000户分散供养特困人员救助金 → …人员户数 (session 60, f3)
    use_people_kept,  # 培训2万名农民就业技能 → 农民 (round 82 review, q3)
    growth_as_change,  # 保持40%以上增长: a change, not a share (round 81, x8)
    streamline_owned,  # 材料、环节、时限 cut: the procedure named before (round 82, x2)
    lead_change_shared,  # 净增甲853家、乙97家: 乙 a change too (round 82, x8)
    gaps_listed,  # …分别高于全国、全省3.1个和2个百分点 → …高于全省 (session 60, f1)
    gap_kept,  # …分别高于全省2.2个和3.7个百分点 → …增速高于全省 (round 82, x1)
    size_period,  # 五年累计…项目27个，总投资… → 五年累计…项目总投资 (round 82, x3)
    thing_measured,  # 建设生态花海2600亩，种植品种… → 生态花海种植品种 (round 83, x2)
    funded_projects,  # 争取甲帮扶资金…，实施项目26个 → 甲帮扶资金实施项目 (round 83, x2)
    class_head,  # 招商类项目…；争取上级资金类41个 → …类项目 (round 83, x4)
    running_total_reach,  # 累计投入…，办成民生实事129件 → 累计办成… (round 83, x3)
    second_subject,  # 存款余额突破千亿元、贷款余额 → 贷款余额 (session 61, f1)
    grade_listed,  # 1个县级8个乡镇级X → 县级X for the 1 (round 88, w3)
)
