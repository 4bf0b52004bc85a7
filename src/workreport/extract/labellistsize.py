"""A count standing inside the object of a verb of selection is the size of the list the
place entered, not the place's own count (round 82, x5; bench/label_judging.md: "a count that
stands for a whole country's batch or total, quoted for context (入围国家首批N个试点城市): the
label must say whose it is").

Class of error (the development draws' 'other thing' and 'scope lost'): "涞水…旅游扶贫模式入选
国务院扶贫办14个“精准扶贫典型案例”" gave 涞水…模式入选国务院扶贫办“精准扶贫典型案例”, "产销
对接消费扶贫模式获评河北省26个产业扶贫典型案例" gave …模式获评河北省产业扶贫典型案例, both
reading as the county's own 14 or 26; "入选农业农村部30个帮扶产业高质量发展典型案例" kept the
verb; "龙泉村、姚磨村入选世界旅游联盟50个典型案例" dropped the list's owner (典型案例).

Rule (grammar): a verb of selection (``cues.list_size_verbs``: 入选, 获评, 列入 …), then the
name of the authority or place that owns the list (ending in ``cues.list_size_owner_heads``:
部, 办, 省, 联盟, 全国 …; a batch ordinal may follow it), then the number of a count, then the
list's noun to the clause's end: the number is the list's size, and the label is the owner,
the batch and the noun (→ 国务院扶贫办“精准扶贫典型案例”, 河北省产业扶贫典型案例, 农业农村部帮扶
产业高质量发展典型案例, 世界旅游联盟典型案例).

Exceptions: the reporting place as the verb's subject in its clause (``cues.
list_size_own_subjects``: "我市入选国家林业局8个森林康养示范基地" counts the city's own bases
selected, round 45, s45b); a count after its noun ("获评省级示范村60个": the place's own); a
grade in place of an owner (入选省级…, 国家级…); 前 before the number (入围全国前20名: a band of
a ranking); 的 or a digit in the owner; a noun running to 之一 (``labelbatchone.batch_one``'s);
money, shares and other amounts (only counts).
Round 82 review (q4): a word right before the verb that makes the count the place's own
(``cues.list_size_own_adverbs``: 共, 累计, 新, 新增, 先后, 争取 …), whatever the subject:
"今年新入选省工信厅8个专精特新企业" keeps 新入选省工信厅专精特新企业 (not the ministry's list of
8), "P:争取列入省发改委5个重点项目" 列入省发改委重点项目; the verb stays, with 新, 新增, 累计.
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelvocab import cue_words
from workreport.extract.numbers import vocab

__all__ = ["list_size"]


@cache
def _owned() -> re.Pattern[str]:
    """The verb, the list's owner and its batch closing the text before the number."""
    verbs = "|".join(sorted(map(re.escape, cue_words("list_size_verbs")), key=len, reverse=True))
    heads = "|".join(sorted(map(re.escape, cue_words("list_size_owner_heads")), key=len,
                            reverse=True))
    batch = vocab("cues")["batch_ordinal"]
    return re.compile(rf"(?:{verbs})(?P<owner>[\u4e00-\u9fff]{{0,10}}?(?:{heads}))"
                      rf"(?P<batch>{batch})?[约近]?$")


@cache
def _own_subject() -> re.Pattern[str]:
    """The reporting place closing the text before the verb, maybe with adverbs after it
    (``cues.list_size_own_subjects``; "我县成功入选", not "我县旅游扶贫模式入选")."""
    own = "|".join(map(re.escape, cue_words("list_size_own_subjects")))
    return re.compile(rf"(?:{own})(?:成功|先后|共|又|再次|新|还|已|均)*$")


@cache
def _own_adverb() -> re.Pattern[str]:
    """A word right before the verb making the count the place's own (``cues.list_size_own_
    adverbs``: 共, 累计, 新, 先后, 争取 …; not the 新 ending 创新, 更新, 革新)."""
    words = "|".join(sorted(map(re.escape, cue_words("list_size_own_adverbs")), key=len,
                            reverse=True))
    return re.compile(rf"(?<![创更革])({words})$")


# The list's noun: the words after the count's unit to the clause's end (quoted names kept).
_NOUN = re.compile(r"^[个家项名所座条批]?(?P<noun>(?:“[^”，。；]{1,16}”|[\u4e00-\u9fff]){1,24})"
                   r"(?=$|[，。；,;！])")


def list_size(name: str, before: str, rest: str, dimension: str) -> str:
    """``name``, or the list's owner, batch and noun when the count is the size of a list
    the place entered (see the module); ``before`` is the sentence up to the number, ``rest``
    after it."""
    if dimension not in ("count",):
        return name
    owned = _owned().search(before)
    noun = _NOUN.match(rest) if owned else None
    if not noun or len(noun.group("noun")) < 2 or "的" in owned.group("owner") \
            or "之一" in noun.group("noun"):
        return name
    subject = re.split(r"[，,；;。：:]", before[:owned.start()])[-1]
    if _own_subject().search(subject):
        return name  # "我市入选…8个…": the place's own things selected (round 45, s45b)
    own = _own_adverb().search(subject)
    if own:  # "新入选…8个…": the place's own new things selected (round 82 review, q4)
        if name.endswith(noun.group("noun")):
            return name
        kept = own.group(1) if own.group(1) in cue_words("list_size_own_kept") else ""
        verb = before[owned.start():owned.start("owner")]
        return kept + verb + owned.group("owner") + (owned.group("batch") or "") + \
            noun.group("noun")
    return owned.group("owner") + (owned.group("batch") or "") + noun.group("noun")
