"""A rate named by the act of the count before it takes the counted things (round 83, x7).

The class of error (the development draws' 'owner lost', rule since round 19 for 办结率): a
rate that opens its clause right after a clause counting things is the rate of those things.
``labelrates.rate_owner`` gives them to a rate of one word or two characters (办结率, 化解率),
but a rate whose name opens with the act done to the things and ends with a short rate
("调处各类矛盾纠纷1910起，调处成功率达99.89%": 调处 + 成功率) kept the bare 调处成功率, which does
not say what was settled.

The rule (an ``AFTER`` pass): a label of a verb of two characters (jieba's v) and a rate of at
most three characters ending in 率 (成功率, 办结率 …), opening the clause of its number, after
a clause that holds the same verb, with at most eight characters before it (a subject or verbs:
某镇, 排查化解; no digit or list) and a count of things after it (a number in one of
``cues.rate_owner_units``, the units of counted cases), is the rate of the noun between the
verb and the count, with the words of ``cues.rate_owner_drops`` (各类 …) gone:
矛盾纠纷调处成功率.

Exceptions: a clause before that opens with 其中 or whose words between the verb and the count
hold no noun of jieba's ("其中调处成功1890起，调处成功率98.9%" gave 成功调处成功率; round 83
review, q3), a figure of money, a label with more than the verb and the rate, a clause before
with no such count or with a digit or a list (、和及与) between the verb and the count, and an
owner of fewer than two characters stay as they are.
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelclean import strip_words
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags
from workreport.extract.nonfigures import alternation

__all__ = ["verb_rate_owner"]

_VERB_RATE = re.compile(r"([\u4e00-\u9fff]{2})([\u4e00-\u9fff]{1,2}率)")


@cache
def _count_end() -> re.Pattern[str]:
    """A count of cases ending a clause: "1910起", "2000多件" (``cues.rate_owner_units``)."""
    units = alternation(cue_words("rate_owner_units"))  # longest first
    return re.compile(rf"\d+(?:\.\d+)?[万]?[余多]?(?:{units})$")


def verb_rate_owner(name: str, before: str, rest: str, dimension: str) -> str:
    """``name`` with the things the clause before counted, when it is a bare verb-led rate
    (see the module's docstring); ``before`` the sentence up to the number."""
    m = _VERB_RATE.fullmatch(name)
    if not m or dimension == "money":
        return name
    clauses = [c.strip() for c in re.split(r"[，；;,]", before)]
    if len(clauses) < 2:
        return name
    last = strip_words(clauses[-1], cue_words("label_leading"), leading=True)
    if not last.startswith(name):
        return name
    verb, counted = m.group(1), clauses[-2]
    pieces = list(tags(verb))
    if len(pieces) != 1 or pieces[0].flag[:1] != "v":
        return name
    at = counted.find(verb)
    count = _count_end().search(counted)
    if at < 0 or not count or count.start() <= at + len(verb):
        return name
    if re.search(r"[\d、和及与]", counted[:at]) or at > 8:
        return name  # a subject or verbs before the act: "某镇调处…", "排查化解…"
    owner = counted[at + len(verb):count.start()]
    if re.search(r"[\d、和及与]", owner):
        return name
    owner = strip_words(owner, cue_words("rate_owner_drops"), leading=True)
    if counted.startswith("其中") or not any(
            t.flag[:1] == "n" or t.flag in ("i", "l", "vn") for t in tags(owner)):
        return name  # "其中调处成功1890起，调处成功率…": no things counted (round 83 review, q3)
    return owner + name if len(owner) > 1 else name
