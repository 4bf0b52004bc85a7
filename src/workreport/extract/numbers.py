"""Stage 3: find every number token in a report and classify it.

Nothing is silently dropped: each token is either a *figure* (a quantity with a unit
that states something measured) or a classified non-figure with a reason: a date
(2014年2月19日), an ordinal (第九届), a name (世界500强, 奇虎360, 轨道6号线, “1+3”), a
code (4G, PM2.5, M2), a grade (4A级, 6.8级地震), a list marker (1.), a duration, or a
number with no unit. The figures go on to ``figures``; all tokens go to numbers.csv.

Tokens are Arabic numbers and the Chinese-numeral quantities that state figures
(百分之十, 两座, 三个百分点).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from workreport.extract.structure import Sentence, Structure, cn_int
from workreport.vocab import load

__all__ = ["Quantity", "Token", "classify", "vocab"]


vocab = load  # the one vocabulary loader (``workreport.vocab.load``)


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


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    units = vocab("units")
    cues = vocab("cues")
    unit_dim = {u: dim for dim, us in units["units"].items() for u in us}
    mags = _alternation(list(units["magnitudes"]))
    unit = _alternation(list(unit_dim))
    cn = "[零〇一二两三四五六七八九十百千万亿]"
    number = r"\d+(?:,\d{3})*(?:\.\d+)?"
    quantity = rf"""
        (?P<before>{_alternation(cues["qualifiers_before"])})?
        (?P<num>{number})
        (?:(?P<pct1>%)?[-－—~～至到](?P<num2>{number}))?
        (?P<mag>{mags})?
        (?P<approx>{_alternation(cues["qualifiers_approx"])})?
        (?P<unit>{unit})?
        (?P<after>{_alternation(cues["qualifiers_after"])})?
    """
    cn_units = "|".join(re.escape(u) for u in units["chinese_numeral_units"])
    cn_quantity = rf"""
        (?P<pct>百分之(?P<pctnum>{cn}+))
        | (?P<cnnum>[两二三四五六七八九十][零〇一二三四五六七八九十百千]*)
          (?P<cnunit>{cn_units})
    """
    nf = vocab("nonfigures")
    date_after = _alternation(nf["date_after_year"] + nf["date_after"])
    radius = "|".join(rf"{re.escape(u)}\S{{0,{n}}}?{re.escape(nf['radius_end'])}"
                      for u, n in nf["radius_units"].items())
    return {
        "date_after": re.compile(rf"(?:{date_after}|{re.escape(nf['date_day'])}(?!线))"),
        "year_after": re.compile(rf"[-－—~～至到]?\d{{0,4}}年|[-－—~～至到]\d{{4}}|"
                                 rf"{_alternation(nf['year_after'])}"),
        "radius": re.compile(radius),
        "number": re.compile(number),
        "quantity": re.compile(quantity, re.X),
        "cn_quantity": re.compile(cn_quantity, re.X),
        "unit_dim": unit_dim,  # type: ignore[dict-item]
    }


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans inside “…”, 「…」, 《…》 and "…" up to 30 characters: names, not figures."""
    spans = []
    for m in re.finditer(r"“[^“”\n]{1,30}”|「[^」\n]{1,30}」|《[^》\n]{1,40}》|\"[^\"\n]{1,30}\"",
                         text):
        spans.append((m.start(), m.end()))
    return spans


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Is ``pos`` strictly inside one of the sorted, non-overlapping ``spans``?"""
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] < pos < spans[i][1]


_YEAR_RANGE = re.compile(r"[-－—~～至到]\d{2,4}年")


def _non_figure(text: str, start: int, end: int, quoted: list[tuple[int, int]],
                line_start: bool) -> tuple[str, str] | None:
    """Classify a number that is not a figure, or return None if it may be one."""
    nf = vocab("nonfigures")
    pat = _patterns()
    tok = text[start:end]
    before = text[max(0, start - 2):start]
    after = text[end:end + 4]
    prev = before[-1:] if before else ""
    nxt = after[:1]
    if line_start and re.match(r"[.．、)）]", nxt) and len(tok) <= 2:
        return "marker", "list number at the start of a line"
    if prev in "（(" and nxt in ")）" and len(tok) <= 2:
        return "marker", "bracketed list number"
    if re.match(r"[A-Za-z]*级", after) and re.match(r"[A-Za-z]?级", after):
        return "grade", "grade or magnitude scale (4A级, 6.8级)"
    if re.match(r"·\d", after) or text[max(0, start - 2):start][-1:] == "·":
        return "date", "event named by month·day (6·9)"
    if _inside(start, quoted):
        return "name", "inside quotation marks or a title"
    if prev in nf["ordinal_before"] or after.startswith(tuple(nf["ordinal_after"])):
        return "ordinal", "ordinal (第…, …届, …周年)"
    if after.startswith(nf["decade_after"]):
        return "date", "decade (70年代)"
    if prev == nf["articles_before"] and after.startswith(nf["articles_after"]):
        return "name", "policy named by its number of articles (新36条)"
    is_year = re.match(r"\d{4}$", tok) and 1900 <= int(tok) <= 2100
    if is_year and pat["year_after"].match(after):
        return "date", "year"
    if pat["date_after"].match(after) and "." not in tok:
        if after.startswith("年") and not re.match(r"\d{4}$", tok):
            return "duration", "a number of years (a period, not a measured amount)"
        return "date", "date or period"
    if _YEAR_RANGE.match(after) and re.match(r"\d{4}$", tok):
        return "date", "year range"
    if re.match(r"[A-Za-z]", nxt) and re.match(r"[A-Za-z]级", after):
        return "grade", "grade such as 4A级"
    if nxt == "级" or after.startswith(tuple(nf["grade_after"])):
        return "grade", "grade or magnitude scale (…级)"
    if re.match(r"[A-Za-z]", prev) or re.match(r"[A-Za-z]", nxt):
        return "code", "part of a code or name with Latin letters (4G, PM2.5, M2)"
    if nxt in "°℃":
        return "name", "degrees in a name (30°街吧)"
    if after.startswith(nf["line_after"]):
        return "code", "line number of a metro or rail line (6号线)"
    if after.startswith(tuple(nf["name_after"])) \
            and not after.startswith(tuple(nf["name_after_except"])):
        return "name", "part of a name (世界500强)"
    if prev == "+" or nxt == "+":
        return "name", "formula-style name (1+3)"
    if pat["radius"].match(after + text[end + 4:end + 8]):
        return "name", "named service radius (10分钟服务圈)"
    return None


def _quantity(text: str, start: int) -> Quantity | None:
    pat = _patterns()
    # Look back for a qualifier written before the number.
    m = None
    for back in (2, 1, 0):
        if start - back < 0:
            continue
        cand = pat["quantity"].match(text, start - back)
        if cand and cand.start("num") == start and (back == 0 or cand.group("before")):
            m = cand
            break
    if m is None or (not m.group("unit") and not m.group("mag")):
        return None
    unit = (m.group("mag") or "") + (m.group("unit") or "")
    if not m.group("unit"):
        return None  # "3万" alone: a magnitude with no unit is not a stated quantity
    value = float(m.group("num").replace(",", ""))
    high = float(m.group("num2").replace(",", "")) if m.group("num2") else None
    end = m.end()
    after = m.group("after") or ""
    # A range written with the unit twice: "6.5%－7%", "5.0%—5.5%".
    if high is None and m.group("unit") in ("%", "个百分点"):
        r = re.match(r"[-－—~～至到](\d+(?:\.\d+)?)(%|个百分点)(左右|以上|以内)?", text[end:])
        if r and not after:
            high, end, after = float(r.group(1)), end + r.end(), r.group(3) or ""
    dim = _patterns()["unit_dim"][m.group("unit")]  # type: ignore[index]
    return Quantity(m.start(), end, value, high, unit, dim, m.group("before") or "",
                    m.group("approx") or "", after)


def _cn_quantities(text: str, sentence: Sentence, quoted: list[tuple[int, int]]) -> list[Token]:
    out = []
    for m in _patterns()["cn_quantity"].finditer(text, sentence.start, sentence.end):
        if _inside(m.start(), quoted) or text[m.start() - 1:m.start()] == "第":
            continue
        if m.group("pct"):
            value, unit, s, e = cn_int(m.group("pctnum")), "%", m.start(), m.end()
            after = re.match(r"左右|以上|以内", text[e:])
            if after:
                e += after.end()
            q = Quantity(s, e, float(value), None, unit, "percent", "", "",
                         after.group(0) if after else "")
        else:
            try:
                value = cn_int(m.group("cnnum"))
            except ValueError:
                continue
            unit = m.group("cnunit")
            dim = "percent" if unit == "个百分点" else "count"
            q = Quantity(m.start(), m.end(), float(value), None, unit, dim, "", "", "")
        out.append(Token(m.start(), m.end(), text[m.start():m.end()], float(value), sentence,
                         "figure", "Chinese-numeral quantity", q))
    return out


def _numbers_in(text: str, start: int, end: int, line_starts: set[int]) -> list[re.Match[str]]:
    """Digit runs in [start, end); a list number glued to a year ("14.2025年") is two."""
    number = _patterns()["number"]
    out: list[re.Match[str]] = []
    pos = start
    while (m := number.search(text, pos, end)) is not None:
        glued = re.compile(r"\d{1,2}(?=\.\d{4}年)")
        g = glued.match(text, m.start(), end) if m.start() in line_starts else None
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
    text = st.text
    quoted = _quoted_spans(text)
    line_starts = {p.start for p in st.paragraphs}
    tokens: list[Token] = []
    for sentence in st.sentences:
        covered_until = -1
        for m in _numbers_in(text, sentence.start, sentence.end, line_starts):
            s, e = m.start(), m.end()
            value = float(m.group(0).replace(",", ""))
            if s < covered_until:
                tokens.append(Token(s, e, m.group(0), value, sentence, "range_end",
                                    "upper end of a range stated by the figure before it"))
                continue
            nf = _non_figure(text, s, e, quoted, s in line_starts)
            if nf:
                tokens.append(Token(s, e, m.group(0), value, sentence, *nf))
                continue
            q = _quantity(text, s)
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
            if q.dimension == "time":
                tokens.append(Token(s, e, m.group(0), value, sentence, "duration",
                                    f"a span of time ({q.unit}), not a measured amount", q))
                continue
            covered_until = q.end
            tokens.append(Token(s, e, m.group(0), value, sentence, "figure", "quantity", q))
        tokens.extend(_cn_quantities(text, sentence, quoted))
    tokens.sort(key=lambda t: t.start)
    return tokens
