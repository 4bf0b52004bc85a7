"""Sphinx's Chinese search index at linear cost, and without jieba's dictionary when it
is not needed: a Sphinx extension.

Sphinx 7's ``sphinx.search.zh.SearchChinese`` keeps every Latin word it has split in a
*list* (``latin_terms``, a class attribute growing by each text node's words) and asks
``word in latin_terms`` for every word it stems, so indexing a book costs the square
of its Latin words: measured on this book (54 pages, ``cProfile`` of a clean
``jupyter-book build``), 120 of the build's 203 CPU seconds went to that one list
lookup, and 18 more to stemming the same English words again on every page (Sphinx
memoises stems per page only). This extension registers the same language with a set
for the list and one stem memo for the whole build: the same words are looked up and
the same stems returned, so the search index is byte for byte what Sphinx writes.
(Sphinx 8 fixed the list (a set); jupyter-book 1 requires Sphinx 7.)

Loading jieba's dictionary (half a million words) costs about a second, most of an
incremental build that re-indexes one page. So it is loaded only when a text must be
split that was not split before:

- **A memo of jieba's splits**, per page, kept beside the doctrees
  (``workreport-search.pickle`` in Sphinx's doctree directory, so it lives and dies
  with the staging tree): a page edited is split again from the memo except for its
  new texts. The memo is keyed on jieba's version and the words file
  (``html_search_options["dict"]``); a memo of another key is not read.
- **Text that no dictionary word can match** (no CJK character and none of the few
  dictionary words without one, ``PLAIN_DICT_WORDS``) is split as jieba splits it with
  no word found (``plain_cut``: its Latin runs, then character by character), without
  the dictionary. ``tests/test_search.py`` pins both against jieba itself.

The same words file also decides the splits of every page, so its digest (with
jieba's version) is a config value (``workreport_search_key``) that Sphinx compares
between builds: a new words file re-indexes every page, as a clean build would.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import pickle
import re
from pathlib import Path
from typing import Any

import snowballstemmer
from sphinx.search import SearchLanguage
from sphinx.search.en import english_stopwords, js_porter_stemmer

__all__ = ["PLAIN_DICT_WORDS", "LinearSearchChinese", "plain_cut", "search_key", "setup"]

MEMO = "workreport-search.pickle"
#: Characters of which every word of jieba's dictionary holds one, but for
#: ``PLAIN_DICT_WORDS`` (CJK unified ideographs, extension A, compatibility ideographs).
DICT_CHARS = re.compile("[\u3400-\u9fff\uf900-\ufaff]")
#: The words of jieba 0.42.1's dictionary with no character of ``DICT_CHARS``.
PLAIN_DICT_WORDS = ("AT&T", "C#", "C++", "c#", "c++")
# jieba's own patterns (jieba.re_han_default, jieba.re_skip_default, jieba.finalseg.re_skip).
_HAN = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-]+)", re.U)
_SKIP = re.compile("(\r\n|\\s)", re.U)
_HMM_SKIP = re.compile("([a-zA-Z0-9]+(?:\\.\\d+)?%?)")
_USER_WORD = re.compile("^(.+?)( [0-9]+)?( [a-z]+)?$", re.U)  # jieba.re_userdict
_SEP = "\x00"  # between the words of a split in the memo (a text holding it is not kept)


def plain_cut(text: str) -> list[str]:
    """``jieba.cut_for_search(text)`` for a text in which no dictionary word occurs:
    every block of letters, digits and ``+#&._%-`` is one route of single characters
    that jieba hands whole to its HMM cut, which yields its Latin and number runs
    (``finalseg.re_skip``) and the rest between; other text yields its whitespace runs
    whole and each other character alone; no word is in the dictionary, so the search
    cut adds no shorter words."""
    out: list[str] = []
    for block in _HAN.split(text):
        if not block:
            continue
        if _HAN.match(block):
            if len(block) == 1:
                out.append(block)
            else:
                out.extend(x for x in _HMM_SKIP.split(block) if x)
        else:
            for x in _SKIP.split(block):
                if _SKIP.match(x):
                    out.append(x)
                else:
                    out.extend(x)
    return out


def search_key(words_file: str | None) -> str:
    """What jieba's splits depend on: its version and the bytes of the extra words file
    (empty when there is none), as a hex digest."""
    from importlib.metadata import version

    h = hashlib.sha256(f"jieba {version('jieba')}\n".encode())
    if words_file and os.path.isfile(words_file):
        h.update(Path(words_file).read_bytes())
    return h.hexdigest()


def _user_words(words_file: str | None) -> list[str]:
    """The words of jieba's user dictionary file, read as ``jieba.load_userdict`` does."""
    if not (words_file and os.path.isfile(words_file)):
        return []
    words = []
    for raw in Path(words_file).read_bytes().splitlines():
        line = raw.strip().decode("utf-8").lstrip("\ufeff")
        if line:
            words.append(_USER_WORD.match(line).group(1))
    return words


class LinearSearchChinese(SearchLanguage):
    """Sphinx's ``SearchChinese`` with a set of the Latin words split so far, a stem
    memo, and jieba imported and its dictionary loaded only for a text that needs it.

    Not a subclass: ``sphinx.search.zh`` imports jieba (a fifth of a second, as it
    imports pkg_resources) when imported. Its class attributes are these
    (``tests/test_search.py`` compares them)."""

    lang = "zh"
    language_name = "Chinese"
    js_stemmer_code = js_porter_stemmer
    stopwords = english_stopwords
    latin1_letters = re.compile(r"[a-zA-Z0-9_]+")

    def init(self, options: dict[str, str]) -> None:
        # SearchChinese.init loads the extra words into jieba at once; here at first need.
        self.stemmer = snowballstemmer.stemmer("english")
        self._have_jieba = importlib.util.find_spec("jieba") is not None
        self._words_file = options.get("dict")
        self._loaded = False
        self._plain_words = (*PLAIN_DICT_WORDS,
                             *(w for w in _user_words(self._words_file)
                               if not DICT_CHARS.search(w)))
        # Per instance (one per build), as the class-level list is per process.
        self.latin_terms: set[str] = set()  # type: ignore[assignment]
        self._stems: dict[str, str] = {}
        self._memo: dict[str, str] = {}  # text -> its words joined by _SEP
        self._kept: dict[str, dict[str, str]] = {}  # page -> its texts, from the file
        self._split: dict[str, dict[str, str]] = {}  # page -> its texts, this build
        self.page: str | None = None  # the page being indexed (set by the extension)
        self.memo_read = False

    def _jieba(self, text: str) -> list[str]:
        import jieba

        if not self._loaded:
            if self._words_file and os.path.isfile(self._words_file):
                jieba.load_userdict(self._words_file)
            self._loaded = True
        return list(jieba.cut_for_search(text))

    def _chinese(self, text: str) -> list[str]:
        """What jieba splits ``text`` into: from the memo, without the dictionary for a
        plain text, else by jieba."""
        joined = self._memo.get(text)
        if joined is None:
            if not DICT_CHARS.search(text) and not any(w in text for w in self._plain_words):
                words = plain_cut(text)
            else:
                words = self._jieba(text)
            joined = _SEP.join(words)
            if _SEP in text:
                return words
            self._memo[text] = joined
        if self.page is not None:
            self._split.setdefault(self.page, {})[text] = joined
        return joined.split(_SEP) if joined else []

    def split(self, input: str) -> list[str]:
        chinese = self._chinese(input) if self._have_jieba else []
        latin1 = [term.strip() for term in self.latin1_letters.findall(input)]
        self.latin_terms.update(latin1)
        return chinese + latin1

    def word_filter(self, stemmed_word: str) -> bool:
        return len(stemmed_word) > 1

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

    def load_memo(self, path: Path, key: str) -> None:
        """Take the splits of the pages of the last builds from ``path`` (written by
        ``save_memo`` with the same ``key``); a missing or other file is ignored."""
        try:
            with path.open("rb") as fh:
                stored = pickle.load(fh)
        except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError):
            return
        if not (isinstance(stored, dict) and stored.get("key") == key
                and isinstance(stored.get("pages"), dict)):
            return
        self._kept = stored["pages"]
        for texts in self._kept.values():
            self._memo.update(texts)

    def save_memo(self, path: Path, key: str, pages) -> None:
        """Write the splits of the ``pages`` still in the book: this build's for the
        pages it indexed, the last builds' for the others."""
        kept = {p: t for p, t in self._kept.items() if p in pages and p not in self._split}
        kept.update({p: t for p, t in self._split.items() if p in pages})
        tmp = path.with_name(path.name + ".tmp")
        with tmp.open("wb") as fh:
            pickle.dump({"key": key, "pages": dict(sorted(kept.items()))}, fh,
                        protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)


def _language(app) -> LinearSearchChinese | None:
    indexer = getattr(app.builder, "indexer", None)
    lang = getattr(indexer, "lang", None)
    return lang if isinstance(lang, LinearSearchChinese) else None


def _config_inited(app, config) -> None:
    config.workreport_search_key = search_key((config.html_search_options or {}).get("dict"))


def _doctree_resolved(app, doctree, docname: str) -> None:
    """The HTML builder indexes each page right after resolving it: note which page the
    texts split next belong to (and, on the first page, read the memo)."""
    lang = _language(app)
    if lang is None:
        return
    if not lang.memo_read:
        lang.memo_read = True
        lang.load_memo(Path(app.doctreedir) / MEMO, app.config.workreport_search_key)
    lang.page = docname


def _build_finished(app, exception) -> None:
    lang = _language(app)
    if exception is None and lang is not None and lang.memo_read:
        lang.save_memo(Path(app.doctreedir) / MEMO, app.config.workreport_search_key,
                       set(app.env.all_docs))


def setup(app) -> dict[str, Any]:
    """Register the extension (``extensions`` in ``_config.yml``)."""
    app.add_search_language(LinearSearchChinese)
    app.add_config_value("workreport_search_key", "", "html")
    app.connect("config-inited", _config_inited)
    app.connect("doctree-resolved", _doctree_resolved)
    app.connect("build-finished", _build_finished)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
