"""Report text as literal text in Markdown and HTML, and numbers as the book prints them.

Report text is untrusted: a report (or a catalogue entry) may carry ``<script>``,
Markdown emphasis, links, MyST roles (``{glue:text}`x` ``) or directive fences. Every
place that puts such text on a page goes through one of these functions, so it reaches
the reader as the characters it is, never as markup:

- ``markdown``: Markdown/MyST (prose paragraphs, headings, table cells of a page);
- ``html``: HTML element content and attribute values;
- ``title``: page titles, which the theme also writes unescaped in places.

``number`` is the one way a figure is written (tables, prose, chart labels, the hover
titles of the annotated report).
"""

from __future__ import annotations

import html as _html
import math
import re
from typing import Any

import pandas as pd

__all__ = ["cell", "html", "markdown", "missing", "number", "ordinal", "text_of", "title"]

# CommonMark lets a backslash escape any ASCII punctuation (and MyST keeps the rule), so
# escaping all of it leaves no emphasis, link, role, HTML, math, table break or fence.
_ASCII_PUNCT = re.compile(r"([!-/:-@\[-`{-~])")
_SPACE = re.compile(r"\s+")
# Page titles reach places the theme writes without escaping (sphinx-book-theme's print
# table of contents strips tags from the title, which also unescapes entities), so the
# characters that could open a tag or an entity become their full-width forms there.
_TITLE_SAFE = str.maketrans({"<": "＜", ">": "＞", "&": "＆"})


def missing(v: Any) -> bool:
    """Whether a table cell holds no value: None, pandas' NA or a float NaN."""
    return v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v))


def text_of(v: Any) -> str:
    """A table cell as text, "" where it holds no value (``missing``): a qualifier or an id
    as the prose reads it (session 69: one helper, for ``targets`` and ``prose``)."""
    return "" if missing(v) else str(v)


def number(v: float) -> str:
    """A figure as the book prints it: 12, 804.2, 4.48, 27,827, −3.7 (a true minus sign,
    thousands separators, at most four decimals, no float noise)."""
    v = float(v)
    if math.isnan(v):
        return ""
    v = round(v, 4)  # 80.42000000000002 → 80.42 before the integer test
    text = f"{int(abs(v)):,}" if v == int(v) else f"{abs(v):,.4f}".rstrip("0").rstrip(".")
    return ("−" if v < 0 else "") + text


def ordinal(n: int) -> str:
    """A whole number as an English ordinal in digits: 1st, 2nd, 12th, 13th, 22nd (a plan
    period, "the 13th five-year plan"; a congress's term, "the 12th National People's
    Congress")."""
    tail = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{tail}"


def cell(v: Any) -> str:
    """A table value as text: "" for a missing value, ``number`` for a float."""
    if missing(v):
        return ""
    if isinstance(v, float):
        return number(v)
    return str(v)


def markdown(value: Any) -> str:
    """``value`` as literal Markdown/MyST text on one line: every ASCII punctuation mark
    backslash-escaped, each run of white space (line breaks too) one space, "" for a
    missing value. ``markdown("**x** <b>")`` renders as ``**x** <b>``."""
    return _ASCII_PUNCT.sub(r"\\\1", _SPACE.sub(" ", cell(value)))


def html(value: Any) -> str:
    """``value`` (as ``cell`` writes it) escaped for HTML content or a quoted attribute."""
    return _html.escape(cell(value), quote=True)


def title(text: Any) -> str:
    """A page title with ``<``, ``>`` and ``&`` in their full-width forms (＜img …＞)."""
    return cell(text).translate(_TITLE_SAFE)
