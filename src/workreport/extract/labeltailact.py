"""An act after a list of counts written number first is every item's (issue 13 §2; round
55, s55c, the development draws' "action verb dropped").

"加快推进五个矿产建材集中区和四个新型建材产业园区建设" labelled the first count 矿产建材集中区:
the act 建设 at the clause's end went to the last item only (新型建材产业园区建设), though it
is what was done to the five zones too. So with "完成1个“美丽街区”、1个“精品街道”、3个绿色社区
创建" (“美丽街区” → “美丽街区”创建) and "41个安置区和28个污水处理站全部建成投用" (安置区 →
建成投用安置区). The later item's label is its noun as written after its number, with words
before or after it (a ``的`` dropped) that end its clause: those words are the act, and the
earlier item whose label is its bare noun, written between its number and the list mark,
takes the same words around its own noun. Not when the words hold a list mark (the later
item's own noun joined to another: "…排水管道疏浚和雨污泵站改造工程"), nor when the later item's
label is its noun alone ("和26种医用耗材价格大幅降低": nothing to share; a label that is
its clause whole shares its last word of jieba's when that is one of
``cues.label_kept_verbs``: 建设, 创建, 改造, with the word before it when that is a document
of ``cues.tail_act_objects`` the act is done to: "完成5个乡镇、28个村庄规划编制" gave 5个 乡镇编制,
now 乡镇规划编制, round 55 review, f55c), nor when the earlier
item's noun ends with an act of its own ("105个老旧小区改造、200条背街小巷整治"), nor when
words other than adverbs stand between the later noun and the act ("三个乡镇和100个行政村的
总体规划"; a 的 alone before an act of ``labelownact.count_acts`` is allowed since round 60,
r60a: "73条水毁农村公路和24座水毁桥梁的修复重建" → 水毁农村公路修复重建), nor for an act
of ``cues.tail_act_fared`` (how they fared: "24条公交线路、130辆新能源公交车高效运转",
"…落地落实"), nor on figures that are no counts of the same kind (both levels, neither a
money amount): then the label is left as it was. An earlier item whose label is its noun
after the 的-clause before its number (``labelheld``: "已批建的3家省实验室和22家全省重点实验室
建设" → 已批建的省实验室) takes the act after its noun (已批建的省实验室建设; round 80, x5).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from workreport.extract.labelaffix import segments
from workreport.extract.labelclause import CLAUSE_END
from workreport.extract.labelownact import count_acts
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags
from workreport.extract.numbers import vocab

__all__ = ["tail_acts"]

_MARKS = re.compile(r"〔\d+〕|［\d+］|\[\d+\]|【\d+】")
_JOIN = re.compile(r"(?P<noun>[^\d，,；;。：:、]{2,20}?)(?:、|和|及|与)$")


def _verbs() -> list[str]:
    """Acts a label written noun then act may end with (``cues.label_kept_verbs``)."""
    return vocab("cues")["label_kept_verbs"]


def _acts(label: str, tail: str) -> tuple[str, str] | None:
    """The words (before, after) around the noun that opens ``tail`` (the clause after the
    number, footnote marks dropped) in ``label``, when they end the clause; None otherwise."""
    best = None
    for i in range(len(label)):
        n = 0
        while i + n < len(label) and n < len(tail) and label[i + n] == tail[n]:
            n += 1
        if n >= 2 and (best is None or n > best[1]):
            best = (i, n)
    if best is None:
        return None
    i, n = best
    if (i, n) == (0, len(label)) and label == tail:  # "…和四个新型建材产业园区建设"
        words = [t.word for t in tags(label)]
        if len(words) < 2 or words[-1] not in _verbs():
            return None
        if len(words) > 2 and words[-2] in vocab("cues")["tail_act_objects"]:
            return "", words[-2] + words[-1]  # "28个村庄规划编制" (round 55 review, f55c)
        return "", words[-1]
    before, after = label[:i], label[i + n:]
    act = before.removesuffix("的") + after
    if not act or (before and after) or re.search(r"[、和及与，,]", act) \
            or not tail[n:].endswith(act) or not (_adverbs(gap := tail[n:len(tail) - len(act)])
                                                  or (gap == "的" and act in count_acts())) \
            or any(w in act for w in vocab("cues")["tail_act_fared"]):
        return None
    return before, after


def _adverbs(gap: str) -> bool:
    """Whether ``gap`` (between the later item's noun and the act) is adverbs of
    ``cues.object_predicate_adverbs`` or ``cues.tail_act_gap_verbs`` (进行, 实现) only
    ("…背街小巷进行综合整治", "…实现绿化彩化"), not "的总体规划"; or the rest of the list,
    with no 的 ("“精品街道”、3个绿色社区创建": the later item is a middle one, whose act the
    last item's shows)."""
    if gap and gap[0] in "、和及与" and "的" not in gap:
        return True
    return segments(gap, cue_words("object_predicate_adverbs", "tail_act_gap_verbs")) is not None


def _acted(noun: str) -> bool:
    """Whether the earlier item's ``noun`` ends with an act of its own ("105个老旧小区改造、
    …", "84个村通村道路硬化和…"): jieba's last word a verb, or one of
    ``cues.label_kept_verbs`` or ``cues.period_done_verbs``."""
    cues = vocab("cues")
    last = tags(noun.replace("“", "").replace("”", ""))
    return bool(last) and (last[-1].flag in ("v", "vn") or noun.endswith(
        tuple(cues["label_kept_verbs"] + cues["period_done_verbs"])))


def tail_acts(figures: list[Any], text: str) -> list[Any]:
    """``figures`` with an earlier item of a list "N X、N Y ACT" labelled with the act its
    next item's label carries (module docstring): the item's label must be the noun written
    between its number and the list mark (footnote marks dropped), both figures levels of
    one sentence and no amounts of money. Runs right to left, so an act reaches back over
    a list of three."""
    out = list(figures)
    for k in range(len(out) - 2, -1, -1):
        a, b = out[k], out[k + 1]
        if a.sentence_index != b.sentence_index or a.measure != "level" or b.measure != \
                "level" or a.unit.endswith("元") or b.unit.endswith("元"):
            continue
        m = _JOIN.fullmatch(_MARKS.sub("", text[a.end:b.start]))
        noun = m.group("noun") if m else ""
        # a 的-clause before the number kept (labelheld) is the item's scope: the act goes
        # after its noun too ("已批建的3家省实验室和22家…建设" → 已批建的省实验室建设; r80, x5)
        held = a.indicator.removesuffix(noun) if noun and a.indicator.endswith("的" + noun) else ""
        if not m or a.indicator not in (noun, held + noun) or _acted(noun):
            continue
        tail = _MARKS.sub("", CLAUSE_END.split(text[b.end:], maxsplit=1)[0])
        acts = _acts(b.indicator, tail)
        if acts and not (held and acts[0]):
            after = next((acts[1][len(w):] for w in vocab("cues")["tail_act_objects"]
                          if a.indicator.endswith(w) and acts[1].startswith(w)), acts[1])
            out[k] = replace(a, indicator=acts[0] + a.indicator + after)  # 专项规划编制
    return out
