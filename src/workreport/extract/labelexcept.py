"""The count of the things a sentence excepts, 除…外 (round 59, s59a).

Class of error (fragments): a count inside 除…外 ("除东部山区15个村外全部通自来水") was
labelled by the clause before its number with the 除 left in (除东部山区), or by the noun after
it with its 外 and the act said of the others (全县除2个乡镇外均完成改造 gave 改造乡镇外,
though those two did not). The things excepted are what is counted: the words between 除 and
the number, then the noun between the number and 外 (东部山区村; 乡镇; "除因政策调整取消3项外"
→ 因政策调整取消). A rule of ``labelassigned.after_label``; the words are data
(``cues.except_openers_not``: verbs ending in 除, 清除, 拆除 …).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelclean import clean
from workreport.extract.labelsubjectowner import subject_owner
from workreport.extract.numbers import vocab

__all__ = ["excepted", "owner_excepted"]


@cache
def _opened() -> re.Pattern[str]:
    """除 opening the excepted words in the figure's clause, not the end of a verb (拆除)."""
    verbs = "".join(vocab("cues")["except_openers_not"])
    return re.compile(rf"(?:^|(?<![{verbs}]))除了?([^，,；;。：:除、]{{0,16}})$")


# The noun after the number up to the 外 closing the exception, before a break or an adverb
# of the others (全部, 均, 都, 其余 …), so that 外 inside a word (海外仓, 外资) ends nothing.
_CLOSED = re.compile(r"([\u4e00-\u9fff]{0,8}?)(?:以外|之外|外)(?=[，,；;。]|[全均都其还也已余]|$)")


def excepted(name: str, before: str, rest: str, dimension: str) -> str:
    """The label of a count inside 除…外: the words after 除 (cleaned) and the noun before 外
    ("除东部山区15个村外" → 东部山区村, "除3个在建项目外" → 在建项目); ``name`` when the number
    stands in no such span, or when nothing is left of it."""
    opened, closed = _opened().search(before), _CLOSED.match(rest)
    if not opened or not closed:
        return name
    scope = clean(opened.group(1)) if opened.group(1) else ""
    return scope + closed.group(1) or name


def owner_excepted(name: str, before: str, rest: str, dimension: str) -> str:
    """``labelsubjectowner.subject_owner``, then ``excepted`` (one rule of
    ``labelassigned.after_label`` for both, the last)."""
    return excepted(subject_owner(name, before, rest, dimension), before, rest, dimension)
