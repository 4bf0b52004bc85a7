"""Modifiers listed before one counted noun, after a number (round 61, r61b, fragments): the
noun after the number was cut at the first 、, so the label was a modifier alone.

- *predicates before 的*: "安排50名以上有劳动能力、符合就业条件的残疾人就业" gave 有劳动能力;
  "打造5个集休闲、观光、采摘为一体的综合性园区" gave 打造集休闲. Things said of the counted
  noun, listed and joined by 的, are no noun: the counted noun is the one after 的
  (``predicate_head``: where it starts).
- *works listed on one noun*: "投资1400万元的6所中小学校新建、扩建工程" gave 中小学校新建;
  the works (``cues.shared_head_works``) listed after the noun share the head that follows the
  last (``works_listed``: 中小学校新建、扩建工程).
- *nouns listed before a head, what is done to them after* (``modifier_list``, round 14, here
  since round 61): "97台燃气、燃煤锅炉综合治理" gave 燃气; the last item's nouns end the list
  (燃气、燃煤锅炉).

A list of counted things ("12个贫困县、非贫困县", "30名县级名师、名校长") is neither: its
first item is a noun, and no 的 or listed work joins the items.
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelverbs import nominal
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags
from workreport.vocab import alternation

__all__ = ["modifier_list", "predicate_head", "works_listed"]

# jieba's tags that open a thing said of a noun: a verb, an adjective, an adverb, 集 (q).
_SAYING = ("v", "a", "d", "q")
# Two or more items joined by 、, the last before 的 and a noun; no number, no clause break.
_PREDICATES = re.compile(r"(?:[\u4e00-\u9fff]{2,10}、)+[\u4e00-\u9fff]{2,10}的(?=[\u4e00-\u9fff])")


def predicate_head(rest: str) -> int:
    """Where the counted noun starts in ``rest``, the text right after a number, when the text
    opens with things said of it listed before 的 ("有劳动能力、符合就业条件的残疾人…" → the
    offset of 残疾人): the first item opens with a word that is no noun (a verb, an adjective,
    集 …). 0 otherwise: "沿街机关企事业单位、住宅小区的楼体" (nouns owning the head), a single
    item ("符合条件的…", read by the 的 rule of ``labelafter``). A verb, an adjective, an
    adverb or 集 (jieba's q) opens the first item, and the last is not nouns only; round 61
    review (k61b): nor is the first a noun its adjectives qualify ("困难党员、老党员的家庭":
    the listed nouns own the head and stay)."""
    m = _PREDICATES.match(rest)
    if not m:
        return 0
    items = m.group(0)[:-1].split("、")
    first, last = tags(items[0]), tags(items[-1])
    said = first and first[0].flag[:1] in _SAYING and not all(nominal(p.flag) for p in last)
    return m.end() if said and not _qualified_noun(first) else 0


def _qualified_noun(pieces: list) -> bool:
    """Whether ``pieces`` (jieba's) are a noun after its adjectives or attributes only
    (困难|党员, 老|党员), not a predicate (具有|劳动|能力: a verb; 品德|高尚: ends in one)."""
    return bool(pieces) and pieces[-1].flag[:1] == "n" and all(
        nominal(p.flag) or p.flag in ("a", "an", "b") for p in pieces)


def works_listed(rest: str) -> str:
    """The noun after a number when works listed on it share the head after the last:
    "中小学校新建、扩建工程全部竣工" → 中小学校新建、扩建工程 (a noun of two characters or
    more, then two or more of ``cues.shared_head_works`` joined by 、, the last followed by its
    head of two characters or more); "" otherwise ("学校新建、2所幼儿园改建": a number).
    Round 61 review (k61b): the head without the act after it ("中学迁建、扩建主体工程建设" →
    中学迁建、扩建主体工程, 建设 left to ``labelownact``); "" when a conjunction follows the
    head ("桥梁维修、加固工程和12座危桥改造": a list of counts, read as before)."""
    m = _works_listed().match(_CUT.split(rest, maxsplit=1)[0])
    if not m:
        return ""
    pieces = tags(m.group(2))
    if any(p.flag == "c" for p in pieces):
        return ""
    while len(pieces) > 1 and pieces[-1].flag == "vn":
        pieces = pieces[:-1]
    head = "".join(p.word for p in pieces)
    return m.group(1) + head if len(head) > 1 else ""


_CUT = re.compile(r"[，。；：:,;（(\d]")


@cache
def _works_listed() -> re.Pattern[str]:
    """A noun, two or more works of ``cues.shared_head_works`` joined by 、 (group 1), and the
    head after the last (group 2), built once: 中小学校新建、扩建|工程."""
    works = alternation(cue_words("shared_head_works"))
    return re.compile(
        rf"([\u4e00-\u9fff]{{2,10}}?(?:{works})(?:、(?:{works}))+)([\u4e00-\u9fff]{{2,}})")


_LISTED = re.compile(r"(?:[\u4e00-\u9fff]{1,3}、)+[\u4e00-\u9fff][^，。；、\d（）()]{1,14}")


def modifier_list(rest: str) -> str:
    """The noun after a number when it is a list of short modifiers before one head, which
    is one noun, not cut at the first 、 (round 14, fragments): "供水、供热、排水管网" of
    "新建35公里供水、供热、排水管网" (jieba's nouns, verbal nouns or attributes of one to
    three characters, and a last item longer than each of nouns only, ending in one);
    round 61 (r61b, fragments: "97台燃气、燃煤锅炉综合治理" gave 燃气): the last item's
    nouns end the list, what is done to them left out (``_nominal_head``); "" otherwise
    ("项目、签约…": a verb of its own; "30名县级名师、名校长": a last item no longer)."""
    m = _LISTED.match(rest)
    if not m:
        return ""
    *items, last = m.group(0).split("、")
    ok = all(len(tags(i)) == 1 and nominal(tags(i)[0].flag) for i in items)
    head = last if _nouns_only(last) else _nominal_head(last, rest[m.end():m.end() + 1])
    return "、".join([*items, head]) if ok and len(head) > max(map(len, items)) else ""


def _nouns_only(item: str) -> bool:
    """Whether ``item`` is jieba's nouns, verbal nouns or attributes only, ending in a noun."""
    pieces = tags(item)
    return all(nominal(p.flag) for p in pieces) and pieces[-1].flag[:1] == "n"


def _nominal_head(last: str, following: str) -> str:
    """The last item of a modifier list: its nouns, without what is done to them (round 61,
    r61b: "燃煤锅炉综合治理" → 燃煤锅炉, "企事业单位附属空间对外开放" → 企事业单位附属空间),
    ending in a noun or an abbreviation of jieba's; "" when none, when a number word
    follows the nouns ("道路积水点改造": 点 is no act), when a noun or a conjunction follows
    them ("府河、金线河水质提升和南环堤河…工程": the works are the head), or when a number
    (``following``, the character after ``last``) does: another count of a list ("金牌、残奥会
    获得8块金牌", "问题、市委…专项巡察反馈25项问题")."""
    pieces = tags(last)
    run = next((k for k, p in enumerate(pieces) if not nominal(p.flag)), len(pieces))
    end = next((k + 1 for k in range(run - 1, -1, -1) if pieces[k].flag[:1] in ("n", "j")), 0)
    if not end or following[:1].isdigit() or (end < len(pieces) and pieces[end].flag[:1] in (
            "m", "q")) or any(p.flag[:1] in ("n", "j", "c") for p in pieces[end:]):
        return ""
    return "".join(p.word for p in pieces[:end])
