"""Tests of ``labelnotes`` (round 42, rc42)."""

from workreport.extract.labelnotes import inner_marks


def test_inner_marks() -> None:
    assert inner_marks("服务业〔29〕增加值增长8%") == [(3, 7)]
    assert inner_marks("“三新”［2］项目58个") == [(4, 7)]


def test_marks_left() -> None:
    assert inner_marks("〔17〕某某饲料：总投资1亿元") == []  # opening an entry
    assert inner_marks("目标：[3]建成5所") == []  # opening a clause
    assert inner_marks("建成“双代”工程[9]，") == []  # closing an item
    assert inner_marks("“美丽农村路”［3］全面推进") == []  # before a progress predicate
    assert inner_marks("8所学校〔7〕新扩建和某某中学改造项目") == []  # another item joined
