"""A measure that grew, driven by a means named before it (issue 13, round 40, ra40; the
development draws' "leading filler": 带动 and the means before it left in the label of a
growth).

When the sentence before the figure's number ends in 带动 (``cues.driving_verbs``), a
measure, and a verb of change right before the number (``cues.change_up``,
``change_down``), the figure is that measure's whole growth, and what drove it is no part
of its name: "…，带动一般公共预算收入增长6.6%" → 一般公共预算收入 (not 带动一般公共预算
收入); "工业技改项目…，带动工业投资增长10%" → 工业投资.

An amount driven with no verb before the number is what the means brought and keeps its
verb ("带动消费300亿元" → 带动消费, "带动就业4764人"), and so does an income raised
(``cues.driven_kept``, the sentence ending in it: "带动群众增收8.5亿元"). A level reached
keeps its source (round 20's rule, its phrasing row: "用好算力券政策，带动算力产业规模达到
120亿元" → 算力券政策带动算力产业规模).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelvocab import cue_words
from workreport.extract.nonfigures import alternation

__all__ = ["driven_measure"]


@cache
def _driven_end() -> re.Pattern[str]:
    """带动, the measure (no break or digit), then the verb of change before the number."""
    drivers = alternation(cue_words("driving_verbs"))
    verbs = alternation(cue_words("change_up", "change_down"))
    return re.compile(rf"(?:{drivers})([^，,；;。、：:\d]{{2,20}}?)(?:{verbs})了?$")


def driven_measure(name: str, before: str, rest: str, dimension: str) -> str:
    """The measure after 带动 in ``name`` when ``before`` (the sentence up to the figure's
    number) ends in 带动, that measure and a verb of change; ``name`` otherwise
    (``labelassigned.after_label`` applies it; ``rest`` and ``dimension`` are not read)."""
    if not any(d in name for d in cue_words("driving_verbs")) \
            or before.endswith(cue_words("driven_kept")):
        return name
    m = _driven_end().search(before)
    measure = m.group(1) if m else ""
    return measure if measure and name.endswith(measure) else name
