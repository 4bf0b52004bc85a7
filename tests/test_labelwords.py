"""The part-of-speech helpers of ``extract.labelwords`` (jieba's tags): the noun phrase
after a number, and grades (国家级, 省级以上) that name a class of the noun before."""

from __future__ import annotations

import pytest

from workreport.extract.labelacts import split_noun
from workreport.extract.labelsubjectwords import joined_subject, people, populace
from workreport.extract.labeltails import fragment_tail, headed
from workreport.extract.labelwords import (
    acting_noun,
    attributive_only,
    bare_verb,
    batched,
    clause_opening,
    graded,
    leading_word,
    noun_phrase,
    owned_by,
    tags,
)


@pytest.mark.parametrize(("words", "expected"), [
    ("学校达到省级标准", "学校"),  # a verb after a noun, with a noun after it, ends it
    ("江水消纳任务", "江水消纳任务"),  # ... but not before a head noun (任务)
    ("老旧小区改造工程", "老旧小区改造工程"),
    ("国省考断面", "国省考断面"),  # a one-character verb inside a word jieba split
    ("危旧房拆迁扫尾", "危旧房拆迁扫尾"),  # a verb with no noun after it
    ("“辽宁优品”品牌", "“辽宁优品”品牌"),  # no cut inside the opening quotation
    ("“大北环”改造通车路段", "“大北环”"),  # ... but after it, as after a noun
    ("易地扶贫搬迁小区", "易地扶贫搬迁小区"),  # verbs naming a kind of the noun after them
    ("村级互助幸福院", "村级互助幸福院"),
    ("贫困村扶贫攻坚为重点", "贫困村"),  # ... only when a noun follows them
    ("普惠托育示范机构", "普惠托育示范机构"),  # a head noun close after a verb (round 9, B2)
    ("乡村振兴示范区创建", "乡村振兴示范区"),  # ... ends the phrase
    ("污水处理厂提标工程全面", "污水处理厂提标工程"),
    ("九通一平基础设施建设", "九通一平基础设施建设"),  # ... but for its works
    ("企业获得“高新技术企业”认定", "企业"),  # not past a quotation mark
    ("知名外资医药企业在京新设研发机构", "知名外资医药企业"),  # nor 在
    ("部门承担的行政审批事项办理", "部门"),  # nor past 的
    ("涉气企业治污设施分表记电", "涉气企业"),  # nor after a counted noun
    ("河湖非法采砂点", "河湖非法采砂点"),  # a noun jieba split (round 44, rc44): 采|砂|点
    ("市控入河支流水质保持优良", "市控入河支流"),  # ... ends before the clause's measure
    ("地表水国省市考断面水质", "地表水国省市考断面"),
    ("异位发酵舍基本完工", "异位发酵舍"),  # a lone verb after a verb naming a kind
    ("乡镇空气监测站增参", "乡镇空气监测站"),  # not a predicate with its object
    ("抽水蓄能电站项目取得核准", "抽水蓄能电站项目"),  # nor a noun going on
    ("", ""),
])
def test_noun_phrase(words, expected):
    assert noun_phrase(words) == expected


@pytest.mark.parametrize(("words", "at", "expected"), [
    ("河湖非法采砂点全部拆除到位", 2, 4),  # 采|砂|点, then 全部 and a verb
    ("市控入河支流水质保持优良", 1, 4),  # 控|入|河|支流, then 水质 and a verb
    ("异位发酵舍基本完工", 2, 2),  # 舍 alone after 发酵 (cues.noun_inner_verbs)
    ("村有集体经济收入", 1, 0),  # a common predicate (cues.split_noun_stops)
    ("产业链聚链成群", 1, 0),  # a verb and a one-character object: a predicate
    ("农村人口的饮水安全和无电区", 6, 0),  # after a conjunction: the next item's
])
def test_split_noun(words, at, expected):
    assert split_noun(tags(words), at) == expected


@pytest.mark.parametrize(("words", "expected"), [
    ("国家级", True), ("省级以上", True), ("市级", True), ("大学生", False),
    ("国家级高新技术企业", False), ("", False),
])
def test_attributive_only(words, expected):
    assert attributive_only(words) is expected


@pytest.mark.parametrize(("grade", "noun", "expected"), [
    ("国家级", "高新技术企业", "国家级高新技术企业"),
    ("国家级", "省级以上两化融合管理体系贯标试点企业", "国家级两化融合管理体系贯标试点企业"),
    ("省级", "国家级专精特新“小巨人”企业", "省级专精特新“小巨人”企业"),
])
def test_graded(grade, noun, expected):
    assert graded(grade, noun) == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("抽调", True),  # one verb
    ("恢复重建", True),  # verbs only (jieba tags 重建 an adjective)
    ("与京津共建", True),  # a preposition's phrase and its verb
    ("筹建首批", True),  # a verb and a batch word (round 8)
    ("首批", False),  # the batch word alone
    ("科技特派团助力企业攻克关键技术难题", False),  # a verb with its object
    ("高新技术企业", False),
    ("", False),
])
def test_bare_verb(name, expected):
    assert bare_verb(name) is expected


@pytest.mark.parametrize(("name", "expected"), [
    ("建成首批", True),
    ("牵头组建第一批", True),
    ("新增亿元", False),  # no batch word
    ("首批", False),
])
def test_batched(name, expected):
    assert batched(name) is expected


@pytest.mark.parametrize(("text", "words", "expected"), [
    ("新建和改造排水管网", ["新建", "新建和改造"], "新建和改造"),  # the longest wins
    ("新建学校", ["新建和改造", "新建"], "新建"),
    ("改造学校", ["新建"], ""),  # none
    ("", ["新建"], ""),
])
def test_leading_word(text, words, expected):
    assert leading_word(text, words) == expected


@pytest.mark.parametrize(("label", "expected"), [
    ("率先上线两批", "率先上线"),  # a verb's measure piece
    ("组成一支", "组成"),
    ("启动第二个", "启动"),
    ("小麦最低收购价平均每", "小麦最低收购价"),  # a per-word
    ("基础养老金标准统一", "基础养老金标准"),  # a manner word
    ("低保标准由月人均", "月人均低保标准"),  # a per-head base goes first
    ("每", "每"),  # nothing left: kept
    ("十个一批", "十个一批"),  # no numeral measure at the end
])
def test_fragment_tail(label, expected):
    assert fragment_tail(label) == expected


@pytest.mark.parametrize(("name", "rest", "expected"), [
    ("县内在用", "地热井全部完成封井", "县内在用地热井"),
    ("剩余", "771人贫困人口全部脱贫", "剩余贫困人口"),  # past a second count
    ("在建", "，粮食生产实现丰收", "在建"),  # no noun after
    ("在建项目", "全部开工", "在建项目"),  # not a modifier at the end
])
def test_headed(name, rest, expected):
    assert headed(name, rest) == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("全县工业总产值突破百亿、", "全县工业总产值"),  # to the first cue of a level passed
    ("数控机床、工业机器人出口表现突出、", "数控机床、工业机器人出口"),  # to the first verb
    ("固定资产投资保持稳定增长、", "固定资产投资"),  # jieba's noun 保持稳定 opens with a cue
    ("手机产量增长率保持高位、", "手机产量增长率"),  # ... a measure in 率 does not
    ("增长、", ""),  # no subject of its own: the figure before's carries over
    ("关口、", ""),  # a level passed
    ("固定资产投资", "固定资产投资"),  # no 、 at the end: as it is
])
def test_joined_subject(name, expected):
    assert joined_subject(name) == expected


@pytest.mark.parametrize(("name", "before", "unit", "expected"), [
    ("优化", "开通3条轨道新线，优化", "条", True),  # a verbal noun opening its clause
    ("调整", "调整", "个", True),  # ... or the sentence
    ("投资", "全年投资", "亿元", False),  # not money
    ("出口", "其中，出口", "%", False),  # nor a share
    ("免费", "免费为全县", "名", False),  # not after words of its clause
    ("筹建", "，筹建", "套", False),  # a verb (jieba's v) is free_verb's
])
def test_acting_noun(name, before, unit, expected):
    assert acting_noun(name, before, unit) is expected


@pytest.mark.parametrize(("before", "raw", "name", "expected"), [
    ("高校10所，先后向我县选派", "先后向我县选派", "向我县选派", "高校10所，向我县选派"),
    ("新建公租房500套，累计筹建", "累计筹建", "筹建", "新建公租房500套，筹建"),
    ("拆除砖瓦窑19座，对晋庄镇", "对晋庄镇", "晋庄镇", "拆除砖瓦窑19座，对晋庄镇"),  # 对
    ("，选派", "选派", "选派", "，选派"),  # nothing cleaned off
])
def test_clause_opening(before, raw, name, expected):
    assert clause_opening(before, raw, name) == expected


@pytest.mark.parametrize(("after", "expected"), [
    ("易县人民万众一心", "易县人民"), ("人民同心同德", "人民"),
    ("人民群众安全感", ""), ("区人民医院新院区", ""), ("项目", ""),
])
def test_people(after, expected):
    assert people(after) == expected  # round 14


@pytest.mark.parametrize(("label", "expected"), [
    ("配置AED达每10万人", "每10万人配置AED"), ("食品抽检量超每千人", "每千人食品抽检量"),
    ("小麦最低收购价平均每50公斤", "小麦最低收购价每50公斤"), ("标准从每生", "每生标准"),
    ("严格按照每百户", "严格按照每百户"),  # no verb of level before it
    ("某项目全面达产、年产值", "某项目全面达产、年产值"),  # (joined_subject's)
])
def test_fragment_tail_per_base(label, expected):
    assert fragment_tail(label) == expected  # round 14


def test_joined_subject_measure():
    assert joined_subject("石化产业园全面达产、年产值") == "石化产业园年产值"  # round 14
    assert joined_subject("产值、利税") == "产值、利税"


@pytest.mark.parametrize(("name", "after", "unit", "expected"), [
    ("江水置换工程惠及", "口", "万人", "江水置换工程惠及人口"),  # a reach verb's (round 16)
    ("覆盖农村", "口", "亿人", "覆盖农村人口"),  # a kind of people's
    ("全镇", "口", "万人", "全镇人口"),  # a place's
    ("全县现有", "口", "万人", "全县人口"),
    ("江水置换工程惠及", "口", "万户", ""),  # a unit of no people: no 人口 cut
    ("江水置换工程惠及", "口岸", "万人", ""),  # not the 口 of 人口 alone
])
def test_populace_cut_by_its_unit(name, after, unit, expected):
    assert populace(name, after, unit) == expected


@pytest.mark.parametrize(("owner", "measure", "expected"), [
    ("农村产权交易", "交易额", "农村产权交易额"),  # the shared words once (round 16)
    ("引入项目", "总投资", "引入项目总投资"),
    ("采供对接活动", "成交金额", "采供对接活动成交金额"),
])
def test_owned_by_shares_words_once(owner, measure, expected):
    assert owned_by(owner, measure) == expected
