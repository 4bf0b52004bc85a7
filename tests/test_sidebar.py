"""The sidebar's contents from tables cut to titles (workreport.book.sidebar): the same
pages as Sphinx's own, with fewer nodes copied."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from workreport.book import sidebar

# A small book with what the cut must keep exact: nested toctrees below a section, a
# hidden toctree, sections three deep, a page with two top-level titles, an ``only``
# node in a table of contents and a page with its own ``tocdepth``.
PAGES = {
    "index.rst": """Book
====

.. toctree::
   :caption: Parts

   part
   other
   solo

.. toctree::
   :hidden:

   hidden
""",
    "part.rst": """Part
====

Intro text.

Section A
---------

Sub A1
~~~~~~

.. toctree::

   chapter

Section B
---------
""",
    "chapter.rst": """Chapter
=======

Deep
----

Deeper
~~~~~~

Deepest
^^^^^^^
""",
    "other.rst": """Other
=====

.. only:: html

   Only section
   ------------

Plain section
-------------
""",
    "solo.rst": """:tocdepth: 1

Solo
====

Inner
-----
""",
    "hidden.rst": """First title
===========

Second title
============
""",
}

# Every page shows the global contents as the theme's sidebar asks for them, and the
# (uncut) contents without titles_only, which must be left to Sphinx.
LAYOUT = """{% extends "!layout.html" %}
{% block footer %}
<nav class="titles">{{ toctree(titles_only=True, collapse=False, includehidden=True,
                                maxdepth=4) }}</nav>
<nav class="full">{{ toctree(collapse=False, includehidden=True, maxdepth=4) }}</nav>
<nav class="collapsed">{{ toctree(titles_only=True, collapse=True) }}</nav>
{% endblock %}
"""


def _build(root: Path, out: Path, extension: bool) -> dict[str, bytes]:
    from sphinx.application import Sphinx

    extensions = ["workreport.book.sidebar"] if extension else []
    app = Sphinx(str(root), str(root), str(out / "html"), str(out / "doctrees"), "html",
                 confoverrides={"extensions": extensions, "templates_path": ["_templates"],
                                "html_sidebars": {"**": ["localtoc.html"]}},
                 status=None, warning=None, freshenv=True)
    app.build(force_all=True)
    return {p.relative_to(out / "html").as_posix(): p.read_bytes()
            for p in sorted((out / "html").glob("*.html"))}


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    root = tmp_path_factory.mktemp("sidebar-book")
    for name, text in PAGES.items():
        (root / name).write_text(text, encoding="utf-8")
    (root / "_templates").mkdir()
    (root / "_templates" / "layout.html").write_text(LAYOUT, encoding="utf-8")
    (root / "conf.py").write_text("project = 'sidebar'\n", encoding="utf-8")
    return root


def test_the_pages_are_those_sphinx_writes(book, tmp_path, monkeypatch):
    cuts = []
    real = sidebar.titles_toc
    monkeypatch.setattr(sidebar, "titles_toc",
                        lambda toc, tags: cuts.append(toc) or real(toc, tags))
    plain = _build(book, tmp_path / "plain", extension=False)
    assert not cuts
    fast = _build(book, tmp_path / "fast", extension=True)
    assert cuts, "the cut tables were never used"
    assert set(fast) == set(plain) and len(plain) >= len(PAGES)
    for page, html in plain.items():
        assert fast[page] == html, page
    # The sidebar really lists the nested chapter and not the sections below titles.
    text = plain["part.html"].decode()
    titles = text[text.index('<nav class="titles">'):text.index('<nav class="full">')]
    assert "chapter.html" in titles and "Sub A1" not in titles
    assert "Sub A1" in text[text.index('<nav class="full">'):]


def test_titles_toc_keeps_titles_and_nested_toctrees(book, tmp_path):
    from sphinx import addnodes
    from sphinx.application import Sphinx

    app = Sphinx(str(book), str(book), str(tmp_path / "html"), str(tmp_path / "doctrees"),
                 "html", status=None, warning=None, freshenv=True)
    app.build(force_all=True)
    cut = sidebar.titles_toc(app.env.tocs["part"], app.builder.tags)
    assert [len(item) for item in cut.children] == [2]  # the title, then the toctrees
    assert [type(n) for n in cut.children[0][1].children] == [addnodes.toctree]
    # Sphinx's table is not changed by the cut.
    assert "Sub A1" in app.env.tocs["part"].astext()
    assert sidebar.titles_toc(app.env.tocs["other"], app.builder.tags) is None  # only


def test_the_book_loads_it_before_the_theme():
    config = yaml.safe_load((Path(__file__).parents[1] / "_config.yml").read_text("utf-8"))
    assert "workreport.book.sidebar" in config["sphinx"]["config"]["extensions"]
