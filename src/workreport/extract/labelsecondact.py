"""A measure of the second of two acts joined by 、 takes their subject, not the first act
(issue 13, the development draws' "fragment"; round 82, x4).

Class of error: a subject with two predicates joined by 、, the figure the second's ("省级重点
项目建立分层级分领域包联机制、完成投资5000亿元以上", "全面完成武陵山区“山水工程”建设、累计治理
修复面积82.28万亩"), was labelled by the whole run before the number: 省级重点项目建立分层级分领域
包联机制、投资, 武陵山区“山水工程”建设、累计治理修复面积 — a label carrying a piece of another
clause. In Chinese the subject (or the works named before 建设) is every predicate's; the first
predicate's object is no part of the second's measure.

Rule (``second_act``, a pass of ``labelpasses.AFTER``): the label is two parts joined by one 、;
the second is a bare measure (``cues.second_act_measures``: 投资, 面积, 占比 …), after 累计, 完成
or verbs only (治理修复); the first is a noun phrase (nouns, names in quotation marks, as jieba
tags them, three characters at least) followed by a works verb alone (``cues.works_verbs``:
建设) or by a verb with an object after it. The label is that noun phrase and the second part:
省级重点项目投资, 武陵山区“山水工程”累计治理修复面积.

Exceptions (the label stays): a first part opening with a verb (新建、改造…: a list of acts with
no subject), a second part naming a thing of its own (扶贫项目电力配套等工程投资), more than one
、, a 和 or 及 in the noun phrase (two subjects), a first part whose noun phrase is all of it
(甲项目、乙项目投资: a list of names); round 82 review, q3: a bare size (``cues.second_act_sizes``:
面积, 投资, 总投资, no act of its own) after a first act that makes a thing
(``cues.second_act_making_verbs``: 建成, 新建 …) is that thing's size ("开发区建成标准厂房、面积
20万平方米": the factories' floor, not 开发区面积): the label is the subject, the thing when a noun
phrase, and the size (开发区标准厂房面积), else it stays.
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import ending_word, leading_word, tags

__all__ = ["second_act"]

_LEAD = re.compile(r"^(?:累计|完成)")
_NOMINAL = ("n", "b", "j", "x")  # x: the quotation marks of a name


@cache
def _measures() -> tuple[str, ...]:
    return cue_words("second_act_measures")


def _bare_measure(part: str) -> bool:
    """``part`` is a measure with no thing of its own: 投资, 累计治理修复面积."""
    measure = ending_word(part, _measures())
    if not measure:
        return False
    lead = _LEAD.sub("", part[: len(part) - len(measure)])
    return all(p.flag.startswith("v") for p in tags(lead)) if lead else True


def _subject(part: str) -> str:
    """The noun phrase opening ``part`` when a works verb alone or a verb and its object
    follow it, else ""."""
    pieces = tags(part)
    made = cue_words("second_act_making_verbs")  # 新建, which jieba may tag a place (q3)
    at = next((i for i, p in enumerate(pieces) if not p.flag.startswith(_NOMINAL)
               or p.word in made), len(pieces))
    subject = "".join(p.word for p in pieces[:at])
    rest = part[len(subject):]
    if len(subject) < 3 or not rest or re.search(r"[和及与]", subject) \
            or subject.count("“") != subject.count("”"):
        return ""
    if rest in cue_words("works_verbs"):
        return subject
    verb = pieces[at]
    after = pieces[at + 1:]
    acted = verb.flag == "v" or verb.word in made
    return subject if acted and any(p.flag.startswith("n") for p in after) else ""


def second_act(name: str, before: str, rest: str, dimension: str) -> str:
    """``name`` as the subject of two acts joined by 、 and the second's measure (above)."""
    if name.count("、") != 1:
        return name
    first, second = name.split("、")
    if not (second and _bare_measure(second)):
        return name
    subject = _subject(first)
    verb = leading_word(first[len(subject):], cue_words("second_act_making_verbs"))
    if subject and verb and second in cue_words("second_act_sizes"):
        made = first[len(subject) + len(verb):]  # 开发区建成标准厂房、面积: the factories'
        nominal = made and all(p.flag.startswith(_NOMINAL) for p in tags(made))
        return subject + made + second if nominal else name  # (round 82 review, q3)
    return subject + second if subject else name
