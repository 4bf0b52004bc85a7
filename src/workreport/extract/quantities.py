"""Read the quantity an Arabic number states: its qualifiers, number(s), magnitude and unit.

``quantity`` reads the span at a number ("突破400亿元", "1000余万元", "6.5%－7%", "2.2个和3.7个
百分点", "1000万以上农村贫困人口"), or None where no unit makes it a stated quantity; ``numbers``
classifies each token with it. ``Quantity`` and ``Token`` are the shapes every later stage reads.
Units, magnitudes and qualifiers are data (``vocab/units.yml``, ``vocab/cues.yml``). Split from
``numbers`` in session 67 (the module-size cap).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from workreport.extract.nonfigures import alternation
from workreport.extract.qualifiers import before_words
from workreport.extract.structure import Sentence
from workreport.extract.units import unit_dimension, unit_names
from workreport.vocab import load as vocab

__all__ = ["Quantity", "Token", "patterns", "quantity", "strip_quantities"]


@dataclass(frozen=True)
class Quantity:
    """The span that states a figure: qualifiers, number(s), magnitude and unit."""

    start: int
    end: int
    value: float
    value_high: float | None
    unit: str
    dimension: str
    before: str  # qualifier written before the number (突破)
    approx: str  # 余 / 多
    after: str  # qualifier written after (左右)


@dataclass(frozen=True)
class Token:
    """One number as written, where it is, and what it is."""

    start: int
    end: int
    text: str
    value: float
    sentence: Sentence
    cls: str
    reason: str
    quantity: Quantity | None = None


@cache
def patterns() -> dict[str, re.Pattern[str]]:
    units = vocab("units")
    cues = vocab("cues")
    mags = alternation(list(units["magnitudes"]))
    # A unit that also starts words (方 of 方面) counts only before none of ``unit_not_before``.
    unit = alternation(list(unit_names()), units["unit_not_before"])
    approx = alternation(cues["qualifiers_approx"])
    number = r"\d+(?:,\d{3})*(?:\.\d+)?"
    quantity = rf"""
        (?P<before>{alternation(cues["qualifiers_before"])})?
        (?P<num>{number})
        (?:(?P<pct1>%)?(?:--|——|[-－—~～至到])(?P<num2>{number}))?
        (?P<approx0>{approx})?
        (?P<mag>{mags})?
        (?P<approx>{approx})?
        (?P<mag2>(?<=[万千][多余])亿)?
        (?:(?P<unit>{unit})(?!(?<=[A-Za-z])[A-Za-z]))?
        (?P<after>{alternation(cues["qualifiers_after"])})?
    """
    # Chinese numerals: 十五点八, 一千二百, 两三 (2–3), 三万一千 (round 24: 万/亿 inside); 一 only
    # where a larger digit or a point follows (一千个, 一点七八), never alone (一个, 一批), but
    # before 倍 (增长一倍多: a doubling; session 72).
    cnd, inner = "[零〇一二两三四五六七八九]", "[万亿](?=零|[一二两三四五六七八九][十百千])"
    cnnum = (rf"(?:[两二三四五六七八九十]|一(?=[十百千点倍]|{inner}))"
             rf"(?:[零〇一二两三四五六七八九十百千]|{inner})*(?:点{cnd}+)?")
    cn_any = rf"[零〇一二两三四五六七八九十百千]+(?:点{cnd}+)?"
    tenth_not = "".join(units["tenths_not_before"])
    # The lookahead names every character a branch can start with (百/千 of 百分之, the
    # numerals, 数/上): a necessary condition that lets the scan skip other characters
    # fast (4x). A new branch starting otherwise must add its first character to it.
    cn_quantity = rf"""
        (?=[零〇一二两三四五六七八九十百千数上近超逾])(?:
        (?P<pct>(?P<pctword>百分之|千分之)(?P<pctnum>{cn_any}))
        | (?P<frac>(?P<den>[二三四五六七八九十]+)分之(?P<numer>[一二三四五六七八九十]+))
        | (?<![零〇一二两三四五六七八九十百千])(?P<tnum>[一两二三四五六七八九])成(?![{tenth_not}])
        | (?<![零〇一二两三四五六七八九十百千])(?P<few>数|上|近|超|逾)(?P<fewmag>[十百千万])
          (?P<fewmag2>万|亿)?(?P<fewunit>{unit})
        | (?P<cnnum>{cnnum})(?:[至到](?P<cnnum2>{cnnum}))?
          (?P<cnapprox0>{approx})?(?P<cnmag>万亿|亿|万)?(?P<cnapprox>{approx})?(?P<cnunit>{unit})
        )
    """
    return {
        "number": re.compile(number),
        "quantity": re.compile(quantity, re.X),
        "cn_quantity": re.compile(cn_quantity, re.X),
        "after": re.compile(alternation(cues["qualifiers_after"])),
        "range_tail": re.compile(
            rf"(?:[-－—~～至到]|[与和](?=[^，。；]{{0,12}}之间))(?P<num>{number})"
            rf"(?P<mag>{mags})?(?P<unit>{unit})(?P<between>之间)?"),
        "elided": re.compile(rf"[和与及或、]{number}(?P<full>(?:{mags})?(?P<u>{unit}))"),
        # not the digits of a code (PM2.5, PM10, 5G: round 42, rb42)
        "strip": re.compile(rf"(?<![A-Za-z\d.]){number}(?:{approx})?(?:{mags})?(?:{approx})?"
                            rf"(?:{unit})?(?![A-Za-z])"),
        "index": re.compile(rf"(?:{alternation(cues['index_words'])})"
                            rf"(?:{alternation(cues['neutral_before_number'])})*$"),
    }


def strip_quantities(text: str) -> str:
    """``text`` without its Arabic-digit quantities: "385人年度脱贫任务" → 年度脱贫任务;
    a code's digits stay ("PM2.5浓度实现下降" keeps PM2.5; round 42, rb42)."""
    return patterns()["strip"].sub("", text)


# Another unit in brackets after a quantity's own: "300台（件）".
_OTHER_UNIT = re.compile(r"（([\u4e00-\u9fff]{1,3})）")


@cache
def _counted_approx() -> re.Pattern[str]:
    """多 or 余 then the rest of a unit that opens with 个 (个百分点, 个月 …): "2个多百分点"."""
    tails = sorted((u[1:] for u in unit_names() if u.startswith("个") and len(u) > 1),
                   key=len, reverse=True)
    return re.compile(f"([多余])({'|'.join(map(re.escape, tails))})")


# What may follow a bare 万/亿 counting people or things: punctuation, Chinese, the end.
_BARE_MAG_END = re.compile(r"[，。；、）)\n\u4e00-\u9fff]|$")


def quantity(text: str, start: int) -> Quantity | None:
    pat = patterns()
    cues = vocab("cues")
    # Look back for a qualifier before the number (longest first: 不超过 over 超过): one
    # matched ``back`` characters before it is exactly text[start - back:start].
    befores, longest = before_words()
    m = None
    for back in range(longest, -1, -1):
        if start - back < 0 or (back and text[start - back:start] not in befores):
            continue
        cand = pat["quantity"].match(text, start - back)
        if cand and cand.start("num") == start and (back == 0 or cand.group("before")) \
                and text[cand.start() - 1:cand.start()] not in \
                cues["qualifier_not_after"].get(cand.group("before") or "", ""):
            m = cand
            break
    if m is None:
        return None
    begin, sign = m.start(), 1.0
    if text[start - 3:start] in ("百分之", "千分之") and not m.group("unit"):  # "百分之45"
        unit = "%" if text[start - 3] == "百" else "‰"
        return Quantity(start - 3, m.end("num"), float(m.group("num").replace(",", "")), None,
                        unit, "percent", "", "", "")
    if not m.group("before") and text[start - 1:start] in ("-", "－") \
            and "\u4e00" <= text[start - 2:start - 1] <= "\u9fff":  # "增长-2.1%": a fall
        begin, sign = start - 1, -1.0
    approx, end = m.group("approx0") or m.group("approx") or "", m.end()
    after = m.group("after") or ""
    if m.group("unit"):
        # "4万多亿元": the approximation sits inside the magnitude (万亿, more than 4 of them).
        unit = (m.group("mag") or "") + (m.group("mag2") or "") + m.group("unit")
        dim = unit_dimension(m.group("unit"))
        if unit == "个" and not approx and (inner := _counted_approx().match(text, end)):
            # "提高2个多百分点", "3个多月": 多 inside a unit of 个 (session 67, the judges' notes).
            approx, unit, end = inner.group(1), "个" + inner.group(2), inner.end()
            dim = unit_dimension(unit)
        if not after and (alt := _OTHER_UNIT.match(text, end)) and alt.group(1) in unit_names() \
                and (a := pat["after"].match(text, alt.end())):
            # "辅助器具300台（件）以上": a bound after another unit in brackets (session 67).
            after, end = a.group(0), a.end()
    elif m.group("mag") in ("万", "亿") and _BARE_MAG_END.match(text, m.end("mag")):
        # Bare 万/亿 counting people or things ("农村贫困人口减少1386万，", "6600多万纳税人").
        unit, dim = m.group("mag"), "count"
        end = m.end("approx") if m.group("approx") else m.end("mag")  # "3亿多农村人口"
        if after and not m.group("approx"):  # "1000万以上农村贫困人口", "1亿左右…" (session 67)
            end = m.end("after")
        else:
            after = ""
    elif not (m.group("mag") or approx or after) \
            and (e := pat["elided"].match(text, m.end("num"))) and e.group(0)[0] in "和与及、":
        # The unit written once, after the last number: "产值分别突破70和50亿元" (session 67,
        # the judges' notes: 70 was read as a name).
        unit, dim = e.group("full"), unit_dimension(e.group("u"))
    else:
        return None  # "3万" inside a phrase: a magnitude with no unit is not a stated quantity
    e = pat["elided"].match(text, end)
    while e and e.group("full") == unit:  # "1个、2个、3个百分点": the unit written last
        e = pat["elided"].match(text, e.end())
    if e and e.group("full").startswith(unit) \
            and e.group("full") != unit:  # "2.2个和3.7个百分点": the unit written once
        unit, dim = e.group("full"), unit_dimension(e.group("u"))
    value = sign * float(m.group("num").replace(",", ""))
    high = float(m.group("num2").replace(",", "")) if m.group("num2") else None
    if high is None and not after:
        # A range written with the unit twice: "6.5%－7%", "8000元至9000元之间", "80%与85%之间".
        r = pat["range_tail"].match(text, end)
        if r and (r.group("mag") or "") + r.group("unit") == unit:
            high, end = float(r.group("num").replace(",", "")), r.end()
            a = pat["after"].match(text, end)
            if a and not r.group("between"):
                after, end = a.group(0), a.end()
    return Quantity(begin, end, value, high, unit, dim, m.group("before") or "", approx, after)
