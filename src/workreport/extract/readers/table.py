"""Files of many reports: ``.csv``, ``.xlsx``, ``.jsonl``, ``.parquet``, one report per row.

Research datasets distribute reports this way (``../shared/originals/baoding-counties-
reports.xlsx`` holds 74 county texts in its column 报告全文). pandas reads each format
(openpyxl for ``.xlsx``, pyarrow for ``.parquet``); every cell is read as text. A
workbook's sheets are all read and the one holding the report texts is used (a notes
sheet before it is skipped).
"""

from __future__ import annotations

import io
import json
import warnings
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from workreport.errors import InputError
from workreport.extract.ids import safe_id
from workreport.extract.readers import ReportWarning, broken_xml_part
from workreport.extract.rowpick import RowPick

__all__ = ["MIN_TEXT", "rows"]

#: A column holds report texts when a cell of it has at least this many characters (a
#: work report runs to thousands, a title, a name or a note to tens) or two sentences.
MIN_TEXT = 200


def _bad_json_line(text: str) -> str | None:
    """Which line of a JSON Lines file is not a JSON object, and why; None if all are."""
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except ValueError as err:
            return f"line {n} is not JSON ({err.msg}: column {err.colno})"
        if not isinstance(value, dict):
            return f"line {n} is not a JSON object ({type(value).__name__})"
    return None


def _xlsx(data: bytes, path: Path) -> dict[str, pd.DataFrame]:
    """Every sheet of a workbook, by name."""
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except zipfile.BadZipFile:  # pandas would ask for an engine
        raise InputError("not a readable Excel file (not a complete zip archive: "
                         "truncated, or not an .xlsx)", path) from None
    if "xl/workbook.xml" not in names:
        what = "holding a Word document, not a workbook" if "word/document.xml" in names \
            else "without a workbook inside: not an .xlsx"
        raise InputError(f"not a readable Excel file (a zip archive {what})", path)
    try:
        return pd.read_excel(io.BytesIO(data), sheet_name=None, dtype=str,
                             keep_default_na=False)
    except Exception:
        part = broken_xml_part(data)
        if part is None:
            raise
        raise InputError(f"not a readable Excel file (its {part} is not well-formed XML)",
                         path) from None


def _frames(path: Path) -> dict[str, pd.DataFrame]:
    """The file's cells as text, by sheet (one unnamed sheet but for a workbook). A CSV
    or JSON Lines file is decoded as a text report is (``readers.text.decode``: UTF-8
    with or without BOM, UTF-16, GB18030), since a CSV saved by a Chinese Excel is GBK;
    an empty file says so whatever its format."""
    from workreport.extract.readers import _bytes, _first_line
    from workreport.extract.readers.text import decode

    suffix = path.suffix.lower()
    data = _bytes(path)
    if not data.strip():
        raise InputError("file is empty", path)
    try:
        if suffix in (".csv", ".jsonl"):
            text = decode(data, path, prose=False)[0]
            if suffix == ".csv":
                return {"": pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)}
            if bad := _bad_json_line(text):
                raise InputError(bad, path)
            return {"": pd.read_json(io.StringIO(text), lines=True, dtype=False)
                    .astype("string").fillna("")}
        if suffix == ".xlsx":
            return _xlsx(data, path)
        return {"": pd.read_parquet(io.BytesIO(data)).astype("string").fillna("")}
    except InputError:
        raise
    except Exception as err:  # each reader raises its own kinds; all mean "not readable"
        raise InputError(f"cannot read as {suffix[1:]} ({_first_line(err)})", path) from None


def _holds_texts(cells: pd.Series) -> bool:
    """Does a column hold texts: a cell of ``MIN_TEXT`` characters or more, or of two
    sentences or more (a title, a name or a number has neither)?"""
    return bool((cells.str.len() >= MIN_TEXT).any()
                or (cells.str.count("[。！？]") >= 2).any())


def _longest(df: pd.DataFrame) -> tuple[str, int] | None:
    """(column, its total characters) of the column holding texts (``_holds_texts``)
    with the most text; None when no column holds texts."""
    cells = {c: df[c].astype(str) for c in df.columns}
    holding = [c for c in df.columns if _holds_texts(cells[c])]
    if not holding:
        return None
    column = max(holding, key=lambda c: cells[c].str.len().sum())
    return column, int(cells[column].str.len().sum())


def _no_texts(path: Path, frames: dict[str, pd.DataFrame]) -> InputError:
    """The error for a file none of whose columns holds texts: its longest cell, its
    columns and the option to name the text column."""
    longest = {(n, c): int(df[c].astype(str).str.len().max())
               for n, df in frames.items() for c in df.columns}
    (name, column), most = max(longest.items(), key=lambda item: item[1])
    where = f"column {column!r} of sheet {name!r}" if len(frames) > 1 else f"column {column!r}"
    cols = _sheet_columns(frames)
    chars = f"{most} character{'' if most == 1 else 's'}"
    return InputError(f"no column holds report texts (the longest cell, in {where}, has "
                      f"{chars}; columns: {cols}): name the column with --text-column "
                      "(text_column: in a catalogue entry)", path)


def _columns(df: pd.DataFrame) -> str:
    return ", ".join(df.columns)


def _sheet_columns(frames: dict[str, pd.DataFrame]) -> str:
    """The columns of each sheet ("sheet 说明: …; sheet 报告: …"), or of the one sheet."""
    if len(frames) == 1:
        return _columns(next(iter(frames.values())))
    return "; ".join(f"sheet {n}: {_columns(df)}" for n, df in frames.items())


def _text_sheet(path: Path, frames: dict[str, pd.DataFrame], text_column: str | None
                ) -> tuple[pd.DataFrame, str]:
    """The sheet holding the report texts and their column: ``text_column`` where a
    sheet has it, else the column with the longest texts among those holding texts
    (``_holds_texts``), in the sheet where it is longest. Another sheet of texts
    (``MIN_TEXT`` characters or more in all) is not read, with a ``ReportWarning``."""
    frames = {name: df for name, df in frames.items() if len(df.columns) and not df.empty}
    for df in frames.values():
        df.columns = [str(c) for c in df.columns]
    if not frames:
        raise InputError("no rows", path)
    if text_column is not None:
        having = [name for name, df in frames.items() if text_column in df.columns]
        if not having:
            raise InputError(f"no text column {text_column!r} "
                             f"(columns: {_sheet_columns(frames)})", path)
        return frames[having[0]], text_column
    found = {name: got for name, df in frames.items() if (got := _longest(df))}
    if not found:
        raise _no_texts(path, frames)
    holding = sorted(found, key=lambda n: -found[n][1])
    if others := [n for n in holding[1:] if found[n][1] >= MIN_TEXT]:
        warnings.warn(f"{path}: reports read from sheet {holding[0]!r} only; sheet(s) "
                      f"{', '.join(map(repr, others))} hold texts too: save each "
                      "sheet as a file of its own", ReportWarning, stacklevel=3)
    return frames[holding[0]], found[holding[0]][0]


def _shown_row(path: Path, n: int) -> int:
    """The row a spreadsheet shows for the ``n``-th row read (from 1): n + 1 below a header
    row (CSV, Excel), n for a JSON Lines line or a Parquet row."""
    return n + (1 if path.suffix.lower() in (".csv", ".xlsx") else 0)


def rows(path: str | Path, *, text_column: str | None = None, id_column: str | None = None,
         prefix: str | None = None, pick: RowPick | None = None
         ) -> Iterator[tuple[str, str, dict[str, str], int]]:
    """Yield (id, text, other columns, row) for each row with text, in file order; row is
    the row as the spreadsheet shows it (``_shown_row``).

    The text column defaults to the one whose cells are longest in total among those
    holding texts (a cell of ``MIN_TEXT`` characters or two sentences), in the sheet of
    a workbook where that column is longest. The id is the ``id_column`` cell made safe
    as a file name (``ids.safe_id``), else ``<prefix>-<row number>`` (the prefix
    defaults to the file's stem). Raises ``InputError`` naming the file for an unreadable file (the
    line of a JSON Lines file that is not JSON), no rows, an unknown column, or no
    column holding texts (naming the columns and ``--text-column``); with ``pick``
    (``extract.rowpick``) only its rows are yielded, each with the id it has in the whole
    file, and a pick naming a column or row the file lacks, keeping no row or only rows
    without text, raises ``InputError`` too.
    """
    path = Path(path)
    df, text_column = _text_sheet(path, _frames(path), text_column)
    if id_column is not None and id_column not in df.columns:
        raise InputError(f"no id column {id_column!r} (columns: {_columns(df)})", path)
    stem = safe_id(prefix or path.stem)
    seen: set[str] = set()
    empty: list[int] = []
    records = df.to_dict("records")
    if pick is not None:
        if problem := pick.problem(list(df.columns), [_shown_row(path, n) for n in
                                                      range(1, len(records) + 1)]):
            raise InputError(problem, path)
        kept = [n for n, r in enumerate(records, 1) if pick.keeps(r, _shown_row(path, n))]
        if not kept:
            raise InputError(pick.nothing_kept(records), path)
        if not any(str(records[n - 1][text_column] or "").strip() for n in kept):
            shown = ", ".join(str(_shown_row(path, n)) for n in kept[:10])
            raise InputError(f"the rows picked ({shown}{' …' if len(kept) > 10 else ''}) hold "
                             f"no text in column {text_column!r}", path)
    for n, row in enumerate(records, 1):
        text = str(row[text_column] or "")
        picked = pick is None or pick.keeps(row, _shown_row(path, n))
        if not text.strip():
            if picked:
                empty.append(n)
            continue
        rid = safe_id(str(row[id_column])) if id_column else f"{stem}-{n}"
        if rid in seen:
            rid = f"{rid}-{n}"
        seen.add(rid)  # a row left out takes its id all the same: ids never move
        if not picked:
            continue
        yield rid, text, {k: str(v) for k, v in row.items() if k != text_column}, \
            _shown_row(path, n)
    if empty:
        empty = [_shown_row(path, n) for n in empty]
        shown = ", ".join(map(str, empty[:10])) + (" …" if len(empty) > 10 else "")
        warnings.warn(f"{path}: {len(empty)} row(s) without text in column {text_column!r} "
                      f"skipped (row {shown})", ReportWarning, stacklevel=2)
