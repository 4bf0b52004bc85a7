"""A rate of a list takes the area the list's first item opens with (issue 13 §2; round 77, x1;
the development draw 9022's "scope lost": 生活污水治理率 for 农村生活污水治理率).

Class of error: a report lists the service rates of one area, naming the area once, at the
head of the first item: "农村户用卫生厕所普及率、生活污水治理率达97%以上", "农村自来水、户用卫生
厕所普及率分别达到97.7%和83.1%", "城市自来水和燃气普及率、污水集中处理率均达到100%", "实现农村
自来水普及率94%、卫生厕所普及率86%左右". The later rate labelled bare (生活污水治理率) reads as the
whole place's rate; it is the area's: 农村生活污水治理率, 城市污水集中处理率.

Rule (``area_rate``, run by ``figures.extract`` on every row once its label is made, after
``分别`` and 均 have split a list into rows): the label is a service rate (it ends in
one of ``cues.shared_area_rates``: 普及率, 治理率 …) and opens with no area of its own; it stands
in the figure's clause after a list that opens (after lead words and verbs only: 实现, 力争,
``cues.label_leading``, ``lead_verbs``, ``shared_area_leads``) with an area of ``cues.
shared_area_scopes`` as jieba's own word (农村, 城市); between the area and the label stand only
the list's earlier items, each a rate or a noun sharing the rate after it, with their numbers,
joined by 、 or 和. The label takes the area in front.

Exceptions (the label stays): a rate of no household or street service of ``cues.
shared_area_services`` (round 77 review, q1: "城镇污水处理率、工业固体废物处置率" → 工业固体废物
处置率, not the towns'; 危险废物安全处置率, 高中阶段教育普及率, 医疗废物处置率 too); a rate of land
(``cues.shared_area_rates_not``: 森林覆盖率) or one of ``cues.standalone_rates``; other rates
(利用率, 达标率: "城市生活垃圾资源化利用率、建筑垃圾综合利用率", whose building waste is not the
city's alone); a label holding any area or place word (城乡, 全县 …); a list whose words
before the area are more than lead words ("推进农村…"), or between the area and the label hold
a clause break, a verb phrase or a second area.
"""

from __future__ import annotations

import re

from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags

__all__ = ["area_rate"]

_CLAUSE = re.compile(r"[，,；;。：:]")
_JOINS = re.compile(r"[、和]")
# An earlier item's number, unit and qualifier before its 、 (94%, 86%左右).
_NUMBER = re.compile(r"(?:达到?|为)?[\d.]+(?:%|个百分点)(?:左右|以上)?$")
_AREAS_INSIDE = ("城乡", "全县", "全市", "全省", "全区", "全国", "乡镇", "行政村", "村")


def _leads_only(words: str) -> bool:
    """Whether ``words`` (the clause before the area) are lead words and verbs only."""
    leads = sorted(cue_words("label_leading", "lead_verbs", "shared_area_leads"), key=len,
                   reverse=True)
    while words:
        word = next((w for w in leads if words.startswith(w)), "")
        if not word:
            return False
        words = words[len(word):]
    return True


def _items_ok(items: str) -> bool:
    """Whether ``items`` (from after the area to the label, ending in 、 or 和) are a list's
    earlier items only: each, its number gone, a rate or a noun of two to ten characters."""
    if not items or items[-1] not in "、和":
        return False
    for item in _JOINS.split(items[:-1]):
        item = _NUMBER.sub("", item)
        if not 1 <= len(item) <= 12 or re.search(r"[\d“”（(]", item):
            return False
        if not item.endswith("率") and any(p.flag.startswith("v") and p.flag != "vn"
                                           for p in tags(item)):
            return False
    return True


def area_rate(name: str, before: str) -> str:
    """``name``, or the area its list's first item opens with in front of it (module doc);
    ``before`` is the figure's sentence up to its number."""
    rates = cue_words("shared_area_rates")
    if not name.endswith(tuple(rates)) or len(name) > 14:
        return name
    if name.endswith(tuple(cue_words("shared_area_rates_not"))) \
            or name in cue_words("standalone_rates") \
            or not any(w in name for w in cue_words("shared_area_services")):
        return name  # not the area's service: 工业固体废物处置率 (round 77 review, q1)
    areas = cue_words("shared_area_scopes")
    if any(a in name for a in (*areas, *_AREAS_INSIDE)):
        return name
    clause = _CLAUSE.split(before)[-1]
    at = clause.rfind(name)
    if at <= 0:
        return name
    head = clause[:at]
    for area in areas:
        start = head.find(area)
        if start < 0 or head.find(area, start + 1) >= 0:
            continue
        if not _leads_only(head[:start]):
            continue
        if not any(p.word == area for p in tags(head[start:])):
            continue
        if any(a in head[start + len(area):] for a in areas):
            return name
        if _items_ok(head[start + len(area):]):
            return area + name
    return name
