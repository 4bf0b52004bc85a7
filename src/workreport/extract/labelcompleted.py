"""Money a project or a field completed, labelled as its investment (round 78, x3; a pass of
``labelpasses``).

Class of error ('other thing'): money written right after 完成投资 ("投资18亿元的石龙山…度假村项目
完成投资5000万元") was labelled X投资 (…度假村项目投资), which reads as the project's own
investment, its whole size; the figure is the investment completed (in the year, or so far).
The seed-9023 draw rejected such labels where the sentence gave the project's own investment as
well, which the bare …投资 then names twice.

Rule: a money figure whose sentence before the number ends in a verb of
``cues.completed_money_frames`` (完成投资) and, at most, a linking word of
``cues.completed_money_links`` (达, 约, 超 …), labelled …投资, is labelled …完成投资 where the
sentence before it gives an investment of its own as 投资N ("投资18亿元的…项目": labelled …投资
too, so the two figures would share one label). Without such a size, or after 总投资N (whose label
…总投资 tells the two apart), …投资 stays, as the gold files and tests write it (省市重点项目投资
for "省市重点项目完成投资36.93亿元").

Exceptions: a label ending in a word of ``cues.completed_money_kept`` (总投资, 完成投资,
固定资产投资, 计划投资, 分别投资: a statistic of its own, a plan's wording or a distributive
word that the frame does not mend) stays, as does a label that is only 投资 or holds 完成
already; and money with 的 after it ("完成投资3000万元的县城水厂建设"), where 完成 says the
works were done and the money is their size (县城水厂建设投资 stays).

Round 85 (n3; draw 9031, 'other thing', borderline): the converse, ``own_size``. The
project's own investment written before it as 投资N…的 ("投资18亿元的石龙山…项目完成投资
5000万元") was labelled …项目投资 beside the completed …项目完成投资, and a reader takes 投资
for money spent. Where the same thing's completed investment follows — in the clause of its
name, the first investment there, or opening the next clause after at most a word of
``cues.own_size_completed_leads`` (当年, 年度, 累计, 已 …) — the size is …总投资, as after
总投资N (labelprojectphase names such a size 总投资 too). Exceptions: a label ending in
``cues.completed_money_kept`` or holding 完成; money after 完成投资 itself; a completed
investment that is the size of other works (完成投资N的…); a period's, running or funder's
投资 (年度投资, 累计投资, 中央投资: ``cues.own_size_completed_leads``, ``own_size_not_after``;
round 85 review, q85_2)."""


from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelvocab import cue_words
from workreport.extract.nonfigures import alternation

__all__ = ["completed_money", "own_size"]

# the works named after the money (完成投资3000万元的县城水厂建设: 完成 says the works were done)
_WORKS = re.compile(r"\s*(?:以上|左右|多)?的")
# a running total whose 累计 a later step puts into the label (…累计投资, not …完成累计投资)
_RUN = re.compile(r"累计完成投资\D{0,2}$")
# ... and a year's figure with such a total right after it (the total's label copies its)
_RUN_NEXT = re.compile(r"[^。；;]{0,8}累计完成投资")
# the project's own investment: a number after 投资 (not 总投资, 完成投资) before (投资3.9亿元)
_SIZE = re.compile(r"(?<![总成])投资(?:额|总额)?(?:达到|达|约|逾|近|超过|超|共|为)?"
                   r"[\d一二三四五六七八九十百千万亿两]")


# money right after 投资 (not 总投资, 完成投资), with at most a linking word between
_SIZE_END = re.compile(r"(?<![总成])投资(?:额)?(?:达到|达|约|逾|近|超过|超|共|为)?$")
# a completed investment and its money, not the size of works named after it (…的)
_DONE = re.compile(r"完成投资[^\d，,。；;、]{0,3}[\d.一二三四五六七八九十百千两]+"
                   r"(?:多|余)?[万亿]?元(?!\s*(?:以上|左右|多)?的)")
# the end of a clause, and an investment of its own size in it
_CLAUSE_END = re.compile(r"[，,。；;]")
_INVESTED = re.compile(r"(?<!总)投资")


@cache
def _done_lead() -> re.Pattern[str]:
    """A next clause opening with a completed investment, after a time or running word."""
    return re.compile(rf"(?:{alternation(cue_words('own_size_completed_leads'))})?{_DONE.pattern}")


def _done_after(rest: str) -> bool:
    """Whether ``rest``, after the money's 的 and name, goes on with the same thing's completed
    investment: the first investment of the name's clause, or the opening of the next clause."""
    end = _CLAUSE_END.search(rest)
    clause = rest[:end.start()] if end else rest
    if (first := _INVESTED.search(clause)) is not None:
        return _DONE.match(clause, max(first.start() - 2, 0)) is not None
    if end is None or end.group() not in "，,":
        return False
    return _done_lead().match(rest, end.end()) is not None


def own_size(name: str, before: str, rest: str, dimension: str) -> str:
    """``name``, a money label, with 总投资 for 投资 where the money is a thing's own size
    written as 投资N…的 and the same thing's completed investment follows."""
    if (dimension != "money" or not name.endswith("投资") or name == "投资"
            or "完成" in name or name.endswith(cue_words("completed_money_kept"))
            or not (size := _SIZE_END.search(before)) or _frame().search(before)
            or before[:size.start()].endswith(  # round 85 review (q85_2): 年度投资, 中央投资
                cue_words("own_size_completed_leads") + cue_words("own_size_not_after"))
            or not (works := _WORKS.match(rest)) or not _done_after(rest[works.end():])):
        return name
    return name.removesuffix("投资") + "总投资"


@cache
def _frame() -> re.Pattern[str]:
    """The end of the sentence before the number: a completing frame, a linking word or none."""
    frames = alternation(cue_words("completed_money_frames"))
    return re.compile(rf"(?:{frames})(?:{alternation(cue_words('completed_money_links'))})?$")


def completed_money(name: str, before: str, rest: str, dimension: str) -> str:
    """``name``, a money label, with 完成投资 for 投资 where the number follows 完成投资."""
    if (dimension != "money" or not name.endswith("投资") or name == "投资"
            or "完成" in name or name.endswith(cue_words("completed_money_kept"))
            or not _frame().search(before) or not _SIZE.search(before)
            or _WORKS.match(rest) or ("累计" not in name and _RUN.search(before))
            or _RUN_NEXT.match(rest)):
        return name
    return name.removesuffix("投资") + "完成投资"
