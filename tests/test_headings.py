"""Part headings: numbered parts, unnumbered parts whose points are numbered 一、, slogan
headings, and a review's points introduced without a heading (issue 13 §1, kind)."""

from __future__ import annotations

from pathlib import Path

import pytest

from workreport.extract.figures import extract
from workreport.extract.headings import heading_style, is_part_title
from workreport.extract.ingest import Document, normalise
from workreport.extract.numbers import classify
from workreport.extract.structure import parse

from .conftest import SHARED, shared_extraction

COUNTIES = SHARED / "corpus-counties"


def _doc(text: str) -> Document:
    return Document("x", Path("x.txt"), "utf-8", text)


def _kinds(text: str, years=(2023, 2024)) -> dict[str, str]:
    st = parse(_doc(text))
    return {f.quote: f.kind for f in extract(st, classify(st), years)}


GREETING = "各位代表：\n现在，我代表县人民政府，向大会报告工作，请予审议。\n"
# A review whose points are numbered like parts, cut off before its plan (高唐 2024's shape).
REVIEW_POINTS = ("2023年工作回顾\n2023年，全县生产总值增长7%。\n一年来，主要做了以下工作：\n"
                 "一、优结构稳增长产业发展提质增效\n完成工业技改项目95个。\n"
                 "二、抓改革促创新发展活力持续迸发\n新增市场主体7059家。\n"
                 "三、办实事解难事品质民生保障有力\n新增城镇就业5097人。\n")


def test_points_under_an_unnumbered_review_heading_are_its_sections():
    st = parse(_doc(GREETING + REVIEW_POINTS))
    assert [(p.role, p.title) for p in st.parts] == [
        ("front", "各位代表："), ("review", "2023年工作回顾")]
    assert [(s.id, s.style, s.title) for s in st.parts[1].sections][1:] == [
        ("p1.s1", "item", "优结构稳增长产业发展提质增效"),
        ("p1.s2", "item", "抓改革促创新发展活力持续迸发"),
        ("p1.s3", "item", "办实事解难事品质民生保障有力")]
    # The results of the review's points are actual, not targets.
    assert set(_kinds(GREETING + REVIEW_POINTS).values()) == {"actual"}


def test_the_plan_heading_ends_the_review_and_numbers_its_own_points():
    text = GREETING + REVIEW_POINTS + (
        "2024年工作安排\n今年主要预期目标是：生产总值增长6%。\n"
        "一、聚焦高质量发展\n新建项目30个。\n二、聚焦民生\n新增城镇就业5000人。\n"
        "加强政府自身建设\n一、持之以恒强化忠诚担当\n办理建议104件。\n")
    st = parse(_doc(text))
    assert [(p.role, p.title) for p in st.parts[1:]] == [
        ("review", "2023年工作回顾"), ("plan", "2024年工作安排"), ("plan", "加强政府自身建设")]
    assert [s.id for s in st.parts[2].sections] == ["p2.s0", "p2.s1", "p2.s2"]
    assert [s.id for s in st.parts[3].sections] == ["p3.s0", "p3.s1"]
    kinds = _kinds(text)
    assert kinds["95个"] == kinds["7059家"] == kinds["5097人"] == "actual"
    assert kinds["6%"] == kinds["30个"] == kinds["5000人"] == "target"


def test_a_numbered_heading_naming_its_year_is_a_part_among_unnumbered_ones():
    text = GREETING + REVIEW_POINTS + "四、2024年工作安排\n新建项目30个。\n"
    st = parse(_doc(text))
    assert [(p.role, p.title) for p in st.parts[1:]] == [
        ("review", "2023年工作回顾"), ("plan", "2024年工作安排")]
    assert _kinds(text)["30个"] == "target"


def test_a_review_intro_before_the_points_opens_the_review_without_a_heading():
    text = GREETING + REVIEW_POINTS.split("\n", 1)[1]  # no "2023年工作回顾" heading
    st = parse(_doc(text))
    assert [(p.role, p.title) for p in st.parts[1:]] == [("review", "2023年")]
    assert st.parts[1].sections[1].title == "优结构稳增长产业发展提质增效"
    assert set(_kinds(text).values()) == {"actual"}


def test_numbered_parts_stay_parts():
    text = GREETING + ("一、2023年工作回顾\n一年来，主要做了以下工作：\n（一）稳增长\n"
                       "生产总值增长7%。\n二、2024年工作安排\n（一）稳增长\n生产总值增长6%。\n"
                       "三、加强政府自身建设\n办理建议104件。\n")
    st = parse(_doc(text))
    assert [(p.number, p.role, p.title) for p in st.parts[1:]] == [
        (1, "review", "2023年工作回顾"), (2, "plan", "2024年工作安排"),
        (3, "plan", "加强政府自身建设")]
    assert st.parts[1].sections[1].style == "bracket"
    assert _kinds(text) == {"7%": "actual", "6%": "target", "104件": "target"}


def test_a_five_year_plan_may_open_an_unnumbered_heading():
    text = GREETING + ("“十三五”时期和2020年工作回顾\n一、防疫情稳增长\n生产总值增长3%。\n"
                       "“十四五”时期经济社会发展总体思路和目标任务\n到2025年，生产总值年均增长6%。\n"
                       "2021年经济社会发展目标任务和重点工作\n一、抓投入\n新建项目30个。\n")
    st = parse(_doc(text))
    assert [p.role for p in st.parts[1:]] == ["review", "plan", "plan"]
    assert st.parts[1].sections[1].title == "防疫情稳增长"


def test_a_line_holding_a_sentences_words_is_no_part_heading():
    """要, 将, 我们 make a line a sentence, even without its stop (session 68): the plan's
    "今年我们将重点做好以下工作" before its points is no part of its own."""
    assert is_part_title("2024年工作安排") and is_part_title("全面加强政府自身建设")
    assert not is_part_title("今年我们将重点做好以下工作") and not is_part_title("今年要重点做好")
    text = GREETING + ("2023年工作回顾\n全县生产总值增长7%。\n2024年工作安排\n"
                       "今年我们将重点做好以下工作\n（一）抓投入\n新建项目30个。\n")
    assert [p.title for p in parse(_doc(text)).parts[1:]] == ["2023年工作回顾", "2024年工作安排"]


def test_slogan_headings_open_parts_when_a_report_has_two():
    assert heading_style("站在新起点：2012年工作回顾") == "slogan"
    assert heading_style("经济社会发展的主要预期目标是：生产总值增长10%") == ""
    # A field of the page's furniture or title block is no heading.
    assert heading_style("版权所有：河北省人民政府") == heading_style("网站标识码：13000") == ""
    assert heading_style("报告人：高阳县人民政府县长闫向阳") == ""
    text = GREETING + ("站在新起点：2012年工作回顾\n全县生产总值增长7.5%。\n"
                       "开启新征程：确保五年稳定脱贫八年全面建成小康强势开局\n"
                       "今年是开局之年。主要预期目标是：全县生产总值增长10%。\n"
                       "塑造新形象：全面加强政府自身建设\n做好今年工作。\n")
    st = parse(_doc(normalise(text)))
    assert [(p.role, p.title[:5]) for p in st.parts[1:]] == [
        ("review", "站在新起点"), ("plan", "开启新征程"), ("plan", "塑造新形象")]
    assert _kinds(normalise(text), (2012, 2013)) == {"7.5%": "actual", "10%": "target"}
    # One such line is a paragraph, not a part.
    one = GREETING + "主要任务：加快发展现代农业\n全县生产总值增长7.5%。\n"
    assert [p.role for p in parse(_doc(one)).parts] == ["front", "review"]


def test_a_long_slogan_heading_keeps_its_own_line():
    """Normalisation joins a line of 25 characters or more to the next (a page break);
    a slogan heading is a heading, so it stays on its own line (阜平 2013)."""
    text = normalise("开启新征程：确保五年稳定脱贫八年全面建成小康强势开局\n今年是开局之年。\n")
    assert text.split("\n")[0] == "开启新征程：确保五年稳定脱贫八年全面建成小康强势开局"


def _extracted(name: str):
    path = COUNTIES / f"{name}.txt"
    if not path.is_file():
        pytest.skip(f"{path} is not beside the project")
    return shared_extraction(path).tables


def test_gaotang_2024_review_points_are_actual():
    """county-tangxian-2024 is 高唐县's 2024 report, cut off after its review: its six
    numbered points are the review's sections and every figure in them is actual."""
    t = _extracted("county-tangxian-2024")
    parts = t["sections"][t["sections"].number == 0]
    assert list(parts.role) == ["front", "review"]
    review = t["sections"][t["sections"].part == 1]
    assert list(review["style"][1:7]) == ["item"] * 6
    assert (t["indicators"].kind == "actual").all()


def test_fuping_2013_slogan_parts_give_the_plan_its_targets():
    """阜平 2013 was one line of text (escaped line breaks) whose part headings stand
    behind slogans: its review and plan are found, and the plan's growth targets too."""
    t = _extracted("county-fuping-2013")
    parts = t["sections"][t["sections"].number == 0]
    assert list(parts.role) == ["front", "review", "plan", "plan"]
    ind = t["indicators"]
    assert set(ind[ind.role == "review"].kind) == {"actual"}
    plan = ind[ind.role == "plan"]
    assert (plan.kind == "target").mean() > 0.9
    gdp = plan[plan.indicator == "生产总值"]
    assert list(gdp[["value", "unit", "kind"]].itertuples(index=False, name=None)) == [
        (10.0, "%", "target")]


def test_a_news_summary_paraphrasing_the_report_has_its_plan_found():
    """满城 2021 is a news story: "《报告》说，刚刚过去的2020年…", "《报告》说，未来五年…":
    the paraphrased cues open review and plan, so the year's targets are targets."""
    text = ("工作报告\n在2月5日召开的区人民代表大会上，区长作政府工作报告。\n"
            "《报告》说，刚刚过去的2020年，全区生产总值增长3%。\n"
            "《报告》说，未来五年，是开启新征程的五年。\n"
            "《报告》说，经济社会发展的主要预期目标是：地区生产总值增长8%。\n")
    st = parse(_doc(text))
    assert [(p.role, p.title) for p in st.parts[1:]] == [
        ("review", "刚刚过去的2020年"), ("plan", "未来五年")]
    assert _kinds(text, (2020, 2021)) == {"3%": "actual", "8%": "target"}
