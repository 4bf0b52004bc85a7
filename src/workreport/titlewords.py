"""The words of a section title's English (``titlegloss``): the vocabulary helpers that read
a title's words against ``vocab/gloss.yml`` ``titles`` and the glossary, and the guards that
keep salad out (session 71: a word only CC-CEDICT reads, a verb or adverb inside an object,
plural nouns stacked), and a county's slogan for itself (``slogan``). Split from
``titlegloss`` (session 71, the module line limit)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from itertools import pairwise
from typing import Any

from workreport.cedict import curated, rules

__all__ = [
    "acting", "article", "curated_word", "loose", "lower", "opening", "places",
    "slogan", "stacked", "strip_words", "strong", "unvouched", "verb_inside", "year_digits",
]


def opening(clause: str, words: Mapping[str, Any]) -> tuple[str, Any]:
    """(the longest word of ``words`` ``clause`` opens with, its value); ("", None)."""
    for k in range(min(len(clause), 8), 0, -1):
        if clause[:k] in words:
            return clause[:k], words[clause[:k]]
    return "", None


def strip_words(clause: str, words: Mapping[str, Any] | list[str]) -> str:
    """``clause`` without the run of ``words`` it opens with (更加扎实 → both go)."""
    table = dict.fromkeys(words) if isinstance(words, list) else words
    while True:
        word, _ = opening(clause, table)
        if not word or word == clause:
            return clause
        clause = clause[len(word):]


def lower(english: str, glossary: Mapping[str, Any]) -> str:
    """``english`` with its first letter lower-cased unless it opens with a name: a capital
    inside its first word ("GDP"), or a curated sense that opens with a capital ("Belt and
    Road", a place of the glossary: "Nanjing"), "new quality …" never "New quality …"."""
    first = english.split(" ", 1)[0]
    names = [str(s) for s in rules()["words"].values() if str(s)[:1].isupper()]
    names += [str(r.get("english", "")).split(";")[0] for r in glossary.values()
              if isinstance(r, Mapping) and r.get("category") in ("place", "institution")]
    keep = any(c.isupper() for c in first[1:]) or any(
        n and english.startswith(n) and english[len(n):len(n) + 1] in ("", " ") for n in names)
    return english if keep else english[:1].lower() + english[1:]


def stacked(english: str) -> bool:
    """Whether a noun phrase's English stacks a plural noun before another word ("markets
    vitality", "projects development zones", "key fields reform"): nouns put side by side
    in the Chinese order, which English does not read (``plural_modifiers`` may)."""
    words = english.lower().replace(",", "").split()
    allowed, alone = set(rules()["titles"]["plural_modifiers"]), rules()["titles"]["heads_only"]
    if "new" in words[1:] or re.search(r" (?:of|for) .* development$", english) or (
            len(words) > 4 and not {"of", "and", "for", "in", "to"} & set(words)):
        # "modern new rural new pastoral areas", "programmes for people's well-being development"
        return True
    return any((w in alone or (w.endswith("s") and not w.endswith(("ss", "'s", "us", "is"))
                               and w not in allowed))
               and nxt not in ("and", "of", "for", "in", "on", "to", "with")
               for w, nxt in pairwise(words))  # "people's livelihood inclusive projects"


def verb_inside(words: list[tuple[str, str | None]]) -> bool:
    """Whether a word after an object's first is a title's verb (``titles`` ``verbs``) that
    jieba tags a verb and no curated noun sense reads (``gloss.yml`` ``words``): 经济循环畅通
    read "economic flows unblock", 城乡发展实现高质量 "… achieved high-quality"."""
    from workreport.extract.labelwords import tags

    own, nouns = rules()["titles"], rules()["words"]
    verbs = {*own["verbs"], *rules()["verbs"]}
    return any(w in own["inner_verbs"] or (w in verbs and w not in nouns
                                           and [p.flag for p in tags(w)] == ["v"])
               for w, _ in words[1:])


def curated_word(word: str, glossary: Mapping[str, Any]) -> str | None:
    """``word``'s curated sense (``cedict.curated``) or a title's own (``titles`` ``words``)."""
    own = rules()["titles"]["words"]
    return str(own[word]) if word in own else curated(word, glossary)


def unvouched(word: str, glossary: Mapping[str, Any]) -> bool:
    """Whether a word of an object (Chinese, of one or two characters) has no curated sense:
    CC-CEDICT alone reads it, by a first sense that often misleads (民心 "popular sentiment",
    素质 "inner quality"); its words of three characters or more are terms (多晶硅), unless
    they end in a bound suffix (产业化, 开放型: "industrialisation and industrialization")."""
    return bool(re.search(r"[\u4e00-\u9fff]", word)) and curated_word(word, glossary) is None \
        and word not in rules()["and_words"] and not re.match(r"\d", word) \
        and (len(word) < 3 or word[-1] in rules()["suffixes"])  # 2019年; 多晶硅 a term


def acting(words: list[tuple[str, str | None]]) -> bool:
    """Whether an object (``gloss``'s words) acts rather than names: it opens with one of
    ``gloss.yml`` ``verbs`` before other words (发展质量 "developing quality"), or its last
    word is a verb of ``verbs`` or the titles' (加大投入 "increasing invested", 强化统筹); or
    it opens with one before other words (形成强大国内市场 "form strong domestic markets")."""
    from workreport.extract.labelwords import tags

    first, last = (tags(words[0][0]), tags(words[-1][0])) if words else ((), ())
    return bool(words) and (
        (len(words) > 1 and (words[0][0] in rules()["verbs"] or [p.flag for p in first] == ["v"]))
        or ([p.flag for p in last] == ["v"] and (words[-1][0] in rules()["verbs"]
                                                  or words[-1][0] in rules()["titles"]["verbs"])))


def loose(word: str, glossary: Mapping[str, Any]) -> bool:
    """Whether a word of an object (as ``gloss`` cuts it) is one jieba tags a verb or an
    adverb and no curated sense reads (``gloss.yml`` ``words``, the glossary): CC-CEDICT's
    reading of it inside an object reads wrong ("expand open", "one step further
    stimulate")."""
    from workreport.extract.labelwords import tags

    pieces = tags(word)
    return len(pieces) == 1 and pieces[0].flag in ("v", "d", "ad", "vd") \
        and curated(word, glossary) is None


def year_digits(m: re.Match[str]) -> str:
    """A year in Chinese numerals in Arabic digits (二〇二四 → 2024)."""
    return "".join(str("〇一二三四五六七八九".find(c.replace("零", "〇"))) for c in m.group())


def places(place: tuple[str, str]) -> dict[str, dict[str, str]]:
    """The report's own place as glossary rows: (its government, 易县人民政府 or 定兴县人民
    政府; its English name, "Yi County") → {易县: "Yi County"} or {定兴县: "Dingxing County",
    定兴: "Dingxing"}: a title names its county so (着力建设活力新易县, 全面建设创新定兴)."""
    zh, en = (str(p or "") for p in place)
    own = re.sub(r"(?:人民)?政府$", "", zh)
    if not own or not en:
        return {}
    out = {own: {"english": en, "category": "place"}}
    short = re.sub(r"[县区市]$", "", own)
    if len(short) > 1 and short != own and " " in en:
        out[short] = {"english": en.rsplit(" ", 1)[0], "category": "place"}
    return out


def slogan(text: str, glossary: Mapping[str, Any]) -> str | None:
    """A slogan for the report's own place (``places``): a ``slogans`` word, maybe 新, the
    place (活力新易县 "a vibrant new Yi County", 创新定兴 "an innovative Dingxing"); "" when
    the word before the place is none of them ("driving force Fuping"); None when ``text``
    does not end with the place."""
    own = rules()["titles"]
    for k in range(len(text) - 1, 1, -1):
        row = glossary.get(text[-k:])
        if not (isinstance(row, Mapping) and row.get("category") == "place"):
            continue
        before = re.sub(r"^更高水平的?", "", text[:-k])
        word = before if before in own["slogans"] else before[:-1] if before[-1:] == "新" else ""
        adjective = own["slogans"].get(word)
        if not adjective:
            return ""
        a = "an" if str(adjective)[:1] in "aeiou" else "a"
        new = "new " if word != before else ""  # 创新定兴: no 新 of its own
        higher = " at a higher level" if before != text[:-k] else ""
        return f"{a} {adjective} {new}{row['english']}{higher}"
    return None


def article(verb: str, english: str) -> str:
    """``english`` (an object's, after ``verb``'s English) with the article a bare singular
    ``counted`` noun needs (tester 71: "Building modern governance system"): "a"/"an" after a
    ``making`` verb ("building a modern governance system", "the building of an industrial
    system"), "the" after any other ("improving the governance system", and a curated "a
    modern industrial system" so too); unchanged when it ends in no such noun, holds "and",
    "of", "for" or "in", opens with a name, or ``verb`` is "" (做好: no verb read)."""
    own = rules()["titles"]
    words = english.split()
    if not verb or not words or words[-1] not in own["counted"] or words[0][:1].isupper() \
            or re.search(r" (?:and|of|for|in) ", english) or words[0] in ("the", "an"):
        return english
    bare = english[2:] if words[0] == "a" else english
    if verb not in own["making"]:
        return f"the {bare}"
    return f"{'an' if bare[:1] in 'aeiou' else 'a'} {bare}"


def strong(text: str) -> str | None:
    """The English of "X强市" (a place strong in X: 文化强市 "a city strong in culture",
    社会主义文化强市 "a socialist city strong in culture", 产业强市 "a city strong in
    industry"; session 73, Nanjing 2024's titles): ``titles`` ``strong`` ``places`` gives the
    place, ``in`` the form of X; None when ``text`` is not so or X has no form there."""
    own = rules()["titles"]["strong"]
    end = next((e for e in own["places"] if text.endswith(e) and len(text) > len(e)), "")
    form = own["in"].get(text[: -len(end)]) if end else None
    return str(form).format(place=own["places"][end]) if form else None
