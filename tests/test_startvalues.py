"""Session 69 (tester of session 69): a rate restated as a target's reason is no figure row, a
target stated again is listed once, no label ends in a modal verb, and the start value of a
change from … to … carries the year before (``extract.nonfigurerestated``, ``targets.restated``,
``extract.labelmodal``, ``extract.startyear``). Every sentence is invented in the reports'
style."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pandas as pd
import pytest

from workreport import analysis, findings, prose
from workreport.extract.catalog import Report
from workreport.extract.labelmodal import modal_cut
from workreport.extract.tables import extract_report
from workreport.targets import restated, targets_vs_results


def _tables(text: str, reviewed: int = 2014) -> dict[str, pd.DataFrame]:
    """One small report written inline, delivered the year after the one it reviews."""
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "t.txt"
        p.write_text(text, encoding="utf-8")
        return extract_report(Report(id="t", path=p, government="某市人民政府", level="city",
                                     report_year=reviewed + 1, year_reviewed=reviewed)).tables


PLAN = ("一、2014年工作回顾\n地区生产总值增长7.3%。\n二、2015年工作安排\n"
        "今年的主要预期目标是：地区生产总值增长7%左右，城镇新增就业10万人以上。"
        "经济增长预期7%左右，符合发展规律。稳增长也是为了保就业，7%左右的增速就能够实现比较充分的就业。"
        "保持7%的增速。\n（一）稳定就业\n确保城镇新增就业10万人以上。\n")


@pytest.fixture(scope="module")
def plan() -> dict[str, pd.DataFrame]:
    return _tables(PLAN)


def test_a_rate_restated_as_the_reason_is_no_figure(plan):
    ind, num = plan["indicators"], plan["numbers"]
    assert not ind["indicator"].str.contains("速度|增速就|能够").any()
    (row,) = num[num["sentence"].str.contains("保就业")].to_dict("records")
    assert (row["token"], row["class"]) == ("7", "restated") and pd.isna(row["figure_id"])
    # a pace with no modal after it is a figure still
    assert ((ind["quote"] == "7%") & (ind["kind"] == "target")).sum() == 1


def test_a_target_stated_again_in_its_section_is_listed_once(plan):
    ind = plan["indicators"]
    gdp = ind[(ind["indicator_code"] == "gdp") & (ind["kind"] == "target")]
    assert gdp["indicator"].tolist() == ["地区生产总值", "经济增长"]  # both rows stay (gold)
    listed = targets_vs_results(ind, "t")
    assert listed[listed["indicator"].isin(["地区生产总值", "经济增长"])]["indicator"].tolist() \
        == ["地区生产总值"]
    # ... stated again in another section, the section keeps its own target
    assert (listed["indicator"] == "城镇新增就业").sum() == 2
    assert restated(ind[ind["kind"] == "target"]).sum() == 1


def test_one_number_for_two_subjects_of_one_code_is_a_target_each():
    ind = _tables("一、2014年工作回顾\n地区生产总值增长7.3%。\n二、2015年工作安排\n"
                  "全社会固定资产投资和城镇固定资产投资均增长35%。\n")["indicators"]
    assert targets_vs_results(ind, "t")["indicator"].tolist() == ["全社会固定资产投资",
                                                                  "城镇固定资产投资"]


@pytest.mark.parametrize(("label", "expected"), [
    ("速度可以", "速度"), ("企业能够", "企业"), ("项目必须可以", "项目"), ("年产值可", "年产值"),
    ("产能", "产能"), ("抽水蓄能", "抽水蓄能"), ("供应", "供应"), ("认可", "认可"),
    ("效应", "效应"), ("可以", "可以"),
])
def test_no_label_ends_in_a_modal_verb(label, expected):
    assert modal_cut(label) == expected


REVIEW = ("一、2014年工作回顾\n服务业增加值比重由46.9%提高到48.2%，城镇化率从53.7%提高到54.8%。"
          "森林覆盖率由2010年的31%提高到42%。资本充足率从2007年底的8.4%提升到去年底的13.3%。"
          "生产总值从68亿元增长到91.8亿元，年均增长6%。\n"
          "五年来，常住人口城镇化率由45.9%提高到54.8%。\n"
          "二、2015年工作安排\n城镇化率由54.8%提高到56%。\n")


def test_the_start_value_of_a_change_from_to_carries_the_year_before():
    ind = _tables(REVIEW)["indicators"]
    got = [(q, None if pd.isna(y) else int(y))
           for q, y in zip(ind["quote"], ind["year"], strict=True)]
    assert got == [
        ("46.9%", 2013), ("48.2%", 2014),       # a review of 2014: the value before is 2013's
        ("53.7%", 2013), ("54.8%", 2014),
        ("31%", 2010), ("42%", 2014),           # the base year named
        ("8.4%", 2007), ("13.3%", 2014),
        ("68亿元", None), ("91.8亿元", 2014), ("6%", 2014),  # a span not named: no year
        ("45.9%", 2009), ("54.8%", 2014),       # five years before the year reviewed
        ("54.8%", 2014), ("56%", 2015),         # a plan: the start is today's
    ]



def test_a_section_finding_names_no_start_value_as_the_share():
    ind = _tables("一、2014年工作回顾\n服务业增加值比重由46.9%提高到48.2%。\n")["indicators"]
    found = findings.section_findings(analysis.levels_and_changes(ind), "回顾")
    assert any("48.2%" in f for f in found) and not any("46.9%" in f for f in found)
    said = [prose.describe_change(r) for r in analysis.levels_and_changes(ind).to_dict("records")]
    assert [s.endswith(("in 2013.", "in 2014.")) for s in said] == [True, True]
    assert "46.9% in 2013" in said[0] and "48.2% in 2014" in said[1]


def test_a_target_is_set_beside_the_end_value_not_the_start():
    ind = _tables("一、2014年工作回顾\n城镇化率由53.7%提高到54.8%。\n二、2015年工作安排\n"
                  "城镇化率达到56%。\n")["indicators"]
    (row,) = targets_vs_results(ind, "t").to_dict("records")
    assert (row["target"], row["result"], row["result_year"]) == (56.0, 54.8, 2014)
