"""A gap in percentage points keeps the comparison its clause ends with (round 82, x1).

The class of error (the development draws' "scope lost" in the number's own clause): a gap
over a wider area or an average ("高于全省3.7个百分点") is named by its measure's growth AND the
comparison (…增速高于全省: ``labelowners.gap``, the convention of every accepted gap row), but
two shapes lost the comparison: a 分别 list of gaps ("园区规模工业增加值、税收增速分别高于全省
2.2个和3.7个百分点" gave 园区规模工业增加值 and …税收增速, read as the growth itself), and a
subject that is a list of names summed by their count ("黄山、池州、安庆、宣城四市规上服务业营收
合计增长16.7%、高于全省7.8个百分点" gave the revenue's own label to the gap).

The rule (a ``figurepasses.ROW`` pass, run when every other rule has named the row): a row in
个百分点 whose clause (text since the last ，；。) ends with a word of ``cues.gap_openers``
(高于, 低于, 快于, 慢于) and what it compares with, after 分别 or not, and for a later gap of
the list after the earlier gaps ("2.2个和"), takes that comparison after its label when the
label holds none, as ``labelowners.gap`` words it: after 增速 when the label ends in no rate
word (``cues.gap_rate_words``, ``labelvocab.rate_ends``: 比例, …率), after the rate word the
base ends in when the base is an area's or an average ("高于全市平均增速" → …增速高于全市平均;
a base of another measure stays whole: 快于经济增速).

A later gap with no label of its own, right after a gap of the same sentence, takes that gap's
subject before its opener (session 60: "…增速高于全省1.2个百分点、高于全国2个百分点" gave an
empty label to the second).

Exceptions: a label that already holds a gap opener or 比 (a base of its own) stays; so do an
empty label, a bare rate word with no owner (增速, as ``labelowners.gap`` leaves it), and a
clause whose comparison holds a digit or a list (the pattern stops there).
Round 82 review, q1: a label ending in a measure of its own that is no growth
(``cues.gap_own_measure_ends``: 盖度, 强度, 密度, 份额) takes the comparison without 增速
("森林覆盖率、草原综合植被盖度分别高于全省5个和3个百分点" → 草原综合植被盖度高于全省, not
…盖度增速…); a label holding the comparison's base already, or its last four characters
(东部平均水平 for 高于全市平均水平), stays.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Any

from workreport.extract.labelclause import CLAUSE_LINE_END
from workreport.extract.labelvocab import cue_words, rate_ends
from workreport.extract.nonfigures import alternation

__all__ = ["gap_kept", "gap_worded"]


@cache
def _gap_end() -> re.Pattern[str]:
    """The gap opener and its base ending a clause, with the earlier gaps of a 分别 list
    after it ("分别高于全省2.2个和"), compiled once."""
    openers = alternation(list(cue_words("gap_openers")))
    return re.compile(rf"({openers})([^，。；、\d]{{1,12}}?)(?:[\d.]+个(?:百分点)?[和、及])*$")


def gap_kept(f: Any, rows: list[Any], text: str) -> Any:
    """Figure row ``f`` with the comparison its gap is over (see the module's docstring);
    ``rows`` the rows made before it, unused; ``text`` the report's text."""
    name = f.indicator or _second_gap_subject(f, rows)
    if f.unit != "个百分点" or not name or "比" in name or name in cue_words("gap_rate_words") \
            or any(w in name for w in cue_words("gap_openers")):
        return f
    clause = CLAUSE_LINE_END.split(text[max(0, f.start - 80):f.start])[-1]
    m = _gap_end().search(clause)
    if not m:
        return f
    base = m.group(2).removesuffix("的")
    if base and (base in name or (len(base) >= 4 and name.endswith(base[-4:]))):
        return f  # 东部平均水平, gap 高于全市平均水平: the label took the base (q1)
    rates = tuple(cue_words("gap_rate_words"))
    rate = next((w for w in rates if base.endswith(w) and base != w
                 and (base.startswith("全") or "平均" in base)), "")  # not 快于经济增速
    if rate:
        base = base[: -len(rate)]
    return replace(f, indicator=gap_worded(name, m.group(1), base, rate))


def gap_worded(name: str, opener: str, base: str, rate: str = "") -> str:
    """A gap's label as the gap rows are worded: the measure ``name``, then ``rate`` (or 增速
    when ``name`` ends in no rate word or measure of its own: ``cues.gap_rate_words``,
    ``labelvocab.rate_ends``, ``cues.gap_own_measure_ends``), ``opener`` (高于 …) and ``base``:
    规上工业增加值增速高于全国. Shared with ``labelgaplists``."""
    own = name.endswith((*rate_ends(), *cue_words("gap_rate_words", "gap_own_measure_ends")))
    return f"{name}{'' if own else rate or '增速'}{opener}{base}"


def _second_gap_subject(f: Any, rows: list[Any]) -> str:
    """The subject of the gap right before ``f`` in its sentence, when ``f`` has no label of
    its own: a second gap of one measure against another base ("全市生产总值增速高于全省1.2
    个百分点、高于全国2个百分点" gave the 2 an empty label; session 60, the reviewers' invented
    sentences) takes the words of the first gap's label before its opener (生产总值增速), and
    ``gap_kept`` adds its own comparison (…高于全国); "" otherwise."""
    if not rows or rows[-1].unit != "个百分点" or rows[-1].sentence_index != f.sentence_index:
        return ""
    before = rows[-1].indicator
    at = min((k for w in cue_words("gap_openers") if (k := before.find(w)) > 0), default=-1)
    return before[:at] if at > 1 else ""
