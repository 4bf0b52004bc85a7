"""``extract.labellists``: which items of a list of counts share its opening verb. Whole
sentences are in tests/data/phrasings_labels.csv (round 10)."""

from __future__ import annotations

import pytest

from workreport.extract.labellists import _shared_verb, list_scope, named_total, second_pair

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
])
def test_list_items_share_a_verb_that_makes_counts_new(sentence, expected):
    assert list(_figures(sentence)["indicator"]) == expected


def test_a_kept_verb_is_shared_but_not_out_of_a_longer_word():
    """Round 11: 建成, 改造, 打造 … (``cues.label_kept_verbs``) are every item's too, but
    not the 建成 of 建成区, nor the 新开 of 新开办 (a word of jieba's of its own)."""
    assert _shared_verb("建成美丽乡村示范街8条、美丽庭院") == "建成"
    assert _shared_verb("建成区绿化覆盖率达到41%、人均公园绿地面积") == ""
    assert _shared_verb("新开办企业1359家、个体工商户") == "新开办"
    assert _shared_verb("完成造林1万亩、森林抚育") == ""


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
])
def test_list_scope(label, before, previous, want):
    assert list_scope(label, before, previous) == want
