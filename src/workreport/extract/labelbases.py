"""The base a figure is set against, named in its label (moved out of ``labelperiods`` in round
38, which widened it): the base of a change from an earlier year or plan's end
(``base_year_named``) and a multiple's base (``ratio_base_named``).

Shapes (the sentence up to the figure):

- "森林覆盖率由2010年的31%提高到42%" (a review of 2013) → 2010年森林覆盖率 for the 31% (round 31);
- "森林覆盖率由“十二五”末的33.74%提高到38.73%" (a review of 2020) → “十二五”末森林覆盖率 for the
  33.74% (round 38, ra38, from the development draws' scope lost: a plan's end is a base like a
  year);
- "城镇居民人均可支配收入…，分别是2008年的2倍、1.7倍" → 城镇居民人均可支配收入比2008年; "是“十二五”
  末的1.4倍" → …比“十二五”末; "是“十二五”时期的4.1倍" (a total of the term against the term
  before) → …比“十二五”时期 (round 38); a subject naming its own later year keeps the base too:
  "一九五四年预算中…的支出等于一九五〇年的四點九倍" → …的支出比1950年 (round 38);
  "对外贸易也达到一九五〇年的一點八倍" → 对外贸易比1950年 (达到 before a multiple, round 38).

A base of the year reviewed (or, for a multiple, the year before it) is the year's own and the
label stays as it is. A multiple labelled only by its comparison and base is of the last level
before it in its ；-part (``ratio_subject``, round 38): "钢二百十七万吨，等于一九四九年的十三點七
倍" → 钢比1949年.

Round 82 review (q2), exceptions of the year a sentence compares with (``_compared_named``): not
a title's year (被评为2011年度全省平安县，刑事案件由320起…; 成为2010年首批试点县), nor in a plan
(比2010年翻一番，城镇化率由45%提高到55%: the 45% is today's).
"""
from __future__ import annotations

import re
from typing import Any

from workreport.extract.labelvocab import cue_words
from workreport.extract.nonfigures import alternation
from workreport.extract.numbers import vocab

# Round 73 (x2): the tenth plan too, written “十五” ("是“十五”时期的4.8倍").
_PLAN = r"“十[一二三四五]?五”"
# A year as written, in digits or in Chinese numerals (一九五〇年).
_YEAR = r"(?:19|20)\d\d|[一二三四五六七八九〇○零]{4}"
# A base: a year (with its end) or a plan's end or whole term ("“十二五”末", "“十二五”时期").
_BASE = rf"(?:({_YEAR})年(底|末)?|({_PLAN})(末|期末|时期)|(上一?个五年))"
# The base of a change from a named year, right before the number: "由2015年的38%…" (round 31)
_BASE_LEVEL = re.compile(rf"(?:从|由){_BASE}的[^，,；;。的\d]{{0,3}}$")
_BARE_BASE = re.compile(r"(?:从|由)[^，,；;。的\d从由]{0,3}$")  # "…其中国防费从|41.5%…"
_ANY_BASE = re.compile(rf"(?:从|由){_BASE}的")
# Round 82 (x3): a base year right before its number with no 的, a per-unit word between at
# most ("从2004年人均每月700元提高到…", "从一九五〇年百分之十一点一增加到…"), and the year a
# sentence compares with before a base with none ("是2011年的3.14倍；贫困人口由10.81万人…",
# "2002年与1998年相比，…由21.70亿元…", "从一九五〇年到一九五四年，…比重从…").
_YEAR_BEFORE = re.compile(rf"(?:从|由)({_YEAR})年(?:人均|每人|每户|每年|每月|每亩|每天|月)*$")
# Round 82 review (q2): 是/为 only before 的 (是2011年的3.14倍), not a title's year (被评为2011年度
# …, 成为2010年首批试点县), nor 年度.
_COMPARED = re.compile(rf"(?:比|较|与|同)({_YEAR})年(?!以来|起|开始|[前后度])"
                       rf"|(?:是|为)({_YEAR})年的|(?:从|由)({_YEAR})年(?:到|至)(?:{_YEAR})年")
_CHANGED_TO = re.compile(r"^[^，,；;。\d]{0,6}?(?:到|至)")
# A ratio's base year: "是2006年的2倍", "分别是2006年的2倍、1.8倍", "等于一九四九年的二点五倍";
# round 35 (sa35): the later multiple of a pair joined by 和, 及 or 与, the first written with or
# without its 倍 ("分别是2011年的1.75倍和1.8倍", "分别是2005年的2.7和2.4倍").
_RATIO_BASE = re.compile(rf"(?:是|为|相当于|等于|达到){_BASE}的"
                         r"(?:[^，,；;。]{1,8}倍、|[\d.]+倍?[和及与])*$")
# A multiple's label that is only its comparison and base ("是“十二五”时期", "等于一九四九年").
_COMPARE_ONLY = re.compile(rf"(?:可以|将|也|已)?(?:是|为|相当于|等于|达到){_BASE}的?")
_NAMED_YEAR = re.compile(rf"({_YEAR})年")
_PLAN_ORDER = "一二三四五"


def year_number(written: str) -> int:
    """A year written in digits or Chinese numerals as a number: 一九五〇 → 1950."""
    return int(written.translate(str.maketrans("〇○零一二三四五六七八九", "000123456789")))


def _base(m: re.Match[str]) -> tuple[int, str]:
    """The year a base match ends in and its words for the label: (2010, "2010年"),
    (2015, "“十二五”末"); a plan's term ends in its fifth year (“十二五”: 2011-2015, “十五”:
    2001-2005); the last term (上个五年, 上一个五年) is (0, "上个五年"), a base before any year
    reviewed."""
    if m.group(1):
        return year_number(m.group(1)), f"{year_number(m.group(1))}年{m.group(2) or ''}"
    if m.group(5):  # round 73 (x2): "是上个五年的两倍", the term before the one reviewed
        return 0, "上个五年"
    plan, end = m.group(3), m.group(4)
    order = _PLAN_ORDER.index(plan[2]) + 1 if len(plan) > 4 else 0  # “十五”: 2001-2005
    return 2005 + 5 * order, plan + ("末" if end == "期末" else end)


def base_year_named(name: str, before: str, measure: str, reviewed: int | None,
                    after: str = "", planned: bool = False) -> str:
    """The base of a change from a named year before the one reviewed keeps that year
    (Round 31 (rp), from the d9002 draw's scope lost 2015年生产总值): "森林覆盖率由2010年的31%
    提高到42%" (a review of 2013) → 2010年森林覆盖率 for the 31%, the later value bare; a plan's
    end the same (round 38): "由“十二五”末的33.74%提高到…" → “十二五”末森林覆盖率. A base
    written with no year after one with years in the same sentence is of the same year: "比重已
    从1950年的60.8%降低到1953年的30.7%，其中国防费从41.5%降低到…" → 1950年国防费 for the 41.5%.
    ``before`` is the sentence up to the figure; ``name`` as it is for other figures, for a base
    of the year reviewed or later, and for a label naming a year or plan already. Round 82 (x3,
    from the dev draws' scope lost 1998年财政收入, 2011年贫困人口, 2004年…基本养老金), for a
    figure changed to another after it (``after``: …提高到, …下降到): a year right before the
    number with no 的 ("从2004年人均每月700元提高到…" → 2004年…), and, for a base with no year,
    the year the sentence compares with when it is two or more years before the one reviewed
    ("2002年与1998年相比，国内生产总值由21.70亿元增加到…" → 1998年国内生产总值), not for a
    standard or threshold raised (``cues.base_year_set_labels``: 低保标准由每月300元提高到…);
    round 82 review (q2): not in a plan (``planned``: the figure changed to is a target, "比2010年
    翻一番，城镇化率由45%提高到55%": the 45% is today's), nor after a title's year
    (被评为2011年度…, 成为2010年首批…: ``_COMPARED`` takes 是/为 only before 的)."""
    if measure not in ("level", "share") or not name or not reviewed \
            or re.search(rf"(?:{_YEAR})年|{_PLAN}", name):
        return name
    m = _BASE_LEVEL.search(before)
    if not m and _BARE_BASE.search(before):
        m = next(reversed(list(_ANY_BASE.finditer(before))), None)
    if not m and _CHANGED_TO.match(after) and not planned:
        return _compared_named(name, before, reviewed)
    if not m:
        return name
    year, words = _base(m)
    return name if year >= reviewed else words + name


def _compared_named(name: str, before: str, reviewed: int) -> str:
    """``name`` of a base changed to another figure with the year written right before it, or
    the year its sentence compares with (``base_year_named``, round 82, x3)."""
    if m := _YEAR_BEFORE.search(before):
        year = year_number(m.group(1))
        return f"{year}年{name}" if year < reviewed else name
    if any(w in name for w in cue_words("base_year_set_labels")):
        return name  # a standard raised: its base is the one before the raise, not that year
    compared = list(_COMPARED.finditer(before)) if _BARE_BASE.search(before) else []
    if not compared:
        return name
    year = year_number(next(g for g in compared[-1].groups() if g))
    return f"{year}年{name}" if year <= reviewed - 2 else name


def ratio_base_named(name: str, before: str, measure: str, reviewed: int | None) -> str:
    """A multiple of a year's figure before the year reviewed names that year after 比, the
    comparison word gone (Round 31 (rp), from the d9002 draw's scope lost: the base year
    dropped): "城镇居民人均可支配收入达18500元，…，分别是2008年的2倍、1.7倍" (a review of 2013) →
    城镇居民人均可支配收入比2008年, as a change keeps its base (``labelforms.since_year``: 生产
    总值比2015年); a plan's end or term the same (round 38: 是“十二五”末的1.5倍 → …比“十二五”末).
    A base of the year before the one reviewed is the year's own multiple: ``name`` as it is,
    as for a label naming a base already or a plan. A label naming a later year of its own
    keeps it and takes the base (round 38: "一九五四年…的支出等于一九五〇年的四點九倍")."""
    m = _RATIO_BASE.search(before) if measure == "ratio" and "的" in before else None
    if not name or not m or not reviewed or re.search(rf"比|较|相对|{_PLAN}", name):
        return name
    year, words = _base(m)
    if year >= reviewed - 1 or any(year_number(y) <= year for y in _NAMED_YEAR.findall(name)):
        return name
    return f"{name}比{words}"


def compared_base_named(name: str, before: str, measure: str, reviewed: int | None) -> str:
    """A change in a sentence opening with its base (``cues.compared_openers`` … ``cues.
    compared_ends``: "与解放前最高水平相比，") names that base after the stock as 比 does (round
    86, w2, from the development draws' scope lost: a rise over the pre-1949 peak read as the
    year's): "與解放前最高水平相比，…全國高等學校學生數增長了百分之四十；…" → 高等学校学生数比
    解放前最高水平, for each change of the sentence (``before``: the sentence up to the figure).
    Not for a change with a base, 年均 or a year of its own in its clause ("与2008年相比，…增长48%，
    其中2013年增长10%": the 10% is 2013's), a label naming a base already,
    a base of the year's own (``cues.compared_own_bases``: 上年, 同期), a base naming no time
    (``cues.compared_time_words``: "与周边县市相比，…生产总值增长10%" is the year's growth;
    round 86 review, q2) nor a year from the one before the year ``reviewed`` on."""
    cues = vocab("cues")
    openers, ends = alternation(cues["compared_openers"]), alternation(cues["compared_ends"])
    base = rf"[^，,；;。{''.join(cues['compared_openers'])}]{{2,12}}?"
    m = re.match(rf"[^，,；;。]{{0,8}}?(?:{openers})({base})(?:{ends})[，,]", before)
    clause = re.split(r"[，,；;]", before)[-1]
    if measure != "change" or not name or not m \
            or re.search(r"比|较|年均|平均", clause + name) \
            or re.search(rf"(?:{_YEAR})年|今年|全年|当年", clause) \
            or m.group(1) in cues["compared_own_bases"] \
            or not any(w in m.group(1) for w in cues["compared_time_words"]):
        return name  # not a place's or a peer's (round 86 review, q2: 与全市相比，…增长18%)
    year = re.fullmatch(rf"({_YEAR})年(?:底|末)?", m.group(1))
    if year and (not reviewed or year_number(year.group(1)) >= reviewed - 1):
        return name
    return f"{name}比{m.group(1)}"


def ratio_subject(f: Any, earlier: list[Any], text: str, reviewed: int | None) -> str:
    """The label of the multiple ``f`` (``figures.Figure``) when it is only its comparison and
    base ("等于一九四九年", "是“十二五”时期"; round 38, ra38, from the development draws'
    fragments): the last level of ``earlier`` (the rows before it, labelled) in its sentence
    with no ； or 。 between (in ``text``, the report's), then 比 and the base when
    it is before the year before the one ``reviewed``: "钢二百十七万吨，等于一九四九年的十三點七
    倍" → 钢比1949年; "财政民生支出累计107亿元，支出比例稳定在…83%以上，是“十二五”时期的1.62倍"
    → 五年累计财政民生支出比“十二五”时期. Any other label is returned, as is this one with no
    such level."""
    m = _COMPARE_ONLY.fullmatch(f.indicator) if f.measure == "ratio" else None
    prev = next((r for r in reversed(earlier) if r.sentence_index == f.sentence_index
                 and r.measure == "level"), None) if m else None
    if not m or not prev or not prev.indicator or _COMPARE_ONLY.fullmatch(prev.indicator) \
            or f.start <= prev.end or re.search(r"[；;。]", text[prev.end:f.start]):
        return f.indicator
    year, words = _base(m)
    return f"{prev.indicator}比{words}" if reviewed and year < reviewed - 1 else prev.indicator
