"""A bare count of projects right after the amount of a named fund is the fund's projects
(round 83, x2; the development draws' "scope lost": the source named in the clause before,
and the projects read as all the place's).

The class of error: a label that is only a verb of carrying out or funding and 项目
(``cues.funded_project_verbs``: 实施项目, 支持项目, 安排项目 …), written as the whole of its
clause right after a clause giving the amount of a named fund, names no kind of project while
the sentence says they are the ones that fund paid for:

- "争取北京朝阳区帮扶资金4800多万元，实施项目26个" → 北京朝阳区帮扶资金实施项目;
- "中央预算投资安排150亿元，支持4000多个项目" → 中央预算投资支持项目 (number first).

The rule (``funded_projects``, a ``ROW`` pass): the row right before stands in the same
sentence, is a level amount of money, and only a comma or 、 and the verb (and 项目, the count
written number first) lie between its number and the count's; the owner is its label less the
acts and fillers opening it (``cues.label_leading``, ``label_verbs``, ``running_total_words``,
``funded_owner_acts``: 争取, 整合使用 …), ending in a head of ``cues.funded_heads`` (资金, 投资,
国债 …) with a name of two characters or more before it that is no generic word
(``cues.funded_owner_generic``: 各类资金, 财政资金, 上级资金 say not which fund: "整合使用资金
1.08亿元，安排项目320个" stays); it goes in front of the label.
Exceptions (the label stays): a project count naming its kind (实施帮扶项目, 新建产业扶贫项目),
an owner holding a digit, a scope or the whole place, 项目 or an act (项目投入资金: the money
of projects, no fund's name), or longer than 16 characters. Round 83, x2.
Round 83 review, q1: nor when the amount is a part or a sibling of another amount right before
it in its clause run ("争取资金3亿元，其中中央资金2亿元，实施项目30个", "争取衔接资金2亿元、省级资金
1亿元，实施项目50个": the projects are of the whole, not of the last fund named); 使用 goes from
the fund's label as 争取 does (使用…专项资金 → …专项资金).
Session 61 (f4): nor when the amount is a statistic of the place, not a fund: its clause opens
with 完成 (完成固定资产投资100亿元，实施项目200个) or its label holds a word of ``cues.
funded_owner_statistics`` (固定资产投资, 招商引资, 到位资金 …): the projects are not ones it
paid for, and 实施项目 stays.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from workreport.extract.labelaffix import strip_words
from workreport.extract.labelthingmeasure import part_or_sibling
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import ending_word

__all__ = ["funded_projects"]

# (of ``units.money`` only 元 is plain; the registry holds no 万元: a magnitude is the number's)
_MONEY_UNITS = ("元", "万元", "亿元", "千元", "万亿元")


def _owner(label: str) -> str:
    """The named fund a money row's ``label`` gives, "" when none (see the module)."""
    owner = strip_words(label, cue_words("label_leading", "label_verbs", "running_total_words",
                                         "funded_owner_acts"), leading=True)
    head = ending_word(owner, cue_words("funded_heads"))
    name = owner[:len(owner) - len(head)]
    if not head or len(name) < 2 or len(owner) > 16 or re.search(r"[\d、，,]", owner) \
            or name in cue_words("funded_owner_generic") or "项目" in owner \
            or any(w in name for w in cue_words("funded_owner_acts")) \
            or any(w in owner for w in cue_words("scope_words", "report_wholes")):
        return ""
    return owner


def _money(row: Any) -> bool:
    """Whether ``row`` is a plain amount of money (元, 万元, 亿元, 千元, 万亿元: not per head,
    nor another currency)."""
    return row.unit in _MONEY_UNITS


def funded_projects(f: Any, rows: list[Any], text: str) -> Any:
    """Figure row ``f`` (``figures.Figure``) with its bare project count given the named fund
    the row before it in ``rows`` amounts as its owner (see the module; round 83, x2); ``f`` as
    it is otherwise. ``text`` is the report's text."""
    verb = f.indicator.removesuffix("项目")
    if not rows or verb == f.indicator or verb not in cue_words("funded_project_verbs"):
        return f
    prev = rows[-1]
    if prev.sentence_index != f.sentence_index or prev.measure != "level" or not _money(prev):
        return f
    if part_or_sibling(f, rows, text, _money):
        return f  # a part or a sibling: 争取资金3亿元，其中中央资金2亿元 (round 83 review, q1)
    if not re.fullmatch(rf"(?:以上|余|多)?[，,、]{verb}(?:项目)?", text[prev.end:f.start]):
        return f
    opening = re.split(r"[，,；;。：:]", text[max(0, prev.start - 40):prev.start])[-1]
    if opening.lstrip("累计").startswith("完成") \
            or any(w in prev.indicator for w in cue_words("funded_owner_statistics")):
        return f  # a statistic, not a fund: 完成固定资产投资… (session 61, f4)
    owner = _owner(prev.indicator)
    return replace(f, indicator=owner + f.indicator) if owner else f
