"""A reserve measured for the first resource of a 、-list is every later bare resource's
(issue 13; round 88, w4; the development draws' "scope lost": 地质储量 shared over the list).

The class of error: a list of resources found names the measure once, on its first item
("勘探新增石油地质储量3000万吨、天然气200亿立方米"); the later item was labelled by the list's
verb and its bare noun (新增天然气), which reads as gas supplied or produced, not gas reserves
found. ``labelcarried.carried_measure`` carries 产量, 产值 … between clauses of one unit; a
reserve is weighed in tons for oil and cubic metres for gas, so the units differ.

The rule (``reserve_shared``, a pass of ``labelpasses.AFTER``): a mass or volume whose clause
is a 、-list whose first item is words, a resource (jieba's noun), a reserve of
``cues.list_reserve_measures`` (地质储量, 探明储量 …) and its number, every later item a bare
noun of up to six characters and its number, and whose label ends in its own item's noun: the
label is the first item's words before its resource, the item's noun and the reserve:
勘探新增天然气地质储量. Not an item holding a verb or a measure of its own (…、天然气产量).
"""

from __future__ import annotations

import re

from workreport.extract.labelaffix import strip_words
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags
from workreport.extract.nonfigures import alternation

__all__ = ["reserve_shared"]

_CLAUSES = re.compile(r"[，；：。！？,;:]")
_BARE_ITEM = re.compile(r"[\u4e00-\u9fff]{1,6}[\d.]+[万亿千百]?[\u4e00-\u9fff]{1,4}")


def _bare_noun(text: str) -> bool:
    """Whether ``text`` is one to six characters of nouns only (jieba's)."""
    return 0 < len(text) <= 6 and all(p.flag[:1] == "n" for p in tags(text))


def reserve_shared(name: str, before: str, rest: str, dimension: str) -> str:
    """``name`` as the reserve the first item of its 、-list measures (see the module; round
    88, w4): "勘探新增石油地质储量3000万吨、天然气" + 200亿立方米 → 勘探新增天然气地质储量;
    ``name`` as it is otherwise. ``before`` is the sentence up to the number."""
    if not name or dimension not in ("mass", "volume"):
        return name
    items = _CLAUSES.split(before)[-1].split("、")
    own = items[-1].strip()
    if len(items) < 2 or not name.endswith(own) or not _bare_noun(own) \
            or own.endswith(cue_words("carried_measure_not_after")) \
            or not all(_BARE_ITEM.fullmatch(i) for i in items[1:-1]):
        return name
    reserves = alternation(cue_words("list_reserve_measures"))
    m = re.match(rf"(.+?)({reserves})[\d.]+[万亿千百]?[\u4e00-\u9fff]{{1,4}}$", items[0])
    if not m:
        return name
    pieces = tags(m.group(1))
    if pieces[-1].flag[:1] != "n" or own in m.group(1):
        return name
    lead = m.group(1)[: len(m.group(1)) - len(pieces[-1].word)]
    lead = strip_words(lead + own, cue_words("label_leading"), leading=True)
    return lead + m.group(2)
