"""The Chinese search language at linear cost (workreport.book.search): it must split and
stem exactly as Sphinx's own ``SearchChinese`` does, so the search index is unchanged."""

from __future__ import annotations

import pickle
import subprocess
import sys
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


def test_it_is_sphinxs_chinese_but_for_the_import():
    """Sphinx's class attributes, copied so that importing it does not import jieba."""
    for name in ("lang", "language_name", "js_stemmer_code", "stopwords"):
        assert getattr(search.LinearSearchChinese, name) == getattr(SearchChinese, name)
    assert search.LinearSearchChinese.latin1_letters.pattern == \
        SearchChinese.latin1_letters.pattern
    lang = search.LinearSearchChinese({})
    for word in ("", "a", "ab", "地", "地区"):
        assert lang.word_filter(word) == _Reference({}).word_filter(word)
    probe = "import sys, workreport.book.search; print('jieba' in sys.modules)"
    r = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                       check=True)
    assert r.stdout.split() == ["False"]


def test_setup_replaces_sphinxs_chinese():
    class App:
        config: ClassVar[dict] = {}
        events: ClassVar[set] = set()

        def add_search_language(self, cls):
            self.added = cls

        def add_config_value(self, name, default, rebuild):
            self.config[name] = rebuild

        def connect(self, event, handler):
            self.events.add(event)

    app = App()
    before = languages["zh"]
    try:
        meta = search.setup(app)
        assert app.added is search.LinearSearchChinese and app.added.lang == "zh"
        assert meta["parallel_read_safe"]
        # A new words file re-writes (and re-indexes) every page; the memo follows pages.
        assert app.config == {"workreport_search_key": "html"}
        assert {"config-inited", "doctree-resolved", "build-finished"} <= app.events
    finally:
        languages["zh"] = before


def test_the_book_uses_it():
    import yaml

    from .conftest import ROOT

    config = yaml.safe_load((ROOT / "_config.yml").read_text("utf-8"))
    assert "workreport.book.search" in config["sphinx"]["config"]["extensions"]
    assert config["sphinx"]["config"]["html_search_language"] == "zh"


#: Plain texts (no dictionary word can occur in them) with jieba's corner cases: its
#: block characters (+#&._%-), decimals and percentages, whitespace runs, other scripts.
PLAIN = [
    "One more sentence.", "", " ", "a", "GDP per capita rose 10.5% in 2014-15; a_b c.d.e",
    "C-3PO at 3.5%% and 1.2.3 -- x+y=z #tag & R&D \r\n\ttabs  and\u3000ideographic space",
    "naïve café – em — dash ’quotes’ “double” … ×→ ＡＢＣ１２３ カタカナ 한국어 Ελληνικά",
    "report_id, data/processed/numbers.csv: {doc}`methods` ![alt](x.png) <b>x</b>",
    "...--..%%&&##++__", "1.5.6% 12%3 .5 5. a1.2b",
]


def test_plain_cut_is_jiebas_cut():
    """A text with no CJK character and none of the dictionary's few other words splits
    without the dictionary exactly as jieba splits it (here against jieba itself, over
    the corner cases and every line of the hand-written pages that qualifies)."""
    import jieba

    from .conftest import ROOT

    lines = [ln for page in sorted((ROOT / "book").glob("*.md"))
             for ln in page.read_text("utf-8").splitlines()]
    texts = [t for t in [*PLAIN, *lines] if not search.DICT_CHARS.search(t)]
    assert len(texts) > 100
    tokenizer = jieba.Tokenizer()
    for text in texts:
        assert search.plain_cut(text) == list(tokenizer.cut_for_search(text)), text


def test_jiebas_patterns_and_dictionary_are_what_the_plain_cut_assumes():
    """Fails when a jieba release changes its patterns or its dictionary gains a word
    without a CJK character: PLAIN_DICT_WORDS and plain_cut must then follow."""
    import jieba
    import jieba.finalseg

    assert search._HAN.pattern == jieba.re_han_default.pattern
    assert search._SKIP.pattern == jieba.re_skip_default.pattern
    assert search._HMM_SKIP.pattern == jieba.finalseg.re_skip.pattern
    assert search._USER_WORD.pattern == jieba.re_userdict.pattern
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    plain = {w for w, f in tokenizer.FREQ.items() if f and not search.DICT_CHARS.search(w)}
    assert plain == set(search.PLAIN_DICT_WORDS)


def test_a_dictionary_word_without_cjk_is_not_cut_plainly(tmp_path):
    words = tmp_path / "words.txt"
    words.write_text("解放碑商圈 5\nPM2.5 3 n\n", encoding="utf-8")
    lang = search.LinearSearchChinese({"dict": str(words)})
    assert "PM2.5" in lang._plain_words and "解放碑商圈" not in lang._plain_words
    reference = _Reference({"dict": str(words)})
    for text in ("C++ and C# at AT&T", "PM2.5 levels fell", "解放碑商圈 grew"):
        assert lang.split(text) == reference.split(text)
    assert lang._loaded


def test_the_memo_splits_as_jieba_without_loading_it(tmp_path):
    texts = [*TEXTS, "解放碑商圈的地区生产总值", "Only English here."]
    first = search.LinearSearchChinese({})
    first.memo_read = True
    for i, text in enumerate(texts):
        first.page = f"page{i % 2}"
        first.split(text)
    memo = tmp_path / search.MEMO
    first.save_memo(memo, "key", {"page0", "page1"})
    again = search.LinearSearchChinese({})
    again.load_memo(memo, "key")
    assert [again.split(t) for t in texts] == [_Reference({}).split(t) for t in texts]
    assert not again._loaded  # jieba's dictionary was never needed
    # Another key (jieba or the words file changed) is not read; a page gone is dropped.
    other = search.LinearSearchChinese({})
    other.load_memo(memo, "other")
    assert other._memo == {}
    again.save_memo(memo, "key", {"page1"})
    assert set(pickle.loads(memo.read_bytes())["pages"]) == {"page1"}


def test_search_key_follows_the_words_file(tmp_path):
    words = tmp_path / "words.txt"
    assert search.search_key(str(words)) == search.search_key(None)
    words.write_text("解放碑商圈\n", encoding="utf-8")
    key = search.search_key(str(words))
    words.write_text("解放碑\n", encoding="utf-8")
    assert len({key, search.search_key(str(words)), search.search_key(None)}) == 3
