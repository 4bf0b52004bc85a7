"""A clause of a label cut into words, each with its English sense: step 2 of ``gloss``
(its module docstring tells the whole reading). Split out of ``gloss`` in session 69 to keep
both under 400 lines; the rules are session 68's.

``words(clause, glossary)`` → [(Chinese word, English sense or None when unknown)]: the
curated glossary's terms and ``vocab/gloss.yml``'s ``words`` first (longest match), then
jieba's words, then CC-CEDICT's longest entries within jieba's word, then single characters;
a number with its unit as ``english.amount`` reads it; a quoted name read only as curated; a
bound suffix (性, 化, 者, 型) joined to the word before it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from workreport.cedict import LONGEST, known_units
from workreport.cedict import curated as _curated
from workreport.cedict import curated_at as _curated_at
from workreport.cedict import curated_longest as _curated_longest
from workreport.cedict import entries as _cedict
from workreport.cedict import near_sense as _near_sense
from workreport.cedict import rules as _rules
from workreport.cedict import sense as _dictionary_sense
from workreport.vocab import load

__all__ = ["HAN", "words"]

_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_LATIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.+&%-]*")
#: A Chinese character (of the CJK Unified Ideographs block).
HAN = re.compile(r"[\u4e00-\u9fff]")
_DROPPED = "“”\"'‘’《》〈〉「」『』【】（）()[]·—-"
_QUOTES = {"“": "”", "‘": "’", "《": "》", "「": "」", "『": "』", '"': '"'}


def _amount(clause: str, i: int) -> tuple[int, str] | None:
    """A number and its unit at ``i`` (10亿元 → (4, "1 billion yuan")), as ``english.amount``
    reads them; None when no unit of ``vocab/units.yml`` follows the number."""
    from workreport.english import amount

    m = _NUMBER.match(clause, i)
    if not m:
        return None
    if re.fullmatch(r"\d{4}", m.group()) and clause.startswith("年", m.end()):
        return 5, m.group()  # a year: 2012年 → "2012"
    units = load("units")
    known = known_units()
    for k in range(min(len(clause), m.end() + 4), m.end(), -1):
        unit = clause[m.end():k]
        if unit in _rules()["amount_skip_units"]:
            return None
        if unit in known or (unit[:1] in units["magnitudes"] and unit[1:] in known):
            return k - i, amount(float(m.group()), unit)
    return None


def words(clause: str, glossary: Mapping[str, Any],
           name: bool = False) -> list[tuple[str, str | None]]:
    """(Chinese word, English sense or None when unknown) for each word of ``clause``. A
    quoted span (“雄鹰”企业) is a name: its words read only as ``gloss.yml`` or the glossary
    give them (``name``), never word by word from CC-CEDICT ("male eagle"), nor the words
    of ``gloss.yml`` ``names`` (红旗 "red flag"); else the label gets no gloss (session 68).
    A word of ``gloss.yml`` ``near`` takes its other sense in its context (``cedict``)."""
    from workreport.extract.labelwords import tags  # jieba, loaded once by the extractor

    longest = _curated_longest(glossary)
    starts, ends, at = {}, {}, 0
    for piece in tags(clause):
        starts[at] = piece
        if piece.word in _cedict() or _curated(piece.word, glossary) is not None:
            ends.update(dict.fromkeys(range(at, at + len(piece.word)), at + len(piece.word)))
        at += len(piece.word)
    out: list[tuple[str, str | None]] = []
    i = 0
    while i < len(clause):
        c = clause[i]
        shut = clause.find(_QUOTES.get(c, "\0"), i + 1)
        if shut > i + 1 and not _curated_at(clause, i, glossary, longest):
            out.extend(words(clause[i + 1:shut], glossary, name=True))
            i = shut + 1
            continue
        if c in _DROPPED or c.isspace():
            i += 1
            continue
        number = _amount(clause, i)
        if number:
            out.append((clause[i:i + number[0]], number[1]))
            i += number[0]
            continue
        if not HAN.match(c):
            m = _LATIN.match(clause, i)
            word = m.group() if m else c
            out.append((word, word))
            i += len(word)
            continue
        word = _curated_at(clause, i, glossary, longest)
        cut = _split_at(clause, i, word, glossary, longest, starts)
        if cut is not None:  # 占地区生产总值: never 占地 "land area" + 区
            word = _curated_at(clause[:cut], i, glossary, cut - i)
        if _bound(c, word, i, out, clause, i in starts):
            out.append(_suffixed(out.pop(), c, glossary, name))
            i += 1
            continue
        piece = starts.get(i)
        if word is None and piece is not None and len(piece.word) > 1 \
                and piece.word in _cedict():
            word = piece.word
        if word is None:  # within jieba's dictionary word, not into a curated one (单元楼面积)
            end = min(ends.get(i, i + LONGEST), cut or len(clause))
            word = next((clause[i:k] for k in range(end, i + 1, -1) if clause[i:k] in _cedict()
                         and not _crosses(clause, i, k, glossary, longest)), c)
        sense = _curated(word, glossary)
        if sense is None and len(word) > 1 and not name and word not in _rules()["names"]:
            sense = _dictionary_sense(word) or None  # a single character: only when curated
        sense = _near_sense(word, clause, i, out[-1][0] if out else "") or sense
        out.append((word, sense))
        i += len(word)
    return out


def _split_at(clause: str, i: int, word: str | None, glossary: Mapping[str, Any],
              longest: int, starts: Mapping[int, Any]) -> int | None:
    """Where a longer curated word (or one as long that jieba opens, ``starts``) opens inside
    the curated ``word`` at ``i`` and runs past its end (占地区生产总值: 地区生产总值 inside
    占地 "land area", read "land area district GDP"; 建成区域性: 区域性); None when none does
    or it opens with a verb (新改建农村公路 keeps 新改建): a shorter curated word never splits
    a longer one (session 68)."""
    end = i + len(word or "")
    for j in range(i + 1, end):
        other = _curated_at(clause, j, glossary, longest)
        if other and j + len(other) > end and not other.startswith(tuple(_rules()["verbs"])) \
                and (len(other) > end - i or (j in starts and len(other) == end - i)):
            return j
    return None


def _crosses(clause: str, i: int, k: int, glossary: Mapping[str, Any], longest: int) -> bool:
    """Whether a curated word opening within ``clause[i:k]`` runs past ``k`` (单元楼面积: 楼面
    "floor" into 面积; session 68)."""
    return any(len(w or "") > k - j for j in range(i + 1, k)
               for w in (_curated_at(clause, j, glossary, longest),))


def _bound(c: str, word: str | None, i: int, out: list[tuple[str, str | None]], clause: str,
           opens: bool) -> bool:
    """Whether ``c`` at ``i`` is a bound suffix (``gloss.yml`` ``suffixes``: 性, 化, 者, 型) of
    the word before it: that word ends at ``i`` in a Chinese character and jieba opens no word
    at ``i`` (``opens``) or no curated word opens there (财政性教育经费 read "fiscal sex
    education funds", 综合性服务 "comprehensive sexual service"; session 68)."""
    return c in _rules()["suffixes"] and bool(out) and bool(HAN.match(out[-1][0][-1:])) \
        and clause.endswith(out[-1][0], 0, i) and (not opens or word is None)


def _suffixed(before: tuple[str, str | None], c: str, glossary: Mapping[str, Any],
              name: bool) -> tuple[str, str | None]:
    """The word before a bound suffix with it (综合 + 性 → 综合性) and its sense: curated, else
    CC-CEDICT's (not in a name), else ``suffixes``' reading of the word before ("{x}-type"),
    else None: a suffix is never read alone."""
    word = before[0] + c
    sense = _curated(word, glossary)
    if sense is None and not name:
        sense = _dictionary_sense(word) or None
    form = _rules()["suffixes"][c]
    if sense is None and form and before[1]:
        sense = str(form).format(x=before[1])
    return word, sense
