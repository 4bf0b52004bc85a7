"""The bilingual glossary (``data/glossary.csv``): English labels for Chinese terms.

Readers of the book read English; the tables keep the Chinese label as the text names
it and add ``indicator_en`` wherever the glossary knows the term.
"""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

__all__ = ["Glossary", "load_glossary"]

COLUMNS = ("term", "pinyin", "english", "explanation", "category")


class Glossary(dict):
    """term → row (a dict with pinyin, english, explanation, category)."""

    def english(self, term: str) -> str:
        """The English label of ``term``, or "" when the glossary does not know it."""
        row = self.get(term)
        return row["english"] if row else ""


@cache
def _read(path: str) -> Glossary:
    g = Glossary()
    p = Path(path)
    if not p.exists():
        return g
    with p.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            term = (row.get("term") or "").strip()
            if term:
                g[term] = {k: (row.get(k) or "").strip() for k in COLUMNS}
    return g


def load_glossary(path: str | Path) -> Glossary:
    """Load (and cache) a glossary file; a missing file is an empty glossary."""
    return _read(str(Path(path).resolve()))
