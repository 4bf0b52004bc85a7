"""Round 71 (w1): the period a figure counts over where labelperiods lost it
(labelperiodscope); invented sentences of the shapes of the development draws' rows."""
import pytest

from workreport.extract.labelperiods import period_named, yearly_target
from workreport.extract.labelperiodscope import (
    based,
    period_change,
    period_share,
    run_total,
)


@pytest.mark.parametrize(("text", "expected"), [
    ("全县生产总值按可比口径年均增长", False),  # 可比 names no base
    ("服务业增加值比重年均提高", False),
    ("生产总值比2015年增长", True),
    ("优良天数较上年增加", True),
])
def test_based(text, expected):
    assert based(text) is expected


@pytest.mark.parametrize(("name", "whole", "before", "period", "own", "expected"), [
    ("农村贫困人口", "农村贫困人口减少", "农村贫困人口减少", "五年", False, "农村贫困人口五年累计"),
    ("城镇低保标准", "城乡低保标准分别提高", "城乡低保标准分别提高", "“十三五”期间", False,
     "城镇低保标准“十三五”期间累计"),
    ("压采地下水", "压采地下水", "生态补水8500万立方米，压采地下水", "五年", False,
     "五年累计压采地下水"),  # a cut: the period in front of its verb
    # not: a year of its own, a period of a year, a span of its own, a rise per household,
    # a change from … to …
    ("农村贫困人口", "农村贫困人口减少", "农村贫困人口减少", "五年", True, "农村贫困人口"),
    ("农村贫困人口", "农村贫困人口减少", "农村贫困人口减少", "2016年以来", False, "农村贫困人口"),
    ("排名", "排名前进", "经过两年努力，排名前进", "五年", False, "排名"),
    ("带动农户户均增收", "户均增收", "带动农户，户均增收", "五年", False, "带动农户户均增收"),
    ("森林覆盖率", "森林覆盖率由33%提高", "森林覆盖率由33%提高", "五年", False, "森林覆盖率"),
])
def test_period_change(name, whole, before, period, own, expected):
    assert period_change(name, whole, before, period, own) == expected


@pytest.mark.parametrize(("before", "whole", "expected"), [
    ("扎实推进拆迁改造，累计完成4500余户拆迁，建成回迁楼", "建成回迁楼", True),
    ("累计完成4500余户拆迁；建成回迁楼", "建成回迁楼", False),  # another ；-part
    ("累计完成4500余户拆迁，2020年建成回迁楼", "2020年建成回迁楼", False),  # a year of its own
    ("完成4500余户拆迁，建成回迁楼", "建成回迁楼", False),
])
def test_run_total(before, whole, expected):
    assert run_total(before, whole) is expected


@pytest.mark.parametrize(("name", "previous", "before", "expected"), [
    ("民生投入占一般公共预算支出比重", "“十三五”期间民生投入",
     "“十三五”时期，全县民生投入140.39亿元，占一般公共预算支出的",
     "“十三五”期间民生投入占一般公共预算支出比重"),
    ("民生支出占公共预算支出比重", "五年累计民生支出", "民生支出27.2亿元，占公共预算支出的",
     "五年累计民生支出占公共预算支出比重"),
    # not after a bare 累计 (a year's running total), nor a share of its own
    ("民生支出占公共预算支出比重", "累计民生支出", "累计支出27.2亿元，占公共预算支出的",
     "民生支出占公共预算支出比重"),
    ("城镇化率", "“十三五”期间民生投入", "民生投入140亿元，城镇化率达到", "城镇化率"),
])
def test_period_share(name, previous, before, expected):
    assert period_share(name, previous, before) == expected


def test_period_named_with_comparable_prices_and_term():
    assert period_named("生产总值", "“十三五”期间，全县生产总值按可比口径年均增长",
                        "全县生产总值按可比口径年均增长", "change", "actual", 2021) \
        == "生产总值“十三五”期间年均"
    # a 累计 opening the clause-run reaches a later act in a section of the term
    assert period_named("建成回迁楼", "累计完成4500余户拆迁，建成回迁楼", "建成回迁楼", "level",
                        "actual", 2021, "", "", "“十三五”期间") == "“十三五”期间建成回迁楼"
    assert period_named("回迁楼", "累计完成4500余户拆迁，回迁楼总面积达到", "回迁楼总面积达到",
                        "level", "actual", 2021, "", "", "“十三五”期间") == "回迁楼"  # a stock


def test_yearly_target_past_a_base_term():
    before = ("全社会固定资产投资累计达到500亿元以上，比“十一五”期间增长两倍；"
              "城镇居民人均可支配收入年均递增")
    assert yearly_target("城镇居民人均可支配收入", before, "城镇居民人均可支配收入年均递增",
                         "change", "target") == "城镇居民人均可支配收入年均"
    assert yearly_target("地区生产总值", "“十四五”时期，地区生产总值年均增长",
                         "地区生产总值年均增长", "change", "target") == "地区生产总值年均"  # s61


@pytest.mark.parametrize(("name", "before", "expected"), [
    # Session 73 (tester 73): the term glued in front of the subject is no part of the label
    ("“十二五”时期经济", "“十二五”时期经济年均增长保持在", "经济年均"),
    ("“十二五”期间全县工业", "“十二五”期间全县工业年均增长", "全县工业年均"),
    # 平均每年 says a yearly mean as 年均 does
    ("生产总值", "“十二五”时期，生产总值平均每年增长", "生产总值年均"),
    # a base of its own, or a term alone: as it was
    ("生产总值", "生产总值比2010年平均每年增长", "生产总值"),
    ("“十二五”时期", "“十二五”时期年均增长", "“十二五”时期"),
])
def test_yearly_target_of_a_plan_term(name, before, expected):
    clause = before.split("，")[-1]
    assert yearly_target(name, before, clause, "change", "target") == expected
