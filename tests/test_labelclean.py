"""``extract.labelclean``: a label cleaned once cut out of its clause (issue 13 §2)."""

from __future__ import annotations

import pytest

from workreport.extract.labelclean import clean, inner_fillers


@pytest.mark.parametrize(("label", "expected"), [
    ("力争今年城镇实现新增就业达到", "城镇新增就业"),  # fillers, time, predicate
    ("继续实施退耕还林还草", "退耕还林还草"),  # 继续, then 实施
    ("列入省市重点项目", "省市重点项目"),  # 列入 before projects goes
    ("列入国家和省名录传统村落", "列入国家和省名录传统村落"),  # ... elsewhere it stays
    ("居民消费价格涨幅回落到", "居民消费价格涨幅"),
    ("增速高于全省", "增速"),  # a trailing comparison
    ("了一批薄弱学校改造工程", "薄弱学校改造工程"),
    ("了解情况", "了解情况"),  # 了 starts a word: kept
    ("粮食产量连续9年", "粮食产量"),
    ("的长城汽车项目累计投资", "长城汽车项目累计投资"),  # 的 after the figure before
    ("的村", "的村"),  # ... but not down to one character
    ("企业退休人员基本养老金继续", "企业退休人员基本养老金"),
])
def test_clean(label, expected):
    assert clean(label) == expected


@pytest.mark.parametrize(("label", "expected"), [
    ("城镇实现新增就业", "城镇新增就业"), ("特困群众家庭进行环境整治", "特困群众家庭环境整治"),
    ("完成率", "完成率"),  # not before 率
])
def test_inner_fillers(label, expected):
    assert inner_fillers(label) == expected
