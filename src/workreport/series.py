"""One government over the years, and one year down the levels: the series chapters.

The notebooks ``outcomes.ipynb`` ("Targets and outcomes"), ``series.ipynb`` ("Over the
years") and ``cascade.ipynb`` ("Target cascade") call these functions and show what they
return; nothing here types a number. Governments are the ``government_key`` of the
government read from each report's text (extract/metadata.py), never a file name.

- ``governments``: the governments with two or more reports in the tables.
- ``outcome_rows``: a government's targets against what the next report says happened
  (``outcomes.csv``); ``bands`` (the band each verdict rule accepts) and
  ``chart_outcomes`` (the band against the outcome by year) are ``outcomechart``'s.
- ``over_the_years``: headline indicators' levels and growth in each year a report
  reviews; a missing year is a row of gaps, never interpolated; ``chart_series``.
- ``cascade``: one year's targets of the same indicator at each level of government and
  the step from the level above.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from workreport.areas import Chain, area
from workreport.areas import chains as area_chains
from workreport.changewords import fall_told, told_by_label
from workreport.english import axis_unit, number, qualifier_en
from workreport.errors import MissingInput
from workreport.extract.codes import codes, english
from workreport.extract.judge import to_base
from workreport.extract.metadata import government_key
from workreport.extract.outcomes import heads, multi_year_reviews, one_year, paragraph_leads
from workreport.extract.units import unit_dimension
from workreport.literal import missing
from workreport.outcomechart import bands, chart_outcomes
from workreport.prose import quantity
from workreport.schema import DERIVED, read_table
from workreport.serieschart import chart_caption, chart_key, chart_series

__all__ = ["HEADLINE", "LEVEL_ORDER", "bands", "cascade", "cascade_left_out", "cascade_of",
           "chains", "chart_caption", "chart_key", "chart_outcomes", "chart_series", "governments",
           "leads_cascade", "load_outcomes", "outcome_rows", "over_the_years", "series_of", "wide"]

#: The indicators the "Over the years" chapter follows, in the order it shows them.
HEADLINE = ("gdp", "general_budget_revenue", "industrial_value_added_above_scale",
            "fixed_asset_investment", "retail_sales", "disposable_income",
            "urban_disposable_income", "rural_disposable_income", "cpi",
            "surveyed_unemployment_rate", "registered_unemployment_rate", "new_urban_jobs")
#: Levels of government from the top; the cascade steps down them (a county and a
#: district are the same step, under a city).
LEVEL_ORDER = ("national", "provincial", "municipal", "district", "county")


def _code(s: pd.Series) -> pd.Series:
    return s.astype("string").fillna("")


def load_outcomes(data_dir: str | Path) -> pd.DataFrame:
    """``outcomes.csv`` of ``data_dir``, or an empty table with its columns when the
    extraction held no consecutive years (the file is then not written)."""
    try:
        return read_table(data_dir, "outcomes")
    except MissingInput:
        return pd.DataFrame({f[0]: pd.Series(dtype="object") for f in DERIVED["outcomes"][1]})


def governments(reports: pd.DataFrame) -> pd.DataFrame:
    """Governments with two or more reports: key, government (as its latest report names
    it), government_en, level, report_ids (oldest first), years (report years).

    Reports without a government or a year read are left out.
    """
    r = _keyed(reports)
    r = r[(r["key"] != "") & r["year"].notna()].sort_values(["key", "year", "report_id"])
    rows = []
    for key, g in r.groupby("key", sort=True):
        if len(g) < 2:
            continue
        last = g.iloc[-1]
        rows.append({"key": key, "government": last["government"],
                     "government_en": last.get("government_en", ""),
                     "level": last.get("level", ""), "report_ids": list(g["report_id"]),
                     "years": [int(y) for y in g["year"]]})
    return pd.DataFrame(rows, columns=["key", "government", "government_en", "level",
                                       "report_ids", "years"])


def _keyed(reports: pd.DataFrame) -> pd.DataFrame:
    return reports.assign(
        key=reports["government"].astype("string").fillna("").map(government_key),
        year=pd.to_numeric(reports["report_year"], errors="coerce"))


def series_of(reports: pd.DataFrame, report_id: str) -> list[str]:
    """The reports of ``report_id``'s government (itself included), oldest first; [] when
    no government or year was read for it. For a chapter registry: the reports a series
    chapter reads."""
    r = _keyed(reports)
    me = r[r["report_id"] == report_id]
    if me.empty or me.iloc[0]["key"] == "" or pd.isna(me.iloc[0]["year"]):
        return []
    same = r[(r["key"] == me.iloc[0]["key"]) & r["year"].notna()]
    return list(same.sort_values(["year", "report_id"])["report_id"])


def chains(reports: pd.DataFrame, year: float | None = None) -> dict[str, Chain]:
    """The cascade chain (``areas.chains``) of every report with a year and a level of
    ``LEVEL_ORDER``, among the reports of its year, placed once; only ``year``'s when given.
    For ``book.homes``, which reads every report's chain (session 68)."""
    r = _keyed(reports)
    r = r[r["year"].notna() & r["level"].isin(LEVEL_ORDER)]
    if year is not None:
        r = r[r["year"] == year]
    return {rid: chain for _, same in r.groupby("year", sort=False)
            for rid, chain in area_chains(
                {str(row["report_id"]): area(row) for row in same.to_dict("records")}).items()}


def _chain(reports: pd.DataFrame, report_id: str) -> Chain:
    """``report_id``'s chain among its year's reports; an empty ``Chain`` without its year
    or a level of ``LEVEL_ORDER``."""
    year = pd.to_numeric(reports.loc[reports["report_id"] == report_id, "report_year"],
                         errors="coerce")
    if year.empty or pd.isna(year.iloc[0]):
        return Chain()
    return chains(reports, year.iloc[0]).get(report_id, Chain())


def cascade_of(reports: pd.DataFrame, report_id: str) -> list[str]:
    """``report_id`` and the reports of its year above it, top level first: each
    government under the one before (``areas.within``: the State Council, a province, a
    city of that province, a county or district of that city), one per level (the first
    in the table). A report of the year outside that chain is left out (Nanjing beside
    Hebei and Qingyuan: session 67, tester). [] when the report or its year is unknown."""
    return list(_chain(reports, report_id).members)


def cascade_left_out(reports: pd.DataFrame, report_id: str) -> list[str]:
    """The reports of ``report_id``'s year at a level of government that its cascade
    (``cascade_of``) leaves out, in table order: what its page says it does not show."""
    return list(_chain(reports, report_id).left_out)


def leads_cascade(reports: pd.DataFrame, report_id: str) -> bool:
    """Whether ``report_id`` is the lowest level of a chain of two or more levels in its
    year (no report of the year is under it): the report that year's "Target cascade" is
    run for (on its cascade page, ``book.homes``, when the chain has three levels)."""
    return _chain(reports, report_id).leads


def outcome_rows(outcomes: pd.DataFrame, key: str) -> pd.DataFrame:
    """The outcomes of one government (``key``: ``government_key``), by year and in
    ``HEADLINE`` order, with ``english`` (the code's name), ``target`` and ``outcome``
    as the text states them (value, range, unit, qualifier); a fall the name tells by its
    size ("Reduction of the rural poor": at least 10 million people, not "a fall of at
    least … (−1,000万人以上)": re-test 72, N3)."""
    o = outcomes[outcomes["government"].astype("string").fillna("").map(government_key) == key]
    order = {c: i for i, c in enumerate(HEADLINE)}
    o = o.assign(_o=o["indicator_code"].map(lambda c: order.get(c, len(order))))
    o = o.sort_values(["year", "_o", "indicator_code", "measure"]).drop(columns="_o")
    en = o["indicator_code"].map(english)

    def size(v, e):  # a fall its name tells ("Reduction of the rural poor"): by its size
        return abs(v) if not missing(v) and told_by_label({"english": e}, v, "") else v
    return o.assign(
        english=en,
        target=[_stated(size(v, e), h, u, q) for v, h, u, q, e in zip(
            o["target_value"], o["target_value_high"], o["target_unit"], o["target_qualifier"],
            en, strict=True)],
        outcome=[_stated(size(v, e), None, u, q) for v, u, q, e in zip(
            o["outcome_value"], o["outcome_unit"], o["outcome_qualifier"], en, strict=True)],
    ).reset_index(drop=True)


def _stated(value, high, unit, qualifier) -> str:
    """A target or outcome in English, the Chinese beside where it says more
    (``prose.quantity``): "about 7.5%", "2,500 people (2,500人)", "at least 150,000 tonnes
    (15万吨以上)", "a fall of at least 3.4%"; "" for no value. Session 69, tester: the
    table read "2500人", "15万吨 以上" and "7 预计|以上"."""
    if missing(value):
        return ""
    return quantity(float(value), "" if missing(unit) else str(unit),
                    "" if missing(qualifier) else str(qualifier),
                    None if missing(high) else float(high), signed=True)


def _one_year(ind: pd.DataFrame, multi_year_review: Sequence[bool],
              leads: dict | None = None) -> pd.Series:
    """Which figures of ``ind`` state their ``year``'s own figure of the government's
    own area (``extract.outcomes.one_year``), each row's review spanning several years
    or not, its paragraph before its sentence from ``leads`` (``paragraph_leads``; none
    known without); a boolean Series on ``ind``'s index (a list would select columns when
    empty)."""
    leads = leads or {}
    return pd.Series([one_year(t, h, m, int(y), multi, leads.get((r, int(i)), ""))
                      for t, h, m, y, multi, r, i in zip(
        ind["sentence"], heads(ind), ind["measure"], ind["year"], multi_year_review,
        ind["report_id"], ind["sentence_index"], strict=True)], index=ind.index, dtype=bool)


def over_the_years(indicators: pd.DataFrame, reports: pd.DataFrame, key: str,
                   headline: Sequence[str] = HEADLINE, *,
                   sections: pd.DataFrame,
                   sentences: pd.DataFrame | None = None) -> pd.DataFrame:
    """Levels and growth of the headline indicators in each year the government's
    reports review: one row per (year, indicator_code, measure, unit) — year from the
    first to the last reviewed, a year no report covers giving rows with empty values (a
    gap). ``indicators`` needs report_id, section, kind, year, indicator_code, measure,
    value, unit, qualifier, figure_id, sentence, quote, start and sentence_index.

    Each value is the first actual figure of that code and measure for that year in the
    latest report stating it (a review part first): the report reviewing the year, or a
    later one restating it (由2019年的…增长到…), whose figure is the revised one, as an
    estimate (预计) is revised by the next report (brief words, session 71). It states one
    year of the government's
    own area (``extract.outcomes.one_year``, the pairing's rule: no 年均/五年/十三五
    sentence; in a report whose review part ``sections`` (report_id, role, part_title)
    titles with several years, only a sentence naming the year; no change over several
    years, 比2015年增长; no zone's or park's figure, 开发区 …); a sentence of such a review
    is framed by its paragraph before it when ``sentences`` (report_id, sentence_index,
    paragraph, text) are given ("刚刚过去的2020年，…。全县一般公共预算收入7.04亿元"). Figures
    of one indicator and measure in units of one dimension differing by a magnitude (元,
    万元; 人, 万人) are converted to one (``_one_unit``: 30670元 beside 2.82万元 and 3.3万元 is
    3.067万元; session 71 tester item 3; 3770人 beside 2.2万人 is 3770人, never 0.377万人);
    units of different dimensions (元, %) never are,
    each its own row. Columns
    year, indicator_code, english, measure, value, unit, qualifier, figure_id.
    """
    rep = reports[reports["government"].astype("string").fillna("").map(government_key) == key]
    reviewed = dict(zip(rep["report_id"], pd.to_numeric(rep["year_reviewed"], errors="coerce"),
                        strict=True))
    multi = multi_year_reviews(
        sections[["report_id", "role", "part_title"]].itertuples(index=False))
    ind = indicators[indicators["report_id"].isin(list(reviewed))
                     & (indicators["kind"] == "actual")
                     & _code(indicators["indicator_code"]).isin(list(headline))]
    known = [int(y) for y in reviewed.values() if not pd.isna(y)]
    cols = ["year", "indicator_code", "english", "measure", "value", "unit", "qualifier",
            "figure_id"]
    if not known:
        return pd.DataFrame(columns=cols)
    years = range(min(known), max(known) + 1)
    # A year's own review, or a later review restating it: never a year after its review.
    by = ind["report_id"].map(reviewed).astype("Float64")
    year = ind["year"].astype("Float64")
    ind = ind[((year <= by) & (year >= years[0])).fillna(False).astype(bool)]
    leads = None if sentences is None else paragraph_leads(
        sentences.loc[sentences["report_id"].isin(list(reviewed)),
                      ["report_id", "sentence_index", "paragraph", "text"]]
        .itertuples(index=False))
    ind = ind[_one_year(ind, [r in multi for r in ind["report_id"]], leads)]
    ind = ind.assign(year=ind["year"].astype(int), unit=ind["unit"].fillna(""),
                     _later=-ind["report_id"].map(reviewed).astype("Float64"),
                     _p=~ind["section"].astype(str).str.startswith("p1."))
    firsts = ind.sort_values(["year", "_later", "_p", "start"]).drop_duplicates(
        ["year", "indicator_code", "measure"])
    if firsts.empty:
        return pd.DataFrame(columns=cols)
    firsts = _one_unit(firsts)
    keys = ["indicator_code", "measure", "unit"]
    kinds = firsts[keys].drop_duplicates()
    grid = pd.DataFrame([(y, *k) for y in years for k in kinds.itertuples(index=False)],
                        columns=["year", *keys])
    out = grid.merge(firsts[["year", *keys, "value", "qualifier", "figure_id"]], how="left",
                     on=["year", *keys])
    order = {c: i for i, c in enumerate(headline)}
    out = out.assign(english=out["indicator_code"].map(english),
                     _o=out["indicator_code"].map(order))
    return out.sort_values(["_o", "measure", "unit", "year"])[cols].reset_index(drop=True)


def _one_unit(firsts: pd.DataFrame) -> pd.DataFrame:
    """``firsts`` (rows of year, indicator_code, measure, value, unit) with each value of
    an indicator and measure in one unit among those of its dimension and base
    (``judge.to_base``: 元, 万元, 亿元, 万亿元 are all 元; 人 and 万人 are 人): the latest
    year's unit, unless a value would read below one there (3770人 beside 2.2万人 is
    0.377万人: session 71's note), then the largest of the group's units in which none
    does (人: 3770 and 22000), else the smallest; rounded to twelve significant digits
    (2.82万元 is 28200元, not 28199.999…). A unit without a magnitude of
    ``vocab/units.yml`` stays its own."""
    base = firsts["unit"].map(lambda u: to_base(1.0, str(u)))
    groups: dict = {}
    for code, measure, year, unit, v, (f, b) in zip(
            firsts["indicator_code"], firsts["measure"], firsts["year"], firsts["unit"],
            firsts["value"], base, strict=True):
        g = groups.setdefault((code, measure, b), {"latest": (-1, ""), "units": {}, "sizes": []})
        if g["latest"][0] <= year:
            g["latest"] = (year, unit)
        g["units"][unit] = to_base(1.0, str(unit))[0]
        if not missing(v) and float(v):
            g["sizes"].append(abs(float(v)) * f)
    chosen = {}
    for k, g in groups.items():
        def readable(u: str, g=g) -> bool:
            return all(size / g["units"][u] >= 1 for size in g["sizes"])
        by_size = sorted(g["units"], key=lambda u, g=g: -g["units"][u])
        chosen[k] = (g["latest"][1] if readable(g["latest"][1])
                     else next((u for u in by_size if readable(u)), by_size[-1]))
    units, values = [], []
    for code, measure, v, (factor, b) in zip(firsts["indicator_code"], firsts["measure"],
                                             firsts["value"], base, strict=True):
        unit = chosen[code, measure, b]
        units.append(unit)
        values.append(v if missing(v) else
                      float(f"{float(v) * factor / to_base(1.0, unit)[0]:.12g}"))
    return firsts.assign(unit=units, value=pd.array(values, dtype="Float64"))


def wide(df: pd.DataFrame) -> pd.DataFrame:
    """``over_the_years`` as a reading table: one row per indicator, measure and unit,
    one column per year, each cell the value in the row's unit (``over_the_years`` converts
    a magnitude: 30670元 in a row of 万元 is 3.067) written in the row's English scale
    (``english.axis_unit``: 1,322万人 and 1,312万人 are 13.22 and 13.12 "million people", not
    1,322 "10,000 people": re-test 72, D13), its qualifiers in English ("an estimated at
    least 7"; "" for a gap). Session 69, tester: the unit column read 亿元 and 人, a cell
    "7 预计|以上". A fall its label names is its size."""
    if df.empty:
        return pd.DataFrame(columns=["indicator", "measure", "unit"])
    df = df.assign(unit=df["unit"].fillna(""))
    sizes = [float("nan") if pd.isna(v) else abs(float(v)) if fall_told(r) else float(v)
             for v, r in zip(df["value"], df.to_dict("records"), strict=True)]
    keys = list(zip(df["english"], df["measure"], df["unit"], strict=True))
    scale = {k: axis_unit(k[2], [v for j, v in zip(keys, sizes, strict=True)
                                 if j == k and not pd.isna(v)]) for k in set(keys)}
    d = df.assign(words=[scale[k][1].split(" · ")[0] for k in keys], cell=[
        "" if pd.isna(v) else " ".join(w for w in (
            "" if missing(q) else qualifier_en(q), number(v / scale[k][0]),
            "" if missing(q) else qualifier_en(q, trail=True)) if w)
        for v, q, k in zip(sizes, df["qualifier"], keys, strict=True)])
    out = d.pivot_table(index=["english", "measure", "words"], columns="year", values="cell",
                        aggfunc="first", sort=False).reset_index()
    out.columns = ["indicator", "measure", "unit", *[str(c) for c in out.columns[3:]]]
    return out.fillna("")


def cascade(indicators: pd.DataFrame, reports: pd.DataFrame, year: int,
            report_ids: Sequence[str] | None = None) -> pd.DataFrame:
    """The same indicator's target at each level of government in ``year``.

    Reads the targets for ``year`` of the reports delivered that year (or of
    ``report_ids``) that state one year of the government's own area
    (``extract.outcomes.one_year``), first stated per report, code and measure; keeps the codes and
    measures that two or more levels target. Columns: indicator_code, english, measure,
    level, government, report_id, value, value_high, unit, qualifier, figure_id, step
    (this level's target minus the level above's, in percentage points, when both are
    rates in one unit (units.yml's percent: %, ‰, 个百分点 …); a count or an amount of a
    smaller area is no step down from a larger one's: session 67 re-check, "−1,114" for new
    urban jobs between the country and a province; else empty). Sorted by code and level
    from the top.
    """
    rep = reports[pd.to_numeric(reports["report_year"], errors="coerce") == year]
    if report_ids is not None:
        rep = rep[rep["report_id"].isin(list(report_ids))]
    level = dict(zip(rep["report_id"], rep["level"], strict=True))
    t = indicators[indicators["report_id"].isin(list(level)) & (indicators["kind"] == "target")
                   & _code(indicators["indicator_code"]).isin(list(codes()))
                   & (indicators["year"].astype("Float64") == year)]
    t = t[_one_year(t, [False] * len(t))]
    t = t.drop_duplicates(["report_id", "indicator_code", "measure"])
    t = t.assign(level=t["report_id"].map(level),
                 government=t["report_id"].map(dict(zip(rep["report_id"], rep["government"],
                                                        strict=True))))
    t = t[t["level"].isin(LEVEL_ORDER)]
    rank = {lv: i for i, lv in enumerate(LEVEL_ORDER)}
    t = t.assign(_r=t["level"].map(rank)).sort_values(["indicator_code", "measure", "_r"])
    wide = t.groupby(["indicator_code", "measure"])["level"].transform("nunique")
    t = t[wide >= 2]
    steps = []
    for (_c, _m), g in t.groupby(["indicator_code", "measure"], sort=False):
        above = None
        for r in g.itertuples():
            same = above is not None and str(above.unit) == str(r.unit) \
                and unit_dimension(str(r.unit)) == "percent"
            steps.append(float(r.value) - float(above.value) if same else None)
            above = r
    cols = ["indicator_code", "english", "measure", "level", "government", "report_id",
            "value", "value_high", "unit", "qualifier", "figure_id", "step"]
    return t.assign(english=t["indicator_code"].map(english),
                    step=pd.array(steps, dtype="Float64"))[cols].reset_index(drop=True)
