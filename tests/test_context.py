"""The "in context" chapter: Yuzhong's 2014 targets beside the State Council's of
2013-2015, and the reports that supply them (years of the State Council's series in the
catalogue; context reports, ``chapters: false``, get no pages).

The fast tests read the tables (``tests.extracted``) and the plan; the slow one reads
the built page.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest
import yaml

from tests.extracted import NATIONAL, YUZHONG, extracted_tables
from workreport import analysis, context, display, findings, prose, series, targets
from workreport.book import Layout, extract, plan, write_pages
from workreport.book.plan import CHAPTERS, ReportPlan
from workreport.errors import CatalogError
from workreport.extract.catalog import Report, load_catalog
from workreport.verdicts import describe_outcome

from .conftest import ROOT, SHARED
from .test_book import skeleton
from .test_targets import pair_row

N2013, N2015 = "national-statecouncil-2013", "national-statecouncil-2015"
N2016 = "national-statecouncil-2016"


@pytest.fixture(scope="module")
def t() -> analysis.Tables:
    return extracted_tables()


@pytest.fixture(scope="module")
def national(t) -> list[str]:
    return context.nearby_national(t.reports, YUZHONG)


@pytest.fixture(scope="module")
def compared(t, national) -> pd.DataFrame:
    return context.targets_in_context(t.indicators, t.reports, YUZHONG, national, t.glossary)


@pytest.fixture(scope="module")
def names(t, national) -> dict[str, str]:
    return display.report_names(t, [YUZHONG, *national])


def gdp(df: pd.DataFrame) -> pd.DataFrame:
    return df[df["key"] == "GDP"]


# ----------------------------------------------------------------------------- the tables


def test_context_reports_are_in_the_tables(t):
    rows = t.reports.set_index("report_id")
    for rid, year, reviewed, speaker in ((N2013, 2013, 2012, "温家宝"),
                                         (N2015, 2015, 2014, "李克强")):
        assert rows.loc[rid, "level"] == "national"
        assert (rows.loc[rid, "report_year"], rows.loc[rid, "year_reviewed"]) == (year, reviewed)
        assert rows.loc[rid, "speaker"] == speaker
        assert rows.loc[rid, "date"] == f"{year}-03-05"


def test_national_texts_are_read_where_they_are():
    """Only Yuzhong's text is the project's own; the others (the State Council's, Hebei's,
    Qingyuan's) are read from the corpus beside the project (issue 10 §5), never copied
    into data/raw."""
    for report in load_catalog(ROOT / "data" / "reports.yml"):
        if report.id == YUZHONG:
            assert report.path == ROOT / "data" / "raw" / f"{YUZHONG}.txt"
        else:
            folders = ("corpus", "corpus-extra", "corpus-counties")
            assert report.path in {(SHARED / f / f"{report.id}.txt").resolve()
                                   for f in folders}, report.id
            assert not (ROOT / "data" / "raw" / f"{report.id}.txt").exists()


def test_nearby_national_reports(t, national):
    assert national == [N2013, NATIONAL, N2015]  # oldest first
    assert context.nearby_national(t.reports, NATIONAL) == []  # nothing above the State Council
    assert context.nearby_national(t.reports, "nowhere-2014") == []


def test_national_gdp_targets_over_three_years(t, national):
    series = context.national_series(t.indicators, t.reports, national, t.glossary)
    g = gdp(series)
    assert list(g["year"]) == [2013, 2014, 2015]
    assert list(g["value"]) == [7.5, 7.5, 7.0]
    assert set(g["qualifier"]) == {"左右"} and set(g["indicator"]) == {"国内生产总值"}
    wide = context.series_table(series)
    row = wide[wide["english"] == "GDP"].iloc[0]
    assert (row["2013"], row["2014"], row["2015"]) == ("7.5%左右", "7.5%左右", "7%左右")
    # Each qualifier where the report writes it (english.as_written; session 68: the
    # cells were "4.6 低于", "900 以上", every qualifier after a bare number).
    jobs = wide[wide["indicator"] == "城镇登记失业率"].iloc[0]
    assert (jobs["2013"], jobs["2014"]) == ("低于4.6%", "4.6%以内")
    assert wide[wide["indicator"] == "城镇新增就业"].iloc[0]["2013"] == "900万人以上"
    assert prose.describe_series(g, "the State Council") == (
        "The State Council's target for GDP (国内生产总值): growth of about 7.5% in 2013, "
        "about 7.5% in 2014 and about 7% in 2015 (kept, then lowered).")
    # Only indicators that at least two of the national reports target.
    assert (series.groupby(["key", "measure", "unit"])["report_id"].nunique() >= 2).all()


def test_yuzhong_targets_beside_every_national_one(compared):
    g = gdp(compared)
    assert list(g["report_id"]) == [YUZHONG, N2013, NATIONAL, N2015]
    assert list(g["value"]) == [11.0, 7.5, 7.5, 7.0]
    assert list(g["indicator"]) == ["地区生产总值", "国内生产总值", "国内生产总值", "国内生产总值"]
    assert list(g["year"]) == [2014, 2013, 2014, 2015]


def test_step_from_national_to_district(compared, names):
    steps = context.steps(compared, YUZHONG)
    row = gdp(steps).iloc[0]
    assert len(gdp(steps)) == 1 and row["national_id"] == NATIONAL  # the same year only
    assert (row["national"], row["local"], row["gap"]) == (7.5, 11.0, 3.5)
    assert prose.describe_step(row, names) == (
        "In 2014 the State Council aimed for GDP growth of about 7.5% (国内生产总值); "
        "Yuzhong District aimed for about 11% (地区生产总值), 3.5 percentage points higher.")


@pytest.fixture(scope="module")
def paired(t) -> pd.DataFrame:
    """``outcomes.csv`` of the extracted tables: what ``extract_to`` writes beside them,
    made by the same function (``extract.outcomes.pair_outcomes``)."""
    from workreport.extract.outcomes import pair_outcomes

    return pair_outcomes({"reports": t.reports, "indicators": t.indicators,
                          "sentences": t.sentences, "sections": t.sections})


def test_realised_national_results(t, national, names, paired):
    """The chapter reads the pairs of outcomes.csv: the State Council's 2015 GDP target
    (7% 左右) beside the 6.9% of its 2016 report, whose text names the government 国务院
    where the 2015 one writes 中华人民共和国国务院."""
    out = targets.outcomes(paired, t.indicators, national, t.glossary)
    g = gdp(out).set_index("report_id")
    assert list(g.index) == [N2013, NATIONAL, N2015]  # in national_ids order
    assert g.loc[NATIONAL, "outcome"] == 7.4 and g.loc[NATIONAL, "later_id"] == N2015
    assert g.loc[N2013, "outcome"] == 7.7 and g.loc[N2013, "later_id"] == NATIONAL
    assert (g.loc[N2015, "target"], g.loc[N2015, "outcome"]) == (7.0, 6.9)
    assert (g.loc[N2015, "later_id"], g.loc[N2015, "met"]) == (N2016, "met")
    assert g.loc[N2015, "target_year"] == 2015 and g.loc[N2015, "indicator"] == "国内生产总值"
    row = gdp(out)[gdp(out)["report_id"] == NATIONAL].iloc[0]
    years = context.report_years(t.reports)
    assert describe_outcome(row, names, years) == (
        "GDP (国内生产总值): growth of about 7.5% targeted by the State Council for 2014; its "
        "2015 report gives 7.4%, 0.1 percentage points below the target. Verdict: met, by "
        "the rule “about (左右): met within ±0.5 percentage points”.")
    # A target whose result the next report does not state keeps its row, judged unclear,
    # but for one it says in words was missed (2015's trade: session 72, tester 72 D2).
    unstated = out[out["outcome"].isna()]
    assert set(unstated["met"]) == {"unclear", "fell short"}
    unclear = unstated[unstated["met"] == "unclear"]
    assert len(unclear) and "states no result for" in describe_outcome(unclear.iloc[0], names,
                                                                         years)
    missed = unstated[unstated["met"] == "fell short"].iloc[0]
    assert "says the target was missed: “" in describe_outcome(missed, names, years)
    assert context.describe_missing(out, t.reports, national, names) == []
    # Without the 2016 report the 2015 targets have no row, and the chapter says why.
    no_2016 = paired[paired["outcome_report_id"] != N2016]
    reports = t.reports[t.reports["report_id"] != N2016]
    out = targets.outcomes(no_2016, t.indicators, national, t.glossary)
    assert N2015 not in set(out["report_id"])
    assert context.describe_missing(out, reports, national, names) == [
        "No target the State Council set for 2015 is paired with a later report in the data, "
        "so whether its targets were met cannot be read here: that takes the State Council's "
        "report reviewing 2015 in the data, and targets whose indicators have a code to pair "
        "them by (vocab/indicators.yml)."]


def test_the_chapter_reads_the_pairs_it_is_given():
    """A synthetic outcomes.csv: its rows, not a pairing of the chapter's own, make the
    table; a pair outcomes.csv lacks is said to be missing, even where the next report is
    in the tables."""
    from tests.extracted import frame

    ind = frame([
        {"report_id": "n15", "indicator": "国内生产总值", "value": 7.0, "unit": "%",
         "measure": "change", "kind": "target", "year": 2015, "qualifier": "左右"},
        {"report_id": "n16", "indicator": "国内生产总值", "value": 6.9, "unit": "%",
         "measure": "change", "year": 2015},
    ])
    paired = pd.DataFrame([pair_row()])
    reports = pd.DataFrame({"report_id": ["n15", "n16"], "level": ["national"] * 2,
                            "report_year": [2015, 2016], "year_reviewed": [2014, 2015],
                            "government": ["中华人民共和国国务院", "国务院"]})
    out = targets.outcomes(paired, ind, ["n15"])
    row = out.iloc[0]
    assert len(out) == 1 and (row["key"], row["target"], row["outcome"]) == ("GDP", 7.0, 6.9)
    assert (row["later_id"], row["result_id"], row["met"]) == ("n16", "n16#f001", "met")
    assert (row["qualifier"], row["result_qualifier"], row["target_year"]) == ("左右", "", 2015)
    names, years = {"n15": "the State Council"}, {"n15": 2015, "n16": 2016}
    assert describe_outcome(row, names, years).startswith(
        "GDP (国内生产总值): growth of about 7% targeted by the State Council for 2015; its "
        "2016 report gives 6.9%, 0.1 percentage points below the target. Verdict: met")
    assert targets.outcomes(paired, ind, ["n16"]).empty  # not a target of n16
    none = targets.outcomes(paired.iloc[0:0], ind, ["n15"])
    assert none.empty and list(none.columns) == list(out.columns)
    # The next report is in the tables, but outcomes.csv pairs nothing with it: the note
    # reads the pairs, which cannot tell that from its absence, and names both.
    assert context.describe_missing(none, reports, ["n15"], names) == [
        "No target the State Council set for 2015 is paired with a later report in the data, "
        "so whether its targets were met cannot be read here: that takes the State Council's "
        "report reviewing 2015 in the data, and targets whose indicators have a code to pair "
        "them by (vocab/indicators.yml)."]


def test_results_of_the_reviewed_year_side_by_side(t, names):
    beside = context.results_beside(t.indicators, t.reports, YUZHONG, ["GDP"], t.glossary)
    row = beside.iloc[0]
    assert (row["year"], row["local"], row["national"], row["national_report"]) == (
        2013, 12.0, 7.7, NATIONAL)
    assert prose.describe_results_beside(row, names).endswith(
        "the State Council 7.7%: 4.3 percentage points higher.")


def test_by_year_and_its_chart(t, national, compared, names, paired):
    from workreport import charts

    out = targets.outcomes(paired, t.indicators, national, t.glossary)
    beside = context.results_beside(t.indicators, t.reports, YUZHONG, ["GDP"], t.glossary)
    years = context.by_year(compared, YUZHONG, out, beside, names)
    got = {(s, int(y)): v for s, y, v in zip(years["series"], years["year"], years["value"],
                                             strict=True)}
    assert got == {("Yuzhong District target", 2014): 11.0,
                   ("State Council target", 2013): 7.5, ("State Council target", 2014): 7.5,
                   ("State Council target", 2015): 7.0, ("State Council result", 2013): 7.7,
                   ("State Council result", 2014): 7.4, ("State Council result", 2015): 6.9,
                   ("Yuzhong District result", 2013): 12.0}
    assert charts.png_bytes(charts.by_year(years)) == charts.png_bytes(charts.by_year(years))
    # A level in 亿元 is drawn in its English scale, its axis saying so (session 67, tester;
    # re-test 72, D13: "10,000 people" and "100 million yuan" are no scale a reader uses).
    level = years.assign(unit="亿元", measure="level", value=years["value"] * 100)
    assert [ax.get_ylabel() for ax in charts.by_year(level).axes] == ["billion yuan"]
    # A national report has nothing above it: every frame is empty, nothing raises.
    empty = context.targets_in_context(t.indicators, t.reports, NATIONAL, [], t.glossary)
    assert empty.empty and context.steps(empty, NATIONAL).empty
    assert context.by_year(empty, NATIONAL, out.iloc[0:0], beside.iloc[0:0], names).empty


def test_where_the_report_stands(t, names):
    timing = context.describe_timing(t.report(YUZHONG), t.report(NATIONAL), names)
    assert timing == ("Yuzhong District's report was delivered on 2014-02-19, the State "
                      "Council's on 2014-03-05: the district set its targets before the "
                      "national ones were announced.")
    position, between = context.describe_hierarchy("district", "Yuzhong District")
    assert position.startswith("Yuzhong District is a district government")
    assert "two steps" in position and "combines two steps" in between
    assert "one step" in context.describe_hierarchy("provincial", "Sichuan")[0]


def test_a_report_without_a_date_says_nothing_of_the_order():
    """Session 67, tester: Nanjing's text gives no date, and its chapter read "Nanjing's
    report was delivered on , the State Council's on 2024-03-05: the city set its targets
    before the national ones were announced"."""
    names = {"nj": "Nanjing", "sc": "the State Council"}
    nanjing = {"report_id": "nj", "date": float("nan"), "level": "municipal"}
    sc = {"report_id": "sc", "date": "2024-03-05", "level": "national"}
    assert context.describe_timing(nanjing, sc, names) == (
        "Nanjing's report gives no date of delivery; the State Council's was delivered on "
        "2024-03-05.")
    assert context.describe_timing({**nanjing, "date": "2024-01-21"}, {**sc, "date": ""},
                                   names) == ("Nanjing's report was delivered on 2024-01-21; "
                                              "the State Council's gives no date of delivery.")
    assert "before" in context.describe_timing({**nanjing, "date": "2024-01-21"}, sc, names)
    assert "the city set its targets" in context.describe_timing(
        {**nanjing, "date": "2024-01-21"}, sc, names)


def test_the_chapter_names_the_report_by_its_level():
    """Session 67, tester: a city's chapter said "the country's and the district's"."""
    assert [context.level_noun(lv) for lv in ("district", "county", "municipal",
                                              "provincial", "")] == [
        "district", "county", "city", "province", "local government"]
    timeline = pd.DataFrame({"year": [2023, 2024], "english": ["GDP", "GDP"],
                             "key": ["GDP", "GDP"]})
    assert findings.caption_by_year(timeline, "city").endswith(
        "2023–2024, the country's and the city's.")
    page = (ROOT / "notebooks" / "context.ipynb").read_text("utf-8")
    assert "district's" not in page.split('"exercises"')[0]


def test_the_chapter_says_which_national_reports_have_pages():
    """Session 67, tester: the chapter called the national reports "context reports
    (chapters: false …)" in a book where they have pages: a catalogue value in prose."""
    years = {"a": 2013, "b": 2014, "c": 2015}
    assert context.describe_pages(["a", "b", "c"], years, {"b"}) == (
        "The State Council's report of 2014 is read in this book too: a figure id links to "
        "the annotated text of the report stating it. Those of 2013 and 2015 are in the "
        "data for context only: extracted like any other report, with no pages of their "
        "own here, so their figure ids are shown without a link (hover for the full id, "
        "the key to its row in indicators.csv).")
    assert context.describe_pages(["c"], years, set()).startswith(
        "The State Council's report of 2015 is in the data for context only")
    assert context.describe_pages(["a", "b"], years, {"a", "b"}) == (
        "The State Council's reports of 2013 and 2014 are read in this book too: a figure "
        "id links to the annotated text of the report stating it.")
    prose_cells = [c for c in json.loads((ROOT / "notebooks" / "context.ipynb").read_text(
        "utf-8"))["cells"] if c["cell_type"] == "markdown" and "exercises" not in
        c["metadata"].get("tags", [])]
    assert not any("chapters:" in "".join(c["source"]) for c in prose_cells)


# ----------------------------------------------------------------------------- links


def test_figures_of_context_reports_are_not_linked():
    ids = f"{YUZHONG}#f111 {N2013}#f097"
    html = display.figure_links(ids, {YUZHONG, NATIONAL})
    assert html.count("<a ") == 1 and f"../{YUZHONG}/report.html#fig-f111" in html
    assert N2013 + "/report.html" not in html and f'title="{N2013}#f097"' in html
    assert display.figure_links(ids).count("<a ") == 2  # no set given: link every report
    # Ids of several reports: each after what tells its report apart (session 69, tester:
    # "#f001" three times on a series page); one report's ids stay short.
    series = display.figure_links("county-mancheng-2020#f001 county-mancheng-2021#f001")
    assert re.findall(r">([^<]+)</a>", series) == ["2020#f001", "2021#f001"]
    assert re.findall(r">([^<]+)<", display.figure_links(ids))[0] == f"{YUZHONG}#f111"
    assert re.findall(r">([^<]+)</a>", display.figure_links(f"{YUZHONG}#f1 {YUZHONG}#f2")) \
        == ["#f1", "#f2"]
    df = pd.DataFrame({"figure_id": [f"{N2015}#f047"], "national_figure_id": [f"{N2013}#f1"]})
    table = display.table(df, linkable={YUZHONG}).data
    assert "<a " not in table and "#f047" in table and "#f1" in table


# ----------------------------------------------------------------------------- the plan


@pytest.fixture(scope="module")
def layout(tmp_path_factory) -> Layout:
    if not (SHARED / "corpus").is_dir():
        pytest.skip("../shared is not beside the project: the national reports are absent")
    layout = skeleton(tmp_path_factory.mktemp("context-plan"))
    extract(layout)
    return layout


def test_plan_adds_context_for_yuzhong_and_no_chapters_for_context_reports(layout):
    reports = load_catalog(layout.catalog)
    jobs = plan(layout, reports)
    context_job = next(j for j in jobs if j.output.stem == "55-context")
    # In the catalogue the 2013 and 2015 reports are years of the State Council's series
    # (chapters: series), with annotated pages to link figures to.
    assert context_job.digests["linkable"] == f"{N2013},{NATIONAL},{N2015},{N2016},{YUZHONG}"
    # Made context reports (chapters: false), they are read but get no pages at all.
    reports = [Report(**{**r.__dict__, "extra": {**r.extra, "chapters": False}})
               if r.id in (N2013, N2015) else r for r in reports]
    jobs = plan(layout, reports)
    by_report: dict[str, list[str]] = {}
    for j in jobs:
        by_report.setdefault(j.output.parent.name, []).append(j.output.stem)
    assert "55-context" in by_report[YUZHONG]
    job = next(j for j in jobs if j.output.stem == "55-context")
    assert job.template.name == "context.ipynb"
    assert job.parameters == {"report_id": YUZHONG, "data_dir": "data/processed"}
    # Its key covers the rows of Yuzhong and of the national reports it reads, of the
    # report their pairs name for the 2015 targets (2016: the chapter dates their results
    # by it), and which of them have pages to link figures to.
    read = {p.parent.name for p in job.inputs if p.suffix == ".csv"} - {"data", "vocab"}
    assert read == {YUZHONG, N2013, NATIONAL, N2015, N2016}
    # and the pairs of outcomes.csv that "What was achieved" shows: filed with the report
    # that set the target (rows.split), so the 2015 targets' pairs with the 2016 report
    # are covered; not the 2016 report's own, nor the whole table.
    pairs = {p.parent.name for p in job.inputs if p.name == "outcomes.csv"}
    assert pairs == read - {N2016} and layout.processed / "outcomes.csv" not in job.inputs
    assert job.digests["linkable"] == f"{NATIONAL},{N2016},{YUZHONG}"
    # The targets chapter shows the same pairs ("Outcomes"): its key covers them too, and
    # the rows of N2015, which states their results; not N2015's own pairs (with 2016),
    # which it does not show.
    targets_job = next(j for j in jobs if j.output.stem == "50-targets"
                       and j.output.parent.name == NATIONAL)
    assert {p.parent.name for p in targets_job.inputs if p.name == "outcomes.csv"} == {
        NATIONAL}
    assert {p.parent.name for p in targets_job.inputs if p.name == "reports.csv"} == {
        NATIONAL, N2015}
    assert "55-context" not in by_report[NATIONAL]
    assert N2013 not in by_report and N2015 not in by_report
    assert {r.id for r in reports if not r.has_chapters} == {N2013, N2015}
    write_pages(layout, jobs, reports)
    assert not (layout.generated / N2013).exists() and not (layout.generated / N2015).exists()
    government = (layout.generated / "national-statecouncil" / "government.md").read_text()
    assert "../national-statecouncil-2012/report" in government
    assert N2013 not in government and N2015 not in government
    # The notebooks know which reports have pages: reports.csv has_chapters, no catalogue
    # (extracted from the catalogue, where every report has pages).
    assert analysis.load_tables(layout.processed).chaptered == {
        r.id for r in load_catalog(layout.catalog)}


def wants_context(reports: pd.DataFrame, report_id: str) -> bool:
    """Whether the chapter registry gives ``report_id`` the context chapter."""
    chapter = next(c for c in CHAPTERS if c.template == "context")
    return chapter.applies(ReportPlan(Report(id=report_id, path=Path(report_id)), pd.DataFrame(),
                                      frozenset(), reports))


def test_wants_context_rules():
    reports = pd.DataFrame({
        "report_id": ["d14", "m14", "p14", "n12", "n15", "n14b"],
        "level": ["district", "municipal", "provincial", "national", "national", "national"],
        "report_year": [2014, 2017, 2013, 2012, 2015, 2014],
    })
    assert wants_context(reports, "d14")  # national 2014 and 2015
    assert not wants_context(reports, "m14")  # no national report within a year of 2017
    assert wants_context(reports, "p14")  # national 2012 (year before)
    assert not wants_context(reports, "n15")  # a national report
    assert context.nearby_national(reports, "d14") == ["n14b", "n15"]


def test_catalog_chapters_flag(tmp_path: Path):
    entries = yaml.safe_load((ROOT / "data" / "reports.yml").read_text("utf-8"))["reports"]
    flags = {e["id"]: e.get("chapters", True) for e in entries}
    # Yuzhong and the State Council 2014 read in depth; every other report is one year of
    # a series (issue 14: the State Council 2012-2016 and 2024, Hebei 2024, Qingyuan
    # 2020-2025).
    assert {k for k, v in flags.items() if v is True} == {YUZHONG, NATIONAL}
    assert {v for k, v in flags.items() if k not in (YUZHONG, NATIONAL)} == {"series"}
    assert len(flags) == 14 and {N2013, N2015} <= set(flags)
    bad = tmp_path / "reports.yml"
    bad.write_text(yaml.safe_dump({"reports": [{**entries[0], "chapters": "no thanks"}]},
                                  allow_unicode=True), encoding="utf-8")
    with pytest.raises(CatalogError, match="chapters must be true, false or series"):
        load_catalog(bad)


# ----------------------------------------------------------------------------- the page


@pytest.mark.slow
def test_built_context_page(built_book):
    page = built_book / "book" / "generated" / YUZHONG / "55-context.html"
    text = " ".join(re.sub(r"<[^>]+>", "", page.read_text("utf-8")).split())
    assert "3.5 percentage points higher" in text and "层层加码" in text
    assert "Target Setting in Tournaments" in text
    landing = (built_book / "book" / "generated" / YUZHONG / "index.html").read_text("utf-8")
    assert 'href="55-context.html"' in landing
    # The national reports it reads are years of the State Council's series in the
    # catalogue: their figures link to their annotated pages, which are in the book.
    body = page.read_text("utf-8")
    for rid in (N2013, N2015):
        assert f"../{rid}/report.html#fig-" in body
        assert (built_book / "book" / "generated" / rid / "report.html").is_file()
    # No page of the book links to an annotated page that is not there (a context
    # report's, chapters: false, would not be: see
    # test_plan_adds_context_for_yuzhong_and_no_chapters_for_context_reports).
    for html in built_book.rglob("*.html"):
        body = html.read_text("utf-8", errors="replace")
        for rid in set(re.findall(r'href="\.\./([^/"]+)/report\.html', body)):
            assert (html.parent.parent / rid / "report.html").is_file(), (html, rid)


def test_a_local_report_with_no_targets_has_an_empty_context(tmp_path):
    """A report with a review and no targets: every frame of the context chapter is empty
    (same columns), none raises."""
    from tests.extracted import frame

    ind = frame([
        {"indicator": "地区生产总值", "value": 12.0, "unit": "%", "measure": "change"},
        {"report_id": "n", "indicator": "国内生产总值", "value": 7.5, "unit": "%",
         "measure": "change", "kind": "target", "year": 2014},
    ])
    reports = pd.DataFrame({"report_id": ["r", "n"], "level": ["district", "national"],
                            "report_year": [2014, 2014], "year_reviewed": [2013, 2013],
                            "government": ["a", "b"]})
    compared = context.targets_in_context(ind, reports, "r", ["n"])
    assert compared.empty and "key" in compared.columns
    assert context.steps(compared, "r").empty
    # No outcomes.csv (no consecutive years were extracted): the table is empty.
    outcomes = targets.outcomes(series.load_outcomes(tmp_path), ind, ["n"])
    beside = context.results_beside(ind, reports, "r", ["GDP"])
    assert outcomes.empty and beside.empty
    assert context.by_year(compared, "r", outcomes, beside, {}).empty
