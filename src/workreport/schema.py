"""The tables' names, their schema, validation, and one typed reader.

Every writer of ``data/processed`` validates against ``SCHEMA`` and every reader goes
through ``read_table``, so a column's type is decided in one place: integers are
nullable ``Int64``, numbers ``Float64``, text ``string`` (empty cells are ``<NA>``).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pandas as pd
import pyarrow as pa

from workreport.errors import MissingInput, SchemaError

__all__ = ["DERIVED", "SCHEMA", "TABLES", "arrow_schema", "datapackage", "owners",
           "read_table", "to_pandas", "validate"]

# name, type, description, required, enum
_F = tuple[str, str, str, bool, tuple[str, ...]]
SCHEMA: dict[str, tuple[str, list[_F]]] = {
    "reports": ("One row per report: what it is and how it was read.", [
        ("report_id", "string", "Report id (the file's stem by default)", True, ()),
        ("title", "string", "Title line of the report", True, ()),
        ("government", "string", "Government that delivered it (Chinese)", False, ()),
        ("government_en", "string", "Government in English", False, ()),
        ("level", "string", "county, district, municipal, provincial or national (read from "
         "the text unless the catalogue states it)", False, ()),
        ("report_year", "integer", "Year the report was delivered (targets refer to it)",
         False, ()),
        ("year_reviewed", "integer", "Year whose results the review part reports", False, ()),
        ("year_reviewed_first", "integer", "First year of the period the review part reports "
         "where its title names one (“十三五”时期…回顾: 2016, year_reviewed 2020; "
         "extract/spanyears.py); empty for a review of one year", False, ()),
        ("date", "string", "Date delivered, ISO 8601", False, ()),
        ("speaker", "string", "Who delivered it", False, ()),
        ("office", "string", "The speaker's office as the text names it (县长, 代省长, 总理; "
         "session 71)", False, ()),
        ("meeting", "string", "The session it was delivered to", False, ()),
        ("summary", "boolean", "Whether the text is an account of the report in the third "
         "person (a news summary: 《报告》说…, 报告分为四个部分…) rather than the report: it "
         "keeps only some of the report's figures (extract/summary.py, session 69)", True, ()),
        ("incomplete", "string", "The pages of a web article cut into pages that the text "
         "holds, where it lacks some (\"page 1 of 4\": the site's pager says the article has "
         "4, and the text holds its first only); empty for a whole text "
         "(extract/readers/pager.py, session 70)", False, ()),
        ("has_chapters", "boolean", "Whether the book gives it chapters of its own (the "
         "catalogue's chapters:, true by default); false for a context report that other "
         "chapters only read", True, ()),
        ("source_file", "string", "File name of the raw text", True, ()),
        ("source_disagrees", "string", "For a report read from a row of a spreadsheet (a "
         "file of many reports), what the row's own columns say otherwise than its text: "
         "place (a column naming the report's place, 区县名称 唐县, or its title column names "
         "another place than the government read from the text, 高唐县), year (a year "
         "column, 年份, or the title's year is not the report year read from the text), or "
         "place|year; the report is read from its text all the same, and the extraction "
         "warns once per such row. Empty where they agree or there is no row "
         "(extract/rowcheck.py, session 73)", False, ("place", "year", "place|year")),
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
        ("style", "string", "How the section is marked: front (the title block, part 0), "
         "preamble (the part's heading and its text before section 1: a whole part without "
         "numbered sections), bracket （一）, shi 一是, ordinal 第一， (第一、), item (numbered "
         "points 一、二、 used as item lists: a report whose parts carry no numbers numbers "
         "their points so, and an appendix its items, also 1. or 1、), list (a list of the "
         "whole part's work opened after its last numbered section, 一年来，着重抓了以下"
         "工作：一是…, up to the closing address; titled by its opening sentence), closing "
         "(from an address to the deputies, 各位代表, after the last numbered section, to the "
         "part's end)", True,
         ("front", "preamble", "bracket", "shi", "ordinal", "item", "list", "closing")),
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
        ("part", "integer", "Number of the part the section belongs to (sections.csv part)",
         True, ()),
        ("role", "string", "Role of that part (sections.csv role): a review states the past "
         "year's results, a plan this year's work", True, ("front", "review", "plan",
                                                           "appendix")),
        ("kind", "string", "actual: a result of the year reviewed; target: a goal",
         True, ("actual", "target")),
        ("year", "integer", "Year the figure refers to; the last year of a period it covers",
         False, ()),
        ("year_first", "integer", "First year of the period a result covers where it covers "
         "several: a five-year total (五年累计…), a yearly mean (年均) or a plan period's "
         "figure (“十三五”期间…) in a review of 2016-2020 gives 2016 (year 2020); empty for "
         "one year's figure (extract/spanyears.py)", False, ()),
        ("indicator", "string", "What is measured, as the text names it", True, ()),
        ("indicator_code", "string", "Concept code shared by every report, level and year "
         "(gdp, cpi, new_urban_jobs …; vocab/indicators.yml), empty where none fits", False, ()),
        ("indicator_en", "string", "English label: the code's English name, else the "
         "glossary's, if known", False, ()),
        ("measure", "string",
         "level; change (growth, or a gap in percentage points); share; ratio (a multiple: "
         "是2011年的1.1倍)", True, ("level", "change", "share", "ratio")),
        ("value", "number", "Value in the stated unit; negative for 下降/减少", True, ()),
        ("value_high", "number", "Upper end of a range (6.5%－7%)", False, ()),
        ("unit", "string", "Unit as written, with its magnitude (亿元, 万平方米, %)", True, ()),
        ("qualifier", "string", "左右, 以上, 以内, 余, 多, 突破, 预计 … joined by |", False, ()),
        ("sentence", "string", "The whole source sentence", True, ()),
        ("quote", "string", "Exact span of the text that states the figure", True, ()),
        ("start", "integer", "Offset of the quote in the normalised text", True, ()),
        ("end", "integer", "Offset one past the quote", True, ()),
        ("sentence_index", "integer", "Index of the sentence in the report", True, ()),
        ("page", "integer", "Page of the PDF the figure is printed on (1-based); empty for "
         "other formats", False, ()),
    ]),
    "numbers": ("Every number token in a report, each a figure or a classified non-figure.", [
        ("report_id", "string", "Report id", True, ()),
        ("token", "string", "The number as written", True, ()),
        ("value", "number", "Its value", True, ()),
        ("class", "string", "figure or the kind of non-figure", True,
         ("figure", "range_end", "date", "ordinal", "name", "code", "grade", "marker",
          "duration", "unitless", "restated")),
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

# Tables built across reports rather than from one (extract/outcomes.py): written only
# when there is something to pair, so readers that load every table of one extraction
# (analysis.load_tables) iterate over SCHEMA alone. Each entry is (description, fields,
# owners): ``owners`` are the columns naming the reports a row belongs to (``owners``
# below reads them), which book/rows.py files it with.
DERIVED: dict[str, tuple[str, list[_F], tuple[str, ...]]] = {
    "outcomes": ("One row per coded target of year N of a government whose report of year "
                 "N+1 was extracted with it: the outcome that report states and the verdict.", [
        ("government", "string", "Government, as read from the report of year N", True, ()),
        ("year", "integer", "Year N the target was set for: the report year of the "
         "target's report", True, ()),
        ("indicator_code", "string", "Concept code (vocab/indicators.yml)", True, ()),
        ("indicator", "string", "What is measured, as the target's text names it (its "
         "indicators row's indicator; session 73)", True, ()),
        ("indicator_en", "string", "The code's English name (vocab/indicators.yml), as "
         "indicators.csv indicator_en gives it for every row of the code", True, ()),
        ("measure", "string", "level, change, share or ratio", True,
         ("level", "change", "share", "ratio")),
        ("target_report_id", "string", "Report of year N stating the target (its "
         "report_year is year; the outcome's report is of year N+1)", True, ()),
        ("target_figure_id", "string", "indicators row stating the target", True, ()),
        ("target_value", "number", "Target value (negative for a decrease)", True, ()),
        ("target_value_high", "number", "Upper end of a target range", False, ()),
        ("target_unit", "string", "Unit of the target, as written", True, ()),
        ("target_qualifier", "string", "左右, 以上, 以内 … and 力争 for a stretch goal, "
         "joined by |", False, ()),
        ("outcome_report_id", "string", "Report of year N+1 of the same government", True, ()),
        ("outcome_figure_id", "string", "indicators row stating the outcome, if any", False, ()),
        ("outcome_value", "number", "Outcome value in its unit", False, ()),
        ("outcome_unit", "string", "Unit of the outcome, as written", False, ()),
        ("outcome_qualifier", "string", "Qualifiers of the outcome; 预计 marks an estimate",
         False, ()),
        ("met", "string", "Verdict: met inside the band the rule accepts, exceeded beyond it "
         "in the better direction, fell short the other way, over the ceiling for an "
         "\"at most\" target broken (extract/judge.py)", True,
         ("met", "exceeded", "fell short", "over the ceiling", "unclear")),
        ("rule", "string", "The verdict rule applied, in words", True, ()),
    ], ("target_figure_id",)),
}
_ALL = {**SCHEMA, **DERIVED}

_DTYPES = {"string": "string", "integer": "Int64", "number": "Float64", "boolean": "boolean"}


TABLES: tuple[str, ...] = tuple(SCHEMA)


def owners(name: str, df: pd.DataFrame) -> pd.DataFrame:
    """The reports each row of the derived table ``name`` belongs to: one column per owner
    column of ``DERIVED[name]`` (same names, same index), holding report ids. A figure id
    column (``…figure_id``) names its figure's report: the id up to its last ``#``
    (``yuzhong-2014#f001`` → ``yuzhong-2014``, as extract/tables.py numbers figures).

    Raises ``SchemaError`` for a table that is not derived (a table of one extraction
    belongs to its ``report_id``).
    """
    if name not in DERIVED:
        raise SchemaError(f"{name!r} is not a derived table (derived: {', '.join(DERIVED)})",
                          name)
    return pd.DataFrame({c: df[c].str.rsplit("#", n=1).str[0] if c.endswith("figure_id")
                         else df[c] for c in DERIVED[name][2]}, index=df.index)


def read_table(data_dir: str | Path, name: str, columns: Sequence[str] | None = None
               ) -> pd.DataFrame:
    """Read ``<data_dir>/<name>.csv`` with the schema's types (``columns``: a subset).

    Raises ``MissingInput`` (one line naming the file) when the table is absent, and
    ``SchemaError`` for an unknown table name.
    """
    if name not in _ALL:
        raise SchemaError(f"unknown table {name!r} (tables: {', '.join(_ALL)})", name)
    fields = {f[0]: f[1] for f in _ALL[name][1]}
    wanted = list(columns) if columns is not None else list(fields)
    path = Path(data_dir) / f"{name}.csv"
    try:
        df = pd.read_csv(path, usecols=wanted, keep_default_na=False, na_values=[""],
                         dtype={c: _DTYPES[fields[c]] for c in wanted if c in fields})
    except FileNotFoundError:
        raise MissingInput(f"no {name} table; run `workreport extract` first", path) from None
    return df


_ARROW = {"string": pa.string(), "integer": pa.int64(), "number": pa.float64(),
          "boolean": pa.bool_()}
# pandas' dtype for each Arrow type: the same nullable dtypes ``read_table`` gives.
_PANDAS = {pa.string(): pd.StringDtype(), pa.int64(): pd.Int64Dtype(),
           pa.float64(): pd.Float64Dtype(), pa.bool_(): pd.BooleanDtype()}


def arrow_schema(name: str) -> pa.Schema:
    """The Arrow schema of table ``name``: string, int64, float64 or bool per ``SCHEMA``."""
    return pa.schema([(f[0], _ARROW[f[1]]) for f in _ALL[name][1]])


def to_pandas(table: pa.Table) -> pd.DataFrame:
    """An Arrow table of ``arrow_schema`` as pandas, with the schema's nullable dtypes."""
    return table.to_pandas(types_mapper=_PANDAS.get)


def validate(name: str, df: pd.DataFrame | pa.Table) -> None:
    """Check a table (pandas, or Arrow as a shard holds it) against its schema: columns,
    types, required values, enums, unique ids. Raises ``SchemaError`` naming the table."""
    fields = _ALL[name][1]
    expected = [f[0] for f in fields]
    arrow = isinstance(df, pa.Table)
    columns = df.column_names if arrow else list(df.columns)
    if columns != expected:
        raise SchemaError(f"columns {columns} differ from the schema {expected}",
                          f"{name}.csv")
    for fname, ftype, _desc, required, enum in fields:
        col = df[fname]
        if required and (nulls := col.null_count if arrow else int(col.isna().sum())):
            raise SchemaError(f"column {fname} has {nulls} empty values", f"{name}.csv")
        if ftype in ("integer", "number") and not (
                pa.types.is_integer(col.type) or pa.types.is_floating(col.type) if arrow
                else pd.api.types.is_numeric_dtype(col)):
            raise SchemaError(f"column {fname} is not numeric", f"{name}.csv")
        if ftype == "boolean" and not (pa.types.is_boolean(col.type) if arrow
                                       else pd.api.types.is_bool_dtype(col)):
            raise SchemaError(f"column {fname} is not true/false", f"{name}.csv")
        if enum:
            values = col.unique().to_pylist() if arrow else col.dropna()
            bad = sorted(set(values) - set(enum) - {None})
            if bad:
                raise SchemaError(f"column {fname} has values outside {enum}: {bad[:3]}",
                                  f"{name}.csv")
    ids = df["figure_id"] if name == "indicators" else None
    if ids is not None and (len(ids.unique()) < len(ids) if arrow else ids.duplicated().any()):
        raise SchemaError("figure_id is not unique", f"{name}.csv")


def datapackage(names: Sequence[str], extra: dict[str, list[dict]] | None = None) -> dict:
    """A Frictionless Data Package descriptor for the tables written; ``extra`` gives
    field descriptors that follow a table's schema columns (reports' ``source_`` columns:
    ``extract.sourcecols``)."""
    resources = []
    for name in names:
        desc, fields = _ALL[name][:2]
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
        schema_fields += (extra or {}).get(name, [])
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


