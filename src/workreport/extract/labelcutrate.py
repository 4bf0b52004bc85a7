"""Whose rate a policy sets (issue 13, an owner lost; round 59, s59b; used by ``naming.label``
through ``labelassigned.after_label``).

Class of error: a clause "将 + whose + (现行 N%的) + rate + 降至 M%" names the rate's holder
before the rate, and the rate's figure kept only the bare rate: "将制造业等行业现行16%的税率
降至13%" → 税率 for 13%, 制造业等行业现行 for 16%. The holder and the rate go together:
制造业等行业税率 (13%), 制造业等行业现行税率 (16%). The rates and the verbs setting them are
data (``cues.set_rate_words``, ``cues.set_rate_verbs``).

Round 59 review (j59c): with no holder before 现行 ("将现行6%的税率降至3%"), 现行 is no holder:
the new rate stays 税率 (was 现行税率) and the old one is 现行税率 (was 现行); a rate with words of
its own after "N%的" ending in a rate word is the rate ("将甲现行25%的所得税税率降至15%" →
甲现行所得税税率, 甲所得税税率; 增值税率).

Session 60 (f4): a label left as 现行 alone before "N的 + noun + set verb" takes the noun
("将现行每人每月500元的补贴标准提高到600元" → 补贴标准, was 现行): ``_now_noun``.
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.nonfigures import alternation
from workreport.extract.numbers import vocab

__all__ = ["set_rate"]


@cache
def _set_clause() -> re.Pattern[str]:
    """The clause "将 + (holder) + (现行) + (N%的) + rate + verb", compiled once; the holder
    holds no 现行, and after "N%的" the rate may have words before its rate word (所得税税率)."""
    cues = vocab("cues")
    return re.compile(rf"将(?P<own>(?:(?!现行)[^，；,;和及与\d将]){{2,16}}?)?(?P<now>现行)?"
                      rf"(?:\d[\d.]*%的)?(?P<rate>(?:(?<=%的)[^，；,;和及与的\d%]{{1,8}}?)?"
                      rf"(?:{alternation(cues['set_rate_words'])}))"
                      rf"(?:{alternation(cues['set_rate_verbs'])})")


def set_rate(name: str, before: str, rest: str, dimension: str) -> str:
    """``name`` with the holder of the rate its clause sets: "将甲等行业现行16%的税率降至13%"
    → 甲等行业税率 (the 13%: ``name`` is the bare rate) and 甲等行业现行税率 (the 16%: ``name``
    is the holder and 现行, the rate after 的 in ``rest``). ``before`` is the sentence up to the
    number, ``rest`` the sentence after it; ``dimension`` is not read. ``name`` as it is for any
    other clause, a rate with words of its own (失业保险费率) or a holder not before it. A list
    of holders ending in 等 stays one ("将甲、乙等行业…" → 甲、乙等行业税率: its examples;
    ``labeleach._each_of``)."""
    clause = re.split(r"[，；,;]", before)[-1].strip()
    if (m := _set_clause().search(clause)) and m.end() == len(clause):
        return (m.group("own") or "") + m.group("rate") if name == m.group("rate") else name  # 13%
    m = _set_clause().match(clause + "0%" + re.split(r"[，；,;]", rest)[0])
    if m and m.group("now") and m.end("now") == len(clause) \
            and name in (clause[1:], m.group("rate")):  # (a list's: the noun after its number)
        return clause[1:] + m.group("rate")  # the 16% of "将甲等行业现行16%的税率降至13%"
    return _now_noun(name, rest)


def _now_noun(name: str, rest: str) -> str:
    """Session 60 (f4): a label left as 现行 alone, its number's noun after 的 and a verb setting
    it ("将现行每人每月500元的补贴标准提高到600元": 现行 → 补贴标准, the label of the 600 too; the
    kind says which is today's). Any other label, or no such verb, unchanged."""
    if name != "现行":
        return name
    m = _now_noun_after().match(rest)
    return m.group("noun") if m else name


@cache
def _now_noun_after() -> re.Pattern[str]:
    """The "N的 + noun + a verb setting it" after 现行's number (``_now_noun``), compiled once. Not
    ``figurekind._now_noun_patterns``'s closer: that one reads a noun of one character on and
    ``cues.base_closers`` before the new number, this one names the noun before a verb of
    ``cues.set_rate_verbs``."""
    verbs = alternation(vocab("cues")["set_rate_verbs"])
    return re.compile(rf"[^\d，。；、的]{{0,2}}的(?P<noun>[^\d，。；、的]{{2,10}}?)(?:{verbs})")
