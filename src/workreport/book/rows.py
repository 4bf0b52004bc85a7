"""Each report's rows of every table, as files: what a notebook's cache key covers and
what the book offers for download beside each chapter.

``split`` writes ``.workreport/rows/<report_id>/<table>.csv`` (the header and that
report's rows, cells as text, unchanged) for every report in the tables. A notebook's
inputs are the files of its own report and of the reports it reads (``plan.Chapter``),
so adding a report re-runs only its own notebooks and those that read it, not every
notebook of the book (issue 15). A file is rewritten only when its bytes change.
"""

from __future__ import annotations

from pathlib import Path

from workreport.atomic import atomic_write
from workreport.paths import Layout
from workreport.runner.cache import Hasher, State

__all__ = ["report_files", "split"]


def _root(layout: Layout) -> Path:
    return layout.work / "rows"


def report_files(layout: Layout, report_id: str) -> tuple[Path, ...]:
    """The files holding one report's rows, one per table (``schema.TABLES``)."""
    from workreport.schema import TABLES

    return tuple(_root(layout) / report_id / f"{t}.csv" for t in TABLES)


def split(layout: Layout) -> list[str]:
    """Write each report's rows of every table (unless the tables are what the last
    split read and its files are what it wrote); returns the report ids, sorted.

    Raises MissingInput (``schema.read_table``'s message) when a table is absent.
    """
    import pandas as pd

    from workreport.errors import MissingInput
    from workreport.schema import TABLES

    tables = [layout.processed / f"{t}.csv" for t in TABLES]
    for path in tables:
        if not path.is_file():
            raise MissingInput("no such table; run `workreport extract` first", path)
    hasher = Hasher()
    state = State(layout.work / "rows.json", layout.root, hasher)
    digest = hasher.digest((layout.rel(p), p) for p in tables)
    entry = state.entries.get("rows") or {}
    known = sorted({Path(n).parent.name for n in entry.get("outputs", {})})
    if known and state.fresh("rows", digest, [f for r in known
                                              for f in report_files(layout, r)]):
        return known
    ids: set[str] = set()
    for name, path in zip(TABLES, tables, strict=True):
        df = pd.read_csv(path, dtype=str, keep_default_na=False)
        ids.update(df["report_id"])
        for rid, rows in df.groupby("report_id", sort=True):
            out = _root(layout) / str(rid) / f"{name}.csv"
            text = rows.to_csv(index=False, lineterminator="\n")
            if not out.is_file() or out.read_text(encoding="utf-8") != text:
                atomic_write(out, text)
    done = sorted(ids)
    for rid in done:  # a report with no rows in a table still gets the header
        for name, out in zip(TABLES, report_files(layout, rid), strict=True):
            if not out.is_file():
                header = pd.read_csv(layout.processed / f"{name}.csv", nrows=0)
                atomic_write(out, ",".join(header.columns) + "\n")
    for stale in sorted(_root(layout).glob("*/")) if _root(layout).is_dir() else []:
        if stale.name not in ids:
            for f in stale.glob("*"):
                f.unlink()
            stale.rmdir()
    state.record("rows", digest, [f for r in done for f in report_files(layout, r)])
    return done
