"""changewords: a change whose label says more than a growth, told as the report means it
(brief words, the tester of the State Council 2015 book): a gap between two rates in
percentage points is "… higher than …", never "grew"; a label that names its own fall is
not told "fell" again. Invented sentences and rows, one per class of phrasing.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pandas as pd
import pytest

from workreport import analysis, changewords, prose
from workreport.changewords import Gap
from workreport.extract.catalog import Report
from workreport.extract.tables import extract_report
from workreport.glossary import default_glossary


def _said(text: str, reviewed: int = 2014) -> list[str]:
    """What prose says of each statement of one small report written inline."""
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "t.txt"
        p.write_text(text, encoding="utf-8")
        ind = extract_report(Report(id="t", path=p, government="某市人民政府", level="city",
                                    report_year=reviewed + 1,
                                    year_reviewed=reviewed)).tables["indicators"]
    pairs = analysis.levels_and_changes(ind, default_glossary())
    return [prose.describe_change(r) for r in pairs.to_dict("records")]


def _row(indicator: str, change: float, unit: str = "个百分点", english: str = "",
         kind: str = "actual", level: float = float("nan"), year: int = 2014) -> dict:
    return {"indicator": indicator, "english": english, "kind": kind, "year": year,
            "measure": "change", "level": level, "level_unit": "万人" if level == level else "",
            "level_qualifier": "", "change": change, "change_unit": unit,
            "change_qualifier": ""}


# ----------------------------------------------------------------------------- gaps


@pytest.mark.parametrize(("label", "expected"), [
    ("甲贷款增速比各项贷款平均增速高", Gap("甲贷款增速", "各项贷款平均增速", "higher")),
    ("居民消费价格涨幅比全国低", Gap("居民消费价格涨幅", "全国", "lower")),
    ("乙县农村居民人均可支配收入增速比城镇居民快", Gap("乙县农村居民人均可支配收入增速", "城镇居民",
                                             "higher")),
    ("工业投资增速高于全国", Gap("工业投资增速", "全国", "higher")),
    ("城镇调查失业率低于全国", Gap("城镇调查失业率", "全国", "lower")),
    ("增速慢于全省", Gap("增速", "全省", "lower")),
    ("服务业增加值占比比全省高", Gap("服务业增加值占比", "全省", "higher")),  # 占比's 比 is no 比
    ("服务业增加值比重", None),
    ("存贷比", None),
    ("森林覆盖率比2011年", None),   # a change since a year, no degree
    ("消费对经济增长的贡献率", None),
])
def test_a_gap_label_gives_what_is_compared_with_what(label, expected):
    assert changewords.gap(label) == expected


def test_a_gap_in_percentage_points_is_told_as_a_gap_not_as_growth():
    """The tester's sentence: 小微企业贷款增速比各项贷款平均增速高4.2个百分点 read "… grew 4.2
    percentage points"."""
    said = _said("一、2014年工作回顾\n丙类贷款增长15%，增速比各项贷款平均增速高4.2个百分点。\n")
    assert said[-1].endswith("was 4.2 percentage points higher than the average growth of "
                             "all loans (各项贷款平均增速) in 2014."), said
    assert not any("grew 4.2" in s for s in said)


@pytest.mark.parametrize(("sentence", "told"), [
    # 比…低: the value is +0.5, the word says lower
    ("居民消费价格上涨2.1%，比全国低0.5个百分点。", "0.5 percentage points lower than the "
                                                 "national figure (全国) in 2014."),
    # 低于: the value is −0.5, lower too, by its size
    ("居民消费价格同比上涨2.1%，涨幅低于全国0.5个百分点。", "0.5 percentage points lower than "
                                                         "the national figure (全国) in 2014."),
    ("规模以上工业增加值增长8%，高于全省1.2个百分点。", "1.2 percentage points higher than the "
                                                    "provincial figure (全省) in 2014."),
])
def test_a_gap_says_higher_or_lower_by_its_word_not_its_sign(sentence, told):
    said = _said(f"一、2014年工作回顾\n{sentence}\n")
    assert said[-1].endswith(told), said


def test_a_gap_target_and_a_base_no_vocabulary_names():
    said = prose.describe_change(_row("丁增速比某某平均增速高", 1.0, kind="target", year=2015))
    assert said.startswith("丁增速 is to be 1 percentage point higher than ") \
        and "(某某平均增速" in said and said.endswith(" in 2015."), said


def test_a_gap_label_of_the_comparison_alone_names_no_subject():
    assert prose.describe_change(_row("低于全省", -0.3)) == \
        "低于全省: 0.3 percentage points lower than the provincial figure (全省) in 2014."


def test_a_change_in_points_with_no_comparison_or_in_percent_is_no_gap():
    assert prose.describe_change(_row("城镇化率", 1.1)) == \
        "城镇化率 rose by 1.1 percentage points in 2014."  # session 70: not "grew", no 个百分点
    assert "grew 3%" in prose.describe_change(_row("某项增速比全国高", 3.0, unit="%"))
    assert prose.describe_change(_row("城镇化率", 1.5, kind="target")) == \
        "城镇化率 is to rise by 1.5 percentage points in 2014."
    assert prose.describe_change(_row("城镇化率", -0.5)) == \
        "城镇化率 fell by 0.5 percentage points in 2014."


# ----------------------------------------------------------------------------- falls


@pytest.mark.parametrize(("label", "english", "named"), [
    ("农村贫困人口", "Reduction of the rural poor", True),   # the code's English names it
    ("减少农村贫困人口", "", True),
    ("单位生产总值能耗下降", "", True),
    ("一般性支出压减", "Routine administrative spending cut", True),
    ("某物", "Energy consumption fall per unit of GDP (automatic gloss)", True),
    ("某物", "Cuts in red tape", True),
    ("城镇居民人均可支配收入", "", False),
    ("节能减排资金", "Energy saving and emission reduction funds", False),  # not its head
    ("化学需氧量排放量", "Chemical oxygen demand emissions", False),
    ("切花产量", "Cut flowers output", False),          # a cut of no "of" or "in"
    ("年降水量", "Annual rainfall", False),
])
def test_a_label_names_a_fall_by_its_first_or_last_word(label, english, named):
    assert changewords.names_fall(label, english) is named


def test_a_fall_the_label_names_is_not_told_fell_again():
    """The tester's sentence: "Reduction of the rural poor (农村贫困人口) fell by 12.32
    million", a reduction that fell, from 农村贫困人口减少1232万人."""
    row = _row("农村贫困人口", -1232.0, unit="万人", english="Reduction of the rural poor")
    assert prose.describe_change(row) == \
        "Reduction of the rural poor (农村贫困人口): 12.32 million people (1,232万人) in 2014."
    target = {**row, "kind": "target", "year": 2015, "change": -1000.0}
    assert prose.describe_change(target) == \
        "Reduction of the rural poor (农村贫困人口): 10 million people (1,000万人) targeted " \
        "for 2015."
    said = _said("一、2014年工作回顾\n农村贫困人口减少12万人，压减一般性支出5%。\n")
    assert said == ["Reduction of the rural poor (农村贫困人口): 120,000 people (12万人) in 2014.",
                    "Cut routine administrative spending (压减一般性支出; automatic gloss): 5% in "
                    "2014."], said
    # A fall the extraction reads into the value's sign leaves the label: it falls.
    assert _said("一、2014年工作回顾\n一般性支出压减5%。\n") == [
        "Routine administrative spending (一般性支出) fell 5% in 2014."]


def test_a_fall_the_label_does_not_name_still_falls():
    assert prose.describe_change(_row("某某产量", -18.6, unit="%")) == \
        "某某产量 fell 18.6% in 2014."
    assert "grew" in prose.describe_change(
        _row("农村贫困人口", 5.0, unit="%", english="Reduction of the rural poor"))
    frame = pd.DataFrame([_row("农村贫困人口", -3.0, unit="%",
                               english="Reduction of the rural poor")])
    assert prose.describe_change(frame.iloc[0]).startswith("Reduction of the rural poor")


def test_a_target_of_a_fall_its_label_names_reads_by_its_amount():
    row = {"indicator": "减少农村贫困人口", "english": "Reduction of the rural poor",
           "target": -1000.0, "unit": "万人", "qualifier": "以上", "measure": "change",
           "target_high": float("nan"), "target_year": 2014, "result": -1650.0,
           "result_unit": "万人", "result_qualifier": "", "result_year": 2013}
    assert prose.describe_target(row) == (
        "Reduction of the rural poor (减少农村贫困人口): at least 10 million people "
        "(1,000万人以上) targeted for 2014, after 16.5 million people (1,650万人) in 2013.")
    other = {**row, "indicator": "某某产量", "english": ""}
    assert prose.describe_target(other).startswith("某某产量: a decrease of at least 10 million")


def test_the_charts_of_changes_leave_gaps_out():
    """A gap is no rise or fall of its own: 比全国低0.5个百分点 is +0.5 and was drawn as a rise
    (brief words). ``analysis.changes`` keeps the changes, with their English."""
    rows = pd.DataFrame({
        "indicator": ["地区生产总值", "地区生产总值增速比全国低", "城镇化率", "增速高于全省"],
        "indicator_en": ["GDP", "", "", ""], "measure": ["change", "change", "change", "change"],
        "unit": ["%", "个百分点", "个百分点", "个百分点"], "value": [6.0, 0.5, 1.1, 0.3]})
    kept = analysis.changes(rows)
    assert list(kept["indicator"]) == ["地区生产总值", "城镇化率"]
    assert kept["english"].iloc[0] == "GDP"
    assert changewords.is_gap("增速高于全省", "个百分点") and not changewords.is_gap(
        "增速高于全省", "%")


def test_a_section_without_changes_has_no_changes_to_draw():
    """Session 70, tester: a section stating only levels failed its chapter with KeyError
    'indicator' (an empty list of booleans selected no columns, not no rows)."""
    rows = pd.DataFrame({"indicator": ["粮食产量"], "indicator_en": [""], "measure": ["level"],
                         "unit": ["万吨"], "value": [5.0]})
    kept = analysis.changes(rows)
    assert kept.empty and "indicator" in kept and "english" in kept


@pytest.mark.parametrize(("year", "first", "mean", "said"), [
    (2014, None, False, " targeted for 2014"),
    (2020, 2016, False, " targeted for 2016-2020"),
    (2025, 2021, True, " targeted a year on average for 2021-2025"),
    (2025, None, True, " targeted for the years to 2025"),
    (None, None, False, " targeted"),
])
def test_a_target_is_told_for_its_years_by_one_phrasing(year, first, mean, said):
    """Session 73: prose.describe_target and changewords.fall_sentence each rewrote
    figuretext.when; figuretext.targeted phrases it for both."""
    from workreport.figuretext import targeted

    assert targeted(year, first, mean) == said


def test_a_fall_its_label_names_over_a_plan_period_is_told_for_its_years():
    row = {"indicator": "减少农村贫困人口", "english": "Reduction of the rural poor",
           "change": -5000.0, "change_unit": "万人", "change_qualifier": "", "level": None,
           "kind": "target", "year": 2020, "year_first": 2016}
    assert changewords.fall_sentence(row) == (
        "Reduction of the rural poor (减少农村贫困人口): 50 million people (5,000万人) "
        "targeted for 2016-2020.")
