"""The printed edition's one page: the singlehtml book rearranged for print.

``arrange`` takes the single HTML page jupyter-book's ``singlehtml`` builder makes of the
book and gives it a cover, a contents list and an appendix of the annotated reports, and
starts every page of the book on a new printed page; ``book.pdf`` prints the result.
"""

from __future__ import annotations

import copy
import fnmatch
import re
from collections.abc import Sequence

from workreport.errors import WorkreportError

__all__ = ["arrange"]

_ANNOTATED = "report"  # book/generated/<report_id>/report.md: the annotated report text


def _docname(span) -> str:
    return span["id"][len("document-"):]


def _title(section) -> str:
    """The page's title: the section's own heading (h2 for a page of the book, h3 for a
    page nested under a report, as singlehtml shifts them)."""
    heading = section.find(re.compile(r"^h[1-6]$"), recursive=False) if section else None
    if heading is None:
        return ""
    heading = copy.copy(heading)
    for link in heading.select("a.headerlink"):
        link.decompose()
    return " ".join(heading.get_text(" ", strip=True).split())


def _next_section(span):
    for sib in span.next_siblings:
        if getattr(sib, "name", None) == "section":
            return sib
        if getattr(sib, "name", None) is not None:
            return None
    return None


def arrange(html: str, title: str, subtitle: str, meta: list[str],
            parts: Sequence[tuple[str, Sequence[str]]] = ()) -> str:
    """The singlehtml page rearranged for print; returns the new HTML.

    ``title``, ``subtitle`` and ``meta`` (lines) make the cover; ``parts`` are the book's
    parts, (caption, glob patterns of their pages' docnames), as ``toc_parts`` reads them
    from ``_toc.yml`` (singlehtml drops the captions). Every inlined page
    (Sphinx marks each with ``<span id="document-<docname>">``) starts a new printed page
    (class ``wr-chapter``); the annotated reports (``<report_id>/report``) move to an
    appendix at the end; a contents list of every page with its part (the captions of
    ``_toc.yml``) comes after the cover, each entry a link the PDF keeps. Each page's
    anchor span is moved into the section it marks: left between two sections, the empty
    span is a line of its own that Chromium may push onto a page of its own, a blank
    page before the next page break (session 67, tester).

    Raises WorkreportError when the page holds no inlined page (not a singlehtml build).
    """
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    article = soup.select_one("article.bd-article") or soup.body
    spans = [s for s in article.select('span[id^="document-"]')]
    if not spans:
        raise WorkreportError("the single-page book has no pages (not a singlehtml build?)")
    # The annotated reports: to an appendix, in book order.
    appendix = soup.new_tag("div", attrs={"class": "wr-appendix"})
    heading = soup.new_tag("section", attrs={"id": "wr-appendix", "class": "wr-chapter"})
    h1 = soup.new_tag("h1")
    h1.string = "Appendix: the annotated reports"
    note = soup.new_tag("p", attrs={"class": "wr-appendix-note"})
    note.string = ("Each report's whole text as the pipeline read it, every figure marked "
                   "in place: actual figures in blue, targets in orange, numbers that are "
                   "not figures in grey.")
    heading.extend([h1, note])
    appendix.append(heading)
    moved = []
    for span in spans:
        if _docname(span).rsplit("/", 1)[-1] == _ANNOTATED:
            section = _next_section(span)
            appendix.append(span.extract())
            if section is not None:
                appendix.append(section.extract())
            moved.append(span)
    if moved:
        article.append(appendix)
    # A new printed page for every page of the book (the first one follows the contents).
    entries = []
    titles: dict[str, str] = {}
    for span in [s for s in spans if s not in moved] + moved:
        section = _next_section(span)
        if section is None:
            continue
        classes = section.get("class", [])
        section["class"] = [*classes, "wr-chapter"]
        depth = len(span.find_parents("div", class_="toctree-wrapper"))
        name = _docname(span)
        caption = next((cap for cap, globs in parts
                        if any(fnmatch.fnmatchcase(name, g) for g in globs)), None)
        titles[name] = text = _title(section)
        if span in moved:  # every report's is "The annotated report <year>": say whose
            depth, caption = 1, "Appendix: the annotated reports"
            report = titles.get(f"{name.rsplit('/', 1)[0]}/index")
            if not report and section.find("em"):  # a series report: no landing page of
                report = section.find("em").get_text(" ", strip=True)  # its own; its title
            text = f"{text}: {report}" if report else text
        entries.append((depth, caption, text, span["id"]))
        section.insert(0, span.extract())
    article.insert(0, _contents(soup, entries))
    article.insert(0, _cover(soup, title, subtitle, meta))
    return str(soup)


def _cover(soup, title: str, subtitle: str, meta: list[str]):
    cover = soup.new_tag("section", attrs={"class": "wr-cover"})
    h1 = soup.new_tag("h1")
    h1.string = title
    sub = soup.new_tag("p", attrs={"class": "wr-cover-sub"})
    sub.string = subtitle
    cover.extend([h1, sub])
    box = soup.new_tag("div", attrs={"class": "wr-cover-meta"})
    for line in meta:
        p = soup.new_tag("p")
        p.string = line
        box.append(p)
    cover.append(box)
    return cover


def _contents(soup, entries):
    """An ordered list of the entries (depth, part caption, title, anchor), nested by depth
    and grouped under their part captions."""
    box = soup.new_tag("nav", attrs={"class": "wr-contents", "id": "wr-contents"})
    h1 = soup.new_tag("h1")
    h1.string = "Contents"
    box.append(h1)
    top = soup.new_tag("ol")
    box.append(top)
    current = top
    last_caption = None
    parent_item = None
    for depth, caption, title, anchor in entries:
        if not title:
            continue
        if depth <= 1:
            if caption and caption != last_caption:
                part = soup.new_tag("li", attrs={"class": "wr-part"})
                part.string = caption
                top.append(part)
                last_caption = caption
            current = top
        elif parent_item is not None and current is top:
            current = soup.new_tag("ol")
            parent_item.append(current)
        li = soup.new_tag("li")
        a = soup.new_tag("a", href=f"#{anchor}")
        a.string = title
        li.append(a)
        current.append(li)
        if depth <= 1:
            parent_item = li
    return box
