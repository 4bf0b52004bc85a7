"""Chinese numerals as integers (十二 → 12, 两 → 2, 一万二千 → 12000): section numbers,
ordinals and counts written in characters."""

from __future__ import annotations

__all__ = ["cn_int"]

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}


def cn_int(text: str) -> int:
    """Read a Chinese numeral: ``cn_int("十二") == 12``, ``cn_int("两") == 2``."""
    total, section, digit = 0, 0, 0
    for ch in text:
        if ch in _CN_DIGITS:
            digit = _CN_DIGITS[ch]
        elif ch in ("万", "亿"):
            section = (section + digit) * _CN_UNITS[ch]
            total, section, digit = total + section, 0, 0
        elif ch in _CN_UNITS:
            section += (digit or 1) * _CN_UNITS[ch]
            digit = 0
        else:
            raise ValueError(f"not a Chinese numeral: {text!r}")
    return total + section + digit
