"""A text that reports on a work report instead of being one: a news summary (session 69).

A news site may publish, under the report's title, its own account of it: "在2月5日召开的…
会议上，区长程杰代表区人民政府向大会作政府工作报告。报告分为四个部分：一、…；二、…。", then
paragraphs opening "《报告》说，…" (满城 2021, about 2,600 characters where the report runs to
15,000). It keeps a few of the report's figures (6 targets, no result), so a reader must be told
that what it lacks is the summary's doing, not the government's. The cue words are data
(``vocab/summary.yml``).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.vocab import alternation
from workreport.vocab import load as vocab

__all__ = ["is_summary", "listed_parts", "listed_spans", "reported_opening"]


@cache
def reported_opening() -> str:
    """The regex of a paragraph's opening that says what the report says ("《报告》说，",
    "《报告》最后指出，", "报告指出："), to be anchored at the paragraph's start; ``headings``
    reads a part's cue after it."""
    v = vocab("summary")
    return (rf"(?:{alternation(v['reported_names'])})(?:{alternation(v['reported_adverbs'])})?"
            rf"(?:{alternation(v['reported_verbs'])})[，,：:]")


@cache
def _listed() -> re.Pattern[str]:
    v = vocab("summary")
    return re.compile(rf"(?:{alternation(v['reported_names'])})"
                      rf"(?:{alternation(v['parts_listed_verbs'])})"
                      r"[一二三四五六七八九十\d]+个?部分[：:]([^。\n]*)")


@cache
def _delivery() -> re.Pattern[str]:
    v = vocab("summary")
    first = "".join(f"(?<!{re.escape(w.removesuffix('代表'))})" for w in v["first_person"])
    return re.compile(rf"{first}代表[^。，\n]{{0,20}}(?:{alternation(v['delivery_verbs'])})"
                      r"[^。\n]{0,10}报告")


def listed_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` lists the report's parts ("报告分为四个部分：一、…；二、…"), as (start,
    end) offsets of each list: ``readers.breaks`` cuts no heading inside one."""
    return [m.span() for m in _listed().finditer(text)]


def listed_parts(text: str) -> list[str]:
    """The report's part names as a summary lists them ("报告分为四个部分：一、…；二、…"), in
    order, without their numbers; [] where the text lists none."""
    m = _listed().search(text)
    if not m:
        return []
    items = re.split(r"[；;]\s*", m.group(1))
    return [n for x in items if (n := re.sub(r"^[一二三四五六七八九十]+、", "", x).strip())]


def is_summary(text: str) -> bool:
    """Does ``text`` report on a work report in the third person (a news summary) rather than
    be one? True where it never delivers the report itself (no ``first_person`` 我代表) and
    holds ``summary_cues_least`` cues: each paragraph opening with what the report says
    (``reported_opening``), the report's parts listed, the delivery told of its speaker
    ("区长程杰代表区人民政府向大会作政府工作报告")."""
    v = vocab("summary")
    if any(w in text for w in v["first_person"]):
        return False
    cues = len(re.findall("^" + reported_opening(), text, re.M))
    cues += bool(_listed().search(text)) + bool(_delivery().search(text))
    return cues >= v["summary_cues_least"]
