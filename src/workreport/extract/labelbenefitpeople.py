"""A count of people or households written right after the benefit they got (issue 13, the
development draws' "action verb dropped"; round 82, x6; a ``figurepasses.ROW`` pass, as it
needs the unit).

Class of error: a count of people written right after a policy, a benefit or a subsidy
("落实“保定人才十条”优惠政策169人", "辅助器具适配补贴4万人",
"发放住房租赁补贴1.76万户") counts the people or households the benefit reached, but its label
was the benefit alone, its carrying-out verb gone as a filler (“保定人才十条”优惠政策 for 169人:
the policy, not the people; label_judging.md: 'action verb dropped', the judge's better label
落实“保定人才十条”优惠政策人数), or the verb and the benefit with no word for what is counted.

Rule: for a row whose unit counts people or households (``cues.reached_units``: 人, 名, 户,
with their 万/亿; not 人次, the times a benefit was given, its volume: "落实医疗保障救助待遇
249.6万人次、共计3.9亿元" keeps 医疗保障救助待遇, on which the never-tuned Chengde gold's
label score fell), whose label ends in a benefit word (``cues.benefit_people_heads``:
政策, 待遇, 补贴, 补助 …) and is the words standing right before the number in its clause
(a qualifier 超/近/约 between), the label takes the verb its clause opens with, when the label
dropped it (a word of ``cues.carried_out_fillers`` or ``list_shared_verbs``, or one word of
jieba's v of at most two characters: 落实, 兑现, 发放, 享受, nothing else before the benefit),
and the unit's count word (words of ``cues.label_leading`` before the verb go: 全县):
落实“保定人才十条”优惠政策人数, 辅助器具适配补贴人数, 发放住房租赁补贴户数.

Exceptions (the label stays): a clause with the people named before the benefit or after 为,
向, 对 … (``cues.people_act_served``: "为各级学生发放资助补贴29361人次" counts the students
served, their noun in the label already) or a label naming people already or ending in a
count word (人数, 人次, 户数); a clause naming people (``cues.benefit_people_named``:
"全县困难群众享受低保政策3000人"); money or other units; a label that holds a digit; a count
whose act counts the people itself ("落实“两癌”免费筛查3500人": 筛查 is no benefit word).

Session 60 (f3), ``benefit_after_people``: a count of people or households written before the
people and the benefit they got ("发放6000户分散供养特困人员救助金") counts the people: the label
ran on to the benefit (分散供养特困人员救助金 for 6000户: 'other thing'). When the label stands
right after the count's unit, ends in a benefit word of ``cues.benefit_people_heads`` and the
words before it end in a people word (``cues.use_people_ends``, jieba's noun), the benefit goes
and a count of households not named by the people word takes 户数: 分散供养特困人员户数
("发放500名困难群众救助金" → 困难群众). Exceptions: other units and 人次, a label that is the
benefit alone or names no people before it (发放6000户补贴 keeps its label).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from workreport.extract.labelaffix import strip_words
from workreport.extract.labelpeopleact import count_clause, count_word
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags
from workreport.extract.numbers import vocab

__all__ = ["benefit_after_people", "benefit_people"]

_COUNTED = ("人数", "人次", "户数", "人口")


def benefit_people(f: Any, rows: list[Any], text: str) -> Any:
    """Figure row ``f`` counting the people a benefit reached (module); ``rows`` unused."""
    name, count = f.indicator, count_word(f.unit)
    if not count or count == "人次" or len(name) < 2 or name.endswith(_COUNTED) \
            or re.search(r"\d", name) or not name.endswith(cue_words("benefit_people_heads")):
        return f
    clause = count_clause(text, f.start, 60)
    if not clause.endswith(name) or any(w in clause for w in cue_words("people_act_served")):
        return f
    before = clause[: -len(name)]
    before = "" if before in cue_words("label_leading") \
        else strip_words(before, cue_words("label_leading"), leading=True)  # 全县
    if before:  # the clause's verb the label dropped: one verb word, nothing else
        words = tags(before)
        verb = before in cue_words("carried_out_fillers", "list_shared_verbs") \
            or (len(words) == 1 and words[0].flag == "v" and len(before) <= 2)
        if not verb:
            return f
    if any(p.word.endswith(cue_words("benefit_people_named")) for p in tags(clause)):
        return f
    return replace(f, indicator=before + name + count)


def benefit_after_people(f: Any, rows: list[Any], text: str) -> Any:
    """Figure row ``f`` counting people named before the benefit after the count (module)."""
    name, count = f.indicator, count_word(f.unit)
    if not count or count == "人次" or not name.endswith(cue_words("benefit_people_heads")) \
            or not text[f.end:f.end + len(name) + 2].lstrip("户名人").startswith(name):
        return f
    head = next(h for h in sorted(cue_words("benefit_people_heads"), key=len, reverse=True)
                if name.endswith(h))
    people = name[: -len(head)]
    pieces = tags(people) if len(people) >= 2 else []
    if not pieces or not pieces[-1].flag.startswith(("n", "l")) \
            or not pieces[-1].word.endswith(tuple(vocab("cues")["use_people_ends"])):
        return f
    tail = count if count == "户数" and not people.endswith("户") else ""
    return replace(f, indicator=people + tail)
