"""Every figure is one click from its sentence: anchors and links in the built book.

Checked on the real book for both reports: each row of indicators.csv has exactly one
anchor on its report's annotated page, whose highlighted text is the figure's quote;
every figure link in every chapter resolves to an existing anchor.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from urllib.parse import unquote, urljoin

import pandas as pd
import pytest

from workreport.book.annotate import anchor

from .conftest import ROOT

pytestmark = pytest.mark.slow
REPORTS = ["yuzhong-2014", "national-statecouncil-2014"]
_MARK = re.compile(r'<mark id="(fig-f\d+)"[^>]*>(.*?)</mark>', re.S)
_LINK = re.compile(r'href="([^"]*report\.html#fig-f\d+)"')
_ALIASES = re.compile(
    r'((?:<span id="fig-f\d+" class="wr-fig-alias"></span>)+)<mark id="(fig-f\d+)"')


@pytest.fixture(scope="module")
def indicators(built_book) -> pd.DataFrame:
    return pd.read_csv(ROOT / "data" / "processed" / "indicators.csv", keep_default_na=False)


def _anchors(page: Path) -> dict[str, list[str]]:
    """Anchor → the highlighted text it lands on; a figure that shares its span with
    another (建议提案办复率、满意率均达100%) has an empty anchor just before that mark."""
    out: dict[str, list[str]] = {}
    page_text = page.read_text(encoding="utf-8")
    for a, text in _MARK.findall(page_text):
        out.setdefault(a, []).append(html.unescape(re.sub(r"<[^>]+>", "", text)))
    for aliases, a in _ALIASES.findall(page_text):
        for alias in re.findall(r'id="(fig-f\d+)"', aliases):
            out.setdefault(alias, []).extend(out[a])
    return out


@pytest.mark.parametrize("report", REPORTS)
def test_one_anchor_per_figure_with_its_quote(built_book, indicators, report):
    page = built_book / "book" / "generated" / report / "report.html"
    anchors = _anchors(page)
    rows = indicators[indicators.report_id == report]
    assert len(rows) > 0
    for r in rows.itertuples():
        assert anchors.get(anchor(r.figure_id)) == [r.quote], r.figure_id
    assert len(anchors) == len(rows)


@pytest.mark.parametrize("report", REPORTS)
def test_every_figure_link_resolves(built_book, report):
    assert _resolved_links(built_book / "book" / "generated" / report) >= 100


#: The pages across reports (book.homes): a government's targets and outcomes link both
#: quotes of each pair, the cascade each level's target.
ACROSS = {"national-statecouncil": 40, "county-qingyuan": 40,
          "cascade-county-qingyuan-2024": 10}


@pytest.mark.parametrize("home", ACROSS)
def test_figure_links_across_reports_resolve(built_book, home):
    assert _resolved_links(built_book / "book" / "generated" / home) >= ACROSS[home]


def _resolved_links(folder: Path) -> int:
    """Every figure link of the folder's pages leads to an anchor; how many there are."""
    cache: dict[Path, dict[str, list[str]]] = {}
    links = 0
    for page in sorted(folder.glob("*.html")):
        for target in _LINK.findall(page.read_text(encoding="utf-8")):
            url = urljoin(page.as_uri(), html.unescape(target))
            path, _, frag = url.partition("#")
            dest = Path(unquote(path.removeprefix("file://")))
            if dest not in cache:
                assert dest.exists(), f"{page.name} links to missing {dest}"
                cache[dest] = _anchors(dest)
            assert frag in cache[dest], f"{page.name}: no anchor {frag} on {dest.name}"
            links += 1
    return links


@pytest.mark.parametrize("report", REPORTS)
def test_figure_tables_and_charts_link_back(built_book, report):
    folder = built_book / "book" / "generated" / report
    review = sorted(folder.glob("10-review-*.html"))
    assert review
    for page in [*review, folder / "50-targets.html", folder / "90-appendix.html"]:
        text = page.read_text(encoding="utf-8")
        if "states no figures" in text:
            continue  # a section without figures (Yuzhong's planning section) has no table
        assert _LINK.search(text), f"{page.name} has no figure link"
    overview = (folder / "00-overview.html").read_text(encoding="utf-8")
    assert "Figures drawn:" in overview


def test_sections_link_to_their_chapters(built_book):
    page = (built_book / "book" / "generated" / "yuzhong-2014" / "report.html").read_text(
        encoding="utf-8")
    assert re.search(r'href="10-review-p1-s01.html"', page)
    assert re.search(r'href="30-plan-p2-s05.html"', page)
