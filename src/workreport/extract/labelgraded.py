"""A grade alone after a count names the noun before at that grade (issue 13; round 4), with
the verb its list shares when it is a later item of the list (round 56, s56a), whichever
verb opens the label before (round 56 review, g56a).

The words are data (``vocab/cues.yml``).
"""

from __future__ import annotations

import re

from workreport.extract.labelaffix import class_mark
from workreport.extract.labelclean import strip_words
from workreport.extract.labelcommas import shared_verb
from workreport.extract.labelwords import graded, tags
from workreport.extract.numbers import vocab

__all__ = ["graded_sibling"]


def graded_sibling(grade: str, previous: str, before: str) -> str:
    """``grade`` (国家级, 省级, 市级: a grade alone, jieba's b) as the noun of ``previous``, the
    label before, at that grade, without its verb when it is a part of the first: "新增高新
    技术企业15家，其中国家级7家" → 国家级高新技术企业 (round 4). A grade written as a later
    item of a 、-list (``before``, the sentence up to the figure, ends 、 and the grade) is a
    sibling, no part, and keeps the verb the list shares (``labelcommas.shared_verb``; round
    56, the development draws' shared verb lost on a later item): "新增国家级专精特新企业2家、
    省级8家" → 新增省级专精特新企业; "培训县级骨干教师500名、市级60名" → 培训市级骨干教师.
    A filler verb (完成, 实现) is no shared verb and goes as before. A verb of no filler list
    (获评, jieba's v: 表彰) opening ``previous`` before its noun is a verb too, not a part of
    the noun (round 56 review, g56a: "获评省级文明单位5个、市级12个" gave 市级获评省级文明
    单位) → 获评市级文明单位, and kept by a sibling ("表彰…、市级45名" → 表彰市级劳动模范).
    A verb naming a class with 类 is the noun's, the class kept before the grade (round 84, x5:
    实施类省级重点项目, 市级 → 实施类市级重点项目)."""
    noun = strip_words(previous, vocab("cues")["label_verbs"], leading=True)
    pieces = tags(previous)
    lead = (shared_verb(previous) or (pieces[0].word if pieces[0].flag == "v" else "")) \
        if noun == previous and len(pieces) > 1 and not class_mark(previous[len(pieces[0].word):]) \
        else ""
    noun = previous[len(lead):] if lead else noun
    verb = previous[: len(previous) - len(noun)] if previous.endswith(noun) else ""
    listed = bool(verb) and before.removesuffix(grade).endswith("、") \
        and (shared_verb(previous) == verb or verb == lead)
    kind = re.match(r"[\u4e00-\u9fff]{1,4}类", noun)  # 实施类|省级… (round 84, x5)
    at = kind.end() if kind and class_mark(noun[kind.end() - 1:]) \
        and len(noun) > kind.end() + 1 else 0
    return (verb if listed else "") + noun[:at] + graded(grade, noun[at:])
