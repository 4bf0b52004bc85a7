"""A share named by what its part goes to (``extract.labelshares``, issue 13 round 14);
whole sentences are in tests/data/phrasings_labels.csv."""

from __future__ import annotations

import pytest

from workreport.extract.labelshares import covered, share_used


@pytest.mark.parametrize(("label", "before", "after", "expected"), [
    ("衔接资金", "衔接资金的", "用于产业发展。", "衔接资金用于产业发展比重"),
    ("新增财力", "新增财力", "以上用于民生。", "新增财力用于民生比重"),
    ("财政科技资金", "将财政科技资金", "以上投入“六大产业基地”等领域，实施…",
     "财政科技资金投入“六大产业基地”等领域比重"),
    ("园区新能源", "园区新能源", "实现自发自用。", "园区新能源自发自用比例"),  # 实现 goes
    ("为随迁子女", "为随迁子女", "提供公办学位。", "随迁子女公办学位比例"),  # 为, 提供 go
    ("坚持财力", "坚持将", "的财力用于民生事业，…", "财力用于民生事业比重"),  # whole after
    ("服务事项", "…，", "的服务事项实现网上办理。", "服务事项网上办理比例"),
    # Not: a rate already, a growth verb between, a clause with a noun before "N%的…",
    # a modal after the whole, no verb of use.
    ("完成率", "完成率", "用于考核。", "完成率"),
    ("地区生产总值", "地区生产总值增长", "实现翻番。", "地区生产总值"),
    ("拿出公共财政预算收入", "财政每年拿出公共财政预算收入", "的资金专项用于脱贫攻坚。",
     "拿出公共财政预算收入"),
    ("速度", "，", "左右的速度可以实现比较充分的就业。", "速度"),
    ("财政支出", "财政支出", "，增长5%。", "财政支出"),
])
def test_share_used(label, before, after, expected):
    assert share_used(label, before, after) == expected


@pytest.mark.parametrize(("label", "clause", "after", "expected"), [
    ("国家级龙头企业", "国家级龙头企业", "州市全覆盖。", "国家级龙头企业覆盖州市"),
    ("行政村全覆盖", "“三级平台、两个代办”实现", "行政村全覆盖。",
     "“三级平台、两个代办”覆盖行政村"),
    ("率先“一业一证”", "在全省率先实现“一业一证”", "行业全覆盖、市场准入…", "“一业一证”覆盖行业"),
    # Not: no 全覆盖 right after the noun, nothing before the number.
    ("覆盖村", "覆盖", "村，实现全覆盖。", "覆盖村"),
    ("行政村", "", "行政村全覆盖。", "行政村"),
])
def test_covered(label, clause, after, expected):
    assert covered(label, clause, after) == expected
