"""Sphinx's Chinese search index at linear cost: a Sphinx extension.

Sphinx 7's ``sphinx.search.zh.SearchChinese`` keeps every Latin word it has split in a
*list* (``latin_terms``, a class attribute growing by each text node's words) and asks
``word in latin_terms`` for every word it stems, so indexing a book costs the square
of its Latin words: measured on this book (54 pages, ``cProfile`` of a clean
``jupyter-book build``), 120 of the build's 203 CPU seconds went to that one list
lookup, and 18 more to stemming the same English words again on every page (Sphinx
memoises stems per page only). This extension registers the same language with a set
for the list and one stem memo for the whole build: the same words are looked up and
the same stems returned, so the search index is byte for byte what Sphinx writes.

Sphinx 8 fixed the list (a set); jupyter-book 1 requires Sphinx 7.
"""

from __future__ import annotations

from typing import Any

from sphinx.search import zh
from sphinx.search.zh import SearchChinese

__all__ = ["LinearSearchChinese", "setup"]


class LinearSearchChinese(SearchChinese):
    """``SearchChinese`` with a set of the Latin words split so far and a stem memo."""

    def init(self, options: dict[str, str]) -> None:
        super().init(options)
        # Per instance (one per build), as the class-level list is per process.
        self.latin_terms: set[str] = set()  # type: ignore[assignment]
        self._stems: dict[str, str] = {}

    def split(self, input: str) -> list[str]:
        chinese: list[str] = []
        if zh.JIEBA:
            chinese = list(zh.jieba.cut_for_search(input))
        latin1 = [term.strip() for term in self.latin1_letters.findall(input)]
        self.latin_terms.update(latin1)
        return chinese + latin1

    def _stem_word(self, lowered: str) -> str:
        stem = self._stems.get(lowered)
        if stem is None:
            stem = self._stems[lowered] = self.stemmer.stemWord(lowered)
        return stem

    def stem(self, word: str) -> str:
        lowered = word.lower()
        # Sphinx's rule: a Latin word of 3 letters or more that stemming would cut below
        # 3 (an acronym, mostly) is kept whole.
        if word in self.latin_terms and len(word) >= 3 and len(self._stem_word(lowered)) < 3:
            return lowered
        return self._stem_word(lowered)


def setup(app) -> dict[str, Any]:
    """Register the extension (``extensions`` in ``_config.yml``)."""
    app.add_search_language(LinearSearchChinese)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
