"""The bilingual glossary and the one chain that labels in English.

The glossary ships with the package (``workreport/vocab/glossary.csv``,
``PACKAGED``), so an extraction without a project gives English labels too; a
project's own ``data/glossary.csv`` overrides it.

Readers of the book read English; the tables keep the Chinese label as the text names
it and add ``indicator_en`` wherever the chain finds one. Extraction, every table and
every chart label through ``english`` (a ``Glossary`` through its method of that name),
so a table and a chart of one chapter never name a measure differently.

Reports name one measure in different words (区级公共财政预算收入 and 公共财政预算收入
同口径; 地区生产总值 and 国内生产总值); ``indicator_key`` reduces a label to a key that
pairs them. The words it removes are data: ``vocab/labels.yml``.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Mapping
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import pandas as pd

from workreport import vocab
from workreport.errors import InputError
from workreport.extract.codes import english as code_name
from workreport.gloss import marked

__all__ = ["COLUMNS", "GDP", "GDP_SYNONYMS", "PACKAGED", "Glossary", "default_glossary",
           "english", "english_or_gloss", "indicator_english", "indicator_key", "key_english",
           "load_glossary", "place_english", "read_glossary", "with_english"]

#: The glossary shipped with the package.
PACKAGED = Path(__file__).parent / "vocab" / "glossary.csv"

#: ``facts_of``: the ids of the reports whose figures or facts the explanation states
#: (space-separated; "" for one true of any report): the glossary page leaves it out of
#: a book without them (``book.extras.glossary_page``; session 69).
COLUMNS = ("term", "pinyin", "english", "explanation", "category", "facts_of")

_WORDS = vocab.load("labels")
_PLACES = vocab.load("places")
GDP = "GDP"
#: Names of gross (regional / domestic) product: one key so district and national compare.
#: They are the ``names`` of code gdp in ``vocab/indicators.yml``, where the extractor's
#: ``indicator_code`` reads them too: one list says which labels are GDP.
GDP_SYNONYMS = frozenset(vocab.load("indicators")["codes"]["gdp"]["names"])

_KEY_ANYWHERE = tuple(_WORDS["key_anywhere"])
_KEY_PREFIXES = tuple(_WORDS["key_prefixes"])
_KEY_SUFFIXES = tuple(_WORDS["key_suffixes"])
_KEY_VERB_TO = re.compile(f"(?:{'|'.join(map(re.escape, _WORDS['key_verbs_to']))})"
                          f"(?:{'|'.join(map(re.escape, _WORDS['key_to']))})")

# Labels the extractor builds from two phrases, translated from their parts; then those
# it builds from a verb and its object (``vocab/labels.yml``, ``composed``).
_COMPOSED = (
    (re.compile(r"^(.+?)占(.+)比重$"), "{0} as a share of {1}"),
    (re.compile(r"^(.+?)已(.+)$"), "{0}, {1}"),
    *((re.compile(pattern), template) for pattern, template in _WORDS.get("composed", ())),
)


def indicator_key(label: str) -> str:
    """A matching key for an indicator label: how two texts name the same measure.

    Removes the words of ``vocab/labels.yml`` (anywhere, then prefixes and suffixes until
    none is left); every name of gross product (``GDP_SYNONYMS``) becomes ``GDP``.

    >>> indicator_key("公共财政预算收入同口径") == indicator_key("区级公共财政预算收入")
    True
    >>> indicator_key("国内生产总值")
    'GDP'
    """
    return _key(str(label))


@lru_cache(maxsize=1 << 16)  # tables and charts key the same labels again and again
def _key(label: str) -> str:
    s = label.strip(" 、，,；;：:")
    for w in _KEY_ANYWHERE:
        s = s.replace(w, "")
    s = _KEY_VERB_TO.sub("", s)
    changed = True
    while changed:
        changed = False
        for p in _KEY_PREFIXES:
            if s.startswith(p) and len(s) > len(p) + 1 and s[len(p)] != "性":
                s, changed = s[len(p):], True
        for x in _KEY_SUFFIXES:
            if s.endswith(x) and len(s) > len(x) + 1:
                s, changed = s[: -len(x)], True
    return GDP if s in GDP_SYNONYMS else s


def _look(glossary: Mapping[str, Any], term: str) -> str:
    entry = glossary.get(term)
    if isinstance(entry, Mapping):
        return str(entry.get("english") or "")
    return str(entry or "")


def _composed(glossary: Mapping[str, Any], term: str) -> str:
    """"民生资金占公共财政预算支出比重" → "<民生资金> as a share of <公共财政预算支出>",
    "信访案件已化解" → "<信访案件>, <化解>": only when every part has a label."""
    for pattern, template in _COMPOSED:
        m = pattern.match(term)
        if m:
            parts = [english(g, glossary) for g in m.groups()]
            if all(parts):
                # Mid-phrase parts lose their capital ("… of general public …"),
                # acronyms keep theirs ("GDP").
                # The part a template opens with ("{1} ({0})") keeps its capital.
                first = re.match(r"\{(\d)\}", template)
                parts = [p if (first and i == int(first.group(1))) or not p[1:2].islower()
                         else p[0].lower() + p[1:] for i, p in enumerate(parts)]
                return template.format(*parts)
    return ""


def english(term: str, glossary: Mapping[str, Any] | None = None, fallback: str = "") -> str:
    """The English label of a Chinese term: the one chain every label goes through.

    1. the glossary's entry for the exact term ("地区生产总值" → "GDP (regional)"), its
       first sense where a word's entry gives several ("企业" → "enterprises");
    2. a composed phrase, from its parts ("X占Y比重" → "X as a share of Y");
    3. the GDP family: any name of gross product whose key is ``GDP`` → "GDP" (a
       comparison across reports labels a row by its key, so both levels read "GDP");
    4. the entry (or composed phrase) of the normalised key (区级公共财政预算收入 →
       公共财政预算收入);
    5. ``fallback`` (often "").

    ``glossary`` maps a term to its row (a mapping with ``english``) or to the English
    itself; None is an empty glossary.
    """
    if not term:
        return fallback
    g = glossary if glossary is not None else {}
    found = _first_sense(_look(g, term)) or _composed(g, term)
    if found:
        return found
    key = indicator_key(term)
    if key == GDP:
        return GDP
    if key != term:
        found = _first_sense(_look(g, key)) or _composed(g, key)
    return found or fallback


def _first_sense(english: str) -> str:
    """A word's glossary entry may give several senses ("enterprises; firms", for the
    glossary page); a label takes the first."""
    return english.split("; ", 1)[0]


def place_english(term: str) -> str:
    """The English of a province, special administrative region, country or world region
    (``vocab/places.yml`` ``english``), under its short or full name: 新加坡 "Singapore",
    江苏省 "Jiangsu", 香港特别行政区 "Hong Kong"; "" for any other term (session 69)."""
    own = _PLACES["english"]
    if term in own:
        return str(own[term])
    return next((str(own[term[:-len(e)]]) for e in _PLACES["english_ends"]
                 if term.endswith(e) and term[:-len(e)] in own), "")


def english_or_gloss(term: str, glossary: Mapping[str, Any] | None = None) -> str:
    """What the book shows as a label's, a key term's or a place's English: the curated
    chain (``english``), else a place's (``place_english``), else an automatic gloss with
    its mark (``gloss.marked``: "Investment in rural road construction (automatic
    gloss)"), else "". The curated English always wins (sessions 68, 69)."""
    return english(term, glossary) or place_english(term) or marked(term, glossary)


def with_english(rows: pd.DataFrame, glossary: Mapping[str, Any] | None = None) -> pd.DataFrame:
    """Add an ``english`` column: the extractor's ``indicator_en`` (made by ``english``
    at extraction), or ``english_or_gloss`` now where it is empty (a marked automatic gloss
    for a label the glossary does not know)."""
    out = rows.copy()
    given = out["indicator_en"] if "indicator_en" in out else pd.Series("", index=out.index)
    out["english"] = [g if isinstance(g, str) and g else english_or_gloss(t, glossary)
                      for t, g in zip(out["indicator"], given.fillna(""), strict=True)]
    return out


def indicator_english(term: str, code: Any = "", glossary: Mapping[str, Any] | None = None
                      ) -> str:
    """The English of an indicator label, chosen here only: the name of its ``code``
    (``vocab/indicators.yml``: urban_disposable_income "Per capita disposable income of
    urban residents") where it has one, else the chain (``english``). The extraction's
    ``indicator_en`` and every comparison's label (``key_english``) read it, so the targets
    table and an outcome's verdict name one indicator alike (session 71, brief words: the
    verdict read the glossary's "Urban per-capita disposable income (natl.)" for a county)."""
    return code_name(code) if isinstance(code, str) and code else english(term, glossary)


def key_english(rows: pd.DataFrame, glossary: Mapping[str, Any] | None = None) -> list[str]:
    """Labels for the rows of a comparison across reports, which pairs rows by ``key``
    (``indicator_key``): a row's code's name where ``rows`` has an ``indicator_code``
    (``indicator_english``), else the English of the key, else the row's own ``english``.
    Both 地区生产总值 and 国内生产总值 rows read "GDP" (step 3 of ``english``)."""
    coded = rows["indicator_code"] if "indicator_code" in rows else [""] * len(rows)
    return [indicator_english(k, c, glossary) or (e if isinstance(e, str) else "")
            for k, e, c in zip(rows["key"], rows["english"], coded, strict=True)]


class Glossary(dict):
    """term → row (a dict with pinyin, english, explanation, category)."""

    def english(self, term: str, fallback: str = "") -> str:
        """The English label of ``term`` through the one chain (module ``english``)."""
        return english(term, self, fallback)


#: The columns a glossary file must have (the others are read where present).
REQUIRED = ("term", "english")


@cache
def _read(path: str) -> Glossary:
    """The glossary in the CSV file ``path``; ``InputError`` naming the file for one
    that cannot be read as a glossary (undecodable, binary, without ``REQUIRED``)."""
    g = Glossary()
    p = Path(path)
    if not p.exists():
        return g
    try:
        with p.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            missing = [c for c in REQUIRED if c not in (reader.fieldnames or ())]
            if any("\x00" in f for f in reader.fieldnames or ()):
                raise InputError("not a glossary: a binary file (NUL bytes)", p)
            if missing:
                have = ", ".join(reader.fieldnames or ()) or "none"
                have = have if len(have) <= 200 else have[:200] + " …"  # one readable line
                raise InputError(f"not a glossary: no column {' or '.join(missing)} "
                                 f"(columns: {have}; expected {', '.join(COLUMNS)})", p)
            for row in reader:
                term = (row.get("term") or "").strip()
                if term:
                    g[term] = {k: (row.get(k) or "").strip() for k in COLUMNS}
    except UnicodeDecodeError:
        raise InputError("not a glossary: not UTF-8 text (a CSV of term, english …)",
                         p) from None
    except (csv.Error, OSError) as err:
        raise InputError(f"not a readable glossary ({err})", p) from None
    return g


def load_glossary(path: str | Path) -> Glossary:
    """Load (and cache) a glossary file; a missing file means the packaged glossary
    (a project without its own ``data/glossary.csv`` uses the one that ships)."""
    path = Path(path)
    return _read(str((path if path.is_file() else PACKAGED).resolve()))


def read_glossary(path: str | Path) -> Glossary:
    """The glossary a user named (``--glossary``): unlike ``load_glossary``, a missing
    file is an ``InputError``, not the packaged glossary."""
    path = Path(path)
    if not path.exists():
        raise InputError("no such glossary file", path)
    if not path.is_file():
        raise InputError("not a glossary file (a directory?)", path)
    return _read(str(path.resolve()))


def default_glossary() -> Glossary:
    """The glossary shipped with the package (what an extraction uses unless given one)."""
    return load_glossary(PACKAGED)


@cache
def proper_words() -> frozenset[str]:
    """Words the packaged English writes with a capital inside a phrase and never in lower
    case: names ("China", "Chengdu", "Yangtze", "SMEs"), read from the glossary's English and
    explanations (``vocab/glossary.csv``) and the gloss senses (``vocab/gloss.yml``), each
    sentence's first word left out. What ``figuretext.mid_sentence`` keeps capitalised (re-test
    73: "china (中国)", "chengdu-Chongqing economic circle")."""
    with PACKAGED.open(encoding="utf-8") as f:
        texts = [t for row in csv.DictReader(f) for t in (row["english"], row["explanation"])]

    def walk(x: Any) -> None:
        if isinstance(x, str):
            texts.append(x)
        elif isinstance(x, Mapping):
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)

    walk(vocab.load("gloss"))
    capital, lower = set(), set()
    for text in texts:
        for sentence in re.split(r"[.;:!?]\s+|\(", text):
            for i, word in enumerate(re.findall(r"[A-Za-z][A-Za-z'\-&0-9]*", sentence)):
                if word[0].islower():
                    lower.add(word.lower())
                elif i and not word.isupper():
                    capital.add(word)
    return frozenset(w for w in capital if w.lower() not in lower)
