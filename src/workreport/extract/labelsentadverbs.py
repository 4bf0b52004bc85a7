"""A sentence's adverbs and connectives left in a label (round 79, x5; a pass of ``labelpasses``).

Class of error ('fragment' / 'leading filler'): a label is a noun phrase, but the words that tie
a clause to the one before (而, 也, 那么, 虽然), its modals (就可以, 要) and its adverbs of manner
(果断, 及时, 尽快) stayed at its head when the label took the clause from its first word:
"而社会主义的国营企业和合作社缴纳的税款和利润所占的比重", "也要再减少农村贫困人口", "及时转移
涉险群众"; and the predicate's adverbs of "only" and "about" stayed inside it: "“双代”工作仅
财政投入资金", "被淹的农田约占全国农田比重". They qualify the predicate or the sentence, never
the thing measured, and the number's qualifier (约, 以上) already says "about".

Rule: the label loses each word of ``cues.sentence_adverb_openers`` that opens it, one after
another (也 then 要); and each word of ``cues.sentence_adverbs_inner`` inside it, and 只 before 占
(``cues.sentence_adverbs_before_share``). Words are jieba's words of the label, so a word that
only starts with one of these (就业, 也门, 要素, 约束) is kept.

Exceptions: nothing inside quotation marks is touched; a label left shorter than two characters
is returned as it was; 只 before anything but 占 stays (只增不减).
"""

from __future__ import annotations

from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags

__all__ = ["sentence_adverbs_dropped"]

_OPEN, _CLOSE = "“‘「『《", "”’」』》"


def sentence_adverbs_dropped(name: str, before: str, rest: str, dimension: str) -> str:
    """``name`` without the sentence's adverbs and connectives, as the module says."""
    openers = cue_words("sentence_adverb_openers")
    inner = cue_words("sentence_adverbs_inner")
    share = cue_words("sentence_adverbs_before_share")
    if not any(w in name for w in openers + inner + share):
        return name
    words = [t.word for t in tags(name)]
    lead = 0
    while lead < len(words) - 1 and words[lead] in openers:
        lead += 1
    out, depth = [], 0
    for i, word in enumerate(words[lead:], lead):
        quoted = depth > 0
        depth += sum(word.count(c) for c in _OPEN) - sum(word.count(c) for c in _CLOSE)
        before_share = word in share and words[i + 1:i + 2] == ["占"]
        if not quoted and i > lead and (word in inner or before_share):
            continue
        out.append(word)
    left = "".join(out)
    return left if len(left) >= 2 and left != name else name
