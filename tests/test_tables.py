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


def test_government_en_is_the_entrys_else_made_from_the_text(catalog):
    """A report added with only id and file (README, "Add a report") titled its pages
    in Chinese only (# 南京市人民政府, 2024): its English name is made from the text's."""
    stated = extract_report(catalog["yuzhong-2014"]).tables["reports"].iloc[0]
    assert stated.government_en == "Yuzhong District People's Government, Chongqing"
    bare = extract_report(report_for_file(YUZHONG)).tables["reports"].iloc[0]
    assert bare.government == "渝中区人民政府"
    assert bare.government_en == "Yuzhong District People's Government"


def test_new_columns_are_in_the_schema_and_read_back_typed(yuzhong, tmp_path):
    from workreport.extract.tables import write_tables

    names = {t: [f[0] for f in SCHEMA[t][1]] for t in ("indicators", "reports")}
    assert {"part", "role"} <= set(names["indicators"])
    assert "has_chapters" in names["reports"]
    write_tables(yuzhong.tables, tmp_path)
    reports = read_table(tmp_path, "reports")
    assert str(reports["has_chapters"].dtype) == "boolean" and reports["has_chapters"].all()
    assert str(read_table(tmp_path, "indicators", ["part"])["part"].dtype) == "Int64"


def test_csv_rows_are_the_bytes_pandas_writes(yuzhong):
    """A shard's CSV rows (``csv_rows``, from Arrow) equal pandas' ``to_csv`` of the same
    table: every table of a report, and awkward values (quotes, commas, line breaks,
    nulls, small and large floats, booleans)."""
    import pyarrow as pa

    from workreport.extract.tables import _table, csv_rows, to_pandas

    for name, table in yuzhong.arrow.items():
        assert csv_rows(name, table) == to_pandas(table).to_csv(
            index=False, header=False, lineterminator="\n")
    row = {f[0]: None for f in SCHEMA["indicators"][1]}
    odd = [dict(row, figure_id=i, report_id="r", quote=q, value=v, start=s, page=p)
           for i, (q, v, s, p) in enumerate([
               ('说"好",再来', 1e-05, 0, None), ("一\n二，三", 1e16, 7, 3),
               ("", -0.0, 12, None), (None, 12.0, 3, 1), ("a,b", 0.1 + 0.2, None, None)])]
    table = _table("indicators", [dict(r, figure_id=str(r["figure_id"])) for r in odd])
    assert isinstance(table, pa.Table)
    assert csv_rows("indicators", table) == to_pandas(table).to_csv(
        index=False, header=False, lineterminator="\n")
    assert ",True," in csv_rows("reports", yuzhong.arrow["reports"])  # has_chapters


def test_arrow_tables_are_validated_as_pandas_ones(yuzhong):
    """``validate`` takes the Arrow table a shard writes, with the same checks."""
    import pyarrow as pa
    import pytest

    from workreport.errors import SchemaError
    from workreport.schema import validate

    for name, table in yuzhong.arrow.items():
        validate(name, table)
    ind = yuzhong.arrow["indicators"]
    doubled = pa.concat_tables([ind, ind.slice(0, 1)])
    with pytest.raises(SchemaError, match="figure_id is not unique"):
        validate("indicators", doubled)
    kinds = ind.set_column(ind.schema.get_field_index("kind"), "kind",
                           pa.array(["guess"] * ind.num_rows))
    with pytest.raises(SchemaError, match="values outside"):
        validate("indicators", kinds)
    no_id = ind.set_column(0, "figure_id", pa.nulls(ind.num_rows, pa.string()))
    with pytest.raises(SchemaError, match="empty values"):
        validate("indicators", no_id)
    with pytest.raises(SchemaError, match="differ from the schema"):
        validate("indicators", ind.drop_columns(["kind"]))


def test_a_range_end_belongs_to_its_own_figure(tmp_path):
    """The end of a range (9 of 8%至9%) names the figure the range is, the last one
    starting before it; it once named the report's first figure (``#f001``)."""
    text = ("某区政府工作报告\n一、2013年工作回顾\n"
            "地区生产总值804.2亿元，增长12%。固定资产投资300亿元。\n二、2014年工作安排\n"
            "主要预期目标是：地区生产总值增长10%，城镇居民人均可支配收入增长8%至9%。\n")
    path = tmp_path / "report-2014.txt"
    path.write_text(text, "utf-8")
    tables = extract_report(report_for_file(path)).tables
    numbers, ind = tables["numbers"], tables["indicators"]
    end = numbers[numbers["class"] == "range_end"]
    assert end["token"].tolist() == ["9"]
    figure = ind.set_index("figure_id").loc[end["figure_id"].iloc[0]]
    assert (figure["value"], figure["value_high"]) == (8, 9)
