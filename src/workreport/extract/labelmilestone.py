"""A round milestone in words is no part of a label (round 83, x7).

The class of error (the development draws' 'owner lost' and 'trailing predicate'): a report
marks a stock passing a round number written in words, no figure of its own ("财政民生支出首次突破
万亿元、占比80%左右", "全疆研究与试验发展经费突破百亿元，增长27%、增速居全国第二位", "旅游业总收入
迈上万亿新台阶，增长12%"). The figure after it is the stock's (its share, its growth), but
the label kept the milestone (财政民生支出首次突破万亿元、占比) or, where the figure's own
clause is only a verb of change and a rank follows, took the rank after the number
(增速居全国第二位).

The rule (an ``AFTER`` pass): a milestone is a verb of reaching (``cues.milestone_reach_verbs``:
突破, 超过, 跨过, 迈上 …, maybe after 首次, 历史性 …: ``cues.milestone_firsts``), a numeral in words
of round magnitudes only (十, 百, 千, 万, 亿), then maybe a unit (``cues.milestone_units``) and
a word of ``cues.milestone_tails`` (大关, 新台阶, 级 …), ending a clause or the label (not before a
noun: 超千亿级产业集群 is a class of clusters). In a label it is
cut with the 、 or ， after it ("财政民生支出占比"). A label that is a rank (opening with 居, 位居,
排名 or a growth word and 居: ``cues.milestone_rank_openers``) of a figure whose own clause is only
a verb of change (增长, 下降 …: ``cues.milestone_change_verbs``) right after a clause ending in a
milestone takes that clause's subject, its milestone cut ("全疆研究与试验发展经费").

Exceptions: a milestone whose 、 or ， is followed by another subject, not a measure of its
own (占…, a rate or a growth word; 利润, 单产 are siblings of the subject's measure):
"存款余额突破万亿元、贷款余额突破八千亿元，分别增长10%和12%" gave 存款余额贷款余额 for all
three figures (round 83 review, q3); a count of things or people (地区生产总值超百亿县增至35个:
a class of counties counted; 产业链加快跨过千亿级), a milestone after verbs only or before
another one (打造超百亿、超千亿产业链: thresholds of a class), a numeral with any digit or any other
character (一百亿: a figure of its own, read by the numbers), a milestone opening the label
(nothing is left), and a subject of fewer than two characters stay as they are.
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags
from workreport.extract.nonfigures import alternation

__all__ = ["milestone_cut"]


def _words(key: str) -> str:
    """The words of ``cues.<key>`` as one alternation (longest first: ``alternation``)."""
    return alternation(cue_words(key))


@cache
def _milestone() -> re.Pattern[str]:
    """A milestone in words: "首次突破万亿元", "迈上万亿新台阶", "跨过万亿元大关", compiled once."""
    return re.compile(
        rf"(?:{_words('milestone_firsts')})?(?:{_words('milestone_reach_verbs')})"
        rf"[十百千万亿]{{1,3}}(?:{_words('milestone_units')})?(?:{_words('milestone_tails')})?"
        rf"(?=$|[、，,；;])")


@cache
def _opening(key: str) -> re.Pattern[str]:
    """A word of ``cues.<key>`` at the start of a text (a reach verb, a rank's opener),
    compiled once."""
    return re.compile(rf"(?:{_words(key)})")


@cache
def _measure_starts() -> tuple[str, ...]:
    """What opens a measure of the milestone's subject after its 、 or ，: 占 (占比, 占…比重), a
    rate or a growth word (round 83 review, q3; not a sibling measure: "规上工业产值跨越千亿元
    大关、利润" is no 规上工业产值利润)."""
    return ("占", *cue_words("rate_ends", "gap_rate_words"))


def milestone_cut(name: str, before: str, rest: str, dimension: str) -> str:
    """``name`` without a milestone in words, or a rank label replaced by the subject of the
    milestone's clause before (see the module's docstring); ``before`` the sentence up to the
    number."""
    if not name or dimension in ("count", "people"):
        return name  # 地区生产总值超百亿县 (a class of counties counted), 产业链跨过千亿级
    m = _milestone().search(name)
    if m and m.start() >= 2:
        after = re.sub(r"^[、，,]", "", name[m.end():])
        if all(p.flag[:1] == "v" for p in tags(name[: m.start()])) \
                or _opening("milestone_reach_verbs").match(after):
            return name  # 打造超百亿、超千亿产业链: thresholds of a class, after a verb
        if after and name[m.end()] in "、，," and not after.startswith(_measure_starts()):
            return name  # "存款余额突破万亿元、贷款余额": a second subject (round 83 review, q3)
        cut = name[: m.start()] + after
        return cut if len(cut) > 1 else name
    clauses = [c.strip() for c in re.split(r"[，、；;,]", before)]
    if len(clauses) < 2 or not _opening("milestone_rank_openers").match(name) \
            or clauses[-1] not in cue_words("milestone_change_verbs"):
        return name
    lead = _milestone().search(clauses[-2])
    if not lead or lead.end() != len(clauses[-2]) or lead.start() < 2:
        return name
    return clauses[-2][: lead.start()]
