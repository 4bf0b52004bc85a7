"""Round 38 (ra38): the owner of a bare growth word or rise in rank, from the figure before it in
its clause chain (the development draws' "owner lost": 位次 for 4 places up, 增速 for 10%).

A review's line of an indicator often runs: the level, its growth, its rank in a field, the rank's
move ("固定资产投资完成61.56亿元，增速10%，全市第10，比去年提高4个位次"). Its figures after the
first are labelled by the word before them alone; they are the indicator's:

- a bare growth word (``cues.rank_growth_words``: 增速, 增幅) right after the level, a comma
  between: the level's label, as a change is labelled by its stock ("固定资产投资" for 10%);
- a bare rank word (``cues.rank_words``: 位次, 排名, 名次) after the growth and the rank in its
  field (全市第10): the growth's owner, 增速, the field and 位次 ("固定资产投资增速全市位次");
  after a level, the level's owner ("…全市第3，比上年前进2个位次" → 地区生产总值全市位次).

Only inside one sentence, no ； between the two figures, and only where the previous figure is
the one just before in the text.
"""
from __future__ import annotations

import re
from typing import Any

from workreport.extract.numbers import vocab

# The rank in a field between the growth and the rank's move: "全市第10", "全省排名第5".
_FIELD = re.compile(r"(全国|全省|全市|全区|全县)(?:排名|排位|位居|居)?第[\d一二三四五六七八九十]+")


def rank_owned(f: Any, before: list[Any], text: str) -> str:
    """The label of figure row ``f`` (``figures.Figure``) with its owner named from ``before``
    (the row just before it, labelled already, or nothing) when ``f``'s label is a bare growth
    or rank word; ``text`` is the report's text. Any other label is returned."""
    name = f.indicator
    cues = vocab("cues")
    if f.measure != "change" or not before or name not in cues["rank_words"] + \
            cues["rank_growth_words"]:
        return name
    prev = before[0]
    if prev.sentence_index != f.sentence_index or not prev.indicator \
            or prev.indicator in cues["rank_words"] + cues["rank_growth_words"]:
        return name
    between = text[prev.end:f.start]
    if not between or re.search(r"[；;。]", between):
        return name
    if name in cues["rank_growth_words"]:
        return prev.indicator if prev.measure == "level" \
            and re.fullmatch(rf"[，,]\s*(?:{name})", between) else name
    field = _FIELD.search(between)
    if not field or between.count("，") + between.count(",") > 2:
        return name
    owner = prev.indicator
    if prev.measure == "change" and not owner.endswith(tuple(cues["rank_growth_words"])):
        owner += "增速"
    return f"{owner}{field.group(1)}位次"
