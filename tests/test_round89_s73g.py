"""Labels a new user found wrong in Chengde's and Chongqing's 2024 reports (session 73, tester
73; issue 13). Invented sentences for each class of phrasing; each failed before its rule."""

from __future__ import annotations

import pytest

from .test_figures import _figures


def _labels(sentence: str) -> list[str]:
    return list(_figures("一、2013年工作回顾\n" + sentence + "\n")["indicator"])


@pytest.mark.parametrize(("sentence", "expected"), [
    # D-C4: a bare measure after a list of size bands is of the things the bands sort, not of
    # the last band ("…、30亿元以上4个，年营业收入增长10%以上" gave 30亿元年营业收入).
    ("打造百亿元以上产业集群3个、50亿元以上3个、30亿元以上4个，年营业收入增长10%以上。",
     "产业集群年营业收入"),
    ("培育产值10亿元以上龙头企业5家、5亿元以上8家，营业收入增长12%。", "龙头企业营业收入"),
    # Not one band with its own noun (its things own the measure).
    ("打造百亿元以上产业集群3个，年营业收入增长10%以上。", "百亿元以上产业集群年营业收入"),
])
def test_measure_after_size_bands(sentence, expected):
    assert _labels(sentence)[-1] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # D-C3: a zone the sentence's first clause is about owns the later clauses' bare investment
    # and projects ("精准推进园区专题招商，…，完成投资增长22%以上" gave 投资: a reader set the
    # parks' +22% beside the city's investment).
    ("精准推进园区专题招商，实施项目增长20%以上，完成投资增长22%以上。",
     ["园区实施项目", "园区投资"]),
    ("加快推进开发区体制改革，完成投资增长15%。", ["开发区投资"]),
    # Not a clause of another topic between, nor a whole place's, nor a zone after the start.
    ("推进园区建设，加快产业升级，完成投资增长10%。", ["投资"]),
    ("推进园区建设，全县完成投资增长10%。", ["投资"]),
    ("全县生产总值增长6%，开发区晋升为省级开发区，完成投资增长8%。", ["生产总值", "投资"]),
])
def test_zone_clause_owns_investment(sentence, expected):
    assert _labels(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # D-C2: the industry heading a part of a list owns the part's bare revenue ("软件信息，…，力争
    # 主营业务收入超过4000亿元" gave 主营业务收入, read as the city's total).
    ("先进材料，加快调结构；软件信息，加快企业培育，力争主营业务收入超过400亿元；食品加工，做强品牌。",
     ["软件信息主营业务收入"]),
    ("生物医药，壮大创新药企，营业收入增长15%。", ["生物医药营业收入"]),
    # Not a heading with a verb of its own, nor a whole place.
    ("加快转型升级，营业收入增长15%。", ["营业收入"]),
    ("全市，营业收入增长15%。", ["营业收入"]),
])
def test_industry_heading_owns_revenue(sentence, expected):
    assert _labels(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # D-C5: a manner word between the counted noun and the verb after it is the verb's, no part
    # of the noun ("40家矿山企业安全复工复产" gave 矿山企业安全: "mining firms' safety").
    ("40家矿山企业安全复工复产。", ["安全复工复产的矿山企业"]),
    ("120家工业企业顺利复工复产。", ["复工复产的工业企业"]),
    # Not a noun phrase holding 安全 as a noun.
    ("完成30家企业安全生产标准化建设。", ["企业安全生产标准化建设"]),
])
def test_manner_word_before_a_counted_noun_predicate(sentence, expected):
    assert _labels(sentence) == expected


def test_projects_after_a_count_of_zones_stay_bare():
    """Projects after a clause that counts the zones are no one zone's (tests/data/
    phrasings_labels.csv keeps 引进项目)."""
    assert _labels("以3个省级园区为载体，引进项目20个。") == ["省级园区", "引进项目"]
