"""Two counts, each opened by its verb, that one rate with 均 after them is of (issue 13, a
row lost; round 59, s59b; used by ``labelrates.rate_owner``): "受理12345热线来电8万个，办理
网络留言2万条，办结率均为100%" → 12345热线来电办结率, 网络留言办结率, where the second count's
verb made it a clause of its own and the first count's row was lost. The words are data
(``vocab/cues.yml``).
"""

from __future__ import annotations

from workreport.extract.labelclean import strip_words
from workreport.extract.labelwords import tags
from workreport.extract.numbers import vocab

__all__ = ["act_dropped", "verb_led"]


def verb_led(clause: str) -> bool:
    """Whether a count's ``clause`` opens with a verb (a dropped one of
    ``cues.rate_owner_drops`` or ``cues.label_verbs``, or jieba's): "办理网络留言2万条". One
    rate with 均 after two such clauses is each one's (round 59, s59b; issue 13, a row lost:
    "受理12345热线来电8万个，办理网络留言2万条，办结率均为100%" → 12345热线来电办结率,
    网络留言办结率); after one such clause alone the second is no list item, the rate its own."""
    cues = vocab("cues")
    clause = strip_words(clause, cues["label_leading"], leading=True)
    return bool(clause) and (strip_words(clause, cues["rate_owner_drops"] + cues["label_verbs"],
                                         leading=True) != clause or tags(clause)[0].flag == "v")


def act_dropped(owner: str) -> str:
    """``owner`` without the one verb (jieba's) opening it when nouns follow (round 59, s59b):
    "接听政务热线来电" → 政务热线来电; ``owner`` as it is otherwise."""
    pieces = tags(owner)
    if len(pieces) > 1 and pieces[0].flag == "v" and len(pieces[0].word) == 2 \
            and any(p.flag[:1] in ("n", "j") for p in pieces[1:]):
        return owner[len(pieces[0].word):]
    return owner
