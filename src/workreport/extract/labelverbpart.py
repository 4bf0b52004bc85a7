"""A part after 其中 named only by what was done to it (round 73, x6; the development
draws' "bare verb" and "action verb dropped").

Class of error: "全年实施县以上重点项目52个，其中纳入省市重点21个" labelled the 21
纳入省市重点, a verb phrase with no noun for the things counted; so "谋划实施县级重点项目44项，
其中，申报省市重点23项" (申报省市重点), "新发行地方政府专项债券2157亿元，其中用于项目建设
1542亿元" (用于项目建设), "确定了114项重点任务，其中涉及我县有5项" (涉及我县), and "新增企业
50家，其中落户园区30家" gave 新增落户园区, a count of new 园区.

Rule: a part after 其中 whose name (its clause up to the number, a 有, 达 or 为 before the
number aside) is the label and opens with a verb of ``cues.part_verb_openers`` (being put in
a list, applied for, used for, concerning, settling in: 纳入, 申报, 用于, 涉及, 落户 …) counts
some of its whole's things: its label is that verb phrase, 的 and the whole's label, the
whole being the figure just before, written in the clause before 其中 and counted in the
same unit (万 and 亿 aside): 纳入省市重点的县以上重点项目, 申报省市重点的县级重点项目, 用于项目
建设的新发行地方政府专项债券, 落户园区的新增企业; a whole written number first is its noun
with its kept verb (确定了114项重点任务 → 涉及我县的重点任务). A running total opening the
whole's label (五年累计) goes in front.

Exceptions (the label stays): a part that names its own thing, ending as the whole's label
ends (其中纳入省重点项目10个) or in a counted noun after the verb's object (其中入驻园区企业
30家); a whole in another unit (腾退土地2700亩，其中用于旅游业态项目7个: projects, not
land); a list of parts after one 其中 (its later items); a whole whose label holds a digit or
a list mark; a whole that is no figure of the clause just before.
Round 73 review (q2): a part whose object is money of its own (``cues.part_own_money_ends``:
"争取资金10亿元，其中获批专项债5亿元", "…其中列入中央预算内投资3亿元") names its thing and
stays (was 获批专项债的争取资金).
Used by ``labeltables.project_rows`` after ``labelcarried.subset_item`` (whose 新增 put before
the part goes: the whole's label holds it); the words are data (``vocab/cues.yml``).
"""

from __future__ import annotations

import re

from workreport.extract.labelsubsetpart import counted_as
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import leading_word, tags
from workreport.extract.numbers import vocab

__all__ = ["verb_part"]

_CLAUSES = re.compile(r"[，；,;（(]")
# The whole's clause ends with its number and unit ("…县以上重点项目52个", "…债券2157亿元")
# or is written number first ("确定了114项重点任务").
_NUMBER_LAST = re.compile(r"[\d.]+(?P<unit>[万亿千百]*[^\d万亿千百以左多余、，]{1,3})"
                          r"(?:以上|左右|多|余)?$")
_NUMBER_FIRST = re.compile(r"[\d.]+(?P<unit>[万亿千百]*[个家所座项处条名人户间套栋台辆件])"
                           r"(?:以上|左右|多|余)?(?P<noun>[^\d、]{2,12})$")
_PART_END = re.compile(r"(?:有|达到|达|为)$")


def _own_head(part: str) -> bool:
    """Whether ``part`` names its own thing after the verb's object: three words of jieba's
    or more, the last, of two characters or more, a counted noun (``cues.generic_counted_nouns``,
    ``object_verb_heads``; not 县 of 涉及|我|县):
    "其中入驻园区企业10个" (not "落户园区", whose 园区 is the object)."""
    words = tags(part)
    if len(words) > 1 and part.endswith(cue_words("part_own_money_ends")):
        return True  # round 73 review (q2): "其中获批专项债5亿元" names its money
    return len(words) > 2 and len(words[-1].word) > 1 and words[-1].word.endswith(
        cue_words("generic_counted_nouns", "object_verb_heads"))


def verb_part(label: str, previous: str | None, before: str, unit: str) -> str:
    """``label`` of a figure whose sentence up to its number is ``before``, counted in
    ``unit``, as a part of the whole before it (``previous``, that figure's label) when it is
    a 其中 part named by a verb phrase alone (the module's rule); ``label`` otherwise.
    ``label`` may have taken the whole's verb already (``labelcarried.subset_item``: 新增
    落户园区), which goes: the whole's label after 的 holds it."""
    if not label or not previous or re.search(r"[\d、，]", previous):
        return label
    clauses = _CLAUSES.split(before)
    if len(clauses) > 2 and clauses[-2].strip() in ("其中", "其中：", "其中:"):
        clauses[-2:] = [clauses[-2].strip() + clauses[-1]]  # "其中，申报…"
    if len(clauses) < 2 or not clauses[-1].startswith("其中"):
        return label
    part = _PART_END.sub("", clauses[-1][2:].lstrip("：:").strip())
    if not label.endswith(part) or not previous.startswith(label[:len(label) - len(part)]) \
            or not (verb := leading_word(part, vocab("cues")["part_verb_openers"])) \
            or len(part) == len(verb) or _own_head(part):
        return label
    whole = clauses[-2].strip()
    first = _NUMBER_FIRST.search(whole)
    m = None if first else _NUMBER_LAST.search(whole)
    if not (m or first) or counted_as((m or first).group("unit")) != counted_as(unit) \
            or part.endswith(previous[-2:]):
        return label
    total = leading_word(previous, vocab("cues")["running_total_words"])
    whole = previous[len(total):]
    if first and whole.endswith(noun := first.group("noun")):
        # Written number first, the whole is its noun with its kept verb ("确定了114项重点
        # 任务" → 重点任务, "《…意见》中确定了…" too; "引进5000名人才" → 引进人才).
        whole = leading_word(whole, cue_words("label_kept_verbs", "list_shared_verbs")) + noun
    return total + part + "的" + whole
