"""The year a target is set for (split from ``figurekind`` in session 70, tester 70 item 2:
the State Council 2016's 13th Five-Year Plan goals, "届时，我国经济总量超过90万亿元" and
"实现城镇新增就业5000万人以上", were all read as targets for 2016).

The rule (``target_year``), for a figure read as a target in a report of ``report_year``:

1. the last year marker before the figure in its paragraph names the year: any marker of its
   own sentence up to the figure, else the last marker opening a sentence before it in the
   paragraph ("到2020年，…", "今后五年，…"; not "…，力争到2027年将…" in a year's plan) or a word
   of this year anywhere in one; a marker inside 《…》 or brackets names no year ("《…规划
   (2019-2035年）》"). The markers:
   - 到2020年, 至2025年 (``cues.target_year_openers``): that year when later than the report
     year ("到2020年，…全员劳动生产率…提高到12万元以上。届时，我国经济总量超过90万亿元":
     届时 points back to it), else the report year;
   - a five-year plan period, "“十三五”时期", "“十四五”期间" (``cues.plan_period_ends`` with
     ``cues.plan_period_tails``), "今后五年" (``cues.plan_period_coming``: the report year and
     four more), "2016-2020年": the period's last year when later than the report year. Not a
     period named as the year's place in it ("今年是“十四五”时期的开局之年",
     ``cues.plan_period_not_before``), nor a plan's name ("启动一批“十三五”规划重大项目");
   - 今年, 年内 (``cues.this_year_words``) or the report year itself: the report year;
2. a paragraph opening with 届时 takes the last marker of the paragraphs before it in its
   section;
3. with no marker, the period its section's or part's title names ("“十三五”时期主要目标任务")
   when the title names no other year (not "“十四五”开局之年的工作", nor "2021年工作安排");
4. else the report year.

A marker for a year at most the report year (到2020年 in a report of 2021) names this year's
work, as before this rule. Returns an int year, or None where the report year is unknown and
nothing names one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from itertools import takewhile

from workreport.extract.labelperiods import period_done
from workreport.extract.numbers import Token
from workreport.extract.structure import Structure
from workreport.vocab import alternation, load

__all__ = ["dating_marker", "target_first", "target_year"]


@cache
def _markers() -> re.Pattern[str]:
    """One pattern with a group per kind of marker: target (到2021年), plan (十三五 then a tail),
    coming (今后五年), span (2016-2020年), this (今年, or any YYYY年 checked by the caller)."""
    cues = load("cues")
    tails, nots = alternation(cues["plan_period_tails"]), alternation(
        cues["plan_period_not_before"])
    return re.compile(
        rf"(?:{alternation(cues['target_year_openers'])})(?P<target>(?:19|20)\d\d)年"
        rf"|(?P<plan>{alternation(list(cues['plan_period_ends']))})[”\"’']?(?:{tails})"
        rf"(?![^，。；]{{0,6}}(?:{nots}))"
        rf"|(?P<coming>{alternation(cues['plan_period_coming'])})"
        rf"|(?P<span_from>(?:19|20)\d\d)\s*[-—–~～]\s*(?P<span>(?:19|20)\d\d)年"
        rf"|(?P<this>{alternation(cues['this_year_words'])})"
        rf"|(?P<year>(?:19|20)\d\d)年")


def _year_of(m: re.Match[str], report_year: int) -> int | None:
    """The year one marker names: a later year, the report year (a marker of this year), or
    None (no marker: a period already over, a past year)."""
    if m["target"]:
        return max(int(m["target"]), report_year)
    if m["plan"] or m["coming"] or m["span"]:
        end = (load("cues")["plan_period_ends"][m["plan"]] if m["plan"]
               else int(m["span"]) if m["span"] else report_year + 4)
        return end if end > report_year else None
    if m["this"]:
        return report_year
    return report_year if int(m["year"]) == report_year else None


# A title or a bracket inside a sentence names no year of its own ("《唐县国土空间规划(2019-2035
# 年）》", "（2018-2035年）").
_ASIDE = re.compile(r"《[^《》]*》|[（(][^（）()]*[）)]")
_OPENING = re.compile(r"[—\s]*")


def _marks_of(text: str, report_year: int, opening_only: bool) -> list[tuple[re.Match[str], int]]:
    """The markers of ``text`` (one sentence, or its part before the figure) that name a year,
    each with it, in order; with ``opening_only`` only a marker opening it ("到2020年，…",
    "今后五年，…") and the report year's words anywhere (今年, 年内)."""
    text = _ASIDE.sub(lambda m: "　" * len(m[0]), text)
    start = _OPENING.match(text).end()  # type: ignore[union-attr]
    return [(m, y) for m in _markers().finditer(text)
            if (y := _year_of(m, report_year))
            and (not opening_only or m.start() == start or y == report_year)]


def _markers_of(text: str, report_year: int, opening_only: bool) -> list[int]:
    """The years of ``_marks_of``."""
    return [y for _, y in _marks_of(text, report_year, opening_only)]


def dating_marker(opening: str, earlier: Iterable[str],
                  report_year: int) -> tuple[re.Match[str], int] | None:
    """The marker dating a figure and the year it names (rule 1 of the module): the last one
    of its sentence up to it (``opening``), any marker; else the last one opening a sentence of
    ``earlier`` (its paragraph's sentences before it, the nearest first); None when none.
    ``target_year`` reads its year, ``target_first`` the period it names."""
    if own := _marks_of(opening, report_year, False):
        return own[-1]
    for sentence in earlier:
        if marks := _marks_of(sentence, report_year, True):
            return marks[-1]
    return None


def _last_marker(st: Structure, tok: Token, report_year: int) -> int | None:
    """The year ``dating_marker`` names for the figure ``tok``, or None."""
    q = tok.quantity
    assert q is not None
    earlier = (s.text for s in takewhile(lambda s: s.paragraph == tok.sentence.paragraph,
                                         reversed(st.sentences[:tok.sentence.index])))
    found = dating_marker(st.text[tok.sentence.start:q.start], earlier, report_year)
    return found[1] if found else None


def _title_period(st: Structure, section_id: str, report_year: int) -> int | None:
    """The period the section's or part's title names, when it names nothing else."""
    sec, part = st.section(section_id), st.part_of(section_id)
    for title in (sec.title, part.title):
        years = [_year_of(m, report_year)
                 for m in _markers().finditer(_ASIDE.sub("", title or ""))]
        if years and all(y and y > report_year for y in years):
            return years[-1]
    return None


def target_year(st: Structure, tok: Token, report_year: int | None) -> int | None:
    """The year the target ``tok`` is set for (see the module's docstring): "到2021年…年均增长
    12%" is a target for 2021, "届时，我国经济总量超过90万亿元" after 到2020年 one for 2020."""
    if report_year is None:
        return None
    para = st.paragraphs[tok.sentence.paragraph]
    year = _last_marker(st, tok, report_year)
    if year is None and st.text.startswith("届时", para.start):
        earlier = [p for p in st.paragraphs[:para.index] if p.section == para.section]
        year = next((ys[-1] for p in reversed(earlier)
                     if (ys := _markers_of(st.text[p.start:p.end], report_year, False))), None)
    if year is None:
        year = _title_period(st, tok.sentence.section, report_year)
    return year or report_year


# A target over its whole period: a change (下降23%), a yearly mean (…年均), a total of new
# things or a running one (城镇新增就业5000万人, 累计…), not a level reached at its end
# (经济总量超过90万亿元, 城镇化率达到60%).
_FLOW = re.compile(r"年均|累计|新增|五年")
_SENTENCE = re.compile(r"(?<=[。！？!?])")


@cache
def _reached() -> re.Pattern[str]:
    """A level reached in a clause (``cues.period_stock_words``, ``cues.span_reached_words``:
    达到, 突破, 实现 …; not 占地 …, ``cues.period_stock_words_not``), built once."""
    cues = load("cues")
    reached = alternation(cues["period_stock_words"] + cues["span_reached_words"])
    return re.compile(rf"(?!{alternation(cues['period_stock_words_not'])})(?:{reached})")


def _over_period(measure: str, indicator: str, clause: str, unit: str, after: str) -> bool:
    """Whether a target of a period's paragraph is over the whole period: a change, unless its
    ``clause`` says a yearly mean (年均, 平均每年) its label lost; a figure whose label or
    clause says a yearly mean, new things or a running total (``_FLOW``); a count of things
    done (``labelperiods.period_done``: an act in its clause, 新建, 改造, 完成 …, and no stock
    in its label: "新建改建高速公路通车里程约3万公里", "城镇棚户区住房改造2000万套"; session 73,
    tester 73). Not a level reached (达到, 超过, 提高到: "工程化造林达到50万亩"), one thing's size
    (``after``, the text after the figure, opening with 的: "建成30万亩的…基地") nor a count of
    each year (每年: "每年至少举办2次集中推介")."""
    if measure == "change":
        return "年均" in indicator or not re.search(r"年均|平均每年", clause)
    if "每年" in clause:
        return False
    return bool(_FLOW.search(indicator + clause)) or (
        measure == "level" and not after.startswith("的") and not _reached().search(clause)
        and period_done(indicator, clause, unit))


def target_first(opening: str, lead: str, report_year: int | None, year: int | None,
                 measure: str, indicator: str, unit: str = "", after: str = "") -> int | None:
    """The first year of the period a target covers (indicators.csv ``year_first``; tester 72
    D3: the 13th plan's "今后五年，单位国内生产总值用水量…下降23%" and "城镇新增就业5000万人以上"
    read "targeted for 2020"), or None: when the marker that dates it (``dating_marker`` of
    ``opening``, its sentence up to the figure, and ``lead``, its paragraph before it) is a
    period (“十三五”时期, 今后五年, 2016-2020年) ending in ``year``, after ``report_year``, or a
    year (到2020年) before a figure that is no change, and the target (``measure``,
    ``indicator``, ``unit``, ``after``: the text after it) is over the period
    (``_over_period``). The period's first year: the
    span's, the plan's (its end less four), or the report year for 今后五年, for a count by a
    year ("到2020年，…。新建改建高速公路通车里程约3万公里" in a report of 2016: session 73) and
    for a target dated by its section's title or an earlier paragraph (at most four years
    ahead)."""
    if not report_year or not year or year <= report_year:
        return None
    found = dating_marker(opening, reversed(_SENTENCE.split(lead)), report_year)
    m = found[0] if found else None
    if found and (found[1] != year or not (m["plan"] or m["coming"] or m["span"]
                                           or (m["target"] and measure != "change"))):
        return None  # a change by a year (到2020年…下降15%) has no base the text gives
    clause = re.split(r"[，；：]", opening)[-1]  # 累计, 年均 said before the number
    if not _over_period(measure, indicator, clause, unit, after):
        return None
    if m is None or m["target"]:  # by a year, or dated by its section's title or an earlier
        return report_year if year - report_year <= 4 else None  # paragraph: the years to it
    first = int(m["span_from"]) if m["span"] else year - 4 if m["plan"] else report_year
    return first if first < year else None
