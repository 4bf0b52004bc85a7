"""labeltables: the project a table's row, block or note names gives its figures their
whose (round 12; phrasing rows in tests/data/phrasings_labels.csv)."""

from __future__ import annotations

import pytest

from workreport.extract.labeltables import (
    block_head,
    glued_head,
    project_name,
    row_head,
    share_group,
    works_reach,
)


@pytest.mark.parametrize(("cell", "name"), [
    ("1.县医院新院区项目", "县医院新院区项目"),
    ("（2）某某中学迁建项目（一期）", "某某中学迁建项目（一期）"),
    ("③城东污水处理厂扩建工程：", "城东污水处理厂扩建工程"),
    ("推进县医院新院区项目", ""),  # a clause: its verb opens it
    ("十是继续实施农村水利惠民工程", ""),  # a task of a list, not a row
    ("重点项目", ""),  # a kind of project: a heading
    ("各个企业应当开办技术训练班和业余学校", ""),  # two things joined: a sentence
    ("2024年新建学校", ""),  # a digit: no project's name
    ("县人民医院", "县人民医院"),
    # Round 13: a capacity or a code in the name is the name's; other marks of a row.
    ("年产10万吨饲料加工项目", "年产10万吨饲料加工项目"),
    ("某某110千伏输变电工程", "某某110千伏输变电工程"),
    ("1）某某食品加工项目：", "某某食品加工项目"),
    ("【12】某某冷链物流园", "某某冷链物流园"),
    ("某某食品有限公司", "某某食品有限公司"),
    ("新建10万吨饲料加工项目", ""),  # a verb and its count: no name
    ("某某产业园项目建设内容", "某某产业园项目"),  # a column heading glued after the name
    ("城区道路及管网改造工程", "城区道路及管网改造工程"),  # 及 inside a works' name
    ("道路及管网", ""),  # ... but not a list of things
    ("某某食品加工项目二期", "某某食品加工项目二期"),
])
def test_project_name(cell, name):
    assert project_name(cell) == name


def test_row_head_skips_a_column_heading():
    assert row_head("项目名称：某某产业园项目，总投资") == "某某产业园项目"


def test_row_head_needs_a_cell_after_the_name():
    assert row_head("某某中学迁建项目（一期），总投资") == "某某中学迁建项目（一期）"
    assert row_head("某某中学迁建项目总投资") == ""  # the name is in the figure's own clause


@pytest.mark.parametrize(("before", "name"), [
    # Round 13: a scraped table's row reaches the text with its cells glued.
    ("1某某产业园项目总投资", "某某产业园项目"),
    ("1某某产业园项目总投资5亿元总建筑面积", "某某产业园项目"),
    ("12某某冷链物流园（一期）总投资", "某某冷链物流园（一期）"),
    ("2.某某产业园项目总投资", "某某产业园项目"),
    ("（1）某某产业园项目总投资5亿元占地", "某某产业园项目"),
    ("3所学校总投资", ""),  # a count, no serial number
    ("全县重点项目总投资", ""),  # a kind of project, not a row's name
    ("加快某某产业园项目建设，总投资", ""),  # a clause before: no row
])
def test_glued_head(before, name):
    assert glued_head(before) == name


def test_block_head_is_the_line_before_short_lines_of_figures():
    text = "县里推进重点项目。\n县人民医院\n总投资3亿元\n占地50亩\n"
    assert block_head(text, text.index("占地")) == "县人民医院"
    assert block_head(text, text.index("总投资")) == "县人民医院"
    # A long paragraph under a heading is no block of a table.
    works = "建设内容包括门诊楼、住院楼、医技楼和配套设施" * 3
    long = f"（三）县人民医院\n总投资3亿元，{works}。\n"
    assert block_head(long, long.index("总投资")) == ""
    # A line that is no figure line between ends the block.
    gap = "县人民医院\n今年要抓好各项工作落实。\n占地50亩\n"
    assert block_head(gap, gap.index("占地")) == ""


@pytest.mark.parametrize(("label", "want"), [
    ("为持有居住证的随迁子女提供公办学位的比例", "随迁子女公办学位比例"),
    ("随迁子女入读公办学校比例", "随迁子女入读公办学校比例"),  # already named so
])
def test_share_group(label, want):
    assert share_group(label) == want


@pytest.mark.parametrize(("label", "before", "want"), [
    ("覆盖村", "实施农村饮水安全巩固提升工程，覆盖", "农村饮水安全巩固提升工程覆盖村"),
    ("覆盖村", "覆盖", "覆盖村"),  # no works before
    ("覆盖村", "全县经济稳步发展，覆盖", "覆盖村"),  # a clause that names no works
])
def test_works_reach(label, before, want):
    assert works_reach(label, before) == want
