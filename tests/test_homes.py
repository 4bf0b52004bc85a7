"""Which landing pages the book has and what each holds (``book.homes``): the rules on
synthetic catalogues and ``reports.csv`` rows, no extraction."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from workreport import literal
from workreport.book.homes import cascade_page, government_page, homes
from workreport.extract.catalog import Report

SC = "中华人民共和国国务院"
SC_EN = "State Council of the People's Republic of China"


def report(tmp: Path, rid: str, chapters=True, present=True, **kw) -> Report:
    path = tmp / f"{rid}.txt"
    if present:
        path.write_text("text", encoding="utf-8")
    return Report(id=rid, path=path, extra={"chapters": chapters}, **kw)


def rows(*specs: tuple[str, str, str, int]) -> pd.DataFrame:
    """reports.csv rows: (report_id, government as read, level, report_year)."""
    return pd.DataFrame([{"report_id": r, "government": g, "government_en": "", "level": lv,
                          "report_year": y, "date": "", "speaker": ""}
                         for r, g, lv, y in specs])


@pytest.fixture()
def book(tmp_path):
    """Yuzhong read in depth; the State Council 2013-2015 (2014 in depth) and 2024;
    Hebei 2024; Qingyuan 2023-2024, one file named after another county."""
    cat = [report(tmp_path, "yuzhong-2014"),
           report(tmp_path, "sc-2014"),
           report(tmp_path, "sc-2013", "series"),
           report(tmp_path, "sc-2015", "series"),
           report(tmp_path, "sc-2024", "series"),
           report(tmp_path, "hebei-2024", "series"),
           report(tmp_path, "qingyuan-2023", "series"),
           report(tmp_path, "mancheng-2024", "series")]  # its text is Qingyuan's
    table = rows(("yuzhong-2014", "重庆市渝中区人民政府", "district", 2014),
                 ("sc-2014", SC, "national", 2014), ("sc-2013", SC, "national", 2013),
                 ("sc-2015", "国务院", "national", 2015), ("sc-2024", "国务院", "national", 2024),
                 ("hebei-2024", "河北省人民政府", "provincial", 2024),
                 ("qingyuan-2023", "清苑区人民政府", "district", 2023),
                 ("mancheng-2024", "保定市清苑区人民政府", "district", 2024))
    return cat, table


def test_one_home_per_report_in_depth_government_and_cascade(book):
    cat, table = book
    found = homes(cat, table)
    assert [(h.kind, h.folder, h.page) for h in found] == [
        ("report", "yuzhong-2014", "index"), ("report", "sc-2014", "index"),
        ("government", "sc", "government"),
        # Grouped on the government read from the texts, not on the file names.
        ("government", "qingyuan", "government"),
        ("cascade", "cascade-mancheng-2024", "cascade")]
    sc = found[2]
    assert sc.members == ("sc-2013", "sc-2014", "sc-2015", "sc-2024")  # oldest first
    assert sc.holds == ("sc-2013", "sc-2015", "sc-2024")  # 2014 has its own home
    assert sc.lead == "sc-2024" and sc.ready and sc.absent == ()
    county = found[3]
    assert county.members == ("qingyuan-2023", "mancheng-2024") and county.ready
    cascade = found[4]
    assert cascade.members == ("sc-2024", "hebei-2024", "mancheng-2024")
    # Hebei has one report: the cascade holds its annotated text, no government page.
    assert cascade.holds == ("hebei-2024",) and cascade.lead == "mancheng-2024"
    held = [m for h in found for m in h.holds]
    assert sorted(held) == sorted(r.id for r in cat)  # each annotated text once


def test_a_report_off_the_chain_is_not_in_the_cascade(book, tmp_path):
    """Session 67, tester: Nanjing 2024 (a city of Jiangsu) joined Hebei and Qingyuan's
    cascade; it is under neither, and with the State Council alone makes none of its own."""
    cat, table = book
    cat = [*cat, report(tmp_path, "nanjing-2024")]
    table = pd.concat([table, rows(("nanjing-2024", "南京市人民政府", "municipal", 2024))],
                      ignore_index=True)
    cascades = [h for h in homes(cat, table) if h.kind == "cascade"]
    assert [(h.folder, h.members) for h in cascades] == [
        ("cascade-mancheng-2024", ("sc-2024", "hebei-2024", "mancheng-2024"))]


def test_context_reports_are_on_no_page_and_two_levels_make_no_cascade(tmp_path):
    cat = [report(tmp_path, "yuzhong-2014"), report(tmp_path, "sc-2014", False),
           report(tmp_path, "sc-2015", False)]
    table = rows(("yuzhong-2014", "重庆市渝中区人民政府", "district", 2014),
                 ("sc-2014", SC, "national", 2014), ("sc-2015", SC, "national", 2015))
    assert [h.folder for h in homes(cat, table)] == ["yuzhong-2014"]


def test_a_lone_series_report_gets_a_page_of_its_own(tmp_path):
    cat = [report(tmp_path, "yuzhong-2014"), report(tmp_path, "xian-2020", "series")]
    table = rows(("yuzhong-2014", "重庆市渝中区人民政府", "district", 2014),
                 ("xian-2020", "易县人民政府", "district", 2020))
    lone = homes(cat, table)[-1]
    assert (lone.kind, lone.folder, lone.holds) == ("government", "xian", ("xian-2020",))
    assert not lone.ready  # one report: nothing across years to run


def test_absent_reports_are_placed_by_their_entry_and_named(tmp_path):
    """A clone without ../shared: the government page exists and names what is missing;
    its chapters cannot run until two of its reports are here."""
    cat = [report(tmp_path, "yuzhong-2014"),
           report(tmp_path, "sc-2014", present=False, government=SC, government_en=SC_EN),
           report(tmp_path, "sc-2012", "series", present=False, government_en=SC_EN),
           report(tmp_path, "sc-2013", "series", present=False, government=SC,
                  government_en=SC_EN)]
    table = rows(("yuzhong-2014", "重庆市渝中区人民政府", "district", 2014))
    found = homes(cat, table)
    assert [h.folder for h in found] == ["yuzhong-2014", "sc"]
    sc = found[1]
    assert sc.members == ("sc-2014", "sc-2012", "sc-2013") and sc.holds == ()
    assert [a.report.id for a in sc.absent] == ["sc-2014", "sc-2012", "sc-2013"]
    assert not sc.ready and sc.lead == ""
    page = government_page(sc, {}, {r.id: r for r in cat}, ["70-outcomes"], {})
    assert page.startswith(f"# {literal.markdown(SC_EN)}: 3 reports\n")
    assert "Not in this build" in page and "| Year |" not in page
    assert all(f"- `{i}`: its text" in page for i in ("sc-2012", "sc-2013", "sc-2014"))
    # One of them here: it joins the others through its entry's government_en.
    (tmp_path / "sc-2013.txt").write_text("text", encoding="utf-8")
    table = pd.concat([table, rows(("sc-2013", SC, "national", 2013))], ignore_index=True)
    sc = homes(cat, table)[1]
    assert sc.members == ("sc-2013", "sc-2014", "sc-2012") and sc.holds == ("sc-2013",)
    assert not sc.ready and len(sc.absent) == 2


def test_folders_never_collide_with_report_ids(tmp_path):
    cat = [report(tmp_path, "sc"), report(tmp_path, "sc-2013", "series"),
           report(tmp_path, "sc-2015", "series")]
    table = rows(("sc", "河北省人民政府", "provincial", 2014),
                 ("sc-2013", SC, "national", 2013), ("sc-2015", SC, "national", 2015))
    assert [h.folder for h in homes(cat, table)] == ["sc", "sc-2"]


def test_government_and_cascade_pages(book):
    cat, table = book
    found = homes(cat, table)
    by_id = {r["report_id"]: {**r, "date": "2015-03-05"} for r in table.to_dict("records")}
    where = {m: f"../{h.folder}/{h.page}" for h in found for m in h.holds}
    page = government_page(found[2], by_id, {r.id: r for r in cat},
                           ["70-outcomes", "72-series"], where)
    assert page.startswith("# 国务院: 4 reports, 2013–2024\n")
    assert "| 2014 | 2015\\-03\\-05 | unknown | {doc}`read in depth <../sc-2014/index>` |" in page
    assert "{doc}`annotated text <../sc-2013/report>`" in page
    assert page.endswith("70-outcomes\n72-series\n../sc-2013/report\n../sc-2015/report\n"
                         "../sc-2024/report\n```\n")
    assert "Not in this build" not in page
    cascade = cascade_page(found[4], by_id, ["75-cascade"], where)
    assert cascade.startswith("# 2024: one year's targets at 3 levels of government\n")
    assert "along one chain of governments, each under the one\nbefore" in cascade
    assert "{doc}`with its government <../sc/government>`" in cascade
    assert cascade.endswith("75-cascade\n../hebei-2024/report\n```\n")


# ------------------------------------------------------- the paragraphs the book includes

def _start(found, rows_by_id, opens=None):
    from workreport.book.homes import start_texts

    return start_texts(found, rows_by_id, opens or {})


YZ_ROW = {"government_en": "Yuzhong District People's Government, Chongqing",
          "level": "district", "report_year": 2014}
SC_ROW = {"government_en": SC_EN, "level": "national", "report_year": 2014}


def test_start_texts_read_as_the_yuzhong_book_did():
    from workreport.book.homes import Home

    found = [Home("report", "national-statecouncil-2014", "national-statecouncil-2014"),
             Home("report", "yuzhong-2014", "yuzhong-2014")]
    texts = _start(found, {"yuzhong-2014": YZ_ROW, "national-statecouncil-2014": SC_ROW},
                   {"yuzhong-2014": (3, True)})
    assert texts["index"] == (
        "**Start with Yuzhong District's 2014 report**: {doc}`its page </book/generated/"
        "yuzhong-2014/index>` opens with three findings and the facts that give the "
        "district's numbers scale, then lists the chapters. The State Council's national "
        "report of the same year follows it in the list of reports, as context: what the "
        "country aimed for in the same year.\n")
    assert texts["introduction"] == (
        "The Yuzhong report opens with {doc}`its own page </book/generated/yuzhong-2014/"
        "index>`, which lists its chapters; the national report is read the same way. The "
        "{doc}`/book/methods` chapter explains how the figures were found and how to check "
        "any of them.\n")


def test_start_texts_follow_any_catalogue():
    from workreport.book.homes import Home

    nanjing = {"government_en": "Nanjing Municipal People's Government", "level": "municipal",
               "report_year": 2024}
    found = [Home("report", "city-nanjing-2024", "city-nanjing-2024"),
             Home("government", "yi-county", "county-yixian-2021")]
    texts = _start(found, {"city-nanjing-2024": nanjing}, {"city-nanjing-2024": (2, False)})
    assert texts["index"] == ("**Start with Nanjing's 2024 report**: {doc}`its page "
                              "</book/generated/city-nanjing-2024/index>` opens with two "
                              "findings, then lists the chapters.\n")
    assert texts["introduction"].startswith(
        "The Nanjing report opens with {doc}`its own page </book/generated/city-nanjing-2024/"
        "index>`, which lists its chapters. The")
    assert "yuzhong" not in "".join(texts.values())
    # Tester 72: "Start with State Council's 2016 report".
    sc = _start([Home("report", "national-statecouncil-2014", "national-statecouncil-2014")],
                {"national-statecouncil-2014": SC_ROW}, {})
    assert sc["index"].startswith("**Start with the State Council's 2014 report**"), sc
    only_series = _start([Home("government", "yi-county", "county-yixian-2021")], {})
    assert "</book/generated/yi-county/government>" in only_series["index"]
    assert "{doc}`/book/tutorial`" in _start([], {})["index"]


def test_start_texts_escape_a_name_read_from_the_text():
    """A government named in the report's text is Markdown-escaped and kept out of the
    link's role (whose title MyST would take as it stands)."""
    from workreport.book.homes import Home

    evil = {"government_en": "<script>alert(5)</script> [x](y) District", "report_year": 2014}
    texts = _start([Home("report", "evil-2014", "evil-2014")], {"evil-2014": evil},
                   {"evil-2014": (1, False)})
    for text in texts.values():
        assert "<script>" not in text and "[x](y)" not in text
        assert "\\<script\\>" in text
        assert "{doc}`its" in text


# ------------------------------------------------------------------ the book's title

def test_the_book_is_named_after_the_report_it_opens_with(tmp_path):
    """The title followed _config.yml ("Yuzhong 2014: …") whatever the catalogue held
    (session 67, tester): it names the report the book opens with, in English, and a
    title typed in _config.yml still wins (session 68)."""
    from workreport.book import title
    from workreport.book.homes import Home, lead_report

    found = [Home("report", "national-statecouncil-2014", "national-statecouncil-2014"),
             Home("report", "yuzhong-2014", "yuzhong-2014"),
             Home("government", "national-statecouncil", "national-statecouncil-2016",
                  holds=("national-statecouncil-2012",))]
    assert lead_report(found) == "yuzhong-2014"
    assert title.pages(tmp_path, YZ_ROW) == {
        "title.txt": "Yuzhong District 2014: a reproducible reading of a Chinese government "
                     "work report\n",
        "index-title.txt": "# Yuzhong District 2014\\: a reproducible reading of a Chinese "
                           "government work report\n"}
    # Another catalogue: its report's English name, never Yuzhong's.
    tangxian = {"government_en": "Tangxian County People's Government", "report_year": 2023}
    found = [Home("report", "county-tangxian-2023", "county-tangxian-2023")]
    assert lead_report(found) == "county-tangxian-2023"
    assert title.book_title(tangxian) == ("Tangxian County 2023: a reproducible reading of a "
                                          "Chinese government work report")
    # Series only: the first report the first government page holds.
    found = [Home("government", "yi-county", "county-yixian-2022",
                  holds=("county-yixian-2021", "county-yixian-2022"))]
    assert lead_report(found) == "county-yixian-2021"
    assert lead_report([]) == "" and "Yuzhong" not in title.book_title(None)
    # A name read from a text is escaped in the heading; a typed title wins.
    evil = {"government_en": "<b>[x](y) District", "report_year": 2014}
    heading = title.pages(tmp_path, evil)["index-title.txt"]
    assert "<" not in heading and "＜b＞\\[x\\]\\(y\\)" in heading
    (tmp_path / "_config.yml").write_text('title: "Our own book"\n', encoding="utf-8")
    assert title.pages(tmp_path, YZ_ROW)["title.txt"] == "Our own book\n"
    assert title.read(tmp_path) == "Our own book"


def test_the_typed_title_is_read_by_the_one_reader_of_config(tmp_path):
    """Session 69 re-read: ``title.typed`` read _config.yml a third time with its own
    yaml.safe_load. It reads it through ``render.read_config`` (a file that reader
    refuses gives no typed title: the build and ``workreport pdf`` report it), or takes
    the settings a caller has read (``pdf._config``)."""
    from workreport.book import title

    config = tmp_path / "_config.yml"
    config.write_text('title: "Typed"\nlatex: 5\n', encoding="utf-8")
    assert title.typed(tmp_path) == ""  # read_config refuses latex: 5
    assert title.read(tmp_path, {"title": " Given "}) == "Given"
    config.write_text('title: "Typed"\n', encoding="utf-8")
    assert title.typed(tmp_path) == "Typed"
    assert title.typed(tmp_path, {}) == ""  # the caller's settings, not the file


def test_the_tutorial_says_in_which_order_the_reports_are_listed():
    """Session 68, tester: a book of chengde-2024 and chongqing-2024 (catalogued in that
    order) led with Chongqing, and nothing said why. The order is the table of contents'
    (the reports' landing pages by a pattern, reversed: ``homes.sidebar_order``, which
    names the book); the tutorial says so, and says how to choose the report that leads."""
    import yaml

    from workreport.book.homes import Home, sidebar_order

    root = Path(__file__).resolve().parents[1]
    toc = yaml.safe_load((root / "_toc.yml").read_text(encoding="utf-8"))
    part = next(p for p in toc["parts"] if p["caption"] == "The reports")
    assert part.get("reversed") is True and part["chapters"] == [
        {"glob": "book/generated/*/index"}]
    found = [Home("report", i, i) for i in ("chengde-2024", "chongqing-2024")]
    assert [h.folder for h in sidebar_order(found)] == ["chongqing-2024", "chengde-2024"]
    tutorial = " ".join((root / "book" / "tutorial.md").read_text(encoding="utf-8").split())
    assert "listed in reverse alphabetical order of their `id`, not in the order of the " \
           "catalogue" in tutorial
    assert "give the one it should open with the `id` that sorts last" in tutorial


def test_a_news_summary_is_said_so_on_its_governments_page(book):
    """Session 69 (a tester's 满城 2021): a year whose text is a news summary of its report
    (reports.csv summary) was listed as the report; its row and a note under the table say
    so. A table from before the column (no summary) says nothing."""
    cat, table = book
    found = homes(cat, table)
    by_id = {r["report_id"]: {**r, "summary": r["report_id"] == "sc-2015"}
             for r in table.to_dict("records")}
    page = government_page(found[2], by_id, {r.id: r for r in cat}, ["70-outcomes"], {})
    assert "| 2015 (news summary) |" in page and "| 2013 |" in page
    assert ("**A news summary, not the report.** The text read for the 2015 report is a news "
            "site's account of it") in page
    plain = government_page(found[2], {r["report_id"]: r for r in table.to_dict("records")},
                            {r.id: r for r in cat}, ["70-outcomes"], {})
    assert "news summary" not in plain


def test_a_news_summary_read_in_depth_says_so_on_its_landing_page(tmp_path):
    from workreport.book.pages import _landing_page

    entry = report(tmp_path, "x-2031")
    row = {"report_id": "x-2031", "title": "某县2031年政府工作报告", "government": "某县人民政府",
           "report_year": 2031, "year_reviewed": 2030, "date": "2031-03-02"}
    page = _landing_page(entry, {**row, "summary": True}, ["00-overview"])
    assert "\n\n**A news summary, not the report.** The text read for the 2031 report" in page
    assert "news summary" not in _landing_page(entry, {**row, "summary": False}, ["00-overview"])


def test_an_incomplete_text_is_said_so_on_its_pages(book, tmp_path):
    """Session 70 (a tester's 高唐 2024, page 1 of 4 of a web article): nothing told the user
    the text was incomplete; its government's row and a note under the table, and a landing
    page, say so (reports.csv incomplete). A blank cell is a whole text."""
    from workreport.book.pages import _landing_page

    cat, table = book
    found = homes(cat, table)
    by_id = {r["report_id"]: {**r, "incomplete": "page 1 of 4" if r["report_id"] == "sc-2015"
                              else float("nan")} for r in table.to_dict("records")}
    page = government_page(found[2], by_id, {r.id: r for r in cat}, ["70-outcomes"], {})
    assert "| 2015 (incomplete: page 1 of 4) |" in page and "| 2013 |" in page
    assert ("**An incomplete text.** The text read for the 2015 report is page 1 of 4 of a "
            "web article cut into pages; the other pages are missing") in page
    row = {"report_id": "x-2031", "title": "某县2031年政府工作报告", "report_year": 2031}
    landing = _landing_page(report(tmp_path, "x-2031"), {**row, "incomplete": "page 1 of 4"},
                            ["00-overview"])
    assert "\n\n**An incomplete text.** The text read for the 2031 report is page 1" in landing
    assert "incomplete" not in _landing_page(report(tmp_path, "x-2031"), row, ["00-overview"])


def test_a_landing_page_names_the_speaker_on_a_line_of_its_own(tmp_path):
    """Tester 70: a report without a date read "Delivered: 杨大伟 (Yang Dawei)", a name
    where a date belongs."""
    from workreport.book.pages import _landing_page

    entry = report(tmp_path, "x-2031")
    row = {"report_id": "x-2031", "title": "某县2031年政府工作报告", "government": "某县人民政府",
           "report_year": 2031, "year_reviewed": 2030, "speaker": "杨大伟"}
    page = _landing_page(entry, row, ["00-overview"])
    assert "**Speaker**: 杨大伟 (Yang Dawei)" in page
    # Tester 72: a title without a date or speaker line left them out without a word.
    assert "**Delivered**: unknown (the text does not say; a catalogue entry's date: gives it)" \
        in page
    dated = _landing_page(entry, {**row, "date": "2031-03-02"}, ["00-overview"])
    assert "**Delivered**: 2031\\-03\\-02\n- **Speaker**: 杨大伟" in dated
    unsaid = _landing_page(entry, {**row, "speaker": ""}, ["00-overview"])
    assert "**Speaker**: unknown (the text does not say; a catalogue entry's speaker: gives" \
        in unsaid


def test_a_landing_page_of_a_five_year_review_names_its_period(tmp_path):
    """Session 71 (tester 70 item 3): a review of the 13th plan period, one passage without
    sections, read "Reviews the year: 2020" and "one chapter for each section of the review
    of 2020"."""
    from workreport.book.pages import _landing_page

    entry = report(tmp_path, "x-2031")
    row = {"report_id": "x-2031", "title": "某县2031年政府工作报告", "report_year": 2031,
           "year_reviewed": 2030, "year_reviewed_first": 2026}
    page = _landing_page(entry, row, ["00-overview", "10-review-p1-s00", "20-plan-p2-s01"])
    assert "**Reviews**: 2026\\-2030 \\(the 15th five\\-year plan period\\)" in page
    assert "one chapter for the review of 2026\\-2030 \\(the 15th" in page
    assert "which the report gives as one passage, without sections" in page
    one = _landing_page(entry, {**row, "year_reviewed_first": None},
                        ["00-overview", "10-review-p1-s01", "10-review-p1-s02"])
    assert "**Reviews the year**: 2030" in one
    assert "one chapter for each section of the review of 2030" in one


def test_a_landing_page_says_the_text_has_no_title_block(tmp_path):
    """Tester 71: the State Council's 2019 text opens with 各位代表, and its landing page
    left out Title, Delivered, Speaker and Meeting without a word. One line says so; a
    page with any of them says nothing of it."""
    from workreport.book.pages import _landing_page

    entry = report(tmp_path, "x-2031")
    row = {"report_id": "x-2031", "government": "某县人民政府", "report_year": 2031,
           "year_reviewed": 2030, "title": float("nan"), "date": "", "speaker": None}
    page = _landing_page(entry, row, ["00-overview"])
    assert page.count("no title block") == 1
    assert "- **Title**: none (the text has no title block; its date and speaker are " \
           "unknown)\n" in page
    for known in ({"date": "2031-03-02"}, {"title": "某县2031年政府工作报告"}):
        assert "title block" not in _landing_page(entry, {**row, **known}, ["00-overview"])
