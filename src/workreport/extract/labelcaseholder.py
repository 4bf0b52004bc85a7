"""Whose generic cases a rate counts: the holder a count's clause opens with (issue 13 §2; round
63, y3; the development draws' "owner lost", a rate part-owned).

"行政复议改革受理案件6965件，化解率达到90%" gave 案件化解率: the rate's owner came from the
count before (``labelrates.rate_owner``), its verb and the subject before the verb gone, which
for a generic thing (案件, 事项, 工单: ``cues.generic_rate_things``) leaves the reader asking
whose cases; the subject that received them says it (行政复议案件化解率). The words are data
(``vocab/cues.yml``).
"""

from __future__ import annotations

import re

from workreport.extract.labelclean import strip_words
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags

__all__ = ["case_holder"]


def case_holder(owner: str, clause: str) -> str:
    """``owner``, a generic thing a rate is of (``cues.generic_rate_things``), with the holder
    its count's ``clause`` opens with before the verb that took the things in (``cues.
    rate_owner_drops``, ``cues.label_verbs``: 受理, 接收, 办理), less an act ending it
    (``cues.lead_rate_tails``: 改革, 工作): ("案件", "行政复议改革受理案件6965件") →
    行政复议案件; ("工单", "12345热线受理工单5万件") → 12345热线工单. The holder is 2 to 12
    characters of nouns (a hotline's digits too), no list, 的 or quote. ``owner`` otherwise:
    another thing (群众诉求, 矛盾纠纷), no verb before it ("化解各类案件120件"), or a holder
    that opens with a verb, preposition or adverb ("全年受理案件…": 全年 a scope word)."""
    at = clause.find(owner)
    if owner not in cue_words("generic_rate_things") or at < 1:
        return owner
    front = strip_words(clause[:at].strip(), cue_words("label_leading"), leading=True)
    holder = strip_words(front, cue_words("rate_owner_drops", "label_verbs"), leading=False)
    if holder == front:
        return owner  # no verb took the things in: nothing holds them
    holder = strip_words(holder, cue_words("lead_rate_tails", "rate_owner_drops"), leading=False)
    pieces = tags(holder) if holder else ()
    if not re.fullmatch(r"[\u4e00-\u9fff\d]{2,12}", holder) or re.search(r"[的和及与]", holder) \
            or not all(p.flag[:1] in ("n", "j") or p.flag in ("eng", "m", "zg") for p in pieces) \
            or not any(p.flag[:1] in ("n", "j") for p in pieces):
        return owner
    return holder + owner
