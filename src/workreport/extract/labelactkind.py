"""The kind of an act a list's items share, written between the last item's noun and the act
(round 73, x2; the development draws' "scope lost": the kind of the act dropped).

``labelfared.list_act`` gives an earlier item of a list the act written once after the last
item ("完成37座加油站、155个地下油罐防渗改造任务"), but took only the act word of
``cues.list_end_acts`` or ``cues.noun_act_tails`` (改造), so 加油站改造 lost what kind of
renovation was done (防渗). The words right before the act that say its kind belong to it,
as they do for the last item: 加油站防渗改造, as 地下油罐防渗改造. The kind is a word of
``cues.list_act_kinds`` ending the last item (提标, 节能, 雨污分流 …), or the run of jieba's
verbs and adjectives (v, a; not a verbal noun, nor a verb a label peels or keeps:
``labelacts.act_verbs``) ending it, up to four characters, after a noun of two characters or
more: "地下油罐防渗" → 防渗, "村清洁取暖" → 清洁取暖. Nothing when the last item ends in a noun
("97个贫困村电网改造": 电网 is the item's own thing), when no noun stands before the run, or
when a head of ``cues.list_end_heads`` (项目) is added instead (the item's kind then is in
its own name). Round 76 (x4): a quoted programme ending the last item after its noun is the
kind too ("完成51个村、2.3万农户“气代煤”改造" → 村“气代煤”改造).
"""

from __future__ import annotations

import re

from workreport.extract.labelacts import act_verbs
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import ending_word, tags

__all__ = ["act_kind"]

# A quoted programme ending the last item, before the act: its kind ("农户“气代煤”改造").
_QUOTED_KIND = re.compile(r"“[^“”]{1,8}”$")
# The last item of a list: the text after its number, its classifier and 余 or 多.
_LAST_ITEM = re.compile(r"[\d.]+[万千百]?[余多]?[^\u4e00-\u9fff]*[\u4e00-\u9fff]?([^\d]*)$")


def act_kind(own: str) -> str:
    """The words saying the kind of the act that end ``own`` (the list after the earlier
    item's noun, up to the act: "、155个地下油罐防渗") as the module says, or "". The caller
    (``labelfared.list_act``) asks only when it adds no head of ``cues.list_end_heads``."""
    m = _LAST_ITEM.search(own)
    item = m.group(1) if m else ""
    if (quoted := _QUOTED_KIND.search(item)) and quoted.start() >= 1:
        return quoted.group(0)  # "、2.3万农户“气代煤”" → “气代煤” (round 76, x4)
    kind = ending_word(item, cue_words("list_act_kinds"))
    if kind:
        return kind if len(item) - len(kind) >= 2 else ""
    pieces = tags(item) if len(item) > 2 else ()
    run, k = "", len(pieces)
    while k > 0 and pieces[k - 1].flag in ("v", "a") and pieces[k - 1].word not in act_verbs():
        run, k = pieces[k - 1].word + run, k - 1
    before = "".join(p.word for p in pieces[:k])
    if not run or len(run) > 4 or len(before) < 2 or not pieces[k - 1].flag.startswith("n"):
        return ""
    return run
