"""The browser's title of the book's pages (workreport.book.title)."""

from __future__ import annotations

import re
from pathlib import Path

TITLE = "Mou District 2014: a reading"


def _titles(root: Path, out: Path) -> dict[str, str]:
    from sphinx.application import Sphinx

    app = Sphinx(str(root), str(root), str(out / "html"), str(out / "doctrees"), "html",
                 confoverrides={"extensions": ["workreport.book.title"]},
                 status=None, warning=None, freshenv=True)
    app.build(force_all=True)
    return {p.stem: re.search(r"<title>(.*?)</title>", p.read_text("utf-8"), re.S)[1]
            for p in sorted((out / "html").glob("*.html")) if p.stem in ("index", "other")}


def test_the_page_titled_as_the_book_has_its_title_once(tmp_path):
    """Session 68, tester: the landing page's browser title read "X — X" (its heading is
    the book's title, and Sphinx adds the book's title after every page's)."""
    root = tmp_path / "src"
    (root / "book" / "generated").mkdir(parents=True)
    (root / "book" / "generated" / "title.txt").write_text(TITLE + "\n", encoding="utf-8")
    (root / "conf.py").write_text("project = 'p'\n", encoding="utf-8")
    (root / "index.rst").write_text(f"{TITLE}\n{'=' * len(TITLE)}\n\n.. toctree::\n\n"
                                    "   other\n", encoding="utf-8")
    (root / "other.rst").write_text("Other\n=====\n", encoding="utf-8")
    titles = _titles(root, tmp_path / "out")
    assert titles == {"index": TITLE, "other": f"Other &#8212; {TITLE}"}
