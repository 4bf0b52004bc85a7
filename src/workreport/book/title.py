"""The book's title, named after the reports the book holds; a Sphinx extension that sets it.

The title was typed in ``_config.yml`` ("Yuzhong 2014: a reproducible reading of a
Chinese government work report"), and ``book/index.md`` typed it again as its heading, so
a book of other reports still bore Yuzhong's name in the browser's title bar, the
sidebar and the PDF's Title metadata (session 67, tester). Now it is made from the
report the book opens with (``book_title``: "Yuzhong District 2014: a reproducible
reading of a Chinese government work report" for the project's catalogue, "Tangxian
County 2023: …" for a catalogue of Tangxian's report): ``workreport build`` writes it
into ``book/generated`` (``pages``: ``FILE``, the title, and ``HEADING``, the root page's
heading, which ``book/index.md`` includes), and this module, an extension of
``_config.yml``'s list, sets Sphinx's ``html_title`` from it in every build (the HTML, and
the single page the PDF prints, whose ``<title>`` ``printbook.arrange`` sets from
``read`` too). A ``title`` typed in ``_config.yml`` (a user's own) still wins; the
project's ships none. Session 68.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

__all__ = ["FILE", "HEADING", "READING", "book_title", "lead_name", "pages", "read", "setup",
           "typed"]

#: What the book is: after the name of the report it opens with, in its title and on the
#: printed cover.
READING = "a reproducible reading of a Chinese government work report"
#: ``book/generated/FILE``: the title, one line (``read``).
FILE = "title.txt"
#: ``book/generated/HEADING``: the root page's heading (``book/index.md`` includes it).
HEADING = "index-title.txt"


def lead_name(row: Mapping[str, Any]) -> str:
    """The short English name of a report: its government's (``english.report_label``)
    and its year, "Yuzhong District 2014"; the cover's title and the book's start."""
    from workreport.english import report_label, report_year

    return " ".join(str(x) for x in (report_label(row), report_year(row)) if x)


def book_title(lead: Mapping[str, Any] | None) -> str:
    """The book's title from the ``reports.csv`` row of the report it opens with
    (``homes.lead_report``): "<lead_name>: <READING>"; "Chinese government work reports:
    a reproducible reading" for a book of no report."""
    if not lead:
        return "Chinese government work reports: a reproducible reading"
    return f"{lead_name(lead)}: {READING}"


def typed(root: Path, config: Mapping[str, Any] | None = None) -> str:
    """The ``title`` typed in ``_config.yml`` of the book at ``root`` ("" when it has
    none), from ``config`` when the caller has read it, else read by
    ``render.read_config``, the one reader of ``_config.yml``; a file it refuses gives ""
    here (the build and ``workreport pdf`` report that ConfigError themselves)."""
    if config is None:
        from workreport.book.render import read_config
        from workreport.errors import ConfigError
        from workreport.paths import Layout

        try:
            config = read_config(Layout.at(root))
        except ConfigError:
            return ""
    value = config.get("title")
    return str(value).strip() if value else ""


def pages(root: Path, lead: Mapping[str, Any] | None) -> dict[str, str]:
    """The generated files (``FILE``, ``HEADING``: name → text) of a book at ``root``
    opening with the report ``lead`` (its row; None for none): the typed title when
    there is one, else ``book_title``; in the heading, Markdown escaped and ``<``, ``>``,
    ``&`` full-width (sphinx-book-theme writes the root page's title unescaped)."""
    from workreport import literal

    title = typed(root) or book_title(lead)
    # The heading with <, > and & in full-width forms (``literal.title``): the theme
    # writes the root page's title into every page's sidebar unescaped.
    heading = literal.markdown(literal.title(title))
    return {FILE: literal.cell(title) + "\n", HEADING: f"# {heading}\n"}


def read(root: Path, config: Mapping[str, Any] | None = None) -> str:
    """The book's title at ``root``: the typed one (``typed``, from ``config`` when given),
    else what the build wrote (``book/generated/FILE``), else ``book_title(None)``
    (nothing built yet)."""
    title = typed(root, config)
    if title:
        return title
    try:
        written = (Path(root) / "book" / "generated" / FILE).read_text(encoding="utf-8")
    except OSError:
        written = ""
    return written.strip() or book_title(None)


def _set_title(app, config) -> None:
    """config-inited: ``html_title`` (the browser's title bar, the sidebar's heading),
    with ``<``, ``>`` and ``&`` made harmless (``literal.title``: it is read from the
    reports' texts, and the theme writes it unescaped)."""
    from workreport import literal

    config.html_title = literal.title(read(Path(app.srcdir)))


#: The page layout with the browser's title once on the page titled as the book: Sphinx
#: writes "<page title> — <book title>", so the root page, whose heading is the book's
#: title, read "X — X" (session 68, tester). Every other page keeps the suffix.
_LAYOUT = ('{% extends "!layout.html" %}{%- block htmltitle %}\n    <title>'
           '{{ title|striptags|e }}{% if title|striptags != docstitle|striptags %}'
           '{{ titlesuffix }}{% endif %}</title>\n{%- endblock %}')


def _title_once(app) -> None:
    """builder-inited: put ``_LAYOUT`` in the HTML builder's template search after the
    project's ``templates_path`` (a layout of its own wins) and before the theme's, whose
    layout (``!layout.html``) it extends; nothing for a builder without Jinja
    templates."""
    from jinja2 import DictLoader

    templates = getattr(app.builder, "templates", None)
    if templates is None or not hasattr(templates, "loaders"):
        return
    templates.loaders.insert(templates.templatepathlen,
                             DictLoader({"layout.html": _LAYOUT}))
    templates.templatepathlen += 1  # "!layout.html" still starts from the theme


def setup(app) -> dict[str, Any]:
    """Register the extension (``extensions`` in ``_config.yml``)."""
    app.connect("config-inited", _set_title)
    app.connect("builder-inited", _title_once)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
