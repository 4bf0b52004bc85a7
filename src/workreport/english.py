"""Quantities in English: 804.2亿元 → "80.42 billion yuan", 5.5万人 → "55,000 people".

The Chinese magnitude prefixes (亿 = 10^8, 万 = 10^4 …) come from ``vocab/units.yml``,
the English of each unit and qualifier from ``vocab/english.yml``; the arithmetic is
here, once. Every value the book shows in prose, tables and chart labels goes through
``amount`` (English) beside the Chinese the report wrote.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from functools import cache
from typing import Any

from workreport.extract.units import count_kinds_meet
from workreport.literal import missing, number
from workreport.vocab import load

__all__ = ["amount", "as_percent", "as_written", "axis_unit", "bound", "compatible", "convert",
           "estimated", "government_en", "growth_multiple", "measure_word", "number",
           "qualifier_en", "qualifier_short", "reads_plain", "report_label", "report_phrase",
           "report_title", "report_year", "scaled", "split_unit", "syllables", "unit_en",
           "unit_words"]

# English scale words, largest first: a value of at least 10^9 reads in billions.
_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


@cache
def _vocab() -> tuple[dict[str, float], dict[str, Any], dict[str, dict]]:
    units = load("units")
    english = load("english")
    mags = dict(sorted(units["magnitudes"].items(), key=lambda kv: -len(kv[0])))
    return mags, english["units"], english["qualifiers"]


def split_unit(unit: str) -> tuple[float, str]:
    """The magnitude and the base unit: ``split_unit("亿元") == (1e8, "元")``.

    A unit the vocabulary knows whole (千米, 千瓦, 百分点) keeps factor 1; "万" alone is
    (1e4, "").
    """
    mags, units, _ = _vocab()
    unit = str(unit or "")
    if unit in units:
        return 1.0, unit
    for prefix, factor in mags.items():
        if unit.startswith(prefix):
            return float(factor), unit[len(prefix):]
    return 1.0, unit


def _form(base: str) -> tuple[str, str]:
    """(prefix, suffix) English for a base unit; an unknown unit stays as written."""
    _, units, _ = _vocab()
    en = units.get(base, base)
    if isinstance(en, dict):
        return str(en.get("prefix", "")), str(en.get("suffix", ""))
    return "", str(en)


def unit_en(unit: str) -> str:
    """The English of a base unit for axes and headings: 元 → "yuan", 个 → "count"."""
    prefix, suffix = _form(split_unit(unit)[1])
    return (prefix.strip() or suffix or "count").strip()


def reads_plain(unit: str) -> bool:
    """Whether a figure in ``unit`` reads in English as the report writes it, so that the
    Chinese beside the English would only repeat it: True for a unit without a magnitude
    prefix (``split_unit`` factor 1) whose English is a rate ("%", "‰"), no unit (English
    writes the number alone), percentage points (个百分点: "1.1 percentage points (1.1个
    百分点)" said it twice; session 70) or the unit itself (PFLOPS, or a unit the vocabulary
    does not know, kept as written); False for 亿元, 万人, 吨, 千米, EFlops (written EFLOPS in
    English) and for a measure word (个, 家, 座: ``measure_word``), which English does not
    write, so that its count reads "1,149 (1,149个)", never a bare "1,149" (session 69,
    tester: "帮扶项目 was 1,149"). ``prose.quantity`` leaves the Chinese out of a
    sentence, ``chartstyle.fact_text`` out of a line of facts, for such a unit. Session
    68: the two tested it each in their own way, and fact_text repeated a unit written
    as in English ("2,000 PFLOPS · 2,000PFLOPS")."""
    unit = str(unit or "")
    if measure_word(unit):
        return False
    return split_unit(unit)[0] == 1 and unit_en(unit) in ("count", "%", "‰",
                                                           "percentage points", unit)


def measure_word(unit: str) -> str:
    """The measure word a unit counts in, "" for another unit: ``measure_word("个") ==
    "个"``, ``measure_word("万家") == "家"``, ``measure_word("项") == ""`` (English
    "items"). A measure word is a unit whose English in ``vocab/english.yml`` is empty;
    ``measure_words`` there says what each counts (session 69)."""
    base = split_unit(str(unit or ""))[1]
    return base if base and base in load("english")["measure_words"] else ""


def unit_words(unit: str) -> str:
    """A unit in English as an axis or a panel names it, its magnitude written out
    (values are drawn as stated, not rescaled): 亿元 → "100 million yuan", 元 → "yuan",
    万人 → "10,000 people", 亿美元 → "US$100 million", % → "%", 个 → "count", 万个 →
    "count (× 10,000)". Session 67, tester: the series charts' axes read "level, 亿元"."""
    factor, base = split_unit(unit)
    if factor == 1:
        return unit_en(unit)
    prefix, suffix = _form(base)
    if not prefix.strip() and not suffix:
        return f"count (× {number(factor)})"
    return re.sub(r"^1 (?=\w+illion )", "", amount(factor, base))  # trillion yuan (tester 72)


def scaled(x: float) -> tuple[float, str]:
    """A plain value in its English scale: 8.042e10 → (80.42, "billion")."""
    for factor, word in _SCALES:
        if abs(x) >= factor:
            return x / factor, word
    return x, ""


def _join(prefix: str, num: str, scale: str, suffix: str) -> str:
    text = f"{prefix}{num}" + (f" {scale}" if scale else "")
    if suffix:
        text += suffix if suffix in ("%", "‰") else f" {suffix}"
    return text


def _qualifiers(qualifier: Any) -> list[dict]:
    """The vocabulary entries of recorded qualifiers, in order, with one bound at most:
    突破|以上 is "over", not "over at least" (``bound`` in ``vocab/english.yml``)."""
    _, _, quals = _vocab()
    out, bound = [], False
    for q in str(qualifier or "").split("|"):
        entry = quals.get(q)
        if not entry or (bound and entry.get("bound")):
            continue
        bound = bound or bool(entry.get("bound"))
        out.append(entry)
    return out


def qualifier_en(qualifier: Any, trail: bool = False) -> str:
    """English for qualifiers ("左右" "about", "预计|以上" "an estimated at least"; of two bounds
    the first, "突破|以上" "over"); ``trail``: those after the number (力争 "(a stretch goal)")."""
    words = [str(e.get("en", "")) for e in _qualifiers(qualifier) if bool(e.get("trails")) == trail]
    return " ".join(dict.fromkeys(w for w in words if w))


def bound(qualifier: Any) -> str:
    """The side of its number recorded qualifiers put a figure on (``bound`` in
    ``vocab/english.yml``, the first of two): "below" for 以内, 不超过 (a ceiling), "above"
    for 以上, 不低于, 突破 (a floor), "about" for 左右, "" for none (预计 alone)."""
    return next((str(e["bound"]) for e in _qualifiers(qualifier) if e.get("bound")), "")


def estimated(qualifier: Any) -> bool:
    """Whether recorded qualifiers mark an estimate (预计, 初步预计: ``estimate``)."""
    return any(e.get("estimate") for e in _qualifiers(qualifier))


def qualifier_short(text: str, qualifier: Any) -> str:
    """A chart label with its qualifiers, the first outermost: ("200", "多") → "200+",
    ("60%", "以上") → "≥60%", ("60%", "预计|以上") → "est. ≥60%". A bound on a fall bounds
    its size: ("−3.4%", "以上") → "fall ≥3.4%", never "≥−3.4%" (tester 72, D4)."""
    fall = text.startswith("−") and bound(qualifier) in ("above", "below")
    entries = list(reversed(_qualifiers(qualifier)))  # the first qualifier outermost
    if fall:  # the bounds on the size, then "fall", then an estimate or a stretch goal
        entries = [e for e in entries if e.get("bound")] + [{"short": "fall ", "place": "before"}] \
            + [e for e in entries if not e.get("bound")]
        text = text[1:]
    for entry in entries:
        short = str(entry.get("short", ""))
        text = text + short if entry.get("place") == "after" else short + text
    return text


def amount(v: float, unit: str, qualifier: Any = "", high: float | None = None,
           measure: str = "") -> str:
    """A value in English: ``amount(804.2, "亿元") == "80.42 billion yuan"``.

    ``amount(13, "亿美元") == "US$1.3 billion"``, ``amount(4, "成") == "40%"``,
    ``amount(4100, "个", "余") == "more than 4,100"``, ``amount(11, "%", "左右") == "about
    11%"``,
    ``amount(3, "名", "前") == "top 3"`` (a rank), ``amount(1, "处") == "1 site"`` (the
    singular of one, ``vocab/english.yml`` singular). ``high`` gives a range's upper
    end. A qualified decrease is a fall of its size, as the text says it (下降3.9%以上):
    ``amount(-3.9, "%", "以上") == "a fall of at least 3.9%"``, never "at least −3.9%",
    which bounds the other way. A change in 倍 (``measure`` "change": 增长1倍) is the
    growth it means, ``growth_multiple``: ``amount(1, "倍", measure="change") == "100%
    (doubled)"``; a ratio (是2011年的1.1倍) stays "1.1 times". Raises nothing: an unknown
    unit is kept as written.
    """
    if measure == "change" and split_unit(unit) == (1.0, "倍"):
        return growth_multiple(v, qualifier, high)
    if unit == "成":  # tenths: 4成 is 40% (was "4 × 10%"; session 70, tester)
        return amount(float(v) * 10, "%", qualifier,
                      None if missing(high) or high is None else float(high) * 10, measure)
    q = qualifier_en(qualifier)
    if q and float(v) < 0 and (high is None or (isinstance(high, float) and math.isnan(high))):
        return f"a fall of {amount(-float(v), unit, qualifier)}"
    factor, base = split_unit(unit)
    prefix, suffix = _form(base)
    if any(e.get("unit") is False for e in _qualifiers(qualifier)):
        prefix, suffix = "", ""  # a rank: "top 3" (前3名), its unit unread
    lo, scale = scaled(float(v) * factor)
    num = number(lo)
    if high is not None and not (isinstance(high, float) and math.isnan(high)):
        hi = float(high) * factor
        num += "–" + number(hi / dict((w, f) for f, w in _SCALES).get(scale, 1.0))
    if num == "1" and not scale:  # "1 site" (vocab/english.yml singular; session 67)
        suffix = str(load("english")["singular"].get(suffix, suffix))
    text = _join(prefix, num, scale, suffix)
    return " ".join(w for w in (q, text, qualifier_en(qualifier, trail=True)) if w)


def growth_multiple(v: float, qualifier: Any = "", high: float | None = None) -> str:
    """A growth of ``v`` 倍 in English: 增长1倍 is a rise of 100%, to twice the value
    (not "1 times"), so ``growth_multiple(1) == "100% (doubled)"``, ``growth_multiple(2)
    == "200% (tripled)"``, ``growth_multiple(6.7) == "670%"``, ``growth_multiple(1,
    "以上") == "at least 100%"``. The words for whole multiples are ``vocab/english.yml``
    ``growth_multiples``; a bounded or ranged multiple gets none. Session 68, tester:
    "“新三样”出口 grew by 1 times (1倍)"."""
    no_high = high is None or (isinstance(high, float) and math.isnan(high))
    text = amount(float(v) * 100, "%", qualifier, None if no_high else float(high) * 100)
    word = load("english")["growth_multiples"].get(number(v)) \
        if no_high and not qualifier_en(qualifier) else None
    return f"{text} ({word})" if word else text


def as_percent(v: float, unit: str) -> tuple[float, str]:
    """A change in the unit it is compared and written short in: a growth in 倍 as the
    percentage it means, ``as_percent(1, "倍") == (100.0, "%")`` (增长1倍, doubled);
    any other unit as it is, ``as_percent(12, "%") == (12.0, "%")``. Session 68."""
    if split_unit(unit) == (1.0, "倍"):
        return float(v) * 100, "%"
    return float(v), str(unit or "")


def axis_unit(unit: str, values: list[float]) -> tuple[float, str]:
    """How a panel of ``values`` in ``unit`` is labelled in English: the divisor that turns a
    value into the panel's English scale and the heading, "billion yuan · 亿元".

    ``axis_unit("亿元", [804.2, 500]) == (10.0, "billion yuan · 亿元")``. A measure word
    with no English (个, 家: ``vocab/english.yml`` units "") is a plain "count": its
    Chinese beside would translate nothing (session 69, tester: "count · 个").
    """
    factor, base = split_unit(unit)
    prefix, suffix = _form(base)
    top = max((abs(float(v)) for v in values), default=0.0) * factor
    _, scale = scaled(top)
    div = dict((w, f) for f, w in _SCALES).get(scale, 1.0) / factor
    words = " ".join(w for w in (prefix.strip(), scale, suffix) if w) or "count"
    label = f"{words} · {unit}" if unit and words != unit and (prefix + suffix).strip() \
        else words
    return div, label


def convert(v: float, unit: str, to: str) -> float | None:
    """``v`` in ``unit`` expressed in ``to`` when both count the same thing (``compatible``
    bases, any magnitude): ``convert(7349, "户", "万户") == 0.7349``; None otherwise."""
    fa, ba = split_unit(unit)
    fb, bb = split_unit(to)
    if not compatible(ba, bb):
        return None
    return float(v) * fa / fb


def compatible(a: str, b: str) -> bool:
    """Whether two units measure the same thing in one scale: 5处 and 5个, 19户 and 20家.

    The same unit is compatible; so are two measure words of ``vocab/english.yml``
    ``count_kinds`` with the same magnitude that count a kind in common, 个 ("*") any thing
    but people (not 项 and 家; not 个 and 人). Whether 户 beside another measure word counts
    households or firms the label tells: ``likeness.counts_alike`` (session 71).
    """
    if a == b:
        return True
    (fa, ba), (fb, bb) = split_unit(a), split_unit(b)
    return fa == fb and ba != bb and count_kinds_meet(ba, bb)


@cache
def _government_units() -> tuple[re.Pattern[str], dict[str, str]]:
    units = load("english")["government_units"]
    words = "|".join(sorted(units, key=len, reverse=True))
    # A unit ends a place only where the rest is places too: 州 is no unit in 贵州省, 杭州市
    # (session 70: they had no English).
    return re.compile(rf"(.+?)({words})(?=$|.+?(?:{words})$)"), units


def syllables(readings: list[str]) -> str:
    """Pinyin syllables written as one word, an apostrophe before a syllable opening with
    a, o or e after the first (the pinyin orthography's rule: 建安 "jian'an", 西安 "Xi'an");
    ``syllables(["ke", "qiang"]) == "keqiang"``. Place names here, a speaker's name in
    ``titleblock``."""
    return "".join(s if i == 0 or s[:1] not in "aoe" else "'" + s
                   for i, s in enumerate(readings))


def _pinyin(place: str) -> str:
    from pypinyin import lazy_pinyin  # jieba-sized dictionaries: only when a name is made

    known = load("english")["government_places"]
    if place in known:
        return str(known[place])
    return syllables(lazy_pinyin(place)).capitalize()  # 新安 "Xin'an", 西安 "Xi'an"


def government_en(government: Any) -> str:
    """A government's English name made from its Chinese one, for a report whose
    catalogue entry states no ``government_en``: ``government_en("南京市人民政府") ==
    "Nanjing Municipal People's Government"``, ``government_en("重庆市渝中区人民政府") ==
    "Yuzhong District People's Government, Chongqing"``, ``government_en("易县人民政府")
    == "Yi County People's Government"``. The words are ``vocab/english.yml``'s
    (``government_units``, ``government_places``, ``government_national``); the place is
    in pinyin (pypinyin), without tones. "" for a missing name or one without a unit."""
    name = re.sub(r"\s", "", str(government or "")) if not missing(government) else ""
    national = load("english")["government_national"]
    if name in national:
        return str(national[name])
    place = re.sub(r"(?:人民)?政府$", "", name)
    pattern, units = _government_units()
    parts = pattern.findall(place)
    if not parts or "".join(a + b for a, b in parts) != place \
            or not all(re.fullmatch(r"[\u4e00-\u9fff]+", a) for a, _ in parts):
        return ""
    own, unit = parts[-1]
    if unit.startswith("自治") and "族" in own[2:]:  # the peoples named are not the place:
        own = own[:2]  # the two characters before them (宽城满族自治县, 广西壮族自治区)
    text = f"{_pinyin(own)} {units[unit]} People's Government"
    return f"{text}, {_pinyin(parts[-2][0])}" if len(parts) > 1 else text


def report_label(row: Mapping[str, Any]) -> str:
    """A short English name for a report's government: "Yuzhong District", "State Council",
    "Hebei Province", "Nanjing"; the unit's adjective (``government_en``'s words)
    becomes its noun or goes (``vocab/english.yml`` ``government_short``)."""
    name = str(row.get("government_en") or row.get("government") or row.get("report_id"))
    name = re.sub(r"\s+People's Government$", "", name.split(",")[0])
    name = re.sub(r"\s+of the People's Republic of China$", "", name)
    words = name.rsplit(" ", 1)
    short = load("english")["government_short"]
    if len(words) == 2 and words[1] in short:
        return " ".join(w for w in (words[0], short[words[1]]) if w)
    return name


def report_title(row: Mapping[str, Any]) -> str:
    """A report's English title, as its landing page and the printed contents name it:
    "<government_en>, <report_year>" ("Yuzhong District People's Government, Chongqing,
    2014"); the Chinese ``government`` when no English name is known, no year when none
    is, the ``report_id`` alone when neither name is (session 67, tester: the printed
    contents named a series report by its Chinese title)."""
    name = next((str(row[k]) for k in ("government_en", "government")
                 if not missing(row.get(k)) and str(row.get(k)).strip()), "")
    if not name:
        return str(row.get("report_id") or "")
    year = report_year(row)
    return name if year is None else f"{name}, {year}"


def report_year(row: Mapping[str, Any]) -> int | None:
    """The row's ``report_year`` as a whole number (2014 from 2014, 2014.0 or "2014");
    None when it has none (None, "", NaN) or it is no number."""
    try:
        return int(float(row.get("report_year")))
    except (TypeError, ValueError, OverflowError):
        return None


def report_name(row: Mapping[str, Any]) -> str:
    """The government as a sentence names it: "the State Council", "Yuzhong District"."""
    return ("the " if row.get("level") == "national" else "") + report_label(row)


def report_phrase(row: Mapping[str, Any]) -> str:
    """"the State Council, delivered on 2014-03-05"; "Nanjing" with no date stated."""
    name = report_name(row)
    date = row.get("date")
    return f"{name}, delivered on {date}" if isinstance(date, str) and date.strip() else name


def as_written(v: float, unit: str, qualifier: str = "", high: float | None = None) -> str:
    """The figure as the report writes it, in Chinese, each qualifier where the report writes it
    (``vocab/english.yml`` qualifiers' ``written``), the first outermost: 4,100余个,
    11%左右, 不少于600场 (session 67, tester: was 600场不少于), 预计60%以上; 多 and 余 inside
    a compound magnitude as Chinese writes them, 4万多亿元 and 1亿多 (session 70)."""
    quals = load("english")["qualifiers"]
    given = [q for q in str(qualifier or "").split("|") if q]
    where = {q: quals.get(q, {}).get("written", "after") for q in given}
    text = number(v) + ("" if missing(high) or high is None else f"–{number(high)}")
    within = "".join(q for q in given if where[q] == "within")
    if within and unit.startswith("万亿"):  # 4万多亿元, never 4多万亿元 (session 70, tester)
        text += f"万{within}{unit[1:]}"
    elif within and unit in ("万", "亿"):  # a bare magnitude counting people: 1亿多, not 1多亿
        text += unit + within
    else:
        text += within + unit
    return ("".join(q for q in given if where[q] == "before") + text
            + "".join(q for q in given if where[q] == "after"))
