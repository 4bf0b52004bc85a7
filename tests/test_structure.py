"""Structure: title block, parts, sections, sentences, offsets."""

from __future__ import annotations

from pathlib import Path

import pytest

from workreport.errors import InputError
from workreport.extract.ingest import Document, load
from workreport.extract.structure import cn_int, parse

from .conftest import SHARED, YUZHONG, shared_extraction


@pytest.fixture(scope="module")
def st():
    return parse(load(YUZHONG))


def test_title_block(st):
    from workreport.extract.metadata import read_metadata

    assert st.title.startswith("2014年重庆市渝中区政府工作报告")
    m = read_metadata(load(YUZHONG), st)
    assert (m.date, m.speaker, m.office, m.meeting) == (
        "2014-02-19", "扈万泰", "区长", "重庆市渝中区第十七届人民代表大会第四次会议")


def test_parts_and_roles(st):
    assert [(p.number, p.role) for p in st.parts] == [
        (0, "front"), (1, "review"), (2, "plan"), (3, "plan")]
    assert st.parts[1].title == "2013年工作回顾"


def test_sections(st):
    review = [s.id for s in st.parts[1].sections]
    # （一）…（九）, then the thanks that open with 各位代表 (the closing address).
    assert review == ["p1.s0"] + [f"p1.s{i}" for i in range(1, 11)]
    assert [s.style for s in st.parts[1].sections][-2:] == ["bracket", "closing"]
    assert st.section("p1.s10").title == "各位代表"
    assert st.text[st.section("p1.s9").end:].startswith("各位代表！过去的一年")
    closing = st.parts[3].sections[-1]
    assert (closing.id, closing.style, closing.title) == (
        "p3.s8", "closing", "渝中正处于转型发展和再创辉煌的关键时期")
    assert [s.id for s in st.parts[2].sections] == ["p2.s0"] + [f"p2.s{i}" for i in range(1, 8)]
    assert st.section("p1.s1").title == "多措并举稳增长、促发展"
    assert st.section("p1.s8").title == "全力保持社会安全稳定"  # was "(八) " with half-width marks


def test_offsets_point_into_the_text(st):
    for s in st.sentences:
        assert st.text[s.start:s.end] == s.text
    for sec in st.sections:
        assert st.text[sec.start:sec.end].strip()
    bullets = [p for p in st.paragraphs if p.kind == "bullet"]
    assert len(bullets) == 3 and all(p.section == "p1.s0" for p in bullets)


def test_sentence_split_keeps_split_sentence_whole(st):
    joined = [s for s in st.sentences if "国际知名品牌15个" in s.text]
    assert len(joined) == 1


@pytest.mark.parametrize(("cn", "n"), [("一", 1), ("十", 10), ("十二", 12), ("二十三", 23),
                                       ("两", 2), ("一百零五", 105), ("三千", 3000)])
def test_cn_int(cn, n):
    assert cn_int(cn) == n


def test_no_structure_is_an_error(tmp_path):
    doc = Document("x", tmp_path / "x.txt", "utf-8", "这是一行没有结构的中文文字\n")
    with pytest.raises(InputError, match="structure"):
        parse(doc)


def test_closing_address_ends_the_last_section():
    """The State Council's （九） on ecology stops where the speaker turns to the deputies
    again; government, defence, Hong Kong, Taiwan and diplomacy follow in a closing."""
    path = SHARED / "corpus" / "national-statecouncil-2014.txt"  # read where it is
    if not path.is_file():
        pytest.skip("../shared is not beside the project")
    national = parse(load(path))
    eco, closing = national.section("p3.s9"), national.section("p3.s10")
    assert eco.title == "努力建设生态文明的美好家园" and eco.end == closing.start
    assert "国防" not in national.text[eco.start:eco.end]
    assert closing.style == "closing" and closing.title == "做好政府工作，必须加强自身改革建设"
    assert "一国两制" in national.text[closing.start:closing.end]
    # An address before the last section starts changes nothing.
    assert national.section("p1.s5").style != "closing"



def _closing_report(closing: str) -> Document:
    text = ("各位代表：\n一、2023年工作回顾\n（一）稳增长。全年地区生产总值增长5%。\n"
            "二、2024年主要任务\n（一）抓投资。新开工项目100个。\n（二）惠民生。办好实事。\n"
            f"{closing}\n三、加强政府自身建设\n（一）依法行政。\n")
    return Document("x", Path("x.txt"), "utf-8", text)


def test_a_closing_that_states_figures_is_titled_by_its_address():
    """Session 69: a closing address holding the plan's own work in figures (a maxim, then
    the year's projects) is titled 各位代表, not by its maxim; its figures stay in it. A
    closing that states none keeps its short first sentence as title."""
    figures = parse(_closing_report("各位代表！民生无小事，枝叶总关情。今年办好一批民生实事，"
                                    "包括：新建口袋公园20个；改造老旧小区300万平方米。"))
    closing = figures.section("p2.s3")
    assert (closing.style, closing.title) == ("closing", "各位代表")
    assert "300万平方米" in figures.text[closing.start:closing.end]
    # A date or a later note's number is no list of the part's work.
    words = parse(_closing_report("各位代表！民生无小事，枝叶总关情。让我们在2024年团结奋斗[1]。"
                                  "[1]“双百工程”：引进项目100个。"))
    assert words.section("p2.s3").title == "民生无小事，枝叶总关情"
    # "各位代表、同志们！" is the address too, not a title "、同志们".
    comrades = parse(_closing_report("各位代表、同志们！实干成就未来。"))
    assert comrades.section("p2.s3").title == "实干成就未来"


# --- reports without numbered headings -------------------------------------------------

EXTRA = sorted((SHARED / "corpus-extra").glob("*.txt")) + sorted(
    (SHARED / "corpus-counties").glob("*.txt"))


@pytest.mark.skipif(not EXTRA, reason="../shared/corpus-extra and corpus-counties are absent")
@pytest.mark.parametrize("path", EXTRA, ids=lambda p: p.stem)
def test_every_shared_text_extracts(path):
    e = shared_extraction(path)
    assert len(e.tables["indicators"]) >= 5
    rep = e.tables["reports"].iloc[0]
    assert rep.report_year > 1950 and rep.year_reviewed < rep.report_year


def _doc(text):
    return Document("x", Path("x.txt"), "utf-8", text)


def test_parts_found_from_their_cues():
    st = parse(_doc("各位代表：\n现在，我代表县政府向大会报告工作。\n"
                    "过去一年，全县生产总值增长5%。\n投资增长6%。\n"
                    "今年全县的主要预期目标是：生产总值增长6%。\n"))
    assert [(p.role, p.title) for p in st.parts[1:]] == [
        ("review", "过去一年"), ("plan", "今年全县的主要预期目标是")]


def test_without_cues_one_part_whose_sentences_take_their_kind_from_cue_words():
    from workreport.extract.figures import extract
    from workreport.extract.numbers import classify

    st = parse(_doc("各位代表：\n我国的工业总产值增长百分之十，粮食产量达到3亿吨。\n"
                    "粮食产量今年力争增长5%。\n"))
    assert [p.role for p in st.parts] == ["front", "review"]
    kinds = {f.quote: f.kind for f in extract(st, classify(st), (1953, 1954))}
    assert kinds["3亿吨"] == "actual" and kinds["5%"] == "target"


def test_text_that_is_no_report_is_refused():
    with pytest.raises(InputError, match="not a work report"):
        parse(_doc("这是一段没有数字的中文文字。\n只是说说而已。\n"))


# --- a list of the part's own work after its last section (tester 71, item 1) -----------

def _listed_review(listed: str, plan: str = "") -> Document:
    return _doc("各位代表：\n一、2024年工作回顾\n过去一年，全省生产总值增长5%。\n"
                "（一）产业升级。工业增长8%。\n（二）民生改善。新增就业10万人。\n"
                f"{listed}\n各位代表！一年来的成绩来之不易。\n"
                f"二、2025年工作安排\n（一）扩大内需。新开工项目100个。\n{plan}")


def test_a_list_of_the_years_work_after_the_last_section_is_a_section_of_its_own():
    """Shandong 2025: （一）…（六） give the year's results, then "一年来，着重抓了以下工作："
    opens 一是…六是 and what follows, the work of the whole year: not section （六）'s
    people's wellbeing. The list is a section of its own (style list), titled by its opening
    sentence, up to the closing address."""
    st = parse(_listed_review("一年来，着重抓了以下工作：\n一是抓改革。出台改革举措40项。\n"
                              "二是抓开放。新设外资项目200个。\n过去一年，审计等工作扎实有力。"))
    review = st.parts[1].sections
    assert [(s.id, s.style) for s in review] == [
        ("p1.s0", "preamble"), ("p1.s1", "bracket"), ("p1.s2", "bracket"),
        ("p1.s3", "list"), ("p1.s4", "closing")]
    listed = st.section("p1.s3")
    assert listed.title == "一年来，着重抓了以下工作"
    assert "一是" not in st.text[st.section("p1.s2").start:st.section("p1.s2").end]
    body = st.text[listed.start:listed.end]
    assert body.startswith("一年来") and "200个" in body and "审计" in body
    assert listed.end == st.section("p1.s4").start
    assert [p.kind for p in st.paragraphs if p.section == "p1.s3"][:2] == ["heading", "body"]


def test_a_list_opened_on_the_intro_line_or_restarting_the_sections_markers():
    """The first item on the intro's own line ("…以下工作：一是…"), and a list numbered
    （一） again after （二）, both open the list section."""
    inline = parse(_listed_review("一年来，主要做了以下工作：一是抓改革。出台举措40项。\n"
                                  "二是抓开放。新设外资项目200个。"))
    assert inline.section("p1.s3").style == "list"
    assert inline.section("p1.s3").title == "一年来，主要做了以下工作"
    again = parse(_listed_review("过去一年，重点抓了以下几个方面工作：\n"
                                 "（一）抓改革。出台举措40项。\n（二）抓开放。新设外资项目200个。"))
    assert again.section("p1.s3").style == "list"
    assert "200个" not in again.text[again.section("p1.s2").start:again.section("p1.s2").end]


def test_a_sections_own_list_stays_in_the_section():
    """Without a cue naming the whole year (一年来, 过去一年 in a review; 今年 in a plan), a
    list after the last section's heading is that section's own points; so is a review's
    cue in a plan part."""
    own = parse(_listed_review("具体做了以下工作：\n一是稳就业。新增岗位5万个。\n二是保基本。"))
    assert [s.style for s in own.parts[1].sections][-2:] == ["bracket", "closing"]
    plan = parse(_listed_review("", plan="一年来，主要做了以下工作：\n一是稳就业。\n二是保基本。"))
    assert [s.style for s in plan.parts[2].sections] == ["preamble", "bracket"]
