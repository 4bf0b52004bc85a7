"""How many labels of new reports read in English, and a sample of automatic glosses to judge
(session 68; the counts are in ``bench/label_gloss.md`` and the README).

``coverage`` reads the indicators of tables extracted from the non-reserved reports
(``bench/label_diff.py corpus DIR`` makes the folder; ``workreport extract DIR --out TABLES``
the tables) and prints the share of rows whose label has English before (the glossary's
chain, ``indicator_en``) and after (``glossary.english_or_gloss``: the chain, else the
automatic gloss), and the time the first gloss took (CC-CEDICT and jieba loaded).
``draw`` writes ``--rows`` distinct glossed labels drawn with ``--seed`` (Python's
``random.Random``) to a working file outside the project, for a person to judge each one
"right idea", "misleading" or "unintelligible"; the labels quote the reports, so the file is
never committed.

    .venv/bin/python bench/label_gloss.py coverage /tmp/h5-tables
    .venv/bin/python bench/label_gloss.py draw /tmp/h5-tables --seed 68 --rows 100 --out /tmp/g.tsv
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import time
from pathlib import Path

from workreport.gloss import split_mark
from workreport.glossary import default_glossary, english_or_gloss


def _rows(tables: Path) -> list[dict[str, str]]:
    with (tables / "indicators.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def coverage(tables: Path) -> str:
    """"before N/M (x%), after N/M (y%), first gloss s" over the rows of ``tables``."""
    rows, g = _rows(tables), default_glossary()
    before = sum(1 for r in rows if r["indicator_en"])
    start = time.perf_counter()
    english_or_gloss("农村公路建设投资测试", g)
    first = time.perf_counter() - start
    after = sum(1 for r in rows if r["indicator_en"] or english_or_gloss(r["indicator"], g))
    n = len(rows)
    return (f"rows {n}; English before {before} ({before / n:.1%}), after {after} "
            f"({after / n:.1%}); first gloss (loads) {first:.2f} s")


def draw(tables: Path, seed: int, rows: int, out: Path) -> None:
    """Write ``rows`` distinct labels glossed automatically, drawn with ``seed``."""
    g = default_glossary()
    labels = sorted({r["indicator"] for r in _rows(tables) if not r["indicator_en"]})
    glossed = [(zh, split_mark(english_or_gloss(zh, g))[0]) for zh in labels]
    glossed = [(zh, en) for zh, en in glossed if en]
    picked = random.Random(seed).sample(glossed, min(rows, len(glossed)))
    with out.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t")
        w.writerow(["n", "label", "gloss", "judgement"])
        for k, (zh, en) in enumerate(picked, 1):
            w.writerow([k, zh, en, ""])
    print(f"{len(picked)} of {len(glossed)} glossed labels ({len(labels)} without English)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("coverage")
    c.add_argument("tables", type=Path)
    d = sub.add_parser("draw")
    d.add_argument("tables", type=Path)
    d.add_argument("--seed", type=int, default=68)
    d.add_argument("--rows", type=int, default=100)
    d.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    if args.cmd == "coverage":
        print(coverage(args.tables))
    else:
        draw(args.tables, args.seed, args.rows, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
