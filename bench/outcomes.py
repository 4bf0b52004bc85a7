"""Extraction plus outcomes over every report in ../shared (~120 texts), on one core.

Prints the seconds taken to extract every report that reads (``extract_reports``), to
pair targets with outcomes (``pair_outcomes``), and to write the tables; the aim is
≤10 s in all on one core. Texts that do not extract are counted and named, not timed.
A benchmark prints figures; it is not a timed test.

    .venv/bin/python bench/outcomes.py [--repeat 2]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from workreport.errors import InputError
from workreport.extract.catalog import report_for_file
from workreport.extract.metadata import government_key
from workreport.extract.outcomes import pair_outcomes
from workreport.extract.tables import extract_report, extract_reports, write_tables

ROOT = Path(__file__).resolve().parents[1]


def readable() -> tuple[list, list[str]]:
    """The reports of ../shared that extract, and the names of those that do not."""
    ok, failed = [], []
    for p in sorted((ROOT.parent / "shared").glob("corpus*/*.txt")):
        report = report_for_file(p)
        try:
            extract_report(report)
        except InputError:
            failed.append(p.stem)
            continue
        ok.append(report)
    return ok, failed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args()
    reports, failed = readable()  # also warms the vocabulary caches
    best = {"extract": float("inf"), "outcomes": float("inf"), "write": float("inf")}
    for _ in range(args.repeat):
        t0 = time.process_time()
        tables, _ = extract_reports(reports)
        t1 = time.process_time()
        outcomes = pair_outcomes(tables)
        t2 = time.process_time()
        if not outcomes.empty:
            tables["outcomes"] = outcomes
        with tempfile.TemporaryDirectory() as tmp:
            write_tables(tables, tmp)
        t3 = time.process_time()
        for k, v in zip(best, (t1 - t0, t2 - t1, t3 - t2), strict=True):
            best[k] = min(best[k], v)
    govs = {government_key(g) for g in tables["reports"].government.fillna("")} - {""}
    total = sum(best.values())
    print(f"reports extracted: {len(reports)}; not extracted: {len(failed)}"
          f"{' (' + ', '.join(failed) + ')' if failed else ''}")
    print(f"governments read from the text: {len(govs)}; outcome rows: {len(outcomes)} "
          f"({', '.join(f'{k} {v}' for k, v in outcomes.met.value_counts().items())})")
    print(f"CPU seconds (best of {args.repeat}): extract {best['extract']:.2f}, "
          f"outcomes {best['outcomes']:.2f}, write {best['write']:.2f}, total {total:.2f} "
          f"(aim ≤ 10 s)")


if __name__ == "__main__":
    main()
