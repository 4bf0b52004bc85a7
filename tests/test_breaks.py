"""Text whose line breaks were lost (session 67, ``readers.breaks``): told from a text with
its breaks, broken again at its headings, and read as the text with its breaks is."""

from __future__ import annotations

import re
import warnings
from collections import Counter

import pytest

from workreport.extract.catalog import Report
from workreport.extract.headings import is_part_title
from workreport.extract.ingest import load
from workreport.extract.readers import ReportWarning, read
from workreport.extract.readers.breaks import lost_breaks, rebreak
from workreport.extract.readers.scars import repair
from workreport.extract.tables import extract_report

from .conftest import SHARED, YUZHONG, shared_extraction

SHARED_TEXTS = sorted(p for folder in ("reports", "corpus", "corpus-extra", "corpus-counties")
                      for p in (SHARED / folder).glob("*.txt"))


def flatten(text: str) -> str:
    """``text`` as a page whose paragraphs were joined: no line break, nor white space
    around one."""
    return re.sub(r"\s*\n\s*", "", text)


# A made-up report, flattened: its title block, two parts, a section whose title carries its
# stop, one glued to its body ("扩大有效投资实施…").
FLAT = ("2024年某县政府工作报告——2024年1月10日在某县第一届人民代表大会第三次会议上"
        "某县人民政府县长张三各位代表：现在，我代表县人民政府向大会报告工作，请予审议。"
        "一、2023年工作回顾过去一年，全县生产总值增长5%。"
        "（一）坚持稳中求进，经济保持较快增长。全年新增企业10家。"
        "二、2024年工作安排今年全县生产总值预期增长6%。"
        "（一）扩大有效投资实施重点项目20个，完成投资30亿元。")


def test_rebreak_puts_back_the_title_block_headings_and_titles():
    assert rebreak(FLAT).split("\n") == [
        "2024年某县政府工作报告", "——2024年1月10日在某县第一届人民代表大会第三次会议上",
        "某县人民政府县长张三", "各位代表：", "现在，我代表县人民政府向大会报告工作，请予审议。",
        "一、2023年工作回顾", "过去一年，全县生产总值增长5%。",
        "（一）坚持稳中求进，经济保持较快增长。全年新增企业10家。",
        "二、2024年工作安排", "今年全县生产总值预期增长6%。",
        "（一）扩大有效投资", "实施重点项目20个，完成投资30亿元。"]


def test_a_paragraphs_points_stay_inline_the_sections_points_break():
    """一是 breaks a line only in a series whose points stand 100 characters apart or more."""
    inline = "存在的问题：一是总量不大。二是结构不优。三是动力不足。"
    assert rebreak(inline) == inline
    body = "坚持稳中求进，经济运行持续向好。" + "全年新增企业10家。" * 12
    lines = rebreak("过去一年，我们主要做了以下工作：一是" + body + "二是" + body).split("\n")
    assert [line[:2] for line in lines] == ["过去", "一是", "二是"]


_HEAD = "各位代表：现在，我代表县人民政府向大会报告工作，请予审议。"


def test_a_part_title_is_set_apart_only_where_structure_reads_one():
    """The glued title must read as a part's heading (``headings.is_part_title``, session
    68): one of 25 characters, more than structure reads, stays on its body's line; a
    numbered one after a sentence left without its stop needs no year to open its title."""
    long_title = "2023年全县经济社会发展和政府各方面建设工作回顾"
    assert len(long_title) == 25 and not is_part_title(long_title)
    text = _HEAD + long_title + "过去一年，全县生产总值增长5%。"
    assert long_title not in rebreak(text).split("\n")
    text = _HEAD + "全县生产总值增长5%，我们提出意见一、经济社会发展工作回顾过去一年，全县增长5%。"
    assert rebreak(text).split("\n")[-2:] == ["一、经济社会发展工作回顾", "过去一年，全县增长5%。"]


def test_a_scrapers_header_glued_to_the_text_is_read_and_dropped():
    body = FLAT[FLAT.index("现在"):] + "其他各项工作扎实推进。" * 100
    got = repair("标题：某县2024年政府工作报告发文单位：某县人民政府正文：各位代表：" + body)
    assert got.fields == {"title": "某县2024年政府工作报告", "government": "某县人民政府"}
    assert got.text.split("\n")[:2] == ["各位代表：",
                                          "现在，我代表县人民政府向大会报告工作，请予审议。"]
    assert got.warnings and "lost its line breaks" in got.warnings[0]


def test_loading_a_flat_text_warns_that_it_was_re_broken(tmp_path):
    path = tmp_path / "flat.txt"
    path.write_text(FLAT + "其他各项工作扎实推进。" * 100, encoding="utf-8")
    with pytest.warns(ReportWarning, match="lost its line breaks"):
        doc = load(path)
    assert "\n一、2023年工作回顾\n" in doc.text


@pytest.mark.skipif(not SHARED_TEXTS, reason="../shared is not beside the project")
def test_only_a_text_that_lost_its_breaks_is_re_broken():
    """No text of ../shared is taken for one that lost its breaks; each flattened is."""
    for path in SHARED_TEXTS:
        repaired = repair(read(path).text)
        assert repaired.warnings == [], path.stem
        assert lost_breaks(flatten(repaired.text)), path.stem


def _parts_and_kinds(extraction):
    table = extraction.tables["indicators"]
    return ([(p.role, p.title) for p in extraction.structure.parts],
            Counter((f"{r.value:g}", r.unit, r.kind) for r in table.itertuples()))


@pytest.mark.parametrize("path", [
    YUZHONG, SHARED / "corpus" / "province-anhui-2025.txt",
    SHARED / "corpus-counties" / "county-anguo-2020.txt",
    SHARED / "corpus" / "national-statecouncil-2015.txt"], ids=lambda p: p.stem)
def test_a_flattened_report_reads_as_with_its_breaks(path):
    """Its parts are all found, in their roles, each title the original's or cut short or
    run on from it (the State Council's "把改革开放扎实推向纵深" + its body's first word: the
    exact titles are bench/flat_texts.py's to count), and every figure keeps its kind."""
    if not path.is_file():
        pytest.skip("../shared is not beside the project")
    repaired = repair(read(path).text)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ReportWarning)
        flat = extract_report(Report(id=path.stem, path=path, text=flatten(repaired.text),
                                     fields=repaired.fields))
    parts, kinds = _parts_and_kinds(shared_extraction(path))
    flat_parts, flat_kinds = _parts_and_kinds(flat)
    assert [role for role, _ in flat_parts] == [role for role, _ in parts]
    for (_, title), (_, got) in zip(parts, flat_parts, strict=True):
        assert got.startswith(title) or title.startswith(got), (title, got)
    assert flat_kinds == kinds


def test_a_flattened_news_summary_breaks_at_what_the_report_says_not_inside_its_list():
    """Session 69 (满城 2021 flattened): the summary's list of the report's parts
    ("报告分为三个部分：一、…；二、…") was cut as a part heading and its paragraphs opening
    "《报告》说，" stayed joined, so no part was found; each such paragraph is a line now, and
    the list stays whole."""
    text = ("某县2031年政府工作报告\n"
            "在3月2日召开的某县人民代表大会上，县长李明代表县人民政府向大会作政府工作报告。"
            "报告分为三个部分：一、2030年工作回顾；二、2031年的工作安排；三、加强政府自身建设。"
            "《报告》说，过去的一年，全县生产总值增长5%，经济运行总体平稳，民生持续改善。"
            "《报告》说，今年经济社会发展的主要预期目标是：全县生产总值增长6%左右。"
            "《报告》最后指出，让我们团结一心，奋力开创新局面。")
    lines = rebreak(text).split("\n")
    assert lines[1].endswith("三、加强政府自身建设。")
    assert [line[:8] for line in lines[2:]] == [
        "《报告》说，过去", "《报告》说，今年", "《报告》最后指出"]
