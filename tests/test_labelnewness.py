"""Round 73 (x3): a 新 right before a verb of the label lists keeps the count's newness
(labelnewness.newness_kept); whole sentences are in tests/data/phrasings_labels.csv."""
import pytest

from workreport.extract.labelnewness import newness_kept


@pytest.mark.parametrize(("name", "before", "expected"), [
    ("推出制度创新成果", "示范区新推出", "新推出制度创新成果"),
    ("示范区推出制度创新成果", "示范区新推出", "示范区新推出制度创新成果"),
    ("组建省实验室", "在高端装备等领域新组建", "新组建省实验室"),
    ("打造综合性园区", "依托林果基地，新打造", "新打造综合性园区"),
    # not: a 新 ending a word, a label with 新 already, a label without the verb, no 新
    ("推出高频事项", "创新推出", "推出高频事项"),
    ("组建公司", "重新组建", "组建公司"),
    ("新引进企业", "新引进", "新引进企业"),
    ("制度创新成果", "示范区新推出", "制度创新成果"),
    ("推出改革举措", "全市推出", "推出改革举措"),
])
def test_newness_kept(name, before, expected):
    assert newness_kept(name, before, "", "count") == expected
