"""Which parts of each report's plan get a chapter, over the reports of ../shared and the
shipped catalogue, for reading a change to ``book.plan`` (session 69, tester).

One line per report: its id, year, each plan part (number, characters, numbered
sections, ``*`` when it is a task part), the plan chapters (section ids) and the share
of the plan's characters that the chapters cover. Written as TSV; with ``--against`` an
earlier listing, the reports whose chapters changed are printed, before (``-``) and after
(``+``). The extracted tables are kept in ``--tables`` (read from there when present), so
a second run only plans.

    .venv/bin/python bench/plan_parts.py /tmp/plan_before.tsv --tables /tmp/plan_tables
    (change the plan)
    .venv/bin/python bench/plan_parts.py /tmp/plan_after.tsv --tables /tmp/plan_tables \
        --against /tmp/plan_before.tsv

Extraction of the ~150 texts takes a few minutes on one core.
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

import pandas as pd

from workreport.book.plan import CHAPTERS, ReportPlan, task_parts
from workreport.errors import InputError
from workreport.extract.catalog import load_catalog, report_for_file
from workreport.extract.tables import extract_report

ROOT = Path(__file__).resolve().parents[1]
COLUMNS = ["report_id", "year", "plan_parts", "chapters", "plan_chars", "covered"]
_TABLES = {"sections": ["report_id", "part", "part_title", "role", "section", "number",
                        "style", "chars"],
           "indicators": ["report_id", "section"], "reports": ["report_id", "report_year"]}


def _reports() -> list:
    """The shipped catalogue's reports that are there, then every other text of ../shared."""
    shipped = [r for r in load_catalog(ROOT / "data" / "reports.yml") if r.path.is_file()]
    seen = {r.path.resolve() for r in shipped}
    others = [report_for_file(p) for p in sorted((ROOT.parent / "shared").glob("corpus*/*.txt"))
              if p.resolve() not in seen]
    return [*shipped, *others]


def _tables(reports: list, folder: Path | None) -> dict[str, pd.DataFrame]:
    if folder and (folder / "sections.csv").is_file():
        return {n: pd.read_csv(folder / f"{n}.csv") for n in _TABLES}
    parts: dict[str, list[pd.DataFrame]] = {n: [] for n in _TABLES}
    for r in reports:  # a text that does not extract is left out
        try:
            tables = extract_report(r).tables
        except InputError:
            continue
        for n, cols in _TABLES.items():
            parts[n].append(tables[n][cols])
    out = {n: pd.concat(ts, ignore_index=True) for n, ts in parts.items()}
    if folder:
        folder.mkdir(parents=True, exist_ok=True)
        for n, t in out.items():
            t.to_csv(folder / f"{n}.csv", index=False)
    return out


def listing(folder: Path | None) -> list[dict[str, str]]:
    """One line per report: its plan parts, plan chapters and the share they cover."""
    reports = _reports()
    t = _tables(reports, folder)
    secs, ind, rows = t["sections"], t["indicators"], t["reports"]
    chapter = next(c for c in CHAPTERS if c.template == "plan_section")
    out = []
    for report in reports:
        mine = secs[secs["report_id"] == report.id]
        if mine.empty:
            continue
        stated = frozenset(ind.loc[ind["report_id"] == report.id, "section"])
        rp = ReportPlan(report, mine, stated, rows)
        plan = mine[mine["role"] == "plan"]
        tasks = set(task_parts(mine, report, rp.year)) if len(plan) else set()
        chosen = chapter.sections(rp)
        parts = []
        for p, g in plan.groupby("part"):
            parts.append(f"{p}{'*' if p in tasks else ''}:{g['chars'].sum()}c/"
                         f"{int((g['number'] > 0).sum())}s")
        total = int(plan["chars"].sum())
        covered = int(chosen["chars"].sum())
        out.append({"report_id": report.id, "year": str(rp.year or ""),
                    "plan_parts": " ".join(parts),
                    "chapters": " ".join(chosen["section"]), "plan_chars": str(total),
                    "covered": f"{covered / total:.0%}" if total else ""})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path, help="the TSV to write")
    ap.add_argument("--tables", type=Path, help="a folder keeping the extracted tables")
    ap.add_argument("--against", type=Path, help="an earlier listing to compare with")
    args = ap.parse_args()
    rows = listing(args.tables)
    with args.out.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, COLUMNS, delimiter="\t", lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    low = [r for r in rows if r["covered"] and int(r["covered"][:-1]) < 50]
    print(f"{len(rows)} reports, {len(low)} with under half of the plan in chapters")
    if args.against:
        with args.against.open(encoding="utf-8") as f:
            before = {r["report_id"]: r for r in csv.DictReader(f, delimiter="\t")}
        changed = [r for r in rows if (before.get(r["report_id"]) or {}).get("chapters")
                   != r["chapters"]]
        for r in changed:
            b = before.get(r["report_id"])
            if b:
                print("-", "\t".join(b[c] for c in COLUMNS))
            print("+", "\t".join(r[c] for c in COLUMNS))
        print(f"{len(changed)} reports planned otherwise")


if __name__ == "__main__":
    main()
