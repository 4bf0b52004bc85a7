"""Acts written after the counted noun inside the noun phrase after a number (round 23,
scope lost after the noun): the noun and the act done to it are one phrase, as
"老旧小区改造" is (``labelwords.noun_phrase``). The acts are data (``cues.noun_act_tails``).
A one-character verb jieba split off inside a compound noun is no act (round 44, rc44:
``split_noun``).
"""

from __future__ import annotations

import re
from functools import cache

import jieba.posseg

from workreport.vocab import load as vocab

__all__ = ["act_tail", "act_verbs", "counted_nouns", "facility_verb", "head_near", "modifier_verb",
           "scope_object", "split_noun", "verb_inside_noun"]


def act_tail(pieces: tuple[jieba.posseg.pair, ...]) -> bool:
    """Whether ``pieces``, from a verb after the counted noun to the end, are one act done to
    it, written as a noun ending in the act (``cues.noun_act_tails``), with no verb of the
    cue lists in it (round 23, scope lost after the noun: "特殊困难老年人家庭适老化改造",
    "主城跨区断头路建设", "消防无水高层建筑整治" were cut at 适, 断头, 无水; not "企业加快
    技术改造", "企业开展技术改造": a verb of its own)."""
    cues = vocab("cues")
    rest = "".join(p.word for p in pieces)
    verbs = act_verbs()
    act = next((a for a in _acts() if rest.endswith(a)), "")
    before, at = [], 0
    for p in pieces:  # the words before the act
        if at >= len(rest) - len(act):
            break
        before.append(p.word)
        at += len(p.word)
    first = pieces[0]  # not a preposition's phrase: "中心镇按照小城市标准规划建设"
    return bool(act) and not (first.flag == "p" and (len(first.word) > 1 or first.word in cues[
        "label_prepositions"])) and len(rest) <= 12 and not re.search(r"[“”\d、和及与]", rest) \
        and not any((w in verbs or w[:2] in verbs) and w not in cues["noun_act_tails"]
                    for w in before)  # 治理修复: two acts


@cache
def _acts() -> tuple[str, ...]:
    """``cues.noun_act_tails``, longest first, read once (``act_tail`` runs for every noun
    phrase; ``vocab`` is cached and read-only)."""
    return tuple(sorted(vocab("cues")["noun_act_tails"], key=len, reverse=True))


@cache
def act_verbs() -> frozenset[str]:
    """The verbs that make a word before an act a verb of its own (an act of two verbs, or a
    list's items with a verb of their own: ``act_tail``, ``labelfared.list_act``), read once."""
    cues = vocab("cues")
    return frozenset(cues["label_leading"] + cues["label_verbs"] + cues["label_kept_verbs"]
                     + cues["object_stops"] + cues["object_predicate_verbs"] + cues["run_verbs"])


def split_noun(pieces: tuple[jieba.posseg.pair, ...], i: int) -> int:
    """The index of the last piece of a compound noun that the one-character verb
    ``pieces[i]`` opens inside, as jieba split it, or 0 (round 44, rc44, fragments): up to
    four one-character pieces and a noun of two characters, three to five characters in
    all, before the clause's predicate (``_before_predicate``), or a verb, its object and a
    suffix ending the words: "河道非法采砂点全部拆除到位" (采|砂|点), "省控入江支流水质保持优良"
    (控|入|江|支流), "国省市考断面水质全部达标" (考|断面); a lone one-character verb after a
    verb naming a kind (``cues.noun_inner_verbs``) is that kind's noun: "异位发酵舍基本完工"
    (发酵|舍). Not after a conjunction (…和无电区: the next item's), not a
    predicate of its own ("监测站增参。", "项目进资占…": a verb right after its object), nor a
    common one-character predicate (``cues.split_noun_stops``: 有, 获, 建 …)."""
    if _suffix_before_next(pieces, i):
        return i  # "乡镇小型空气站和…系统": 空气|站 (round 71, w4)
    if len(pieces[i].word) != 1 or pieces[i].flag != "v" or (i and pieces[i - 1].flag == "c") \
            or pieces[i].word in vocab("cues")["split_noun_stops"]:
        return 0
    j = i
    while j + 1 < len(pieces) and j - i < 3 and len(pieces[j + 1].word) == 1 \
            and pieces[j + 1].flag[:1] in ("v", "n", "m"):
        j += 1
    ends = [j + 1, j] if j + 1 < len(pieces) and len(pieces[j + 1].word) == 2 \
        and pieces[j + 1].flag.startswith("n") else [j]
    lone = i > 0 and pieces[i - 1].word in vocab("cues")["noun_inner_verbs"]
    return next((k for k in ends if (k > i or lone) and _before_predicate(pieces, i, k)), 0)


def _suffix_before_next(pieces: tuple[jieba.posseg.pair, ...], i: int) -> bool:
    """Whether ``pieces[i]`` is a noun's suffix jieba tags a verb (``cues.split_noun_suffixes``:
    站), after a noun of two characters or more and before the next item of a list (和, 及, 与,
    、): a facility's name ends there, no predicate follows ("26个乡镇小型空气站和秸秆禁烧视频
    监控系统建成运行" was cut to 乡镇小型空气; "12个污水处理站和配套管网" to 污水处理; round 71,
    w4, fragments). Not before anything else (a verb followed by its object)."""
    piece = pieces[i]
    return piece.flag == "v" and piece.word in vocab("cues")["split_noun_suffixes"] and i > 0 \
        and pieces[i - 1].flag.startswith("n") and len(pieces[i - 1].word) > 1 \
        and i + 1 < len(pieces) and pieces[i + 1].word in ("和", "及", "与", "、")


def _before_predicate(pieces: tuple[jieba.posseg.pair, ...], i: int, k: int) -> bool:
    """Whether ``pieces[i:k + 1]`` end in a noun, three to five characters (or are one verb),
    and the clause's predicate follows: an adverb (jieba's ``d`` or
    ``cues.object_predicate_adverbs``: 全部, 基本) or a measure of the things
    (``cues.picked_not_nouns``: 水质), then a verb within two words or the words' end (the
    predicate already cut off: "考断面水质"; ``split_noun``). Not a noun going on: "抽水蓄能
    电站项目取得…" (能|电站 is no such noun)."""
    cues = vocab("cues")
    after = pieces[k + 1:k + 4]
    if k == len(pieces) - 1:  # the words end there: a verb, its object and a suffix, 采|砂|点
        return k == i + 2 and [len(p.word) for p in pieces[i:]] == [1, 1, 1] \
            and pieces[i + 1].flag[:1] == "n" and pieces[k].flag[:1] in ("n", "m")
    size = sum(len(p.word) for p in pieces[i:k + 1])  # 聚|链 (成群), 增|参: a predicate
    return (k == i or (pieces[k].flag[:1] in ("n", "m") and size > 2)) and size <= 5 \
        and bool(after) and (after[0].flag == "d" or after[0].word in cues["picked_not_nouns"]
                             or after[0].word in cues["object_predicate_adverbs"]) \
        and (any(p.flag.startswith("v") for p in after[1:]) or k + 2 == len(pieces))


def head_near(pieces: tuple[jieba.posseg.pair, ...], i: int, heads: tuple[str, ...],
               predicates: list[str]) -> int:
    """Where a head noun (``cues.object_verb_heads``) stands within three words after the
    verb ``pieces[i]``, with no predicate verb, mark or 的 between, or 0: the verb is inside
    the head's name (托育 of 普惠托育示范机构; not 获得 of 获得“高新技术企业”认定), unless a
    counted noun (``cues.generic_counted_nouns``) stands before the verb ("涉气企业治污设施")."""
    if pieces[i].flag not in ("v", "vd") or pieces[i].word in predicates \
            or (i and pieces[i - 1].word.endswith(counted_nouns())):
        return 0
    for j in range(i + 1, min(i + 4, len(pieces))):
        if pieces[j].word in predicates or pieces[j].flag == "x" or pieces[j].word == "的":
            return 0
        if pieces[j].word.endswith(heads) and pieces[j].flag[:1] == "n":
            return j
    return 0


def facility_verb(pieces: tuple[jieba.posseg.pair, ...], i: int) -> bool:
    """Whether the verb ``pieces[i]`` opens a facility's name that jieba split off its
    one-character suffix (round 49, s49c, the development draws' "fragment": the counted noun
    cut inside a compound at a verb jieba tagged inside it): "41个易地搬迁安置区" (安置|区)
    gave 易地搬迁, "10处临时便民疏导点和便民市场" (疏导|点) 临时便民. ``pieces[i]`` is a
    verb of two characters, the next piece one of ``cues.facility_suffixes`` (区, 点, 站 …)
    and the last of the words or of its item (a mark, 和, 或 or 的 after it); False otherwise
    ("企业入驻园区": a place of two characters is the verb's object)."""
    if pieces[i].flag not in ("v", "vd") or len(pieces[i].word) != 2 or i + 1 >= len(pieces) \
            or pieces[i + 1].word not in vocab("cues")["facility_suffixes"]:
        return False
    return i + 2 == len(pieces) or pieces[i + 2].flag in ("x", "c") \
        or pieces[i + 2].word in ("和", "或", "及", "与", "的")


def modifier_verb(pieces: tuple[jieba.posseg.pair, ...], i: int) -> bool:
    """Whether the verb ``pieces[i]`` is inside a compound noun, modifying the nouns
    after it, because a verb or a list's 和 follows those nouns (round 63, y5,
    fragments: the counted noun cut at a verb inside its compound):
    "6处责任主体灭失矿山得到有效修复" gave 责任主体,
    "15个国家台账违建别墅问题整改" 国家台账,
    "5个乡村振兴重点帮扶村和…" 乡村.
    The piece before the verb is a noun, neither a counted noun (``counted_nouns``:
    "92家涉气企业治污设施分表记电", "15个候选项目提交大会审议" stay cut) nor people
    (``cues.outcome_people_heads``: "特困人员购买医疗补充保险": they act) nor money
    (``cues.money_nouns``, round 63 merge: "30亿元财政资金支持乡村振兴": its use); the verb,
    of two characters (not 占 of "开发区产值占全省比重达…"), is no predicate
    (``cues.object_predicate_verbs``); the nouns after it (one or more; no place,
    person nor adverb jieba tags a noun: ``cues.object_predicate_adverbs``,
    "老旧房屋得到全面修缮") are followed by a verb of two characters, or by 和, 及, 或, 与
    and a number (round 63 review, k63b: "7个乡镇政府出台奖补办法和实施细则",
    "11个乡镇文化站开放阅览室和活动室": the counted noun's predicate and its objects). False
    otherwise, and when the nouns end the words ("经营主体修复信用": the object)."""
    cues = vocab("cues")
    before = pieces[i - 1] if i else None
    if before is None or pieces[i].flag not in ("v", "vd") or len(pieces[i].word) != 2 \
            or before.flag[:1] != "n" \
            or before.word.endswith((*counted_nouns(), *cues["outcome_people_heads"],
                                     *cues["money_nouns"])) \
            or pieces[i].word in cues["object_predicate_verbs"]:
        return False
    j = i + 1
    while j < len(pieces) and (pieces[j].flag[:1] == "n" or pieces[j].flag in ("zg", "b")) \
            and pieces[j].flag not in ("ns", "nr") \
            and pieces[j].word not in cues["object_predicate_adverbs"]:
        j += 1
    # round 63 review, k63b: a verb of two characters ("乡镇政府出台奖补办法": 补 is inside
    # 奖补), and a 和 joining another counted noun ("…帮扶村和2个…"), not the verb's objects
    # ("9个镇区主干道更换路灯和井盖": the predicate of the counted noun, cut).
    return i + 1 < j < len(pieces) and (
        (pieces[j].flag in ("v", "vd") and len(pieces[j].word) > 1)
        or (pieces[j].word in ("和", "及", "或", "与") and j + 1 < len(pieces)
            and pieces[j + 1].flag == "m"))


def verb_inside_noun(pieces: tuple[jieba.posseg.pair, ...], i: int, headed: bool) -> bool:
    """Whether the verb ``pieces[i]`` is inside the counted noun's compound, not a cut of the
    noun phrase (``labelwords.noun_phrase``): a facility's name (``facility_verb``, round 49)
    or, when no head noun ends the phrase (``headed``), a verb modifying the nouns after it
    (``modifier_verb``, round 63)."""
    return facility_verb(pieces, i) or (not headed and modifier_verb(pieces, i))


def counted_nouns() -> tuple[str, ...]:
    """``cues.generic_counted_nouns`` of two characters or more: a word ending in 村 or 区
    (乡村, 示范区) is no counted noun before a verb (round 11 added 村, 区 …)."""
    return tuple(n for n in vocab("cues")["generic_counted_nouns"] if len(n) > 1)


def scope_object(pieces: tuple[jieba.posseg.pair, ...], words: tuple[jieba.posseg.pair, ...],
                 after: str, rest: str) -> bool:
    """Whether a verb and the scope of its object (a body, place or event: ``pieces``,
    jieba's tags, a verb first and a noun last) stand before a count whose noun ``after``
    (tagged ``words``) follows the number (round 45, s45b, the development draws' fragments;
    ``labelwords.verb_object``): "入选农业农村部30个帮扶产业典型案例" → 入选农业农村部帮扶产业
    典型案例, "获得世界职业院校技能大赛4项金牌". The noun after ends in a noun of two characters,
    holds no numeral or adverb, and ends the clause (``rest``, the sentence after the number:
    not "…10条和引荐人奖励办法", "…人员走上了…"), after nouns only if not at once; no
    causative 使 opens the verb."""
    if len(pieces) < 2 or pieces[0].flag != "v" or pieces[0].word == "使" \
            or pieces[-1].flag[:1] != "n":
        return False
    at = rest.find(after)
    gap = jieba.posseg.lcut(rest[:at]) if at > 0 else []  # "2个全国首金" (not 将, 和, 的)
    return 0 <= at <= 2 and all(p.flag[:1] == "n" for p in gap) \
        and rest[at + len(after):at + len(after) + 1] in "，。；;,！" \
        and words[-1].flag[:1] == "n" and len(words[-1].word) > 1 \
        and not any(p.flag in ("m", "ad", "d", "p", "c") for p in words)
