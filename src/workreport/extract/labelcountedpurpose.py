"""Money spent on one act whose object stands after a count (issue 13, the development draws'
"owner lost"; round 82, x7).

Class of error: money at a clause's opening followed at once by what it paid for, where a
count stands between the act (and a scope) and the thing acted on, was labelled by the words
before the count only — the act, the scope, or nothing: "投资2110万元解决4.56万农村人口饮水
安全问题" gave 解决投资, "投资4000万元完成教育园区内3条高压线路迁改" 教育园区内投资, "投入125亿元
办好40件群众急难愁盼民生实事" 投入群众资金, "投资500万元改善20所学校办学条件" 投资 alone.
``labelpurpose.purpose_after`` reads the clause up to its first number; in Chinese the count
sits before the noun it counts (数量词 + 名词), so the thing the money went to is after it.

Rule (``counted_purpose``, a pass of ``labelpasses.AFTER``): money (dimension money) whose
sentence before its number ends in a money word at a clause's opening (``cues.counted_works_
money``: 投资, 投入, 累计投入 …) and whose words after it, to the clause's end, are one act (a
verb jieba tags v, or one of ``cues.label_verbs``/``label_leading``), a scope of no digit
(教育园区内, or none), one count (a number with a unit of ``cues.counted_works_units`` or
``counted_purpose_units``, or 万) and the thing counted (two to sixteen characters, no
digit): the label is the act, the scope and the thing, in the place of the words the label held
between its money words: 解决农村人口饮水安全问题投资, 教育园区内高压线路迁改投资, 投入群众急难
愁盼民生实事资金, 改善学校办学条件投资. A filler act goes (``cues.label_leading``: 完成, 实施;
``cues.counted_purpose_fillers``: 办好), as in every label; any other act stays first, as the
money labels of ``labelpurpose`` have it (新改扩建农村公路投资).

Exceptions (the label stays): the label names the thing's last two characters already
(贫困村电网改造投资, 饮水安全巩固提升投资); the clause holds a second number, 的, 等, 、, a mark
or a change (增长); a count with no unit (a year, 2024年); a unit's second part after the
count (改造校舍1.27万平米: 平米 is no thing); nothing after the count (购置电动公交车80辆:
``labelpurpose`` reads it); the label not ending in a money word; a label over 30 characters.
Reach (round 82): 4 labels of 4 development reports.

Session 60 (f3), two more shapes of the clause after the money (``_served``, ``_counted_after``):
- 为 + a count of people or homes + the people + an act + its object, no digit: the money paid
  for the act on the object, the people served going with their count: "投资600万元为3000户
  群众安装净水设备" gave 投资 → 安装净水设备投资;
- an act, the thing (a noun and the act done to it) and its count ending the clause, the
  Chinese noun + number order: "投资3.6亿元完成国省道改造120公里" gave 国省道投资 →
  国省道改造投资 (a filler act goes, any other stays first).
Exceptions as above (the label names the purpose's last two characters already; 的, 等, 、 …;
a change word; a purpose over 16 characters).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import leading_word, tags
from workreport.vocab import alternation

__all__ = ["counted_purpose"]

_CLAUSE_END = re.compile(r"[，,；;。：:！？!?（(]")
_NOT_PLAIN = re.compile(r"[的等、和及与\d“”《》\"'%]")


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    """The money word ending the sentence before the number, the money words ending a label,
    scope + count + thing after the act, and a noun with its act + count ending the clause
    (``_counted_after``)."""
    words = alternation(cue_words("counted_works_money"))
    money = re.compile(rf"(?:^|[，,；;：:①-⑳])({words})$")
    tail = re.compile(rf"(?:(?:{words})(?:资金)?|资金)$")
    units = alternation(cue_words("counted_works_units", "counted_purpose_units"))
    counted = re.compile(
        r"([\u4e00-\u9fff]{0,8}?)"
        rf"[约近超逾]?\d+(?:\.\d+)?(?:多|余)?(?:(?:[万千百]?(?:{units}))|万)(?:多|余)?"
        rf"(?!{units}|平方|千瓦|吨)([\u4e00-\u9fff]{{2,16}})")  # not 1.27万|平米
    done = re.compile(rf"([\u4e00-\u9fff]{{3,16}}?)[约近超逾]?\d+(?:\.\d+)?(?:多|余)?[万千]?"
                      rf"(?:{units})(?:多|余)?")
    return money, tail, counted, done


def _kept(act: str) -> str:
    """The act (了 dropped) a label keeps: "" for a filler (``cues.label_leading``,
    ``counted_purpose_fillers``: 完成, 实施)."""
    verb = act.removesuffix("了")
    return "" if verb in cue_words("label_leading", "counted_purpose_fillers") else verb


def _act(clause: str) -> str:
    """The act ``clause`` opens with (with 了), or "" when it opens with no verb."""
    listed = leading_word(clause, cue_words("label_verbs", "label_leading",
                                            "counted_purpose_fillers"))
    if not listed:
        first = tags(clause)[:1]
        listed = first[0].word if first and first[0].flag == "v" \
            and len(first[0].word) >= 2 else ""
    return listed + "了" if listed and clause[len(listed):].startswith("了") else listed


def counted_purpose(name: str, before: str, rest: str, dimension: str) -> str:
    """``name``, or for money paid for one act on things counted after it, the act, its
    scope and the things in the label: "投资2110万元解决4.56万农村人口饮水安全问题" →
    解决农村人口饮水安全问题投资."""
    if dimension != "money" or not rest or not re.match(r"[\u4e00-\u9fff]", rest):
        return name
    money, tail, counted, _ = _patterns()
    ending, paid = tail.search(name), money.search(before)
    if not ending or not paid:
        return name
    # the money word the label opens with stays in front (投入…资金), unless it is all there is
    head = paid.group(1) if name.startswith(paid.group(1)) and ending.start() else ""
    clause = _CLAUSE_END.split(rest)[0]
    if purpose := _served(clause) or _counted_after(clause):  # session 60, f3
        label = head + purpose + name[ending.start():]
        return label if len(label) <= 30 and purpose[-2:] not in name else name
    act = _act(clause)
    m = counted.fullmatch(clause[len(act):]) if act else None
    if not m or _NOT_PLAIN.search(m.group(1) + m.group(2)) \
            or any(w in clause for w in cue_words("change_verbs")):
        return name
    scope, thing = m.groups()
    if thing[-2:] in name:
        return name  # the label names the thing already
    label = head + _kept(act) + scope + thing + name[ending.start():]
    return label if len(label) <= 30 else name


_SERVED = re.compile(r"为[约近超逾]?\d+(?:\.\d+)?(?:多|余)?万?(?:户|名|人|个)(?:多|余)?"
                     r"([\u4e00-\u9fff]{4,20})")


def _served(clause: str) -> str:
    """The act and its object after 为 + a count of people + the people ("为3000户群众安装净水
    设备" → 安装净水设备), "" otherwise (session 60, f3)."""
    m = _SERVED.fullmatch(clause)
    if not m or any(w in clause for w in cue_words("change_verbs")):
        return ""
    pieces, at = tags(m.group(1)), 0
    for k, piece in enumerate(pieces):
        if piece.flag == "v" and len(piece.word) >= 2:
            served, purpose = m.group(1)[:at], m.group(1)[at:]
            ok = k and all(p.flag.startswith(("n", "r")) for p in pieces[:k]) \
                and 4 <= len(purpose) <= 16 and not _NOT_PLAIN.search(purpose)
            return purpose if ok and served else ""
        at += len(piece.word)
    return ""


def _counted_after(clause: str) -> str:
    """A filler act (or another act, kept), a noun and the act done to it, and their count
    ending the clause: "完成国省道改造120公里" → 国省道改造; "" otherwise (session 60, f3)."""
    act = _act(clause)
    m = _patterns()[3].fullmatch(clause[len(act):]) if act else None
    if not m or _NOT_PLAIN.search(m.group(1)) \
            or any(w in clause for w in cue_words("change_verbs")):
        return ""
    pieces = tags(m.group(1))
    if len(pieces) < 2 or not pieces[0].flag.startswith("n") or pieces[-1].flag != "v" \
            or pieces[-1].word not in cue_words("label_verbs", "label_kept_verbs"):
        return ""
    return _kept(act) + m.group(1)
