"""The printed edition's one page: the singlehtml book rearranged for print.

``arrange`` takes the single HTML page jupyter-book's ``singlehtml`` builder makes of the
book and gives it a cover, a contents list and an appendix of the annotated reports, and
starts every page of the book on a new printed page; ``book.pdf`` prints the result.
The cover says what the book holds, from the reports whose annotated texts it prints
(``cover_text``), never from a title typed in ``_config.yml``: the catalogue decides which
reports a book has (session 67, tester: a book of 14 reports had a cover reading
"Yuzhong 2014" and "2014 report texts"). Every link of the page is made one a reader of
the printed file can follow (``relink``).
"""

from __future__ import annotations

import copy
import fnmatch
import re
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

from workreport.errors import WorkreportError

__all__ = ["APPENDIX", "arrange", "cover_text", "relink"]

#: The part of the contents that lists the annotated reports.
APPENDIX = "Appendix: the annotated reports"
_ANNOTATED = "report"  # book/generated/<report_id>/report.md: the annotated report text
_KEPT = ("http", "https", "mailto")  # the schemes of links that leave the book, kept
_NOWHERE = "https://book.invalid/"  # stands in for the web book's address when unknown


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


def cover_text(held: Sequence[Mapping[str, Any]],
               config: Mapping[str, Any]) -> tuple[str, str, list[str], list[str]]:
    """The cover's (title, subtitle, the other reports, notes) for a book holding the
    reports ``held``.

    ``held``: ``reports.csv`` rows of the reports the book prints, in the book's order,
    so the first is the report it opens with (the catalogue's first read in depth, as the
    sidebar lists them); ``config``: ``_config.yml`` (its ``title``, the book's:
    ``title.read``, only for a book without reports; ``author`` and ``copyright`` are
    the notes that close the cover). The title is ``title.lead_name`` of the first.
    "Yuzhong District 2014", "A reproducible reading of a Chinese government work
    report, with 13 more reports:", then the others by government, a line each, in the
    book's order ("State Council: 2012–2016 and 2024"); one other report is named in the
    subtitle: "…, with the report of Chengde, 2024" (session 68, tester: was "…, with 1
    more report:" over a line "Chengde: 2024").
    """
    from workreport import prose
    from workreport.book.title import READING, lead_name
    from workreport.english import report_label, report_year
    from workreport.findings import plural

    notes = ["Government work report (政府工作报告) · the printed edition",
             *(str(config.get(k) or "") for k in ("author", "copyright"))]
    notes = [n for n in notes if n]
    if not held:
        title = str(config.get("title") or "The book")
        main, _, rest = title.partition(": ")
        return (main, rest, [], notes) if rest else (title, "", [], notes)
    lead, others = held[0], held[1:]
    title = lead_name(lead)
    subtitle = READING[0].upper() + READING[1:]
    if not others:
        return title, subtitle, [], notes
    if len(others) == 1:
        year = report_year(others[0])
        name = report_label(others[0]) + ("" if year is None else f", {year}")
        return title, f"{subtitle}, with the report of {name}", [], notes
    subtitle += f", with {plural(len(others), 'more report')}:"
    governments: dict[str, list[Mapping]] = {}
    for row in others:
        governments.setdefault(report_label(row), []).append(row)
    lines = []
    for name, rows in governments.items():
        years = [y for y in map(report_year, rows) if y is not None]
        lines.append(f"{name}: {prose.years(years)}" if years else name)
    return title, subtitle, lines, notes


def arrange(html: str, parts: Sequence[tuple[str, Sequence[str]]] = (),
            rows: Mapping[str, Mapping[str, Any]] | None = None,
            config: Mapping[str, Any] | None = None, web: str = "") -> str:
    """The singlehtml page rearranged for print; returns the new HTML.

    ``parts`` are the book's parts, (caption, glob patterns of their pages' docnames),
    as ``pdf.toc_parts`` reads them from ``_toc.yml`` (singlehtml drops the captions);
    ``rows``: ``reports.csv`` rows by report id, which name each annotated report in the
    contents by its English title (``english.report_title``) and make the cover
    (``cover_text``, with ``config``, the ``_config.yml`` settings, whose ``title``, the
    book's (``title.read``), is the page's ``<title>``: the PDF's Title). Every inlined page
    (Sphinx marks each with ``<span id="document-<docname>">`` before its section) starts
    a new printed page (class ``wr-chapter``), its span moved into it: left between two
    sections, the empty span is a line of its own that Chromium may push onto a page of
    its own, a blank page before the next page break (session 67, tester). The annotated
    reports (``<report_id>/report``) move to an appendix at the end; a contents list of
    every page with its part (the captions of ``_toc.yml``) comes after the cover, each
    entry a link the PDF keeps. Then every link is rewritten for the printed file
    (``relink``, with ``web``, the published web book's address or "").

    Raises WorkreportError when the page holds no inlined page (not a singlehtml build).
    """
    from bs4 import BeautifulSoup

    from workreport.english import report_title

    rows = rows or {}
    soup = BeautifulSoup(html, "html.parser")
    article = soup.select_one("article.bd-article") or soup.body
    spans = [s for s in article.select('span[id^="document-"]')]
    if not spans:
        raise WorkreportError("the single-page book has no pages (not a singlehtml build?)")
    # The annotated reports: to an appendix, in book order.
    appendix = soup.new_tag("div", attrs={"class": "wr-appendix"})
    heading = soup.new_tag("section", attrs={"id": "wr-appendix", "class": "wr-chapter"})
    h1 = soup.new_tag("h1")
    h1.string = APPENDIX
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
    held = []
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
            depth, caption = 1, APPENDIX
            folder = name.rsplit("/", 1)[0]
            row = rows.get(folder.rsplit("/", 1)[-1])
            held += [row] if row else []
            report = report_title(row) if row else titles.get(f"{folder}/index")
            if not report and section.find("em"):  # no row, no landing page: the title
                report = section.find("em").get_text(" ", strip=True)  # the page prints
            text = f"{text}: {report}" if report else text
        entries.append((depth, caption, text, span["id"]))
        section.insert(0, span.extract())
    article.insert(0, _contents(soup, entries))
    article.insert(0, _cover(soup, *cover_text(held, config or {})))
    if (config or {}).get("title") and soup.title is not None:
        soup.title.string = str(config["title"])
    relink(soup, web)
    return str(soup)


def _page_of(tag) -> str:
    """The docname of the inlined page holding ``tag`` (itself or its nearest section
    that ``arrange`` opened with the page's ``document-`` span); "" outside every page."""
    for node in (tag, *tag.parents):
        if node.name == "section":
            first = next((c for c in node.children if getattr(c, "name", None)), None)
            if first is not None and first.name == "span" and \
                    first.get("id", "").startswith("document-"):
                return _docname(first)
    return ""


def relink(soup, web: str = "") -> None:
    """Make every link of the arranged page (``soup``, changed in place) one that works
    in the printed file, by one rule (session 69, tester: of a book's 1,282 links, 1,282
    were ``file://`` links into the temporary build folder or to nothing, and that
    folder's random name made every print's bytes differ).

    Each ``href`` is resolved as the web book resolves it: a page's own HTML (notebook
    outputs: ``../<report_id>/report.html#fig-f001``, ``../../../_static/data/…``)
    relative to that page's address (``<docname>.html``), Sphinx's references (class
    ``reference``, ``image-reference``: ``_downloads/<hash>/glossary.csv``) relative to
    the book's top, as the single page writes them. Then:

    - a page the PDF holds is a link within it: to the page's anchor
      (``#document-<docname>``), or to the element its fragment names in that page (the
      same id, e.g. ``fig-f001``, is in every annotated report: an ambiguous one gets an
      anchor of its own, ``wr-<docname>:<id>``), which Chromium prints as a GoTo;
    - any other address in the book (a download, a table, a page not printed) is its
      address in the published web book ``web`` (ending in "/"; ``pdf.web_address``)
      when known, else the link is dropped and its text stays;
    - ``#…`` anchors and http(s)/mailto links out of the book stay; any other (a
      ``file://`` link) is dropped.
    """
    from bs4 import Tag

    base = web or _NOWHERE
    ids: dict[str, list] = {}
    links = []
    for tag in soup.descendants:  # one walk: bs4's find_all takes seconds on a book
        if isinstance(tag, Tag):
            if tag.get("id"):
                ids.setdefault(tag["id"], []).append(tag)
            if tag.name == "a" and tag.get("href") is not None:
                links.append(tag)
    spans = {_docname(t[0]): t[0] for key, t in ids.items()
             if key.startswith("document-") and t[0].name == "span"}
    for link in links:
        href = link["href"].strip()
        if href.startswith("#"):
            continue
        own = not {"reference", "image-reference"} & set(link.get("class") or [])
        page = _page_of(link) if own else ""
        url = urljoin(base + (f"{page}.html" if page else ""), href)
        if url.startswith(base):
            where = urlsplit(url[len(base):])
            path = unquote(where.path)
            name = path + "index" if path.endswith("/") or not path else \
                re.sub(r"\.html$", "", path)
            if name in spans:
                link["href"] = "#" + _anchor(soup, spans[name], unquote(where.fragment), ids)
                continue
            url = url if web else ""
        elif urlsplit(url).scheme not in _KEPT:
            url = ""
        if url:
            link["href"] = url
        else:
            del link["href"]


def _anchor(soup, span, fragment: str, ids: dict[str, list]) -> str:
    """The id a link to ``fragment`` of the page ``span`` opens goes to (see ``relink``)."""
    name = _docname(span)
    inside = [t for t in ids.get(fragment, []) if _page_of(t) == name]
    if not inside or inside[0] is span.parent:  # none, or the page itself
        return span["id"]
    if len(ids[fragment]) == 1:
        return fragment
    anchor = f"wr-{name}:{fragment}"
    if anchor not in ids:
        target = inside[0]
        new = soup.new_tag("span", id=anchor)
        if target.can_be_empty_element:  # <img>, <br>: nothing goes inside
            target.insert_before(new)
        else:
            target.insert(0, new)
        ids[anchor] = [new]
    return anchor


def _cover(soup, title: str, subtitle: str, others: list[str], notes: list[str]):
    cover = soup.new_tag("section", attrs={"class": "wr-cover"})
    h1 = soup.new_tag("h1")
    h1.string = title
    cover.append(h1)
    if subtitle:
        sub = soup.new_tag("p", attrs={"class": "wr-cover-sub"})
        sub.string = subtitle
        cover.append(sub)
    for cls, lines in (("wr-cover-others", others), ("wr-cover-meta", notes)):
        box = soup.new_tag("div", attrs={"class": cls})
        for line in lines:
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
