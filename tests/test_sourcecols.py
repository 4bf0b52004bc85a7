"""A spreadsheet row's own columns in reports.csv (``source_<header>``) and
datapackage.json, for CSV and Parquet (tester 73, D-T1)."""

from __future__ import annotations

import json
import warnings

import pandas as pd
import pyarrow.parquet as pq

from workreport.extract.batch import reports_in
from workreport.extract.readers import ReportWarning
from workreport.extract.run import extract_to
from workreport.extract.sourcecols import source_columns

_TEXT = ("{place}{year}年政府工作报告\n——{year}年1月10日在{place}第十七届人民代表大会第五次会议上\n"
         "各位代表：\n现在，我代表{place}人民政府向大会报告工作。\n一、{last}年工作回顾\n"
         "全县生产总值增长5%。\n二、{year}年主要工作\n全县生产总值增长6%左右。\n")


def _inputs(tmp_path):
    sheet = tmp_path / "counties.csv"
    pd.DataFrame({
        "区县代码": ["130607", "130608"], "区县名称": ["满城", "清苑"], "年份": ["2020", "2021"],
        "文本总长度(字)": ["1,234", "56"],
        "报告全文": [_TEXT.format(place=p, year=y, last=y - 1)
                 for p, y in (("保定市满城区", 2020), ("保定市清苑区", 2021))],
    }).to_csv(sheet, index=False)
    lone = tmp_path / "lone.txt"
    lone.write_text(_TEXT.format(place="某某县", year=2020, last=2019), encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ReportWarning)
        reports, _ = reports_in([lone, sheet])
    return reports


def test_a_rows_own_columns_are_kept_in_reports_csv_and_described(tmp_path):
    reports = _inputs(tmp_path)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ReportWarning)
        extract_to(reports, tmp_path / "a")
        extract_to(list(reversed(reports)), tmp_path / "b")
        extract_to(reports, tmp_path / "c")
    got = pd.read_csv(tmp_path / "a" / "reports.csv", dtype=str, keep_default_na=False)
    names = ["source_区县代码", "source_区县名称", "source_年份", "source_文本总长度_字"]
    assert list(got.columns[-4:]) == names
    assert got[["report_id", *names]].values.tolist() == [
        ["lone", "", "", "", ""],
        ["counties-1", "130607", "满城", "2020", "1,234"],
        ["counties-2", "130608", "清苑", "2021", "56"]]
    pkg = json.loads((tmp_path / "a" / "datapackage.json").read_text(encoding="utf-8"))
    fields = next(r for r in pkg["resources"] if r["name"] == "reports")["schema"]["fields"]
    assert [(f["name"], f["title"]) for f in fields[-4:]] == list(zip(
        names, ["区县代码", "区县名称", "年份", "文本总长度(字)"], strict=True))
    assert fields[-4]["description"].startswith("The column 区县代码 of the report's row")
    # The same bytes run to run; the reports' order is the order given.
    for name in ("reports.csv", "datapackage.json"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "c" / name).read_bytes()
    other = pd.read_csv(tmp_path / "b" / "reports.csv", dtype=str, keep_default_na=False)
    assert list(other.report_id) == ["counties-2", "counties-1", "lone"]


def test_parquet_keeps_them_too_and_report_files_alone_add_none(tmp_path):
    reports = _inputs(tmp_path)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ReportWarning)
        extract_to(reports, tmp_path / "p", fmt="parquet")
        extract_to(reports[:1], tmp_path / "alone")
    table = pq.read_table(tmp_path / "p" / "reports").to_pandas()
    assert dict(zip(table.report_id, table["source_区县名称"], strict=True)) == {
        "lone": "", "counties-1": "满城", "counties-2": "清苑"}
    header = (tmp_path / "alone" / "reports.csv").read_text(encoding="utf-8").split("\n")[0]
    assert "source_" not in header.replace("source_file", "").replace("source_disagrees", "")


def test_a_header_taken_or_without_letters_gets_a_name_of_its_own():
    rows = [[["file", "a"], ["区县 名称", "b"], ["(%)", "c"]], [["区县-名称", "d"]]]
    assert [c.name for c in source_columns(rows, ["report_id", "source_file"])] == [
        "source_file_2", "source_区县_名称", "source_column", "source_区县_名称_2"]
