"""Numbers that are not figures, round 63 (y7; issue 13, non-figures read as figures).

Two shapes (words in ``vocab/nonfigures.yml``), called from ``nonfigureown.later_non_figure``:

- ``candidate_package``: the size of the candidate list of 实事 put to the congress's vote, a
  plan's own package: "我们梳理形成了15件民生实事候选项目，提请本次大会票决";
- ``list_lead``: a lead-in counting the list that follows it: "重点做好以下9项工作：".

A review's count of the done ones ("年初确定的20项民生实事全部完成") and a real target
("今年新增就业1万人") are neither shape: they stay figures.
"""

from __future__ import annotations

import re
from functools import cache

from workreport.vocab import alternation
from workreport.vocab import load as vocab

__all__ = ["candidate_package", "list_lead"]


@cache
def _candidate() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The unit and candidate noun after the count, and the words putting it to the vote."""
    nf = vocab("nonfigures")
    return re.compile(nf["candidate_package"]), re.compile(alternation(nf["candidate_put"]))


@cache
def _congress() -> re.Pattern[str]:
    return re.compile(alternation(vocab("nonfigures")["candidate_congress"]))


def candidate_package(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` the size of a candidate list (``nonfigures.candidate_package``:
    the count, its unit, at most six words, 候选项目) that the rest of its sentence puts to the
    congress (``nonfigures.candidate_put``): "梳理形成了15件民生实事候选项目，提请本次大会票决",
    "遴选出十二类47项民生实事候选项目提交大会"? Not a pool the package was voted out of
    ("从120个候选项目中票决产生", 中 after the noun), nor a list no congress is asked about
    ("梳理形成20个民生实事候选项目。" stays a figure). Round 63 review (k63e): only 实事/民生/
    惠民 candidates (not "3个候选项目已提请国家发改委审议", "推荐3个全国文明村镇候选村") put to
    the congress or its deputies (``nonfigures.candidate_congress``: 大会, 人大, 代表), and 里
    like 中 ("从150个候选项目里票决产生")."""
    noun, put = _candidate()
    m = noun.match(text, end)
    if not m:
        return False
    rest = re.split(r"[。！？\n]", text[m.end():m.end() + 60])[0]
    return bool(put.search(rest)) and bool(_congress().search(rest))


@cache
def _lead() -> re.Pattern[str]:
    return re.compile(vocab("nonfigures")["list_lead_after"])


def list_lead(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` the count of a lead-in's list, 以下 straight before it and a
    unit, at most four words and the list's noun ending its clause after it
    (``nonfigures.list_lead_before``, ``list_lead_after``): "重点做好以下9项工作：", "抓好
    以下8件大事。"? Not 以下 after an amount ("3000元以下5万元以上": no list noun follows),
    nor a count with a magnitude ("以下10万元"). Round 63 review (k63e): nor 以下 after an
    amount or a measure (``nonfigures.list_lead_not_before``: "投资额1亿元以下12个项目审批
    工作", "收费标准200元以下15项收费事项")."""
    nf = vocab("nonfigures")
    return text.endswith(nf["list_lead_before"], 0, start) \
        and not re.search(nf["list_lead_not_before"], text[max(0, start - 12):start]) \
        and bool(_lead().match(text, end))
