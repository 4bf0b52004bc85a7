"""Those a count after 为 serves, done a thing by a verb no cue list names (round 73, x4).

Class of error (the development draws' "fragment: 为 dropped"): ``labelpicked.served_noun``
reads what those a count after 为 serves got only after 提供, a verb of giving
(``cues.giving_verbs``: 发放, 购买 …) or of doing to (``cues.done_to_verbs``: 实施, 进行 …).
After any other verb the counted noun and the act ran on together with 为 dropped, so that
the counted read as the doers: "为200多家企业清偿了历史欠款" gave 企业清偿历史欠款, "为20个村
新打了深水井" gave 村新打深水井, "为864名退役军人接续补缴养老医疗保险" gave 退役军人接续补缴
养老医疗保险.

Rule: after 为 and a count (``labelpicked.WEI``), when no other rule of
``labelverbs.predicate_first`` names the counted, the verb phrase after the counted noun (read
from the clause, the noun cut before jieba's first verb after it, an amount after the act
dropped) is what was done for them; the label is a word of ``cues.served_other_marks`` (获),
the act (its 了 dropped) and 的 before the noun: 获清偿历史欠款的企业, 获新打深水井的村,
获接续补缴养老医疗保险的退役军人, 接种HPV疫苗的适龄女性 (was 适龄女性; no 获: below).

Exceptions: the act must open with a verb of jieba's (v, vn), maybe after one adverb or
adjective (新打, 免费置换), end in a noun (the thing done: an act with no object, "为企业减负",
is left as it was) and be a thing ``labelpicked.served_thing`` takes (no digit, 的 or clause
break, up to 14 characters); a verb of ``cues.served_other_not`` (verbs that say the counted
did something, or that are a 为's other sense) is no act done for them. Otherwise "" (the
label as before). Round 73 review (q2): an act whose verb has the counted as its subject
(``cues.subject_predicate_verbs``: 接种, 用上 …) takes no 获, so "为3000名适龄女性接种HPV疫苗"
reads 接种HPV疫苗的适龄女性 as it does after 免费为 or 为全县 (round 72's ``doing_subject``).
"""

from __future__ import annotations

import re

from workreport.extract.labelpicked import nominal_end, served_thing
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags

__all__ = ["served_other"]


def served_other(noun: str, clause: str, adverb: str = "") -> str:
    """获 (``cues.served_other_marks``), the act done for those counted (了 dropped;
    ``adverb`` in front when it has none) and 的 before their noun, read from ``clause``, the
    words from the counted ``noun`` to the end of its clause: ("企业", "企业清偿了历史欠款")
    → 获清偿历史欠款的企业; "" when ``clause`` holds no such act (module docstring) or its
    noun before the act is no start of ``noun`` (the label as cleaned)."""
    clause = re.split(r"[\d，,；;。]", clause)[0]  # "…养老医疗保险6472万元": no part of it
    head, tail = _run_on(clause)
    pieces = list(tags(tail)) if tail and head and noun.startswith(head) else []
    at = next((i for i, p in enumerate(pieces[:2]) if p.flag in ("v", "vn")), -1)
    if at < 0 or (at == 1 and pieces[0].flag not in ("a", "d", "ad")) \
            or pieces[at].word in cue_words("served_other_not"):
        return ""
    verb = at + 1
    while verb < len(pieces) and pieces[verb].flag == "v":
        verb += 1  # "接续补缴"
    rest = pieces[verb + 1:] if verb < len(pieces) and pieces[verb].word == "了" else pieces[verb:]
    thing = "".join(p.word for p in rest)
    if not rest or not nominal_end(thing.replace("“", "").replace("”", "")) \
            or not served_thing(thing):
        return ""
    act = "".join(p.word for p in pieces[:verb]) + thing
    act = act if not adverb or act.startswith(adverb) else adverb + act
    # round 73 review (q2): a verb whose subject the counted are (接种, 用上: ``cues.
    # subject_predicate_verbs``) takes no 获, as ``doing_subject`` words it after 免费为 or 全县
    # ("为3000名适龄女性接种HPV疫苗" → 接种HPV疫苗的适龄女性, not 获接种…)
    subject = cue_words("subject_predicate_verbs")
    mark = "" if any(p.word in subject for p in pieces[at:verb]) \
        else cue_words("served_other_marks")[0]
    return f"{mark}{act}的{head}"


def _run_on(noun: str) -> tuple[str, str]:
    """``noun`` cut before the first verb of jieba's (v, vn; or an adverb or adjective and a
    verb: 新打, 免费置换) after a noun: "企业清偿历史欠款" → ("企业", "清偿历史欠款"); (``noun``,
    "") when there is none."""
    pieces = tags(noun)
    for i in range(1, len(pieces)):
        verb = pieces[i].flag in ("v", "vn") or (pieces[i].flag in ("a", "d", "ad")
                                                  and pieces[i + 1:i + 2] != ()
                                                  and pieces[i + 1].flag == "v")
        head = "".join(p.word for p in pieces[:i])
        if verb and nominal_end(head):
            return head, noun[len(head):]
    return noun, ""
