"""analysis, prose and chapter: the functions every notebook number goes through."""

from __future__ import annotations

import math
import re

import pandas as pd
import pytest

from tests.extracted import NATIONAL, YUZHONG, extracted_tables, frame, one
from workreport import analysis, display, prose


@pytest.fixture(scope="module")
def t() -> analysis.Tables:
    return extracted_tables()


# ----------------------------------------------------------------------------- labels


@pytest.mark.parametrize(("a", "b"), [
    ("公共财政预算收入同口径", "区级公共财政预算收入"),
    ("实际利用内资", "利用内资"),
    ("新增总部企业", "总部企业"),
    ("能源消耗强度要", "能源消耗强度"),
    ("城乡居民基本医保财政补助标准提高到人均", "城乡居民基本医保财政补助标准增加到人均"),
])
def test_indicator_key_matches_wordings_of_one_measure(a, b):
    assert analysis.indicator_key(a) == analysis.indicator_key(b)


def test_indicator_key_gdp_synonyms_and_distinct_measures():
    keys = {analysis.indicator_key(x) for x in ("地区生产总值", "国内生产总值", "生产总值")}
    assert keys == {"GDP"}
    assert analysis.indicator_key("城镇调查失业率") != analysis.indicator_key("城镇登记失业率")
    assert analysis.indicator_key("全区性会议") == "全区性会议"


def test_english_fallback_chain_and_bilingual():
    g = {"公共财政预算收入": {"english": "General budget revenue"},
         "新增就业": {"english": "New jobs"}}
    assert analysis.english("新增就业", g) == "New jobs"
    assert analysis.english("区级公共财政预算收入", g) == "General budget revenue"
    assert analysis.english("国内生产总值", {}) == "GDP"
    assert analysis.english("电梯", g) == ""
    assert analysis.english("电梯", g, fallback="?") == "?"
    assert analysis.bilingual("地区生产总值", "GDP") == "GDP 地区生产总值"
    assert analysis.bilingual("地区生产总值", "") == "地区生产总值"
    assert analysis.bilingual("地区生产总值", "GDP", sep="\n") == "GDP\n地区生产总值"


# ----------------------------------------------------------------------------- figures


def test_headline_results_are_the_review_preamble(t):
    h = analysis.headline_results(t.indicators, YUZHONG)
    assert set(h["section"]) == {"p1.s0"} and set(h["kind"]) == {"actual"}
    gdp = h[h["indicator"] == "地区生产总值"]
    assert sorted(gdp["value"].tolist()) == [12.0, 804.2]
    assert h["start"].is_monotonic_increasing


def test_headline_results_fall_back_to_first_actuals(t):
    ind = t.indicators[~((t.indicators["report_id"] == YUZHONG)
                         & (t.indicators["section"] == "p1.s0"))]
    h = analysis.headline_results(ind, YUZHONG, limit=5)
    assert len(h) == 5 and set(h["section"]) == {"p1.s1"}


def test_section_table_pairs_levels_with_their_growth(t):
    tab = analysis.section_table(t.indicators, YUZHONG, "p1.s1")
    assert list(tab.columns) == ["indicator", "english", "value", "value_high", "unit",
                                 "qualifier", "measure", "change", "quote", "figure_id"]
    sales = one(tab, indicator="商品销售总额")
    assert (sales["value"], sales["unit"], sales["change"]) == (2205.1, "亿元", "+11.2%")
    assert len(sales["figure_id"].split()) == 2
    raw = t.indicators[(t.indicators["report_id"] == YUZHONG)
                       & (t.indicators["section"] == "p1.s1")]
    paired = (tab["change"] != "").sum()
    assert len(tab) == len(raw) - paired
    assert (tab["measure"] == "change").sum() == 0  # every p1.s1 rate has its level


def test_levels_and_changes_keeps_lone_changes_and_signs():
    ind = frame([
        {"indicator": "甲", "value": 100.0, "unit": "亿元", "sentence_index": 1},
        {"indicator": "甲", "value": 12.0, "unit": "%", "measure": "change",
         "sentence_index": 1},
        {"indicator": "乙", "value": -18.6, "unit": "%", "measure": "change",
         "sentence_index": 2},
    ])
    pairs = analysis.levels_and_changes(ind)
    assert list(pairs["indicator"]) == ["甲", "乙"]
    assert pairs.loc[0, "level"] == 100.0 and pairs.loc[0, "change"] == 12.0
    assert math.isnan(pairs.loc[1, "level"]) and pairs.loc[1, "change"] == -18.6
    assert prose.describe_change(pairs.loc[1]) == "乙 fell 18.6% in 2013."


@pytest.mark.parametrize("first", ["bound", "exact"])
def test_a_change_grows_to_the_level_it_follows_not_a_milestone(first):
    """Session 71 (brief words; retest 70): "全部财政收入突破10亿大关，完成11.68亿元，增长
    30.2%" read "grew 30.2% to over 1 billion". A change goes with its indicator's nearest
    level before it that is no bound; the milestone beside it is context (re-test 72, D9:
    ``analysis.context_dropped``), no statement of its own."""
    bound = {"indicator": "税收收入", "value": 5.0, "unit": "亿元", "qualifier": "突破"}
    exact = {"indicator": "税收收入", "value": 5.6, "unit": "亿元"}
    growth = {"indicator": "税收收入", "value": 12.0, "unit": "%", "measure": "change"}
    pairs = analysis.levels_and_changes(frame(
        [bound, exact, growth] if first == "bound" else [exact, bound, growth]))
    grown = pairs[pairs["change"].notna()]
    assert grown["level"].tolist() == [5.6] and len(pairs) == 1
    said = [prose.describe_change(r) for r in pairs.to_dict("records")]
    assert any("grew 12% to 560 million yuan (5.6亿元)" in s for s in said), said


# ----------------------------------------------------------------------------- structure


def test_structure_summary_counts_figures_and_shares(t):
    s = analysis.structure_summary(t.sections, t.indicators, YUZHONG)
    assert s["section"].iloc[0] == "p1.s0" and "p0.s0" not in set(s["section"])
    n = len(t.indicators[(t.indicators["report_id"] == YUZHONG)
                         & (t.indicators["section"] == "p1.s1")])
    assert one(s, section="p1.s1")["figures"] == n
    assert 0.95 < s["share"].sum() <= 1.0
    parts = analysis.part_summary(s)
    assert list(parts["part"]) == [1, 2, 3]
    assert parts["figures"].sum() == s["figures"].sum()


# ----------------------------------------------------------------------------- prose


def test_describe_change_and_target_read_from_rows(t):
    g = {"地区生产总值": {"english": "GDP"}}
    pairs = analysis.levels_and_changes(analysis.headline_results(t.indicators, YUZHONG), g)
    assert prose.describe_change(pairs.iloc[0]) == \
        "GDP (地区生产总值) grew 12% to 80.42 billion yuan (804.2亿元) in 2013."
    tv = analysis.targets_vs_results(t.indicators, YUZHONG, g)
    assert prose.describe_target(one(tv, indicator="地区生产总值")) == \
        "GDP (地区生产总值): growth of about 11% targeted for 2014, after growth of 12% in 2013."


def test_number_and_quantity_formatting():
    assert [prose.number(v) for v in (12.0, 804.2, 4.48, 27827.0, -3.7)] == \
        ["12", "804.2", "4.48", "27,827", "−3.7"]
    assert prose.quantity(11, "%", "左右") == "about 11%"
    assert prose.quantity(4000, "个", "以上") == "at least 4,000 (4,000个以上)"
    assert prose.signed(-18.6, "%") == "−18.6%" and prose.signed(12, "%") == "+12%"


def test_section_reading_counts_and_extremes():
    ind = frame([
        {"indicator": "甲", "value": 5.0, "unit": "%", "measure": "change"},
        {"indicator": "乙", "value": -2.0, "unit": "%", "measure": "change"},
        {"indicator": "丙", "value": 3.0, "unit": "座"},
    ])
    lines = prose.section_reading(analysis.levels_and_changes(ind), "标题", ["解放碑"], ["金融"])
    assert lines[0] == ("The section “标题” states 3 quantified statements (1 level and "
                        "2 stand-alone changes); 2 of them are growth rates.")
    assert lines[1] == "The fastest growth: 甲 grew 5% in 2013."
    assert lines[2] == "The steepest fall: 乙 fell 2% in 2013."
    assert "one place or project" in lines[3] and "金融" in lines[4]
    # Tester 70: "one place or project, among them Beijing"; "among them" only before "more".
    assert "among them" not in lines[3]
    two = prose.section_reading(analysis.levels_and_changes(ind), "标题", ["解放碑", "朝天门"])
    assert "It names 2 places or projects: " in two[3] and "among them" not in two[3]
    many = prose.section_reading(analysis.levels_and_changes(ind), "标题",
                                 [f"地{i}" for i in range(9)], max_items=3)
    assert "It names 9 places or projects, among them " in many[3] and many[3].endswith(
        ", 地2 and 6 more.")  # not "… and 地2 and 6 more" (second tester 70)
    assert "no figures" in prose.section_reading(analysis.levels_and_changes(ind.iloc[0:0]),
                                                 "空")[0]


# ----------------------------------------------------------------------------- chapter


def test_chapter_table_and_prose_escape_report_text():
    df = pd.DataFrame({"quote": ["<script>alert(1)</script>"], "value": [804.2],
                       "share": [0.046]})
    html = display.table(df).data
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert ">804.2<" in html and ">4.6%<" in html
    md = display.prose(["**不是粗体** [链接](x)"]).data
    assert md == r"\*\*不是粗体\*\* \[链接\]\(x\)"


def test_a_table_writes_every_number_as_the_prose_does():
    """Session 71 (brief words; retest 70 item 10): a count of characters read "3434"
    beside the prose's "1,816". Integers are written with separators like floats, save in a
    column of years; the value's English beside keeps its own."""
    df = pd.DataFrame({"chars": [3434], "result_year": [2023], "year": [2024],
                       "value": [2.16], "unit": ["万户"], "result": [1816.0]})
    cells = re.findall(r"<td>([^<]*)</td>", display.table(df).data)
    assert cells == ["3,434", "2023", "2024", "2.16", "万户", "1,816", "21,600"]


def test_page_titles_come_from_the_tables(t):
    assert display.page_title(t, YUZHONG, "review", "p1.s2") == \
        "Review of 2013, 2: Continuing to optimise the mix of industries · 持续优化调整产业业态"
    assert display.page_title(t, YUZHONG, "targets") == "Targets for 2014"
    assert display.page_title(t, NATIONAL, "plan", "p3.s1").startswith("Plan for 2014, 3.1: ")
    assert display.section_label(t.section(YUZHONG, "p1.s2")) == "（二）"
    assert display.section_label({"number": 12, "part_title": ""}) == "（十二）"
    # Session 69, tester: as the text numbers its points, not always （一）.
    assert [display.section_label({"number": 1, "part_title": "", "style": s})
            for s in ("shi", "ordinal", "item", "bracket")] == ["一是", "第一", "一、", "（一）"]
    assert display.section_label({"number": 0, "part_title": "把改革开放扎实推向纵深",
                                  "text": "三、把改革开放扎实推向纵深\n改革开放是…"}) == "三、"
    assert display.section_label({"number": 0, "part_title": "2024年重点工作",
                                  "text": "2024年重点工作\n…"}) == "2024年重点工作"
    # Tester 71: a list of the year's work after the last section, labelled as it numbers
    # its items (its number, 7, is in no text).
    listed = {"number": 7, "part_title": "", "style": "list", "title": "一年来，抓了以下工作",
              "text": "一年来，抓了以下工作：\n一是抓改革。\n二是抓开放。一是…\n三是抓民生。\n"
                      "过去一年，…"}
    assert display.section_label(listed) == "一是…三是"
    assert display.section_label({**listed, "text": "一年来，抓了以下工作：一是抓改革。"}) == "一是"
    assert display.report_label(t.report(YUZHONG)) == "Yuzhong District"
    assert display.report_label(t.report(NATIONAL)) == "State Council"


def test_two_closing_addresses_of_one_report_have_distinct_page_titles():
    """Brief words, item 4 (Qingyuan 2013, Boye 2021, Rongcheng 2017): two plan parts each
    closed by an address 各位代表 with no sentence to title it gave two pages "Plan for 2013,
    closing: Fellow deputies · 各位代表". A closing address names the part it closes when
    another of its report's role has its title; a lone one, or one titled by its own
    sentence, keeps the short title."""
    def tables(closings: int, last: str = "各位代表") -> analysis.Tables:
        rows = [(1, "p1.s0", 0, "review", "preamble", "某年工作回顾"),
                (2, "p2.s0", 0, "plan", "preamble", "今年目标"),
                (2, "p2.s1", 1, "plan", "bracket", "抓项目"),
                (2, "p2.s2", 2, "plan", "closing", "各位代表"),
                (3, "p3.s0", 0, "plan", "preamble", "加强政府自身建设"),
                (3, "p3.s1", 1, "plan", "bracket", "转变作风"),
                (3, "p3.s2", 2, "plan", "closing", last)][: 5 + closings]
        sections = pd.DataFrame(
            [{"report_id": "r", "part": part, "part_title": "", "section": sec, "number": n,
              "role": role, "style": style, "title": title, "text": title}
             for part, sec, n, role, style, title in rows])
        reports = pd.DataFrame([{"report_id": "r", "report_year": 2013, "year_reviewed": 2012}])
        empty = pd.DataFrame()
        return analysis.Tables(reports, sections, empty, empty, empty)

    two = tables(2)
    titles = [display.page_title(two, "r", "plan", s) for s in ("p2.s2", "p3.s2")]
    assert titles == ["Plan for 2013, closing of part 2: Fellow deputies · 各位代表",
                      "Plan for 2013, closing of part 3: Fellow deputies · 各位代表"]
    one_closing = tables(1)
    assert display.page_title(one_closing, "r", "plan", "p2.s2") == \
        "Plan for 2013, closing: Fellow deputies · 各位代表"
    own = tables(2, last="让我们团结一心")
    assert display.page_title(own, "r", "plan", "p2.s2") == \
        "Plan for 2013, closing: Fellow deputies · 各位代表"


def test_other_section_is_a_numbered_section_of_the_same_report_and_role():
    """The section a section chapter's exercise suggests (``other_section``): most
    figures, first on a tie; never a preamble, a closing address, another report's
    section or the chapter's own."""
    sections = pd.DataFrame({
        "report_id": ["a"] * 6 + ["b"],
        "section": ["p1.s0", "p1.s1", "p1.s2", "p1.s3", "p1.s4", "p2.s1", "p1.s9"],
        "role": ["review"] * 5 + ["plan", "review"],
        "number": [0, 1, 2, 3, 4, 1, 9],
        "style": ["preamble", "bracket", "bracket", "bracket", "closing", "bracket", "bracket"]})
    ind = pd.DataFrame({"report_id": ["a"] * 9 + ["b"] * 5,
                        "section": ["p1.s0"] * 5 + ["p1.s2", "p1.s3", "p1.s4", "p1.s4"]
                        + ["p1.s9"] * 5})
    assert analysis.other_section(sections, ind, "a", "p1.s1") == "p1.s2"  # tie: first
    assert analysis.other_section(sections, ind, "a", "p1.s2") == "p1.s3"
    assert analysis.other_section(sections, ind, "a", "p2.s1") is None  # no other plan one
    assert analysis.other_section(sections, ind, "a", "p1.s9") is None  # b's, not a's


def test_key_terms_of_a_part_that_is_one_section_are_read_against_its_role(t):
    """Session 69: State Council 2015's plan parts 三-六 are one section each and now a
    "Plan" chapter each; against its own part alone every word scored zero."""
    import dataclasses

    s = t.sections
    whole = s[~((s["report_id"] == YUZHONG) & (s["part"] == 3) & (s["number"] > 0))]
    one = dataclasses.replace(t, sections=whole)
    assert len(display.section_texts(one, YUZHONG, ["plan"], [3])) == 1
    assert len(display.key_terms(one, YUZHONG, "p3.s0")) > 0


def test_a_yearly_mean_rate_is_told_over_the_years_to_its_year():
    """Session 70 (tester 70 item 3): "生产总值年均增长5.02%" in a review of 2016-2020 read
    "grew 5.02% in 2020", as if 2020's own growth; a mean rate's label ends with 年均."""
    row = {"indicator": "生产总值年均", "year": 2020, "change": 5.02, "change_unit": "%",
           "level": float("nan"), "kind": "actual"}
    assert prose.describe_change(row) == "生产总值年均 grew 5.02% in the years to 2020."
    assert prose.describe_change({**row, "indicator": "生产总值"}) == \
        "生产总值 grew 5.02% in 2020."
    target = {"indicator": "生产总值年均", "target": 9.0, "unit": "%", "qualifier": "左右",
              "measure": "change", "target_year": 2025, "result": 5.02, "result_unit": "%",
              "result_year": 2020}
    assert prose.describe_target(target) == ("生产总值年均: growth of about 9% targeted for the "
                                             "years to 2025, after growth of 5.02% in the years "
                                             "to 2020.")


def test_a_chapter_names_its_section_by_number_with_the_texts_marker():
    """Tester 72: "This chapter reads section 三是 “…”" read as a marker pasted for a
    number; a numbered section is "3 (三是)", a part's preamble or a list as written."""
    assert display.section_named({"number": 3, "part_title": "", "style": "shi"}) == \
        "section 3 (三是)"
    assert display.section_named({"number": 2, "part_title": ""}, "task area") == \
        "task area 2 (（二）)"
    # Re-test 72: "section 一、", "section 各位代表 “各位代表”".
    assert display.section_named({"number": 0, "part": 3, "part_title": "某某",
                                  "text": "三、某某\n…"}) == "the opening of part 3 (三、)"
    assert display.section_named({"number": 0, "part": 1, "part_title": "2024年重点工作",
                                  "text": "2024年重点工作\n…"}) == "the part's opening"
    assert display.section_named({"number": 8, "part_title": "", "style": "closing"}) == \
        "the closing address (各位代表)"


def test_a_chapter_of_a_whole_part_names_the_part():
    """Re-test 72 (D11): State Council 2015's parts 三、 to 六、 have no numbered section,
    each one chapter of the whole part, which read "task area 三、" and then "the opening
    of part 3 (三、)". A part with no numbered section is named as the part; a preamble
    before numbered sections stays the part's opening."""
    sections = pd.DataFrame(
        [{"report_id": "r", "part": part, "part_title": title, "section": f"p{part}.s{n}",
          "number": n, "role": "plan", "style": "preamble" if n == 0 else "bracket",
          "title": title, "text": f"{mark}{title}\n今年做好工作。" if n == 0 else "（一）抓项目"}
         for part, mark, title, n in [(2, "二、", "今年工作", 0), (2, "", "", 1),
                                      (3, "三、", "深化改革", 0), (4, "", "加强自身建设", 0)]])
    reports = pd.DataFrame([{"report_id": "r", "report_year": 2015, "year_reviewed": 2014}])
    empty = pd.DataFrame()
    t = analysis.Tables(reports, sections, empty, empty, empty)
    named = {s: display.section_named(t.section("r", s), "task area",
                                      display.part_whole(t, "r", s))
             for s in ("p2.s0", "p2.s1", "p3.s0", "p4.s0")}
    assert named == {"p2.s0": "the opening of part 2 (二、)", "p2.s1": "task area 1 (（一）)",
                     "p3.s0": "part 3 (三、)", "p4.s0": "the part"}


def test_a_chapter_quotes_its_sections_title_once():
    """Re-test 72 (D11): SC 2016's closing address read "section 各位代表 “各位代表”"; the
    title follows the name in quotes unless it is the marker itself."""
    closing = {"number": 7, "part_title": "", "style": "closing", "title": "各位代表"}
    assert display.section_named(closing, titled=True) == "the closing address (各位代表)"
    said = {**closing, "title": "过去一年的成绩来之不易"}
    assert display.section_named(said, titled=True) == \
        "the closing address (各位代表) “过去一年的成绩来之不易”"
    part = {"number": 0, "part": 4, "part_title": "加强自身建设", "title": "加强自身建设",
            "text": "加强自身建设\n…"}
    assert display.section_named(part, "task area", True, titled=True) == "the part “加强自身建设”"
    assert display.section_named({"number": 2, "part_title": "", "title": "抓项目"},
                                 "task area", titled=True) == "task area 2 (（二）) “抓项目”"
