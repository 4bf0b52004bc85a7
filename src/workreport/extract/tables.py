"""Stage 5: the tidy tables, their schema, validation and atomic writing.

``extract_reports`` runs the stages before it for each report and returns five tables
(reports, sections, indicators, numbers, sentences). A report's tables are built as
Arrow tables (``Extraction.arrow``), which a shard writes as Arrow IPC and CSV rows
(``csv_rows``) without going through pandas; ``Extraction.tables`` gives them as pandas
when asked (a few milliseconds per table, most of a small report's cost if paid in
every shard). ``write_tables`` validates them
against ``SCHEMA`` and writes them to a directory together with a Frictionless
``datapackage.json`` that describes every column. Nothing is written unless every
table is valid, and each file appears by an atomic rename, so an interrupted or
failed run never leaves a half-written table behind.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import warnings
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import pandas as pd
import pyarrow as pa

from workreport.atomic import atomic_write
from workreport.english import government_en
from workreport.extract import codes
from workreport.extract.catalog import Report
from workreport.extract.figures import extract
from workreport.extract.ingest import load
from workreport.extract.metadata import Metadata, field_names, government_key, read_metadata
from workreport.extract.numbers import classify
from workreport.extract.readers import ReportWarning
from workreport.extract.readers.pager import WebPages
from workreport.extract.rowcheck import disagreements, kinds
from workreport.extract.spanyears import review_first
from workreport.extract.structure import Structure, parse
from workreport.extract.summary import is_summary
from workreport.glossary import Glossary, default_glossary, indicator_english
from workreport.schema import SCHEMA, arrow_schema, datapackage, to_pandas, validate

__all__ = ["Extraction", "csv_rows", "extract_report", "extract_reports", "write_tables"]

@dataclass
class Extraction:
    """Everything extracted from one report: the parsed structure and its tables
    (``arrow``: table name → ``pyarrow.Table`` of ``arrow_schema``; ``tables``: the same
    as pandas DataFrames with the schema's nullable dtypes, made on first use)."""

    report: Report
    structure: Structure
    encoding: str
    arrow: dict[str, pa.Table]

    @cached_property
    def tables(self) -> dict[str, pd.DataFrame]:
        return {name: to_pandas(t) for name, t in self.arrow.items()}


def _merge(report: Report, read: Metadata) -> dict:
    """What the catalogue states wins over what the text says; each disagreement is a
    ``ReportWarning`` (governments compare as one name: 保定市清苑区人民政府 is
    清苑区人民政府), and so is a government neither states (its level is then unknown
    too), and a text without a title block whose title, date and speaker no entry states
    (the State Council's 2019 text opens with 各位代表: its pages showed none without a
    word; tester 71), or whose date or speaker it does not give (one line naming what is
    missing: State Council 2015 and 2016; re-test 72)."""
    merged = {}
    for name in field_names():
        stated, found = getattr(report, name), getattr(read, name)
        same = government_key(stated) == government_key(found) if name == "government" \
            else stated == found
        if stated not in ("", None) and found not in ("", None) and not same:
            said = f"{name} {stated!r}"
            if name == "year_reviewed" and report.report_year == stated + 1:
                # Not typed, maybe: the year before a stated report_year (session 69, tester).
                said = f"report_year {report.report_year!r} (reviewing {stated!r})"
            warnings.warn(f"{report.path}: {report.id}: the catalogue's {said} "
                          f"differs from the report's own {name} {found!r}; using the "
                          "catalogue's", ReportWarning, stacklevel=3)
        merged[name] = stated if stated not in ("", None) else found
    if not merged["government"]:
        warnings.warn(f"{report.path}: {report.id}: the text never names its government, so "
                      "government and level are left empty; state them in its catalogue "
                      "entry (government:, level:) or in columns of its spreadsheet row",
                      ReportWarning, stacklevel=3)
    if not any(merged[name] for name in ("title", "date", "speaker")):
        warnings.warn(f"{report.path}: {report.id}: no title block: title, date and speaker "
                      "unknown; state them in the catalogue entry (title:, date:, speaker:)",
                      ReportWarning, stacklevel=3)
    elif lacking := [name for name in ("date", "speaker") if not merged[name]]:
        # State Council 2015, 2016: a title line, no date or speaker line; the government
        # page showed empty cells and the build said nothing (re-test 72, D10).
        said = " and ".join(lacking)
        warnings.warn(f"{report.path}: {report.id}: the title block gives no {said}: "
                      f"{said} unknown; state {'them' if len(lacking) > 1 else 'it'} in the "
                      f"catalogue entry ({', '.join(f'{n}:' for n in lacking)})",
                      ReportWarning, stacklevel=3)
    return merged


def _warn_pages(report: Report, pages: WebPages, st: Structure) -> None:
    """The one ``ReportWarning`` for a text that is some pages of a paged web article
    (``readers.pager``), naming the file (and the row of a file of many reports) and saying
    when no plan part was read: "county-tangxian-2024.txt: the text is page 1 of 4 of a web
    article; the rest is missing (no plan part read)" (session 70, tester)."""
    row = f"{report.id}: " if report.text is not None else ""
    plan = "" if any(p.role == "plan" for p in st.parts) else " (no plan part read)"
    warnings.warn(f"{report.path}: {row}{pages.warning}{plan}", ReportWarning, stacklevel=3)


def _check_row(report: Report, meta: dict) -> str | None:
    """Where a spreadsheet row's own columns disagree with what its text says of place or
    year (``rowcheck``): one ``ReportWarning`` naming the file, row and id and each column
    against the text, and the kinds for reports.csv ``source_disagrees`` ("place",
    "year", "place|year"); None when they agree (session 73, tester: a 唐县 row holding
    高唐县's report passed in silence)."""
    found = disagreements(report.fields, meta["government"], meta["report_year"])
    if not found:
        return None
    row = f"row {report.row} [{report.id}]" if report.row else report.id
    warnings.warn(f"{report.path}: {row}: its columns disagree with its text on "
                  f"{kinds(found).replace('|', ' and ')}: {'; '.join(map(str, found))}; "
                  "read from the text (reports.csv source_disagrees)",
                  ReportWarning, stacklevel=3)
    return kinds(found)


def _table(name: str, rows: list[dict]) -> pa.Table:
    """A table with the schema's columns, in order, each of its Arrow type (``None`` is
    null). Raises ``pyarrow.ArrowInvalid``/``ArrowTypeError`` for a value of another
    type, ``KeyError`` for rows without the schema's columns."""
    schema = arrow_schema(name)
    if rows and set(rows[0]) != set(schema.names):
        raise KeyError(f"{name} rows have {sorted(rows[0])}, the schema {schema.names}")
    return pa.Table.from_pylist(rows, schema=schema)


def csv_rows(name: str, table: pa.Table) -> str:
    """The rows of ``table`` as CSV, without the header: the bytes pandas' ``to_csv``
    (``index=False, lineterminator="\\n"``) writes for the same table as pandas — an
    empty cell for null, Python's ``repr`` of a number, True/False, quotes only where
    needed — made from Python lists (pandas spends milliseconds per table on it)."""
    columns = []
    for f, col in zip(SCHEMA[name][1], table.columns, strict=True):
        values = col.to_pylist()
        if f[1] == "string":  # csv writes a str as it is: only nulls need replacing
            columns.append(values if not col.null_count
                           else ["" if v is None else v for v in values])
        else:
            show = str if f[1] != "number" else repr
            columns.append(list(map(show, values)) if not col.null_count
                           else ["" if v is None else show(v) for v in values])
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(zip(*columns, strict=True))
    return buf.getvalue()


def extract_report(report: Report, glossary: Glossary | None = None) -> Extraction:
    """Run ingest → structure → numbers → figures for one report and tabulate the result."""
    doc = load(report.path, report.id, text=report.text, fields=report.fields)
    st = parse(doc)
    tokens = classify(st)
    meta = _merge(report, read_metadata(doc, st))
    disagrees = _check_row(report, meta)
    if doc.web_pages:
        _warn_pages(report, doc.web_pages, st)
    reviewed, year = meta["year_reviewed"], meta["report_year"]
    figures = extract(st, tokens, (reviewed, year))
    glossary = default_glossary() if glossary is None else glossary
    # Labels and units come from the simplified text the stages matched; what is quoted
    # (quote, sentence, section text) is cut from the text as written: same offsets.
    shown = doc.shown
    titles = {s.id: s.title for s in st.sections}
    # Part and role travel on every figure row, so no reader parses a section id for them.
    owner = {s.id: p for p in st.parts for s in p.sections}
    rid = report.id
    fig_rows, by_start, seen = [], {}, Counter()
    # Figures of a sentence sharing a label and measure: a label naming several codes
    # ("城镇、农村居民人均可支配收入分别增长7.5%和8.5%") gives them out in order.
    alike = Counter((f.sentence_index, f.indicator, f.measure) for f in figures)
    for n, f in enumerate(figures, 1):
        fid = f"{rid}#f{n:03d}"
        by_start.setdefault(f.start, fid)  # a figure given to several subjects: the first
        key = (f.sentence_index, f.indicator, f.measure)
        code = codes.code_for(f.indicator, seen[key], alike[key])
        seen[key] += 1
        fig_rows.append({
            "figure_id": fid, "report_id": rid, "section": f.section,
            "section_title": titles[f.section], "part": owner[f.section].number,
            "role": owner[f.section].role, "kind": f.kind, "year": f.year,
            "year_first": f.year_first,
            "indicator": f.indicator, "indicator_code": code,
            "indicator_en": indicator_english(f.indicator, code, glossary),
            "measure": f.measure, "value": f.value, "value_high": f.value_high,
            "unit": f.unit, "qualifier": f.qualifier,
            "sentence": _written(shown, st, f.sentence_index, f.sentence),
            "quote": shown[f.start:f.end] if doc.written else f.quote,
            "start": f.start, "end": f.end,
            "sentence_index": f.sentence_index, "page": doc.page(f.start),
        })
    num_rows, starts = [], sorted(by_start)
    for t in tokens:
        fid = by_start.get(t.quantity.start) if t.cls == "figure" and t.quantity else None
        if t.cls == "range_end":  # the range's figure: the last one starting before it
            at = bisect_right(starts, t.start)
            fid = by_start[starts[at - 1]] if at else None
        num_rows.append({
            "report_id": rid, "token": shown[t.start:t.end] if doc.written else t.text,
            "value": t.value, "class": t.cls,
            "reason": t.reason, "start": t.start, "end": t.end, "section": t.sentence.section,
            "sentence_index": t.sentence.index,
            "sentence": shown[t.sentence.start:t.sentence.end], "figure_id": fid,
        })
    sec_rows = []
    for part in st.parts:
        for s in part.sections:
            body = shown[s.start:s.end].strip("\n")
            sec_rows.append({
                "report_id": rid, "part": part.number, "part_title": part.title,
                "role": part.role, "section": s.id, "number": s.number, "title": s.title,
                "style": s.style,
                "start": s.start, "end": s.end, "chars": len(body.replace("\n", "")),
                "text": body,
            })
    sent_rows = [{"report_id": rid, "sentence_index": s.index, "section": s.section,
                  "paragraph": s.paragraph, "start": s.start, "end": s.end,
                  "text": shown[s.start:s.end]}
                 for s in st.sentences]
    rep_rows = [{
        "report_id": rid, "title": meta["title"], "government": meta["government"],
        # What the entry states, else the English made from the government read.
        "government_en": report.government_en or government_en(meta["government"]),
        "level": meta["level"],
        "report_year": year, "year_reviewed": reviewed, "year_reviewed_first": next(
            (review_first(p.title, reviewed) for p in st.parts if p.role == "review"), None),
        "date": meta["date"],
        "speaker": meta["speaker"], "office": meta["office"], "meeting": meta["meeting"],
        "summary": is_summary(st.text), "has_chapters": report.has_chapters,
        "incomplete": doc.web_pages.words if doc.web_pages else None,
        "source_file": report.path.name, "source_disagrees": disagrees,
        "encoding": doc.encoding,
        "chars": len(st.text.replace("\n", "")), "sentences": len(st.sentences),
        "figures": len(fig_rows), "numbers": len(num_rows),
    }]
    tables = {
        "reports": _table("reports", rep_rows),
        "sections": _table("sections", sec_rows),
        "indicators": _table("indicators", fig_rows),
        "numbers": _table("numbers", num_rows),
        "sentences": _table("sentences", sent_rows),
    }
    # The structure handed on carries the text as written: what text/<id>.txt holds and
    # the annotated page shows.
    shown_structure = dataclasses.replace(st, text=shown) if doc.written else st
    return Extraction(report, shown_structure, doc.encoding, tables)


def _written(shown: str, st: Structure, index: int, sentence: str) -> str:
    """A figure's sentence as written (the figures stage gives it from the matched text)."""
    s = st.sentences[index]
    return shown[s.start:s.end] if s.text == sentence else sentence


def extract_reports(reports: Iterable[Report], glossary: Glossary | None = None
                    ) -> tuple[dict[str, pd.DataFrame], list[Extraction]]:
    """Extract several reports into one set of tables (rows keep their ``report_id``)."""
    done = [extract_report(r, glossary) for r in reports]
    tables = {name: to_pandas(pa.concat_tables([e.arrow[name] for e in done])
                              if done else _table(name, []))
              for name in SCHEMA}
    return tables, done


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
