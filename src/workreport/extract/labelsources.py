"""Whose a count is when its source or owner stands outside the count's own words (round 20,
the audits' "scope lost by a source", "owner lost" and "other thing"; used by
``labeltables.project_rows`` after ``labelcauses.caused_by``, which reads a cause named in the
clause before a count's own clause).

- *a source shared to the next item*: a count of a 、-list that opens with a verb of effect
  (``cues.cause_verbs``: 带动, 惠及, 吸引 …) after a figure is what the clause before the
  list names as a cause (``labelcauses.cause_named``) or else what the item before counts (not a
  count of people): "全面落实消费品以旧换新政策，享受补贴430多万人次、拉动消费近390亿元" →
  消费品以旧换新政策拉动消费, "新增微型企业606户、带动就业4764人" → 新增微型企业带动就业
  (``listed_source``);
- *a source that is the subject*: the words before the verb of effect in the count's own
  clause, when they name a policy, programme or works (``cues.cause_heads``, as
  ``caused_by`` has it): "学生营养改善计划惠及3200万孩子" → 学生营养改善计划惠及孩子
  (``subject_source``; a means after 通过, 依托 … is no subject: round 10 drops it);
- *paired counts*: the people after a count of households ("脱贫退出400户900人") are named
  with the households' noun swapped for 人口 (``paired_people``).

A bare 人 or 户 after the verb is named as a number (``cues.reached_units``: 惠及人 →
惠及人数). The words are data (``vocab/cues.yml``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from workreport.extract.labelaffix import peel
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import leading_word, tags
from workreport.extract.nonfigures import alternation
from workreport.extract.numbers import vocab

__all__ = ["act_reaching", "cause_core", "effect_noun", "known_object", "listed_source",
           "measure_act", "paired_people", "reached_number", "sibling_reach", "subject_source"]



def effect_noun(label: str, verb: str, rest: str) -> str:
    """The noun a verb of effect (``cues.cause_verbs``) reaches: the words after it in
    ``label`` once ``cues.cause_fillers`` go ("惠及居民" → 居民; a bare 人 → 人数), or, when
    the number follows the verb straight (``rest``, what its clause holds after it: at most
    了, 近, 超 …) and ``label`` holds no verb, ``label`` itself, the noun after the number
    ("惠及近万家企业" → 企业); "" otherwise. One rule for ``labelcauses.caused_by``,
    ``listed_source`` and ``subject_source``."""
    core = _fillers_lead().sub("", label)
    if core.startswith(verb):
        noun = core[len(verb):]
        return vocab("cues")["reached_units"].get(noun, noun) if len(noun) < 2 else noun
    if re.fullmatch(r"(?:了|近|超|超过|约|逾|达)?", rest) \
            and not any(p.flag[:1] == "v" for p in tags(core)):
        return core
    return ""


def act_reaching(cause: str, verb: str, noun: str) -> bool:
    """Whether ``cause`` (what the clause before a count names as done:
    ``labelcauses.cause_named``) is an act that reached the people counted: ``verb`` one of
    ``cues.reached_verbs`` (惠及, 受益), ``noun`` a bare count of people or households
    (``cues.reached_people``: 人次, 家庭, 群众 …) and ``cause`` a thing named first, then the
    act done to it, a verb of its own: "119家公共文化场馆延时错时开放，惠及5900万人次" →
    公共文化场馆延时错时开放惠及人次, "开展清洁能源集中供暖试点，受益群众超20万人" →
    清洁能源集中供暖试点受益群众. Round 40 (rb40),
    from the development draws' owner lost (a bare 惠及人次 whose act is named before it); a
    noun phrase with no verb is no act, nor is a verb left at its head with no thing named
    before it ("持续强化医共体作用，受益群众…": 强化医共体作用 stays out), nor two acts joined
    (…改造和…供给, ``cues.reached_joiners``: which reached them is not said; the State
    Council 2024 gold keeps 惠及家庭 there)."""
    cues = vocab("cues")
    pieces = tags(cause)
    return verb in cues["reached_verbs"] and noun in cues["reached_people"] and bool(pieces) \
        and not any(p.word in cues["reached_joiners"] for p in pieces) \
        and pieces[0].flag[:1] != "v" and any(p.flag[:1] == "v" for p in pieces[1:])


def listed_source(label: str, before: str, previous: str | None,
                  cause: Callable[[str], str]) -> str:
    """``label`` with its source when it is a later item of a 、-list opening with a verb of
    effect (see the module's doc); ``before`` is the sentence up to the number, ``previous``
    the label of the figure before, ``cause`` reads what a clause names as a cause
    (``labelcauses.cause_named`` without a figure's label); ``label`` as it is otherwise."""
    cues = vocab("cues")
    clauses = re.split(r"[，；,;]", before)
    items = clauses[-1].strip().split("、")
    item = _fillers_lead().sub("", items[-1])
    verb = leading_word(item, cues["cause_verbs"]) or leading_word(item, cues["funded_verbs"])
    funded = verb in cues["funded_verbs"]  # only funds counted before reach with it (r67)
    # "改造10个老旧小区、惠及1767户居民": the noun after the number
    noun = effect_noun(label, verb, item[len(verb):]) if verb else ""
    if len(items) < 2 or not noun or not re.search(r"\d", items[-2]):  # the item before counts
        return label
    source = cause(clauses[-2].strip()) if len(clauses) > 1 else ""
    if funded or not (source and source.rstrip("”").endswith(tuple(cues["cause_heads"]))):
        # the figure before's label, not a count of people (…创业2万人、带动就业…: they
        # are not what brought it)
        source = "" if re.search(r"[人名]|人次$", items[-2]) else previous or ""
        core = cause_core(source)  # a policy before its act and money: its own bound (r47)
        if not 2 <= len(source) <= (14 if core == source else 24) \
                or re.search(r"[\d、]|率$", core) \
                or source.endswith(tuple(cues["cause_not_ends"])) \
                or (core == source and tags(source)[-1].flag[:1] not in ("n", "v", "j")):
            return label
        source = core
        if source.endswith(tuple(cues["money_nouns"] + cues["cause_money_heads"])):
            source = known_object(source) or source  # "发放以旧换新补贴…" → 以旧换新补贴
            source = peel(source, cues["payout_verbs"]) if funded else source  # 下达…资金
        elif funded:
            return label  # "培育…企业45家、支持企业上市3家": the government's own act
    return label if source in label else source + verb + noun


def cause_core(label: str | None) -> str | None:
    """The policy or programme a figure's label ``label`` names, when the label is the
    figure's whole clause (round 47, s47a, from the development draws' "scope lost": a count
    of those reached whose label dropped what reached them): after the 等 closing a list
    ("支持科技创新和制造业发展等税费优惠政策" → 税费优惠政策), or, when it opens with no verb
    (not "发放社会救助资金"), before the act done with it and the money that act moved
    ("惠企政策“免申即享”“即申即享”兑付资金" → 惠企政策“免申即享”“即申即享”), when what is
    left ends in ``cues.cause_heads`` (a quoted name after it may stay); ``label`` as it is
    otherwise (None too). ``listed_source`` and ``labelcauses.caused_by`` (passed it by
    ``labeltables``) read the cause of a count after it from this."""
    if not label:
        return label
    cues = vocab("cues")
    heads = tuple(cues["cause_heads"])
    after = label.rsplit("等", 1)[1] if "等" in label else ""
    if len(after) >= 4 and after.endswith(heads):
        return after
    money = tuple(cues["money_nouns"] + cues["cause_money_heads"])
    pieces = tags(label)
    for i in range(len(pieces) - 1, 0, -1):
        head, rest = "".join(p.word for p in pieces[:i]), "".join(p.word for p in pieces[i:])
        if pieces[i].flag == "v" and pieces[0].flag[:1] != "v" \
                and rest[len(pieces[i].word):].endswith(money) and len(head) >= 4 \
                and re.sub(r"(?:“[^”]*”)+$", "", head).endswith(heads):
            return head
    return label


def subject_source(label: str, before: str) -> str:
    """``label`` with its source when the count's own clause names it as the subject of the
    verb of effect (see the module's doc); ``before`` is the sentence up to the number;
    ``label`` as it is otherwise."""
    cues = vocab("cues")
    own = re.split(r"[，；,;。：:]", before)[-1].strip()
    m = _subject_acted().fullmatch(own)
    if not m or not all(2 <= len(i) <= 16 for i in m.group("subject").split("、")):
        return label
    subject = m.group("subject")
    # a list of works or policies, one ending in a cause head, is the source whole (round 21:
    # "老旧小区改造、棚户区改造惠及…居民" → 老旧小区改造、棚户区改造惠及居民)
    listed = "、" in subject and any(i.rstrip("”").endswith(tuple(cues["cause_heads"]))
                                    for i in subject.split("、"))
    if ("、" in subject and not listed) or leading_word(subject, cues["label_means"]):
        return label  # "通过在线审批平台吸引…": a means (round 10)
    subject = known_object(subject) or subject  # "发放租房补贴惠及…" → 租房补贴
    pieces = tags(subject)
    verb, rest = m.group("verb"), m.group("rest")
    if leading_word(subject, cues["scope_words"]) or len(subject) < 4 or not pieces \
            or (pieces[-1].flag[:1] not in ("n", "j") and not listed) or subject in label \
            or not (listed or subject.rstrip("”").endswith(tuple(cues["cause_heads"]))) \
            or re.search(r"[和与及]$", subject):
        return label
    noun = effect_noun(label, verb, rest)  # "…惠及3200万孩子": after the number
    return subject + verb + noun if len(noun) >= 2 else label


# A count of households ending a clause of reach before its people: "覆盖贫困人口9542户" (round 88).
_HOUSEHOLDS = re.compile(r"[\d.]+万?(?:余|多)?户$")
# A thing widened to a count of places before what it reaches: "某改革试点扩大到1000个县".
_WIDENED = re.compile(r"([\u4e00-\u9fff]{3,14}?)(?:扩大到|扩大至|扩展到|扩展至|扩面到|扩面至)"
                      r"[\d.]+[万千]?个[\u4e00-\u9fff]{1,3}")
# A clause ending in a count whose unit makes no figure (类, 种): its things before the count.
_UNCOUNTED = re.compile(r"([\u4e00-\u9fff]{4,14}?)\d+(?:类|种|大类)")


def sibling_reach(label: str, before: str, previous: str | None) -> str:
    """A count of what a thing reached, labelled by its verb of reach and noun alone
    (``cues.sibling_reach_verbs``: 覆盖, 惠及, 辐射 …: "覆盖村庄", "覆盖村"), right after a
    figure counting that thing in the same sentence (the item or clause before, a 、 or ，
    between), is that thing's reach (round 49, s49a, from the development draws' scope lost:
    the bare 覆盖村庄 says not by what): "省市县建设乡村振兴片区1598个、覆盖村庄1.5万个" →
    乡村振兴片区覆盖村庄, "实施项目663个，覆盖338个村" → 项目覆盖村, "新发放扶贫贷款1.61亿元，
    覆盖贫困户2957户" → 扶贫贷款覆盖贫困户. The thing is the figure before's label
    (``previous``) after its verbs (``known_object`` or its last word of
    ``cues.sibling_reach_cuts``): 2 to 10 Chinese characters ending in a noun, not a measure
    (``cues.cause_not_ends``); money counted before gives it only when the thing is money
    that reaches (``cues.cause_money_heads``: 贷款, 补贴 …; not "垫付医疗费用"); people
    counted before (人, 名, 人次) do not. Round 88 (w2, owner lost): a count before that is no
    figure (its unit 类 or 种: "开发公益岗位20类，覆盖贫困人口…") gives the thing from its own
    words, after a verb of ``cues.sibling_reach_cuts``; people after the households a clause of
    reach counts first ("覆盖贫困人口9542户14283人") are reached by the same thing; a thing
    widened to a count of places reaches what they hold ("某改革试点扩大到1000个县，覆盖农村5亿
    人口" → 某改革试点覆盖农村人口, not the counties'). ``before``
    is the sentence up to the number; ``label`` as it is otherwise (a noun with a verb after
    it: 带动贫困人口就业)."""
    cues = vocab("cues")
    verb = leading_word(label, cues["sibling_reach_verbs"])
    noun = label[len(verb):]
    pieces = tags(noun) if noun else ()
    if not verb or not pieces or (previous and previous in label) \
            or not all(p.flag[:1] in ("n", "j") or p.flag == "zg" for p in pieces):
        return label  # (村 is zg to jieba)
    items = re.split(r"[，、,；;]", re.split(r"[；;。]", before)[-1])
    # People after the households the clause counted first: "覆盖贫困人口9542户14283人" (r88)
    own = _HOUSEHOLDS.sub("", _fillers_lead().sub("", items[-1].strip()))
    if len(items) < 2 or not own.startswith(verb) or re.search(r"[\d（(“]", own) \
            or len(own) > len(label) + 3:
        return label
    sibling = items[-2].strip()
    if not re.search(r"\d[\d.]*(?:万|亿|千)?(?:余|多)?[^\d，、]{0,3}$", sibling) \
            or re.search(r"[人名%]|人次", sibling[-4:]):
        return label  # a count of people before: not what reached them
    if not previous:  # a count that is no figure: "开发公益岗位20类" (round 88, w2)
        previous = _UNCOUNTED.fullmatch(sibling)
        previous = previous.group(1) if previous else ""
        if not previous or not previous.startswith(cue_words("sibling_reach_cuts")):
            return label
    widened = _WIDENED.fullmatch(sibling)  # "某改革试点扩大到1000个县" (round 88, w2)
    thing = widened.group(1) if widened else known_object(previous) or _after_cut(previous)
    last = tags(thing)[-1].flag if thing else ""
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,14}", thing) or (len(thing) > 10 and not widened) \
            or last[:1] not in ("n", "j") \
            or thing.endswith(tuple(cues["cause_not_ends"])) or thing in label \
            or ("元" in sibling[-4:] and not thing.endswith(tuple(cues["cause_money_heads"]))):
        return label
    return thing + label


def _after_cut(label: str) -> str:
    """``label`` after its last word of ``cues.sibling_reach_cuts`` (建设, 实施 …) at a
    word's edge ("省市县建设乡村振兴片区" → 乡村振兴片区); ``label`` itself when it holds no
    verb ("乡村振兴片区"); "" when its verbs are none of those."""
    pieces = tags(label)
    at = max((i for i, p in enumerate(pieces) if p.word in cue_words("sibling_reach_cuts")),
             default=-1)
    if at >= 0:
        return "".join(p.word for p in pieces[at + 1:])
    return label if not any(p.flag == "v" for p in pieces) else ""


def paired_people(label: str, before: str, previous: str | None, unit: str) -> str:
    """The people counted right after a count of households ("脱贫退出400户900人", "…3032户、
    4807人") carry that count's label (``previous``); when it names households (户 or 家庭
    last) they are its people: 脱贫退出户 → 脱贫退出人口, 搬迁户 → 搬迁人口, 困难家庭 →
    困难家庭人口; a verb alone stays both counts' ("实现1914户、4377人稳定脱贫": an older
    phrasing row). ``label`` as it is otherwise."""
    if not previous or label != previous or not re.fullmatch(r"[万千]?[人口]", unit) \
            or not re.search(r"\d[\d.]*[万千]?(?:余|多)?户、?$", before):
        return label
    if label.endswith("家庭"):
        return label + "人口"
    if label.endswith("户") and len(label) > 2:
        return label[:-1] + "人口"
    return label


def known_object(clause: str) -> str:
    """What ``clause`` (a cause before a count: ``labelcauses.cause_named``) acts on, cut after
    its opening run of known verbs and adverbs (``cues.label_verbs``, ``label_leading``,
    ``held_openers``, ``money_leading``, ``cause_openers``), as written ("用好算力券政策" →
    算力券政策, "及时调整优化“两新”支持政策" → “两新”支持政策) or as a word of jieba's that ends
    in one after verbs and single characters only ("扩面实施金融支持科创企业“共同成长计划”" →
    金融支持科创企业“共同成长计划”: jieba's 扩|面 and the 支持 inside the name do not cut it;
    "全面落实消费品以旧换新政策" → 消费品以旧换新政策); "" when no known verb opens it."""
    cues = vocab("cues")
    known = tuple(w for w in {*cues["label_verbs"], *cues["label_leading"], *cues[
        "held_openers"], *cues["money_leading"], *cues["cause_openers"]} if len(w) > 1)
    rest = peel(clause, known)
    if rest != clause:  # an act joined to the verb goes too: "新建改建农村公路" (round 69, f2)
        return peel(rest, cue_words("relative_list_acts"))
    pieces = tags(clause)
    at = next((i for i, p in enumerate(pieces) if p.word.endswith(known)), -1)
    if at < 0 or not all(p.flag[:1] in ("v", "d", "a", "i") or (len(p.word) == 1
                         and p.word not in "“”") for p in pieces[:at]):
        return ""
    return "".join(p.word for p in pieces[at + 1:])


def measure_act(clause: str, cause: str) -> str:
    """A cause (``labelcauses.cause_named``'s ``cause`` of ``clause``) that is a measure changed (a
    rate, a price: ``cues.cause_measures``) is named by the act, its verb kept: "降低存量房贷
    利率，惠及300万户家庭" → 降低存量房贷利率惠及家庭 (the rate alone brought nothing); ""
    for such a measure with no verb opening the clause, ``cause`` otherwise."""
    cues = vocab("cues")
    if not cause.endswith(tuple(cues["cause_measures"])):
        return cause
    act = peel(clause, cues["label_leading"] + cues["cause_openers"])
    pieces = tags(act)
    return act if act.endswith(cause) and len(act) <= 16 and pieces \
        and pieces[0].flag == "v" and act != cause else ""


def reached_number(label: str, unit: str) -> str:
    """A count of people or households reached, named by the verb of reach alone or with a
    bare 人 or 户 after it (惠及, 受益: ``cues.reached_verbs``), is their number
    (``cues.reached_units``), as "长期护理保险惠及人数" is: "农村饮水安全巩固提升工程惠及人" →
    …惠及人数, "受益" of 受益200万人 → 受益人数; ``label`` otherwise."""
    cues = vocab("cues")
    counted = re.sub(r"^[万千亿]", "", unit)
    m = _reached_end().fullmatch(label)
    if m and m.group(0) == m.group(1) and re.fullmatch(r"[\u4e00-\u9fff]{2,}", counted):
        return label + counted  # the noun the unit holds: "惠及3万多家庭" → …惠及家庭 (r21)
    if not m or counted not in ("人", "户"):
        return label
    return m.group(1) + cues["reached_units"][counted]


# The patterns of the rules above, built once from their cue lists (tidy, rc2).
@cache
def _fillers_lead() -> re.Pattern[str]:
    """``cues.cause_fillers`` opening an item or label (``effect_noun``, ``listed_source``)."""
    return re.compile(rf"^(?:{alternation(list(cue_words('cause_fillers')))})+")


@cache
def _subject_acted() -> re.Pattern[str]:
    """A subject, fillers (``cues.cause_fillers``), a verb of effect (``cues.cause_verbs``)
    and the rest of a count's own clause (``subject_source``)."""
    verbs = alternation(list(cue_words("cause_verbs")))
    fillers = alternation(list(cue_words("cause_fillers")))
    return re.compile(rf"(?P<subject>[^\d]{{2,48}}?)(?:{fillers})*(?P<verb>{verbs})"
                      rf"(?P<rest>[^、\d]*)")


@cache
def _reached_end() -> re.Pattern[str]:
    """A label ending in a verb of reach (``cues.reached_verbs``), maybe 人 or 户 after it
    (``reached_number``)."""
    return re.compile(rf"(.*(?:{alternation(list(cue_words('reached_verbs')))}))(?:人|户)?")
