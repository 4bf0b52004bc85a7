"""Round 71 (w1): a zone doing what its clause counts keeps the zone in front
(labelzoneacts.zone_acted); whole sentences are in tests/data/phrasings_labels.csv."""
import pytest

from workreport.extract.labelzoneacts import zone_acted


@pytest.mark.parametrize(("name", "before", "dimension", "expected"), [
    ("制度创新成果", "示范引领，一体化发展示范区累计形成", "count", "一体化发展示范区制度创新成果"),
    ("设施智能化部署", "高级别自动驾驶示范区完成", "area", "高级别自动驾驶示范区设施智能化部署"),
    ("新建道路", "开发区新建", "length", "开发区新建道路"),
    # round 73 (x3): the 新 of a verb the lists hold without it (labelnewness puts it back)
    ("推出改革举措", "高新区新推出", "count", "高新区推出改革举措"),
    # not: a zone led by a verb, joined by 和, money, a label naming a zone, more words between
    ("建设项目", "推动开发区完成", "count", "建设项目"),
    ("新建道路", "全县和开发区新建", "length", "新建道路"),
    ("投资", "开发区完成", "money", "投资"),
    ("园区企业", "园区新增", "count", "园区企业"),
    ("标准厂房", "开发区今年以来建成", "count", "标准厂房"),
])
def test_zone_acted(name, before, dimension, expected):
    assert zone_acted(name, before, "", dimension) == expected
