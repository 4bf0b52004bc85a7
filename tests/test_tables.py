"""The tables of one report: structure travels on the figure rows, catalogue flags on the
report row (``extract.tables``)."""

from __future__ import annotations

from dataclasses import replace

from workreport.extract.catalog import Report, report_for_file
from workreport.extract.tables import extract_report
from workreport.schema import SCHEMA, read_table

from .conftest import YUZHONG


def test_figure_rows_carry_their_part_and_role(yuzhong):
    ind, sec = yuzhong.tables["indicators"], yuzhong.tables["sections"]
    of_section = sec.set_index("section")[["part", "role"]].add_suffix("_of_section")
    joined = ind.join(of_section, on="section")
    assert (joined["part"] == joined["part_of_section"]).all()
    assert (joined["role"] == joined["role_of_section"]).all()
    # Yuzhong 2014: part 一 reviews 2013 (its actual figures), part 二 plans 2014.
    assert set(ind.loc[ind["kind"] == "target", "role"]) == {"plan"}
    assert ind.loc[ind["role"] == "review", "part"].unique().tolist() == [1]


def test_has_chapters_comes_from_the_catalogue(catalog):
    yuzhong = catalog["yuzhong-2014"]
    assert bool(extract_report(yuzhong).tables["reports"]["has_chapters"][0])

    def entry(chapters) -> Report:  # the Yuzhong entry with another chapters: flag
        return replace(yuzhong, extra={**yuzhong.extra, "chapters": chapters})

    # A context report (chapters: false) has none; a year of a series has pages.
    assert not bool(extract_report(entry(False)).tables["reports"]["has_chapters"][0])
    assert bool(extract_report(entry("series")).tables["reports"]["has_chapters"][0])
    # A file outside the catalogue gets chapters (the catalogue's default).
    rows = extract_report(report_for_file(YUZHONG)).tables["reports"]
    assert bool(rows["has_chapters"][0])


def test_new_columns_are_in_the_schema_and_read_back_typed(yuzhong, tmp_path):
    from workreport.extract.tables import write_tables

    names = {t: [f[0] for f in SCHEMA[t][1]] for t in ("indicators", "reports")}
    assert {"part", "role"} <= set(names["indicators"])
    assert "has_chapters" in names["reports"]
    write_tables(yuzhong.tables, tmp_path)
    reports = read_table(tmp_path, "reports")
    assert str(reports["has_chapters"].dtype) == "boolean" and reports["has_chapters"].all()
    assert str(read_table(tmp_path, "indicators", ["part"])["part"].dtype) == "Int64"
