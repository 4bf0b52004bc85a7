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
never committed. ``words`` counts the words of the labels, as ``gloss`` cuts them, by rows:
how ``vocab/gloss.yml`` ``words`` was drawn. TABLES is a tables folder or a TSV dump of the
figure rows with an ``indicator`` column. ``keyterms`` reads a tables folder's sections: the key
terms each review and plan section's chapter shows (``sectionterms.key_terms``, its top ten) and
the share of them shown in Chinese alone (session 70), with ``--top`` the commonest of those
(the words only: no sentence of a report).

    .venv/bin/python bench/label_gloss.py coverage /tmp/h5-tables
    .venv/bin/python bench/label_gloss.py draw main.tsv --seed 6869 --rows 100 --out /tmp/g.tsv
    .venv/bin/python bench/label_gloss.py words main.tsv --top 600
    .venv/bin/python bench/label_gloss.py keyterms /tmp/h5-tables --top 40
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

from workreport import cedict, gloss
from workreport.gloss import split_mark
from workreport.glossary import default_glossary, english, english_or_gloss


def _rows(tables: Path) -> list[dict[str, str]]:
    """The figure rows of a tables folder, or of a TSV dump with an ``indicator`` column
    (``indicator_en`` made by the glossary's chain where the dump has none)."""
    if tables.is_dir():
        with (tables / "indicators.csv").open(encoding="utf-8", newline="") as fh:
            return list(csv.DictReader(fh))
    with tables.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    g = default_glossary()
    for r in rows:
        r.setdefault("indicator_en", english(r["indicator"], g))
    return rows


def words(tables: Path, top: int) -> None:
    """Print the ``top`` words (as ``gloss`` cuts labels) by the rows whose label holds them,
    with their sense and where it comes from: how ``vocab/gloss.yml`` ``words`` was drawn."""
    g, rules = default_glossary(), cedict.rules()
    labels = Counter(r["indicator"] for r in _rows(tables))
    marks = re.escape(rules["clause_marks"] + rules["and_marks"])
    count: Counter[str] = Counter()
    sense: dict[str, str | None] = {}
    for label, n in labels.items():
        seen = {w: s for c in re.split(f"[{marks}]", label) if c.strip()
                for w, s in gloss._words(c, g) if re.match(r"[\u4e00-\u9fff]", w)}
        sense.update(seen)
        count.update(dict.fromkeys(seen, n))
    for w, n in count.most_common(top):
        where = "curated" if w in rules["words"] else "glossary" if w in g else "CC-CEDICT"
        print(n, w, where, sense[w] or "-", sep="\t")


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


def keyterms(tables: Path, top: int) -> str:
    """"key terms N in S sections; Chinese-only M (x%)" over the review and plan sections (not a
    part's preamble) of the tables folder ``tables``, after the ``top`` commonest Chinese-only
    terms, a line each (term, sections)."""
    from workreport.dataset import load_tables
    from workreport.sectionterms import key_terms

    t = load_tables(tables, glossary=Path("absent: the packaged glossary"))
    s = t.sections[t.sections["role"].isin(["review", "plan"])
                   & ~t.sections["section"].str.endswith(".s0")]
    shown, bare = 0, Counter()
    for rid, section in zip(s["report_id"], s["section"], strict=True):
        terms = key_terms(t, rid, section)
        shown += len(terms)
        bare.update(terms.loc[terms["english"] == "", "term"])
    for term, n in bare.most_common(top):
        print(n, term, sep="\t")
    n = sum(bare.values())
    return (f"key terms {shown} in {len(s)} sections; Chinese-only {n} "
            f"({n / max(shown, 1):.1%})")


def draw(tables: Path, seed: int, rows: int, out: Path) -> None:
    """Write ``rows`` distinct labels glossed automatically, drawn with ``seed`` and weighted
    by their rows (Efraimidis-Spirakis: the largest ``u ** (1 / rows)``)."""
    g = default_glossary()
    labels = Counter(r["indicator"] for r in _rows(tables) if not r["indicator_en"])
    glossed = [(zh, split_mark(english_or_gloss(zh, g))[0]) for zh in sorted(labels)]
    glossed = [(zh, en) for zh, en in glossed if en]
    rng = random.Random(seed)
    picked = sorted(glossed, key=lambda p: rng.random() ** (1 / labels[p[0]]), reverse=True)
    picked = picked[:rows]
    with out.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t")
        w.writerow(["label", "gloss"])
        w.writerows(picked)
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
    w = sub.add_parser("words")
    w.add_argument("tables", type=Path)
    w.add_argument("--top", type=int, default=600)
    k = sub.add_parser("keyterms")
    k.add_argument("tables", type=Path)
    k.add_argument("--top", type=int, default=0)
    args = ap.parse_args(argv)
    if args.cmd == "coverage":
        print(coverage(args.tables))
    elif args.cmd == "keyterms":
        print(keyterms(args.tables, args.top))
    elif args.cmd == "words":
        words(args.tables, args.top)
    else:
        draw(args.tables, args.seed, args.rows, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
