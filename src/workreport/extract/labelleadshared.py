"""A change verb opening a 、-list of counts is each item's (issue 13, the development draws'
"measure: 净增 is a change, not a level"; round 82, x8).

The class of error: a clause that opens with a net increase or a cut (``cues.change_up_leading``:
净增; ``cues.change_down_leading``: 压减, 减少, 调减 …) and lists what it changes, each item with
its own count ("净增科技型中小企业853家、高新技术企业97家、科技领军企业20家", "压减一般性支出10
亿元、三公经费2000万元", "减少贫困人口845户、2300人"), made only the first item a change: a figure
never reads its clause back past the figure before it, so the later items had no cue and were
levels (positive), while their labels took the list's verb (净增高新技术企业). By
label_judging.md a net increase is a change of the stock (its label the stock, 净增 dropped) and
a cut a negative change, whichever item of the list it counts.

The rule (a ``figurepasses.ROW`` pass): a row read as a level or a share takes the change (and
the sign) of the row right before it in its sentence when that row's clause opens with such a
verb (after ``cues.label_leading`` words) and the text between the two numbers is 、 and a bare
noun: no digit, no stop, no comparison or reach word (``cues.reach_words``: "净增市场主体3000家、
达到3.3万家" keeps its level), and no word that jieba reads as a verb (not a verbal noun: 经费
vn), preposition or adverb or that is an act of ``cues.label_verbs`` ("压减会议费10%、新建学校
3所" keeps its level). The label of a net increase drops 净增 (``labelforms.since_year``, as the
first item's does).

A verb of one character before a locative 上 or 下 and a noun is a threshold, not an act
(session 60, f1: "净增规上企业45家、限上企业30家", jieba's 限|上|企业, left 30 a level).

Exceptions (round 82 review, q5): an item naming a total, a rate or a saving
(``cues.lead_shared_not_nouns``: "净增市场主体3000家、总数5万家", "减少贫困人口3000人、贫困发生率
2.1%", "减少碳排放5万吨、节约标准煤2万吨": jieba reads 总数 and 节约标准煤 as nouns) keeps its level
or share.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Any

from workreport.extract.labelclause import CLAUSE_LINE_END
from workreport.extract.labelforms import since_year
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags

__all__ = ["lead_change_shared"]



@cache
def _words() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], frozenset[str]]:
    """The leading change words (longest first), ``label_leading``, ``reach_words`` and the acts
    of ``label_verbs``, built once."""
    leading = sorted({*cue_words("change_up_leading"), *cue_words("change_down_leading")},
                     key=len, reverse=True)
    return (tuple(leading), tuple(cue_words("label_leading")), tuple(cue_words("reach_words")),
            frozenset(cue_words("label_verbs")))


def _opening_verb(text: str, start: int, floor: int) -> str:
    """The leading change word that opens the clause holding ``start``, or ""."""
    leading, fillers, _, _ = _words()
    stops = [m.end() for m in CLAUSE_LINE_END.finditer(text, floor, start)]
    clause = text[stops[-1] if stops else floor:start].lstrip()
    changed = True
    while changed:  # 全年净增…, 其中压减…
        changed = False
        for w in fillers:
            if clause.startswith(w) and len(clause) > len(w):
                clause, changed = clause[len(w):], True
    return next((w for w in leading if clause.startswith(w)), "")


def _bare_noun(between: str) -> bool:
    """Is ``between`` (the text after the figure before) 、 and a bare noun, or 、 alone?"""
    _, _, reach, acts = _words()
    if not between.startswith("、") or CLAUSE_LINE_END.search(between) or re.search(r"\d", between):
        return False
    noun = between[1:]
    if not noun:
        return True
    if noun.startswith(reach) or any(w in noun for w in ("达", "至", "到", "比", "较")) \
            or any(w in noun for w in cue_words("lead_shared_not_nouns")):
        return False  # 、总数5万家, 、贫困发生率2.1%, 、节约标准煤2万吨 (r82 review, q5)
    pieces = tags(noun)
    return not any((t.flag.startswith(("v", "p", "d")) and t.flag != "vn" and not _threshold(
        pieces, k)) or t.word in acts for k, t in enumerate(pieces))  # 经费 vn names a thing


def _threshold(pieces: list[Any], k: int) -> bool:
    """Is ``pieces[k]`` a verb of one character before a locative 上 or 下 (jieba's f), the
    threshold opening a noun ("限上企业": 限|上|企业, 限额以上), no act? (session 60, f1:
    "净增规上企业45家、限上企业30家" left 30 a level)"""
    return len(pieces[k].word) == 1 and k + 2 < len(pieces) \
        and pieces[k + 1].word in ("上", "下") and pieces[k + 1].flag == "f" \
        and pieces[k + 2].flag[:1] == "n"


def lead_change_shared(f: Any, rows: list[Any], text: str) -> Any:
    """Figure row ``f`` as the change of the list its clause's leading verb opens (see the
    module's docstring); ``rows`` the rows made before it; ``text`` the report's text."""
    if f.measure not in ("level", "share") or not rows:
        return f
    before = rows[-1]
    if before.sentence_index != f.sentence_index or before.measure != "change" \
            or not before.end <= f.start or not _bare_noun(text[before.end:f.start]):
        return f
    floor = max(0, before.start - 120)
    verb = _opening_verb(text, before.start, floor)
    down = verb in cue_words("change_down_leading")
    if not verb or (before.value < 0) != down:
        return f
    value = -abs(f.value) if down else abs(f.value)
    high = None if f.value_high is None else (-abs(f.value_high) if down else abs(f.value_high))
    name = since_year(f.indicator, "", None) if not down else f.indicator
    return replace(f, measure="change", value=value, value_high=high, indicator=name)
