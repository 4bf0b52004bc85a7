"""An amount every one of a set of places reaches, named as each place's (issue 13 §2; round 73,
x1, from the development draws' "scope lost": "村集体收入全部达到5万元" gave 村集体收入 for 5万元,
which reads as all the villages' income together, while the text says each village's reaches it).

Class of error: a sum of money after a set of places' measure and a word of all (``cues.
floor_all_words``: 全部, 均) and a verb of reaching (``cues.floor_verbs``: 达到, 超过, 突破)
is a floor each place reaches, labelled by the bare measure as if a total.
Rule: a label that is the measure right before the word of all, opening on a place of
``cues.floor_places`` (村, 行政村, 社区 …), is led by 各: 村集体收入 → 各村集体收入, 行政村收入 →
各行政村收入, 村集体年收入 → 各村集体年收入; a leading word of ``cues.floor_renames`` is the
place first (农村集体经济收入 → 各村集体经济收入, 村级集体… → 各村集体…).
Exceptions (the label as it was): a unit not of money (a rate "均达到100%" is each one's
already), a label opening on no such place or led by 各 or 每 already, a word of all not right
before the verb and the number (…全部完成, 其中40个达到…), a place alone before 均
(村均达到: an average); a label joining two measures, whose 均 is "both" (round 73 review,
q1: "村集体收入和农民收入均超过1亿元" gave 各村集体收入 for the total).
Round 84 (x1), from the development draws' "scope lost" (bench/label_judging.md, settled after
draw 9026: a threshold a share of things reached is a figure, its label naming whose line it is):
a share with 以上 right before the places' measure and the verb of reaching picks the places that
reach the amount ("确保50%以上的村集体收入达到10万元以上" gave 村集体收入, which reads as every
village's): the label keeps it, 50%以上的村集体收入 (半数以上 the same; ``cues.floor_shares``).
Session 62 (f2): a share without 以上 too (85%的村集体收入, 三分之一以上的…, 八成村…), and a
part's places after the measure ("其中20个村超过50万元" gave 村: 其中20个村集体收入).
Used by ``figures`` (after the label a later figure carries is kept); the words are data
(``vocab/cues.yml``, ``cues.floor_*``).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import leading_word
from workreport.extract.nonfigures import alternation

__all__ = ["each_floor", "share_off"]


@cache
def _endings() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The word of all ending the text before the number, alone (the verb opens the quote:
    "全部突破5万元") or with the verb of reaching ("全部达到5万元")."""
    every = alternation(cue_words("floor_all_words"))
    return re.compile(rf"(?:{every})$"), re.compile(rf"(?:{every}){_reach_verbs()}$")


def each_floor(label: str, before: str, quote: str, unit: str) -> str:
    """``label`` led by 各 when it names the measure of places whose each one reaches the
    amount (see the module's doc); ``before`` the sentence up to the number, ``quote`` the
    number as written (its 超过 or 突破 may open it), ``unit`` its unit; ``label`` as it is
    otherwise. The label a later figure of the sentence carries stays bare (a change after it,
    "…全部达到10万元，增长15%", is of the total)."""
    if not unit.endswith("元") or any(j in label for j in "和与及、"):
        return label
    alone, with_verb = _endings()
    opened = leading_word(quote, cue_words("floor_verbs"))
    if part := _part_named(label, before, opened):
        return part  # 其中20个村超过50万元 → 其中20个村集体收入 (session 62, f2)
    if share := _share_before(label, before, opened):
        return share + label  # 50%以上的村集体收入达到10万元以上 (round 84, x1)
    m = (alone if opened else with_verb).search(before)
    if not m or not before[:m.start()].endswith(label):
        return label
    renamed = next((label.replace(old, new, 1) for old, new in
                    (pair.split("=") for pair in cue_words("floor_renames"))
                    if label.startswith(old)), label)
    place = leading_word(renamed, cue_words("floor_places"))
    if not place or len(renamed) <= len(place):
        return label  # "…，村均达到18万元": the place alone before 均 is an average's
    return "各" + renamed


def _part_named(label: str, before: str, opened: str) -> str:
    """A bare place of ``cues.floor_places`` (``label``) right after its count and before the
    verb of reaching (the verb opens the quote when ``opened``), the places' measure named
    earlier in ``before`` (村集体收入): the count's places' measure, with 其中 when written
    ("…村集体收入达到10万元，其中20个村超过50万元" gave 村 for 50万元 → 其中20个村集体收入);
    else ""."""
    if label not in cue_words("floor_places"):
        return ""
    verbs = "" if opened else _reach_verbs()
    m = re.search(rf"(其中)?(\d+个){re.escape(label)}{verbs}$", before)
    measure = m and re.search(rf"{re.escape(label)}级?(集体[\u4e00-\u9fff]{{0,4}}?收入)",
                              before[:m.start()])
    return f"{m.group(1) or ''}{m.group(2)}{label}{measure.group(1)}" if m and measure else ""


@cache
def _reach_verbs() -> str:
    """The verbs of reaching (``cues.floor_verbs``) as a group, for a pattern's end."""
    return rf"(?:{alternation(cue_words('floor_verbs'))})"


@cache
def _shares() -> str:
    """The shares of ``cues.floor_shares`` and a percent, a fraction (三分之一) or 成 (八成),
    with 以上 or without (session 62, f2: "全县85%的村集体收入达到10万元", "三分之一以上的村集体
    收入超过20万元" gave the bare 村集体收入), as a pattern."""
    return (r"(?:\d+(?:\.\d+)?%|[一二三四五六七八九十]+分之[一二三四五六七八九十]+"
            rf"|[一二三四五六七八九]成)(?:以上)?|{alternation(cue_words('floor_shares'))}")


def share_off(label: str) -> str:
    """``label`` less the share ``each_floor`` put before it (50%以上的村集体收入 → 村集体收入):
    a mean of the places after it is every place's (round 84 review, q1: "…，村均达到12万元"
    gave 村均50%以上的村集体收入)."""
    return re.sub(rf"^(?:{_shares()})的?(?=..)", "", label)


def _share_before(label: str, before: str, opened: str) -> str:
    """The share (``cues.floor_shares``: a percent with 以上, 半数以上) right before ``label``
    and its verb of reaching at the end of ``before`` (the verb opens the quote when ``opened``),
    when ``label`` opens on a place of ``cues.floor_places``, with its 的 as written (八成村…);
    else ""."""
    if not leading_word(label, cue_words("floor_places")):
        return ""
    verbs = "" if opened else _reach_verbs()
    m = re.search(rf"((?:{_shares()})的?){re.escape(label)}{verbs}$", before)
    return m.group(1) if m else ""
