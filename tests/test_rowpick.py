"""Some rows of a file of many reports: ``rows:`` and ``where:`` in a catalogue entry,
``--rows`` and ``--where`` on the command line (session 70, tester: a workbook of 168 rows
could only be read whole)."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

from workreport.cli import main
from workreport.errors import CatalogError, InputError
from workreport.extract.catalog import load_catalog, reports_for_path
from workreport.extract.readers import ReportWarning
from workreport.extract.rowpick import parse_pick, parse_rows, parse_where

from .conftest import YUZHONG


@pytest.fixture
def sheet(tmp_path):
    """Five rows (shown as rows 2-6 below the header): two counties over years, one
    without text."""
    text = YUZHONG.read_text(encoding="utf-8")[:3000]
    pd.DataFrame({"县": ["甲县", "乙县", "甲县", "甲县", "乙县"],
                  "年份": ["2019", "2019", "2020", "2021", "2020"],
                  "全文": [text, text, "", text, text]}).to_csv(tmp_path / "many.csv",
                                                                 index=False)
    return tmp_path / "many.csv"


def _ids(path, **pick):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ReportWarning)
        return [r.id for r in reports_for_path(path, pick=parse_pick(**pick))]


def test_rows_are_numbers_and_ranges():
    assert parse_rows("62-64, 70") == {62, 63, 64, 70}
    assert parse_rows([5, "7 - 8"]) == {5, 7, 8}
    assert parse_rows(3) == {3}
    assert parse_rows("2、4；6") == {2, 4, 6}
    for bad, said in [("a-b", "'a-b' is not a row number"), ("9-3", "first, then last"),
                      ("0", "not a range of rows"), (True, "not a row number")]:
        with pytest.raises(ValueError, match=said):
            parse_rows(bad)


def test_where_is_columns_and_values():
    assert parse_where({"县": "甲县", "年份": [2019, 2020]}) == (
        ("县", frozenset({"甲县"})), ("年份", frozenset({"2019", "2020"})))
    assert parse_where(["年份=2019", "年份=2020"]) == (("年份", frozenset({"2019", "2020"})),)
    with pytest.raises(ValueError, match="'年份' is not COLUMN=VALUE"):
        parse_where(["年份"])
    assert parse_pick() is None and parse_pick(rows="", where={}) is None


def test_picked_rows_keep_the_ids_of_the_whole_file(sheet):
    assert _ids(sheet) == ["many-1", "many-2", "many-4", "many-5"]
    assert _ids(sheet, where={"县": "甲县"}) == ["many-1", "many-4"]
    assert _ids(sheet, rows="3-6") == ["many-2", "many-4", "many-5"]
    assert _ids(sheet, rows="2-5", where={"年份": [2019, 2021]}) == ["many-1", "many-2", "many-4"]
    assert _ids(sheet, where=["县=乙县", "年份=2020"]) == ["many-5"]


def test_only_picked_rows_without_text_are_warned_of(sheet):
    with warnings.catch_warnings(record=True) as said:
        warnings.simplefilter("always")
        reports_for_path(sheet, pick=parse_pick(where={"县": "乙县"}))
    assert not [w for w in said if issubclass(w.category, ReportWarning)]
    with pytest.warns(ReportWarning, match=r"1 row\(s\) without text .*\(row 4\)"):
        reports_for_path(sheet, pick=parse_pick(where={"县": "甲县"}))


@pytest.mark.parametrize(("pick", "said"), [
    ({"where": {"省": "x"}}, "where: no column '省' (columns: 县, 年份, 全文)"),
    ({"where": {"年份数": "2019"}}, "where: no column '年份数' (did you mean 年份?)"),
    ({"rows": "5-9"}, "rows: no row 7, 8, 9 (the file's reports are rows 2-6)"),
    ({"where": {"县": "丙县"}}, "no row has 县 = 丙县 (its values: 乙县, 甲县)"),
    ({"rows": "2-3", "where": {"年份": "2021"}}, "no row of rows 2-3 has 年份 = 2021"),
    # rows without text: "none of the catalogued reports' texts is here" read as a missing file
    ({"rows": "4"}, "the rows picked (4) hold no text in column '全文'"),
])
def test_a_pick_the_file_cannot_give_is_one_line_naming_the_file(sheet, pick, said):
    with pytest.raises(InputError) as err:
        reports_for_path(sheet, pick=parse_pick(**pick))
    assert str(err.value) == f"{sheet}: {said}"


def _catalog(tmp_path, entry: str):
    f = tmp_path / "reports.yml"
    f.write_text("reports:\n" + entry, encoding="utf-8")
    return load_catalog(f)


def test_a_catalogue_entry_picks_rows(tmp_path, sheet):
    reports = _catalog(tmp_path, "  - id: jia\n    file: many.csv\n    where:\n"
                                 "      县: 甲县\n      年份: [2019, 2021]\n")
    assert [(r.id, r.row) for r in reports] == [("jia-1", 2), ("jia-4", 5)]
    assert [r.id for r in _catalog(tmp_path, "  - id: m\n    file: many.csv\n"
                                             "    rows: 5-6\n")] == ["m-4", "m-5"]
    with pytest.raises(CatalogError, match=r"entry 1 \(m\): rows: 'x' is not a row number"):
        _catalog(tmp_path, "  - id: m\n    file: many.csv\n    rows: x\n")
    with pytest.raises(CatalogError, match=r"entry 1 \(y\): rows: and where: pick rows of a "
                                           r"file of many reports .* not of yuzhong"):
        _catalog(tmp_path, f"  - id: y\n    file: {YUZHONG}\n    rows: 2\n")
    with pytest.raises(CatalogError, match=r"unknown key row \(did you mean rows"):
        _catalog(tmp_path, "  - id: m\n    file: many.csv\n    row: 2\n")


def test_the_command_line_picks_rows(tmp_path, sheet, capsys):
    out = tmp_path / "out"
    assert main(["extract", str(sheet), "--where", "县=乙县", "--rows", "3", "--out",
                 str(out), "--jobs", "1", "-q"]) == 0
    reports = pd.read_csv(out / "reports.csv")
    assert list(reports["report_id"]) == ["many-2"]
    bad = tmp_path / "bad"
    for args, said in [(["--rows", "x"], "--rows: 'x' is not a row number or range"),
                       (["--where", "省=x"], "where: no column '省'")]:
        capsys.readouterr()
        assert main(["extract", str(sheet), *args, "--out", str(bad), "-q"]) == 2
        err = capsys.readouterr().err
        assert said in err and err.count("\n") == 1 and "Traceback" not in err
    assert main(["extract", str(YUZHONG), "--rows", "2", "--out", str(bad), "-q"]) == 2
    assert "pick rows of a file of many reports" in capsys.readouterr().err
    assert not bad.exists()
