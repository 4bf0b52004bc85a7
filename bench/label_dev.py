"""A judged development draw of the non-reserved reports, re-scored after every rule change
(issue 13 §3, round 24).

The random audits (``bench/label_sample.py``) measure the rules on 12 reports kept aside, so
their rejected rows are never shown to a rule writer. From round 24 the writers also get a
*development draw*: rows drawn the same way from the other reports of ``../shared`` (every
report outside the reserve, the seed report included) and judged by the same conventions
(``bench/label_judging.md``). Its rows are tuned on, so its score is no measure of the aim;
what it gives is a quick, automatic reading of a change: which accepted labels it moved and
which rejected labels it turned into the judge's.

``freeze`` turns a judged draw into a file that can be committed: the sentence becomes a
12-character hash (no report text beyond the number and the labels), the judgement columns
and the judge's label stay. ``score`` extracts the reports again and matches each row by
report, sentence hash, quote and its place among the sentence's rows with the same quote:

    .venv/bin/python bench/label_dev.py freeze judged.csv bench/data/label_dev_9001.csv
    .venv/bin/python bench/label_dev.py score bench/data/label_dev_9001.csv [--list]

It prints, of the accepted rows, how many keep their label, and of the rejected, how many now
give the judge's label (character for character), how many are unchanged and how many changed
otherwise (to be read); the estimate counts only the first two as right, so a changed row that
a reader would accept counts as wrong until judged. Rows whose number is no longer extracted
are counted apart (a row judged "not a figure" that is gone is right).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sys
import warnings
from collections import Counter
from pathlib import Path

FROZEN = ("report_id", "key", "quote", "nth", "indicator", "kind", "measure", "value", "unit",
          "label_ok", "kind_ok", "value_ok", "unit_ok", "measure_ok", "better_label", "note")
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
# The 12 reports kept aside for the random audits (README, "How accurate the labels are"): no
# row of theirs goes into a development draw, whose rejections are shown to rule writers.
RESERVED = frozenset({
    "province-guangdong-2025", "province-jilin-2025", "province-yunnan-2025",
    "province-zhejiang-2025", "city-baoding-2022", "county-gaoyang-2018", "county-anguo-2022",
    "county-lixian-2022", "county-boye-2024", "county-dingxing-2022", "county-xushui-2019",
    "county-quyang-2022"})


def sentence_key(sentence: str) -> str:
    """The first 12 hex digits of the sentence's SHA-1 (UTF-8): a row's place without its text."""
    return hashlib.sha1(sentence.encode("utf-8")).hexdigest()[:12]


def _numbered(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """``rows`` with ``key`` and ``nth`` (the row's place, from 1, among the rows of its report
    and sentence with the same quote, in table order)."""
    seen: Counter[tuple[str, str, str]] = Counter()
    for row in rows:
        row["key"] = sentence_key(row["sentence"])
        seen[(row["report_id"], row["key"], row["quote"])] += 1
        row["nth"] = str(seen[(row["report_id"], row["key"], row["quote"])])
    return rows


def freeze(judged: Path, out: Path) -> int:
    """Write the ``FROZEN`` columns of the judged draw ``judged`` to ``out``; return the rows.

    Run it on the code that drew the rows: each row's place (``nth``) is read off today's
    extraction, where the row with its sentence, quote and label is found (``LookupError``
    names a row that is not; ``ValueError`` a row of a ``RESERVED`` report)."""
    with judged.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    kept_aside = sorted({r["report_id"] for r in rows} & RESERVED)
    if kept_aside:
        raise ValueError(f"{judged}: rows of reserved reports ({', '.join(kept_aside)}); "
                         "a development draw is drawn from the other reports only")
    now = extracted({r["report_id"] for r in rows})
    taken: set[tuple[str, str, str, str]] = set()
    for row in rows:
        row["key"] = sentence_key(row["sentence"])
        place = next((k for k, r in now.items()
                      if k[:3] == (row["report_id"], row["key"], row["quote"])
                      and r["indicator"] == row["indicator"] and k not in taken), None)
        if place is None:
            raise LookupError(f"{row['report_id']} [{row['quote']}] {row['indicator']}: "
                              "not extracted by this code")
        taken.add(place)
        row["nth"] = place[3]
    with out.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=FROZEN, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(sorted(rows, key=lambda r: (r["report_id"], r["key"], r["quote"],
                                                     r["nth"])))
    return len(rows)


def _report_file(report_id: str) -> Path:
    """The text of ``report_id`` in ``../shared`` (its file is named by its id)."""
    for folder in ("corpus", "corpus-extra", "corpus-counties", "reports"):
        path = SHARED / folder / f"{report_id}.txt"
        if path.exists():
            return path
    raise FileNotFoundError(f"{report_id}: no such report in {SHARED}")


def extracted(report_ids: set[str]) -> dict[tuple[str, str, str, str], dict[str, str]]:
    """The rows extracted today from ``report_ids``, keyed by report, sentence hash, quote and
    place (``_numbered``)."""
    from workreport.extract.catalog import report_for_file
    from workreport.extract.tables import extract_report

    rows = []
    for rid in sorted(report_ids):  # table order kept: a row's place is its order of reading
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            table = extract_report(report_for_file(_report_file(rid))).tables["indicators"]
        for r in table.itertuples():
            rows.append({"report_id": rid, "sentence": r.sentence, "quote": r.quote,
                         "indicator": r.indicator, "kind": r.kind, "measure": r.measure})
    return {(r["report_id"], r["key"], r["quote"], r["nth"]): r
            for r in _numbered(rows)}


def score(frozen: Path, listing: bool = False) -> str:
    """The lines ``score`` prints for the frozen draw ``frozen`` (see the module's docstring)."""
    with frozen.open(encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["label_ok"] in ("0", "1")]
    now = extracted({r["report_id"] for r in rows})
    counts: Counter[str] = Counter()
    changed = []
    for row in rows:
        new = now.get((row["report_id"], row["key"], row["quote"], row["nth"]))
        ok = row["label_ok"] == "1"
        figure = not row["note"].startswith("not a figure")
        if new is None:
            counts["gone, right" if not figure else "gone, a figure lost"] += 1
            continue
        label = new["indicator"]
        if ok:
            counts["accepted, kept" if label == row["indicator"] else "accepted, changed"] += 1
        elif label == row["better_label"] and figure:
            counts["rejected, now the judge's"] += 1
        else:
            counts["rejected, unchanged" if label == row["indicator"]
                   else "rejected, changed"] += 1
        if label != row["indicator"]:
            changed.append(f"  {'ok ' if ok else 'REJ'} {row['report_id']} [{row['quote']}] "
                           f"{row['indicator']} -> {label}   (judge: {row['better_label'] or '-'})")
    right = counts["accepted, kept"] + counts["rejected, now the judge's"] + counts["gone, right"]
    lines = [f"{len(rows)} judged rows; estimate {right}/{len(rows)} ({right / len(rows):.1%}) "
             f"counting changed rows as wrong until judged (judged then: "
             f"{sum(r['label_ok'] == '1' for r in rows)}/{len(rows)})"]
    lines += [f"  {name}: {counts[name]}" for name in (
        "accepted, kept", "accepted, changed", "rejected, now the judge's",
        "rejected, unchanged", "rejected, changed", "gone, right", "gone, a figure lost")]
    if listing:
        lines += ["changed labels:", *changed]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    fz = sub.add_parser("freeze", help="a judged draw, without its sentences")
    fz.add_argument("judged", type=Path)
    fz.add_argument("out", type=Path)
    sc = sub.add_parser("score", help="re-extract and compare")
    sc.add_argument("frozen", type=Path)
    sc.add_argument("--list", action="store_true", help="list every changed label")
    args = parser.parse_args(argv)
    if args.command == "freeze":
        print(f"wrote {args.out}: {freeze(args.judged, args.out)} rows")
    else:
        print(score(args.frozen, args.list))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
