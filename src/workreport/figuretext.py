"""A figure's words, the pieces every sentence of ``prose`` (and ``changewords``) is made
of: an amount in English with the Chinese beside (``quantity``), a signed change
(``signed``), an indicator's name (``name``) and a term in both languages (``bilingual``).
Split out of ``prose`` (brief words: over 400 lines with the sentences of a gap and of a
label that names its fall); ``prose`` re-exports them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any

import pandas as pd

from workreport import english
from workreport.gloss import AUTOMATIC, split_mark
from workreport.likeness import counted_as
from workreport.literal import missing, number, ordinal

__all__ = ["Row", "agree", "be", "bilingual", "cell_amount", "counted", "difference", "many",
           "mid_sentence", "name", "points", "quantity", "signed", "targeted", "when",
           "word_named", "years", "years_reviewed"]

Row = Mapping[str, Any]


def counted(en: str, unit: str, label: str) -> str:
    """An amount in English (``en``) with the noun of what a count in 户 counts, where its
    ``label`` tells it (``likeness.counted_as``): "137,000" → "137,000 households"."""
    noun = counted_as(unit, label)
    return f"{en} {noun}" if noun and not en.endswith(noun) else en


def cell_amount(v: Any, unit: Any, qualifier: Any, measure: Any = "", high: Any = None,
                label: Any = "") -> str:
    """A table cell's amount in English (``display.table``: cells as a table holds them,
    NaN included): 804.2, 亿元 → "80.42 billion yuan"; a change of 1倍 → "100% (doubled)"
    (``english.growth_multiple``); with ``high``, a range: 6 to 6.5, % → "6–6.5%"; "" for a
    missing value or one that is no number; a count in 户 with its noun (``counted``)."""
    if missing(v):
        return ""
    try:
        return counted(english.amount(float(v), str(unit or ""), qualifier
                                      if isinstance(qualifier, str) else "",
                                      None if missing(high) else float(high),
                                      measure=measure if isinstance(measure, str) else ""),
                       str(unit or ""), label if isinstance(label, str) else "")
    except (TypeError, ValueError):
        return ""


def bilingual(zh: str, en: str = "", sep: str = " ") -> str:
    """English first, then Chinese: ``bilingual("地区生产总值", "GDP") == "GDP 地区生产总值"``."""
    return f"{en}{sep}{zh}" if en and en != zh else zh


def quantity(v: float, unit: str, qualifier: str = "", high: float | None = None,
             measure: str = "", signed: bool = False, label: str = "") -> str:
    """A value, unit and qualifier in English, the Chinese beside where it says more:
    ``quantity(11, "%", "左右") == "about 11%"``, ``quantity(804.2, "亿元") == "80.42
    billion yuan (804.2亿元)"``, ``quantity(5.5, "万人") == "55,000 people (5.5万人)"``.

    The English comes from ``english.amount`` (magnitudes applied, units from
    ``vocab/english.yml``); the Chinese is left out where the unit reads the same in
    English (``english.reads_plain``: "about 11%", "4,100", "2,000 PFLOPS"). A change
    (``measure`` "change") in 倍 reads as the growth it means, the Chinese inside the
    words' brackets: ``quantity(1, "倍", measure="change") == "100% (doubled; 1倍)"``
    (``english.growth_multiple``; session 68). A negative ``v`` is read by its size,
    the sentence saying it falls, unless ``signed`` (a table's cell): then a qualified
    fall reads "a fall of at least 3.4%", a bare one "−4.8%" (session 69). A count in 户
    names what its ``label`` (the indicator) tells it counts: ``quantity(13.7, "万户",
    label="贫困户") == "137,000 households (13.7万户)"`` (``likeness.counted_as``).
    """
    v = abs(v) if v < 0 and not signed else v
    high = None if missing(high) else high
    en = counted(english.amount(v, unit, qualifier, None if high is None else abs(high),
                                measure), unit, label)
    if english.reads_plain(unit):
        return en
    zh = english.as_written(v, unit, qualifier, high)
    return f"{en[:-1]}; {zh})" if en.endswith(")") else f"{en} ({zh})"


def signed(v: float, unit: str) -> str:
    """A change with its sign: +12%, −18.6% (a true minus sign)."""
    return ("+" if v >= 0 else "−") + number(abs(v)) + unit


def name(row: Row, mid: bool = False) -> str:
    """How prose names an indicator, a key term or a place: "GDP (地区生产总值)", or the
    Chinese label alone; an automatic gloss says so beside the Chinese: "Investment in rural
    road construction (农村公路建设投资; automatic gloss)" (``gloss.split_mark``, session 68).
    The English opens a sentence with a capital ("Enterprises added (新增企业) grew …"); with
    ``mid``, inside a sentence, in lower case where it is no name (``mid_sentence``: "It
    names the two rivers (两江)"). Tester 73 D-C8: "enterprises added (新增企业) grew 31.3%"
    opened a sentence, "It names 4 places or projects: The two rivers (两江)"."""
    zh = str(row.get("indicator", ""))
    en, automatic = split_mark(str(row.get("english") or row.get("indicator_en") or ""))
    if not en or en == zh:
        return zh
    en = mid_sentence(en, zh, bool(row.get("place"))) if mid else en[:1].upper() + en[1:]
    return f"{en} ({zh}; {AUTOMATIC})" if automatic else f"{en} ({zh})"


def word_named(word: str, glossary: Mapping[str, Any] | None = None,
               place: bool = False) -> str:
    """A key term or a ``place`` named inside a sentence (``name`` with ``mid``): a place in
    ``glossary.english_or_gloss``'s English ("Singapore (新加坡)", "the two rivers (两江)"), a
    term in the English its chapter's table gives (``keyterms.term_english``: "pumped
    storage (抽水)", "laboratories (实验室)"). The readings and findings of a section name
    their words here only (tester 73 D-C8: "抽水, 蓄能" stood without English in the reading
    beside a table giving it)."""
    from workreport.glossary import english_or_gloss
    from workreport.keyterms import term_english

    said = (english_or_gloss if place else term_english)(word, glossary)
    return name({"indicator": word, "english": said, "place": place}, mid=True)


_ARTICLES = ("The ", "A ", "An ")


def mid_sentence(en: str, zh: str = "", place: bool = False) -> str:
    """English words as they stand inside a sentence: the first letter in lower case
    ("Key projects" → "key projects", "Rural" → "rural", "The two rivers" → "the two
    rivers"), save for a name: an acronym ("GDP", "PM2.5"), a province's or country's
    English (``glossary.place_english`` of ``zh``: "Singapore"), a ``place`` of one word
    ("Chongqing") and words each capitalised ("Mountain City", "Yangtze River Delta").
    The one rule for every list and clause of prose (tester 73 D-C8). A first word the
    packaged English writes as a name (``glossary.proper_words``: "China", "Chengdu-…") or
    two capitalised words opening a phrase ("People's Congress deputies", "Liangjiang New
    Area") keep their capital too (re-test 73)."""
    from workreport.glossary import place_english, proper_words

    words = en.split()
    if not words or not en[:1].isupper():
        return en
    long = [w for w in words if len(w) > 3]  # "Phasing out" is no title: one long word
    titled = len(long) > 1 and all(w[:1].isupper() for w in long)
    first = words[0].strip(",;:")
    named = first in proper_words() or first.split("-")[0] in proper_words() or (
        len(words) > 1 and words[1][:1].isupper() and len(words[1]) > 2)
    if not en.startswith(_ARTICLES) and (not en[1:2].islower() or titled or named or (
            place and len(words) == 1) or (zh and place_english(zh) == en)):
        return en
    return en[:1].lower() + en[1:]


_SINGULAR_S = ("ss", "us", "is", "ics", "news", "gas", "series", "species", "means")
_NOT_HEAD = re.compile(r"\s(?:of|in|for|from|by|with|under|at|on|to|within|per|as|into|"
                       r"among|over|across|than|above|below|after|before)\s|[,(;:]")


def many(row: Row) -> bool:
    """Whether an indicator's English names things in the plural, so its verb agrees
    ("Key projects (重点项目) were 226", "Provincial key projects are to reach 50"; tester
    73 D-C8): the head of the English before its first "of", "in", "and" … or bracket,
    its closing participles dropped ("Projects signed", "Projects planned and held in
    reserve", "Firms above designated size added" → "Projects", "Firms"), ends in a plural
    "s" ("Exports", not "Business", "Logistics", "Gas"). False for no English."""
    en, _ = split_mark(str(row.get("english") or row.get("indicator_en") or ""))
    words = _NOT_HEAD.split(f" {en} ", maxsplit=1)[0].split()
    while len(words) > 1 and re.fullmatch(r"[a-z]+ed|built|done|set|run|made|begun|grown|"
                                          r"sold|won|held|put|up|out|and|or", words[-1]):
        words.pop()
    head = words[-1].lower() if words else ""
    return head.isalpha() and len(head) > 2 and head.endswith("s") \
        and not head.endswith(_SINGULAR_S)


def agree(row: Row, one: str, more: str) -> str:
    """``more`` where the row's English names many (``many``), else ``one``: agree(row,
    "was", "were")."""
    return more if many(row) else one


def be(row: Row, target: bool, to: str = "be") -> str:
    """The verb of a result or a target, agreeing with the row's English (``agree``): "was",
    "were"; a target's "is to be", "are to reach" (``to``)."""
    return f"{agree(row, 'is', 'are')} to {to}" if target else agree(row, "was", "were")


def difference(v: Any, unit: Any, fall: bool = False) -> str:
    """A target minus its result (``targets._pair``, in the target's unit) with its sign
    and in English, as the targets table writes it: +2,651 for 1万户 after 7349户 (was
    "+0.2651", a number in 万户 that no reader can read; session 70), −US$600 million,
    −1 percentage point for two rates in %; "" for a missing value.

    With ``fall`` (a targeted fall beside last year's fall, both shown with a minus sign),
    the gap between their sizes in words, as the prose counts it: 下降3.4%以上 after a fall of
    5.6% is "a smaller fall, by 2.2 percentage points" (re-test 72, N4: "+2.2 percentage
    points" beside prose that counted the target as set below last year's)."""
    if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)):
        return ""
    x = float(v)
    if fall and x != 0:  # the target's size less the result's is −x
        size = points(abs(x)) if str(unit or "") == "%" else english.amount(abs(x), str(unit))
        return f"a {'smaller' if x > 0 else 'larger'} fall, by {size}"
    sign = "+" if x >= 0 else "−"
    if str(unit or "") == "%":
        return sign + points(x)
    return sign + english.amount(abs(x), str(unit or ""))


def points(v: float) -> str:
    """The size of a difference between two rates in %: "1 percentage point", "3.5
    percentage points" (``difference``, ``prose.gap``)."""
    return f"{number(abs(v))} percentage point" + ("" if abs(v) == 1 else "s")


def when(year: Any, first: Any = None, mean: bool = False) -> str:
    """When a result is: " in 2013"; over a period from ``first`` (indicators.csv
    ``year_first``) to ``year``, " over 2016-2020", a yearly ``mean`` " a year on average over
    2016-2020" (a five-year review's "年均增长5.02%" is no growth of 2020's alone: session 71,
    tester 70 item 3), or " in the years to 2020" where the span's start is unknown; "" with
    no year."""
    if missing(year):
        return ""
    if not missing(first) and int(first) < int(year):
        return f"{' a year on average' if mean else ''} over {int(first)}-{int(year)}"
    return f" in the years to {int(year)}" if mean else f" in {int(year)}"


def years(year: Any, first: Any = None) -> str:
    """A year cell: "2020", or the period from ``first`` (indicators.csv ``year_first``) to
    ``year``, "2016-2020" (tester 73: the targets' table and the appendix showed the 13th
    plan's five-year cut as a target of 2020); "" with no year."""
    if missing(year):
        return ""
    if not missing(first) and int(first) < int(year):
        return f"{int(first)}-{int(year)}"
    return str(int(year))


def targeted(year: Any, first: Any = None, mean: bool = False) -> str:
    """When a target is set for, after its amount: ``when``'s years, "for" in place of its
    "in" or "over": " targeted for 2014", a plan period's " targeted for 2016-2020" (tester
    72, D3), a yearly mean's " targeted a year on average for 2021-2025" or " targeted for
    the years to 2025"; " targeted" with no year. One phrasing for ``prose.describe_target``
    and ``changewords.fall_sentence`` (session 73: each had rewritten ``when`` its own way)."""
    return " targeted" + re.sub(r" (?:in|over) ", " for ", when(year, first, mean), count=1)


def years_reviewed(row: Row, plan_named: bool = True) -> str:
    """The years a report's review covers, from its reports.csv row: "2013" (year_reviewed);
    "2016-2020 (the 13th five-year plan period)" where ``year_reviewed_first`` starts a
    period (session 71, tester 70 item 3: a review of the 13th plan was told "Reviews the
    year: 2020"), the plan named where the years are one (10th: 2001-2005 …); "" with no
    year."""
    last, first = (pd.to_numeric(row.get(c), errors="coerce")
                   for c in ("year_reviewed", "year_reviewed_first"))
    if missing(last):
        return ""
    last = int(last)
    if missing(first) or int(first) >= last:
        return str(last)
    first = int(first)
    span = f"{first}-{last}"
    if plan_named and first > 2000 and (first - 2001) % 5 == 0 and last == first + 4:
        return f"{span} (the {ordinal((first - 2001) // 5 + 10)} five-year plan period)"
    return span
