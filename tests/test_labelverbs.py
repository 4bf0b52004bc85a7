"""``extract.labelverbs``: what was done to the counted things goes before them (issue 13
§2, round 14: "a count's action verb dropped"). Whole sentences are in
tests/data/phrasings_labels.csv."""

from __future__ import annotations

import pytest

from workreport.extract.labelverbs import predicate_first, rest_of_clause


@pytest.mark.parametrize(("after", "noun", "expected"), [
    ("个项目建成投产。", "项目", "建成投产项目"),  # round 8
    ("个示范基地提档升级。", "示范基地", "提档升级示范基地"),  # round 14
    ("台燃煤锅炉全部拆除，实现清零。", "燃煤锅炉", "拆除燃煤锅炉"),  # past an adverb
    ("个易地扶贫搬迁安置区全部建成投用。", "易地扶贫搬迁安置区", "易地扶贫搬迁安置区"),
    ("个聚烯烃升级改造项目开工。", "聚烯烃升级改造项目", "开工聚烯烃升级改造项目"),
    ("条农村公路提档升级改造。", "农村公路提档升级改造", "农村公路提档升级改造"),
])
def test_predicate_first(after, noun, expected):
    assert predicate_first(after, 0, len(after), noun) == expected


def test_rest_of_clause():
    assert rest_of_clause("新建学校3所，改造5所。", 5, 11) == "所"
