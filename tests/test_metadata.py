"""What a report is, read from its own text: the catalogue's reports and a hand-checked
sample of scraped county texts."""

from __future__ import annotations

import csv
import warnings

import pytest

from workreport.extract.catalog import Report, load_catalog, report_for_file
from workreport.extract.ingest import Document, load
from workreport.extract.metadata import government_key, read_metadata
from workreport.extract.readers import ReportWarning
from workreport.extract.structure import parse
from workreport.extract.tables import extract_report

from .conftest import DATA, ROOT, SHARED

COUNTIES = SHARED / "corpus-counties"
SAMPLE = list(csv.DictReader((DATA / "county_metadata.csv").open(encoding="utf-8")))


def _read(path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ReportWarning)
        doc = load(path)
    return read_metadata(doc, parse(doc))


@pytest.mark.parametrize(("a", "b"), [
    ("保定市清苑区人民政府", "清苑区人民政府"),
    ("重庆市渝中区人民政府", "渝中区人民政府"),
    ("中华人民共和国国务院", "国务院"),
    ("河北省人民政府", "河北省人民政府"),
])
def test_one_government_however_written(a, b):
    assert government_key(a) == government_key(b)


def test_different_governments_stay_apart():
    assert government_key("清苑区人民政府") != government_key("满城区人民政府")
    assert government_key("易县人民政府") != government_key("米易县人民政府")


@pytest.mark.parametrize("report", load_catalog(ROOT / "data" / "reports.yml"),
                         ids=lambda r: r.id)
def test_catalogued_reports_read_as_catalogued(report):
    """What an entry states agrees with what its text says; what it leaves out (the
    series entries state only id, file and government_en) is read from the text, so
    the text must say it: a government, a level and the years."""
    if not report.path.is_file():
        pytest.skip(f"{report.path} is absent (../shared is not beside the project)")
    m = _read(report.path)
    if report.government:
        assert government_key(m.government) == government_key(report.government)
    else:
        assert government_key(m.government)
    if report.level:
        assert m.level == report.level
    else:
        assert m.level
    if report.report_year:
        assert (m.report_year, m.year_reviewed) == (report.report_year, report.year_reviewed)
    else:
        assert m.report_year and m.year_reviewed == m.report_year - 1
    # What the text states agrees with the catalogue (the State Council texts of
    # data/raw/ carry no date line: those fields are empty, not wrong).
    for name in ("date", "speaker", "meeting"):
        assert getattr(m, name) in ("", getattr(report, name)) or not getattr(report, name), name


@pytest.mark.skipif(not COUNTIES.is_dir(), reason="../shared/corpus-counties is absent")
@pytest.mark.parametrize("row", SAMPLE, ids=lambda r: r["file"])
def test_county_sample(row):
    m = _read(COUNTIES / row["file"])
    got = {"government": m.government, "level": m.level, "report_year": str(m.report_year),
           "year_reviewed": str(m.year_reviewed), "date": m.date, "speaker": m.speaker,
           "meeting": m.meeting}
    assert got == {k: v for k, v in row.items() if k != "file"}


def test_file_name_is_not_trusted(tmp_path):
    f = tmp_path / "county-tangxian-2021.txt"
    f.write_text("高唐县2021年政府工作报告\n——2021年3月11日在高唐县第十七届人民代表大会"
                 "第五次会议上\n高唐县代县长 杨曙光\n各位代表：\n一、2020年工作回顾\n"
                 "全县生产总值增长5%。\n",
                 encoding="utf-8")
    m = _read(f)
    assert (m.government, m.level, m.report_year, m.year_reviewed, m.speaker) == (
        "高唐县人民政府", "county", 2021, 2020, "杨曙光")


def test_no_catalogue_gives_the_catalogues_tables(catalog):
    """`workreport extract FILE` alone: years, level and English labels as with the
    catalogue (the glossary ships with the package)."""
    stated = catalog["yuzhong-2014"]
    bare = extract_report(report_for_file(stated.path, stated.id))
    full = extract_report(stated)
    assert bare.tables["indicators"].equals(full.tables["indicators"])
    assert bare.tables["indicators"].indicator_en.ne("").sum() > 100
    a, b = bare.tables["reports"].iloc[0], full.tables["reports"].iloc[0]
    for name in ("level", "report_year", "year_reviewed", "date", "speaker", "meeting"):
        assert a[name] == b[name], name
    assert government_key(a.government) == government_key(b.government)


def test_catalogue_wins_and_a_disagreement_warns(tmp_path, catalog):
    stated = catalog["yuzhong-2014"]
    wrong = Report(id="y", path=stated.path, speaker="某某", report_year=2014)
    with pytest.warns(ReportWarning, match="speaker"):
        e = extract_report(wrong)
    assert e.tables["reports"].iloc[0].speaker == "某某"


def test_a_structure_without_title_has_empty_title():
    doc = Document("x", ROOT / "x.txt", "utf-8", "各位代表：\n过去一年，生产总值增长5%。\n")
    assert read_metadata(doc, parse(doc)).title == ""
