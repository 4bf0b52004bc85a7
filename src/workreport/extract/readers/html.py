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


# How a site joins its own name to a page's title: "…报告_政府工作报告_人民政府门户网站"
# (gov.cn), "… - 新华网", "… | 人民网".
_TITLE_SEPARATOR = re.compile(r"\s*[_|｜]\s*|\s+[-–—]\s+")


def _own_title(title: str) -> str:
    """The page's own title without the site's name and sections: the first part that
    names a report (报告), else the first part."""
    parts = [p for p in _TITLE_SEPARATOR.split(title.strip()) if p]
    return next((p for p in parts if "报告" in p), parts[0] if parts else "")


def read(data: bytes, path: str | Path) -> Source:
    """A web page's ``Source``: the article's text (``encoding`` "html"); its <title>,
    without the site's name (``_own_title``), comes as the field ``title``."""
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
    title = _own_title(title or "")
    return Source(text, "html", fields={"title": title} if title else {})
