"""Round 76 (x3): the act after the counted noun that picks out which are counted, kept
(labelpickact); whole sentences are in tests/data/phrasings_labels.csv."""
import pytest

from workreport.extract.labelpickact import filler_act, object_act, picked_by_act


@pytest.mark.parametrize(("name", "rest", "dimension", "expected"), [
    ("湖北自贸区制度创新成果", "制度创新成果全国推广。", "count",
     "全国推广的湖北自贸区制度创新成果"),
    ("跨区域协作经验", "跨区域协作经验做法在全国推广。", "count", "在全国推广的跨区域协作经验做法"),
    ("第一驿站苹果", "苹果通过欧盟认证。", "area", "通过欧盟认证的第一驿站苹果"),
    ("央企子公司", "央企子公司落户徐水，考核…", "count", "落户徐水的央企子公司"),
    ("五年累计经验", "经验在全国推广。", "count", "五年累计在全国推广的经验"),
    # not: a bare 落户, a bare 推广, a word of aim, a label holding the verb, money
    ("科研机构", "科研机构落户，扶持…", "count", "科研机构"),
    ("农业适宜技术", "农业适宜技术推广。", "count", "农业适宜技术"),
    ("债券项目", "债券项目更多通过上级审核。", "count", "债券项目"),
    ("在全国推广的典型经验", "典型经验在全国推广。", "count", "在全国推广的典型经验"),
    ("项目投资", "的项目在全国推广。", "money", "项目投资"),
])
def test_picked_by_act(name, rest, dimension, expected):
    assert picked_by_act(name, "", rest, dimension) == expected


@pytest.mark.parametrize(("name", "before", "rest", "expected"), [
    ("“禁煤区”村", "累计淘汰…，对“禁煤区”", "村实施了“电代煤”。", "实施“电代煤”的“禁煤区”村"),
    ("县级名师、名校长", "对评选的", "县级名师、名校长进行了表彰奖励。",
     "表彰奖励县级名师、名校长"),
    # not: no 对, 对于, a label ending in part of the noun only
    ("村", "在", "村实施了“电代煤”。", "村"),
    ("企业", "对于", "企业进行整治。", "企业"),
    ("责任主体", "对", "责任主体灭失露天矿山进行综合治理。", "责任主体"),
])
def test_object_act(name, before, rest, expected):
    assert object_act(name, before, rest, "count") == expected


@pytest.mark.parametrize(("name", "before", "rest", "expected"), [
    ("乡镇空气监测站", "完成", "乡镇空气监测站增参，用好…", "乡镇空气监测站增参"),
    ("拆迁村", "全力做好大王店园区", "拆迁村返迁准备工作，切实…", "拆迁村返迁准备"),
    ("贫困村", "以推进", "贫困村扶贫攻坚为重点，加快…", "贫困村扶贫攻坚"),
    # not: no filler, 推进会, a stage, a works' 建设, an adverb, a filler after the noun
    ("乡镇空气监测站", "新建", "乡镇空气监测站增参。", "乡镇空气监测站"),
    ("全国会议", "工作推进会等", "全国会议作交流发言。", "全国会议"),
    ("泵站", "推进改造工程", "泵站建成投用。", "泵站"),
    ("安置区项目", "推进", "安置区项目建设，总建筑…", "安置区项目"),
    ("项目", "推进", "项目有序推进。", "项目"),
])
def test_filler_act(name, before, rest, expected):
    assert filler_act(name, before, rest, "count") == expected
