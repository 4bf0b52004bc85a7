"""Targets of year N set beside the outcomes the same government reports a year later.

``pair_outcomes(tables)`` takes the tables of several reports extracted together and
returns ``outcomes`` (one row per target of year N whose report of year N+1 is among
them; its columns are ``DERIVED["outcomes"]``). Governments are matched on the
``government`` column of ``reports`` (read from the text), through
``metadata.government_key``, never on file names. The verdict rules (``verdict``) are
the methods page's:

- a range (6.5%－7%): met when the outcome lies inside it;
- 左右/上下/约 (about): within ±0.5 percentage points for a rate (a unit of the percent
  dimension), within ±5% of the target for a level — the half-width of a figure rounded
  to two significant digits (1000 ± 50), which is how an "about" level is written;
- 以内/以下/之内, 控制在, 不超过, 不高于, 低于, 小于 (at most): the outcome does not exceed it;
- 以上/不低于/不少于/至少/超过/突破/高于 (at least), and a target with no qualifier: the
  outcome reaches it; the target's own qualifier decides before a word of its clause, and a
  negated bound is read whole (不超过 is at most, not 超过);
- a decrease (下降3.4%以上, value −3.4) is judged on its size: "at least" a 3.4% fall is
  met by −3.6 and missed by −3.0;
- no outcome stated, or one only in another unit (斤 against 吨, % against 个百分点):
  ``unclear``; where the next text is a news summary of its report (``reports.csv``
  summary), the rule says so: the report may state what its summary left out.

Only a government's own figures are paired: a figure its sentence gives to a zone, park,
township or new area (``codes.other_area``: "开发区营业收入增长65.8%，…，实际利用外资增长
91.6%") is neither a target nor an outcome of the government's indicator (顺平 2022's
foreign-investment target was judged on its development zone's growth).

A target prefixed by 力争 (a stretch goal beside the expected one) is its own row, its
``target_qualifier`` carrying 力争, and is judged separately. An outcome the next report
gives as an estimate keeps 预计 in ``outcome_qualifier`` and in the rule.
"""

from __future__ import annotations

import re
from collections import namedtuple
from functools import cache

import pandas as pd
import pyarrow as pa

from workreport.extract.codes import codes, other_area
from workreport.extract.metadata import government_key
from workreport.extract.units import unit_names
from workreport.literal import missing
from workreport.schema import _DTYPES, DERIVED
from workreport.vocab import load

__all__ = ["COLUMNS", "heads", "multi_year_reviews", "one_year", "outcome_rows",
           "outcomes_frame", "pair_outcomes", "to_base", "verdict"]

# A sentence setting or reporting a figure over several years (年均, the five-year plans)
# is not the target or outcome of one year.
_MULTI_YEAR = re.compile(r"年均|五年|十[一二三四五]五")
_CLAUSE_BREAK = re.compile(r"[，,；;。：:]")
# Bound words, in the target's qualifier column (its own: 左右, 以上, 不超过, 低于 …) or in
# its clause before the number (控制在, 不低于 …). A qualifier's side is the ``bound`` that
# vocab/english.yml gives it (``_qualifier_sides``), the one list prose reads too; of two, the
# first decides, as in prose (突破|以上). In the clause only the verbs of a bound count
# (``_CLAUSE_BOUNDS``, read longest first so that a negated bound is one word: 不超过 and
# 不高于 are at most, never 超过/高于; session 64: "不高于5%" was judged as at least): 以上
# there also spells 规模以上, 超 spells 超额.
_SIDES = {"about": "about", "above": "at_least", "below": "at_most"}
_NO_SIDE = frozenset({"近"})
_CLAUSE_BOUNDS = ("控制在", "不超过", "不高于", "低于", "小于", "不低于", "不少于", "至少", "高于")
_CLAUSE_BOUND = re.compile("|".join(sorted(_CLAUSE_BOUNDS, key=len, reverse=True)))
RATE_TOLERANCE = 0.5   # percentage points, for 左右 on a rate
LEVEL_TOLERANCE = 0.05  # share of the target, for 左右 on a level


@cache
def _qualifier_sides() -> dict[str, str]:
    """Each recorded qualifier's side of its number (about, at_least or at_most), from its
    ``bound`` in vocab/english.yml; 控制在, a clause's verb and no qualifier, is at most. 近
    (nearly) puts a stated value just under its number, but a target of 近N is not met by
    staying under N: it states no side (``_NO_SIDE``) and reads as a bare target."""
    return {"控制在": "at_most", **{q: _SIDES[e["bound"]]
                                   for q, e in load("english")["qualifiers"].items()
                                   if e.get("bound") and q not in _NO_SIDE}}


@cache
def _magnitudes() -> tuple[tuple[str, float], ...]:
    mags = load("units")["magnitudes"]
    # float(): PyYAML reads "1.0e12" (no sign in the exponent) as a string.
    return tuple(sorted(((k, float(v)) for k, v in mags.items()), key=lambda kv: -len(kv[0])))


@cache
def _percent_units() -> frozenset[str]:
    return frozenset(unit_names("percent"))


@cache
def _units() -> frozenset[str]:
    return frozenset(unit_names())


def to_base(value: float, unit: str) -> tuple[float, str]:
    """A value in its unit without the magnitude: (1.3, "万亿斤") → (1.3e12, "斤").

    Magnitudes are those of ``vocab/units.yml``, peeled only where a unit of that file
    follows (百分点 and 千瓦时 are units of their own); a bare magnitude stays as it is.
    """
    if unit in _units():
        return value, unit
    for prefix, factor in _magnitudes():
        if unit.startswith(prefix) and unit[len(prefix):] in _units():
            return value * factor, unit[len(prefix):]
    return value, unit


def multi_year_reviews(sections) -> set[str]:
    """The report ids whose review part spans several years: ``sections`` rows (or
    tuples) of report_id, role, part_title, a review part titled with 五年, 年均 or a
    five-year plan ("“十三五”时期经济社会发展回顾")."""
    return {rid for rid, role, title in sections
            if role == "review" and isinstance(title, str) and _MULTI_YEAR.search(title)}


def one_year(sentence, head, measure, year: int, multi_year_review: bool = False) -> bool:
    """Whether a figure states ``year``'s own figure of the government's own area, given
    its ``sentence``, the sentence up to the figure (``head``: ``heads``) and its
    ``measure``. Not a sentence spanning several years (年均, 五年, 十三五 …); in a
    report whose review part covers several years (``multi_year_reviews``), only one
    naming the year (2020年, 去年, 过去一年) — such a review states the last year's figures
    only where it names it; no change over several years (``_over_years``: 累计增长, 比2015年
    增长); and no figure of a zone, park, township or new area (``codes.other_area``:
    "开发区营业收入增长65.8%，…，实际利用外资增长91.6%" is the zone's).

    The one rule for a single year's figure, shared by pairing and ``series``.
    """
    if not isinstance(sentence, str) or _MULTI_YEAR.search(sentence):
        return False
    if multi_year_review and re.search(rf"{year}年|去年|过去一年", sentence) is None:
        return False
    head = head if isinstance(head, str) else ""
    return not other_area(head) and not _over_years(measure, _CLAUSE_BREAK.split(head)[-1],
                                                    year)


_BASE_YEAR = re.compile(r"(?:比|较|从|由)(\d{4})年")


def _over_years(measure, clause: str, year: int) -> bool:
    """A change over several years, stated in a one-year review: its ``clause`` (the
    figure's, up to the number) says 累计 ("从2015年的56.1亿元增长到2020年的77.2亿元，累计增长
    44.44%") or compares with a year before the last ("分别比2005年增长97%和67%"), so it is
    no change of ``year``'s."""
    return measure == "change" and (
        "累计" in clause or any(int(y) < year - 1 for y in _BASE_YEAR.findall(clause)))


def heads(indicators: pd.DataFrame) -> list[str]:
    """Each figure's sentence up to its quote, in the order of ``indicators`` (columns
    report_id, sentence_index, sentence, quote, start), for ``one_year`` where no
    sentences table is at hand (``series``).

    The figures of one sentence lie at the distances their ``start`` offsets give; the
    sentence's own offset is the one placing every quote of the sentence where the text
    has it (the first such, for a quote repeated in step with the others). A sentence
    holding none of its quotes gives "" (nothing before the figure is known).
    """
    out: dict = {}
    for _key, g in indicators.groupby(["report_id", "sentence_index"], sort=False):
        sentence = g["sentence"].iloc[0]
        figs = sorted(zip(g["start"].astype(int), g["quote"], g.index, strict=True))
        offsets = (figs[0][0] - p for p in _finds(sentence, figs[0][1]))
        at = next((o for o in offsets
                   if all(sentence[s - o:s - o + len(q)] == q for s, q, _ in figs)), None)
        for s, _, i in figs:
            out[i] = "" if at is None else sentence[:s - at]
    return [out[i] for i in indicators.index]


def _finds(text: str, part: str) -> list[int]:
    """Every offset of ``part`` in ``text``."""
    return [m.start() for m in re.finditer(f"(?={re.escape(part)})", text)] if part else []


def _kind_of_target(qualifier: str, clause: str, value_high: float | None) -> tuple[str, bool]:
    """(range | about | at_most | at_least, whether a word says so) from the target's
    qualifier column first (左右, 以上, 不超过 …: the figure's own, its first bound deciding),
    then the bound word of its clause nearest before the number (控制在, 不低于 …;
    ``_CLAUSE_BOUND``: negated bounds read whole)."""
    if value_high is not None and not pd.isna(value_high):
        return "range", True
    sides = _qualifier_sides()
    own = [sides[w] for w in qualifier.split("|") if w in sides]
    if "about" in own:
        return "about", True
    if own:
        return own[0], True
    if clause_bounds := _CLAUSE_BOUND.findall(clause):
        return sides[clause_bounds[-1]], True
    return "at_least", False


def verdict(value: float, value_high: float | None, unit: str, qualifier: str, clause: str,
            outcome: float | None, outcome_unit: str | None,
            outcome_qualifier: str = "", summary: bool = False) -> tuple[str, str]:
    """(met | missed | unclear, the rule applied in words) for one target and its outcome.
    ``summary``: the next text is a news summary of the next report (``reports.csv``
    summary), so an outcome it does not state may be the summary's omission (session 69).

    ``qualifier`` is the target's qualifier column (左右, 以上 …), ``clause`` the words of
    its clause before the number (控制在, 不低于 …); values are signed (negative for 下降)
    and compared after their magnitudes are applied (1.3万亿斤 = 13000亿斤).
    """
    kind, stated = _kind_of_target(qualifier or "", clause or "", value_high)
    tv, tbase = to_base(value, unit)
    rate = tbase in _percent_units()
    sign = -1.0 if tv < 0 else 1.0  # a decrease is judged on its size
    rule = {"range": "range: met inside it",
            "about": "about (左右): met within ±0.5 percentage points" if rate
            else "about (左右): met within ±5% of the target level",
            "at_most": "at most (以内/控制在): met when not above it",
            "at_least": "at least (以上/不低于): met when reached" if stated
            else "no qualifier, read as at least: met when reached"}[kind]
    if sign < 0 and kind in ("at_most", "at_least"):
        rule += ", judged on the size of the decrease"
    # The rule always says how the target was read, an unclear verdict too.
    if outcome is None or pd.isna(outcome):
        if summary:
            return "unclear", (f"{rule}; unclear: no outcome stated in the next text, a news "
                               "summary of the report that keeps only some of its figures")
        return "unclear", f"{rule}; unclear: no outcome stated in the next report"
    ov, obase = to_base(outcome, outcome_unit or "")
    if tbase != obase:
        return "unclear", f"{rule}; unclear: the outcome is in {outcome_unit}, the target in {unit}"
    if kind == "range":
        lo, hi = sorted((tv, to_base(value_high, unit)[0]))
        ok = lo - 1e-9 <= ov <= hi + 1e-9
    elif kind == "about":
        ok = abs(ov - tv) <= (RATE_TOLERANCE if rate else LEVEL_TOLERANCE * abs(tv)) + 1e-9
    elif kind == "at_most":
        ok = sign * ov <= sign * tv + 1e-9
    else:
        ok = sign * ov >= sign * tv - 1e-9
    if "预计" in (outcome_qualifier or ""):
        rule += " (the outcome is an estimate, 预计)"
    return ("met" if ok else "missed"), rule


# The indicators columns pairing reads; a caller may pass frames holding only these.
COLUMNS = {"reports": ("report_id", "government", "report_year", "summary"),
           "sections": ("report_id", "section", "role", "part_title"),
           "sentences": ("report_id", "sentence_index", "start"),
           "indicators": ("report_id", "section", "sentence_index", "start", "sentence",
                          "indicator_code", "measure", "kind", "year", "value",
                          "value_high", "unit", "qualifier", "figure_id")}
_Fig = namedtuple("_Fig", [*COLUMNS["indicators"], "head", "clause"])


Table = pd.DataFrame | pa.Table


def _rows(table: Table, name: str) -> list[tuple]:
    """The ``COLUMNS[name]`` of a pandas or Arrow table as tuples (null is ``None``):
    pairing looks at a few hundred figures per report, where pandas' per-call overhead
    would dominate."""
    cols = COLUMNS[name]
    if isinstance(table, pa.Table):
        return list(zip(*(table.column(c).to_pylist() for c in cols), strict=True))
    return list(zip(*([None if missing(v) else v for v in table[c].tolist()] for c in cols),
                    strict=True))


def _figures(ind: Table, sentences: Table, paired: set[str]) -> list[_Fig]:
    """Each figure of the ``paired`` reports as a record, with its sentence up to the
    number (``head``) and the last clause of that (``clause``)."""
    starts = {(rid, i): s for rid, i, s in _rows(sentences, "sentences") if rid in paired}
    out = []
    for r in _rows(ind, "indicators"):
        if r[0] not in paired:
            continue
        s0 = starts.get((r[0], r[2]))
        head = r[4][: max(0, r[3] - s0)] if s0 is not None else ""
        out.append(_Fig(*r, head, _CLAUSE_BREAK.split(head)[-1]))
    return out


def _judgeable(figs: list[_Fig], kind: str, year: int,
               multi_year_review: bool = False) -> list[_Fig]:
    """Figures of ``kind`` for ``year`` (or undated) with a code, in a measure the code's
    family allows, stating one year of the government's own area (``one_year``)."""
    known = codes()
    return [f for f in figs
            if f.kind == kind and isinstance(f.indicator_code, str)
            and f.indicator_code in known and f.measure in known[f.indicator_code].measures
            and (missing(f.year) or f.year == year)
            and one_year(f.sentence, f.head, f.measure, year, multi_year_review)]


def _targets(figs: list[_Fig], year: int) -> list[tuple[_Fig, bool]]:
    """One year's targets with a code, one per (code, measure, stretch), the first stated;
    each with whether it is a stretch goal (力争)."""
    seen, out = set(), []
    for f in _judgeable(figs, "target", year):
        stretch = "力争" in f.clause
        if (f.indicator_code, f.measure, stretch) not in seen:
            seen.add((f.indicator_code, f.measure, stretch))
            out.append((f, stretch))
    return out


def _outcome(by_code: dict[str, list[_Fig]], code: str, measure: str,
             unit: str) -> _Fig | None:
    """The first actual figure of ``code`` and ``measure``, in the target's unit if any is."""
    alike = codes()[code].same_measure
    measures = alike if measure in alike else {measure}
    rows = [f for f in by_code.get(code, ()) if f.measure in measures]
    if not rows:
        return None
    base = to_base(1.0, unit)[1]
    return next((f for f in rows if to_base(1.0, f.unit)[1] == base), rows[0])


def _outcome_qualifier(o: _Fig | None) -> str | None:
    """The outcome's qualifiers, with 预计 where its sentence estimates (初步预计，…)."""
    if o is None:
        return None
    words = [] if missing(o.qualifier) else [w for w in str(o.qualifier).split("|") if w]
    if "预计" in o.head and "预计" not in words:
        words.insert(0, "预计")
    return "|".join(words) or None


def pair_outcomes(tables: dict[str, Table]) -> pd.DataFrame:
    """The ``outcomes`` table of ``tables`` (reports, indicators, sentences, sections, as
    pandas or Arrow; only the ``COLUMNS`` of each are read).

    Empty (with its columns) when no government has reports of consecutive years.
    """
    return outcomes_frame(outcome_rows(tables))


def outcomes_frame(rows: list[dict]) -> pd.DataFrame:
    """Rows of ``outcome_rows`` as the ``outcomes`` table, with the schema's dtypes."""
    fields = DERIVED["outcomes"][1]
    df = pd.DataFrame(rows, columns=[f[0] for f in fields])
    return df.astype({f[0]: _DTYPES[f[1]] for f in fields})


def outcome_rows(tables: dict[str, Table]) -> list[dict]:
    """The rows of ``pair_outcomes``, one dict per target, before they become a frame."""
    by_year: dict[tuple[str, int], list] = {}
    reports = _rows(tables["reports"], "reports")
    summaries = {rid for rid, *_, summary in reports if summary}
    for rid, gov, year, _ in reports:
        key = government_key(gov)
        if key and year is not None:
            by_year.setdefault((key, int(year)), []).append((rid, gov))
    pairs = [(key, year, found[0], by_year[key, year + 1][0])
             for (key, year), found in sorted(by_year.items()) if (key, year + 1) in by_year]
    paired = {r[0] for *_, this, later in pairs for r in (this, later)}
    by_report: dict[str, list[_Fig]] = {rid: [] for rid in paired}
    for f in _figures(tables["indicators"], tables["sentences"], paired):
        by_report[f.report_id].append(f)
    sections = _rows(tables["sections"], "sections")
    review = {(rid, section) for rid, section, role, _ in sections if role == "review"}
    multi_year = multi_year_reviews((rid, role, title) for rid, _, role, title in sections)
    rows = []
    for _key, year, (this_id, government), (later_id, _) in pairs:
        targets = _targets(by_report[this_id], year)
        actual = _judgeable(by_report[later_id], "actual", year, later_id in multi_year)
        # The review part's figure first: a later mention may be a comparison.
        first = [(f.report_id, f.section) in review for f in actual]
        by_code: dict[str, list[_Fig]] = {}
        for f in [f for f, x in zip(actual, first, strict=True) if x] + \
                 [f for f, x in zip(actual, first, strict=True) if not x]:
            by_code.setdefault(f.indicator_code, []).append(f)
        for t, stretch in targets:
            o = _outcome(by_code, t.indicator_code, t.measure, t.unit)
            oqual = _outcome_qualifier(o)
            qual = "" if missing(t.qualifier) else t.qualifier
            met, rule = verdict(t.value, t.value_high, t.unit, qual, t.clause,
                                None if o is None else o.value,
                                None if o is None else o.unit, oqual or "",
                                later_id in summaries)
            rows.append({
                "government": government, "year": year,
                "indicator_code": t.indicator_code, "measure": t.measure,
                "target_figure_id": t.figure_id, "target_value": t.value,
                "target_value_high": t.value_high, "target_unit": t.unit,
                "target_qualifier": "|".join(q for q in (qual, "力争" if stretch else "")
                                             if q) or None,
                "outcome_report_id": later_id,
                "outcome_figure_id": None if o is None else o.figure_id,
                "outcome_value": None if o is None else o.value,
                "outcome_unit": None if o is None else o.unit,
                "outcome_qualifier": oqual,
                "met": met, "rule": rule,
            })
    return rows
