"""The subject of a 、-list of acts is every item's (issue 13, the development draws' "scope
lost"; round 79, x2).

Class of error: a clause whose subject opens a 、-list of acts, each with its own count ("市属
国企减亏扭亏548户、压减法人1191户", "湘商回归新注册企业达到1670家、到位资金突破6000亿元",
"东西部协作和对口支援投入财政帮扶资金34.4亿元、实施帮扶项目807个"), kept the subject in the
first item's label only: the later items read 压减法人, 到位资金, 帮扶项目, the whole place's
totals. In Chinese the subject of a clause is the subject of every predicate joined to it by
、; the later items, opening with a verb, have none of their own.

Rule (``subject_shared``, a pass of ``labelpasses.AFTER``): the figure's clause (the sentence
before its number, from its last ，；。：) is a 、-list whose earlier items each hold a number;
its own item opens with a verb (``cues.label_verbs``, ``list_shared_verbs``,
``label_kept_verbs``, ``shared_subject_item_verbs``) and the label is that item (with or
without its verb); the first item opens with a subject — the words before the first such verb,
less an adverb (已: ``cues.state_all_adverbs``, ``completion_adverbs``), at least three
characters — which goes in front of the label: 市属国企压减法人, 湘商回归到位资金, "南繁硅谷已
建成20个…、引进企业30家" → 南繁硅谷引进企业.

Exceptions (the label stays): a "subject" that is a time, a forecast or a manner word
(``cues.shared_subject_not``: 全年, 预计), the whole place (``cues.subject_owner_scopes``:
全区), opening with a verb, preposition, adverb or locative as jieba tags it (组织实施…, 围绕…,
布局建设…, of two characters or fewer), holding a digit (投资3.9亿元新修…), a mark, 均 (年平均) or
a coordination (东西部协作和对口支援: two programmes, no one body, left as the gold files
have it); a first item that is a rate (…问题解决率达98.3%) or a works and its stage ("老旧厂房
改造完成120个、新建车间45个": the things the works is done to, no agent); a label
that already shares two characters running with it (the subject carried already, or the item
naming the same thing: 空气优良天数达到…、增加…); a list with 分别, 各 or 均 (each item's own).
Round 79 review, q2: a "subject" ending in a topic heading (``cues.shared_subject_topics``:
经济运行, 民生保障, 科技创新), no agent or part of the place: its figures are the whole place's;
an item or label naming the whole place (``cues.scope_words``: "园区企业实现产值…、带动全县财政
收入增长10%" → 全县财政收入, not 园区企业全县财政收入).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelclause import CLAUSE_END
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import ending_word, leading_word, tags

__all__ = ["subject_shared"]

_DIGIT = re.compile(r"\d")
_NOT_OPENING = frozenset("vpdcrmtf")  # a verb, preposition, adverb … opens no subject
_BAD = re.compile(r"[\d“”《》（）()、和及与分别各均]|年$|^在|^对|^向|^从")


@cache
def _verbs() -> tuple[str, ...]:
    return cue_words("label_verbs", "list_shared_verbs", "label_kept_verbs",
                     "shared_subject_item_verbs")


def _subject(first: str) -> str:
    """The words before the first item's verb, or "" when they are no subject."""
    verbs = _verbs()
    at = next((i for i in range(2, len(first)) if leading_word(first[i:], verbs)), 0)
    subject = first[:at]
    after = first[at + len(leading_word(first[at:], verbs)):]
    if _BAD.search(subject) or after[:1] == "率" or leading_word(after, verbs):
        return ""  # "年平均减少…", "…问题解决率达98.3%" (a rate), "老旧厂房改造完成…" (a stage)
    while adverb := ending_word(subject, cue_words("state_all_adverbs", "completion_adverbs")):
        subject = subject[: -len(adverb)]  # "南繁硅谷已建成…" → 南繁硅谷
    if not at or len(subject) < 3 or leading_word(subject, verbs) \
            or tags(subject)[0].flag[:1] in _NOT_OPENING \
            or subject.startswith(cue_words("shared_subject_not", "subject_owner_scopes")) \
            or subject.endswith(cue_words("shared_subject_topics")):
        return ""
    return subject


def _shares(name: str, subject: str) -> bool:
    return any(subject[i:i + 2] in name for i in range(len(subject) - 1))


def subject_shared(name: str, before: str, rest: str, dimension: str) -> str:
    """``name`` with the subject of its 、-list of acts in front, or ``name``."""
    if not name:
        return name
    items = CLAUSE_END.split(before)[-1].split("、")
    if len(items) < 2 or not all(_DIGIT.search(item) for item in items[:-1]):
        return name
    own = items[-1]
    verb = leading_word(own, _verbs())
    if not verb or _DIGIT.search(own) or any(w in own or w in name for w in cue_words(
            "scope_words", "report_wholes", "subject_owner_scopes")):
        return name  # 带动全县财政收入…: the whole place's figure, no part's (round 79 review, q2)
    obj = own[len(verb):]
    if not (name.startswith(verb) or (obj[:2] and name.startswith(obj[:2]))):
        return name
    subject = _subject(items[0])
    if not subject or _shares(name, subject):
        return name
    return subject + name
