"""labelparts.part_acted: a bare count after a count of the same unit is the part its act
picks out (round 44, ra44)."""

from __future__ import annotations

import pytest

from workreport.extract.labelparts import part_acted


@pytest.mark.parametrize(("before", "after", "unit", "previous", "expected"), [
    ("全镇确定的12项民生实事，", "基本完成，4项如期启动。", "项", "民生实事", "基本完成的民生实事"),
    ("全镇确定的12项民生实事，7项基本完成，", "如期启动。", "项", "基本完成的民生实事",
     "如期启动的民生实事"),
    ("28件为民实事已完成", "。", "件", "为民实事", "已完成的为民实事"),
    ("票选的15项民生工程，已完成11项，仍有", "未能如期完成。", "项", "已完成的民生工程",
     "未能如期完成的民生工程"),
    ("新建村级卫生室20所，其中", "建成投入使用。", "所", "新建村级卫生室",
     "建成投入使用的新建村级卫生室"),
    ("确定了9个整合区域，其中", "确定了整合主体。", "个", "确定整合区域", "确定整合主体的整合区域"),
    # a later count whose act follows a bracketed aside: its own act, not the earlier part's
    ("实施的10项城建工程，6项正在按计划建设，", "（甲路工程）暂缓实施。", "项",
     "正在按计划建设的城建工程", "暂缓实施的城建工程"),  # round 73 (x2): its act
    # not: no act ("为"), a noun of its own, no whole of the same unit, an amount
    ("新建学校8所，", "为省级示范校。", "所", "新建学校", ""),
    ("新建学校8所，其中", "村小已完成改造。", "所", "新建学校", ""),
    ("培训农民800人，", "全部完成。", "项", "培训农民", ""),
    ("投资8亿元，", "已落地。", "亿元", "投资", ""),
    # review mend (session 44): 在建 or 建设 before a noun describes it; the whole keeps an
    # act of its own that the part does not repeat
    ("重大项目32个，其中", "在建项目、14个…", "个", "重大项目", ""),
    ("签约项目30个，其中", "建设单位为央企。", "个", "签约项目", ""),
    ("在建项目40个，其中", "已竣工。", "个", "在建项目", "已竣工的在建项目"),
])
def test_part_picked_by_its_act(before, after, unit, previous, expected):
    assert part_acted(before, after, unit, previous) == expected
