"""A filler verb of carrying out left at a label's start (round 78, x3; a pass of ``labelpasses``).

Class of error ('leading filler'): a verb that only says a policy, a fund or a batch of projects
was carried out or pushed on, opening the clause of a figure, stayed at the front of its label:
"落实小麦节水及配套技术推广补贴面积5.2万亩" → 落实小麦…补贴面积, "整合推进各类项目70个" →
整合推进各类项目, "全面落实减税降费等惠企政策…15.9亿元", as 滚动推进 and 组织 go
(``cues.label_leading``).

Rule: a label opening with a word of ``cues.carried_out_fillers`` (落实, 全面落实, 整合推进,
分类推进 …) loses it.

Exceptions: what is left holds 的 (the verb is then part of a relative clause that picks the
things out: "落实国家基本药物制度的乡镇卫生院"), opens with 了 or a verb's complement, is
shorter than two characters or is a bare money noun (落实资金 names money by how it was got,
``cues.money_bare_names``).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelvocab import cue_words

__all__ = ["carried_out_dropped"]


@cache
def _filler() -> re.Pattern[str]:
    """A filler verb opening a label, longest first."""
    words = sorted(cue_words("carried_out_fillers"), key=len, reverse=True)
    return re.compile(rf"^(?:{'|'.join(map(re.escape, words))})(?![了好到])")


def carried_out_dropped(name: str, before: str, rest: str, dimension: str) -> str:
    """``name`` without a filler verb of carrying out at its start, as the module says."""
    m = _filler().match(name)
    if not m:
        return name
    left = name[m.end():].lstrip("、，, ")
    if len(left) < 2 or "的" in left or left in cue_words("money_nouns"):
        return name
    return left
