"""Which sections of a report's plan are its task areas, each a "Plan" chapter.

``task_parts`` picks the plan parts that hold the year's task areas, ``task_sections``
the sections of them that get a chapter; ``plan`` reads both through the plan chapter's
``sections``. Session 69 (tester): the State Council's 2015 plan sets out its work in
parts 三 to 六, no heading naming the year and no numbered section among them, so 82% of
its plan had no chapter while the landing page promised one for each task area.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from workreport.errors import PlanError

if TYPE_CHECKING:
    import pandas as pd

    from workreport.extract.catalog import Report

__all__ = ["SMALL_SHARE", "task_parts", "task_sections"]

#: Below this share of the plan's characters, the numbered sections of the parts naming
#: the year are not all of its task areas (State Council 2015: 二、2015年工作总体部署's
#: three points hold 9% of the plan, its parts 三-六 the rest). Over the 120 reports of
#: ../shared the next lowest share is 39% (county-shunping-2021: a five-year outlook
#: before 三、2021年下半年重点工作 and 四、全面加强政府自身建设); bench/plan_parts.py lists them.
SMALL_SHARE = 0.25


def task_parts(sections: pd.DataFrame, report: Report | None = None,
               report_year: int | None = None) -> list[int]:
    """The plan parts whose sections are the year's task areas, in order.

    ``sections``: rows of the sections table (``part``, ``part_title``, ``role``; with
    ``number`` and ``chars``, the rule of ``SMALL_SHARE`` applies). A work report's plan
    can span several parts: Yuzhong's 二、2014年主要工作 lists seven task areas and its
    三、加强措施保障 the measures that secure them; the State Council's 二、2014年工作总体部署
    and 三、2014年重点工作 both set out the year's work. The parts that name the report
    year in their heading are the task areas; when none does, every plan part is. When the
    numbered sections of the parts naming the year hold less than ``SMALL_SHARE`` of the
    plan's characters, the plan parts after them are task areas too (State Council 2015:
    三、把改革开放扎实推向纵深 … 六、切实加强政府自身建设; session 69). A catalogue entry can
    say otherwise with ``task_parts: [2, 3]``. Raises PlanError for a ``task_parts`` entry
    that names no plan part.
    """
    plan_rows = sections[sections["role"] == "plan"]
    parts = sorted({int(p) for p in plan_rows["part"]})
    if report is not None and report.extra.get("task_parts"):
        wanted = {int(p) for p in report.extra["task_parts"]}
        unknown = wanted - set(parts)
        if unknown:
            raise PlanError(f"report {report.id}: task_parts {sorted(unknown)} are not "
                            f"plan parts (plan parts: {parts})")
        return sorted(wanted)
    year = report_year or (report.report_year if report else None)
    if not year:
        return parts
    titles = plan_rows.drop_duplicates("part").set_index("part")["part_title"]
    named = [p for p in parts if f"{year}年" in re.sub(r"\s+", "", str(titles[p]))]
    if not named:
        return parts
    if {"number", "chars"} <= set(plan_rows.columns):
        total = plan_rows["chars"].sum()
        numbered = plan_rows[plan_rows["part"].isin(named) & (plan_rows["number"] > 0)]
        if total and numbered["chars"].sum() < SMALL_SHARE * total:
            return [*named, *(p for p in parts if p > max(named))]
    return named


def task_sections(sections: pd.DataFrame, parts: list[int], bridges: pd.Series
                  ) -> pd.DataFrame:
    """The rows of ``sections`` that get a "Plan" chapter: the numbered sections of the
    task ``parts``, less the ``bridges`` (a closing address stating no figures), in the
    table's order. A task part with no numbered section is one chapter, its whole text
    (State Council 2015's 三 to 六; session 69), unless a later task part has numbered
    sections: then it states the year's general requirements and main targets (State
    Council 2024's 二、2024年经济社会发展总体要求和政策取向 before 三、2024年政府工作任务),
    which the targets chapter reads. (A plan section that is no task area but states figures
still gets a chapter: ``plan._tasks``.)"""
    rows = sections[sections["part"].isin(parts)]
    numbered = set(rows.loc[rows["number"] > 0, "part"])
    whole = {p for p in parts if p not in numbered and not any(q > p for q in numbered)}
    pick = ((rows["number"] > 0) & ~bridges.reindex(rows.index, fill_value=False)) \
        | (rows["part"].isin(whole) & (rows["number"] == 0))
    return rows[pick]
