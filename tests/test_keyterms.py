"""A section's key terms in English (``keyterms.term_english``): session 70, tester: main key
terms of a report's page read in Chinese alone."""

from __future__ import annotations

import pandas as pd
import pytest

from workreport import dataset
from workreport.chartstyle import term_label
from workreport.glossary import default_glossary
from workreport.keyterms import term_english
from workreport.sectionterms import key_terms
from workreport.vocab import load


@pytest.mark.parametrize(("term", "english"), [
    ("严格", "strict"), ("深化", "to deepen"), ("养老金", "pensions"),
    ("算力", "computing power"),  # CC-CEDICT's "hash rate" misleads
    ("互通", "interchange"),  # alone, an expressway's (高速互通); 互联互通 is its own word
])
def test_a_key_term_reads_its_curated_sense(term, english):
    assert term_english(term, default_glossary()) == english


def test_the_glossary_and_places_win_and_the_rest_keeps_the_chain():
    g = default_glossary()
    assert term_english("地区生产总值", g) == g.english("地区生产总值")
    assert term_english("新加坡", g) == "Singapore"
    # A word the senses leave out keeps the chain's answer: a marked gloss, or nothing.
    assert "起来" not in load("keyterms")["senses"]
    assert term_english("起来", g) == ""


def test_no_sense_repeats_the_chain_or_reads_as_a_sentence():
    """A sense is for a word the chain leaves without English, and is a word's gloss."""
    g = default_glossary()
    for term, sense in load("keyterms")["senses"].items():
        assert not g.english(term), term
        assert sense == sense.strip() and not sense.endswith(".") and len(sense.split()) <= 6


def _tables() -> dataset.Tables:
    """A report with two review sections of invented sentences."""
    texts = {"p1.s1": "标准更加严格。要求十分严格。措施非常严格。养老金按时发放。",
             "p1.s2": "修建公路。修建桥梁。修建学校。扩大绿地。"}
    sections = pd.DataFrame({"report_id": "r", "section": list(texts), "part": 1,
                             "role": "review", "text": list(texts.values())})
    empty = pd.DataFrame()
    return dataset.Tables(empty, sections, empty, empty, empty, glossary=default_glossary())


def test_a_sections_key_terms_table_gives_the_english():
    terms = key_terms(_tables(), "r", "p1.s1")
    english = dict(zip(terms["term"], terms["english"], strict=True))
    assert (english["严格"], english["养老金"]) == ("strict", "pensions")


def test_the_heatmap_labels_a_key_term_in_english():
    assert term_label("严格", default_glossary()) == "严格 · strict"
    assert term_label("严格", None) == "严格"


def test_a_great_cause_is_no_exploit():
    """Second tester 70: 伟业 read "Exploit" (CC-CEDICT's first sense, by the gloss)."""
    from workreport.keyterms import term_english

    assert term_english("伟业") == "great cause" and term_english("东北地区") == "Northeast China"
