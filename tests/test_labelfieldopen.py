"""The field an opening verb-object clause names, carried onto a bare generic label, of
``extract.labelfieldopen`` (issue 13 §2, round 55 review, f55b); whole sentences are in
tests/data/phrasings_labels.csv."""

from __future__ import annotations

import pytest

from workreport.extract.labelfieldopen import field_opened


@pytest.mark.parametrize(("name", "before", "unit", "expected"), [
    # One act, then things: the field goes on.
    ("改善提升", "持续改善住房条件，危房改造59户、", "户", "住房改善提升"),
    ("扩容提质项目", "着力优化城乡学校布局，实施", "个", "城乡学校扩容提质项目"),
    ("置换", "着力优化耕地林地布局，完成", "万亩", "耕地林地置换"),
    # A lone act counting people keeps its measure.
    ("出动", "严厉打击非法采砂，", "万人次", "非法采砂出动人次"),
    # A label already broken (two acts glued, a thing inside) is left as it is.
    ("拆除清理面积", "大力推进城乡环境整治，拆除违建50万平方米，清理面积", "万平方米",
     "拆除清理面积"),
    ("新建户改造提升户", "持续改善农村住房条件，新建62户，改造提升", "户", "新建户改造提升户"),
    # No field: an abstract object, a field whose noun the label holds, a vague rest.
    ("新建项目", "强化项目支撑，", "个", "新建项目"),
    ("新建项目", "优化产业结构，", "个", "新建项目"),
    ("新建项目", "优化医疗资源布局，", "个", "新建项目"),
])
def test_field_opened(name, before, unit, expected):
    assert field_opened(name, before, unit) == expected
