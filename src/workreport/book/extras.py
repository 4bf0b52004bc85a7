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
    category (in pinyin order within it), each table raw HTML (``_table_html``: every
    cell escaped, written as Sphinx would write the Markdown table). The same input gives
    the same bytes."""
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
        out += ["```{raw} html", *_table_html(header, [[r[k] for k in columns]
                                                      for r in members]), "```", ""]
    return "\n".join(out)


def _typeset(text: str) -> str:
    """``text`` as Sphinx prints a paragraph of it (``smartquotes``, its default action
    ``qDe``: curly quotes, dashes from ``--``/``---``, ellipses), escaped for HTML."""
    from docutils.utils.smartquotes import educate_tokens

    text = " ".join(literal.cell(text).split())  # one line, as literal.markdown gave it
    return literal.html("".join(educate_tokens([("plain", text)], "qDe", "en")))


def _table_html(header: list[str], rows: list[list[str]]) -> list[str]:
    """A table as the lines of HTML that Sphinx and the theme write for the same table in
    Markdown (``pst-scrollable-table-container``, ``row-odd``/``row-even``, each cell a
    paragraph). The glossary's tables are raw HTML because as Markdown they were some
    9,000 of the book's ~21,600 document nodes, each parsed, resolved, written and
    indexed on every clean build; Sphinx's search still indexes the raw HTML's words
    (``IndexBuilder``: raw HTML has its tags stripped and is split like any text)."""
    out = ['<div class="pst-scrollable-table-container"><table class="table">', "<thead>",
           '<tr class="row-odd">'
           + "\n".join(f'<th class="head"><p>{_typeset(h)}</p></th>' for h in header),
           "</tr>", "</thead>", "<tbody>"]
    for i, row in enumerate(rows):
        cells = "\n".join(f"<td><p>{_typeset(v)}</p></td>" for v in row)
        out += [f'<tr class="row-{"even" if i % 2 == 0 else "odd"}">{cells}', "</tr>"]
    return [*out, "</tbody>", "</table>", "</div>"]
