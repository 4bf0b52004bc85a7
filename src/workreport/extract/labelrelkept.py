"""A relative clause before a count kept in its label (round 68, v4; bench/label_judging.md:
a count's label says which things it counts).

"市交办的558个问题基本整改到位", "聚焦县委提出的208项改革重点任务", "国家首批部署的13个
“一件事”改革实现多端上线运行", "我区参与的5项科技成果获国家科学技术奖": the clause ending in
的 right before the number picks out the things counted (those the city handed down, those
the county committee set), and a label without it (基本整改到位的问题, 改革重点任务) reads as
every such thing. The clause runs back from its verb over its subject and adverbs to the
clause break or to an outer verb or preposition, which it leaves ("聚焦", "对已经谋划" →
已经谋划); a preposition of ``cues.generic_predicate_prepositions`` opens it ("向人民承诺").
Its words are data in ``vocab/cues.yml`` (``relative_kept_*``).
"""

from __future__ import annotations

import re
from functools import wraps

from workreport.extract.labellisted import list_opened
from workreport.extract.labelrelative import Held, Labeller
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags
from workreport.extract.numbers import Token

__all__ = ["relative_clause", "relative_kept"]

_BREAK = "，,；;。！？：:、（()）“”《》"


def relative_kept(label: Labeller) -> Labeller:
    """``naming.label`` with the relative clause before a count kept (``kept_label``); a
    sum of money, a rate and any other figure's label as it was."""
    @wraps(label)
    def with_clause(text: str, tok: Token, pre: str, previous: str | None,
                    held: Held | None = None) -> str:
        got, s, q = label(text, tok, pre, previous, held), tok.sentence, tok.quantity
        assert q is not None
        if q.dimension == "money" or "%" in q.unit or not got:
            return got
        return kept_label(text[s.start:s.end], q.start - s.start, q.end - s.start, got) or got
    return with_clause


def kept_label(sentence: str, start: int, end: int, got: str) -> str:
    """The label ``got`` of the count at ``sentence[start:end]`` with the relative clause
    before the number (``relative_clause``) before its noun: got the noun after the number
    ("改革重点任务") → 县委提出的改革重点任务; got a predicate after the noun moved before it
    ("基本整改到位的问题", "多端上线运行“一件事”改革") → 市交办的问题基本整改到位. "" when
    there is no such clause, the label holds its verb already, or the label is neither shape,
    and for the noun alone when the clause's verb only sets or plans (``cues.held_weak_verbs``)."""
    clause = relative_clause(sentence[:start])
    if not clause or re.search(r"\d", got):
        return ""
    # Round 69 (f2): the list's last item an earlier rule put inside the label alone, or the
    # clause put after a predicate and 的 ("整改到位的省反馈的问题": two 的), goes there and
    # comes back whole before the noun ("纳入监测去年脱贫的农户" stays).
    given = got  # an earlier rule's clause is kept even when its verb only set the things
    for part in dict.fromkeys((clause.rsplit("、", 1)[-1], clause)):
        cut = part != clause or f"的{part}的" in got
        got = got.replace(f"{part}的", "", 1) if cut and len(got) > len(part) + 2 else got
    verb = tags(clause)[-1].word
    if verb in got:
        return ""
    after = re.split(rf"[{_BREAK[:-4]}]", sentence[end:])[0]
    if after.startswith(got):
        # The size of a set someone set or planned stays bare ("稳步推进市委确定的150项重点
        # 改革任务", round 17's labelheld); with what became of the things it is their scope.
        weak = verb in cue_words("held_weak_verbs") and got == given  # ("省下达的…": 国家、)
        return "" if weak else f"{clause}的{got}"
    noun = next((got[-n:] for n in range(len(got) - 1, 1, -1) if after.startswith(got[-n:])), "")
    act = got[: len(got) - len(noun)].removesuffix("的") if noun else ""
    if len(act) < 2 or act not in after[len(noun):]:
        return ""
    return f"{clause}的{noun}{act}"


def relative_clause(before: str) -> str:
    """The relative clause ending ``before`` (the sentence up to a count) with its 的 gone:
    ("…，聚焦县委提出的") → 县委提出, ("…，市交办的") → 市交办, ("…向人民承诺的") → 向人民
    承诺; "" when ``before`` does not end in 的, the clause holds a digit, a quote or a word
    of ``cues.relative_kept_not``, ends in no verb (``tags`` v, or ``cues.relative_kept_verbs``)
    or is longer than 24 characters, or its verb only says the things were set or planned
    (``cues.held_weak_verbs``) and no one is named who did it."""
    if not before.endswith("的"):
        return ""
    clause = re.split(rf"[{_BREAK}]", before[:-1])[-1]
    # Round 68 review (q1): the last of a list of clauses ("省、市交办的", "新建、改建的") is
    # not the clause alone: 市交办的问题 would drop the province's. Round 69 (f2): the list's
    # items of the clause's subject or act are kept with it (labellisted: 中央、省反馈).
    opened = before[-len(clause) - 2:-len(clause) - 1] if len(before) > len(clause) + 1 else ""
    listed = list_opened(before[:-len(clause) - 2], clause) if opened == "、" else ""
    if not clause or (opened == "、" and not listed) or re.search(r"[\d\s]", clause) \
            or len(clause) > 24 \
            or any(w in before[-len(clause) - 2:] for w in cue_words("relative_kept_not")):
        return ""
    pieces = tags(clause)
    last = pieces[-1]
    if last.flag != "v" and last.word not in cue_words("relative_kept_verbs") \
            and last.word not in cue_words("relative_list_acts"):  # 新建 (ns), 改扩建 (j)
        return ""
    at = len(pieces) - 1
    while at > 0 and (pieces[at - 1].flag not in cue_words("relative_kept_stop_tags")
                      or (at > 1 and pieces[at - 1].word in cue_words("relative_kept_joins")
                          and pieces[at - 2].flag[:1] in ("n", "j"))):
        at -= 1
    if at > 0 and pieces[at - 1].word in cue_words("generic_predicate_prepositions"):
        at -= 1
    # A verb of setting or planning with no one who set it ("年初确定的38项民生实事",
    # "对已经谋划的…"): the package's own words, no scope (labelheld's held_weak_verbs).
    agents = [p for p in pieces[at:-1] if p.flag not in ("t", "d", "m", "a")]
    if last.word in cue_words("held_weak_verbs") and not agents:
        return ""
    if listed and at:
        return ""  # the list is of an outer verb's object, not the clause's subject
    kept = listed + "".join(p.word for p in pieces[at:])
    return kept if 2 <= len(kept) <= 24 else ""
