"""The annotated report: the whole normalised text with every number marked in place.

A reader who sees "804.2亿元" in a chart is one click from the sentence that says it.
The page is generated from the tables and the normalised text, nothing by hand:

- each extracted figure is a ``<mark>`` with an anchor of its own (``fig-f001``), a
  tooltip (indicator, English label, kind, measure, value, unit) and one of two
  styles, actual or target;
- each number classified as a non-figure (date, name, ordinal …) is marked in a
  third, quiet style with its class, so the classifier's decisions can be audited;
- parts and sections are headings (a part found by its cue, with no heading line of its
  own, is headed by its short title); a section heading links to its chapter.

Report text is untrusted: it is HTML-escaped, and where it stands in Markdown
(headings) its ASCII punctuation is backslash-escaped, so ``<script>``, Markdown or
MyST syntax in a report shows as literal text.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from workreport import literal
from workreport.changewords import told_by_label
from workreport.english import amount
from workreport.figuretext import counted
from workreport.paths import anchor, href
from workreport.textnotes import text_notes
from workreport.titleblock import title_en

__all__ = ["anchor", "href", "render_page"]

def _figure_title(r: pd.Series) -> str:
    """A figure's hover title: its label, English, kind and year (or years, ``_years``),
    measure and the value in English ("an estimated at least 7%", ``english.amount``),
    beside the Chinese it marks. Session 69, tester: the title read "7 % · 预计|以上", the
    qualifiers' raw codes. A fall its label names reads by its size ("Reduction of the rural
    poor · … · 13.86 million", ``changewords.told_by_label``), a count in 户 with its noun
    (``figuretext.counted``)."""
    high = r.get("value_high")
    high = None if literal.missing(high) or high == "" else float(high)
    qualifier = "" if literal.missing(r.get("qualifier")) else str(r.get("qualifier"))
    v, unit = float(r["value"]), "" if literal.missing(r["unit"]) else str(r["unit"])
    told = r["measure"] == "change" and v < 0 and told_by_label(r, v, unit)
    value = counted(amount(abs(v) if told else v, unit, qualifier, high, str(r["measure"])),
                    unit, str(r["indicator"]))
    parts = [r["indicator"], r.get("indicator_en") or "", f"{r['kind']} {_years(r)}"
             if pd.notna(r.get("year")) and r.get("year") != "" else r["kind"],
             r["measure"], value]
    return " · ".join(p for p in parts if p)


def _years(r: pd.Series) -> str:
    """The years a figure covers: "2020", or "2016-2020" for a total or yearly mean over a
    period (``year_first``, extract/spanyears.py). Session 71, tester 71 item 9: five-year
    totals and means read "actual 2020"."""
    first = r.get("year_first")
    if literal.missing(first) or first == "" or int(float(first)) >= int(float(r["year"])):
        return str(r["year"])
    return f"{int(float(first))}-{r['year']}"


def _marks(text: str, figures: pd.DataFrame, numbers: pd.DataFrame
           ) -> list[tuple[int, int, str, str]]:
    """(start, end, opening tag, closing tag) for every mark, in text order, no overlaps."""
    spans: list[tuple[int, int, str, str]] = []
    shared: dict[tuple[int, int], list[pd.Series]] = {}
    for _, r in figures.iterrows():  # subjects sharing one figure (均) share its span
        shared.setdefault((int(r["start"]), int(r["end"])), []).append(r)
    for (start, end), rows in shared.items():
        r = rows[0]
        # The others' anchors sit just before the one mark, so their links land on it.
        aliases = "".join(f'<span id="{anchor(o["figure_id"])}" class="wr-fig-alias">'
                          "</span>" for o in rows[1:])
        title = "\n".join(_figure_title(o) for o in rows)
        tag = (f'{aliases}<mark id="{anchor(r["figure_id"])}" class="wr-fig wr-{r["kind"]}" '
               f'data-figure="{literal.html(r["figure_id"])}" '
               f'title="{literal.html(title)}">')
        spans.append((start, end, tag, "</mark>"))
    for _, n in numbers.iterrows():
        if n["class"] in ("figure", "range_end"):
            continue  # drawn by the figure's own mark
        tag = (f'<span class="wr-nonfig wr-{n["class"]}" '
               f'title="{literal.html(n["class"] + ": " + n["reason"])}">')
        spans.append((int(n["start"]), int(n["end"]), tag, "</span>"))
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    out, last = [], -1
    for s in spans:
        if s[0] >= last:
            out.append(s)
            last = s[1]
    return out


def _render(text: str, start: int, end: int, marks: list[tuple[int, int, str, str]],
            *, heading: bool = False) -> str:
    """The text of [start, end) with its marks, escaped for HTML (and Markdown if heading)."""
    esc = literal.markdown if heading else literal.html
    out, pos = [], start
    for s, e, open_tag, close_tag in marks:
        if e <= start or s >= end:
            continue
        out.append(esc(text[pos:s]))
        out.append(open_tag + esc(text[s:e]) + close_tag)
        pos = e
    out.append(esc(text[pos:end]))
    return "".join(out)


def _legend(figures: pd.DataFrame, numbers: pd.DataFrame, sentences: int) -> str:
    actual = int((figures["kind"] == "actual").sum())
    target = int((figures["kind"] == "target").sum())
    non = numbers[~numbers["class"].isin(["figure", "range_end"])]
    classes = ", ".join(f"{c} {n}" for c, n in sorted(non["class"].value_counts().items()))
    return (
        '<div class="wr-legend">'
        f'<p><strong>{len(figures)}</strong> figures '
        f'(<mark class="wr-fig wr-actual">{actual} actual</mark>, '
        f'<mark class="wr-fig wr-target">{target} target</mark>), '
        f'<span class="wr-nonfig">{len(non)} non-figures</span> '
        f'({literal.html(classes)}), <strong>{sentences}</strong> sentences. '
        "Hover over a mark for what was extracted; every figure has its own anchor.</p>"
        "</div>"
    )


def render_page(report: Mapping, text: str, sections: pd.DataFrame, figures: pd.DataFrame,
                numbers: pd.DataFrame, sentences: int,
                chapters: Mapping[str, str] | None = None) -> str:
    """The MyST Markdown source of a report's annotated page.

    ``chapters`` maps a section id to the document (relative path) of its chapter, so
    each section heading links there.
    """
    chapters = chapters or {}
    marks = _marks(text, figures, numbers)
    title = literal.markdown(report.get("title", ""))
    english = literal.markdown(title_en(report))
    title += f" ({english})" if title and english else ""
    year = report.get("report_year")
    year = f" {int(year)}" if str(year).isdigit() else ""
    note = text_notes(dict(report))
    lines = [
        f"# The annotated report{year}",
        "",
        *([f"*{title}*", ""] if title else []),  # no "**" for a text without a title
        *([note.rstrip("\n"), ""] if note else []),
        "The whole report as the pipeline read it (normalised text), with every figure "
        "highlighted in place: actuals and targets in two styles, and every number set "
        "aside as a non-figure in a third, quiet style with its class.",
        "",
        _legend(figures, numbers, sentences),
        "",
    ]
    paragraphs = _paragraph_spans(text)
    part_seen: set[int] = set()
    for _, sec in sections.sort_values("start").iterrows():
        s0, s1 = int(sec["start"]), int(sec["end"])
        part = int(sec["part"])
        sec_paras = [(a, b) for a, b in paragraphs if s0 <= a < s1]
        if part and part not in part_seen:
            part_seen.add(part)
            first = sec_paras[0] if sec_paras else (s0, s0)
            if _is_heading(text[first[0]:first[1]], str(sec["part_title"])):
                lines += [f"## {_render(text, first[0], first[1], marks, heading=True)}", ""]
                sec_paras = sec_paras[1:]
            else:
                lines += [f"## {literal.markdown(sec['part_title'])}", ""]
        elif not part:
            lines += ["## Title and opening", ""]
        if int(sec["number"]):
            link = chapters.get(sec["section"])
            head = literal.markdown(sec["title"])
            suffix = f" ([chapter]({link}))" if link else ""
            lines += [f"### {head}{suffix}", ""]
        for a, b in sec_paras:
            lines += [f'<p class="wr-text">{_render(text, a, b, marks)}</p>', ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def _is_heading(paragraph: str, part_title: str) -> bool:
    """Is ``paragraph``, the first of a part, the part's heading line: its title, behind
    the part's number (一、) at most? A part found by its cue (a paragraph opening 过去一年，…
    or a news summary's 《报告》说，刚刚过去的2020年，…, 328 characters) has no heading line: its
    short title heads it and the paragraph is text (session 69: a tester saw two whole
    paragraphs of 满城 2021 as headings)."""
    paragraph, part_title = paragraph.strip(), part_title.strip()
    return bool(part_title) and paragraph.endswith(part_title) and \
        len(paragraph) - len(part_title) <= _NUMBER_MOST


_NUMBER_MOST = 4  # the number before a part's title: 一、 … 十一、 (and a space)


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        if line:
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans
