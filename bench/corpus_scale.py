"""Corpus scale (issue 17): throughput, speed-up and memory of the extraction engines.

The real reports beside the repository (../shared/corpus, corpus-extra and
corpus-counties; about 120) are replicated to ``--reports`` (default 2,000) under new ids
and extracted with ``--jobs 1``, ``--jobs 2`` and on a Dask cluster of two worker
processes (a ``LocalCluster`` on 127.0.0.1, or ``--scheduler ADDRESS`` for a real one),
each into a fresh directory with ``--keep-going`` (texts that do not extract yet count
as failures, not as lost runs). Prints, per engine: wall time, reports/s, MB/s of input,
the speed-up over ``--jobs 1``, the peak resident memory of the largest worker process
and of the driver (at a quarter of the run and at its end: flat memory means equal), the
shard bytes per report, the load average of the machine, and what a 60,000-report run
would take from the measured per-worker throughput. Aim: ≥1.8x on 2 cores.

    .venv/bin/python bench/corpus_scale.py [--reports 2000] [--engines jobs1 jobs2 dask]
                                           [--scheduler tcp://host:8786]
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from pathlib import Path

import psutil
from sampler import ProcessTree

from workreport.extract.batch import SHARDS
from workreport.extract.catalog import Report, report_for_file
from workreport.extract.run import extract_to

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FULL_RUN = 60_000


def corpus(n: int) -> list[Report]:
    """``n`` reports: the real texts in turn, each copy under its own id."""
    files = sorted(p for d in ("corpus", "corpus-extra", "corpus-counties")
                   for p in (SHARED / d).glob("*.txt"))
    if not files:
        raise SystemExit(f"no reports in {SHARED}; the benchmark needs ../shared")
    return [report_for_file(files[i % len(files)], f"{files[i % len(files)].stem}-r{i:05d}")
            for i in range(n)]


def run(reports: list[Report], engine: str, scheduler: str | None) -> dict:
    """Extract ``reports`` with one engine into a fresh directory; return the figures."""
    quarter: dict[str, int] = {}
    with tempfile.TemporaryDirectory(prefix="wr-corpus-scale-") as tmp, ProcessTree() as peaks:
        out = Path(tmp) / "out"
        kwargs: dict = {"jobs": 2 if engine == "jobs2" else 1}
        cluster = None
        started = time.perf_counter()
        if engine == "dask" and not scheduler:
            from distributed import LocalCluster

            cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                   host="127.0.0.1", dashboard_address=None)
        if engine == "dask":
            kwargs["scheduler"] = scheduler or cluster.scheduler_address
        setup = time.perf_counter() - started
        done = [0]

        def progress(_outcome: object) -> None:
            done[0] += 1
            if done[0] == len(reports) // 4:
                quarter.update(driver=peaks.driver, worker=peaks.worker)

        load = os.getloadavg()[0]
        t0 = time.perf_counter()
        try:
            batch = extract_to(reports, out, jobs=kwargs["jobs"],
                               scheduler=kwargs.get("scheduler"), keep_going=True,
                               progress=progress)
        finally:
            if cluster is not None:
                cluster.close()
        wall = time.perf_counter() - t0
        shard_bytes = sum(p.stat().st_size for p in (out / SHARDS).rglob("*") if p.is_file())
    size = sum({r.path: r.path.stat().st_size for r in reports}[r.path] for r in reports)
    return {"engine": engine, "wall": wall, "setup": setup, "ok": len(batch.done),
            "failed": len(batch.failed), "mb": size / 1e6, "load": load,
            "load_after": os.getloadavg()[0], "driver": peaks.driver,
            "worker": peaks.worker, "quarter": quarter, "cpu": peaks.cpu,
            "shard_kb": shard_bytes / max(len(batch.done), 1) / 1e3}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reports", type=int, default=2000)
    ap.add_argument("--engines", nargs="+", default=["jobs1", "jobs2", "dask"],
                    choices=["jobs1", "jobs2", "dask"])
    ap.add_argument("--scheduler", default=None,
                    help="a running Dask scheduler for the dask engine (default: a "
                         "LocalCluster of two worker processes)")
    args = ap.parse_args()
    reports = corpus(args.reports)
    print(f"{len(reports)} reports from {len({r.path for r in reports})} texts; "
          f"{psutil.cpu_count()} CPUs; load average {os.getloadavg()[0]:.1f} before")
    print(f"{'engine':<6} {'ok':>5} {'failed':>6} {'wall s':>7} {'rep/s':>6} {'MB/s':>5} "
          f"{'speed-up':>8} {'worker MB (1/4, end)':>20} {'driver MB (1/4, end)':>20} "
          f"{'CPU s/rep':>9} {'load':>9}")
    base = None
    results = []
    for engine in args.engines:
        r = run(reports, engine, args.scheduler)
        results.append(r)
        rate = len(reports) / r["wall"]
        base = base or (rate if engine == "jobs1" else None)
        speed = f"{rate / base:.2f}x" if base else "-"
        q = r["quarter"]
        mem = (f"{q.get('worker', 0) / 1e6:>8.0f} {r['worker'] / 1e6:>8.0f}",
               f"{q.get('driver', 0) / 1e6:>8.0f} {r['driver'] / 1e6:>8.0f}")
        print(f"{engine:<6} {r['ok']:>5} {r['failed']:>6} {r['wall']:>7.1f} {rate:>6.2f} "
              f"{r['mb'] / r['wall']:>5.2f} {speed:>8} {mem[0]:>20} {mem[1]:>20} "
              f"{r['cpu'] / len(reports):>9.3f} {r['load']:>4.1f}→{r['load_after']:<4.1f}")
        if engine == "dask":
            print(f"       (cluster start {r['setup']:.1f} s, not counted)")
    one = next((r for r in results if r["engine"] == "jobs1"), results[0])
    per_worker = len(reports) / one["wall"] / (2 if one["engine"] != "jobs1" else 1)
    cpu = min(r["cpu"] for r in results) / len(reports)
    kb = one["shard_kb"]
    print(f"\nper worker: {per_worker:.2f} reports/s of wall time here; "
          f"{cpu:.3f} CPU s per report (least of the engines); shards {kb:.0f} kB per report")
    for label, seconds in (("wall time measured here", 1 / per_worker),
                           ("CPU time (an idle core)", cpu)):
        hours = FULL_RUN * seconds / 3600
        print(f"a {FULL_RUN:,}-report run from the {label}: {hours:.1f} core-hours, so "
              f"{hours / 2:.1f} h on 2 cores, {hours / 32 * 60:.0f} min on 32, "
              f"{hours / 128 * 60:.0f} min on 128")
    print(f"and {FULL_RUN * kb / 1e6:.1f} GB of shards in --out")
    print("aim: speed-up >= 1.8x on 2 idle cores; worker memory equal at 1/4 and at the end")
    shutil.rmtree(Path(tempfile.gettempdir()) / "dask-scratch-space", ignore_errors=True)


if __name__ == "__main__":
    main()
