"""Round 88 (w1): labels of the development draws' 'leading filler', 'action verb dropped'
and 'newness dropped' (bench/label_judging.md), each on invented sentences run through the
extractor (one review sentence, or a plan's after "P:"); every sentence's labels in order."""

from __future__ import annotations

import pytest

from .test_figures import _sentence_rows

CASES = [
    # verbs of studying, using well, helping, watching over, proposing or having before the
    # thing counted are fillers (cues.label_leading)
    ("研究推动向各县下放行政职权48项。", ["向各县下放行政职权"]),
    ("统筹用好中央补助资金149亿元。", ["中央补助资金"]),
    ("助力农民年均增收3000元。", ["农民年均增收"]),
    ("全市已有少数民族小学生25万人。", ["少数民族小学生"]),
    ("P:提出居民消费价格涨幅4%左右。", ["居民消费价格涨幅"]),
    # a wide scope opening a later item of a list keeps the list's verb and stays in its label
    # (labelcommas.wide_scope); not a scope of the report's own place, which goes as before
    ("认证绿色食品品牌46个，全国名特优新农产品2个。",
     ["认证绿色食品品牌", "认证全国名特优新农产品"]),
    ("获评乡村体验基地1个、全省乡村旅游打卡地2处。",
     ["获评乡村体验基地", "获评全省乡村旅游打卡地"]),
    ("建成文化广场5个，全市体育公园3个。", ["建成文化广场", "体育公园"]),
    # 统筹推进 and 滚动推进 are fillers after a scope too (cues.label_inner_fillers)
    ("P:自治区层面统筹推进重大项目2200个以上。", ["自治区层面重大项目"]),
    ("P:全市统筹推进重点项目200个。", ["重点项目"]),
    ("P:市县两级滚动推进重点项目30个。", ["市县两级重点项目"]),
    # a ，-list whose opener ends in the stock its count reached: the later item takes the
    # opener's verb, not the stock's label (labellists._reached) ...
    ("新增省级技术创新中心2家、达到6家，市级以上创新平台3家、达到16家。",
     ["新增省级技术创新中心", "省级技术创新中心", "新增市级以上创新平台", "市级以上创新平台"]),
    ("新增专精特新企业9家、累计达到36家，科技型企业6家。",
     ["新增专精特新企业", "专精特新企业", "新增科技型企业"]),
    # ... not past a clause with a verb of its own between the opener and the item
    ("新建和改造高标准农田80万亩，发展高效节水农业30万亩，盐碱地综合利用15万亩。",
     ["新建和改造高标准农田", "发展高效节水农业", "盐碱地综合利用"]),
    # a span of days or months it took, before a list's verb, goes: the later items share
    # the verb (labelspans.unspanned)
    ("仅用10天时间依法拆除市场违建370余处、房屋167间。", ["拆除市场违建", "拆除房屋"]),
    ("用20天时间新建学校5所、幼儿园3所。", ["新建学校", "新建幼儿园"]),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_round88_w1_labels(sentence, expected):
    assert list(_sentence_rows(sentence).indicator) == expected
