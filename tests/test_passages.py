"""The hand-written pages speak of Yuzhong only in a book that reads it (book.passages).

Session 68, tester: a book of Chengde and Chongqing 2024 opened "This book reads one such
report closely, the report of Yuzhong District", its introduction was all Yuzhong and
its reading page sent the reader to Yuzhong's "in context" chapter, which it did not have.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.test_book import ROOT, skeleton, tiny_catalog, tiny_yuzhong
from workreport.book.homes import Home
from workreport.book.passages import FOLDER, SLOTS, passage_texts

PAGES = ("index", "introduction", "reading", "tutorial")
ROWS = {"chongqing-2024": {"government": "重庆市人民政府", "level": "provincial",
                           "government_en": "Chongqing Municipal People's Government",
                           "report_year": 2024},
        "chengde-2024": {"government": "承德市人民政府", "level": "municipal",
                         "government_en": "Chengde Municipal People's Government",
                         "report_year": 2024}}
USERS = [Home("report", "chengde-2024", "chengde-2024"),
         Home("report", "chongqing-2024", "chongqing-2024")]
#: What only the Yuzhong passages say.
YUZHONG = re.compile(r"Yuzhong|渝中|State Council's national report|sequel")


def plain(text: str) -> str:
    """Markdown's backslash escapes (``literal.markdown``) taken out, as the page reads."""
    return re.sub(r"\\(.)", r"\1", text)


def inlined(book: Path, generated: dict[str, str]) -> dict[str, str]:
    """Each page of ``PAGES`` with its includes of ``generated`` files replaced by them."""
    def sub(m: re.Match) -> str:
        name = Path(m.group(1)).name
        return generated.get(name, m.group(0))

    return {p: re.sub(r"```\{include\} generated/(\S+)\n```\n", sub,
                      (book / f"{p}.md").read_text("utf-8")) for p in PAGES}


def test_a_book_without_yuzhong_speaks_of_its_own_reports():
    texts = passage_texts(ROOT / "book", USERS, ROWS, {}, "55-context")
    assert set(texts) == {f"{s}.txt" for s in SLOTS}
    pages = inlined(ROOT / "book", texts)
    for page in ("index", "introduction", "reading"):
        assert not YUZHONG.search(pages[page]), page
    assert not YUZHONG.search(texts["tutorial-opening.txt"])
    # Named by the project's namers, in the sidebar's order (reverse id), with levels.
    assert ("the reports of Chongqing 2024 (provincial level) and Chengde 2024 "
            "(municipal level).") in plain(texts["index-about.txt"])
    intro = plain(texts["introduction-place.txt"])
    assert "- Chongqing Municipal People's Government, 2024 (重庆市人民政府), provincial level" \
        in intro
    assert "{{" not in "".join(texts.values())
    # No in-context chapter in this book: none is named.
    assert "in context" not in pages["reading"]


def test_the_in_context_chapter_is_named_when_the_book_has_one():
    texts = passage_texts(ROOT / "book", USERS, ROWS, {"chengde-2024": ["55-context"]},
                          "55-context")
    assert ("{doc}`The \"in context\" chapter </book/generated/chengde-2024/55-context>` of "
            "Chengde 2024 \\(municipal level\\)") in texts["reading-levels.txt"]


def test_the_start_page_names_the_governments_it_follows():
    """Session 69, tester: a book of Nanjing, the State Council 2015 and four years of
    Mancheng said it read two reports, and never that it followed Mancheng."""
    rows = {**ROWS, **{f"county-mancheng-{y}": {
        "government": "满城区人民政府", "level": "district", "report_year": y,
        "government_en": "Mancheng District People's Government"} for y in range(2020, 2024)}}
    series = Home("government", "county-mancheng", "county-mancheng-2023",
                  members=tuple(f"county-mancheng-{y}" for y in range(2020, 2024)))
    about = plain(passage_texts(ROOT / "book", [*USERS, series], rows, {}, "55-context")
                  ["index-about.txt"])
    assert about.strip().endswith(
        "(municipal level). It also follows Mancheng District (four reports, 2020–2023) over "
        "the years: each year's targets beside what the next report says happened, and the "
        "headline figures year by year.")
    # Tester 73 (D-C13): the introduction's list names the series' reports too.
    intro = plain(passage_texts(ROOT / "book", [*USERS, series], rows, {}, "55-context")
                  ["introduction-place.txt"])
    assert "- Chengde Municipal People's Government, 2024 (承德市人民政府)" in intro
    assert ("The reports of the governments it also follows over the years, each "
            "government's read as one series:\n\n- Mancheng District People's Government, "
            "2020 (满城区人民政府), district level\n") in intro
    assert intro.count("Mancheng District People's Government, 20") == 4
    gaps = Home("government", "county-mancheng", "county-mancheng-2023",
                members=("county-mancheng-2020", "county-mancheng-2021", "county-mancheng-2023"))
    alone = plain(passage_texts(ROOT / "book", [gaps], rows, {}, "55-context")
                  ["index-about.txt"])
    assert "This book follows Mancheng District (three reports, 2020–2021 and 2023) over" \
        in alone and "names no report" not in alone
    intro = plain(passage_texts(ROOT / "book", [gaps], rows, {}, "55-context")
                  ["introduction-place.txt"])
    assert "names no report" not in intro and intro.count("(满城区人民政府)") == 3


def test_the_yuzhong_book_keeps_its_passages():
    found = [Home("report", "national-statecouncil-2014", "national-statecouncil-2014"),
             Home("report", "yuzhong-2014", "yuzhong-2014")]
    texts = passage_texts(ROOT / "book", found, {}, {}, "55-context")
    for slot in SLOTS:
        kept = (ROOT / "book" / FOLDER / f"{slot}.yuzhong.txt").read_text("utf-8")
        assert texts[f"{slot}.txt"] == kept
    pages = inlined(ROOT / "book", texts)
    assert "the report of Yuzhong District" in pages["index"]
    assert "## Yuzhong, the old heart of Chongqing" in pages["introduction"]
    # Without the State Council's report, the passages naming it are not shown.
    alone = passage_texts(ROOT / "book", found[1:], {}, {}, "55-context")
    assert "State Council's national report" not in alone["index-about.txt"]
    assert alone["tutorial-opening.txt"] == texts["tutorial-opening.txt"]


def test_an_absent_passage_is_one_line(tmp_path: Path):
    from workreport.errors import MissingInput

    with pytest.raises(MissingInput, match="a passage of the book's pages is absent"):
        passage_texts(tmp_path, USERS, ROWS, {}, "55-context")


# The stand-in text is Yuzhong's: the catalogue's names differ from its own, and win.
@pytest.mark.filterwarnings("ignore::workreport.extract.readers.ReportWarning")
def test_a_users_book_is_written_without_yuzhong(tmp_path: Path):
    """The build's pages step on a catalogue without Yuzhong (a stand-in text)."""
    from workreport.book.build import extract
    from workreport.book.pages import write_pages
    from workreport.book.plan import plan
    from workreport.extract.catalog import load_catalog

    entry = {**tiny_catalog()[0], "id": "chengde-2024", "file": "raw/chengde-2024.txt",
             **ROWS["chengde-2024"], "report_year": 2024, "year_reviewed": 2023}
    for key in ("speaker", "speaker_en", "meeting", "date"):
        entry.pop(key, None)
    layout = skeleton(tmp_path, [entry], {"chengde-2024.txt": tiny_yuzhong()})
    extract(layout)
    reports = load_catalog(layout.catalog)
    write_pages(layout, plan(layout, reports), reports)
    texts = {p.name: p.read_text("utf-8") for p in layout.generated.glob("*.txt")}
    pages = inlined(layout.root / "book", texts)
    for page in ("index", "introduction", "reading"):
        assert not YUZHONG.search(pages[page]), page
    assert {f"{s}.txt" for s in SLOTS} <= set(texts)
    assert "the report of Chengde 2024 (municipal level)." in plain(pages["index"])
    # The glossary: the terms this text uses, none of Yuzhong 2014's figures (its
    # explanations' facts_of), though the text is the same (session 69).
    import csv

    from workreport.glossary import PACKAGED

    from .test_glossary_page import cells

    glossary = (layout.generated / "glossary.md").read_text("utf-8")
    facts = {r["term"] for r in csv.DictReader(PACKAGED.open(encoding="utf-8"))
             if r["facts_of"] == "yuzhong-2014"}
    listed = {r[0]: r[3:] for r in cells(glossary)}
    assert "this book's reports use" in glossary and "Term 词语" in listed
    assert facts & set(listed) and all(listed[t] == [""] for t in facts & set(listed))
