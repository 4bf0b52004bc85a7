"""PDF: the text layer, its printed lines rejoined into paragraphs.

The text is read with pypdfium2, the PDFium binding pdfplumber itself depends on
(Apache-2.0/BSD; PyMuPDF is AGPL and so out). pypdf and pdfplumber's own layout
analysis read the 2015 State Council report at 2-3 pages a second on this machine;
PDFium reads it at over 30, and maps the Kangxi radicals some PDFs draw with (⼈)
back to the characters they stand for.

What a printed report adds to its text is taken away: the running header repeated at
the top or bottom of every page ("政府工作报告", "XX办公厅 第12页": compared with their
numbers masked, and only where they are usually printed, so a title the header repeats
stays), page numbers ("— 12 —", "· 12 ·", "12", "第12页"), and
the line breaks of the printed column: a line that fills its column continues its
paragraph (Chinese lines join without a space, English words with one) unless it ends a
sentence and the next line is indented or set apart by a blank space, or the next line
is indented by about a paragraph's indent (a heading filling its line, round 30); a
shorter one ends it. A line fills its column when it reaches the column's right edge or when the
next line's first word would not have fitted after it (ragged right); each column of a
two-column page has its own edges (round 29). The
lines' positions come from PDFium's character boxes (round 29: counting characters took
an indented first line for a short one and cut "…稳定增" / "长。"), and a bare number is
a page number only at the page's top or bottom (a subscript on a line of its own, the 2
of "广义货币M" "2", is text).
"""

from __future__ import annotations

import bisect
import itertools
import re
import statistics
import warnings
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from workreport.errors import InputError
from workreport.extract.readers import ReportWarning, Source
from workreport.extract.readers.unmapped import garbled

__all__ = ["PAGE_NUMBER", "read"]

#: A printed page number on a line of its own; a Word file converted from a PDF keeps them
#: (readers.docx drops them too).
PAGE_NUMBER = re.compile(r"^(?:[—\-–－·•・]\s*\d{1,4}\s*[—\-–－·•・]|\d{1,4}|"
                          r"第\s*\d{1,4}\s*页(?:\s*共\s*\d+\s*页)?|\d{1,4}\s*/\s*\d{1,4})$")
# A line whose right end comes within this share of a character's height of the column's
# right edge fills the column (PDFium's loose boxes span each glyph's advance, so a
# closing "，" at the edge reaches it).
_FULL = 0.5
# A line starting this share of a character's height right of the column's left edge is
# indented: a paragraph's first line (two characters in), or a centred heading.
_INDENT = 0.8
# A line indented at most this many characters is a paragraph's first line.
_PARAGRAPH_INDENT = 3.5
# What ends a sentence, and so may end a paragraph; a full line ending otherwise wraps on.
_SENTENCE_END = tuple("。！？；：…”’）)!?;:")
# A line's first unbreakable chunk: a character or a run of Latin letters and digits, with
# the opening marks before it and the closing ones after it (none of which a line may end
# or start with). A ragged-right line wrapped because this chunk of the next did not fit.
_HEAD = re.compile(r"[（(《〈【\[「『“‘]*(?:[A-Za-z0-9.,%‰+/]+|.)"
                   r"(?:[）)》〉】\]」』。，、；：！？!?,.;:%…—”’]|[“‘][A-Za-z0-9.,%‰+/]*)*")
# Lines whose spacing exceeds the usual by this factor are separate paragraphs (a space
# between paragraphs).
_SPACED = 1.4
# What PDFium gives for a glyph whose font maps it to no character (a font embedded
# without its Unicode map; round 29: Chromium printing Chinese with no Chinese font
# installed): such characters are lost to the reading, and the reader says so.
_NO_TEXT = re.compile("[\x00\ufffd\ufffe]")


@dataclass(frozen=True)
class _Line:
    """A printed line as PDFium gives it: its text and box (points, origin bottom left)."""

    text: str
    left: float = 0.0
    right: float = 0.0
    bottom: float = 0.0
    height: float = 0.0
    head: float = 0.0  # width of its first unbreakable chunk (see _HEAD)
    lost: int = 0  # characters drawn with no text behind them (see _NO_TEXT)


def _lines(textpage) -> list[_Line]:
    """The page's lines, each with the box of its characters (their loose boxes: the font's
    ascent to descent, each glyph's advance wide, so a glyph missing from the file still
    has one)."""
    text = textpage.get_text_range()
    boxed = len(text) == textpage.count_chars()  # one box per character
    lines, start = [], 0
    for m in re.finditer(r"\r\n|\r|\n|$", text):
        chunk = text[start:m.start()]
        first = start + len(chunk) - len(chunk.lstrip())
        start = m.end()
        line = chunk.strip()
        if not line:
            continue
        if not boxed:
            lines.append(_Line(_NO_TEXT.sub("", line).strip(), lost=len(_NO_TEXT.findall(line))))
            continue
        boxes = [textpage.get_charbox(k, loose=True) for k in range(first, first + len(line))
                 if not text[k].isspace()]
        head = first + len(_HEAD.match(line).group()) - 1
        lines.append(_Line(_NO_TEXT.sub("", line).strip(), min(b[0] for b in boxes),
                           max(b[2] for b in boxes), min(b[1] for b in boxes),
                           statistics.median(b[3] - b[1] for b in boxes),
                           textpage.get_charbox(head, loose=True)[2] - boxes[0][0],
                           len(_NO_TEXT.findall(line))))
    return lines


def _pages(data: bytes, path: Path) -> tuple[list[list[_Line]], bool]:
    """The lines of each page, and whether a page with little text bears an image (a
    scan, not a blank page)."""
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
        pages, images = [], False
        for i in range(len(pdf)):
            pages.append(_lines(pdf[i].get_textpage()))
            if not images and sum(len(line.text) for line in pages[-1]) < 50:
                images = any(obj.type == pdfium.raw.FPDF_PAGEOBJ_IMAGE
                             for obj in pdf[i].get_objects(max_depth=3))
        return pages, images
    finally:
        pdf.close()


def _masked(text: str) -> str:
    """A line with its numbers masked and its spaces dropped: a running header or footer
    carrying the page's number ("安徽省人民政府办公厅 第5页") reads the same on every page."""
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def _edges(lines: list[_Line]) -> list[_Line]:
    """The lines at the page's top or bottom: the first or last two PDFium gives, and with
    boxes the two highest and two lowest."""
    edges = lines[:2] + lines[-2:]
    if any(line.height for line in lines):
        by_height = sorted(lines, key=lambda line: line.bottom)
        edges += by_height[:2] + by_height[-2:]
    return edges


def _mapped(pages: list[list[_Line]], path: Path) -> list[list[_Line]]:
    """The pages without their garbled lines (``unmapped.garbled``: a font without its
    Unicode map). Raises ``InputError`` when they are most of the text; warns, naming how
    many, when they are some (a heading font's)."""
    # A short line at a page's top or bottom in such a font is its number or running line
    # (Chromium draws "— 3 —" footers so): it goes without a word, as page numbers do.
    pages = [[line for line in lines if not (garbled(line.text) and len(line.text) <= 5
                                             and any(line is e for e in _edges(lines)))]
             for lines in pages]
    bad = [line.text for lines in pages for line in lines if garbled(line.text)]
    if not bad:
        return pages
    share = sum(map(len, bad)) / sum(len(line.text) for lines in pages for line in lines)
    sample = "".join(ch for ch in max(bad, key=len) if ch.isprintable())[:12]
    if share >= 0.5:
        raise InputError(f"its text layer does not map to characters: {share:.0%} of the text "
                         f"reads as glyph numbers (\"{sample}…\"; a font embedded without "
                         f"its Unicode map): the PDF needs OCR or its source", path)
    warnings.warn(f"{path}: {len(bad)} line(s) are drawn with a font whose text layer does "
                  f"not map to characters (\"{sample}…\"); the reading leaves them out",
                  ReportWarning, stacklevel=3)
    return [[line for line in lines if not garbled(line.text)] for lines in pages]


def _running_lines(pages: list[list[_Line]]) -> dict[str, float | None]:
    """Lines printed at the top or bottom of at least half the pages (running headers and
    footers), compared with their numbers masked (``_masked``), each with where it is
    printed (its usual bottom; None without boxes)."""
    seen: dict[str, list[float]] = {}
    for lines in pages:
        here: dict[str, float] = {}
        for line in _edges(lines):
            here.setdefault(_masked(line.text), line.bottom)
        for key, bottom in here.items():
            seen.setdefault(key, []).append(bottom)
    return {key: (statistics.median(bottoms) if any(bottoms) else None)
            for key, bottoms in seen.items()
            if len(pages) >= 3 and len(bottoms) >= len(pages) / 2}


def _is_running(line: _Line, running: dict[str, float | None]) -> bool:
    """Whether ``line`` is a running header or footer: one of ``running`` printed where it
    usually is. The report's title on its first page, the running header's text set
    elsewhere, stays (round 30: a header repeating the title deleted it)."""
    key = _masked(line.text)
    if key not in running:
        return False
    where = running[key]
    return where is None or abs(line.bottom - where) <= max(line.height, 1.0)


def _page_number(line: _Line, lines: list[_Line]) -> bool:
    """Whether ``line`` is the page's number: it reads like one and is printed at the
    page's top or bottom (``_edges``). A digit inside the page is text: a subscript or
    superscript that PDFium puts on a line of its own (the 2 of 广义货币M2, round 29)."""
    return bool(PAGE_NUMBER.match(line.text)) and any(line is edge for edge in _edges(lines))


def _continues(line: _Line, after: _Line, column: _Column) -> bool:
    """Whether the printed line ``after`` continues the paragraph of ``line``.

    With the lines' boxes: a line that fills its column wraps on, unless it ends a
    sentence and the next line is indented (a new paragraph's first line) or set apart by
    more than the usual line spacing, or the next line is indented by a paragraph's
    indent (at most ``_PARAGRAPH_INDENT`` characters and not centred: a heading that fills
    its line ends in no punctuation, round 30). A line fills its column when it ends within half a
    character of the column's right edge, or when the first chunk of the next line
    (``_HEAD``) would not have fitted after it (ragged right, round 29: "…12个县" /
    "（市、区）"). So a wrapped paragraph whose first line is indented, or a heading over
    two lines ("…保持经济稳定增" / "长。", round 29), stays one paragraph, and a short line
    (a heading, a paragraph's last line) ends one. Without boxes, by counted width."""
    em = column.em
    if not em:
        return _width(line.text) >= 0.9 * column.rights[-1]
    edge = column.rights[column.index(line)]
    if edge - line.right > max(_FULL * em, after.head):
        return False
    spacing = line.bottom - after.bottom
    if spacing > _SPACED * column.pitch * max(line.height, after.height):
        return False
    k = column.index(after)
    indent = after.left - column.lefts[k]
    if indent < _INDENT * em:
        return True
    # Indented by about a paragraph's indent and not centred: a new paragraph whatever the
    # line before ends with (a heading filling its line, round 30); a short centred line
    # (a heading's second line) continues one unless the line before ends a sentence.
    centred = abs(indent - (column.rights[k] - after.right)) < 1.5 * em
    return not (line.text.endswith(_SENTENCE_END) or
                (indent <= _PARAGRAPH_INDENT * em and not centred))


def _width(line: str) -> float:
    """Printed width in Chinese characters: ASCII letters and digits take half."""
    return sum(0.5 if ch.isascii() else 1.0 for ch in line)


@dataclass(frozen=True)
class _Column:
    """Where the text's columns end (their right edges, ascending), where they start,
    a character's height and the usual spacing of lines as a share of it."""

    rights: tuple[float, ...]
    lefts: tuple[float, ...] = ()
    em: float = 0.0
    pitch: float = 0.0

    def index(self, line: _Line) -> int:
        """Which column ``line`` is printed in: the first whose right edge it ends before."""
        return next((k for k, r in enumerate(self.rights) if line.right <= r + self.em),
                    len(self.rights) - 1)


def _column(pages: list[list[_Line]]) -> _Column:
    """The columns' right edges: the rightmost end of each cluster of line ends shared by
    a tenth of the wide lines and crossed by none (so both columns of a two-column page;
    round 29); with no boxes, the width of a full line in characters for the right edge
    and 0 for the rest."""
    lines = [line for page in pages for line in page]
    if not any(line.height for line in lines):
        widths = [_width(line.text) for line in lines]
        return _Column((statistics.quantiles(widths, n=10)[-1] if len(widths) >= 10
                        else max(widths),))
    em = statistics.median(line.height for line in lines)
    # A column's lines are wide: a list of short lines ("01-24") sharing an end is not one.
    wide = [line for line in lines if line.right - line.left >= 8 * em] or lines
    rights = sorted(line.right for line in wide)
    need = max(2, len(rights) / 10)
    dense = [r for i, r in enumerate(rights)
             if i + 1 - bisect.bisect_left(rights, r - em) >= need]
    ends = [r for i, r in enumerate(dense) if i + 1 == len(dense) or dense[i + 1] - r > em]
    # Columns stand side by side: no line of the next crosses a column's right edge.
    edges = tuple(r for r in ends if not any(line.left < r < line.right - em
                                             for line in wide)) or rights[-1:]
    # Each column's left edge: the leftmost start that two of its lines share (a
    # paragraph's later lines; not a stray line in the margin).
    lefts = []
    for k, edge in enumerate(edges):
        low = edges[k - 1] if k else -1.0
        starts = Counter(round(line.left) for line in lines if low < line.right <= edge + em)
        lefts.append(min((x for x, n in starts.items() if n >= 2), default=min(starts)))
    spacings = [(a.bottom - b.bottom) / max(a.height, b.height) for page in pages
                for a, b in itertools.pairwise(page) if 0 < a.bottom - b.bottom < 4 * em]
    return _Column(edges, tuple(lefts), em,
                   statistics.median(spacings) if spacings else 99.0)


def read(data: bytes, path: str | Path) -> Source:
    """A PDF's ``Source``: paragraphs one per line, ``pages`` the offset of each page.

    Raises ``InputError`` for an encrypted PDF, for one without a text layer ("no text
    layer: a scanned PDF needs OCR"; "no text" when its pages bear no image either) and for
    one whose text layer reads mostly as glyph numbers (``_mapped``).
    """
    path = Path(path)
    pages, images = _pages(data, path)
    lost = sum(line.lost for lines in pages for line in lines)
    pages = [[line for line in lines if line.text] for lines in pages]
    pages = _mapped(pages, path)
    running = _running_lines(pages)
    kept = []
    for lines in pages:
        body = [line for line in lines if not _is_running(line, running)]
        kept.append([line for line in body if not _page_number(line, body)])
    if sum(len(line.text) for lines in kept for line in lines) < 50:
        raise InputError("no text layer: a scanned PDF needs OCR" if images else
                         "no text: its pages bear neither text nor images", path)
    if lost:
        warnings.warn(f"{path}: {lost} character(s) are drawn with a font that gives no text "
                      f"for them; the reading leaves them out", ReportWarning, stacklevel=2)
    column = _column(kept)
    out: list[str] = []
    size = 0  # length of "\n".join(out) so far, plus the open paragraph
    paragraph = ""
    flat = [(i, line) for i, lines in enumerate(kept) for line in lines]
    starts = [0] * len(kept)
    seen = -1
    for n, (page, line) in enumerate(flat):
        while seen < page:
            seen += 1
            starts[seen] = size
        text = line.text
        if paragraph[-1:].isascii() and paragraph[-1:].isalpha() and text[0].isascii() \
                and text[0].isalpha():
            text = " " + text  # an English word wrapped at the column's edge
        paragraph += text
        size += len(text)
        if n + 1 == len(flat) or not _continues(line, flat[n + 1][1], column):
            out.append(paragraph)
            paragraph = ""
            size += 1  # the line break that will follow it
    for empty in range(seen + 1, len(kept)):  # pages after the last line of text
        starts[empty] = max(size - 1, 0)
    return Source("\n".join(out), "pdf", tuple(starts))
