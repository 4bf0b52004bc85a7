"""The source or cause of a figure named the clause before its own (rounds 18 and 19, the
audit's "scope lost"; used by ``labeltables.project_rows``):

- *an event*: a deal counted in the clause after the event that brought it is the event's:
  "连续举办五届西湖发展论坛，累计促成合作项目600个" → 西湖发展论坛促成合作项目
  (``event_source``, round 18; ``cues.event_deal_verbs``, ``cues.event_hold_verbs``);
- *a cause*: a count or amount a cause brought is the cause's: the clause of the number
  opens with a verb of effect (``cues.cause_verbs``: 拉动, 带动, 惠及 …), the clause before
  names a policy, programme or event done: "推动家电以旧换新，直接拉动消费80亿元" →
  家电以旧换新拉动消费 (``caused_by``, round 19; what the clause before names as done:
  ``cause_named``).

The words are data (``vocab/cues.yml``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from functools import cache

from workreport.extract.labelaffix import peel
from workreport.extract.labelsources import act_reaching, effect_noun, known_object, measure_act
from workreport.extract.labelwords import leading_word, tags
from workreport.extract.nonfigures import alternation
from workreport.extract.numbers import vocab

__all__ = ["cause_named", "caused_by", "event_source"]


def _opening(before: str, fillers: str, verbs: str) -> tuple[list[str], str, str, str]:
    """The clauses of ``before`` (the sentence up to a number), the pattern of the fillers
    of ``cues[fillers]``, the number's own clause without them, and the word of
    ``cues[verbs]`` opening it ("" when none does, or the clause is the sentence's first):
    what ``event_source`` and ``caused_by`` read."""
    cues = vocab("cues")
    clauses = re.split(r"[，；,;]", before)
    pattern = rf"^(?:{alternation(cues[fillers])})+"
    own = re.sub(pattern, "", clauses[-1].strip())
    return clauses, pattern, own, leading_word(own, cues[verbs]) if len(clauses) > 1 else ""


def event_source(label: str, before: str) -> str:
    """A deal counted in the clause after the event that brought it (round 18, the audit's
    "scope lost": the source of a count named a clause before) is the event's: "连续举办五届
    西湖发展论坛，累计促成合作项目600个" → 西湖发展论坛促成合作项目; "高质量举办第八届中国—亚欧
    博览会，签约总金额…" → 第八届中国—亚欧博览会签约总金额; a list of events ending in 等 is
    named by what follows the 等 ("…等经贸活动" → 经贸活动签约项目), not by a bare 活动. The
    clause before the number's opens with the deal's verb (``cues.event_deal_verbs``) after
    fillers (累计, 现场 …); the one before it is only the holding of the event
    (``cues.event_hold_verbs``, ``cues.event_heads``). ``before`` is the sentence up to the
    number; ``label`` as it is otherwise."""
    cues = vocab("cues")
    clauses, fillers, own, deal = _opening(before, "event_fillers", "event_deal_verbs")
    if not deal:
        return label
    bare = ""  # the deal's verb a bare item takes
    if not re.sub(fillers, "", label).startswith(deal):
        # a later item of the deal's 、-list, named bare: "…促成合作项目600个、人才项目300个"
        if own.split("、")[-1] != label or any(p.flag[:1] == "v" for p in tags(label)):
            return label
        bare = deal
    m = _event_held().search(clauses[-2].strip())
    if not m:
        return label
    name = re.sub(r"^(?:[一二三四五六七八九十两\d]+|多|数)[届次场期]", "", m.group("name"))
    if "等" in name:
        name = name.rsplit("等", 1)[1]
    unnumbered = re.sub(r"^第[\d一二三四五六七八九十]+届", "", name)  # 第八届 is the name's
    if "、" in name or len(name) < 4 or name in label or re.search(r"\d", unnumbered) \
            or not name.endswith(tuple(cues["event_heads"])):
        return label
    return name + bare + label


def caused_by(label: str, before: str, previous: str | None,
              objects: Callable[[str], str]) -> str:
    """A count or amount a cause brought (round 19, the audit's "scope lost": what a figure
    came from, named the clause before) is the cause's: the clause of the number opens with
    a verb of effect (``cues.cause_verbs``: 拉动, 带动, 惠及 …, after ``cues.cause_fillers``),
    the clause before names a policy, programme or event done (ending in one of
    ``cues.cause_heads``: 政策, 以旧换新, 活动, 项目 …), the words after its verbs
    (``objects``: ``labelpurpose.after_verbs``, passed in: its imports reach this one), or, with a
    figure of its own, the noun after that figure or the figure's label ``previous``:
    "推动家电以旧换新，直接拉动消费80亿元" → 家电以旧换新拉动消费, "落实稳岗返还政策，惠及
    企业1.2万家" → 稳岗返还政策惠及企业, "开展促消费活动800余场，带动消费300亿元" → 促消费
    活动带动消费; people counted bare after 惠及 or 受益 take any act named
    (``labelsources.act_reaching``, round 40). ``before`` is the sentence up to the number;
    ``label`` as it is
    when the clause before names no such thing (a rate, "每增长1个百分点", a list, a digit
    it does not own)."""
    cues = vocab("cues")
    clauses, _, own, verb = _opening(before, "cause_fillers", "cause_verbs")
    funded = not verb and bool(verb := _opening(before, "cause_fillers", "funded_verbs")[3])
    if not verb:  # funded: only funds, a policy or programme reach with 支持 (round 67, r2)
        return label
    noun = effect_noun(label, verb, own[len(verb):])  # "惠及近万家企业": after the number
    cause = measure_act(clauses[-2].strip(), cause_named(clauses[-2].strip(), previous, objects))
    if funded and (not cause.rstrip("”").endswith(tuple(cues["funded_heads"]))
                   or verb in cause  # "出台支持…政策20条": a policy's aim (round 67 review, q1)
                   or not noun or tags(noun)[0].flag[:1] == "v"):  # 支持培养…: an act's list
        return label
    if len(noun) < 2 or not cause or cause in label or not (cause.rstrip("”").endswith(
            tuple(cues["cause_heads"] + cues["cause_measures"]))  # round 20: an act
            or act_reaching(cause, verb, noun)):  # "…延时错时开放，惠及…人次" (round 40)
        return label
    return cause + verb + noun


def cause_named(clause: str, previous: str | None, objects: Callable[[str], str]) -> str:
    """What ``clause`` (the one before a figure's) names as done: the words after its verbs
    ("推动家电以旧换新" → 家电以旧换新; an ordinal goes: "办好第20届农博会" → 农博会), or, when
    it holds one figure, the noun after that figure ("投放200亿元专项贷款" → 专项贷款) or else
    its label ``previous`` ("开展促消费活动800余场" → 促消费活动); "" for a rate, a list, a
    clause with two figures or a thing too short or too long to be a cause."""
    clause = re.sub(r"第[\d一二三四五六七八九十]+[届次期]", "", clause)
    figures = re.findall(r"\d[\d.]*", clause)
    if len(figures) > 1 or re.search(r"、|%|百分点|每", clause):
        return ""
    if figures:
        rest = re.search(r"\d[\d.]*(?:余|多)?[万亿千百]*(?:元|场|次|个|项|家|件|期|批)?(.*)$",
                         clause)
        if rest and 4 <= len(rest.group(1)) <= 16:
            return rest.group(1) if tags(rest.group(1))[0].flag[:1] in ("n", "j", "b") else ""
        # its fillers not counted: 累计为贫困人口先行垫付医疗费 (r40)
        bare = peel(previous or "", vocab("cues")["cause_fillers"])
        if not previous or len(bare) > 12 \
                or previous.endswith(tuple(vocab("cues")["cause_not_ends"])):
            return ""  # a rate, a measure ("林果种植总面积发展到33万亩"), a long clause
        verb = leading_word(previous, vocab("cues")["label_verbs"] + vocab("cues")[
            "cause_fillers"])  # 累计补偿资金 → 补偿资金 (round 20)
        return previous[len(verb):] if len(previous) - len(verb) >= 2 else ""
    known = known_object(clause)  # round 20: cut after a known verb, not jieba's first
    cause = known or objects(clause)
    cut = len(clause) - len(cause)
    if clause[cut - 1:cut] == "“":
        cause, cut = "“" + cause, cut - 1  # "开展“金高唐”消费季活动"
    edges = set(itertools.accumulate(len(p.word) for p in tags(clause)))
    # The verbs cut are whole words of two characters or more (not 防 of "完善防贫…").
    if not 2 <= len(cause) <= 16 or re.search(r"\d", cause) or not clause.endswith(cause) \
            or cut not in edges or cut < 2 or cause.count("“") != cause.count("”") \
            or (not known and any(len(p.word) < 2 for p in tags(clause[:cut]))) \
            or tags(cause)[0].flag in ("d", "p", "c", "u", "m") + (() if known else ("v", "vn")):
        return ""
    return cause


# The pattern of event_source, built once from its cue lists (tidy, rc2).
@cache
def _event_held() -> re.Pattern[str]:
    """A verb of ``cues.event_hold_verbs`` and the events held after it (``event_source``)."""
    hold = alternation(vocab("cues")["event_hold_verbs"])
    return re.compile(rf"(?:{hold})了?(?P<name>[^，；]{{2,80}})$")
