"""The passes run, in order, on every label ``naming.label`` has formed (``labelassigned.
after_label``): each is ``rule(name, before, rest, dimension)`` → the label, with the
sentence before the figure's number, the sentence after it and the figure's dimension, and
returns ``name`` unchanged when its case does not hold. An empty label stays empty.

A new pass is one line of ``AFTER`` (and its import), so rule rounds add passes here instead of
growing ``naming.py``; the order matters where two passes touch the same label (a later pass
sees the earlier's result). Rounds 39-74 wrote the passes below; each module's docstring gives
its class of error, its rule and its exceptions.
"""

from __future__ import annotations

from collections.abc import Callable

from workreport.extract.labeladjunct import adjunct_cut
from workreport.extract.labelamong import among_counted, among_share
from workreport.extract.labelassigned import assigned_scope
from workreport.extract.labelbatch import batch_kept
from workreport.extract.labelcampaign import campaign_led
from workreport.extract.labelcapacityowner import capacity_owned
from workreport.extract.labelcasekind import case_kind_led
from workreport.extract.labelcompleted import completed_money, own_size
from workreport.extract.labelcountedphrase import counted_phrase
from workreport.extract.labelcountedpurpose import counted_purpose
from workreport.extract.labelcountedworks import counted_works_money
from workreport.extract.labelcountlist import listed_counted
from workreport.extract.labelcountshare import counted_share
from workreport.extract.labelcutrate import set_rate
from workreport.extract.labeldelist import de_listed
from workreport.extract.labeldriven import driven_measure, per_head_owner
from workreport.extract.labelentryzone import entered_zone
from workreport.extract.labelenummark import enumeration_cut
from workreport.extract.labelexcept import owner_excepted
from workreport.extract.labelfaredowner import fared_owned
from workreport.extract.labelfillverb import carried_out_dropped
from workreport.extract.labelfirstof import first_of_class
from workreport.extract.labelfundowner import fund_owned
from workreport.extract.labelgenericact import generic_act
from workreport.extract.labelgoaltail import goal_tail_dropped
from workreport.extract.labelgotten import benefited_people, got_people, inner_reach
from workreport.extract.labelgradednames import names_graded
from workreport.extract.labelheadacts import head_act, improved_things
from workreport.extract.labelheads import noun_after_count
from workreport.extract.labeljoinedextra import joined_extra
from workreport.extract.labelkindless import kind_named
from workreport.extract.labelleadmeasure import lead_measure_owner
from workreport.extract.labellevelstotal import levels_total
from workreport.extract.labellistsize import list_size
from workreport.extract.labelmanner import manner_dropped
from workreport.extract.labelmilestone import milestone_cut
from workreport.extract.labelmodal import modal_cut
from workreport.extract.labelmoneyact import money_act, money_taken
from workreport.extract.labelnewness import newness_kept
from workreport.extract.labelnumfirst import reach_kept
from workreport.extract.labelparkkind import graded_park_kind
from workreport.extract.labelpartner import partner_kept
from workreport.extract.labelpickact import filler_act, object_act, picked_by_act
from workreport.extract.labelprojectphase import project_phase_dropped
from workreport.extract.labelratenamed import rate_named
from workreport.extract.labelreserves import reserve_shared
from workreport.extract.labelroleframe import role_framed
from workreport.extract.labelsaferate import safe_rate_owner
from workreport.extract.labelscheme import scheme_owned
from workreport.extract.labelscopekept import scopes_kept
from workreport.extract.labelsecondact import second_act
from workreport.extract.labelsentadverbs import manner_predicate, sentence_adverbs_dropped
from workreport.extract.labelsharedsubject import subject_shared
from workreport.extract.labelsharegrowth import share_growth_owner
from workreport.extract.labelshortscope import short_scoped
from workreport.extract.labelstrayquote import stray_quote_dropped
from workreport.extract.labeltopicchain import topic_owned
from workreport.extract.labeltrailpred import trailing_predicate_cut
from workreport.extract.labelverbrate import verb_rate_owner
from workreport.extract.labelwhichafter import which_after
from workreport.extract.labelwidened import widened_level
from workreport.extract.labelyearend import year_end_point
from workreport.extract.labelzones import zoned

__all__ = ["AFTER"]

AFTER: tuple[Callable[[str, str, str, str], str], ...] = (
    assigned_scope,  # a count's setting scope before it and the noun after (round 39)
    zoned,  # the topic or part of a place the sentence's lead clause is about (round 41)
    driven_measure,  # the measure after 带动 and its verb of change
    batch_kept,  # the batch ordinal before the number (首批…) kept
    per_head_owner,  # an income per head with the people the clause before counts
    owner_excepted,  # the sub-entity a sentence opens with owns a bare figure; 除…外
    set_rate,  # the holder of the rate its clause sets (甲等行业税率)
    counted_share,  # a share of counted things picked out (纳入教联体的中小学比例; r71)
    first_of_class,  # owner + measure in <owner>成为<scope>首个<measure>
    money_act,  # the act before money that opens its noun phrase
    money_taken,  # money labelled by 拿出 named by what it is for
    scopes_kept,  # a batch, an entry's host, a named qualifier kept (round 72)
    newness_kept,  # 新推出/新组建 keep 新 (round 73)
    counted_works_money,  # money on a list of counted works names the list (round 73)
    counted_purpose,  # money for one act on things counted after a count (round 82, x7)
    noun_after_count,  # the noun counted right after the unit
    counted_phrase,  # the noun phrase after a count's unit is what it counts (round 80, x3)
    reach_kept,  # a count after 惠及/覆盖 keeps the verb (round 74)
    picked_by_act,  # the act after the noun that picks them out (全国推广, 通过…验收; r76)
    object_act,  # 对 + noun + 进行/实施 + act: the act in front (round 76)
    filler_act,  # 完成 + N个 + noun + act (增参, 创建工作): the act after the noun (round 76)
    topic_owned,  # a bare measure owned by an earlier clause's subject (round 76, x2)
    capacity_owned,  # a bare capacity (年产能, 设计日处理…) is its works' (round 88, w2)
    levels_total,  # 省重点项目1个，市重点项目9个，总投资… → 省市重点项目总投资 (round 88, w2)
    got_people,  # people named by what they came to have: 喝上…的群众 (round 76, x5)
    benefited_people,  # people counted with 受益 after them: 受益纳税人 (round 76, x5)
    inner_reach,  # a count in or after a 的-phrase holding a count: 通达港口 (round 76, x5)
    year_end_point,  # a year-end level's thing, its time phrase gone (round 76, x5)
    de_listed,  # counts listed each after its own 的-phrase (round 76, x5)
    generic_act,  # a bare generic head (项目) keeps its clause's act (round 76, x1)
    listed_counted,  # a count before items with no number of their own keeps them (r76, x4)
    rate_named,  # a percent named by its rate: X占Y比重, S覆盖Y比例 (round 77, x2)
    safe_rate_owner,  # a bare 安全利用率 takes the land its sentence names (round 78, x1)
    verb_rate_owner,  # 调处…N起，调处成功率 → 矛盾纠纷调处成功率 (round 83, x7)
    milestone_cut,  # 首次突破万亿元 in words is no part of a label (round 83, x7)
    widened_level,  # a level reached by 扩展至 drops 扩展 when nothing follows (round 78, x4)
    lead_measure_owner,  # a bare measure of a lead clause's campaign (round 81, x7)
    completed_money,  # money after 完成投资 is …完成投资, not …投资 (round 78, x3)
    own_size,  # 投资N的X with X's 完成投资 after: X总投资 (round 85, n3)
    carried_out_dropped,  # 落实/整合推进 … at a label's start go (round 78, x3)
    manner_dropped,  # 因地制宜/清单化/“一企一策” … before the act go (round 80, x8)
    role_framed,  # 发挥好N个X服务功能 → X (round 80, x8)
    subject_shared,  # a 、-list of acts: its subject is every item's (round 79, x2)
    sentence_adverbs_dropped,  # 而/也/就可以 … at the start, 仅/约 inside, go (round 79, x5)
    manner_predicate,  # 企业踊跃捐款捐物 → 捐款捐物的企业 (round 79, x5)
    joined_extra,  # N个甲和乙 with 乙's own quantity counts 甲 alone (round 79, x6)
    head_act,  # a compound act right before the number kept: 编制完成, 新出台 (round 79, x7)
    improved_things,  # 提升N家X服务水平 → 提升服务水平的X (round 79, x7)
    campaign_led,  # the campaign a sentence opens with owns later bare counts (round 79, x3)
    case_kind_led,  # 处置非法集资案件4起，抓获嫌疑人 → 非法集资案件抓获嫌疑人 (round 88, w4)
    which_after,  # a predicate after a bare counted noun picks them out (round 79, x1)
    fared_owned,  # the zone or programme whose first clause says how it went owns (r79, x8)
    entered_zone,  # 入驻/入园 counts take the zone an earlier clause names (round 80, x4)
    graded_park_kind,  # 建成省级园区 takes the kind its sentence names (round 80, x5)
    scheme_owned,  # a bare 报销比例 … takes the scheme its run names before it (round 80, x6)
    goal_tail_dropped,  # …储能60万千瓦目标: the goal word after the number goes (round 80, x6)
    short_scoped,  # a short bare label takes its sentence's scope: 城区常住人口 (round 81, x9)
    kind_named,  # a bed, pipe network or line takes the kind named before it (round 82, x2)
    second_act,  # S + act、measure: the measure is S's, not the first act's (round 82, x4)
    partner_kept,  # 对 + partner before a trade word stays: 对东盟进出口 (round 82, x4)
    fund_owned,  # 中央149.2亿元乡村振兴补助资金: the fund after the amount (round 82, x4)
    list_size,  # 入选农业农村部30个典型案例: the list's size, its owner's (round 82, x5)
    among_counted,  # N个X中Y有M个: N counts X, not the part Y (round 82, x5)
    among_share,  # X中，Y占比N%: the share is X's (round 87, w2)
    enumeration_cut,  # …②乙③丙面积: only the item after the last circled numeral (r82, x5)
    share_growth_owner,  # X N元，占Y的M%，增长K%: K is X's growth (round 82, x5)
    adjunct_cut,  # a time clause's 后, 从+basis, 在+time ending a label (round 83, x4)
    project_phase_dropped,  # 投资N元的…项目前期工作 → …项目总投资 (round 83, x5)
    modal_cut,  # …的速度可以实现…: no label ends in a modal verb (session 69)
    names_graded,  # 国家级甲、乙2个产业集群 → 国家级产业集群: the names' grade (round 88, w4)
    reserve_shared,  # 勘探新增石油地质储量N吨、天然气M立方米: 天然气地质储量 (round 88, w4)
    stray_quote_dropped,  # 新型研发机构” → 新型研发机构: a lone quote mark (round 88, w3)
    trailing_predicate_cut,  # …并立即启动…, …比重已占比重: a second predicate (round 88, w3)
)
