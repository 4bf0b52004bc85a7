"""A review's projection of what a project will give once built is a target, not a result
(issue 13, the development draws' "kind: 建成后…将形成 is a projection, target"; round 81, x8).

The class of error: a review tells of a project begun and then of what it will yield when done:
"谋划了新兴项目工业区，建成后，全县将形成近5平方公里的园区规模", "…建立战略合作关系，全部建成后
预计年消耗尾矿废渣6160万吨，实现销售收入18亿元、纳税2亿元以上"; every figure of a review part
was read as a result of the year. By label_judging.md a figure is actual only as a result of the
year reviewed or a stock; what a project is to reach when built is a goal: target.

The rule (called by ``figurekind.kind_of`` in a review part): a number whose sentence before it
holds a completion marker (``cues.projection_markers``: 建成后, 达产后, 投产后 …) and after it
a word of the future (``cues.projection_future``: 将, 预计, 可, 预期), with no 。；and no 已 (a
done thing: "投入运营后，已累计接待游客20万人次") between the marker and the number, is a target.

Exceptions: a marker in an earlier sentence or ；-part does not reach the number; 运营后 and
使用后 are left out (they follow a thing already running); without a word of the future the
marker may report what the year's building gave ("新建学校5所，建成后新增学位3000个": actual).
Round 81 review (q2): a word of the year reviewed after the future word (``cues.projection_now``:
今年, 当年, 目前 …) turns back to what was done ("达产后可实现年产值20亿元，今年实现产值3亿元");
and 可 inside a word that says nothing of the future (``cues.projection_future_not``: 可再生,
许可, 可视 …) is no future word.
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelvocab import cue_words
from workreport.vocab import alternation

__all__ = ["projected"]


@cache
def _marker() -> re.Pattern[str]:
    markers = alternation(list(cue_words("projection_markers")))
    future = alternation(list(cue_words("projection_future")))
    return re.compile(rf"(?:{markers})[^。；;已]*?(?:{future})[^。；;已]*$")


def projected(before: str) -> bool:
    """Does ``before`` (the sentence up to the number) end in a projection of a project's
    yield once built (see the module's docstring)?"""
    for w in cue_words("projection_future_not"):
        before = before.replace(w, "之" * len(w))
    m = _marker().search(before)
    return bool(m) and not any(w in before[m.start():] for w in cue_words("projection_now"))
