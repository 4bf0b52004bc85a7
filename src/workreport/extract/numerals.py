"""Chinese numerals as integers (十二 → 12, 两 → 2, 一万二千 → 12000): section numbers,
ordinals and counts written in characters."""

from __future__ import annotations

__all__ = ["cn_int", "cn_value"]

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


def cn_value(num: str, mag: str = "") -> tuple[float, float | None]:
    """A Chinese numeral's value: 十五点八 → 15.8; 两三 → (2, 3), a range of neighbours.
    ``mag`` is the magnitude written after it, and the value is in its units: 一亿六千五百
    before 万 → 16552 (万), 二十五亿七千 before 万 → 257000 (万); 一万六千 before 亿 → 16000
    (亿) as cn_int reads it (round 24, the 1954 report's 一亿六千五百五十二万余人)."""
    if mag == "万" and "亿" in num:
        head, _, tail = num.partition("亿")
        return float(cn_int(head) * 10_000 + cn_int(tail)), None
    digits = "一二三四五六七八九"
    pair = num.replace("两", "二")
    if len(pair) == 2 and pair[0] in digits and pair[1] in digits \
            and digits.index(pair[1]) == digits.index(pair[0]) + 1:
        return float(cn_int(num[0])), float(cn_int(num[1]))
    whole, _, frac = num.partition("点")
    value = float(cn_int(whole))
    if frac:
        value += float("0." + "".join(str(cn_int(c)) for c in frac))
    return value, None
