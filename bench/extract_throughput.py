"""Extraction throughput over the whole corpus (Yuzhong + ../shared/corpus).

Prints MB of text per second on one core for each stage and in total. The aim is at
least 1 MB/s. A benchmark prints figures; it is not a timed test.

    .venv/bin/python bench/extract_throughput.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from workreport.extract.catalog import report_for_file
from workreport.extract.figures import extract
from workreport.extract.ingest import load
from workreport.extract.numbers import classify
from workreport.extract.structure import parse
from workreport.extract.tables import extract_report

ROOT = Path(__file__).resolve().parents[1]


def files() -> list[Path]:
    corpus = sorted((ROOT.parent / "shared" / "corpus").glob("*.txt"))
    return [ROOT / "data" / "raw" / "yuzhong-2014.txt", *corpus]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    paths = files()
    size = sum(p.stat().st_size for p in paths)
    # Warm caches (vocabulary files, compiled patterns) once, as a long run would.
    extract_report(report_for_file(paths[0]))
    stages = {"ingest": 0.0, "structure": 0.0, "numbers": 0.0, "figures": 0.0, "tables": 0.0}
    best_total = float("inf")
    for _ in range(args.repeat):
        t_run = time.perf_counter()
        for p in paths:
            t0 = time.perf_counter()
            doc = load(p)
            t1 = time.perf_counter()
            st = parse(doc)
            t2 = time.perf_counter()
            toks = classify(st)
            t3 = time.perf_counter()
            extract(st, toks, (None, None))
            t4 = time.perf_counter()
            stages["ingest"] += t1 - t0
            stages["structure"] += t2 - t1
            stages["numbers"] += t3 - t2
            stages["figures"] += t4 - t3
        t5 = time.perf_counter()
        for p in paths:
            extract_report(report_for_file(p))
        stages["tables"] += time.perf_counter() - t5
        best_total = min(best_total, time.perf_counter() - t5)
        del t_run
    mb = size / 1e6
    print(f"corpus: {len(paths)} reports, {mb:.2f} MB of UTF-8 text")
    for name, secs in stages.items():
        secs /= args.repeat
        label = "all stages + tables" if name == "tables" else name
        print(f"  {label:<22} {secs:7.3f} s  {mb / secs:7.2f} MB/s")
    rate = mb / best_total
    print(f"extraction (best of {args.repeat}): {best_total:.3f} s, {rate:.2f} MB/s "
          f"= {rate / 1.0:.2f}x the 1 MB/s aim")


if __name__ == "__main__":
    main()
