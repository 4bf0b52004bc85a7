"""Key terms, places and projects of a report's sections, with jieba.

Everything here is deterministic: jieba's segmentation is (its HMM is a Viterbi
decode, not sampling), and every ranking breaks ties by the term itself, so two runs
give the same tables and the same book.

jieba logs its dictionary loading to stderr at DEBUG level; the level is raised to
WARNING on import so notebooks print nothing. Glossary terms (``data/glossary.csv``,
when present) are added to a private tokenizer as a user dictionary, so 解放碑商圈 and
营业税差额征收 stay whole, and glossary places are tagged as places.
"""

from __future__ import annotations

import logging
import math
import re
from collections import Counter
from collections.abc import Mapping
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import jieba
import jieba.posseg
import pandas as pd

from workreport import vocab
from workreport.glossary import load_glossary

__all__ = ["DEFAULT_GLOSSARY", "USER_FREQ", "crossings", "place_counts", "places",
           "starts_inside_word", "stopwords", "term_matrix", "tfidf", "tokens"]

jieba.setLogLevel(logging.WARNING)

#: The glossary the user dictionary is built from (relative to the project root).
DEFAULT_GLOSSARY = Path("data/glossary.csv")

# Part-of-speech flags that never make a key term: numbers, measure words, pronouns,
# prepositions, conjunctions, particles, adverbs, time and position words, punctuation.
_DROP_FLAGS = ("m", "q", "r", "p", "c", "u", "d", "e", "y", "o", "x", "w", "f", "t", "z")
_WORD = re.compile(r"^[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z]+$")
# Characters jieba treats as one word block: a user word with others never matches.
_JIEBA_WORD = re.compile(r"^[\u4e00-\u9fd5a-zA-Z0-9+#&._%-]+$")

# Places: proper-noun flags (jieba's ns place, nt organisation, nz other proper noun, nr*
# person names, which its dictionary also gives many place names: 化龙桥, 红岩村).
_PROPER = ("ns", "nt", "nz", "nr", "nrt", "nrfg")
_NOUNISH = (*_PROPER, "n", "vn", "b", "ng", "j", "l")
# Place words (vocab/places.yml): a named thing ends in one of the suffixes (国泰广场,
# 千厮门大桥); a single proper noun is a place when it ends like one (解放碑, 朝天门, 鹅岭);
# some generic words jieba tags as places name no place (中心区, 城市).
_PLACE_WORDS = vocab.load("places")
PLACE_SUFFIXES = tuple(_PLACE_WORDS["suffixes"])
_GEO_END = tuple(_PLACE_WORDS["geo_end"])
_GEO_END_SHORT = tuple(_PLACE_WORDS["geo_end_short"])  # two characters are enough for these
_NOT_PLACES = frozenset(_PLACE_WORDS["not_places"])
_NAME_VERBS = frozenset(_PLACE_WORDS["name_verbs"])
_DIVISION_WORDS = frozenset(_PLACE_WORDS["division_words"])
_STEM_ENDS = tuple(_PLACE_WORDS["stem_ends"])
_NOT_NAMES = frozenset(_PLACE_WORDS["not_names"])
_GENERIC_ENDS = tuple(_PLACE_WORDS["generic_ends"])
_RUN_ON = frozenset(_PLACE_WORDS["run_on"])
# Provinces, regions and countries with English (``english``): places wherever they stand,
# as the glossary's are (赴德国、新加坡推介: 德国 was no place; session 69).
_NAMED = frozenset(_PLACE_WORDS["english"])


@cache
def stopwords() -> frozenset[str]:
    """The stopword list shipped in ``workreport/vocab/stopwords.txt`` (``#`` comments)."""
    text = resources.files("workreport.vocab").joinpath("stopwords.txt").read_text("utf-8")
    words = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return frozenset(w for w in words if w)


def _user_words(glossary: Mapping[str, Any] | str | Path | None) -> tuple[tuple[str, str], ...]:
    """(term, tag) for the glossary's names: places ``ns``, institutions ``nt``, policies ``n``.

    Indicator terms are left out on purpose: many are figure labels as the extractor
    read them (解放碑商圈零售额), and as single words they would swallow the place names
    and the subjects inside them.
    """
    if glossary is None:
        glossary = DEFAULT_GLOSSARY
    if isinstance(glossary, (str, Path)):
        glossary = load_glossary(glossary)
    tags = {"place": "ns", "institution": "nt", "policy": "n"}
    out = []
    for term, row in glossary.items():
        category = row.get("category", "") if isinstance(row, Mapping) else ""
        if category in tags and len(term) >= 2 and _JIEBA_WORD.match(term):
            out.append((term, tags[category]))
    return tuple(sorted(out))


# The frequency a user word gets at least: that of a common word (jieba's dictionary
# counts 中正 166 times, 处于 ~6,000, 发展 ~90,000 in 60 million). jieba's own default
# (``suggest_freq``) only keeps a word whole when it stands alone; in running text a
# dictionary word that straddles its boundary can still win: 渝中正处于 was cut
# 渝/中正/处于, and the heatmap showed 中正 ("upright") as a key term of the district.
# A glossary word is one the book means to keep whole, so it should win wherever it occurs.
USER_FREQ = 10_000


@cache
def _tokenizer(words: tuple[tuple[str, str], ...]) -> jieba.posseg.POSTokenizer:
    """A private jieba tokenizer with the user words (global jieba state is left alone),
    each frequent enough that no dictionary word across its boundary beats it."""
    tk = jieba.Tokenizer()
    tk.initialize()
    for word, tag in words:
        tk.add_word(word, freq=max(USER_FREQ, tk.suggest_freq(word, False)), tag=tag)
    return jieba.posseg.POSTokenizer(tk)


def crossings(text: str, glossary: Mapping[str, Any] | str | Path | None = None
              ) -> list[tuple[str, str]]:
    """(glossary word, token) for each token of ``text`` that cuts across an occurrence of
    a user word (overlaps it without containing it or lying inside it): the segmentation
    errors that put words such as 中正 (渝|中正|处于) into the key terms. Empty when the
    tokenizer keeps every glossary word whole."""
    spans, at = [], 0
    for word, _ in _pos(text, glossary):
        spans.append((at, at + len(word), word))
        at += len(word)
    out = []
    for term, _ in _user_words(glossary):
        for m in re.finditer(re.escape(term), text):
            a, b = m.start(), m.end()
            out += [(term, w) for s, e, w in spans
                    if s < b and e > a and not (s <= a and e >= b) and not (a <= s and e <= b)]
    return out


def _pos(text: str, glossary: Mapping[str, Any] | str | Path | None
         ) -> tuple[tuple[str, str], ...]:
    return _tagged(text, _user_words(glossary))


@lru_cache(maxsize=1024)
def _tagged(text: str, words: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """(word, flag) of ``text`` cut by the tokenizer with ``words``, memoised: every
    section chapter's TF-IDF tags all its report's sections (for the idf), and a warm
    kernel runs a report's chapters one after another. Tagging each text once per
    kernel instead of once per chapter saved a quarter of the notebooks' CPU time
    (cProfile of the book's 44 notebooks). jieba is deterministic, so nothing else
    changes."""
    return tuple((p.word, p.flag) for p in _tokenizer(words).cut(text))


def tokens(text: str, glossary: Mapping[str, Any] | str | Path | None = None) -> list[str]:
    """The content words of a text: two or more characters, no numbers, no stopwords."""
    return [w for w, f in _pos(text, glossary) if _content(w, f)]


def _content(word: str, flag: str) -> bool:
    """Whether a tagged word is a content word (``tokens``)."""
    return bool(_WORD.match(word)) and not flag.startswith(_DROP_FLAGS) \
        and word not in stopwords()


def tfidf(section_texts: Mapping[str, str], top: int = 10,
          glossary: Mapping[str, Any] | str | Path | None = None) -> pd.DataFrame:
    """The terms that set each section apart from the other sections given.

    tf is the term's share of the section's content words; idf = ln((1 + N) / (1 + df))
    over the N sections given, so a term used in every section scores zero however often
    it appears (发展, 建设 need no stopword list to sink). Ties rank by term.
    Columns: section, rank, term, count, score.
    """
    return _tfidf(tuple(section_texts.items()), top, _user_words(glossary)).copy()


@lru_cache(maxsize=64)
def _tfidf(section_texts: tuple[tuple[str, str], ...], top: int,
           words: tuple[tuple[str, str], ...]) -> pd.DataFrame:
    """``tfidf``, memoised (callers get a copy): every section chapter of a part scores
    all the part's sections to pick its own terms, so a warm kernel running a report's
    chapters one after another computed the same table once per chapter. The tokens
    depend on the glossary only through its user words, which are part of the key."""
    counts = {s: Counter(w for w, f in _tagged(t, words) if _content(w, f))
              for s, t in section_texts}
    n = len(counts)
    df = Counter(w for c in counts.values() for w in c)
    rows = []
    for s, c in counts.items():
        total = sum(c.values()) or 1
        scored = sorted(((c[w] / total * math.log((1 + n) / (1 + df[w])), w) for w in c),
                        key=lambda x: (-x[0], x[1]))
        for rank, (score, w) in enumerate([x for x in scored if x[0] > 0][:top], 1):
            rows.append({"section": s, "rank": rank, "term": w, "count": c[w],
                         "score": round(score, 6)})
    return pd.DataFrame(rows, columns=["section", "rank", "term", "count", "score"])


def term_matrix(section_texts: Mapping[str, str], top: int = 5,
                glossary: Mapping[str, Any] | str | Path | None = None) -> pd.DataFrame:
    """Terms × sections of TF-IDF scores, for a heatmap: each section's ``top`` terms.

    Rows are ordered by the section where a term peaks (relative to each section's top
    score), then by score: the heatmap reads as a diagonal, one block per section.
    """
    scores = tfidf(section_texts, top=10**6, glossary=glossary)
    chosen = scores[scores["rank"] <= top]
    terms = list(dict.fromkeys(chosen["term"]))
    m = scores[scores["term"].isin(terms)].pivot_table(
        index="term", columns="section", values="score", aggfunc="max", fill_value=0.0)
    m = m.reindex(index=terms, columns=list(section_texts), fill_value=0.0)
    order = {s: i for i, s in enumerate(section_texts)}
    top_of = m.max(axis=0)
    rel = m / top_of.where(top_of > 0, 1.0)  # as charts.heatmap shows it
    peak = rel.idxmax(axis=1).map(order)
    best = rel.max(axis=1)
    keys = sorted(terms, key=lambda t: (peak[t], -best[t], t))
    out = m.loc[keys].astype("float64")
    out.columns.name, out.index.name = "section", "term"
    return out


def _is_head(tok: tuple[str, str]) -> bool:
    return tok[1] in _PROPER and tok[0] not in _NOT_PLACES and tok[0] not in _NOT_NAMES


def _kind_of_place(name: str) -> bool:
    """Whether ``name`` is a kind of place, not a named one: a generic end (城市, 农村,
    地区) after two or more characters that are no name by themselves, neither a proper
    noun nor a place word (文明城市, 新型农村, 沿海地区; but 阜平县城, 东北地区, 关中地区
    and 聊城市 stay). Source: session 68 (文明城市, 新型农村 were listed as places)."""
    end = next((e for e in _GENERIC_ENDS if name.endswith(e)), "")
    if not end or len(name) - len(end) < 2:  # 聊城市 is 聊城 + 市, not 聊 + 城市
        return False
    before = [(p.word, p.flag) for p in _tokenizer(()).cut(name[:-len(end)])]  # not memoised
    return not (len(before) == 1 and (_is_head(before[0]) or before[0][1] == "s"))


def starts_inside_word(text: str, start: int) -> bool:
    """Whether jieba's own dictionary (no user words) reads a word across position
    ``start`` of ``text``: 成渝|中线, so a 渝中 read there starts inside 成渝 and is no
    place (session 68). Only the left edge counts: 兴隆街|北延 (街北) and 渝中|正处于
    (中正) are right-edge crossings of true places."""
    return 0 <= start <= len(text) and start not in _word_starts(text)


@lru_cache(maxsize=256)
def _word_starts(text: str) -> frozenset[int]:
    """The offsets of ``text`` at which a word of jieba's own dictionary (no user words)
    starts, and ``len(text)``: a term found at another offset starts inside a word
    (成渝|中线 holds no 渝中). Used for places (``places``) and for the terms a book's
    glossary lists (``book.extras.used_terms``; session 69)."""
    starts, at = {0}, 0
    for w, _ in _tagged(text, ()):
        at += len(w)
        starts.add(at)
    return frozenset(starts)


def _compound(toks: list[tuple[str, str]], i: int) -> str:
    """The name that ends with token ``i`` (an anchor): walk left over noun-like tokens
    and keep the run from its first proper noun: 凯德/nrt 来福士/nr 广场/n → 凯德来福士广场."""
    run = [i]
    j = i - 1
    while j >= 0 and len(run) < 5 and (toks[j][1].startswith(_NOUNISH)
                                       or toks[j][0] in _NAME_VERBS) and \
            _WORD.match(toks[j][0]) and sum(len(toks[k][0]) for k in run) < 12:
        run.insert(0, j)
        j -= 1
    heads = [k for k in run[:-1] if _is_head(toks[k])]
    if not heads:
        return ""
    return "".join(toks[k][0] for k in run if k >= heads[0])


def places(text: str, glossary: Mapping[str, Any] | str | Path | None = None,
           report: str = "") -> list[str]:
    """Named places and projects in a text, in order of first mention.

    Three rules: a glossary place (tagged ``ns`` by the user dictionary), a province,
    region or country of ``vocab/places.yml`` ``english`` (session 69), or any proper
    noun that ends like a place (解放碑, 朝天门, 化龙桥); and a run of nouns from a proper
    noun up to a suffix such as 广场, 大桥, 产业园 (国泰艺术中心, 英利国际广场), over the
    verbs of ``name_verbs`` (丰宁抽水蓄能电站).
    A name runs on over an area word right after it (vocab/places.yml ``run_on``: 两江新区,
    成渝地区双城经济圈, not 两江 "the two rivers" or a cut 成渝地区双城); it is no place when
    it starts inside a word of jieba's own dictionary (成渝|中线 holds no 渝中), when it is a
    kind of place (文明城市, 新型农村) or opens with a common word jieba tags as a name
    (``not_names``: 新建改扩建中小学). Source of the last three: session 68.
    Tester 73 (D-C6: Chengde's p1.s1 "names no place", though it names 丰宁抽水蓄能电站,
    滦平, 隆化 and 平泉市): a proper noun with the division's word jieba cuts off after it is
    one place (``division_words``: 平泉|市), and where ``report`` (the whole report's text)
    writes a division in full (隆化县), its stem alone is a place too (``_stems``), save where
    its every mention lies inside a longer name found (丰宁 of 丰宁抽水蓄能电站).
    """
    toks = _pos(text, glossary)
    starts = [0]
    for w, _ in toks:
        starts.append(starts[-1] + len(w))
    glossary_places = {w for w, t in _user_words(glossary) if t == "ns"}
    stems = _stems(report, glossary) if report else frozenset()
    found: list[str] = []
    for i, (w, f) in enumerate(toks):
        name = ""
        if w.endswith(PLACE_SUFFIXES):
            name = _compound(toks, i)
        if not name and (w in glossary_places or w in _NAMED or w in stems or (
                _is_head((w, f)) and _WORD.match(w) and w.endswith(_GEO_END)
                and (len(w) >= 3 or w.endswith(_GEO_END_SHORT)))):
            name = w
        if not name and w in _DIVISION_WORDS and i and _is_head(toks[i - 1]) \
                and len(toks[i - 1][0]) == 2 and _WORD.match(toks[i - 1][0]):
            name = toks[i - 1][0] + w
        if not name or starts_inside_word(text, starts[i + 1] - len(name)):
            continue
        if i + 1 < len(toks) and toks[i + 1][0] in _RUN_ON:
            name += toks[i + 1][0]
        if name not in _NOT_PLACES and len(name) >= 2 and not _kind_of_place(name):
            found.append(name)
    found = list(dict.fromkeys(found))
    return [n for n in found if n not in stems
            or text.count(n) > sum(text.count(m) for m in found if n in m and m != n)]


@lru_cache(maxsize=64)
def _division_stems(report: str, words: tuple[tuple[str, str], ...]) -> frozenset[str]:
    """``_stems`` memoised by the report's text and the glossary's user words."""
    kinds = {"ns": "place", "nt": "institution", "n": "policy"}  # _user_words' tags undone
    named = places(report, {w: {"category": kinds[t]} for w, t in words})
    return frozenset(n[:-1] for n in named if len(n) == 3 and n.endswith(_STEM_ENDS)
                     and _is_head((n[:-1], "ns")))


def _stems(report: str, glossary: Mapping[str, Any] | str | Path | None) -> frozenset[str]:
    """The stems of the divisions a report names in full, three characters each (丰宁县,
    平泉市, 双滦区 → 丰宁, 平泉, 双滦; no ``not_places`` or ``not_names`` stem: 康养区):
    places where a section writes them alone (滦平、隆化抽水蓄能项目)."""
    return _division_stems(report, _user_words(glossary))


def place_counts(text: str, glossary: Mapping[str, Any] | str | Path | None = None,
                 report: str = "") -> pd.DataFrame:
    """Each place or project with the number of times the text names it (first mention
    first); ``report``: the whole report's text (``places``)."""
    names = places(text, glossary, report)
    return pd.DataFrame({"place": names, "mentions": [text.count(n) for n in names]},
                        columns=["place", "mentions"])
