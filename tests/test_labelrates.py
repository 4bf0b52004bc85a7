"""The rate owners of ``extract.labelrates`` (issue 13 §2, rounds 8 and 9); whole
sentences are in tests/data/phrasings_labels.csv."""

from __future__ import annotations

import pytest

from workreport.extract import labelmeasures as lm
from workreport.extract import labelrates as lr
from workreport.extract import labelratios as lq


@pytest.mark.parametrize(("name", "previous", "before", "expected"), [
    ("办结率", "群众来信", "受理群众来信300余件，办结率", "群众来信办结率"),
    ("签约率", "组建乡村医生签约服务队", "组建乡村医生签约服务队20个，签约率达到",
     "乡村医生签约率"),  # the rate's verb and what follows it go
    ("调处率", "调处邻里纠纷", "调处邻里纠纷80起，调处率达到", "邻里纠纷调处率"),
    ("办结率", "市民服务中心受理审批事项", "市民服务中心受理审批事项900件，办结率",
     "审批事项办结率"),  # the subject goes with the verb
    ("办结率", "群众来信", "热线受理群众来信30万件、办结率", "群众来信办结率"),
    # Two counts listed: both own it (round 9), also a list of rates with 均 after (round 11);
    # three, or one rate with 均: whose?
    ("办复率", "政协提案", "办理代表建议20件，政协提案30件，办复率", "代表建议和政协提案办复率"),
    ("办复率", "政协提案", "办理代表建议20件、政协提案30件，办复率", "代表建议和政协提案办复率"),
    ("办复率", "政协提案", "办理代表建议20件、议案5件、政协提案30件，办复率", "办复率"),
    # One rate with 均 is both counts' too, each_of making a row of each (round 14).
    ("办结率", "政协提案", "办理代表建议20件、政协提案30件，办结率均为",
     "代表建议办结率、政协提案办结率"),
    ("办结率、满意率", "政协提案", "办理代表建议20件、政协提案30件，办结率、满意率均为",
     "代表建议和政协提案办结率、满意率"),  # a list of rates with 均 (round 11)
    ("办结率", "群众来信", "发布信息600条，受理群众来信30件，办结率", "群众来信办结率"),
    ("办结率、满意率", "办理代表建议、政协提案", "办理代表建议、政协提案57件，办结率、满意率达到",
     "代表建议和政协提案办结率、满意率"),  # one count of two things; a list of rates
    ("满意率", "热线受理群众诉求", "12345热线受理群众诉求3万件，满意率", "群众诉求满意率"),
    ("满意率", "群众来信办结率", "受理群众来信30件，办结率100%、满意率", "群众来信满意率"),
    ("失业率", "新增就业", "新增就业500人，失业率控制在", "失业率"),  # its own thing
    # The 已 of a subset goes from the owner (round 13).
    ("达标率", "指标已达标", "考核的12项指标，已达标10项，达标率", "指标达标率"),
    ("化解率", "信访案件已化解", "交办信访案件12件，已化解10件，化解率", "信访案件化解率"),
    # A rate whose first words end the label before is its owner's (round 13).
    ("投资完成率", "重点项目投资", "重点项目完成投资9亿元，投资完成率", "重点项目投资完成率"),
    ("年度投资完成率", "申列重点项目总投资", "申列重点项目5个，总投资9亿元，年度投资完成率",
     "重点项目年度投资完成率"),
    ("办结率", "热线来电", "热线来电增长12%，办结率", "办结率"),  # no count before
    # The act done to a thing in the clause before (round 14).
    ("办理率", None, "推进企业开办事项网上办理，办理率", "企业开办事项网上办理率"),
    ("巡河率", None, "全面落实河长制，巡河率", "巡河率"),
    ("群众满意度", "群众来信", "受理群众来信300件，群众满意度", "群众满意度"),
    ("面积", "整改违法用地", "整改违法用地56宗，面积", "违法用地面积"),  # a bare area
    ("面积", "新建地面停车场", "新建地面停车场3个，面积", "地面停车场面积"),  # no rate stem
    ("开工率", "纳入省市重点项目", "14个项目纳入省市重点项目，开工率", "省市重点项目开工率"),
    ("完成率", "改造", "382户完成改造，完成率", "完成率"),  # a verb owns nothing
])
def test_rate_owner(name, previous, before, expected):
    assert lr.rate_owner(name, previous, before) == expected


@pytest.mark.parametrize(("clause", "expected"), [
    ("城乡居民社会养老保险全面启动", "城乡居民社会养老保险"),
    ("城镇居民基本医疗保险覆盖面进一步扩大", "城镇居民基本医疗保险"),  # its measure word goes
    ("全面推进新农合工作", ""),  # a verb opens it
    ("服务业增加值增长8%", ""),  # a number
    ("索具、汽车零部件产业发展壮大", ""),  # a list
    ("粮食丰收", ""),  # too short a subject
])
def test_clause_subject(clause, expected):
    assert lr.clause_subject(clause) == expected


@pytest.mark.parametrize(("name", "before", "expected"), [
    ("占地", "〔14〕大正食品：项目总投资1.23亿元，占地", "大正食品占地"),
    ("项目总投资", "〔14〕大正食品：项目总投资", "大正食品总投资"),  # 项目 goes
    ("该项目总投资", "〔11〕硒鸽屠宰深加工：该项目总投资", "硒鸽屠宰深加工总投资"),
    ("日屠宰肉鸽", "〔11〕硒鸽屠宰深加工：日屠宰肉鸽", ""),  # no bare measure
    ("占地", "大正食品：占地", ""),  # no numbered note
    ("占地", "〔73〕2个立体停车场：四里庄街立体停车场（位于四里庄，占地", ""),  # a count
])
def test_note_owner(name, before, expected):
    assert lr.note_owner(name, before) == expected


@pytest.mark.parametrize(("clause", "expected"), [
    ("46件人大代表建议和76件政协委员提案全部办复", ["人大代表建议", "政协委员提案"]),
    ("12件人大代表建议、60件政协提案", ["人大代表建议", "政协提案"]),
    ("承办的47件人大代表建议和政协提案全部办结", ["人大代表建议和政协提案"]),
    # Not: one count of one thing, a count after its noun, three counts.
    ("建成137个智慧安防小区", []),
    ("办理人大代表建议20件", []),
    ("5件议案、20件建议和30件提案", []),
])
def test_counted_first(clause, expected):
    count = r"\d+(?:\.\d+)?[万亿]?[余多]?(?:件|个)"
    assert lr._counted_first(clause, count) == expected


@pytest.mark.parametrize(("name", "before", "expected"), [
    ("下达资金", "申请专项债项目15个，下达资金", "专项债项目下达资金"),
    ("新增产值", "食品加工新投产项目120个，新增产值", "食品加工新投产项目新增产值"),
    ("共计投资", "20个重点项目顺利开工，共计完成投资", "重点项目投资"),  # number first
    ("下达资金", "谋划包装专债、国债项目18个，下达资金", "专债、国债项目下达资金"),
    ("累计投资", "竣工项目116个，累计完成投资", "竣工项目投资"),  # 竣工 says which
    # Not: bare 投资 (naming's rule), a growth, a clause after ；, two numbers before.
    ("投资", "实施项目15个，完成投资", ""),
    ("产值", "新建项目12个，产值增长", ""),
    ("下达资金", "申请专项债项目15个；下达资金", ""),
    ("下达资金", "申请专项债项目15个、总投资20亿元，下达资金", ""),
    # A works' or school's measure after a clause whose subject it is (works_measure).
    ("日均车流量", "跨江大桥建成通车，日均车流量", "跨江大桥日均车流量"),
    ("本科上线率", "县第一中学高考再创佳绩，本科上线率", "县第一中学本科上线率"),
    # Not: no works or school, a number before, not such a measure.
    ("日均车流量", "交通运行平稳，日均车流量", ""),
    ("本科上线率", "2000名考生参加高考，本科上线率", ""),
    ("开工率", "跨江大桥建成通车，开工率", ""),
])
def test_measure_of_the_clause_before(name, before, expected):
    """``count_measure`` (the things a count before counts) or ``works_measure``."""
    assert (lr.count_measure(name, before) or lm.works_measure(name, before)) == expected


@pytest.mark.parametrize(("name", "previous", "expected"), [
    ("纳税", "巨力集团产值", True),
    ("税收", "大王店园区主营业务收入", True),
    ("税收", "工业增加值", False),  # the zone's tax, not 工业's
    ("纳税", "全部建成后预计年消耗尾矿废渣销售收入", False),  # no noun phrase before
    ("产值", "巨力集团产值", False),  # no tax
])
def test_revenue_owned(name, previous, expected):
    assert lm.revenue_owned(name, previous) is expected


@pytest.mark.parametrize(("name", "before", "expected"), [
    ("网上可办率", "深化改革，320项审批事项实现全程网办，网上可办率达到", "审批事项网上可办率"),
    ("帮扶就业率", "2.3万退役军人实现就业，帮扶就业率达", "退役军人帮扶就业率"),
    ("帮扶就业率", "全年1.2万人次困难群众实现就业，帮扶就业率达", "困难群众帮扶就业率"),  # 人次
    ("污水处理率", "建成污水处理厂3座，污水处理率达到", ""),  # a noun: its own thing
    ("网上可办率", "审批事项实现全程网办，网上可办率达到", ""),  # no count before
    ("办结率", "受理诉求300件，办结率", ""),  # two characters: rate_owner's own rules
])
def test_acted_rate(name, before, expected):
    """A rate named by an act alone after a count, number first, is the counted things'
    (round 43, ra43)."""
    assert lq.acted_rate(name, before) == expected
