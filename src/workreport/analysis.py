"""Questions the book asks of the tables, as pure functions: pandas in, pandas out.

The notebooks stay thin and never type a number: they call these functions for every
table, pairing and sentence they show. Each function says *why* it exists; the words
that turn rows into prose live in ``prose``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import pandas as pd

from workreport.changewords import is_gap, told_by_label

# The notebooks import this module for everything; the names below live where their
# question does (dataset: loading and rows; targets: targets and outcomes; glossary:
# labels; prose: sentences; verdicts: what became of targets, in words) and are
# re-exported so a notebook needs one import.
from workreport.dataset import (
    Tables,
    find_data_dir,
    load_tables,
    report_rows,
    review_actuals,
    review_part,
)
from workreport.english import bound
from workreport.glossary import GDP, GDP_SYNONYMS, english, indicator_key, with_english
from workreport.literal import missing, text_of
from workreport.prose import (
    bilingual,
    describe_change,
    describe_target,
    section_reading,
    signed,
)
from workreport.targets import (
    compare_targets,
    outcome_report,
    outcomes,
    peers,
    targets_vs_results,
)
from workreport.verdicts import describe_outcome, outcome_note, targetless_years

__all__ = [
    "GDP",
    "GDP_SYNONYMS",
    "Tables",
    "bilingual",
    "changes",
    "compare_targets",
    "context_dropped",
    "describe_change",
    "describe_outcome",
    "describe_target",
    "english",
    "figure_table",
    "find_data_dir",
    "headline_results",
    "indicator_key",
    "levels_and_changes",
    "load_tables",
    "other_section",
    "outcome_note",
    "outcome_report",
    "outcomes",
    "part_summary",
    "peers",
    "report_rows",
    "review_actuals",
    "review_part",
    "section_reading",
    "section_table",
    "structure_summary",
    "targetless_years",
    "targets_vs_results",
    "with_english",
]

# ----------------------------------------------------------------------------- figures


def headline_results(ind: pd.DataFrame, report_id: str, limit: int = 12) -> pd.DataFrame:
    """The results a report leads with: the review part's preamble (its —— bullets), after
    the review's first statement of GDP when the preamble states none (Nanjing 2024 opens
    with its laboratories and states GDP in its first section: tester 72, D5).

    Falls back to the first ``limit`` actual figures when the preamble states none. Not a
    figure naming people rather than a result (``_no_result``).
    """
    actual = review_actuals(ind, report_id)
    actual = actual[pd.Series([not _no_result(i, u) for i, u in zip(
        actual["indicator"], actual["unit"], strict=True)], index=actual.index, dtype=bool)]
    part = review_part(ind, report_id)
    pre = actual[actual["section"] == f"p{part}.s0"]
    if pre.empty:
        return actual.head(limit).reset_index(drop=True)
    codes = actual.get("indicator_code", pd.Series("", index=actual.index)).fillna("")
    if not (codes[pre.index] == "gdp").any() and (codes == "gdp").any():
        first = actual.loc[codes == "gdp", "sentence_index"].iloc[0]
        gdp = actual[(actual["sentence_index"] == first) & (codes == "gdp")]
        pre = pd.concat([gdp, pre])
    return pre.reset_index(drop=True)


def context_dropped(rows: pd.DataFrame) -> pd.DataFrame:
    """``rows`` (indicators.csv rows) less each bound level (``english.bound``: 超过, 以上,
    突破 …) of an indicator whose exact level of the same kind and year they state too: the
    bound is the sentence's context, not a second result. "这些成绩，是在我国经济总量超过60
    万亿元的高基数上取得的" beside GDP 67.7万亿元 drew two GDP bars for 2015 and read "GDP was
    over 60 trillion yuan" under "grew 6.9% to 67.7 trillion" (tester 72 and re-test 72, D9);
    "全部财政收入突破10亿大关，完成11.68亿元" is 11.68亿元. The indicator is its
    ``indicator_code`` (经济总量 and 国内生产总值 are both ``gdp``), else its label. Applied once,
    in ``levels_and_changes``, so headline results, readings, tables and charts agree; the
    annotated text still marks the figure."""
    if not {"measure", "qualifier"} <= set(rows) or rows.empty:
        return rows
    labels = rows["indicator"].fillna("").astype(str)
    none = pd.Series("", index=rows.index)
    code = rows.get("indicator_code", none).fillna("").astype(str)
    key = code.where(code != "", labels) + "|" + rows.get("kind", none).astype(str) + "|" \
        + rows.get("year", none).astype(str)
    lvl = rows["measure"] == "level"
    bounded = pd.Series([bound(text_of(q)) in ("above", "below") for q in rows["qualifier"]],
                        index=rows.index, dtype=bool)
    exact = set(key[lvl & ~bounded & (labels != "")])
    return rows[~(lvl & bounded & key.isin(exact))]


# The people of a place (cues.people_nouns, figurekind._people), a nation's people or
# population as the context of a sentence (13亿中国人的饭碗, 近14亿人口的发展中大国, 我国有13亿人口:
# session 72), and a quoted honour alone.
_PEOPLE_OF = re.compile(r"(?:人民|儿女|中国人|大国)$|^人口$")
_HONOUR = re.compile(r"^“[^”]+”$")


def _no_result(indicator: Any, unit: Any) -> bool:
    """A figure that names people rather than a result (session 71, tester 70 item 3: Yi
    County's review of 2016-2020 led with "易县人民 was 600,000 (60万) in 2020" and "“最美护士”
    was 2 people in 2020"): a place's population, a count in 万 or 亿 (万人, 亿人) whose label
    ends with 人民 or 儿女 ("60万易县人民万众一心", "8500万江苏人民": a figure, the gold files
    say, but the place's, not the year's), or a count of people (名, 人, 位) whose label is a
    quoted honour alone ("两名“最美护士”出征武汉"); so too a nation's people or population
    as a sentence's context (13亿中国人, 近14亿人口的发展中大国, 我国有13亿人口; session 72)."""
    indicator, unit = str(indicator or ""), str(unit or "")
    return (unit.removesuffix("人") in ("万", "亿") and bool(_PEOPLE_OF.search(indicator))) \
        or (unit in ("名", "人", "位") and bool(_HONOUR.match(indicator)))


def levels_and_changes(rows: pd.DataFrame,
                       glossary: Mapping[str, Any] | None = None) -> pd.DataFrame:
    """One row per statement: a level beside the growth rate the same sentence gives it,
    less the bound levels that are context (``context_dropped``).

    "地区生产总值804.2亿元，增长12%" is two figures but one statement; pairing them is
    what lets prose say "grew 12% to 804.2亿元". A change is paired with a level of its
    indicator before it in its sentence, after the change of that indicator before it: the
    nearest one that is no bound (``english.bound``), else the nearest. "全部财政收入突破10亿
    大关，完成11.68亿元，增长30.2%" grew 30.2% to 11.68亿元, not to "over 1 billion" (session
    71, brief words). A change with no level stays on its own. Statements keep the order of
    ``rows`` (headline results lead with GDP stated after the part's opening: tester 72 D5).
    """
    rows = context_dropped(rows)
    given = {f: i for i, f in enumerate(rows["figure_id"])} if "figure_id" in rows else {}
    rows = with_english(rows.sort_values("start", kind="stable"), glossary)
    recs = rows.to_dict("records")
    paired: dict[str, dict] = {}  # a level's figure_id → its change
    used: set[str] = set()
    for i, c in enumerate(recs):
        if c["measure"] != "change":
            continue
        same = [r for r in recs[:i] if r["sentence_index"] == c["sentence_index"]
                and r["indicator"] == c["indicator"]]
        after = next((n for n in range(len(same) - 1, -1, -1)
                      if same[n]["measure"] == "change"), -1)
        levels = [r for r in same[after + 1:] if r["figure_id"] not in paired]
        if levels:
            best = min(levels, key=lambda r: (bound(text_of(r["qualifier"]))
                                              in ("above", "below"), -r["start"]))
            paired[best["figure_id"]] = c
            used.add(c["figure_id"])
    out = []
    for r in recs:
        if r["figure_id"] in used:
            continue
        is_change = r["measure"] == "change"
        lvl, chg = (None, r) if is_change else (r, paired.get(r["figure_id"]))
        out.append({
            "indicator": r["indicator"], "english": r["english"], "kind": r["kind"],
            "year": r["year"], "year_first": _first_year(lvl, chg), "section": r["section"],
            "measure": "change" if is_change else r["measure"],
            "level": lvl["value"] if lvl else float("nan"),
            "level_unit": lvl["unit"] if lvl else "",
            "level_qualifier": lvl["qualifier"] if lvl else "",
            "level_high": lvl.get("value_high", float("nan")) if lvl else float("nan"),
            "change": chg["value"] if chg else float("nan"),
            "change_high": chg.get("value_high", float("nan")) if chg else float("nan"),
            "change_unit": chg["unit"] if chg else "",
            "change_qualifier": chg["qualifier"] if chg else "",
            "quote": " … ".join(x["quote"] for x in (lvl, chg) if x),
            "figure_id": " ".join(x["figure_id"] for x in (lvl, chg) if x),
            "sentence_index": r["sentence_index"],
        })
    cols = ["indicator", "english", "kind", "year", "year_first", "section", "measure", "level",
            "level_unit", "level_qualifier", "level_high", "change", "change_unit",
            "change_qualifier", "change_high", "quote", "figure_id", "sentence_index"]
    df = pd.DataFrame(out, columns=cols)
    for c in ("level", "change"):
        df[c] = pd.to_numeric(df[c], errors="coerce").astype("float64")
    at = [min(given.get(f, len(given)) for f in ids.split()) for ids in df["figure_id"]]
    return df.iloc[sorted(range(len(df)), key=lambda i: at[i])].reset_index(drop=True)


def _first_year(*rows: dict | None) -> Any:
    """The first ``year_first`` (indicators.csv: a period's first year) of the statement's
    level and change rows, None where neither covers a period."""
    return next((r["year_first"] for r in rows if r and not missing(r.get("year_first"))), None)


def changes(rows: pd.DataFrame, glossary: Mapping[str, Any] | None = None) -> pd.DataFrame:
    """The rows the charts of changes draw (``charts.changes``, ``findings.caption_changes``):
    the ``change`` rows with their English (``with_english``), less the gaps between two
    rates (``changewords.is_gap``: 增速比全国低0.5个百分点 is no rise of 0.5, and 低于全国0.5个
    百分点 no fall; brief words). The prose and the table of figures keep them."""
    c = rows[rows["measure"] == "change"]
    # A boolean Series, never a bare list: an empty list selects no columns, not no rows
    # (a section without changes failed with KeyError 'indicator'; session 70, tester).
    c = c[pd.Series([not is_gap(i, u) for i, u in zip(c["indicator"], c["unit"], strict=True)],
                    index=c.index, dtype=bool)]
    return with_english(c, glossary)


def figure_table(rows: pd.DataFrame, glossary: Mapping[str, Any] | None = None) -> pd.DataFrame:
    """The book's display table of figures: labels in both languages, value (``value_high``
    a range's upper end), paired change. A fall its label names is shown by its size, no
    minus sign ("Reduction of the rural poor" 1,386万, ``changewords.told_by_label``; tester
    71 item 14: "−13.86 million" read as a rise)."""
    pairs = levels_and_changes(rows, glossary)
    is_change = pairs["measure"] == "change"
    told = pd.Series([c < 0 and told_by_label(r, c, u) for r, c, u in zip(
        pairs.to_dict("records"), pairs["change"], pairs["change_unit"], strict=True)],
        index=pairs.index, dtype=bool)
    change = pairs["change"].where(~told, -pairs["change"])
    return pd.DataFrame({
        "indicator": pairs["indicator"],
        "english": pairs["english"],
        "value": pairs["level"].where(~is_change, change),
        "value_high": pairs["level_high"].where(~is_change, pairs["change_high"]),
        "unit": pairs["level_unit"].where(~is_change, pairs["change_unit"]),
        "qualifier": pairs["level_qualifier"].where(~is_change, pairs["change_qualifier"]),
        "measure": pairs["measure"],
        "change": [signed(v, u)[1 if t else 0:] if not c and pd.notna(v) else ""
                   for v, u, c, t in zip(change, pairs["change_unit"], is_change, told,
                                         strict=True)],
        "quote": pairs["quote"],
        "figure_id": pairs["figure_id"],
    })


def section_table(ind: pd.DataFrame, report_id: str, section: str,
                  glossary: Mapping[str, Any] | None = None) -> pd.DataFrame:
    """Every figure of one section, as the section chapter shows it."""
    rows = report_rows(ind, report_id)
    return figure_table(rows[rows["section"] == section], glossary)


# ----------------------------------------------------------------------------- structure


def structure_summary(sections: pd.DataFrame, ind: pd.DataFrame,
                      report_id: str) -> pd.DataFrame:
    """Parts and sections with their length and figures: where a report spends its words.

    ``share`` is the section's share of the report's characters (title block included in
    the total, not listed).
    """
    s = sections[sections["report_id"] == report_id]
    total = float(s["chars"].sum()) or 1.0
    counts = ind[ind["report_id"] == report_id].groupby("section").size()
    body = s[s["role"] != "front"]
    out = pd.DataFrame({
        "part": body["part"].astype("Int64"),
        "part_title": body["part_title"],
        "role": body["role"],
        "section": body["section"],
        "title": body["title"],
        "figures": body["section"].map(counts).fillna(0).astype("int64"),
        "chars": body["chars"].astype("int64"),
    })
    out["share"] = out["chars"] / total
    return out.reset_index(drop=True)


def other_section(sections: pd.DataFrame, ind: pd.DataFrame, report_id: str,
                  section: str) -> str | None:
    """A section to rerun a section chapter for, as its exercise suggests: of the other
    numbered sections of ``report_id`` (no part's preamble, no closing address) in a part
    of the same role as ``section`` (review or plan), the one stating the most figures,
    the first in text order on a tie. None when the report has no such section, or no
    section ``section``.

    The exercise names a section of the chapter's own report, so a book built for any
    report suggests one that report has (Yuzhong's chapter on p1.s1 suggests p1.s8, the
    numbered section of its review stating the most figures).
    """
    s = sections[sections["report_id"] == report_id]
    role = s.loc[s["section"] == section, "role"]
    if role.empty:
        return None
    same = s[(s["role"] == role.iloc[0]) & (s["number"] > 0) & (s["style"] != "closing")
             & (s["section"] != section)]
    if same.empty:
        return None
    counts = ind[ind["report_id"] == report_id].groupby("section").size()
    return str(same.loc[same["section"].map(counts).fillna(0).idxmax(), "section"])


def part_summary(summary: pd.DataFrame) -> pd.DataFrame:
    """``structure_summary`` added up by part, with figures per thousand characters:
    how much of the speech each part takes and how densely it argues in numbers."""
    g = summary.groupby(["part", "part_title", "role"], sort=False, as_index=False).agg(
        sections=("section", "size"), chars=("chars", "sum"), share=("share", "sum"),
        figures=("figures", "sum"))
    g["per_1000_chars"] = (1000 * g["figures"] / g["chars"].where(g["chars"] > 0)).round(1)
    return g
