"""Targets of year N set beside the outcomes the same government reports a year later.

``pair_outcomes(tables)`` takes the tables of several reports extracted together and
returns ``outcomes`` (one row per target of year N whose report of year N+1 is among
them; its columns are ``DERIVED["outcomes"]``). Governments are matched on the
``government`` column of ``reports`` (read from the text), through
``metadata.government_key``, never on file names. The verdicts are
``extract.judge.verdict``'s (the methods page's rules); where the next text is a news
summary of its report (``reports.csv`` summary), an unclear verdict's rule says so: the
report may state what its summary left out.

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

import pandas as pd
import pyarrow as pa

from workreport.extract.admitted import admitted_codes
from workreport.extract.codes import codes, english, other_area
from workreport.extract.judge import LEVEL_TOLERANCE, RATE_TOLERANCE, VERDICTS, to_base, verdict
from workreport.extract.metadata import government_key
from workreport.literal import missing
from workreport.schema import _DTYPES, DERIVED

__all__ = ["COLUMNS", "LEVEL_TOLERANCE", "RATE_TOLERANCE", "VERDICTS", "heads",
           "multi_year_reviews", "one_year", "outcome_rows", "outcomes_frame", "pair_outcomes",
           "paragraph_leads",
           "to_base", "verdict"]

# A sentence setting or reporting a figure over several years (年均, the five-year plans)
# is not the target or outcome of one year.
_MULTI_YEAR = re.compile(r"年均|五年|十[一二三四五]五")
_CLAUSE_BREAK = re.compile(r"[，,；;。：:]")


def multi_year_reviews(sections) -> set[str]:
    """The report ids whose review part spans several years: ``sections`` rows (or
    tuples) of report_id, role, part_title, a review part titled with 五年, 年均 or a
    five-year plan ("“十三五”时期经济社会发展回顾")."""
    return {rid for rid, role, title in sections
            if role == "review" and isinstance(title, str) and _MULTI_YEAR.search(title)}


def one_year(sentence, head, measure, year: int, multi_year_review: bool = False,
             lead: str = "") -> bool:
    """Whether a figure states ``year``'s own figure of the government's own area, given
    its ``sentence``, the sentence up to the figure (``head``: ``heads``) and its
    ``measure``. Not a sentence spanning several years (年均, 五年, 十三五 …), save the level
    it reaches in a clause of its own (``_reached``: 从2015年的87.55亿元增长到118.32亿元); in a
    report whose review part covers several years (``multi_year_reviews``), only one
    naming the year (2020年, 去年, 过去一年), or framed by the sentences of its paragraph
    before it (``lead``: ``paragraph_leads``) naming it last ("刚刚过去的2020年，是…的一年。
    一年来，…。全县一般公共预算收入7.04亿元": Laishui 2021, session 71 tester item 2) — such a
    review states the last year's figures only where it names it; no change over several
    years (``_over_years``: 累计增长, 比2015年增长); and no figure of a zone, park, township
    or new area (``codes.other_area``: "开发区营业收入增长65.8%，…，实际利用外资增长91.6%" is
    the zone's).

    The one rule for a single year's figure, shared by pairing and ``series``.
    """
    if not isinstance(sentence, str):
        return False
    head = head if isinstance(head, str) else ""
    if _reached(sentence, head, measure, year) and (
            not multi_year_review or _MULTI_YEAR.search(sentence) or _BASE_YEAR.search(sentence)):
        return not other_area(head)  # a span's end: its sentence states the span
    if _MULTI_YEAR.search(sentence):
        return False
    if multi_year_review and re.search(rf"{year}年|去年|过去一年", sentence) is None \
            and not (_frame(sentence, year) is None and _frame(lead, year) is True):
        return False
    return not other_area(head) and not _over_years(measure, _CLAUSE_BREAK.split(head)[-1],
                                                    year)


_BASE_YEAR = re.compile(r"(?:比|较|从|由)(\d{4})年")
# The end of a change or a level reached: "从2015年的87.55亿元增长到", "分别达到29508元、";
# 和 joins the last two figures of 分别 ("分别达到30670元和12945元").
_REACHED = re.compile(r"(?:到|达)(?:[\d.]+[^\d，,；;。：:、和]{0,4}、)*$")
_REACHED_BOTH = re.compile(
    r"分别[^，,；;。：:]*(?:到|达)(?:[\d.]+[^\d，,；;。：:、和]{0,4}[、和])*$")
# What frames a year in a paragraph: a year (not a base, 比2015年; not a start, 2016年以来),
# the last year (去年, 过去的一年, 一年来), or a span of several (五年, 十三五, 年均, 以来).
_FRAME = re.compile(r"(?<![比较从由\d])(\d{4})年(?!以来|来)|去年|过去的?一年|一年来"
                    r"|年均|五年|十[一二三四五]五|以来|多年")


def _frame(text: str, year: int) -> bool | None:
    """Whether the last time frame ``text`` names (``_FRAME``) is ``year`` (True), another
    year or a span (False), or None when it names none."""
    frames = list(_FRAME.finditer(text or ""))
    if not frames:
        return None
    last = frames[-1]
    if last[1] is None:
        return last[0] in ("去年", "过去一年", "过去的一年", "一年来")
    return int(last[1]) == year


def paragraph_leads(sentences) -> dict[tuple[str, int], str]:
    """Each sentence's paragraph before it: ``sentences`` rows (or tuples) of report_id,
    sentence_index, paragraph, text, keyed (report_id, sentence_index) → the texts of the
    same paragraph's earlier sentences, joined ("" for a paragraph's first), for
    ``one_year``'s ``lead``."""
    out, last, lead = {}, None, ""
    for rid, idx, para, text in sorted(sentences, key=lambda r: (r[0], int(r[1]))):
        lead = lead if (rid, para) == last else ""
        out[rid, int(idx)] = lead
        lead, last = lead + (text if isinstance(text, str) else ""), (rid, para)
    return out
_BASE_OR_YEAR = re.compile(r"(?:比|较|从|由)?(\d{4})年")
# A sentence opening with a span frames its totals ("“十三五”时期，民生投入达到140亿元").
_SPAN_OPENING = re.compile(r"年均|五年|十[一二三四五]五|以来|来$|期间|时期")


def _reached(sentence: str, head: str, measure, year: int) -> bool:
    """A level a span ends at, in a sentence that also states a rate over it (session 70,
    tester 70 item 4: "全县生产总值从2015年的87.55亿元增长到118.32亿元，年均增长5.02%" gives
    118.32亿元 as the last year's level, though its 年均 rate is no one year's): the figure's
    clause (between ，；。：) ends with 到 or 达(到) before it (after 分别, the figures may
    be joined by 和: "分别达到30670元和12945元", session 71 tester item 2), names no span or
    total itself (年均, 五年, 十三五, 累计) and no year but ``year`` save a base (从2015年),
    in a sentence not opening with a span ("“十三五”时期，民生投入达到140亿元",
    "五年来，…"). It states the reviewed year's level; a review of several years need not
    name the year where the sentence states the span (年均, 从2015年), and a level alone
    there ("民生支出达到60多亿元") may be its total."""
    clause = _CLAUSE_BREAK.split(head)[-1]
    whole = clause + _CLAUSE_BREAK.split(sentence[len(head):])[0]
    opening = _CLAUSE_BREAK.split(head)[0] if len(clause) < len(head) else ""
    reached = _REACHED.search(clause) or _REACHED_BOTH.search(clause)
    return measure == "level" and reached is not None \
        and not _SPAN_OPENING.search(opening) \
        and not _MULTI_YEAR.search(whole) and "累计" not in whole \
        and all(m[0][0] in "比较从由" or int(m[1]) == year
                for m in _BASE_OR_YEAR.finditer(whole))


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


# The indicators columns pairing reads; a caller may pass frames holding only these.
COLUMNS = {"reports": ("report_id", "government", "report_year", "summary"),
           "sections": ("report_id", "section", "role", "part_title"),
           "sentences": ("report_id", "sentence_index", "start", "paragraph", "text"),
           "indicators": ("report_id", "section", "sentence_index", "start", "sentence",
                          "indicator_code", "measure", "kind", "year", "value",
                          "value_high", "unit", "qualifier", "figure_id", "indicator")}
_Fig = namedtuple("_Fig", [*COLUMNS["indicators"], "head", "clause", "lead"])


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
    number (``head``), the last clause of that (``clause``) and its paragraph before its
    sentence (``lead``: ``paragraph_leads``)."""
    rows = [r for r in _rows(sentences, "sentences") if r[0] in paired]
    starts = {(rid, i): s for rid, i, s, *_ in rows}
    leads = paragraph_leads((rid, i, p, t) for rid, i, _, p, t in rows)
    out = []
    for r in _rows(ind, "indicators"):
        if r[0] not in paired:
            continue
        s0 = starts.get((r[0], r[2]))
        head = r[4][: max(0, r[3] - s0)] if s0 is not None else ""
        out.append(_Fig(*r, head, _CLAUSE_BREAK.split(head)[-1], leads.get((r[0], r[2]), "")))
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
            and one_year(f.sentence, f.head, f.measure, year, multi_year_review, f.lead)]


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
    admits = admitted_codes((r[0], r[4]) for r in _rows(tables["sentences"], "sentences")
                            if r[0] in {later[0] for *_, later in pairs})
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
                                None if o is None else o.unit, oqual or "", t.indicator_code,
                                later_id in summaries)
            if o is None and (words := admits.get((later_id, t.indicator_code))):
                met, rule = "fell short", (f"{rule.split('; unclear')[0]}; fell short: the "
                                           f"next report says so in words, no figure: {words}")
            rows.append({
                "government": government, "year": year,
                "indicator_code": t.indicator_code, "indicator": t.indicator,
                "indicator_en": english(t.indicator_code), "measure": t.measure,
                "target_report_id": this_id,
                "target_figure_id": t.figure_id, "target_value": t.value,
                "target_value_high": t.value_high, "target_unit": t.unit,
                "target_qualifier": "|".join(dict.fromkeys(  # 力争 read by figures (s73)
                    q for q in (*qual.split("|"), "力争" if stretch else "") if q)) or None,
                "outcome_report_id": later_id,
                "outcome_figure_id": None if o is None else o.figure_id,
                "outcome_value": None if o is None else o.value,
                "outcome_unit": None if o is None else o.unit,
                "outcome_qualifier": oqual,
                "met": met, "rule": rule,
            })
    return rows
