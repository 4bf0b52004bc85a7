"""A bare measure whose owner is the figure before it in its clause-run (round 76, x7; the
development draws' "owner lost": a measure word alone, its owner the thing the figure just
before it counts or measures).

The class of error: a label that is only a measure word (拆除面积, 涉及户数, 建筑面积, 年均增速,
高增速 …) standing after another figure of its sentence, with nothing between them but a
comma or 、 (its clause-run), leaves the reader asking "of what?", while its owner is the
figure before:

- a size of the things just counted (``cues.count_owned_sizes``), after a count (a number in
  a unit of ``units.count``): "依法查处违法占地74宗，拆除面积207亩" → 违法占地拆除面积;
  "处理32宗房地产遗留问题，共涉及1.2万户、126万平米" → 房地产遗留问题涉及户数, …涉及面积;
  "清理整改违建别墅项目19宗、1624栋、3119套，建筑面积87.95万平方米" → 清理整改违建别墅项目
  建筑面积 (a verb of handling the count's label opens with, ``cues.count_owner_drops``, goes:
  the size is of the things; a count in several units is one count; sizes of the same things
  in a row are skipped back over to the count); a change of that size right after it takes
  the same owner ("拆除违法建筑500处，面积10万平方米，增幅20%" → 拆除违法建筑面积 for 20%;
  round 76 review, q1);
- a growth rate of the figure before itself (``cues.previous_owned_rates``; not 税占比, a
  standing indicator as the Nanjing gold has it): "地区生产总值完成36.59亿元，是2011年的1.42倍，
  年均增速保持在7.2%以上" → 地区生产总值年均增速 (the base the figure before is compared with
  goes, 年均 written before the number is kept; a growth rate is a change: "保持了年均9.3%的
  高增速" → 一般公共预算收入年均增速, change);
- a part after 其中 written as the whole is, a place for 全区 ("全区普及率提高至72.2%，其中南疆
  普及率68.4%", the whole labelled 国家通用语言文字普及率 by its sentence's topic) takes the
  whole's owner: 南疆国家通用语言文字普及率.

Exceptions: nothing changes across ；/。 or more than two commas, after a figure with no label
or one that is itself such a rate (…增速达到9%，同比提高2个百分点), after a count of several
things listed with 、 (whose size is not said), or when the figure before is no count
(电力装机容量突破9200万千瓦，发电量… stays 发电量: a province's own), or a count of what a
place holds (``cues.count_owner_holds``: "全县辖9个乡镇，面积1600平方公里" stays 面积, the
county's; round 76 review, q1); a part of another kind
(全社会用电量…，其中工业用电量) keeps its label. Called by ``figures`` once every label is
formed; the words are data (``vocab/cues.yml``)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from workreport.extract.labelvocab import cue_words
from workreport.extract.nonfigures import classifiers

__all__ = ["previous_owned"]

_RUN_BREAK = re.compile(r"[；;。]")
# A base the figure before is compared with, ending its label: 比2011年, 比“十二五”末, 较上年.
_BASE_END = re.compile(r"(?:比|较)(?:(?:19|20)\d\d年(?:底|末)?|“十[一二三四五]五”末|上年|去年)$")
_WHOLE = re.compile(r"全[区省市县国]$")


def _run_between(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` stays within one clause-run (no ；/。, at most two commas)."""
    between = text[a:b]
    return not _RUN_BREAK.search(between) and between.count("，") + between.count(",") <= 2


def _counted(label: str) -> str:
    """The things a count's label names, a leading verb of handling (``cues.
    count_owner_drops``: 查处, 处理) gone: 查处违法占地 → 违法占地 (the area is the land's)."""
    for verb in cue_words("count_owner_drops"):
        if label.startswith(verb) and len(label) - len(verb) >= 3:
            return label[len(verb):]
    return label


def _size_owner(f: Any, rows: list[Any], text: str) -> str:
    sizes = cue_words("count_owned_sizes")
    if f.indicator not in sizes:
        return ""
    last = rows[-1] if rows else None
    if f.measure == "change" and last and last.measure == "level" \
            and last.sentence_index == f.sentence_index and last.indicator != f.indicator \
            and last.indicator.endswith(f.indicator) and _run_between(text, last.end, f.start):
        return last.indicator  # "…500处，面积10万平方米，增幅20%": the size just owned (q1)
    if f.measure != "level":
        return ""
    end = f.start
    for prev in reversed(rows):
        if prev.sentence_index != f.sentence_index or not _run_between(text, prev.end, end):
            return ""
        if prev.indicator.endswith(sizes) and prev.measure == "level":
            end = prev.start  # "共涉及1.2万户、126万平米": back over the sizes to the count
            continue
        if prev.measure != "level" or not prev.indicator \
                or not re.fullmatch(classifiers(), re.sub(r"^[万千百]", "", prev.unit)):
            return ""
        clause = re.split(r"[，,；;。\n]", text[:prev.start])[-1]
        if any(w in clause for w in cue_words("count_owner_holds")):
            return ""  # "全县辖9个乡镇，面积1600平方公里": the place's own size
        counts = clause.split("、")
        if any(not re.fullmatch(rf"[\d.]+[万千百]?{classifiers()}?", c) for c in counts[1:] if c):
            return ""  # "新增甲企业3家、乙企业5家，…": whose size is not said (19宗、1624栋 is)
        return _counted(prev.indicator) + f.indicator
    return ""


def _rate_owner(f: Any, rows: list[Any], text: str) -> tuple[str, str]:
    rates = cue_words("previous_owned_rates")
    if f.indicator not in rates or not rows:
        return "", f.measure
    prev = rows[-1]
    if prev.sentence_index != f.sentence_index or not prev.indicator \
            or not _run_between(text, prev.end, f.start):
        return "", f.measure
    if prev.indicator.endswith(rates):  # "…增速达到9%，同比提高2个百分点": no owner here
        return "", f.measure
    owner = re.sub(r"年均$", "", _BASE_END.sub("", prev.indicator))
    rate = f.indicator.removeprefix("高")
    if "年均" not in rate and text[:f.start].endswith("年均"):
        rate = "年均" + rate
    growth = rate.endswith(tuple(cue_words("rank_growth_words")))
    return (owner + rate if len(owner) >= 2 else ""), ("change" if growth else f.measure)


def _part_owner(f: Any, rows: list[Any], text: str) -> str:
    if not rows or rows[-1].sentence_index != f.sentence_index:
        return ""
    whole = rows[-1]
    clause = re.split(r"[，,；;。\n]", text[:f.start])[-1].strip()
    if not clause.startswith("其中") or not _run_between(text, whole.end, f.start) \
            or whole.measure != f.measure:
        return ""
    common = 0
    while common < min(len(whole.indicator), len(f.indicator)) \
            and whole.indicator[-1 - common] == f.indicator[-1 - common]:
        common += 1
    measure = f.indicator[len(f.indicator) - common:]
    place, owner = f.indicator[:-common] if common else "", whole.indicator[:-common]
    written = re.split(r"[，,；;。\n]", text[:whole.start])[-1]
    if common < 2 or not 1 < len(place) <= 4 or len(owner) < 2 \
            or not clause.startswith("其中" + place + measure) \
            or not _WHOLE.search(written.split(measure)[0] if measure in written else ""):
        return ""
    return place + owner + measure


def previous_owned(f: Any, rows: list[Any], text: str) -> Any:
    """Figure row ``f`` (``figures.Figure``) with its bare measure given the owner the row
    before it in ``rows`` (the rows made so far) names, as the module's doc says; ``text`` is
    the report's text. ``f`` as it is otherwise."""
    if size := _size_owner(f, rows, text):
        return replace(f, indicator=size)
    rate, measure = _rate_owner(f, rows, text)
    if rate:
        return replace(f, indicator=rate, measure=measure)
    if part := _part_owner(f, rows, text):
        return replace(f, indicator=part)
    return f
