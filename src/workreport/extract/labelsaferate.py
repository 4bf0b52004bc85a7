"""The land a bare safe-use rate measures, named elsewhere in its sentence (issue 13 §2;
round 78, x1; the development draws' "owner lost").

Class of error: 安全利用率 and 再开发安全利用率 are rates of one kind of land each: the safe use
of polluted farmland (受污染耕地安全利用率) and the safe re-use of polluted plots (污染地块
再开发安全利用率). When the sentence names the land in a clause the rate does not open
("有序开展受污染耕地治理修复和安全利用，严格污染地块准入管理，确保安全利用率和再开发安全
利用率保持100%"; "加快疑似污染地块…土壤污染状况调查，确保安全利用率达到100%"), the label
was the bare rate, which says nothing of what land: 'owner lost'.

Rule: a label that is exactly one of the bare rates of ``cues.safe_use_rates`` (or a 和/、
list of nothing but them, each part owned alone) takes the first owner of its list that the
sentence (before or after the number) contains: ``cues.safe_use_owners_farmland`` tried before
``cues.safe_use_owners_plots`` for 安全利用率, the plots' only for 再开发安全利用率.

Exceptions: a label with anything before the rate (农用地安全利用率, 土壤安全利用率) is left as
it is; a sentence naming no such land leaves the bare rate (no owner in the text).
"""

from __future__ import annotations

import re

from workreport.extract.labelvocab import cue_words

__all__ = ["safe_rate_owner"]

_LIST = re.compile(r"[、和]")  # a list of rates sharing the figure ("安全利用率和再开发…")


def safe_rate_owner(name: str, before: str, rest: str, dimension: str) -> str:
    """``name`` with the land the sentence names in front, when ``name`` is a bare safe-use rate
    (module docstring); else ``name``: "确保安全利用率…" after "受污染耕地" → 受污染耕地安全
    利用率, 再开发安全利用率 after "污染地块" → 污染地块再开发安全利用率."""
    parts = _LIST.split(name)
    rates = cue_words("safe_use_rates")
    if not all(part in rates for part in parts):
        return name
    joins = _LIST.findall(name)
    text = before + rest
    out = _owned(parts[0], rates, text)
    for join, part in zip(joins, parts[1:], strict=True):
        out += join + _owned(part, rates, text)
    return out


def _owned(rate: str, rates: tuple[str, ...], text: str) -> str:
    """``rate`` with the first of its owners ``text`` names in front (module docstring)."""
    owners = cue_words("safe_use_owners_plots")
    if rate == rates[0]:
        owners = cue_words("safe_use_owners_farmland") + owners
    return next((owner + rate for owner in owners if owner in text), rate)

