"""Traditional characters: a simplified copy of the text for everything that matches.

The cue words, units and labels the extractor matches are simplified Chinese; a report
written in traditional characters (the State Council's 1954 report) is matched through
a simplified copy of its text made by OpenCC's ``t2s`` conversion (its pure-Python
port, opencc-python-reimplemented). The copy has exactly the length of the original,
character for character, so every offset found in the copy points into the text as
written, which the annotated page shows and the quotes are cut from.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

__all__ = ["is_traditional", "to_simplified"]

# A text is traditional when at least this share of its Chinese characters have a
# different simplified form. Simplified reports have none (Yuzhong 2014: 0 of 9,000);
# the 1954 report has 29%.
_MIN_TRADITIONAL_SHARE = 0.03
_CJK = re.compile(r"[\u4e00-\u9fff]")


@cache
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


@cache
def _traditional_chars() -> frozenset[str]:
    """Every character ``t2s`` changes on its own."""
    import opencc

    table = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    chars = set()
    for line in table.read_text(encoding="utf-8").splitlines():
        key, _, values = line.partition("\t")
        if len(key) == 1 and values.split(" ")[0] != key:
            chars.add(key)
    return frozenset(chars)


def is_traditional(text: str) -> bool:
    """Does ``text`` (its first 5,000 characters) read as traditional Chinese?"""
    sample = text[:5000]
    cjk = len(_CJK.findall(sample))
    traditional = _traditional_chars()
    return bool(cjk) and sum(map(traditional.__contains__, sample)) \
        >= _MIN_TRADITIONAL_SHARE * cjk


def to_simplified(text: str) -> str:
    """The simplified copy of ``text``, of the same length (offsets carry over).

    Converted line by line; a line whose phrase conversion would change its length is
    converted character by character instead.

    >>> to_simplified("國內生產總值增長")
    '国内生产总值增长'
    """
    convert = _converter().convert
    out = []
    for line in text.split("\n"):
        simple = convert(line)
        if len(simple) != len(line):
            simple = "".join(c if len(c) == 1 else ch
                             for ch in line for c in (convert(ch),))
        out.append(simple)
    return "\n".join(out)
