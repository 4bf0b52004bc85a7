"""A rate restated as the reason for a target, no figure of its own (session 69, tester of
session 69; numbers.csv class ``restated``).

The class of error: "稳增长也是为了保就业，…，7%左右的速度可以实现比较充分的就业" (State Council
2015, after "国内生产总值增长7%左右" and "经济增长预期7%左右") gave a third target row of 7%左右,
labelled 速度可以 and read as a share: the sentence gives no new figure, it says what the
target already stated can achieve.

The rule (``restated_pace``): a rate (a number in %) followed by 的, a word for its pace
(``nonfigures.restated_pace_words``: 速度, 增速, 增幅 …), maybe an adverb
(``restated_pace_adverbs``: 就, 也 …) and a modal verb (``restated_pace_modals``: 可以, 能够,
足以 …) is class ``restated``. Not a rate whose pace word is the subject of anything else
("保持7%的增速" has no modal after it and stays a figure), nor an amount ("1000万人的规模可以…"
is no pace).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.vocab import alternation
from workreport.vocab import load as vocab

__all__ = ["REASON", "restated_pace"]

REASON = "a rate restated as the reason for a target (7%左右的速度可以…), no new figure"


@cache
def _pace() -> re.Pattern[str]:
    nf = vocab("nonfigures")
    return re.compile(rf"的(?:{alternation(nf['restated_pace_words'])})"
                      rf"(?:{alternation(nf['restated_pace_adverbs'])})?"
                      rf"(?:{alternation(nf['restated_pace_modals'])})")


def restated_pace(text: str, end: int, unit: str) -> bool:
    """Whether the quantity ending at ``end`` of ``text``, in ``unit``, is a rate restated as
    the reason for a target (see the module): "7%左右的速度可以实现…" → True."""
    return unit == "%" and _pace().match(text, end) is not None
