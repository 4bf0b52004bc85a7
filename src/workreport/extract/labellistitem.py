"""A later item of a number-first list keeps its own scope (round 71, w2; the development
draw's 'scope lost').

Class of error: in a 、-list whose items each name their scope and act before their number
("巴黎奥运会获得3块金牌、残奥会获得8块金牌", "城区建成3个公园、农村建成5个游园"), the clause
before a later item's number runs back to the figure before it, so it opens with the noun the
item before counted ("金牌、残奥会获得"): the label of that clause holds a list and is dropped
for the bare noun after the number (金牌, 建成游园), the item's own scope (残奥会, 农村) lost.

Rule: the clause of such an item is read from the last 、 on, when what stands before that
、 is only the previous item's counted noun (no digit, no break, a few characters, the noun
after the number before it) and what stands after it is the item's own scope and verb: two
characters or more, ending in a verb of ``cues.list_item_scope_verbs`` (获得, 建成 …) with
words in front of it: → 残奥会获得金牌, 农村建成游园 (the scope put back in front of a label
that dropped it, as the first item's label keeps 城区).

Exceptions: an item that is only a verb ("建成3个公园、改造5个游园", whose verb the list
rules share) or only a number ("新增17个博士点、45个硕士点") is left to those rules; a first
item (no figure before) and a clause whose 、 lists names ("甲、乙2个项目") are untouched.
Round 71 review, q8: words before the verb that are no scope (a filler of
``cues.label_leading``, a time, adverb or number: 全年, 今年, 力争, 年内, 成功; or a word of
``cues.list_item_scope_stops``: 同比, 全部, 累计) give none: "新建3个公园、今年新建5个游园"
→ 新建游园 (not 今年新建游园), "获得5块金牌、累计获得20块奖牌" keeps its older label.
Round 72, x2: the previous noun may open with a short code of letters or digits ("建成10个5G
基站、农村建成20个基站" gave 建成基站 → 农村建成基站).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import wraps

from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import ending_word, leading_word, tags
from workreport.extract.numbers import Token

__all__ = ["own_item"]

# The previous item's counted noun, then 、, then this item's own words: no digit or break.
_ITEM = re.compile(r"(?P<head>[A-Za-z\d]{0,3}[\u4e00-\u9fff“”]{1,8})"
                   r"、(?P<own>[\u4e00-\u9fff“”]{3,14})")


def item_clause(pre: str, text: str, tok: Token) -> str:
    """The clause of a later number-first list item (see the module): ``pre`` from the last
    、 on when the words before it are the noun after the previous figure and the words after
    it a scope and a verb of ``cues.list_item_scope_verbs``; "" otherwise."""
    q = tok.quantity
    assert q is not None
    got = _ITEM.fullmatch(pre.strip())
    if not got:
        return ""
    head, own = got.group("head"), got.group("own")
    ahead = text[tok.sentence.start:q.start]
    before = ahead[: ahead.rfind(pre.strip())] if pre.strip() in ahead else ""
    verb = ending_word(own, cue_words("list_item_scope_verbs"))
    if not re.search(r"\d[^\d，；。、：]{0,3}$", before) or not verb or len(own) - len(verb) < 2 \
            or len(head) > 8 or not _is_scope(own[: len(own) - len(verb)]):
        return ""  # no number-first item before this one, or no scope before the verb
    return own


def _is_scope(words: str) -> bool:
    """Whether ``words`` before an item's verb are a scope (a place, event, grade: 残奥会,
    农村, 省级, 在省级比赛中), not a filler, time or adverb (round 71 review, q8: 全年, 今年,
    力争, 同比, 成功, 全部, 首次, 累计 before the verb are no scope): no word of
    ``cues.label_leading`` opens them, none is a word of ``cues.list_item_scope_stops`` and
    jieba tags none of them as a time, number, conjunction, pronoun or verb (a verbal noun is
    a scope's: 比赛) nor the last as an adverb (目前已)."""
    if leading_word(words, cue_words("label_leading")):
        return False  # 力争, 全年, 成功
    pieces = tags(words)
    return pieces[-1].flag[:1] != "d" and not any(
        p.word in cue_words("list_item_scope_stops") or p.flag[:1] in ("t", "m", "c", "r")
        or p.flag == "v" for p in pieces)  # 偏远山区: jieba's d before a noun is an adjective


def own_item(label: Callable[[str, Token, str, str | None], str]
             ) -> Callable[[str, Token, str, str | None], str]:
    """``label`` (``naming.label``) reading a later number-first list item's clause from the
    last 、 (``item_clause``; round 71, w2): "巴黎奥运会获得3块金牌、残奥会获得8块金牌" →
    残奥会获得金牌 for the 8, not 金牌."""
    @wraps(label)
    def with_item(text: str, tok: Token, pre: str, previous: str | None) -> str:
        own = item_clause(pre, text, tok) if previous else ""
        if not own:
            return label(text, tok, pre, previous)
        got = label(text, tok, own, previous)
        scope = own[: len(own) - len(ending_word(own, cue_words("list_item_scope_verbs")))]
        return got if scope in got or not got else scope + got  # 建成游园 → 农村建成游园
    return with_item
