"""The scope of a batch one of whose members the place is (round 71, w2; the development
draw's 'scope lost', and bench/label_judging.md: "a count that stands for a whole country's
batch or total, quoted for context (入围国家首批N个试点城市): the label must say whose it is").

Class of error: "成为全省7个奶业生产能力提升示范县之一", "被确定为全省“3+4”中职与普通本科分段
培养6所试点学校之一", "作为全省6个试点县之一" count the province's batch, the place being one of
it; the scope word (全省) is dropped as a leading filler, and the label reads as the place's own
(奶业生产能力提升示范县, 作试点县, 唐县职教中心成为河北省项目学校).

Rule: a count whose noun runs to 之一 in its clause, after a verb ending in 为 or 入选, 列入,
评为 and a scope (``cues.batch_one_scopes``: 全国, 全省 …, or a province's name ending in 省)
with maybe the batch's modifier before the number, is labelled by that scope, modifier and
noun: → 全省奶业生产能力提升示范县, 全省“3+4”中职与普通本科分段培养试点学校, 全省试点县,
河北省项目学校.

Exceptions: no scope after the verb (成为27个…之一: the label stays), a noun holding a list
mark or a number (、占全市五分之一), money and shares; a label naming the batch already is
written the same (全省首批出口创汇基地).
Round 71 review, q8: a share is a percent by its dimension ("percent"; "share" is no
dimension of ``numbers``): "被确定为全省20%的重点县之一" keeps its label.

Round 72, x2 (the round-71 reviewers' cases): the verbs are data (``cues.batch_one_verbs``),
with 是 added ("我县是全省8个产粮大县之一" gave 产粮大县, read as the county's own). And the
place's own money in a later clause of the sentence is not the batch's: "被确定为全市8个中心镇
之一，完成投资2亿元" gave 全市中心镇投资 (all eight towns' investment); ``batch_dropped``
takes the batch's label off the front of a money label there (→ 投资), unless nothing
else is left.
Round 72 review, q12: not when the later clause names the batch's things itself ("入选全国100个
示范县之一，全国示范县资金共10亿元" gave 资金; the money is the batch's there).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelvocab import cue_words

__all__ = ["batch_dropped", "batch_one"]

_ONE_OF = re.compile(r"(?P<noun>(?:（[^）]{1,8}）|[^，。；：、\d（]){1,24}?)之一")


@cache
def _scoped() -> re.Pattern[str]:
    """The verb, the scope and the batch's modifier closing the text before the number."""
    scopes = "|".join(sorted(map(re.escape, cue_words("batch_one_scopes")), key=len, reverse=True))
    verbs = "|".join(map(re.escape, cue_words("batch_one_verbs")))
    return re.compile(rf"(?:{verbs})(?P<scope>{scopes}|[\u4e00-\u9fff]{{2,3}}省)"
                      r"(?P<mod>(?:“[^”，。；]*”|[^，。；：、\d“”])*)$")


def batch_one(name: str, before: str, rest: str, dimension: str) -> str:
    """``name``, or the batch's scope, modifier and noun when the place is one of a batch
    (see the module); ``before`` is the sentence up to the number, ``rest`` after it."""
    noun = _ONE_OF.match(rest)
    scoped = _scoped().search(before) if noun else None
    if not scoped or dimension in ("money", "share", "percent"):  # percent: q8
        return name
    return scoped.group("scope") + scoped.group("mod") + noun.group("noun")


def batch_dropped(name: str, before: str, rest: str, dimension: str) -> str:
    """``name`` without the label of a batch the place is one of, when it is money stated in
    a later clause of the sentence than the batch (round 72, x2: "被确定为全市8个中心镇之一，
    完成投资2亿元" → 投资, not 全市中心镇投资)."""
    if dimension != "money" or "之一" not in before:
        return name
    head, _, tail = before.rpartition("之一")
    if not re.match(r"[，,；;]", tail) or re.search(r"\d", tail):
        return name
    m = re.search(r"(\d+(?:\.\d+)?)[个家所座项名]?(?P<noun>[^，。；：、\d]{1,24})$", head)
    if not m or m.group("noun") in tail:  # "…，全省中心镇完成投资…": the batch's (q12)
        return name
    scoped = _scoped().search(head[:m.start()])
    if not scoped:
        return name
    label = scoped.group("scope") + scoped.group("mod") + m.group("noun")
    left = name.removeprefix(label)
    return left if left != name and len(left) >= 2 else name
