"""A random sample of extracted figure rows for a hand audit, and its scores (issue 13 §3).

The aim of issue 13 is stated on reports the rules were never tuned on: the share of
labels a reader accepts as they stand, and kind, value and unit right, judged by a person
row by row. This script makes that audit reproducible: ``draw`` extracts the given reports,
draws ``--rows`` rows at random with ``--seed`` (numpy's default generator over the rows of
all reports pooled in the order of their resolved paths, so longer reports weigh more, as a
reader's sample would), and writes a
CSV with the row, its sentence and five empty judgement columns (``label_ok``, ``kind_ok``,
``value_ok``, ``unit_ok``, ``measure_ok``: ``1`` or ``0``) plus ``better_label`` and ``note``.
``score`` reads one or more filled-in files (pooled) and prints each column's share of ``1``
with the number judged, overall and per report, the rejected labels by ``note`` when notes name
a kind, and, for the label, a 95% interval that resamples whole reports (``report_interval``).
Files drawn before ``measure_ok`` existed (round 20) still score: their lines say "measure
not judged"; a file with the column must have it judged on every row whose label is judged
(``score`` names the rows left empty).

    .venv/bin/python bench/label_sample.py draw --seed 21 --rows 100 --out sample.csv FILE...
    .venv/bin/python bench/label_sample.py score sample.csv [more.csv ...]

Why resample reports: rows of one report share its drafter's phrasing, so a report's labels
succeed or fail together. The binomial interval of many pooled draws (±0.5 points on 16,000
judged rows) measures only which rows were drawn; the aim is stated for *unseen reports*, and
with twelve reserved reports whose label rates run from 82% to 96% (session 64), the interval
over reports is about ±2.7 points. A percentile bootstrap (Efron & Tibshirani, *An
Introduction to the Bootstrap*, 1993, ch. 13) over the reports, each resampled with its judged
rows, gives it without assuming a model of the differences between reports.

The judges' written conventions are ``bench/label_judging.md``. Judged files are not
committed when they quote the shared reports at length; their scores go into the README's
data section with the seed and the list of reports.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
import pandas as pd

from workreport.extract.catalog import report_for_file
from workreport.extract.tables import extract_report

SHOWN = ("report_id", "year_reviewed", "section", "role", "kind", "indicator", "measure", "value",
         "value_high", "unit", "qualifier", "quote", "sentence")
JUDGED = ("label_ok", "kind_ok", "value_ok", "unit_ok", "measure_ok")
# Judged since round 20; a file drawn before it has no such column and scores without it.
OPTIONAL = ("measure_ok",)


def draw(files: list[Path], seed: int, rows: int) -> pd.DataFrame:
    """``rows`` figure rows drawn without replacement from the pooled indicator tables of
    ``files`` (fewer when the pool is smaller), in the order drawn, with ``SHOWN`` columns
    and empty ``JUDGED`` columns, ``better_label`` and ``note``. ``year_reviewed`` is the
    year the report's review covers, read from its text (the reports table), so that a judge
    need not take it from a file name that names another year (county-yixian-2024 holds Miyi
    county's report of 2022; session 45). The files are read in the order of their resolved
    paths, so that a seed names one draw whatever order the files are given in (session 46: a seed
    re-drawn from the files in another order gave other rows; the order of sessions 45's
    audits, sorted paths, is kept)."""
    tables = [extract_report(report_for_file(f)).tables
              for f in sorted(files, key=lambda f: str(f.resolve()))]
    pooled = pd.concat([t["indicators"].assign(
        year_reviewed=t["reports"]["year_reviewed"].iloc[0]) for t in tables],
        ignore_index=True)
    picks = np.random.default_rng(seed).choice(len(pooled), size=min(rows, len(pooled)),
                                               replace=False)
    sample = pooled.iloc[picks][list(SHOWN)].reset_index(drop=True)
    for column in (*JUDGED, "better_label", "note"):
        sample[column] = ""
    return sample


def report_interval(rows: list[dict[str, str]], column: str = "label_ok",
                    draws: int = 10_000, seed: int = 0) -> tuple[float, float] | None:
    """The 95% percentile-bootstrap interval of the share of ``1`` in ``column``, resampling
    whole reports (``report_id``) with replacement, each with all its judged rows, ``draws``
    times with numpy's default generator seeded ``seed`` (so the interval is reproducible).
    Returns (low, high) as fractions, or None with fewer than two reports judged."""
    ok: dict[str, int] = Counter()
    n: dict[str, int] = Counter()
    for row in rows:
        if row.get(column) in ("0", "1"):
            n[row["report_id"]] += 1
            ok[row["report_id"]] += row[column] == "1"
    if len(n) < 2:
        return None
    ids = sorted(n)
    oks = np.array([ok[i] for i in ids], dtype=float)
    ns = np.array([n[i] for i in ids], dtype=float)
    picks = np.random.default_rng(seed).integers(0, len(ids), size=(draws, len(ids)))
    shares = oks[picks].sum(axis=1) / ns[picks].sum(axis=1)
    low, high = np.quantile(shares, [0.025, 0.975])
    return float(low), float(high)


def score(paths: Path | list[Path]) -> str:
    """The judged shares of ``paths`` (one file, or several pooled): one line overall, one per
    report, the notes of rejected labels counted by their text before the first colon, and the
    label's interval over reports (``report_interval``) when two or more reports were judged.
    Raises ValueError naming a file that lacks a judged column (``measure_ok`` may be absent
    from every file: files drawn before round 20)."""
    rows: list[dict[str, str]] = []
    headers = []
    for path in [paths] if isinstance(paths, Path) else paths:
        with path.open(encoding="utf-8") as f:
            reader = csv.DictReader(f)
            headers.append(set(reader.fieldnames or ()))
            rows += list(reader)
        missing = [c for c in JUDGED if c not in headers[-1] and c not in OPTIONAL]
        if missing:
            raise ValueError(f"{path}: no column {', '.join(missing)}")
    header = set.intersection(*headers)
    required = [c for c in OPTIONAL if c in header]  # present, so judged on every row
    lines = []

    def shares(group: list[dict[str, str]]) -> str:
        parts = []
        for column in JUDGED:
            if column not in header:
                parts.append(f"{column.removesuffix('_ok')} not judged")
                continue
            judged = [r[column] for r in group if r[column] in ("0", "1")]
            ok = judged.count("1")
            parts.append(f"{column} {ok}/{len(judged)}"
                         + (f" ({ok / len(judged):.1%})" if judged else ""))
        return ", ".join(parts)

    lines.append(f"all ({len(rows)} rows): {shares(rows)}")
    by_report: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        by_report[row["report_id"]].append(row)
    lines += [f"  {rid}: {shares(group)}" for rid, group in sorted(by_report.items())]
    for column in required:
        empty = [str(i + 1) for i, r in enumerate(rows)
                 if r["label_ok"] in ("0", "1") and r[column] not in ("0", "1")]
        if empty:
            lines.append(f"{column} not filled in on {len(empty)} judged rows "
                         f"(rows {', '.join(empty[:10])}{' …' if len(empty) > 10 else ''})")
    notes = Counter(r["note"].split(":")[0].strip() for r in rows
                    if r["label_ok"] == "0" and r["note"].strip())
    if notes:
        lines.append("rejected labels by note:")
        lines += [f"  {n:3d} {kind}" for kind, n in notes.most_common()]
    interval = report_interval(rows)
    if interval:
        lines.append(f"label_ok, 95% interval resampling the {len(by_report)} reports "
                     f"(10,000 bootstrap draws, seed 0): {interval[0]:.1%} to {interval[1]:.1%}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("draw", help="draw a sample to judge")
    d.add_argument("--seed", type=int, required=True)
    d.add_argument("--rows", type=int, default=100)
    d.add_argument("--out", type=Path, required=True)
    d.add_argument("files", type=Path, nargs="+")
    s = sub.add_parser("score", help="score a judged sample")
    s.add_argument("judged", type=Path, nargs="+", help="judged files, pooled")
    args = parser.parse_args(argv)
    if args.command == "draw":
        draw(args.files, args.seed, args.rows).to_csv(args.out, index=False,
                                                      lineterminator="\n")
        print(f"wrote {args.out}")
    else:
        print(score(args.judged))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
