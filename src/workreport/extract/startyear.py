"""The year of a start value: the X of "由X提高到Y" is the value before, not the year's
(session 69, tester of session 69; indicators.csv ``year``).

The class of error: "服务业增加值比重由46.9%提高到48.2%" in a review of 2014 gave both rows year
2014, so the book said the services share "was 46.9% in 2014" and "was 48.2% in 2014"; 46.9% is
2013's. A label names a start value's year when the text does (``labelbases.base_year_named``:
2010年森林覆盖率), but the year column stayed the one reviewed.

The rule (``start_year``): an actual level or share followed in its sentence by another actual
figure, with only a verb of change and 到/至 between ("提高到", "增长到", "降至", "增加到2020年的"),
after 由 or 从, is a start value. Its year is
- the year or plan's end its base names ("由2015年的38%" → 2015; "由“十二五”末的33.74%" → 2015;
  "从2004年人均每月700元" → 2004), or the year its label names (1998年国内生产总值, from the
  year the sentence compares with);
- for a bare base (由46.9%, 由人均13元), the year before the span the paragraph or sentence
  reviews: the term of an end-of-term review ("五年来，…" → five years before the year
  reviewed; "“十三五”期间" → 2015; "2010年以来" → 2010), else, in a review of one year, the year
  before it (2013 for a review of 2014);
- none (empty) when the sentence spans years it does not name (年均, 经过七年努力): the start of
  that span is not written.
Not a start value: one whose next figure is a target (in a plan, "城镇化率由45%提高到55%": the 45%
is today's), a base of the year itself or later (从年初的, 从去年的, 由去年底的: the base words hold
的 and no year before the one reviewed), nor a change (由…增长12% has no 到).
"""

from __future__ import annotations

import re
from typing import Any

from workreport.extract.labelbases import _BARE_BASE, _BASE_LEVEL, _YEAR_BEFORE, _base, year_number
from workreport.extract.labelterm import period_of

__all__ = ["start_year"]

_TO = re.compile(r"[^，,；;。\d]{0,6}?(?:到|至)[^，,；;。\d]{0,4}(?:(?:19|20)\d\d年(?:底|末)?的)?")
_LABEL_YEAR = re.compile(r"((?:19|20)\d\d)年")
_PLAN_TERM = re.compile(r"“十([一二三四五]?)五”")
_UNNAMED_SPAN = re.compile(r"年均|[两二三四五六七八九十]年(?:来|间|中|努力|时间)"
                           r"|“十[一二三四五]?五”")
_COUNT = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _span_start(term: str, reviewed: int) -> int | None:
    """The year before the span ``term`` names ("五年" → ``reviewed`` - 5; "“十三五”期间" →
    2015; "2010年以来" → 2010), None for a span it cannot date."""
    if m := re.match(r"((?:19|20)\d\d)年以来", term):
        return int(m.group(1))
    if m := _PLAN_TERM.match(term):
        return 2000 + 5 * ("一二三四五".index(m.group(1)) + 1 if m.group(1) else 0)
    if m := re.match(r"([两二三四五六七八九十])年", term):
        return reviewed - _COUNT[m.group(1)]
    return None


def start_year(f: Any, after: list[Any], text: str, opening: str, lead: str,
               reviewed: int | None, term: str = "") -> int | None:
    """The ``year`` of the figure ``f`` (``figures.Figure``): the year of the value before
    when ``f`` is a start value (see the module), else ``f.year``. ``after``: the next figure
    or nothing; ``text``: the report's; ``opening``: its sentence up to ``f``; ``lead``: its
    paragraph before the sentence; ``term``: the period its end-of-term review paragraph
    stands in (``labelterm.section_term``), "" for none."""
    nxt = after[0] if after else None
    if f.kind != "actual" or f.measure not in ("level", "share") or not reviewed \
            or f.year != reviewed or nxt is None or nxt.sentence_index != f.sentence_index \
            or nxt.kind != "actual" or not _TO.fullmatch(text[f.end:nxt.start]):
        return f.year
    if m := _BASE_LEVEL.search(opening):
        year = _base(m)[0]
        return year if 0 < year < reviewed else f.year
    if m := _YEAR_BEFORE.search(opening):
        year = year_number(m.group(1))
        return year if year < reviewed else f.year
    if not _BARE_BASE.search(opening):
        return f.year
    if (m := _LABEL_YEAR.match(f.indicator)) and int(m.group(1)) < reviewed:
        return int(m.group(1))
    if span := term or period_of(lead + opening, reviewed):
        return _span_start(span, reviewed)
    return None if _UNNAMED_SPAN.search(f.sentence) else reviewed - 1
