"""A local report in context: its targets beside the national ones of nearby years.

The "in context" chapter reads a district's (or city's, or province's) targets against
the State Council's targets of the year before, the same year and the year after:
Yuzhong's GDP growth target for 2014 (地区生产总值 +11%) beside the national ones
(国内生产总值 +7.5%, +7.5%, +7%). Indicators are matched by ``glossary.indicator_key``,
so regional and national GDP meet under one key. The national reports need no chapters
of their own: a catalogue entry with ``chapters: false`` puts one in the tables only.
What became of the national targets is read from ``outcomes.csv``, where the extraction
paired them with the next report's results (``targets.outcomes`` reads it, as the
targets chapter does): the chapter pairs nothing itself.

Pure functions, pandas in and pandas out, like ``analysis``; the sentences they feed
are in ``prose`` and ``verdicts``, except ``describe_missing`` and the two on where the
report stands (at the end).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import Any

import pandas as pd

from workreport.english import as_written
from workreport.glossary import indicator_key, key_english, with_english
from workreport.literal import missing
from workreport.prose import Row, join
from workreport.targets import compare_targets, targets_vs_results
from workreport.verdicts import outcome_note

__all__ = ["LOCAL_LEVELS", "by_year", "describe_hierarchy", "describe_missing",
           "describe_pages", "describe_timing", "level_noun", "national_series",
           "nearby_national", "report_years",
           "results_beside", "series_table", "steps", "targets_in_context"]

#: The levels whose reports get the chapter: every level below the State Council.
LOCAL_LEVELS = ("district", "municipal", "provincial")

_LONG = ["key", "indicator", "english", "measure", "unit", "report_id", "year", "value",
         "value_high", "qualifier", "figure_id"]


def nearby_national(reports: pd.DataFrame, report_id: str, span: int = 1) -> list[str]:
    """The national reports delivered within ``span`` years of a local report, oldest
    first; empty for a national report (there is no level above it) or an unknown id."""
    me = reports[reports["report_id"] == report_id]
    if me.empty or me["level"].iloc[0] not in LOCAL_LEVELS:
        return []
    year = int(me["report_year"].iloc[0])
    rows = reports.assign(_y=pd.to_numeric(reports["report_year"], errors="coerce"))
    nat = rows[(rows["level"] == "national") & rows["_y"].between(year - span, year + span)]
    return [str(r) for r in nat.sort_values(["_y", "report_id"])["report_id"]]


def report_years(reports: pd.DataFrame) -> dict[str, int]:
    """Report id → the year it sets targets for."""
    return {r: int(y) for r, y in zip(reports["report_id"], reports["report_year"],
                                      strict=True) if pd.notna(y)}


def targets_in_context(ind: pd.DataFrame, reports: pd.DataFrame, report_id: str,
                       national_ids: Sequence[str],
                       glossary: Mapping[str, Any] | None = None) -> pd.DataFrame:
    """The report's targets beside every national target of the same indicator.

    Long format, one row per indicator and report (``targets.compare_targets`` against
    each national report in turn, so an indicator needs to be shared with one of them,
    not all): the report's row first, then the national rows in ``national_ids`` order.
    """
    frames = [compare_targets(ind, [report_id, n], glossary) for n in national_ids]
    frames = [f for f in frames if len(f)]
    if not frames:
        return pd.DataFrame(columns=_LONG)
    df = pd.concat(frames, ignore_index=True)
    df = df.drop_duplicates(["key", "measure", "unit", "report_id"], keep="first")
    order = {k: i for i, k in enumerate(dict.fromkeys(df["key"]))}
    rank = {r: i for i, r in enumerate([report_id, *national_ids])}
    df = df.assign(year=df["report_id"].map(report_years(reports)).astype("Int64"),
                   _o=df["key"].map(order), _r=df["report_id"].map(rank))
    return df.sort_values(["_o", "measure", "unit", "_r"], kind="stable")[_LONG].reset_index(
        drop=True)


def _mid(value: float, high: Any) -> float:
    """A range (6.5%–7%) counts as its midpoint when two targets are subtracted."""
    return (float(value) + float(high)) / 2 if pd.notna(high) else float(value)


_STEP = ["report_id", "key", "indicator", "english", "measure", "unit", "year", "national_id",
         "national_indicator", "national", "national_high", "national_qualifier", "local",
         "local_high", "local_qualifier", "gap", "figure_id", "national_figure_id"]


def steps(compared: pd.DataFrame, report_id: str) -> pd.DataFrame:
    """The step from the national target to the report's, for each indicator both set
    for the same year: ``gap`` = local − national (midpoints of ranges)."""
    local = compared[compared["report_id"] == report_id]
    out = []
    for r in local.to_dict("records"):
        same = compared[(compared["report_id"] != report_id) & (compared["key"] == r["key"])
                        & (compared["measure"] == r["measure"])
                        & (compared["unit"] == r["unit"]) & (compared["year"] == r["year"])]
        for n in same.to_dict("records"):
            out.append({
                "report_id": report_id, "key": r["key"], "indicator": r["indicator"],
                "english": r["english"],
                "measure": r["measure"], "unit": r["unit"], "year": r["year"],
                "national_id": n["report_id"], "national_indicator": n["indicator"],
                "national": n["value"], "national_high": n["value_high"],
                "national_qualifier": n["qualifier"], "local": r["value"],
                "local_high": r["value_high"], "local_qualifier": r["qualifier"],
                "gap": round(_mid(r["value"], r["value_high"])
                             - _mid(n["value"], n["value_high"]), 6),
                "figure_id": r["figure_id"], "national_figure_id": n["figure_id"],
            })
    return pd.DataFrame(out, columns=_STEP)


def national_series(ind: pd.DataFrame, reports: pd.DataFrame, national_ids: Sequence[str],
                    glossary: Mapping[str, Any] | None = None) -> pd.DataFrame:
    """The national targets year by year: every indicator (key, measure, unit) that at
    least two of the national reports target, long format as ``targets_in_context``."""
    year = report_years(reports)
    frames = []
    for n in national_ids:
        t = ind[(ind["report_id"] == n) & (ind["kind"] == "target")]
        t = with_english(t.sort_values("start", kind="stable"), glossary)
        t = t.assign(key=t["indicator"].map(indicator_key), year=year.get(n))
        frames.append(t.drop_duplicates(["key", "measure", "unit"], keep="first"))
    if not frames:
        return pd.DataFrame(columns=_LONG)
    df = pd.concat(frames, ignore_index=True)
    ident = ["key", "measure", "unit"]
    counts = df.groupby(ident)["report_id"].transform("nunique")
    df = df[counts >= 2]
    df = df.assign(english=key_english(df, glossary))
    order = {k: i for i, k in enumerate(dict.fromkeys(zip(*(df[c] for c in ident),
                                                          strict=True)))}
    df = df.assign(_o=[order[k] for k in zip(*(df[c] for c in ident), strict=True)],
                   year=df["year"].astype("Int64"))
    return df.sort_values(["_o", "year"], kind="stable")[_LONG].reset_index(drop=True)


def series_table(series: pd.DataFrame) -> pd.DataFrame:
    """``national_series`` wide: one row per indicator, one column per year, each cell
    the target as the report writes it, unit and qualifiers where the report puts them
    (``english.as_written``: "7.5%左右", "低于4.6%", "1,000万人以上"); blank where a year
    sets none. Session 68: the cells were "7.5 左右", "4.6 低于", every qualifier after
    the number, from a second formatter of their own."""
    if series.empty:
        return pd.DataFrame(columns=["english", "indicator", "measure", "unit"])
    years = sorted(int(y) for y in series["year"].dropna().unique())
    rows = []
    for _ident, g in series.groupby(["key", "measure", "unit"], sort=False):
        first = g.iloc[0]
        row = {"english": first["english"], "indicator": " / ".join(
            dict.fromkeys(g["indicator"])), "measure": first["measure"], "unit": first["unit"]}
        for y in years:
            hit = g[g["year"] == y]
            row[str(y)] = "" if hit.empty else as_written(
                hit["value"].iloc[0], first["unit"], hit["qualifier"].iloc[0],
                hit["value_high"].iloc[0])
        rows.append(row)
    return pd.DataFrame(rows)


def describe_missing(shown: pd.DataFrame, reports: pd.DataFrame,
                     national_ids: Sequence[str], names: Mapping[str, str]) -> list[str]:
    """What "What was achieved" lacks: for each national report none of whose targets
    has a row in ``shown`` (``targets.outcomes``), why, in one sentence
    (``verdicts.outcome_note``: none of its targets is paired with a later report)."""
    years = report_years(reports)
    return [outcome_note(str(names.get(n, n)), years[n], None, None, [])
            for n in national_ids if n in years and not (shown["report_id"] == n).any()]


def results_beside(ind: pd.DataFrame, reports: pd.DataFrame, report_id: str,
                   keys: Sequence[str], glossary: Mapping[str, Any] | None = None
                   ) -> pd.DataFrame:
    """The report's result for the year it reviews beside the national result for the
    same year (from the national report that reviews it), for the given indicator keys.

    Results are the ones each report pairs with its targets
    (``targets.targets_vs_results``): Yuzhong's GDP growth for 2013 beside the
    country's, as the State Council's 2014 report gives it; each with its qualifier
    (``local_qualifier``, ``national_qualifier``: 近, 约, 以上 as written; session 69).
    """
    cols = ["report_id", "key", "indicator", "english", "measure", "unit", "year", "local",
            "local_id", "local_qualifier",
            "national", "national_id", "national_qualifier", "national_report", "gap"]
    me = reports[reports["report_id"] == report_id]
    if me.empty:
        return pd.DataFrame(columns=cols)
    reviewed = me["year_reviewed"].iloc[0]
    nat = reports[(reports["level"] == "national") & (reports["year_reviewed"] == reviewed)]
    if nat.empty:
        return pd.DataFrame(columns=cols)
    nid = str(nat["report_id"].iloc[0])

    def results(rid: str) -> pd.DataFrame:
        tv = targets_vs_results(ind, rid, glossary, only_matched=True)
        tv = tv[tv["result_unit"] == tv["unit"]]
        return tv.assign(key=tv["indicator"].map(indicator_key)).drop_duplicates(
            ["key", "measure", "unit"])

    local, national = results(report_id), results(nid)
    out = []
    for r in local[local["key"].isin(list(keys))].to_dict("records"):
        n = national[(national["key"] == r["key"]) & (national["measure"] == r["measure"])
                     & (national["unit"] == r["unit"])]
        if n.empty:
            continue
        n0 = n.iloc[0]
        out.append({"report_id": report_id, "key": r["key"], "indicator": r["indicator"],
                    "english": r["indicator_en"], "measure": r["measure"], "unit": r["unit"],
                    "year": r["result_year"], "local": r["result"], "local_id": r["result_id"],
                    "local_qualifier": r["result_qualifier"],  # 近, 约 kept (session 69)
                    "national": n0["result"], "national_id": n0["result_id"],
                    "national_qualifier": n0["result_qualifier"],
                    "national_report": nid, "gap": round(r["result"] - n0["result"], 6)})
    df = pd.DataFrame(out, columns=cols)
    return df.assign(english=key_english(df, glossary))


def by_year(compared: pd.DataFrame, report_id: str, national: pd.DataFrame,
            beside: pd.DataFrame, names: Mapping[str, str]) -> pd.DataFrame:
    """Targets and results year by year for the indicators the report shares with the
    national reports: the cascade as a picture (``charts.by_year``).

    ``compared`` is ``targets_in_context``, ``national`` is ``targets.outcomes``,
    ``beside`` is ``results_beside``. Long format: key, english, measure, unit, series
    ("State Council target"), who (national/local), kind (target/result), year, value.
    """
    cols = ["key", "english", "measure", "unit", "series", "who", "kind", "year", "value"]
    shared = compared[compared["report_id"] == report_id]
    idents = set(zip(shared["key"], shared["measure"], shared["unit"], strict=True))

    def name(rid: str) -> str:
        return str(names.get(rid, rid)).removeprefix("the ")

    rows = []
    for r in compared.to_dict("records"):
        who = "local" if r["report_id"] == report_id else "national"
        rows.append((r["key"], r["english"], r["measure"], r["unit"],
                     f"{name(r['report_id'])} target", who, "target", r["year"],
                     _mid(r["value"], r["value_high"])))
    for r in national.to_dict("records"):
        if ((r["key"], r["measure"], r["unit"]) in idents and not missing(r["outcome"])
                and r["result_unit"] == r["unit"]):
            rows.append((r["key"], r["english"], r["measure"], r["unit"],
                         f"{name(r['report_id'])} result", "national", "result",
                         r["target_year"], r["outcome"]))
    for r in beside.to_dict("records"):
        for who, rid, col in (("national", r["national_report"], "national"),
                              ("local", report_id, "local")):
            rows.append((r["key"], r["english"], r["measure"], r["unit"],
                         f"{name(rid)} result", who, "result", r["year"], r[col]))
    df = pd.DataFrame(rows, columns=cols)
    keep = pd.Series([(k, m, u) in idents for k, m, u in
                      zip(df["key"], df["measure"], df["unit"], strict=True)],
                     index=df.index, dtype=bool)
    df = df[keep]
    df = df.assign(year=df["year"].astype("Int64"), value=df["value"].astype("float64"))
    return df.drop_duplicates(["key", "measure", "unit", "series", "year"]).reset_index(
        drop=True)


# ----------------------------------------------------------------------------- words
# Where the report stands: sentences from the catalogue facts of the reports table.

_LEVEL_NOUN = {"district": "district", "county": "county", "municipal": "city",
               "provincial": "province"}


def level_noun(level: Any) -> str:
    """The word prose uses for a report's level: "district", "county", "city",
    "province"; "local government" for another (session 67, tester: a city's chapter
    spoke of "the district's" result)."""
    return _LEVEL_NOUN.get(str(level), "local government")


def _date(row: Row) -> str:
    value = row.get("date")
    return "" if missing(value) else str(value).strip()


def describe_timing(local: Row, national: Row, names: Mapping[str, str]) -> str:
    """When the two reports were delivered (ISO dates compare as text): "Yuzhong
    District's report was delivered on 2014-02-19, the State Council's on 2014-03-05:
    the district set its targets before the national ones were announced." A report
    whose text gives no date says so, and nothing is said of the order (session 67,
    tester: "delivered on , …: the city set its targets before …")."""
    a, b = _date(local), _date(national)
    me, them = names[local["report_id"]], names[national["report_id"]]
    if not a and not b:
        return f"Neither {me}'s report nor {them}'s gives the date it was delivered."
    if not a:
        return f"{me}'s report gives no date of delivery; {them}'s was delivered on {b}."
    if not b:
        return f"{me}'s report was delivered on {a}; {them}'s gives no date of delivery."
    when = ("before the national ones were announced" if a < b else
            "on the day the national ones were announced" if a == b else
            "after the national ones were announced")
    return (f"{me}'s report was delivered on {a}, {them}'s on {b}: "
            f"the {level_noun(local.get('level'))} set its targets {when}.")


def describe_pages(national_ids: Sequence[str], years: Mapping[str, int],
                   chaptered: Collection[str]) -> str:
    """Whether the national reports have pages of their own in this book (``chaptered``:
    ``Tables.chaptered``), and so whether their figure ids link: one or two sentences.
    Session 67, tester: the chapter said "chapters: false" of reports that have pages."""
    read = [str(years[n]) for n in national_ids if n in chaptered and n in years]
    only = [str(years[n]) for n in national_ids if n not in chaptered and n in years]
    out = []
    if read:
        many = len(read) > 1
        out.append(f"The State Council's report{'s' if many else ''} of {join(read)} "
                   f"{'are' if many else 'is'} read in this book too: a figure id links to "
                   "the annotated text of the report stating it.")
    if only:
        many = len(only) > 1
        who = "Those" if read else f"The State Council's report{'s' if many else ''}"
        its = "their" if many else "its"
        out.append(f"{who} of {join(only)} {'are' if many else 'is'} in the data for "
                   f"context only: extracted like any other report, with no pages of {its} "
                   f"own here, so {its} figure ids are shown without a link (hover for the "
                   "full id, the key to its row in indicators.csv).")
    return " ".join(out)


def describe_hierarchy(level: str, who: str) -> tuple[str, str]:
    """Where a local government stands in the cascade, and how many steps separate its
    targets from the national ones: two sentences for the context chapter."""
    if level == "provincial":
        return (f"{who} is a province-level government: it answers directly to the State "
                "Council, so its targets sit one step down the cascade.",
                "Nothing stands between a province and the State Council: the step shown "
                "here is a single one, and the cascade continues below, in its cities and "
                "counties.")
    if level == "municipal":
        return (f"{who} is a city government: in most cases a province stands between it "
                "and the State Council, so its targets sit one or two steps down the "
                "cascade.",
                "A prefecture-level city answers to its province, whose target is not in "
                "the data; only a city at province level answers to the State Council "
                "directly.")
    return (f"{who} is a district government: a city or province stands between it and the "
            "State Council, so its targets sit two steps down the cascade.",
            "The target of the level in between, the city or province, is not in the "
            "data, so the step shown here combines two steps of the cascade.")
