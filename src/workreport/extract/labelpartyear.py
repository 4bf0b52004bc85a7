"""A part of the year opening a sentence or clause, scope of every figure after it (round 53,
s53a, bench/label_judging.md: "a growth rate of part of the year without its period reads as
the year's rate: 'scope lost'"): "前三季度，开发区主营业务收入完成263.7亿元，亩均产值、税收分别
增长19.7%和12.9%" gave 开发区主营业务收入, 开发区亩均产值, 开发区亩均税收 → 前三季度开发区
主营业务收入, 前三季度开发区亩均产值, 前三季度开发区亩均税收.
"""
from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelterm import OWN_YEAR, period_opener
from workreport.extract.nonfigures import alternation
from workreport.extract.numbers import vocab

_NUM = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
# A label naming a period or year already (上半年, 三季度, 1—11月, 2015年, 年均, 以来, 全年).
_NAMES_PERIOD = re.compile(r"季度|半年|月|年|以来|“十[一二三四五]五”")


@cache
def _opener() -> re.Pattern[str]:
    """A part of the year opening a sentence or clause (``cues.part_year_periods``, a span of
    months from the first: 1—11月, 1至9月, 前11个月), after the year reviewed (今年) or one in
    digits, then a comma or the figure's things."""
    words = alternation(list(vocab("cues")["part_year_periods"]))
    return re.compile(
        rf"(?:^|(?<=[，,；;：:。]))\s*(?:今年|((?:19|20)\d\d年))?"
        rf"({words}|[1１一][—–\-－~至到]{_NUM}月(?:份)?|前{_NUM}个月)([，,]?)")


def part_year_named(name: str, opening: str, reviewed: int | None = None) -> str:
    """``name`` with the part of the year (``_opener``) opening the sentence up to the figure
    (``opening``) in front: "上半年，全县地区生产总值增长6.5%" → 上半年地区生产总值; "1—11月规模以上
    工业能耗强度下降8.9%" → 1—11月规模以上工业能耗强度 (no comma: only where the figure's
    things follow the period). A digit year before the period stays when it is not the year
    ``reviewed`` ("2011年上半年，完成招商引资18亿元" in a review of 2013 → 2011年上半年招商
    引资), 今年 goes.
    ``name`` as it is when it names a period or year already, when none opens the sentence or
    a clause before the figure, when the period is a date of an act ("今年上半年正式启动供水"),
    or when a clause after it names its own year or period (全年, 2024年, 五年来)."""
    if not name or _NAMES_PERIOD.search(name):
        return name
    found = list(_opener().finditer(opening))
    if not found:
        return name
    m = found[-1]
    after = opening[m.end():]
    if OWN_YEAR.search(after) or period_opener().search(after):
        return name
    if not m.group(3) and (re.search(r"[，,；;：:。]", after)  # no comma: the figure's clause,
                           or not after.lstrip().startswith(name[:2])):  # its things right after
        return name
    year = m.group(1) or ""
    year = "" if year and reviewed and int(year[:4]) == reviewed else year
    return year + m.group(2) + name
