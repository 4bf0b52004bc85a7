"""labeltables: the project a table's row, block or note names gives its figures their
whose (round 12; phrasing rows in tests/data/phrasings_labels.csv)."""

from __future__ import annotations

import pytest

from workreport.extract.ingest import normalise
from workreport.extract.labeltables import (
    block_head,
    glued_head,
    project_name,
    row_head,
)
from workreport.extract.labelworksof import share_group, works_reach

from .test_figures import _figures


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


# Round 14: a table scraped one cell per line (invented rows, in the layout of a county
# report's appendix of projects), through the whole pipeline.
_PLAN = "一、2013年工作回顾\n新增就业5.5万人。\n二、2014年主要工作\n新建学校3所。\n"
_CELLS = ("附件1\n某县2014年十大工程\n序\n号\n项目名称\n项目内容\n项目投资\n完成\n时限\n责任\n"
          "单位\n"
          "1\n某某中药物流园项目\n占地300亩，建筑面积5.2万平方米，建设仓储中心、交易大厅等。\n"
          "总投资\n4亿元\n2014年\n启动\n商务局\n"
          "2\n县人民医院新院区项目（一期）\n新建门诊楼、住院楼，建筑面积3万平方米。\n3.2亿元\n"
          "2015年\n建成\n卫健局\n"
          "3\n城东小学\n新建教学楼2栋。\n8000万元\n2014年\n建成\n教育局\n")


def test_a_table_one_cell_a_line_names_each_figure_by_its_row():
    rows = _figures(_PLAN + _CELLS)
    got = rows[rows.section.str.startswith("p3")][["quote", "indicator"]].values.tolist()
    assert got == [
        ["300亩", "某某中药物流园项目占地"],
        ["5.2万平方米", "某某中药物流园项目建筑面积"],
        ["4亿元", "某某中药物流园项目总投资"],  # the measure cell on the line before
        ["3万平方米", "县人民医院新院区项目（一期）建筑面积"],
        ["3.2亿元", "县人民医院新院区项目（一期）投资"],  # no measure cell: the column's heading
        ["2栋", "城东小学新建教学楼"],
        ["8000万元", "城东小学投资"],  # a name with no project word
    ]


def test_a_row_number_alone_on_its_line_stays_there():
    text = normalise("责任\n单位\n1\n某某中药物流园项目\n占地300亩。\n商务局\n2\n城东小学\n")
    assert "\n1\n某某中药物流园项目\n" in text and "\n商务局\n2\n城东小学\n" in text
    # ... also after a cell of clauses that ends with no stop.
    assert "\n2\n城东小学\n" in normalise("占地300亩，建设仓储中心\n2\n城东小学\n")
    # A number torn from its sentence still rejoins it.
    assert normalise("广义货币M\n2\n增长13.6%。\n") == "广义货币M2增长13.6%。\n"


def test_a_row_number_with_a_stop_and_a_value_before_the_next_row():
    cells = ("附件1\n某县2014年重点项目\n序号\n项目名称\n建设规模\n投资额\n1.\n某某食品加工项目\n"
             "新建厂房2万平方米\n2亿元\n2.\n某某养老中心\n占地50亩\n6000万元\n")
    rows = _figures(_PLAN + cells)
    got = rows[rows.section.str.startswith("p3")][["quote", "indicator"]].values.tolist()
    assert got == [["2万平方米", "某某食品加工项目新建厂房"], ["2亿元", "某某食品加工项目投资额"],
                   ["50亩", "某某养老中心占地"], ["6000万元", "某某养老中心投资额"]]


def test_a_row_number_and_name_on_one_line_and_a_sentence_before():
    cells = ("附件1\n某县2014年重点项目\n序号\n项目名称\n建设内容\n总投资\n1某某冷链物流园项目\n"
             "建设冷库3万吨，配套分拣中心。\n5亿元\n2.\n某某县城乡供水一体化及农村饮水安全巩固提升工程\n"
             "铺设管网120公里。\n总投资\n2.5亿元\n")
    rows = _figures(_PLAN + cells)
    got = rows[rows.section.str.startswith("p3")][["quote", "indicator"]].values.tolist()
    assert got == [["3万吨", "某某冷链物流园项目建设冷库"], ["5亿元", "某某冷链物流园项目总投资"],
                   ["120公里", "某某县城乡供水一体化及农村饮水安全巩固提升工程铺设管网"],
                   ["2.5亿元", "某某县城乡供水一体化及农村饮水安全巩固提升工程总投资"]]


def test_column_headings_glued_on_one_line():
    cells = ("附件1\n某县2014年十大工程\n序号项目名称项目内容项目投资完成时限责任单位\n1\n"
             "某某中药物流园项目\n建设仓储中心、交易大厅等\n4亿元\n2014年\n")
    rows = _figures(_PLAN + cells)
    got = rows[rows.section.str.startswith("p3")][["quote", "indicator"]].values.tolist()
    assert got == [["4亿元", "某某中药物流园项目投资"]]
