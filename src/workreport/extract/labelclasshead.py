"""A class word with no head noun after it takes the head of the sibling before it (round 83,
x4; a ``ROW`` pass of ``figurepasses``).

Class of error ('fragment', draw 9027): a later item of a list of counts gives only the class or
the size band of its things, the head noun standing once, in an earlier item: "其中招商类35个，
…；争取上级资金类41个，总投资51.69亿元" gave 争取上级资金类 and 争取上级资金类总投资; "打造百亿元
以上产业集群3个、50亿元以上3个、30亿元以上4个" gave 打造50亿元以上, 打造30亿元以上. In Chinese
…类 ("of the kind …") and an amount with 以上 are attributive: they modify a noun and cannot end
a noun phrase; the head they share is the one the sibling before names after the same word.

The rule: a label ending in 类, or in an amount and 以上/以下 (50亿元以上), or holding 类 right
before a measure of money (类总投资, 类投资), takes the head noun that follows the same word in the
label of an earlier row of its sentence (nearest first): 引荐招商类项目 → 争取上级资金类项目,
争取上级资金类项目总投资; 打造百亿元以上产业集群 → 打造50亿元以上产业集群. The head is the
words after the class word in that label, up to a measure of money, one to six characters with
no digit.

Exceptions (the label stays): no earlier row of the sentence with a head after the same word;
a class word that is part of a noun (门类, 品类, 种类, 分类, 鸟类: jieba's word there is no 类 of
its own); a head that holds the label's own words.
Round 83 review, q2: the head comes from the sibling only, the nearest earlier row of the
sentence in the same unit (万 and 亿 aside), or for a money measure the row right before it with
the same class: "完成招商类项目签约45个，引进人才260名，其中技能类180名" gave 技能类项目签约,
"排查…各类风险隐患1200处，化解信访积案56件，其中涉法涉诉类20件" 涉法涉诉类风险隐患, "新增10亿元以上
产业项目5个，培育规上企业30家，其中产值5亿元以上6家" …5亿元以上产业项目 (rows of another list);
a head holding a verb (项目签约, 项目投入资金: "投入资金5亿元，其中财政类3亿元" gave 财政类项目
投入资金) names no thing the class word modifies, and is left.
Session 61, f2: a band needs no digit (亿元以上, 千万元以上, 百亿元以上); a band row whose sibling
names no band (新增规上企业12家，其中产值亿元以上12家: 新增产值亿元以上) takes the sibling's noun
after the words the two share in front (新增产值亿元以上规上企业), a noun of two to eight characters
with no digit, verb or band of its own; a 类 row does not (招商类 under 引荐项目 stays as before).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Any

from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import bare_unit, tags
from workreport.vocab import alternation

__all__ = ["band_head", "class_head"]

_BAND_BODY = r"(?:\d[\d.]*(?:万|亿)?元?|[十百千]?(?:万|亿)元)(?:以上|以下)"
_BAND = re.compile(rf"{_BAND_BODY}$")
# A band with its head noun and count in a list: "百亿元以上产业集群3个" → 产业集群.
_BAND_HEADED = re.compile(rf"{_BAND_BODY}([\u4e00-\u9fff]{{2,8}}?)\d")
_DIGIT = re.compile(r"\d")


@cache
def _money() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A class word and a money measure ending a label (类总投资), and a money measure ending
    a head (``cues.class_money_measures``), compiled once."""
    money = alternation(cue_words("class_money_measures"))
    return re.compile(rf"^(?P<lead>.+类)(?P<money>{money})$"), re.compile(rf"(?:{money})$")


def _marker(label: str) -> tuple[str, str, str]:
    """(the label up to its class word, the class word, the money measure after it), or
    ("", "", "") when ``label`` ends in no bare class word."""
    m = _money()[0].match(label)
    lead, money = (m["lead"], m["money"]) if m else (label, "")
    if lead.endswith("类"):
        return (lead, "类", money) if tags(lead)[-1].word == "类" else ("", "", "")
    band = _BAND.search(label)
    if band and not money:
        return label, band.group(0)[-2:], ""
    return "", "", ""


def _head(label: str, word: str) -> str:
    """The head noun after ``word`` in ``label`` (up to a money measure), or "" (also for a
    head holding a verb: 项目签约, 项目投入资金 name no thing a class word modifies)."""
    at = label.rfind(word)
    if at < 0:
        return ""
    head = _money()[1].sub("", label[at + len(word):])
    if not 1 <= len(head) <= 6 or _DIGIT.search(head):
        return ""
    return "" if any(t.flag[:1] == "v" and t.flag != "vn" for t in tags(head)) else head


def _sibling(f: Any, rows: list[Any], lead: str, money: str) -> Any:
    """The earlier row of ``f``'s sentence that is its sibling in the list, or None: for a
    count, the nearest row in the same unit (a row in another unit is another list's: 引进人才
    …名 after 招商类项目…个); for a money measure, the row right before, of the same class."""
    for prev in reversed(rows):
        if prev.sentence_index != f.sentence_index:
            return None
        if money:
            return prev if prev.indicator.startswith(lead) else None
        if bare_unit(prev.unit or "") == bare_unit(f.unit or ""):  # 万人 → 人, 亿元 → 元
            return prev
    return None


def class_head(f: Any, rows: list[Any], text: str) -> Any:
    """Figure row ``f`` with the head its class word lacks (see the module's docstring)."""
    lead, word, money = _marker(f.indicator)
    if not lead:
        return f
    prev = _sibling(f, rows, lead, money)
    head = _head(prev.indicator, word) if prev is not None else ""
    if head and head not in lead:
        return replace(f, indicator=lead + head + money)
    head = _subset_head(f.indicator, prev.indicator) if prev is not None and word != "类" else ""
    return replace(f, indicator=f.indicator + head) if head else f


def _subset_head(label: str, whole: str) -> str:
    """Session 61, f2: the noun of the list a band's row is a subset of (新增规上企业12家，其中产值
    亿元以上12家: 新增产值亿元以上 → 新增产值亿元以上规上企业), the sibling's label after the words
    the two share in front, when it names a thing (no digit, no verb) the band has not."""
    n = 0
    while n < min(len(label), len(whole)) and label[n] == whole[n]:
        n += 1
    head = whole[n:]
    if not 2 <= len(head) <= 8 or _DIGIT.search(head) or "以上" in head or "以下" in head \
            or head in label or tags(head)[-1].flag[:1] != "n":
        return ""
    return "" if any(t.flag[:1] == "v" and t.flag != "vn" for t in tags(head)) else head


def band_head(owner: str, clause: str) -> str | None:
    """The things a size band sorts, for a measure owned by a band alone: None when ``owner``
    is no bare band ("30亿元以上", "5亿元以上"); else the head noun the first band of
    ``clause`` (the clause of the band's list) names before its count ("打造百亿元以上产业集群
    3个、50亿元以上3个、30亿元以上4个" → 产业集群), "" when none does. Session 73, tester 73
    D-C4: "…30亿元以上4个，年营业收入增长10%以上" was labelled 30亿元年营业收入; the revenue is
    the clusters'."""
    if not re.fullmatch(_BAND_BODY, owner):
        return None
    m = _BAND_HEADED.search(clause)
    return m.group(1) if m else ""
