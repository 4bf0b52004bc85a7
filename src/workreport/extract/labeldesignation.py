"""A title the counted things came to hold, said after a generic noun (session 60, f4).

Class of error: a generic counted noun (公司, 区县 …: ``cues.generic_counted_nouns``) with the
predicate after it that says which are counted took the predicate glued in front of it
(``labelpredicate.generic_predicate``: 开展5G工厂建设企业), and so when the predicate's object is a
title the things came to hold, itself a body or place of another name, the two nouns ran together:
"2家公司已认定为国家科技型中小企业" → 认定为国家科技型中小企业公司, "3个区县成功创建国家食品安全示范
城市" → 创建国家食品安全示范城市区县 (with 成功 left in the noun, another rule gave …的区县; with
已 or 顺利 the 的 was lost).

Rule: a predicate of three words or more whose last word is a noun (jieba's n…, j) ending in a
head of ``cues.designation_heads`` (企业, 城市, 县, 单位 …) qualifies the noun with 的:
认定为国家科技型中小企业的公司, 入选国家再生水利用重点城市的设区市.

Exceptions: any other object stays glued (开展5G工厂建设企业, 获中国新闻奖作品); a bare place
entered, its verb and one word (入驻园区企业); a predicate ending in the noun itself is the label
alone (入选全国百强企业: ``generic_predicate`` returns it before this is asked).
Round 82 review (r2): 成功 peeled off a label's end (``cues.label_trailing``) left a predicate
of ``cues.object_predicates`` after it unread ("12个招商项目成功落地" gave 招商项目): 成功 is one
of ``cues.object_predicate_adverbs`` too (→ 落地招商项目); 成功 that is an act's result, not an
adverb, stays (创业成功: ``cues.label_trailing_keep``; "扶持创业成功1200人" → 扶持创业成功).
"""

from __future__ import annotations

from workreport.extract.labelwords import tags
from workreport.extract.numbers import vocab

__all__ = ["designated"]


def designated(tail: str, noun: str) -> str:
    """``tail`` (the predicate after ``noun``) and ``noun`` as a label: joined by 的 when
    ``tail`` names a title (see the module's docstring), glued otherwise."""
    words = tags(tail) if tail else ()
    named = len(words) > 2 and words[-1].flag[:1] in ("n", "j") \
        and tail.endswith(tuple(vocab("cues")["designation_heads"]))
    return f"{tail}的{noun}" if named else tail + noun
