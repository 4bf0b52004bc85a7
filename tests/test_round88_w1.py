"""Round 88 (w1): labels of the development draws' 'leading filler', 'action verb dropped'
and 'newness dropped' (bench/label_judging.md), each on invented sentences run through the
extractor (one review sentence, or a plan's after "P:")."""

from __future__ import annotations

import pytest

from .test_figures import _sentence_rows


def _labels(sentence: str) -> list[str]:
    return list(_sentence_rows(sentence).indicator)


@pytest.mark.parametrize(("sentence", "expected"), [
    # verbs of studying, using well, helping, watching over, proposing or having before the
    # thing counted are fillers (cues.label_leading)
    ("研究推动向各县下放行政职权48项。", ["向各县下放行政职权"]),
    ("统筹用好中央补助资金149亿元。", ["中央补助资金"]),
    ("助力农民年均增收3000元。", ["农民年均增收"]),
    ("全市已有少数民族小学生25万人。", ["少数民族小学生"]),
    ("P:提出居民消费价格涨幅4%左右。", ["居民消费价格涨幅"]),
])
def test_leading_fillers_go(sentence, expected):
    assert _labels(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a wide scope opening a later item of a list keeps the list's verb and stays in its label
    # (labelcommas.wide_scope)
    ("认证绿色食品品牌46个，全国名特优新农产品2个。",
     ["认证绿色食品品牌", "认证全国名特优新农产品"]),
    ("获评乡村体验基地1个、全省乡村旅游打卡地2处。",
     ["获评乡村体验基地", "获评全省乡村旅游打卡地"]),
    # not: a scope of the report's own place, which goes as before
    ("建成文化广场5个，全市体育公园3个。", ["建成文化广场", "体育公园"]),
])
def test_wide_scope_of_a_list_item(sentence, expected):
    assert _labels(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # 统筹推进 and 滚动推进 are fillers after a scope too (cues.label_inner_fillers)
    ("P:自治区层面统筹推进重大项目2200个以上。", ["自治区层面重大项目"]),
    ("P:全市统筹推进重点项目200个。", ["重点项目"]),
    ("P:市县两级滚动推进重点项目30个。", ["市县两级重点项目"]),
])
def test_pushing_fillers_after_a_scope_go(sentence, expected):
    assert _labels(sentence) == expected
