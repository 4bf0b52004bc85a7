"""Key terms and places read in English where anything knows them (session 69, tester 69
item 3): before, a key-term table took only the glossary's chain (45% of Nanjing's and the
State Council's terms had none: 实验室, 医院, 枢纽) and places had no English at all
(新加坡, 香港 in Chinese alone)."""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd

from workreport import display, figuretext, findings, prose
from workreport.gloss import MARK
from workreport.glossary import english_or_gloss, place_english


def test_provinces_regions_and_countries_have_english():
    assert place_english("新加坡") == "Singapore"
    assert place_english("香港特别行政区") == "Hong Kong"
    assert place_english("江苏省") == "Jiangsu"
    assert place_english("新疆维吾尔自治区") == "Xinjiang"
    assert place_english("南京市") == "" == place_english("城市")
    # the glossary still wins, and a place needs no mark: it is curated
    assert english_or_gloss("香港", {"香港": {"english": "Hong Kong SAR"}}) == "Hong Kong SAR"
    assert english_or_gloss("新加坡", {}) == "Singapore"


def test_a_key_term_takes_the_curated_sense_or_a_marked_gloss():
    assert english_or_gloss("实验室", {}) == "Laboratories" + MARK
    assert english_or_gloss("医院", {}) == "Hospitals" + MARK


def test_the_place_table_has_an_english_column():
    named = display.named_places(SimpleNamespace(glossary={}), "赴德国、新加坡、香港推介招商。")
    assert list(named.columns) == ["place", "english", "mentions"]
    assert dict(zip(named["place"], named["english"], strict=True)) == {
        "德国": "Germany", "新加坡": "Singapore", "香港": "Hong Kong"}


def test_prose_names_places_and_terms_in_english():
    empty = pd.DataFrame(columns=["kind", "measure", "change", "change_unit", "indicator"])
    lines = prose.section_reading(empty, "题", ["新加坡", "香港"], ["实验室"], glossary={})
    assert "It names 2 places or projects: Singapore (新加坡) and Hong Kong (香港)." in lines[1]
    assert lines[2] == "Its most distinctive terms are laboratories (实验室; automatic gloss)."
    found = findings.section_findings(pd.DataFrame(columns=["kind"]), "题", "plan",
                                      terms=["实验室"], places=["新加坡"], glossary={})
    assert "laboratories (实验室; automatic gloss)" in found[0]
    assert found[1] == "It names Singapore (新加坡)."


# Tester 73 (D-C8): the readings' English.
_TERMS = {"重点项目": {"english": "Key projects"}, "两江": {"english": "The two rivers"},
          "山城": {"english": "Mountain City"}, "企业": {"english": "enterprises; firms"}}


def test_a_reading_names_its_words_in_lower_case_inside_a_sentence_and_terms_as_their_table():
    empty = pd.DataFrame(columns=["kind", "measure", "change", "change_unit", "indicator"])
    lines = prose.section_reading(empty, "题", ["两江", "山城", "新加坡"],
                                  ["企业", "重点项目", "抽水", "蓄能"], glossary=_TERMS)
    assert lines[1] == ("It names 3 places or projects: the two rivers (两江), Mountain City "
                        "(山城) and Singapore (新加坡).")
    # the key terms as the table beside gives them (keyterms.term_english), not 抽水 alone
    assert lines[2] == ("Its most distinctive terms are enterprises (企业), key projects "
                        "(重点项目), pumped storage (抽水) and energy storage (蓄能).")
    found = findings.section_findings(pd.DataFrame(columns=["kind"]), "题", "review",
                                      terms=["抽水"], places=["两江"], glossary=_TERMS)
    assert "are pumped storage (抽水)." in found[0]
    assert found[1] == "It names the two rivers (两江)."


def test_a_sentence_opens_with_a_capital_and_its_verb_agrees_with_a_plural_label():
    row = {"indicator": "重点项目", "english": "Key projects", "kind": "actual", "year": 2023,
           "change": float("nan"), "level": 226.0, "level_unit": "个", "level_qualifier": ""}
    assert prose.describe_change(row) == "Key projects (重点项目) were 226 (226个) in 2023."
    target = {**row, "indicator": "省重点项目", "english": "Provincial key projects",
              "kind": "target", "year": 2024, "level": 50.0}
    assert prose.describe_change(target).startswith(
        "Provincial key projects (省重点项目) are to reach 50")
    signed = {**row, "indicator": "累计签约项目", "english": "Projects signed", "level": 403.0}
    assert prose.describe_change(signed).startswith("Projects signed (累计签约项目) were 403")
    added = {**row, "indicator": "新增企业", "english": "enterprises added", "level": float("nan"),
             "change": 31.3, "change_unit": "%", "change_qualifier": ""}
    assert prose.describe_change(added) == "Enterprises added (新增企业) grew 31.3% in 2023."
    grow = {**added, "kind": "target", "year": 2024}
    assert prose.describe_change(grow).startswith("Enterprises added (新增企业) are to grow")
    one = {**row, "indicator": "地区生产总值", "english": "GDP", "level": 804.2,
           "level_unit": "亿元"}
    assert prose.describe_change(one).startswith("GDP (地区生产总值) was 80.42 billion yuan")
    for en, plural in (("Total retail sales of consumer goods", True), ("Logistics", False),
                       ("Investment in fixed assets", False), ("Business", False),
                       ("New science and technology backyards", True),
                       ("Projects planned and held in reserve", True),
                       ("Industrial enterprises above designated size added", True)):
        assert figuretext.many({"english": en}) is plural, en


def test_names_keep_their_capital_inside_a_sentence():
    """Re-test 73: "china (中国)", "chengdu-Chongqing economic circle", "people's Congress
    deputies" lost the capital of a name; "Phasing out" kept one it should lose."""
    from workreport.figuretext import mid_sentence

    assert mid_sentence("China") == "China"
    assert mid_sentence("Chengdu-Chongqing economic circle") == \
        "Chengdu-Chongqing economic circle"
    assert mid_sentence("People's Congress deputies") == "People's Congress deputies"
    assert mid_sentence("Liangjiang New Area") == "Liangjiang New Area"
    assert mid_sentence("Phasing out") == "phasing out"
    assert mid_sentence("Internet users") == "internet users"
    assert mid_sentence("Key projects") == "key projects"
