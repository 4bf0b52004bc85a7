"""Targets: what a report aims for, beside what it (or a later report) says was achieved,
and beside what other reports aim for.

What became of a report's targets (``outcomes``) is not paired here: it is read from
``outcomes.csv``, where the extraction paired each coded target with the result the next
report states and judged it (``extract.outcomes``). The one pairing done here is a
report's targets beside the results of the year it reviews (``targets_vs_results``).

Pure functions, pandas in and pandas out, like ``analysis``. Indicators of two texts
are paired by ``glossary.indicator_key``, so 地区生产总值 and 国内生产总值 meet under
the key GDP; a comparison across reports labels each row by its key's English
(``glossary.key_english``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd

from workreport.dataset import report_rows, review_actuals
from workreport.english import convert
from workreport.glossary import indicator_key, key_english, with_english
from workreport.likeness import counts_alike, narrowed, new_beside_stock, similar_label
from workreport.literal import text_of
from workreport.schema import owners

__all__ = ["compare_targets", "outcome_report", "outcomes", "peers", "restated",
           "targets_vs_results"]

_PAIR_COLS = ["indicator", "indicator_en", "measure", "unit", "target", "target_high",
              "qualifier", "result", "result_unit", "result_qualifier", "result_indicator",
              "result_in_unit", "result_year", "target_year", "target_year_first",
              "difference", "section", "figure_id", "result_id"]


def _pair(targets: pd.DataFrame, actuals: pd.DataFrame,
          glossary: Mapping[str, Any] | None, year_ahead: int | None = None) -> pd.DataFrame:
    """Pair each target with an actual of the same indicator and measure; a target for a
    year after ``year_ahead`` with none (a five-year goal is set beside no single year's
    result: 50 million new jobs over 2016-2020 was shown "after 13.12 million in 2015";
    session 70, second tester).

    Only an actual measuring alike is a candidate (``likeness.counts_alike``: not 20个
    communities beside 575户 households, nor a count beside an area; session 71), and no
    result over a period (indicators.csv ``year_first``: a five-year total, the yearly mean
    of 2016-2020) is any one year's (session 71, tester 70 item 3: "GDP annual average …
    about 9% targeted for 2021, after 5.02% in 2020").

    Exact label first, then the normalised key, not a count of new things beside a stock
    (``likeness.new_beside_stock``: 新增高新技术企业 beside 高新技术企业); the first
    actual in text order wins (the headline figure, not a later mention); failing both,
    the actual of a unit that counts alike whose label shares the longest run of three or
    more characters and counts the same thing (``likeness.similar_label``: not 行政村
    beside 自然村, session 67). Never an actual of a wider set than the target's sentence
    names (``likeness.narrowed``: 党政机关…新增共享泊位 is not the city's
    新增共享停车泊位; session 69).
    ``result_in_unit`` is the result in the target's unit when the units count alike
    (``english.convert``: 7349户 beside a target in 万户 is 0.7349; NaN when there is no
    result or the units count different things), and ``difference`` = target −
    ``result_in_unit``. The findings read ``result_in_unit`` (``findings.target_moves``):
    the conversion is made here only (session 68: findings made it a second time).
    """
    if "year_first" in actuals:
        actuals = actuals[actuals["year_first"].isna()]
    acts = actuals.assign(_key=actuals["indicator"].map(indicator_key)).to_dict("records")
    out = []
    for t in with_english(targets, glossary).to_dict("records"):
        later = year_ahead is not None and not pd.isna(t["year"]) and t["year"] > year_ahead
        same = [] if later else [a for a in acts if a["measure"] == t["measure"] and not narrowed(
            (t.get("sentence"), t.get("quote"), t["indicator"]),
            (a.get("sentence"), a.get("quote")))
            and counts_alike(t["unit"], t["indicator"], a["unit"], a["indicator"])]
        a = next((a for a in same if a["indicator"] == t["indicator"]), None) or next(
            (a for a in same if a["_key"] == indicator_key(t["indicator"])
             and not new_beside_stock(t["indicator"], a["indicator"])), None)
        if a is None and t["measure"] == "level":
            # Worded otherwise: the longest shared run, in units that count alike (rates
            # and shares are never paired this loosely).
            fits = [x for x in same if convert(1, x["unit"], t["unit"]) is not None]
            hit = similar_label(t["indicator"], [x["indicator"] for x in fits])
            a = next((x for x in fits if x["indicator"] == hit), None)
        result = a["value"] if a else float("nan")
        # 5处 beside 5个, 7349户 beside 1万户: the result in the target's unit.
        in_target = convert(a["value"], a["unit"], t["unit"]) if a else None
        out.append({
            "indicator": t["indicator"], "indicator_en": t["english"], "measure": t["measure"],
            "unit": t["unit"], "target": t["value"], "target_high": t["value_high"],
            "qualifier": t["qualifier"], "result": result,
            "result_unit": a["unit"] if a else "", "result_qualifier": a["qualifier"] if a else "",
            "result_indicator": a["indicator"] if a else "",
            "result_in_unit": float("nan") if in_target is None else in_target,
            "result_year": a["year"] if a else pd.NA, "target_year": t["year"],
            "target_year_first": t.get("year_first", pd.NA),  # 2016 of 2016-2020 (tester 72)
            "difference": t["value"] - in_target if in_target is not None else float("nan"),
            "section": t["section"], "figure_id": t["figure_id"],
            "result_id": a["figure_id"] if a else "",
        })
    df = pd.DataFrame(out, columns=_PAIR_COLS)
    for c in ("target", "target_high", "result", "result_in_unit", "difference"):
        df[c] = pd.to_numeric(df[c], errors="coerce").astype("float64")
    for c in ("result_year", "target_year", "target_year_first"):
        df[c] = df[c].astype("Int64")
    return df


_RESTATED_KEY = ["section", "indicator_code", "measure", "value", "value_high", "unit",
                 "qualifier", "year"]


def restated(targets: pd.DataFrame) -> pd.Series:
    """Which of a report's ``targets`` (indicator rows, in text order) restate a target of an
    earlier sentence of the same section: the same indicator code, measure, value, upper
    value, unit, qualifier and year (session 69, tester: State Council 2015's "经济增长预期7%
    左右，考虑了需要和可能…" after "国内生产总值增长7%左右" was listed as a second GDP target).
    The row stays in the tables, as the gold files keep it (a figure the text states); the
    book lists the target once. Not a target with no code (two uncoded labels may count
    different things), of another section (a section states its own targets), nor one number
    given to two subjects of one sentence. A boolean Series on ``targets``' index; all False
    when a column is missing."""
    if targets.empty or any(c not in targets.columns
                            for c in [*_RESTATED_KEY, "sentence_index"]):
        return pd.Series(False, index=targets.index, dtype=bool)
    first: dict[tuple, Any] = {}
    out = []
    for key, sentence in zip(targets[_RESTATED_KEY].astype(str).itertuples(index=False,
                                                                         name=None),
                             targets["sentence_index"], strict=True):
        coded = key[1] not in ("", "nan", "<NA>", "None")
        out.append(coded and key in first and first[key] != sentence)
        first.setdefault(key, sentence)
    return pd.Series(out, index=targets.index, dtype=bool)


def targets_vs_results(ind: pd.DataFrame, report_id: str,
                       glossary: Mapping[str, Any] | None = None,
                       only_matched: bool = False) -> pd.DataFrame:
    """This year's targets beside last year's results, both stated in the same report.

    Yuzhong 2014: 地区生产总值 growth target 11% beside the 12% it reports for 2013. A
    target stated again (``restated``) is listed once.
    """
    rows = report_rows(ind, report_id)
    targets = rows[rows["kind"] == "target"]
    actuals = review_actuals(ind, report_id)
    # The year ahead is the year after the results' (a later target is paired with none).
    years = pd.to_numeric(actuals["year"], errors="coerce").dropna()
    ahead = int(years.mode().iloc[0]) + 1 if len(years) else None
    df = _pair(targets[~restated(targets)], actuals, glossary, ahead)
    return df[df["result"].notna()].reset_index(drop=True) if only_matched else df


def compare_targets(ind: pd.DataFrame, report_ids: Sequence[str],
                    glossary: Mapping[str, Any] | None = None) -> pd.DataFrame:
    """The same indicator's targets across reports (long format, one row per report).

    Only keys that every given report targets with the same measure and unit: Yuzhong's
    GDP +11% beside the national +7.5% (地区生产总值 and 国内生产总值 share the key GDP).
    """
    cols = ["key", "indicator", "english", "measure", "unit", "report_id", "value",
            "value_high", "qualifier", "figure_id"]
    per: dict[str, pd.DataFrame] = {}
    for rid in dict.fromkeys(report_ids):
        rows = report_rows(ind, rid)
        t = with_english(rows[rows["kind"] == "target"], glossary)
        t = t.assign(key=t["indicator"].map(indicator_key))
        per[rid] = t.drop_duplicates(["key", "measure", "unit"], keep="first")
    if len(per) < 2:
        return pd.DataFrame(columns=cols)
    shared = set.intersection(*(set(zip(t["key"], t["measure"], t["unit"], strict=True))
                                for t in per.values()))
    if not shared:  # a report with no targets (or none in common): nothing to set beside
        return pd.DataFrame(columns=cols)
    # A boolean Series, not a list: an empty list would select columns, not rows.
    frames = [t[pd.Series([k in shared for k in zip(t["key"], t["measure"], t["unit"],
                                                    strict=True)], index=t.index, dtype=bool)]
              for t in per.values()]
    df = pd.concat(frames, ignore_index=True)
    df["english"] = key_english(df, glossary)
    order = {k: i for i, k in enumerate(dict.fromkeys(frames[0]["key"]))}
    rank = {r: i for i, r in enumerate(per)}
    df = df.assign(_o=df["key"].map(order), _r=df["report_id"].map(rank))
    return df.sort_values(["_o", "_r"], kind="stable")[cols].reset_index(drop=True)


def peers(reports: pd.DataFrame, report_id: str) -> list[str]:
    """Reports of the same year to compare targets with: the national report for a local
    one (a district's targets are read against the country's), every other report of the
    year for a national one. Empty when the data hold none."""
    me = reports[reports["report_id"] == report_id]
    if me.empty:
        return []
    same = reports[(reports["report_year"] == me["report_year"].iloc[0])
                   & (reports["report_id"] != report_id)]
    if me["level"].iloc[0] != "national":
        same = same[same["level"] == "national"]
    return list(same["report_id"])


def outcome_report(paired: pd.DataFrame, report_id: str) -> str | None:
    """The report that states what became of ``report_id``'s targets: the
    ``outcome_report_id`` of its rows of ``paired`` (``outcomes.csv``, read by
    ``series.load_outcomes``; a row is the report's when it set the target,
    ``schema.owners``). None when the extraction paired none of its targets: the same
    government's report reviewing their year is not in the tables, or none of the targets
    has an indicator code to pair it by (the rows cannot tell which).

    What "the next report" is is decided by ``extract.outcomes`` alone (a government's
    reports of consecutive years, told apart by ``metadata.government_key``); the notes
    and the book's cache keys (``book.plan``) read it here, from its pairs, so they can
    never name another report than the one the pairs shown came from.
    """
    if paired.empty:
        return None
    mine = paired[owners("outcomes", paired).eq(report_id).any(axis=1)]
    later = mine["outcome_report_id"].dropna()
    return str(later.iloc[0]) if len(later) else None


_OUTCOME = ["report_id", "later_id", "key", "indicator", "english", "measure", "unit",
            "target", "target_high", "qualifier", "outcome", "result_unit",
            "result_qualifier", "target_year", "outcome_year", "met", "rule", "figure_id",
            "result_id"]


def outcomes(paired: pd.DataFrame, ind: pd.DataFrame, report_ids: str | Sequence[str],
             glossary: Mapping[str, Any] | None = None) -> pd.DataFrame:
    """The targets of ``report_ids`` beside the results the same government's next report
    states, as the extraction paired and judged them: the rows of ``paired``
    (``outcomes.csv``, made by ``extract.outcomes``; ``series.load_outcomes`` reads it)
    whose target is a figure of one of ``report_ids`` (one id or several). The book pairs
    nothing else: the State Council's 2015 GDP target (7% 左右) beside the 6.9% its 2016
    report gives, judged met.

    One row per row of ``paired``, in ``report_ids`` order, then in the order of
    ``paired``: report_id, later_id (the report stating the result), key
    (``glossary.indicator_key`` of the target's label, so the rows meet the other tables),
    indicator (the target's label), english, measure, unit, target, target_high, qualifier,
    outcome (NaN where the next report states none: ``met`` is then ``unclear``),
    result_unit and result_qualifier ("" where none), target_year, outcome_year (both the
    year N the target is for), met (``extract.judge.VERDICTS``), rule (the verdict's rule in
    words), figure_id, result_id ("" where none). Only targets with an indicator code are
    paired; a report whose successor is not in the extraction has no row.
    """
    ids = [report_ids] if isinstance(report_ids, str) else list(report_ids)
    labels = ind.drop_duplicates("figure_id").set_index("figure_id")
    rows = []
    for r in paired.to_dict("records"):
        fid = r["target_figure_id"]
        if fid not in labels.index or labels.at[fid, "report_id"] not in ids:
            continue
        target = labels.loc[fid]
        rows.append({
            "report_id": target["report_id"], "later_id": r["outcome_report_id"],
            "indicator": target["indicator"], "indicator_en": target.get("indicator_en", ""),
            "indicator_code": text_of(r.get("indicator_code")),
            "measure": r["measure"], "unit": r["target_unit"], "target": r["target_value"],
            "target_high": r["target_value_high"], "qualifier": text_of(r["target_qualifier"]),
            "outcome": r["outcome_value"], "result_unit": text_of(r["outcome_unit"]),
            "result_qualifier": text_of(r["outcome_qualifier"]), "target_year": r["year"],
            "outcome_year": r["year"], "met": r["met"], "rule": r["rule"],
            "figure_id": fid, "result_id": text_of(r["outcome_figure_id"])})
    df = pd.DataFrame(rows, columns=[*_OUTCOME, "indicator_en", "indicator_code"])
    df = with_english(df, glossary).assign(key=df["indicator"].map(indicator_key))
    df = df.assign(english=key_english(df, glossary))
    rank = {n: i for i, n in enumerate(ids)}
    df = df.assign(_r=df["report_id"].map(rank)).sort_values("_r", kind="stable")
    for c in ("target", "target_high", "outcome"):
        df[c] = pd.to_numeric(df[c], errors="coerce").astype("float64")
    for c in ("target_year", "outcome_year"):
        df[c] = df[c].astype("Int64")
    return df[_OUTCOME].reset_index(drop=True)
