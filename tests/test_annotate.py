"""The annotated report page: one anchor per figure, quotes in place, text escaped."""

from __future__ import annotations

import re

from workreport.book.annotate import anchor, href, render_page
from workreport.extract.catalog import Report
from workreport.extract.tables import extract_report


def page_for(e, chapters=None) -> str:
    t = e.tables
    return render_page(t["reports"].iloc[0].to_dict(), e.structure.text, t["sections"],
                       t["indicators"], t["numbers"], len(t["sentences"]), chapters)


def test_every_figure_has_one_anchor_with_its_quote(yuzhong):
    page = page_for(yuzhong)
    ind = yuzhong.tables["indicators"]
    for r in ind.itertuples():
        found = re.findall(rf'<mark id="{anchor(r.figure_id)}"[^>]*>([^<]*)</mark>', page)
        assert found == [r.quote], r.figure_id
    assert len(re.findall(r'<mark id="fig-', page)) == len(ind)


def test_actual_and_target_styles_and_non_figures(yuzhong):
    page = page_for(yuzhong)
    ind = yuzhong.tables["indicators"]
    assert page.count('class="wr-fig wr-actual"') == (ind.kind == "actual").sum() + 1
    assert page.count('class="wr-fig wr-target"') == (ind.kind == "target").sum() + 1
    num = yuzhong.tables["numbers"]
    non = num[~num["class"].isin(["figure", "range_end"])]
    assert page.count('<span class="wr-nonfig wr-') == len(non)
    assert 'title="date: year"' in page


def test_section_headings_link_to_chapters(yuzhong):
    page = page_for(yuzhong, {"p1.s1": "10-review-p1-s01.ipynb"})
    assert "### 多措并举稳增长、促发展 ([chapter](10-review-p1-s01.ipynb))" in page


def test_href():
    assert href("yuzhong-2014#f007") == "../yuzhong-2014/report.html#fig-f007"


def test_untrusted_text_is_escaped(tmp_path):
    evil = ("2014年政府工作报告\n各位代表：\n一、2013年工作回顾 <b>bold</b> **md**\n"
            "地区生产总值<script>alert(1)</script>804.2亿元，增长12%。{glue:text}`x` "
            "[link](http://x) <img src=x onerror=alert(2)>\n"
            "（一）稳增长<i>x</i>。新增就业5.5万人。\n")
    p = tmp_path / "evil.txt"
    p.write_text(evil, encoding="utf-8")
    e = extract_report(Report(id="evil", path=p, government="某县人民政府", level="county",
                              report_year=2014, year_reviewed=2013))
    page = page_for(e)
    assert "<script>" not in page and "<img" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(" in page and "&lt;/script&gt;" in page
    assert "{glue:text}" in page  # literal inside an HTML block, where MyST does not parse
    heading = next(line for line in page.splitlines() if line.startswith("## 一"))
    assert "\\*\\*md\\*\\*" in heading and "\\<b\\>" in heading


def test_subjects_sharing_one_figure_share_its_mark(tmp_path):
    """均 gives one row per subject with the same quote: one mark, and the other rows'
    anchors just before it, so every figure's link lands on its number."""
    p = tmp_path / "shared.txt"
    p.write_text("2014年政府工作报告\n各位代表：\n一、2013年工作回顾\n"
                 "建议提案办复率、满意率均达100%。新增就业5.5万人。\n", encoding="utf-8")
    e = extract_report(Report(id="shared", path=p, government="某县人民政府", level="county",
                              report_year=2014, year_reviewed=2013))
    ind = e.tables["indicators"]
    rows = ind[ind["quote"] == "100%"]
    assert list(rows["indicator"]) == ["建议提案办复率", "建议提案满意率"]
    page = page_for(e)
    first, second = (anchor(f) for f in rows["figure_id"])
    assert (f'<span id="{second}" class="wr-fig-alias"></span><mark id="{first}"' in page)
    assert len(re.findall(r'<mark id="fig-', page)) == len(ind) - 1
    assert page.count(f'id="{second}"') == 1


def test_a_figure_title_writes_its_value_and_qualifiers_in_english(tmp_path):
    """Session 69, tester: a figure's hover title read "7 % · 预计|以上"."""
    p = tmp_path / "est.txt"
    p.write_text("2023年政府工作报告\n各位代表：\n一、2022年工作回顾\n"
                 "预计城镇居民人均可支配收入增长7%以上。全年新增就业5.5万人。\n", encoding="utf-8")
    e = extract_report(Report(id="est", path=p, government="某县人民政府", level="county",
                              report_year=2023, year_reviewed=2022))
    titles = re.findall(r'<mark id="fig-[^"]*"[^>]*title="([^"]*)"', page_for(e))
    assert any(t.endswith("change · an estimated at least 7%") for t in titles), titles
    assert any(t.endswith("level · 55,000 people") for t in titles), titles
    assert not [t for t in titles if "|" in t or "预计" in t]


def test_a_part_found_by_its_cue_is_headed_by_its_title_not_its_paragraph(tmp_path):
    """Session 69 (a tester's 满城 2021, a news summary): a part with no heading line, found
    by the paragraph that opens it ("《报告》说，过去的一年，…"), showed that whole paragraph
    as its heading; its short title heads it now, and the paragraph stays text."""
    p = tmp_path / "cued.txt"
    p.write_text("某县2031年政府工作报告\n"
                 "《报告》说，过去的一年，全县生产总值增长5%，新增就业1200人，经济运行总体平稳。\n"
                 "《报告》说，今年，全县生产总值增长6%左右，城镇新增就业1300人。\n",
                 encoding="utf-8")
    e = extract_report(Report(id="cued", path=p, government="某县人民政府", level="county"))
    page = page_for(e)
    heads = [line for line in page.splitlines() if line.startswith("## ")]
    assert heads == ["## Title and opening", "## 过去的一年", "## 今年"]
    assert page.count('<p class="wr-text">《报告》说，') == 2
    numbered = tmp_path / "numbered.txt"
    numbered.write_text("某县2031年政府工作报告\n各位代表：\n一、2030年工作回顾\n"
                        "全县生产总值增长5%。\n", encoding="utf-8")
    page = page_for(extract_report(Report(id="numbered", path=numbered)))
    assert [line for line in page.splitlines() if line.startswith("## 一、")]
    assert "news summary" not in page


def test_a_news_summary_says_so_above_its_annotated_text(tmp_path):
    """Session 69: the annotated text of a news summary of a report (reports.csv summary)
    opened as if it were the report."""
    p = tmp_path / "summary.txt"
    p.write_text("某县2031年政府工作报告\n"
                 "在3月2日召开的某县人民代表大会上，县长李明代表县人民政府向大会作政府工作报告。\n"
                 "《报告》说，过去的一年，全县生产总值增长5%，经济运行总体平稳。\n"
                 "《报告》说，今年，全县生产总值增长6%左右。\n", encoding="utf-8")
    page = page_for(extract_report(Report(id="summary", path=p)))
    assert "**A news summary, not the report.** The text read for the 2031 report" in page


def test_an_incomplete_text_says_so_above_its_annotated_text(tmp_path):
    """Session 70: the annotated text of page 1 of 4 of a web article (its pager 上一页 1 2 3 4
    下一页 at the end) opened as if it were the whole report."""
    p = tmp_path / "paged.txt"
    p.write_text("某县2031年政府工作报告\n各位代表：\n一、2030年工作回顾\n全县生产总值增长5%。\n"
                 "上一页 1 2 3 4 下一页\n", encoding="utf-8")
    page = page_for(extract_report(Report(id="paged", path=p)))
    assert "**An incomplete text.** The text read for the 2031 report is page 1 of 4" in page
    assert "下一页" not in page


def test_a_period_figure_title_says_the_years_it_covers(tmp_path):
    """Session 71, tester 71 item 9: five-year totals and yearly means read "actual 2020"
    though indicators.csv has year_first 2016; the title says "actual 2016-2020"."""
    p = tmp_path / "five.txt"
    p.write_text("2021年政府工作报告\n各位代表：\n一、“十三五”时期工作回顾\n"
                 "过去五年，全县生产总值从2015年的60亿元增长到80亿元，年均增长5.4%。"
                 "五年累计城镇新增就业1.2万人。\n"
                 "2020年，全县财政收入7亿元。\n", encoding="utf-8")
    e = extract_report(Report(id="five", path=p, government="某县人民政府", level="county",
                              report_year=2021, year_reviewed=2020))
    ind = e.tables["indicators"]
    assert set(ind.loc[ind["year_first"].notna(), "quote"]) >= {"5.4%", "1.2万人"}, ind
    titles = re.findall(r'<mark id="fig-[^"]*"[^>]*title="([^"]*)"', page_for(e))
    jobs = [t for t in titles if "1.2" in t or "12,000" in t]
    mean = [t for t in titles if "5.4%" in t]
    assert jobs and all("actual 2016-2020" in t for t in jobs), titles
    assert mean and all("actual 2016-2020" in t for t in mean), titles
    assert any("actual 2020 ·" in t and "700 million" in t for t in titles), titles


def test_a_text_without_a_title_has_no_empty_title_line(tmp_path):
    """Tester 71: the State Council's 2019 text has no title; its annotated page showed a
    literal "**" paragraph (an empty title in italics)."""
    p = tmp_path / "untitled.txt"
    p.write_text("各位代表：\n一、2030年工作回顾\n全县生产总值增长5%。\n", encoding="utf-8")
    page = page_for(extract_report(Report(id="untitled", path=p, government="某县人民政府",
                                          level="county")))
    assert "**" not in page.splitlines() and "\n\n\n" not in page.split("## ")[0]
    titled = tmp_path / "titled.txt"
    titled.write_text("某县2031年政府工作报告\n" + p.read_text("utf-8"), encoding="utf-8")
    assert "\n*某县2031年政府工作报告 (" in page_for(extract_report(Report(id="t", path=titled)))
