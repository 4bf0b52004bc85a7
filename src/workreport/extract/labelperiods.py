"""Round 24, part C: a period that makes a figure another one than the reviewed year's.
Round 31 (rp) adds the years a figure's own words give it: the base of a change from a named
year (``base_year_named``), a past year opening its clause (``past_year_named``), a multiple's
base year (``ratio_base_named``; both in ``labelbases`` since round 38) and a total since a year
(``period_of``: 2016年以来).

An end-of-term review (五年来, 过去五年, 五年累计, “十三五”期间 …) gives totals and rates of
several years; a bare label reads as the year's. The label keeps the period in one regular form
(the convention of round 24, from the d9001 audit, rows of 涞源 2021, 徐水 2012, 容城 2017 and
the State Council 2013):

- a level counted in the period: the period in front, then 累计 for a five-year review:
  "五年来，累计引进省市重点项目78项" → 五年累计引进省市重点项目; "“十一五”时期，新上项目107个"
  → “十一五”期间新上项目;
- a change over the period: the period after the stock, with 年均 or 累计 as the text says:
  "“十三五”期间，生产总值年均增长3.5%" → 生产总值“十三五”期间年均; a 年均 with no period
  opener keeps 年均 ("…达到59.8亿元，年均增长5%" → 全社会固定资产投资年均); a 累计 change after
  a base year (从2015年的…增长到…，累计增长) names it as ``labelforms.since_year`` does: …比2015年.

A period opener reaches to the end of its sentence; a clause naming its own year (2020年,
今年, 全年) ends it. A level reached (达到, 余额, 总量 …: ``cues.period_stock_words``) is the
period's end, the year's own, and stays bare; so do shares and multiples, and changes with a base
of their own (比2015年, 比上个五年), which ``labelforms.since_year`` names. Round 81 review (q1):
a term's count done with no 累计 (_term_done) is no year's statistic (固定资产投资) nor 园区占地.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Any

from workreport.extract.labelbases import (
    base_year_named,
    compared_base_named,
    ratio_base_named,
    year_number,
)
from workreport.extract.labelclean import strip_words
from workreport.extract.labelpartyear import part_year_named
from workreport.extract.labelperiodscope import (
    NAMES_PERIOD,
    based,
    carried_base,
    no_total,
    period_change,
    run_shared,
    yearly_target,
)
from workreport.extract.labelperiodtail import period_tail
from workreport.extract.labelperyear import per_year_named
from workreport.extract.labelphrased import households_done, twin_counted
from workreport.extract.labelspans import spanned, streak_held
from workreport.extract.labelterm import LEAD, OWN_YEAR, period_of, period_opener
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import leading_word, tags
from workreport.extract.nonfigures import alternation
from workreport.extract.numbers import vocab

_PLAN = r"“十[一二三四五]五”"
# A year as written, in digits or in Chinese numerals (一九五〇年).
_YEAR = r"(?:19|20)\d\d|[一二三四五六七八九〇○零]{4}"
# A year opening a clause: the clause is that year's ("2021年全县粮食产量达…"; round 31), not
# a span, an end, a part of the year or a list of years (2016—2020年, 2021年底, 2021年上半年).
_CLAUSE_YEAR = re.compile(
    rf"(?:^|[，,；;。：:])\s*(?:在)?({_YEAR})年(?![的底末前以—\-－~至到起度、\d]|上半|下半|前[一二三]|"
    rf"[一二三四]季|第[一二三四]|[一二三四五六七八九十]{{1,3}}(?:[—\-至到][一二三四五六七八九十]{{1,3}})?月)")
# Any year or word of a year; the last one before a figure dates it.
_ANY_YEAR = re.compile(rf"(?:{_YEAR})年|{'|'.join(cue_words('period_year_words'))}")
# Round 32: what may stand before a paragraph's period opener (a bullet's dash, an address),
# and a sentence opening with a year or the year's own words, which ends that period.
_YEAR_SENTENCE = re.compile(rf"[。！？!?]\s*(?:(?:{_YEAR})年"
                            rf"|{'|'.join(cue_words('year_sentence_openers'))})")
# A label that is only a period: a year, a span or comparison of two years (round 37).
_BARE_PERIOD = re.compile(rf"(?:{_YEAR})年(?:(?:比|到|至)(?:{_YEAR})年)?")
_PERIOD_CLAUSE = re.compile(rf"(?:从|在)?(?:{_YEAR})年")
_CLAUSES = re.compile(r"[，,；;：:]")
_TOPIC_NOT = re.compile(rf"\d|{_YEAR}|[“”《》（）()]")
# Round 38 (ra38): a paragraph's first sentence naming its year as the term's last, before the
# opener of the term's review ("2015年是“十二五”收官之年。过去五年，…").
_TERM_LAST = re.compile(rf"({_YEAR})年是{_PLAN}[^。，,]{{0,6}}(?:收官之年|最后一年)。")


@cache
def _stock_total() -> re.Pattern[str]:
    """累计 before a verb of things made or won (``cues.stock_total_verbs``), built once."""
    return re.compile(rf"累计({alternation(list(vocab('cues')['stock_total_verbs']))})")


def period_done(name: str, clause: str, unit: str = "") -> bool:
    """Whether a level is a count of things done over a paragraph's period (round 35, sa35,
    from the d9003 draw's scope lost: "五年来，…。公开招聘教师877名", "过去五年，…。完成人工造林
    25万亩"): the figure's ``clause`` holds an act (``cues.period_done_verbs``, the kept and
    shared verbs) and the label names no stock or size (``cues.period_stock_labels``: 总投资,
    人均, 余额, 每年 …), nor is the level the base or end of a change ("由“十二五”末的29.1亿元
    增长到50.1亿元"). A stock stated in the paragraph ("电商网点209家") stays bare."""
    cues = vocab("cues")
    if "由" in clause or "从" in clause or any(w in name for w in cues["period_stock_labels"]) \
            or unit in cues["period_size_units"] \
            or name.endswith(tuple(cues["period_size_label_ends"])):  # 平方公里的园区, 园区占地
        return False
    verbs = cue_words("period_done_verbs", "label_kept_verbs", "list_shared_verbs")
    # an act before 面积 names an area held (round 86 review, q2: "粮食种植面积稳定在50万亩")
    held = alternation(cues["period_done_not_before"])
    clause = re.sub(rf"(?:{alternation(list(verbs))})(?={held})", "", clause)
    return any(w in clause for w in verbs)


def past_year_named(name: str, before: str, measure: str, kind: str,
                    reviewed: int | None) -> str:
    """A figure of a year before the one reviewed, its clause or one before it in the sentence
    opening with that year, keeps the year (Round 31 (rp), from the d9002 draw's 2021年第一产业
    增加值 in a review of 2023): "2011年实现第二产业增加值22.4亿元，增长8.1%" (a review of 2013)
    → 2011年第二产业增加值 for both. Not the year reviewed, a span (2016—2020年), a year's end or
    part (2011年底, 2011年上半年), a clause running from it (2007年…开展以来), a comparison's
    base (比2011年) nor a plan's year; a later year or word of a year (今年, 全年) before the
    figure ends it. Levels, changes and shares only."""
    if kind != "actual" or not name or not reviewed or measure == "ratio" \
            or re.search(rf"(?:{_YEAR})年|五年|年均|{_PLAN}|[两三四]年", name):
        return name
    last = next(reversed(list(_ANY_YEAR.finditer(before))), None)
    opened = next(reversed(list(_CLAUSE_YEAR.finditer(before))), None)
    if not (last and opened and last.start() == opened.start(1)) \
            or year_number(opened.group(1)) >= reviewed \
            or any(w in re.split(r"[，,；;。：:]", before[opened.end():])[0]
                   for w in cue_words("year_span_tails")):
        return name  # "2007年新农合开展以来，兑付…": a span from that year
    return f"{year_number(opened.group(1))}年{name}"


def _term_end(lead: str, found: re.Match[str]) -> bool:
    """Whether a sentence of ``lead`` opening with a year (``found``) states the term's end
    against its start, the term still its frame ("过去五年，…。2020年空气质量优良天数达到263
    天，比2015年增加98天；…"): the year in digits and a base of 比 at least four years before it
    in the sentence. Round 37 (rb37), from the development draws' scope lost 人工造林 for
    五年累计人工造林 in such a paragraph."""
    year = re.match(r"[。！？!?]\s*((?:19|20)\d\d)年", found.group())
    if not year or "比" not in (sentence := re.split(r"[。！？!?]", lead[found.end():])[0]):
        return False
    return any(int(b) <= int(year.group(1)) - 4
               for b in re.findall(r"比((?:19|20)\d\d)年", sentence))


def paragraph_period(lead: str, reviewed: int | None = None) -> str:
    """The period the paragraph of a figure opens with, in the label's form, for a 累计 total
    of a later sentence of it (Round 32 (rc), from the d9001/d9002 draws' scope lost: 累计 over
    a term dropped where each paragraph of an end-of-term review opens with its years).
    ``lead`` is the paragraph up to the figure's sentence: "五年来，我们着力推进协同发展。…" →
    五年; "——过去五年，是我们更加注重…的五年。…" → 五年; "" when the paragraph opens
    otherwise or a later sentence of it opens with a year of its own ("…。2016年，全县…").
    A first sentence naming the year reviewed as the term's last comes before the opener
    (round 38, ra38: "2015年是“十二五”收官之年。过去五年，…" → 五年)."""
    head = LEAD.sub("", lead, count=1)
    if (last := _TERM_LAST.match(head)) and reviewed and year_number(last.group(1)) == reviewed:
        head = head[last.end():]
    m = period_opener().match(head)
    if not m or any(not _term_end(lead, y) for y in _YEAR_SENTENCE.finditer(lead)):
        return ""
    return period_of(m.group(), reviewed)


def period_named(name: str, before: str, clause: str, measure: str, kind: str,
                 reviewed: int | None = None, lead: str = "", unit: str = "",
                 term: str = "", quote: str = "") -> str:
    """``name`` with the period its figure counts over (round 24, part C). ``before`` is the
    sentence up to the figure, ``clause`` the clause before it. Levels: "新增就业" in
    "五年累计新增就业12987人" → 五年累计新增就业; changes: "生产总值" in "“十三五”期间，全县
    生产总值年均增长3.5%" → 生产总值“十三五”期间年均; an actual 年均 change with no opener →
    生产总值年均.
    Targets, shares, multiples, stocks reached and labels naming a period already are left.
    A figure of a year before the one ``reviewed`` keeps that year first
    (``past_year_named``). In a paragraph opening with its period, a change with no base of its
    own after one from a year of the term takes that base (round 32): "2020年优良天数比2015年
    增加90天；PM10浓度下降40%" after "过去五年，是我们…的五年。" → PM10浓度比2015年. A 累计
    level in a sentence with no period of its own takes the period its paragraph opens with
    (``lead``, ``paragraph_period``; round 32): "累计新增市场
    主体1.2万家" in a paragraph opening "五年来，我们着力…" → 五年累计新增市场主体; with no
    period, a 累计 of things made or won (``cues.stock_total_verbs``) is the total to date, more
    than the year's, and keeps it: "累计建成口袋公园80个" → 累计建成口袋公园. Round 46 (s46c):
    a 累计 level or change with no period of its sentence or paragraph takes the ``term`` its
    section reviews (``labelterm.section_term``): "累计完成生态补水2.7亿立方米" after "“十三五”
    时期，是…的五年。" → “十三五”期间生态补水; a 累计 change names it after the stock, or 累计
    alone with none: "化学需氧量累计削减3008.2吨" → 化学需氧量五年累计."""
    if kind != "actual" or not name or measure not in ("level", "change"):
        return name
    if NAMES_PERIOD.search(name):
        return name
    period = period_of(before, reviewed)
    whole = re.split(r"[，,；;。：:]", before)[-1]  # the clause up to the figure, over a list
    if measure == "change":
        if based(whole + clause):  # not 可比, 比重 (round 71, w1)
            return name
        if "年均" in clause + whole:
            return f"{name}{period}年均"
        base = re.findall(r"(?:从|由)(\d{4})年", before)
        if "累计" in clause + whole and base:
            return f"{name}比{base[-1]}年"  # "从2015年的…增长到…，累计增长" (labelforms.since_year)
        carried = carried_base(before, reviewed, term)  # "…比2015年增加98天；…下降46.7%"
        if carried and (carried.endswith("part") or paragraph_period(lead, reviewed)):
            return f"{name}比{carried[:4]}年"  # the term's base carried over its list (r32, r82)
        if "累计" in clause + whole and not _own_year(before, lead):  # round 46 (s46c)
            period = period or paragraph_period(lead, reviewed) or term
            return name + ("五年累计" if period == "五年" else f"{period}累计")
        if period == "五年" and "五年累计" in before:
            return f"{name}五年累计"
        period = period or paragraph_period(lead, reviewed) or term  # 农村贫困人口减少… (r71)
        return period_change(name, whole, before, period,
                             _own_year(before, _term_opened(lead, reviewed)), unit)
    whole += subset_whole(before)  # "累计实施重点项目259个，其中省级…" (round 36)
    if not period and lead and not OWN_YEAR.search(before) \
            and not re.search(r"截[至止]", before) and ("累计" in whole + clause or (
                measure == "level" and period_done(name, whole, unit))):  # "截至2016年底，…累计"
        period = paragraph_period(lead, reviewed)  # "五年来，我们…。…累计新增…" (round 32);
        # any count done in such a paragraph, 累计 or not ("五年来，…。公开招聘教师877名", r35)
    if not period and term and not _own_year(before, lead) and ("累计" in whole + clause or (
            run_shared(name, before, whole, unit, quote)) or _term_done(
            name, whole, before, unit)):  # r71/r82: 累计…，建成…; r81 (x3): any count done
        period = term  # the term its section reviews (round 46, s46c)
    if not period and (verb := _stock_total().search(whole)) \
            and name.startswith(verb.group(1)) and not OWN_YEAR.search(whole):
        return "累计" + name  # "累计建成三甲医院55家" in a year's review (round 32)
    if not period or "累计" in name[1:] or no_total(name, whole):  # 达到; 平均 (session 60, f2)
        return name
    if period == "五年":
        return "五年累计" + re.sub(r"^(?:累计|共)+(?=..)", "", name)  # 五年来共接待游客
    return period + name


def _term_done(name: str, whole: str, before: str, unit: str) -> bool:
    """Whether a count of things done (``period_done``) with no 累计 counts over the term its
    section reviews (round 81, x3, from the dev draws' scope lost: "新建改建农村公路146.5万公里"
    in the State Council's 过去五年工作回顾, read as the year's), as one in a paragraph opening with
    its period does since round 35; not when its sentence dates or spans it by its own words
    (``cues.term_sentence_own_span``: 两年新增…其中, 目前…), nor a year's statistic of the
    economy or budget (``cues.term_done_yearly_labels``: 固定资产投资, 预算支出 …; round 81
    review, q1: "固定资产投资完成77.6亿元，是2011年的1.89倍" is the last year's)."""
    cues = vocab("cues")
    if any(w in before for w in cues["term_sentence_own_span"]) \
            or any(w in name for w in cues["term_done_yearly_labels"]):
        return False
    return period_done(name, whole, unit)


def _own_year(before: str, lead: str) -> bool:
    """Whether a figure's sentence up to it (``before``) or its paragraph before the sentence
    (``lead``) dates it by a year or a start of its own: a year or 今年 in the sentence, 截至,
    以来 ("疫情发生以来，累计接种…"), or a sentence of the paragraph opening with a year (round
    46, s46c)."""
    return bool(OWN_YEAR.search(before) or re.search(r"截[至止]|以来", before)
                or _YEAR_SENTENCE.search(lead)
                or re.match(r"\s*(?:(?:19|20)\d\d年|今年|去年)", lead))


def _term_opened(lead: str, reviewed: int | None) -> str:
    """``lead`` without a first sentence naming the year ``reviewed`` as the term's last
    ("2015年是“十二五”收官之年。过去五年，…": the term's review, not the year's; round 71, w1)."""
    head = LEAD.sub("", lead, count=1)
    last = _TERM_LAST.match(head)
    return head[last.end():] if last and reviewed and year_number(last.group(1)) == reviewed \
        else lead


def subset_whole(before: str) -> str:
    """The clause of the whole a part after 其中 belongs to, when the figure stands in a list
    right after 其中 (no comma between), "" otherwise: "累计实施重点项目259个，其中省级重点
    项目20个、市级重点项目" → 累计实施重点项目259个 (round 36, rb36, from the development
    draws' scope lost: the whole's 累计 over a term dropped from its parts). The parts count
    over the whole's period and are stocks where it is one (…总数达到…，其中…).
    ``before`` is the sentence up to the figure."""
    if "其中" not in before:
        return ""
    part = re.split(r"[；;]", before)[-1]
    at = part.rfind("其中")
    if at <= 0 or re.search(r"[，,。]", part[at:]):
        return ""
    return re.split(r"[，,：:（(]", part[:at].rstrip("，,：:（( "))[-1]


def period_total(name: str, previous: str | None) -> str:
    """A total at a period's end named only by the period (``“十四五”末总量``) takes the things
    of the count before it, their act and newness gone (round 24, part C; the words of
    ``cues.total_drops``, then jieba's leading verbs): "建设筹措保障性租赁住房7万套，实现
    “十四五”末总量达到60万套" → “十四五”末保障性租赁住房总量. Any other ``name`` is returned."""
    m = re.fullmatch(rf"({_PLAN}末|\d{{4}}年(?:末|底))(总量|总数|规模|总额)", name)
    if not (m and previous):
        return name
    things = strip_words(previous, vocab("cues")["total_drops"], leading=True)
    words = list(tags(things))
    while words and words[0].flag in ("v", "vn"):
        words.pop(0)
    things = "".join(w.word for w in words)
    return f"{m.group(1)}{things}{m.group(2)}" if len(things) > 1 else name


def twin_named(name: str, end: int, before: Any, after: list[Any]) -> str:
    """Two measures of the same things written one after the other ("汛期前完成73条110公里
    水毁农村公路": the 73 and the 110 count the roads) share the second's label, when the first
    (``name``, its number ending at ``end``) only carried the label of the figure ``before`` it
    (a time phrase or filler in front: round 24, part C, from 顺平 2024's row labelled 汛期前,
    then the projects before it). ``after`` holds the next figure of the sentence, or nothing;
    any other ``name`` is kept."""
    if not after or name != before.indicator:
        return name
    nxt = after[0]
    if nxt.sentence_index == before.sentence_index and nxt.start == end and nxt.indicator \
            and nxt.indicator != name:
        return nxt.indicator
    return name


def planned_named(name: str, before: str, kind: str) -> str:
    """Things only about to be begun in a review keep the word saying so
    (``cues.planned_attributes``, 拟; Round 32 (rc), from the d9001 draw's scope lost 开工项目
    for 拟开工项目): "在谈项目6个；拟开工项目4个，总投资21亿元" → 拟开工项目 for the 4, 拟开工
    项目总投资 for the 21亿元: projects about to start are not started ones. ``name`` is kept
    when its head does not stand right after the word in the figure's ；-part of ``before``,
    and in a plan (a target), where 拟 is the plan's own "to"."""
    if kind != "actual" or len(name) < 2:
        return name
    part = re.split(r"[；;。]", before)[-1]
    for word in vocab("cues")["planned_attributes"]:
        if not name.startswith(word) and word + name[:4] in part:
            return word + name
    return name


def periods_named(f: Any, before: list[Any], after: list[Any], opening: str, clause: str,
                  reviewed: int | None, lead: str = "", term: str = "") -> str:
    """The label of the figure row ``f`` (``figures.Figure``) with the rules of this module:
    ``period_named`` on its sentence up to it (``opening``), its clause and its paragraph before
    the sentence (``lead``) and the term its section reviews (``term``, round 46), after, for a
    figure after one of the same sentence (``before``:
    it or nothing), ``period_total`` and ``twin_named`` (``after``: the next figure or
    nothing), ``households_done`` (N户、M人…脱贫), then ``planned_named``, ``yearly_target``
    and ``part_year_named`` (a part of the year opening it: round 53), ``streak_held`` (r87)."""
    rest = f.sentence[len(opening) + len(f.quote):] if f.sentence.startswith(opening) else ""
    name = spanned(f.indicator, opening, f.measure, f.quote, rest)  # 用3年时间… (round 30)
    name = base_year_named(name, opening, f.measure, reviewed, rest,  # 由2015年的… (r31)
                           bool(after) and after[0].kind == "target")
    name = past_year_named(name, opening, f.measure, f.kind, reviewed)  # 2021年，… (round 31)
    if before and before[0].sentence_index == f.sentence_index:
        name = period_total(name, before[0].indicator)  # “十四五”末总量
        name = twin_counted(twin_named(name, f.end, before[0], after), f.unit)  # 73条110公里…
    name = period_named(name, opening, clause, f.measure, f.kind, reviewed, lead, f.unit,
                        term, f.quote)  # after; term: the section's (round 46)
    name = period_tail(name, opening, clause, f.measure)  # …五年 of 五年累计 (round 64, z6)
    # 是2006年的2倍 (round 31); after period_tail since round 73 (x2), so a period made
    # whole stays in front of the base ("五年累计外贸进出口比上个五年", not …五年比上个五年)
    name = ratio_base_named(name, opening, f.measure, reviewed)
    name = compared_base_named(name, opening, f.measure, reviewed)  # 与…相比，… (round 86)
    name = per_year_named(name, opening, f.measure, f.unit, before, f.kind)  # 每年 (r66, t3)
    name = households_done(name, f.unit, rest, after[0] if after else None)  # N户、M人脱贫 (r37)
    name = planned_named(name, opening, f.kind)  # the twin, as its own (拟开工项目: round 32)
    name = yearly_target(name, opening, clause, f.measure, f.kind)  # 年均 of a goal (round 39)
    name = part_year_named(name, opening, reviewed)  # 前三季度，… (round 53, s53a)
    return streak_held(topic_named(name, opening, f.measure), opening, f.quote)  # 购买力，
    # 一九五三年比… (round 37); 连续8年稳定在…以上 → 连续八年… (round 87, w2)


def topic_named(name: str, opening: str, measure: str) -> str:
    """A label that is only a period (a year, a span or comparison of years: ``_BARE_PERIOD``)
    takes the topic opening its sentence (round 37, ra37, the dev draws' "fragment"/"owner lost":
    the thing measured is named once before the periods that share it): "农村居民的购买力，
    一九五三年比一九五〇年增加了76%" → 农村居民的购买力一九五三年比一九五〇年; "五年来国家财政
    用于救济的经费，从一九五〇年到一九五三年共有八万亿元，一九五四年有三万亿元" → 一九五四年
    国家财政用于救济的经费 (a level: the period in front; a change: after the stock, as
    ``period_named`` writes it). The topic is the sentence's first clause, a noun phrase with no
    figure or year (a review opener, ``cues.period_openers``, goes); each clause after it opens with
    its period (从一九五〇年到…, 一九五四年有…). The label stays when any of these fails ("实现三
    季度增长4.6%", "…每增长1个百分点的增量，相当于…10年前2.5个百分点")."""
    if not name.endswith("年") or not _BARE_PERIOD.fullmatch(name):
        return name
    clauses = _CLAUSES.split(opening)
    if len(clauses) < 2 or not clauses[-1].strip().lstrip("从在").startswith(name) \
            or any(not _PERIOD_CLAUSE.match(c.strip()) for c in clauses[1:]):
        return name
    topic = clauses[0].strip()
    topic = topic[len(leading_word(topic, list(vocab("cues")["period_openers"]))):]
    words = tags(topic)
    if not 4 <= len(topic) <= 20 or _TOPIC_NOT.search(topic) \
            or words[0].flag[:1] in ("v", "p", "d", "c", "r", "m") \
            or words[-1].flag[:1] not in ("n", "j", "v"):
        return name
    return topic + name if measure == "change" else name + topic
