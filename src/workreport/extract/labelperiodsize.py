"""The total investment of things counted over a period keeps the period (round 82, x3; a pass
of ``figurepasses.ROW``).

Class of error: 'scope lost'. A count of a term's review takes the term in front ("实施省市重点
项目27个" in a part reviewing five years → 五年累计省市重点项目), and the total size of the same
things, written right after it ("…，总投资207.9亿元"), is labelled by them (省市重点项目总投资),
but the period rules leave a 总投资 bare as one project's size: the label reads as the year's
projects while it sums the term's. A sentence opening with its period ("五年来，实施…27个，总投资
207.9亿元") gives both the period already (五年累计省市重点项目总投资, as the Laiyuan gold file
labels 五年累计引进省市重点项目总投资); a part that carries its term from a heading or an
earlier paragraph did not (顺平 2021, 容城 2012, 阜平 2021).

Rule: a label that is the label of the row right before it in the same clause-run (no ；or 。
between) less that row's period, then a word of the total size (``cues.period_size_totals``:
总投资, 总投资额), takes the same period (五年累计, “十三五”期间, 2012年以来 …).

Exceptions (the label stays): a label naming a period or year already, a row before with no
period in front or in another sentence, a label not built on that row's things, a target.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from workreport.extract.labelvocab import cue_words

__all__ = ["size_period"]

_RUN_BREAK = re.compile(r"[；;。]")
# A period a label opens with, in the forms of ``labelperiods`` (五年累计, “十三五”期间,
# 2012年以来, 三年累计, 近三年累计).
_PERIOD = re.compile(r"五年累计|“十[一二三四五]?五”(?:期间|时期)|(?:19|20)\d\d年以来"
                     r"|近?[两三四五六七八九十]年累计")
_NAMED = re.compile(r"累计|以来|期间|时期|年均|(?:19|20)\d\d年|五年")


def size_period(f: Any, rows: list[Any], text: str) -> Any:
    """Figure row ``f`` (``figures.Figure``) with the period of the count right before it in
    ``rows`` (the rows made so far) when it is that count's total size, as the module's doc
    says; ``text`` is the report's text. ``f`` as it is otherwise."""
    if not rows or f.kind != "actual" or not f.indicator or _NAMED.search(f.indicator):
        return f
    prev = rows[-1]
    period = _PERIOD.match(prev.indicator or "")
    if not period or prev.sentence_index != f.sentence_index \
            or _RUN_BREAK.search(text[prev.end:f.start]):
        return f
    things = prev.indicator[period.end():]
    size = f.indicator[len(things):]
    if len(things) < 2 or not f.indicator.startswith(things) \
            or size not in cue_words("period_size_totals"):
        return f
    return replace(f, indicator=period.group() + f.indicator)
