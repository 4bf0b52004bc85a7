"""Whose rate a bare rate is (issue 13 §2, rounds 8 and 9; used by ``naming`` and
``labelowners``).

A rate alone (办结率, 参保率) leaves the reader asking "of what?". The text names its owner
in the clause before it:

- *the count before*: "受理群众诉求7600余件，办结率100%" → 群众诉求办结率; two counts listed
  are both its owners ("办理人大代表建议54件、政协委员提案34件，办结率100%" →
  人大代表建议和政协委员提案办结率), and a rate after a first one shares its owner
  (``rate_owner``);
- *the subject before*: "城乡居民社会养老保险全面启动，参保率达到95.5%" →
  城乡居民社会养老保险参保率 (``clause_subject``; ``labelowners.owned`` uses it for a bare
  增加值 or 税收 too).

Round 13: a rate whose first words end the label before is that label's owner's
("…项目完成投资50亿元，投资完成率115%" → …项目投资完成率, ``_shared_measure``); the 已 of a
subset counted after its whole goes from the owner ("…指标，已达标37项，达标率…" → 指标达标率).
The words are data (``vocab/cues.yml``).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelcaseholder import case_holder
from workreport.extract.labelclean import clean, strip_words
from workreport.extract.labelmeasures import lead_measure, plan_of, works_measure
from workreport.extract.labelratios import acted_rate
from workreport.extract.labelverbled import act_dropped, verb_led
from workreport.extract.labelwhose import inner_noun
from workreport.extract.labelwords import tags
from workreport.extract.nonfigures import alternation
from workreport.extract.numbers import vocab

__all__ = ["clause_subject", "count_measure", "note_owner", "rate_owner"]


def _count(units: list[str]) -> str:
    """A count in one of ``units`` as a pattern: "7600余件", "1.2万户" (the units joined in
    the order given)."""
    return rf"\d+(?:\.\d+)?[万亿]?[余多]?(?:{'|'.join(units)})"


@cache
def _raters() -> re.Pattern[str]:
    """Who rates a rate (``cues.rate_raters``: 群众, 公众) opening a later rate of a list,
    compiled once (round 26, tidy: it was built on every call)."""
    return re.compile(rf"^(?:{alternation(vocab('cues')['rate_raters'])})")


# The patterns of the rules below, built once from their cue lists (tidy, rc2).
@cache
def _bare_rate() -> re.Pattern[str]:
    """A rate of at most two characters, maybe after a manner (``cues.rate_manner_words``:
    基本, 按期, 按时; round 28, tidy 3) (``rate_owner``)."""
    manner = alternation(vocab("cues")["rate_manner_words"])
    return re.compile(rf"(?:(?:\w{{2}}和)?(?:{manner}))?[\u4e00-\u9fff]{{1,2}}率")


@cache
def _label_verbs() -> str:
    """``cues.label_verbs`` as one alternation (``rate_owner``)."""
    return alternation(vocab("cues")["label_verbs"])


@cache
def _total_opener() -> re.Pattern[str]:
    """A word of ``cues.total_openers`` opening a clause (``count_measure``)."""
    return re.compile(rf"^(?:{alternation(vocab('cues')['total_openers'])})")


@cache
def _rate_change() -> re.Pattern[str]:
    """A verb of change (``cues.change_verbs``, ``change_verbs_rates``: ``count_measure``)."""
    cues = vocab("cues")
    return re.compile(alternation(cues["change_verbs"] + cues["change_verbs_rates"]))


@cache
def _rate_before() -> re.Pattern[str]:
    """A rate and its percentage ending a text, after a clause mark: "…，办结率100%、"."""
    return re.compile(r"(?:^|[，；;,])([^，；;,\d]+?率)[\d.]+%、$")


def rate_owner(name: str, previous: str | None, before: str) -> str:
    """A bare rate (办结率, 签约率: ``cues.owner_lost_rates`` or a word in 率 of at most three
    characters), or a list of them ("办结率、满意率"), that opens its clause takes the thing
    the count of the clause before counted: "受理群众诉求7600余件，办结率100%" → 群众诉求办结率;
    the rate's own verb and what follows it go ("组建家庭医生签约服务团队352个，签约率达到100%"
    → 家庭医生签约率); a bare 面积 too ("整改违法用地56宗，面积255亩" → 违法用地面积). Two
    counts before are both its owners ("办理人大代表建议54件、政协委员提案34件，办结率100%" →
    人大代表建议和政协委员提案办结率; round 9); a name before the count may hold digits
    ("12345热线受理群众诉求3万件，满意率99%" → 群众诉求满意率), and a count may come first
    or after a verb ("建成137个智慧安防小区，建成率100%" → 智慧安防小区建成率; round 13); a
    generic thing keeps its holder ("行政复议改革受理案件6965件，化解率…" → 行政复议案件化解率;
    ``labelcaseholder.case_holder``, round 63).
    ``before`` is the sentence up to the rate's number. Three counts or more have no one
    owner: ``name`` stays, as for a rate naming its own thing (``cues.standalone_rates``)."""
    cues = vocab("cues")
    if noted := note_owner(name, before):
        return noted  # "〔14〕大正食品：项目总投资1.23亿元，占地34.68亩" → 大正食品占地
    if shared := _shared_measure(name, previous, before):
        return shared  # "…项目完成投资50亿元，投资完成率115%" → …项目投资完成率
    if counted := count_measure(name, before) or works_measure(name, before) \
            or _done_before(name, before) or lead_measure(name, before) \
            or plan_of(name, previous, before) or acted_rate(name, before):
        return counted  # "申请专项债项目15个，下达资金10亿元" → 专项债项目下达资金 (round 14)
    after_rate = _rate_before().search(before[: len(before) - len(name)]) \
        if before.endswith("、" + name) else None
    if previous and after_rate and previous.endswith(after_rate.group(1)) \
            and re.fullmatch(r"[\u4e00-\u9fff]{1,2}[率度]", name):
        # "…，办结率100%、满意率100%": the rate after shares the first one's owner.
        return previous[: -len(after_rate.group(1))] + name
    rates = re.split(r"(?<=[率度])[、和]", name)
    later = [_raters().sub("", r) for r in rates[1:]]
    bare = all(r in cues["owner_lost_rates"]  # later: 解决率和群众满意率 (round 24)
               or _bare_rate().fullmatch(r)
               for r in rates[:1] + later) and not set(rates) & set(cues["standalone_rates"]) \
        and all(len(r) <= 3 or r.startswith("基本") for r in later)  # 满意率和基本满意率
    # A count's 、 ends its clause too: "…474万件、办结率".
    clauses = re.split(r"[，；;,]|(?<=[件条个户人家项宗起所座次名])、", before)
    if bare and len(clauses) > 1 and clauses[-1].strip().startswith(name) \
            and (subject := clause_subject(clauses[-2].strip())):
        return subject + name  # "城乡居民社会养老保险全面启动，参保率达到95.5%"
    if not bare or not previous or len(clauses) < 2 \
            or not strip_words(clauses[-1].strip(), cues["label_leading"],
                               leading=True).startswith(name):
        return name
    count = _count(cues["rate_owner_units"])
    # "人大代表建议、政协委员提案57件" is one count; "…54件、政协委员提案34件" two.
    counts = [c.strip() for c in clauses[:-1]]
    n = next((i for i, c in enumerate(reversed(counts)) if not re.search(count + "$", c)),
             len(counts))
    if firsts := _counted_first(counts[-1], count):
        # "46件人大代表建议和76件政协委员提案全部办复，办复率…" (round 14)
        return "和".join(firsts) + "、".join(rates)
    # The number may come first: "14个项目纳入省市重点项目，开工率100%" (round 9).
    # So may a verb: "建成137个高标准智慧安防小区，建成率…" (round 13).
    n = n or int(bool(counts and re.match(rf"(?:{_label_verbs()})?{count}", counts[-1])))
    rest = strip_words(clauses[-1].strip(), cues["label_leading"], leading=True)[len(name):]
    # A list of rates with 均 is both counts' (round 11: "…，办复率、满意率均达100%"); one rate
    # with 均 is each count's, a row each (``labeleach.each_of``: "办结率均为100%" →
    # 人大代表建议办结率, 政协委员提案办结率; round 14, the audit rejects a bare rate).
    each = rest.startswith(tuple(cues["shared_figure_markers"])) and len(rates) == 1
    done = rf"(?<=.)已[\u4e00-\u9fff]{{1,3}}{count}$"  # "…19件已化解18件": the count's part
    single = all(len(re.findall(count, re.sub(done, "", c))) == 1 for c in counts[-n:])
    if n not in (1, 2) or not single:
        return name  # "…，办结率": no count; "…、…、…": whose?
    stem = rates[0][:-1] if rates[0].endswith("率") else "\ue000"
    at = previous.find(stem)
    # The rate's verb goes, and what follows it when something precedes it:
    # "家庭医生签约服务团队" → 家庭医生; "化解各类矛盾纠纷" → 矛盾纠纷.
    # "疑难信访案件19件已化解18件" → 疑难信访案件 (its 已 goes; round 13).
    # Only verbs before the rate's verb: the things after it own it (round 15:
    # "排查化解矛盾纠纷2000多件，化解率100%" → 矛盾纠纷).
    verbs_only = at > 0 and all(p.flag in ("v", "vn", "d") for p in tags(previous[:at]))
    owners = [previous if at < 0 else previous[at + len(stem):] if verbs_only
              else re.sub(r"(?:已经|已)$", "", previous[:at]) if at > 0
              else previous[len(stem):]]
    second = strip_words(counts[-1], cues["label_leading"], leading=True)
    if n == 2 and (verb_led(second) or second.startswith("已")
                   or (not each and _own_subject(second, count))) \
            and not (each and verb_led(counts[-2]) and not second.startswith("已")):
        n = 1  # "发布信息6000余条，办理群众来信600余件": two clauses, not a list; a subset
    if n == 2:  # the first count's noun, as the text gives it: "办理人大代表建议54件"
        owners.insert(0, clean(re.split(count + "$", counts[-2])[0]))
    # One count of two things listed with 、 is of both: "人大代表建议、政协委员提案57件".
    owners = [_rate_owner(re.sub(r"^([^、]{2,})、([^、]{2,})$", r"\1和\2", o)) for o in owners]
    if n == 1 and not owners[0] and 1 < at == len(previous) - len(stem) \
            and not re.search(r"[、和及与已\d]", previous) \
            and tags(previous[:at])[-1].flag[:1] in ("n", "r", "j", "b"):
        owners = [previous[:at]]  # "本科上线682人，上线率72%" → 本科上线率 (round 11)
    if not all(owners) or (n == 2 and any("和" in o for o in owners)) \
            or set(owners) & set(cues["bare_measure_words"]):  # 参保人数…，参保率 (q75-2)
        return name  # "办理人大代表议案、建议56件，政协委员提案52件": too many to name
    if n == 1:  # a generic thing's holder: "行政复议改革受理案件…" → 行政复议案件 (round 63)
        owners = [case_holder(owners[0], second)]
    if each and len(owners) == 2:
        if any(_subject_lost(c, o) for c, o in zip(counts[-2:], owners, strict=False)):
            return name  # "12345热线受理工单…、市长信箱接收来信…，办结率均为…" (g56c)
        if all(map(verb_led, counts[-2:])):  # "接听来电…，回复留言…" → 来电…, 留言…
            owners = [act_dropped(o) for o in owners]
        return "、".join(o + rates[0] for o in owners)
    return "和".join(owners) + "、".join(rates)  # 、: each rate a row of its own (figures)


def count_measure(name: str, before: str) -> str:
    """A bare measure of money, output or floor area (``cues.count_owned_measures``, after a
    verb of its own or none: 下达资金, 新增产值, 投资) opening its clause after a clause that
    counts things (one count, noun first or number first) is of those things (round 14):
    "申请专项债项目15个，下达资金10亿元" → 专项债项目下达资金; "20个重点项目顺利开工，共计完成
    投资50亿元" → 重点项目投资 (共计, 完成 go). ``before`` is the sentence up to the number;
    "" when the clause before counts nothing, counts twice, or its thing is no noun phrase."""
    cues = vocab("cues")
    core = strip_words(name, cues["total_words"] + ["全年"], leading=True)
    measure = next((w for w in sorted(cues["count_owned_measures"], key=len, reverse=True)
                    if core.endswith(w)), "")
    verb = core[: len(core) - len(measure)]
    clauses = re.split(r"[，,]", before.split("；")[-1])
    # A bare 投资 or 总投资 is ``naming``'s (the count before's label, its verb kept).
    if not measure or name in cues["money_nouns"] or len(clauses) < 2 or (verb and not (
            verb in cues["label_verbs"] + cues["label_kept_verbs"]
            or (len(tags(verb)) == 1 and tags(verb)[0].flag == "v"))) \
            or not _total_opener().sub("", clauses[-1].strip()).startswith(
                (verb + measure, "完成" + measure, "实现" + measure)) \
            or _rate_change().search(clauses[-1]):
        return ""
    count = _count(cues["rate_owner_units"] + cues["count_measure_units"])
    clause = clauses[-2].strip()
    if len(re.findall(r"\d+(?:\.\d+)?", clause)) != 1:
        return ""
    m = re.fullmatch(rf"(.+?){count}", clause)
    first = _counted_first(clause, count, single=True) if not m else [m.group(1)]
    pieces = list(tags(first[0])) if len(first) == 1 else []
    dropped = False  # a verb of the lists, and the verbs after it: "谋划包装…项目" → …项目
    keep = cues["status_verbs"] + cues["label_kept_verbs"]  # "竣工项目": which are counted
    while pieces and pieces[0].word not in keep and (pieces[0].word in cues["label_leading"]
                                                     + cues["rate_owner_drops"]
                                                     + cues["label_verbs"] + ["申请"]
                                                     or (dropped and pieces[0].flag == "v")):
        dropped = pieces.pop(0).word not in cues["label_leading"]
    owner = "".join(p.word for p in pieces)
    if len(owner) < 2 or pieces[-1].flag[:1] not in ("n", "j") or owner in name \
            or re.search(r"[\d“”（）()和及与]", owner):
        return ""
    return owner + (name if verb else core)


def _done_before(name: str, before: str) -> str:
    """A bare rate of an act (办理率) opening its clause after a clause with no number that
    ends with that act done to a thing is that thing's (round 14): ("办理率", "推进企业开办
    事项网上办理，办理率") → 企业开办事项网上办理率 (the leading verb goes); "" otherwise."""
    cues = vocab("cues")
    stem = name[:-1] if re.fullmatch(r"[\u4e00-\u9fff]{2,3}率", name) else ""
    clauses = re.split(r"[，；;,]", before)
    if not stem or len(clauses) < 2 or not clauses[-1].strip().startswith(name) \
            or not clauses[-2].strip().endswith(stem) or re.search(r"[\d、和及与]", clauses[-2]):
        return ""
    own = strip_words(clauses[-2].strip(), cues["label_verbs"] + cues["label_leading"],
                      leading=True)
    pieces = tags(own[: -len(stem)]) if len(own) > len(stem) + 1 else ()
    if not pieces or pieces[0].flag[:1] not in ("n", "j", "l", "b") \
            or pieces[-1].flag[:1] not in ("n", "j", "s"):
        return ""
    return own + "率"


def _own_subject(clause: str, count: str) -> bool:
    """Whether a count's ``clause`` names a subject that acts on the things counted (a noun,
    then its own verb with words after it: "网站信箱接收留言、投诉195条"), so that it is a
    clause of its own and no list item with the count before it (round 56, s56c; issue 13,
    a rate after two counts of different things: "…征集民生实事41件，网站信箱接收留言、投诉
    195条，回复率…" is the mailbox's). False for a list item ("政协委员提案34件": jieba's
    verb 提案 ends it) and a clause that opens with its verb. Not asked after one rate with 均,
    which is each count's (round 56 review, g56c: "县长热线接听来电1.2万个、网络平台回复留言
    3000条，满意率均为95%" → a row each)."""
    pieces = [p for p in tags(re.sub(count + "$", "", clause)) if p.flag != "x"]
    at = next((i for i, p in enumerate(pieces) if p.flag == "v"), 0)
    return 0 < at < len(pieces) - 1 and all(p.flag[:1] in ("n", "j") for p in pieces[:at])


def _subject_lost(clause: str, owner: str) -> bool:
    """Whether the rate's ``owner`` dropped a noun its count's ``clause`` opens with, the
    subject that acts on the things (round 56 review, g56c; issue 13: "12345热线受理工单5万件"
    → 工单, the hotline gone), so that one rate with 均 over two counts stays bare rather than
    naming things without their holder. False when only verbs go ("办理人大代表建议54件")."""
    cues, at = vocab("cues"), clause.find(owner[:2])
    lost = strip_words(clause[:at], cues["label_leading"], leading=True) if at > 0 else ""
    lost = strip_words(lost, cues["rate_owner_drops"] + cues["label_verbs"], leading=False)
    return any(p.flag[:1] in ("n", "j", "m") for p in tags(lost)) if lost else False


def _counted_first(clause: str, count: str, single: bool = False) -> list[str]:
    """The things of two counts written number first and joined by 、 or 和 that a clause
    opens with, what is said of them after gone (round 14): ("46件人大代表建议和76件政协
    委员提案全部办复", its ``count`` pattern) → [人大代表建议, 政协委员提案]; also one count
    of two things ("承办的47件人大代表建议和政协提案全部办结" → [人大代表建议和政协提案]).
    [] for any other clause (a count after its noun, three counts, no noun) and, unless
    ``single``, for one count of one thing ("20个重点项目顺利开工" → [重点项目] if it is)."""
    m = re.fullmatch(rf"(?:[^\d、，]{{0,4}}?)({count})([^\d、，]+?)(?:[、和及与]({count})"
                     rf"([^\d、，]+?))?", clause)
    if not m:
        return []
    owners = [m.group(2), m.group(4)] if m.group(3) else [m.group(2)]
    pieces = list(tags(owners[-1]))
    stops = vocab("cues")["subject_stops"]
    # (an adjective in manner ends it too: "…286件政协提案高效办结"; round 56, s56c)
    n = next((i for i, p in enumerate(pieces) if i and (p.flag[:1] in ("v", "d", "m")
                                                        or p.flag in ("a", "ad")
                                                        or p.word in stops)
              and p.word not in ("建议", "提案")), len(pieces))  # jieba: 建议, 提案 verbs
    owners[-1] = "".join(p.word for p in pieces[:n])
    owners = [re.sub(r"[、和及与]$", "", o) for o in owners]
    if m.group(3) is None and not single \
            and not re.fullmatch(r"[^、和]{2,}和[^、和]{2,}", owners[0]):
        return []  # one count of one thing: the rules below name it
    good = all(len(o) > 1 and _rate_owner(o) == o for o in owners) if m.group(3) else \
        all(_rate_owner(o) == o for o in owners[0].split("和"))
    return owners if good else []


# A year word opening a rate (``cues.rate_year_leads``: 年度, 全年), built once.
_YEAR_LEAD = re.compile(rf"^(?:{'|'.join(vocab('cues')['rate_year_leads'])})")


def _shared_measure(name: str, previous: str | None, before: str) -> str:
    """A bare rate opening its clause whose first words end the figure before's label
    is of that label's owner (round 13): ("投资完成率", "省市重点项目投资") →
    省市重点项目投资完成率; a leading 年度 stays ("年度投资完成率"); after money and 、 too
    ("…完成投资1.3万亿元、投资完成率125%"; round 16). "" otherwise: a rate that
    names its own thing (``cues.standalone_rates``), a list before, a rate opening no clause
    (``before`` is the sentence up to the rate's number)."""
    cues = vocab("cues")
    core = _YEAR_LEAD.sub("", name)
    if not previous or not re.fullmatch(r"[\u4e00-\u9fff]{4,8}率", core) \
            or name in cues["standalone_rates"] or re.search(r"[、和及与]", previous) \
            or not re.search(rf"(?:[，；;,]|(?<=元)、){re.escape(name)}\D{{0,3}}$", before):
        return ""
    shared = next((core[:k] for k in range(len(core) - 2, 1, -1)
                   if previous.endswith(core[:k])), "")
    # Not a total's 总, nor the verb before the things: "申列市以上重点项目总投资".
    pieces = list(tags(previous[: len(previous) - len(shared)].removesuffix("总") or "总"))
    while len(pieces) > 1 and pieces[0].flag == "v":
        pieces.pop(0)
    owner = "".join(p.word for p in pieces)
    return owner + name if shared and len(owner) > 1 and pieces[-1].flag[:1] in "njz" else ""


def _rate_owner(own: str) -> str:
    """The noun phrase of ``own`` that owns a rate, its verbs and subject gone ("行政复议
    改革受理案件" → 案件), or "" when it names no thing (a verb phrase, digits). What was
    already done to the things follows them (round 14): "已检测农产品品种" → 农产品品种检测."""
    cues = vocab("cues")
    drops = cues["rate_owner_drops"]
    cut = max(((own.rfind(w), own.rfind(w) + len(w)) for w in drops if w in own),
              key=lambda c: c[1], default=(0, 0))
    whole, own = own, strip_words(own[cut[1]:], drops + cues["label_verbs"], leading=True)
    if cut[0] > 1 and not any(p.flag[:1] in ("n", "j", "z") for p in tags(own)) \
            and all(p.flag[:1] in ("n", "j") for p in tags(whole[:cut[0]])):
        own = whole[:cut[0]] + own  # "网站信箱接收留言和投诉" → 网站信箱留言和投诉 (round 56)
    pieces = tags(own) if len(own) > 1 else ()
    if len(pieces) > 2 and pieces[0].word in ("已", "已经") and pieces[1].flag in ("v", "vn") \
            and all(p.flag[:1] in ("n", "j") for p in pieces[2:]):
        pieces = tags(own := "".join(p.word for p in pieces[2:]) + pieces[1].word)
    if len(own) > 3 and own.endswith(tuple(cues["rate_owner_acts"])):
        pieces = tags(own := own[:-2])  # "养老保险扩面": the scheme's act goes (round 23)
    # jieba tags 诉求 and 提案 as verbs: a noun anywhere will do, but no verb phrase alone.
    # (a hotline's digits are its name: 12345政务服务热线; round 18)
    if not any(p.flag[:1] in ("n", "j", "z") for p in pieces) or re.search(r"[、及与]", own) \
            or re.search(r"\d", re.sub(r"\d+(?=[\u4e00-\u9fff]{0,4}热线)", "", own)) \
            or own.count("和") > 1 or pieces[0].flag[:1] in ("p", "d", "c", "u") \
            or pieces[-1].flag[:1] == "d":
        return ""
    return own


def clause_subject(clause: str) -> str:
    """The noun phrase that is the subject of ``clause`` (no number in it, nor a list): its
    nouns up to a verb, adverb or idiom of jieba's or a word of ``cues.subject_stops``,
    without a trailing measure word (``cues.subject_measure_tails``): "城乡居民社会养老保险
    全面启动" → 城乡居民社会养老保险; "" when the clause opens otherwise (a verb: "全面推进
    新农合工作") or the subject is shorter than three characters."""
    cues = vocab("cues")
    if not clause or re.search(r"[\d、和及与“”（(]", clause):
        return ""
    pieces = list(tags(clause))
    while pieces and pieces[0].word in cues["label_leading"] and pieces[0].flag[:1] != "v":
        pieces.pop(0)
    words: list[str] = []
    for i, p in enumerate(pieces):
        if p.word in cues["subject_stops"] or not (p.flag[:1] in ("n", "j") or p.flag == "zg"
                                                   or (i == 0 and p.flag == "t")
                                                   or inner_noun(pieces, i)):
            break
        words.append(p.word)
    rest = pieces[len(words):]
    if not words or not rest or not (rest[0].word in cues["subject_stops"]
                                     or rest[0].flag[:1] in ("v", "d", "a", "i")):
        return ""
    subject = strip_words("".join(words), cues["subject_measure_tails"], leading=False)
    return subject if len(subject) > 2 else ""


def note_owner(name: str, before: str) -> str:
    """A bare measure (占地, 总投资, 建筑面积, 产值 …) in a numbered note of an annex that
    opens with the thing's name and a colon is that thing's: "〔14〕大正食品：项目总投资1.23亿
    元，占地34.68亩" → 大正食品总投资, 大正食品占地 (a leading 该项目, 项目 or 计划 goes).
    ``before`` is the sentence up to the number; "" when it opens with no such note."""
    cues = vocab("cues")
    m = re.match(r"\s*(?:〔\d+〕|\[\d+\]|［\d+］)([^，。；：:、\d（）()]{2,16})[：:]", before)
    core = re.sub(r"^(?:该项目|项目|该)?(?:计划)?", "", name)
    measures = cues["land_measure_words"] + cues["money_nouns"] + cues["owned_measure_words"] \
        + cues["subject_owned_words"] + ["面积"]
    return m.group(1) + core if m and core in measures else ""
