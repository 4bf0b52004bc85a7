"""The Chinese search language at linear cost (workreport.book.search): it must split and
stem exactly as Sphinx's own ``SearchChinese`` does, so the search index is unchanged."""

from __future__ import annotations

from typing import ClassVar

from sphinx.search import languages
from sphinx.search.zh import SearchChinese

from workreport.book import search

TEXTS = [
    "2014年地区生产总值增长 10.5%，GDP per capita rose; the CPI and IBM's running costs",
    "解放碑商圈 the report_id column, ETL of tables: running, runs, ran, ies, ABS",
    "no Chinese at all: generalization, generously, ies GDP",
]


class _Reference(SearchChinese):
    latin_terms: ClassVar[list[str]] = []  # Sphinx's own list, not shared with other instances


def test_splits_and_stems_as_sphinx_does():
    ours, theirs = search.LinearSearchChinese({}), _Reference({})
    for text in TEXTS:
        words = ours.split(text)
        assert words == theirs.split(text)
        assert [ours.stem(w) for w in words] == [theirs.stem(w) for w in words]
    # Words never split keep the same rule too (not in the Latin words seen).
    for word in ("IES", "ies", "Generalization", "地区"):
        assert ours.stem(word) == theirs.stem(word)
    assert isinstance(ours.latin_terms, set)


def test_setup_replaces_sphinxs_chinese():
    class App:
        def add_search_language(self, cls):
            self.added = cls

    app = App()
    before = languages["zh"]
    try:
        meta = search.setup(app)
        assert app.added is search.LinearSearchChinese and app.added.lang == "zh"
        assert meta["parallel_read_safe"]
    finally:
        languages["zh"] = before


def test_the_book_uses_it():
    import yaml

    from .conftest import ROOT

    config = yaml.safe_load((ROOT / "_config.yml").read_text("utf-8"))
    assert "workreport.book.search" in config["sphinx"]["config"]["extensions"]
    assert config["sphinx"]["config"]["html_search_language"] == "zh"
