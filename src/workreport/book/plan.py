"""Which chapters the book has: the chapter registry, and the plan it gives the tables.

``CHAPTERS`` lists every chapter type once: its file stem, its notebook template, its
title, whether there is one per report, per section, per government or per cascade (the
landing page it lives on: ``homes``), and when it applies. Planning (``plan``), the
landing pages (``pages``) and the job titles all read it, so a new chapter type is one
entry here (and its template in ``notebooks/``).

A chapter that needs reports whose texts are absent (``catalog.available``: a clone
without ``../shared`` beside it) is planned as a ``Page`` that says what is missing
instead of a notebook that would fail.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from workreport.book.homes import Home, homes
from workreport.book.tasks import task_parts, task_sections
from workreport.errors import MissingInput, PlanError
from workreport.extract.catalog import Absent, Report, available, load_catalog
from workreport.paths import Layout

if TYPE_CHECKING:
    import pandas as pd

    from workreport.runner import Job

__all__ = ["CHAPTERS", "Chapter", "Page", "ReportPlan", "chapter_of", "plan", "section_slug",
           "task_parts"]


@dataclass(frozen=True)
class ReportPlan:
    """What planning knows of one report: the catalogue entry, its rows of the sections
    table, the sections that state figures, every report's row of ``reports.csv``, the
    catalogued reports whose texts are absent, and the pairs of ``outcomes.csv``."""

    report: Report
    sections: pd.DataFrame
    stated: frozenset[str]
    reports: pd.DataFrame
    absent: tuple[Absent, ...] = ()
    #: The catalogued reports that have chapters (``analysis.Tables.chaptered``).
    chaptered: frozenset[str] = frozenset()
    #: The owner columns and ``outcome_report_id`` of ``outcomes.csv`` (None: no pairs).
    paired: pd.DataFrame | None = None

    @property
    def year(self) -> int | None:
        """The report year: the catalogue's, else the one read from the text
        (``reports.csv``; README: only id and file are required). Without it the plan
        parts were all task parts: 三、加强政府自身建设 got "Plan" chapters (session 67,
        tester)."""
        if self.report.report_year:
            return self.report.report_year
        import pandas as pd

        rows = self.reports[self.reports["report_id"] == self.report.id]
        year = pd.to_numeric(rows["report_year"], errors="coerce").dropna()
        return int(year.iloc[0]) if len(year) else None

    def bridges(self) -> pd.Series:
        """A preamble or a closing address is a chapter only when it states figures;
        otherwise it is a bridge (or a thank-you) between the sections."""
        secs = self.sections
        return secs["style"].isin(["preamble", "closing"]) & ~secs["section"].isin(self.stated)


@dataclass(frozen=True)
class Chapter:
    """One chapter type.

    ``stem``: the notebook's file name, or its prefix for a per-section chapter
    (``10-review`` → ``10-review-p1-s03``); the numbers keep the book's order.
    ``per``: ``"report"`` (``applies`` says whether the report has it) or ``"section"``
    (``sections`` picks the section rows that get one), both for the reports read in
    depth; ``"government"`` (one on each government's page, run for its latest report)
    or ``"cascade"`` (one on each cascade's page, run for its lowest level's report);
    see ``homes``. ``needs``: the other reports
    the chapter is about, from the catalogue (when all are absent it becomes a
    ``Page`` saying so, titled ``missing``). ``reads``: every other report whose rows
    the template reads (the notebook's cache key covers exactly these and its own, so
    it must name all of them); by default ``needs``.
    """

    stem: str
    template: str
    title: str
    per: str = "report"
    applies: Callable[[ReportPlan], bool] = lambda rp: True
    sections: Callable[[ReportPlan], pd.DataFrame] | None = None
    needs: Callable[[ReportPlan], list[str]] = lambda rp: []
    reads: Callable[[ReportPlan], list[str]] | None = None
    missing: str = ""
    #: Tables built across reports (``schema.DERIVED``) whose rows of its own report and
    #: of the reports of ``pairs`` the chapter also reads (``rows.split`` files them per
    #: report); a chapter that reads none leaves them out of its key, so a new pair
    #: re-runs only the chapters showing pairs of those reports.
    tables: tuple[str, ...] = ()
    #: The other reports whose rows of ``tables`` it reads; by default every report it
    #: reads (``others``). The targets chapter shows its own report's pairs only: the
    #: next report it reads for its name and year keeps its own pairs out of the key.
    pairs: Callable[[ReportPlan], list[str]] | None = None

    @property
    def home(self) -> str:
        """The kind of landing page it is listed on (``homes.PAGES``)."""
        return "report" if self.per == "section" else self.per

    def others(self, rp: ReportPlan) -> list[str]:
        """The other reports this chapter of ``rp`` reads (``reads``, else ``needs``)."""
        return (self.reads or self.needs)(rp)


@dataclass(frozen=True)
class Page:
    """A chapter written as Markdown instead of run as a notebook (what is missing)."""

    output: Path
    text: str
    title: str = ""
    parameters: dict = field(default_factory=dict)

    @property
    def label(self) -> str:
        return self.title or self.output.name


def _review(rp: ReportPlan) -> pd.DataFrame:
    secs = rp.sections
    return secs[(secs["role"] == "review") & ~rp.bridges()]


def _tasks(rp: ReportPlan) -> pd.DataFrame:
    """The plan's task areas (``tasks``: every task part's numbered sections, or the
    part whole when it has none), and every other plan section that states figures, in
    the table's order: a part's opening with the year's main targets, a part that is no
    task area (State Council 2016's 二、“十三五”时期主要目标任务和重大举措, 23 figures and
    14% of the text, had no chapter and was not on the landing page; re-test 72)."""
    secs = rp.sections
    tasks = task_sections(secs, task_parts(secs, rp.report, rp.year), rp.bridges())
    stated = (secs["role"] == "plan") & secs["section"].isin(rp.stated)
    return secs[secs.index.isin(tasks.index) | stated]


def _national(rp: ReportPlan) -> list[str]:
    """The national reports of the year before, the same year and the year after
    (``context.nearby_national``) among every catalogued report, absent ones too."""
    import pandas as pd

    from workreport.context import nearby_national

    known = rp.reports[["report_id", "level", "report_year"]]
    gone = pd.DataFrame([{"report_id": a.report.id, "level": a.report.level,
                          "report_year": a.report.report_year} for a in rp.absent],
                        columns=known.columns)
    return nearby_national(pd.concat([known, gone], ignore_index=True), rp.report.id)


def _peers(rp: ReportPlan) -> list[str]:
    """The reports the overview compares targets with (``analysis.peers``)."""
    from workreport.analysis import peers

    return peers(rp.reports, rp.report.id)


def _later(rp: ReportPlan, report_id: str | None = None) -> list[str]:
    """The report stating the outcomes of the targets of ``report_id`` (default: this
    one's), as ``outcomes.csv`` pairs them (``targets.outcome_report``, as the notes
    read it: the extraction wrote the table before planning), so a chapter names and
    dates it; empty when none of them is paired."""
    from workreport.targets import outcome_report

    if rp.paired is None:
        return []
    later = outcome_report(rp.paired, report_id or rp.report.id)
    return [later] if later else []


def _context(rp: ReportPlan) -> list[str]:
    """What the context chapter reads: the nearby national reports (whose pairs it
    shows), the reports stating their outcomes (named and dated beside them), and this
    report's next one (named in its note)."""
    national = _national(rp)
    return [*national, *(r for n in national for r in _later(rp, n)), *_later(rp)]


def _series(rp: ReportPlan) -> list[str]:
    """The other reports of the same government, oldest first (``series.series_of``)."""
    from workreport.series import series_of

    return [r for r in series_of(rp.reports, rp.report.id) if r != rp.report.id]


def _chain(rp: ReportPlan) -> list[str]:
    """The reports of the same year at the levels above (``series.cascade_of``)."""
    from workreport.series import cascade_of

    return [r for r in cascade_of(rp.reports, rp.report.id) if r != rp.report.id]


#: Every chapter type, in book order.
CHAPTERS: tuple[Chapter, ...] = (
    # The overview reads outcomes.csv only for the report its pairs name, which its key
    # holds (the reports it reads): no pair it shows, so no pair re-runs it.
    Chapter("00-overview", "overview", "overview", reads=lambda rp: [*_peers(rp), *_later(rp)]),
    Chapter("10-review", "review_section", "review", per="section", sections=_review),
    Chapter("30-plan", "plan_section", "plan", per="section", sections=_tasks),
    Chapter("50-targets", "targets", "targets", reads=_later, tables=("outcomes",),
            pairs=lambda rp: []),
    Chapter("55-context", "context", "context", applies=lambda rp: bool(_national(rp)),
            needs=_national, reads=_context, tables=("outcomes",), pairs=_national,
            missing="The targets in context: this report's targets beside the national "
                    "ones of nearby years"),
    Chapter("60-themes", "themes", "themes"),
    Chapter("70-outcomes", "outcomes", "targets and outcomes", per="government",
            reads=_series, tables=("outcomes",),
            missing="Targets and outcomes: each year's targets beside what the next "
                    "report says happened"),
    Chapter("72-series", "series", "over the years", per="government", reads=_series,
            missing="Over the years: the headline indicators in each year the reports "
                    "review"),
    Chapter("75-cascade", "cascade", "target cascade", per="cascade", reads=_chain),
    Chapter("90-appendix", "appendix", "appendix"),
)


def chapter_of(stem: str) -> Chapter:
    """The chapter type of a notebook or page stem (``10-review-p1-s03`` → review).
    Raises PlanError for a stem no chapter type makes."""
    for chapter in CHAPTERS:
        if stem == chapter.stem or (chapter.per == "section"
                                    and stem.startswith(chapter.stem + "-")):
            return chapter
    raise PlanError(f"no chapter type makes {stem!r}")


def section_slug(part: int, number: int) -> str:
    """``p1-s03`` for part 1, section 3 (two digits keep file names sortable)."""
    return f"p{int(part)}-s{int(number):02d}"


def _missing_page(layout: Layout, chapter: Chapter, home: Home, gone: Sequence[Absent]
                  ) -> Page:
    lines = [f"# {chapter.missing or chapter.title.capitalize()}", "",
             "This chapter is not in this build: it reads reports whose texts are absent.",
             ""]
    for a in gone:
        lines.append(f"- `{a.report.id}`: {a.reason}")
    lines += ["", "Put the texts where `data/reports.yml` says they are (for the corpus "
              "reports, the `shared/` folder beside the project) and build again.", ""]
    return Page(layout.generated / home.folder / f"{chapter.stem}.md", "\n".join(lines),
                f"{home.folder} {chapter.title} (missing)")


def _job(layout: Layout, rp: ReportPlan, chapter: Chapter, stem: str, title: str,
         folder: str, **params) -> Job:
    """The notebook job, written into ``book/generated/<folder>/``. Its cache key covers
    what it reads (issue 15): the rows of its own report and of the reports the chapter
    reads (``rows.report_files``, written by ``rows.split`` before the notebooks run) in
    the tables of one extraction, their rows in the chapter's ``tables`` (the outcomes
    pairs) where it shows them (``Chapter.pairs``), which of those have pages to link to,
    and the glossary. The glossary stays whole: it
    decides the English labels and which words the key-term tables pick
    (``terms.tfidf``), so which notebooks a changed term affects is only known by
    running them."""
    from workreport.book.rows import report_files
    from workreport.runner import Job
    from workreport.schema import TABLES

    rid = rp.report.id
    present = set(rp.reports["report_id"])
    read = list(dict.fromkeys([rid, *(r for r in chapter.others(rp) if r in present)]))
    shown = read if chapter.pairs is None else [
        rid, *(r for r in chapter.pairs(rp) if r in present and r != rid)]
    inputs = [f for r in dict.fromkeys(read) for f in report_files(layout, r, TABLES)]
    if chapter.tables:
        inputs += [f for r in dict.fromkeys(shown)
                   for f in report_files(layout, r, chapter.tables)]
    if layout.glossary.is_file():
        inputs.append(layout.glossary)
    linkable = sorted(r for r in read if r in rp.chaptered)
    return Job(template=layout.templates / f"{chapter.template}.ipynb",
               output=layout.generated / folder / f"{stem}.ipynb",
               parameters={"report_id": rid, **params, "data_dir": layout.data_dir},
               inputs=tuple(inputs), title=f"{folder} {title}",
               digests={"reads": ",".join(read), "linkable": ",".join(linkable)})


def _chapters(layout: Layout, home: Home, rp: ReportPlan | None) -> list[Job | Page]:
    """The chapters of one home (``CHAPTERS`` whose ``home`` is its kind), run for
    ``rp`` (its lead report; None when none is here). A home whose chapters cannot run
    (``Home.ready`` false: its reports' texts are absent) gets a page saying so for each."""
    out: list[Job | Page] = []
    for chapter in CHAPTERS:
        if chapter.home != home.kind:
            continue
        if rp is None or not home.ready:
            if home.absent:
                out.append(_missing_page(layout, chapter, home, home.absent))
            continue
        if chapter.per == "section":
            for s in chapter.sections(rp).itertuples():
                slug = section_slug(s.part, s.number)
                out.append(_job(layout, rp, chapter, f"{chapter.stem}-{slug}",
                                f"{chapter.title} {s.section}", home.folder,
                                section=s.section))
            continue
        if not chapter.applies(rp):
            continue
        absent = {a.report.id: a for a in rp.absent}
        needed = chapter.needs(rp)
        gone = [absent[r] for r in needed if r in absent]
        if needed and len(gone) == len(needed):
            out.append(_missing_page(layout, chapter, home, gone))
        else:
            out.append(_job(layout, rp, chapter, chapter.stem, chapter.title, home.folder))
    return out


def plan(layout: Layout, reports: Sequence[Report] | None = None) -> list[Job | Page]:
    """The chapters to produce, from the extracted tables, in book order: home by home
    (``homes``: the reports read in depth in catalogue order, then the governments, then
    the cascades), ``CHAPTERS`` in order within each.

    ``reports`` defaults to the catalogue; reports whose texts are absent are left out
    (``catalog.available``), and a chapter that would read only absent reports is a
    ``Page`` saying so. A context report (``chapters: false``) gets none: it is in the
    tables only. Raises MissingInput when the tables are absent and PlanError when a
    report is not in them.
    """
    from workreport.schema import DERIVED, read_table

    if reports is None:
        reports = load_catalog(layout.catalog)
    catalogued = list(reports)
    chaptered = frozenset(r.id for r in catalogued if r.has_chapters)
    present, absent = available(catalogued)
    sections = read_table(layout.processed, "sections",
                          ["report_id", "part", "part_title", "role", "section", "number",
                           "style", "chars"])
    figures = read_table(layout.processed, "indicators", ["report_id", "section"])
    rows = read_table(layout.processed, "reports")
    try:  # the pairs' owners and the report each names (targets.outcome_report)
        paired = read_table(layout.processed, "outcomes",
                            [*DERIVED["outcomes"][2], "outcome_report_id"])
    except MissingInput:  # nothing to pair: the extraction wrote no outcomes.csv
        paired = None
    by_id = {r.id: r for r in present}
    for report in present:
        if not (sections["report_id"] == report.id).any():
            raise PlanError(f"report {report.id} is not in the extracted tables",
                            layout.processed / "sections.csv")

    def report_plan(rid: str) -> ReportPlan | None:
        if rid not in by_id:
            return None
        stated = frozenset(figures.loc[figures["report_id"] == rid, "section"])
        return ReportPlan(by_id[rid], sections[sections["report_id"] == rid], stated, rows,
                          tuple(absent), chaptered, paired)

    out: list[Job | Page] = []
    for home in homes(catalogued, rows):
        out.extend(_chapters(layout, home, report_plan(home.lead)))
    return out
