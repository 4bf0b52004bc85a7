"""The total of projects counted by level (省重点项目3个、市重点项目5个) is all of theirs (issue 13
§2; round 88, w2: the development draws' "other thing", one count's name standing for a total
of several).

A sentence that counts the projects of each level in turn and then gives their money in a
clause of its own ("今年安排省重点项目1个，市重点项目9个，总投资118.92亿元") labelled the money
by one of the counts (市重点项目总投资, or 省重点项目总投资 after a 、), a total of the ten named by
the nine. The judges ask for both levels (省市重点项目总投资), as the text writes them when it
counts them together (全年实施省市重点项目39个，…，总投资531.38亿元 → 省市重点项目总投资).

The rule: the clause before the figure's is a run of two or more counts (joined by ，or 、),
each a level word (``cues.level_total_levels``: 省, 市, 县, 省级 …) and one shared noun of two
characters or more, then a number and a unit of things (个, 项, 家 …), with at most a verb of
``cues.label_leading`` or ``label_verbs`` before the first (安排, 实施); the figure's own clause
opens with the label's measure after one count's words; the label is that count's level and
noun and the measure. It becomes the levels joined (省市, 省市县; 省级/市级 → 省市级), the
noun and the measure: 省市重点项目总投资. Exceptions (the label stays): counts of different
nouns ("新建小学3所，新建初中2所": which total is unsaid here), one count, levels not all of the
list, a label that names no count of the run. Called from ``labelpasses.AFTER``.
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelclean import strip_words
from workreport.extract.labelvocab import cue_words
from workreport.extract.nonfigures import alternation

__all__ = ["levels_total"]

_PARTS = re.compile(r"[；;：:。]")
_ITEMS = re.compile(r"[，,、]")


@cache
def _count() -> re.Pattern[str]:
    """One count of the run: a level, the noun, a number and a unit of things."""
    levels = alternation(sorted(cue_words("level_total_levels"), key=len, reverse=True))
    return re.compile(rf"({levels})([\u4e00-\u9fff]{{2,8}}?)[\d]+(?:个|项|家|处)")


def levels_total(name: str, before: str, rest: str, dimension: str) -> str:
    """``name`` with every level of the counts before it, as the module says (round 88, w2);
    ``name`` as it is otherwise. ``before`` is the sentence up to the number; ``rest`` is not
    read; only money is read."""
    if not name or dimension != "money":
        return name
    items = [i.strip() for i in _ITEMS.split(_PARTS.split(before)[-1])]
    if len(items) < 3:
        return name
    counts = []
    for item in reversed(items[:-1]):
        m = _count().fullmatch(strip_words(item, cue_words("label_leading", "label_verbs"),
                                           leading=True))
        if not m:
            break
        counts.insert(0, (m.group(1), m.group(2)))
    nouns = {noun for _, noun in counts}
    if len(counts) < 2 or len(nouns) != 1:
        return name
    noun = nouns.pop()
    owner = next((lv + noun for lv, _ in counts if name.startswith(lv + noun)), "")
    measure = name[len(owner):]
    if not owner or not measure or (not items[-1].endswith(measure) and not measure.endswith(
            items[-1])):
        return name
    levels = [lv for lv, _ in counts]
    graded = all(lv.endswith("级") for lv in levels)
    joined = "".join(lv.removesuffix("级") for lv in levels) + ("级" if graded else "")
    return joined + noun + measure
