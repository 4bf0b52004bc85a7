"""The years a result covers: one year, or a period of several (session 71, tester 70 item 3;
indicators.csv ``year`` and ``year_first``).

The class of error: Yi County's 2021 report reviews 2016-2020 in one part ("“十三五”时期经济社会
发展回顾"), and every figure of it was dated 2020, the year reviewed: "全县累计投入扶贫资金12.7
亿元" (labelled 五年累计投入扶贫资金) was printed "in 2020", "年均增长5.02%" as 2020's growth,
and "2017年，162个贫困村…脱贫出列" as a figure of 2020.

The rule (``dated``), for an actual figure, after ``startyear.start_year``, whose year is the one
reviewed:
- a total or share over a period, its label opening with the period (``labelperiods``' forms:
  五年累计…, 五年…, “十三五”期间…, “十三五”以来…) or ending with it before 累计 (…五年累计,
  …“十三五”期间累计: a change or total of a paragraph the period frames); not 九年义务教育…,
  nor a span of other years, which the text does not date: 两年新增投资,
  "经过七年努力，…累计实施…"): ``year_first`` is the period's first year (五年 in a review
  of 2020: 2016; “十三五”: 2016), ``year`` its last (the year reviewed, or the plan's end:
  “十一五”期间… in a review of 2013 is of 2006-2010);
- a yearly mean (a change labelled …年均) over a span its sentence dates from a base
  ("从2015年的87.55亿元增长到118.32亿元，年均增长5.02%": 2016) or its paragraph's term names
  (``labelterm.section_term``: "过去五年，…年均增长8%" → the five years): the span's first year;
  a yearly mean of no known span keeps no ``year_first`` (the book says "in the years to");
- a change against a named earlier year's level, its label ending with the base as
  ``labelperiods`` keeps it (…比2015年: "与2015年相比…PM2.5平均浓度下降47.3%" in a review of 2020;
  session 73, tester 73 D-C12): the year after the base (2016), as a yearly mean from a base
  is; not a base the year before the one reviewed (a year's own change), nor a multiple
  (是2008年的1.8倍, measure ratio);
- a figure labelled with a past year by ``labelperiods.past_year_named`` ("2017年，162个贫困村
  …" → 2017年贫困村): that year, in a review of one year or several.
Every other figure keeps its year and no ``year_first``. Targets are dated by
``targetyears``, and a target over a plan period has its first year (``target_first``:
今后五年…下降23% in a report of 2016 is of 2016-2020; session 72, tester 72 D3).

A review part whose title names a period ("“十三五”时期经济社会发展回顾", "过去五年工作回顾",
"2020年及“十三五”时期工作回顾") reviews that period (``review_first``: reports.csv
``year_reviewed_first``), and the book says "Reviews 2016-2020".
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from workreport.extract.startyear import _span_start, start_year
from workreport.extract.targetyears import target_first

__all__ = ["dated", "period_years", "review_first"]

# A label opening with the period it totals over: 五年累计…, 五年…, “十三五”期间…, “十三五”以来…;
# not 九年义务教育巩固率, nor 两年新增投资, 三年引资, 七年累计… (spans the text does not date).
_PERIOD_LABEL = re.compile(r"^(?:五年(?!以来|义务|制)|“十[一二三四五]?五”(?:期间|时期|以来))")
# The same period written after the stock by labelperiodscope or labelperiodtail, for a total
# or change of a paragraph framed by it ("PM2.5平均浓度下降幅度五年累计",
# "民生投入“十三五”期间累计").
_PERIOD_TAIL = re.compile(r"(?:五年|“十[一二三四五]?五”(?:期间|时期|以来))(?=累计$)")
# A base year before a yearly mean in its sentence: 从2015年的…, 由2015年…, 比2015年….
_BASE = re.compile(r"(?:从|由|比|较)((?:19|20)\d\d)年")
# A change's base year ending its label: 生产总值比2010年, PM2.5平均浓度比2015年.
_LABEL_BASE = re.compile(r"比((?:19|20)\d\d)年$")
# A review part's title naming the period it reviews.
_REVIEW_PERIOD = re.compile(r"“十[一二三四五]?五”|五年(?!规划|计划|行动)")
# A past year labelled by past_year_named: 2017年贫困村, 2011年第二产业增加值; not 2017年底…,
# 2017年以来…, 2017年上半年…, 2017年第一季度….
_PAST_YEAR = re.compile(r"^((?:19|20)\d\d)年(?![底末度初上下前后以至到来—\-－]|第?[一二三四]季度)")


def period_years(label: str, reviewed: int) -> tuple[int, int] | None:
    """The first and last years of the period a label opens with (``_PERIOD_LABEL``) or ends
    with before 累计 (``_PERIOD_TAIL``: "PM2.5平均浓度下降幅度五年累计", a five-year fall in a
    paragraph framed by “十三五”, session 71 tester 71 item 9), in a
    review of ``reviewed``: "五年累计投入扶贫资金" → (``reviewed`` - 4, ``reviewed``),
    "“十三五”期间民生投入" → (2016, 2020), "“十一五”期间…" in a review of 2013 → (2006, 2010),
    "“十三五”以来…" in a review of 2018 → (2016, 2018); None for a label naming no period or
    one not before ``reviewed``."""
    m = _PERIOD_LABEL.match(label) or _PERIOD_TAIL.search(label)
    start = _span_start(m.group(), reviewed) if m else None
    if start is None or start + 1 >= reviewed:
        return None
    end = start + 5 if m and m.group().startswith("“") and not m.group().endswith("以来") \
        else reviewed
    return start + 1, min(end, reviewed)


def _mean_first(f: Any, opening: str, term: str, reviewed: int) -> int | None:
    """The first year of the span a yearly mean (…年均) covers: its sentence's base year, else
    its paragraph's term, else None."""
    if f.measure != "change" or not f.indicator.endswith("年均"):
        return None
    bases = [int(y) for y in _BASE.findall(opening) if int(y) < reviewed]
    start = bases[-1] if bases else _span_start(term, reviewed) if term else None
    return start + 1 if start is not None and start + 1 < reviewed else None


def dated(f: Any, after: list[Any], text: str, opening: str, lead: str,
          reviewed: int | None, term: str = "", report_year: int | None = None) -> Any:
    """The figure ``f`` (``figures.Figure``) with its ``year`` and ``year_first`` (see the
    module): ``start_year``'s year for a start value, else the period or past year its label
    or sentence names; a target over a plan period its first year
    (``targetyears.target_first``). The arguments are ``start_year``'s."""
    f = replace(f, year=start_year(f, after, text, opening, lead, reviewed, term))
    if f.kind == "target":
        first = target_first(opening, lead, report_year, f.year, f.measure, f.indicator,
                             f.unit, text[f.end:f.end + 1])
        return replace(f, year_first=first) if first else f
    if f.kind != "actual" or not reviewed or f.year != reviewed:
        return f
    if span := period_years(f.indicator, reviewed):
        return replace(f, year_first=span[0], year=span[1])
    if first := _mean_first(f, opening, term, reviewed):
        return replace(f, year_first=first)
    if f.measure == "change" and (m := _LABEL_BASE.search(f.indicator)) \
            and int(m.group(1)) + 1 < reviewed:
        return replace(f, year_first=int(m.group(1)) + 1)
    if (m := _PAST_YEAR.match(f.indicator)) and int(m.group(1)) < reviewed \
            and f.measure in ("level", "change", "share"):
        return replace(f, year=int(m.group(1)))
    return f


def review_first(title: str | None, reviewed: int | None) -> int | None:
    """The first year of the period a review part titled ``title`` reviews, up to
    ``reviewed``: "“十三五”时期经济社会发展回顾" (reviewing 2020) → 2016, "过去五年工作回顾"
    (reviewing 2012) → 2008, "2020年和“十三五”工作回顾" → 2016; None for the review of one
    year ("2020年工作回顾", "防疫情稳增长，经济运行持续向好") or no year reviewed."""
    m = _REVIEW_PERIOD.search(title or "")
    start = _span_start(m.group(), reviewed) if m and reviewed else None
    return start + 1 if start is not None and start + 1 < reviewed <= start + 5 else None
