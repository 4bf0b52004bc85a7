"""How the cost grows with the number of reports: extraction plus the overview notebook.

For 1, 10 and all 37 reports (Yuzhong and ../shared/corpus), in a fresh temporary
directory each time: extract the tables, then run the overview notebook for every
report on warm kernels (``runner.execute``). Prints wall time and the peak memory of
the whole process tree (this process and its kernels, sampled every 0.1 s), the cost
per report, and whether it grows faster than linearly. Aim: all 37 in under 3 minutes
on 2 cores, peak memory under 2 GB.

    .venv/bin/python bench/scaling.py [--sizes 1 10 37] [--workers 2]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from sampler import ProcessTree

from workreport.extract.catalog import report_for_file
from workreport.extract.run import extract_to
from workreport.runner import Job, execute

ROOT = Path(__file__).resolve().parents[1]


def reports() -> list[Path]:
    corpus = sorted((ROOT.parent / "shared" / "corpus").glob("*.txt"))
    return [ROOT / "data" / "raw" / "yuzhong-2014.txt", *corpus]


def run(n: int, workers: int) -> tuple[float, float, float, int]:
    """(extraction s, notebooks s, peak GB, figures) for the first ``n`` reports."""
    paths = reports()[:n]
    with tempfile.TemporaryDirectory(prefix="wr-scale-") as tmp, ProcessTree() as mem:
        out = Path(tmp) / "processed"
        t0 = time.perf_counter()
        done = extract_to([report_for_file(p) for p in paths], out)
        t1 = time.perf_counter()
        jobs = [Job(ROOT / "notebooks" / "overview.ipynb", Path(tmp) / "nb" / f"{p.stem}.ipynb",
                    {"report_id": p.stem, "data_dir": str(out)}, title=p.stem)
                for p in paths]
        execute(jobs, workers=workers, state=Path(tmp) / "state.json", cwd=ROOT,
                progress=False, force=True)
        t2 = time.perf_counter()
    return t1 - t0, t2 - t1, mem.total / 1e9, sum(o.counts["figures"] for o in done.done)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1, 10, 37])
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    sizes = [min(n, len(reports())) for n in args.sizes]
    print(f"{'reports':>7} {'figures':>7} {'extract s':>9} {'notebooks s':>11} "
          f"{'total s':>8} {'s/report':>8} {'peak GB':>7}")
    first = None
    for n in sizes:
        ext, nbs, peak, figs = run(n, args.workers)
        total = ext + nbs
        per = total / n
        print(f"{n:>7} {figs:>7} {ext:>9.2f} {nbs:>11.2f} {total:>8.2f} {per:>8.2f} "
              f"{peak:>7.2f}")
        if first is None:
            first = (n, per)
        elif per > 1.5 * first[1]:
            print(f"        cost per report grew {per / first[1]:.1f}x from {first[0]} to {n} "
                  "reports: faster than linear")
    print("aim: all reports in < 180 s on 2 cores, peak < 2 GB")


if __name__ == "__main__":
    main()
