"""Does a spreadsheet row's text agree with the row's own columns on place and year?

A research spreadsheet states what each row is in columns of its own (the Baoding
workbook: 区县名称 唐县, 年份 2024, 报告标题 "米易县2024年政府工作报告"); the report is read
from its text all the same (``metadata``), so a row whose text is another county's
report (高唐县's under 唐县, 米易县's under 易县) or another year's (dated 2022 under 年份
2024) comes out as what its text says. Session 73, tester (D-W2): nothing said so, and a
researcher joining on 区县名称 or 年份 got the wrong rows. ``disagreements`` lists what a
row's columns say against the text; ``tables.extract_report`` warns once per row and
records the kinds in reports.csv ``source_disagrees``.

Which columns are read, by their header (a column named as a catalogue field, such as
``report_year`` or ``government``, states that field instead: ``catalog``):

- a *place* column names the report's own place: a header with 区县, 县区, 县名, 区名,
  市名, 城市, 省份, 省名, 地区名称, 地名 or county, district, city, province, place, region,
  not one naming the place above it (所属城市, 上级, 隶属, parent) nor a code or grade
  (区县代码, 地区等级, code, level, id). Of several, only those of the lowest level are read
  (区县名称 beside 城市). Its cell agrees when it names the text's government, with or
  without its unit and the places above it (满城, 满城区, 保定市满城区 for 满城区人民政府);
  唐县 does not name 高唐县.
- a *year* column: a header with 年份, 年度 or year, or the header 年; its cell is a
  year (2024, 2024年) and agrees when it is the report's year.
- a *title* column (``metadata._TITLE_FIELDS``: 标题, 报告标题 …): the place before its
  year and 政府工作报告, and its first year, read as above.

A row whose text names no government is not judged on place, nor one read without a
year on year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workreport.extract.metadata import (
    _TITLE_FIELDS,
    _TITLE_RE,
    _UNIT,
    field_names,
    government_place,
)

__all__ = ["Disagreement", "disagreements", "kinds"]

_PLACE_WORDS = (("区县", "县区", "县名", "区名", "county", "district"),
                ("市名", "城市", "city", "地区名称", "地名", "place", "region"),
                ("省份", "省名", "province"))
_NOT_OWN = re.compile(r"所属|上级|隶属|parent|代码|编码|编号|等级|级别|类型|code|level|id\b|"
                      r"_id|type", re.I)
_YEAR_HEADER = re.compile(r"年份|年度|year|^年$", re.I)
_YEAR_CELL = re.compile(r"^((?:19|20)\d{2})(?:\.0+)?年?$")
_NAME_CELL = re.compile(r"^[\u4e00-\u9fff]{1,20}$")


@dataclass(frozen=True)
class Disagreement:
    """One column of a row against its text: ``kind`` place or year, the column's header,
    what the cell says, and what the text says."""

    kind: str
    column: str
    stated: str
    read: str

    def __str__(self) -> str:
        return f"{self.column} {self.stated!r} against the text's {self.read}"


def _place_rank(header: str) -> int | None:
    """The level a header's place column names (0 county, 1 city, 2 province), None for a
    header that names no place of the report's own."""
    if _NOT_OWN.search(header):
        return None
    low = header.lower()
    return next((rank for rank, words in enumerate(_PLACE_WORDS)
                 if any(w in low for w in words)), None)


def _names(phrase: str, place: str) -> bool:
    """Does ``phrase`` (满城, 保定市满城区, 唐县) end by naming ``place`` (满城区), with or
    without its unit, as a whole name after the places above it?"""
    stem = re.sub(f"{_UNIT}$", "", place) or place
    return re.search(f"(?:^|{_UNIT}){re.escape(stem)}{_UNIT}?$", phrase) is not None


def disagreements(fields: dict, government: str, report_year: int | None
                  ) -> list[Disagreement]:
    """What a row's columns (``fields``: header → cell text) say against its text's
    ``government`` and ``report_year`` (see the module docstring for the columns read), in
    column order; [] when they agree or say nothing of place or year."""
    catalogue = set(field_names())
    cells = {str(k).strip(): str(v).strip() for k, v in fields.items()
             if str(k).strip() not in catalogue and str(v).strip() not in ("", "nan", "None")}
    place = government_place(government)
    ranks = {h: r for h in cells if (r := _place_rank(h)) is not None
             and _NAME_CELL.match(cells[h])}
    lowest = min(ranks.values(), default=None)
    out = []
    for header, cell in cells.items():
        said: list[tuple[str, str, str]] = []
        if place and ranks.get(header, -1) == lowest and not _names(cell, place):
            said.append(("place", cell, place))
        if report_year is not None and _YEAR_HEADER.search(header) \
                and (m := _YEAR_CELL.match(cell)) and int(m[1]) != report_year:
            said.append(("year", cell, str(report_year)))
        if header in _TITLE_FIELDS and (m := _TITLE_RE.match(cell)):
            named = re.sub(r"\d{4}年", "", m[1])
            if place and named and not _names(named, place):
                said.append(("place", cell, place))
            if report_year is not None and (y := re.search(r"(\d{4})年", cell)) \
                    and int(y[1]) != report_year:
                said.append(("year", cell, str(report_year)))
        out += [Disagreement(kind, header, stated, read) for kind, stated, read in said]
    return out


def kinds(found: list[Disagreement]) -> str | None:
    """The kinds of ``found`` for reports.csv ``source_disagrees``: "place", "year" or
    "place|year"; None when there are none."""
    return "|".join(k for k in ("place", "year") if any(d.kind == k for d in found)) or None
