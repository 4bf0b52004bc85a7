"""Running many reports: safe ids, content keys, per-report shards and the engines.

One function, ``extract_shard``, turns one report into one *shard*: a directory
``<out>/.shards/<key>/`` holding the report's five tables as Arrow IPC files and as CSV rows
(no header), its normalised text and a ``meta.json`` of counts. It runs unchanged in
this process (``jobs=1``), in local worker processes
(``concurrent.futures.ProcessPoolExecutor``) or on a Dask ``distributed`` cluster, so
every engine writes the same shards and ``run.py`` assembles
the same tables from them.

The key of a shard hashes the report's bytes, its catalogue entry, the glossary and the
extractor's own code and vocabulary (``fingerprint``): a re-run finds the shards of
unchanged reports already in ``--out`` and extracts only the rest, so an interrupted run
resumes where it stopped. Each shard appears by one ``os.rename`` of a finished temporary
directory: a killed worker leaves at most a ``.tmp-*`` directory, never half a shard.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import dataclasses
import hashlib
import json
import multiprocessing
import os
import pickle
import shutil
import uuid
import warnings
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa

from workreport.errors import WorkreportError
from workreport.extract.catalog import Report
from workreport.extract.ids import check_id, safe_id
from workreport.extract.rowpick import RowPick
from workreport.glossary import Glossary
from workreport.schema import arrow_schema, validate

__all__ = ["SHARDS", "Outcome", "check_id", "extract_shard", "files_in",
           "fingerprint", "read_meta", "read_shard", "report_suffixes", "reports_in",
           "run_engine", "safe_id", "shard_keys"]

SHARDS = ".shards"  # hidden, so the book's input hashing and `ls` ignore it
_PACKAGE = Path(__file__).resolve().parents[1]
# What the extractor is made of: a change to any of these changes every key.
_CODE = ("extract", "vocab", "errors.py", "atomic.py", "glossary.py", "schema.py")


# ----------------------------------------------------------------------------- keys


def fingerprint() -> str:
    """sha256 over the extractor's code and vocabulary files (path and bytes, sorted)."""
    h = hashlib.sha256(b"workreport-extractor-1\0")
    for part in _CODE:
        root = _PACKAGE / part
        files = [root] if root.is_file() else sorted(
            p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
        for p in files:
            h.update(p.relative_to(_PACKAGE).as_posix().encode() + b"\0")
            h.update(hashlib.sha256(p.read_bytes()).digest())
    return h.hexdigest()


def _entry(report: Report) -> bytes:
    """The catalogue entry as stable bytes (the path by name: rows carry only the name)."""
    fields = {f.name: getattr(report, f.name) for f in dataclasses.fields(report)}
    fields["path"] = Path(report.path).name
    del fields["row"]  # where the report is shown, not what it is: the keys stay
    return json.dumps(fields, sort_keys=True, default=repr, ensure_ascii=False).encode()


def shard_keys(reports: Sequence[Report], glossary: Glossary | None) -> list[str]:
    """One key per report (32 hex digits): its file's bytes, its entry, the glossary and
    ``fingerprint()``. A file shared by many reports (a spreadsheet) is hashed once."""
    from workreport.glossary import default_glossary

    base = hashlib.sha256(fingerprint().encode())
    # No glossary given means the packaged one (``extract_report``), so hash that.
    used = glossary if glossary is not None else default_glossary()
    base.update(json.dumps(used, sort_keys=True, ensure_ascii=False).encode())
    files: dict[Path, bytes] = {}
    keys = []
    for r in reports:
        path = Path(r.path)
        if path not in files:
            try:
                files[path] = hashlib.sha256(path.read_bytes()).digest()
            except OSError:
                files[path] = b"unreadable"  # the extraction reports why, in one line
        h = base.copy()
        h.update(files[path] + _entry(r))
        keys.append(h.hexdigest()[:32])
    return keys


# ----------------------------------------------------------------------------- shards


@dataclass(frozen=True)
class Outcome:
    """What one report came to: its counts, or the one-line reason it failed."""

    index: int
    report_id: str
    source: str
    key: str
    counts: dict | None = None
    error: str | None = None
    #: The report's ``ReportWarning`` messages, raised again where the outcome arrives:
    #: a worker process would print them as bare Python warnings, two lines each.
    warnings: tuple[str, ...] = ()


def _named(report: Report) -> str:
    """The file, and for a row of a file of many reports the row as the spreadsheet
    shows it and the row's id: "rows.csv, row 3 [rows-2]" (the file alone would not say
    which of its reports failed)."""
    if report.text is None:
        return str(report.path)
    row = f", row {report.row}" if report.row else ""
    return f"{report.path}{row} [{report.id}]"


def _where(err: WorkreportError, report: Report) -> str:
    """The error's one line, naming the row when the report is one row of a file."""
    if report.text is None or err.path != str(report.path):
        return str(err)
    return f"{_named(report)}: {err.message}"


@contextlib.contextmanager
def _report_warnings() -> Iterator[list[str]]:
    """Collect the ``ReportWarning`` messages raised inside; let any other warning through
    as it came."""
    from workreport.extract.readers import ReportWarning

    said: list[str] = []
    with warnings.catch_warnings(record=True) as caught:
        try:
            yield said
        finally:
            said.extend(str(w.message) for w in caught if issubclass(w.category, ReportWarning))
    for w in caught:
        if not issubclass(w.category, ReportWarning):
            warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)


def _sendable(err: Exception, report: Report) -> Exception:
    """``err`` without the exceptions it was raised from, or when it cannot be pickled
    (lxml's errors hold their error log) a ``RuntimeError`` naming the report and the error:
    a worker process sends its exception back pickled, and an unpicklable one arrived as
    "TypeError: cannot pickle …". The chain goes because ``distributed`` installs tblib's
    pickling, which pickles ``__cause__`` and ``__context__`` too (an lxml error there)."""
    err.__cause__ = err.__context__ = None
    try:
        pickle.loads(pickle.dumps(err))
    except Exception:
        return RuntimeError(f"{_named(report)}: {type(err).__name__}: {err}")
    return err


def extract_shard(index: int, report: Report, key: str, shards: str,
                  glossary: Glossary | None, keep_going: bool) -> Outcome:
    """Extract one report into the shard ``<shards>/<key>`` (the per-report function of
    every engine). A ``WorkreportError`` — and with ``keep_going`` any exception — becomes
    the outcome's ``error``; otherwise an unexpected exception propagates, as a
    ``RuntimeError`` naming the report if it could not be pickled (``_sendable``)."""
    from workreport.extract.tables import csv_rows, extract_report  # the worker's heavy import

    source = str(report.path)
    final = Path(shards) / key
    if final.is_dir():  # written meanwhile, by an earlier run or a duplicate task
        return Outcome(index, report.id, source, key, read_meta(final))
    try:
        with _report_warnings() as said:
            e = extract_report(report, glossary)
        for name, table in e.arrow.items():
            validate(name, table)
    except WorkreportError as err:
        return Outcome(index, report.id, source, key, error=_where(err, report),
                       warnings=tuple(said))
    except Exception as err:
        if keep_going:
            return Outcome(index, report.id, source, key, warnings=tuple(said),
                           error=f"{_named(report)}: internal error ({type(err).__name__}: {err})")
        failure = _sendable(err, report)
    else:
        failure = None
    if failure is not None:
        raise failure  # outside the handler: no context of its own to pickle (``_sendable``)
    rep = e.arrow["reports"].to_pylist()[0]
    meta = {"report_id": report.id, "sections": e.arrow["sections"].num_rows,
            "figures": e.arrow["indicators"].num_rows, "numbers": e.arrow["numbers"].num_rows,
            "level": rep["level"], "report_year": rep["report_year"],
            "government": rep["government"],  # the warnings, said again by run.said_again
            "warnings": [m.removeprefix(f"{source}: ") for m in said],
            # A spreadsheet row's own columns, in its order, for reports.csv (``sourcecols``)
            "source": [[str(k), str(v)] for k, v in report.fields.items()]}
    tmp = Path(shards) / f".tmp-{key}-{uuid.uuid4().hex[:12]}"  # unique across machines
    tmp.mkdir(parents=True)
    try:
        for name, table in e.arrow.items():
            # Arrow IPC, not Parquet: a shard is read back whole by this library only,
            # and an IPC file costs a tenth of a Parquet file's CPU to write (610 of them
            # over the corpus).
            with pa.OSFile(str(tmp / f"{name}.arrow"), "wb") as sink, \
                    pa.ipc.new_file(sink, table.schema) as writer:
                writer.write_table(table)
            # The CSV rows too, rendered here in parallel: assembling a CSV table is then
            # a serial copy of bytes, not a conversion (Amdahl: the driver is the limit).
            (tmp / f"{name}.csv").write_text(csv_rows(name, table), encoding="utf-8",
                                             newline="\n")
        (tmp / "text.txt").write_text(e.structure.text, encoding="utf-8", newline="\n")
        (tmp / "meta.json").write_text(json.dumps(meta, sort_keys=True), encoding="utf-8")
        try:
            os.rename(tmp, final)
        except OSError:  # the same shard finished first elsewhere: keep that one
            if not final.is_dir():
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return Outcome(index, report.id, source, key, meta, warnings=tuple(said))


def read_meta(shard: Path) -> dict:
    """The counts, level, report year and government stored with a shard."""
    return json.loads((shard / "meta.json").read_text(encoding="utf-8"))


def read_shard(shard: Path, name: str, columns: Sequence[str] | None = None) -> pa.Table:
    """One table of a shard, with its ``arrow_schema`` (only ``columns``, if given)."""
    with pa.OSFile(str(shard / f"{name}.arrow")) as source:  # read whole: no mmap outlives it
        table = pa.ipc.open_file(source).read_all()
    if table.schema != (schema := arrow_schema(name)):
        table = table.cast(schema)
    return table.select(list(columns)) if columns is not None else table


# ----------------------------------------------------------------------------- engines


def _pool(jobs: int) -> cf.ProcessPoolExecutor:
    # forkserver, not fork: the parent may hold threads (a Dask client, a memory sampler)
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["workreport.extract.tables"])
    return cf.ProcessPoolExecutor(max_workers=jobs, mp_context=ctx)


@contextlib.contextmanager
def _engine(jobs: int, scheduler: str | None
            ) -> Iterator[tuple[Callable, Callable, Callable, int]]:
    """(share, submit, wait, slots) for the chosen engine: ``share(x)`` sends an argument
    of every task once (Dask) or returns it; ``wait(futures)`` returns (done, pending);
    ``slots`` is how many tasks run at once (processes or Dask threads)."""
    if scheduler:
        try:
            from distributed import Client
            from distributed import wait as dwait
        except ImportError:
            raise WorkreportError("--scheduler needs the `distributed` package "
                                  "(pip install 'workreport[dask]')") from None
        try:
            client = Client(scheduler, timeout="20s")
        except OSError as err:
            raise WorkreportError(f"cannot reach the Dask scheduler ({err})",
                                  scheduler) from None
        try:
            # in a list: scattering a dict (a Glossary) would scatter its values one by one
            yield ((lambda x: x if x is None else client.scatter([x], broadcast=True)[0]),
                   (lambda fn, *a: client.submit(fn, *a, pure=False)),
                   (lambda fs: dwait(fs, return_when="FIRST_COMPLETED")),
                   max(sum(client.nthreads().values()), 1))
        finally:
            client.close()
    else:
        with _pool(jobs) as pool:
            try:
                yield ((lambda x: x), pool.submit,
                       (lambda fs: cf.wait(fs, return_when=cf.FIRST_COMPLETED)), jobs)
            except BaseException:
                pool.shutdown(wait=True, cancel_futures=True)
                raise


def run_engine(tasks: Sequence[tuple[int, Report, str]], shards: Path,
               glossary: Glossary | None, *, jobs: int = 1, scheduler: str | None = None,
               keep_going: bool = False) -> Iterator[Outcome]:
    """Run ``extract_shard`` for each (index, report, key), yielding outcomes as they end.

    One job (or one task) without a scheduler runs in this process; otherwise at most
    4 tasks per process (or per Dask worker thread) are in flight, so memory does not
    grow with the number of reports. Without ``keep_going`` the first failure stops the
    submitting; the tasks in flight finish before this returns.
    """
    for outcome in _run(tasks, shards, glossary, jobs, scheduler, keep_going):
        from workreport.extract.readers import ReportWarning

        for message in outcome.warnings:  # here, where the CLI prints them on one line
            warnings.warn(message, ReportWarning, stacklevel=2)
        yield outcome


def _run(tasks: Sequence[tuple[int, Report, str]], shards: Path, glossary: Glossary | None,
         jobs: int, scheduler: str | None, keep_going: bool) -> Iterator[Outcome]:
    """``run_engine``'s outcomes, from the engine chosen."""
    args = (str(shards), glossary, keep_going)
    jobs = min(jobs, len(tasks))  # no process to start for one report
    if not tasks or (jobs <= 1 and not scheduler):
        for i, r, k in tasks:
            yield extract_shard(i, r, k, *args)
        return
    with _engine(jobs, scheduler) as (share, submit, wait, slots):
        window = 4 * slots
        args = (str(shards), share(glossary), keep_going)
        queue = iter(tasks)
        running: set = set()
        stop = False
        while True:
            while not stop and len(running) < window:
                task = next(queue, None)
                if task is None:
                    break
                running.add(submit(extract_shard, *task, *args))
            if not running:
                return
            done, running = wait(running)
            running = set(running)
            for fut in done:
                outcome = fut.result()
                stop = stop or (outcome.error is not None and not keep_going)
                yield outcome


# ----------------------------------------------------------------------------- paths


def report_suffixes() -> tuple[str, ...]:
    """The file suffixes a directory is searched for (``catalog.REPORT_SUFFIXES``)."""
    from workreport.extract.catalog import REPORT_SUFFIXES

    return REPORT_SUFFIXES


def files_in(directory: Path) -> list[Path]:
    """Every report file under ``directory`` (recursively, sorted; hidden ones skipped),
    and every file of an old binary format no reader reads (``readers.UNREAD``: .doc,
    .xls …), so that it fails saying what to do instead of vanishing from the batch."""
    from workreport.extract.readers import UNREAD

    suffixes = (*report_suffixes(), *UNREAD)
    return sorted(p for p in directory.rglob("*")
                  if p.is_file() and p.suffix.lower() in suffixes
                  and not any(s.startswith(".") for s in p.relative_to(directory).parts))


def reports_in(paths: Sequence[str | Path], known: dict[Path, Report] | None = None, *,
               text_column: str | None = None, id_column: str | None = None,
               keep_going: bool = False, pick: RowPick | None = None
               ) -> tuple[list[Report], list[Outcome]]:
    """The reports in files and directories, and the files that could not be listed.

    A catalogued file (``known``, by resolved path) keeps its entry. Other files go
    through the readers' ``catalog.reports_for_path`` (one report per file, or per row of
    a spreadsheet, of the rows ``pick`` keeps) when it exists, else ``report_for_file``;
    an id made from a file name is made safe (``safe_id``), one from ``id_column`` is
    checked later. A file that cannot be listed raises, or with ``keep_going`` becomes a
    failed outcome.
    """
    from workreport.extract import catalog

    reader = catalog.reports_for_path
    known = known or {}
    reports: list[Report] = []
    failed: list[Outcome] = []
    for given in paths:
        given = Path(given)
        for f in files_in(given) if given.is_dir() else [given]:
            f = f.resolve()
            if f in known:
                reports.append(known[f])
                continue
            try:
                picked = {"pick": pick} if pick is not None else {}
                found = (reader(f, text_column=text_column, id_column=id_column, **picked)
                         if reader else [catalog.report_for_file(f)])
            except WorkreportError as err:
                if not keep_going:
                    raise
                failed.append(Outcome(-1, safe_id(f.stem), str(f), "", error=str(err)))
                continue
            if id_column is None:
                found = [dataclasses.replace(r, id=safe_id(r.id)) for r in found]
            reports.extend(found)
    return reports, failed
