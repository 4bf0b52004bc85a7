"""The kind of an appendix's rows from what the appendix says about itself (round 26, A).

Round 14 read an appendix's kind from a few title words (``cues.annex_progress_words``) and
round 25 from its saying its projects were done (``labelreview.annex_done``); an audit of
round 25's code saw appendices that review a year's projects in other words still read as
targets. These rules read the appendix as a whole (words in ``cues.annex_*``):

- ``heading_kind``: the heading says a review ("附件1：2023年全县重点项目完成情况", "…一览",
  "…成效" of a year before the report's: ``annex_review_words``), or names only a past year
  ("附件：2023年重点项目" in the 2024 report) → actual; it names a plan ("2024年重点项目
  计划", "…续建项目", "拟实施…": ``annex_heading_plan_words``) → target;
- ``row_done``: the row's own line says its project is done ("…已竣工投产", "完成投资3亿元",
  "建成投用": ``annex_row_done``) → actual, unless the heading is a plan;
- ``glossary_kind``: a glossary (名词解释) explains terms: the things it describes are stocks
  and facts ("园区总面积2763亩", "项目总投资3.57亿元") → actual, unless the entry's words before
  the figure set a goal ("计划…", "力争培养10名…", "到2030年…": ``annex_glossary_goals``).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.nonfigures import alternation
from workreport.vocab import load as vocab

__all__ = ["glossary_kind", "heading_kind", "is_glossary", "row_done"]


@cache
def _pattern(key: str) -> re.Pattern[str]:
    """The ``cues`` list ``key`` as one alternation."""
    return re.compile(alternation(vocab("cues")[key]))


def heading_kind(title: str, report_year: int | None) -> str:
    """"actual", "target" or "" from an appendix item's heading ``title`` (its 附件 line) in
    the report of ``report_year``: a review word ("完成情况", "一览", "成效") with no year
    of the report or later, or a past year alone ("2023年重点项目" in 2024) → actual; a plan
    word ("计划", "安排", "拟", "续建") or this or a coming year with a project word → target
    ("2024年重点项目" in 2024, "2024年续建项目"). Round 26 (A), after the seed-2141 audit."""
    years = [int(y) for y in re.findall(r"(\d{4})年", title)]
    coming = any(w in title for w in ("今年", "明年")) or (
        report_year is not None and any(y >= report_year for y in years))
    past = report_year is not None and bool(years) and all(y < report_year for y in years)
    if _pattern("annex_review_words").search(title) and not coming:
        return "actual"
    if _pattern("annex_heading_plan_words").search(title):
        return "target"
    if coming:
        return "target" if any(w in title for w in vocab("cues")["annex_plan_words"]) else ""
    return "actual" if past else ""


def row_done(line: str) -> bool:
    """Does an appendix row's own ``line`` say its project is done ("甲项目总投资5亿元，已
    竣工投产", "完成投资3.2亿元", "建成投用")? A goal word in the clause of the done word
    ("计划年内竣工", "力争建成") says a plan. Round 26 (A)."""
    goal = _pattern("annex_goal_words")
    for m in _pattern("annex_row_done").finditer(line):
        clause = re.split(r"[，,；;。：:]", line[:m.start()])[-1]
        if not goal.search(clause) and not re.search(r"年内|今年|要|拟", clause):
            return True
    return False


def is_glossary(title: str) -> bool:
    """Is the appendix titled ``title`` a glossary (名词解释, 名词注释, 短语说明)? Round 26 (A)."""
    return bool(_pattern("annex_glossary_titles").search(re.sub(r"\s+", "", title)))


def glossary_kind(entry: str, report_year: int | None) -> str:
    """"actual" for a figure of a glossary entry whose words before it in its sentence
    (``entry`` runs from the entry's line start) set no goal: the entry describes what is
    ("〔6〕某园区：总面积2763亩，目前已投入资金2.5亿元"); "" when they do ("计划2025年建成…",
    "力争培养10名…", "到2030年…", "建成后可实现300人就业"), the kind then left to the other
    rules. Round 26 (A)."""
    entry = re.split(r"[。；;！!]", entry)[-1]  # a goal of another sentence is not its own
    if _pattern("annex_glossary_goals").search(entry):
        return ""
    for y in re.findall(r"[到至](\d{4})年", entry):
        if report_year is None or int(y) >= report_year:
            return ""
    return "actual"
