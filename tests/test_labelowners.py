"""The owner rules of ``extract.labelowners`` (issue 13 §2, seventh round), word by word;
whole sentences are in test_naming (SEVENTH)."""

from __future__ import annotations

import pytest

from workreport.extract import labelowners as lo
from workreport.extract import labelpredicate as lpr
from workreport.extract import labelpurpose as lp


@pytest.mark.parametrize(("name", "previous", "before", "expected"), [
    ("产量", "粮食播种面积", "", "粮食产量"),  # the figure before's measure word goes
    ("产值", "建成大棚", "", "大棚产值"),  # ... or its verb
    ("总规模", "新能源并网装机", "", "新能源并网装机总规模"),
    ("产值", "城镇化率", "", "产值"),  # a rate owns nothing
    ("产值", "原煤、原油", "", "产值"),  # nor a list
    ("总产", None, "粮食生产再获丰收", "粮食总产"),
    ("总产", None, "全力推进产业发展", "总产"),  # a verb opens the clause: no owner
    ("产值", None, "索具、汽车零部件三大主导产业发展壮大", "产值"),  # a list: no owner
    # The clause's subject, its nouns up to the verb (round 9; 汽车 alone is none).
    ("产值", None, "汽车灯具产业蓬勃发展", "汽车灯具产业产值"),
    ("增加值", None, "现代服务业蓬勃发展", "现代服务业增加值"),
    ("增加值", None, "全力推进服务业发展", "增加值"),  # a verb opens the clause
    ("地区生产总值", "粮食产量", "", "地区生产总值"),  # no bare measure
    ("投资", "省市重点项目开工率", "", "省市重点项目投资"),  # money after a rate (round 9)
    ("投资", "项目开工率", "", "投资"),  # 项目 alone is no owner
    # Round 11: a herd's turnover and a group of firms' revenue; the owner's verbs go.
    ("出栏", "生猪存栏", "", "生猪出栏"),
    ("年营收", "省级产业集群企业", "", "省级产业集群企业年营收"),
    ("总产", "粮食增产", "", "粮食总产"),
    ("年出栏", "建成后将达到存栏", "", "年出栏"),  # only verbs: no owner
])
def test_owned(name, previous, before, expected):
    assert lo.owned(name, previous, before) == expected


@pytest.mark.parametrize(("raw", "name", "previous", "expected"), [
    ("总数达", "", "新增上市企业", "上市企业"),
    ("累计达", "", "获批建设全国重点实验室", "全国重点实验室"),
    ("增长", "", "新增上市企业", None),  # no total
    ("总数达", "", None, None),
])
def test_stock_of(raw, name, previous, expected):
    assert lo.stock_of(raw, name, previous) == expected


@pytest.mark.parametrize(("after", "unit", "expected"), [
    ("国省考断面水质优良比例连续", "个", "国省考断面"),
    ("国考断面水质优良比例", "%", "国考断面水质优良比例"),  # the rate keeps its label
    ("国考断面", "个", "国考断面"),
])
def test_count_not_rate(after, unit, expected):
    assert lo.count_not_rate(after, unit) == expected


@pytest.mark.parametrize(("previous", "unit", "expected"), [
    ("空气优良天数比率", "天", "空气优良天数"),
    ("空气优良天数比率", "%", "空气优良天数比率"),
    ("森林覆盖率", "万亩", "森林覆盖率"),  # what is left counts nothing
])
def test_carried_count(previous, unit, expected):
    assert lo.carried_count(previous, unit) == expected


@pytest.mark.parametrize(("raw", "previous", "expected"), [
    ("高于全国", "制造业技改投资", "制造业技改投资增速高于全国"),
    ("低于全国", "城镇调查失业率", "城镇调查失业率低于全国"),
    ("增速高于全国", "社会消费品零售总额", "社会消费品零售总额增速高于全国"),
    ("制造业投资增速高于全省", None, "制造业投资增速高于全省"),
    ("高于全市平均增速", "零售总额", "零售总额增速高于全市平均"),
    ("提高", "森林覆盖率", ""),  # no comparison: no gap
    ("分别高于全省", "增加值、税收", ""),
])
def test_gap(raw, previous, expected):
    assert lo.gap(raw, previous) == expected


@pytest.mark.parametrize(("noun", "tail", "expected"), [
    ("企业", "开展5G工厂建设", "开展5G工厂建设企业"),
    ("企业", "入选全国百强企业", "入选全国百强企业"),
    ("企业", "全部复工复产", "复工复产企业"),
    ("企业", "上榜中国民营企业500强", ""),  # a number
    ("企业", "增长10%", ""),  # an amount, not which
    ("企业", "、30个项目", ""),
    ("断面", "开展监测", ""),  # not a generic noun
    ("作品", "获中国新闻奖", "获中国新闻奖作品"),  # round 9: more generic nouns
    ("医院", "位列全国县级医院百强", "位列全国县级医院百强医院"),
    ("社区", "就业服务站点", ""),  # the noun's own name goes on
    ("项目", "全部建成投产", "建成投产项目"),  # jieba's j (建成投产) opens it too
])
def test_generic_predicate(noun, tail, expected):
    assert lpr.generic_predicate(noun, tail) == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("科技型中小企业总数", "科技型中小企业"),
    ("“领跑者”企业总量", "“领跑者”企业"),
    ("货物吞吐总量", "货物吞吐总量"),  # what is left is no counted noun (吞吐, a verb)
    ("总数", "总数"),
])
def test_counted_total(name, expected):
    assert lo.counted_total(name) == expected


@pytest.mark.parametrize(("clause", "expected"), [
    ("推进重大工程建设", "重大工程建设"),
    ("全力推进产业发展", ""),  # no works
    ("重大工程建设", ""),  # no verb: a subject, not what money went to
    ("实施项目2113个", ""),  # a number
])
def test_works_before(clause, expected):
    assert lp.works_before(clause) == expected


@pytest.mark.parametrize(("name", "after", "expected"), [
    ("占地", "的城市公园和占地", "城市公园占地"),
    ("占地", "的物流园区已建成", "物流园区占地"),  # the noun phrase, not its predicate
    ("占地", "，建筑面积", "占地"),  # no thing after: it stays
    ("面积", "的城市公园", "面积"),  # not a land area of its own
    ("建成建筑面积", "的文化中心", "文化中心建筑面积"),  # the verb goes (round 9)
    ("全长", "的滨河路改造", "滨河路全长"),  # up to the thing's last noun
    ("总投资", "、占地600亩的职教中心", "职教中心总投资"),  # money opening a list of measures
    ("总投资", "的职教中心", "总投资"),  # money alone: naming's money rule
    ("占地", "、建筑面积2万平方米的物流园区", "物流园区占地"),
    ("占地", "的农机租赁和二手车交易市场", "农机租赁和二手车交易市场占地"),
    # round 47 (s47d): sizes and capacities, verbs or a joined item before, a count after 的
    ("新建储备能力", "的县粮库", "县粮库储备能力"),
    ("启动运行总规模", "的市天使投资基金", "市天使投资基金总规模"),
    ("滨河公园和占地", "的湿地公园", "湿地公园占地"),
    ("全长", "的6条旅游公路建设", "旅游公路全长"),
    ("投资", "、总长20公里的“环城水系”（一期）工程", "“环城水系”（一期）工程投资"),
    ("产业规模", "的产业集群", "产业规模"),  # a measure with its own owner stays
])
def test_land_of(name, after, expected):
    assert lo.land_of(name, after) == expected


@pytest.mark.parametrize(("name", "previous", "before", "dimension", "expected"), [
    ("打通", "疏堵工程", "完成30项疏堵工程，打通", "count", True),  # its own clause
    ("改造", "公厕", "新建公厕7座、改造", "count", False),  # a list: the thing before
    ("筹建首批", "攻关项目", "实施攻关项目7项、筹建首批", "count", True),  # a batch
    ("让", "烂尾项目", "推动6个烂尾项目竣工，让", "count", False),  # one character
    ("抽调", None, "抽调", "people", True),
    ("道路", None, "道路", "count", False),  # no verb
])
def test_free_verb(name, previous, before, dimension, expected):
    assert lo.free_verb(name, previous, before, dimension) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("月明河综合治理成效初显。", "月明河综合治理"),
    ("县医院新院区主体完工，群众就医更便利。", "县医院新院区"),
    ("一号主干路、主路大桥一期工程基本完工。", ""),  # a list of works
    ("群众生活明显改善。", ""),  # no works
    ("滨河公园", ""),  # nothing said of it
])
def test_works_subject(text, expected):
    assert lp.works_subject(text) == expected


@pytest.mark.parametrize(("name", "after", "expected"), [
    ("黑木耳", "大棚", True),  # a short name
    ("现代雕塑产业园", "企业", True),  # a park hosts the firms (round 9)
    ("农业科技园区", "入园项目", True),
    ("建成产教融合基地", "专门教育学校", False),  # a verb: what was built, not a host
    ("现代雕塑产业园", "厂房", False),  # not a generic counted noun
    ("城乡居民养老保险", "企业", False),
])
def test_owner_before(name, after, expected):
    assert lo.owner_before(name, after) is expected


@pytest.mark.parametrize(("raw", "after", "unit", "expected"), [
    ("先后", "降低存款准备金率", "次", "降低存款准备金率"),  # the action after the number
    ("领导每年主持召开", "企业纾困集中办公会", "次", "主持召开企业纾困集中办公会"),
    ("", "强降水", "次", ""),  # no action
    ("确保每季度举行", "招商引资推介活动", "次", ""),  # a scope of 每 stays naming's
    ("先后", "降低存款准备金率", "个", ""),  # not a count of times
])
def test_times_of_counts_the_action_not_the_actor(raw, after, unit, expected):
    assert lpr.times_of(raw, after, unit) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # Round 29 (part O, labelwhose): a change whose label was only its base takes the
    # owner before it ...
    ("累计获得省级科技进步奖21项，比上次增加5项。",  # 累计 kept (round 62, r62a)
     ["累计获得省级科技进步奖", "获得省级科技进步奖"]),
    ("各项贷款余额62亿元，较年初增加7.3亿元。", ["各项贷款余额", "各项贷款余额"]),
    ("空气质量优良率78%，良好天数231天，比上年201天增加30天。",
     ["空气质量优良率", "良好天数", "良好天数"]),
    # ... a share or a bare rate the subject of the clause before ...
    ("教育投入不断加大，占一般公共预算支出比重达到21%。",
     ["教育投入占一般公共预算支出比重"]),
    ("不动产登记事项全部实现一窗受理，办理率达到97%。", ["不动产登记事项办理率"]),
    # ... money after a count of who works serve the works ...
    ("总投资15亿元、占地400亩、建筑面积30万平米的某智能制造产业园项目，年内完成投资4.2亿元。",
     ["某智能制造产业园项目总投资", "某智能制造产业园项目占地", "某智能制造产业园项目建筑面积",
      "某智能制造产业园项目投资"]),
    ("建设污水处理项目9个，覆盖人口3.5万，投资2.1亿元。",
     # round 49 (s49a, labelsources.sibling_reach): the reach is the projects'
     ["建设污水处理项目", "污水处理项目覆盖人口", "污水处理项目投资"]),
    # ... and a bare verb the noun after its number or the measure of its unit.
    ("与某技师学院合作办学，完成招生640人。", ["招生人数"]),
    ("依法组织征地620余亩。", ["征地面积"]),
    ("组织出访18批、540人次。", ["出访批次", "出访人次"]),
    ("今年再完成1.6万户改造。", ["改造户数"]),
])
def test_owners_and_bases_round_29(sentence, expected):
    from .test_figures import _figures

    assert list(_figures(sentence)["indicator"]) == expected


@pytest.mark.parametrize(("run", "seg", "expected"), [
    # Round 34 (ra): what money before a listing clause paid for names every item of it:
    # two items counted by 和, the works verb after them ...
    ("", "改造乡村旱厕900座、村级卫生室40所。", "乡村旱厕和村级卫生室改造"),
    # ... items sharing a head by their parts, a verb of jieba's (铺设) dropped ...
    ("", "铺设供暖管网18公里、排水管网40公里、燃气管网120公里。", "供暖、排水、燃气管网"),
    # ... three or more with none by the first and 等, the verb before ...
    ("", "新建9所乡村学校、2所城区学校、5所幼儿园。", "新建乡村学校等"),
    # ... a run of verbs after the items ...
    ("新建、扩建", "乡镇公路90公里、漫水桥30座。", "乡镇公路和漫水桥新建扩建"),
    # ... one count before a list of nouns: the whole list (a filler verb dropped).
    ("", "完成86个山区村燃气、电力入户改造，推广清洁煤3万吨。", "山区村燃气、电力入户改造"),
    # No list, or no number before it: not this rule (None), a run of verbs before a list
    # of another shape: no purpose ("").
    ("", "改造乡村旱厕900座。", None),
    ("", "实施甲、乙两村道路硬化。", None),
    ("新建、扩建", "乡镇公路90公里、各类桥梁。", ""),
])
def test_money_for_a_listing_clause(run, seg, expected):
    assert lp.listed_works(run, seg) == expected


@pytest.mark.parametrize(("previous", "expected"), [
    ("接待游客", "旅游综合效益"),  # round 44, rb44: a count of visitors received before
    ("全年接待国内外游客", "旅游综合效益"),
    ("游客服务中心", "综合效益"),  # review mend (session 44): a centre, no visitors counted
])
def test_visitor_benefit(previous, expected):
    assert lo.owned("综合效益", previous, "") == expected


def test_several_total_reads_no_list_end_inside_a_noun():
    """中等 holds 等 but ends no list (review mend, session 44)."""
    from workreport.extract.labelother import several_total
    assert several_total("甲学院总投资", "的甲学院、乙学院等3个中等职业学校项目建成") \
        == "甲学院等中等职业学校项目总投资"
    assert several_total("甲市场投资", "的甲市场、乙广场、丙城等项目") == "甲市场等项目投资"
