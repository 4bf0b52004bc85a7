"""Recipients named by 向 before a hand-out (round 71, w7).

Class of error: ``labelclean.clean`` drops a preposition opening a label (``cues.
label_prepositions``: 对, 以, 向 …). When 向 names who received what was handed out, the
recipients stay in front of the verb without it and read as the ones who handed it out:
"向困难家庭发放爱心礼包8000份" gave 困难家庭发放爱心礼包, "向困难群众发放各类救助补贴资金23.4亿元"
gave 困难群众发放各类救助补贴资金.

Rule: 向 stays when the label is 向, the recipients (1-14 characters, no clause break), a
hand-out verb (``cues.recipient_handout_verbs``: 发放, 提供, 拨付 …) and a noun of two
characters or more: 向困难家庭发放爱心礼包 — the act and what was handed out, the recipients as
its scope, as bench/label_judging.md keeps 发放 and a scope. The same when the recipients
are counted ("向12家企业发放贷款4.6亿元": the amount's clause opens after 12家, so
``counted_recipients`` gives it back its 向: 向企业发放贷款, was 企业发放贷款); the count itself
names those who got it, as after 为 (``handed_to``: 获得贷款的企业, was 企业发放贷款).

Exceptions: a label with no hand-out verb after the recipients loses 向 as before ("向上级争取
资金" → 上级争取资金 is another rule's matter); a verb with nothing handed out after it (向基层
投放) keeps the old path; a preposition word (向外, 向阳: ``cues.label_prepositions_keep``) is
no 向 of recipients.

Round 72, x2 (the round-71 reviewers' "各银行向300家小微企业发放贷款" gave 各银行向): a subject
before 向 and the count of the recipients is no label of the count (``subject_to_recipients``:
the clause is 向 alone, so the count is labelled like "向300家小微企业发放贷款" → 获得贷款的小微
企业); only when the words after the number hand something out. A 的-clause may stand between 向
and the count ("向符合条件的1200名退役军人发放一次性补助" gave 退役军人发放一次性补助 for the
count and the money: now 获得一次性补助的退役军人, 向退役军人发放一次性补助).
Round 72 review, q12: only a verb that gives the counted something they get (提供 or one of
``cues.giving_verbs``, read as 获得 by ``labelpicked.served_noun``): "坚持向200家企业推介
项目" gave 企业推介项目 (was 坚持向企业推介项目), the firms read as the ones promoting.
"""

from __future__ import annotations

import re
from functools import cache

from workreport.vocab import alternation
from workreport.vocab import load as vocab

__all__ = ["counted_recipients", "handed_to", "leading_preposition", "recipients_kept",
           "subject_to_recipients"]

# 向 and a count (as ``labelpicked.WEI`` for 为): "向12家企业发放贷款", after a subject too
# ("5家金融机构向12家企业…"): the hand-out verb after the noun is the guard (``handed_to``).
_TO = r"向(?:[^，；。：、\d向]{1,10}的)?"  # 向, maybe a 的-clause: 向符合条件的 (r72, x2)
_XIANG = re.compile(_TO + r"[超近约]?[\d.]+[万千百]?[余多]?[\u4e00-\u9fff]?$")


@cache
def _counted_to() -> re.Pattern[str]:
    """向 and a count of the recipients (in a unit of ``cues.recipient_count_units``) ending the
    text before a figure's clause ("向12家"); built once."""
    units = alternation(vocab("cues")["recipient_count_units"])
    return re.compile(_TO + rf"[\d.]+[万亿]?(?:{units})$")


@cache
def _handout() -> re.Pattern[str]:
    """向, recipients, a hand-out verb and a noun after it; built once."""
    verbs = alternation(vocab("cues")["recipient_handout_verbs"])
    return re.compile(rf"向[^，；。、：]{{1,14}}?(?:{verbs})[\u4e00-\u9fff“]{{2}}")


def recipients_kept(label: str) -> bool:
    """Does ``label`` open with 向 naming who received what it hands out ("向困难家庭发放
    爱心礼包")? Then the 向 stays."""
    return bool(_handout().match(label))


def leading_preposition(label: str) -> str:
    """The preposition ``labelclean.clean`` drops from the start of ``label``
    (``cues.label_prepositions``, not a word it starts: ``cues.label_prepositions_keep``), or
    "" when there is none or it names the recipients of a hand-out (``recipients_kept``)."""
    cues = vocab("cues")
    if recipients_kept(label) or label.startswith(tuple(cues["label_prepositions_keep"])):
        return ""
    return next((w for w in cues["label_prepositions"] if label.startswith(w)), "")


def counted_recipients(text: str, begin: int, pre: str) -> str:
    """``pre``, the clause of a figure opening at ``begin`` in ``text`` right after a count,
    with 向 in front when the count is of the recipients of what ``pre`` hands out ("向12家
    企业发放贷款4.6亿元": 企业发放贷款 → 向企业发放贷款). Round 87 (w4; the development draws'
    "fragment" and "other thing": the recipients' last noun read as who handed it out): the
    same after 为 opening its clause, and with recipients counted in a list, every one of
    them named: "累计为1.5万多农户和239家企业发放扶贫担保贷款25.9亿元" gave 企业发放扶贫担保
    贷款, now 为农户和企业发放扶贫担保贷款."""
    if not text.startswith(pre, begin):
        return pre
    if _counted_to().search(text, max(0, begin - 12), begin) and recipients_kept("向" + pre):
        return "向" + pre
    m = _counted_listed().search(text, max(0, begin - 40), begin)
    if not m or not (m.group(2) or m.group(1) == "为") or not recipients_kept("向" + pre):
        return pre
    units = alternation(vocab("cues")["recipient_count_units"])
    listed = re.sub(rf"{_COUNT}(?:{units})?", "", m.group(2) or "")
    if listed and not all(re.split(r"[和及、]", listed)[:-1]):
        return pre  # a count with no noun of its own ("为120名和80名新录用人员": round 87
        # review, q2, gave 为和新录用人员…)
    return m.group(1) + listed + pre


# A count of recipients, its unit (``cues.recipient_count_units``) maybe unsaid ("1.5万多农户").
_COUNT = r"[超近约]?[\d.]+[万亿千百]?[余多]?"


@cache
def _counted_listed() -> re.Pattern[str]:
    """向 or 为 opening a clause (maybe after ``cues.served_wei_adverbs``: 累计为), then counts of
    recipients listed with 和, 及 or 、 and the last count, ending the text before a figure's
    clause ("累计为1.5万多农户和239家"); built once (round 87, w4)."""
    cues = vocab("cues")
    units = alternation(cues["recipient_count_units"])
    count = rf"{_COUNT}(?:{units})?"
    opens = alternation(cues["served_wei_adverbs"])
    return re.compile(rf"(?:^|[，,；;。：:\n]|{opens})(向|为)"
                      rf"((?:{count}[\u4e00-\u9fff]{{1,8}}?[和及、])+)?{count}$")


def handed_to(text: str, pos: int, words: str) -> bool:
    """Is the count at ``pos`` in ``text`` one of the recipients after 向 opening its clause,
    ``words`` (its noun and what follows it, up to a number) handing something out ("向12家
    企业发放贷款": jieba's noun may run on into the act)? Then it is labelled as a count after
    为 is (``labelpicked.served_noun``)."""
    words = re.split(r"\d", words, maxsplit=1)[0]
    return bool(_XIANG.search(text, max(0, pos - 20), pos)) \
        and _hands_out(words, vocab("cues")["recipient_handout_verbs"])


def subject_to_recipients(pre: str, text: str, end: int, sentence_end: int) -> str:
    """``pre``, the clause before a count ending at ``end``, as 向 alone when it is a subject
    and 向 ("各银行向") and the words after the count hand something out to the counted
    ("300家小微企业发放贷款"; round 72, x2); else ``pre``."""
    if not re.fullmatch(r"[\u4e00-\u9fff]{1,12}向", pre.strip()):
        return pre
    words = re.split(r"[\d，,；;。]", text[end:sentence_end], maxsplit=1)[0]
    return "向" if _hands_out(words, _giving_handouts()) else pre


@cache
def _giving_handouts() -> tuple[str, ...]:
    """The hand-out verbs (``cues.recipient_handout_verbs``) that give the counted something
    they get: 提供 or one of ``cues.giving_verbs`` (round 72 review, q12: not 推介); built once."""
    cues = vocab("cues")
    return tuple(v for v in cues["recipient_handout_verbs"] if v in ("提供", *cues["giving_verbs"]))


def _hands_out(words: str, verbs: list[str] | tuple[str, ...]) -> bool:
    """Do ``words`` (a count's noun and what follows it) hold one of ``verbs`` after their first
    character (jieba's noun may run on into the act: "企业发放贷款")?"""
    return any(words.find(v, 1) > 0 for v in verbs)
