"""Whole-label forms of ``extract.labelforms``: how a 分别 clause is distributed, the base
year a change over several years keeps, and what counts as a broken label (issue 13 §2-3).
The rules seen through an extraction are tested with their sentences in test_figures."""

from __future__ import annotations

import pytest

from workreport.extract.labeldistribute import distribute
from workreport.extract.labeleach import each_of
from workreport.extract.labelforms import (
    counted_noun,
    label_defect,
    modifier_only,
    only_qualifies,
    per_unit,
    share_named,
    since_year,
)

from .test_figures import _figures


@pytest.mark.parametrize(("subject", "n", "expected"), [
    ("城乡居民人均可支配收入", 2, ["城镇居民人均可支配收入", "农村居民人均可支配收入"]),
    ("二氧化硫和二氧化氮年均浓度", 2, ["二氧化硫年均浓度", "二氧化氮年均浓度"]),
    ("化学需氧量、二氧化硫排放总量", 2, ["化学需氧量排放总量", "二氧化硫排放总量"]),
    ("城镇居民人均可支配收入和农村居民人均纯收入", 2,
     ["城镇居民人均可支配收入", "农村居民人均纯收入"]),
    ("专业技术人才、高技能人才", 2, ["专业技术人才", "高技能人才"]),
    ("职工、居民住院报销比例", 2, ["职工住院报销比例", "居民住院报销比例"]),
    ("城镇和农村居民人均可支配收入", 2, ["城镇居民人均可支配收入", "农村居民人均可支配收入"]),
    ("粮食、棉花、油料产量", 3, ["粮食产量", "棉花产量", "油料产量"]),
    # One-character parts after a shared head (涞源 2021, fifth round).
    ("金融机构存、贷款余额", 2, ["金融机构存款余额", "金融机构贷款余额"]),
    ("原煤、原油、天然气产量", 3, ["原煤产量", "原油产量", "天然气产量"]),
    ("交通、能源、水利分别投资", 3, ["交通投资", "能源投资", "水利投资"]),
    ("城镇居民、农村居民人均可支配收入", 2, ["城镇居民人均可支配收入", "农村居民人均可支配收入"]),
    ("工业、基础设施投资", 2, ["工业投资", "基础设施投资"]),
    ("铁路旅客发送量、民航旅客吞吐量", 2, ["铁路旅客发送量", "民航旅客吞吐量"]),
    ("上海机场航空货邮和旅客吞吐量", 2, ["上海机场航空货邮吞吐量", "旅客吞吐量"]),
    ("一般公共预算收入、税收收入和非税收入", 3, ["一般公共预算收入", "税收收入", "非税收入"]),
    # Seventh round: a later part naming a measure only takes the first one's subject.
    ("生产安全事故起数、死亡人数", 2, ["生产安全事故起数", "生产安全事故死亡人数"]),
    ("进出口总额、出口额", 2, ["进出口总额", "出口额"]),  # 出口 is in the subject already
    ("规上工业产值和增加值", 2, ["规上工业产值", "规上工业增加值"]),  # jieba's 工业产值
    ("集中供热率和供水率", 2, ["集中供热率", "供水率"]),  # 热率 is no word: no subject
    ("银行存款余额、贷款余额", 2, ["银行存款余额", "银行贷款余额"]),  # 存款 stands for 贷款
    ("城镇登记失业率、调查失业率", 2, ["城镇登记失业率", "调查失业率"]),  # 城镇: too short
    # ... 产业 before a shared 增加值 is every part's; numerals before 产业 are ordinals; a
    # part parallel to the first one's last noun takes the words before it; a first word
    # longer than the short parts is theirs in full (not 铁路公路运营里程).
    ("新一代信息技术、高端装备产业增加值", 2, ["新一代信息技术产业增加值", "高端装备产业增加值"]),
    ("第一、二、三产业增加值", 3, ["第一产业增加值", "第二产业增加值", "第三产业增加值"]),
    ("二、三产业增加值", 2, ["第二产业增加值", "第三产业增加值"]),
    ("一、二、三产增加值", 3, ["一产增加值", "二产增加值", "三产增加值"]),
    ("城乡居民养老保险、医疗保险参保率", 2, ["城乡居民养老保险参保率", "城乡居民医疗保险参保率"]),
    ("铁路、高速公路运营里程", 2, ["铁路运营里程", "高速公路运营里程"]),
    ("建成区绿地率、绿化覆盖率和人均公园绿地面积", 2, None),  # three parts, two figures
    # Sixth round: parts joined by 及 inside a part; 等 before the shared measure; rates.
    ("节能环保、汽车及零部件、新材料等产业增加值", 3,
     ["节能环保产业增加值", "汽车及零部件产业增加值", "新材料产业增加值"]),
    ("汽车、家电、通讯、家具零售额", 4, ["汽车零售额", "家电零售额", "通讯零售额", "家具零售额"]),
    ("建议提案办复率、满意率", 2, ["建议提案办复率", "建议提案满意率"]),
    # A shared tail starts where jieba's word does: 满意率, not 率.
    ("人大代表、政协委员满意率", 2, ["人大代表满意率", "政协委员满意率"]),
    # The 等 of 高等 and a one-character noun ending a part are no list marks.
    # (Round 18: the list's opening verb is every part's, as tests/data/README.md has it
    # since round 11; these two rows gave the later part the bare noun.)
    ("新增职业技术大学、高等职业学校", 2, ["新增职业技术大学", "新增高等职业学校"]),
    ("建成省级乡村振兴齐鲁样板示范片区、市级乡村振兴片区", 2,
     ["建成省级乡村振兴齐鲁样板示范片区", "建成市级乡村振兴片区"]),
    # Round 8: a compound measure names two (产销量: 产量, 销量; 进出口: 进口, 出口).
    ("汽车产销量", 2, ["汽车产量", "汽车销量"]),
    ("外贸进出口额", 2, ["外贸进口额", "外贸出口额"]),
    ("产品产销率", 2, None),
    ("汽车产销量", 3, None),
    # A part ending in a count's measure word (件次, 批次) names its own measure.
    ("信访总量件次、人次", 2, ["信访总量件次", "信访总量人次"]),
    # Round 13: quoted names are whole; one all quotation shares what follows the last.
    ("“山东标准”、“山东品牌”新增", 2, ["“山东标准”新增", "“山东品牌”新增"]),
    ("“六大产业”、“四新”经济增加值", 2, ["“六大产业”增加值", "“四新”经济增加值"]),
    ("专精特新“小巨人”、制造业单项冠军", 2, ["专精特新“小巨人”", "制造业单项冠军"]),
    # 基本满意率 after 满意率 shares the whole subject (round 14).
    ("人大代表建议满意率、基本满意率", 2, ["人大代表建议满意率", "人大代表建议基本满意率"]),
    # Round 15: a measure lent backwards, a place word opening the list shared
    ("农村卫生户厕、生活垃圾处理设施覆盖率和生活污水治理率", 3,
     ["农村卫生户厕覆盖率", "农村生活垃圾处理设施覆盖率", "农村生活污水治理率"]),
    ("原油加工量、天然气产量、发电量", 3, ["原油加工量", "天然气产量", "发电量"]),  # their own
    ("规模以上工业企业、销售收入过亿元企业", 2, ["规模以上工业企业", "销售收入过亿元企业"]),
    ("城乡居民基本养老保险和基本医疗保险参保率", 2,
     ["城乡居民基本养老保险参保率", "城乡居民基本医疗保险参保率"]),
    ("家电、新能源汽车零售额", 2, ["家电零售额", "新能源汽车零售额"]),
    ("创建示范、评比表彰项目", 2, ["创建示范项目", "评比表彰项目"]),
    ("单位GDP用水量、能耗", 2, ["单位GDP用水量", "单位GDP能耗"]),
    ("经济开发区亩均税收、亩均增加值", 2, ["经济开发区亩均税收", "经济开发区亩均增加值"]),
    ("城镇新增就业、新增发放创业担保贷款", 2, ["城镇新增就业", "新增发放创业担保贷款"]),
    # Round 19: a rate of handling is one word however jieba cuts it (办|复|率).
    ("人大代表建议和政协委员提案办复率", 2, ["人大代表建议办复率", "政协委员提案办复率"]),
    ("代表建议和政协提案办复率", 2, ["代表建议办复率", "政协提案办复率"]),
])
def test_distribute(subject, n, expected):
    assert distribute(subject, n) == expected


@pytest.mark.parametrize(("name", "defect"), [
    ("", "empty"), ("县", "one character"), ("增长到2020年", "digits"),
    ("和16元", "digits"), ("和农村居民", "leading conjunction"),
    ("分别比上年", "leading conjunction"), ("城镇调查失业率不", "trailing fragment"),
    ("价格之间", "trailing fragment"), ("改造", "bare verb"), ("完成", "bare verb"),
    ("PM2.5平均浓度", ""), ("5G基站", ""), ("4A级景区", ""), ("10亿元以上项目投资", ""),
    ("“12345”政务服务热线受理群众诉求", ""), ("城镇新增就业", ""),
    ("地方生产总值比2005年", ""), ("PM 2.5浓度", ""),
    ("及时转移涉险群众", ""), ("和平路东延投资", ""),  # 及时, 和平路: no conjunctions
    ("上榜中国民营企业500强的企业", ""), ("企业500家", "digits"),  # a ranking's name (round 13)
    ("时速120公里路段占比", ""), ("路段120公里占比", "digits"),  # a speed class (round 14)
    ("引进投资过3亿元项目", ""), ("营业收入超50亿元企业", ""),  # a class of size (round 27)
    ("投资过3亿元", "digits"), ("超30万人", "digits"),
    ("2015年森林覆盖率", ""), ("2007年底不良贷款率", ""),  # a period (round 31)
    ("2010年以来新增市场主体", ""), ("2015年", "digits"), ("森林覆盖率2015年", "digits"),
    ("公交与地铁100米内换乘比例", ""), ("换乘比例100米", "digits"),  # a distance within (round 32)
    ("进入前1‰的学科", ""), ("学科前1%", "digits"),  # a rank's threshold (round 36)
])
def test_label_defect(name, defect):
    assert label_defect(name) == defect


@pytest.mark.parametrize(("pre", "reviewed", "expected"), [
    ("比2005年增长", 2010, "地方生产总值比2005年"),  # five years: not the year's growth
    ("比2009年增长", 2010, "地方生产总值"),  # the year before the one reviewed
    ("比上年增长", 2010, "地方生产总值"),
    ("比2005年增长", None, "地方生产总值"),  # no year reviewed: nothing to compare with
])
def test_since_year(pre, reviewed, expected):
    assert since_year("地方生产总值", pre, reviewed) == expected


@pytest.mark.parametrize(("raw", "name", "previous", "after", "unit", "expected"), [
    ("乡镇", "乡镇", "乡镇", "村", "个", True),  # 全县18个乡镇80个村
    # Round 8: a batch word before the number.
    ("共建首批", "共建", "攻关项目", "创新联合体", "家", True),
    ("筹建首批", "筹建", None, "省级先导区", "个", False),  # naming's bare-verb rule keeps 筹建
    # A verb after another figure is not dropped here: naming's free-verb rule keeps it
    # with the counted noun (表彰奖励优秀教师, the gold convention of keeping what was done).
    ("表彰奖励", "表彰奖励", "新增学位", "优秀教师", "名", False),
    ("对晋庄镇", "晋庄镇", "示范村", "行政村", "个", False),  # a place: owner rule
    ("占地", "占地", "项目", "工业台地", "亩", False),
    ("完成年初确定的", "年初确定", None, "民生实事", "项", True),
    ("完成教育园区内", "教育园区内", None, "高压线路迁改", "条", True),
    ("新建城区公厕", "新建城区公厕", None, "", "座", False),
    ("全县规模以上企业由2006年的", "全县规模以上企业由", None, "多", "家", False),
    ("占全省的", "占全省", "出口", "份额", "%", False),
])
def test_only_qualifies(raw, name, previous, after, unit, expected):
    assert only_qualifies(raw, name, previous, after, unit) is expected


@pytest.mark.parametrize(("pre", "name", "measure", "expected"), [
    ("建议提案办复率、满意率均达", "建议提案办复率、满意率", "share",
     ["建议提案办复率", "建议提案满意率"]),
    ("新增持牌金融机构、上市企业各", "新增持牌金融机构、上市企业", "level",
     ["新增持牌金融机构", "新增上市企业"]),
    ("贫困人口参保率和财政资助率保持", "贫困人口参保率和财政资助率", "share",
     ["贫困人口参保率", "贫困人口财政资助率"]),
    # Seventh round: a share after a 、-list sharing the last one's rate, no 均 needed.
    ("城乡居民养老保险、医疗保险参保率始终保持", "城乡居民养老保险、医疗保险参保率", "share",
     ["城乡居民养老保险参保率", "城乡居民医疗保险参保率"]),
    ("城镇和农村居民人均可支配收入年均增长", "城镇和农村居民人均可支配收入", "change", None),
    ("城镇和农村居民人均", "城镇和农村居民人均", "level", None),
    ("小学和初中入学率", "小学和初中入学率", "share", None),
    # Rates each of their own are not distributed (城乡 would make 城镇…, 农村…).
    ("城乡生活垃圾无害化处理率和污染地块安全利用率保持",
     "城乡生活垃圾无害化处理率和污染地块安全利用率", "share",
     ["城乡生活垃圾无害化处理率", "污染地块安全利用率"]),
    ("地区生产总值均增长", "地区生产总值", "change", None),
    # Round 15: 双 before the figure, as 均.
    ("城市和县城建成区绿化覆盖率达到双", "城市和县城建成区绿化覆盖率", "share",
     ["城市建成区绿化覆盖率", "县城建成区绿化覆盖率"]),
])
def test_each_of(pre, name, measure, expected):
    assert each_of(pre, name, measure) == expected


# Seventh round: the clause before a count only modifies the noun after the number, whose
# label then holds both (选派市县 alone is a fragment).
MODIFIERS = ["选派市县",  # a verb and a scope: 选派市县400名医师
             "新增城区", "建成省级",
             "牵头重组", "复制推广", "建好"]  # verbs only: 牵头重组4家…实验室
NOT_MODIFIERS = ["招聘教师",  # the thing counted is named before the number
                 "城区", "省、市",  # a list, not a modifier
                 "抽调"]  # one word: naming's bare verb


def test_modifier_only():
    assert [n for n in MODIFIERS + NOT_MODIFIERS if modifier_only(n)] == MODIFIERS


@pytest.mark.parametrize(("rest", "after", "expected"), [
    ("省级、12个市级美丽乡村。", "省级", "省级美丽乡村"),
    ("国家级、4个省级区域医疗中心", "国家级", "国家级区域医疗中心"),
    ("省级和1个市级现代农业园区", "省级", "省级现代农业园区"),
    ("省级美丽乡村", "省级美丽乡村", "省级美丽乡村"),  # no list: as read
    ("省级、市级示范区", "省级", "省级"),  # no count on the second grade
    # The next item's opening, cut off by its number, goes.
    ("的雷达产业园和总投资5亿元的民爆产业园", "雷达产业园和总投资", "雷达产业园"),
    ("的雷达产业园", "雷达产业园", "雷达产业园"),
])
def test_counted_noun(rest, after, expected):
    assert counted_noun(rest, after) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("选派市县400名医师开展帮扶。", ["选派市县医师"]),
    ("牵头重组4家重点实验室。", ["牵头重组重点实验室"]),
    # The list's kept verb is every item's (round 11: 市级美丽乡村 alone reads as a stock).
    ("建成4个省级、12个市级美丽乡村。", ["建成省级美丽乡村", "建成市级美丽乡村"]),
    ("贫困发生率下降至0.47%。", ["贫困发生率"]),
    ("耕地净增加60万亩以上。", ["耕地"]),
    # A stop word after the counted noun does not cut a word of jieba's (圆满|完成).
    ("8个整治任务圆满完成。", ["整治任务"]),
    ("136台燃气锅炉低氮燃烧改造超额完成。", ["燃气锅炉低氮燃烧改造"]),
    # A threshold after the number names the class counted: part of its noun.
    # (培育 makes the count new and stays: round 11.)
    ("培育3个50亿元以上产业集群。", ["培育50亿元以上产业集群"]),
    # (what was done to them goes first: round 14, "a count's action verb dropped")
    ("全区453台10蒸吨及以下燃煤锅炉全部拆除。", ["拆除10蒸吨及以下燃煤锅炉"]),
])
def test_fragment_phrasings(sentence, expected):
    rows = _figures("地区生产总值增长5%。" + sentence)
    assert list(rows.indicator)[1:] == expected


def test_a_figure_ending_its_clause_is_no_threshold():
    # "以上" then the clause's end: a figure of its own, not the class of the 40 counted.
    rows = _figures("地区生产总值增长5%。40个行政村集体收入达到50万元以上。")
    assert not any("50万元" in label for label in rows.indicator)
    assert list(rows.quote) == ["5%", "40个", "50万元以上"]


# Seventh round: a count per unit keeps its unit, or the reader can't read the count.
@pytest.mark.parametrize(("name", "pre", "expected"), [
    ("引进外资项目", "每个县市区至少引进", "每个县市区引进外资项目"),
    ("主导产业", "每个工业类开发区做大", "每个工业类开发区主导产业"),
    ("建成文化广场", "每村建成", "每村建成文化广场"),
    ("每个书屋年增图书", "实现每个书屋年增图书", "每个书屋年增图书"),  # it has its 每
    ("城乡低保标准", "城乡低保标准每人每月提高到", "城乡低保标准"),  # 每人: how it is measured
    ("优质初中", "办好", "优质初中"),
])
def test_per_unit(name, pre, expected):
    assert per_unit(name, pre) == expected


def test_per_unit_phrasing():
    rows = _figures("地区生产总值增长5%。支持每个乡镇至少办好1所优质初中。")
    assert list(rows.indicator) == ["地区生产总值", "每个乡镇优质初中"]


def test_share_named():
    """Round 11: a share labelled with the days it is a share of names the share."""
    assert share_named("空气质量优良天数", "share") == "空气质量优良天数比例"
    assert share_named("空气质量优良天数", "level") == "空气质量优良天数"
    assert share_named("优良天数比例", "share") == "优良天数比例"


@pytest.mark.parametrize(("after", "expected"), [
    ("镇获评全国重点镇", "获评全国重点镇的镇"),
    ("村入选中国传统村落名录", "入选中国传统村落名录的村"),
    ("村卫生室", "村卫生室"),  # no predicate
    ("区县获评", "区县获评"),  # no one-character place
])
def test_a_place_with_what_it_became(after, expected):
    assert counted_noun("", after) == expected


@pytest.mark.parametrize(("subject", "expected"), [
    # Session 68: a quoted last part shares all after its closing mark with plain names.
    ("民营企业、“专精特新”贷款增速", ["民营企业贷款增速", "“专精特新”贷款增速"]),
    ("数字经济、“四新”经济增加值", ["数字经济增加值", "“四新”经济增加值"]),
    ("科技企业和“小巨人”企业", ["科技企业", "“小巨人”企业"]),  # it ends with all of it
    # ... a rate word after a shared head goes with it (jieba's 农业贷款 one word).
    ("科技企业、涉农贷款增速", ["科技企业贷款增速", "涉农贷款增速"]),
    ("科技企业、农业贷款增幅", ["科技企业贷款增幅", "农业贷款增幅"]),
    ("规上工业增加值、税收增速", ["规上工业增加值增速", "规上工业税收增速"]),
    # ... one base compared with goes whole to every part (no 平均 read into a part).
    ("民营企业、“专精特新”贷款增速比各项贷款平均增速高",
     ["民营企业贷款增速比各项贷款平均增速高", "“专精特新”贷款增速比各项贷款平均增速高"]),
    ("科技企业、涉农贷款增速高于全部贷款",
     ["科技企业贷款增速高于全部贷款", "涉农贷款增速高于全部贷款"]),
])
def test_distribute_named_things_and_a_shared_measure(subject, expected):
    assert distribute(subject, 2) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # Session 68: a list and its count open the clause before a bare measure under 分别.
    ("石材加工、竹木制品两个产业集群加快转型，产值分别突破30和20亿元。",
     ["石材加工产业集群产值", "竹木制品产业集群产值"]),
    ("东湖、西山和南岭三个园区提档升级，营业收入分别达到9亿元、6亿元和4亿元。",
     ["东湖园区营业收入", "西山园区营业收入", "南岭园区营业收入"]),
    ("民营企业、“专精特新”贷款增速比各项贷款平均增速分别高3.1和1.2个百分点。",
     ["民营企业贷款增速比各项贷款平均增速高", "“专精特新”贷款增速比各项贷款平均增速高"]),
])
def test_a_list_and_its_shared_measure_under_fenbie(sentence, expected):
    rows = _figures("地区生产总值增长5%。" + sentence)  # (三个 is a count of its own)
    assert list(rows.indicator)[-len(expected):] == expected
