"""``extract.labellists``: which items of a list of counts share its opening verb. Whole
sentences are in tests/data/phrasings_labels.csv (round 10)."""

from __future__ import annotations

import pytest

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
