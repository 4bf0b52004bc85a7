"""The bilingual glossary: English labels for Chinese terms.

It ships with the package (``workreport/vocab/glossary.csv``, ``PACKAGED``), so an
extraction without a project gives English labels too; a project's own
``data/glossary.csv`` overrides it.

Readers of the book read English; the tables keep the Chinese label as the text names
it and add ``indicator_en`` wherever the glossary knows the term.
"""

from __future__ import annotations

import csv
import re
from functools import cache
from pathlib import Path

__all__ = ["PACKAGED", "Glossary", "default_glossary", "load_glossary"]

#: The glossary shipped with the package.
PACKAGED = Path(__file__).parent / "vocab" / "glossary.csv"

COLUMNS = ("term", "pinyin", "english", "explanation", "category")
_COMPOSED = (
    (re.compile(r"^(.+?)占(.+)比重$"), "{0} as a share of {1}"),
    (re.compile(r"^(.+?)已(.+)$"), "{0}, {1}"),
)


class Glossary(dict):
    """term → row (a dict with pinyin, english, explanation, category)."""

    def english(self, term: str) -> str:
        """The English label of ``term``, or "" when the glossary does not know it.

        Labels the extractor builds from two phrases are translated from their parts:
        "民生资金占公共财政预算支出比重" → "<民生资金> as a share of <公共财政预算支出>",
        "信访案件已化解" → "<信访案件>, <化解>".
        """
        row = self.get(term)
        if row:
            return row["english"]
        for pattern, template in _COMPOSED:
            m = pattern.match(term)
            if m:
                parts = [self.english(g) for g in m.groups()]
                if all(parts):
                    # Mid-phrase parts lose their capital ("… of general public …"),
                    # acronyms keep theirs ("GDP").
                    parts[1:] = [p[0].lower() + p[1:] if p[1:2].islower() else p
                                 for p in parts[1:]]
                    return template.format(*parts)
        return ""


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
    """Load (and cache) a glossary file; a missing file means the packaged glossary
    (a project without its own ``data/glossary.csv`` uses the one that ships)."""
    path = Path(path)
    return _read(str((path if path.is_file() else PACKAGED).resolve()))


def default_glossary() -> Glossary:
    """The glossary shipped with the package (what an extraction uses unless given one)."""
    return load_glossary(PACKAGED)
