"""The page the book adds beside the reports' own: the glossary.

Part of ``book``: it orchestrates the build and cannot change what a notebook computes,
so editing it re-runs no notebook.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Collection, Iterable
from pathlib import Path

from workreport import literal

__all__ = ["GLOSSARY_PAGE", "glossary_page", "used_terms"]

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
        return [{k: (r.get(k) or "").strip() for k in (*_COLUMNS, "category", "facts_of")}
                for r in csv.DictReader(fh) if (r.get("term") or "").strip()]


def used_terms(terms: Iterable[str], texts: Iterable[str],
               names: Collection[str] = ()) -> set[str]:
    """The ``terms`` that one of ``texts`` (a book's section texts and figure labels)
    holds; a term of ``names`` (the glossary's places) only where it starts a word, as
    ``terms.places`` reads one: 渝中 inside 成渝中线 is no use of it (the jieba words
    around it, a window of ``_WINDOW`` characters either side; a term after a character
    that is not Chinese starts a word). Other terms count wherever they occur: jieba
    reads 专利 inside 发明专利 and 人次 inside 万人次. Session 69: the glossary page
    listed every packaged term, the Yuzhong report's places in a book without it."""
    texts = [t for t in texts if t]
    names = set(names)
    used: set[str] = set()
    for term in dict.fromkeys(terms):
        for text in texts:
            at = text.find(term)
            while at >= 0 and term in names and _inside_word(text, at, len(term)):
                at = text.find(term, at + 1)
            if at >= 0:
                used.add(term)
                break
    return used


#: Characters of context either side of a place for reading the words around it.
_WINDOW = 8


def _inside_word(text: str, at: int, length: int) -> bool:
    """Whether a word of jieba's own dictionary runs across offset ``at`` of ``text``
    (``terms.starts_inside_word``, on the words around it only)."""
    if at == 0 or not "\u4e00" <= text[at - 1] <= "\u9fff":
        return False
    from workreport.terms import starts_inside_word

    lo = max(0, at - _WINDOW)
    return starts_inside_word(text[lo:at + length + _WINDOW], at - lo)


def _facts_held(row: dict[str, str], reports: Collection[str] | None) -> bool:
    """Whether the book holds every report whose facts the row's explanation states
    (``facts_of``: report ids, space-separated; "" for an explanation true of any
    report). ``reports`` None: every report is held."""
    return reports is None or set(row["facts_of"].split()) <= set(reports)


def _measure_words(units: Iterable[str]) -> list[str]:
    """The section on the measure words of the figures in ``units``, as lines of the page;
    none when no figure counts in one (session 69)."""
    from workreport.english import measure_word
    from workreport.vocab import load

    words = load("english")["measure_words"]
    used = {measure_word(u) for u in units} - {""}
    if not used:
        return []
    rows = [[w, words[w]["pinyin"], words[w]["counts"]]
            for w in sorted(used, key=lambda w: (_pinyin_key(words[w]["pinyin"]), w))]
    return ["(glossary-measure-words)=", "## Measure words 量词", "",
            "A Chinese count names what it counts with a measure word: 3个项目 is three "
            "projects, 个 the measure word. English has none, and each counts many kinds of "
            "things, so the book writes such a count with the report's Chinese beside, "
            "3 (3个), and the figure's label names what is counted. The measure words of "
            "this book's figures, with what each counts:", "",
            "```{raw} html", *_table_html(["Measure word 量词", "Pinyin 拼音", "Counts"], rows),
            "```", ""]


def glossary_page(path: Path, texts: Iterable[str] | None = None,
                  reports: Collection[str] | None = None,
                  units: Iterable[str] = ()) -> str:
    """The glossary as a page: term, pinyin, English and explanation, one table per
    category (in pinyin order within it), each table raw HTML (``_table_html``: every
    cell escaped, written as Sphinx would write the Markdown table). The same input gives
    the same bytes.

    ``texts``: the book's section texts and figure labels; only the terms they use are
    listed (``used_terms``), None for every term. ``reports``: the ids of the book's
    reports; an explanation that states facts of a report not among them (its
    ``facts_of``: "Area of carriageways and footways renovated, 37,000 square metres in
    2013" is Yuzhong 2014's) is left out, None keeps every explanation. ``units``: the
    units of the book's figures, whose measure words (个, 家, 座) the page explains
    (``_measure_words``). Session 69."""
    rows = _rows(path)
    whole = len(rows)
    if texts is not None:
        keep = used_terms([r["term"] for r in rows], texts,
                          [r["term"] for r in rows if r["category"] == "place"])
        rows = [r for r in rows if r["term"] in keep]
    dropped = sum(1 for r in rows if r["explanation"] and not _facts_held(r, reports))
    rows = [r if _facts_held(r, reports) else {**r, "explanation": ""} for r in rows]
    known = [c for c, _ in CATEGORIES]
    others = sorted({r["category"] for r in rows} - set(known))
    groups = [*CATEGORIES, *((c, (c or "other").capitalize()) for c in others)]
    out = ["(glossary)=", "# Glossary 词汇表", ""]
    if not whole:
        out += ["The project has no glossary yet (`src/workreport/vocab/glossary.csv`).", ""]
        return "\n".join(out)
    if not rows:
        out += [f"None of the glossary's {whole} terms occurs in this book's reports.", ""]
        return "\n".join(out)
    counts = {c: sum(r["category"] == c for r in rows) for c, _ in groups}
    listing = ", ".join(f"{counts[c]} {h.split(' ')[0].lower()}" for c, h in groups
                        if counts[c])
    scope = (f"The Chinese terms of the reports, {len(rows)} in all" if texts is None else
             "The Chinese terms this book's reports use in their sections' text or their "
             f"figures' labels, {len(rows)} of the glossary's {whole}")
    out += [
        f"{scope} ({listing}), each with its "
        "pinyin, an English rendering and a short explanation. The same glossary gives "
        "the tables their English labels (`indicator_en`) and teaches the search box "
        "these words, so a search for a term finds the pages that use it. Within each "
        "group the terms are in pinyin order."
        + (" Explanations that state figures or facts of a report this book does not "
           f"hold are left out ({dropped})." if dropped else "")
        + " The whole glossary: {download}`glossary.csv <glossary.csv>`.",
        "",
    ]
    for category, heading in groups:
        members = sorted((r for r in rows if r["category"] == category),
                         key=lambda r: (_pinyin_key(r["pinyin"]), r["pinyin"], r["term"]))
        if members:
            out += _group(category, heading, members)
        if category == "unit":  # the measure words beside the units
            out += _measure_words(units)
    return "\n".join(out)


def _group(category: str, heading: str, members: list[dict[str, str]]) -> list[str]:
    """The lines of one category's section: its heading and table."""
    columns = _COLUMNS[:3] if category in _PLAIN else _COLUMNS
    header = ["Term 词语", "Pinyin 拼音", "English", "Explanation"][:len(columns)]
    out = [f"(glossary-{category or 'other'})=", f"## {heading}", ""]
    if category in _PLAIN:
        out += ["Everyday words of government prose that the chapters' key-term "
                "tables and charts pick out, with their usual sense in a work report.", ""]
    return [*out, "```{raw} html", *_table_html(header, [[r[k] for k in columns]
                                                         for r in members]), "```", ""]


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
