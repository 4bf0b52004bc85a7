"""A zone, programme, project or event that is the subject of a sentence's first clause, a
clause saying only how it went, owns the bare counts of the sentence's later clauses (round
79, x8; the development draws' "scope lost": the owner named once at the head of the sentence
and its later counts read as all the place's).

The class of error: "经济开发区建设取得新进展，签约项目4个" gave 签约项目 (all the county's
signed projects); "煤田灭火综合治理取得阶段性成果，完成治理面积240万平方米，恢复植被147万
平方米" gave 恢复植被; "跨国公司领导人青岛峰会…成果丰硕，累计签约外资项目217个" gave 累计签约
外资项目. The counts are the subject's.

The rule (``fared_owned``): the sentence's first clause (no digit, 的, 、 or list word) is,
after leading words (``cues.label_leading``), a subject and a word of how it went at its end
(``cues.fared_owner_said``, ``programme_progress``, ``topic_progress``, ``agent_fared``,
``campaign_fared``, ``zone_lead_fared``); the subject, its tail gone
(``cues.fared_owner_tails``: 建设, 基础设施建设), ends in a head of ``cues.zone_heads`` or
``fared_owner_heads`` (开发区, 工程, 峰会, 综合治理 …) and opens with no verb, adverb,
preposition or pronoun. The figure is a count or an amount (not a rate) in a later clause up
to the sixth, not past a ；, ： or 。, each clause between opening with a verb or an adverb
(no subject of its own), and the figure's clause says only the label after leading words (a
verb of the label's or of ``cues.label_verbs`` before it at most). The owner goes in front
(after a running total's words the label opens with).

Exceptions (the label stays): a label naming a scope, a zone or the whole place
(``cues.scope_words``, ``report_wholes``, ``zone_heads``), a whole place's measure
(``cues.whole_place_measures``), what the whole place counts of its own (``cues.
zone_lead_unowned``: 就业, 企业, 项目, 人才: "人才兴皖工程深入推进，…，新增高技能人才41.7万人"
keeps 新增高技能人才, the province's), a label naming the owner, its head, or three characters
running of its words already (文化惠民工程 … 发放文化惠民券), a later item of a 、-list with
no verb of its own or the item before such a one (their verb is shared by another rule), a
later clause naming the whole place (全县…), a topic with no named head (项目建设, 招商引资,
人居环境: they own nothing), a first clause that is a verb's object (深入推进…: labelcampaign's,
labelprogramme's), a region wider than the place (``cues.subject_lead_heads``: 城市群, 都市圈:
"西部城市群建设提速，新增通办事项30项" stays, as round 68 has it). Round 79 review (q4): nor a
whole place's own total (``cues.fared_owner_unowned``: 生产总值, 固定资产投资, 财政收入, 可支配收入,
粮食, 零售额, 研发投入, 税收 …: "乡村振兴示范工程深入实施，完成固定资产投资45亿元" keeps 固定资产
投资), an owner that is the whole place (``cues.fared_owner_whole_leads``: 全域旅游示范区), or a
label holding the owner's two words before its head (民生工程 … 民生支出).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelaffix import strip_words
from workreport.extract.labelleadrun import acts_only, lead_run
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import ending_word, tags

__all__ = ["fared_owned", "fared_owner"]

_NEXT_ITEM = re.compile(r"[^，,；;。、]{0,4}、([^\d，,；;。、]{2,12})\d")  # the next item's words
_QUOTED_END = re.compile(r"“[^“”]{1,12}”$")
_COUNT = re.compile(r"[\u4e00-\u9fff]{2,12}[\d.]+[万千百亿]?[余多]?[\u4e00-\u9fff]{0,2}")


@cache
def _said() -> tuple[str, ...]:
    return cue_words("fared_owner_said", "programme_progress", "topic_progress",
                     "agent_fared", "campaign_fared", "zone_lead_fared")


def fared_owner(lead: str) -> str:
    """The owner a first clause ``lead`` names as its subject before the words of how it went
    (see the module), "" when it names none."""
    lead = strip_words(lead.strip(), cue_words("label_leading"), leading=True)
    if not re.fullmatch(r"[\u4e00-\u9fff“”·]{4,30}", lead) or re.search(r"[的和与及、]", lead):
        return ""
    said = ending_word(lead, _said())
    if not said:
        return ""
    subject = lead[:len(lead) - len(said)]
    subject = strip_words(subject, cue_words("fared_owner_tails"), leading=False)
    subject = _QUOTED_END.sub("", subject)
    head = ending_word(subject, cue_words("zone_heads", "fared_owner_heads"))
    if not head or len(subject) < len(head) + 2 or len(subject) > 18 \
            or subject.startswith(cue_words("fared_owner_whole_leads")):
        return ""  # 全域旅游示范区: the whole place itself
    pieces = tags(subject[:len(subject) - len(head)].replace("“", "").replace("”", ""))
    if not pieces or pieces[0].flag[:1] in "vdpcr" or any(p.flag in ("p", "d", "r", "m")
                                                          for p in pieces):
        return ""  # 推进…, 为确保…: a verb's object or a clause of another kind
    return subject


def _shares(label: str, words: str) -> bool:
    """Whether ``label`` holds three characters running of ``words`` (the owner's words), or
    all of them when they are two (民生工程 … 民生支出)."""
    return (len(words) == 2 and words in label) \
        or any(words[i:i + 3] in label for i in range(len(words) - 2))


def fared_owned(name: str, before: str, rest: str, dimension: str) -> str:
    """``name`` with the owner its sentence's first clause names in front when it is a bare
    count or amount of a later clause (see the module; round 79, x8); ``name`` as it is
    otherwise. ``before`` is the sentence up to the number, ``rest`` after it (read for a list
    the figure opens)."""
    clauses = lead_run(before)
    if not name or dimension == "percent" or not clauses:
        return name
    owner = fared_owner(clauses[0])
    if not owner:
        return name
    head = ending_word(owner, cue_words("zone_heads", "fared_owner_heads"))
    if owner in name or head in name \
            or any(w in name for w in cue_words("scope_words", "report_wholes", "zone_heads",
                                                "whole_place_measures", "zone_lead_unowned",
                                                "fared_owner_unowned")) \
            or any(w in c for c in clauses[1:] for w in cue_words("report_wholes")):
        return name
    if not acts_only(clauses[1:-1], _COUNT.fullmatch):
        return name
    last = clauses[-1].split("、")
    later = _NEXT_ITEM.match(rest)
    if any(item and tags(item)[0].flag[:1] != "v"
           for item in (last[-1].strip() if len(last) > 1 else "", later and later.group(1))):
        return name  # a list whose later items share this one's verb (another rule's)
    if _shares(name, owner[:len(owner) - len(head)]):
        return name  # 文化惠民工程 … 发放文化惠民券: the owner's things named already
    own = last[-1].strip() or last[0].strip()
    if not last[-1].strip():
        own = re.sub(r"[\d.]+[万千百亿]?[余多]?[\u4e00-\u9fff]{0,2}$", "", own)
    own = strip_words(own, cue_words("label_leading"), leading=True)
    verbs = cue_words("label_verbs", "label_kept_verbs", "lead_verbs", "list_shared_verbs")
    if own != name and not (own.endswith(name) and own[:len(own) - len(name)] in verbs) \
            and not (name.endswith(own) and name[:len(name) - len(own)]
                     in cue_words("running_total_words")):
        return name  # the clause names more: a subject or a scope of its own
    period = next((p for p in cue_words("running_total_words")
                   if name.startswith(p) and not own.startswith(p)), "")
    return period + owner + name[len(period):]
