"""The plan's task areas (``book.tasks``): which plan parts and sections get a "Plan"
chapter. Session 69, tester: the State Council's 2015 plan sets out its work in parts 三
to 六, with no heading naming the year and no numbered section; they got no chapter."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pandas as pd

from workreport.book.plan import CHAPTERS, ReportPlan
from workreport.book.tasks import task_parts
from workreport.extract.catalog import load_catalog

ROOT = Path(__file__).resolve().parents[1]


def _sections(parts: list[tuple[int, str, list[int]]]) -> pd.DataFrame:
    """A report's plan rows: (part, heading, characters of s0, s1, …)."""
    rows = []
    for part, title, chars in parts:
        for n, c in enumerate(chars):
            rows.append({"report_id": "r", "part": part, "part_title": title, "role": "plan",
                         "section": f"p{part}.s{n}", "number": n, "chars": c,
                         "style": "preamble" if n == 0 else "ordinal"})
    return pd.DataFrame(rows)


def _chapters(sections: pd.DataFrame, year: int = 2015,
              stated: set[str] | None = None) -> list[str]:
    """The plan chapters' sections; ``stated``: the sections that state figures (default
    every one: no preamble is a bridge)."""
    report = dataclasses.replace(load_catalog(ROOT / "data" / "reports.yml")[0], id="r",
                                 report_year=year)
    rows = pd.DataFrame({"report_id": ["r"], "report_year": [year]})
    said = frozenset(sections["section"]) if stated is None else frozenset(stated)
    rp = ReportPlan(report, sections, said, rows)
    plan_chapter = next(c for c in CHAPTERS if c.template == "plan_section")
    return list(plan_chapter.sections(rp)["section"])


# The State Council's 2015 plan, in characters: 二's three points hold 9% of it.
SC_2015 = [(2, "2015年工作总体部署", [1244, 517, 249, 451]), (3, "把改革开放扎实推向纵深", [2921]),
           (4, "协调推动经济稳定增长和结构优化", [3557]), (5, "持续推进民生改善和社会建设", [2784]),
           (6, "切实加强政府自身建设", [2338])]


def test_the_parts_after_a_small_year_part_are_task_areas_each_one_chapter():
    secs = _sections(SC_2015)
    assert task_parts(secs, report_year=2015) == [2, 3, 4, 5, 6]
    # 二's opening states the year's main targets: a chapter of its own (re-test 72).
    assert _chapters(secs) == ["p2.s0", "p2.s1", "p2.s2", "p2.s3", "p3.s0", "p4.s0",
                               "p5.s0", "p6.s0"]
    assert _chapters(secs, stated={"p2.s1"}) == ["p2.s1", "p2.s2", "p2.s3", "p3.s0",
                                                 "p4.s0", "p5.s0", "p6.s0"]


def test_a_measures_part_after_the_task_areas_stays_out():
    """Yuzhong 2014: 二、2014年主要工作 (seven task areas) and 三、加强措施保障 (the measures);
    the numbered sections of the part naming the year are most of the plan."""
    secs = _sections([(2, "2014年主要工作", [400, *[1000] * 7]),
                      (3, "加强措施保障", [300, 200, 200, 200])])
    assert task_parts(secs, report_year=2014) == [2]
    tasks = {f"p2.s{n}" for n in range(1, 8)}
    assert _chapters(secs, 2014, tasks) == [f"p2.s{n}" for n in range(1, 8)]
    # A measure that states a figure is a chapter too: its figures are on no other page.
    assert _chapters(secs, 2014, {*tasks, "p3.s2"}) == [*sorted(tasks), "p3.s2"]


def test_a_general_part_before_the_numbered_tasks_is_no_task_area():
    """State Council 2024: 二、…总体要求和政策取向 (no numbered section: the general
    requirements and main targets) before 三、2024年政府工作任务 (ten task areas): no task
    area, a chapter only as a plan section that states figures."""
    secs = _sections([(2, "2024年经济社会发展总体要求和政策取向", [2426]),
                      (3, "2024年政府工作任务", [200, *[1000] * 10])])
    assert task_parts(secs, report_year=2024) == [2, 3]
    tasks = [f"p3.s{n}" for n in range(1, 11)]
    assert _chapters(secs, 2024, set(tasks)) == tasks
    assert _chapters(secs, 2024, {*tasks, "p2.s0"}) == ["p2.s0", *tasks]


def test_every_plan_section_that_states_figures_has_a_chapter():
    """Re-test 72: State Council 2016's 二、“十三五”时期主要目标任务和重大举措 (23 figures, 14%
    of the text; no part of the year, no numbered section) and 三、2016年重点工作's opening
    (6 figures) had no chapter, and the landing page did not list them: their figures
    showed on the targets page only. A plan section stating no figure stays out."""
    secs = _sections([(2, "“十三五”时期主要目标任务和重大举措", [2804]),
                      (3, "2016年重点工作", [971, 1277, 2079, 1405, 939])])
    assert task_parts(secs, report_year=2016) == [3]
    stated = {"p2.s0", "p3.s0", "p3.s1", "p3.s2", "p3.s3"}
    assert _chapters(secs, 2016, stated) == ["p2.s0", "p3.s0", "p3.s1", "p3.s2", "p3.s3",
                                             "p3.s4"]
    assert _chapters(secs, 2016, {"p3.s1"}) == ["p3.s1", "p3.s2", "p3.s3", "p3.s4"]


def test_a_plan_without_numbered_sections_is_one_chapter():
    """A news summary's plan (满城 2021's 未来五年) has no numbered section: it is one
    chapter, not none."""
    secs = _sections([(2, "未来五年", [1725])])
    assert _chapters(secs, 2021) == ["p2.s0"]
