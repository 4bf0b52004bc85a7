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

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from workreport.errors import InputError
from workreport.extract.structure import heading_style

__all__ = ["Document", "decode", "load", "normalise"]

# Share of Chinese characters below which a decoding is implausible for a work report.
_MIN_CJK_SHARE = 0.2


@dataclass(frozen=True)
class Document:
    """A decoded, normalised report: the text every offset in the tables points into."""

    report_id: str
    path: Path
    encoding: str
    text: str


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


_CJK_RE = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")
_SPACE_RE = re.compile(r"\s")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def _cjk_share(text: str) -> float:
    """Share of Chinese characters among the visible ones of a 20,000-character sample."""
    sample = text[:20000]
    visible = len(sample) - len(_SPACE_RE.findall(sample))
    return len(_CJK_RE.findall(sample)) / visible if visible else 0.0


def decode(data: bytes, path: str | Path = "<bytes>") -> tuple[str, str]:
    """Decode report bytes, detecting UTF-8 (with or without BOM), UTF-16 and GB18030/GBK.

    Detection, not a blind guess: UTF-8 is tried strictly first (GBK text almost never
    decodes as valid UTF-8), then GB18030, and a result must look like Chinese prose.

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
        if _cjk_share(text) < _MIN_CJK_SHARE:
            if encoding == "gb18030":
                break
            raise InputError("no Chinese text found (is this a work report?)", path)
        return text, "gb18030" if encoding == "gb18030" else encoding.replace("-sig", "")
    where = f" (byte 0x{first_error.object[first_error.start]:02x} at offset {first_error.start})" \
        if first_error else ""
    raise InputError(f"cannot decode as UTF-8 or GB18030{where}", path)


# --- normalisation -------------------------------------------------------------------

_FULLWIDTH = {chr(0xFF10 + i): str(i) for i in range(10)}
_FULLWIDTH.update({chr(0xFF21 + i): chr(0x41 + i) for i in range(26)})
_FULLWIDTH.update({chr(0xFF41 + i): chr(0x61 + i) for i in range(26)})
_FULLWIDTH.update({"％": "%", "\u3000": " ", "\u00a0": " ", "\u200b": "", "\ufeff": ""})
_FULLWIDTH_TABLE = str.maketrans(_FULLWIDTH)

# Half-width punctuation written between Chinese characters becomes the full-width form
# the rest of the report uses ("社区建设, 解决" → "社区建设，解决").
_HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？", "(": "（", ")": "）"}


def _cjkish(ch: str) -> bool:
    """Chinese characters and the punctuation that lives among them."""
    return _is_cjk(ch) or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef" \
        or "\u2010" <= ch <= "\u206f"


def _fix_punctuation(line: str) -> str:
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


def _is_marker(line: str) -> bool:
    return bool(heading_style(line)) or line.startswith(("——", "附件", "来源"))


def _joins_next(line: str, nxt: str, in_title_block: bool) -> bool:
    """Is ``line`` a sentence cut by a page break, continued by ``nxt``?"""
    if not line or not nxt or line.endswith(_TERMINAL) or _is_marker(nxt):
        return False
    if _FRAGMENT.match(line) or _FRAGMENT.match(nxt):
        return True  # "M" / "2" / "增长13.6%": a superscript or a number torn from its line
    if line[-1].isascii() and line[-1].isalnum():
        return True
    if nxt[0] in "，、。；：）)%":
        return True
    if _is_marker(line) and "。" not in line:
        # A heading wrapped onto a second short line: "三、持续提升政府" + "治理效能和服务水平".
        return (heading_style(line) == "part" and len(nxt) <= 20
                and not re.search(r"[，。；：]", nxt))
    if in_title_block:
        return False  # the title block: title, date line and speaker are lines of their own
    return "，" in line or len(line) >= 25


def _repair_breaks(lines: list[str]) -> list[str]:
    """Join paragraphs split by page breaks; collapse blank lines."""
    out: list[str] = []
    lines = [line for line in lines if line]
    # The title block runs to the greeting (各位代表) or, failing that, the first sentence.
    title_end = next((i for i, line in enumerate(lines[:12]) if line.startswith("各位代表")),
                     next((i for i, line in enumerate(lines[:12]) if "。" in line), 0))
    for i, line in enumerate(lines):
        if out and _joins_next(out[-1], line, i <= title_end):
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
    text = text.translate(_FULLWIDTH_TABLE)
    text = re.sub(r"(?<=\d)．(?=\d)", ".", text)
    lines = [_fix_spaces(_fix_punctuation(line.strip())).strip() for line in text.split("\n")]
    return "\n".join(_repair_breaks(lines)) + "\n"


def load(path: str | Path, report_id: str | None = None) -> Document:
    """Read, decode and normalise one report file; errors name the file."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", path) from None
    except IsADirectoryError:
        raise InputError("is a directory, not a report file", path) from None
    except OSError as err:
        raise InputError(f"cannot read ({err.strerror})", path) from None
    text, encoding = decode(data, path)
    return Document(report_id or path.stem, path, encoding, normalise(text))
