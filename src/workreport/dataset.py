"""The extracted tables as the notebooks read them, and the rows every question starts from.

``load_tables`` reads the five tables ``workreport extract`` wrote (through the one typed
reader, ``schema.read_table``) with the glossary that labels them in English. A figure
row carries its part and that part's role (``indicators.csv`` part, role), and a report
row whether it has chapters (``reports.csv`` has_chapters), so nothing here parses a
section id or reads the catalogue.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from workreport.glossary import Glossary, load_glossary
from workreport.schema import SCHEMA, TABLES, read_table

__all__ = ["Tables", "find_data_dir", "load_tables", "report_rows", "review_actuals",
           "review_part"]


@dataclass(frozen=True)
class Tables:
    """The five extracted tables (and the glossary that labels them in English)."""

    reports: pd.DataFrame
    sections: pd.DataFrame
    indicators: pd.DataFrame
    numbers: pd.DataFrame
    sentences: pd.DataFrame
    glossary: Glossary = field(default_factory=Glossary)

    @property
    def chaptered(self) -> frozenset[str]:
        """The reports with chapters (and an annotated page to link figures to): the
        ``has_chapters`` rows of ``reports``."""
        rows = self.reports
        flag = rows["has_chapters"].fillna(True).astype(bool) if "has_chapters" in rows \
            else pd.Series(True, index=rows.index)
        return frozenset(rows.loc[flag, "report_id"].astype(str))

    def report(self, report_id: str) -> pd.Series:
        """The ``reports`` row of one report; KeyError names the ids that exist."""
        rows = self.reports[self.reports["report_id"] == report_id]
        if rows.empty:
            known = ", ".join(self.reports["report_id"])
            raise KeyError(f"no report {report_id!r} in the tables (have: {known})")
        return rows.iloc[0]

    def section(self, report_id: str, section: str) -> pd.Series:
        """The ``sections`` row of one section of one report."""
        s = self.sections
        rows = s[(s["report_id"] == report_id) & (s["section"] == section)]
        if rows.empty:
            have = ", ".join(s.loc[s["report_id"] == report_id, "section"])
            raise KeyError(f"no section {section!r} in {report_id!r} (have: {have})")
        return rows.iloc[0]

    def has(self, report_id: str | None) -> bool:
        """Whether a report is in the data (so a chapter can skip a comparison gracefully)."""
        return bool(report_id) and bool((self.reports["report_id"] == report_id).any())


def find_data_dir(data_dir: str | Path, start: str | Path | None = None) -> Path:
    """``data_dir`` as given, or, when relative and missing, found in a parent folder.

    The notebooks pass ``data/processed``, relative to the project root where the build
    runs them; Jupyter (locally or on Binder) starts a kernel in the notebook's own folder,
    ``book/generated/<report_id>/``, so the tables are looked for upwards from there, as
    git looks for its repository. A path that is nowhere is returned unchanged, and the
    read fails naming it.
    """
    path = Path(data_dir)
    if path.is_absolute() or (path / "indicators.csv").is_file():
        return path
    here = Path(start).resolve() if start else Path.cwd()
    for folder in (here, *here.parents):
        if (folder / path / "indicators.csv").is_file():
            return folder / path
    return path


#: (resolved table path) -> (digest of the file's bytes, the frame read from them).
_READ: dict[str, tuple[bytes, pd.DataFrame]] = {}


def _read(data_dir: Path, name: str) -> pd.DataFrame:
    """One table, typed as the schema says; empty text cells are "" (not <NA>), so a
    label or qualifier can be tested for truth as text.

    Memoised on the file's content: a warm kernel runs one chapter after another on
    the same tables, and parsing them was 0.06 CPU s of each chapter's set-up (3 s over
    the book's 49 notebooks); hashing the bytes costs a tenth of that. Each call gets
    its own copy, so a chapter that changes its frames changes nothing for the next.
    """
    path = Path(data_dir) / f"{name}.csv"
    try:
        digest = hashlib.blake2b(path.read_bytes(), digest_size=16).digest()
    except OSError:
        digest = b""  # read_table raises MissingInput naming the table
    key = str(path.resolve())
    known = _READ.get(key)
    if digest and known is not None and known[0] == digest:
        return known[1].copy()
    df = read_table(data_dir, name)
    for fname, ftype, *_ in SCHEMA[name][1]:
        if ftype == "string":
            df[fname] = df[fname].fillna("")
    if digest:
        _READ[key] = (digest, df.copy())
    return df


def load_tables(data_dir: str | Path, glossary: str | Path | None = None) -> Tables:
    """Load the tables ``workreport extract`` wrote, typed as the schema says.

    The glossary defaults to ``glossary.csv`` beside ``data_dir`` (as the CLI's default
    sits beside the catalogue); a missing glossary is an empty one. Raises
    ``MissingInput`` naming the first table that is absent.
    """
    data_dir = find_data_dir(data_dir)
    frames = {name: _read(data_dir, name) for name in TABLES}
    gpath = Path(glossary) if glossary else data_dir.parent / "glossary.csv"
    return Tables(**frames, glossary=load_glossary(gpath))


def report_rows(ind: pd.DataFrame, report_id: str) -> pd.DataFrame:
    """One report's figures in text order (every other function starts here)."""
    rows = ind[ind["report_id"] == report_id]
    return rows.sort_values("start", kind="stable").reset_index(drop=True)


def review_part(ind: pd.DataFrame, report_id: str,
                sections: pd.DataFrame | None = None) -> int | None:
    """The number of the part that reviews the past year (role ``review``), from the
    figure rows' ``part`` and ``role`` (or from ``sections`` when given); None when the
    report has no review part, or, without ``sections``, none that states a figure."""
    if sections is not None:
        rows = sections[sections["report_id"] == report_id]
    else:
        rows = report_rows(ind, report_id)
    rev = rows[rows["role"] == "review"]
    return int(rev["part"].iloc[0]) if not rev.empty else None


def review_actuals(ind: pd.DataFrame, report_id: str) -> pd.DataFrame:
    """The actual figures of a report's review part (the first part of role review), in
    text order: the results it reports for the year reviewed (a result stated in the
    plan part is left out, and so is the start value of a change from … to …, whose
    ``year`` is the one before or none: session 69, "由46.9%提高到48.2%" is no result of
    46.9%). Empty when the report has no review part."""
    rows = report_rows(ind, report_id)
    part = review_part(rows, report_id)
    if part is None:
        return rows.iloc[0:0]
    rows = rows[(rows["kind"] == "actual") & (rows["part"] == part)]
    years = pd.to_numeric(rows["year"], errors="coerce") if "year" in rows else None
    if years is not None and years.notna().any():
        rows = rows[years == years.max()]
    return rows.reset_index(drop=True)
