"""The glossary: real terms, and an English label for every Yuzhong indicator."""

from __future__ import annotations

import csv
import dataclasses

import pytest

from workreport.extract.ingest import load
from workreport.glossary import COLUMNS, PACKAGED, load_glossary

from .conftest import ROOT, SHARED

GLOSSARY = PACKAGED


@pytest.fixture(scope="module")
def texts() -> str:
    import yaml

    cat = yaml.safe_load((ROOT / "data" / "reports.yml").read_text(encoding="utf-8"))
    return "\n".join(load(ROOT / "data" / r["file"]).text for r in cat["reports"])


@pytest.fixture(scope="module")
def corpus_texts() -> list[str]:
    """The texts of the non-reserved reports of ../shared (``bench/label_diff.report_files``):
    a term of a report outside the default book (session 71: 贫困发生率 of the county reports)
    is listed by the glossary page of a book that holds it. Skipped without ../shared."""
    from tests.test_label_sample import bench_module

    files = bench_module("label_diff").report_files() if SHARED.is_dir() else []
    if not files:
        pytest.skip("no ../shared beside the checkout")
    return [f.read_text("utf-8") for f in files]


def test_columns_and_no_duplicates():
    rows = list(csv.DictReader(GLOSSARY.open(encoding="utf-8")))
    assert tuple(rows[0].keys()) == COLUMNS
    terms = [r["term"] for r in rows]
    assert len(terms) == len(set(terms))
    assert all(r["pinyin"] and r["english"] for r in rows)
    # Plain words (the key-term vocabulary) need no explanation; every other term has one.
    assert all(r["explanation"] for r in rows if r["category"] != "word")
    assert {r["category"] for r in rows} <= {"indicator", "policy", "place", "institution",
                                             "word", "unit", "qualifier"}


def test_every_term_occurs_in_a_report(texts, corpus_texts):
    """In a report of the default book or of the shared corpus (session 71)."""
    missing = [t for t in load_glossary(GLOSSARY)
               if t not in texts and not any(t in c for c in corpus_texts)]
    assert not missing, missing[:10]


# Session 71 (tester 70, item 5): labels of county and provincial reports that read wrong or
# had no English; each now has curated English, and a longer label built on it reads through it.
CURATED = {
    "贫困发生率": "Poverty incidence",
    "户籍人口城镇化率": "Urbanisation rate of the registered population",
    "稳定脱贫户": "Households steadily out of poverty",
    "建设改造农村公路": "Rural roads built or upgraded",
    "服务业在国内生产总值中的比重": "Services as a share of GDP",
    "新登记注册企业": "Newly registered enterprises",
    "封山育林": "Closing hillsides for forest regrowth",
    "地表水国考断面水质优良比例":
        "Share of state-assessed surface-water sections with good water quality",
    "改造老旧小区": "Old residential communities renovated",
}


@pytest.mark.parametrize(("term", "want"), CURATED.items())
def test_the_commonest_county_labels_have_curated_english(term, want):
    from workreport.glossary import english

    assert english(term, load_glossary(GLOSSARY)) == want


@pytest.mark.parametrize(("label", "want"), [
    ("全镇贫困发生率", "poverty incidence"),
    ("五年累计封山育林", "Closing hillsides for forest regrowth"),
    ("乡村高新技术产业增加值", "high-tech industries' value added"),
])
def test_a_longer_label_reads_through_a_curated_term(label, want):
    from workreport.glossary import english_or_gloss

    assert want in english_or_gloss(label, load_glossary(GLOSSARY))


@pytest.mark.parametrize("term", ["四社一工", "八项规定", "四风", "营业税改增值税", "五大功能区",
                                  "都市功能核心区", "“1+3”功能定位", "两极引领、多点支撑",
                                  "首善之区", "人生关怀"])
def test_policy_terms_of_the_yuzhong_report(term):
    row = load_glossary(GLOSSARY).get(term)
    assert row and row["english"] and row["pinyin"]


def test_every_yuzhong_indicator_has_an_english_label(yuzhong):
    g = load_glossary(GLOSSARY)
    labels = sorted(set(yuzhong.tables["indicators"].indicator))
    missing = [x for x in labels if not g.english(x)]
    assert not missing, missing


def test_key_terms_of_both_books_have_english():
    """The themes heatmaps and every chapter's key-term table label their terms in English:
    the glossary covers what they pick out of the two reports with chapters."""
    from tests.extracted import NATIONAL, YUZHONG, extracted_tables
    from workreport import display, terms

    g = load_glossary(GLOSSARY)
    t = dataclasses.replace(extracted_tables(), glossary=g)  # as the book loads them
    picked: set[str] = set()
    for rid in (YUZHONG, NATIONAL):
        for roles in (["review"], ["plan"]):
            texts = display.section_texts(t, rid, roles)
            picked |= set(terms.term_matrix(texts, top=3, glossary=g).index)
        for section in t.sections.loc[t.sections["report_id"] == rid, "section"]:
            picked |= set(display.key_terms(t, rid, section)["term"])
    missing = sorted(x for x in picked if not g.english(x))
    # A few segmentation fragments (中提质 from 在……中提质) are not words to translate.
    assert len(missing) <= 0.02 * len(picked), missing


# ----------------------------------------------------------------------------- the chain


CHAIN = {"地区生产总值": {"english": "GDP (regional)"},
         "公共财政预算收入": {"english": "General budget revenue"},
         "民生资金": {"english": "Spending on people's livelihoods"},
         "公共财政预算支出": {"english": "General budget expenditure"},
         "国内生产总值": "GDP (national)",  # a bare string is an English label too
         "化解": "resolved"}


@pytest.mark.parametrize(("term", "want"), [
    ("地区生产总值", "GDP (regional)"),  # 1. exact term
    ("民生资金占公共财政预算支出比重",  # 2. composed phrase, mid-phrase capital lowered
     "Spending on people's livelihoods as a share of general budget expenditure"),
    ("民生资金占国内生产总值比重", "Spending on people's livelihoods as a share of GDP (national)"),
    ("生产总值", "GDP"),  # 3. the GDP family: no entry of its own, key GDP
    ("区级公共财政预算收入", "General budget revenue"),  # 4. the normalised key
    ("电梯", ""),  # 5. the fallback
    ("办理地区生产总值", "GDP (regional) handled"),  # a kept verb (labels.yml, round 14)
    # 对…开展X: the counted things with what was done to them; the part the template
    # opens with keeps its capital, the other part is lowered
    ("开展民生资金的公共财政预算收入",
     "General budget revenue (spending on people's livelihoods)"),
    # a part already done put first (labelalready, round 73) reads as the run-on form did
    ("已化解的民生资金", "Spending on people's livelihoods, resolved"),
    ("民生资金已化解", "Spending on people's livelihoods, resolved"),
])
def test_one_chain_for_every_label(term, want):
    from workreport.glossary import Glossary, english

    assert english(term, CHAIN) == want
    assert Glossary(CHAIN).english(term) == want  # extraction's glossary: the same chain
    assert english("电梯", CHAIN, fallback="?") == "?"


def test_a_comparison_labels_rows_by_their_key():
    """地区生产总值 and 国内生产总值 rows of one comparison both read "GDP"; a row whose
    key has no label keeps its own."""
    import pandas as pd

    from workreport.glossary import indicator_key, key_english

    rows = pd.DataFrame({"indicator": ["地区生产总值", "国内生产总值", "电梯"],
                         "english": ["GDP (regional)", "GDP (national)", "Lifts"]})
    rows["key"] = rows["indicator"].map(indicator_key)
    assert key_english(rows, CHAIN) == ["GDP", "GDP", "Lifts"]


def test_key_words_are_vocabulary():
    from workreport import vocab
    from workreport.glossary import GDP_SYNONYMS, indicator_key

    words = vocab.load("labels")
    assert "gdp_synonyms" not in words  # one list says which labels are GDP: indicators.yml
    assert set(vocab.load("indicators")["codes"]["gdp"]["names"]) == GDP_SYNONYMS
    assert all(indicator_key(f"{p}财政收入") == "财政收入" for p in words["key_prefixes"])


def test_the_gdp_family_is_one_list_for_keys_and_codes():
    """Every name of gross product has the key GDP and the code gdp; other words for the
    economy's growth keep a key of their own (经济增长 is not paired as GDP)."""
    from workreport.extract.codes import code_for
    from workreport.glossary import GDP, GDP_SYNONYMS, indicator_key

    assert {"地区生产总值", "国内生产总值", "生产总值", "GDP"} <= GDP_SYNONYMS
    for name in GDP_SYNONYMS:
        assert indicator_key(name) == GDP
        assert code_for(name) == "gdp"
        assert indicator_key(f"全区{name}") == GDP
    assert code_for("经济增长") == "gdp"
    assert indicator_key("经济增长") == "经济增长"


def test_a_label_takes_a_words_first_sense():
    """企业's entry gives two senses for the glossary page; a label reads one."""
    from workreport.glossary import english

    assert english("企业", {"企业": {"english": "enterprises; firms"}}) == "enterprises"
    assert english("地区生产总值", {"地区生产总值": "GDP (regional)"}) == "GDP (regional)"


def test_explanations_stating_a_reports_figures_name_that_report():
    """An explanation that states a figure of a report's year ("… (7 in 2013)", "(target
    5)", "in the national report") names the report in ``facts_of``, so a book without
    that report leaves it out (session 69, tester: a book of Chengde and Chongqing
    printed Yuzhong's "37,000 square metres in 2013"). Each id names a shipped report."""
    import re

    import yaml

    cat = yaml.safe_load((ROOT / "data" / "reports.yml").read_text(encoding="utf-8"))
    ids = {r["id"] for r in cat["reports"]}
    rows = list(csv.DictReader(GLOSSARY.open(encoding="utf-8")))
    states = re.compile(r"\b(in|by|for) 201[34]\b|\d in 201[34]\)|\(target|national report"
                        r"|the report (counts|names|writes)|Yuzhong\b.*\b201[34]\b")
    history = {"清风半岛", "中国上海自由贸易试验区"}  # a date of history, true in any book
    untagged = [r["term"] for r in rows if states.search(r["explanation"])
                and r["category"] not in ("word", "unit", "qualifier") and not r["facts_of"]
                and r["term"] not in history]
    assert not untagged, untagged
    assert {i for r in rows for i in r["facts_of"].split()} <= ids
    by_term = {r["term"]: r["facts_of"] for r in rows}
    assert by_term["改造车行道和人行道"] == "yuzhong-2014"
    assert by_term["省份开展大病医疗保险试点"] == "national-statecouncil-2014"
    assert by_term["地区生产总值"] == ""  # true of any report


def test_a_book_lists_every_term(texts, corpus_texts):
    """Every term is on the glossary page of a book that holds its report (the default book
    or one of a shared corpus report): each occurs in a report, a place where a word starts
    (book.extras.used_terms)."""
    from workreport.book.extras import used_terms

    g = load_glossary(GLOSSARY)
    places = [t for t, r in g.items() if r["category"] == "place"]
    assert used_terms(list(g), [texts, *corpus_texts], places) == set(g)
