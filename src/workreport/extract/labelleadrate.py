"""The thing a sentence's lead clause acts on, as the owner of a bare rate its second clause
reaches (issue 13 §2; round 53, s53b; the development draws' "owner lost").

"开展受污染耕地治理，确保安全利用率…均达100%" gave 安全利用率 alone, "加大养老保险征缴力度，
确保参保率达95%以上" 参保率 alone: the rate says nothing without the thing the lead clause
works on (受污染耕地, 养老保险). The words are data (``vocab/cues.yml``).
"""

from __future__ import annotations

import re

from workreport.extract.labelclean import strip_words
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags

__all__ = ["lead_rate_owner"]


def lead_rate_owner(name: str, before: str) -> str:
    """``name``, a bare rate (two to five characters ending in 率, or a list of rates opening
    with one; not one naming its own thing or a whole place's: ``cues.standalone_rates``,
    ``cues.whole_place_rates``; round 54 review, f3: nor a case's or service's,
    ``cues.case_rates`` (办结率), nor one opening with its thing, 水质达标率) opening the
    second and last clause of ``before`` (the sentence up to the number; after the words of
    ``cues.label_leading``: 确保, 年底前), with the thing the first clause (no number, no
    ；：) acts on (round 53, s53b): the clause opens with a verb of ``cues.lead_rate_verbs``
    (开展, 加大, 强力推进); what follows, less its tail of ``cues.lead_rate_tails`` (力度,
    治理, 建设), is the owner, 2 to 10 Chinese characters ending in a noun, opening with no
    verb, adverb, adjective or preposition of two characters or more (受 of 受污染 will do),
    no list, 的 or quote:
    "开展受污染耕地治理，确保安全利用率和再开发安全利用率均达100%" → 受污染耕地安全利用率
    (the list's first); "强力推进智慧安防小区建设，年底前建成率达到70%以上" → 智慧安防小区
    建成率. "" otherwise (more clauses, a figure before, a lead clause opening with its
    subject, with no such verb or acting on no thing: "积极落实惠民政策，兑付率…", the owner
    already in ``name``; a system or rule, ``cues.rule_thing_tails``: 实施河长制)."""
    first = re.split(r"[、和]", name)[0]  # a list of rates: its first (split later)
    if not re.fullmatch(r"[\u4e00-\u9fff]{1,4}率(?:[、和][\u4e00-\u9fff]{1,8}率)*", name) \
            or first in cue_words("standalone_rates", "whole_place_rates", "case_rates") \
            or _names_thing(first) or re.search(r"[；;：:\d]", before):
        return ""
    clauses = re.split(r"[，,]", before)
    if len(clauses) != 2 or not strip_words(clauses[1].strip(), cue_words("label_leading"),
                                            leading=True).startswith(name):
        return ""
    lead = clauses[0].strip()
    thing = strip_words(lead, cue_words("lead_rate_verbs"), leading=True)
    if thing == lead:
        return ""
    thing = strip_words(thing, cue_words("lead_rate_tails"), leading=False)
    pieces = tags(thing) if thing else ()
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,10}", thing) or re.search(r"[的等和及与]", thing) \
            or (pieces[0].flag[:1] in "vadp" and len(pieces[0].word) > 1) \
            or pieces[-1].flag[:1] not in ("n", "j") or first[:2] in thing \
            or thing.endswith(tuple(cue_words("rule_thing_tails"))):  # round 54 review (f3)
        return ""
    return thing + name


def _names_thing(rate: str) -> bool:
    """Whether ``rate`` opens with the thing it measures, a plain noun before the words of its
    act (round 54 review, f3: "实施河长制，水质达标率达到100%" kept 水质达标率, not 河长制水质
    达标率): 水质达标率, 污水处理率 → True; 安全利用率 (安全 an adjective), 建成率 → False."""
    pieces = tags(rate)
    return len(pieces) > 1 and pieces[0].flag == "n"
