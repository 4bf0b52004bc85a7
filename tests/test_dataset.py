"""Loading the tables and the rows every question starts from (``workreport.dataset``)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from tests.extracted import NATIONAL, YUZHONG, extracted_tables, frame
from workreport import dataset

#: data/reports.yml: Yuzhong 2014 and the State Council 2014 in depth, the State Council
#: 2012-2016 and 2024, Hebei 2024 and Qingyuan District 2020-2025 as series.
CATALOGUED = {YUZHONG, *(f"national-statecouncil-{y}" for y in (2012, 2013, 2014, 2015, 2016,
                                                                  2024)),
              "province-hebei-2024", *(f"county-qingyuan-{y}" for y in range(2020, 2026))}


@pytest.fixture(scope="module")
def t() -> dataset.Tables:
    return extracted_tables()


def test_load_tables_types_text_as_text_and_numbers_typed(t):
    ind = t.indicators
    assert str(ind["value"].dtype) == "Float64"
    assert str(ind["year"].dtype) == "Int64"
    assert ind["figure_id"].is_unique
    for col in ("qualifier", "indicator_en", "unit", "quote"):
        assert not ind[col].isna().any(), f"{col} must keep '' as text, not NaN"
    # The two reports read in depth and the series around them (issue 14).
    assert set(t.reports["report_id"]) == CATALOGUED


def test_data_dir_is_found_from_a_notebooks_own_folder(tmp_path, monkeypatch):
    """Jupyter starts a kernel in the notebook's folder (book/generated/<id>/), not at the
    project root where the build runs it: the relative ``data/processed`` is found upwards."""
    data = tmp_path / "data" / "processed"
    data.mkdir(parents=True)
    (data / "indicators.csv").write_text("figure_id\n", encoding="utf-8")
    chapter_dir = tmp_path / "book" / "generated" / "yuzhong-2014"
    chapter_dir.mkdir(parents=True)
    monkeypatch.chdir(chapter_dir)
    assert dataset.find_data_dir("data/processed") == data
    assert dataset.find_data_dir("data/processed", start=tmp_path / "book") == data
    monkeypatch.chdir(tmp_path)
    assert dataset.find_data_dir("data/processed") == Path("data/processed")
    assert dataset.find_data_dir("nowhere/at/all") == Path("nowhere/at/all")


def test_tables_lookups_name_what_exists(t):
    assert t.report(YUZHONG)["year_reviewed"] == 2013
    assert t.section(YUZHONG, "p1.s1")["title"] == "多措并举稳增长、促发展"
    with pytest.raises(KeyError, match=NATIONAL):
        t.report("nowhere-2014")
    assert t.has(NATIONAL) and not t.has("nowhere") and not t.has(None)



def test_review_rows_come_from_the_role_column():
    """The review part is the rows' role, not a guess from the first actual figure: an
    actual stated in the plan part is not a result of the year reviewed."""
    ind = frame([
        {"indicator": "新增就业", "value": 5.0, "unit": "万人", "part": 3, "role": "plan",
         "section": "p3.s1"},
        {"indicator": "地区生产总值", "value": 12.0, "unit": "%", "measure": "change",
         "part": 2, "role": "review", "section": "p2.s0"},
    ])
    assert dataset.review_part(ind, "r") == 2
    assert list(dataset.review_actuals(ind, "r")["indicator"]) == ["地区生产总值"]
    assert dataset.review_part(ind.assign(role="plan"), "r") is None


def test_chaptered_reports_come_from_the_reports_table(t):
    """Which reports have pages to link to is a column of reports.csv, not the catalogue."""
    reports = pd.DataFrame({"report_id": ["a", "b", "c"],
                            "has_chapters": pd.array([True, False, pd.NA], dtype="boolean")})
    empty = pd.DataFrame()
    tables = dataset.Tables(reports, empty, empty, empty, empty)
    assert tables.chaptered == {"a", "c"}  # a missing flag is the catalogue's default
    assert t.chaptered == CATALOGUED  # in depth or a year of a series: all have pages


def test_tables_read_again_are_copies_and_follow_the_files(t, tmp_path):
    """load_tables memoises each table on its bytes (a warm kernel reads them once per
    content): a chapter's edits to its frames never reach the next chapter, and a table
    rewritten with other content is read anew."""
    data = tmp_path / "processed"
    data.mkdir()
    for name in ("reports", "sections", "indicators", "numbers", "sentences"):
        getattr(t, name).to_csv(data / f"{name}.csv", index=False)
    first = dataset.load_tables(data)
    first.indicators.loc[0, "indicator"] = "edited by a chapter"
    first.reports["report_id"] = "replaced by a chapter"
    second = dataset.load_tables(data)
    pd.testing.assert_frame_equal(second.indicators, t.indicators)
    pd.testing.assert_frame_equal(second.reports, t.reports)
    t.reports.head(1).to_csv(data / "reports.csv", index=False)
    assert list(dataset.load_tables(data).reports["report_id"]) == \
        list(t.reports["report_id"].head(1))
