"""The page the book adds beside the reports' own: the glossary.

Part of ``book``: it orchestrates the build and cannot change what a notebook computes,
so editing it re-runs no notebook.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from pathlib import Path

from workreport import literal

__all__ = ["GLOSSARY_PAGE", "glossary_page"]

#: ``book/generated/glossary.md``: listed in ``_toc.yml`` (static), written by the build.
GLOSSARY_PAGE = "glossary"

#: The glossary's categories in page order: (category, heading).
CATEGORIES = (
    ("indicator", "Indicators 指标"),
    ("policy", "Policies and slogans 政策与提法"),
    ("place", "Places and projects 地名与项目"),
    ("institution", "Institutions 机构"),
    ("unit", "Units and magnitudes 单位 (亿 = 10⁸, 万 = 10⁴)"),
    ("qualifier", "Qualifiers of figures 限定词"),
    ("word", "Common words 常用词"),
)
#: Categories listed without the explanation column: plain words need only their English
#: (they label the key-term tables and charts of the chapters).
_PLAIN = frozenset({"word"})
_COLUMNS = ("term", "pinyin", "english", "explanation")




def _pinyin_key(pinyin: str) -> str:
    """Dictionary order: the pinyin without tone marks, letters only ("dìqū" → "diqu")."""
    bare = "".join(c for c in unicodedata.normalize("NFD", pinyin.lower())
                   if not unicodedata.combining(c))
    return re.sub(r"[^a-z]", "", bare)


def _rows(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        return [{k: (r.get(k) or "").strip() for k in (*_COLUMNS, "category")}
                for r in csv.DictReader(fh) if (r.get("term") or "").strip()]


def glossary_page(path: Path) -> str:
    """The glossary as a page: term, pinyin, English and explanation, one table per
    category (in pinyin order within it), every cell escaped. The same input gives the
    same bytes."""
    rows = _rows(path)
    known = [c for c, _ in CATEGORIES]
    others = sorted({r["category"] for r in rows} - set(known))
    groups = [*CATEGORIES, *((c, (c or "other").capitalize()) for c in others)]
    out = ["(glossary)=", "# Glossary 词汇表", ""]
    if not rows:
        out += ["The project has no glossary yet (`src/workreport/vocab/glossary.csv`).", ""]
        return "\n".join(out)
    counts = {c: sum(r["category"] == c for r in rows) for c, _ in groups}
    listing = ", ".join(f"{counts[c]} {h.split(' ')[0].lower()}" for c, h in groups
                        if counts[c])
    out += [
        f"The Chinese terms of the reports, {len(rows)} in all ({listing}), each with its "
        "pinyin, an English rendering and a short explanation. The same glossary gives "
        "the tables their English labels (`indicator_en`) and teaches the search box "
        "these words, so a search for a term finds the pages that use it. Within each "
        "group the terms are in pinyin order. The file behind this page: "
        "{download}`glossary.csv <glossary.csv>`.",
        "",
    ]
    for category, heading in groups:
        members = sorted((r for r in rows if r["category"] == category),
                         key=lambda r: (_pinyin_key(r["pinyin"]), r["pinyin"], r["term"]))
        if not members:
            continue
        columns = _COLUMNS[:3] if category in _PLAIN else _COLUMNS
        header = ["Term 词语", "Pinyin 拼音", "English", "Explanation"][:len(columns)]
        out += [f"(glossary-{category or 'other'})=", f"## {heading}", ""]
        if category in _PLAIN:
            out += ["Everyday words of government prose that the chapters' key-term "
                    "tables and charts pick out, with their usual sense in a work report.",
                    ""]
        out += ["| " + " | ".join(header) + " |", "|" + "---|" * len(columns)]
        out += ["| " + " | ".join(literal.markdown(r[k]) for k in columns) + " |" for r in members]
        out.append("")
    return "\n".join(out)
