"""Sizes in lists (round 27, P2: ``labelsized``); whole sentences are in
tests/data/phrasings_labels.csv."""

import pytest

from workreport.extract.labelsized import (
    listed_sum,
    listed_threshold,
    rated_class,
    threshold_class,
)


@pytest.mark.parametrize(("rest", "expected"), [
    ("园区道路硬化率、污水处理率均达100%。", True),
    ("企业上云率、数字化改造比例均超过60%，", True),
    ("精品示范村、40个美丽庭院示范街。", False),   # a count's own list item
    ("园区道路硬化率达100%。", False),              # no list: threshold_scope's own case
    ("精品示范村、美丽庭院示范街，", False),         # no rate, no number
    ("自然村通宽带率、千兆光纤通达率均达100%。", True),
    ("精品示范村、五十个美丽庭院示范街。", False),
    ("的园区道路硬化率、污水处理率均达100%。", False),
])
def test_rated_class(rest, expected):
    assert rated_class(rest) is expected


LIST = "紧盯45个预计产值过20亿元、1260个过5000万元的制造业新增长点。"
VERBED = "新建3个投资过5亿元、12个过1亿元的产业项目。"


@pytest.mark.parametrize(("text", "quote", "expected"), [
    (LIST, "45个", "预计产值过20亿元的制造业新增长点"),
    (LIST, "1260个", "预计产值过5000万元的制造业新增长点"),
    (VERBED, "3个", "新建投资过5亿元的产业项目"),
    (VERBED, "12个", "新建投资过1亿元的产业项目"),
    ("建设200个以上精品示范村、40个美丽庭院示范街。", "200个", ""),
])
def test_listed_threshold(text, quote, expected):
    assert listed_threshold(text, text.index(quote)) == expected


def test_listed_sum():
    assert listed_sum(LIST, LIST.index("20亿元"))
    assert not listed_sum(LIST, LIST.index("45个"))
    assert not listed_sum("投资过20亿元，建成项目12个。", 2)


@pytest.mark.parametrize(("subject", "previous", "expected"), [
    ("5亿元以上", "5亿元以上项目开工率", "5亿元以上项目"),
    ("200户以上", "200户以上村寨通邮率", "200户以上村寨"),
    ("全市", "全市项目开工率", "全市"),                    # no threshold
    ("5亿元以上项目", "5亿元以上项目开工率", "5亿元以上项目"),  # the noun is there
])
def test_threshold_class(subject, previous, expected):
    assert threshold_class(subject, previous) == expected
