"""Word lists of ``vocab/cues.yml`` read by the label modules as tuples (round 27, tidy 2:
the place, measure and rate endings that were inline tuples in labelheld, labelforms,
labellists, labelcarried, labeldistribute, labelwords and labelowners read one list here);
a list as one pattern (``cue_pattern``, round 28, tidy 3: figures' and figurekind's cues).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.nonfigures import alternation
from workreport.vocab import load

__all__ = ["cue_pattern", "cue_words", "measure_ends", "rate_ends"]


@cache
def cue_words(*keys: str) -> tuple[str, ...]:
    """The words of the lists ``cues.<key>`` for each of ``keys``, in order, as one tuple
    read once (for ``str.endswith``): ``cue_words("measure_ends", "measure_ends_lists")`` →
    率, 额, 值, 量, 比重, 价. A KeyError for a list ``cues.yml`` does not hold."""
    cues = load("cues")
    return tuple(w for key in keys for w in cues[key])


def measure_ends(rule: str) -> tuple[str, ...]:
    """The endings of a noun that measures itself as the rule ``rule`` reads them: the shared
    ``cues.measure_ends`` (率, 额, 值) and its own ``cues.measure_ends_<rule>`` ("lists": 量,
    比重, 价; "distribute": 数, 发送量 …, 次; "words": 量, 数, 速, 幅)."""
    return cue_words("measure_ends", f"measure_ends_{rule}")


def rate_ends() -> tuple[str, ...]:
    """``cues.rate_ends``: the words ending a label that names a rate or share already
    (比率, 比例, 比重, 占比, 率; 比率 before 率)."""
    return cue_words("rate_ends")


@cache
def cue_pattern(key: str) -> re.Pattern[str]:
    """A pattern found wherever a word of ``cues.<key>`` is, never for an empty list:
    ``cue_pattern("gap_down")`` finds 低于 in 低于全省3.3个百分点 (round 28, tidy 3: was
    ``figures._any_word``)."""
    words = load("cues")[key]
    return re.compile(alternation(words) if words else "(?!)")
