"""The insurance scheme its sentence names as the owner of a bare measure of what the scheme
pays (issue 13 §2; round 80, x6; the development draws' "owner lost").

The class of error: a measure of what an insurance scheme pays out (报销比例, 基本报销限额,
起付线, 报销补偿 …: ``cues.scheme_bare_measures``, the full list of such bare labels) labelled
alone, while the scheme stands earlier in its sentence: "降低并统一大病保险起付线，报销比例由
50%提高到60%" gave 报销比例 (the judges: 大病保险报销比例); "城乡居民医疗保险参保率达98.27%，
基本报销限额提高到20万元" gave 基本报销限额; "新农合参合率达95.19%，为25万人次报销补偿" 报销
补偿. A reimbursement is always some scheme's, and the sentence says whose.

The rule: a label that is exactly one of those measures takes the last scheme
(``cues.rate_schemes``, longest first: 城乡居民医疗保险 before 医疗保险) named before its number
in its clause-run (after the last ；/。/： before it): 大病保险报销比例, 城乡居民医疗保险基本报销
限额, 新农合报销补偿.

Exceptions (the label stays): no scheme in the run before the number; a label holding more
than the bare measure (建档立卡人员累计报销, 职工住院报销比例: its own holder, or a period)
is not touched. Round 80, x6.
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelvocab import cue_words
from workreport.vocab import alternation

__all__ = ["scheme_owned"]

_RUN_BREAK = re.compile(r"[；;。：:]")


@cache
def _schemes() -> re.Pattern[str]:
    """The schemes of ``cues.rate_schemes``, longest first, as one pattern."""
    return re.compile(alternation(sorted(cue_words("rate_schemes"), key=len, reverse=True)))


def scheme_owned(name: str, before: str, rest: str, dimension: str) -> str:
    """``name`` with the scheme its clause-run names before the number in front, when it is
    a bare measure of what a scheme pays (``cues.scheme_bare_measures``), as the module's doc
    says; ``name`` otherwise. ``rest`` and ``dimension`` are not read."""
    if name not in cue_words("scheme_bare_measures"):
        return name
    run = _RUN_BREAK.split(before)[-1]
    found = _schemes().findall(run)
    return found[-1] + name if found else name
