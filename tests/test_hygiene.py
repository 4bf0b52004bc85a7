"""runner.hygiene: figure names unique per page, cited where the prose names them."""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from pathlib import Path

import nbformat
import pytest

from workreport.runner.hygiene import (
    figure_names,
    finalize,
    name_figures,
    page_suffix,
    prepare,
)

from .conftest import ROOT

TEMPLATES = ROOT / "notebooks"


def _notebook(tmp_path: Path) -> Path:
    nb = nbformat.v4.new_notebook()
    params = nbformat.v4.new_code_cell('report_id = "a"')
    params.metadata["tags"] = ["parameters"]
    prose = nbformat.v4.new_markdown_cell("See {numref}`fig-levels`, not fig-levels-old.")
    chart = nbformat.v4.new_code_cell('display.figure("cap", f, df, "c", "n", name="fig-levels")')
    chart.metadata["mystnb"] = {"figure": {"caption": "{glue:text}`cap`", "name": "fig-levels"}}
    nb.cells = [params, prose, chart]
    for i, cell in enumerate(nb.cells):
        cell["id"] = f"c{i}"
    path = tmp_path / "t.ipynb"
    nbformat.write(nb, path)
    return path


def test_figure_names_get_the_page_suffix_everywhere_they_are_named(tmp_path):
    path = _notebook(tmp_path)
    a, _ = prepare(path, {"report_id": "a"}, "python3", "python")
    b, _ = prepare(path, {"report_id": "b"}, "python3", "python")
    again, _ = prepare(path, {"report_id": "a"}, "python3", "python")
    (name,) = figure_names(a)
    assert name == f"fig-levels-{page_suffix(path, {'report_id': 'a'})}"
    assert figure_names(b) != [name] and figure_names(again) == [name]
    sources = "\n".join(c.source for c in a.cells)
    assert f"{{numref}}`{name}`" in sources and f'name="{name}"' in sources
    assert "fig-levels-old" in sources  # a longer name is another name


def test_the_suffix_tells_templates_apart():
    assert page_suffix(Path("overview.ipynb"), {"report_id": "a"}) != \
        page_suffix(Path("targets.ipynb"), {"report_id": "a"})


def test_a_notebook_without_named_figures_is_left_alone():
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("fig-levels")])
    assert name_figures(nb, "x") == {} and nb.cells[0].source == "fig-levels"


@pytest.mark.parametrize("template", sorted(TEMPLATES.glob("*.ipynb")), ids=lambda p: p.stem)
def test_every_chart_of_the_templates_is_a_named_figure_the_prose_cites(template):
    nb = nbformat.read(template, as_version=4)
    charts = [c for c in nb.cells if "display.figure(" in c.source]
    names = figure_names(nb)
    assert len(names) == len(charts) == len(set(names))
    cites = re.findall(r"\{glue:md\} (\w+)_cite\n:format: myst",
                       "\n".join(c.source for c in nb.cells))
    for cell in charts:
        figure = cell.metadata["mystnb"]["figure"]
        assert f'name="{figure["name"]}"' in cell.source
        # Each chart is cited by the sentence its figure() call glues (empty without it).
        key = re.search(r"\{glue:text\}`(\w+)`", figure["caption"]).group(1)
        assert key in cites, key


@pytest.mark.slow
def test_each_chapter_cites_its_figures_by_number(built_book: Path):
    pages = sorted((built_book / "book" / "generated").glob("*/[0-9]*.html"))
    with_figures = 0
    for page in pages:
        body = page.read_text("utf-8")
        ids = re.findall(r'<figure[^>]* id="(fig-[a-z-]+-[0-9a-f]{8})"', body)
        assert len(ids) == len(set(ids)), page.name
        # A chart with nothing to draw keeps its figure for the note, but is never cited.
        drawn = [m.group(1) for m in re.finditer(
            r'<figure[^>]* id="(fig-[a-z-]+-[0-9a-f]{8})".*?</figure>', body, re.S)
            if "<img" in m.group(0)]
        cited = re.findall(r'href="#(fig-[^"]+)"><span class="std std-numref">Figure (\d+)', body)
        assert {i for i, _ in cited} <= set(drawn), page.name
        if drawn:
            with_figures += 1
            assert cited, f"{page.name}: no figure is cited in the prose"
    assert with_figures > 20
    everywhere = Counter(i for page in pages
                         for i in re.findall(r'<figure[^>]* id="(fig-[^"]+)"',
                                             page.read_text("utf-8")))
    assert not [i for i, n in everywhere.items() if n > 1]
    text = html.unescape(re.sub(r"<[^>]+>", "", (built_book / "book" / "generated" /
                                                  "yuzhong-2014" / "00-overview.html")
                                .read_text("utf-8")))
    assert re.search(r"Figure \d+ draws the headline growth rates\.", text)


def test_finalize_strips_kernel_cell_paths_and_leaves_other_text_alone(tmp_path):
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("1/0")
    trace = 'File /tmp/ipykernel_4242/123456.py:1\n----> 1 1/0'
    png = "data:image/png;base64,iVBOR/w0K/Gg+/AAA/" * 50  # "/" everywhere, no path
    cell.outputs = [nbformat.v4.new_output("stream", name="stderr", text=trace),
                    nbformat.v4.new_output("display_data", data={"text/html": png})]
    nb.cells = [cell]
    out = nbformat.reads(finalize(nb, {}, -1, template=tmp_path / "t.ipynb", cwd=tmp_path),
                         as_version=4)
    stream, shown = out.cells[0].outputs
    assert stream.text == "File <cell>:1\n----> 1 1/0"
    assert shown.data["text/html"] == png


def test_a_code_cell_that_shows_nothing_is_left_off_the_page(tmp_path):
    """Session 69, tester: a cell whose prose had no sentence (a section with no target
    beside last year's result) showed its code box alone, at the foot of a printed page
    too. Such a cell is removed from the page; one showing an output, or hidden by its
    template already, is left as it is."""
    glued = nbformat.v4.new_output("display_data", data={"text/plain": "'x'"},
                                   metadata={"scrapbook": {"name": "x"}})
    empty, only_glue, shown, hidden = (nbformat.v4.new_code_cell(s) for s in "abcd")
    only_glue.outputs = [glued]
    shown.outputs = [nbformat.v4.new_output("display_data", data={"text/markdown": "A."})]
    hidden.metadata["tags"] = ["hide-cell"]
    nb = nbformat.v4.new_notebook()
    nb.cells = [empty, only_glue, shown, hidden, nbformat.v4.new_markdown_cell("text")]
    out = nbformat.reads(finalize(nb, {}, -1, template=tmp_path / "t.ipynb", cwd=tmp_path),
                         as_version=4)
    assert [c.metadata.get("tags") for c in out.cells] == [
        ["remove-cell"], ["remove-cell"], None, ["hide-cell"], None]


def test_a_chart_cell_that_drew_nothing_is_no_figure(tmp_path):
    """Re-test 72, D12: a section with nothing to chart kept a figure whose caption held
    only the "#" link (hidden by CSS). The executed notebook keeps the figure metadata of
    a cell that shows an image only; a note alone is shown as an output."""
    meta = {"mystnb": {"figure": {"name": "fig-x-1", "caption": "{glue:text}`cap`"}},
            "tags": ["remove-input"]}
    drawn, empty = nbformat.v4.new_code_cell("a"), nbformat.v4.new_code_cell("b")
    drawn.metadata, empty.metadata = json.loads(json.dumps(meta)), json.loads(json.dumps(meta))
    drawn.outputs = [nbformat.v4.new_output("display_data", data={
        "text/html": '<img class="wr-chart">', "image/png": "iVBOR"})]
    empty.outputs = [nbformat.v4.new_output("display_data", data={
        "text/html": '<p class="wr-nochart"><em>The section states no growth rates.</em></p>',
        "text/plain": "The section states no growth rates."})]
    nb = nbformat.v4.new_notebook()
    nb.cells = [drawn, empty]
    out = nbformat.reads(finalize(nb, {}, -1, template=tmp_path / "t.ipynb", cwd=tmp_path),
                         as_version=4)
    assert out.cells[0].metadata["mystnb"]["figure"]["name"] == "fig-x-1"
    assert "mystnb" not in out.cells[1].metadata
    assert out.cells[1].metadata["tags"] == ["remove-input"]
