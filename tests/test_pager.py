"""A web article cut into pages (session 70, tester: 高唐 2024 was page 1 of 4): the site's
pager and footer leave the text, and the pages the text holds are told."""

from __future__ import annotations

import warnings

import pytest

from workreport.extract.catalog import report_for_file
from workreport.extract.readers import ReportWarning
from workreport.extract.readers.pager import WebPages
from workreport.extract.readers.scars import repair
from workreport.extract.tables import extract_report

REVIEW = ("乙县2024年政府工作报告\n各位代表：\n现在，我代表县人民政府向大会报告工作。\n"
          "一、2023年工作回顾\n全县新建公园5个，新增就业1200人。")
FOOTER = ("免责声明：本文仅代表作者观点，不代表本站立场。\n本站为非营利性网站，请联系本站。\n"
          "标签：\n工作报告\n乙县\n分享到：\nQQ空间\n上一篇：\n甲县2024年政府工作报告\n相关文章\n"
          "02-06\n丙县2024年政府工作报告")


@pytest.mark.parametrize("pager", [
    "上一页\n1\n2\n3\n4\n下一页",           # one item a line (高唐 2024)
    "上一页 1 2 3 4 下一页",                # one line
    "首页 <上一页 1 2 3 … 4 下一页> 尾页",  # ends, arrows and an ellipsis
    "第1页 共4页",                          # the page stated
    "1/4\n下一页",
])
def test_a_pager_and_the_sites_footer_leave_the_text(pager):
    repaired = repair(f"{REVIEW}\n{pager}\n{FOOTER}")
    assert repaired.text == REVIEW
    assert repaired.web_pages == WebPages((1,), 4)
    assert repaired.web_pages.warning == ("the text is page 1 of 4 of a web article; the "
                                          "rest is missing")


def test_a_middle_page_says_which_pages_are_missing():
    pages = repair(f"全县新建学校6所。\n第2页 共4页\n{FOOTER}").web_pages
    assert pages == WebPages((2,), 4)
    assert pages.warning.endswith("page 2 of 4 of a web article; pages 1, 3 and 4 are missing")


def test_the_last_page_alone_lacks_the_pages_before_it():
    assert repair("全县新建学校6所。\n上一页 1 2 3 4").web_pages.warning == (
        "the text is page 4 of 4 of a web article; pages 1 to 3 are missing")


def test_every_page_captured_is_a_whole_text():
    repaired = repair("各位代表：\n全县新建公园5个。\n第1页 共2页\n今年新建学校6所。\n第2页 共2页")
    assert repaired.text == "各位代表：\n全县新建公园5个。\n今年新建学校6所。"
    assert repaired.web_pages is None
    # The last page without a pager of its own: the text after the last pager is page 2.
    assert repair("各位代表：\n全县新建公园5个。\n上一页 1 2 下一页\n今年新建学校6所。"
                  ).web_pages is None


@pytest.mark.parametrize("text", [
    "四个不摘：摘帽不摘责任。（见第1页）\n今年新建学校6所。",   # a note's page reference
    "各位代表：\n第1页\n今年新建学校6所。",                     # a page number alone
    "主要指标\n1\n地区生产总值\n2\n一般公共预算收入",            # a table's row numbers
    "当前位置：\n首页\n政府工作报告\n各位代表：\n今年新建学校6所。",  # a breadcrumb
    "各位代表：\n上一页\n2024\n全县新建学校6所。",             # a year is no page
])
def test_a_page_mentioned_is_no_pager(text):
    repaired = repair(text)
    assert repaired.web_pages is None
    assert repaired.text == text.replace("上一页\n", "")


def test_a_notice_and_tags_are_the_sites_not_the_reports():
    text = f"{REVIEW}\n免责声明：本文不代表本站立场。\n标签：\n工作报告\n乙县"
    assert repair(text).text == REVIEW
    # A sentence of the report after a tag line: it is no footer.
    kept = "各位代表：\n标签：\n今年建成绿色标签认证体系，新建学校6所。"
    assert repair(kept).text == kept


def test_the_build_warns_once_and_reports_csv_says_the_text_is_incomplete(tmp_path):
    path = tmp_path / "county-yixian-2024.txt"
    path.write_text(f"{REVIEW}\n上一页\n1\n2\n3\n4\n下一页\n{FOOTER}\n", encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        row = extract_report(report_for_file(path)).tables["reports"].iloc[0]
    said = [str(w.message) for w in caught if issubclass(w.category, ReportWarning)
            and "web article" in str(w.message)]
    assert said == [f"{path}: the text is page 1 of 4 of a web article; the rest is missing "
                    "(no plan part read)"]
    assert row["incomplete"] == "page 1 of 4"
