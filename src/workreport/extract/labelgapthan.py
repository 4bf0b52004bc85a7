"""A gap in percentage points written with 比 keeps its owner (round 83, x7).

The class of error (the development draws' 'owner lost'): a gap over another group, place or
year is written in two shapes, "…增长6.7%，高于城镇居民2.4个百分点" and "…增长6.7%，增速比城镇
居民高2.4个百分点". ``labelowners.gap`` names the first by the figure before and the comparison
(…增速高于城镇居民), but the second, with 比 before what it compares with and the adjective of
degree (高, 低, 快, 慢, 高出: ``cues.gap_than_degrees``) right before the number, kept the
clause alone: 增速比城镇居民高, a bare rate whose owner (农村居民人均可支配收入) stands in the
clause before.

The rule (``gap_than``, called by ``labelowners.gap`` when its own comparison is not there): a
clause before a number in 个百分点 that ends with 比, what it compares with (no digit, no list)
and an adjective of degree is a gap; it is named as ``labelowners.gap`` names its gaps, the
subject of the clause (or, when the clause opens with a rate word of ``cues.gap_rate_words`` or
with 比, the label of the figure before with that rate word, or 增速 when that label ends in no
rate of its own), then 比, the base and the adjective: 农村居民人均可支配收入增速比城镇居民高;
"城镇化率达到60%，比全省高5个百分点" → 城镇化率比全省高. A rate compared with its own
earlier value (a base opening with a time: ``cues.gap_than_time_bases``, 去年, 上年, 2015年) is
its change, labelled by the rate as before ("赤字率拟按2.8%安排，比去年预算高0.2个百分点" →
赤字率).

Round 83 review, q3: a figure before whose label ends in a measure of its own
(``cues.gap_own_measure_ends``: 强度, 密度 …) takes no 增速 ("研发投入强度达到2.5%，比全省平均高
0.3个百分点" → 研发投入强度比全省平均高, not …强度增速…), and a clause whose own subject is a rate
compared with its earlier value ("税收占比比上年高3个百分点") is that rate's change, as before.

Exceptions: a 分别 list (each gap has its own owner: ``labelgaplists``), a figure before that is
a list (its owner is not one), and a clause whose comparison verb is a change of the rate itself
(提高, 降低, 加快: "比上年提高1.5个百分点" is a change of the rate, its 高 the end of a verb
whose head is in ``cues.gap_than_change_heads``) stay as they are.
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelclean import clean
from workreport.extract.labelvocab import cue_words, rate_ends
from workreport.extract.nonfigures import alternation

__all__ = ["comparison_start", "gap_than"]


@cache
def _than() -> re.Pattern[str]:
    """比, a base of no digit, list or clause mark and an adjective of degree ending a clause,
    compiled once: "增速比城镇居民高" → (比, 城镇居民, 高)."""
    degrees = alternation(cue_words("gap_than_degrees"))  # longest first: 高出 before 高
    verbs = "".join(cue_words("gap_than_change_heads"))
    return re.compile(rf"比([^，。；、,;\d和及与比]{{1,12}}?(?<![{verbs}]))({degrees})$")


@cache
def _opened() -> re.Pattern[str]:
    """A word of ``cues.gap_openers`` (高于, 低于 …) and a base of no digit, list or clause mark
    ending a label, compiled once (``comparison_start``)."""
    openers = alternation(cue_words("gap_openers"))
    return re.compile(rf"(?:{openers})[^，。；、,;\d和及与比]{{1,12}}$")


def comparison_start(label: str) -> int:
    """Where the comparison ending ``label`` starts, 比 and its base and an adjective of degree
    ("…增速比各项贷款平均增速高") or a word of ``cues.gap_openers`` and its base ("…增速高于全省"),
    after two characters at least; ``len(label)`` when it ends in none. A 分别 list compared with
    one base hands the comparison to every part whole (``labeldistribute.distribute``, session
    68): "小微企业、“三农”贷款增速比各项贷款平均增速高" gave 小微企业平均增速高, the parts'
    tail read inside the base."""
    m = _than().search(label) or _opened().search(label)
    return m.start() if m and m.start() >= 2 else len(label)


def _time_base(base: str) -> bool:
    """Whether a gap's base is the same rate's earlier value: a year or a word of
    ``cues.gap_than_time_bases`` (去年, 上年 …) opening it."""
    return bool(_time_opening().match(base))


@cache
def _time_opening() -> re.Pattern[str]:
    """A year or a word of ``cues.gap_than_time_bases``, compiled once."""
    return re.compile(rf"(?:\d{{4}}年|{alternation(cue_words('gap_than_time_bases'))})")


def gap_than(raw: str, previous: str | None) -> str:
    """The label of a gap written "…比X高N个百分点" (see the module's docstring), or "" when
    ``raw`` (the clause before the number) is no such gap. ``previous`` is the label of the
    figure before in the sentence."""
    raw = raw.strip()
    m = _than().search(raw)
    if not m or "分别" in raw or not m.group(1).strip():
        return ""
    rates = cue_words("gap_rate_words")
    subject = clean(raw[: m.start()])
    if not subject or subject in rates:
        if not previous or re.search(r"[、和及与]", previous) or "比" in previous:
            return ""
        own = previous.endswith((*rate_ends(), *rates, *cue_words("gap_own_measure_ends")))
        if own and not subject and _time_base(m.group(1)):
            return ""  # "赤字率…，比去年预算高0.2个百分点": the rate's own change, as before
        subject = previous + (subject if subject and not own else "" if own else "增速")
    elif subject.endswith(rate_ends()) and _time_base(m.group(1)):
        return ""  # "税收占比比上年高3个百分点": the share's own change (round 83 review, q3)
    return f"{subject}比{m.group(1)}{m.group(2)}"
