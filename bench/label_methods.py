"""Labels with and without jieba's part-of-speech tags for the noun after a number.

Issue 13 §2 asks to measure whether a Chinese NLP library finds the noun phrase better
than hand-written rules. ``labelafter`` (for ``naming``) cuts the words after a number at
stop words (rules); with jieba it also cuts before the first verb that follows a noun
("高等职业学校升格为本科高校" → 高等职业学校). This prints, for both: label
accuracy (exact) against the hand-labelled reports of tests/data, and the junk-label
rate over every report of ../shared that extracts.

    .venv/bin/python bench/label_methods.py
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

import workreport.extract.labelafter as labelafter
import workreport.extract.naming as naming
from workreport.errors import WorkreportError
from workreport.extract.catalog import load_catalog, report_for_file
from workreport.extract.tables import extract_report

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))
from tests.test_corpus import UNSEEN, unseen_scores  # noqa: E402  (one scorer for both)

WITH_JIEBA = labelafter._noun_phrase


def _golds() -> list[tuple[str, Path]]:
    yuzhong = {r.id: r for r in load_catalog(ROOT / "data" / "reports.yml")}["yuzhong-2014"]
    return [("yuzhong_gold.csv", yuzhong.path),
            *((g, SHARED / p) for g, p in sorted(UNSEEN.items()))]


def measure() -> str:
    parts = []
    for gold_file, path in _golds():
        if not path.exists():
            continue
        gold = list(csv.DictReader((ROOT / "tests" / "data" / gold_file).open(encoding="utf-8")))
        scores = unseen_scores(gold, extract_report(report_for_file(path)).tables["indicators"])
        parts.append(f"{gold_file.removesuffix('_gold.csv')} label {scores['label']:.3f}")
    defects, rows = Counter(), 0
    for path in sorted(p for d in ("corpus", "corpus-extra", "corpus-counties")
                       for p in (SHARED / d).glob("*.txt")):
        try:
            labels = extract_report(report_for_file(path)).tables["indicators"].indicator
        except WorkreportError:
            continue
        rows += len(labels)
        defects.update(w for n in labels if (w := naming.label_defect(n)))
    junk = sum(defects.values())
    parts.append(f"junk {junk}/{rows} = {junk / max(rows, 1):.2%}")
    return ", ".join(parts)


def main() -> None:
    labelafter._noun_phrase = lambda words: words  # rules only: stop words end the noun
    print("rules:", measure())
    labelafter._noun_phrase = WITH_JIEBA
    print("jieba:", measure())


if __name__ == "__main__":
    main()
