"""Each report's rows as files (``book.rows``) and the notebook keys built on them
(``book.plan``): a pair of ``outcomes.csv`` lands with the report that set the target,
and re-runs only the chapters that show it (issue 15)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from workreport.book import Layout, extract, plan
from workreport.book.plan import CHAPTERS
from workreport.book.rows import report_files, split, split_tables
from workreport.extract.readers import ReportWarning
from workreport.runner.cache import Hasher
from workreport.runner.jobs import job_digest
from workreport.schema import DERIVED, TABLES

from .test_book import skeleton, stub_templates, tiny_catalog, tiny_yuzhong

#: Yuzhong 2014 and 2015 (whose review gives the outcomes of 2014's targets) and a
#: report of another government that reads neither.
REPORTS = ("yuzhong-2014", "yuzhong-2015", "other-2014")


@pytest.fixture(scope="module")
def two_governments(tmp_path_factory) -> Layout:
    first = tiny_catalog()[0]
    later = {**first, "id": "yuzhong-2015", "report_year": 2015, "year_reviewed": 2014,
             "date": "2015-02-10", "file": "raw/yuzhong-2015.txt"}
    other = {**first, "id": "other-2014", "government": "某某区人民政府",
             "government_en": "Other District People's Government",
             "file": "raw/other-2014.txt"}
    layout = skeleton(tmp_path_factory.mktemp("rows"), [first, later, other],
                      {f"{r}.txt": tiny_yuzhong() for r in REPORTS})
    stub_templates(layout.templates)
    with pytest.warns(ReportWarning, match="differs from the report's own"):
        assert extract(layout) is True  # the catalogue's year and government win
    assert split(layout) == sorted(REPORTS)
    return layout


def _paired(layout: Layout) -> tuple[str, pd.DataFrame]:
    text = (layout.processed / "outcomes.csv").read_text("utf-8")
    return text, pd.read_csv(layout.processed / "outcomes.csv", dtype=str,
                             keep_default_na=False)


def _rows(layout: Layout, rid: str) -> str:
    return (layout.work / "rows" / rid / "outcomes.csv").read_text("utf-8")


def keys(layout: Layout) -> dict[str, str]:
    """Every notebook's cache key, by ``<folder>/<stem>``, after a fresh split."""
    split(layout)
    hasher = Hasher()
    return {f"{j.output.parent.name}/{j.output.stem}": job_digest(hasher, j, b"code")
            for j in plan(layout) if hasattr(j, "inputs")}


def test_an_outcomes_row_lands_with_the_report_that_set_its_target(two_governments: Layout):
    """Not with the report stating the result: no chapter of it shows the pair."""
    layout = two_governments
    text, paired = _paired(layout)
    assert len(paired) and set(paired["outcome_report_id"]) == {"yuzhong-2015"}
    assert set(paired["target_figure_id"].str.split("#").str[0]) == {"yuzhong-2014"}
    assert _rows(layout, "yuzhong-2014") == text
    header = text.splitlines()[0] + "\n"
    assert _rows(layout, "yuzhong-2015") == _rows(layout, "other-2014") == header
    assert split_tables() == (*TABLES, *DERIVED)
    assert report_files(layout, "other-2014") == tuple(
        layout.work / "rows" / "other-2014" / f"{t}.csv" for t in TABLES)
    # No outcomes.csv (nothing paired): every report's file is its header, none keeps
    # the rows it had.
    (layout.processed / "outcomes.csv").unlink()
    try:
        split(layout)
        assert {_rows(layout, r) for r in REPORTS} == {header}
    finally:
        (layout.processed / "outcomes.csv").write_text(text, encoding="utf-8")
    split(layout)
    assert _rows(layout, "yuzhong-2014") == text


def test_a_new_pair_reruns_only_the_chapters_that_show_it(two_governments: Layout):
    layout = two_governments
    text, _ = _paired(layout)
    path = layout.processed / "outcomes.csv"
    lines = text.splitlines(keepends=True)
    assert len(lines) > 2
    try:
        path.write_text("".join(lines[:-1]), encoding="utf-8")  # without the last pair
        before = keys(layout)
    finally:
        path.write_text(text, encoding="utf-8")
    after = keys(layout)  # the pair added
    assert before.keys() == after.keys()
    changed = {k for k in after if after[k] != before[k]}
    # The chapters showing the pair: the targets chapter of 2014, which set the target,
    # and Yuzhong's chapter across years; not 2015's targets chapter (its results close
    # the pair, but it shows only its own targets' pairs), nor another government's, nor
    # a chapter that shows no pair.
    assert changed == {"yuzhong-2014/50-targets", "yuzhong/70-outcomes"}
    assert {"other-2014/50-targets", "yuzhong-2015/50-targets"} <= after.keys()
    # With no pair at all, the overview of 2014 no longer names the report of 2015 (the
    # report its pairs name, targets.outcome_report): its key follows.
    path.unlink()
    try:
        unpaired = keys(layout)
    finally:
        path.write_text(text, encoding="utf-8")
    assert unpaired["yuzhong-2014/00-overview"] != after["yuzhong-2014/00-overview"]
    assert unpaired["yuzhong-2015/00-overview"] == after["yuzhong-2015/00-overview"]
    assert "yuzhong-2014/10-review-p1-s01" in after


def test_the_targets_chapter_reads_its_next_report_but_not_its_pairs(two_governments: Layout):
    """The targets chapter of 2014 names the report of 2015 (its rows are in the key) but
    shows only 2014's pairs; the chapter across years shows every year's."""
    layout = two_governments
    split(layout)
    jobs = {f"{j.output.parent.name}/{j.output.stem}": j for j in plan(layout)
            if hasattr(j, "inputs")}
    rows = layout.work / "rows"
    targets = jobs["yuzhong-2014/50-targets"].inputs
    assert {rows / "yuzhong-2014" / "outcomes.csv", rows / "yuzhong-2015" / "reports.csv"} \
        <= set(targets)
    assert rows / "yuzhong-2015" / "outcomes.csv" not in targets
    assert rows / "yuzhong-2015" / "outcomes.csv" in jobs["yuzhong/70-outcomes"].inputs


def test_chapters_read_only_derived_tables_per_report():
    """A chapter's ``tables`` names tables built across reports (the others are in every
    notebook's key already), and the ones showing pairs name outcomes."""
    assert all(set(c.tables) <= set(DERIVED) for c in CHAPTERS)
    assert {c.stem for c in CHAPTERS if c.tables} == {"50-targets", "55-context",
                                                      "70-outcomes"}


def test_a_derived_row_belongs_to_the_reports_its_owner_columns_name():
    """``schema.DERIVED`` names the owner columns ``split`` files a row by; a figure id
    names its figure's report."""
    from workreport.errors import SchemaError
    from workreport.schema import owners

    df = pd.DataFrame({"target_figure_id": ["a-2014#f001", "b#2014#f012", ""],
                       "outcome_report_id": ["a-2015", "b#2015", ""]}, dtype="string")
    got = owners("outcomes", df)
    assert list(got.columns) == list(DERIVED["outcomes"][2]) == ["target_figure_id"]
    assert got.to_numpy().tolist() == [["a-2014"], ["b#2014"], [""]]
    with pytest.raises(SchemaError, match="not a derived table"):
        owners("indicators", df)


def test_a_missing_table_of_the_extraction_is_one_line(tmp_path: Path):
    from workreport.errors import MissingInput

    bare = skeleton(tmp_path, tiny_catalog(), {"yuzhong-2014.txt": tiny_yuzhong()})
    bare.processed.mkdir(parents=True)
    with pytest.raises(MissingInput, match="run `workreport extract` first"):
        split(bare)
