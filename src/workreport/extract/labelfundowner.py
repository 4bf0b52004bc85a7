"""Money written inside its noun phrase takes the fund after it (issue 13, the development
draws' "fragment"; round 82, x4).

Class of error: an amount standing between the level or source that owns a fund and the fund
itself ("统筹用好中央149.2亿元乡村振兴补助资金", "争取中央1.2亿元衔接资金", "下达省级3亿元奖补
资金") was labelled by the words before the number alone: 统筹用好中央, 争取中央, 下达省级 — a
label ending in a modifier, its noun cut off. In Chinese a number with its unit may stand inside
a noun phrase, after the modifiers of the noun (中央 | 149.2亿元 | 乡村振兴补助资金): the noun
after the number is what the amount is.

Rule (``fund_owned``, a pass of ``labelpasses.AFTER``): a money figure whose label ends with the
words right before its number, the last of them a noun or a level as jieba tags it (中央, 省级,
上级), and whose number is followed, at once or after 的, by a noun phrase
(``labelwords.noun_phrase``) ending in a fund (``cues.owned_fund_nouns``: 资金, 贷款, 基金 …):
the label takes that noun phrase: 统筹用好中央乡村振兴补助资金, 争取中央衔接资金.

Exceptions (the label stays): a label ending in a verb (投资5亿元建设…: the money of an act,
``labelpurpose``), a label holding the fund already, a noun phrase holding a digit or starting
a new clause; round 82 review, q3: a noun phrase opening with a verb that starts a predicate of
its own (``cues.fund_owned_not_openers``: 撬动社会资本50亿元投入乡村振兴资金 keeps 撬动社会资本,
not …投入乡村振兴资金), or a label ending in money already (资本, 资金:
``cues.fund_owned_money_ends``).
"""

from __future__ import annotations

import re

from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import ending_word, noun_phrase, tags

__all__ = ["fund_owned"]

_CLAUSE = re.compile(r"[，,；;。！？：:、（(]")


def fund_owned(name: str, before: str, rest: str, dimension: str) -> str:
    """``name`` with the fund its amount stands before (above)."""
    if dimension != "money" or len(name) < 2 or not before.rstrip().endswith(name[-2:]):
        return name
    last = tags(name)[-1]
    if not (last.flag.startswith("n") or last.flag == "b"):
        return name
    words = _CLAUSE.split(rest, 1)[0].removeprefix("的")
    phrase = noun_phrase(words) if words and not re.match(r"\d", words) else ""
    fund = ending_word(phrase, cue_words("owned_fund_nouns"))
    if not fund or re.search(r"\d", phrase) or fund in name \
            or not tags(phrase)[0].flag.startswith(("n", "v", "b", "j")) \
            or tags(phrase)[0].word in cue_words("fund_owned_not_openers") \
            or last.word in cue_words("fund_owned_money_ends"):
        return name
    return name + phrase
