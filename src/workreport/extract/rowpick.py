"""Which rows of a file of many reports are read: ``rows:`` and ``where:`` (session 71).

A research dataset holds many reports, one per row (``../shared/originals/baoding-
counties-reports.xlsx``: 168 rows, 30 counties, 2003-2025), and a user often wants a
part of it: one county over consecutive years, or a handful of rows. Without a way to
pick, the whole file became a book of a hundred reports (session 70, tester). A
catalogue entry (or ``workreport extract --rows/--where``) picks rows two ways, both
kept when both are given:

- ``rows``: rows as the spreadsheet shows them (the header is row 1, so the first report
  is row 2 of a CSV or workbook; line 1 of a JSON Lines file, row 1 of a Parquet file),
  as a number, a list, or text of numbers and ranges (``"62-65, 70"``);
- ``where``: columns and the cell values wanted (``{区县名称: 易县, 年份: [2019, 2020]}``);
  a cell matches when its text, stripped, equals one of the values as text.

Ids do not move: a picked row keeps the id it has in the whole file (``<id>-<n>``), so a
book built from a part names its reports as one built from the whole does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from workreport.errors import did_you_mean

__all__ = ["RowPick", "parse_pick", "parse_rows", "parse_where"]

_RANGE = re.compile(r"^(\d+)(?:[-–~](\d+))?$")


@dataclass(frozen=True)
class RowPick:
    """The rows to read: ``rows`` as the spreadsheet shows them (None: any), and
    ``where``, (column, the values wanted) pairs, every one to hold."""

    rows: frozenset[int] | None = None
    where: tuple[tuple[str, frozenset[str]], ...] = ()

    def keeps(self, cells: Mapping[str, object], shown: int) -> bool:
        """Is the row ``shown`` (as the spreadsheet shows it), with these cells, picked?"""
        if self.rows is not None and shown not in self.rows:
            return False
        return all(str(cells.get(column, "")).strip() in values
                   for column, values in self.where)

    def problem(self, columns: Sequence[str], shown: Sequence[int]) -> str:
        """What makes the pick impossible in a file with these columns and rows (as the
        spreadsheet shows them): a column it does not have (with the one nearest),
        or rows it lacks (with the rows it has); "" when none."""
        for column, _ in self.where:
            if column not in columns:
                near = did_you_mean(column, columns) or f" (columns: {', '.join(columns)})"
                return f"where: no column {column!r}{near}"
        if self.rows is not None and shown:
            lacking = sorted(self.rows - set(shown))
            if lacking:
                listed = ", ".join(map(str, lacking[:5])) + (" …" if len(lacking) > 5 else "")
                return (f"rows: no row {listed} (the file's reports are rows "
                        f"{min(shown)}-{max(shown)})")
        return ""

    def nothing_kept(self, cells: Sequence[Mapping[str, object]]) -> str:
        """Why no row of the file was picked: the first ``where`` column none of whose
        cells matches, with some of the values it has; else the rows and columns
        together."""
        for column, values in self.where:
            have = {str(c.get(column, "")).strip() for c in cells}
            if not have & values:
                near = next((n for v in sorted(values) if (n := did_you_mean(v, have))), "")
                some = sorted(have)[:40]
                return (f"no row has {column} = {' or '.join(sorted(values))}" + (near or (
                    f" (its values: {', '.join(some)}{' …' if len(have) > 40 else ''})")))
        wanted = " and ".join(f"{c} = {' or '.join(sorted(v))}" for c, v in self.where)
        return f"no row of rows {_ranges(self.rows or ())} has {wanted}"


def _ranges(rows: Iterable[int]) -> str:
    """Rows written short: 62-65, 70."""
    runs: list[list[int]] = []
    for n in sorted(rows):
        if runs and n == runs[-1][1] + 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    return ", ".join(f"{a}-{b}" if b > a else str(a) for a, b in runs)


def parse_rows(value: object) -> frozenset[int]:
    """Rows from a number, a list of numbers, or text of numbers and ranges
    (``"62-65, 70"``, also with 、 or ；). Raises ``ValueError`` saying what is wrong."""
    items: Iterable[object] = value if isinstance(value, list | tuple) else [value]
    rows: set[int] = set()
    for item in items:
        if isinstance(item, bool):
            raise ValueError(f"rows: {item!r} is not a row number")
        if isinstance(item, int):
            parts = [str(item)]
        else:
            joined = re.sub(r"\s*([-–~])\s*", r"\1", str(item).strip())
            parts = [p for p in re.split(r"[,，、;；\s]+", joined) if p]
        for part in parts:
            got = _RANGE.match(part)
            if not got:
                raise ValueError(f"rows: {part!r} is not a row number or range (62-65)")
            first, last = int(got[1]), int(got[2] or got[1])
            if first < 1 or last < first:
                raise ValueError(f"rows: {part!r} is not a range of rows (first, then last)")
            rows.update(range(first, last + 1))
    if not rows:
        raise ValueError("rows: no row given")
    return frozenset(rows)


def parse_where(value: object) -> tuple[tuple[str, frozenset[str]], ...]:
    """``where`` from a mapping (column: value or list of values) or from command-line
    items ``COLUMN=VALUE`` (one column given twice takes both values). Raises
    ``ValueError`` saying what is wrong."""
    wanted: dict[str, set[str]] = {}
    if isinstance(value, Mapping):
        pairs = [(str(k), v) for k, v in value.items()]
    elif isinstance(value, list | tuple) and all(isinstance(v, str) for v in value):
        pairs = []
        for item in value:
            column, sep, cell = item.partition("=")
            if not sep or not column.strip():
                raise ValueError(f"where: {item!r} is not COLUMN=VALUE")
            pairs.append((column.strip(), cell))
    else:
        raise ValueError("where: give columns and values (区县名称: 易县)")
    for column, cells in pairs:
        for cell in cells if isinstance(cells, list | tuple) else [cells]:
            if cell is None or isinstance(cell, Mapping | list | tuple):
                raise ValueError(f"where: {column}: {cell!r} is not a cell value")
            wanted.setdefault(column, set()).add(str(cell).strip())
    return tuple((c, frozenset(v)) for c, v in wanted.items())


def parse_pick(rows: object = None, where: object = None) -> RowPick | None:
    """The ``RowPick`` of an entry's (or the command line's) ``rows`` and ``where``; None
    when neither is given. Raises ``ValueError`` as ``parse_rows``/``parse_where`` do."""
    if rows in (None, "", []) and where in (None, {}, []):
        return None
    return RowPick(rows=None if rows in (None, "", []) else parse_rows(rows),
                   where=() if where in (None, {}, []) else parse_where(where))
