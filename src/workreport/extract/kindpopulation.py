"""A population named as a possessor or a resource in a plan is a stock, not a goal (issue 13,
the development draws' "kind: a population quoted as background is a stock, actual"; round 81,
x8).

The class of error: a plan speaks of the people it serves by their number: "近14亿中国人的饭碗",
"把13亿中国人的饭碗牢牢端在自己手中", "承载着69万群众的殷切期盼", "1.1亿人口的庞大消费体量",
"9亿多劳动力、1亿多受过高等教育…的人才，是我们最大的资源"; each was read as a target, as every
figure of a plan part is. By label_judging.md (seed-2139 and seed-2138 audits) a population, like
any stock quoted as background, is actual; ``figurekind._people`` read only 人民 and 儿女.

The rule (called by ``figurekind.kind_of`` in a plan part): a count in a bare 万 or 亿 (or 万人,
亿人 before 口) followed straight by a population noun (``cues.population_nouns``: 中国人, 群众,
劳动力, 人口) and then 的 (the population owns what follows) or 、 (a list of what the place has)
is actual, and so is the next bare count of its list ("9亿多劳动力、1亿多受过高等教育和有专业
技能的人才": session 70, tester 70 item 2).

Exceptions: a count with a classifier of people (名, 人 as a unit: "帮助5000名群众") or a noun
followed by anything else ("新增转移1.5万农村劳动力", "解决3万群众饮水问题": the people the plan
acts on) stays as the other rules read it. Round 81 review (q2): nor a count whose clause
before it acts on the people or reaches a level (``cues.population_acts_before``: "解决10万群众的
安全饮水问题", "引导3万劳动力、5000名返乡人员创业就业", "城区人口达到30万人口的规模").
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelvocab import cue_words
from workreport.vocab import alternation

__all__ = ["population_stock"]


@cache
def _population() -> re.Pattern[str]:
    return re.compile(rf"(?:多|余)?(?:{alternation(list(cue_words('population_nouns')))})[的、]")


def population_stock(text: str, end: int, unit: str) -> bool:
    """Is the count in ``unit`` ending at ``end`` of ``text`` a population (see the module's
    docstring)?"""
    clause = re.split(r"[，。；：！？\n]", text[max(0, end - 30):end])[-1]
    if any(w in clause for w in cue_words("population_acts_before")):
        return False  # the people a plan acts on, a level it reaches (round 81 review, q2)
    if unit in ("万人", "亿人"):
        return text.startswith("口", end) and bool(_population().match("人" + text[end:end + 8]))
    return unit in ("万", "亿") and (bool(_population().match(text, end))
                                    or bool(_sibling().search(clause)))


@cache
def _sibling() -> re.Pattern[str]:
    """The next count of a list after a population stock ("9亿多劳动力、1亿多受过高等教育…的
    人才，是我们最大的资源": the list's second count was read as a target; session 70, tester 70
    item 2): a bare 万 or 亿 count right after "N亿多 + population noun + 、"."""
    nouns = alternation(list(cue_words("population_nouns")))
    count = r"[\d.]+[万亿](?:多|余)?"
    return re.compile(rf"{count}(?:{nouns})、{count}$")
