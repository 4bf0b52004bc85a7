"""A measure that a set of things has, left bare, takes as its owner the things the figure
right before it counts or sizes (round 83, x2; the development draws' "scope lost": the
things named once, in the clause before, and their measure read as the whole place's).

The class of error: a label that is only what a set of things grows, carries, yields or holds
(``cues.thing_owned_measures``: 种植品种, 种植总面积, 货运量, 客运量, 产值, 入驻企业 …; not
从业人员 nor a revenue, whose owner is a count of bodies, labeltopicchain's: "新建厂房20栋，
从业人员3000人" stays), written as the whole of its clause right after a clause that counts or
sizes those things, reads as the place's whole (all the county's varieties, all the
province's freight), while the sentence says whose it is:

- "建设生态花海2600亩，种植品种20余个" → 生态花海种植品种;
- "新发展中药材1万亩以上，种植总面积发展到10万亩" → 中药材种植总面积 (the whole area of the
  crop, of which the new is a part: the owner is the kind of thing, its act and newness gone);
- "新开通4条国际货运包机航线，货运量增长97.6%" → 国际货运包机航线货运量.

The rule (``thing_measured``, a ``ROW`` pass): the row's label is one of
``cues.thing_owned_measures``; the row right before it stands in the same sentence, is a level
counted in a unit of things or of area (``units.count``, ``units.area``; not money, people, a
rate), and only a comma or 、 lies between its number and the label, which opens the figure's
clause (a qualifier of the number, 以上, 余, and the things it counts when written after it,
"4条国际货运包机航线", may stand before the comma). The owner is the row before's label less the
acts and fillers opening it (``cues.label_leading``, ``label_verbs``, ``label_kept_verbs``,
``list_shared_verbs``, ``running_total_words``, ``thing_owner_acts``: 新发展, 新开通 …); it goes
in front of the measure.

Exceptions (the label stays): a count of buildings before (``cues.thing_owner_not_units``:
栋, 座, 套: "新建食用菌二代棚室300栋，种植总面积…" is the crop's area, round 81); an owner
shorter than two or longer than twelve characters, one holding a digit, a scope or the
whole place (``cues.scope_words``, ``report_wholes``: the place's own), or ending in a
measure itself (``cues.thing_owned_measures``, ``count_owned_sizes``); a clause before
opening with a verb of holding (``cues.count_owner_holds``: "全县辖9个乡镇，面积…" is the
county's); a label naming the owner already; a number before that is a 、-list's (whose
things the measure may share). Round 83, x2.
Round 83 review, q1: nor an owner cut inside a word of jieba's when its acts go ("新开行货运
班列" lost 新开 only: 行货运班列), nor one that still holds an act after a subject ("港口新开通
集装箱航线6条，货运量…", "园区新建标准厂房…，入驻企业…": the measure is the port's, the park's,
not the new lines' or sheds'); nor a count or size right after another of things or area in the
same clause run, a part of it or a sibling ("新建蔬菜大棚3000亩，其中智能温室500亩，种植品种…":
the varieties are of the whole). 开行, 新开行 go from the owner (开行中欧班列 → 中欧班列).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from typing import Any

from workreport.extract.labelaffix import strip_words
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import bare_unit, tags, word_edges
from workreport.extract.units import unit_names
from workreport.vocab import alternation

__all__ = ["part_or_sibling", "thing_measured"]

_QUALIFIER = r"(?:以上|余|多|左右)?"
_RUN = re.compile(r"[^；;。]{0,24}")  # between two numbers of one clause run


@cache
def _thing_unit() -> re.Pattern[str]:
    """A unit counting things or sizing an area (亩, 万亩, 个, 栋, 条 …; not people)."""
    return re.compile(rf"[万千百亿]?(?:{alternation(list(unit_names('count', 'area')))})")


def _owner(label: str) -> str:
    """The things a count's ``label`` names, the acts and fillers opening it gone; "" when
    what is left can own no measure (see the module)."""
    acts = cue_words("label_leading", "label_verbs", "label_kept_verbs", "list_shared_verbs",
                     "running_total_words", "thing_owner_acts")
    owner = strip_words(label, acts, leading=True)
    if len(label) - len(owner) not in word_edges(label) or any(w.word in acts for w in tags(owner)):
        return ""  # 新开|行货运班列: a word cut; 港口新开通…航线: a subject and an act (review, q1)
    if not 2 <= len(owner) <= 12 or re.search(r"[\d、，,；;]", owner) \
            or any(w in owner for w in cue_words("scope_words", "report_wholes")) \
            or owner.endswith(cue_words("thing_owned_measures", "count_owned_sizes")):
        return ""
    return owner


def part_or_sibling(f: Any, rows: list[Any], text: str, alike: Callable[[Any], bool]) -> bool:
    """Whether the row before ``f`` (``rows[-1]``) follows another ``alike`` row of the same
    sentence in its clause run (no ；or 。 and at most 24 characters between): a part or a
    sibling of it, whose whole ``f``'s measure is ("新建大棚3000亩，其中智能温室500亩，…";
    round 83 review, q1). Shared with ``labelfundedprojects``."""
    return len(rows) > 1 and rows[-2].sentence_index == f.sentence_index \
        and alike(rows[-2]) and bool(_RUN.fullmatch(text[rows[-2].end:rows[-1].start]))


def thing_measured(f: Any, rows: list[Any], text: str) -> Any:
    """Figure row ``f`` (``figures.Figure``) with its bare measure given the things the row
    before it in ``rows`` counts as its owner (see the module; round 83, x2); ``f`` as it is
    otherwise. ``text`` is the report's text."""
    if not rows or f.indicator not in cue_words("thing_owned_measures"):
        return f
    prev = rows[-1]
    if prev.sentence_index != f.sentence_index or prev.measure != "level" \
            or not _thing_unit().fullmatch(prev.unit or "") \
            or bare_unit(prev.unit) in cue_words("thing_owner_not_units"):
        return f
    between = re.fullmatch(rf"{_QUALIFIER}([^，,；;。、\d]{{0,16}})[，,、]{re.escape(f.indicator)}"
                           rf"[^，,；;。、\d]{{0,6}}", text[prev.end:f.start])
    if not between or not prev.indicator.endswith(between.group(1)):
        return f  # only the things counted number first (4条国际…航线) may stand between
    if part_or_sibling(f, rows, text, lambda r: bool(_thing_unit().fullmatch(r.unit or ""))):
        return f  # a part or a sibling: 新建大棚3000亩，其中智能温室500亩 (review, q1)
    clause = text[max(text.rfind(c, 0, prev.start) for c in "，,；;。：:\n") + 1:prev.start]
    if "、" in clause or any(w in clause for w in cue_words("count_owner_holds")):
        return f  # a list's number, or a place's own holding: 全县辖9个乡镇
    owner = _owner(prev.indicator)
    if not owner or owner in f.indicator:
        return f
    return replace(f, indicator=owner + f.indicator)
