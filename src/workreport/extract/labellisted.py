"""A 、-list of issuers or acts opening a relative clause before a count (issue 13, round 69,
f2; bench/label_judging.md: a count's label says which things it counts, and a label that
keeps the last of a list alone names other things).

Class of error: the relative clause kept before a count (``labelrelkept``) was read back only
to the last 、, so a clause whose subject or act is a 、-list lost all but its last item:
"中央、省反馈的42个问题全部整改到位" gave 整改到位的省反馈的问题 (the centre's lost),
"省、市交办的56个问题全部整改到位" 整改到位的问题 (round 68's fallback), "新建、改建的30所
学校投入使用" 投入使用学校. The items before the clause are its own when they are of its
head's kind:

- *issuers*: the clause opens with a noun (省反馈, 市交办) and each item is nouns only
  (中央, 国家, 省, 县; jieba's n, j, zg, b), of at most six characters; the first may follow
  an outer verb or preposition, which stays out ("聚焦中央、省反馈的" → 中央、);
- *acts*: the clause is one verb (改建, 改扩建) and each item one verb of two or three
  characters (新建, 续建: jieba's v, or ``cues.relative_list_acts``, the acts it tags as
  names); the first may follow an outer verb or adverb ("加快新建、改建的" → 新建、).

Shapes: ("中央", "省反馈") → "中央、"; ("省、市", "县交办") → "省、市、"; ("新建", "改建") →
"新建、"; "" when the item next to the clause is of another kind ("道路、新建的": a list of
counted things), longer, holds a digit or a quotation mark, or the clause is neither shape.
"""

from __future__ import annotations

import re

from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags

__all__ = ["act_word", "list_opened"]

_BREAK = "，,；;。！？：:（()）“”《》"
_NOUNS = ("zg", "b")  # jieba's 县, 村 and 上级, 省级: nouns here


def _noun(flag: str) -> bool:
    """Whether jieba's tag ``flag`` is a noun's (n…, j, zg, b)."""
    return flag[:1] in ("n", "j") or flag in _NOUNS


def act_word(word: str, flag: str) -> bool:
    """Whether ``word`` (tagged ``flag``) is a verb of an act: jieba's v…, or one of
    ``cues.relative_list_acts`` it tags as a name (新建 ns, 续建 nr, 改扩建 j)."""
    return flag[:1] == "v" or word in cue_words("relative_list_acts")


def list_opened(head: str, clause: str) -> str:
    """The items of the 、-list ``head`` (the sentence up to the 、 before ``clause``) that
    share ``clause``'s subject or act, each followed by 、 (module docstring); "" otherwise."""
    pieces = tags(clause)
    if not pieces:
        return ""
    acts = len(pieces) == 1 and act_word(pieces[0].word, pieces[0].flag)
    if not acts and (len(pieces) < 2 or not _noun(pieces[0].flag)):
        return ""
    items = re.split(rf"[{_BREAK}]", head)[-1].split("、")
    kept: list[str] = []
    for item in reversed(items[-5:]):
        if not item or re.search(r"[\d\s“”]", item):
            break
        took = _act_item(item) if acts else _issuer_item(item)
        if not took:
            break
        kept.insert(0, took)
        if took != item:  # an outer verb before the list's first item
            break
    return "".join(f"{k}、" for k in kept)


def _issuer_item(item: str) -> str:
    """The nouns ending ``item``: the whole item when it is nouns only (at most six
    characters), its trailing nouns after a verb or preposition, or ""."""
    pieces = tags(item)
    at = len(pieces)
    while at > 0 and _noun(pieces[at - 1].flag):
        at -= 1
    run = "".join(p.word for p in pieces[at:])
    if not run or len(run) > 6:
        return ""
    if at and pieces[at - 1].flag not in cue_words("relative_kept_stop_tags"):
        return ""
    return run


def _act_item(item: str) -> str:
    """The act ending ``item``: the whole item when it is one verb of two or three
    characters, that verb after outer verbs or adverbs ("加快新建" → 新建), or ""."""
    pieces = tags(item)
    last = pieces[-1] if pieces else None
    if last is None or not act_word(last.word, last.flag) or not 2 <= len(last.word) <= 3:
        return ""
    if any(p.flag not in cue_words("relative_kept_stop_tags") for p in pieces[:-1]):
        return ""
    return last.word
