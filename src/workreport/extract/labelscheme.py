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

A bare coverage word (``cues.scheme_coverage_words``: 覆盖面) is as much a scheme's: with no
scheme of that list in its run, it takes what the sentence's first clause sets up or runs, the
words after the last verb of ``cues.scheme_coverage_verbs`` (建立健全, 开展 …) less a closing
word of ``cues.scheme_coverage_tails`` (制度, 试点): "建立健全城镇保障性住房制度，覆盖面逐步扩大，
…达到12.5%" → 城镇保障性住房覆盖面; "…开展新型农村社会养老保险试点，…，覆盖面扩大到60%以上"
→ 新型农村社会养老保险覆盖面 (three to twelve Chinese characters, no list in them; this
thing before a scheme of the list it holds).

Exceptions (the label stays): no scheme in the run before the number; a label holding more
than the bare measure (建档立卡人员累计报销, 职工住院报销比例: its own holder, or a period)
is not touched. Round 80, x6. A 了 or a vague count (一系列, 一批, 各类, 各项) after the verb is
not the thing (round 80 review, q4: "开展了一系列宣传活动，覆盖面…" gave 了一系列宣传活动覆盖面).
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
    coverage = name in cue_words("scheme_coverage_words")
    if name not in cue_words("scheme_bare_measures") and not coverage:
        return name
    run = _RUN_BREAK.split(before)[-1]
    found = _schemes().findall(run)
    thing = ""
    if coverage and (m := _coverage_lead().search(re.split(r"[，,]", run)[0])):
        thing = re.sub(alternation(cue_words("scheme_coverage_tails")) + "$", "", m.group(1))
        thing = re.sub(r"^了?(?:一系列|一批|各类|各项)?", "", thing)  # 开展了一系列… (q4)
        thing = thing if re.fullmatch(r"[\u4e00-\u9fff]{3,12}", thing) else ""
    if thing and (not found or found[-1] in thing):
        return thing + name  # 新型农村社会养老保险覆盖面, not 养老保险覆盖面
    return found[-1] + name if found else name


@cache
def _coverage_lead() -> re.Pattern[str]:
    """What follows the last verb of ``cues.scheme_coverage_verbs`` in a clause."""
    verbs = alternation(sorted(cue_words("scheme_coverage_verbs"), key=len, reverse=True))
    return re.compile(rf"(?:{verbs})(?!.*(?:{verbs}))(.+)$")
