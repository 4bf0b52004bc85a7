"""Every pair of a target with a result over the reports of ../shared, for reading a change
to pairing (session 67, tester).

Two pairings, one line each: ``vs_last_year`` (``targets.targets_vs_results``: a
report's target beside the result of the year it reviews, read by the targets chapter and
the landing page) and ``next_report`` (``extract.outcomes.pair_outcomes``: a target
beside the outcome the next report states). A line gives the pairing, the target's figure
id, both labels and both values; a target with no result is listed with empty result
columns. Written as TSV; with ``--against`` an earlier listing, the lines of targets whose
pair changed are printed, before (``-``) and after (``+``).

    .venv/bin/python bench/pairs.py /tmp/pairs_before.tsv
    (change the pairing)
    .venv/bin/python bench/pairs.py /tmp/pairs_after.tsv --against /tmp/pairs_before.tsv

Extraction of the ~120 texts takes a few minutes on one core.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from outcomes import readable

from workreport.extract.outcomes import pair_outcomes
from workreport.extract.tables import extract_reports
from workreport.literal import missing
from workreport.targets import targets_vs_results

COLUMNS = ["pairing", "target_id", "target", "target_value", "result_id", "result",
           "result_value"]


def _value(v, unit) -> str:
    return "" if missing(v) else f"{v:g}{'' if missing(unit) else unit}"


def pairs() -> list[dict[str, str]]:
    """The lines of both pairings, in report order."""
    reports, _ = readable()
    tables, _ = extract_reports(reports)
    ind = tables["indicators"]
    label = dict(zip(ind["figure_id"], ind["indicator"], strict=True))
    out = []
    for rid in sorted(ind["report_id"].unique()):
        for r in targets_vs_results(ind, rid).to_dict("records"):
            out.append({"pairing": "vs_last_year", "target_id": r["figure_id"],
                        "target": r["indicator"], "target_value": _value(r["target"], r["unit"]),
                        "result_id": r["result_id"], "result": r["result_indicator"],
                        "result_value": _value(r["result"], r["result_unit"])})
    for r in pair_outcomes(tables).to_dict("records"):
        oid = "" if missing(r["outcome_figure_id"]) else r["outcome_figure_id"]
        out.append({"pairing": "next_report", "target_id": r["target_figure_id"],
                    "target": label.get(r["target_figure_id"], ""),
                    "target_value": _value(r["target_value"], r["target_unit"]),
                    "result_id": oid, "result": label.get(oid, ""),
                    "result_value": _value(r["outcome_value"], r["outcome_unit"])})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path, help="the TSV to write")
    ap.add_argument("--against", type=Path, help="an earlier listing to compare with")
    args = ap.parse_args()
    rows = pairs()
    with args.out.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, COLUMNS, delimiter="\t", lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    paired = [r for r in rows if r["result_id"]]
    print(f"{len(rows)} targets, {len(paired)} paired "
          f"({sum(r['target'] != r['result'] for r in paired)} with labels that differ)")
    if args.against:
        with args.against.open(encoding="utf-8") as f:
            before = {(r["pairing"], r["target_id"]): r
                      for r in csv.DictReader(f, delimiter="\t")}
        now = {(r["pairing"], r["target_id"]): r for r in rows}
        changed = [k for k in sorted(before.keys() | now.keys())
                   if (before.get(k) or {}).get("result_id") != (now.get(k) or {}).get("result_id")]
        for k in changed:
            for sign, r in (("-", before.get(k)), ("+", now.get(k))):
                if r:
                    print(sign, "\t".join(r[c] for c in COLUMNS))
        print(f"{len(changed)} targets paired otherwise")


if __name__ == "__main__":
    main()
