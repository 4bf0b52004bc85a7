"""Every label of the non-reserved reports, dumped and compared across two versions of the rules
(issue 13, the rule rounds' "each changed label read" step).

A rule round is read label by label: ``dump`` extracts every report of ``../shared`` outside
the audits' reserve (``bench/label_dev.RESERVED``; the seed report included) and writes one
tab-separated line per figure row (report, sentence hash, quote, place, indicator, kind,
measure, value, unit, qualifier, year, first year), in parallel over ``--jobs`` processes.
``diff`` compares two dumps made before and after a change and prints each row whose label,
kind, measure, value, unit, qualifier, year or first year moved, the rows gone and the rows
new, with the sentence when ``--sentences``
is given. A dump holds each row's sentence, so it is a working file outside the project
(``/tmp``), never committed.

    .venv/bin/python bench/label_diff.py dump before.tsv
    ... change the rules ...
    .venv/bin/python bench/label_diff.py dump after.tsv
    .venv/bin/python bench/label_diff.py diff before.tsv after.tsv [--sentences]

Counts go to the last line: labels changed, other columns changed, rows gone, rows new.

``corpus`` makes a folder of links to the same non-reserved texts, for the greps a rule writer runs
to count a construction's reach: the reserve is not in it, so no grep can show a reserved sentence
(session 54: four helpers each ran one grep of ``../shared`` without the reserve filter their brief
asked for). A dump or corpus finding no report (``../shared`` not beside the checkout, as in a git
worktree elsewhere) stops with an error instead of writing nothing.

    .venv/bin/python bench/label_diff.py corpus /tmp/dev-corpus
    grep -l '某个写法' /tmp/dev-corpus/*.txt
"""

from __future__ import annotations

import argparse
import csv
import sys
import warnings
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from label_dev import RESERVED, SHARED, _numbered  # one reserve, one numbering

FOLDERS = ("reports", "corpus", "corpus-extra", "corpus-counties")
KEY = ("report_id", "key", "quote", "nth")
COMPARED = ("indicator", "kind", "measure", "value", "unit", "qualifier", "year", "year_first")


def report_files() -> list[Path]:
    """The text of every non-reserved report of ``../shared``, in name order; SystemExit when
    there is none (``../shared`` missing: a worktree outside the project's folder)."""
    files = [p for folder in FOLDERS for p in sorted((SHARED / folder).glob("*.txt"))
             if p.stem not in RESERVED]
    if not files:
        raise SystemExit(f"label_diff: no report in {SHARED} (the shared folder must sit beside "
                         "the checkout)")
    return sorted(files, key=lambda p: p.stem)


def corpus(out: Path) -> int:
    """Fill the new folder ``out`` with links to every non-reserved report (``report_files``),
    named as in ``../shared``; return how many. SystemExit if ``out`` exists and is not empty."""
    if out.exists() and any(out.iterdir()):
        raise SystemExit(f"label_diff: {out} is not empty")
    out.mkdir(parents=True, exist_ok=True)
    files = report_files()
    for path in files:
        (out / path.name).symlink_to(path.resolve())
    return len(files)


def _cell(year: object) -> str:
    """A year column's cell: the year, or empty for a missing one (None, NaN)."""
    from workreport.literal import missing

    return "" if missing(year) else f"{int(year)}"  # type: ignore[call-overload]


def _rows(path: Path) -> list[dict[str, str]]:
    """The figure rows of the report at ``path``, numbered by ``label_dev._numbered``."""
    from workreport.extract.catalog import report_for_file
    from workreport.extract.tables import extract_report

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        report = report_for_file(path)
        table = extract_report(report).tables["indicators"]
    rows = [{"report_id": report.id, "sentence": r.sentence, "quote": r.quote,
             "indicator": r.indicator, "kind": r.kind, "measure": r.measure,
             "value": f"{r.value:g}", "unit": r.unit or "", "qualifier": r.qualifier or "",
             "year": _cell(r.year), "year_first": _cell(r.year_first)}
            for r in table.itertuples()]
    return _numbered(rows)


def dump(out: Path, jobs: int) -> int:
    """Write the rows of every non-reserved report to ``out``; return how many."""
    with ProcessPoolExecutor(jobs) as pool:
        rows = [r for part in pool.map(_rows, report_files()) for r in part]
    with out.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=(*KEY, *COMPARED, "sentence"), delimiter="\t",
                                lineterminator="\n", extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)


def _read(path: Path) -> dict[tuple[str, ...], dict[str, str]]:
    with path.open(encoding="utf-8") as f:
        return {tuple(r[k] for k in KEY): r
                for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_MINIMAL)}


def diff(before: Path, after: Path, sentences: bool = False) -> str:
    """The lines ``diff`` prints (see the module's docstring)."""
    old, new = _read(before), _read(after)
    lines: list[str] = []
    counts: Counter[str] = Counter()

    def shown(row: dict[str, str]) -> str:
        return f"\n      {row['sentence']}" if sentences else ""

    for key in sorted(old.keys() | new.keys()):
        a, b = old.get(key), new.get(key)
        if b is None:
            counts["gone"] += 1
            lines.append(f"GONE {key[0]} [{key[2]}] {a['indicator']}{shown(a)}")
        elif a is None:
            counts["new"] += 1
            lines.append(f"NEW  {key[0]} [{key[2]}] {b['indicator']} ({b['kind']}, "
                         f"{b['measure']}, {b['value']} {b['unit']}){shown(b)}")
        else:
            moved = [c for c in COMPARED if a[c] != b[c]]
            if not moved:
                continue
            counts["labels" if "indicator" in moved else "other"] += 1
            parts = [f"{c} {a[c]} -> {b[c]}" for c in moved]
            lines.append(f"     {key[0]} [{key[2]}] " + "; ".join(parts) + shown(b))
    lines.append(f"{counts['labels']} labels changed, {counts['other']} rows changed otherwise, "
                 f"{counts['gone']} rows gone, {counts['new']} rows new "
                 f"({len(old)} rows before, {len(new)} after)")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    dp = sub.add_parser("dump", help="every label of the non-reserved reports")
    dp.add_argument("out", type=Path)
    dp.add_argument("--jobs", type=int, default=2)
    df = sub.add_parser("diff", help="the rows that moved between two dumps")
    df.add_argument("before", type=Path)
    df.add_argument("after", type=Path)
    df.add_argument("--sentences", action="store_true", help="print each row's sentence")
    cp = sub.add_parser("corpus", help="links to the non-reserved reports, for greps")
    cp.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    if args.command == "dump":
        print(f"wrote {args.out}: {dump(args.out, args.jobs)} rows")
    elif args.command == "corpus":
        print(f"linked {corpus(args.out)} reports into {args.out}")
    else:
        print(diff(args.before, args.after, args.sentences))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
