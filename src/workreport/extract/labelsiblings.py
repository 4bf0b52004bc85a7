"""A later item of a list of counts that is a kind of the same thing as the first item takes
the level or field the first item opens with (round 60, r60e; issue 13, the draws' "scope
lost" over a list): "新创建国家农业优势特色产业集群2个、现代农业产业园2个、农业产业强镇5个"
counts national parks and towns (→ 新创建国家现代农业产业园, 新创建国家农业产业强镇), and
"新增农产品区域公用品牌5个、企业品牌10个、产品品牌20个" counts farm-produce brands (→ 新增
农产品企业品牌, 新增农产品产品品牌). Which modifier is shared is read from the items, never
from the example's words: a level of ``cues.list_kind_levels`` goes to an item that shares a
word with the rest of the first item other than their common head (绿色工厂, 绿色工业园区; not
高新技术企业, 科技型中小企业, whose common 企业 says nothing of kind); a field noun goes to an
item of the same head that stands for the first item's middle words (农产品|区域公用|品牌,
企业|品牌).

Round 81, x1 (the draws' "scope lost": a list head's level shared over the list): a later item
that names a graded designation, a kind of certified thing listed by level (``cues.
list_graded_designations``: 绿色工厂, 绿色供应链管理企业, 海洋牧场 …), takes the first
item's 国家/国家级 even when the two share no word, and up to twelve characters: "新认定国家级
制造业单项冠军企业4户、绿色工厂39户" → 新认定国家级绿色工厂, "新创建国家级绿色工厂73家、绿色
供应链管理企业11家" → 新创建国家级绿色供应链管理企业. Not an item of a level of its own (省级绿色
工厂) nor any other item (上市企业, 科技型中小企业: no designation by level), nor a designation that
is national only (制造业单项冠军企业, 专精特新“小巨人”企业: the bare name says as much); not 省级.
Round 81 review (q4): only a first item's 国家级 is shared this way, not 国家 that is part of a
title ("新增国家A级旅游景区3个、绿色工厂2家", "新增国家高新技术企业50家、绿色工厂6家",
国家重点实验室: 绿色工厂 stays), nor a 国家级 before a grade of its own (国家级4A级…); a bare
产业集群 is no designation ("新增国家级高新技术企业45家、产业集群2个": 产业集群 stays), only
特色产业集群 and 先进制造业集群 are.

The words are data (``vocab/cues.yml``).
"""

from __future__ import annotations

from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import leading_word, tags
from workreport.extract.numbers import vocab

__all__ = ["sibling_kind"]


def _own(item: str) -> bool:
    """Whether ``item`` holds a level, grade, place or scope of its own and so takes nothing
    from the first item: it opens with a word of ``cues.sibling_own_leading`` (全国, 省) or
    holds one of ``cues.sibling_own_words`` (级, 以上)."""
    return item.startswith(cue_words("sibling_own_leading")) \
        or any(w in item for w in cue_words("sibling_own_words"))


def sibling_kind(first: str, item: str, head: str) -> str:
    """``item``, a later item of a list (a bare noun, its verb gone), with the level or field
    that ``first`` (the label of the item before it, its verb gone) opens with, when that
    modifier stands in ``head`` (the list's first item's text) and ``item`` is a kind of the
    same thing (module doc): ("国家农业优势特色产业集群", "现代农业产业园") → 国家现代农业产业园
    (a shared 产业 that is no common head), ("农产品区域公用品牌", "企业品牌") → 农产品企业品牌.
    ``item`` stays when it holds a level or scope of its own (省级…, 全国…), is not all nouns
    (jieba's; an adjective inside: 农业产业|强|镇) or is longer than eight characters;
    ("国家级高新技术企业", "科技型中小企业"), ("国家级制造业单项冠军企业", "上市企业") and
    ("农业龙头企业", "上市企业") stay too. Not 省级: its later items are often no province's
    (省级技术创新中心…、高新技术企业…, certified by the state)."""
    level = leading_word(first, vocab("cues")["list_kind_levels"])
    if level == "国家级" and level in head and not _own(first[len(level):]) \
            and _designation(item):
        return level + item  # not 国家 of a title: 国家A级旅游景区 (round 81 review, q4)
    pieces = tags(item) if 1 < len(item) <= 8 else ()
    if not pieces or _own(item) or pieces[-1].flag[:1] not in ("n", "j") \
            or any(p.flag[:1] not in ("n", "j", "a") for p in pieces) or item in first:
        return item
    if level and level in head and _kindred(first[len(level):], item):
        return level + item
    field = _field(first, item)
    return field + item if field and field in head else item


def _designation(item: str) -> bool:
    """Whether ``item`` (a later list item, its verb gone) names a graded designation of
    ``cues.list_graded_designations`` (round 81, x1), is no longer than twelve characters,
    holds no level or scope of its own and ends in a noun (jieba's): "绿色工厂",
    "海洋牧场"; not "省级绿色工厂", "上市企业", "制造业单项冠军企业"."""
    if not 1 < len(item) <= 12 or _own(item) or not any(
            w in item for w in cue_words("list_graded_designations")):
        return False
    pieces = tags(item)
    return bool(pieces) and pieces[-1].flag[:1] in ("n", "j")


def _kindred(rest: str, item: str) -> bool:
    """Whether ``item`` shares two characters with ``rest`` that are not the head both end
    with ("优势特色产业集群", "现代农业产业园": 产业; not "高新技术企业", "科技型中小企业"),
    found in ``rest``'s modifier, before its last jieba word (round 60 review, k60a: the head
    of "森林|乡村" shared as a modifier, "美丽乡村示范村", is another kind of thing)."""
    words = tags(rest)
    modifier = rest[:len(rest) - len(words[-1].word)] if words else ""
    return len(rest) >= 4 and any(
        (b := item[k:k + 2]) in modifier and not (item.endswith(b) and rest.endswith(b))
        for k in range(len(item) - 1))


def _field(first: str, item: str) -> str:
    """The field noun ``first`` opens with (jieba's first word, a noun of two characters or
    more, no place) when ``first`` goes on with middle words and ends in the head ``item``
    ends with, and ``item`` is that head after one noun of two characters standing for the
    middle words: "农产品|区域公用|品牌", "企业|品牌" → 农产品. "" otherwise: no middle
    words ("燃气|管道", "供水|管道"), an item of another head or of a modifier of its own
    longer than one word, a head that names any firm or unit (``cues.list_kind_open_heads``:
    企业 of 农业龙头企业, 上市企业), a first word that a verbal noun goes on (round 60 review,
    k60a: "文化|旅游|品牌" opens with the modifier 文化旅游, not a whole word, so "企业品牌"
    stays)."""
    words, own = tags(first), tags(item)
    if len(words) < 3 or len(own) != 2 or len(own[0].word) != 2 or len(words[0].word) < 2 \
            or words[0].flag[:1] != "n" or words[0].flag == "ns" or words[-1].word != own[-1].word \
            or len(own[-1].word) < 2 or own[-1].word in vocab("cues")["list_kind_open_heads"]:
        return ""
    middle = "".join(p.word for p in words[1:-1])
    if words[1].flag != "n":
        return ""
    return words[0].word if len(middle) >= 2 and own[0].word not in middle else ""
