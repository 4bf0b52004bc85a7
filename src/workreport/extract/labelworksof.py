"""What a clause before a project table's figure names gives its label (round 12, the stricter
audit; round 18; used by ``labeltables.project_rows``): a share whose label is the whole act is
named by its group and thing (``share_group``); whom a named works reaches, counted bare in the
clause after it, is the works' (``works_reach``); a bare length (总长, 全长 …) alone in its clause
after a clause naming works is the works' (``works_length``). The words are data
(``vocab/cues.yml``: ``works_reach_verbs``, ``works_length_words``, ``works_heads``).
"""

from __future__ import annotations

import re

from workreport.extract.labelpurpose import after_verbs, works_before
from workreport.extract.labelwords import tags
from workreport.extract.numbers import vocab

__all__ = ["share_group", "works_length", "works_reach"]


_SHARE_FOR = re.compile(r"^(?:为|向|给)(?P<group>[^，。；]{2,20}?)(?:提供|安排|落实|解决)"
                        r"(?P<thing>[^，。；的]{2,10})的?(?P<share>比例|比重|占比)$")


def share_group(label: str) -> str:
    """A share whose label is the whole act ("为持有居住证的随迁子女提供公办学位的比例") is
    named by its group and thing: 随迁子女公办学位比例 (round 12, the stricter audit: a
    group named for a share; the group's qualifier before its last 的 goes)."""
    m = _SHARE_FOR.match(label)
    if not m:
        return label
    group = m.group("group").rsplit("的", 1)[-1]
    return group + m.group("thing") + m.group("share") if len(group) >= 2 else label


_REACH = re.compile(rf"(?:{'|'.join(vocab('cues')['works_reach_verbs'])})[\u4e00-\u9fff]{{1,3}}")


def works_reach(label: str, before: str) -> str:
    """Whom a named works reaches, counted bare in the clause after it, is the works':
    "实施农村饮水安全巩固提升工程，覆盖126个村" → 农村饮水安全巩固提升工程覆盖村 (round 12,
    the stricter audit: a named construction programme for its count;
    ``labelpurpose.works_before`` says what a clause names as works)."""
    clauses = re.split(r"[，；,;]", before)
    if not _REACH.fullmatch(label) or len(clauses) < 2 \
            or not clauses[-1].strip().startswith(label[:2]):
        return label
    works = works_before(clauses[-2].strip())
    return works + label if works else label


def works_length(label: str, before: str, dimension: str) -> str:
    """A bare length (总长, 全长 …: ``cues.works_length_words``) alone in its clause after a
    clause naming works is the works' (round 18, other thing named): "完成甲路A至B段、乙路
    C至D段大修工程，总长13公里" → 甲路A至B段、乙路C至D段大修工程总长 (the works whole, not
    the first road alone; ``labelpurpose.works_before``, or the clause after its verbs when it
    lists sections). ``before`` is the sentence up to the number; ``label`` otherwise."""
    clauses = re.split(r"[，；,;]", before)
    own = re.sub(r"(?:达到|达|为|约|共)$", "", clauses[-1].strip())
    if dimension != "length" or len(clauses) < 2 or own != label \
            or label not in vocab("cues")["works_length_words"]:
        return label
    clause = clauses[-2].strip()
    works = works_before(clause)
    if not works and clause.endswith(tuple(vocab("cues")["works_heads"])) \
            and (pieces := tags(clause)) and pieces[0].flag == "v":
        works = after_verbs(clause)
        works = works if 4 <= len(works) <= 40 and works != clause else ""
    return works + label if works else label
