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
])
def test_grade_before_listed_names_is_kept(sentence, expected):
    assert _labels(sentence) == expected
