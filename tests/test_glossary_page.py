"""The glossary page (``book/generated/glossary.md``): every term of data/glossary.csv,
grouped by category, escaped, deterministic, and kept by the build."""

from __future__ import annotations

import csv
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
        w.writerow(["term", "pinyin", "english", "explanation", "category"])
        w.writerows(rows)
    return path


def cells(page: str) -> list[list[str]]:
    """The page's table rows as CommonMark+GFM renders them: the text of each cell."""
    tokens = MarkdownIt("commonmark").enable("table").parse(page)
    rows, row = [], None
    for i, tok in enumerate(tokens):
        if tok.type == "tr_open":
            row = []
        elif tok.type in ("td_open", "th_open"):
            inline = tokens[i + 1]
            row.append("".join(c.content for c in inline.children or []))
            # Any markup (emphasis, code, link, raw HTML) would show up as another token.
            assert {c.type for c in inline.children or []} <= {"text", "text_special"}
        elif tok.type == "tr_close":
            rows.append(row)
    return rows


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
        own.write_text(PACKAGED.read_text("utf-8") + "新词,xīn cí,new word,A word.,policy\n",
                       encoding="utf-8")
        assert layout.glossary == own
    assert write_pages(layout, jobs, reports) == []  # never removed as stale
    assert page.is_file()
    assert (page.stat().st_mtime_ns != mtime) == change  # written only when changed
    assert ("新词" in page.read_text("utf-8")) == change
