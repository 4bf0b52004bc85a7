"""A measure that names a class the subject is the first of (issue 13, words of a
neighbouring clause left in; round 67, r3; used by ``naming.label`` through
``labelassigned.after_label``).

Class of error: "甲基地成为西部首个产值超过2000亿元的化工园区" says the subject became the first
of a class of things whose measure passes the number; the label kept the whole frame before the
measure: 甲基地成为西部首个产值. The measure is the subject's: 甲基地产值; with no subject before
成为 ("…，成为全球首个年吞吐量超过5000万标准箱的世界大港"), the measure alone: 年吞吐量. The
words of being first are data (``cues.first_of_class_words``).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.nonfigures import alternation
from workreport.extract.numbers import vocab

__all__ = ["first_of_class"]


@cache
def _frame() -> re.Pattern[str]:
    """"(owner)成为(scope)首个(measure)" filling a whole label, compiled once."""
    first = alternation(vocab("cues")["first_of_class_words"])
    return re.compile(rf"(?P<owner>[^，；,;]*?)(?:已经|已)?成为[^，；,;\d]{{0,8}}?(?:{first})"
                      r"(?P<measure>[^，；,;、\d的]{2,12})")


def first_of_class(name: str, before: str, rest: str, dimension: str) -> str:
    """``name`` as owner + measure when it is the whole frame "<owner>成为<scope>首个<measure>"
    and the figure is the bound of the class, followed by 的 ("…产值超过2000亿元的化工园区":
    ``rest``, the sentence after the number, opens with 的 after at most 以上/左右); ``before``
    and ``dimension`` are not read. ``name`` as it is otherwise ("甲县成为全省首个…示范县", with
    no number in the class, never reaches here as a label of that frame)."""
    if not re.match(r"(?:以上|左右|多)?的", rest):
        return name
    m = _frame().fullmatch(name)
    return m.group("owner") + m.group("measure") if m else name
