"""The owners and scopes outside a label's clause of ``extract.labelscopes`` (issue 13 §2,
round 11); whole sentences are in tests/data/phrasings_labels.csv."""

from __future__ import annotations

import pytest

from workreport.extract import labelscopes as ls
from workreport.extract.labelscoped import focus_scope


@pytest.mark.parametrize(("name", "previous", "before", "expected"), [
    # A land or floor area after a works' money or land in the clause before is the works'.
    ("占地", "产业园项目总投资", "产业园项目总投资10亿元，占地", "产业园项目占地"),
    ("总建筑面积", "产业园项目占地", "…，占地200亩，总建筑面积", "产业园项目总建筑面积"),
    ("占地", "启动投资", "启动了投资2.8亿元、占地", "占地"),  # a verb owns nothing
    ("建筑面积", "谷丰印象总投资", "投资4亿元的谷丰印象等城中村改造，建筑面积",
     "建筑面积"),  # the figure before is not at the clause's end
    ("占地", "项目开工率", "项目开工率90%，占地", "占地"),  # a rate owns nothing
    # A crop's measure after a first clause whose subject is the crop, no figure before.
    ("播种面积", None, "粮食生产再获丰收，播种面积", "粮食播种面积"),
    ("播种面积", None, "狠抓农业生产，播种面积", "播种面积"),  # a verb first
    ("播种面积", None, "全力推进农业发展，播种面积", "农业播种面积"),  # ... that develops it
    ("年产值", None, "加快光电科技产业园区发展，力争年产值", "光电科技产业园区年产值"),
    ("总产", None, "有力推进乡村振兴，新建农田2万亩，总产", "总产"),  # a figure before
    ("产值", None, "索具、汽车零部件产业发展壮大，产值", "产值"),  # a list
    # A measure named only by its sentence's topic.
    ("综合收入", "接待游客", "全年接待游客234万人次，综合收入", "旅游综合收入"),
    ("综合指数", "PM2.5", "优良天数189天，PM2.5下降14.7%，综合指数", "空气质量综合指数"),
    ("综合指数", None, "工业经济运行综合指数", "综合指数"),  # no air in the sentence
])
def test_outside_owner(name, previous, before, expected):
    assert ls.outside_owner(name, previous, before) == expected


@pytest.mark.parametrize(("clause", "expected"), [
    ("新能源产业加快发展", "新能源产业"),
    ("招商引资工作成效明显", "招商引资"),  # 工作 goes (subject_measure_tails)
    ("全力推进重大项目建设", ""),  # a verb opens the clause
    ("工业经济稳步发展", ""),  # jieba tags 稳步发展 an idiom (l), no verb: no subject
    ("南沙先行启动区加快建设", "南沙先行启动区"),  # 启动 (vn) inside the name
])
def test_money_scope(clause, expected):
    assert ls.money_scope(clause) == expected


@pytest.mark.parametrize(("clause", "expected"), [
    ("一般公共预算收入剔除一次性收入因素", "一般公共预算收入"),
    ("社会消费品零售总额稳步回升", "社会消费品零售总额"),
    ("财政收入的来源有了很大的改变", ""),  # 的: the indicator is no subject
    ("从一九五〇年到一九五四年", ""),  # a span of years
    ("全力推进项目建设", ""),
])
def test_indicator_subject(clause, expected):
    assert ls.indicator_subject(clause) == expected


@pytest.mark.parametrize(("name", "before", "expected"), [
    ("出游总花费", "新雪季全省接待游客1200万人次，出游总花费增长", "新雪季出游总花费"),
    ("新雪季全省接待游客", "新雪季全省接待游客", "新雪季全省接待游客"),  # in it already
    ("旅游收入", "2024年春节假期全市接待游客120万人次，实现旅游收入", "春节假期旅游收入"),
    ("覆盖村", "农村饮水安全工程加快实施，覆盖村", "农村饮水安全工程覆盖村"),
    ("覆盖村", "全力推进农村饮水安全工程，覆盖村", "覆盖村"),  # a verb opens the sentence
    ("受益群众", "受益群众", "受益群众"),  # no clause before
    ("生产总值", "“十三五”期间，全县生产总值", "生产总值"),  # a plan period is no season
])
def test_sentence_scope(name, before, expected):
    assert ls.sentence_scope(name, before) == expected


@pytest.mark.parametrize(("name", "before", "expected"), [
    ("总长", "②12条农村公路（总长", "农村公路总长"),
    ("占地", "〔73〕2个停车场：四里庄街立体停车场（位于四里庄，占地", "四里庄街立体停车场占地"),
    ("总投资", "文旅小镇（一期）建成，总投资", ""),  # the bracket is closed
    ("产值", "文旅小镇（产值", ""),  # no land or money
    ("占地", "（占地", ""),  # nothing named before the bracket
])
def test_bracket_owner(name, before, expected):
    assert ls.bracket_owner(name, before) == expected


@pytest.mark.parametrize(("name", "before", "expected"), [
    # A per-unit measure with no scope takes the zone its sentence names before it.
    ("亩均税收", "开发区主营业务收入120亿元，亩均税收", "开发区亩均税收"),
    ("亩均税收", "工业园区亩均投资强度达到300万元，亩均税收", "工业园区亩均税收"),
    ("亩均年税收", "实施开发区实力倍增计划，确保亩均年税收", "开发区亩均年税收"),
    ("亩均税收", "经济开发区规上企业达到50家，亩均税收", "经济开发区亩均税收"),
    ("亩均税收", "开展“亩均论英雄”综合评价，力争亩均税收", "亩均税收"),  # no zone named
    ("规上工业亩均增加值", "园区规上工业亩均增加值", "规上工业亩均增加值"),  # its own scope
])
def test_per_unit_scope(name, before, expected):
    assert ls.per_unit_scope(name, before) == expected


@pytest.mark.parametrize(("name", "before", "previous", "expected"), [
    # The scope of the per-unit figure before; a bare item listed after one is per unit.
    ("亩均税收", "规上工业企业亩均营业收入300万元，亩均税收", "规上工业企业亩均营业收入",
     "规上工业企业亩均税收"),
    ("税收", "开发区亩均投资强度300万元、税收", "开发区亩均投资强度", "开发区亩均税收"),
    ("税收", "开发区亩均投资强度300万元，税收", "开发区亩均投资强度", "税收"),  # no list
    ("总产量", "粮食亩均产量500公斤、总产量", "粮食亩均产量", "总产量"),  # a total
])
def test_per_unit_scope_of_the_figure_before(name, before, previous, expected):
    assert ls.per_unit_scope(name, before, previous) == expected


@pytest.mark.parametrize(("names", "expected"), [
    # The parts a 分别 clause hands out share the scope the first opens with.
    (["上海机场航空货邮吞吐量", "旅客吞吐量"], ["上海机场航空货邮吞吐量", "上海机场旅客吞吐量"]),
    (["规上工业增加值", "利润"], ["规上工业增加值", "规上工业利润"]),
    (["规上工业企业综合能源消费量", "单位工业增加值能耗"],
     ["规上工业企业综合能源消费量", "规上工业企业单位工业增加值能耗"]),
    (["北京市地区生产总值", "一般公共预算收入"], ["北京市地区生产总值", "北京市一般公共预算收入"]),
    (["北京生产总值", "天津生产总值"], ["北京生产总值", "天津生产总值"]),  # a scope of its own
    (["中欧班列开行量", "运输货值"], ["中欧班列开行量", "运输货值"]),  # a name, no scope
    (["城镇居民人均可支配收入", "农村居民人均可支配收入"],
     ["城镇居民人均可支配收入", "农村居民人均可支配收入"]),
    (None, None),
])
def test_shared_scope(names, expected):
    assert ls.shared_scope(names) == expected


@pytest.mark.parametrize(("names", "expected"), [
    # Kinds of firm listed, a class of units before indicators of their own, a city: no scope.
    (["规模以上工业企业", "销售收入过亿元企业"], ["规模以上工业企业", "销售收入过亿元企业"]),
    (["规上工业增加值", "固定资产投资"], ["规上工业增加值", "固定资产投资"]),
    (["城市低保标准", "农村低保标准"], ["城市低保标准", "农村低保标准"]),
    # Round 16: a later part with a scope of its own (全社会) says no part takes the first's.
    (["规模以上工业发电量", "全社会用电量", "西电东送电量"],
     ["规模以上工业发电量", "全社会用电量", "西电东送电量"]),
])
def test_shared_scope_not(names, expected):
    assert ls.shared_scope(names) == expected


@pytest.mark.parametrize(("name", "before", "after", "expected"), [
    # Round 14: a bare place counted keeps what the sentence says those places are.
    ("片区", "以", "片区、50个社区为重点，推进城市更新。", "重点片区"),
    ("社区", "以10个片区、", "社区为重点，推进城市更新。", "重点社区"),
    ("片区", "重点项目所在的", "片区全部完成征迁。", "重点项目所在片区"),
    ("贫困村", "以推进", "贫困村扶贫攻坚为重点。", "贫困村"),  # no place noun of the list
    ("片区", "改造", "片区。", "片区"),
])
def test_focus_scope(name, before, after, expected):
    assert focus_scope(name, before, after) == expected
