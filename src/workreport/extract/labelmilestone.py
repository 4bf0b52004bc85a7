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

Session 61 (f1): a subject that is verbal nouns (旅游|收入: vn, v) is no run of verbs; the tails
级台阶, 级新台阶 (迈上千亿级台阶); the subject of a clause ending in a milestone before 、 and a
bare growth (``milestone_subject``, for ``labelsubjectwords.joined_subject`` and the parts of
``distribute``: "一般公共预算收入首次突破百亿元、增长8.5%" gave an empty label); and a second
subject of one head noun after a milestone owns the figure (``second_subject``, a row pass):
"存款余额突破千亿元、贷款余额增长12%" → 贷款余额.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Any

from workreport.extract.labelparallelparts import subject_of_first
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags
from workreport.extract.nonfigures import alternation

__all__ = ["milestone_cut", "milestone_subject", "second_subject"]


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


def milestone_subject(head: str) -> str:
    """The subject of a clause ``head`` that ends in a milestone in words ("一般公共预算收入首次
    突破百亿元" → 一般公共预算收入; session 61, f1: ``labelsubjectwords.joined_subject`` read
    the subject by jieba's tags and lost it where an adjective or a verb opens or ends the noun,
    一般 or 支出, giving "" or 财政民生); "" when the clause does not end in one, or fewer than two
    characters, or verbs only, are left before it (打造超百亿)."""
    subject = _before_milestone(head)
    return "" if all(p.flag == "v" for p in tags(subject)) else subject


def _before_milestone(clause: str) -> str:
    """The words of ``clause`` before the milestone in words it ends in, "" when it ends in
    none or fewer than two characters stand before it."""
    m = _milestone().search(clause)
    return clause[: m.start()] if m and m.end() == len(clause) and m.start() >= 2 else ""


def milestone_cut(name: str, before: str, rest: str, dimension: str) -> str:
    """``name`` without a milestone in words, or a rank label replaced by the subject of the
    milestone's clause before (see the module's docstring); ``before`` the sentence up to the
    number."""
    if not name or dimension in ("count", "people"):
        return name  # 地区生产总值超百亿县 (a class of counties counted), 产业链跨过千亿级
    m = _milestone().search(name)
    if m and m.start() >= 2:
        after = re.sub(r"^[、，,]", "", name[m.end():])
        if all(p.flag == "v" for p in tags(name[: m.start()])) \
                or _opening("milestone_reach_verbs").match(after):
            return name  # 打造超百亿、超千亿产业链: thresholds of a class, after a verb
        if after and name[m.end()] in "、，," and not after.startswith(_measure_starts()):
            return name  # (round 83 review, q3; a second subject: ``second_subject`` below)
        cut = name[: m.start()] + after
        return cut if len(cut) > 1 else name
    clauses = [c.strip() for c in re.split(r"[，、；;,]", before)]
    if len(clauses) < 2 or not _opening("milestone_rank_openers").match(name) \
            or clauses[-1] not in cue_words("milestone_change_verbs"):
        return name
    return _before_milestone(clauses[-2]) or name


def second_subject(f: Any, rows: list[Any], text: str) -> Any:
    """Figure row ``f`` whose label is two subjects of one head noun, the first ending in a
    milestone in words ("存款余额突破千亿元、贷款余额" of "…、贷款余额增长12%"): the second owns
    the figure, with the scope the first's parallel word leaves (``labelparallelparts.
    subject_of_first``: "金融机构存款余额突破万亿元、贷款余额" → 金融机构贷款余额). Session 61, f1;
    a ``figurepasses.ROW`` pass, run once a 分别 clause after it has taken the first label
    apart (``distribute``: its 10% and 12% stay 金融机构存款余额, 金融机构贷款余额). Other
    second subjects (another head noun: "规上工业产值跨越千亿元大关、利润") stay; ``rows`` and
    ``text`` unused."""
    name = f.indicator or ""
    m = _milestone().search(name)
    if not m or m.start() < 2 or name[m.end():m.end() + 1] not in ("、", "，"):
        return f
    first, after = tags(name[: m.start()]), name[m.end() + 1:]
    if len(after) < 2 or re.search(r"[、，,]", after) or len(first) < 2 \
            or tags(after)[-1].word != first[-1].word or tags(after)[0].flag[:1] != "n":
        return f
    return replace(f, indicator=subject_of_first([name[: m.start()], after])[-1])
