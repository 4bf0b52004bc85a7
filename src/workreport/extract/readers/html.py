"""Web pages (``.html``, ``.htm``): the article body only, through readability-lxml.

A government site wraps a report in menus, breadcrumbs, share buttons, related links
and a footer with its record number; readability (the algorithm of Firefox's reader
view) keeps the article. Its HTML is then flattened to text with lxml: a line per
``<p>``, ``<br>`` or block element, entities decoded.
"""

from __future__ import annotations

import re
from pathlib import Path

from workreport.errors import InputError
from workreport.extract.readers import Source
from workreport.extract.readers.text import decode

__all__ = ["read"]

_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
           "section", "article", "blockquote")


def _charset(data: bytes) -> str | None:
    m = re.search(rb"<meta[^>]+charset=[\"']?([\w-]+)", data[:4096], re.I)
    return m.group(1).decode("ascii").lower() if m else None


def _text(fragment: str) -> str:
    import lxml.html

    root = lxml.html.fromstring(fragment)
    for bad in root.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    for el in root.iter(*_BLOCKS):
        el.tail = "\n" + (el.tail or "")
        if el.tag != "br":
            el.text = "\n" + (el.text or "")
    return re.sub(r"\n\s*\n+", "\n", root.text_content())


def read(data: bytes, path: str | Path) -> Source:
    """A web page's ``Source``: the article's text (``encoding`` "html"); its <title>
    comes as the field ``title``."""
    from readability import Document

    charset = _charset(data)
    try:
        page = data.decode(charset) if charset else decode(data, path)[0]
    except (LookupError, UnicodeDecodeError):
        page = decode(data, path)[0]
    try:
        doc = Document(page)
        body, title = doc.summary(html_partial=True), doc.short_title()
    except Exception as err:  # readability raises its own Unparseable and lxml errors
        raise InputError(f"not a readable web page ({type(err).__name__})", path) from None
    text = _text(body).strip()
    if not text:
        raise InputError("the web page has no article text", path)
    return Source(text, "html", fields={"title": title} if title else {})
