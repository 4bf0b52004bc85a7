"""The catalogue of reports (``data/reports.yml``): which files to read and what they are.

It sits beside the pipeline: the extractor needs a report's years to date its figures
(a 2014 report reviews 2013 and sets targets for 2014), and the book needs its title,
speaker and level. A report missing from the catalogue still extracts, with the
years read from its own headings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from workreport.errors import CatalogError
from workreport.extract.readers import MANY_REPORTS, SINGLE_REPORT

__all__ = ["LEVELS", "REPORT_SUFFIXES", "Absent", "Report", "available", "load_catalog",
           "report_for_file", "reports_for_path"]

#: The suffixes of report files a directory is searched for (one module per format in
#: ``extract/readers``; files of many reports hold one report per row).
REPORT_SUFFIXES: tuple[str, ...] = (*SINGLE_REPORT, *MANY_REPORTS)

LEVELS = ("county", "district", "municipal", "provincial", "national")
# What an entry must state; everything else is read from the report's text.
_REQUIRED = ("id", "file")


@dataclass(frozen=True)
class Report:
    """One catalogued report."""

    id: str
    path: Path
    government: str = ""
    government_en: str = ""
    level: str = ""
    report_year: int | None = None
    year_reviewed: int | None = None
    date: str = ""
    speaker: str = ""
    speaker_en: str = ""
    meeting: str = ""
    extra: dict = field(default_factory=dict)
    #: The report's text when it came as a row of a file of many reports (else None:
    #: read from ``path``), and that row's other columns.
    text: str | None = field(default=None, repr=False)
    fields: dict = field(default_factory=dict, repr=False)

    @property
    def has_chapters(self) -> bool:
        """False for a context report (``chapters: false``): it is extracted into the
        tables, where other chapters read it, but gets no chapters or pages of its own.
        A series report (``chapters: series``) has pages: its landing and annotated
        pages, and the chapters across years when it is its government's latest."""
        return self.extra.get("chapters", True) is not False

    @property
    def in_depth(self) -> bool:
        """Whether the report is read section by section (``chapters: true``, the
        default), rather than only as one year of a series (``chapters: series``)."""
        return self.extra.get("chapters", True) is True

    @property
    def years(self) -> tuple[int | None, int | None]:
        """(year reviewed, report year) as the figures stage needs them."""
        return self.year_reviewed, self.report_year


def load_catalog(path: str | Path) -> list[Report]:
    """Read and check ``reports.yml``; every problem names the file and the entry."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CatalogError("no such file", path) from None
    except yaml.YAMLError as err:
        raise CatalogError(f"not valid YAML ({str(err).splitlines()[0]})", path) from None
    entries = (data or {}).get("reports") if isinstance(data, dict) else None
    if not isinstance(entries, list) or not entries:
        raise CatalogError("expected a non-empty list under 'reports:'", path)
    reports, seen = [], set()
    for i, e in enumerate(entries):
        where = f"entry {i + 1}"
        if not isinstance(e, dict):
            raise CatalogError(f"{where} is not a mapping", path)
        missing = [k for k in _REQUIRED if not e.get(k)]
        if missing:
            raise CatalogError(f"{where} lacks {', '.join(missing)}", path)
        if e.get("level") and e["level"] not in LEVELS:
            raise CatalogError(f"{where}: level must be one of {', '.join(LEVELS)}", path)
        if e["id"] in seen:
            raise CatalogError(f"{where}: duplicate id {e['id']}", path)
        seen.add(e["id"])
        if e.get("chapters", True) not in (True, False, "series"):
            raise CatalogError(f"{where}: chapters must be true, false or series", path)
        date = e.get("date", "")
        if isinstance(date, dt.date):
            date = date.isoformat()
        year = int(e["report_year"]) if e.get("report_year") else None
        known = {f.name for f in Report.__dataclass_fields__.values()} | {"file"}
        reports.append(Report(
            id=str(e["id"]),
            path=(path.parent / e["file"]).resolve(),
            government=e.get("government", ""),
            government_en=e.get("government_en", ""),
            level=e.get("level", ""),
            report_year=year,
            year_reviewed=int(e["year_reviewed"]) if e.get("year_reviewed") else (
                year - 1 if year else None),
            date=str(date),
            speaker=e.get("speaker", ""),
            speaker_en=e.get("speaker_en", ""),
            meeting=e.get("meeting", ""),
            extra={k: v for k, v in e.items() if k not in known},
        ))
    return reports


@dataclass(frozen=True)
class Absent:
    """A catalogued report whose text is not there, and why (one line for the user)."""

    report: Report
    reason: str

    def __str__(self) -> str:
        return f"skipping {self.report.id}: {self.reason}"


def available(reports: Sequence[Report]) -> tuple[list[Report], list[Absent]]:
    """Split catalogued reports into those whose text is there and those whose is not.

    Only the project's own reports live in ``data/raw``; the others are read where they
    are (``file: ../../shared/corpus/…``), so a clone without ``../shared`` beside it
    lacks them. Extraction and the book skip an absent report (the caller prints each
    ``Absent``) and build the rest; an unreadable file is still an error (``ingest``).
    """
    present, absent = [], []
    for r in reports:
        if r.path.is_file():
            present.append(r)
        else:
            where = _shown(r.path)
            absent.append(Absent(r, f"its text {where} is absent (a report kept outside "
                                    "the project: is ../shared beside it?)"))
    return present, absent


def _shown(path: Path) -> str:
    """A path relative to the current directory when below it, else as it is."""
    try:
        return path.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return str(path)


def report_for_file(path: str | Path, report_id: str | None = None) -> Report:
    """A report outside the catalogue: its id is the file's stem; what it is (years,
    government, level …) is read from its text."""
    path = Path(path)
    return Report(id=report_id or path.stem, path=path.resolve())


def reports_for_path(path: str | Path, *, text_column: str | None = None,
                     id_column: str | None = None) -> list[Report]:
    """The reports a file holds: one for a report file, one per row for a file of many
    reports (``.csv``, ``.xlsx``, ``.jsonl``, ``.parquet``).

    A row's text is in ``text_column`` (default: the column with the longest texts),
    its id in ``id_column`` (default: ``<file stem>-<row number>``, 1-based, over the
    rows read); the row's other columns ride along as ``Report.fields``. Rows with empty
    text are skipped with a ``ReportWarning``. Raises ``InputError`` naming the file for
    an unreadable file or an unknown column.
    """
    from workreport.extract.readers import MANY_REPORTS
    from workreport.extract.readers.table import rows

    path = Path(path)
    if path.suffix.lower() not in MANY_REPORTS:
        return [report_for_file(path)]
    return [Report(id=rid, path=path.resolve(), text=text, fields=other)
            for rid, text, other in rows(path, text_column=text_column, id_column=id_column)]
