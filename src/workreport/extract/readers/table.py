"""Files of many reports: ``.csv``, ``.xlsx``, ``.jsonl``, ``.parquet``, one report per row.

Research datasets distribute reports this way (``../shared/originals/baoding-counties-
reports.xlsx`` holds 74 county texts in its column 报告全文). pandas reads each format
(openpyxl for ``.xlsx``, pyarrow for ``.parquet``); every cell is read as text.
"""

from __future__ import annotations

import io
import warnings
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from workreport.errors import InputError
from workreport.extract.ids import safe_id
from workreport.extract.readers import ReportWarning

__all__ = ["rows"]


def _frame(path: Path) -> pd.DataFrame:
    """The file's cells as text. A CSV or JSON Lines file is decoded as a text report is
    (``readers.text.decode``: UTF-8 with or without BOM, UTF-16, GB18030), since a CSV
    saved by a Chinese Excel is GBK; an empty file says so whatever its format."""
    from workreport.extract.readers import _bytes
    from workreport.extract.readers.text import decode

    suffix = path.suffix.lower()
    data = _bytes(path)
    if not data.strip():
        raise InputError("file is empty", path)
    try:
        if suffix in (".csv", ".jsonl"):
            text = io.StringIO(decode(data, path)[0])
            if suffix == ".csv":
                return pd.read_csv(text, dtype=str, keep_default_na=False)
            return pd.read_json(text, lines=True, dtype=False).astype("string").fillna("")
        if suffix == ".xlsx":
            if not zipfile.is_zipfile(io.BytesIO(data)):  # pandas would ask for an engine
                raise InputError("not a readable Excel file (not a complete zip archive: "
                                 "truncated, or not an .xlsx)", path)
            return pd.read_excel(io.BytesIO(data), dtype=str, keep_default_na=False)
        return pd.read_parquet(io.BytesIO(data)).astype("string").fillna("")
    except InputError:
        raise
    except Exception as err:  # each reader raises its own kinds; all mean "not readable"
        first = str(err).splitlines()[0] if str(err) else type(err).__name__
        raise InputError(f"cannot read as {suffix[1:]} ({first})", path) from None


def rows(path: str | Path, *, text_column: str | None = None, id_column: str | None = None,
         prefix: str | None = None) -> Iterator[tuple[str, str, dict[str, str]]]:
    """Yield (id, text, other columns) for each row with text, in file order.

    The text column defaults to the one whose cells are longest in total; the id is the
    ``id_column`` cell made safe as a file name (``ids.safe_id``), else
    ``<prefix>-<row number>`` (the prefix defaults to the file's stem).
    """
    path = Path(path)
    df = _frame(path)
    if df.empty or not len(df.columns):
        raise InputError("no rows", path)
    df.columns = [str(c) for c in df.columns]
    for name, role in ((text_column, "text"), (id_column, "id")):
        if name is not None and name not in df.columns:
            raise InputError(f"no {role} column {name!r} (columns: {', '.join(df.columns)})",
                             path)
    text_column = text_column or max(df.columns, key=lambda c: df[c].astype(str).str.len().sum())
    stem = safe_id(prefix or path.stem)
    seen: set[str] = set()
    empty: list[int] = []
    for n, row in enumerate(df.to_dict("records"), 1):
        text = str(row[text_column] or "")
        if not text.strip():
            empty.append(n)
            continue
        rid = safe_id(str(row[id_column])) if id_column else f"{stem}-{n}"
        if rid in seen:
            rid = f"{rid}-{n}"
        seen.add(rid)
        yield rid, text, {k: str(v) for k, v in row.items() if k != text_column}
    if empty:
        shown = ", ".join(map(str, empty[:10])) + (" …" if len(empty) > 10 else "")
        warnings.warn(f"{path}: {len(empty)} row(s) without text in column {text_column!r} "
                      f"skipped (row {shown})", ReportWarning, stacklevel=2)
