"""The sign of a change its cue alone does not give (issue 13; used by ``figures._measure``).

- ``improved_fall``: 改善 of a measure that falls when it improves (a pollutant's
  concentration, a pollution index: ``cues.improved_falls``) is a fall (round 71, lead);
- ``cut_objects``: a cut opening its clause reaches over the 、-list of what it cuts (round 71,
  lead), narrowed by the review of round 72 (q11);
- ``subject_cut``: a percent after a subject, a cut's verb and its object is the cut (round 85,
  n3).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelwords import tags
from workreport.extract.nonfigures import alternation
from workreport.vocab import load as vocab

__all__ = ["cut_objects", "improved_fall", "subject_cut"]


def improved_fall(cue: str, pre: str) -> bool:
    """Is the change cue ``cue`` an improvement (改善) of a measure that falls when it improves,
    a pollutant's concentration or a pollution index (``cues.improved_falls``: "PM2.5浓度同比
    改善7.9%", "二氧化硫和二氧化氮年均浓度分别改善11.8%和15.4%")? Then the change is a fall
    (−7.9), as two judges of development draw 9017/9018 read it (round 71, lead); 水质改善 and
    other measures that rise when they improve keep the sign of ``cues.change_up``, and so does a
    rate of one of them (round 72 review, q11: "浓度达标率改善5个百分点" is +5, was −5)."""
    falls, rate, _ = _sign_cues()
    return cue == "改善" and bool(falls.search(pre)) and not rate.search(pre)


@cache
def _sign_cues() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """Built once: ``cues.improved_falls``, one before a rate of its item (``cues.
    rate_words``; ``improved_fall``);
    ``cues.label_verbs``, ``label_kept_verbs`` but no cut, an item's own act (``cut_objects``)."""
    cues = vocab("cues")
    falls = alternation(cues["improved_falls"])
    return re.compile(falls), re.compile(rf"(?:{falls})[^和及、，,；;]*?"
                                            rf"(?:{alternation(cues['rate_words'])})"), \
        frozenset(w for w in cues["label_verbs"] + cues["label_kept_verbs"]
                  if w not in cues["change_down_leading"])


def cut_objects(pre: str, cue: str, leading: str) -> bool:
    """Does the clause ``pre`` open with the cut ``cue`` (``leading``: the cut
    ``figures._leading_cut`` found opening it) and list what it cuts after it, the later
    、-items nouns with no act of their own? "压减财政一般性支出、非急需非刚性支出55亿元" is a
    cut of 55亿元 (round 71, lead: development draw 9018 read a level), as "压减一般性支出55亿元"
    is; "压减会议费、新增岗位500个" is not, nor (round 72 review, q11) an item whose first word is
    a verb of ``cues.label_verbs`` or ``label_kept_verbs`` that jieba reads as no verb
    ("压减支出、新建学校3所": 新建 ns, was −3); a noun opening with one stays in the cut
    ("培训费")."""
    if leading != cue or "、" not in pre:
        return False
    return all(not (first := tags(item)[0]).flag.startswith(("v", "p", "d"))
               and first.word not in _sign_cues()[2] for item in pre.split("、")[1:] if item)


def subject_cut(pre: str) -> bool:
    """Is a percent after ``pre`` a cut by a verb that a subject stands before (round 85, n3;
    draw 9031, value: "240项审批业务压缩时限32%", "审批事项压缩办理时限30%" were shares)? As
    when the verb opens the clause (``figures._leading_cut``) or ends it (…时限压缩70%): a verb
    of ``cues.change_down_leading`` not at the clause's start, and after it a short object
    (``cues.subject_cut_object_max`` characters) with no digit, 的, rate word, 占, word of a level
    reached (到, 至, 达, 为) or word of change (``cues.change_up``, ``change_down``), and no verb
    (jieba's) after its first word."""
    cues = vocab("cues")
    core = pre.strip()
    changes = cues["change_up"] + cues["change_down"]
    for word in cues["change_down_leading"]:
        at = core.rfind(word)
        obj = core[at + len(word):] if at > 0 else ""
        if obj and len(obj) <= cues["subject_cut_object_max"] \
                and not re.search(r"[\d的占到至达为]", obj) \
                and not any(w in obj for w in cues["rate_words"] + changes) \
                and not any(t.flag[:1] == "v" for t in tags(obj)[1:]):
            return True  # (a verb after the object's first word: 压缩开支节约资金30%, no cut)
    return False
