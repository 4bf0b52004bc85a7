"""The automatic English of a section title, clause by clause (session 69).

A work report's section title is a slogan followed by one or two "verb + object" phrases
(坚持求实扎实、四链融合，着力打造…主承载区; 加快构建城乡融合发展新格局). Read word by
word, or as the list of its curated words, it was salad ("Resolved; social; management;
work" for 扎实做好风险防范化解和社会治理工作), which misleads more than no English. So a
title is read as its phrases (``vocab/gloss.yml`` ``titles``):

1. it is cut at clause marks (``clause_marks``); a clause opening with a ``frames`` word
   (坚持…, 聚焦…, 以…为…, 在…上…) is the slogan and is dropped while another clause is left;
2. each clause left loses its opening manner words (``adverbs``: 扎实, 着力, 持续 …);
3. a ``leads`` verb (加快 "accelerating") takes the place of a ``built`` verb after it
   (加快构建 … "Accelerating …") and yields to another (推动扩大内需 "Expanding …"); else a
   ``verbs`` verb reads "-ing" ("" drops it: 做好), two of them joined by "and";
4. the object is ``gloss.gloss``'s reading, with a final ``heads`` word first (…工作 "work
   on …", …新格局 "a new pattern of …", 2019年工作安排 "work plan for 2019").

A title with any clause that does not read gets no English (""): never keywords.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from workreport.cedict import curated, rules
from workreport.gloss import _words, gloss

__all__ = ["title_gloss"]


def _opening(clause: str, words: Mapping[str, Any]) -> tuple[str, Any]:
    """(the longest word of ``words`` ``clause`` opens with, its value); ("", None)."""
    for k in range(min(len(clause), 8), 0, -1):
        if clause[:k] in words:
            return clause[:k], words[clause[:k]]
    return "", None


def _strip(clause: str, words: Mapping[str, Any] | list[str]) -> str:
    """``clause`` without the run of ``words`` it opens with (更加扎实 → both go)."""
    table = dict.fromkeys(words) if isinstance(words, list) else words
    while True:
        word, _ = _opening(clause, table)
        if not word or word == clause:
            return clause
        clause = clause[len(word):]


def _lower(english: str, glossary: Mapping[str, Any]) -> str:
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


def _object(text: str, glossary: Mapping[str, Any]) -> str:
    """The English of a title's object: a final ``heads`` word first ("work on …"), or a
    final 新 + noun ("new … of": 现代产业新体系 "a new system of modern industries"), the
    rest ``gloss``'s; "" when it does not read or holds a verb or adverb no curated sense
    reads (市场活力进一步激发: a result, not an object; ``_loose``)."""
    heads = rules()["titles"]["heads"]
    word = next((w for w in sorted(heads, key=len, reverse=True)
                 if text.endswith(w) and len(text) > len(w)), "")
    form = str(heads[word]) if word else ""
    m = re.search(r"新([\u4e00-\u9fff]{1,2})$", text) if not word else None
    if m and len(text) > len(m.group()) and gloss(m.group(1), glossary):
        word, form = m.group(), f"new {_lower(gloss(m.group(1), glossary), glossary)} of {{rest}}"
    rest = text[: len(text) - len(word)] if word else text
    own = rules()["titles"]["senses"]  # 开放 "opening up" as a title's object, not "open"
    en = own.get(rest) or (gloss(rest, glossary) if rest not in rules()["verbs"]
                           else curated(rest, glossary))
    words = _words(rest, glossary)
    if not en or " -" in f" {en}" or any(_loose(w, glossary) for w, _ in words) \
            or _acting(words):  # "-ism": a dictionary's bound form
        return ""
    return form.format(rest=_lower(en, glossary)) if word else _lower(en, glossary)


def _acting(words: list[tuple[str, str | None]]) -> bool:
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


def _loose(word: str, glossary: Mapping[str, Any]) -> bool:
    """Whether a word of an object (as ``gloss`` cuts it) is one jieba tags a verb or an
    adverb and no curated sense reads (``gloss.yml`` ``words``, the glossary): CC-CEDICT's
    reading of it inside an object reads wrong ("expand open", "one step further
    stimulate")."""
    from workreport.extract.labelwords import tags

    pieces = tags(word)
    return len(pieces) == 1 and pieces[0].flag in ("v", "d", "ad", "vd") \
        and curated(word, glossary) is None


def _clause(clause: str, glossary: Mapping[str, Any]) -> str:
    """A clause's English: its verb "-ing" before its object; "" when it does not read."""
    own = rules()["titles"]
    clause = _strip(clause, own["adverbs"])
    lead, lead_en = _opening(clause, own["leads"])
    if lead:  # 加快构建X "accelerating X"; 推动扩大内需 "expanding domestic demand"
        rest = _strip(clause[len(lead):], own["adverbs"])
        verb, verb_en = _opening(rest, own["verbs"])
        rest = rest[len(verb):] if verb and verb != rest else rest
        en = _object(rest, glossary)
        lead_en = lead_en if not verb or verb in own["built"] else verb_en
        return " ".join(p for p in (str(lead_en), en) if p) if en and rest else ""
    from workreport.extract.labelwords import tags

    verb, verb_en = _opening(clause, own["verbs"])
    if verb and verb != clause:
        rest = clause[len(verb):]
        joined = rest[1:] if rest[:1] in rules()["and_words"] else rest
        second, second_en = _opening(joined, own["verbs"])  # 保障(和)改善民生: "… and …"
        if second and second != joined and verb_en and second_en \
                and (joined != rest or tags(second)[0].flag != "vn"):  # 激发发展活力: 发展 a noun
            verb_en, rest = f"{verb_en} and {second_en}", joined[len(second):]
        inner = _inner(rest)  # 深化改革扩大开放: "deepening reform and expanding opening up"
        then = _clause(rest[inner:], glossary) if inner else ""
        en = _object(rest[:inner] if then else rest, glossary)
        en = f"{en} and {then}" if en and then else en
        return " ".join(p for p in (str(verb_en), en) if p) if en else ""
    return _object(clause, glossary)


def _inner(rest: str) -> int:
    """Where a second "verb + object" opens inside an object (改革扩大开放: 2, at 扩大): a
    ``verbs`` word jieba opens and tags a verb, with words before and after it; 0 when none."""
    from workreport.extract.labelwords import tags, word_edges

    edges, verbs = word_edges(rest), rules()["titles"]["verbs"]
    for j in sorted(edges - {0, len(rest)}):
        verb, _ = _opening(rest[j:], verbs)
        if verb and j + len(verb) < len(rest) and [p.flag for p in tags(verb)] == ["v"]:
            return j
    return 0


def _acts(clause: str) -> bool:
    """Whether ``clause`` opens (after its ``adverbs``) with a ``leads`` or ``verbs`` word."""
    own = rules()["titles"]
    clause = _strip(clause, own["adverbs"])
    return bool(_opening(clause, own["leads"])[0] or _opening(clause, own["verbs"])[0])


def title_gloss(text: str, glossary: Mapping[str, Any] | None = None) -> str:
    """A section title's automatic English, unmarked, capitalised; "" when a clause left
    after the slogan does not read (``gloss`` has no reading of its object), or when the
    title has no Chinese (session 69; module docstring for the rule).

    ``title_gloss("加快构建城乡融合发展新格局") == "Accelerating a new pattern of integrated
    urban-rural development"``. Raises nothing.
    """
    own, g = rules()["titles"], glossary if glossary is not None else {}
    marks = re.escape(rules()["clause_marks"])
    clauses = [c.strip() for c in re.split(f"[{marks}]", str(text or "")) if c.strip()]
    kept = [c for c in clauses if not re.match(own["frames"], c)] or clauses
    kept = [c for c in kept if _acts(c)] or kept  # a result beside a task: the task
    parts = [_clause(c, g) for c in kept]
    if not parts or not all(parts):
        return ""
    out = "; ".join(parts)
    return out[:1].upper() + out[1:]
