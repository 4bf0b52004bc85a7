"""The base of changes written once for several of them (round 52, s52b, from the development
draws' 'scope lost': a base year or plan's end dropped from a list of changes, the bare label
reading as the year's change).

``labelforms.since_year`` names the base written in a change's own clause ("比2005年增长
73.8%" → …比2005年); a base written once before a 分别 group, or opening the changes of its
clause-run with 与…相比, reached only one of them or none:

- "…分别达60家、25家、10家，比2006年分别增加13家、14家、6家" → 甲比2006年, 乙比2006年 …
  (only the last had it): a 分别 group's clause opening with its base; a base after the group's
  own subjects, right before its 分别 ("空气质量综合指数和PM2.5平均浓度值较2015年分别下降…"),
  is every part's (session 62, the lead's ruling for bench/label_judging.md's 生产总值比2015年:
  the first part alone kept bare before, as the tuned gold of 涞源 2021 had all three; the gold
  now keeps the base, tests/data/README.md);
- "与2015年相比综合指数下降34.6%、PM2.5平均浓度下降47.3%，优良天数增加77天" → 综合指数比
  2015年 (not 与2015年相比综合指数), PM2.5平均浓度比2015年, 优良天数比2015年;
- a plan's end as the base ("比“十二五”末提高13.8个百分点") → 高新技术产业产值占比比“十二五”末;
- the term before the one reviewed (round 84, x1, from the development draws' "scope lost": a
  five-year total's change read as the year's): "接待游客216.7万人次，旅游综合收入12.19亿元，
  分别比上个五年增长64.7万人次、4.79亿元" → 接待游客比上个五年, 旅游综合收入比上个五年 (分别 may
  open the group's clause before its base); "累计投资35.71亿元，比上个五年增加22.82亿元" →
  累计投资比上个五年.

A base of the year before the one reviewed or later (比2019年 in a review of 2020) is the year's
own change and names nothing, as in ``since_year``; a yearly average stays as it is ("2002年与
1998年相比，国内生产总值…年均增长11.4%" → 国内生产总值年均, not …比1998年).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from workreport.extract.labelvocab import cue_words

__all__ = ["bases_carried"]

_PLAN_ORDER = "一二三四五"
# A base: a year (with its end) or a plan's end ("2015年", "2015年底", "“十二五”末").
# Round 84 (x1): the term before the one reviewed too ("分别比上个五年增长…": 上个五年); session
# 62 (f2): written 上五年, 前五年 or 前一个五年 as well, its end (上个五年末) and the plan's
# span (比规划期初).
_BASE = (r"(?:((?:19|20)\d\d)年(?:底|末)?|(“十[一二三四五]五”)(?:末|期末)"
         r"|(上一?个?五年末?|前(?:一个)?五年|规划期[初末]?))")
# The base of a change in the clause of its figure or of its group's first figure.
_AGAINST = re.compile(rf"(?:比|较){_BASE}")
# The base after a 分别 group's own subjects, right before its 分别 and verb (session 62):
# "空气质量综合指数和PM2.5平均浓度值较2015年分别下降…".
# Session 62 (f2): or right after it ("PM10年均浓度、PM2.5年均浓度分别比2010年下降…"); the match
# holds 分别 (``_group_base``).
_GROUP_BASE = re.compile(rf"(?:分别)?(?:比|较){_BASE}(?:分别)?[\u4e00-\u9fff]{{0,4}}$")
# A base opening the changes of a clause-run: "与2015年相比", "同“十二五”末相比".
_SINCE = re.compile(rf"(?:与|同|和|跟){_BASE}相比[，,]?")
# A label naming a base, a comparison or a year already (not the 比 of 占比, 比重, 比例 …).
_NAMED = re.compile(r"(?<!占)比(?![重例率值])|较|相对|(?:19|20)\d\d年|“十[一二三四五]五”")

# A yearly average's 年均 (not a yearly mean's name, ``cues.yearly_mean_names``: PM10年均浓度,
# 年均气温; session 62, f2).
_YEARLY = re.compile("年均(?!{})".format("|".join(map(re.escape, cue_words("yearly_mean_names")))))


def _group_base(clause: str) -> re.Match[str] | None:
    """The base right before or after the 分别 that ends ``clause`` with its verb."""
    m = _GROUP_BASE.search(clause)
    return m if m and "分别" in m.group(0) else None


def _words(m: re.Match[str]) -> tuple[int, str]:
    """The year a base ends in and its words after 比: (2015, "2015年"), (2015, "“十二五”末");
    the term before the one reviewed is before any year: (0, "上个五年"), (0, "前五年") as
    written (上一个五年 as 上个五年)."""
    if m.group(3):
        return 0, re.sub(r"^上一个", "上个", m.group(3))
    if m.group(1):
        return int(m.group(1)), f"{m.group(1)}年"
    return 2005 + 5 * (_PLAN_ORDER.index(m.group(2)[2]) + 1), m.group(2) + "末"


def _clause(text: str, start: int) -> str:
    """The clause of ``text`` up to ``start`` (after the last ，；。)."""
    return re.split(r"[，,；;。]", text[:start])[-1]


def _stopped(after: str) -> bool:
    """Whether a clause after the first of ``after`` (the run from a 与…相比 to a figure) opens
    with its own time or a part (round 54 review, f3: a year, ``cues.base_stop_openers`` 今年,
    其中 …, a part of the year or a review's period): "与2008年相比，全市生产总值增长48%，其中
    2013年增长10%" → the base reaches 48% only; "与2005年相比，2010年生产总值增长73%" (the
    first clause) keeps it."""
    words = cue_words("base_stop_openers", "part_year_periods", "period_openers")
    return any(re.match(r"(?:19|20)\d\d年", c.lstrip()) or c.lstrip().startswith(words)
               for c in re.split(r"[，,]", after)[1:])


def bases_carried(figures: list[Any], groups: list[list[int]], text: str,
                  reviewed: int | None) -> list[Any]:
    """``figures`` (``figures.Figure``, labelled and distributed) with the changes that have no
    base in their label taking the base written for them once: opening the clause before their
    group's first figure (a 分别 group of ``groups``), in their own clause when in no group,
    or after 与…相比 opening
    their clause-run (up to ；/。; the 与…相比 gone from a label that opens with it). Changes
    only; others, yearly averages (年均), labels naming a base or year already, and bases of
    the year before the one ``reviewed`` or later are as they are; a 与…相比 base stops at a
    clause opening with its own time or a part (``_stopped``, round 54 review)."""
    if not reviewed:
        return figures
    first = {i: g[0] for g in groups if len(g) > 1 for i in g}
    out = list(figures)
    for i, f in enumerate(figures):
        if f.measure != "change" or not f.indicator:
            continue
        name = f.indicator
        since = _SINCE.match(name)
        name = name[since.end():] if since else name
        out[i] = replace(f, indicator=name) if name else f
        if not name or _NAMED.search(name) or _YEARLY.search(name + _clause(text, f.start)):
            continue  # a yearly average over the span is no change against its base
        clause = _clause(text, figures[first.get(i, i)].start)
        # the group's clause opens with its base, 分别 before it or after ("分别比上个五年增长…")
        m = (_AGAINST.match(re.sub(r"^\s*分别", "", clause)) or _group_base(clause)) \
            if i in first else _AGAINST.search(clause)
        if not m:
            run = re.split(r"[；;。]", text[:f.start])[-1]
            m = next(reversed(list(_SINCE.finditer(run))), None)
            m = None if m and _stopped(run[m.end():]) else m
        if not m:
            continue
        year, words = _words(m)
        out[i] = replace(f, indicator=f"{name}比{words}" if year < reviewed - 1 else name)
    return out
