"""A percent between an owner and its possession is the share of that possession (issue 13,
the development draws' "other thing": the label names the owner, not what the share is of;
round 80, x3).

The class of error: a percent written as a modifier, "<owner or act> N%的<noun> [predicate]",
was labelled by the words before the number alone: "其他三级公立医院50%的门诊预约号源提前向基层
投放" gave 其他三级公立医院 (the hospitals for the share of their booking slots), "覆盖二级以上
医疗机构97%的门诊量" gave 覆盖二级以上医疗机构, "在川高校承担了全省近80%的基础研究项目" gave
在川高校承担全省. The number is the share of the noun after 的, its owner the words before.

The rule (a ``figurepasses.ROW`` pass, as it needs the unit): for a row in % whose label is the
words ending its clause before the number (a qualifier 近, 约 between), and whose number is
followed by (以上/左右)的 and a noun phrase (``labelcountedphrase.opening_noun_phrase``), the
label is the words before, the noun phrase, the predicate after it in its clause when short and
without a digit, and 比例: 其他三级公立医院门诊预约号源提前向基层投放比例,
覆盖二级以上医疗机构门诊量比例, 在川高校承担全省基础研究项目比例.

Exceptions (the label stays): a label naming a rate or measure already (``cues.measure_ends``,
比例, 占比, 比重: "调查失业率稳定在5%左右的较低水平", "含油量66%的油菜品种"), a label sharing a
word with the phrase ("执行好20%的刚性增长机制"), a phrase of money (``cues.money_nouns``: "拿出
公共财政预算收入1%的资金", the share is of the revenue) or one of ``cues.noun_after_not`` and
``cues.share_of_not`` (水平, 情况, 速度, 增量: the percent qualifies a state or pace, not a
part); a phrase holding a share's own word (比例, 比重, 份额: "财政支出70%的比例用于民生"
gave 财政支出比例用于民生比例; round 80 review, q1).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from workreport.extract.labelcountedphrase import opening_noun_phrase
from workreport.extract.labelvocab import cue_words, measure_ends
from workreport.extract.labelwords import tags

__all__ = ["share_of_after"]

_BREAK = re.compile(r"[，,；;。！？：:、（(]")
_OPEN = re.compile(r"(?:以上|左右|多)?的")
_QUALIFIER = re.compile(r"(?:近|约|将近|接近)$")


def share_of_after(f: Any, rows: list[Any], text: str) -> Any:
    """Figure row ``f`` labelled by the share's noun after 的 (see the module's docstring);
    ``rows`` the rows made before it, unused; ``text`` the report's text."""
    name = f.indicator
    if f.unit != "%" or len(name) < 2 \
            or name.endswith((*measure_ends("words"), "比例", "占比", "比重", "率")):
        return f
    opened = _OPEN.match(text, f.end)
    if not opened:
        return f
    clause = _BREAK.split(text[opened.end():opened.end() + 60], maxsplit=1)[0]
    phrase, _, _ = opening_noun_phrase(clause)
    pre = _QUALIFIER.sub("", _BREAK.split(text[max(0, f.start - 60):f.start])[-1])
    if len(phrase) < 2 or not pre.endswith(name[-2:]) \
            or any(p.word in cue_words("money_nouns") for p in tags(phrase)) \
            or phrase.endswith(cue_words("noun_after_not", "share_of_not")) \
            or any(p.word in ("比例", "比重", "占比", "份额") for p in tags(phrase)) \
            or any(len(p.word) > 1 and p.word in name for p in tags(phrase)):
        return f
    said = clause[len(phrase):]
    said = said if len(said) <= 10 and not re.search(r"[\d的]", said) else ""
    return replace(f, indicator=f"{name}{phrase}{said}比例")
