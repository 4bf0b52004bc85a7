"""``extract.labellists``: which items of a list of counts share its opening verb. Whole
sentences are in tests/data/phrasings_labels.csv (round 10)."""

from __future__ import annotations

import pytest

from workreport.extract.labelcarried import carried_class, carried_measure, subset_item
from workreport.extract.labellists import (
    halves_joined,
    second_pair,
    shared_verb,
)
from workreport.extract.labellistscope import list_scope, named_total

from .test_figures import _figures


@pytest.mark.parametrize(("sentence", "expected"), [
    # A verb that makes a count new is every item's.
    ("新增高新技术企业3000家、专精特新企业1000家。", ["新增高新技术企业", "新增专精特新企业"]),
    ("培育高新技术企业18家、科技型中小企业31家。", ["培育高新技术企业", "培育科技型中小企业"]),
    # ... not a later item that names a measure of its own, nor a total.
    ("新增就业6000人以上、农村劳动力转移1万人。", ["新增就业", "农村劳动力转移"]),
    ("新增地铁运营里程43公里、总里程达到879公里。", ["新增地铁运营里程", "地铁总里程"]),
    # A filler verb is not shared.
    ("完成造林1万亩、森林抚育2万亩。", ["造林", "森林抚育"]),
    # Round 24 (labelfared): a subject, an adverb or 累计 before the shared verb; a noun
    # jieba tags a verb (组织, 应用: cues.verb_tagged_nouns) ending a later item.
    ("某大学新增8个博士点、31个硕士点。", ["新增博士点", "新增硕士点"]),
    ("高质量办理代表建议120件、委员提案96件，办结率均为100%。",
     ["办理代表建议", "办理委员提案", "代表建议办结率", "委员提案办结率"]),
    ("养老标准提高5%，累计发放养老补贴2.4亿元、护理补贴3600万元。",
     ["养老标准", "累计发放养老补贴", "累计发放护理补贴"]),
    ("打掉涉恶团伙3个、黑恶势力组织2个。", ["打掉涉恶团伙", "打掉黑恶势力组织"]),
    # ... but not a noun's own act ending the first item.
    ("完成水土修复900亩、义务植树12万株。", ["水土修复", "义务植树"]),
    # Round 29 (part O): a noun jieba tags a verb (坐席) and a list after a circled number.
    ("新增数据服务企业80家、坐席2600个。", ["新增数据服务企业", "新增坐席"]),
    ("①改造老旧管网8公里；②新增城区有线电视用户600户、农村无线数字电视用户1800户。",
     ["改造老旧管网", "新增城区有线电视用户", "新增农村无线数字电视用户"]),
])
def test_list_items_share_a_verb_that_makes_counts_new(sentence, expected):
    assert list(_figures(sentence)["indicator"]) == expected


def test_a_kept_verb_is_shared_but_not_out_of_a_longer_word():
    """Round 11: 建成, 改造, 打造 … (``cues.label_kept_verbs``) are every item's too, but
    not the 建成 of 建成区, nor the 新开 of 新开办 (a word of jieba's of its own)."""
    assert shared_verb("建成美丽乡村示范街8条、美丽庭院") == "建成"
    assert shared_verb("建成区绿化覆盖率达到41%、人均公园绿地面积") == ""
    assert shared_verb("新开办企业1359家、个体工商户") == "新开办"
    assert shared_verb("完成造林1万亩、森林抚育") == ""


@pytest.mark.parametrize(("name", "pre", "firsts", "expected"), [
    ("城乡居民人均可支配收入", "同比增长", [(3, "城乡居民人均可支配收入")], True),
    ("城乡居民人均可支配收入", "分别增长", [(3, "城乡居民人均可支配收入")], False),  # its own
    ("城乡居民人均可支配收入", "增长", [(2, "城乡居民人均可支配收入")], False),  # other sentence
    ("地区生产总值", "增长", [(3, "城乡居民人均可支配收入")], False),
    ("城乡居民人均可支配收入", "增长", [], False),
])
def test_second_pair(name, pre, firsts, expected):
    assert second_pair(name, pre, firsts, 3) is expected


@pytest.mark.parametrize(("label", "before", "after", "want"), [
    # A measure of the named things counted before it is all of theirs ...
    ("项目总长", "长安路、建设路两个项目总长", "", "长安路、建设路项目总长"),
    ("项目总投资", "完成长安路、建设路2个项目总投资", "", "长安路、建设路项目总投资"),
    # ... and so is the count itself, without the measure.
    ("项目总长", "长安路、建设路", "两个项目总长13公里。", "长安路、建设路项目"),
    # No names listed, or no measure: the label stays.
    ("项目总长", "实施两个项目总长", "", "项目总长"),
    ("道路", "建成长安路、建设路2条道路", "", "道路"),
    # Round 15: a count of named things counts the noun after it, not the names.
    ("甲路某段、乙路某段", "谋划启动总长10公里的甲路某段、乙路某段", "两个公路大修项目。",
     "公路大修项目"),
    ("哇让、同德、德令哈", "加快建设哇让、同德、德令哈", "3座水电站。", "建设水电站"),
    ("梁格庄、紫荆关", "完成梁格庄、紫荆关", "2座污水处理站建设。", "污水处理站"),
    ("科学研究、软件信息技术", "破除科学研究、软件信息技术", "2个领域服务业规上企业",
     "科学研究、软件信息技术"),  # a word cut: stays
])
def test_named_total(label, before, after, want):
    assert named_total(label, before, after) == want


@pytest.mark.parametrize(("label", "before", "previous", "want"), [
    ("学校", "县城完成煤改电的机关事业单位52家、学校", "县城煤改电的机关事业单位",
     "县城煤改电的学校"),
    # No 的 scope on the first item, or an item with words of its own: the label stays.
    ("学校", "新建幼儿园5所、学校", "新建幼儿园", "学校"),
    ("新建学校", "完成煤改电的单位52家、新建学校", "煤改电的单位", "新建学校"),
    # Round 13: a list written with commas; a longer item (up to 12 characters).
    ("卫生院", "完成煤改电的机关事业单位52家，学校18所，卫生院", "煤改电的学校",
     "煤改电的卫生院"),
    ("宝迪养猪分散养殖场", "已建成的玖兴肉鸡分散养殖场269个、宝迪养猪分散养殖场",
     "已建成的玖兴肉鸡分散养殖场", "已建成的宝迪养猪分散养殖场"),
    ("补贴资金", "符合条件的企业50家，补贴资金", "符合条件的企业", "补贴资金"),  # money
    ("规上企业", "转型的企业120家，其中规上企业", "转型的企业", "规上企业"),  # 其中: a part
    # Round 15: a later item of one word is the body's the first item names.
    ("办理建议", "办理市人大代表议案4项、建议", "办理市人大代表议案", "办理市人大代表建议"),
    ("建议", "承办人大议案2件、建议", "人大议案", "人大建议"),
    ("政协委员提案", "办理人大代表建议146件、政协委员提案", "办理人大代表建议", "政协委员提案"),
    # Round 15: places listed after 在 are where it was done, not the counted noun.
    ("甲路、乙路、丙路安装景观灯", "在甲路、乙路、丙路安装景观灯", None, "安装景观灯"),
    ("城区、农村安装路灯", "在城区、农村安装路灯", None, "城区、农村安装路灯"),  # a scope
])
def test_list_scope(label, before, previous, want):
    assert list_scope(label, before, previous) == want


@pytest.mark.parametrize(("label", "before", "unit", "want"), [
    # Round 14: a part after 其中 keeps what its whole's clause says of it.
    ("农村", "新建充电桩3万个，其中农村", "万个", "新建农村充电桩"),
    ("企业", "新设经营主体30.8万户，其中企业", "万户", "新设企业"),
    ("高速铁路", "新增铁路里程1.97万公里，其中高速铁路", "公里", "新增高速铁路里程"),
    ("规模以上工业企业", "入驻园区企业达120家，其中规模以上工业企业", "家",
     "入驻园区规模以上工业企业"),
    ("24小时开放站点", "改造提升城市驿站800家以上，其中24小时开放站点", "个", "24小时开放城市驿站"),
    ("企业", "市场主体净增50万户、达到900万户，其中企业超", "万户", "企业"),  # a complete noun
    # 征集 makes nothing new, but the part is those of the whole (round 71, w2: people_part)
    ("大学生", "征集义务兵739人，其中大学生", "人", "征集义务兵中的大学生"),
    ("农村", "新建充电桩3万个，其中农村", "亿元", "农村"),  # the whole in another unit
    ("新登记注册企业", "新设市场主体1293万户，其中新登记注册企业增长", "%", "新登记注册企业"),
    # The whole counted in the part's unit, past a clause of money; 各类 aside.
    ("亿元以上项目", "全年共招引项目142个，总投资350多亿元，其中亿元以上项目", "个",
     "招引亿元以上项目"),
    ("棚户区", "今年新开工700万套以上，其中各类棚户区", "万套", "新开工棚户区"),
    # A part named by nouns alone takes the whole's measure, with no verb to share.
    ("食品产业", "实现营业收入50亿元，其中食品产业", "亿元", "食品产业营业收入"),
    ("大棚西瓜", "品牌西瓜种植面积9万亩，其中大棚西瓜", "万亩", "大棚西瓜种植面积"),
    ("工业用地", "总面积2763亩，其中工业用地", "亩", "工业用地"),  # land is an area
    # 其中 in brackets or before a colon.
    ("农村", "新建充电桩3万个（其中农村", "万个", "新建农村充电桩"),
    ("企业", "新设经营主体30.8万户，其中：企业", "万户", "新设企业"),
    # Round 15: a whole written number first, a clause between; parts in another count unit
    # of a quoted whole take its verb.
    ("银龄医师", "引进留用5000名银龄人才，服务全省发展，其中：银龄教师2000名、银龄医师", "名",
     "引进留用银龄医师"),
    ("淤地坝", "建设农村“水盆子”684个，其中水库5座、淤地坝", "座", "建设淤地坝"),
    ("农村", "新建充电桩3万个，其中农村", "万个", "新建农村充电桩"),
    # round 20: people in 名 and in 人 are one count; those served got what the whole got
    ("银龄教师", "引进留用5000名银龄人才，其中银龄教师", "人", "引进留用银龄教师"),
    ("退役军人", "为60万人提供就业帮扶，其中退役军人", "万人", "获得就业帮扶的退役军人"),
])
def test_subset_item(label, before, unit, want):
    assert subset_item(label, before, unit) == want


@pytest.mark.parametrize(("label", "previous", "want"), [
    ("超亿元企业", "纳税超千万元企业", "纳税超亿元企业"),
    ("5亿元以上", "新签约并立项亿元以上项目", "新签约并立项5亿元以上项目"),
    ("超亿元的", "年产值超千万的企业", "年产值超亿元的企业"),
    ("超亿元企业", "超千万元企业", "超亿元企业"),  # nothing before the class to carry
    ("超百亿级的县域特色链", "建成超五百亿级的市域特色链", "超百亿级的县域特色链"),  # its own noun
    ("10亿元以上项目", "引入项目总投资", "10亿元以上项目"),  # no class before
])
def test_carried_class(label, previous, want):
    assert carried_class(label, previous) == want


@pytest.mark.parametrize(("label", "previous", "before", "unit", "want"), [
    ("装备制造业", "食品产业产值", "力争食品产业产值达到80亿元，装备制造业达到", "亿元",
     "装备制造业产值"),
    ("战略性新兴产业", "高技术制造业增加值", "高技术制造业增加值增长12%，战略性新兴产业增长", "%",
     "战略性新兴产业增加值"),
    ("改造农村公路", "农村人居环境整治投资", "投资1.5亿元实施农村人居环境整治，改造农村公路",
     "公里", "改造农村公路"),  # another unit, and a verb of its own
    ("社会消费品零售总额", "固定资产投资", "固定资产投资增长5%，社会消费品零售总额增长", "%",
     "社会消费品零售总额"),  # a measure of its own
    ("航空航天", "装备制造营业收入", "装备制造营业收入增长10%以上、航空航天达到", "%",
     "航空航天"),  # one grows, the other does not
])
def test_carried_measure(label, previous, before, unit, want):
    assert carried_measure(label, previous, before, unit) == want


@pytest.mark.parametrize(("previous", "between", "want"), [
    ("城乡居民人均可支配收入", "和", True),  # round 15: the halves of 城乡
    ("城乡低保补差标准", "、", True),
    ("城乡居民人均可支配收入", "，农民人均纯收入", False),
    ("居民人均可支配收入", "和", False),  # no distributive word
])
def test_halves_joined(previous, between, want):
    assert halves_joined(previous, between) is want


@pytest.mark.parametrize(("sentence", "expected"), [
    # Round 24 (``labelshared``): a later item standing for the first item's last word, or a
    # second measure of the first item's owner, takes the subject the first names.
    ("打造物流示范镇2个、示范村7个。", ["打造物流示范镇", "打造物流示范村"]),
    ("机场货运量、客运量分别增长8.2%、41.3%。", ["机场货运量", "机场客运量"]),
    ("市属企业净资产增长6.1%、研发投入增长22.5%。", ["市属企业净资产", "市属企业研发投入"]),
    ("完成燃煤机组节能改造50万千瓦、供热改造20万千瓦。", ["燃煤机组节能改造", "燃煤机组供热改造"]),
    ("集体经济强村增至15%、薄弱村降至2.4%。", ["集体经济强村", "集体经济薄弱村"]),
    ("软件企业从业人员达到5万人、主营业务收入增长12%。",
     ["软件企业从业人员", "软件企业主营业务收入"]),
    # ... a 分别 list handing out the class its count names, or a word of parts (肉蛋奶)
    ("年内力争纺织、食品和建材三大主导产业年产值分别达到12亿元、8亿元和5亿元。",
     ["纺织产业年产值", "食品产业年产值", "建材产业年产值"]),
    ("肉蛋奶产量分别达到50万吨、30万吨、90万吨。", ["肉类产量", "禽蛋产量", "奶类产量"]),
    # ... but not a piece of the first item's own name, nor a modifier.
    ("原油加工量、天然气产量、发电量分别增长3.1%、4.2%、5.3%。",
     ["原油加工量", "天然气产量", "发电量"]),
    ("新增单项冠军企业3家、瞪羚企业5家。", ["新增单项冠军企业", "新增瞪羚企业"]),
    ("完成清洁取暖改造900户、危房改造60户。", ["清洁取暖改造", "危房改造"]),
])
def test_list_items_share_the_first_items_subject(sentence, expected):
    assert list(_figures(sentence)["indicator"]) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # Round 24 (labelfared.acted): a goal word before the act goes, not before money ...
    ("争取全年认定科技型企业30家。", ["认定科技型企业"]),
    # ... and how the things fared after the noun goes too.
    # (the zone opening the sentence owns them: labelsubjectowner, round 55)
    ("开发区建设提速，86项试点任务全面铺开。", ["开发区试点任务"]),
    ("总投资90亿元的某某引水工程全线贯通。", ["某某引水工程总投资"]),
    # Round 25 (labelfared.acted): a goal word before a noun, a statement's opener and a
    # pledge after the noun go too ...
    ("按期完成剩余12座小煤窑的封闭回填。", ["剩余封闭回填的小煤窑"]),
    ("总体目标是：2030年全市财政收入确保比2025年翻一番，达到80亿元。", ["全市财政收入"]),
    # ... and an act written once after a list is its first items' too (labelfared.list_act).
    ("全年完成5名军转干部和31名退役士兵阳光安置。新增就业3000人。",
     ["军转干部阳光安置", "退役士兵阳光安置", "新增就业"]),
    ("对8条城区街巷、60个临街建筑进行亮化。", ["城区街巷亮化", "亮化临街建筑"]),
    ("实施了16个老旧院落、5个城中村改造。", ["老旧院落改造", "城中村改造"]),
])
def test_a_goal_word_before_the_act_and_how_things_fared_go(sentence, expected):
    assert list(_figures(sentence)["indicator"]) == expected


def test_head_shared():
    from workreport.extract.labelphrased import head_shared
    assert head_shared("稳就业、8条青年创业政策措施。", "稳就业") == "稳就业政策措施"
    assert head_shared("公交线路、8条城际线路。", "公交线路") == "公交线路"


def test_tiered():
    """Round 42 (ra42): a tier of villages after a first item counting villages or towns."""
    from workreport.extract.labelshared import tiered
    assert tiered("省级和美乡村", "示范村") == "省级和美乡村示范村"
    assert tiered("省级乡村振兴先进乡镇", "示范村") == "省级乡村振兴示范村"
    assert tiered("市级先进乡镇", "示范村") == "市级示范村"
    assert tiered("省级龙头企业", "示范村") == "示范村"  # no villages counted first
    assert tiered("省级和美乡村", "美丽庭院") == "美丽庭院"  # no tier
