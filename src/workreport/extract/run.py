"""The one way an extraction runs: reports in, validated tables written to a directory.

``workreport extract`` (the CLI), ``workreport build`` (the book's first step), the
benchmarks and the tests all call ``extract_to``; nothing else strings the stages
together. Each report becomes a shard (``batch.py``) on the chosen engine — this
process, local worker processes or a Dask cluster — and the tables are assembled from
the shards at the end, one report at a time, in the order the reports were given: the
same bytes whatever the engine, and memory that does not grow with the corpus.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from workreport.atomic import TMP_SUFFIX, atomic_stream, atomic_write
from workreport.errors import UnsafeId, WorkreportError
from workreport.extract.batch import (
    SHARDS,
    Outcome,
    _named,
    check_id,
    read_meta,
    read_shard,
    run_engine,
    shard_keys,
)
from workreport.extract.catalog import Report
from workreport.extract.metadata import government_key
from workreport.extract.outcomes import COLUMNS as PAIRING_COLUMNS
from workreport.extract.outcomes import outcome_rows, outcomes_frame
from workreport.extract.outdir import held
from workreport.extract.readers import ReportWarning
from workreport.extract.sourcecols import SourceColumn, cells, csv_cells, source_columns
from workreport.extract.sourcecols import fields as source_fields
from workreport.glossary import Glossary
from workreport.schema import SCHEMA, arrow_schema, datapackage, validate

__all__ = ["ERRORS", "FORMATS", "Batch", "extract_to"]

FORMATS = ("csv", "parquet")
ERRORS = "errors.csv"
PARTITIONS = ("level", "report_year")  # the Parquet tables' directories, hive style
_ROW_GROUP = 100_000  # rows buffered per Parquet row group: bounds memory, not the corpus


@dataclass
class Batch:
    """What an extraction did: one outcome per report, in the order given.

    ``outcomes[i].counts`` holds sections/figures/numbers for a report written, and
    ``error`` the one-line reason for one that failed (only with ``keep_going``);
    ``reused`` counts the reports whose shard an earlier run had already written.
    """

    outcomes: list[Outcome]
    reused: int = 0
    written: list[Path] = field(default_factory=list)

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.error]

    @property
    def done(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.error]


def extract_to(reports: Sequence[Report], out: str | Path, glossary: Glossary | None = None,
               *, jobs: int = 1, scheduler: str | None = None, fmt: str = "csv",
               keep_going: bool = False, unread: Sequence[Outcome] = (),
               progress: Callable[[Outcome], None] | None = None) -> Batch:
    """Extract ``reports`` into one set of tables in ``out``.

    Writes ``reports``, ``sections``, ``indicators``, ``numbers``, ``sentences`` — CSV
    with ``datapackage.json``, or with ``fmt="parquet"`` one directory per table
    partitioned ``level=…/report_year=…/part-0.parquet`` — and ``text/<report_id>.txt``
    (the normalised text every offset points into), each atomically, rows in the order of
    ``reports``; and ``outcomes`` (``outcomes.csv`` or ``outcomes.parquet``) when the
    reports hold consecutive years of one government (``extract.outcomes``), removed
    when nothing is left to pair. Runs on ``jobs`` local processes, or on the Dask
    scheduler at address ``scheduler``; shards in ``out/.shards`` let a re-run skip
    unchanged reports.

    Raises ``UnsafeId`` for an id that is not a safe file name and ``WorkreportError``
    for two reports sharing an id, before anything is written (with ``keep_going``
    those reports fail, each with its reason, and the others are extracted); and
    ``WorkreportError`` naming ``out`` when it cannot be a directory to write in, or
    when another extraction into it is running (``outdir.LOCK``: one run per ``out`` at a time,
    refused at once as a second ``build`` is). A report that fails
    raises its ``WorkreportError`` (one line, naming the file) and leaves ``out`` as it
    was (so does an unexpected exception, which propagates; an interruption keeps the
    finished shards for the re-run); with ``keep_going`` the others are written,
    failures go to ``errors.csv`` (file, report_id, error) and the returned ``Batch``
    lists them, after ``unread`` (files that could not even be listed, from
    ``batch.reports_in``).
    """
    if fmt not in FORMATS:
        raise WorkreportError(f"unknown format {fmt!r} (formats: {', '.join(FORMATS)})")
    refused = _refused(reports, keep_going)
    out = Path(out)
    with held(out):
        return _extract(reports, refused, out, glossary, jobs=jobs, scheduler=scheduler,
                        fmt=fmt, keep_going=keep_going, unread=unread, progress=progress)


def _refused(reports: Sequence[Report], keep_going: bool) -> dict[int, str]:
    """The reports that cannot be extracted as given, by index, with the one-line reason:
    an unsafe id (``check_id``), or an id that another report of the batch has. Without
    ``keep_going`` the first raises instead."""
    refused: dict[int, str] = {}
    by_id: dict[str, list[int]] = {}
    for i, r in enumerate(reports):
        try:
            check_id(r.id, r.path)
        except UnsafeId as err:
            if not keep_going:
                raise
            refused[i] = str(err)
            continue
        if r.id in by_id and not keep_going:
            raise WorkreportError(f"two reports share the id {r.id} "
                                  f"({reports[by_id[r.id][0]].path} and {r.path})")
        by_id.setdefault(r.id, []).append(i)
    for rid, same in by_id.items():
        if len(same) > 1:  # none of them is kept: which one was meant is not known
            for i in same:
                others = ", ".join(_named(reports[j]) for j in same if j != i)
                refused[i] = f"{_named(reports[i])}: two reports share the id {rid} " \
                             f"(this and {others})"
    return refused


def said_again(meta: dict, source: str) -> tuple[str, ...]:
    """The reading warnings a shard reused from an earlier run gave when it was made
    (``meta.json`` ``warnings``, stored without the file's path), each naming ``source``,
    the file as this run reads it (a shard is found by its text, wherever the file lies):
    a rerun repeats what the first run said ("the text holds its report twice …"; session
    70, tester: the rerun was silent). A shard made before session 70 has none stored."""
    return tuple(f"{source}: {m}" for m in meta.get("warnings") or ())


def _extract(reports: Sequence[Report], refused: dict[int, str], out: Path,
             glossary: Glossary | None, *, jobs: int, scheduler: str | None, fmt: str,
             keep_going: bool, unread: Sequence[Outcome],
             progress: Callable[[Outcome], None] | None) -> Batch:
    """``extract_to`` once ``out`` is a directory and this run holds its lock."""
    shards = out / SHARDS
    created = [shards] if not shards.exists() else []
    keys = shard_keys(reports, glossary)
    outcomes: list[Outcome | None] = [None] * len(reports)
    tasks = []
    for i, (r, k) in enumerate(zip(reports, keys, strict=True)):
        if i in refused:
            outcomes[i] = Outcome(i, r.id, str(r.path), "", error=refused[i])
        elif (shards / k / "meta.json").is_file():
            meta = read_meta(shards / k)
            outcomes[i] = Outcome(i, r.id, str(r.path), k, meta,
                                  warnings=said_again(meta, str(r.path)))
            for message in outcomes[i].warnings:  # as run_engine says a new shard's
                warnings.warn(message, ReportWarning, stacklevel=2)
        else:
            tasks.append((i, r, k))
    reused = len(reports) - len(tasks) - len(refused)
    shards.mkdir(parents=True, exist_ok=True)
    # An interruption propagates from here: the finished shards stay for the re-run. An
    # engine that fails (a scheduler out of reach …) or an unexpected error (a bug) leaves
    # ``out`` as it was, as a failed report does.
    try:
        for o in run_engine(tasks, shards, glossary, jobs=jobs, scheduler=scheduler,
                            keep_going=keep_going):
            outcomes[o.index] = o
            if progress:
                progress(o)
    except Exception:
        _undo(out, shards, {k for _, _, k in tasks}, created)
        raise
    failed = [*unread, *(o for o in outcomes if o is not None and o.error)]
    if failed and not keep_going:
        _undo(out, shards, {k for _, _, k in tasks}, created)
        raise WorkreportError(failed[0].error)
    batch = Batch([*unread, *(o for o in outcomes if o is not None)], reused)
    good = [shards / o.key for o in batch.done]
    rows = [read_meta(s).get("source") or [] for s in good]  # a spreadsheet row's columns
    sources = source_columns(rows, (f[0] for f in SCHEMA["reports"][1]))
    batch.written = (_write_csv_tables(out, good, rows, sources) if fmt == "csv"
                     else _write_parquet_tables(out, good, rows, sources))
    _drop_other_format(out, fmt)
    batch.written += _write_outcomes(out, good, fmt, sources)
    batch.written += _write_texts(out, batch.done, shards)
    if keep_going:
        rows = pd.DataFrame([(o.source, o.report_id, o.error) for o in failed],
                            columns=["file", "report_id", "error"])
        atomic_write(out / ERRORS, rows.to_csv(index=False, lineterminator="\n"))
        batch.written.append(out / ERRORS)
    else:
        (out / ERRORS).unlink(missing_ok=True)
    keep = {o.key for o in batch.done}
    for old in shards.iterdir():  # shards of reports no longer extracted, killed temps
        if old.name not in keep:
            shutil.rmtree(old, ignore_errors=True)
    return batch


def _undo(out: Path, shards: Path, new: set[str], created: list[Path]) -> None:
    """Leave ``out`` as it was before a failed run: its new shards and directories go."""
    for key in new:
        shutil.rmtree(shards / key, ignore_errors=True)
    for p in reversed(created):
        with contextlib.suppress(OSError):
            p.rmdir()  # only if empty: something else may have appeared meanwhile


def _write_csv_tables(out: Path, shards: list[Path], rows: list[list],
                      sources: list[SourceColumn]) -> list[Path]:
    """Each table as one CSV: the header, then every shard's rows, copied in order; the
    one line of each report in ``reports`` ends with its spreadsheet row's cells
    (``rows``) under ``sources`` (``extract.sourcecols``)."""
    written = []
    for name in SCHEMA:
        path = out / f"{name}.csv"
        extra = sources if name == "reports" else []
        with atomic_stream(path) as fh:
            fh.write(",".join([*(f[0] for f in SCHEMA[name][1]),
                               *(c.name for c in extra)]).encode() + b"\n")
            for shard, row in zip(shards, rows, strict=True):
                if extra:  # one line, ending in "\n"
                    line = (shard / f"{name}.csv").read_bytes()
                    fh.write(line[:-1] + csv_cells(row, extra) + b"\n")
                    continue
                with (shard / f"{name}.csv").open("rb") as part:
                    shutil.copyfileobj(part, fh)
        written.append(path)
    _write_datapackage(out, list(SCHEMA), sources)
    return [*written, out / "datapackage.json"]


def _write_datapackage(out: Path, names: list[str], sources: list[SourceColumn]) -> None:
    pkg = datapackage(names, {"reports": source_fields(sources)})
    atomic_write(out / "datapackage.json", json.dumps(pkg, ensure_ascii=False, indent=2) + "\n")


def _columns(shards: list[Path], name: str) -> pa.Table:
    """The columns pairing reads (``outcomes.COLUMNS``) of one table of ``shards``, as
    one Arrow table: the texts of sections are never read, and sentences' only for the
    paragraph framing a figure's year (``outcomes.paragraph_leads``)."""
    cols = list(PAIRING_COLUMNS[name])
    return pa.concat_tables([read_shard(s, name, cols) for s in shards])


def _write_outcomes(out: Path, shards: list[Path], fmt: str,
                    sources: list[SourceColumn]) -> list[Path]:
    """``outcomes`` (``extract.outcomes.pair_outcomes``, government by government) when
    the reports hold consecutive years of one government; removed otherwise, so no
    verdict outlives its reports.

    Governments are paired one at a time, from their own shards only, so memory stays
    bounded by the largest government's reports, not the corpus.
    """
    groups: dict[str, list[tuple[int, Path]]] = {}
    for shard in shards:
        meta = read_meta(shard)
        key = government_key(meta.get("government") or "")
        if key and meta.get("report_year") is not None:
            groups.setdefault(key, []).append((meta["report_year"], shard))
    rows: list[dict] = []
    for _key, members in sorted(groups.items()):
        years = {y for y, _ in members}
        # Only reports with a neighbouring year can be paired; order is kept, so the
        # first report of a year stays the one paired.
        paired = [s for y, s in members if y + 1 in years or y - 1 in years]
        if not paired:
            continue
        rows += outcome_rows({n: _columns(paired, n) for n in PAIRING_COLUMNS})
    csv_path, pq_path = out / "outcomes.csv", out / "outcomes.parquet"
    if not rows:
        csv_path.unlink(missing_ok=True)
        pq_path.unlink(missing_ok=True)
        return []
    rows = outcomes_frame(rows)
    validate("outcomes", rows)
    if fmt == "csv":
        pq_path.unlink(missing_ok=True)
        atomic_write(csv_path, rows.to_csv(index=False, lineterminator="\n"))
        _write_datapackage(out, [*SCHEMA, "outcomes"], sources)
        return [csv_path]
    csv_path.unlink(missing_ok=True)
    tmp = out / f".outcomes.parquet{TMP_SUFFIX}"
    rows.to_parquet(tmp, index=False)
    os.replace(tmp, pq_path)
    return [pq_path]


def _partition(meta: dict) -> str:
    """``level=…/report_year=…``; a missing or empty value is hive's default partition
    (pyarrow and DuckDB read it back as null)."""
    def value(v: object) -> str:
        return "__HIVE_DEFAULT_PARTITION__" if v in (None, "") else quote(str(v), safe="")
    return "/".join(f"{k}={value(meta.get(k))}" for k in PARTITIONS)


def _write_parquet_tables(out: Path, shards: list[Path], rows: list[list],
                          sources: list[SourceColumn]) -> list[Path]:
    """Each table as a directory of Parquet files, one per level and report year, rows in
    the order given; built beside the old one and swapped in when complete. The
    ``reports`` table keeps its level and report year in the directory names only, and
    ends with its spreadsheet rows' cells (``rows``) under ``sources``, as text."""
    parts: dict[str, list[Path]] = {}
    row_of = dict(zip(shards, rows, strict=True))
    for shard in shards:
        parts.setdefault(_partition(read_meta(shard)), []).append(shard)
    written = []
    for name in SCHEMA:
        schema = arrow_schema(name)
        keep = [c for c in schema.names if name != "reports" or c not in PARTITIONS]
        extra = sources if name == "reports" else []
        schema = pa.schema([*(schema.field(c) for c in keep),
                            *(pa.field(c.name, pa.string()) for c in extra)])
        tmp = out / f".{name}{TMP_SUFFIX}"
        shutil.rmtree(tmp, ignore_errors=True)
        for part, members in sorted(parts.items()):
            (tmp / part).mkdir(parents=True)
            with pq.ParquetWriter(tmp / part / "part-0.parquet", schema) as writer:
                buffer: list[pa.Table] = []
                for shard in members:
                    table = read_shard(shard, name).select(keep)
                    for c, cell in zip(extra, cells(row_of[shard], extra), strict=True):
                        table = table.append_column(c.name, pa.array([cell], pa.string()))
                    buffer.append(table)
                    if sum(t.num_rows for t in buffer) >= _ROW_GROUP:
                        writer.write_table(pa.concat_tables(buffer))
                        buffer = []
                writer.write_table(pa.concat_tables(buffer) if buffer
                                   else schema.empty_table())
        tmp.mkdir(exist_ok=True)  # no report extracted: an empty table
        final, old = out / name, out / f".{name}.old{TMP_SUFFIX}"
        shutil.rmtree(old, ignore_errors=True)
        if final.exists():
            final.rename(old)
        tmp.rename(final)
        shutil.rmtree(old, ignore_errors=True)
        written.append(final)
    return written


def _drop_other_format(out: Path, fmt: str) -> None:
    """Tables of the other format would be stale: remove them."""
    for name in SCHEMA:
        if fmt == "csv":
            if (out / name).is_dir():
                shutil.rmtree(out / name)
        else:
            (out / f"{name}.csv").unlink(missing_ok=True)
    if fmt == "parquet":
        (out / "datapackage.json").unlink(missing_ok=True)


def _write_texts(out: Path, done: list[Outcome], shards: Path) -> list[Path]:
    """``text/<id>.txt`` for each report (a hard link to its shard's text where the file
    system allows); texts of reports no longer extracted are removed."""
    text = out / "text"
    text.mkdir(exist_ok=True)
    written = []
    for o in done:
        dest, src = text / f"{o.report_id}.txt", shards / o.key / "text.txt"
        tmp = text / f".{dest.name}{TMP_SUFFIX}"
        tmp.unlink(missing_ok=True)
        try:
            os.link(src, tmp)
        except OSError:
            shutil.copyfile(src, tmp)
        os.replace(tmp, dest)
        # POSIX: a rename onto a link to the same file (a reused shard's text) does
        # nothing, leaving the temporary link behind.
        tmp.unlink(missing_ok=True)
        written.append(dest)
    keep = {p.name for p in written}
    for stale in sorted(text.glob("*.txt")):
        if stale.name not in keep:
            stale.unlink()
    return written
