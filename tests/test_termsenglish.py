"""Key terms and places read in English where anything knows them (session 69, tester 69
item 3): before, a key-term table took only the glossary's chain (45% of Nanjing's and the
State Council's terms had none: 实验室, 医院, 枢纽) and places had no English at all
(新加坡, 香港 in Chinese alone)."""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd

from workreport import display, findings, prose
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
    assert lines[2] == "Its most distinctive terms are Laboratories (实验室; automatic gloss)."
    found = findings.section_findings(pd.DataFrame(columns=["kind"]), "题", "plan",
                                      terms=["实验室"], places=["新加坡"], glossary={})
    assert "Laboratories (实验室; automatic gloss)" in found[0]
    assert found[1] == "It names Singapore (新加坡)."
