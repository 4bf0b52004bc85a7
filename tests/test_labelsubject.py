"""``extract.labelsubject``: the counted noun as the subject of the verb phrase after it
(round 24, scope lost: the clause saying which things are counted). Whole sentences are in
tests/data/phrasings_labels.csv."""

from __future__ import annotations

import pytest

from workreport.extract.labelsubject import listed_tail, share_subject


@pytest.mark.parametrize(("noun", "tail", "expected"), [
    ("乡镇", "均完成污水管网改造", "完成污水管网改造的乡镇"),
    ("医院", "达到二级甲等水平", "达到二级甲等水平的医院"),
    ("课题", "由青年教师主持", "由青年教师主持的课题"),
    ("社区", "开通", ""),  # too short
    ("农户", "用上天然气", "用上天然气的农户"),  # 用上: jieba cuts 用|上
    ("学校", "达到二级标准、80%", ""),  # a list
    ("速度可以", "实现比较充分的就业", ""),  # no noun counted
])
def test_share_subject(noun, tail, expected):
    assert share_subject(noun, tail) == expected


@pytest.mark.parametrize(("noun", "tail", "items_after", "expected"), [
    ("教师", "和3个教研组获评省级先进", "和3个教研组获评省级先进。", "获评省级先进"),
    ("教师", "", "、3个教研组获评省级先进。", "获评省级先进"),
    ("教师", "", "、3个教研组、2所学校入选名单。", "入选名单"),
    ("团员", "", "、900多名青年突击在一线。", ""),  # no subject verb after the noun
    ("项目", "", "、4个园区纳入国家和省级盘子。", ""),  # a list of its own after
    ("教师", "获评省级先进", "获评省级先进。", ""),  # no list
])
def test_listed_tail(noun, tail, items_after, expected):
    assert listed_tail(noun, tail, items_after) == expected
