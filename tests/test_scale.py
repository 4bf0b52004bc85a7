"""Corpus scale (issue 17): the same tables from every engine, resuming, Parquet.

Runs over a subset of ``../shared/corpus-counties`` (every sixth file, with
``--keep-going``: some county texts do not extract yet) plus the catalogued reports, so
the whole module takes about a minute on 2 cores.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time

import pandas as pd
import pyarrow.dataset as ds
import pytest

from workreport.extract.batch import SHARDS, reports_in
from workreport.extract.catalog import load_catalog
from workreport.extract.run import extract_to
from workreport.glossary import PACKAGED
from workreport.schema import SCHEMA, TABLES, read_table

from .conftest import ROOT, SHARED

#: The catalogue reads Qingyuan 2020-2025 from the same folder: a file it holds is not
#: given a second time (it would be a second report with the same id).
CATALOGUED = {r.path for r in load_catalog(ROOT / "data" / "reports.yml")}
COUNTIES = [p for p in sorted((SHARED / "corpus-counties").glob("*.txt"))[::6]
            if p.resolve() not in CATALOGUED]
pytestmark = pytest.mark.skipif(not COUNTIES,
                                reason="../shared/corpus-counties is not beside the repo")


def batch_reports():
    catalog = load_catalog(ROOT / "data" / "reports.yml")
    found, unread = reports_in(COUNTIES, keep_going=True)
    assert unread == []
    return [*catalog, *found]


def outputs(out) -> dict[str, bytes]:
    files = [*(out / f"{t}.csv" for t in TABLES), out / "errors.csv", out / "datapackage.json",
             *sorted((out / "text").iterdir())]
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in files}


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """The subset extracted in this process, one report after another."""
    out = tmp_path_factory.mktemp("jobs1") / "out"
    batch = extract_to(batch_reports(), out, jobs=1, keep_going=True)
    assert len(batch.done) >= len(COUNTIES) // 2  # most county texts extract today
    return out, outputs(out)


def test_two_local_processes_give_identical_tables(reference, tmp_path):
    out = tmp_path / "out"
    batch = extract_to(batch_reports(), out, jobs=2, keep_going=True)
    assert batch.reused == 0
    assert outputs(out) == reference[1]


def test_a_dask_cluster_gives_identical_tables(reference, tmp_path):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  host="127.0.0.1", dashboard_address=None) as cluster:
        out = tmp_path / "out"
        batch = extract_to(batch_reports(), out, scheduler=cluster.scheduler_address,
                           keep_going=True)
    assert batch.reused == 0
    assert outputs(out) == reference[1]


def test_a_killed_run_leaves_no_table_and_resumes(reference, tmp_path):
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "workreport.cli", "extract", *map(str, COUNTIES),
           "--catalog", str(ROOT / "data" / "reports.yml"), "--out", str(out),
           "--glossary", str(PACKAGED),  # the packaged glossary, as the reference's
           "--keep-going", "--jobs", "2", "-q"]
    proc = subprocess.Popen(cmd, cwd=ROOT, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None and not any(
                p.is_dir() and not p.name.startswith(".")
                for p in (out / SHARDS).glob("*")):
            time.sleep(0.02)
        assert proc.poll() is None, "the run ended before it could be interrupted"
    finally:
        os.killpg(proc.pid, signal.SIGKILL)  # the CLI and its worker processes
        proc.wait()
    finished = [p for p in (out / SHARDS).iterdir() if not p.name.startswith(".")]
    assert finished and all((p / "meta.json").is_file() for p in finished)
    assert not any((out / f"{t}.csv").exists() for t in TABLES)
    batch = extract_to(batch_reports(), out, jobs=1, keep_going=True)
    assert batch.reused >= len(finished)
    assert outputs(out) == reference[1]


def test_parquet_round_trip(reference, tmp_path):
    ref, _ = reference
    out = tmp_path / "out"
    out.mkdir()
    shutil.copytree(ref / SHARDS, out / SHARDS)  # shards serve either format
    batch = extract_to(batch_reports(), out, fmt="parquet", keep_going=True)
    assert batch.reused == len(batch.done)
    assert [p.name for p in out.glob("*.csv")] == ["errors.csv"]
    order = {rid: i for i, rid in enumerate(read_table(ref, "reports").report_id)}
    for name in TABLES:
        fields = SCHEMA[name][1]
        back = ds.dataset(out / name, partitioning="hive").to_table().to_pandas()
        back = back.sort_values("report_id", key=lambda s: s.map(order), kind="stable")
        back = back[[f[0] for f in fields]].reset_index(drop=True)
        for fname, ftype, *_ in fields:
            col = back[fname].astype({"string": "string", "integer": "Int64",
                                      "number": "Float64", "boolean": "boolean"}[ftype])
            back[fname] = col.replace("", pd.NA) if ftype == "string" else col
        pd.testing.assert_frame_equal(back, read_table(ref, name), check_dtype=True)
    levels = {p.name for p in (out / "indicators").iterdir()}
    assert {"level=district", "level=national"} <= levels


def test_duckdb_reads_the_parquet_tables(reference, tmp_path):
    """The README's query: every government's GDP growth target for one year."""
    duckdb = pytest.importorskip("duckdb")
    ref, _ = reference
    out = tmp_path / "out"
    out.mkdir()
    shutil.copytree(ref / SHARDS, out / SHARDS)
    extract_to(batch_reports(), out, fmt="parquet", keep_going=True)
    sql = f"""
        SELECT r.government, r.level, i.value, i.value_high, i.unit, i.qualifier
        FROM read_parquet('{out}/indicators/*/*/*.parquet', hive_partitioning = true) i
        JOIN read_parquet('{out}/reports/*/*/*.parquet', hive_partitioning = true) r
          USING (report_id)
        WHERE i.report_year = 2014 AND i.kind = 'target' AND i.measure = 'change'
          AND i.indicator LIKE '%生产总值%'
        ORDER BY r.government, i.start"""
    got = duckdb.sql(sql).df()
    ind, rep = read_table(ref, "indicators"), read_table(ref, "reports")
    want = ind.merge(rep, on="report_id")
    want = want[(want.report_year == 2014) & (want.kind == "target")
                & (want.measure == "change") & want.indicator.str.contains("生产总值")]
    want = want.sort_values(["government", "start"])
    assert len(got) >= 2
    assert list(got.government) == list(want.government)
    assert list(got.value) == list(want.value)
