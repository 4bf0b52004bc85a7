"""A share named by what its part is used for, a count by what covers it (issue 13, round
14; used by ``naming``).

A share written between a whole and what a part of it goes to ("衔接资金的62%用于产业发展",
"将76%的财力用于民生事业", "园区新能源70%实现自发自用") measures the part that goes there,
not the whole: a label naming only the whole (衔接资金) names another thing (the audit's
"other thing: a group for its share"). The label is the whole, the verb and what it goes to,
and the share's word: 衔接资金用于产业发展比重, 财力用于民生事业比重, 园区新能源自发自用比例.

The verbs are data (``cues.share_use_verbs``: 用于, 投向, 投入, 服务于 keep their verb; and
``cues.share_state_verbs``: 实现, 提供 go, as fillers before what is done).

A count of places followed by 全覆盖 ("国家级龙头企业14个州市全覆盖") counts the places the
thing before it covers: 国家级龙头企业覆盖州市 (``covered``). A count whose noun runs on into
the counted things' measure counts the things (round 15, ``counted_places``). A share given
of the noun after 的 or compared with a base (``share_of_noun``, ``compared_share``; round
14) moved here from ``labelverbs`` in round 26 (tidy).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache, wraps

from workreport.extract.labelclean import clean, strip_words
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import leading_word, tags
from workreport.extract.nonfigures import alternation
from workreport.extract.numbers import Token, vocab

__all__ = ["compared_share", "context_scope", "counted_places", "covered", "money_for", "reach_cut",
           "share_of_noun", "share_used", "subject_counted", "used_share"]

def share_used(label: str, before: str, after: str) -> str:
    """The label of a share whose part goes to what follows it (round 14): ``label`` is the
    share's label as the clause before gives it, ``before`` the sentence up to the number,
    ``after`` the sentence from the figure's end (its qualifier gone). Two shapes:

    - the whole before the number: ("衔接资金", "衔接资金的", "用于产业发展。") →
      衔接资金用于产业发展比重; ("园区新能源", "园区新能源", "实现自发自用") →
      园区新能源自发自用比例; ("为随迁子女", "为随迁子女", "提供公办学位") →
      随迁子女公办学位比例 (a leading 将 or 为 goes);
    - the whole after it with 的: (…, "坚持将", "的财力用于民生事业") → 财力用于民生事业比重.

    ``label`` as it is when the number is followed by no such verb, when ``label`` names a
    rate or a change already, or when the clause before does not end with it (a growth
    verb between them: "增长15%实现翻番")."""
    cues = vocab("cues")
    after = re.sub(r"^(?:以上|左右|多)", "", after)
    m = _share_used().match(after)
    if not m:
        return label
    whole = m.group(1) or ""
    head = re.split(r"[，,；;。！？：:、]", before)[-1].strip()
    head = re.sub(r"(?<=[\u4e00-\u9fff]{2})[近约超逾]$", "", head)  # 财政支出近八成… (r76, x1)
    if whole:  # "坚持将76%的财力用于…": only fillers before the number, a noun after it
        pieces = tags(whole)
        if re.sub(r"^(?:坚持|始终)?(?:全[\u4e00-\u9fff])?(?:将|把)?", "", head) \
                or pieces[-1].flag[:1] not in ("n", "j") or re.search(r"[和及与]", whole):
            return label  # "…拿出公共财政预算收入1%的资金", "7%左右的速度可以实现…"
    else:
        core = re.sub(r"^(?:将|为|把)", "", label)
        if not core or label.endswith(cue_words("share_rate_ends")) \
                or not head.removesuffix("的").endswith(label) \
                or re.search(r"[、和及与]", core):
            return label
        whole = core
    verb, goal = m.group(2), clean(m.group(3)) or m.group(3)
    kept = verb in cues["share_use_verbs"]
    return f"{whole}{verb if kept else ''}{goal}{'比重' if kept else '比例'}"


# The places counted, then 全覆盖: "州市全覆盖。", "行政村全部覆盖，".
_COVERED = re.compile(r"([^\d，,；;。！？：:、（）()“”]{1,8}?)(?:全覆盖|全部覆盖)"
                      r"(?:[，,；;。！？：:、]|$)")
# A manner word opening the covering thing (``cues.covered_manner_words``: 率先, 基本).
_COVER_MANNER = re.compile(rf"^(?:{'|'.join(cue_words('covered_manner_words'))})")
# The amount's tail and the money written again after it (``cues.money_given_again``: 资金).
_GIVEN_AGAIN = re.compile(rf"^(?:以上|左右|多|余)?(?:元|人民币)?"
                          rf"(?:{'|'.join(cue_words('money_given_again'))})?")


def covered(label: str, clause: str, after: str) -> str:
    """The label of a count of places or units a thing covers, when ``after`` (the sentence
    from the count's end) says so ("…个州市全覆盖", "…个行政村全覆盖"; round 14, the audit's
    "other thing": the count is of the places, not of the thing): the thing is the clause
    before the number (``clause``, its 实现 and a leading manner word gone), the label the
    thing, 覆盖 and the places: ("国家级龙头企业", "国家级龙头企业", "州市全覆盖。") →
    国家级龙头企业覆盖州市; ("…", "“三级平台、两个代办”实现", "行政村全覆盖") → “三级平台、
    两个代办”覆盖行政村. ``label`` as it is otherwise."""
    m = _COVERED.match(after)
    thing = _COVER_MANNER.sub("", clean(clause))
    if not m or len(thing) < 2 or re.search(r"\d", thing):
        return label
    return f"{thing}覆盖{m.group(1)}"


def used_share(label: Callable[[str, Token, str, str | None], str]
               ) -> Callable[[str, Token, str, str | None], str]:
    """``label`` (``naming.label``) with ``share_used`` for a share in %, ``covered`` for a
    count of things or people (round 14), ``money_for`` for an amount, ``context_scope``
    for all, ``subject_counted`` for a count before another in its clause (round 23)."""
    @wraps(label)
    def with_use(text: str, tok: Token, pre: str, previous: str | None) -> str:
        q = tok.quantity
        assert q is not None
        name = context_scope(label(text, tok, pre, previous), text,
                             text[tok.sentence.start:q.start])
        if q.dimension in ("count", "people"):
            name = subject_counted(name, text[q.end:tok.sentence.end])
        if q.dimension == "count":
            return covered(name, pre, text[q.end:tok.sentence.end])
        if q.dimension == "money":
            return money_for(name, text[tok.sentence.start:q.start], text[q.end:tok.sentence.end])
        if q.unit != "%":
            return name
        return share_used(name, text[tok.sentence.start:q.start],
                          text[q.end:tok.sentence.end])
    return with_use



def money_for(label: str, before: str, after: str) -> str:
    """The label of an amount put in for a purpose (round 23, the audit's "scope lost": the
    payer and the purpose say which total it is): its own clause in ``before`` ends with a
    verb of ``cues.money_giving_verbs`` (adverbs of ``money_giving_adverbs`` before it go), and
    ``after``, up to the clause's end, names what it is for, a verb of
    ``money_purpose_verbs`` before it going; the label is the payer (a noun phrase, or
    nothing), the verb, the purpose and 资金: ("支持体育产业发展", "…，省级财政统筹投入",
    "支持体育产业发展。") → 省级财政投入体育产业发展资金, "镇财政每年拿出不少于…奖励优秀企业" →
    镇财政拿出奖励优秀企业资金, "县财政投入…用于取暖补贴" → 县财政投入取暖补贴资金; a purpose
    that is money already keeps its word ("安排…专项奖补资金"), money named by how it was got
    alone keeps its name ("安排100亿元财政资金支持产业发展" → 安排产业发展财政资金; round 63,
    ``cues.money_bare_names``). ``label`` as it is when it names money already, or the
    clauses are not of that shape."""
    cues = vocab("cues")
    own = re.split(r"[，,；;。！？：:]", before)[-1].strip()
    own = re.sub(r"(?:约|近|超|超过|逾|共|了|达)$", "", own)
    m = _money_given().fullmatch(own)
    # (the money written again after the amount goes: "安排52.3亿元资金支持稳增长", "…巨资")
    after = _GIVEN_AGAIN.sub("", after)
    goal = re.split(r"[，,；;。！？：:、（(]", after)[0]
    goal = goal[len(leading_word(goal, cues["money_purpose_verbs"])):]
    goal = cleaned if len(cleaned := clean(goal)) >= 2 else goal  # (稳增长 is no growth)
    bare = label in cue_words("money_bare_names")  # "安排100亿元财政资金支持…" (round 63, y8)
    if not m or (label.endswith(cue_words("share_money_ends")) and not bare) \
            or not 2 <= len(goal) <= 16 \
            or re.search(r"[\d“”]|^[为对向给和及与]", goal):
        return label
    payer = clean(m.group("payer")) if m.group("payer") else ""
    pieces = tags(payer) if payer else []
    if payer and (not all(p.flag[:1] in ("n", "j", "b", "z") for p in pieces) or len(payer) > 8):
        payer = ""  # "引导企业投入…": not a payer alone
    money = "" if goal.endswith(cue_words("share_money_ends")) else label if bare else "资金"
    return f"{payer}{m.group('verb')}{goal}{money}"


@lru_cache(maxsize=8)
def _own_whole(text: str) -> str:
    """The whole a report's own figures are of: the narrowest of ``cues.report_wholes``
    written three times in ``text`` or more (全国 in the State Council's, 全省 in a
    province's, 全县 in a county's, which write 全国 and 全省 for context too); for a
    sentence alone 全省 (only 全国 is then surely another whole)."""
    return next((w for w in reversed(cue_words("report_wholes")) if text.count(w) >= 3), "全省")


def context_scope(label: str, text: str, before: str) -> str:
    """``label`` with the whole its clause in ``before`` (the sentence up to the number)
    names right before it, when that whole is not the report's own (round 23, the audit's
    "scope lost": a national or provincial total given for context): "全国独角兽企业共有
    300家" in a province's report → 全国独角兽企业, not 独角兽企业 (its own whole, 全省 there,
    still goes, as the gold's convention drops it); ``label`` as it is otherwise."""
    own = re.split(r"[，,；;。！？：:、]", before)[-1]
    m = re.search(rf"({'|'.join(cue_words('report_wholes')[:2])})(?=[\u4e00-\u9fff“]{{2}})", own)
    if not m or m.group(1) == _own_whole(text) or m.group(1) in label \
            or not own[m.end():].startswith(label[:2]) or len(label) < 2:
        return label
    return m.group(1) + label


def subject_counted(label: str, after: str) -> str:
    """The label of a count whose noun is the subject of what the next figure of its clause
    counts (round 23, the audit's "other thing": both got the second's label): ``after``,
    the sentence from the count's end, holds a noun phrase, then a verb (jieba's, 新 before
    one, a kept verb of ``label_kept_verbs`` or a word of ``label_verbs``) and its object
    right before a digit, with no mark between: the verb and object qualify the noun as a clause
    with 的, "15个主园区新引进外资项目700个" → 新引进外资项目的主园区 (not
    主园区新引进外资项目, the 700's, nor the bare 主园区, a wider total), "21万名干部包抓联企业
    46万户" → 包抓联企业的干部. ``label``
    as it is when it does not end in that verb and object, or the object is one character
    ("学科进入前1‰")."""
    m = re.match(r"(?:的)?([^\d，,；;。！？：:、（）()“”〔［\[]{4,24})(?=\d)", after)
    if not m or re.search(r"[中从由到至比较为向与和及]", m.group(1)):
        return label
    cues = vocab("cues")
    pieces, mid = tags(m.group(1)), m.group(1)
    at, timed = 0, False
    for k in range(1, len(pieces)):
        said = "".join(p.word for p in pieces[:k])
        rest = mid[len(said):]
        # the verb: jieba's, a kept one, or 新 before one; its object two characters or more
        verb = leading_word(rest, cues["label_kept_verbs"]) or (
            pieces[k].word if pieces[k].flag == "v" or pieces[k].word in cues["label_verbs"]
            else "") or (
            pieces[k].word + pieces[k + 1].word if pieces[k].word == "新"
            and k + 1 < len(pieces) and pieces[k + 1].flag == "v" else "")
        # round 59 (s59c): an adverb between the noun and its rate ("1200件信访事项按期办结
        # 率达98%" → 信访事项, which gave 信访事项按期办结率)
        timed = k >= 2 and pieces[k - 1].flag == "d" and pieces[k - 2].flag[:1] == "n"
        if verb and (pieces[k - 1].flag[:1] == "n" or timed) and len(said) >= 2:
            said = said[: -len(pieces[k - 1].word)] if timed else said
            at = len(said) if len(mid) - len(said) - len(verb) >= 2 else 0
            break
    rest = clean(mid[at:]) if at else ""
    if len(rest) < 3 or not label.endswith(rest) or len(label) - len(rest) < 2 \
            or (timed and not rest.endswith("率")):
        return label
    if rest.endswith("率"):  # the noun's rate, no act of it (round 57, s57b): "300项审批
        return label[: -len(rest)]  # 事项办结率达100%" → 审批事项, not 办结率的审批事项
    return f"{rest}的{label[: -len(rest)]}"


def reach_cut(owner: str) -> str:
    """``owner`` (a count's label, owning the money after it) without the places or people
    its works reach (``cues.owner_reach_verbs``; round 23): "农村饮水安全巩固提升工程覆盖村"
    → 农村饮水安全巩固提升工程, so its 投资 is the works', not the villages'."""
    # only after a works noun: 示范带动村 is a kind of village, not a reach (review of round 23)
    reach = _works_reach().search(owner)
    return owner[:reach.start()] if reach else owner


def counted_places(after: str, unit: str) -> str:
    """The counted noun of a count (``unit`` not a share nor money) whose noun ``after`` runs
    on into a measure of the things counted (round 15): a word of ``cues.count_measure_tails``
    straight after one of ``cues.count_measure_owners`` ends the noun: "开发区规上工业总产值"
    → 开发区 (of "80个开发区规上工业总产值占全省比重达75%"), "省市重点项目投资" → 省市重点项目;
    ``after`` as it is otherwise ("大企业签订总投资", "投资超亿元的文旅重大项目")."""
    if unit in ("%", "个百分点") or re.search(r"元$", unit):
        return after
    m = _owner_measured().match(after)
    return m.group(1) if m and len(m.group(1)) >= 2 else after


# The patterns of the rules above, built once from their cue lists (tidy, rc2).
@cache
def _share_used() -> re.Pattern[str]:
    """The whole after 的 (maybe), a verb of ``cues.share_use_verbs`` or
    ``share_state_verbs`` and what it is used for, after a share (``share_used``)."""
    verbs = alternation(list(cue_words("share_use_verbs", "share_state_verbs")))
    thing = r"[^，,；;。！？：:、\d（）()]"
    return re.compile(rf"(?:的({thing}{{1,10}}?))?({verbs})({thing}{{2,16}})"
                      r"(?:[，,；;。！？：:]|$)")


@cache
def _money_given() -> re.Pattern[str]:
    """A payer, adverbs of ``cues.money_giving_adverbs`` and a verb of
    ``cues.money_giving_verbs`` ending a clause before money (``money_for``)."""
    adverbs = alternation(list(cue_words("money_giving_adverbs")))
    verbs = alternation(list(cue_words("money_giving_verbs")))
    return re.compile(rf"(?P<payer>.*?)(?:{adverbs})*(?P<verb>{verbs})")


@cache
def _works_reach() -> re.Pattern[str]:
    """A verb of ``cues.owner_reach_verbs`` after a works noun and what it reaches
    (``reach_cut``)."""
    return re.compile(r"(?<=工程|项目|计划|行动|设施)"
                      rf"(?:{alternation(list(cue_words('owner_reach_verbs')))})"
                      r"[\u4e00-\u9fff]{1,6}$")


@cache
def _owner_measured() -> re.Pattern[str]:
    """A noun ending in ``cues.count_measure_owners`` before a word of
    ``cues.count_measure_tails`` (``counted_places``)."""
    owners = alternation(list(cue_words("count_measure_owners")))
    tails = alternation(list(cue_words("count_measure_tails")))
    return re.compile(rf"(.{{0,10}}?(?:{owners}))(?:{tails})")


@cache
def _share_opened() -> re.Pattern[str]:
    """A verb of ``cues.share_verbs`` and the whole after it up to the number (its group):
    贡献了全国 (see ``share_of_noun``)."""
    return re.compile(rf"(?:{alternation(vocab('cues')['share_verbs'])})了?"
                      r"([\u4e00-\u9fff]{0,6}?)(?:\d|$)")


@cache
def _coverage_reach() -> re.Pattern[str]:
    """What covers (its first group) and a verb of ``cues.coverage_verbs`` (the second) ending
    the clause before a share: 规模化供水工程覆盖 (see ``share_of_noun``)."""
    return re.compile(rf"([\u4e00-\u9fff“”A-Za-z0-9]{{0,12}}?)"
                      rf"({alternation(vocab('cues')['coverage_verbs'])})了?(?:约|近|超过)?$")


def share_of_noun(before: str, after: str) -> str:
    """The share a verb of ``cues.share_verbs`` gives of the noun after 的: "贡献了全国" before
    "38.7%的贸易增量" → 全国贸易增量占比 (the noun after 的 is what the share is of; round 14,
    fragments), and so for each share of a list ("…74.6%的规模工业增加值和40%左右的税收" →
    全省税收占比). ``before`` is the sentence up to the number, ``after`` the text from its
    end; "" when the clause opens no such share."""
    cues = vocab("cues")
    clause = re.split(r"[，；。,;]", before)[-1]
    opened = _share_opened().search(clause)
    m = re.match(r"(?:左右|以上)?的([\u4e00-\u9fff“”]{2,12}?)(?=[，。；、和及与]|$)", after)
    if m and not opened and (reach := _coverage_reach().search(clause.rsplit("、", 1)[-1])):
        # "规模化供水工程覆盖94%的农村人口" → 规模化供水工程覆盖农村人口比例 (round 30)
        subject = strip_words(reach.group(1), cues["scope_words"], leading=True)
        if re.search(r"\d(?![\dA-Za-z])", subject):  # a count, not a name like 5G
            subject = ""
        subject = subject or _measured_before(before)  # 高铁营业里程达到3万公里、覆盖 (r34)
        return f"{subject}{reach.group(2)}{m.group(1)}比例"
    return f"{opened.group(1)}{m.group(1)}占比" if opened and m else ""


def _measured_before(before: str) -> str:
    """The thing whose measure fills the clause before a coverage verb with no subject of its
    own: "高铁营业里程达到3万公里、覆盖" (or "…，覆盖") → 高铁 (the measure word of
    ``cues.reach_owner_measures`` goes; round 34, owner lost); "" for any other shape."""
    parts = re.split(r"[，,、]", before.split("；")[-1])
    m = re.fullmatch(r"([\u4e00-\u9fff]{3,16}?)(?:达到|达|突破|超过|增至|)\d+(?:\.\d+)?[余多]?"
                     r"[万亿]?[\u4e00-\u9fff]{1,3}", parts[-2]) if len(parts) > 1 else None
    tail = next((t for t in sorted(vocab("cues")["reach_owner_measures"], key=len, reverse=True)
                 if m and m.group(1).endswith(t)), "")
    owner = m.group(1)[: -len(tail)] if m and tail else ""
    return owner if len(owner) >= 2 else ""


# The base and the comparison word (``cues.share_comparison_words``) of ``compared_share``.
_COMPARED = re.compile(rf"([\u4e00-\u9fff“”]{{2,12}}?)"
                       rf"(?:{'|'.join(cue_words('share_comparison_words'))})([\u4e00-\u9fff“”]{{2,10}}?)")


def compared_share(name: str) -> str:
    """A share compared with a base written before 的 ("总额不超过封顶线的20%"; ``name`` is
    the label once cut, 总额不超过封顶线) is the share of that base: 总额占封顶线比例 (round
    14, trailing predicates: the comparison word is the qualifier's, not the label's);
    ``name`` as it is otherwise."""
    m = _COMPARED.fullmatch(name)
    return f"{m.group(1)}占{m.group(2)}比例" if m else name
