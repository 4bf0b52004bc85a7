"""Each report's rows of every table, as files: what a notebook's cache key covers and
what the book offers for download beside each chapter.

``split`` writes ``.workreport/rows/<report_id>/<table>.csv`` (the header and that
report's rows, cells as text, unchanged) for every report in the tables, and for the
tables built across reports (``schema.DERIVED``) too, a row landing with each report its
owner columns name (``schema.owners``). A notebook's inputs are the files of its own
report and of the reports it reads (``plan.Chapter``), so adding a report re-runs only its
own notebooks and those that read it, not every notebook of the book (issue 15). A file
is rewritten only when its bytes change.

An ``outcomes.csv`` pair belongs to the report that set the target alone (the report of
its ``target_figure_id``), not to the report stating the result: every chapter that shows
a pair shows it among the targets of the report that set them (the targets chapter of
year N, the context chapter's national targets, the chapter across years of the
government, which reads all its reports), and no chapter of the report of year N+1
shows the pairs its results close. Filed with both, a pair that changed re-ran the
targets chapter of year N+1 for nothing. A change of the result still reaches the
chapters showing the pair: the pair's row, in the file of year N, changes with it.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from workreport.atomic import atomic_write
from workreport.paths import Layout
from workreport.runner.cache import Hasher, State

__all__ = ["report_files", "split", "split_reports", "split_tables"]


def split_tables() -> tuple[str, ...]:
    """Every table ``split`` writes per report: ``schema.TABLES``, then
    ``schema.DERIVED`` (imported here: the no-op build check never loads pandas)."""
    from workreport.schema import DERIVED, TABLES

    return (*TABLES, *DERIVED)


def _root(layout: Layout) -> Path:
    return layout.work / "rows"


def split_reports(layout: Layout) -> list[str]:
    """The report ids whose rows a ``split`` left on disk (its folders), sorted; read
    without pandas, for a build that only renders."""
    root = _root(layout)
    return sorted(d.name for d in root.iterdir() if d.is_dir()) if root.is_dir() else []


def report_files(layout: Layout, report_id: str, tables: Sequence[str] | None = None
                 ) -> tuple[Path, ...]:
    """The files holding one report's rows, one per table of ``tables`` (default:
    ``schema.TABLES``, the tables of one extraction; ``split_tables`` adds the derived
    ones)."""
    if not tables:
        from workreport.schema import TABLES  # imports pandas: only when asked for

        tables = TABLES
    return tuple(_root(layout) / report_id / f"{t}.csv" for t in tables)


def _owners(name: str, df) -> list[tuple[str, object]]:
    """(report id, its rows) for every report that has rows in table ``name``: a table of
    one extraction by ``report_id``; a derived one by its owner columns
    (``schema.owners``), a row landing with each report they name."""
    from workreport.schema import DERIVED, owners

    if name not in DERIVED:
        return [(str(rid), rows) for rid, rows in df.groupby("report_id", sort=True)]
    ids = owners(name, df)
    found = sorted(set(ids.to_numpy().ravel()) - {""})
    return [(rid, df[(ids == rid).any(axis=1)]) for rid in found]


def split(layout: Layout) -> list[str]:
    """Write each report's rows of every table (unless the tables are what the last
    split read and its files are what it wrote); returns the report ids, sorted. A
    derived table that is absent (``outcomes.csv``: nothing to pair) gives every report
    its header only.

    Raises MissingInput (``schema.read_table``'s message) when a table of
    ``schema.TABLES`` is absent.
    """
    import pandas as pd

    from workreport.errors import MissingInput
    from workreport.schema import DERIVED, TABLES

    every = split_tables()
    tables = [layout.processed / f"{t}.csv" for t in every]
    for path in tables[:len(TABLES)]:
        if not path.is_file():
            raise MissingInput("no such table; run `workreport extract` first", path)
    hasher = Hasher()
    state = State(layout.work / "rows.json", layout.root, hasher)
    digest = hasher.digest((layout.rel(p), p) for p in tables)
    entry = state.entries.get("rows") or {}
    known = sorted({Path(n).parent.name for n in entry.get("outputs", {})})
    if known and state.fresh("rows", digest, [f for r in known
                                              for f in report_files(layout, r, every)]):
        return known
    ids: set[str] = set()
    headers: dict[str, str] = {}
    written: set[Path] = set()
    for name, path in zip(every, tables, strict=True):
        if not path.is_file():  # a derived table with nothing in it
            headers[name] = ",".join(f[0] for f in DERIVED[name][1]) + "\n"
            continue
        df = pd.read_csv(path, dtype=str, keep_default_na=False)
        headers[name] = ",".join(df.columns) + "\n"
        if name in TABLES:
            ids.update(df["report_id"])
        for rid, rows in _owners(name, df):
            if rid not in ids:  # a derived row naming no report of the tables
                continue
            out = _root(layout) / rid / f"{name}.csv"
            text = rows.to_csv(index=False, lineterminator="\n")
            if not out.is_file() or out.read_text(encoding="utf-8") != text:
                atomic_write(out, text)
            written.add(out)
    done = sorted(ids)
    for rid in done:  # a report with no rows in a table still gets the header
        for name, out in zip(every, report_files(layout, rid, every), strict=True):
            if out not in written and (not out.is_file()
                                       or out.read_text(encoding="utf-8") != headers[name]):
                atomic_write(out, headers[name])
    for stale in sorted(_root(layout).glob("*/")) if _root(layout).is_dir() else []:
        if stale.name not in ids:
            for f in stale.glob("*"):
                f.unlink()
            stale.rmdir()
    state.record("rows", digest, [f for r in done for f in report_files(layout, r, every)])
    return done
