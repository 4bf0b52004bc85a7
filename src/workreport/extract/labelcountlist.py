"""A count written before a list of things with no number of their own (round 76, x4;
issue 13, 'fragment' and 'other thing').

Class of error: "应邀到12个贫困县、非贫困县介绍…" gave 应邀贫困县, "新增1家京企、央企二三级子
公司落地" 新增京企, "打通3条断头路、卡脖路" 打通断头路, "建成60个口袋公园、儿童友好公园" 口袋
公园: the noun read after the number stops at the first 、, so the label names the first item
alone (a piece of the counted noun, or a part of the total). A count's number before items
joined by 、, none with a number of its own, counts them all: the label keeps the list.
``labelsharedhead.modifier_list`` reads one-word modifiers before one head (供水、供热管网);
this reads longer items, nouns each (贫困县、非贫困县) or a modifier before the last item's head
(光伏发电、风电企业投产).

Rule (``listed_counted``, a pass on the formed label): a count (of things or people) whose text
right after the unit is an item, 、, and further items, the label ending in that first item,
takes the items up to the last one's nouns: the first item has no number, 及, 与 or 等, and is
jieba's nominal words (nouns, verbal nouns, attributes; a verb or an adjective only before its
last noun: 断头路; a place, 和 or 的 inside: 京企, 国家级和省市的试点) ending in a noun or a
verbal noun; each middle item is nominal words, the last one's run of them ends the clause or
is followed by a verb, an adverb, a preposition, a conjunction or a predicate jieba tags a noun
(``cues.object_predicates``, ``label_verbs``, ``list_counted_acts``: 落户, 落地), and ends in
a noun (jieba's n or j, no place or body).

Exceptions: items before 等 (names of the kind: "北京、上海等省市" is scope, left to the rules of
names); a later item opening with a number (a list of counts: 5个公园、3个广场), with a verb
(贫困人口精准识别、建档立卡), whose nouns are followed by a number word or a measure word
(道路积水点改造: 点; 幼儿园110…), or whose clause states another figure (a clause of its own:
"新建3个公园、人均公园绿地面积达到12平方米", "组建4支服务队、村级组建20支…", "…2个国家先进制造业
集群、总数达3个"; so "9家光伏发电、风电企业年产值达6.8亿元" keeps 光伏发电); an item of one
character; money and measures (dimension not count: "5.7万平方米标准车间、职工公寓").

Round 61's phrasing rows had "打通5条断头路、瓶颈路" → 打通断头路 and "对25名市级劳模、优秀工匠
进行表彰" → 市级劳模 as found (what its rule must not change), while "对10个贫困村、非贫困村开展
帮扶" gave the whole list; the judges of the development draws call the first item alone a
fragment (易县: 应邀贫困县 for 12个贫困县、非贫困县), so these rows now have the list too.
Round 76, x4.
"""

from __future__ import annotations

import re

from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags

__all__ = ["listed_counted"]

# The first item: Chinese only (quotes allowed), then 、.
_FIRST = re.compile(r"([\u4e00-\u9fff“”]{2,14})、")
# The clause of the later items: up to a clause mark.
_CLAUSE = re.compile(r"[^，。；：！？,;:\n]*")
# jieba's tags a list item may be made of, and what a noun run may be followed by.
_ITEM_TAGS = ("n", "j", "b", "h", "l")
_NOT_NAMES = ("ns", "nt")  # places, bodies (jieba tags 荣誉 nr: no names of people kept out)
_AFTER_RUN = ("v", "d", "p", "c", "u")


def _item_flag(flag: str) -> bool:
    return flag in ("vn", "a") or (flag[:1] in _ITEM_TAGS and flag not in _NOT_NAMES)


def _grade(pieces: list, k: int) -> bool:
    """Whether ``pieces[k]`` is a numeral of a grade inside a noun (央企二三级子公司: 二 before
    三级), a Chinese numeral before an attribute or a noun."""
    return pieces[k].flag == "m" and re.fullmatch("[一二三四五六七八九十两]+", pieces[k].word) \
        is not None and k + 1 < len(pieces) and pieces[k + 1].flag[:1] in ("b", "n") \
        and pieces[k + 1].flag not in _NOT_NAMES


def _first_ok(item: str) -> bool:
    """Whether ``item``, the first of the list, is nominal words ending in a noun or a
    verbal noun (光伏发电, 贫困县, 口袋公园; not 贫困人口精准识别 … 、建档立卡: the later
    item decides)."""
    if re.search(r"[及与或等]", item):
        return False
    pieces = tags(item)
    last = len(pieces) - 1
    return all(_first_piece(pieces, k) for k in range(len(pieces))) \
        and (pieces[last].flag[:1] in ("n", "j") or pieces[last].flag == "vn") \
        and pieces[last].flag not in _NOT_NAMES


def _first_piece(pieces: list, k: int) -> bool:
    """Whether ``pieces[k]`` may stand in the first item: a nominal word; a verb or an
    adjective only straight before the last noun (断头路); a place, 和 or 的 inside (京企,
    国家级和省市的试点)."""
    p, last = pieces[k], len(pieces) - 1
    if _item_flag(p.flag) and p.flag != "a":
        return True
    if p.flag in ("v", "a") and k == last - 1 and pieces[last].flag[:1] == "n":
        return True
    return k < last and ((k > 0 and p.word in ("和", "的")) or p.flag in _NOT_NAMES)


def _noun_run(item: str, last: bool, clause_rest: str) -> str:
    """The nouns ``item`` (a later item of the list) is or opens with, "" when it is none:
    the whole item for a middle one, a run followed by a verb, an adverb, a preposition,
    a conjunction or nothing for the last; ``clause_rest`` is what follows the item in its
    clause."""
    pieces = tags(item)
    # 落地, 落户, 投产: predicates jieba may tag nouns
    acts = cue_words("object_predicates", "label_verbs", "list_counted_acts")
    run = next((k for k, p in enumerate(pieces) if (k and p.word in acts)
                or (not _item_flag(p.flag) and not _grade(pieces, k))), len(pieces))
    if run == 0 or (not last and run < len(pieces)):
        return ""
    if run < len(pieces) and pieces[run].flag[:1] not in _AFTER_RUN \
            and pieces[run].word not in acts:
        return ""  # 道路积水|点改造, 幼儿园|110…, 央企|二三级…
    if run < len(pieces) and pieces[run].word.startswith("等"):
        return ""
    words = [p.word for p in pieces[:run]]
    following = "".join(p.word for p in pieces[run:]) + clause_rest
    if re.search(r"[\d一二三四五六七八九十百千万亿两]+[余多]?(?:[个家所条项块支名亿万元%]|平方)",
                 following):
        # another figure follows in the item's clause: a clause of its own (村级组建20支…,
        # 人均公园绿地面积达到12平方米), not the count's noun
        return ""
    if not words or pieces[run - 1].flag[:1] not in ("n", "j") \
            or pieces[run - 1].flag in _NOT_NAMES:
        return ""
    noun = "".join(words)
    return noun if len(noun) > 1 else ""


def listed_counted(name: str, before: str, rest: str, dimension: str) -> str:
    """``name`` with the later items of the list its count stands before, the count's noun
    being the first ("12个贫困县、非贫困县介绍…" labelled 应邀贫困县 → 应邀贫困县、非贫困县;
    "9家光伏发电、风电企业年产值达…" → 光伏发电、风电企业); ``name`` otherwise."""
    if dimension not in ("count", "people"):
        return name
    m = _FIRST.match(rest)
    if not m or not name.endswith(m.group(1)) or not _first_ok(m.group(1)):
        return name
    clause = _CLAUSE.match(rest, m.end()).group(0)
    items = clause.split("、")
    nouns: list[str] = []
    for k, item in enumerate(items):
        last = k == len(items) - 1
        noun = _noun_run(item, last, "")
        if not noun:
            return name
        nouns.append(noun)
        if noun != item:
            break
    listed = "、".join(nouns)
    return name if name.endswith(listed) else name + "、" + listed
