"""Every hand-labelled figure table of tests/data scored in one table (issue 13 §3).

For each gold file: the gold and extracted row counts, recall and precision (a gold row is
found by an extracted row of the same section, kind, measure, value and unit with a label
naming the same thing), label accuracy (exact, character for character) and kind accuracy
over the found rows, the share of gold rows whose place was found, and value, unit,
measure and qualifier accuracy over those (``tests.test_corpus.unseen_scores``, the one
scorer the tests use). ``tuned`` says whether the extraction's rules were written or tuned on
the report (Yuzhong is the seed; Qingyuan and the State Council 2024 were tuned on after their
first measurement, Laiyuan 2021 in the fifth round, Hebei, Nanjing and Yi County in the
seventh); Chengde 2024 and Sichuan 2025 say ``dev``: their gold files were never tuned on, but
from round 24 the development draws (``bench/label_dev.py``) took rows of their texts and rule
writers read the rejected ones, so they are no unseen text either. With ``--errors`` it also
lists every label the extractor got wrong, sorted into three kinds: the extracted label has
words the gold has not (filler verbs, actors, trailing predicates, lists of names), it is a
fragment of the gold label (the counted noun after the number lost), or the two differ otherwise
(another clause's subject, a split word). Reports absent from ../shared are skipped with a line
saying so.

    .venv/bin/python bench/label_audit.py [--errors] [--gold NAME]

``--gold NAME`` (e.g. ``laiyuan``) lists only the errors of gold files whose name starts
with NAME, so that the errors of held-out files need never be printed.
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

from workreport.extract.catalog import load_catalog, report_for_file
from workreport.extract.tables import extract_report

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))
from tests.test_corpus import (  # noqa: E402  (one scorer for the tests and this table)
    NEVER_TUNED_FLOORS,
    UNSEEN,
    _located,
    unseen_scores,
)

COLUMNS = ("recall", "precision", "label", "kind", "located", "value", "unit", "measure",
           "qualifier")


def golds() -> list[tuple[str, Path]]:
    """(gold file name, report text) for the Yuzhong gold and every file of ``UNSEEN``."""
    yuzhong = {r.id: r for r in load_catalog(ROOT / "data" / "reports.yml")}["yuzhong-2014"]
    return [("yuzhong_gold.csv", yuzhong.path),
            *((g, SHARED / p) for g, p in sorted(UNSEEN.items()))]


def label_error_kind(gold: str, extracted: str) -> str:
    """``extra words`` when the extracted label contains the gold one, ``fragment`` when it
    is contained in it, ``other`` otherwise."""
    if gold in extracted:
        return "extra words"
    if extracted in gold:
        return "fragment"
    return "other"


def main(argv: list[str]) -> None:
    show_errors = "--errors" in argv
    only = argv[argv.index("--gold") + 1] if "--gold" in argv else ""
    head = f"{'gold file':28} {'tuned':5} {'gold':>4} {'rows':>4} " + " ".join(
        f"{c[:9]:>9}" for c in COLUMNS)
    print(head)
    print("-" * len(head))
    kinds: Counter[str] = Counter()
    errors = []
    for gold_file, path in golds():
        if not path.exists():
            print(f"{gold_file:28} skipped: {path} is not beside the repo")
            continue
        gold = list(csv.DictReader((ROOT / "tests" / "data" / gold_file).open(encoding="utf-8")))
        rows = extract_report(report_for_file(path)).tables["indicators"]
        scores = unseen_scores(gold, rows)
        tuned = "dev" if gold_file in NEVER_TUNED_FLOORS else "yes"
        print(f"{gold_file:28} {tuned:5} {len(gold):4} {len(rows):4} "
              + " ".join(f"{scores[c]:9.3f}" for c in COLUMNS))
        for g, r in _located(gold, rows):
            if g["indicator"] != r.indicator and gold_file.startswith(only):
                kind = label_error_kind(g["indicator"], r.indicator)
                kinds[(tuned, kind)] += 1
                errors.append(f"  {gold_file.removesuffix('_gold.csv')} {g['section']} "
                              f"{g['quote']}: {r.indicator!r} for {g['indicator']!r} ({kind})")
    print("\nlabel errors at located rows, by kind (tuned: count):")
    for (tuned, kind), n in sorted(kinds.items()):
        print(f"  tuned={tuned} {kind}: {n}")
    if show_errors:
        print("\n".join(errors))


if __name__ == "__main__":
    main(sys.argv[1:])
