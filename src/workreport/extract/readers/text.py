"""Plain text: decode UTF-8 (with or without BOM), UTF-16 (with or without BOM), GB18030/GBK
and Big5.

Detection, not a blind guess: UTF-8 is tried strictly first (GBK text almost never
decodes as valid UTF-8), then GB18030, then Big5 (as Windows writes it, cp950), and a
result must look like Chinese prose. GB18030 decodes most Big5 bytes without error, into
characters no report uses: a guessed encoding must give text in which the commonest
characters (``_COMMON``, the same in simplified and traditional script) are common. UTF-16
without a BOM is told by where its NUL bytes fall (``_utf16_order``).
"""

from __future__ import annotations

import re
from pathlib import Path

from workreport.errors import InputError
from workreport.extract.readers import Source

__all__ = ["cjk_share", "decode", "read"]

# Share of Chinese characters below which a decoding is implausible for a work report.
_MIN_CJK_SHARE = 0.2

_CJK_RE = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf\u2f00-\u2fdf]")
_SPACE_RE = re.compile(r"\s")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def cjk_share(text: str) -> float:
    """Share of Chinese characters among the visible ones of a 20,000-character sample."""
    sample = text[:20000]
    visible = len(sample) - len(_SPACE_RE.findall(sample))
    return len(_CJK_RE.findall(sample)) / visible if visible else 0.0


# Characters among the commonest of Chinese prose, written alike in both scripts. In every
# report of the corpus they are 18% or more of the Chinese characters; in Big5 bytes decoded
# as GB18030, or random bytes as UTF-16, well under 1%.
_COMMON = frozenset("的一是在不了有和人中大上年以要工作加全市民生新高提重平改革制度入元增合主推公共"
                    "力能地水化")
_MIN_COMMON_SHARE = 0.05
_GUESSED = ("gb18030", "cp950", "utf-16-le", "utf-16-be")  # bytes that decode may still be wrong
_NAMES = {"utf-8-sig": "utf-8", "cp950": "big5", "utf-16-le": "utf-16", "utf-16-be": "utf-16"}


def _reads_as_chinese(text: str) -> bool:
    """Do the commonest characters (``_COMMON``) make up a plausible share of the Chinese
    characters? Too few Chinese characters (under 50) to tell: yes."""
    chars = _CJK_RE.findall(text, 0, 20000)
    return len(chars) < 50 or \
        sum(ch in _COMMON for ch in chars) >= _MIN_COMMON_SHARE * len(chars)


def _utf16_order(head: bytes) -> list[str]:
    """UTF-16 without a BOM by where its NUL bytes fall: the high byte of every ASCII
    character (digits, line breaks) is NUL, at odd offsets little-endian, even ones
    big-endian; a Chinese character puts few NULs on the other side (一, U+4E00). Binary
    data has them on both sides: no candidate."""
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if odd > 4 * even:
        return ["utf-16-le"]
    return ["utf-16-be"] if even > 4 * odd else []


def decode(data: bytes, path: str | Path = "<bytes>", *, prose: bool = True
           ) -> tuple[str, str]:
    """Decode report bytes; return (text, encoding name: utf-8, utf-16, gb18030, big5).

    With ``prose`` (a report's text) the result must be mostly Chinese (``cjk_share``);
    without it (a CSV or JSON Lines file of many reports, whose other columns may be
    numbers and names) only a guessed encoding's Chinese characters are checked. Raises
    ``InputError`` naming the file: empty, binary (NUL bytes that are not UTF-16,
    control characters), no Chinese text, or bytes no candidate encoding decodes.

    >>> decode("地区生产总值".encode("gbk"))[1]
    'gb18030'
    """
    if not data.strip():
        raise InputError("file is empty", path)
    nul = False
    if data.startswith(b"\xef\xbb\xbf"):
        candidates = ["utf-8-sig"]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = ["utf-16"]
    elif b"\x00" in data[:4096]:  # UTF-16 without a BOM, or binary
        nul = True
        candidates = _utf16_order(data[:4096]) if len(data) % 2 == 0 else []
    else:
        candidates = ["utf-8", "gb18030", "cp950"]
    first_error: UnicodeDecodeError | None = None
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as err:
            first_error = first_error or err
            continue
        guessed = encoding in _GUESSED
        controls = len(_CONTROL_RE.findall(text, 0, 20000))
        if controls > 0.01 * min(len(text), 20000):
            if guessed:
                continue
            raise InputError("binary file, not text (control characters)", path)
        if guessed and not _reads_as_chinese(text):
            continue
        if prose and cjk_share(text) < _MIN_CJK_SHARE:
            if guessed:
                continue
            raise InputError("no Chinese text found (is this a work report?)", path)
        return text, _NAMES.get(encoding, encoding)
    if nul:
        raise InputError("binary file, not text (contains NUL bytes, and is not UTF-16 "
                         "text)", path)
    where = f" (byte 0x{first_error.object[first_error.start]:02x} at offset {first_error.start})" \
        if first_error else ""
    raise InputError(f"cannot decode as UTF-8, GB18030 or Big5{where}: save it as UTF-8",
                     path)


def read(data: bytes, path: str | Path) -> Source:
    """A text file's ``Source``: its decoded text and the encoding found."""
    text, encoding = decode(data, path)
    return Source(text, encoding)
