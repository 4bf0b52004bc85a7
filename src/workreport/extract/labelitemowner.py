"""Whose bare measure a label names when it follows a list (round 31, ro; split from
``labelowned`` in round 76, tidy; used by ``labelowned.bare_owner``).

- *the parts of a sized list*: a bare measure (``cues.bare_owned_measures``) handed out by 分别
  after a clause that ends in a list of N parts and its size is the parts' measure: "主攻钢材
  及制品、化工、建材三大主导产业，年产值分别达到…" → 钢材及制品、化工、建材三大主导产业年产值
  (``listed_parts``; rule 5);
- *a list's item after a count*: a bare measure of ``cues.count_item_measures`` right after a
  count is of the things counted: "出让林权30宗、成交价2.1亿元" → 出让林权成交价 (``item_owner``;
  rule 2).

The words are data (``vocab/cues.yml``).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelwords import leading_word, owned_by, tags
from workreport.extract.nonfigures import alternation, classifiers
from workreport.extract.numbers import vocab

__all__ = ["item_owner", "listed_parts"]


_SIZED = re.compile(r"([^\d，；：]{2,60}?)([两三四五六七八九十])大([\u4e00-\u9fff]{0,4}?"
                    r"(?:产业|行业|园区|基地))$")


_SIZES = "两三四五六七八九十"


def listed_parts(name: str, before: str) -> str:
    """A bare measure (``cues.bare_owned_measures``) handed out by 分别 after a clause that
    ends in a list of N parts and its size (四大主导产业) is the parts' measure: the list and
    the measure, which ``labeldistribute.distribute`` hands out: "主攻钢材及制品、化工、建材
    三大主导产业，年产值分别达到…" → 钢材及制品、化工、建材三大主导产业年产值 (钢材及制品
    one part: the items are counted at 、 and a 和 or 及 joining the last two, as many as the
    size says; the verb before the first goes). "" when the size and the items differ or a
    number stands before. ``before`` is the sentence up to the number. Round 31 (ro, rule 5)."""
    clauses = [c.strip() for c in re.split(r"[，；;,]", before.split("；")[-1])]
    if len(clauses) < 2 or any(re.search(r"\d", c) for c in clauses[:-1]) \
            or not (m := _SIZED.search(clauses[-2])):
        return ""
    items, size = m.group(1).split("、"), _SIZES.index(m.group(2)) + 2
    if len(items) == size - 1:  # "纺织、食品和建材三大…": 和 joins the last two
        items = items[:-1] + re.split(r"[和及与]", items[-1], maxsplit=1)
    if len(items) != size:
        return ""
    pieces = tags(items[0])
    verbs = [i for i, p in enumerate(pieces) if p.flag[:1] in ("v", "d")]
    first = "".join(p.word for p in pieces[verbs[-1] + 1:]) if verbs else items[0]
    if len(first) < 2 or any(len(i) < 2 for i in items):
        return ""
    return owned_by("、".join([first, *items[1:]]) + m.group(2) + "大" + m.group(3), name)


def item_owner(name: str, previous: str, before: str) -> str:
    """A bare measure of ``cues.count_item_measures`` (收益, 成交价, 成交额 …) that is a list's
    item right after a count (a number in a unit of ``units.count``), or opens the clause
    after one, is of the things counted, named by ``previous``: "出让林权30宗、成交价2.1亿元"
    → 出让林权成交价; proceeds (``cues.count_item_proceeds``) after what the verb before
    them did: "拍卖采砂权12个、收益3.5亿元" → 采砂权拍卖收益. "" otherwise (not after a list
    of counts or a list's name: "新增甲企业3家、乙企业5家，成交额…"). ``before`` is the
    sentence up to the number. Round 31 (ro, rule 2)."""
    cues = vocab("cues")
    if name not in cues["count_item_measures"] + cues["count_item_proceeds"]:
        return ""
    clause = re.split(r"[；;]", before)[-1]
    parts = re.split(r"[，,、]", clause)
    if len(parts) < 2 or parts[-1].strip() != name \
            or not re.search(rf"\d[\d.]*[万千百]?{classifiers()}[余多]?$", parts[-2]) \
            or re.search(r"[、和及与]|率$|比重$|比例$", _levels_lead().sub("", previous)) \
            or (len(parts) > 2 and re.search(r"\d", parts[-3])):
        return ""
    verb = leading_word(previous, cues["list_shared_verbs"] + cues["label_kept_verbs"])
    thing = previous[len(verb):]
    if name in cues["count_item_proceeds"] and verb and len(thing) > 1:
        return thing + verb + name
    return owned_by(previous, name)


@cache
def _levels_lead() -> re.Pattern[str]:
    """The levels of ``cues.count_item_levels`` that run a count's thing, opening its name: no
    list of things (``item_owner``; round 34: 国家、省及联盟药品集采)."""
    return re.compile(rf"^(?:(?:{alternation(vocab('cues')['count_item_levels'])})[、和及与]?)+")
