"""PDF: the text layer, its printed lines rejoined into paragraphs.

The text is read with pypdfium2, the PDFium binding pdfplumber itself depends on
(Apache-2.0/BSD; PyMuPDF is AGPL and so out). pypdf and pdfplumber's own layout
analysis read the 2015 State Council report at 2-3 pages a second on this machine;
PDFium reads it at over 30, and maps the Kangxi radicals some PDFs draw with (⼈)
back to the characters they stand for.

What a printed report adds to its text is taken away: the running header repeated at
the top of every page ("政府工作报告"), page numbers ("— 12 —", "12", "第12页"), and
the line breaks of the printed column: a line that fills the column continues its
paragraph (Chinese lines join without a space, English words with one); a shorter one
ends it.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from pathlib import Path

from workreport.errors import InputError
from workreport.extract.readers import Source

__all__ = ["PAGE_NUMBER", "read"]

#: A printed page number on a line of its own; a Word file converted from a PDF keeps them
#: (readers.docx drops them too).
PAGE_NUMBER = re.compile(r"^(?:[—\-–－]\s*\d{1,4}\s*[—\-–－]|\d{1,4}|"
                          r"第\s*\d{1,4}\s*页(?:\s*共\s*\d+\s*页)?|\d{1,4}\s*/\s*\d{1,4})$")
# A line at least this share of the column's width fills it.
_FULL = 0.9


def _width(line: str) -> float:
    """Printed width in Chinese characters: ASCII letters and digits take half."""
    return sum(0.5 if ch.isascii() else 1.0 for ch in line)


def _pages(data: bytes, path: Path) -> list[list[str]]:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as err:
        # PDFium says "Failed to load document (PDFium: Data format error)."; the user
        # needs its reason only, and what it usually means.
        why = re.sub(r"^Failed to load document \((?:PDFium: )?(.*?)\)\.?$", r"\1", str(err))
        reason = "encrypted: a password-protected PDF cannot be read" \
            if "password" in str(err).lower() else \
            f"not a readable PDF ({why}: truncated, or not a PDF)"
        raise InputError(reason, path) from None
    try:
        pages = []
        for i in range(len(pdf)):
            text = pdf[i].get_textpage().get_text_range()
            pages.append([line.strip() for line in re.split(r"\r\n|\r|\n", text)])
        return pages
    finally:
        pdf.close()


def _running_lines(pages: list[list[str]]) -> set[str]:
    """Lines printed at the top or bottom of at least half the pages (running headers
    and footers)."""
    edges: Counter[str] = Counter()
    for lines in pages:
        kept = [line for line in lines if line]
        edges.update(set(kept[:2] + kept[-2:]))
    return {line for line, n in edges.items() if len(pages) >= 3 and n >= len(pages) / 2}


def read(data: bytes, path: str | Path) -> Source:
    """A PDF's ``Source``: paragraphs one per line, ``pages`` the offset of each page.

    Raises ``InputError`` for an encrypted PDF and for one without a text layer
    ("no text layer: a scanned PDF needs OCR").
    """
    path = Path(path)
    pages = _pages(data, path)
    running = _running_lines(pages)
    kept = [[line for line in lines if line and line not in running
             and not PAGE_NUMBER.match(line)] for lines in pages]
    if sum(len(line) for lines in kept for line in lines) < 50:
        raise InputError("no text layer: a scanned PDF needs OCR", path)
    widths = [_width(line) for lines in kept for line in lines]
    column = statistics.quantiles(widths, n=10)[-1] if len(widths) >= 10 else max(widths)
    out: list[str] = []
    starts: list[int] = []
    size = 0  # length of "\n".join(out) so far, plus the open paragraph
    paragraph = ""
    for lines in kept:
        starts.append(size)
        for line in lines:
            if paragraph[-1:].isascii() and paragraph[-1:].isalpha() and line[0].isascii() \
                    and line[0].isalpha():
                line = " " + line  # an English word wrapped at the column's edge
            paragraph += line
            size += len(line)
            if _width(line) < _FULL * column:
                out.append(paragraph)
                paragraph = ""
                size += 1  # the line break that will follow it
    if paragraph:
        out.append(paragraph)
    return Source("\n".join(out), "pdf", tuple(starts))
