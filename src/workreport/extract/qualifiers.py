"""The qualifier written before a figure's number that its quantity's span does not hold.

``numbers`` reads a qualifier of ``cues.qualifiers_before`` into an Arabic number's span
("超过80%": 超过); three kinds stand outside any span and are read here, once the figure is
known, for its ``qualifier`` column (``figures``):

- a bound before the short verb of its number ("每个县市区至少引进1个外资项目": 至少; session 63,
  ``cues.qualifiers_before_verb``);
- a bound right before a Chinese-numeral quantity or 百分之N, whose span starts at its numerals
  for the checks that read them ("占比超过三分之一", "比例将近三分之一": 超过, 近; session 66,
  the judges of the round-87 re-judging noted 超过 missing), with the words that end another
  word before them left out as for Arabic numbers (``cues.qualifier_not_after``: 节约三成);
- 前 before a rank reached in a rank's unit ("位居全市前3名", "进入全省前50位": within the top N;
  ``cues.qualifiers_rank_before``, with ``nonfigures.rank_group_units``), not where 前 ends a
  time word (``nonfigures.rank_group_time_before``: "目前5名院士…" is a count; session 66, both
  judges of the round-87 re-judging noted it missing on three rows).

The English of each is ``vocab/english.yml``'s.
"""

from __future__ import annotations

import re
from functools import cache

from workreport.vocab import load

__all__ = ["before_words", "bound_before"]


@cache
def before_words() -> tuple[frozenset[str], int]:
    """The qualifiers written before a number (``cues.qualifiers_before``), and the longest
    one's length."""
    words = load("cues")["qualifiers_before"]
    return frozenset(words), max(map(len, words))


def _word_before(text: str, start: int) -> str:
    """The word of ``cues.qualifiers_before`` ending right at ``start``, the longest first
    (不超过 over 超过), unless it ends a word written before it (``cues.qualifier_not_after``),
    or ""."""
    words, longest = before_words()
    not_after = load("cues")["qualifier_not_after"]
    for back in range(longest, 0, -1):
        at = start - back
        if at >= 0 and text[at:start] in words \
                and text[at - 1:at] not in not_after.get(text[at:start], ""):
            return text[at:start]
    return ""


@cache
def _verb_bound() -> re.Pattern[str]:
    """A bound of ``cues.qualifiers_before_verb`` then one to four Chinese characters (the
    number's verb) ending the text before a number: "每个县市区至少引进1个" → 至少."""
    words = "|".join(map(re.escape, load("cues")["qualifiers_before_verb"]))
    return re.compile(rf"({words})[\u4e00-\u9fff]{{1,4}}$")


def bound_before(text: str, start: int, unit: str, sentence_start: int) -> str:
    """The qualifier written before the quantity starting at ``start`` in ``unit``, outside
    its span (the module's three kinds), or "": "超过三分之一" → 超过, "位居全市前3名" → 前,
    "至少引进1个" → 至少, "目前5名院士" → ""."""
    if word := _word_before(text, start):
        return word
    nf = load("nonfigures")
    if unit in nf["rank_group_units"] and text[start - 1:start] in \
            load("cues")["qualifiers_rank_before"] \
            and not text[:start].endswith(tuple(nf["rank_group_time_before"])):
        return text[start - 1]
    bound = _verb_bound().search(text[max(sentence_start, start - 8):start])
    return bound.group(1) if bound else ""
