"""A text that reports on a work report in the third person (a news summary) is told from a
report, its parts are titled by the names it lists, and it is dated by the day it names
(session 69: a tester's 满城 2021). All texts here are invented."""

from __future__ import annotations

from pathlib import Path

from workreport.extract.catalog import Report
from workreport.extract.ingest import Document
from workreport.extract.structure import parse
from workreport.extract.summary import is_summary, listed_parts
from workreport.extract.tables import extract_report

SUMMARY = ("某县2031年政府工作报告\n"
           "在3月2日召开的某县第五届人民代表大会第二次会议上，县长李明代表县人民政府向大会作"
           "政府工作报告。\n"
           "报告分为三个部分：一、2030年工作回顾；二、2031年的工作安排；三、加强政府自身建设。\n"
           "《报告》说，过去的一年，全县生产总值增长5%，经济运行总体平稳，民生持续改善。\n"
           "《报告》说，今年经济社会发展的主要预期目标是：全县生产总值增长6%左右。\n"
           "《报告》最后指出，让我们团结一心，奋力开创新局面。\n")
REPORT = ("某县2031年政府工作报告\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n"
          "一、2030年工作回顾\n过去的一年，全县生产总值增长5%。党的二十大报告指出，要坚持高质量"
          "发展。\n二、2031年工作安排\n今年全县生产总值增长6%左右。\n")


def _doc(text: str) -> Document:
    return Document("x", Path("x.txt"), "utf-8", text)


def test_a_news_summary_is_told_from_a_report():
    assert is_summary(SUMMARY)
    assert not is_summary(REPORT)  # 我代表…; a quoted 二十大报告指出 is no cue either
    one_cue = "某县2031年政府工作报告\n《报告》说，今年全县生产总值增长6%左右。\n"
    assert not is_summary(one_cue)


def test_a_summarys_listed_part_names_title_its_cue_parts():
    assert listed_parts(SUMMARY) == ["2030年工作回顾", "2031年的工作安排", "加强政府自身建设"]
    st = parse(_doc(SUMMARY))
    assert [(p.role, p.title) for p in st.parts[1:]] == [
        ("review", "2030年工作回顾"), ("plan", "2031年的工作安排")]


def test_reports_csv_says_summary_and_the_day_named_dates_it(tmp_path):
    rows = {}
    for name, text in (("summary", SUMMARY), ("report", REPORT)):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
        e = extract_report(Report(id=name, path=tmp_path / f"{name}.txt"))
        rows[name] = e.tables["reports"].iloc[0]
    assert bool(rows["summary"]["summary"]) and not bool(rows["report"]["summary"])
    assert rows["summary"]["date"] == "2031-03-02"
    assert rows["summary"]["meeting"] == "某县第五届人民代表大会第二次会议"
    assert rows["summary"]["speaker"] == "李明"
    assert rows["summary"]["report_year"] == 2031 and rows["summary"]["year_reviewed"] == 2030
