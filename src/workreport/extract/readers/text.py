"""Plain text: decode UTF-8 (with or without BOM), UTF-16 and GB18030/GBK.

Detection, not a blind guess: UTF-8 is tried strictly first (GBK text almost never
decodes as valid UTF-8), then GB18030, and a result must look like Chinese prose.
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


def decode(data: bytes, path: str | Path = "<bytes>") -> tuple[str, str]:
    """Decode report bytes; return (text, encoding name).

    >>> decode("地区生产总值".encode("gbk"))[1]
    'gb18030'
    """
    if not data.strip():
        raise InputError("file is empty", path)
    if data.startswith(b"\xef\xbb\xbf"):
        candidates = ["utf-8-sig"]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = ["utf-16"]
    else:
        if b"\x00" in data[:4096]:
            raise InputError("binary file, not text (contains NUL bytes)", path)
        candidates = ["utf-8", "gb18030"]
    first_error: UnicodeDecodeError | None = None
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as err:
            first_error = first_error or err
            continue
        controls = len(_CONTROL_RE.findall(text, 0, 20000))
        if controls > 0.01 * min(len(text), 20000):
            raise InputError("binary file, not text (control characters)", path)
        if cjk_share(text) < _MIN_CJK_SHARE:
            if encoding == "gb18030":
                break
            raise InputError("no Chinese text found (is this a work report?)", path)
        return text, "gb18030" if encoding == "gb18030" else encoding.replace("-sig", "")
    where = f" (byte 0x{first_error.object[first_error.start]:02x} at offset {first_error.start})" \
        if first_error else ""
    raise InputError(f"cannot decode as UTF-8 or GB18030{where}", path)


def read(data: bytes, path: str | Path) -> Source:
    """A text file's ``Source``: its decoded text and the encoding found."""
    text, encoding = decode(data, path)
    return Source(text, encoding)
