"""How a change reads in English when its label says more than a growth (brief words, the
tester of the State Council 2015 book), for ``prose.describe_change``:

- a gap between two rates in percentage points, "小微企业贷款增速比各项贷款平均增速高4.2个百分点"
  (labelled by the extraction 小微企业贷款增速比各项贷款平均增速高: ``labelgapthan``; or
  …增速高于全国: ``labelowners.gap``), is "4.2 percentage points higher than the average
  growth of all loans", never "grew 4.2 percentage points": ``gap`` reads the label's
  comparison, ``gap_sentence`` writes it;
- a label that names its own fall (农村贫困人口减少, code English "Reduction of the rural
  poor", 能耗下降) is not told "fell" again ("Reduction of the rural poor … fell by 12.32
  million" read as the opposite): ``names_fall`` says so, and ``fall_sentence`` writes
  "Reduction of the rural poor (农村贫困人口): 12.32 million people (1,232万人) in 2014".

The words (the comparison's, the bases', the fall's) are ``vocab/english.yml`` ``changes``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import Any, NamedTuple

import pandas as pd

from workreport import english
from workreport.figuretext import Row, be, name, quantity, targeted, when
from workreport.glossary import default_glossary, english_or_gloss
from workreport.literal import missing, text_of
from workreport.vocab import alternation, load

__all__ = ["Gap", "fall_sentence", "fall_told", "gap", "gap_sentence", "is_gap", "names_fall",
           "names_rise", "told_by_label", "told_by_size"]


class Gap(NamedTuple):
    """A label's comparison: what is compared (``subject``, "" when the label opens with
    the comparison), what it is compared with (``base``) and ``direction`` ("higher" or
    "lower", the English of the label's word)."""

    subject: str
    base: str
    direction: str


@cache
def _words() -> dict[str, Any]:
    return load("english")["changes"]


@cache
def _than() -> re.Pattern[str]:
    """…比<base><degree>: the base has no 比 of its own, no digit and no clause mark."""
    degrees = alternation(list(_words()["gap_than"]))
    return re.compile(rf"^(.*)比([^比\d，、；,;]+?)({degrees})$")


@cache
def _opened() -> re.Pattern[str]:
    """<subject><opener><base>: 增速高于全国, 城镇调查失业率低于全国."""
    openers = alternation(list(_words()["gap_openers"]))
    return re.compile(rf"^(.*?)({openers})([^\d，、；,;]+)$")


def gap(indicator: str) -> Gap | None:
    """The comparison a gap's label states, None for a label that states none.

    ``gap("小微企业贷款增速比各项贷款平均增速高") == Gap("小微企业贷款增速", "各项贷款平均增速",
    "higher")``, ``gap("城镇调查失业率低于全国") == Gap("城镇调查失业率", "全国", "lower")``;
    a 比 of a word (比重, 比例: ``gap_not_than``) compares nothing: ``gap("服务业比重")`` is
    None. The direction is the word's, never the value's sign (比全国低0.5个百分点 is +0.5,
    低于全国0.5个百分点 −0.5)."""
    label = str(indicator or "").strip()
    m = _than().match(label)
    if m and m.group(2)[0] not in _words()["gap_not_than"]:
        return Gap(m.group(1), m.group(2), _words()["gap_than"][m.group(3)])
    m = _opened().match(label)
    if m:
        return Gap(m.group(1), m.group(3), _words()["gap_openers"][m.group(2)])
    return None


def is_gap(indicator: str, unit: str) -> bool:
    """Whether a change row is a gap between two rates: its unit is in 百分点 and its label
    states a comparison (``gap``). A gap is no rise or fall of its own: the charts of
    changes leave it out (``analysis.changes``; brief words)."""
    return str(unit or "").endswith("百分点") and gap(indicator) is not None


def _part(term: str, glossary: Mapping[str, Any]) -> Row:
    """A part of a gap's label as a row prose can name: its English a base's of
    ``gap_bases``, else the glossary's or a marked gloss."""
    return {"indicator": term,
            "english": _words()["gap_bases"].get(term) or english_or_gloss(term, glossary)}


def _named(term: str, glossary: Mapping[str, Any], mid: bool = False) -> str:
    """A part of a gap's label as prose names it (``_part``), the Chinese beside its English
    or alone; ``mid``: inside the sentence (``figuretext.name``)."""
    return name(_part(term, glossary), mid=mid)


def gap_sentence(row: Row, glossary: Mapping[str, Any] | None = None) -> str:
    """The sentence of a gap between two rates (a row of ``analysis.levels_and_changes``
    whose change is in 个百分点 and whose label states a comparison, ``gap``), "" for any
    other row: "Growth rate of small and micro enterprises loans (小微企业贷款增速; automatic
    gloss) was 4.2 percentage points higher than the average growth of all
    loans (各项贷款平均增速) in 2014."; a target "is to be … higher than …"; a label of the
    comparison alone, "高于全国: 0.5 percentage points higher than the national figure
    (全国) in 2014."."""
    unit, change = text_of(row.get("change_unit")), row.get("change")
    found = gap(str(row.get("indicator", "")))
    if found is None or missing(change) or not unit.endswith("百分点") \
            or not missing(row.get("level")):  # is_gap, its label's comparison read once
        return ""
    g = default_glossary() if glossary is None else glossary
    base = _named(found.base, g, mid=True)  # "the provincial figure", but "GDP"
    # (the English says all 个百分点 says: "4.2 percentage points", no Chinese beside)
    amount = english.amount(abs(change), unit, text_of(row.get("change_qualifier")))
    year = row.get("year")
    when = f" in {int(year)}" if not missing(year) else ""
    told = f"{amount} {found.direction} than {base}{when}."
    if not found.subject:  # 高于全国, the comparison alone: the label names the figure
        return f"{name(row)}: {told}"
    subject = _part(found.subject, g)  # its English read once, for its name and its verb
    return f"{name(subject)} {be(subject, row.get('kind') == 'target')} {told}"


def names_fall(indicator: str, english: str = "") -> bool:
    """Whether a label already names a fall, so that its change is not told "fell" again:
    its Chinese opens or ends with a word of ``fall_zh`` (减少农村贫困人口, 能耗下降), or its
    English (without an automatic gloss's mark or a closing "per unit of …") opens with a
    word of ``fall_en`` and "of" or "in" ("Reduction of the rural poor", "Cut in rural poor
    population"; never "Cut flowers output") or ends with one, plural or not ("Routine
    administrative spending cut")."""
    zh = str(indicator or "").strip()
    words = _words()
    if zh.startswith(tuple(words["fall_zh"])) or zh.endswith(tuple(words["fall_zh"])):
        return True
    en = re.sub(r"\s*\(automatic gloss\)$|\s+per unit of .*$", "", str(english or "").strip())
    falls = "|".join(words["fall_en"])
    return bool(re.match(rf"(?i)(?:{falls})s? (?:of|in)\b", en)
                or re.search(rf"(?i)\b(?:{falls})s?$", en))


def names_rise(indicator: str, english: str = "") -> bool:
    """Whether a label already names a rise, so that its rate is not told "grew" again: its
    Chinese ends with a word of ``rise_zh`` (居民消费价格涨幅, 工业增加值增速), or its English
    (without an automatic gloss's mark) opens with a word of ``rise_en`` and "of" or "in"
    ("Growth of retail sales") or ends with one ("Consumer price index (CPI) rise"; tester
    71 item 8: "… rise (居民消费价格) grew 2.1%")."""
    words = _words()
    if str(indicator or "").strip().endswith(tuple(words["rise_zh"])):
        return True
    en = re.sub(r"\s*\(automatic gloss\)$", "", str(english or "").strip())
    rises = "|".join(sorted(words["rise_en"], key=len, reverse=True))
    return bool(re.match(rf"(?i)(?:{rises})s? (?:of|in)\b", en)
                or re.search(rf"(?i)\b(?:{rises})s?$", en))


def told_by_label(row: Row, value: float, unit: str) -> bool:
    """Whether ``row``'s label (indicator, english or indicator_en) already says which way a
    change of ``value`` in ``unit`` goes, so that it is told by its size alone, without
    "fell", "grew" or a minus sign: a fall its label names (``names_fall``), or a rise in %
    its label names (``names_rise``; a rise in 百分点 of a 增速 is a change of the rate)."""
    if missing(value):
        return False
    zh = str(row.get("indicator", ""))
    en = str(row.get("english") or row.get("indicator_en") or "")
    if value < 0:
        return names_fall(zh, en)
    return text_of(unit) == "%" and names_rise(zh, en)


def fall_told(row: Row, key: str = "value") -> bool:
    """Whether ``row`` is a change whose ``key`` (value, target) is a fall its label names
    (``told_by_label``), to be shown by its size: "Reduction of the rural poor" 1,386万."""
    v = row.get(key)
    return row.get("measure") == "change" and not missing(v) and float(v) < 0 \
        and told_by_label(row, float(v), text_of(row.get("unit")))


def told_by_size(df: Any) -> Any:
    """``df`` (rows of ``analysis.targets_vs_results``, or of figures: ``target`` or
    ``value``, ``unit``, ``measure``, the label) with each change whose label names its fall
    (``told_by_label``) by its size: ``value``, ``target``, ``result`` and ``difference``
    turned positive, so a table or chart of "Reduction of the rural poor" shows 1,000万 and
    1,386万, a gap of +386万 (session 71, re-test: "−13.86 million", a gap "+3.86 million"
    and "≥−10" read as rises or as no reduction at all); so is an ``outcome`` (the targets
    page's outcomes table put target 1,000 beside result −1,442: re-test 72, N3). A range,
    and a table whose values are words already (the outcomes table's "7.5%"), are left as
    they are."""
    key = "target" if "target" in df else "value"
    if key not in df or "measure" not in df or df.empty \
            or not pd.api.types.is_numeric_dtype(df[key]):  # a table of words ("7.5%")
        return df
    told = [missing(r.get(f"{key}_high")) and fall_told(r, key) for r in df.to_dict("records")]
    if not any(told):
        return df
    df = df.copy()
    for c in ("value", "target", "result", "outcome", "difference"):
        if c in df and pd.api.types.is_numeric_dtype(df[c]):
            df.loc[told, c] = -df.loc[told, c]
    return df


def fall_sentence(row: Row) -> str:
    """The sentence of a change whose label names it (``told_by_label``; a row of
    ``analysis.levels_and_changes``), "" for any other row: the amount after the name, no
    verb: "Reduction of the rural poor (农村贫困人口): 12.32 million people (1,232万人) in
    2014.", "Consumer price index (CPI) rise (居民消费价格): 2.1% in 2018.", a target's
    "… targeted for 2015.", a level after it ", to 70.17 million people (7,017万人)"."""
    change = row.get("change")
    unit = text_of(row.get("change_unit"))
    if not told_by_label(row, change, unit):
        return ""
    label = str(row.get("indicator", ""))
    text = f"{name(row)}: " + quantity(abs(change), unit, text_of(row.get("change_qualifier")),
                                       measure="change", label=label)
    if not missing(row.get("level")):
        text += ", to " + quantity(row["level"], text_of(row.get("level_unit")),
                                   text_of(row.get("level_qualifier")), label=label)
    year, first = row.get("year"), row.get("year_first")  # a period's: " over 2016-2020"
    if not missing(year):
        text += targeted(year, first) if row.get("kind") == "target" else when(year, first)
    return text + "."
