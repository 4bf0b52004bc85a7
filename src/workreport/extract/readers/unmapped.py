"""Text a PDF's text layer gives for glyphs its fonts map to no real character.

A font embedded without its Unicode map (no /ToUnicode; round 30: Chromium printing with a
font it subsets so) leaves PDFium only the glyphs' numbers, which it gives as code points:
the line reads as a jumble of rare CJK ideographs, symbols, kana, Hangul, control and
private-use characters ("槺㫂✇ꉉ⌬撝㌿"). Chinese text, even a name's rare character, is
almost all GB2312 (6763 characters and the common marks); of the jumble over four in five
characters are not (measured on Chromium's PDFs of the 2025 Anhui report, the font's map
stripped: 82% of its CJK characters outside GB2312; the real text 0%).
"""

from __future__ import annotations

import functools
import unicodedata

__all__ = ["garbled"]


@functools.lru_cache(maxsize=8192)
def _odd(ch: str) -> bool:
    """Whether ``ch`` (not ASCII, not a space) is unlikely in a Chinese report's text:
    a control, private-use or unassigned code point, an ideograph outside GB2312, or
    another character outside GBK (which has the dashes and dots GB2312's codec lacks)."""
    if unicodedata.category(ch) in ("Cc", "Co", "Cn", "Cs"):
        return True
    try:
        ch.encode("gb2312" if unicodedata.name(ch, "").startswith("CJK") else "gbk")
    except UnicodeEncodeError:
        return True
    return False


def garbled(line: str) -> bool:
    """Whether the printed ``line`` reads as glyph numbers, not text: at least two of its
    characters beyond ASCII are odd (``_odd``), and at least half of them (a name's rare
    character in a line of text is one of many)."""
    wide = [ch for ch in line if not (ch.isascii() and ch.isprintable()) and not ch.isspace()]
    odd = sum(map(_odd, wide))
    return odd >= 2 and odd >= len(wide) / 2
