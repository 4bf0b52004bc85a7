"""Stage 1: read a report's bytes, decode them, normalise the text.

Everything downstream works on the normalised text and its character offsets, so
the same report saved as GBK, as UTF-8 with a BOM and CRLF, or with full-width
digits gives exactly the same text (and so the same rows).

Normalisation repairs the scars of PDF-to-text conversion seen in real reports:
full-width digits (１２％), stray spaces ("10 个", "第十七届 人民代表大会"),
half-width punctuation between Chinese characters ("(八) ", ", "), and sentences
split by a page break into two paragraphs ("国际知名品牌\\n\\n15个").
"""

from __future__ import annotations

import bisect
import re
import unicodedata
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from workreport.extract.readers import ReportWarning, Source, read
from workreport.extract.readers.pager import WebPages
from workreport.extract.readers.scars import drop_second_copy, repair
from workreport.extract.readers.script import is_traditional, to_simplified
from workreport.extract.readers.text import decode
from workreport.extract.structure import heading_style

__all__ = ["Document", "decode", "load", "normalise", "row_number"]

@dataclass(frozen=True)
class Document:
    """A read, repaired and normalised report: the text every offset in the tables
    points into.

    ``text`` is what extraction matches: simplified Chinese. ``written`` is the text
    as the report writes it when that differs (traditional characters), of the same
    length, so an offset into one is an offset into the other (``shown`` is the one to
    show and quote). ``pages`` holds, for a PDF, the offset in ``text`` at which each
    page begins (page n at index n-1); ``fields`` what the file states outside the
    report's own words (a scraper's 标题 and 发文单位, a spreadsheet row's columns);
    ``web_pages`` the pages of a paged web article the text holds where it lacks some
    (``readers.pager``; None for a whole text).
    """

    report_id: str
    path: Path
    encoding: str
    text: str
    written: str = ""
    pages: tuple[int, ...] = ()
    fields: dict[str, str] = field(default_factory=dict)
    web_pages: WebPages | None = None

    @property
    def shown(self) -> str:
        """The text as written: what the annotated page shows and quotes come from."""
        return self.written or self.text

    def page(self, offset: int) -> int | None:
        """The 1-based page holding ``offset``, or None for a format without pages."""
        return bisect.bisect_right(self.pages, offset) if self.pages else None


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


# --- normalisation -------------------------------------------------------------------

_FULLWIDTH = {chr(0xFF10 + i): str(i) for i in range(10)}
_FULLWIDTH.update({chr(0xFF21 + i): chr(0x41 + i) for i in range(26)})
_FULLWIDTH.update({chr(0xFF41 + i): chr(0x61 + i) for i in range(26)})
_FULLWIDTH.update({"％": "%", "\u3000": " ", "\u00a0": " ", "\u200b": "", "\ufeff": ""})
# Found by one pattern and replaced where found: ``str.translate`` with a mapping looks up
# every character of the report, and most reports hold few or none of these.
_FULLWIDTH_RE = re.compile("[" + "".join(map(re.escape, _FULLWIDTH)) + "]")

# Half-width punctuation written between Chinese characters becomes the full-width form
# the rest of the report uses ("社区建设, 解决" → "社区建设，解决").
_HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？", "(": "（", ")": "）"}


def _cjkish(ch: str) -> bool:
    """Chinese characters and the punctuation that lives among them."""
    return _is_cjk(ch) or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef" \
        or "\u2010" <= ch <= "\u206f"


_HALF = re.compile("[" + re.escape("".join(_HALF_TO_FULL)) + "]")


def _fix_punctuation(line: str) -> str:
    if not _HALF.search(line):
        return line  # most lines: nothing half-width to look at, character by character
    out = list(line)
    n = len(out)
    for i, ch in enumerate(out):
        if ch not in _HALF_TO_FULL:
            continue
        prev = next((out[j] for j in range(i - 1, -1, -1) if out[j] != " "), "")
        nxt = next((out[j] for j in range(i + 1, n) if out[j] != " "), "")
        if ch in ",.:" and prev.isdigit() and nxt.isdigit():
            continue  # 1,000 and 10:30 are numbers
        if ch == "(":
            # An opening bracket is Chinese when what it opens is ("(八)", "(PM2.5)" is not).
            if _cjkish(nxt) or (prev and _cjkish(prev) and not nxt.isascii()):
                out[i] = "（"
        elif ch == ")":
            if _cjkish(prev) or (nxt and _cjkish(nxt) and not prev.isascii()):
                out[i] = "）"
        elif (prev and _cjkish(prev)) or (nxt and _cjkish(nxt) and not prev.isascii()):
            out[i] = _HALF_TO_FULL[ch]
    return "".join(out)


_SPACES = re.compile(r"[ \t]+")


def _fix_spaces(line: str) -> str:
    """Drop spaces that PDF extraction put inside Chinese text and numbers ("10 个" → "10个").

    A space is kept only where English needs it: between two ASCII words or numbers, and
    between an English word of two or more letters and Chinese ("发展 and 拓展").
    """

    def repl(m: re.Match[str]) -> str:
        s, e = m.start(), m.end()
        if s == 0 or e == len(line):
            return ""
        left, right = line[s - 1], line[e]
        if left.isascii() and left.isalnum() and right.isascii() and right.isalnum():
            return " "
        word_left = re.search(r"[A-Za-z]{2,}$", line[:s])
        word_right = re.match(r"[A-Za-z]{2,}", line[e:])
        if (word_left and not re.search(r"\d[A-Za-z]+$", line[:s])) or word_right:
            return " "
        return ""

    return _SPACES.sub(repl, line)


_TERMINAL = tuple("。！？：；…”」』）)!?:;")
_FRAGMENT = re.compile(r"^[A-Za-z0-9.]{1,6}$")
_QUOTE_CLOSE, _SENTENCE_END = ("”", "」", "』"), "。！？…!?"
# An amount opening a line: digits and a unit or magnitude, not a year (2024年) or a marker.
_TORN_AMOUNT = re.compile(r"\d+(?:\.\d+)?(?!\d|年|[.．、])[万亿千百]?[\u4e00-\u9fff%]")


def _is_marker(line: str) -> bool:
    return bool(heading_style(line)) or line.startswith(("——", "附件", "来源"))


# Round 63 (y7, issue 13: non-figures read as figures): a web page's date of a listed article
# on a line of its own ("10-15", "2023-10-15" before "米易县旅游" under 相关文章), a month and a
# day of two digits each; glued to the next line it read as a range with a unit ("10-15米易县
# 旅游": 10-15米). A range torn from its sentence ("1-2" then "个…") is no such date.
_DATE_LINE = re.compile(r"(?:(?:19|20)\d\d-)?(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])")
# Round 63 review (k63e): a range torn from its sentence ("每个乡镇培育\n10-12\n个特色产业",
# "全县新培育\n10-15\n家龙头企业") looks like such a date; the next line opening with a
# classifier (个, 家, 项 …) continues it. A title after a date line ("米易县旅游") does not.
_CLASSIFIER_OPEN = re.compile(r"[个家项件户所座条名处批类只台套辆栋种支万亿%]")


# A text is hard-wrapped (one paragraph per printed line: a Word file converted from a PDF)
# when at least this share of its lines of ``_WRAP_LEAST`` characters or more are within one
# character of their commonest length, the printed width; a heading line cut at that width
# reaches it within ``_WRAP_SLACK`` characters (a first line's indent of two, a heading's
# wider font). Session 69: a section title cut at the wrap lost its end to the body.
_WRAP_SHARE, _WRAP_LEAST, _WRAP_LINES, _WRAP_SLACK = 1 / 3, 10, 20, 3


def _wrap_width(lines: list[str]) -> int | None:
    """The width in characters at which ``lines`` were hard-wrapped (the commonest length of
    the lines of ``_WRAP_LEAST`` characters or more, when ``_WRAP_SHARE`` of them or more
    are within one character of it and there are ``_WRAP_LINES`` of them or more); None for
    a text written one paragraph per line (session 69)."""
    lengths = [len(line) for line in lines if len(line) >= _WRAP_LEAST]
    if len(lengths) < _WRAP_LINES:
        return None
    width = max(sorted(set(lengths)), key=lengths.count)
    near = sum(abs(n - width) <= 1 for n in lengths)
    return width if near >= _WRAP_SHARE * len(lengths) else None


def _cut_at_width(line: str, width: int | None) -> bool:
    """Is the heading ``line`` cut mid-phrase at the printed ``width``? It reaches the width
    (within ``_WRAP_SLACK``, never beyond it by more: a line already joined is longer) and
    ends in a Chinese character or an opening quote, not a stop, a comma or a bracket
    ("（六）促进城乡融合发展，城镇建设和乡村振兴取得扎实成" + "效。…"; session 69)."""
    return width is not None and width - _WRAP_SLACK <= len(line) <= width + _WRAP_SLACK \
        and (_is_cjk(line[-1]) or line[-1] in "“‘")


def _joins_next(line: str, nxt: str, in_title_block: bool, width: int | None = None) -> bool:
    """Is ``line`` a sentence cut by a page break, continued by ``nxt``? Not a web page's date
    on a line of its own, before or after (``_DATE_LINE``: "10-15" then "米易县旅游"), unless the
    next line opens with a classifier (``_CLASSIFIER_OPEN``: "10-12" then "个特色产业", a torn
    range; round 63 review, k63e). ``width``: the printed width of a hard-wrapped text
    (``_wrap_width``), at which a heading line may be cut (``_cut_at_width``)."""
    if not line or not nxt or _is_marker(nxt):
        return False
    if line.endswith(_TERMINAL):
        # A closing quote inside a sentence, an amount after it on the next line (a Word
        # file's stray break: "建设改造“四好农村路”" + "850公里，…"; session 66): one line.
        return line.endswith(_QUOTE_CLOSE) and line[-2:-1] not in _SENTENCE_END \
            and not _is_marker(line) and bool(_TORN_AMOUNT.match(nxt))
    if (_DATE_LINE.fullmatch(line) and not _CLASSIFIER_OPEN.match(nxt)) \
            or _DATE_LINE.fullmatch(nxt):
        return False
    if _FRAGMENT.match(line) or _FRAGMENT.match(nxt):
        return True  # "M" / "2" / "增长13.6%": a superscript or a number torn from its line
    if line[-1].isascii() and line[-1].isalnum():
        return True
    if nxt[0] in "，、。；：）)%":
        return True
    if _is_marker(line) and "。" not in line:
        # A heading wrapped onto a second short line: "三、持续提升政府" + "治理效能和服务水平".
        # In a hard-wrapped text a heading reaching the printed width ends mid-phrase there:
        # "（二）…以科技创新赋能现代化产业体" + "系建设。坚持…" (session 69).
        return (heading_style(line) == "part" and len(nxt) <= 20
                and not re.search(r"[，。；：]", nxt)) or _cut_at_width(line, width)
    if in_title_block:
        return False  # the title block: title, date line and speaker are lines of their own
    return "，" in line or len(line) >= 25


_ROW_NUMBER = re.compile(r"\d{1,3}[.．、]?")
# The cell before a row number ends in a Chinese character, a bracket or a stop; the cell
# after it is the row's name.
_ROW_BEFORE = re.compile(r".*[\u4e00-\u9fff）)。；]")
_ROW_NAME = re.compile(r"[\u4e00-\u9fff“（(][^，。；：！？,;:]{1,39}")


def row_number(before: str, line: str, after: str) -> bool:
    """Is ``line`` the row number of a table scraped one cell per line ("责任单位\n1\n某某
    中药物流园项目\n占地300亩…")? A bare number of one to three digits (1. and 1、 too)
    after a cell that ends in a Chinese character, a bracket or a stop (``_ROW_BEFORE``:
    "责任单位", "占地300亩，建设仓储中心", "…交易大厅等。") and before a name
    (``_ROW_NAME``: opening in a Chinese character, no clause mark, at most 40
    characters); a number torn from a sentence ("广义货币M\n2\n增长13.6%") stands between
    pieces that are not such cells. Round 14: glued to the cells around it by the repair of
    page breaks, the row number hid the row's name from ``labeltables.cell_row``."""
    return bool(_ROW_NUMBER.fullmatch(line) and _ROW_BEFORE.fullmatch(before)
                and _ROW_NAME.fullmatch(after))


def _repair_breaks(lines: list[str]) -> list[str]:
    """Join paragraphs split by page breaks or by a hard wrap (``_wrap_width``); collapse
    blank lines. A table's row number on a line of its own stays there (``row_number``)."""
    out: list[str] = []
    lines = [line for line in lines if line]
    # The title block runs to the greeting (各位代表) or, failing that, the first sentence.
    title_end = next((i for i, line in enumerate(lines[:12]) if line.startswith("各位代表")),
                     next((i for i, line in enumerate(lines[:12]) if "。" in line), 0))
    row = False  # the line before is a row number
    width = _wrap_width(lines)
    for i, line in enumerate(lines):
        was_row, row = row, bool(out) and i + 1 < len(lines) \
            and row_number(out[-1], line, lines[i + 1])
        # Only a line as printed can be cut at the width, not one already joined.
        printed = width if out and out[-1] == lines[i - 1] else None
        if out and not (row or was_row) and _joins_next(out[-1], line, i <= title_end, printed):
            out[-1] += line
        else:
            out.append(line)
    return out


def normalise(text: str) -> str:
    """Return the canonical text of a report: one paragraph per line, no blank lines.

    >>> normalise("解决社区办公用房 10 个, 各类志愿者扩充至 8.4 万人")
    '解决社区办公用房10个，各类志愿者扩充至8.4万人\\n'
    """
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _FULLWIDTH_RE.sub(lambda m: _FULLWIDTH[m.group(0)], text)
    text = re.sub(r"(?<=\d)．(?=\d)", ".", text)
    lines = [_fix_spaces(_fix_punctuation(line.strip())).strip() for line in text.split("\n")]
    return "\n".join(_repair_breaks(lines)) + "\n"


_CJK_COUNT = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf\u2f00-\u2fdf]")


def _page_offsets(source: Source, text: str) -> tuple[int, ...]:
    """Where each page of ``source`` begins in the normalised ``text``.

    Normalisation and repair add or drop spaces, line breaks and punctuation but keep
    every Chinese character in order, so page n begins at the Chinese character whose
    count equals the number of Chinese characters on the pages before it.
    """
    bounds = [*source.pages, len(source.text)]
    counts = [len(_CJK_COUNT.findall(source.text, bounds[i], bounds[i + 1]))
              for i in range(len(source.pages))]
    positions = [m.start() for m in _CJK_COUNT.finditer(text)]
    offsets, seen = [], 0
    for n in counts:
        offsets.append(positions[seen] if seen < len(positions) else len(text))
        seen += n
    offsets[0] = 0
    return tuple(offsets)


def load(path: str | Path, report_id: str | None = None, text: str | None = None,
         fields: dict[str, str] | None = None) -> Document:
    """Read, repair and normalise one report; errors name the file.

    ``path`` is read by its format (``readers.read``) unless ``text`` gives the report's
    text (a row of a file of many reports, whose other columns come as ``fields``).
    A repair worth knowing about (a second copy dropped, line breaks put back into a text
    that had lost them) is a ``ReportWarning``.
    Raises ``InputError`` for a file that cannot be read as a report.
    """
    path = Path(path)
    source = Source(text, "table", fields=dict(fields or {})) if text is not None \
        else read(path)
    repaired = repair(source.text)
    lines, warning = drop_second_copy(normalise(repaired.text)[:-1].split("\n"))
    for said in filter(None, [*repaired.warnings, warning]):
        warnings.warn(f"{path}: {said}", ReportWarning, stacklevel=2)
    written = "\n".join(lines) + "\n"
    simplified = to_simplified(written) if is_traditional(written) else written
    pages = _page_offsets(source, simplified) if source.pages else ()
    return Document(report_id or path.stem, path, source.encoding, simplified,
                    written if simplified != written else "", pages,
                    {**source.fields, **repaired.fields}, repaired.web_pages)
