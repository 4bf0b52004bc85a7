"""A share of villages (or towns, firms) whose income reaches a threshold (issue 13, scope lost;
round 71, w3; used by ``naming.label`` through ``labelassigned.after_label``).

Class of error: a percent counting the villages whose income passes an amount was labelled
by the income alone, or by a class named by the amount with no income:

- "55%以上的村（社区）经营性收入达到10万元以上" gave 村（社区）经营性收入 for the 55%, a label
  that reads as the villages' income, not the share of villages past 10万元; a later item of
  the same list ("、65%以上的村（社区）实现分红") took that label too;
- "村集体收入全部达到10万元，50万元以上村占50%" gave 50万元以上村占比重: 50万元 of what
  the label does not say (the income is named clauses before).

Rule (``reached_share``, a rule of ``after_label``): for a percent only,
- the percent before "的", the things (``cues.reach_share_things``: 村, 行政村, 村（社区）…), an
  income (``cues.reach_share_measures``), a verb of reaching (``cues.reach_share_verbs``) and
  an amount of money ending the item → <income><amount>的<things>比例, the verb kept where
  no 以上 follows the amount (集体收入超过10万元的行政村比例):
  经营性收入10万元以上的村（社区）比例 (as the text writes it elsewhere: "经营性收入10万元以上
  的村占比超过90%");
- a later item of that list, the percent before "的", the same things and what is said of them
  (no digit) → <what is said>的<things>比例: 实现分红的村（社区）比例;
- a class named by an amount before 占 ("50万元以上村占") → the income named before it in the
  sentence, the amount, the things: 村集体收入50万元以上的村比例.
Exceptions: anything else stays as it is: a percent whose things are no village, town or firm
of the list, an income not written in the sentence before a class (the class stays), a class
whose clause names a measure of its own before the amount ("年产值100万元以上村占30%": round
71 review, q7, it took the income of the clause before), an
amount that is no money, a clause going on past the amount (a figure of its own).
The amount row itself (10万元以上) keeps its label: the threshold each village passes.

A second class, the same construction without an amount (``picked_share``): a percent before
"的", the things and what was done to them ("80%的中小学纳入教联体", "90%以上的村（社区）配备家庭
健康指导员", "95%的审批事项实现“一枚公章、一个部门”办理") was labelled by the things and the act
(中小学纳入教联体, a count), by the bare things (审批事项) or by the share before it in the
sentence (达到…标准的县比例, 'other thing'). Rule: when the label ``labelcountshare`` gives does
not end in a rate word or does not hold the things, the things are the nouns after 的 up to a
verb of ``cues.picked_share_verbs`` (纳入, 实现, 配备 …) at a word's start, what is said of them
runs to the clause's end with no digit, and the text before the percent in its clause is empty,
a place's whole (全县) or ends in a verb: <what is said>的<things>比例 (纳入教联体的中小学比例).
Not when a noun stands before the percent ("含油量66%的油菜品种…", "其他三级公立医院50%的门诊
预约号源…": the percent is that noun's), nor when no such verb follows the things.
Round 71 review (q7): nor when the clause before the percent names a rate or a growth it
reaches (``cues.share_rate_ends``, ``gap_rate_words``, ``picked_share_rate_verbs``: "投资增速
达到15%的乡镇实现全覆盖", "营业收入增长20%的企业…": the percent is that rate's, not a share
of the things).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags
from workreport.extract.nonfigures import alternation

__all__ = ["picked_share", "reached_share"]

_ABOUT = r"(?:以上|左右|多)?"
_AMOUNT = r"(?P<amount>[\d.]+[万亿]?元)(?P<about>以上|左右)?"
_END = r"(?=[，,；;。！？、]|$)"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], str, str]:
    """The share ahead of its things and income (``rest`` opens with it), the class named by
    an amount before 占 (a clause ends with it), and the alternations of things and incomes,
    built once."""
    things = alternation(sorted(cue_words("reach_share_things"), key=len, reverse=True))
    measures = alternation(sorted(cue_words("reach_share_measures"), key=len, reverse=True))
    verbs = alternation(sorted(cue_words("reach_share_verbs"), key=len, reverse=True))
    ahead = re.compile(rf"{_ABOUT}的(?P<things>{things})(?P<measure>{measures})(?P<verb>{verbs})"
                       rf"{_AMOUNT}{_END}")
    classed = re.compile(rf"(?P<amount>[\d.]+[万亿]?元)(?P<about>以上)的?(?P<things>{things})占$")
    return ahead, classed, things, measures


def reached_share(name: str, before: str, rest: str, dimension: str) -> str:
    """``name``, a percent's label, as the module says; ``before`` is the sentence up to the
    number, ``rest`` the sentence after it, ``dimension`` the number's ("percent" only)."""
    if dimension != "percent":
        return name
    ahead, classed, things, measures = _patterns()
    if m := ahead.match(rest):  # the verb stays where no 以上 says the amount is passed
        reach = "" if m["about"] else m["verb"].removeprefix("均")
        return f"{m['measure']}{reach}{m['amount']}{m['about'] or ''}的{m['things']}比例"
    clause = re.split(r"[，,；;。！？：:]", before)[-1]
    if before.endswith("、") and (said := re.match(
            rf"{_ABOUT}的(?P<things>{things})(?P<said>[^\d，,；;。！？、的]{{2,12}}){_END}", rest)):
        # a later item of a list whose item before is a share past an income's threshold
        item = re.split(r"[、]", clause.rstrip("、"))[-1]
        first = re.search(r"[\d.]+%", item)
        if first and (m := ahead.match(item[first.end():])) and m["things"] == said["things"]:
            return f"{said['said']}的{said['things']}比例"
        return name
    if (m := classed.search(clause)) and clause[:m.start()].strip() in ("", *cue_words(
            "label_leading")):  # not "年产值100万元以上村占" (round 71 review, q7)
        head = before[: len(before) - len(clause)]
        owners = list(re.finditer(rf"(?:{things})?(?:{measures})", head))
        if owners:
            return f"{owners[-1].group(0)}{m['amount']}{m['about']}的{m['things']}比例"
    return name


_PICKED = re.compile(r"(?:以上|左右|多)?的(?P<clause>[^，,；;。！？：:\d]{3,30})"
                     r"(?:[，,；;。！？]|$)")
_WHOLE = re.compile(r"全[国省市县区镇乡]$")


def picked_share(name: str, before: str, rest: str, dimension: str) -> str:
    """``name``, a percent's label from ``labelcountshare``, as "<what is said>的<things>比例"
    when the percent stands before 的 and things picked out by what was done to them (the
    module's second class); ``name`` as it is otherwise."""
    m = _PICKED.match(rest) if dimension == "percent" else None
    if not m:
        return name
    own = re.split(r"[，,；;。！？：:、]", before)[-1]
    lead = tags(own) if own else ()
    if lead and not _WHOLE.search(own) and lead[-1].flag[:1] not in ("v", "d", "p", "c"):
        return name  # "含油量66%的…": a noun's percent
    if any(w in own for w in cue_words("share_rate_ends", "gap_rate_words",
                                       "picked_share_rate_verbs")):
        return name  # "投资增速达到15%的乡镇…": a rate's percent (round 71 review, q7)
    clause, verbs = m["clause"], cue_words("picked_share_verbs")
    at, pieces = 0, tags(clause)
    for k, piece in enumerate(pieces[1:], 1):
        at += len(pieces[k - 1].word)
        if piece.word in verbs or any(clause.startswith(v, at) and len(v) > len(piece.word)
                                      for v in verbs if v.startswith(piece.word)):
            last = pieces[k - 1]
            if last.word == "）" or last.flag[:1] in ("n", "j") or last.flag == "zg":
                break
            return name
    else:
        return name
    things, said = clause[:at], clause[at:]
    if name.endswith(("比例", "比重", "占比", "率")) and things in name:
        return name
    return f"{said}的{things}比例"
