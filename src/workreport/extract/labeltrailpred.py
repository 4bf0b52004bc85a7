"""A second predicate left after a whole label (issue 13, trailing predicate; round 88, w3;
used by ``naming.label`` through ``labelassigned.after_label``).

Class of error: the label names the counted thing or the measure in full and then runs on
into what is said next, which no rule cut:
- a second act joined by 并 and an adverb of promptness ("第一时间发现1例无症状感染者并立即启动
  应急响应" gave 发现无症状感染者并立即启动应急响应): what was done after the things were
  counted, not which of them are counted;
- a share word and the predicate 占 repeated after a share already named ("…商业在社会商品零售
  总额中的比重已占50%左右" gave …中的比重已占比重).
Rule: cut the label before 并 + an adverb of ``cues.then_adverbs`` (立即, 迅速, 及时 …) when at
least two characters stand before it; drop (已|只|仅)?占 + a share word after a share word
(比重, 比例, 占比) ending the label. Exceptions: 并 of a joined act with no such adverb stays
(建成并投用, 发现并整改问题: the things counted underwent both).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelvocab import cue_words

__all__ = ["trailing_predicate_cut"]

_SHARE_TWICE = re.compile(r"(?<=比重|比例|占比)[已只仅]?占(?:比重|比例|占比)$")


@cache
def _then() -> re.Pattern[str]:
    return re.compile(rf"(?<=..)并(?:{'|'.join(cue_words('then_adverbs'))})")


def trailing_predicate_cut(name: str, before: str, rest: str, dimension: str) -> str:
    """``name`` (a label, str) without a second predicate after it (see the module); the
    sentence before and after the number and the dimension are unused. Raises nothing:
    "发现无症状感染者并立即启动应急响应" → 发现无症状感染者, "…中的比重已占比重" → …中的比重."""
    if m := _then().search(name):
        name = name[:m.start()]
    return _SHARE_TWICE.sub("", name)
