"""A 累计 opening a sentence's first act reaches the counts of its later clauses (round 83, x3).

Class of error (the development draws' 'scope lost', borderline in an end-of-term review): a
sentence whose act opens with 累计 goes on, clause after clause, with more counts of the same
running total, and only the 累计 clause's figure kept it (``labelrunning.running_total_kept``
reads one clause): "累计投入资金13亿元，办成民生实事129件" gave 办成民生实事, "航天科技集团累计
投入帮扶资金2547万元，实施帮扶项目94个" gave 航天科技集团帮扶项目: read as the reviewed year's
counts. (A later item with no act of its own, "累计完成危房改造15833户，暖心房9747户", stays bare:
the tuned Laiyuan gold keeps 暖心房.)

Rule: a review's count or sum (kind actual, measure level, no %, 百分点 or 倍 unit) whose own
clause has no 累计 takes it when an earlier clause of its sentence part (to ；or 。) has 累计 right
before an act (not before a number or a verb of reaching: 累计达到36家 is a level reached,
``cues.running_total_reached``), with no year word before it (全年累计 is the year's:
``cues.running_total_year_words``) and no break word after it (``cues.running_total_breaks``).
The 累计 opens the sentence part's run of counts (no clause before it holds a number, a rate's %
aside: "完成4个…建设，累计发放…，设立9个…" is a list whose one item has a 累计), and every clause
from the one after the 累计 clause to the figure's opens with an act (a verb by
jieba's tags: a chain of acts under one 累计), and each before the figure's holds a count. It is
placed as ``labelrunning`` places it: after an owner the 累计 clause opens with and the label too
(航天科技集团累计帮扶项目), before the clause's verb inside the label when an owner the label took
stands before it (新农合累计发放补偿款), else in front when the label opens with an act
(累计办成民生实事) or with words it carried from the 累计 clause itself ("累计造林8万亩，保存
面积12万亩" → 累计造林保存面积, was 造林累计保存面积; session 61, f3); a label of a noun
alone whose act it lost (幼儿园 after 新、改建中小学36所、) is left as it is.

Exceptions (the label is kept): a label naming a period or 累计 already, or a per-head or
average figure (``cues.running_total_reach_not_summed``: 人均, 平均 …); a clause between the 累计
clause and the figure, or the figure's own, that names a year or opens a part, a stock or what is
left (``cues.running_total_reach_stops``: 其中, 目前, 已, 剩余 …), or states a level reached
(``cues.period_stock_words``: 达到, 突破 …; not 占地: ``period_stock_words_not``), or has a 累计
of its own; a clause opening with a number or a noun (82个项目加力实施: another topic) or with
a benefit's verb (惠及: ``labelbenefit`` keeps its 累计), or listing things with no count
before the counted one (配备甲、乙、建成4个丙: what the money bought); a 累计 before a change
(累计增长44%: ``cues.running_total_reach_changes``). Round 83, x3.
Round 83 review, q5: a later clause naming a part (仅去年就投入…, 含电商培训…), a stock held
(共有在校学生…) or what stands open now (尚未开工8个, 在建项目, 待办结案件) stops the reach too
(``cues.running_total_reach_stops``), also behind an adverb (还新筹集…, 又新建…:
``cues.running_total_reach_adverbs``); a label opening with a stop word (新增培育规上企业, its
新增 written after the noun) takes no 累计.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Any

from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags
from workreport.extract.nonfigures import alternation

__all__ = ["running_total_reach"]

_PART_END = re.compile(r"[；;。！？!?]")
_CLAUSES = re.compile(r"[，,：:]")
# A count: digits, or a Chinese numeral with its measure word (not 万 of 万人助万企).
_NUMBER = re.compile(r"\d|[一二两三四五六七八九十][一二两三四五六七八九十百千万]*"
                     r"[个家名项座所处条户套人起件]")
_RATE = re.compile(r"\d+(?:\.\d+)?[%‰]")
_YEAR = re.compile(r"(?:19|20)\d\d年|[一二三四五六七八九〇○零]{4}年")


@cache
def _after_opener() -> re.Pattern[str]:
    """What may not follow 累计 for it to open an act: a number (近, 约 … before it) or a verb
    of reaching (``cues.running_total_reached``)."""
    approx = alternation(cue_words("running_number_approx"))
    reached = alternation(cue_words("running_total_reached")
                          + cue_words("running_total_reach_changes"))
    return re.compile(rf"(?:已)?(?:(?:{approx})?[\d一二两三四五六七八九十百千万]|{reached})")


def _opener(clauses: list[str]) -> tuple[int, str] | None:
    """The index of the last clause of ``clauses`` holding 累计 and the words before it, when
    that 累计 opens an act over the years; None otherwise."""
    for i in range(len(clauses) - 1, -1, -1):
        at = clauses[i].rfind("累计")
        if at < 0:
            continue
        before, after = clauses[i][:at], clauses[i][at + 2:]
        if any(w in before for w in cue_words("running_total_year_words")) \
                or _YEAR.search(before) or _after_opener().match(after) \
                or any(w in after for w in cue_words("running_total_breaks")):
            return None
        return i, before.strip()
    return None


def _acts(clause: str) -> bool:
    """Whether ``clause`` opens with an act (a verb by jieba's tags, which may call one an
    adjective or put an adverb in front: 办成…, 实施…, 清理…, 同步改造…), not with a
    number or a noun before its own predicate (82个城中村改造项目加力实施, 油茶产业产值…), nor
    with the act of a benefit (``cues.benefit_verbs``: ``labelbenefit`` gives those their 累计)."""
    body = clause.strip()
    words = tags(body.replace("、", "")) if body else []  # 新、改建 is one act
    if not words or body.startswith(cue_words("benefit_verbs")):
        return False
    first = words[0].flag[:1]
    return first in ("v", "d") or (first == "a" and len(words) > 1
                                   and words[1].flag.startswith("v"))  # 清理违法…, not 暖心房


def _bought(clause: str) -> bool:
    """Whether ``clause`` (the figure's, up to its number) lists things with no count before
    the counted one ("配备隔离病房、负压救护车、建成4个…": what the money of the 累计 clause
    bought, labelled as ``labelgroups`` labels it), parts of two characters or more (not the
    新、改建 of one verb)."""
    head = _NUMBER.split(clause, maxsplit=1)[0]
    parts = head.split("、")
    return len(parts) > 1 and all(len(p.strip()) > 1 for p in parts)


def _stops(clause: str) -> bool:
    """Whether ``clause`` (one after the 累计 clause) ends the running total's reach."""
    body = clause.strip()
    held = body
    for word in cue_words("period_stock_words_not"):  # 占地 is land taken, no share's 占
        held = held.replace(word, "")
    bare = body.lstrip("".join(cue_words("running_total_reach_adverbs")))  # 还新筹集…
    return "累计" in body or bool(_YEAR.search(body)) \
        or body.startswith(cue_words("running_total_reach_stops")) \
        or bare.startswith(cue_words("running_total_reach_stops")) \
        or any(w in body for w in cue_words("running_total_year_words")) \
        or any(w in held for w in cue_words("period_stock_words"))


def reach(name: str, opening: str, kind: str, measure: str, unit: str) -> str:
    """``name`` with the 累计 of an earlier clause of its sentence part (``opening``: the
    sentence up to the number), by the rule of this module's docstring; else ``name``."""
    if kind != "actual" or measure != "level" or len(name) < 2 \
            or any(u in unit for u in ("%", "百分点", "倍")) \
            or any(w in name for w in cue_words("running_total_label_periods")) \
            or any(w in name for w in cue_words("running_total_reach_not_summed")) \
            or name.startswith(cue_words("running_total_reach_stops")) or _YEAR.search(name):
        return name
    clauses = _CLAUSES.split(_PART_END.split(opening)[-1])
    found = _opener(clauses[:-1])
    if found is None:
        return name
    at, owner = found
    later = clauses[at + 1:]
    if any(_NUMBER.search(_RATE.sub("", c)) for c in clauses[:at]) or _bought(later[-1]) \
            or any(_stops(c) for c in later) or not all(_acts(c) for c in later) \
            or not all(_NUMBER.search(c) for c in later[:-1]):
        return name
    if len(owner) > 1 and name.startswith(owner) and len(name) > len(owner) + 1:
        return owner + "累计" + name[len(owner):]
    verb = tags(later[-1].strip().replace("、", ""))[0].word
    carried = clauses[at][clauses[at].rfind("累计") + 2:]
    if (place := name.find(verb)) > 1 and name[:place] not in carried:
        return name[:place] + "累计" + name[place:]  # an owner the label took (新农合累计发放…)
    if place > 1:  # session 61 (f3): words carried from the 累计 clause: 累计造林保存面积
        return "累计" + name
    # 累计 goes before the label's act: not before a noun whose act the label lost (幼儿园)
    return "累计" + name if place == 0 or tags(name)[0].flag.startswith("v") else name


def running_total_reach(f: Any, rows: list[Any], text: str) -> Any:
    """The ``figurepasses.ROW`` pass: ``f`` with its label by ``reach`` (its sentence up to
    the number read from ``text``: back to the last sentence end before it)."""
    del rows
    start = max(text.rfind(c, 0, f.start) for c in "。！？!?\n") + 1
    name = reach(f.indicator, text[start:f.start], f.kind, f.measure, f.unit)
    return f if name == f.indicator else replace(f, indicator=name)
