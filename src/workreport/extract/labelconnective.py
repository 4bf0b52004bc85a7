"""Labels cut at a sentence's connective (round 71, w4; the development draws' "fragment" rows:
a label that is a connective or a stress word alone, or that opens on one).

- *a connective alone*: the clause before a count is only a connective or the stress that
  opens a clause ("特别是3名援鄂医疗队员…" gave 特别, what is left of 特别是 once 是 goes;
  "最后111户243人…" gave 最后): it names nothing, so ``naming.label`` takes the noun after the
  number, as for a label of ``cues.label_leading`` alone (``cues.connective_labels``); one
  opening a longer clause goes with the fillers (``cues.label_leading``: 但是, 例如, 另外).
  Not 特别 or 尤其 opening a longer label (特别国债), nor 最后 there (最后一公里); nor
  (round 71 review, q9) 最后 before a count of anything but households or people
  (``cues.connective_people_labels``): "最后2个乡镇实现通天然气" keeps 实现通天然气的最后乡镇
  (the last ones: 通天然气乡镇 read as all the towns with gas; scope lost).
- *a state after the counts* (``state_after``): with the connective gone, a count of
  households or people whose counts are followed by an adverb of all and a state of
  ``cues.people_state_verbs`` had no label ("最后111户243人全部稳定脱贫" → ""): the state
  names them as ``labelphrased.people_counted`` does without the adverb (稳定脱贫户, 稳定脱贫
  人口). Only with no label, only the adverbs of ``cues.state_all_adverbs`` and only other
  counts of households or people between.
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelphrased import people_counted
from workreport.extract.labelvocab import cue_words
from workreport.extract.nonfigures import alternation

__all__ = ["connective_only", "no_label", "state_after"]

_PEOPLE_UNITS = ("户", "人", "名")  # counts of households or people (connective_only, _state_re)


def connective_only(name: str, unit: str) -> bool:
    """Whether the label ``name`` of a count in ``unit`` is only a connective
    (``cues.connective_labels``), to be dropped; 最后 (``cues.connective_people_labels``) only
    before a count of households or people (round 71 review, q9)."""
    if name in cue_words("connective_people_labels"):
        return unit.removeprefix("万") in _PEOPLE_UNITS
    return name in cue_words("connective_labels")


def no_label(name: str, unit: str) -> bool:
    """Whether ``name``, a count's label in ``unit``, names nothing and goes: a filler of
    ``cues.label_leading``, a word of ``generic_labels`` or ``label_manner_words``, an adverb of
    ``served_adverbs`` (免费 of 免费为…, round 72) or a connective alone (``connective_only``).
    The words are one set, read once (``naming.label`` asks this of every label)."""
    return name in _empty_words() or connective_only(name, unit)


@cache
def _empty_words() -> frozenset[str]:
    """The words ``no_label`` drops, read once."""
    return frozenset(cue_words("label_leading", "generic_labels", "label_manner_words",
                               "served_adverbs"))


def state_after(name: str, after: str, unit: str) -> str:
    """``name``, or when it is empty the state the clause ``after`` the number says all the
    households or people counted reached ("户243人全部稳定脱贫" → 稳定脱贫户 for 户)."""
    if name:
        return name
    m = _state_re().match(after)
    return people_counted(m.group("state"), unit) if m else ""


@cache
def _state_re() -> re.Pattern[str]:
    """The unit, further counts of households or people, adverbs of all and the state,
    compiled once."""
    adverbs = alternation(cue_words("state_all_adverbs"))
    count = rf"[\d.]+[万千百]?[余多]?(?:{'|'.join(_PEOPLE_UNITS)})"
    return re.compile(rf"^(?:[、，]?{count})*(?:{adverbs})+"
                      r"(?P<state>[\u4e00-\u9fff]{2,6})(?=[，。；]|$)")
