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
is returned as it was; 只 before anything but 占 stays (只增不减); an opener whose next character
begins a word of jieba's dictionary with it stays, unless the next word is an opener too (就|
可以): round 79 review, q3: jieba cut "就地转移农村劳动力" 就|地转移…, which gave 地转移农村
劳动力.

A second class ('trailing predicate', ``manner_predicate``): a count whose noun is the subject of
its clause kept the predicate after the noun, an adverb of manner opening it: "32家企业踊跃捐款
捐物" gave 企业踊跃捐款捐物, "山区2.6万农户持续保持洁净煤托底" gave 山区农户持续保持洁净煤托底.
The predicate says which of the things are counted, the adverb only how: the label is the
predicate, 的 and the noun (捐款捐物的企业, 保持洁净煤托底的山区农户). Only when the label is the
noun, an adverb of ``cues.manner_predicate_adverbs`` at a jieba word's start and a predicate of
two characters or more with no digit, no 的 and no filler of progress opening it
(``cues.adverb_act_fillers``: …稳步推进 is left), when the noun's last word is a noun of jieba's
and no time word (险段汛前全面改造 is left), and when that noun, the adverb and the whole
predicate follow the number in its clause (not after a 的: "投资3亿元的经开区全面创新改革试验区
项目" is a name), ending it or an item of it before 、.
"""

from __future__ import annotations

import re

import jieba

from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import leading_word, tags

__all__ = ["manner_predicate", "sentence_adverbs_dropped"]

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
    while lead < len(words) - 1 and words[lead] in openers and (
            words[lead + 1] in openers or words[lead] + words[lead + 1][0] not in jieba.dt.FREQ):
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


def manner_predicate(name: str, before: str, rest: str, dimension: str) -> str:
    """``name`` as predicate + 的 + noun when it is noun + adverb of manner + predicate (the
    module's second class); ``before`` and ``dimension`` are not read."""
    if "的" in name or any(c in name for c in _OPEN) or re.search(r"\d", name):
        return name
    clause = re.split(r"[，。；;,]", rest, maxsplit=1)[0]
    words, at, adverbs = tags(name), 0, cue_words("manner_predicate_adverbs")
    for i, t in enumerate(words):
        adverb = leading_word(t.word, adverbs)
        if i > 0 and adverb:
            noun, predicate = name[:at], name[at + len(adverb):]
            last = words[i - 1]
            said = last.word + adverb + predicate
            if len(predicate) < 2 or predicate.startswith(cue_words("adverb_act_fillers")) \
                    or not last.flag.startswith("n") or rest.lstrip().startswith("的") \
                    or not re.search(rf"{re.escape(said)}(?:、|$)", clause):
                return name
            return f"{predicate}的{noun}"
        at += len(t.word)
    return name
