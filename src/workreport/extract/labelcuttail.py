"""A label cut inside its predicate, at the manner word that opens it (round 73, x7; the
development draws' 'trailing predicate': …迅速, …稳定, …再度 left after the noun).

Class of error: the counted noun or the measure runs on into the adverb that opens what is
said of it, and the label stops there, since the verb after the adverb is a stop word of the
object or a qualifier of the figure: "县内30个工作专班迅速与安新县对接" gave 工作专班迅速,
"…示范片亩产再度突破1050公斤" gave …亩产再度, "24个试点特色改革项目向纵深突破" gave
试点特色改革项目向纵深, "力争10个学科稳定在世界一流水平" gave 学科稳定. No noun ends in such
an adverb, so the label ends in it only when it was cut there (6 reports of the corpus).

Rule: a label ending in a word of ``cues.cut_tail_manner_adverbs`` (how the things went:
迅速, 再度, 向纵深) drops it; the rest names the counted thing or the measure, as for the
fared tails of ``labelfared.acted`` (工作专班, …亩产). A label ending in a word of
``cues.cut_tail_state_adverbs`` (稳定: a state the things reached, which says which of them
are counted) takes its predicate as a clause before the noun when the label is a count's
noun written after the number and the predicate is short and holds no number ("10个学科稳定
在世界一流水平" → 稳定在世界一流水平的学科, "14.2万名防返贫监测对象稳定消除风险" → 稳定消除
风险的防返贫监测对象); before the number it goes ("…比例稳定在80%以上" → …比例).

Exceptions: the label is left as it is when less than two characters stand before the
adverb, or when neither the label nor its end (two characters or more of its noun and the
adverb: a scope before the number, 县里 of "县里20个工作专班迅速…", is kept in front) stands
in the sentence right after the number, nor the label in the sentence before it (a label
another rule wrote). Round 73 review (q3): a label whose noun holds the predicate before
的 already (another rule fronted it: "进入全国前十的学科稳定") takes only the adverb in front
(稳定进入全国前十的学科), not the predicate twice.
"""

from __future__ import annotations

import re

from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import ending_word

__all__ = ["cut_tail"]

_CLAUSE_END = re.compile(r"[，,；;。！？：:、（(]")
_NUMERAL = re.compile(r"[\d０-９]")


def cut_tail(name: str, before: str, after: str) -> str:
    """``name`` without the adverb its predicate opened with (module docstring); ``before``
    is the sentence up to the number, ``after`` the sentence after it."""
    adverb = ending_word(name, cue_words("cut_tail_manner_adverbs", "cut_tail_state_adverbs"))
    noun = name[: -len(adverb)] if adverb else ""
    if len(noun) < 2:
        return name
    # the count's noun after the number ("10个学科稳定在…"), a scope before the number
    # kept in front ("县里20个工作专班迅速…" → 县里工作专班)
    found = ((after.find(name[k:], 0, 16), name[k:]) for k in range(len(noun) - 1))
    at, run = next((hit for hit in found if hit[0] >= 0), (-1, ""))
    if at >= 0:
        said = _CLAUSE_END.split(after[at + len(run):], maxsplit=1)[0]
        if adverb in cue_words("cut_tail_state_adverbs") and said and len(adverb + said) <= 10 \
                and not _NUMERAL.search(said):
            # the predicate fronted already ("进入全国前十的学科稳定"): only the adverb joins it
            return f"{adverb}{noun}" if noun.startswith(said + "的") \
                else f"{adverb}{said}的{noun}"
        return noun
    return noun if name in before else name
