"""Stage 3: find every number token in a report and classify it.

Nothing is silently dropped: each token is either a *figure* (a quantity with a unit
that states something measured) or a classified non-figure with a reason: a date
(2014年2月19日), an ordinal (第九届), a name (世界500强, 奇虎360, 轨道6号线, “1+3”), a
code (4G, PM2.5, M2), a grade (4A级, 6.8级地震), a list marker (1.), a duration, a rate
restated as a target's reason (7%左右的速度可以…; session 69) or a number with no unit.
The figures go on to ``figures``; all tokens go to numbers.csv.
Tokens are Arabic numbers and the Chinese-numeral quantities that state figures (两座).
"""

from __future__ import annotations

import re

from workreport.extract.nonfiguredefined import defined_term
from workreport.extract.nonfigureown import named_tenths, package_affairs, rank_group, rated_name
from workreport.extract.nonfigurerestated import REASON, restated_pace
from workreport.extract.nonfigures import (
    definitions,
    glued_marker,
    inside,
    non_figure,
    quoted_spans,
)
from workreport.extract.nonfiguresized import sized_one
from workreport.extract.nonfiguretasks import plan_focus
from workreport.extract.numerals import cn_value
from workreport.extract.quantities import Quantity, Token, patterns, quantity, strip_quantities
from workreport.extract.structure import Sentence, Structure, cn_int
from workreport.extract.thresholds import (
    first_class_line,
    measure_class,
    money_class,
    rate_class,
    threshold_scope,
    time_change,
    within_measure,
)
from workreport.extract.units import unit_dimension
from workreport.vocab import load

__all__ = ["Quantity", "Token", "classify", "strip_quantities", "vocab"]


vocab = load  # the one vocabulary loader (``workreport.vocab.load``)


def _counts_a_thing(text: str, end: int) -> bool:
    """Does the noun phrase after "两项", "五个" (to the next break, at most 12 characters)
    name a concrete thing of ``units.chinese_numeral_count_nouns``? "五个矿产建材集中区" does,
    "两个维护", "五个方面" do not."""
    phrase = re.split(r"[，。；：、“”《》（）\n]", text[end:end + 12])[0]
    if re.match(r"[一二两三四五六七八九十\d]", phrase):
        return False  # a slogan counting numbered things: 三个一批, 三个一号旅游公路
    return any(n in phrase for n in vocab("units")["chinese_numeral_count_nouns"])


def _cn_match(m: re.Match[str]) -> Quantity | None:
    """The Quantity a Chinese-numeral match states, or None if it states none."""
    units = vocab("units")
    s, e = m.start(), m.end()
    if m.string[e:e + 1] == "级":
        return None  # a class of size, no amount: "十亿元级企业", "百亿级产业集群" (round 13)
    if m.group("pct"):
        value, _ = cn_value(m.group("pctnum"))
        unit = "%" if m.group("pctword") == "百分之" else "‰"
        return Quantity(s, e, value, None, unit, "percent", "", "", "")
    if m.group("frac"):
        # "三分之二" → 66.67 %: a fraction is a share in percent.
        value = round(100 * cn_int(m.group("numer")) / cn_int(m.group("den")), 2)
        return Quantity(s, e, value, None, "%", "percent", "", "", "")
    if m.group("tnum"):
        return None if named_tenths(m.string, s) else Quantity(  # “361”…三成…六成…一成 (r24)
            s, e, 10.0 * cn_int(m.group("tnum")), None, "%", "percent", "", "", "")
    if m.group("few"):
        # "数十家" → 10–90, "上万户" → about 1 万户, "近千亿元" → 1000 亿元 with 近:
        # approximate counts, never exact; never a span of time (数十年, 近百年).
        if unit_dimension(m.group("fewunit")) == "time":
            return None
        scale = cn_int("一" + m.group("fewmag"))
        mag2 = m.group("fewmag2") or ""
        unit = mag2 + m.group("fewunit")
        if m.group("fewmag") == "万" and not mag2:
            unit, scale = "万" + m.group("fewunit"), 1
        few = m.group("few")
        high = 9.0 * scale if few == "数" else None
        before, approx = (few, "") if few in "近超逾" else ("", few)
        return Quantity(s, e, float(scale), high, unit, unit_dimension(m.group("fewunit")),
                        before, approx, "")
    num, mag, unit = m.group("cnnum"), m.group("cnmag") or "", m.group("cnunit")
    if m.string[e:e + 1] in units["chinese_numeral_place_after"]:
        return None  # a place named by a numeral and a classifier: 八所港, 五台山
    large = bool(mag) or any(c in num for c in "百千点")
    if unit in units["chinese_numeral_count_units"] and not large:
        if not _counts_a_thing(m.string, e):
            return None
    elif unit_dimension(unit) == "time" \
            or (not large and unit not in units["chinese_numeral_units"]):
        return None
    value, high = cn_value(num, mag)
    high = cn_value(m.group("cnnum2"))[0] if m.group("cnnum2") else high
    if unit == "倍" and not mag and m.string[e:e + 1] == "半":  # 六倍半 is 6.5 (session 72)
        value, e = value + 0.5, e + 1
    if num == "一" and not m.string[:s].endswith(("增长", "增加", "提高")):
        return None  # 一倍 a growth's size only (增长一倍多); 超过同期一倍多 no result of work
    dim = "percent" if unit == "个百分点" else unit_dimension(unit)
    approx = m.group("cnapprox0") or m.group("cnapprox") or ""
    return Quantity(s, e, value, high, mag + unit, dim, "", approx, "")


# The numerals of a Chinese quantity before its magnitude and unit ("十万亩": 十).
_CN_DIGITS = re.compile(r"[零〇一二两三四五六七八九十百千]*")


def _cn_quantities(text: str, sentence: Sentence, quoted: list[tuple[int, int]]) -> list[Token]:
    out = []
    after_rx = patterns()["after"]
    for m in patterns()["cn_quantity"].finditer(text, sentence.start, sentence.end):
        if inside(m.start(), quoted) or text[m.start() - 1:m.start()] == "第":
            continue
        try:
            q = _cn_match(m)
        except ValueError:
            continue
        if q is None:
            continue
        after = after_rx.match(text, q.end)
        if after:
            q = Quantity(q.start, after.end(), q.value, q.value_high, q.unit, q.dimension,
                         q.before, q.approx, after.group(0))
        digits_end = _CN_DIGITS.match(text, q.start).end()
        if sized_one(text, q.start, digits_end):  # round 80 (x1)
            out.append(Token(q.start, q.end, text[q.start:q.end], q.value, sentence, "name",
                             "a size in the name of one thing singled out", q))
            continue
        if rank_group(text, q.start, digits_end):  # session 62 (f3): 前三名企业, as 前3名
            out.append(Token(q.start, q.end, text[q.start:q.end], q.value, sentence, "name",
                             "a ranking group named by its size (纳税前十名企业)", q))
            continue
        if reason := defined_term(text, q.start, digits_end, q.value):  # round 85 (n1)
            out.append(Token(q.start, q.end, text[q.start:q.end], q.value, sentence, "name",
                             reason, q))
            continue
        if money_class(text, q) or first_class_line(text, q):  # round 85 (n2): 成为首个…超千亿元的
            out.append(Token(q.start, q.end, text[q.start:q.end], q.value, sentence, "grade",
                             "threshold naming a class of things (纳税超千万元企业)", q))
            continue
        at = q.start + len(q.before)  # round 85 (n2): after 超, its number's Chinese digits
        if rated_name(text, at, _CN_DIGITS.match(text, at).end()):
            out.append(Token(q.start, q.end, text[q.start:q.end], q.value, sentence, "grade",
                             "a rating naming a thing (续航超千公里氢能重卡)", q))
            continue
        out.append(Token(q.start, q.end, text[q.start:q.end], q.value, sentence,
                         "figure", "Chinese-numeral quantity", q))
    return out


def _index(text: str, start: int, end: int, sentence_start: int) -> Quantity | None:
    """Index rule: a number with no unit after 指数 ("“两化”融合发展水平指数达到74",
    ``cues.index_words``) is a figure with an empty unit, not a unitless non-figure."""
    if re.match(r"[\d万亿千百%‰]", text[end:end + 1]):
        return None
    if not patterns()["index"].search(text, max(sentence_start, start - 8), start):
        return None
    value = float(text[start:end].replace(",", ""))
    return Quantity(start, end, value, None, "", "index", "", "", "")


def _numbers_in(text: str, start: int, end: int, line_starts: set[int]) -> list[re.Match[str]]:
    """Digit runs in [start, end); a list number glued to a year or a count is two."""
    number = patterns()["number"]
    out: list[re.Match[str]] = []
    pos = start
    while (m := number.search(text, pos, end)) is not None:
        g = glued_marker().match(text, m.start(), end) if m.start() in line_starts else None
        if g:
            out.append(g)
            pos = g.end() + 1
            continue
        out.append(m)
        pos = m.end()
    return out


def classify(st: Structure) -> list[Token]:
    """Every number token of the report, in text order, each classified.

    >>> [t.cls for t in classify(parse(load("data/raw/yuzhong-2014.txt")))][:3]
    ['date', 'date', 'date']
    """
    text, quoted, defined = st.text, quoted_spans(st.text), definitions(st.text, st.paragraphs)
    line_starts = {p.start for p in st.paragraphs}
    tokens: list[Token] = []
    for sentence in st.sentences:
        covered_until, plan = -1, st.part_of(sentence.section).role == "plan"
        for m in _numbers_in(text, sentence.start, sentence.end, line_starts):
            s, e = m.start(), m.end()
            value = float(m.group(0).replace(",", ""))
            if s < covered_until:
                tokens.append(Token(s, e, m.group(0), value, sentence, "range_end",
                                    "upper end of a range stated by the figure before it"))
                continue
            nf = non_figure(text, s, e, quoted, s in line_starts) or (  # r25: outside a plan,
                package_affairs(text, s, e, in_plan=True)  # non_figure asks; r87 (w1): a
                or plan_focus(text, s, e) if plan else None)  # plan's focus list
            if nf is None and inside(s, defined) and not re.match(r"\d{1,3}[.．、]", text[s:]):
                nf = "name", "in an entry that defines a named policy (名词解释)"
            if nf:
                tokens.append(Token(s, e, m.group(0), value, sentence, *nf))
                continue
            q = quantity(text, s) or _index(text, s, e, sentence.start)
            if q is None:
                prev = text[s - 1:s]
                if prev and "\u4e00" <= prev <= "\u9fff" and not text[e:e + 1].isdigit() \
                        and not re.match(r"[万亿千百]", text[e:e + 1]):
                    tokens.append(Token(s, e, m.group(0), value, sentence, "name",
                                        "number attached to a name, no unit (奇虎360)"))
                else:
                    tokens.append(Token(s, e, m.group(0), value, sentence, "unitless",
                                        "no unit follows the number"))
                continue
            if q.dimension == "time" and not time_change(text, q.start) \
                    and not (q.start < s and time_change(text, s)):  # 最快9个工作日 (s67)
                tokens.append(Token(s, e, m.group(0), value, sentence, "duration",
                                    f"a span of time ({q.unit}), not a measured amount", q))
                continue
            covered_until = q.end
            if (q.after in ("以上", "以下") and threshold_scope(text, q.end, sentence.end)) \
                    or money_class(text, q) or measure_class(text, q) \
                    or first_class_line(text, q) or rate_class(text, q) \
                    or within_measure(text, q, sentence.end):  # 50米内换乘比例 (r71, w7)
                tokens.append(Token(s, e, m.group(0), value, sentence, "grade",
                                    "threshold naming a class of things (10亿元以上项目)", q))
                continue
            if restated_pace(text, q.end, q.unit):  # 7%左右的速度可以… (session 69)
                tokens.append(Token(s, e, m.group(0), value, sentence, "restated", REASON, q))
                continue
            tokens.append(Token(s, e, m.group(0), value, sentence, "figure", "quantity", q))
        tokens.extend(t for t in _cn_quantities(text, sentence, quoted)
                      if not inside(t.start, defined))
    tokens.sort(key=lambda t: t.start)
    return tokens
