"""workreport.book.images: a chart's inline PNG becomes an image file with the same alt
text, and an incremental build publishes the same images as a clean one."""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest

from tests.cells import figure_cell, sphinx_html, write_notebook
from workreport import display

EXTENSIONS = ["workreport.book.images"]


def _cells(values: list[float]) -> list[dict]:
    import nbformat

    from workreport import charts

    n = len(values)
    df = pd.DataFrame({"indicator": ["地区生产总值", "区域税收", "社会消费品零售总额"][:n],
                       "english": ["GDP", "Tax", "Retail"][:n], "value": values,
                       "unit": ["%"] * n, "measure": ["change"] * n,
                       "figure_id": [f"r#f00{i + 1}" for i in range(n)]})
    caption = f"{n} rises, the largest GDP (+12%) & <more>."
    return [nbformat.v4.new_markdown_cell("# A page"),
            figure_cell("fig-a", lambda: display.figure(
                "cap_fig-a", charts.changes, df, caption, "none", name="fig-a"))]


@pytest.mark.slow
def test_a_chart_is_an_image_file_whose_alt_text_is_its_caption(tmp_path: Path):
    write_notebook(tmp_path / "src", _cells([12.0, 3.2]), EXTENSIONS)
    run = sphinx_html(tmp_path / "src", tmp_path / "html")
    assert run.returncode == 0, run.stderr
    body = (tmp_path / "html" / "index.html").read_text("utf-8")
    assert "data:image" not in body  # not inlined: the file is linked
    figure = re.search(r'<figure[^>]* id="fig-a".*?</figure>', body, re.S).group(0)
    img = re.search(r"<img [^>]*>", figure).group(0)
    assert html.unescape(re.search(r'alt="([^"]*)"', img).group(1)) == \
        "2 rises, the largest GDP (+12%) & <more>."
    assert "wr-chart" in re.search(r'class="([^"]*)"', img).group(1)
    src = re.search(r'src="([^"]*)"', img).group(1)
    assert src.startswith("_images/") and (tmp_path / "html" / src).is_file()
    # The figures it draws follow the image inside the figure, linked, and the caption
    # (numbered) ends it.
    assert figure.index("<img") < figure.index('class="wr-figlist"') < \
        figure.index("<figcaption")
    assert 'class="caption-number">Fig. 1 </span>' in figure
    assert (tmp_path / "html" / src).read_bytes().startswith(b"\x89PNG")


@pytest.mark.slow
def test_an_incremental_build_publishes_the_images_of_a_clean_one(tmp_path: Path):
    """A chart that changed leaves no old file in ``_images/`` (Sphinx removes none)."""
    src, out = tmp_path / "src", tmp_path / "html"
    write_notebook(src, _cells([12.0, 3.2]), EXTENSIONS)
    assert sphinx_html(src, out).returncode == 0
    before = sorted(p.name for p in (out / "_images").iterdir())
    assert len(before) == 1
    write_notebook(src, _cells([12.0, 3.2, 5.0]), EXTENSIONS)  # the chart changes
    run = sphinx_html(src, out)
    assert run.returncode == 0, run.stderr
    after = sorted(p.name for p in (out / "_images").iterdir())
    clean = tmp_path / "clean"
    shutil.copytree(src, tmp_path / "src2")
    assert sphinx_html(tmp_path / "src2", clean).returncode == 0
    assert after == sorted(p.name for p in (clean / "_images").iterdir())
    assert after != before and len(after) == 1
    # (Not the whole page: Sphinx 7 adds its ?v= checksums to the stylesheet links only
    # once they were copied, by a build before.)
    figures = [re.search(r"<figure.*</figure>", (d / "index.html").read_text("utf-8"),
                         re.S).group(0) for d in (out, clean)]
    assert figures[0] == figures[1] and after[0] in figures[0]
