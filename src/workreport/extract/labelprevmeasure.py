"""A thing's own measure, left bare, takes the owner of the figure right before it (round 79,
x6; the development draws' "owner lost": a bare measure whose owner is in the text).

The class of error: a label that is only a measure a thing has, not a place's total
(``cues.previous_measure_bare``: 保有储量, 吞吐量, 客运量, 装机占比 …, after a time word of
``cues.previous_measure_times``: 年, 日最高), standing in a clause-run after a figure whose label
is an owner and a measure (``cues.previous_measure_heads``: 产量, 发电量, 运营里程 …), leaves
"of what?" open while the sentence names it: "煤炭产量首次突破1亿吨、居全国第八，保有储量超过
320亿吨" → 煤炭保有储量; "可再生能源发电量超1000亿度、装机占比突破50%" → 可再生能源装机占比;
"轨道交通运营里程达到575公里、日最高客运量突破600万人次" → 轨道交通日最高客运量; "上海港集装箱
吞吐量达到…，成为全球首个年吞吐量超过5000万标准箱的世界大港" → 上海港集装箱年吞吐量.

The rule: the owner is the figure before's label less its measure (and a 年/日/总 before it);
it is kept only when two characters or more and no bare scope (全省, 全市: the place's own).
Exceptions (the label stays): a measure the owner before cannot have (round 79 review, q3:
"工业总产值突破1000亿元，客运量…" gave 工业客运量; each head of ``cues.previous_measure_heads``
lists the bare measures its owner has: a store after an output, traffic after a line or port);
a place's own totals (发电量, 货运量, 税收: not in the list; "电力
装机容量…，发电量…" stays 发电量), a figure before in another sentence or across ；/。 or more
than two commas, one with no measure of the list at its end, a label written with an owner of
its own. Session 62 (f2): a budget's spending after its income ("一般公共预算收入5亿元，支出
15亿元" → 一般公共预算支出; an owner of ``cues.previous_measure_owner_ends`` only), and a
change's label with its base (支出比2010年 → 一般公共预算支出比2010年). Called by
``figures`` after ``labelprevowner.previous_owned``; the words are data (``vocab/cues.yml``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import ending_word
from workreport.vocab import load

__all__ = ["measure_owned"]

_RUN_BREAK = re.compile(r"[；;。]")
# The base a change's label ends in (比2010年, 比上个五年), set aside while the measure is read.
_BASE_TAIL = re.compile(r"(?<!占)比[^比率重例]{2,8}$")


def _bare(label: str) -> str:
    """The thing's own measure ``label`` is alone, a time word before it allowed, or ""."""
    for time in ("", *cue_words("previous_measure_times")):
        if label.startswith(time) and label[len(time):] in cue_words("previous_measure_bare"):
            return label[len(time):]
    return ""


def _owner(label: str, measure: str) -> str:
    """The owner in ``label``, an owner and a measure of ``cues.previous_measure_heads`` whose
    owner can have ``measure`` (round 79 review, q3: no 工业客运量 after 工业总产值)."""
    heads = load("cues")["previous_measure_heads"]
    head = ending_word(label, tuple(heads))
    owner = re.sub(r"[年日总]$", "", label[:-len(head)]) if head else ""
    ends = load("cues")["previous_measure_owner_ends"].get(measure)
    if len(owner) < 2 or owner in cue_words("subject_owner_scopes") or _bare(label) \
            or measure not in heads[head] or (ends and not owner.endswith(tuple(ends))):
        return ""
    return owner


def measure_owned(f: Any, rows: list[Any], text: str) -> Any:
    """Figure row ``f`` (``figures.Figure``) with its bare measure given the owner of the row
    before it in ``rows`` (the rows made so far), as the module's doc says; ``text`` is the
    report's text. ``f`` as it is otherwise."""
    base = _BASE_TAIL.search(f.indicator)  # 支出比2010年 in a 分别 group (session 62, f2)
    label = f.indicator[:base.start()] if base else f.indicator
    if not rows or not _bare(label):
        return f
    prev = rows[-1]
    between = text[prev.end:f.start]
    if prev.sentence_index != f.sentence_index or _RUN_BREAK.search(between) \
            or between.count("，") + between.count(",") > 2:
        return f
    owner = _owner(_BASE_TAIL.sub("", prev.indicator), _bare(label))
    return replace(f, indicator=owner + f.indicator) if owner else f
