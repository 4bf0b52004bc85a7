"""The gaps of a 分别 list of gaps take their own subject or base (session 60, f1; the
reviewers' invented sentences).

Class of error: a 分别 list of gaps in percentage points whose other side is a list too lost
it. Two shapes:

- the bases listed ("地区生产总值增速分别高于全国、全省3.1个和2个百分点"): the first gap is
  named as one gap is (地区生产总值增速高于全国), the second was labelled with its base alone
  (全省);
- the subjects in the clauses before, each with its own growth, the gap clause opening with
  分别 ("高新区工业产值增长20%，税收增长15%，分别高于全区8个和6个百分点"): both gaps took the
  last growth's label (…税收增速高于全区).

Rule (``gaps_listed``, a ``figurepasses.ROW`` pass run right before ``labelgapkept.gap_kept``),
for a row in 个百分点 whose clause (text since the last ，；。) ends with a word of
``cues.gap_openers`` (高于, 低于 …), what it compares with and the earlier gaps of the list
("8个和"): with bases listed (、 or 和, up to eight characters each, no digit), the k-th gap
(k ≥ 1) takes the words of the gap before it (the row before, same sentence, 个百分点) before
its opener, and the opener and the k-th base: 地区生产总值增速高于全省; the first gap, when the
clause opens with 分别 (or a bare rate word and 分别: 增速分别高于…), takes the label of the
change in % right before it in the sentence ("规上工业增加值增长8%，分别高于全国、全省2个和1个
百分点" gave 高于全国 and 全省). With 分别 opening the clause and one base, the gaps (every
number in 个 of the clause, read to its end) are those of the last as many changes in % of the
sentence before it, in order: the k-th gap takes the k-th one's label, and ``gap_kept`` then
adds the comparison as it words a gap (高新区工业产值增速高于全区).

Exceptions (the row stays): the first gap of a list of bases with a subject in its clause
(named already: 地区生产总值增速分别高于…), a gap with fewer bases than its place in the list,
a row before it that is no gap of the sentence or does not end in its opener and the base
before; a 分别 clause with fewer changes before it in the sentence than gaps, one gap, or a gap
of the sentence read before the last change. Not a list of bases after one gap with no 分别
("高于全国、全省平均水平1.2个百分点": one gap over both).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Any

from workreport.extract.labelclause import CLAUSE_LINE_END
from workreport.extract.labelgapkept import gap_worded
from workreport.extract.labelvocab import cue_words
from workreport.extract.nonfigures import alternation

__all__ = ["gaps_listed"]

_GAPS = r"((?:[\d.]+个(?:百分点)?[和、及])*)$"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The opener with listed bases, and 分别 with the opener and one base, before the gaps."""
    openers = alternation(list(cue_words("gap_openers")))
    base = r"[^，。；、和\d]{1,8}"
    return (re.compile(rf"({openers})((?:{base}[、和])+{base})" + _GAPS),
            re.compile(rf"^\s*分别(?:{openers})[^，。；、\d]{{1,12}}?" + _GAPS))


def gaps_listed(f: Any, rows: list[Any], text: str) -> Any:
    """Figure row ``f`` with the subject or base its place in a list of gaps gives it (see the
    module's docstring); ``rows`` the rows made before it; ``text`` the report's text."""
    if f.unit != "个百分点":
        return f
    clause = CLAUSE_LINE_END.split(text[max(0, f.start - 80):f.start])[-1]
    same = [r for r in rows if r.sentence_index == f.sentence_index]
    listed, opened = _patterns()
    if m := listed.search(clause):
        bases = re.split(r"[、和]", m.group(2))
        k = len(re.findall(r"[\d.]+个", m.group(3)))
        lead = clause[: m.start()].strip().removesuffix("分别")  # (增速分别高于…)
        if k == 0 and clause[: m.start()].strip().endswith("分别") \
                and lead in ("", *cue_words("gap_rate_words")):
            return _first_of(f, same, m.group(1), bases[0])
        before = same[-1].indicator if k and same and same[-1].unit == "个百分点" else ""
        at = before.find(m.group(1))
        if k < len(bases) and at > 1 and before.endswith(m.group(1) + bases[k - 1]):
            return replace(f, indicator=before[:at] + m.group(1) + bases[k])
        return f
    if not (m := opened.search(clause)):
        return f
    end = CLAUSE_LINE_END.search(text, f.start)
    whole = clause + text[f.start:end.start() if end else len(text)]
    n = len(re.findall(r"[\d.]+个", whole))
    k = len(re.findall(r"[\d.]+个", m.group(1)))
    changes = [r for r in same if r.unit == "%" and r.measure == "change"]
    gaps = [r for r in same if r.unit == "个百分点"]
    if n < 2 or len(changes) < n or k != len(gaps) or k >= n \
            or (gaps and rows.index(gaps[0]) < rows.index(changes[-1])):
        return f
    return replace(f, indicator=changes[len(changes) - n + k].indicator)


def _first_of(f: Any, same: list[Any], opener: str, base: str) -> Any:
    """The first gap of a clause that opens with 分别 and lists its bases, named by the last
    change in % of its sentence before it (its own label, no subject: "规上工业增加值增长8%，
    分别高于全国、全省2个和1个百分点" gave 高于全国) as ``labelgapkept.gap_kept`` words a gap:
    规上工业增加值增速高于全国; ``f`` as it is with no such change."""
    changes = [r for r in same if r.unit == "%" and r.measure == "change"]
    if not changes or (same and same[-1] is not changes[-1]):
        return f
    return replace(f, indicator=gap_worded(changes[-1].indicator, opener, base))
