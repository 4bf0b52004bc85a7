"""The catalogue of reports (``data/reports.yml``): which files to read and what they are.

It sits beside the pipeline: the extractor needs a report's years to date its figures
(a 2014 report reviews 2013 and sets targets for 2014), and the book needs its title,
speaker and level. A report missing from the catalogue still extracts, with the
years read from its own headings. An entry needs only ``id`` and ``file``; an entry for
a file of many reports (a spreadsheet) stands for one report per row. A key the
catalogue does not know, in an entry or beside ``reports:``, is refused (a misspelling
would be ignored).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from workreport.errors import CatalogError, did_you_mean, yaml_problem
from workreport.extract.metadata import LEVELS, Metadata, field_names
from workreport.extract.readers import MANY_REPORTS, SINGLE_REPORT
from workreport.extract.rowpick import RowPick, parse_pick

__all__ = ["LEVELS", "REPORT_SUFFIXES", "Absent", "Report", "available", "load_catalog",
           "report_for_file", "reports_for_path"]

#: The suffixes of report files a directory is searched for (one module per format in
#: ``extract/readers``; files of many reports hold one report per row).
REPORT_SUFFIXES: tuple[str, ...] = (*SINGLE_REPORT, *MANY_REPORTS)

# What an entry must state; everything else is read from the report's text.
_REQUIRED = ("id", "file")
# What an entry may state besides the Metadata fields and those of a file of many
# reports (``_ROWS``): the English names, and how the book shows the report (``extra``:
# ``chapters``, read by ``Report.has_chapters``; ``task_parts``, by ``book.plan``).
_ENGLISH = ("government_en", "speaker_en")
_BOOK = ("chapters", "task_parts")


@dataclass(frozen=True, kw_only=True)
class Report(Metadata):
    """One report to extract: where its text is, and what the catalogue (or a column of
    its spreadsheet row) states of it — the ``Metadata`` fields, "" or None where it
    says nothing (read from the text then: ``tables.extract_report``)."""

    id: str
    path: Path
    government_en: str = ""
    speaker_en: str = ""
    extra: dict = field(default_factory=dict)
    #: The report's text when it came as a row of a file of many reports (else None:
    #: read from ``path``), and that row's other columns.
    text: str | None = field(default=None, repr=False)
    fields: dict = field(default_factory=dict, repr=False)
    #: The row as a spreadsheet shows it (the header is row 1, so the first report is
    #: row 2; a JSON Lines file's line), for messages; None when not known (a report
    #: file, or ids from an id column). Not part of the id: ``<stem>-1`` is row 2.
    row: int | None = field(default=None, repr=False)

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


_YEARS = ("report_year", "year_reviewed")
# Words a user may give for a level, and the level each is (session 67 re-check: "level: city"
# was refused with no word of municipal).
_LEVEL_WORDS = {"city": "municipal", "prefecture": "municipal", "province": "provincial",
                "country": "national", "state": "national", "central": "national"}


def _check(entry: dict, where: str, path: Path) -> None:
    """Raise ``CatalogError`` naming ``path`` and ``where`` for a stated level or year
    that cannot be one."""
    if entry.get("level") and entry["level"] not in LEVELS:
        level = str(entry["level"])
        meant = _LEVEL_WORDS.get(level.strip().lower())
        hint = f" (a {level}'s level is {meant})" if meant else did_you_mean(level, LEVELS)
        raise CatalogError(f"{where}: level must be one of {', '.join(LEVELS)}{hint}", path)
    if any(entry.get(k) and not str(entry[k]).strip().isdigit() for k in _YEARS):
        raise CatalogError(f"{where}: report_year and year_reviewed are years (2014)", path)


def _stated(entry: dict) -> dict:
    """The ``Metadata`` fields an entry states (checked by the caller), typed: years as
    int (year_reviewed defaults to the year before report_year), a date as ISO text."""
    stated = {k: entry[k] for k in field_names() if entry.get(k) not in (None, "")}
    for k in _YEARS:
        if k in stated:
            stated[k] = int(str(stated[k]).strip())
    if "report_year" in stated and "year_reviewed" not in stated:
        stated["year_reviewed"] = stated["report_year"] - 1
    if isinstance(stated.get("date"), dt.date):
        stated["date"] = stated["date"].isoformat()
    return {k: v if k in _YEARS else str(v) for k, v in stated.items()}


def load_catalog(path: str | Path) -> list[Report]:
    """Read and check ``reports.yml``; every problem (a ``CatalogError``: a missing file,
    not YAML, no ``reports:`` list, an unknown key, a missing ``id`` or ``file``, a level,
    year or ``chapters`` that cannot be one, a duplicate id, two entries of one file, a
    ``file`` that is a directory or is absent from the catalogue's folder: ``_check_file``)
    names the file and the entry."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CatalogError("no such file", path) from None
    except IsADirectoryError:
        raise CatalogError("a directory, not a catalogue (a reports.yml: give report "
                           "directories without --catalog)", path) from None
    except UnicodeDecodeError:
        raise CatalogError("not a catalogue: not UTF-8 text (a reports.yml listing "
                           "reports; give report files without --catalog)", path) from None
    except OSError as err:
        raise CatalogError(f"cannot be read ({err.strerror})", path) from None
    except yaml.YAMLError as err:
        raise CatalogError(f"not valid YAML: {yaml_problem(err)}", path) from None
    unknown = _unknown_key(data, ("reports",), "a catalogue's", " at the top level") \
        if isinstance(data, dict) else ""
    if unknown:
        raise CatalogError(unknown, path)
    entries = (data or {}).get("reports") if isinstance(data, dict) else None
    if not isinstance(entries, list) or not entries:
        raise CatalogError("expected a non-empty list under 'reports:'", path)
    reports, seen, files = [], set(), {}
    for i, e in enumerate(entries):
        where = f"entry {i + 1}"
        if not isinstance(e, dict):
            raise CatalogError(f"{where} is not a mapping", path)
        unknown = _unknown_key(e, _entry_keys(), "an entry's")
        if unknown:
            named = f"{where} ({e['id']})" if e.get("id") else where
            raise CatalogError(f"{named}: {unknown}", path)
        missing = [k for k in _REQUIRED if not e.get(k)]
        if missing:
            raise CatalogError(f"{where} lacks {', '.join(missing)}", path)
        _check(e, where, path)
        if e["id"] in seen:
            raise CatalogError(f"{where}: duplicate id {e['id']}", path)
        if e.get("chapters", True) not in (True, False, "series"):
            raise CatalogError(f"{where} ({e['id']}): chapters must be true, false or series, "
                               f"not {e['chapters']!r}", path)
        report = Report(
            id=str(e["id"]),
            path=(path.parent / e["file"]).resolve(),
            government_en=e.get("government_en", ""),
            speaker_en=e.get("speaker_en", ""),
            extra={k: e[k] for k in _BOOK if k in e},
            **_stated(e),
        )
        _check_file(report.path, str(e["file"]), f"{where} ({report.id})", path)
        if report.path in files:  # session 69, tester: the report was read twice
            raise CatalogError(f"{where} ({report.id}): its file {e['file']} is that of "
                               f"{files[report.path]} too; catalogue a report once", path)
        files[report.path] = f"{where} ({report.id})"
        pick = _pick(e, f"{where} ({report.id})", report.path, path)
        for r in _rows_of(report, e, pick) if report.path.is_file() else [report]:
            if r.id in seen and r is not report:
                raise CatalogError(f"{where}: duplicate id {r.id} (a row of {e['file']})", path)
            seen.add(r.id)
            reports.append(r)
    return reports


def _check_file(report: Path, given: str, where: str, catalog: Path) -> None:
    """Raise ``CatalogError`` naming ``catalog``, ``where`` and the entry's ``file``
    (``given``) when it is a directory, or is absent though it lies in the catalogue's
    own directory (``data/``: ``raw/x.txt``), with the file there nearest its name. An
    absent file outside it (``../../shared/…``) is not an error: ``available`` skips it.
    Session 68, tester: ``raw/x.docxx`` and ``raw`` were skipped as "absent", exit 0,
    and the book rebuilt without them."""
    if report.is_dir():
        inside = sorted(p.name for p in report.iterdir() if p.suffix.lower() in REPORT_SUFFIXES)
        hint = f"; name one file in it: {given.rstrip('/')}/{inside[0]}" if inside else ""
        raise CatalogError(f"{where}: file {given} is a directory, not a report{hint}",
                           catalog)
    if report.exists() or not report.is_relative_to(catalog.resolve().parent):
        return
    near = ""
    if report.parent.is_dir():
        names = {p.name: p for p in report.parent.iterdir() if p.is_file()}
        near = did_you_mean(report.name, names)
        if near:  # the entry's own spelling of the folder, with the file meant
            meant = near.removeprefix(" (did you mean ").removesuffix("?)")
            near = f" (did you mean {given[:len(given) - len(report.name)]}{meant}?)"
    raise CatalogError(f"{where}: file {given} does not exist{near}", catalog)


# What an entry for a file of many reports may add: the columns of its text and ids.
_ROWS = ("text_column", "id_column", "rows", "where")


def _entry_keys() -> tuple[str, ...]:
    """The keys an entry may have, in the order an entry is written."""
    return (*_REQUIRED, *field_names(), *_ENGLISH, *_ROWS, *_BOOK)


def _unknown_key(mapping: dict, known: Sequence[str], whose: str, where: str = "") -> str:
    """The message for the first key of ``mapping`` not in ``known``, ``where`` after the
    key: "unknown key levle (did you mean level?)", naming the known key nearest it or,
    none being near, all of them (as ``whose`` keys); "" when every key is known. A
    misspelled key was taken silently, what it meant then read from the text (session
    67, tester)."""
    key = next((k for k in mapping if k not in known), None)
    if key is None:
        return ""
    near = did_you_mean(str(key), known) or f" ({whose} keys: {', '.join(known)})"
    return f"unknown key {key}{where}{near}"


def _pick(entry: dict, where: str, report: Path, catalog: Path) -> RowPick | None:
    """The rows an entry picks (``rows:``, ``where:``; ``extract.rowpick``), None for all.
    Raises ``CatalogError`` naming the entry for a pick that cannot be read, or one given
    for a file of one report."""
    if entry.get("rows") is None and entry.get("where") is None:
        return None
    if report.suffix.lower() not in MANY_REPORTS:
        raise CatalogError(f"{where}: rows: and where: pick rows of a file of many reports "
                           f"({', '.join(sorted(MANY_REPORTS))}), not of {report.name}",
                           catalog)
    try:
        return parse_pick(entry.get("rows"), entry.get("where"))
    except ValueError as err:
        raise CatalogError(f"{where}: {err}", catalog) from None


def _rows_of(report: Report, entry: dict, pick: RowPick | None = None) -> list[Report]:
    """The reports of a catalogued file: itself, or for a file of many reports
    (``.csv``, ``.xlsx``, ``.jsonl``, ``.parquet``) one per row (of the rows ``pick``
    keeps), each with what the entry states and, over it, what the row's own columns
    state; the ids are the entry's id and the row number (``baoding-3``), or the
    ``id_column`` cells."""
    if report.path.suffix.lower() not in MANY_REPORTS:
        return [report]
    rows = reports_for_path(report.path, text_column=entry.get("text_column"),
                            id_column=entry.get("id_column"), prefix=report.id, pick=pick)
    return [replace(report, id=r.id, text=r.text, fields=r.fields, row=r.row,
                    **{k: getattr(r, k) for k in field_names()
                       if getattr(r, k) not in ("", None)}) for r in rows]


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
    ``Absent``) and build the rest; an unreadable file is still an error (``ingest``), and
    so is an absent one in the catalogue's own folder or a directory (``load_catalog``).
    """
    present, absent = [], []
    for r in reports:
        if r.path.is_file():
            present.append(r)
        else:
            absent.append(Absent(r, _why_absent(r.path)))
    return present, absent


def _why_absent(path: Path) -> str:
    """Why a text outside the catalogue's folder is not there, for ``Absent``: the
    folder missing above it when one is (a clone without ``../shared``), else the file
    alone (session 68: the hint asked for ../shared of any absent file)."""
    missing = path
    while not missing.parent.exists() and missing.parent != missing:
        missing = missing.parent
    if missing == path:
        return f"its text {_shown(path)} is absent (a report kept outside the project is read " \
               "where it is)"
    return f"its text {_shown(path)} is absent: there is no {_shown(missing)} (a report " \
           "kept outside the project, as in ../shared, is read where it is)"


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
                     id_column: str | None = None, prefix: str | None = None,
                     pick: RowPick | None = None) -> list[Report]:
    """The reports a file holds: one for a report file, one per row for a file of many
    reports (``.csv``, ``.xlsx``, ``.jsonl``, ``.parquet``).

    A row's text is in ``text_column`` (default: the column with the longest texts),
    its id in ``id_column`` (default: ``<prefix>-<row number>``, 1-based, over the rows
    read, the prefix being the file's stem unless given); the row's other columns ride
    along as ``Report.fields``, and those named as a catalogue's fields (government,
    level, report_year …) state them as a catalogue entry would. Rows with empty text
    are skipped with a ``ReportWarning``; a workbook is read from the sheet holding the
    texts (``readers.table.rows``); ``pick`` keeps some rows (``extract.rowpick``), each
    with the id it has in the whole file. Raises ``InputError`` naming the file for an
    unreadable file, an unknown column or no column holding texts, and ``CatalogError``
    for a stated level or year that cannot be one.
    """
    from workreport.extract.readers import MANY_REPORTS
    from workreport.extract.readers.table import rows

    path = Path(path)
    if path.suffix.lower() not in MANY_REPORTS:
        return [report_for_file(path)]
    reports = []
    for rid, text, other, shown in rows(path, text_column=text_column, id_column=id_column,
                                        prefix=prefix, pick=pick):
        row = None if id_column else shown
        _check(other, f"row {row} ({rid})" if row else f"row {rid}", path)
        reports.append(Report(id=rid, path=path.resolve(), text=text, fields=other,
                              row=row, **_stated(other)))
    return reports
