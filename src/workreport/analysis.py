"""Questions the book asks of the tables, as pure functions: pandas in, pandas out.

The notebooks stay thin and never type a number: they call these functions for every
table, pairing and sentence they show. Each function says *why* it exists; the words
that turn rows into prose live in ``prose``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from workreport.english import convert
from workreport.extract.catalog import chaptered
from workreport.extract.tables import SCHEMA
from workreport.findings import similar_label
from workreport.glossary import Glossary, load_glossary
from workreport.labels import GDP, GDP_SYNONYMS, english, indicator_key, with_english
from workreport.prose import (
    bilingual,
    describe_change,
    describe_outcome,
    describe_target,
    section_reading,
    signed,
)

__all__ = [
    "GDP",
    "GDP_SYNONYMS",
    "Tables",
    "bilingual",
    "compare_targets",
    "describe_change",
    "describe_outcome",
    "describe_target",
    "english",
    "figure_table",
    "find_data_dir",
    "headline_results",
    "indicator_key",
    "later_report",
    "levels_and_changes",
    "load_tables",
    "outcomes",
    "part_summary",
    "peers",
    "report_rows",
    "review_part",
    "section_reading",
    "section_table",
    "structure_summary",
    "targets_vs_results",
    "with_english",
]

@dataclass(frozen=True)
class Tables:
    """The five extracted tables (and the glossary that labels them in English)."""

    reports: pd.DataFrame
    sections: pd.DataFrame
    indicators: pd.DataFrame
    numbers: pd.DataFrame
    sentences: pd.DataFrame
    glossary: Glossary = field(default_factory=Glossary)
    #: Reports with chapters (and an annotated page to link figures to), from the
    #: catalogue beside the tables; None (link every report) when there is none.
    chaptered: frozenset[str] | None = None

    def report(self, report_id: str) -> pd.Series:
        """The ``reports`` row of one report; KeyError names the ids that exist."""
        rows = self.reports[self.reports["report_id"] == report_id]
        if rows.empty:
            known = ", ".join(self.reports["report_id"])
            raise KeyError(f"no report {report_id!r} in the tables (have: {known})")
        return rows.iloc[0]

    def section(self, report_id: str, section: str) -> pd.Series:
        """The ``sections`` row of one section of one report."""
        s = self.sections
        rows = s[(s["report_id"] == report_id) & (s["section"] == section)]
        if rows.empty:
            have = ", ".join(s.loc[s["report_id"] == report_id, "section"])
            raise KeyError(f"no section {section!r} in {report_id!r} (have: {have})")
        return rows.iloc[0]

    def has(self, report_id: str | None) -> bool:
        """Whether a report is in the data (so a chapter can skip a comparison gracefully)."""
        return bool(report_id) and bool((self.reports["report_id"] == report_id).any())


def _typed_read(path: Path, name: str) -> pd.DataFrame:
    """Read one CSV: text stays text (no NaN for "", no 0-padded ids mangled), numbers typed."""
    df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    for fname, ftype, *_ in SCHEMA[name][1]:
        if fname in df.columns and ftype in ("integer", "number"):
            num = pd.to_numeric(df[fname].replace("", None), errors="coerce")
            df[fname] = num.astype("Int64" if ftype == "integer" else "Float64")
    return df


def find_data_dir(data_dir: str | Path, start: str | Path | None = None) -> Path:
    """``data_dir`` as given, or, when relative and missing, found in a parent folder.

    The notebooks pass ``data/processed``, relative to the project root where the build
    runs them; Jupyter (locally or on Binder) starts a kernel in the notebook's own folder,
    ``book/generated/<report_id>/``, so the tables are looked for upwards from there, as
    git looks for its repository. A path that is nowhere is returned unchanged, and the
    read fails naming it.
    """
    path = Path(data_dir)
    if path.is_absolute() or (path / "indicators.csv").is_file():
        return path
    here = Path(start).resolve() if start else Path.cwd()
    for folder in (here, *here.parents):
        if (folder / path / "indicators.csv").is_file():
            return folder / path
    return path


def load_tables(data_dir: str | Path, glossary: str | Path | None = None) -> Tables:
    """Load the tables ``workreport extract`` wrote, typed as the schema says.

    The glossary defaults to ``glossary.csv`` beside ``data_dir`` (as the CLI's default
    sits beside the catalogue); a missing glossary is an empty one. The catalogue there
    (``reports.yml``) says which reports have chapters (``Tables.chaptered``).
    """
    data_dir = find_data_dir(data_dir)
    frames = {name: _typed_read(data_dir / f"{name}.csv", name) for name in SCHEMA}
    gpath = Path(glossary) if glossary else data_dir.parent / "glossary.csv"
    return Tables(**frames, glossary=load_glossary(gpath),
                  chaptered=chaptered(data_dir.parent / "reports.yml"))


# ----------------------------------------------------------------------------- figures


def _part(section: str) -> int:
    m = re.match(r"p(\d+)\.", str(section))
    return int(m.group(1)) if m else -1


def report_rows(ind: pd.DataFrame, report_id: str) -> pd.DataFrame:
    """One report's figures in text order (every other function starts here)."""
    rows = ind[ind["report_id"] == report_id]
    return rows.sort_values("start", kind="stable").reset_index(drop=True)


def review_part(ind: pd.DataFrame, report_id: str,
                sections: pd.DataFrame | None = None) -> int | None:
    """The number of the part that reviews the past year.

    From ``sections`` (role ``review``) when given, else the part of the first actual
    figure: results are what a review part states first.
    """
    if sections is not None:
        rev = sections[(sections["report_id"] == report_id) & (sections["role"] == "review")]
        if not rev.empty:
            return int(rev["part"].iloc[0])
    rows = report_rows(ind, report_id)
    actual = rows[rows["kind"] == "actual"]
    return _part(actual["section"].iloc[0]) if not actual.empty else None


def _actuals_of_review(ind: pd.DataFrame, report_id: str) -> pd.DataFrame:
    rows = report_rows(ind, report_id)
    part = review_part(ind, report_id)
    return rows[(rows["kind"] == "actual") & (rows["section"].map(_part) == part)]


def headline_results(ind: pd.DataFrame, report_id: str, limit: int = 12) -> pd.DataFrame:
    """The results a report leads with: the review part's preamble (its —— bullets).

    Falls back to the first ``limit`` actual figures when the preamble states none.
    """
    actual = _actuals_of_review(ind, report_id)
    part = review_part(ind, report_id)
    pre = actual[actual["section"] == f"p{part}.s0"]
    return (pre if not pre.empty else actual.head(limit)).reset_index(drop=True)


def levels_and_changes(rows: pd.DataFrame,
                       glossary: Mapping[str, Any] | None = None) -> pd.DataFrame:
    """One row per statement: a level beside the growth rate the same sentence gives it.

    "地区生产总值804.2亿元，增长12%" is two figures but one statement; pairing them is
    what lets prose say "grew 12% to 804.2亿元". A change with no level stays on its own.
    """
    rows = with_english(rows.sort_values("start", kind="stable"), glossary)
    used: set[str] = set()
    out = []
    recs = rows.to_dict("records")
    for i, r in enumerate(recs):
        if r["figure_id"] in used:
            continue
        pair = None
        if r["measure"] != "change":
            pair = next((c for c in recs[i + 1:] if c["measure"] == "change"
                         and c["sentence_index"] == r["sentence_index"]
                         and c["indicator"] == r["indicator"] and c["figure_id"] not in used),
                        None)
        is_change = r["measure"] == "change"
        lvl, chg = (None, r) if is_change else (r, pair)
        if pair is not None:
            used.add(pair["figure_id"])
        out.append({
            "indicator": r["indicator"], "english": r["english"], "kind": r["kind"],
            "year": r["year"], "section": r["section"],
            "measure": "change" if is_change else r["measure"],
            "level": lvl["value"] if lvl else float("nan"),
            "level_unit": lvl["unit"] if lvl else "",
            "level_qualifier": lvl["qualifier"] if lvl else "",
            "change": chg["value"] if chg else float("nan"),
            "change_unit": chg["unit"] if chg else "",
            "change_qualifier": chg["qualifier"] if chg else "",
            "quote": " … ".join(x["quote"] for x in (lvl, chg) if x),
            "figure_id": " ".join(x["figure_id"] for x in (lvl, chg) if x),
            "sentence_index": r["sentence_index"],
        })
    cols = ["indicator", "english", "kind", "year", "section", "measure", "level", "level_unit",
            "level_qualifier", "change", "change_unit", "change_qualifier", "quote", "figure_id",
            "sentence_index"]
    df = pd.DataFrame(out, columns=cols)
    for c in ("level", "change"):
        df[c] = pd.to_numeric(df[c], errors="coerce").astype("float64")
    return df


def figure_table(rows: pd.DataFrame, glossary: Mapping[str, Any] | None = None) -> pd.DataFrame:
    """The book's display table of figures: labels in both languages, value, paired change."""
    pairs = levels_and_changes(rows, glossary)
    is_change = pairs["measure"] == "change"
    return pd.DataFrame({
        "indicator": pairs["indicator"],
        "english": pairs["english"],
        "value": pairs["level"].where(~is_change, pairs["change"]),
        "unit": pairs["level_unit"].where(~is_change, pairs["change_unit"]),
        "qualifier": pairs["level_qualifier"].where(~is_change, pairs["change_qualifier"]),
        "measure": pairs["measure"],
        "change": [signed(v, u) if not c and pd.notna(v) else ""
                   for v, u, c in zip(pairs["change"], pairs["change_unit"], is_change,
                                      strict=True)],
        "quote": pairs["quote"],
        "figure_id": pairs["figure_id"],
    })


def section_table(ind: pd.DataFrame, report_id: str, section: str,
                  glossary: Mapping[str, Any] | None = None) -> pd.DataFrame:
    """Every figure of one section, as the section chapter shows it."""
    rows = report_rows(ind, report_id)
    return figure_table(rows[rows["section"] == section], glossary)


# ----------------------------------------------------------------------------- targets

_PAIR_COLS = ["indicator", "indicator_en", "measure", "unit", "target", "target_high",
              "qualifier", "result", "result_unit", "result_qualifier", "result_indicator",
              "result_year", "target_year", "difference", "section", "figure_id", "result_id"]


def _pair(targets: pd.DataFrame, actuals: pd.DataFrame,
          glossary: Mapping[str, Any] | None) -> pd.DataFrame:
    """Pair each target with an actual of the same indicator and measure.

    Exact label first, then the normalised key; the first actual in text order wins (the
    headline figure, not a later mention); failing both, the actual of a unit that counts
    alike whose label shares the longest run of three or more characters
    (``findings.similar_label``). ``difference`` = target − result in the target's unit,
    when the units count alike (``english.convert``).
    """
    acts = actuals.assign(_key=actuals["indicator"].map(indicator_key)).to_dict("records")
    out = []
    for t in with_english(targets, glossary).to_dict("records"):
        same = [a for a in acts if a["measure"] == t["measure"]]
        a = next((a for a in same if a["indicator"] == t["indicator"]), None) or next(
            (a for a in same if a["_key"] == indicator_key(t["indicator"])), None)
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
            "result_year": a["year"] if a else pd.NA, "target_year": t["year"],
            "difference": t["value"] - in_target if in_target is not None else float("nan"),
            "section": t["section"], "figure_id": t["figure_id"],
            "result_id": a["figure_id"] if a else "",
        })
    df = pd.DataFrame(out, columns=_PAIR_COLS)
    for c in ("target", "target_high", "result", "difference"):
        df[c] = pd.to_numeric(df[c], errors="coerce").astype("float64")
    for c in ("result_year", "target_year"):
        df[c] = df[c].astype("Int64")
    return df


def targets_vs_results(ind: pd.DataFrame, report_id: str,
                       glossary: Mapping[str, Any] | None = None,
                       only_matched: bool = False) -> pd.DataFrame:
    """This year's targets beside last year's results, both stated in the same report.

    Yuzhong 2014: 地区生产总值 growth target 11% beside the 12% it reports for 2013.
    """
    rows = report_rows(ind, report_id)
    df = _pair(rows[rows["kind"] == "target"], _actuals_of_review(ind, report_id), glossary)
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
    frames = [t[[k in shared for k in zip(t["key"], t["measure"], t["unit"], strict=True)]]
              for t in per.values()]
    df = pd.concat(frames, ignore_index=True)
    df["english"] = [english(k, glossary, fallback=e) if k == GDP else e
                     for k, e in zip(df["key"], df["english"], strict=True)]
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


def later_report(reports: pd.DataFrame, report_id: str) -> str | None:
    """The report of the same government that reviews the year this report targets."""
    me = reports[reports["report_id"] == report_id]
    if me.empty:
        return None
    gov, year = me["government"].iloc[0], me["report_year"].iloc[0]
    later = reports[(reports["government"] == gov) & (reports["year_reviewed"] == year)
                    & (reports["report_id"] != report_id)]
    return str(later["report_id"].iloc[0]) if not later.empty else None


def outcomes(ind: pd.DataFrame, report_id: str, later_report_id: str | None,
             glossary: Mapping[str, Any] | None = None) -> pd.DataFrame:
    """Targets of a report beside the actuals a later report gives for that year.

    Whether a target was met can only be read from the next year's report; with no such
    report in the data the frame is empty (same columns), and the chapter says so.
    """
    rows = report_rows(ind, report_id)
    targets = rows[rows["kind"] == "target"]
    if not later_report_id or not (ind["report_id"] == later_report_id).any():
        return _pair(targets.iloc[0:0], targets.iloc[0:0], glossary).rename(
            columns={"result": "outcome", "result_year": "outcome_year"})
    df = _pair(targets, _actuals_of_review(ind, later_report_id), glossary)
    df = df[df["result"].notna()].reset_index(drop=True)
    return df.rename(columns={"result": "outcome", "result_year": "outcome_year"})


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


def part_summary(summary: pd.DataFrame) -> pd.DataFrame:
    """``structure_summary`` added up by part, with figures per thousand characters:
    how much of the speech each part takes and how densely it argues in numbers."""
    g = summary.groupby(["part", "part_title", "role"], sort=False, as_index=False).agg(
        sections=("section", "size"), chars=("chars", "sum"), share=("share", "sum"),
        figures=("figures", "sum"))
    g["per_1000_chars"] = (1000 * g["figures"] / g["chars"].where(g["chars"] > 0)).round(1)
    return g
