"""Numbers that are not figures, round 24 (part E; the seed-9001 development draw's "not a figure").

Called last by ``nonfigures.non_figure`` (digit runs) and by ``numbers`` (Chinese tenths):

- a list heading counting its own items, its list after a colon: "教育工程1项：5所小学
  改扩建项目", "城建工程10项：①…②…" (``nonfigures.heading_items``);
- a plan's count of its own indicators: "主要目标设定为23项，其中约束性指标11项，预期性指标
  12项" (``nonfigures.plan_indicators_*``);
- a product's rating inside its name, in a list of achievements: "…、18兆瓦集成海上风电机组等
  一批…" (``nonfigures.product_rating``);
- the tenths that spell a quoted rule's digits: "“361”问题导向机制，…做到三成说清现状、六成
  表述问题、一成提出对策" (``named_tenths``).
"""

from __future__ import annotations

import re

from workreport.vocab import load as vocab

__all__ = ["later_non_figure", "named_tenths"]

_QUOTED_DIGITS = re.compile(r"“(\d{2,5})”")
_TENTH = re.compile(r"(?<![零〇一二两三四五六七八九十百千])([一两二三四五六七八九])成")
_DIGIT = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"两": 2}


def later_non_figure(text: str, start: int, end: int) -> tuple[str, str] | None:
    """The class and reason of a digit run ``text[start:end]`` that is one of the module's
    non-figures, or None."""
    nf = vocab("nonfigures")
    if re.search(nf["heading_items"] + "$", text[max(0, start - 4):start]) \
            and re.match(r"[项个件]：", text[end:end + 2]):
        return "name", "a list heading counting its own items (教育工程1项：…)"
    if re.search(nf["plan_indicators_before"], text[max(0, start - 12):start]) \
            and re.match(nf["plan_indicators_after"], text[end:end + 2]):
        return "name", "a plan's count of its own indicators (约束性指标11项)"
    if text[start - 1:start] in ("、", "，") and re.match(nf["product_rating"], text[end:end + 16]):
        return "name", "a product's rating in its name (18兆瓦集成海上风电机组等)"
    return None


def named_tenths(text: str, start: int) -> bool:
    """Is the tenths numeral at ``start`` (三成) one of a run that spells, in order, the
    digits of a rule quoted before it in its sentence: "坚持“361”问题导向机制，会议汇报做到
    三成说清现状、六成表述问题、一成提出对策" (the rule's own make-up, not shares measured)?"""
    opening = max(text.rfind(c, 0, start) for c in "。；！？\n") + 1
    end = min((i for i in (text.find(c, start) for c in "。；！？\n") if i >= 0),
              default=len(text))
    for quote in _QUOTED_DIGITS.finditer(text, opening, start):
        tenths = list(_TENTH.finditer(text, quote.end(), end))
        digits = "".join(str(_DIGIT[m.group(1)]) for m in tenths)
        if digits == quote.group(1) and any(m.start() == start for m in tenths):
            return True
    return False
