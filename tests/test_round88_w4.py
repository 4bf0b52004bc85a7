"""Round 88, w4: scopes a label lost (issue 13; the development draws' "scope lost"). Invented
sentences for each class of phrasing; each failed before its rule."""

from __future__ import annotations

import pytest

from .test_figures import _figures


def _labels(sentence: str) -> list[str]:
    return list(_figures("一、2013年工作回顾\n" + sentence + "\n")["indicator"])


@pytest.mark.parametrize(("sentence", "expected"), [
    # A grade opening the names a count lists is the counted things' (labelgradednames).
    ("获批创建国家级甲乙、丙丁2个产业集群。", ["获批创建国家级产业集群"]),
    ("力争新增市级以上甲实验室、乙中心等创新平台5家以上。", ["新增市级以上创新平台"]),
    # ... and a later clause of names and a count shares the first clause's verb and grade.
    ("获批创建国家级甲乙、丙丁2个产业集群，戊、己2个现代农业产业园，庚辛等7个产业强镇。",
     ["获批创建国家级产业集群", "获批创建国家级现代农业产业园", "获批创建国家级产业强镇"]),
    # Not a list of grades, nor a label with a grade of its own, nor a clause with a predicate.
    ("认定国家级、省级科技型中小企业102家。", ["认定国家级、省级科技型中小企业"]),
    ("建成省级甲、乙2个园区，丙、丁2个基地通过验收。", ["建成省级园区", "通过验收的基地"]),
    ("建成国家级甲、乙2个基地，丙、丁等3个基地正在建设。", ["建成国家级基地", "基地正在建设"]),
    # The kind of cases a clause counts owns the next clause's bare act (labelcasekind).
    ("处置非法传销案件4起，抓获嫌疑人30人。", ["处置非法传销案件", "非法传销案件抓获嫌疑人"]),
    ("严格执法，查处环境违法案件12起，罚款60万元。", ["查处环境违法案件", "环境违法案件罚款"]),
    # Not all the place's cases, nor a clause with a subject of its own.
    ("破获刑事案件26起，抓获犯罪嫌疑人18人。", ["破获刑事案件", "抓获犯罪嫌疑人"]),
    ("查处电信诈骗案件30起，公安机关抓获嫌疑人50人。",
     ["查处电信诈骗案件", "公安机关抓获嫌疑人"]),
    # A kind of owner opening a 分别 list of measures is every part's (labelownerkind).
    ("民营工业增加值、商品销售额占比分别为23.1%、62.5%。",
     ["民营工业增加值占比", "民营商品销售额占比"]),
    # Not parts with a kind or a whole of their own, nor owners counted.
    ("民营企业、外资企业出口额分别增长5%、3%。", ["民营企业出口额", "外资企业出口额"]),
    ("民间投资增速、全社会固定资产投资增速分别为5%、3%。",
     ["民间投资增速", "全社会固定资产投资增速"]),
    ("民营企业、个体工商户分别达到5000家、2万户。", ["民营企业", "个体工商户"]),
    # A bare facility of firms takes the field of the firms counted first (labelshared).
    ("建设数字工厂企业100家、产线车间200个。", ["建设数字工厂企业", "建设数字工厂产线车间"]),
    # Not a threshold or class of firms, nor an item of its own kind.
    ("新增规上工业企业5家、车间3个。", ["新增规上工业企业", "新增车间"]),
    ("新增软件外包企业10家、坐席300个。", ["新增软件外包企业", "新增坐席"]),
    # A reserve measured for the first resource of a list is every later one's (labelreserves).
    ("勘探新增石油地质储量300万吨、天然气20亿立方米。",
     ["勘探新增石油地质储量", "勘探新增天然气地质储量"]),
    # Not an item with a measure of its own.
    ("新增石油地质储量300万吨、煤层气储量20亿立方米。", ["新增石油地质储量", "新增煤层气储量"]),
])
def test_scope_kept(sentence, expected):
    assert _labels(sentence) == expected


def test_owner_kind_not_shared_from_an_owner_of_its_own():
    """民营经济 is an owner beside the other, not a kind of every part (round 88 diff)."""
    assert _labels("民营经济和科技型企业贷款余额分别增长10%、20%。")[1] == "科技型企业贷款余额"
