"""A count before two items joined by 和/及 whose second item carries its own quantity counts
the first alone (round 79, x6; the development draws' "other thing": a label naming more than
the number counts).

The class of error: "N个甲和乙" where 乙 has a quantity of its own, a quantity word opening it
(``cues.joined_own_quantifiers``: 部分, 多条, 一批 …), its own number and classifier (雄安新区
3县), or one after its 等 (…、宝新多向模锻等一批市县级项目; 新能源、绿色低碳等8个重点专项): the
number counts 甲 only, while the label kept both ("13个乡镇和部分重点村庄规划" gave 乡镇和部分
重点村庄规划; "1个特色富民产业集群和多条精品产业链" …集群和多条精品产业链). The rule: for a
count (dimension count or people) whose noun stands right after its unit, when the label holds
甲 + 和/及/以及 + the text that follows in the sentence, the joined part goes; an act word both
items share at the end (``cues.joined_shared_tails``: 规划, 建设, 改造, 改造项目 …) stays on 甲
(round 79 review, q3: "8个老旧小区和部分城中村改造项目" gave 老旧小区): 乡镇规划,
每个县打造特色富民产业集群, 重大专项, 贫困县.

Round 80 (x3): a proper name opening 乙 is one thing of its own too (an organisation's name,
jieba's nt, or a list of place names, ns then 、): "98个中央部门和北京、上海、广东、陕西等省市
公开…" → 中央部门, "开工建设4所疏解高校和北大人民医院雄安院区" → 开工建设疏解高校.

Exceptions (the label stays): 乙 with no quantity of its own (a pair counted together:
"12个贫困县和非贫困县", "30个国家和地区"); a number in 乙 after 的 (it counts another noun the
pair qualifies: "120个国家和地区的490个港口"); 及 before 以上/以下, a threshold ("22个县级及
以上城市、13个县城": session 57); money, areas, shares; a label that does not hold
the joined text as the sentence writes it. Called from ``labelpasses.AFTER``.
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags
from workreport.vocab import alternation

__all__ = ["joined_extra"]

_JOINED = re.compile(r"([^，。；;、：:\d（(“”《》\s]{2,20}?)(以及|和|及(?!以[上下]))([^，。；;]*)")
_NUMBER_UNIT = r"(?:\d+|[一二两三四五六七八九十]+)[个条项家所座处批县市区村镇]"


@cache
def _own_quantity() -> re.Pattern[str]:
    """The quantity of the second item: a cue word opening it, its own number and unit before
    any 的, or a quantity after its 等."""
    words = alternation(cue_words("joined_own_quantifiers"))
    return re.compile(rf"^(?:{words})|^[^的]{{0,12}}?\d+[个条项家所座处县市区村镇]"
                      rf"|等(?:{words}|一批|{_NUMBER_UNIT})")


def _named(second: str) -> bool:
    """Whether the second item opens with a proper name, one thing of its own (round 80, x3):
    an organisation's name (jieba's nt: "4所疏解高校和北大人民医院雄安院区") or a list of
    place names ("98个中央部门和北京、上海、广东等省市": jieba's ns, then 、)."""
    words = tags(re.split(r"[，。；;]", second, maxsplit=1)[0])
    if not words or len(words[0].word) < 2:
        return False
    return words[0].flag == "nt" or (words[0].flag == "ns" and len(words) > 1
                                     and words[1].word == "、")


def joined_extra(name: str, before: str, rest: str, dimension: str) -> str:
    """``name`` without the second of two joined items when the second has its own quantity
    and the count counts the first (see the module's docstring)."""
    if dimension not in ("count", "people"):
        return name
    m = _JOINED.match(rest)
    if not m:
        return name
    first, conj, second = m.groups()
    at = name.find(first + conj)
    if at < 0 or not (_own_quantity().search(second) or _named(second)):
        return name
    cut = at + len(first)
    joined = name[cut + len(conj):]
    if not joined or not second.startswith(joined):
        return name
    tail = next((t for t in sorted(cue_words("joined_shared_tails"), key=len, reverse=True)
                 if joined.endswith(t) and not first.endswith(t)), "")
    return name[:cut] + tail
