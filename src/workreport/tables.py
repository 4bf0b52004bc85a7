"""Stage 5: the tidy tables, their schema, validation and atomic writing.

``extract_reports`` runs the stages before it for each report and returns five tables
(reports, sections, indicators, numbers, sentences); ``write_tables`` validates them
against ``SCHEMA`` and writes them to a directory together with a Frictionless
``datapackage.json`` that describes every column. Nothing is written unless every
table is valid, and each file appears by an atomic rename, so an interrupted or
failed run never leaves a half-written table behind.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .atomic import atomic_write
from .catalog import Report
from .errors import SchemaError
from .figures import extract
from .glossary import Glossary
from .ingest import load
from .numbers import classify
from .structure import Structure, parse

__all__ = ["SCHEMA", "Extraction", "extract_report", "extract_reports", "validate",
           "write_tables"]

# name, type, description, required, enum
_F = tuple[str, str, str, bool, tuple[str, ...]]
SCHEMA: dict[str, tuple[str, list[_F]]] = {
    "reports": ("One row per report: what it is and how it was read.", [
        ("report_id", "string", "Report id (the file's stem by default)", True, ()),
        ("title", "string", "Title line of the report", True, ()),
        ("government", "string", "Government that delivered it (Chinese)", False, ()),
        ("government_en", "string", "Government in English", False, ()),
        ("level", "string", "district, municipal, provincial or national", False, ()),
        ("report_year", "integer", "Year the report was delivered (targets refer to it)",
         False, ()),
        ("year_reviewed", "integer", "Year whose results the review part reports", False, ()),
        ("date", "string", "Date delivered, ISO 8601", False, ()),
        ("speaker", "string", "Who delivered it", False, ()),
        ("meeting", "string", "The session it was delivered to", False, ()),
        ("source_file", "string", "File name of the raw text", True, ()),
        ("encoding", "string", "Encoding detected in the raw file", True, ()),
        ("chars", "integer", "Characters of normalised text", True, ()),
        ("sentences", "integer", "Sentences found", True, ()),
        ("figures", "integer", "Rows in indicators.csv", True, ()),
        ("numbers", "integer", "Number tokens found (figures and non-figures)", True, ()),
    ]),
    "sections": ("One row per section (a part's preamble is section 0).", [
        ("report_id", "string", "Report id", True, ()),
        ("part", "integer", "Part number (0 = title block)", True, ()),
        ("part_title", "string", "Heading of the part", True, ()),
        ("role", "string", "Role of the part", True, ("front", "review", "plan", "appendix")),
        ("section", "string", "Section id p{part}.s{n}", True, ()),
        ("number", "integer", "Section number within its part (0 = preamble)", True, ()),
        ("title", "string", "Section heading (or the part's, for a preamble)", True, ()),
        ("style", "string", "How the section is marked: front (title block), preamble (text "
         "before section 1), bracket （一）, shi 一是, ordinal 第一, item (appendix), closing "
         "(from an address 各位代表 after the last section)", True,
         ("front", "preamble", "bracket", "shi", "ordinal", "item", "closing")),
        ("start", "integer", "Offset of the first character in the normalised text", True, ()),
        ("end", "integer", "Offset one past the last character", True, ()),
        ("chars", "integer", "Characters of text in the section", True, ()),
        ("text", "string", "The section's normalised text", True, ()),
    ]),
    "indicators": ("One row per figure stated in a report, with its provenance.", [
        ("figure_id", "string", "Stable id: report_id#f{n}, in text order", True, ()),
        ("report_id", "string", "Report id", True, ()),
        ("section", "string", "Section id p{part}.s{n}", True, ()),
        ("section_title", "string", "Heading of that section", True, ()),
        ("kind", "string", "actual: a result of the year reviewed; target: a goal",
         True, ("actual", "target")),
        ("year", "integer", "Year the figure refers to", False, ()),
        ("indicator", "string", "What is measured, as the text names it", True, ()),
        ("indicator_en", "string", "English label from the glossary, if known", False, ()),
        ("measure", "string", "level, change (growth) or share", True,
         ("level", "change", "share")),
        ("value", "number", "Value in the stated unit; negative for 下降/减少", True, ()),
        ("value_high", "number", "Upper end of a range (6.5%－7%)", False, ()),
        ("unit", "string", "Unit as written, with its magnitude (亿元, 万平方米, %)", True, ()),
        ("qualifier", "string", "左右, 以上, 以内, 余, 多, 突破, 预计 … joined by |", False, ()),
        ("sentence", "string", "The whole source sentence", True, ()),
        ("quote", "string", "Exact span of the text that states the figure", True, ()),
        ("start", "integer", "Offset of the quote in the normalised text", True, ()),
        ("end", "integer", "Offset one past the quote", True, ()),
        ("sentence_index", "integer", "Index of the sentence in the report", True, ()),
    ]),
    "numbers": ("Every number token in a report, each a figure or a classified non-figure.", [
        ("report_id", "string", "Report id", True, ()),
        ("token", "string", "The number as written", True, ()),
        ("value", "number", "Its value", True, ()),
        ("class", "string", "figure or the kind of non-figure", True,
         ("figure", "range_end", "date", "ordinal", "name", "code", "grade", "marker",
          "duration", "unitless")),
        ("reason", "string", "Why it was classified so", True, ()),
        ("start", "integer", "Offset in the normalised text", True, ()),
        ("end", "integer", "Offset one past the token", True, ()),
        ("section", "string", "Section id", True, ()),
        ("sentence_index", "integer", "Index of the sentence", True, ()),
        ("sentence", "string", "The whole sentence", True, ()),
        ("figure_id", "string", "The indicators row this token states, if any", False, ()),
    ]),
    "sentences": ("Every sentence, for text analysis and the annotated report.", [
        ("report_id", "string", "Report id", True, ()),
        ("sentence_index", "integer", "Index in the report", True, ()),
        ("section", "string", "Section id", True, ()),
        ("paragraph", "integer", "Index of its paragraph (line)", True, ()),
        ("start", "integer", "Offset in the normalised text", True, ()),
        ("end", "integer", "Offset one past the sentence", True, ()),
        ("text", "string", "The sentence", True, ()),
    ]),
}

_DTYPES = {"string": "string", "integer": "Int64", "number": "Float64"}


@dataclass
class Extraction:
    """Everything extracted from one report: the parsed structure and its tables."""

    report: Report
    structure: Structure
    encoding: str
    tables: dict[str, pd.DataFrame]


def _years(st: Structure, report: Report) -> tuple[int | None, int | None]:
    reviewed, year = report.years
    if year is None:
        m = re.match(r"(\d{4})", st.title)
        year = int(m.group(1)) if m else None
    if reviewed is None:
        review = next((p for p in st.parts if p.role == "review"), None)
        m = re.search(r"(\d{4})年", review.title) if review else None
        reviewed = int(m.group(1)) if m else (year - 1 if year else None)
    return reviewed, year


def _frame(name: str, rows: list[dict]) -> pd.DataFrame:
    """A table with the schema's columns, in order, each with its nullable dtype."""
    fields = SCHEMA[name][1]
    return pd.DataFrame({f[0]: pd.array([r[f[0]] for r in rows], dtype=_DTYPES[f[1]])
                         for f in fields})


def extract_report(report: Report, glossary: Glossary | None = None) -> Extraction:
    """Run ingest → structure → numbers → figures for one report and tabulate the result."""
    doc = load(report.path, report.id)
    st = parse(doc)
    tokens = classify(st)
    reviewed, year = _years(st, report)
    figures = extract(st, tokens, (reviewed, year))
    glossary = glossary or Glossary()
    titles = {s.id: s.title for s in st.sections}
    rid = report.id
    fig_rows, by_start = [], {}
    for n, f in enumerate(figures, 1):
        fid = f"{rid}#f{n:03d}"
        by_start[f.start] = fid
        fig_rows.append({
            "figure_id": fid, "report_id": rid, "section": f.section,
            "section_title": titles[f.section], "kind": f.kind, "year": f.year,
            "indicator": f.indicator, "indicator_en": glossary.english(f.indicator),
            "measure": f.measure, "value": f.value, "value_high": f.value_high,
            "unit": f.unit, "qualifier": f.qualifier, "sentence": f.sentence,
            "quote": f.quote, "start": f.start, "end": f.end,
            "sentence_index": f.sentence_index,
        })
    num_rows = []
    for t in tokens:
        fid = by_start.get(t.quantity.start) if t.cls == "figure" and t.quantity else None
        if t.cls == "range_end":
            fid = next((v for k, v in sorted(by_start.items()) if k <= t.start), None)
        num_rows.append({
            "report_id": rid, "token": t.text, "value": t.value, "class": t.cls,
            "reason": t.reason, "start": t.start, "end": t.end, "section": t.sentence.section,
            "sentence_index": t.sentence.index, "sentence": t.sentence.text, "figure_id": fid,
        })
    sec_rows = []
    for part in st.parts:
        for s in part.sections:
            body = st.text[s.start:s.end].strip("\n")
            sec_rows.append({
                "report_id": rid, "part": part.number, "part_title": part.title,
                "role": part.role, "section": s.id, "number": s.number, "title": s.title,
                "style": s.style,
                "start": s.start, "end": s.end, "chars": len(body.replace("\n", "")),
                "text": body,
            })
    sent_rows = [{"report_id": rid, "sentence_index": s.index, "section": s.section,
                  "paragraph": s.paragraph, "start": s.start, "end": s.end, "text": s.text}
                 for s in st.sentences]
    meta = st.meta
    rep_rows = [{
        "report_id": rid, "title": st.title, "government": report.government,
        "government_en": report.government_en, "level": report.level,
        "report_year": year, "year_reviewed": reviewed,
        "date": report.date or meta.get("date", ""),
        "speaker": report.speaker or meta.get("speaker", ""),
        "meeting": report.meeting or meta.get("meeting", ""),
        "source_file": report.path.name, "encoding": doc.encoding,
        "chars": len(st.text.replace("\n", "")), "sentences": len(st.sentences),
        "figures": len(fig_rows), "numbers": len(num_rows),
    }]
    tables = {
        "reports": _frame("reports", rep_rows),
        "sections": _frame("sections", sec_rows),
        "indicators": _frame("indicators", fig_rows),
        "numbers": _frame("numbers", num_rows),
        "sentences": _frame("sentences", sent_rows),
    }
    return Extraction(report, st, doc.encoding, tables)


def extract_reports(reports: Iterable[Report], glossary: Glossary | None = None
                    ) -> tuple[dict[str, pd.DataFrame], list[Extraction]]:
    """Extract several reports into one set of tables (rows keep their ``report_id``)."""
    done = [extract_report(r, glossary) for r in reports]
    tables = {name: pd.concat([e.tables[name] for e in done], ignore_index=True)
              if done else _frame(name, []) for name in SCHEMA}
    return tables, done


def validate(name: str, df: pd.DataFrame) -> None:
    """Check a table against its schema: columns, types, required values, enums, unique ids."""
    fields = SCHEMA[name][1]
    expected = [f[0] for f in fields]
    if list(df.columns) != expected:
        raise SchemaError(f"columns {list(df.columns)} differ from the schema {expected}",
                          f"{name}.csv")
    for fname, ftype, _desc, required, enum in fields:
        col = df[fname]
        if required and col.isna().any():
            raise SchemaError(f"column {fname} has {int(col.isna().sum())} empty values",
                              f"{name}.csv")
        if ftype in ("integer", "number") and not pd.api.types.is_numeric_dtype(col):
            raise SchemaError(f"column {fname} is not numeric", f"{name}.csv")
        if enum:
            bad = sorted(set(col.dropna()) - set(enum))
            if bad:
                raise SchemaError(f"column {fname} has values outside {enum}: {bad[:3]}",
                                  f"{name}.csv")
    if name == "indicators" and df["figure_id"].duplicated().any():
        raise SchemaError("figure_id is not unique", f"{name}.csv")


def datapackage(names: Sequence[str]) -> dict:
    """A Frictionless Data Package descriptor for the tables written."""
    resources = []
    for name in names:
        desc, fields = SCHEMA[name]
        schema_fields = []
        for fname, ftype, fdesc, required, enum in fields:
            field: dict = {"name": fname, "type": ftype, "description": fdesc}
            constraints: dict = {}
            if required:
                constraints["required"] = True
            if enum:
                constraints["enum"] = list(enum)
            if constraints:
                field["constraints"] = constraints
            schema_fields.append(field)
        resource = {"name": name, "path": f"{name}.csv", "profile": "tabular-data-resource",
                    "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
                    "description": desc, "schema": {"fields": schema_fields}}
        if name == "indicators":
            resource["schema"]["primaryKey"] = ["figure_id"]
        resources.append(resource)
    return {"profile": "tabular-data-package", "name": "workreport-tables",
            "title": "Figures extracted from Chinese government work reports",
            "licenses": [{"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0"}],
            "resources": resources}


def write_tables(tables: dict[str, pd.DataFrame], out: str | Path,
                 texts: dict[str, str] | None = None) -> list[Path]:
    """Validate every table, then write each CSV (and datapackage.json) atomically.

    ``texts`` maps report ids to their normalised text, written to ``text/<id>.txt`` so
    every offset in the tables can be resolved without re-running the pipeline.
    """
    for name, df in tables.items():
        validate(name, df)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    rendered = {name: df.to_csv(index=False, lineterminator="\n") for name, df in tables.items()}
    written = []
    for name, data in rendered.items():
        path = out / f"{name}.csv"
        atomic_write(path, data)
        written.append(path)
    pkg = json.dumps(datapackage(list(tables)), ensure_ascii=False, indent=2) + "\n"
    atomic_write(out / "datapackage.json", pkg)
    written.append(out / "datapackage.json")
    for rid, text in (texts or {}).items():
        (out / "text").mkdir(exist_ok=True)
        atomic_write(out / "text" / f"{rid}.txt", text)
        written.append(out / "text" / f"{rid}.txt")
    return written
