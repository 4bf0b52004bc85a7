"""Automatic glosses (session 68): labels the glossary does not know read in English, marked,
from one glosser that tables, charts, prose and titles share; curated English always wins."""

from __future__ import annotations

import pandas as pd

from workreport import chartstyle, gloss, prose
from workreport.gloss import MARK, SHORT_MARK, chart_text, marked, split_mark
from workreport.glossary import english_or_gloss, with_english
from workreport.titles import english_title, title_pair

MINE = {"公路": {"english": "Motorways; roads"}, "建设": {"english": "build"}}


def test_a_known_term_wins_over_the_dictionary():
    # CC-CEDICT reads 公路 "highway"; the glossary's first sense is used, lower-cased
    # mid-phrase, and the final 投资 comes first.
    assert gloss.gloss("公路建设投资", MINE) == "Investment in motorways construction"
    assert english_or_gloss("公路", MINE) == "Motorways"  # curated: no mark


def test_an_unknown_word_gets_cc_cedicts_sense():
    assert gloss.gloss("多晶硅", {}) == "Polycrystalline silicon"
    assert gloss.gloss("总收入", {}) == "Gross income"
    # A noun reading before a verb's: 投资 "investment", not "to invest".
    assert gloss.gloss("农村公路投资", {}) == "Investment in rural area highway"


def test_of_and_lists_in_english_order():
    # 覆盖率 is a head noun (vocab/gloss.yml heads), 的 reads "of" (its ``of``).
    assert gloss.gloss("全市的森林覆盖率", {}) == "Coverage of forest of whole city"
    assert gloss.gloss("公园、公路投资", {}) == "Investment in park and highway"


def test_no_gloss_from_lone_characters_or_unknown_words():
    # 省 alone read "save" and 额 "forehead" before lone characters were curated only.
    assert gloss.gloss("无词", {}) == ""
    assert gloss.gloss("ABC", {}) == ""
    assert gloss.gloss("省级公园", {}) == "Provincial-level park"


def test_the_mark_is_on_every_gloss_and_short_on_charts():
    en = english_or_gloss("多晶硅", {})
    assert en == "Polycrystalline silicon" + MARK == marked("多晶硅", {})
    assert split_mark(en) == ("Polycrystalline silicon", True)
    rows = pd.DataFrame({"indicator": ["多晶硅", "公路"], "indicator_en": ["", "Roads"]})
    assert list(with_english(rows, MINE)["english"]) == [en, "Roads"]
    assert prose.name({"indicator": "多晶硅", "english": en}) == \
        "Polycrystalline silicon (多晶硅; automatic gloss)"
    assert prose.name({"indicator": "公路", "english": "Roads"}) == "Roads (公路)"
    assert chartstyle.label("多晶硅", en) == "Polycrystalline silicon\n(auto)\n多晶硅"
    long = "Investment in " + "very " * 20 + "long things" + MARK
    assert chart_text(long).endswith("…" + SHORT_MARK) and len(chart_text(long)) <= 48
    assert chart_text("GDP") == "GDP"


def test_titles_use_the_same_glosser():
    zh = "加快多晶硅产业建设，全市的森林覆盖率"
    assert english_title(zh, {}, MINE) == (gloss.gloss(zh, MINE), True)
    assert title_pair(zh, {}, MINE) == f"{gloss.gloss(zh, MINE)}{MARK} · {zh}"
    assert english_title(zh, {zh: "Written by hand"}, MINE) == ("Written by hand", False)


def test_the_dictionary_is_read_once():
    assert gloss._cedict() is gloss._cedict()
    assert len(gloss._cedict()) > 100_000


def test_yuzhong_tables_keep_their_curated_english(yuzhong):
    """The shipped Yuzhong book is unchanged: every label has curated English, so the book's
    English column is the extractor's ``indicator_en`` and no row holds a gloss."""
    rows = yuzhong.tables["indicators"]
    shown = with_english(rows)["english"]
    assert (shown == rows["indicator_en"]).all()
    assert not shown.str.endswith(MARK).any()
