"""Automatic glosses (session 68): labels the glossary does not know read in English, marked,
from one glosser that tables, charts, prose and titles share; curated English always wins."""

from __future__ import annotations

import csv
import os
import re

import pandas as pd
import pytest

from workreport import cedict, chartstyle, gloss, prose
from workreport.gloss import MARK, SHORT_MARK, chart_text, marked, split_mark
from workreport.glossary import default_glossary, english, english_or_gloss, with_english
from workreport.titles import english_title, title_pair

from .conftest import data_cases

MINE = {"公路": {"english": "Motorways; roads"}, "建设": {"english": "build"},
        "港口": {"english": "Seaports; harbours"}}


def test_a_known_term_wins_over_the_dictionary():
    # CC-CEDICT reads 港口 "port"; the glossary's first sense is used, lower-cased
    # mid-phrase, and the final 投资 comes first. gloss.yml's own words win over both.
    assert gloss.gloss("港口建设投资", MINE) == "Investment in seaports construction"
    assert gloss.gloss("公路建设投资", MINE) == "Investment in roads construction"
    assert english_or_gloss("公路", MINE) == "Motorways"  # curated: no mark


def test_an_unknown_word_gets_cc_cedicts_sense():
    assert gloss.gloss("多晶硅", {}) == "Polycrystalline silicon"
    assert gloss.gloss("总收入", {}) == "Gross income"
    # A noun reading before a verb's: 投资 "investment", not "to invest".
    assert gloss.gloss("农村公路投资", {}) == "Investment in rural roads"


def test_of_and_lists_in_english_order():
    # 覆盖率 is a head noun (vocab/gloss.yml heads), 的 reads "of" after a noun (its ``of``).
    assert gloss.gloss("全市的森林覆盖率", {}) == "Coverage of forest of the whole city"
    assert gloss.gloss("贫困人口的收入", {}) == "Income of poor population"
    assert gloss.gloss("公园、公路投资", {}) == "Investment in parks and roads"


def test_no_gloss_from_lone_characters_or_unknown_words():
    # 省 alone read "save" and 额 "forehead" before lone characters were curated only.
    assert gloss.gloss("无词", {}) == ""
    assert gloss.gloss("ABC", {}) == ""
    assert gloss.gloss("省级公园", {}) == "Provincial-level parks"


# Labels of the non-reserved corpus the lead drew (session 68), with the gloss accepted as
# right; before, they read "Public culture sporting venue free bloom", "Growth of same public
# budget take in", "Smelting iron production capacity of wash out backward", …
LEAD_DRAWN = {
    "公共文化场馆免费开放": "Public cultural venues open free of charge",
    "一般公共预算收入增速": "Growth rate of general public budget revenue",
    "淘汰落后的炼铁产能": "Phasing out outdated iron-smelting capacity",
    "办理群众来电来信和网友留言":
        "Handling calls and letters from the public and netizens' messages",
    "重点开发区": "Key development zones",
    "建成三级医院的县比例": "Proportion of counties completing tertiary hospitals",
    "选派服务企业的科技特派员":
        "Selecting science and technology commissioners serving enterprises",
    "新建改造乡镇商贸中心、集贸市场等":
        "Building and renovating township commercial centres and farmers' markets",
    "示范村建设": "Demonstration village construction",
    "设立法律顾问的乡镇": "Township setting up legal advisers",
    "出口额": "Export amount",
    "天然气产量": "Natural gas output",
}


@pytest.mark.parametrize(("zh", "en"), sorted(LEAD_DRAWN.items()))
def test_the_lead_drawn_labels_read_right(zh, en):
    assert gloss.gloss(zh, default_glossary()) == en


def test_the_curated_senses_are_sorted_and_every_verb_has_one():
    rules = cedict.rules()
    for part in ("words", "verbs"):
        assert list(rules[part]) == sorted(rules[part]), part
    g = default_glossary()
    assert [v for v in rules["verbs"] if v not in rules["words"] and v not in g] == []
    assert len(rules["words"]) >= 400


def test_no_dictionary_guess_for_a_verb_or_a_word_of_many_senses():
    # CC-CEDICT's first senses: 开放 "to bloom", 灌溉 "to irrigate", 住院 "to be in hospital"
    # (read "be" once a place's " in " was cut). A word the curated list lacks gets no
    # dictionary verb and, with two characters and many senses, nothing; the label no gloss.
    assert cedict.sense("开放") == ""
    assert cedict.sense("灌溉") == ""
    assert gloss.gloss("新增灌溉面积", {}) == ""
    assert gloss.gloss("补偿大病住院患者", {}) == ""
    assert cedict.sense("多晶硅") == "polycrystalline silicon"


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
    zh = "加快多晶硅产业建设"
    en = "Accelerating the building of polycrystalline silicon industries"
    assert english_title(zh, {}, MINE) == (en, True)
    assert title_pair(zh, {}, MINE) == f"{en}{MARK} · {zh}"
    assert english_title(zh, {zh: "Written by hand"}, MINE) == ("Written by hand", False)


def test_a_word_is_said_once_but_its_neighbours_keep_theirs():
    from workreport.glosswords import done, said_once

    assert said_once(["air", "good-air days"]) == ["good-air days"]
    assert said_once(["practical projects", "projects"]) == ["practical projects"]
    # not a word the sense before holds elsewhere than at its end, nor a joining word
    assert said_once(["high technology", "high", "products"]) == \
        ["high technology", "high", "products"]
    assert said_once(["a and b", "and", "c"]) == ["a and b", "and", "c"]
    assert done("put into production") and done("newly completed") and done("opened to traffic")
    assert not done("installed capacity") and not done("breed") and not done("skilled workers")
    # a participle qualifying a noun keeps the head's "of"
    assert gloss.gloss("园区建成面积", default_glossary()) == "Area of industrial parks completed"
    assert gloss.gloss("清洁能源装机容量占比", default_glossary()) == \
        "Share of clean energy installed capacity"


def test_the_dictionary_is_read_once():
    assert cedict.entries() is cedict.entries()
    assert len(cedict.entries()) > 100_000


def test_yuzhong_tables_keep_their_curated_english(yuzhong):
    """The shipped Yuzhong book is unchanged: every label has curated English, so the book's
    English column is the extractor's ``indicator_en`` and no row holds a gloss."""
    rows = yuzhong.tables["indicators"]
    shown = with_english(rows)["english"]
    assert (shown == rows["indicator_en"]).all()
    assert not shown.str.endswith(MARK).any()


# The fault classes a judge found in glosses of reports no rule was drawn from (session 68),
# each checked on invented labels (tests/data/gloss_faults.csv, with the gloss before).
FAULT_CLASSES = {r["label"]: r["gloss"] for r in data_cases("gloss_faults.csv")}


@pytest.mark.parametrize(("zh", "en"), sorted(FAULT_CLASSES.items()))
def test_the_judged_fault_classes_are_mended(zh, en):
    assert gloss.gloss(zh, default_glossary()) == en


def test_a_word_the_sense_before_already_holds_is_not_repeated():
    # 江北 is "Chongqing's main airport" in the glossary: 江北机场 read "… airport airport"
    # (session 68). An invented term the same way; a word said twice in a row once.
    mine = {"江南": {"english": "the south bank's airport"}}
    assert gloss.gloss("江南机场国际航线", mine) == "The south bank's airport international routes"
    assert gloss._phrase([("甲", "old-age insurance"), ("乙", "insurance coverage rate")]) == \
        "old-age insurance coverage rate"
    assert gloss._phrase([("甲", "above size"), ("乙", "above size"), ("丙", "firms")]) == \
        "above size firms"


def test_a_quoted_name_is_never_read_from_the_dictionary():
    # Inside quotes only curated senses: 飞龙 is "wyvern" to CC-CEDICT, unquoted too.
    assert gloss._words("“飞龙”", {}) == [("飞龙", None)]
    assert gloss._words("飞龙", {}) == [("飞龙", "wyvern")]
    assert gloss._words("红旗", {}) == [("红旗", None)]  # gloss.yml names


# A gloss cut short: it ends in a preposition, an article or "and", or has an empty part.
_CUT = re.compile(r"(?:^|\s)(?:a|an|and|as|at|by|for|from|in|into|of|on|or|per|than|the|to)"
                  r"$|\s\s|^\s|\s$|;\s*;|;\s*$|^;")


def _labels() -> list[str]:
    """The glossary's terms (glossed without it, word by word) and, where
    ``WORKREPORT_GLOSS_LABELS`` names a TSV with an ``indicator`` column (the lead's dump of
    the non-reserved corpus), its labels."""
    labels = list(default_glossary())
    path = os.environ.get("WORKREPORT_GLOSS_LABELS")
    if path:
        with open(path, encoding="utf-8", newline="") as fh:
            labels += sorted({r["indicator"] for r in csv.DictReader(fh, delimiter="\t")})
    return labels


def test_no_gloss_is_cut_short():
    g = default_glossary()
    cut = [(zh, en) for zh in _labels() for en in (gloss.gloss(zh, {}), gloss.gloss(zh, g))
           if en and any(_CUT.search(p) for p in en.split("; "))]
    assert cut == []
    assert all(_CUT.search(s) for s in ("Renovating area of ", "All kinds of", "a;  b"))


# Words a gloss of a government report never holds unless the label means them: calques of a
# lone character's or a dictionary's literal first sense (性 "sex", 站点 "website", 机器人
# "mechanical person", 额 "forehead", 开放 "bloom", 族 "clan", quoted names). "person" is
# kept in "person-times" (人次), "legal person" (法人) and "per person". Session 68.
_CALQUES = re.compile(r"\b(?:sex|sexual|sexy|websites?|forehead|blooms?|blooming|clans?|"
                      r"mechanical|wyvern|male eagle|red flag)\b"
                      r"|(?<!legal )(?<!per )\bperson\b(?!-)", re.IGNORECASE)


def test_no_gloss_holds_a_calque():
    g = default_glossary()
    labels = [*_labels(), *FAULT_CLASSES, *LEAD_DRAWN]
    calques = [(zh, en) for zh in labels for en in (gloss.gloss(zh, {}), gloss.gloss(zh, g))
               if _CALQUES.search(en)]
    assert calques == []
    assert all(_CALQUES.search(s) for s in ("Fiscal sex education funds", "services website",
                                            "Industry mechanical person output"))
    assert not _CALQUES.search("Tourists person-times; legal person; per person; Sussex")


def test_a_bound_suffix_is_never_read_alone():
    # 性 after a word is that word's (财政性), never the opening of CC-CEDICT's 性教育 or
    # 性服务; a word with it that no list knows leaves the label without a gloss.
    assert gloss._words("地方性教育", {})[0] == ("地方性", "local")
    assert gloss._words("战术性服务", {})[0] == ("战术性", None)
    assert gloss._words("普惠型贷款", {})[0] == ("普惠型", "inclusive-type")
    # a dictionary word never runs into a curated one (楼面 "floor" into 面积 "area")
    assert gloss.gloss("单元楼面积", {}) == "Area of unit buildings"


@pytest.mark.parametrize(("zh", "en"), [
    # Session 71 (re-test 70): 新建 alone opening a count's label names new things.
    ("新建县级重点项目", "New county-level key projects"),
    ("新建城市公园", "New urban parks"),
    # Before another verb, under a head or before a new thing, it stays a verb.
    ("新建改造乡镇卫生院", "Building and renovating township health centres"),
    ("新建乡镇卫生院投资", "Investment in building township health centres"),
    ("新建新能源停车场", "Building new energy car parks"),
])
def test_new_things_read_new_not_building(zh, en):
    assert gloss.gloss(zh, default_glossary()) == en


# Session 73 (tester of Nanjing 2024 and the State Council 2015-2016, D7): glosses that misled,
# mended as classes. Invented labels of each class and the English a reader should get.
SESSION_73 = {
    # a newness word under a head, before a thing done: what is new, not "building" it
    "新建高速铁路投产里程": "Length of new high-speed railways put into operation",
    # a period opening a label goes last; 淘汰 + a material is its capacity
    "近五年淘汰水泥": "Phasing out cement capacity in the last five years",
    # an average a day under the label's end
    "新设立企业平均每天新增": "Average number of newly set up enterprises per day",
    # 获批 + a verb: approved for doing it; 入选 selected for; a scope word last
    "获批建设省级重点实验室": "Approved for building provincial-level key laboratories",
    "全域入选省级人才工程": "Selected for provincial-level talent programmes across the region",
    # a verb between nouns reads as its noun
    "外贸促进活动": "Foreign trade promotion activities",
    # "X covers Y" under a ratio: Y covered by X
    "高速公路覆盖大城市比例": "Proportion of major cities covered by expressways",
    # people before a noun are its owners
    "农民工技能培训任务": "Migrant workers' skills training tasks",
    # a label cut before its verb (…年均[增长], …五年累计[下降]): its figure is a change
    "财政收入年均": "Average annual change in fiscal revenue",
    "化学需氧量五年累计": "Cumulative change in chemical oxygen demand over five years",
    # a five-year total opening a label: the period last
    "五年累计新增城镇就业": "Newly added urban employment over five years",
}


def test_session_73_standard_indicators_have_curated_english():
    # D8: common indicators of national and city reports had none (R&D/GDP, FDI, broadband)
    g = default_glossary()
    assert english("研究与试验发展经费支出与国内生产总值之比", g) == \
        "R&D spending as a share of GDP"
    assert english("实际使用外商直接投资", g) == "Foreign direct investment actually used"
    assert english("对外直接投资", g) == "Outward direct investment"
    assert english("二氧化碳排放强度", g) == "Carbon dioxide emissions per unit of GDP"
    assert gloss.gloss("移动宽带用户", g) == "Mobile broadband subscribers"


@pytest.mark.parametrize(("zh", "en"), sorted(SESSION_73.items()))
def test_session_73_classes_read_right(zh, en):
    assert gloss.gloss(zh, default_glossary()) == en
