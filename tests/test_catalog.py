"""The catalogue: an entry needs only id and file; an entry for a spreadsheet stands for
one report per row."""

from __future__ import annotations

import pandas as pd
import pytest

from workreport.errors import CatalogError
from workreport.extract.catalog import available, load_catalog

from .conftest import YUZHONG


def _catalog(tmp_path, entries: str):
    f = tmp_path / "reports.yml"
    f.write_text("reports:\n" + entries, encoding="utf-8")
    return load_catalog(f)


@pytest.fixture
def sheet(tmp_path):
    text = YUZHONG.read_text(encoding="utf-8")
    pd.DataFrame({"name": ["yz-a", "yz-b"], "government": ["", "渝中区人民政府"],
                  "text": [text[:3000], text[:5000]]}).to_csv(tmp_path / "many.csv",
                                                              index=False)
    return tmp_path / "many.csv"


def test_an_entry_needs_only_id_and_file(tmp_path):
    (r,) = _catalog(tmp_path, f"  - id: y\n    file: {YUZHONG}\n")
    assert (r.id, r.path, r.government, r.report_year) == ("y", YUZHONG, "", None)
    with pytest.raises(CatalogError, match="entry 1 lacks file"):
        _catalog(tmp_path, "  - id: y\n")


def test_a_spreadsheet_entry_is_one_report_per_row(tmp_path, sheet):
    reports = _catalog(tmp_path, f"  - id: yz\n    file: {sheet.name}\n    level: district\n"
                                 "    chapters: series\n")
    assert [r.id for r in reports] == ["yz-1", "yz-2"]
    # The entry states for every row; a row's own column states over it.
    assert [r.level for r in reports] == ["district", "district"]
    assert [r.government for r in reports] == ["", "渝中区人民政府"]
    assert all(r.extra == {"chapters": "series"} and r.text for r in reports)
    named = _catalog(tmp_path, f"  - id: yz\n    file: {sheet.name}\n    id_column: name\n")
    assert [r.id for r in named] == ["yz-a", "yz-b"]


def test_row_ids_must_not_clash_with_other_entries(tmp_path, sheet):
    with pytest.raises(CatalogError, match="duplicate id yz-1"):
        _catalog(tmp_path, f"  - id: yz-1\n    file: {YUZHONG}\n"
                           f"  - id: yz\n    file: {sheet.name}\n")


def test_an_absent_spreadsheet_is_skipped_as_one_report(tmp_path):
    reports = _catalog(tmp_path, "  - id: gone\n    file: ../nowhere/many.xlsx\n")
    present, absent = available(reports)
    assert present == [] and [a.report.id for a in absent] == ["gone"]


def test_an_unknown_key_is_refused_with_the_nearest_known_one(tmp_path):
    """A misspelled key (levle: city) was taken silently, the level then read from the
    text (session 67, tester); one no known key is near lists the keys."""
    f = tmp_path / "reports.yml"
    cases = {f"  - id: y\n    file: {YUZHONG}\n    levle: city\n":
             "entry 1 (y): unknown key levle (did you mean level?)",
             f"  - id: y\n    file: {YUZHONG}\n  - fiel: x.txt\n    id: z\n":
             "entry 2 (z): unknown key fiel (did you mean file?)",
             f"  - id: y\n    file: {YUZHONG}\n    colour: red\n":
             "entry 1 (y): unknown key colour (an entry's keys: id, file, title, "}
    for entries, message in cases.items():
        with pytest.raises(CatalogError) as err:
            _catalog(tmp_path, entries)
        assert str(err.value).startswith(f"{f}: {message}")
    f.write_text(f"report:\n  - id: y\n    file: {YUZHONG}\n", encoding="utf-8")
    with pytest.raises(CatalogError, match=r"unknown key report at the top level \(did you "
                                           r"mean reports\?\)"):
        load_catalog(f)


def test_every_key_the_project_reads_is_known(tmp_path):
    (r,) = _catalog(tmp_path, f"  - id: y\n    file: {YUZHONG}\n    title: T\n    level: "
                              "district\n    government_en: G\n    speaker_en: S\n"
                              "    chapters: series\n    task_parts: [2]\n")
    assert (r.title, r.government_en, r.extra) == ("T", "G", {"chapters": "series",
                                                             "task_parts": [2]})


def test_a_file_missing_from_the_project_or_a_directory_is_an_error(tmp_path):
    """A typo (raw/x.docxx) or a directory (raw) in a file of the project was skipped as
    "absent (… is ../shared beside it?)", exit 0, and the book rebuilt without it
    (session 68, tester): it is an error naming the entry, the file and the one meant."""
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "city-chengde-2024.docx").write_bytes(b"PK")
    with pytest.raises(CatalogError) as typo:
        _catalog(tmp_path, "  - id: chengde-2024\n    file: raw/city-chengde-2024.docxx\n")
    assert str(typo.value) == (f"{tmp_path / 'reports.yml'}: entry 1 (chengde-2024): file "
                               "raw/city-chengde-2024.docxx does not exist (did you mean "
                               "raw/city-chengde-2024.docx?)")
    with pytest.raises(CatalogError, match=r"entry 2 \(b\): file raw is a directory, not a "
                                           r"report; name one file in it: raw/city-chengde"):
        _catalog(tmp_path, "  - id: a\n    file: raw/city-chengde-2024.docx\n"
                           "  - id: b\n    file: raw\n")
    with pytest.raises(CatalogError, match=r"file \.\./ is a directory"):
        _catalog(tmp_path, "  - id: b\n    file: ../\n")
    with pytest.raises(CatalogError, match=r"file nothing\.txt does not exist$"):
        _catalog(tmp_path, "  - id: b\n    file: nothing.txt\n")


def test_an_absent_text_outside_the_project_names_what_is_missing(tmp_path):
    """A text read where it is (../shared) is skipped; the hint names the folder missing,
    or the file alone when its folder is there (it asked for ../shared of any file)."""
    (tmp_path / "here").mkdir()
    (project := tmp_path / "project").mkdir()
    reports = _catalog(project, "  - id: a\n    file: ../no-shared/corpus/a.txt\n"
                                "  - id: b\n    file: ../here/b.txt\n")
    present, absent = available(reports)
    assert present == [] and [a.report.id for a in absent] == ["a", "b"]
    assert f"is absent: there is no {tmp_path / 'no-shared'} (" in str(absent[0])
    assert str(absent[1]).endswith("b.txt is absent (a report kept outside the project is "
                                   "read where it is)")


def test_a_yaml_error_names_its_line(tmp_path):
    """Session 68, tester: "not valid YAML (while parsing a block collection)" named no
    line; it names the line and column, and where the block began."""
    with pytest.raises(CatalogError) as err:
        _catalog(tmp_path, "  - id: a\n    file: a.txt\n  - id: b\n   file: b.txt\n")
    assert str(err.value).endswith("not valid YAML: line 5, column 4: expected <block end>, "
                                   "but found '<block mapping start>' (while parsing a "
                                   "block collection from line 2, column 3)")


def test_a_file_catalogued_twice_or_a_bad_chapters_names_the_entry(tmp_path):
    """Session 69, tester: two ids of one file were accepted (the report read twice, its
    figures twice in the corpus tables), and ``chapters: Series`` named "entry 1" only."""
    with pytest.raises(CatalogError, match=rf"entry 2 \(b\): its file {YUZHONG} is that of "
                                           r"entry 1 \(a\) too; catalogue a report once"):
        _catalog(tmp_path, f"  - id: a\n    file: {YUZHONG}\n  - id: b\n    file: {YUZHONG}\n")
    with pytest.raises(CatalogError, match=r"entry 1 \(a\): chapters must be true, false or "
                                           r"series, not 'Series'"):
        _catalog(tmp_path, f"  - id: a\n    file: {YUZHONG}\n    chapters: Series\n")


def test_a_year_disagreement_names_what_the_entry_typed(tmp_path):
    """Session 69, tester: ``report_year: 2019`` against a text reviewing 2017 warned of
    "the catalogue's year_reviewed 2018", a key the entry never had."""
    import warnings

    from workreport.extract.metadata import Metadata
    from workreport.extract.tables import _merge

    (report,) = _catalog(tmp_path, f"  - id: a\n    file: {YUZHONG}\n    report_year: 2019\n")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        merged = _merge(report, Metadata(government="渝中区人民政府", year_reviewed=2017,
                                         title="渝中区政府工作报告", date="2019-01-10",
                                         speaker="某某"))  # a whole title block: one warning
    assert merged["year_reviewed"] == 2018
    assert [str(w.message).split(": a: ")[1] for w in caught] == [
        "the catalogue's report_year 2019 (reviewing 2018) differs from the report's own "
        "year_reviewed 2017; using the catalogue's"]
