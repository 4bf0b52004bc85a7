"""The labels a 分别 group of figures takes (round 21; the loop moved out of ``figures``).

A group's first figure names its parts ("城乡居民人均可支配收入分别增长8%和9%" →
城镇居民…, 农村居民…: ``distribute``, the first part's scope every part's: ``shared_scope``).
A group whose clause names no subject at all, right after as many figures of its own
sentence, pairs with them in order (the label judges' "owner lost"): "接待游客1071万人次，
旅游收入43.5亿元，分别增长19.5%、48.3%" → 接待游客, 旅游收入 (both were 旅游收入); so after
同比, 年均, a base (比"十二五"末, 较年初, 比上个五年) or a multiple (分别是2011年的1.75倍).
A group whose clause names only a measure after 分别, right after as many counts, gives each
count's things that measure (round 84, x5: ``counted_measure``); one whose clause names only
a measure before 分别, right after a clause opening with a list of as many things and their count,
gives each thing that measure (session 68: ``listed_topic``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from itertools import pairwise
from typing import Any

from workreport.extract.labeldistribute import distribute
from workreport.extract.labelparallel import names_measure
from workreport.extract.labelscopes import shared_scope
from workreport.extract.labelshared import parallel_subject
from workreport.extract.labelsized import lent_threshold_measure, threshold_parts
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import bare_unit, tags
from workreport.extract.numbers import vocab
from workreport.extract.units import unit_dimension
from workreport.vocab import alternation

__all__ = ["clause_apart", "counted_measure", "distributed", "in_order", "listed_counts_measure",
           "listed_topic", "measured_apart", "new_or_stock", "spanned_order", "unnamed_pair"]

# What may stand between the last figure before and a 分别 group that names no subject:
# 同比, 年均, a base, 分别, then the verb of the change, a multiple's 是…的 or a share's 占…的.
# Round 66 (t3): a count of years before them (五年年均分别增长, 三年来分别增长: ``_SPAN``).
_SPAN = r"(?:(?:过去|近|这)?(?:[两二三四五六七八九十]|\d{1,2})年(?:来|间|中)?)"
_BASE = (rf"(?:{_SPAN}?(?:同比|年均)|(?:比|较)[^，；。、\d]{{1,8}}?|(?:比|较)\d{{4}}年(?:末|底)?"
         rf"|{_SPAN})")
_BARE_SPAN = re.compile(_SPAN)
# (the verbs: ``cues.paired_change_verbs`` and ``cues.paired_link_verbs``)
_CHANGES = "|".join(vocab("cues")["paired_change_verbs"])
_LINKS = "|".join(vocab("cues")["paired_link_verbs"])
_LINK = re.compile(rf"[，、]?{_BASE}?分别{_BASE}?(?:{_CHANGES}|{_LINKS}"
                   r"|是[^，；。、]{1,10}?的|占[^，；。、]{1,10}?的)?")
# The same with no 分别 but a change verb (round 38, rc38): "接待游客2.73亿人次、实现收入4140亿元，
# 增长18.6%和23.4%" pairs the growths with the levels in order, as 分别 would.
_UNNAMED = re.compile(rf"[，、]?{_BASE}?(?:{_CHANGES})")
# Units a group's figure may take whatever the unit of the figure it pairs with.
_RELATIVE = ("%", "倍", "个百分点")


def in_order(figures: list[Any], group: list[int], text: str) -> list[str] | None:
    """The labels of the figures right before ``group``, one a figure in order, when the
    group's clause names no subject (``_LINK``), the figures before are levels of the same
    sentence with no ；between, as many as the group, named each differently, none in the
    label of the one before (round 68 review), and each of the group's figures is a rate, a
    multiple or in its pair's unit, of any magnitude (2万元 and 6000元: session 62, f2), a share
    before paired with 个百分点 (城镇化率45%: its rise; session 62, f2) as a level; else None."""
    n, first = len(group), figures[group[0]]
    before = figures[group[0] - n:group[0]] if group[0] >= n else []
    if len(before) != n or any(f.sentence_index != first.sentence_index for f in before):
        return None
    between = text[before[-1].end:first.start]
    if not (_LINK.fullmatch(between) or _UNNAMED.fullmatch(between)) \
            or "；" in text[before[0].start:first.start]:
        return None
    # a base year the first of the group names is every one's ("分别比2005年增长97%和67%")
    base = re.search(r"比\d{4}年$", first.indicator)
    labels = [f.indicator + (base.group(0) if base else "") for f in before]
    # Round 68 review (q1): a count labelled by the amount the next figure gives (24个 →
    # 集体收入达到30万元的社区, then 30万元) is one fact with it, no level of its own to pair.
    if any(b.quote and b.quote in a.indicator for a, b in pairwise(before)):
        return None
    if len(set(labels)) < n or not all(labels) \
            or any(f.measure != "level"
                   and not (f.measure == "share" and figures[i].unit == "个百分点")
                   for i, f in zip(group, before, strict=True)) \
            or any(figures[i].unit not in _RELATIVE
                   and bare_unit(figures[i].unit) != bare_unit(f.unit)  # 2万元, 6000元 (s62)
                   for i, f in zip(group, before, strict=True)):
        return None
    return labels


def counted_measure(figures: list[Any], group: list[int], text: str) -> list[str] | None:
    """The labels of a 分别 group whose clause names a measure only (``cues.money_nouns``,
    ``cues.bare_owned_measures``) after 分别 and an act of up to four characters, or before
    分别 and a link (为, 是, 达到), right after as many counts of things of its sentence
    (levels in a unit of dimension count, no ；between, each named differently, the first
    opening its list: ``_longer_list``, round 84 review q3): each count's
    things and the measure, in order. Round 84 (x5), bench/label_judging.md 'owner lost':
    "省级重点项目5个、市级20个，分别完成投资12.8亿元、37.2亿元" gave 分别投资 twice →
    省级重点项目投资, 市级重点项目投资; "…，投资分别为…" likewise. None otherwise."""
    n, first = len(group), figures[group[0]]
    before = figures[group[0] - n:group[0]] if group[0] >= n else []
    if len(before) != n or any(f.sentence_index != first.sentence_index or f.measure != "level"
                               or unit_dimension(f.unit) != "count" for f in before) \
            or "；" in text[before[0].start:first.start] \
            or _longer_list(figures, group[0] - n, text):
        return None
    m = _counted_measure().fullmatch(text[before[-1].end:first.start])
    measure = m and (m.group(1) or m.group(2))
    labels = [f.indicator for f in before]
    if not measure or len(set(labels)) < n or not all(labels) \
            or any(measure in lab for lab in labels):
        return None
    return [lab + measure for lab in labels]


def listed_counts_measure(figures: list[Any], group: list[int], text: str) -> list[str] | None:
    """The labels of a 分别 group whose clause opens with the last of as many counts of things
    listed with 、 and their one measure (``cues.money_nouns``, ``bare_owned_measures``,
    ``owned_measure_words``; 预计 or 同比 may stand before 分别): each count's things and the
    measure, in order. Round 88 (w2), bench/label_judging.md 'other thing': "16条省级重点产业
    链、18个省级特色专业镇营业收入预计分别增长15.6%、14%" gave 省级特色专业镇营业收入 twice (the
    first figure's words start after the count before it) → 省级重点产业链营业收入, 省级特色
    专业镇营业收入. The counts are levels of dimension count in the group's sentence, joined by
    、 alone, each named differently by a label that opens with no verb, the first opening its
    list (``_longer_list``). None otherwise."""
    n, first = len(group), figures[group[0]]
    before = figures[group[0] - n:group[0]] if group[0] >= n else []
    if len(before) != n or any(f.sentence_index != first.sentence_index or f.measure != "level"
                               or unit_dimension(f.unit) != "count" for f in before) \
            or any(not _LISTED_COUNT.fullmatch(text[a.end:b.start]) for a, b in pairwise(before)) \
            or _longer_list(figures, group[0] - n, text):
        return None
    labels = [f.indicator for f in before]
    m = _counts_measure().fullmatch(text[before[-1].end:first.start])
    if not m or m.group(1) != labels[-1] or len(set(labels)) < n or not all(labels) \
            or any(m.group(2) in lab or tags(lab)[0].flag.startswith("v") for lab in labels):
        return None  # "建成3个园区、5个基地产值…": the act's things, not the measure's owners
    return [lab + m.group(2) for lab in labels]


# The words from one count of a 、 list to the next: its things and the 、 ("省级重点产业链、").
_LISTED_COUNT = re.compile(r"[^，,；;。：:\d]*、")


@cache
def _counts_measure() -> re.Pattern[str]:
    """The words ``listed_counts_measure`` reads from the last count to the group's first
    figure: the counted things, their measure, 预计/同比, 分别 and a verb of change."""
    cues = vocab("cues")
    words = alternation(sorted(set(cues["money_nouns"] + cues["bare_owned_measures"]
                                   + cues["owned_measure_words"]), key=len, reverse=True))
    return re.compile(rf"([^，,；;。、\d]{{2,16}}?)({words})(?:预计|同比|均)?分别"
                      r"[^，,；;。、\d]{0,4}")


def _longer_list(figures: list[Any], at: int, text: str) -> bool:
    """Is the count at ``at`` not the first of its list, one more figure of its sentence joined
    to it with no ，or ；between ("新建小学5所、初中2所、幼儿园3所，分别完成投资2亿元、1亿元":
    three counts for two amounts, which of them is unsaid)? Round 84 review q3."""
    prior = figures[at - 1] if at else None
    return bool(prior) and prior.sentence_index == figures[at].sentence_index \
        and not re.search(r"[，,；;。：:]", text[prior.end:figures[at].start])


@cache
def _counted_measure() -> re.Pattern[str]:
    """The clause of a group ``counted_measure`` reads: ，分别完成投资 or ，投资分别为."""
    cues = vocab("cues")
    words = alternation(sorted(set(cues["money_nouns"] + cues["bare_owned_measures"]),
                               key=len, reverse=True))
    return re.compile(rf"[，,](?:分别[^，,；;。、\d]{{0,4}}?({words})"
                      rf"|({words})分别(?:为|是|达到|达)?)")


_COUNTS = "两二三四五六七八九"


def listed_topic(figures: list[Any], group: list[int], text: str) -> list[str] | None:
    """The labels of a 分别 group whose own clause is only a measure (``cues.bare_owned_measures``,
    ``owned_measure_words``, ``topic_chain_measures``; 其 may open it) before 分别 and an act
    of up to four characters, right after a clause of its sentence that opens with a list of
    things and their count in words, as many as the group (no digit): each thing takes the
    measure, as ``distribute`` hands it out ("橡胶机带、生态涂装两个特色产业集群向更高端转型，产值
    分别突破70和50亿元" → 橡胶机带特色产业集群产值, 生态涂装特色产业集群产值; session 68, the
    boye-2025 row that gave 橡胶机产值 twice: ``labeltopicchain.topic_owned`` took the list's
    first word alone). None otherwise."""
    n, first = len(group), figures[group[0]]
    clauses = re.split(r"[，,]", re.split(r"[。；;：:！？\n]", text[:first.start])[-1])
    m = _listed_measure().fullmatch(clauses[-1].strip()) if len(clauses) > 1 else None
    subject = _listed_things(clauses[-2].strip(), n) if m else ""
    return distribute(subject + m.group(1), n) if m and subject else None


# The words from one count of a 、 list to the next: its things and the 、 ("省级重点产业链、").
_LISTED_COUNT = re.compile(r"[^，,；;。：:\d]*、")


@cache
def _listed_measure() -> re.Pattern[str]:
    """A group's clause ``listed_topic`` reads: 产值分别突破, 其营业收入分别达到."""
    words = alternation(sorted(set(cue_words("bare_owned_measures", "owned_measure_words",
                                             "topic_chain_measures")), key=len, reverse=True))
    return re.compile(rf"其?((?:{words}))分别[^，,；;。、\d]{{0,4}}")


def _listed_things(clause: str, n: int) -> str:
    """The list of ``n`` things and their count and class ``clause`` opens with, up to the first
    word after the class that is no noun ("甲、乙两个特色产业集群向…" → 甲、乙两个特色产业集群),
    or "": the list's 、 and 和 before the count make ``n`` parts, the count is ``n`` in words."""
    count = re.search(rf"([{_COUNTS}])[个大家所座条项类]", clause)
    listed = clause[:count.start()] if count else ""
    if not count or max(2, _COUNTS.index(count.group(1)) + 1) != n \
            or re.search(r"[\d“”（(]", listed) or len(re.split(r"[、和与及]", listed)) != n \
            or not all(2 <= len(p) <= 10 for p in re.split(r"[、和与及]", listed)):
        return ""
    run = ""
    for t in tags(clause[count.end():]):
        if not t.flag.startswith(("n", "b", "j")) or t.flag == "vn":
            break
        run += t.word
    return clause[:count.end()] + run if run else ""


def measured_apart(listed: str, unit: str, before: str, between: str) -> bool:
    """Whether a figure in ``unit``, joined by a bare 、 or 和 (``between``) to one in
    ``before``, is the next part of ``listed``, the label of a list with no 分别 whose last
    part names a measure, although the units differ: measures of different dimensions, none
    a count (``cues.paired_units_not``), pair with the parts in order, as under 分别
    (round 42, rb42):
    "粮食播种面积、产量稳定在35万亩、15万吨" → 粮食播种面积, 粮食产量;
    "原煤、原油、天然气产量达到5000万吨、1200万吨、8.3亿立方米" → 原煤产量 … 天然气产量;
    not "新改建县、乡、村道路79条、257公里" (one thing counted and measured: no measure
    named), nor "公园、游园面积12个、30万平方米" (a count). Round 69 (f4): units of one
    dimension pair too, and a list naming a time (``cues.split_time_nouns``) names a measure:
    "企业开办和项目审批时间压减至8小时和50个工作日" gave both 企业开办和项目审批时间 →
    企业开办时间, 项目审批时间."""
    dims = unit_dimension(unit), unit_dimension(before)
    return between in ("、", "和") and bool(re.search(r"[、和]", listed)) \
        and (names_measure(listed) or listed.endswith(tuple(vocab("cues")["split_time_nouns"]))) \
        and all(dims) \
        and not set(dims) & set(vocab("cues")["paired_units_not"])


def clause_apart(between: str) -> bool:
    """Whether ``between``, the words from a figure to the next, holds a clause break (，；),
    so that the next figure is no further part of a list with no 分别 the first one heads
    (round 70, g3: "总投资160.4亿元的28个省、市重点项目提速建设，31个政府债券项目…" gave
    28个 → 省重点项目提速建设 and 31个 → 市重点项目提速建设; the 28 counts 省、市重点项目, the
    31 its own 政府债券项目). Parts with no 分别 join by 、 or 和 ("省、市重点项目28个、31个"),
    and with 分别 the group opens on the word wherever the parts stand."""
    return bool(re.search(r"[，,；;]", between))


def unnamed_pair(pre: str) -> bool:
    """Whether ``pre``, the clause before a figure a second one joins by 和 or 、, is only a
    change verb with no subject and no 分别 ("…，增长18.6%和23.4%"): the two are a 分别 group
    without the word, paired with the figures before (``in_order``) when those fit."""
    return bool(_UNNAMED.fullmatch(pre.strip()))


def spanned_order(names: list[str] | None, span: str, between: str) -> list[str] | None:
    """``names`` from ``in_order`` with the count of years ``span`` (五年, 三年来) a 分别 group's
    clause opens with after the stock, as ``labelperiods`` writes a change over a period
    (round 66, t3): 年均 when ``between`` (the words from the figure before to the group) says it,
    else 累计: "…分别达到3万元和1.2万元，五年年均分别增长8.1%和9.3%" → 城镇居民人均可支配
    收入五年年均, 农村居民…五年年均 (was 五年 twice); "…三年来分别增长25%和30%" → …三年累计.
    ``names`` as they are with no span (or None), or for a multiple of a base (round 66 review,
    u5: "…十年分别是2012年的3倍和4倍" gave 接待游客十年累计, a sum it is no multiple of);
    这 goes with 来/间/中 (这五年分别增长 → …五年累计, was …这五年累计)."""
    if not names or not span or re.search(r"是[^，；。、]{1,10}?的$", between):
        return names
    core = re.sub(r"^这|(?:来|间|中)$", "", span)
    return [n + core + ("年均" if "年均" in between else "累计") for n in names]


def distributed(figures: list[Any], groups: list[list[int]], text: str) -> list[Any]:
    """``figures`` with each group of two or more labelled part by part (``distribute``,
    else ``in_order``); groups in text order, so a group pairs with the parts an earlier
    group handed out ("存贷款余额分别达到…，较年初分别增长…")."""
    out = list(figures)
    for group in groups:
        if len(group) < 2:
            continue
        # the first part's scope is every part's (round 13)
        # a list of thresholds before one noun: each count its own class (round 66, t1)
        clause = re.split(r"[，,；;。\n]", text[:out[group[0]].start])[-1]
        first = out[group[0]].indicator
        # a first part named by its count of years only names no subject (round 66, t3:
        # "…分别达到3万元和1.2万元，五年年均分别增长8.1%和9.3%" gave 五年 twice)
        span = _BARE_SPAN.fullmatch(first)
        names = threshold_parts(clause, len(group)) \
            or counted_measure(out, group, text) \
            or listed_counts_measure(out, group, text) \
            or listed_topic(out, group, text) \
            or (None if span else shared_scope(distribute(first, len(group)))) \
            or spanned_order(in_order(out, group, text), first if span else "", text[
                out[group[0] - 1].end if group[0] else 0:out[group[0]].start])
        # a later part standing for the last word of the one before takes its subject (r24)
        names = list(names or [])  # (a copy: the lists handed out may be memoised)
        for k in range(1, len(names)):
            names[k] = parallel_subject(names[k - 1], names[k])
        names = lent_threshold_measure(names)  # 过亿元企业、过10亿元企业 (round 66, t1)
        opening = text[out[group[0] - 1].end if group[0] else 0:out[group[0]].start]
        names = new_or_stock(names, re.split(r"[，,；;。]", opening)[-1])
        for i, name in zip(group, names, strict=False):
            out[i] = replace(out[i], indicator=name)
    return out


def new_or_stock(names: list[str], clause: str) -> list[str]:
    """The labels a 分别 group hands out, with the newness verb (``cues.distributed_new_verbs``)
    one part ends or opens with, written after the list ("甲、乙分别新增11个和27项" gave 甲,
    乙新增), on every part where that part holds it (甲新增, 乙新增), or on none when
    ``clause``, the group's own words before its first figure, opens with 累计
    (``cues.running_total_words``: "…，累计分别达到52个和204项" → 甲, 乙: the stock, not
    the new ones; round 40, rc40, the d9007 draw's newness dropped and other thing).
    ``names`` as they are otherwise."""
    cues = vocab("cues")
    verbs = sorted(cues["distributed_new_verbs"], key=len, reverse=True)
    verb = next((v for n in names for v in verbs if n.startswith(v) or n.endswith(v)), "")
    if not verb or len(names) < 2:
        return names
    bare = [n.removeprefix(verb).removesuffix(verb) for n in names]
    if any(len(b) < 2 for b in bare):
        return names
    if clause.lstrip("，、 ").startswith(tuple(cues["running_total_words"])):
        return bare
    # (only a verb the list's clause writes after 分别, not one a part's name holds:
    # "新增贷款、存款余额分别…")
    if "分别" + verb not in clause:
        return names
    after = any(n.endswith(verb) for n in names)  # where the parts that have it hold it
    return [b + verb if after else verb + b for b in bare]
