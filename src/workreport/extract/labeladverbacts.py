"""The act every counted thing underwent, said after the noun behind an adverb of
completion (round 63, y6; issue 13, 'action verb dropped'): "县内47眼地热井全部安装电磁流量
计" gave 地热井 (a stock of wells), "9个国家区域医疗中心全部开诊" gave 国家区域医疗中心,
"19个城中村改造项目全部启动" gave 城中村改造项目. The judging conventions (since the seed-2139
audit) call an act after the noun that all the counted things underwent, dropped, 'action
verb dropped'; ``labelverbs.predicate_first`` kept it only for a closed list of verbs
(``cues.object_predicates_after_adverb``: 开工, 建成, 竣工 …). This reads the construction:
behind an adverb of ``cues.completion_adverbs`` (全部, 均, 全面, 已, 顺利 …) a short predicate
that opens with a verb (jieba's v) is the act, unless the verb is a filler or says how far
they got (``cues.adverb_act_fillers``: 完成, 推进, 兑现, 起势 …) or the predicate holds a
figure. The words are data (``vocab/cues.yml``).
"""

from __future__ import annotations

import re

from workreport.extract.labelaffix import strip_words
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags
from workreport.extract.numbers import vocab

__all__ = ["act_label", "adverb_act", "held_before", "manner_moved", "noun_act"]


def manner_moved(noun: str, tail: str) -> tuple[str, str]:
    """(``noun``, ``tail``) with a manner word of ``cues.noun_end_manner_words`` that ends the
    counted noun, a word of its own to jieba, moved to the act after it when the act opens
    with a verb: ("矿山企业安全", "复工复产") → ("矿山企业", "安全复工复产"), which
    ``adverb_act`` reads as the act (session 73, tester 73 D-C5: "40家矿山企业安全复工复产"
    was labelled 矿山企业安全, "mining firms' safety"; now 安全复工复产的矿山企业). Unchanged
    otherwise: "食品安全" before no verb, 安全生产 (one word)."""
    manner = next((w for w in cue_words("noun_end_manner_words") if noun.endswith(w)), "")
    if not manner or len(noun) <= len(manner) + 1 or not tail \
            or tags(noun)[-1].word != manner or tags(tail)[0].flag != "v":
        return noun, tail
    return noun[:-len(manner)], manner + tail


def adverb_act(tail: str) -> str:
    """The act in ``tail`` (the clause after the counted noun) when it opens with adverbs of
    ``cues.completion_adverbs`` followed by a short predicate (at most 8 characters, no
    digit, quote or list mark) whose first word jieba tags v or vn and is no filler of
    ``cues.adverb_act_fillers``; its complement (完毕, 到位) goes: "全部安装电磁流量计" →
    安装电磁流量计, "全部化解完毕" → 化解, "全部开诊" → 开诊; "全部完成", "全面推进", "基本完工",
    "全部突破5万元" → "". ``tail`` with no such adverb → "". A manner word of
    ``cues.noun_end_manner_words`` opening it stays with the act: "安全复工复产" → 安全复工复产
    (session 73: the judges keep it, "safely resumed work")."""
    cues = vocab("cues")
    manner = next((w for w in cues["noun_end_manner_words"] if tail.startswith(w)), "")
    bare = tail[len(manner):] if manner else strip_words(tail, cues["completion_adverbs"],
                                                           leading=True)
    if bare == tail or not bare or tail.startswith(tuple(cues["object_predicate_partial"])):
        return ""
    bare = strip_words(bare, cues["adverb_act_complements"], leading=False)
    if not bare or len(bare) > 8 or re.search(r"[\d“”\"、和及与]", bare):
        return ""
    pieces = tags(bare)
    if pieces[0].flag not in ("v", "vn") or len(bare) < 2 \
            or bare.startswith(tuple(cues["adverb_act_fillers"])):
        return ""
    # the rest is the verb's object or further verbs: no adverb, adjective, conjunction,
    # numeral or pronoun ("全部高于…", "均较上年…")
    if any(p.flag in ("d", "a", "ad", "c", "m", "q", "r", "p") for p in pieces[1:]):
        return ""
    return manner + bare


def act_label(act: str, noun: str) -> str:
    """The label of ``noun`` with its ``act`` in front: one verb alone (two characters,
    one word of jieba's or of the cue lists of verbs) goes before the noun (开诊国家区域医疗
    中心, 启动城中村改造项目, 办复政协提案), a longer act qualifies it with 的, as
    ``labelpicked.picked_out`` has it (安装电磁流量计的地热井, 治理达标的排污企业)."""
    verbs = cue_words("label_verbs", "label_kept_verbs", "object_predicates")
    alone = len(act) <= 2 or len(tags(act)) == 1 or act in verbs
    return act + noun if alone else f"{act}的{noun}"


def noun_act(noun: str) -> tuple[str, str]:
    """``noun`` (the object read after the number) split where an adverb of
    ``cues.completion_adverbs`` opens its act at a word of jieba's: "央企风电项目全面启动" →
    (央企风电项目, 启动), the noun before ending in a noun; ``(noun, "")`` otherwise."""
    at = 0
    for piece in tags(noun):
        if at >= 2 and piece.word in vocab("cues")["completion_adverbs"]:
            last = tags(noun[:at])[-1]
            if last.flag[:1] in ("n", "j") or last.flag == "vn":
                act = adverb_act(noun[at:])
                return (noun[:at], act) if act else (noun, "")
            return noun, ""
        at += len(piece.word)
    return noun, ""


# A count whose number a clause ending in 的 opens ("下放街道的56项执法权限"), ending at the end.
_HELD = re.compile(r"的[\d.]+[万千百亿]?[余多]?[\u4e00-\u9fff]?$")


def held_before(text: str, pos: int) -> bool:
    """Whether the count ending at ``pos`` follows a clause ending in 的 that already says
    which things are counted ("下放街道的56项执法权限顺利承接" keeps 下放街道的执法权限: the
    act after it adds nothing a reader needs). Not a clause that is the things' size, a number
    and its unit right before 的 ("总投资168.2亿元的44个项目成功签约" → 签约项目: the size says
    nothing of which were counted; session 60, f4)."""
    m = _HELD.search(text, max(0, pos - 16), pos)
    return bool(m) and not _SIZED.search(text, max(0, m.start() - 8), m.start())


# A size ending right before the 的 of a held clause: a number, its magnitude and a short unit.
_SIZED = re.compile(r"\d[\d.]*[万千百亿]*[余多]?[\u4e00-\u9fff]{0,3}$")
