"""A year's target in brackets after the result it is set for (issue 13, round 31, ro).

"固定资产投资增长9.2%（年度目标8%左右）": the bracket's figure is the target of the figure just
before it, not a share named 年度目标: its label is that figure's and the target word
(固定资产投资增长年度目标), its measure that figure's (a growth target is a change). The target
words are data (``vocab/cues.yml``: ``bracket_target_words``).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from workreport.extract.nonfigures import alternation
from workreport.vocab import load as vocab

__all__ = ["bracket_target"]


def bracket_target(text: str, start: int, previous: Any, name: str) -> tuple[str, str] | None:
    """The label and measure of a figure at ``start`` that opens a bracket right after the
    figure ``previous`` (its ``end``, ``indicator``, ``measure``, ``unit``) with a target word
    of ``cues.bracket_target_words`` ("增长9.2%（年度目标8%左右）" → 固定资产投资增长年度目标,
    change; "完成88亿元（目标85亿元）" → …目标, level), or None: not for a bracket holding
    more words, nor a figure in a unit other than the one before (a change's target is a
    rate: % or 个百分点). ``name`` is the figure's own label, which must be the target word.
    Round 31 (ro, rule 4)."""
    m = _opened().fullmatch(text[previous.end:start])
    if not m or name != m.group(1) or not previous.indicator:
        return None
    grew = previous.measure == "change" and not previous.indicator.endswith(
        ("增长", "增速", "增幅", "率", "比重", "占比")) and re.search(
        r"(?:增长|增速|增幅)[^，；。]{0,3}$", text[:previous.end - len(previous.quote)])
    return previous.indicator + ("增长" if grew else "") + m.group(1), previous.measure


@cache
def _opened() -> re.Pattern[str]:
    """A bracket opened by a target word of ``cues.bracket_target_words`` (the word the first
    group), with 为, 是 or a colon after it."""
    return re.compile(rf"[（(]({alternation(vocab('cues')['bracket_target_words'])})"
                      r"(?:为|是|：|:)?")
