"""terms: jieba key terms and places, deterministic and silent."""

from __future__ import annotations

import pytest

from tests.extracted import YUZHONG, extracted_tables
from workreport import terms


@pytest.fixture(scope="module")
def review() -> dict[str, str]:
    s = extracted_tables().sections
    s = s[(s["report_id"] == YUZHONG) & (s["role"] == "review")]
    return dict(zip(s["section"], s["text"], strict=True))


def test_tfidf_ranks_section_specific_terms(review):
    top = terms.tfidf(review, top=10, glossary={})
    assert list(top.columns) == ["section", "rank", "term", "count", "score"]
    p12 = top[top["section"] == "p1.s2"]
    assert list(p12["rank"]) == list(range(1, 11))
    assert any("金融" in term for term in p12["term"]), list(p12["term"])
    assert any("公厕" in term for term in top[top["section"] == "p1.s5"]["term"])
    assert top["score"].gt(0).all()
    assert top.equals(terms.tfidf(review, top=10, glossary={}))


def test_tfidf_zero_for_words_in_every_section_and_ties_by_term():
    texts = {"a": "经济发展。金融改革。", "b": "经济发展。交通建设。", "c": "经济发展。农业补贴。"}
    top = terms.tfidf(texts, top=5, glossary={})
    assert "经济" not in set(top["term"]) and "发展" not in set(top["term"])
    a = top[top["section"] == "a"]
    assert list(a["term"]) == sorted(a["term"])  # equal scores: alphabetical by term
    assert set(a["term"]) == {"金融", "改革"}


def test_tfidf_is_memoised_but_every_caller_gets_its_own_table():
    texts = {"a": "经济发展。金融改革。", "b": "经济发展。交通建设。"}
    first = terms.tfidf(texts, top=5, glossary={})
    first.loc[:, "term"] = "edited by a chapter"
    again = terms.tfidf(texts, top=5, glossary={})
    assert "edited by a chapter" not in set(again["term"])
    # The glossary's user words are part of the key: another glossary, other tokens.
    place = {"金融改革": {"category": "policy"}}
    assert "金融改革" in set(terms.tfidf(texts, top=5, glossary=place)["term"])
    assert "金融改革" not in set(terms.tfidf(texts, top=5, glossary={})["term"])


def test_stopwords_drop_boilerplate_and_function_words():
    assert {"我们", "推进", "加强"} <= terms.stopwords()
    assert "我们" not in terms.tokens("我们推进金融改革", glossary={})
    assert "金融" in terms.tokens("我们推进金融改革", glossary={})


def test_term_matrix_is_terms_by_sections_in_section_order(review):
    m = terms.term_matrix(review, top=2, glossary={})
    assert list(m.columns) == list(review)
    assert m.shape[0] >= 2 * len(review) - 5  # a term may top two sections
    peaks = [list(review).index(s) for s in (m / m.max(axis=0)).idxmax(axis=1)]
    assert peaks == sorted(peaks)  # a diagonal: rows ordered by the section they peak in


def test_places_finds_jiefangbei_without_a_glossary(review):
    found = terms.places(review["p1.s5"], glossary={})
    assert "解放碑" in found
    assert found == terms.places(review["p1.s5"], glossary={})
    text = "".join(review.values())
    everywhere = terms.places(text, glossary={})
    assert everywhere.index("解放碑") < everywhere.index("化龙桥")  # first mention first
    assert "国泰广场" in everywhere and "城市" not in everywhere


def test_places_uses_glossary_places_and_counts_mentions():
    g = {"七星岗": {"category": "place"}, "营改增": {"category": "policy"}}
    text = "七星岗片区改造，推行营改增。七星岗。"
    assert terms.places(text, glossary=g)[0] == "七星岗"
    counts = terms.place_counts(text, glossary=g)
    assert counts.iloc[0].to_dict() == {"place": "七星岗", "mentions": 2}


def test_jieba_prints_nothing(capfd):
    terms._tokenizer((("测试专用词语", "n"),))  # a fresh tokenizer: jieba loads its dictionary
    terms.tokens("渝中区推进解放碑商圈建设", glossary={"测试专用词语": {"category": "policy"}})
    err = capfd.readouterr().err
    assert err == "", err


def _packaged_glossary():
    from workreport.glossary import PACKAGED, load_glossary

    return load_glossary(PACKAGED)


def test_no_token_cuts_across_a_glossary_word():
    """jieba cut 渝中正处于 as 渝/中正/处于, and the heatmap showed 中正 ("upright") as a key
    term; a glossary word now wins over any dictionary word across its boundary."""
    from tests.extracted import ROOT

    g = _packaged_glossary()
    text = (ROOT / "data" / "raw" / "yuzhong-2014.txt").read_text("utf-8")
    assert terms.crossings(text, g) == []
    assert "中正" not in terms.tokens(text, g)
    assert "渝中" in terms.tokens("渝中正处于转型发展的关键时期", g)


_YUZHONG = {"渝中": {"category": "place"}}


def test_crossings_names_the_word_and_the_token_that_cuts_it(monkeypatch):
    # With jieba's own frequency for the user word (the old behaviour), 中正 cuts 渝中.
    monkeypatch.setattr(terms, "USER_FREQ", 0)
    terms._tokenizer.cache_clear()
    terms._tagged.cache_clear()  # the tagging memo holds the other tokenizer's cuts
    try:
        assert ("渝中", "中正") in terms.crossings("各位代表！渝中正处于", _YUZHONG)
    finally:
        monkeypatch.undo()
        terms._tokenizer.cache_clear()
        terms._tagged.cache_clear()
    assert terms.crossings("各位代表！渝中正处于", _YUZHONG) == []


def test_heatmap_terms_are_whole_words(review):
    g = _packaged_glossary()
    m = terms.term_matrix(review, top=3, glossary=g)
    assert "中正" not in m.index
    assert not [c for text in review.values() for c in terms.crossings(text, g)]


# Session 68: a new user's Chongqing 2024 book said "It names … Yuzhong (渝中)" of 成渝中线.
_CHONGQING = {"渝中": {"category": "place"}, "两江": {"category": "place"}}


def test_a_place_never_starts_inside_a_word():
    assert terms.places("成渝中线铺轨，促进成渝中部地区发展。", _CHONGQING) == []
    # A right-edge crossing is still the place: 渝中|正处于 (中正), 兴隆街|北延 (街北).
    assert terms.places("渝中正处于转型发展的关键时期", _CHONGQING) == ["渝中"]
    assert "兴隆街" in terms.places("兴隆街北延工程", {"兴隆街": {"category": "place"}})


def test_a_name_runs_on_over_the_area_word_after_it():
    found = terms.places("加强两江新区建设，推动成渝地区双城经济圈建设，抓好两江四岸治理。",
                         _CHONGQING)
    assert found == ["两江新区", "成渝地区双城经济圈", "两江"]
    assert "大湾区" in terms.places("融入粤港澳大湾区建设", {})


def test_kinds_of_place_and_common_words_are_no_places():
    text = ("创建全国文明城市，壮大新型农村集体经济，支持沿海地区发展；新建改扩建中小学5所，"
            "建成养老服务中心和智慧园区。")
    assert terms.places(text, {}) == []
    # A generic end after a name stays a place; 聊城市 is 聊城 + 市.
    kept = terms.places("关中地区、东北地区和聊城市合作，阜平县城改造。", {})
    assert {"关中地区", "东北地区", "聊城市"} <= set(kept), kept


def test_a_lake_is_a_place_and_a_road_kind_or_a_ranking_is_not():
    """Second tester 70: 白洋淀 went unnamed ("names no place or project"), and 高速铁路
    ("High-speed railways") and 百强县 ("Top 100 counties") were listed as places."""
    found = terms.places("推进高速铁路建设，跻身全国百强县，开展白洋淀上游综合整治，"
                         "加快污水沉淀处理。", {})
    assert found == ["白洋淀"], found


def test_a_division_cut_off_its_name_and_a_stem_of_the_report_are_places():
    """Tester 73 (D-C6): a city's p1.s1 "names no place or project" though it names a
    pumped-storage station, two counties by their stems and a county-level city whose 市
    jieba cut off (invented sentences of that shape)."""
    section = ("全球最大的丰宁抽水蓄能电站并网发电，滦平、隆化抽水蓄能项目加快建设。"
               "平泉市获评全国县域商业领跑县。")
    report = section + "丰宁县、滦平县、隆化县荣获示范县称号。"
    assert terms.places(section, {}) == ["丰宁抽水蓄能电站", "平泉市"]
    assert terms.places(section, {}, report) == ["丰宁抽水蓄能电站", "滦平", "隆化", "平泉市"]
    # no stem of an area word (三峡库区, 两江新区) nor a common word cut before 村 (力争|村)
    other = "开展三峡库区治理，建设两江新区，力争村集体收入突破10万元。"
    assert terms.places("三峡库建设，两江新建设。", {}, other) == []
    assert "力争村" not in terms.places(other, {}, other)


def test_the_place_table_reads_the_whole_report_for_its_divisions():
    from types import SimpleNamespace

    import pandas as pd

    from workreport import display

    sections = pd.DataFrame({"report_id": ["r", "r"], "section": ["p1.s1", "p1.s2"],
                             "text": ["滦平、隆化抽水蓄能项目加快建设。", "隆化县、滦平县发展。"]})
    tables = SimpleNamespace(glossary={}, sections=sections)
    assert display.named_places(tables, sections["text"][0]).empty
    named = display.named_places(tables, sections["text"][0], "r")
    assert list(named["place"]) == ["滦平", "隆化"]
