"""The PDF edition (workreport.book.pdf).

Fast tests rearrange a small single-page book and check the PDF clean-up. The slow ones
print the session's built book once (conftest's ``built_book``: the notebooks are run
there, never here) and read the PDF back with poppler's tools (pdffonts, pdftotext,
pdfinfo; `.ci/run` installs poppler-utils): every font embedded, the Chinese selectable,
every chapter's title present, in book order.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from workreport.book import pdf, printbook
from workreport.book.render import read_config
from workreport.book.title import read as book_title
from workreport.english import report_label, report_title
from workreport.errors import ConfigError, WorkreportError
from workreport.paths import Layout

from .conftest import ROOT

SINGLE = """<html><body><article class="bd-article"><section id="home"><h1>Home</h1>
<div class="toctree-wrapper compound">
<span id="document-book/intro"></span>
<section id="intro"><h2>Intro<a class="headerlink">#</a></h2></section>
</div>
<div class="toctree-wrapper compound">
<span id="document-book/generated/r1/index"></span><section id="r1"><h2>Report one</h2>
<div class="toctree-wrapper compound">
<span id="document-book/generated/r1/00-overview"></span>
<section id="ov"><h3>Overview</h3><section><h4>Sub</h4></section></section>
<span id="document-book/generated/r1/report"></span>
<section id="rep"><h3>The annotated report</h3></section>
</div></section>
<span id="document-book/generated/glossary"></span><section id="gl"><h2>Glossary</h2></section>
</div></section></article></body></html>"""


def test_arrange_adds_cover_contents_and_moves_the_annotated_report_last():
    parts = [("Reading", ["book/intro"]), ("The reports", ["book/generated/*/index"]),
             ("Terms", ["book/generated/glossary"])]
    out = BeautifulSoup(pdf.arrange(SINGLE, parts, {}, {"title": "Title: Sub"}),
                        "html.parser")
    article = out.select_one("article")
    assert article.contents[0]["class"] == ["wr-cover"]
    assert out.select_one(".wr-cover h1").text == "Title"
    contents = out.select_one("nav.wr-contents")
    links = [(a.text, a["href"]) for a in contents.select("a")]
    assert [t for t, _ in links] == ["Intro", "Report one", "Overview", "Glossary",
                                     "The annotated report: Report one"]
    assert links[2][1] == "#document-book/generated/r1/00-overview"
    parts = [li.text for li in contents.select("li.wr-part")]
    assert parts == ["Reading", "The reports", "Terms", "Appendix: the annotated reports"]
    # The overview nests under its report; the annotated report ends the book.
    assert contents.select_one("li ol a").text == "Overview"
    headings = [h.get_text(strip=True).rstrip("#")
                for h in article.select("section > h1, section > h2, section > h3")]
    assert headings[-2:] == ["Appendix: the annotated reports", "The annotated report"]
    assert not article.select("div.toctree-wrapper > p.caption")


def test_each_pages_anchor_opens_its_printed_page():
    """Each page's anchor (``<span id="document-…">``) is moved into the section it
    marks: left between two sections, the empty span made a line of its own that
    Chromium pushed onto a page of its own, a blank page before the next chapter
    (session 67, tester)."""
    out = BeautifulSoup(pdf.arrange(SINGLE), "html.parser")
    spans = out.select('span[id^="document-"]')
    assert len(spans) == 5
    for span in spans:
        assert span.parent.name == "section" and "wr-chapter" in span.parent["class"]
        assert span.parent.contents[0] is span
    # The contents still link to them.
    assert {a["href"] for a in out.select("nav.wr-contents a")} == {
        f"#{s['id']}" for s in spans}


SERIES = SINGLE.replace(
    '<span id="document-book/generated/glossary">',
    '<span id="document-book/generated/gov/government"></span><section id="gov">'
    '<h2>A government</h2><span id="document-book/generated/r2/report"></span>'
    '<section id="rep2"><h3>The annotated report 2012</h3><p><em>2012年某县政府工作报告'
    '</em></p></section></section><span id="document-book/generated/glossary">')
ROWS = {"r1": {"report_id": "r1", "government": "某区人民政府", "report_year": 2014,
               "government_en": "Mou District People's Government, Chongqing"},
        "r2": {"report_id": "r2", "government": "某县人民政府", "report_year": 2012,
               "government_en": "Mou County People's Government"}}


def test_an_annotated_report_is_named_in_english_in_the_contents():
    """The contents name each annotated report by its English title, the government's
    English name and year, as its landing page does: a series report has no landing
    page, and was named by its Chinese title (session 67, tester)."""
    out = BeautifulSoup(pdf.arrange(SERIES, (), ROWS), "html.parser")
    entries = [a.text for a in out.select("nav.wr-contents a")]
    assert entries[-2:] == [
        "The annotated report: Mou District People's Government, Chongqing, 2014",
        "The annotated report 2012: Mou County People's Government, 2012"]
    # Without its row, the title its page prints.
    out = BeautifulSoup(pdf.arrange(SERIES), "html.parser")
    entries = [a.text for a in out.select("nav.wr-contents a")]
    assert entries[-2:] == ["The annotated report: Report one",
                            "The annotated report 2012: 2012年某县政府工作报告"]


def test_the_cover_says_which_reports_the_book_holds():
    """The cover is made from the reports the book prints, the first (the one it opens
    with) as its title, the others by government and years; never from a title typed in
    _config.yml, which read "Yuzhong 2014" and "2014 report texts" on a book of 14
    reports (session 67, tester)."""
    config = {"title": "Yuzhong 2014: a reading", "author": "Us",
              "copyright": "Report texts: their governments"}
    out = BeautifulSoup(pdf.arrange(SERIES, (), ROWS, config), "html.parser")
    cover = out.select_one(".wr-cover")
    assert cover.h1.text == "Mou District 2014"
    # One other report is named in the subtitle, as a reader would write it (session 68,
    # tester: was "…, with 1 more report:" over a line "Mou County: 2012").
    assert cover.select_one(".wr-cover-sub").text.endswith(
        "work report, with the report of Mou County, 2012")
    assert cover.select(".wr-cover-others p") == []
    assert "Yuzhong" not in cover.text and "Us" in cover.text
    rows = [ROWS["r1"]] + [{**ROWS["r2"], "report_year": y} for y in (2012, 2013, 2015)]
    rows += [{"report_id": "n", "government_en": "State Council of the People's Republic "
              "of China", "report_year": 2014}]
    title, sub, others, _ = printbook.cover_text(rows, config)
    assert (title, others) == ("Mou District 2014", ["Mou County: 2012–2013 and 2015",
                                                     "State Council: 2014"])
    assert sub.endswith("with 4 more reports:")
    # A book without reports keeps the configured title.
    assert printbook.cover_text([], config)[:2] == ("Yuzhong 2014", "a reading")


def test_the_printed_page_is_titled_as_the_book(tmp_path):
    """The PDF's Title is the printed page's <title>: the book's title (``title.read``,
    named after the report the book opens with), not the singlehtml page's, which joined
    the root page's heading to the title once typed in _config.yml, "Yuzhong 2014: …"
    on a book of any reports (session 67, tester; session 68)."""
    (tmp_path / "_config.yml").write_text("author: Us\n", encoding="utf-8")
    (tmp_path / "book" / "generated").mkdir(parents=True)
    written = "Mou District 2014: a reproducible reading of a Chinese government work report"
    (tmp_path / "book" / "generated" / "title.txt").write_text(written + "\n", "utf-8")
    config = pdf._config(Layout.at(tmp_path))
    assert config == {"author": "Us", "title": written}
    page = SERIES.replace("<html>", "<html><head><title>Home &#8212; Yuzhong 2014: a "
                          "reading</title></head>", 1)
    out = BeautifulSoup(pdf.arrange(page, (), ROWS, config), "html.parser")
    assert out.title.text == written
    assert out.select_one(".wr-cover h1").text == written.split(":")[0]


# A chapter of r1 links a figure of its annotated report (whose id, fig-f001, the
# annotated report of r2 has too), the tables offered for download (as the notebooks'
# HTML writes them, relative to the page), its landing page, the web; the glossary
# offers a download (as Sphinx writes it, relative to the single page).
LINKED = SERIES.replace(
    '<section><h4>Sub</h4></section>',
    '<section><h4>Sub</h4><p><a class="wr-src" href="../r1/report.html#fig-f001">63.6</a>'
    ' <a href="../../../_static/data/r1/indicators.csv">indicators.csv</a>'
    ' <a href="../r1/index.html">back</a> <a href="../r1/report.html#nowhere">text</a>'
    ' <a class="reference external" href="https://example.org/x">web</a>'
    ' <a href="file:///tmp/x.csv">x</a> <a href="#ov">up</a></p></section>').replace(
    '<h3>The annotated report</h3>',
    '<h3>The annotated report</h3><p><mark id="fig-f001">63.6万亿元</mark></p>').replace(
    '<h3>The annotated report 2012</h3>',
    '<h3>The annotated report 2012</h3><p><mark id="fig-f001">5%</mark></p>').replace(
    '<h2>Glossary</h2>', '<h2>Glossary</h2><a class="reference download internal" '
    'href="_downloads/0a1b/glossary.csv">glossary.csv</a>')


def _links(html: str) -> dict[str, str | None]:
    soup = BeautifulSoup(html, "html.parser")
    return {a.text: a.get("href") for a in soup.select("section a")}


def test_every_link_of_the_printed_page_works_in_the_printed_file():
    """A link to a page or figure the PDF holds goes there within the PDF; a link to a
    file of the book is plain text when the web book's address is unknown; nothing
    points into the temporary build folder, whose random name made every print's bytes
    differ (session 69, tester: 1,282 file:// links in one book)."""
    html = pdf.arrange(LINKED, (), ROWS)
    soup = BeautifulSoup(html, "html.parser")
    links = _links(html)
    mark = soup.select_one(f'[id="{links["63.6"][1:]}"]')
    assert mark.find_parent("mark").text == "63.6万亿元"  # r1's figure, not r2's
    assert links["back"] == "#document-book/generated/r1/index"
    assert links["text"] == "#document-book/generated/r1/report"  # no such figure: its page
    assert links["web"] == "https://example.org/x" and links["up"] == "#ov"
    assert links["indicators.csv"] is None and links["glossary.csv"] is None
    assert links["x"] is None
    for href in filter(None, links.values()):  # every anchor is one element of the page
        assert href.startswith("https:") or len(soup.select(f'[id="{href[1:]}"]')) == 1


def test_the_books_files_link_to_the_published_web_book():
    web = "https://org.github.io/book/"
    links = _links(pdf.arrange(LINKED, (), ROWS, web=web))
    assert links["indicators.csv"] == web + "_static/data/r1/indicators.csv"
    assert links["glossary.csv"] == web + "_downloads/0a1b/glossary.csv"
    assert links["back"] == "#document-book/generated/r1/index"  # printed: within the PDF
    assert links["x"] is None


def test_the_web_books_address_is_baseurl_else_the_repositorys_pages(tmp_path, monkeypatch):
    from workreport.book import launch

    monkeypatch.setenv(launch.ENV, "")  # no repository from the environment or git
    layout = Layout.at(tmp_path)
    assert pdf.web_address(layout, {}) == ""
    repo = {"repository": {"url": "git@github.com:Org/wr-book.git"}}
    assert pdf.web_address(layout, repo) == "https://org.github.io/wr-book/"
    assert pdf.web_address(layout, {**repo, "html": {"baseurl": "https://a.b/c"}}) == \
        "https://a.b/c/"
    assert launch.pages_url("https://github.com/Org/org.github.io") == "https://org.github.io/"
    assert launch.pages_url("https://gitlab.com/org/book") == ""


@pytest.mark.browser
def test_a_printed_page_links_within_itself_and_prints_the_same_bytes_anywhere(tmp_path):
    """The same page printed from two build folders gives the same bytes, its links
    internal (GoTo) or to the web, none a file:// link (session 69, tester)."""
    if not shutil.which("chromium"):
        pytest.skip("Chromium is not installed (apt-get install chromium; .ci/run does this)")
    printed = []
    for folder in ("a", "b"):
        page = tmp_path / folder / "_build" / "singlehtml" / "print.html"
        page.parent.mkdir(parents=True)
        page.write_text(pdf.arrange(LINKED, (), ROWS), encoding="utf-8")
        pdf.print_pdf(page, tmp_path / folder / "book.pdf")
        printed.append(pdf.reproducible((tmp_path / folder / "book.pdf").read_bytes()))
    assert printed[0] == printed[1]
    uris = re.findall(rb"/URI \(([^)]*)\)", printed[0])
    assert uris == [b"https://example.org/x"]
    assert len(re.findall(rb"/Subtype\s*/Link", printed[0])) > len(uris)  # and GoTo


def test_years_are_written_as_runs():
    from workreport import prose

    assert prose.years([2016, 2012, 2013, 2014, 2024]) == "2012–2014, 2016 and 2024"
    assert prose.years([2020]) == "2020"
    assert prose.years([]) == ""


def test_toc_parts_read_the_captions_of_toc_yml():
    parts = dict(pdf.toc_parts(Layout.at(ROOT)))
    assert parts["The reports"] == ["book/generated/*/index"]
    # The glossary is an appendix after the reports (session 69: it filled pp. 9-55 of a
    # book's PDF, before the first report).
    captions = list(parts)
    assert parts["Appendix"] == ["book/generated/glossary"] and captions[-1] == "Appendix"
    assert not any("glossary" in g for c in captions[:-1] for g in parts[c])


def test_arrange_refuses_a_page_without_inlined_pages():
    with pytest.raises(WorkreportError, match="no pages"):
        pdf.arrange("<html><body><article class='bd-article'></article></body></html>")


def test_reproducible_replaces_the_dates_in_place():
    raw = (b"%PDF-1.4\n1 0 obj <</CreationDate (D:20261130041500+00'00') "
           b"/ModDate (D:20261130041501+00'00')>>\n")
    fixed = pdf.reproducible(raw)
    assert len(fixed) == len(raw)
    assert b"2026" not in fixed and fixed.count(b"(D:20000101000000+00'00')") == 2
    assert pdf.reproducible(raw.replace(b"041500", b"235959")) == fixed


def test_pdf_name_is_jupyter_books_targetname():
    assert pdf.pdf_name(read_config(Layout.at(ROOT))) == "workreport-book"
    assert pdf.pdf_name({}) == "book"


def test_the_pdf_written_is_named_pdf(tmp_path):
    """Session 69, tester: `pdf --out x` wrote a PDF named ``x``. ``.pdf`` is added to a
    name without it; a directory gets ``<name>.pdf`` inside it."""
    folder = tmp_path / "_build" / "pdf"
    assert pdf.pdf_target(None, folder, "book") == folder / "book.pdf"
    assert pdf.pdf_target(tmp_path / "x", folder, "book") == tmp_path / "x.pdf"
    assert pdf.pdf_target(tmp_path / "x.PDF", folder, "book") == tmp_path / "x.PDF"
    assert pdf.pdf_target(tmp_path / "v1.2", folder, "book") == tmp_path / "v1.2.pdf"
    assert pdf.pdf_target(tmp_path, folder, "book") == tmp_path / "book.pdf"


@pytest.mark.parametrize("command", ["build", "pdf"])
def test_a_root_that_is_no_directory_is_named_so(tmp_path, command, capsys):
    """Session 69, tester: `build --root nosuchdir` said "no _config.yml here"."""
    from workreport.cli import main

    assert main([command, "--root", str(tmp_path / "nosuchdir")]) == 2
    assert "nosuchdir: no such directory" in capsys.readouterr().err
    (tmp_path / "file").write_text("x", encoding="utf-8")
    assert main([command, "--root", str(tmp_path / "file")]) == 2
    assert "is a file, not a directory" in capsys.readouterr().err
    assert main([command, "--root", str(tmp_path)]) == 2
    assert "no _config.yml here" in capsys.readouterr().err


@pytest.mark.parametrize("text", ["title: [unclosed\n", "- a list\n"])
def test_a_broken_config_is_the_builds_one_line_error_and_exit_2(tmp_path, text):
    """Session 68: pdf read _config.yml itself (twice), without the ConfigError of the
    reader `workreport build` uses (render.read_config): a broken file was a traceback."""
    (tmp_path / "_config.yml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        read_config(Layout.at(tmp_path))
    r = subprocess.run([sys.executable, "-m", "workreport.cli", "pdf", "--root", str(tmp_path)],
                       capture_output=True, text=True)
    assert r.returncode == 2 and r.stderr.count("\n") == 1, r.stderr
    assert r.stderr == f"workreport: {err.value}\n" and "_config.yml" in r.stderr


WRONG_TYPES = {"latex: 5\n": "latex must be a mapping (indented key: value lines), not 5",
               "latex:\n  latex_documents: 7\n": "latex.latex_documents must be a mapping",
               "latex:\n  latex_documents: [1]\n": "latex.latex_documents must be a mapping "
                                                    "(indented key: value lines), not [1]",
               "latex:\n  latex_documents:\n    targetname: [x]\n":
                   'latex.latex_documents.targetname must be text, not ["x"]',
               "title: [a, b]\n": 'title must be text, not ["a", "b"]',
               "title: 12\n": 'title must be text, not 12 (write "12" in quotes)',
               "sphinx: 3\n": "sphinx must be a mapping (indented key: value lines), not 3",
               "html: oops\n": 'html must be a mapping (indented key: value lines), not "oops"',
               "repository:\n  url: true\n": 'repository.url must be text, not true',
               "title: [unclosed\n": "cannot read _config.yml: line 2, column 1: expected ',' "
                                     "or ']', but got '<stream end>' (while parsing a flow "
                                     "sequence from line 1, column 8)"}


@pytest.mark.parametrize("text", sorted(WRONG_TYPES))
@pytest.mark.parametrize("out", [[], ["--out", "x.pdf"]])
def test_a_setting_of_the_wrong_type_is_named_before_anything_runs(tmp_path, text, out, capsys):
    """Session 68, tester: `latex: 5` (or latex_documents: 7 / [1]) was a traceback in
    pdf_name, or with --out only "singlehtml build failed"; sphinx: 3 and html: oops only
    that; title: [a, b] the PDF's Title "['a', 'b']"; a YAML error named no line. Each
    key is checked against jupyter-book's schema of _config.yml (book.settings)."""
    from workreport.cli import main

    (tmp_path / "_config.yml").write_text(text, encoding="utf-8")
    assert main(["pdf", "--root", str(tmp_path), *out]) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith(f"workreport: {tmp_path / '_config.yml'}: {WRONG_TYPES[text]}")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["_config.yml"]


def test_the_shipped_config_fits_its_schema():
    """The project's own _config.yml passes the check it puts on a user's."""
    assert read_config(Layout.at(ROOT))["latex"]["latex_documents"]["targetname"]


def test_pdf_without_executed_notebooks_is_one_line_and_exit_2(tmp_path):
    (tmp_path / "_config.yml").write_text("title: t\n", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "workreport.cli", "pdf", "--root", str(tmp_path)],
                       capture_output=True, text=True)
    assert r.returncode == 2
    assert r.stderr.count("\n") == 1 and "make book" in r.stderr
    assert not (tmp_path / "_build" / "pdf").exists() or not list(
        (tmp_path / "_build" / "pdf").glob("*.pdf"))


# ----------------------------------------------------------------------------- the PDF

POPPLER = all(shutil.which(t) for t in ("pdffonts", "pdftotext", "pdfinfo"))


@pytest.fixture(scope="session")
def book_pdf(built_book, tmp_path_factory) -> pdf.PdfResult:
    if not shutil.which("chromium"):
        pytest.skip("Chromium is not installed (apt-get install chromium; .ci/run does this)")
    if not POPPLER:
        pytest.skip("poppler-utils is not installed (.ci/run installs it)")
    out = tmp_path_factory.mktemp("pdf") / "book.pdf"
    return pdf.build_pdf(ROOT, out=out, progress=False)


def _text(path: Path, *args: str) -> str:
    # -raw: the text in the order it was drawn, the document's order (the default layout
    # analysis may pull a run of another font, as in "2013年", out of its line).
    r = subprocess.run(["pdftotext", "-raw", *args, "-enc", "UTF-8", str(path), "-"],
                       capture_output=True, text=True, check=True)
    return r.stdout


def _squash(text: str) -> str:
    """NFKC (ligatures), no whitespace: a title broken over two lines still matches."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def _chapter_titles(html: Path) -> list[str]:
    """The title (first h1) of every page of the built book but the root, in the order of
    its navigation, the annotated reports last: what the PDF must show, in that order."""
    root = html / f"{pdf._root_page(Layout.at(ROOT))}.html"
    nav = BeautifulSoup(root.read_text(encoding="utf-8"), "html.parser")
    pages, annotated = [], []
    for a in nav.select("nav.bd-docs-nav a.reference.internal"):
        href = a["href"].split("#")[0]
        if href:
            (annotated if href.endswith("/report.html") else pages).append(root.parent / href)
    titles = []
    for page in pages + annotated:
        h1 = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select_one(
            "article h1")
        for link in h1.select("a.headerlink"):
            link.decompose()
        titles.append(h1.get_text(" ", strip=True))
    return titles


@pytest.mark.slow
@pytest.mark.browser
def test_pdf_embeds_every_font(book_pdf):
    r = subprocess.run(["pdffonts", str(book_pdf.path)], capture_output=True, text=True,
                       check=True)
    rows = r.stdout.splitlines()[2:]
    assert rows, r.stdout
    print(f"\nPDF: {book_pdf.pages} pages, {book_pdf.path.stat().st_size / 1e6:.1f} MB, "
          f"{len(rows)} fonts, {book_pdf.seconds}")
    not_embedded = [row for row in rows if row.split()[-5] != "yes"]
    assert not not_embedded, r.stdout


@pytest.mark.slow
@pytest.mark.browser
def test_pdf_text_is_selectable_and_has_every_chapter_in_order(book_pdf, built_book):
    text = _squash(_text(book_pdf.path))
    assert "804.2" in text and "地区生产总值" in text
    titles = _chapter_titles(built_book)
    assert len(titles) > 20
    # The contents list every chapter, then the chapters follow, both in the book's order.
    at = 0
    for where, title in [("contents", t) for t in titles] + [("text", t) for t in titles]:
        key = _squash(title)
        found = text.find(key, at)
        assert found >= 0, f"{title!r} missing from the {where} or out of order"
        at = found + len(key)


@pytest.mark.slow
@pytest.mark.browser
def test_pdf_pages_cover_contents_numbers(book_pdf, built_book):
    assert book_pdf.pages > 20
    # The cover names the report the book opens with and the government of every other
    # report it prints (session 67, tester: it read "Yuzhong 2014", "2014 report texts").
    first = _squash(_text(book_pdf.path, "-f", "1", "-l", "1"))
    rows = pdf._report_rows(Layout.at(ROOT))
    held = sorted(p.parent.name for p in (built_book / "book" / "generated").glob(
        "*/report.html"))
    assert len(held) > 2 and first.startswith(_squash("Yuzhong District 2014"))
    assert "2014reporttexts" not in first and f"with{len(held) - 1}morereports" in first
    for rid in held:
        assert _squash(report_label(rows[rid])) in first, rid
    # The contents name every annotated report in English (the government and year).
    text = _squash(_text(book_pdf.path))
    for rid in held:
        assert _squash(f": {report_title(rows[rid])}") in text, rid
    assert not re.search(r"Theannotatedreport(\d{4})?:[\u3400-\u9fff]", text)
    info = subprocess.run(["pdfinfo", str(book_pdf.path)], capture_output=True, text=True,
                          check=True).stdout
    assert re.search(r"^Title: +(.*)$", info, re.M).group(1) == book_title(ROOT)
    second = _text(book_pdf.path, "-f", "2", "-l", "2")
    assert "Contents" in second
    # The page number in the bottom margin box: "3 / N" on page 3.
    third = _text(book_pdf.path, "-f", "3", "-l", "3")
    assert f"3 / {book_pdf.pages}" in third


@pytest.mark.slow
@pytest.mark.browser
def test_pdf_prints_every_chart(book_pdf, built_book):
    """The charts are image files the pages link (``workreport.book.images``), not data
    URIs: the printed edition still draws each of them."""
    charts = set()
    for page in built_book.rglob("*.html"):
        charts.update(re.findall(r'<img [^>]*class="[^"]*wr-chart[^"]*"[^>]*src="([^"]+)"',
                                 page.read_text(encoding="utf-8")))
    assert len(charts) > 10
    r = subprocess.run(["pdfimages", "-list", str(book_pdf.path)], capture_output=True,
                       text=True, check=True)
    drawn = r.stdout.splitlines()[2:]
    assert len(drawn) >= len(charts), r.stdout[-2000:]


#: The right margin of print.css's ``@page`` (15 mm), in PDF points.
_RIGHT_MARGIN = 15 * 72 / 25.4


def cut_words(path: Path) -> list[int]:
    """The pages of the PDF at ``path`` with a word that runs past the text box's right
    edge into the margin: a column of a table wider than the page, cut there."""
    r = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True,
                       text=True, check=True)
    cut = []
    for n, page in enumerate(r.stdout.split("<page ")[1:], 1):
        width = float(re.search(r'width="([\d.]+)"', page).group(1))
        ends = [float(x) for x in re.findall(r'<word xMin="[\d.]+" yMin="[\d.]+" '
                                             r'xMax="([\d.]+)"', page)]
        if any(x > width - _RIGHT_MARGIN + 4 for x in ends):  # a glyph may overhang
            cut.append(n)
    return cut


def layout_faults(path: Path) -> dict[str, list[int]]:
    """The pages of the PDF at ``path`` that are blank (no text but the page number, no
    image), that draw a chart beyond the page's edge (a chart cut over two pages), that
    print a chart's caption ("Fig. 12") without a chart, and that cut a table's last
    columns at the right margin (``cut_words``)."""
    import pypdfium2 as pdfium

    r = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True,
                       check=True)
    drawn = {int(line.split()[0]) for line in r.stdout.splitlines()[2:]}
    faults: dict[str, list[int]] = {"blank": [], "cut": [], "caption alone": [],
                                    "table cut": cut_words(path)}
    doc = pdfium.PdfDocument(str(path))
    texts = _text(path).split("\f")[:len(doc)]  # pdftotext ends each page with \f
    for n, text in enumerate(texts, 1):
        if n not in drawn and not re.sub(r"\d+ / \d+", "", text).strip():
            faults["blank"].append(n)
        if n not in drawn and re.search(r"Fig\. \d+", text):
            faults["caption alone"].append(n)
    for n in sorted(drawn):
        page = doc[n - 1]
        height = page.get_size()[1]
        images = page.get_objects(filter=[pdfium.raw.FPDF_PAGEOBJ_IMAGE], max_depth=5)
        if any(b < -1 or t > height + 1 for _, b, _, t in (i.get_bounds() for i in images)):
            faults["cut"].append(n)
    doc.close()
    return faults


@pytest.mark.slow
@pytest.mark.browser
def test_pdf_has_no_blank_page_and_no_cut_chart(book_pdf):
    """No page is blank and every chart is whole, on one page with its caption: a chart
    taller than a page, kept whole (break-inside: avoid), left a blank page before it
    and was cut over two or three pages anyway, and an empty line between two chapters
    took a page of its own (session 67, tester). No table is cut at the right margin:
    the last columns of the targets against results and of the indicators year by year
    were (session 67, tester; print.css, session 68)."""
    assert layout_faults(book_pdf.path) == {"blank": [], "cut": [], "caption alone": [],
                                            "table cut": []}


def test_a_code_box_is_kept_whole_and_no_template_shows_a_long_one():
    """Session 69, tester: a code box cut at a page's foot left its empty top there
    (PDF p. 105). print.css keeps a cell's code whole, which is safe only while no shown
    code cell of a template comes near a page's height (a block taller than a page kept
    whole leaves a blank page before it)."""
    import json

    css = (ROOT / "book" / "_static" / "print.css").read_text(encoding="utf-8")
    assert re.search(r"div\.cell_input \{ break-inside: avoid; \}", css)
    hidden = {"remove-cell", "remove-input", "hide-cell", "parameters"}
    longest = max(len("".join(c["source"]).splitlines())
                  for f in (ROOT / "notebooks").glob("*.ipynb")
                  for c in json.loads(f.read_text(encoding="utf-8"))["cells"]
                  if c["cell_type"] == "code" and not hidden & set(c["metadata"].get("tags", [])))
    assert 0 < longest <= 20


@pytest.mark.slow
@pytest.mark.browser
def test_pdf_links_only_within_itself_or_to_the_web(book_pdf):
    """No link of the printed book points to a file (session 69, tester: 1,282 file://
    links into the temporary build folder or to nothing): the others are links within
    the PDF (GoTo), which carry no /URI."""
    uris = re.findall(rb"/URI \((?:[^()\\]|\\.)*\)", book_pdf.path.read_bytes())
    assert not [u for u in uris if not re.match(rb"/URI \((https?|mailto):", u)], uris[:5]
