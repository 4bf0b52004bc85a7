"""Extraction throughput over the whole corpus (Yuzhong + ../shared/corpus), and per format.

Prints MB of text per second on one core for each stage and in total (aim: at least
1 MB/s), then, for each format of ../shared/originals, the whole extraction of one file:
pages per second for a PDF (aim: at least 20), MB of report text per second for a web
page, a Word file and a spreadsheet. A benchmark prints figures; it is not a timed test.

    .venv/bin/python bench/extract_throughput.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import time
import warnings
from pathlib import Path

from workreport.extract.catalog import report_for_file, reports_for_path
from workreport.extract.figures import extract
from workreport.extract.ingest import load
from workreport.extract.numbers import classify
from workreport.extract.readers import ReportWarning
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
    formats(args.repeat)


def _best(run, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - t0)
    return best


def formats(repeat: int) -> None:
    """Whole extraction (read, repair, normalise, structure, figures, tables) per format."""
    originals = ROOT.parent / "shared" / "originals"
    if not originals.is_dir():
        print("formats: ../shared/originals is absent; skipped")
        return
    warnings.simplefilter("ignore", ReportWarning)
    print(f"per format (best of {repeat}, one core):")
    pdf = originals / "national-statecouncil-2015.pdf"
    if pdf.is_file():
        pages = len(load(pdf).pages)
        secs = _best(lambda: extract_report(report_for_file(pdf)), repeat)
        read_secs = _best(lambda: load(pdf), repeat)
        print(f"  pdf   {pdf.name}: {pages} pages, {secs:.3f} s = {pages / secs:.1f} pages/s "
              f"(reading alone {pages / read_secs:.1f} pages/s; aim 20)")
    for name in ("national-statecouncil-2015.html", "city-chengde-2024.docx",
                 "city-nanjing-2024.docx"):
        f = originals / name
        if f.is_file():
            mb = len(load(f).text.encode("utf-8")) / 1e6
            secs = _best(lambda f=f: extract_report(report_for_file(f)), repeat)
            print(f"  {f.suffix[1:]:<5} {name}: {mb:.3f} MB of text, {secs:.3f} s = "
                  f"{mb / secs:.2f} MB/s")
    sheet = originals / "baoding-counties-reports.xlsx"
    if sheet.is_file():
        t0 = time.perf_counter()
        reports = reports_for_path(sheet)
        read_secs = time.perf_counter() - t0
        mb = sum(len(r.text.encode("utf-8")) for r in reports) / 1e6
        t0 = time.perf_counter()
        for r in reports:
            extract_report(r)
        secs = time.perf_counter() - t0 + read_secs
        print(f"  xlsx  {sheet.name}: {len(reports)} rows, {mb:.2f} MB of text, {secs:.2f} s "
              f"= {mb / secs:.2f} MB/s (reading the workbook {read_secs:.2f} s)")


if __name__ == "__main__":
    main()
