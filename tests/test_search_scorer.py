"""The book's search (book/_static/search.js): chapters before the appendix, readable snippets.

The fast tests check the scorer against the chapter registry and the configuration; the
browser test (tests/test_browser.py's fixtures) searches the built book as a reader does.
"""

from __future__ import annotations

import re

import yaml

from workreport.book.pages import ANNOTATED
from workreport.book.plan import CHAPTERS

from .conftest import ROOT

SCORER = ROOT / "book" / "_static" / "search.js"


def test_the_config_uses_the_scorer():
    config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    path = config["sphinx"]["config"]["html_search_scorer"]
    assert (ROOT / path) == SCORER and SCORER.is_file()


def test_the_scorer_demotes_exactly_the_appendix_and_the_annotated_report():
    """The page names in the scorer are the registry's: a renamed appendix would
    otherwise rise to the top of the results again without a test failing."""
    js = SCORER.read_text(encoding="utf-8")
    pattern = re.search(r"const APPENDIX_PAGES = /\(\^\|\\/\)\(([^)]*)\)\$/;", js).group(1)
    appendix = {c.stem for c in CHAPTERS if c.template == "appendix"}
    assert set(pattern.split("|")) == appendix | {ANNOTATED}
    penalty = int(re.search(r"const APPENDIX_PENALTY = (\d+);", js).group(1))
    top = max(int(v) for v in re.findall(r"^\s+(?:title|term|objNameMatch): (\d+),", js, re.M))
    assert penalty > 10 * top  # below any chapter, however many words match


def test_the_snippets_leave_out_code_and_machinery():
    js = SCORER.read_text(encoding="utf-8")
    noise = re.search(r"const SNIPPET_NOISE = \[(.*?)\];", js, re.S).group(1)
    for selector in (".cell_input", "pre", ".admonition.dropdown", ".headerlink"):
        assert f'"{selector}"' in noise
    assert "Search.htmlToText = snippetText" in js
