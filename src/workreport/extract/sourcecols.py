"""A spreadsheet row's own columns, kept in reports.csv as ``source_<header>`` columns.

A research spreadsheet states what each row is in columns of its own (the Baoding
workbook: 区县代码, 区县名称, 所属城市, 所属省份, 年份, 报告标题 …); a researcher joins the
tables on them. Session 73, tester (D-T1): none of them reached any table, and the only
link back was the row number in the id. Every column of a row but its text column rides
in the shard's ``meta.json`` (``batch.extract_shard``: ``source``), and ``run`` appends
one column per header to ``reports`` (CSV and Parquet), after the schema's columns, in
the order the headers are first met over the reports given, each cell as the
spreadsheet has it (text) and empty for a report that is no row or whose file lacks the
column. ``datapackage.json`` describes each, its original header as the field's
``title``. An extraction of report files alone writes no such column.

A header becomes a column name by keeping its letters (Chinese too), digits and ``_``,
other runs of characters becoming ``_`` (文本总长度(字) → ``source_文本总长度_字``); a
name already taken (a schema column, an earlier header) gets ``_2``, ``_3`` ….
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

__all__ = ["PREFIX", "SourceColumn", "cells", "csv_cells", "fields", "source_columns"]

PREFIX = "source_"


class SourceColumn(NamedTuple):
    """A header as the spreadsheet writes it, and its column name in reports.csv."""

    header: str
    name: str


def _name(header: str, taken: set[str]) -> str:
    base = PREFIX + (re.sub(r"[^\w]+", "_", header).strip("_") or "column")
    name, n = base, 1
    while name in taken:
        n += 1
        name = f"{base}_{n}"
    taken.add(name)
    return name


def source_columns(rows: Iterable[Sequence[Sequence[str]]], taken: Iterable[str]
                   ) -> list[SourceColumn]:
    """The source columns of reports whose rows are ``rows`` (each a list of (header,
    cell) pairs, a shard's ``meta.json`` ``source``; empty for a report file), headers in
    the order first met; ``taken`` are the names already in the table."""
    used, seen, out = set(taken), set(), []
    for row in rows:
        for header, _ in row:
            if header not in seen:
                seen.add(header)
                out.append(SourceColumn(header, _name(header, used)))
    return out


def cells(row: Sequence[Sequence[str]], columns: Sequence[SourceColumn]) -> list[str]:
    """One report's cells under ``columns`` ("" where its row lacks the header)."""
    have = dict(row)
    return [have.get(c.header, "") for c in columns]


def csv_cells(row: Sequence[Sequence[str]], columns: Sequence[SourceColumn]) -> bytes:
    """``cells`` as the end of a CSV line: "," before each cell, quoted where needed, as
    ``tables.csv_rows`` writes the rest of the line (no line end)."""
    buf = io.StringIO()
    csv.writer(buf, lineterminator="").writerow(["", *cells(row, columns)])
    return buf.getvalue().encode()


def fields(columns: Sequence[SourceColumn]) -> list[dict]:
    """Frictionless field descriptors of ``columns`` for reports in ``datapackage.json``."""
    return [{"name": c.name, "type": "string", "title": c.header,
             "description": f"The column {c.header} of the report's row in the spreadsheet "
                            "it was read from (a file of many reports), as the spreadsheet "
                            "has it; empty for a report read from a file of its own or a "
                            "row of a file without the column (extract/sourcecols.py)"}
            for c in columns]
