"""The glossary page (``book/generated/glossary.md``): the terms of data/glossary.csv the
book's reports use (every term when no texts are given), grouped by category, escaped,
deterministic, and kept by the build; explanations of reports the book lacks left out."""

from __future__ import annotations

import csv
from html.parser import HTMLParser
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from workreport.book import extract, plan, write_pages
from workreport.book.extras import glossary_page
from workreport.extract.catalog import load_catalog
from workreport.glossary import PACKAGED

from .test_book import skeleton

GLOSSARY = PACKAGED
TRICKY = [
    # term, pinyin, english, explanation, category
    ("“1+3”功能定位", "“yī jiā sān” gōngnéng dìngwèi", "“1+3” role", "A | in a cell.", "policy"),
    ("解放碑", "jiěfàngbēi", "*Liberation* Monument", "<script>alert(1)</script> & co.",
     "place"),
    ("地区生产总值", "dìqū shēngchǎn zǒngzhí", "GDP (regional)", "{abbr}`x` $5 [link](y)",
     "indicator"),
    ("八项规定", "bā xiàng guīdìng", "Eight-point rules", "`code` _under_ #hash", "policy"),
    ("新词", "xīn cí", "New word", "A category the page does not know.", "slogan"),
]


def write_csv(path: Path, rows) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["term", "pinyin", "english", "explanation", "category", "facts_of"])
        w.writerows(rows)
    return path


class _Cells(HTMLParser):
    """The text of each cell of the page's raw HTML tables, row by row; fails on any
    element a cell should not hold (only ``<p>``)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[str]] = []
        self.cell: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self.cell = []
        elif self.cell is not None:
            assert tag == "p", tag

    def handle_endtag(self, tag):
        if tag in ("td", "th"):
            self.rows[-1].append("".join(self.cell))
            self.cell = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell.append(data)


def cells(page: str) -> list[list[str]]:
    """The page's table rows as a browser shows them: the text of each cell. The tables
    are the page's only raw HTML blocks (MyST's ``{raw} html``)."""
    tokens = MarkdownIt("commonmark").parse(page)
    blocks = [t.content for t in tokens if t.type == "fence" and t.info == "{raw} html"]
    parser = _Cells()
    for block in blocks:
        parser.feed(block)
    parser.close()
    return parser.rows


def test_cells_are_literal_text(tmp_path: Path):
    page = glossary_page(write_csv(tmp_path / "g.csv", TRICKY))
    body = [r for r in cells(page) if r[0] != "Term 词语"]
    assert sorted(body) == sorted([list(t[:4]) for t in TRICKY])
    assert "<script>" not in page


def test_grouped_by_category_in_order(tmp_path: Path):
    page = glossary_page(write_csv(tmp_path / "g.csv", TRICKY))
    headings = [ln for ln in page.splitlines() if ln.startswith("## ")]
    assert headings == ["## Indicators 指标", "## Policies and slogans 政策与提法",
                        "## Places and projects 地名与项目", "## Slogan"]
    assert page.startswith("(glossary)=\n# Glossary 词汇表\n")
    policy = page[page.index("## Policies"):page.index("## Places")]
    # pinyin order: bā … before “yī …”
    assert policy.index("八项规定") < policy.index("功能定位")


def test_real_glossary_every_term_once_and_deterministic(tmp_path: Path):
    page = glossary_page(GLOSSARY)
    assert page == glossary_page(GLOSSARY)
    with GLOSSARY.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    body = [r for r in cells(page) if r[0] != "Term 词语"]
    assert sorted(r[0] for r in body) == sorted(r["term"] for r in rows)
    for category in ("indicator", "policy", "place", "institution"):
        assert f"(glossary-{category})=" in page


def test_missing_glossary_still_gives_a_page(tmp_path: Path):
    page = glossary_page(tmp_path / "none.csv")
    assert page.startswith("(glossary)=\n# Glossary 词汇表\n") and "|" not in page


@pytest.mark.parametrize("change", [False, True])
def test_write_pages_keeps_and_updates_the_page(tmp_path: Path, change: bool):
    layout = skeleton(tmp_path)
    extract(layout)
    reports = load_catalog(layout.catalog)
    jobs = plan(layout, reports)
    assert write_pages(layout, jobs, reports) == []
    page = layout.generated / "glossary.md"
    mtime = page.stat().st_mtime_ns
    if change:
        # A project's own glossary overrides the packaged one (never edit that in a test).
        own = layout.root / "data" / "glossary.csv"
        own.write_text(PACKAGED.read_text("utf-8") + "老城区,lǎo chéngqū,old town,A word.,"
                       "policy,\n新词,xīn cí,new word,A word no report uses.,policy,\n",
                       encoding="utf-8")
        assert layout.glossary == own
    assert write_pages(layout, jobs, reports) == []  # never removed as stale
    assert page.is_file()
    assert (page.stat().st_mtime_ns != mtime) == change  # written only when changed
    text = page.read_text("utf-8")
    assert ("老城区" in text) == change
    # Only the terms the book's reports use (session 69: every packaged term was listed).
    assert "新词" not in text and "this book's reports use" in text


def test_cells_typeset_as_sphinx_prints_a_paragraph(tmp_path: Path):
    # Sphinx's smartquotes (action qDe) on a Markdown table's cells, kept by the raw HTML.
    rows = [("引号", "yǐnhào", 'The "larger" ones', "people's -- and --- so...", "word")]
    body = [r for r in cells(glossary_page(write_csv(tmp_path / "g.csv", rows)))
            if r[0] != "Term 词语"]
    assert body == [["引号", "yǐnhào", "The “larger” ones"]]
    page = glossary_page(write_csv(tmp_path / "g.csv", [(*rows[0][:4], "policy")]))
    assert cells(page)[1][3] == "people’s – and — so…"


def test_tables_as_sphinx_writes_them(tmp_path: Path):
    page = glossary_page(write_csv(tmp_path / "g.csv", TRICKY[:2]))
    assert ('<div class="pst-scrollable-table-container"><table class="table">\n<thead>\n'
            '<tr class="row-odd"><th class="head"><p>Term 词语</p></th>\n') in page
    assert ('<tr class="row-even"><td><p>解放碑</p></td>\n<td><p>jiěfàngbēi</p></td>\n'
            '<td><p>*Liberation* Monument</p></td>\n'
            '<td><p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; co.</p></td>\n</tr>') in page


# A book of other reports (session 69, tester: the glossary listed the 1,065 packaged
# terms and printed Yuzhong's figures in a book of Chengde and Chongqing).
BOOK = [
    ("新建公厕", "xīnjiàn gōngcè", "Public toilets newly built",
     "Number of public toilets newly built (7 in 2013).", "indicator", "yuzhong-2014"),
    ("稳中求进", "wěn zhōng qiú jìn", "Seeking progress while keeping stability",
     "The central government's watchword.", "policy", ""),
    ("渝中", "yúzhōng", "Yuzhong", "Short name of Yuzhong District.", "place", ""),
    ("解放碑", "jiěfàngbēi", "Liberation Monument", "The centre of Yuzhong.", "place", ""),
    ("中线", "zhōngxiàn", "middle line", "A word.", "word", ""),
]
TEXTS = ["坚持稳中求进，推进成渝中线高铁建设，新建公厕12座。"]


def test_only_the_terms_the_book_uses(tmp_path: Path):
    page = glossary_page(write_csv(tmp_path / "g.csv", BOOK), TEXTS, {"chengde-2024"})
    terms = [r[0] for r in cells(page) if r[0] != "Term 词语"]
    # 渝中 inside 成渝中线 (成渝|中线) is no use of the place; a word counts anywhere.
    assert sorted(terms) == sorted(["新建公厕", "稳中求进", "中线"])
    assert "this book's reports use in their sections' text or their figures' labels, 3 " \
           "of the glossary's 5" in page


def test_explanations_of_a_report_the_book_lacks_are_left_out(tmp_path: Path):
    path = write_csv(tmp_path / "g.csv", BOOK)
    page = glossary_page(path, TEXTS, {"chengde-2024"})
    assert "7 in 2013" not in page and "square metres" not in page
    assert ["新建公厕", "xīnjiàn gōngcè", "Public toilets newly built", ""] in cells(page)
    assert "Explanations that state figures or facts of a report this book does not hold " \
           "are left out (1)." in page
    assert "The central government’s watchword." in page  # true of any report: kept
    held = glossary_page(path, TEXTS, {"chengde-2024", "yuzhong-2014"})
    assert "(7 in 2013)" in held and "left out" not in held


def test_a_book_that_uses_no_term_says_so(tmp_path: Path):
    page = glossary_page(write_csv(tmp_path / "g.csv", BOOK), ["没有"], set())
    assert "None of the glossary's 5 terms occurs in this book's reports." in page


def test_the_measure_words_of_the_books_figures(tmp_path: Path):
    # Session 69: a count in 个/家/座 is written with its Chinese beside; the page says what
    # each measure word of the book's figures counts, and lists no other.
    path = write_csv(tmp_path / "g.csv", BOOK)
    page = glossary_page(path, TEXTS, {"chengde-2024"}, ["个", "万家", "亿元", "%", ""])
    assert "## Measure words 量词" in page
    words = [r[0] for r in cells(page) if r[0] in ("个", "家", "座")]
    assert words == ["个", "家"]
    assert ["家", "jiā", "firms, shops, banks, hospitals and other establishments"] in cells(page)
    assert "Measure words" not in glossary_page(path, TEXTS, set(), ["亿元"])
