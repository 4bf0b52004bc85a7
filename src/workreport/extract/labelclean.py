"""Cleaning a label once cut out of its clause (issue 13 §2; used by ``naming``): cue words
peeled off either end (``strip_words``), time phrases, footnote marks, a leading preposition
or means, trailing predicates and comparisons, and inner fillers removed (``clean``: "力争今年
城镇实现新增就业达到" → 城镇新增就业). A label made whole by the words of its sentence
(``word_start``, ``list_item``, ``scoped_noun``) is ``labelwholewords``'s (split from here in
round 76, tidy). Words: ``vocab/cues.yml`` (label_leading, …)."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from workreport.extract.labelaffix import adverb_left, affix_re, one_character, strip_words
from workreport.extract.labelheld import goal_dropped
from workreport.extract.labelquotes import open_quote_cut
from workreport.extract.labelrecipients import leading_preposition
from workreport.extract.labeltails import fragment_tail, reached_dropped
from workreport.extract.labelwords import (  # verb_object, NOT_COUNTED: re-exported
    NOT_COUNTED,
    leading_word,
    tags,
    verb_object,
)
from workreport.extract.nonfigures import alternation
from workreport.extract.numbers import vocab

__all__ = ["BATCH_TAIL", "LIST_MARK", "NOT_COUNTED", "affix_re", "clean", "inner_fillers",
           "strip_leading", "strip_trailing", "strip_words", "verb_object", "without_running_total",
           "word_end", "works_first"]


def word_end(label: str, at: int) -> int:
    """Where a label cut at ``at`` by cue words should end, by jieba's words of the uncut
    ``label``: at ``at`` when it ends a word; at the start of the word it falls inside when
    that word is a predicate the cue ends ("贫困发生率下降至" → 贫困发生率, not 贫困发生率下;
    "任务圆满完成", "零售总额稳定增长"); at ``at`` when the word's part before the cut is a
    noun ("居民消费价格上涨": 价格; of two characters or more: the 参 of 参与 is no noun, session
    57: "300家企业踊跃参与" gave 企业踊跃参) or jieba took the word for a name ("占比达": 比达).
    A one-character cue ending a common noun that ends the label is no cue ("制定村规民约128条"
    gave 制定, 村规民约 ending in 约; session 57): the label stays whole (a noun of three or
    more characters, jieba tags 减按 a noun too; or of two whose first character makes the cue
    no qualifier, ``cues.qualifier_not_after``: 公约, 合约)."""
    pos = 0
    for t in tags(label):
        end = pos + len(t.word)
        if pos < at == end - 1 == len(label) - 1 and t.flag == "n" and (len(t.word) > 2 or t.word[
                0] in vocab("cues")["qualifier_not_after"].get(t.word[-1], "")):  # 公约, 合约
            return end
        if pos < at < end:
            head = tags(label[pos:at])
            noun = len(head) == 1 and head[0].flag.startswith("n") and len(head[0].word) > 1
            return at if noun or t.flag.startswith("nr") else pos
        if end > at:
            break
        pos = end
    return at


def _dangling(label: str) -> str:
    """``label`` without a one-character adverb or adjective left at its end once the verb
    it qualified is cut: "耕地净增加" → 耕地 (not 耕地净), "基本养老金水平又提高" → …水平; and a
    manner adverb of two characters (jieba's ad; not d, which it gives 进度) after a noun:
    "300家企业踊跃参与" → 企业 (was 企业踊跃参, then 企业踊跃; session 57)."""
    pieces = tags(label)
    if len(pieces) > 1 and len(pieces[-1].word) == 1 and pieces[-1].flag in ("a", "d", "ad") \
            and len(label) > 2:
        return label[:-1]
    if len(pieces) > 1 and len(pieces[-1].word) == 2 and pieces[-1].flag == "ad" \
            and pieces[-2].flag[:1] == "n":
        return label[:-2]
    return label


def strip_leading(label: str, words: list[str]) -> str:
    """Peel ``words`` off the start of a label like ``strip_words``, but a cue of one
    character not out of a word of jieba's: "及时足额拨付" keeps 及时 (及 is a leading cue),
    "和平路东延" 和平路. (Longer cues go where jieba glues them: "确保安全利用率" → 安全利用率.)"""
    cut = strip_words(label, words, leading=True)
    if (goal := goal_dropped(cut)) != cut:  # "争取引进…" → 引进… (round 19)
        cut = label = strip_words(goal, words, leading=True)
    cues = vocab("cues")  # a manner word before a verb goes (round 17)
    manner = leading_word(cut, cues["label_leading_manner"])
    if manner and (rest := tags(cut[len(manner):])) and (
            rest[0].flag.startswith("v") or rest[0].word in cues["label_verbs"]
            or rest[0].word in cues["list_shared_verbs"] or rest[0].word in words):
        cut = label = strip_words(cut[len(manner):], words, leading=True)
    # session 61 (f3): an adverb of "also" that jieba reads as one before a verb and its
    # object goes ("还建成幼儿园12所" → 建成幼儿园; not 还建房, 还款, whose 还 is inside a word,
    # nor a bare verb left: 分别投资 of a list's sums, whose owner another pass looks for)
    if (lead := tags(cut)) and len(lead) > 2 and lead[0].flag == "d" \
            and any(p.flag[:1] in ("n", "j") for p in lead[2:]) \
            and lead[0].word in cues["label_leading_also"] and (
            lead[1].flag.startswith("v") or lead[1].word in cues["label_verbs"]
            or lead[1].word in cues["list_shared_verbs"]):
        cut = label = strip_words(cut[len(lead[0].word):], words, leading=True)
    # session 62 (f1): 有 or 共有, jieba's own verb after a scope that went, before the noun
    # the place has ("全县有村民小组2100个" → 村民小组; not 有证矿山 with no scope before)
    # (共 of 共有 went as a leading cue of its own: "全县共有自然村组" → 有自然村组)
    if label[: len(label) - len(cut)].removesuffix("共").endswith(tuple(cues["scope_words"])) \
            and (lead := tags(cut)) and len(lead) > 1 and lead[0].flag == "v" \
            and lead[0].word in cues["label_leading_have"] and lead[1].flag[:1] not in "vp" \
            and len(lead[1].word) > 1 \
            and any(p.flag[:1] in ("n", "j") for p in lead[1:]):
        cut = label = strip_words(cut[len(lead[0].word):], words, leading=True)
    at = len(label) - len(cut)
    if at != 1:
        return cut
    one = strip_words(label, one_character(tuple(words)), leading=True)
    pos = 0
    for t in tags(label) if len(label) - len(one) == 1 else ():
        end = pos + len(t.word)
        if pos < at < end:
            return label[pos:]
        if end > at:
            break
        pos = end
    return cut


def strip_trailing(label: str, words: list[str]) -> str:
    """Peel ``words`` off the end of a label like ``strip_words``, but not inside a word:
    a cue that ends a longer word takes that word with it (``word_end``), and a
    one-character adverb before it goes too (``_dangling``). Issue 13 §2, seventh round:
    fragments cut inside a phrase (耕地净, 贫困发生率下)."""
    cut = strip_words(label, words, leading=False)
    if cut == label or not cut:
        return cut
    return _dangling(adverb_left(label[:word_end(label, len(cut))]))  # round 50: 整体


@cache
def _comparison() -> re.Pattern[str]:
    """A trailing comparison in a label: 高于全省, 比上年, 是2011年的, 比去年预算高, and
    the base's own figure (round 29, part O: 比上年190天 of "…，比上年190天增加19天")."""
    cues = vocab("cues")
    openers = alternation(cues["comparison_label_openers"])
    bases = alternation(cues["comparison_bases"])
    return re.compile(rf"(?:{openers})(?:{bases}|\d{{4}}年(?:末|底)?|\d+年前"
                      r"|“[^”]{2,6}”(?:末|期末)?)(?:预算)?(?:的|高出|高|低)?"
                      r"(?:(?<=[年期次届初末底])的?\d+(?:\.\d+)?[天个家项亿万元%人户所座]{0,2})?$")


@cache
def _inner_filler_re() -> re.Pattern[str]:
    w = [alternation(vocab("cues")[k]) for k in ("label_inner_fillers", "inner_filler_measures")]
    return re.compile(rf"(?<=.)(?:{w[0]})(?=[^率解])(?!{w[1]})")  # not 实现程度 (round 34)


# An adverb of "already" before the verb of a label is time, not what is measured (round 23):
# "雨污管网改造已完成总进度" → 雨污管网改造完成总进度, "产业园已入驻企业" → 产业园入驻企业; 已建在建
# (built and being built), 已批待建 and 已婚 … are words; a leading 已 is left to the rules of
# counts after a count (labelbare.verbs_after_count: "…39项指标，已达标37项"), and so is one
# before a stage that ends the label ("特色养殖场已建成40个": the stage after the noun).
# Not the 已 that opens a clause ending in 的 before the noun (round 80, x5): "争取已下达资金的
# 国债项目" counts the projects funds were allotted to, which the 已 says, not when.
_ALREADY = re.compile(r"(?<=.)(?<!早)(?:已经|已(?!经))(?![婚知故往然久而批])(?!建[和及、]?在建)"
                      r"(?=[\u4e00-\u9fff]{2})(?![\u4e00-\u9fff]{1,3}$)(?![^的，、；]{1,10}的.)")


def inner_fillers(label: str) -> str:
    """"城镇实现新增就业" → 城镇新增就业; 完成率 keeps its 完成, and so does a share of
    progress (完成总进度)."""
    return _inner_filler_re().sub("", _ALREADY.sub("", label))


# The mark opening an item of a numbered list ("⑥建设…", "十二是建设…"): round 84 (x3), a
# list's shared verb is read after it (``labelcommas``, ``labellists``).
LIST_MARK = re.compile(r"^(?:[①-⑳]|[一二三四五六七八九十]+是)")
# Footnote marks ("R&D[5]经费", "“三品一标”【4】产品": round 31) and list openers ("五是…",
# "第三，…", "②…", "25.…"); not the first of ordinals listed ("第一、三产业…": round 14).
_FOOTNOTE = re.compile(rf"[\[〔［【]\d+[\]〕］】]|{LIST_MARK.pattern}|"
                       r"^第[一二三四五六七八九十]+[，、](?!第?[一二三四五六七八九十][、和及产])"
                       r"|^\d{1,2}[.．](?=[\u4e00-\u9fff“]|$)")  # a list number, alone too
# (度 of 年度 once its year went: "2017年度实现…" → 实现…, r15; r45: 提前一年 too, 2014年至今 kept)
_YEAR_HEAD = re.compile(r"^(?:到|至|截至)?\d{4}年(?!至今)(?:度|(?:底|末|年底|年末)前?|初)?"
                        r"|^连续第(?:\d+年)?|^度(?![假汛过量])(?=[\u4e00-\u9fff]{2})"
                        r"|^提前[\d一二两三半]+个?(?:年|月)|^(?:\d{1,2}[—－-])?\d{1,2}月(?:底|末|份)?"
                        r"|^(?:仅用|用)?\d+天(?:时间)?")
# A span of years inside a label is time, not what is measured: "粮食产量连续9年" →
# 粮食产量, "列入2021年省级四类重点项目" → 列入省级四类重点项目.
# A streak in Chinese numerals or of quarters and months is time too ("…占比连续四年" →
# …占比), and so is 年内 or N年内 inside a label ("重点项目年内开工率" → 重点项目开工率; round 23).
_YEAR_INSIDE = re.compile(r"连续[\d一二三四五六七八九十两]+个?(?:年|季度|月|榨季)(?:保持|稳定在)?"
                          r"|(?<=[\u4e00-\u9fff])(?<![今当明去本全\d一二三四五六七八九十两])[\d一二三四五六七八九十两]*年内"
                          r"|近\d+年|(?<=[\u4e00-\u9fff])"
                          r"(?<![比较于是与从由到至和])\d{4}年(?:度)?(?=[\u4e00-\u9fff])")
# An ordinal or batch word left at the end once the number after it is cut: "筹建首批10个
# 省级先导区" → 筹建 (the counted noun after the number is the label), "第二批|第4批50个…" → "".
BATCH_TAIL = re.compile(r"(?:全国|全省|全市|全区|全县)?"
                        r"(?:首批|新一批|第[一二三四五六七八九十\d]+批)(?:次)?$")
# The rest of the figure before's compound unit the clause opens with: "740元/月和485元/月"
# leaves "/月和" before the 485, which names nothing (round 8).
# (A lone /年 stays: "400万吨/年煤制油" — a capacity the product after it names.)
_UNIT_REST = re.compile(r"^[/／](?:[\u4e00-\u9fff]{1,3}?[和及与、，]|[月人户日天次]$)")
# The base or end of a change left at a label's end is time: "…从2015年", "提高到2020年的";
# last year's end and a year's budget too (round 40, ra40: "提升到去年底", "增加到2020年预算");
# in Chinese numerals after its owner, not after 由 (round 41, rb41: "…比重也从一九五〇年").
_TAIL = (r"(?:[也已]?(?:从|由)(?:{y}|“[^”]{{2,6}}”).{{0,6}}|(?:增长|上升|提高|提升|增加|下降|降低)?"
         r"(?:到|(?<!截)至)(?:{y}|(?<=[到至])(?:去年|上年))(?:底|末)?(?:预算)?(?:的)?)$")
_YEAR_TAIL = re.compile(_TAIL.format(y=r"\d{4}年"))
_CNY_TAIL = re.compile(_TAIL.format(y="[一二][九〇零][〇零一二三四五六七八九]{2}年"))


@lru_cache(maxsize=1 << 16)  # a pure function of the label, met again and again
def clean(label: str) -> str:
    """``label`` without time phrases, footnote marks, a leading preposition, filler or
    means, trailing predicates and comparisons, and inner fillers."""
    cues = vocab("cues")
    # Footnote marks ("R&D[5]经费投入") and time phrases ("2021年…", "…从2015年") go.
    label = _YEAR_TAIL.sub("", _YEAR_HEAD.sub("", _FOOTNOTE.sub("", label.strip())))
    t = _CNY_TAIL.search(label)
    cut = t.start() if t and t.start() > 1 and t[0][0] != "由" else len(label)
    label = _YEAR_INSIDE.sub("", _UNIT_REST.sub("", label[:cut]))
    prep = leading_preposition(label)  # recipients of a hand-out keep their 向 (round 71, w7)
    label = label[len(prep):]
    if prep == "以":  # "以壮士断腕的决心取缔…" (round 86, w3)
        label = _manner_phrase(label)
    # Round 31 (ra): 争取列入…项目 counts projects listed: 列入 stays once 争取 goes.
    sought = re.match(rf"(?:{alternation(cues['listing_goal_words'])})"
                      rf"(?:{alternation(cues['label_leading_before_projects'])})", label)
    label = strip_leading(label, cues["label_leading"])
    goal = re.match(r"[^，；、]{2,20}、(?=" + alternation(cues["goal_openers"]) + ")", label)
    named = strip_leading(label[goal.end():], cues["label_leading"]) if goal else ""
    if strip_trailing(named, cues["label_trailing"]):  # a goal naming a thing (round 16):
        label = named  # "培育新品牌、力争旅居人数" → 旅居人数, not "…增长、力争达到"
    if "项目" in label and not sought:  # "列入省市重点项目19个"; "列入…名录传统村落" stays
        label = strip_words(label, cues["label_leading_before_projects"], leading=True)
    if label.startswith(tuple(cues["label_means"])):
        # A means before the verb: "通过土地复垦新增占补平衡指标" → 新增占补平衡指标.
        at = min((i for v in cues["label_kept_verbs"] if (i := label.find(v, 3)) > 0),
                 default=-1)
        label = label[at:] if at > 0 else _after_means(label)
    label = _manner(label)
    label = _YEAR_TAIL.sub("", _YEAR_HEAD.sub("", label))  # "力争2022年底…": again
    # (之一 after a counted noun says the thing is one of them: "30家…基地之一" → …基地)
    label = strip_trailing(BATCH_TAIL.sub("", re.sub(r"(?<=..)之一$", "", reached_dropped(label))),
                           cues["label_trailing"])
    label = _comparison().sub("", label)
    label = strip_trailing(fragment_tail(label), cues["label_trailing"])
    label = open_quote_cut(label)  # a quotation the clause break cut open (round 54: not all)
    label = re.sub(r"[\[〔［【(（]$", "", label)  # a footnote mark a number cut open: 工程〔7〕
    if label.startswith("的") and len(label) > 2:
        label = label[1:]  # "总投资18亿元的石龙山…项目": the 的 after a figure (not "的村")
    # Quoted examples before 等 after verbs only are no part of the noun (round 17): "改造提升
    # “一老一小”等社区配套设施" → 改造提升社区配套设施, as "改造某楼等12个老旧小区" → 改造老旧小区.
    # With no verb left before them, the names of a count of events (round 18: "开展“…”等
    # 系列文化惠民演出活动85场" → 系列文化惠民演出活动; ``cues.event_count_heads``).
    m = re.match(r"((?:[\u4e00-\u9fff]{2,6})?)(?:“[^”]+”[、和及]?)+等(?=[\u4e00-\u9fff]{2})", label)
    if m and (m.group(1) or label.endswith(tuple(cues["event_count_heads"]))) \
            and all(p.flag[:1] == "v" for p in tags(m.group(1))):
        label = m.group(1) + label[m.end():]
    return inner_fillers(label)


def _after_means(label: str) -> str:
    """``label`` from the verb after its leading means, when the means ends in a word of
    ``cues.label_means_heads`` (round 10, leading fillers): "通过在线审批平台吸引民间投资
    项目" → 吸引民间投资项目, "依托碳金融工具带动碳减排" → 带动碳减排; as it is otherwise
    ("通过义务教育…评估认定的区": 通过 is the verb)."""
    heads = alternation(vocab("cues")["label_means_heads"])
    m = re.match(rf"[^，、]{{2,14}}?(?:{heads})(?=[\u4e00-\u9fff]{{2}})", label)
    rest = label[m.end():] if m else ""
    pieces = tags(rest) if rest else ()
    if pieces and pieces[0].flag == "v" and len(pieces) > 1:
        return strip_leading(rest, vocab("cues")["label_leading"])  # "…时间完成植树"
    return label


def _manner_phrase(label: str) -> str:
    """``label``, once its leading 以 is gone, without the manner phrase 以 opened: words,
    的 and a noun of ``cues.label_manner_phrase_heads`` (决心, 态度, 硬措施 …) before a verb
    (round 86, w3; bench/label_judging.md, leading filler): "壮士断腕的决心取缔煤炭经营园区" →
    取缔煤炭经营园区, "长牙齿的硬措施关停…企业" → 关停…企业, also the verb alone of a count
    written number first ("…的决心取缔"); as it is otherwise (以…为依托, 以旧换新: no such
    noun; no verb after it)."""
    cues = vocab("cues")
    m = re.match(rf"[^，、；的]{{1,10}}的(?:{alternation(cues['label_manner_phrase_heads'])})",
                 label)
    rest = label[m.end():] if m else ""
    if rest and (tags(rest)[0].flag[:1] == "v"  # jieba's 新建 is a place (ns)
                 or leading_word(rest, cues["label_kept_verbs"] + cues["label_verbs"])):
        return strip_leading(rest, cues["label_leading"])
    return label


def _manner(label: str) -> str:
    """``label`` without a leading adverb of manner (``cues.label_manner_words``: 集中, 依法,
    重拳 …) before a verb of two characters or more: "集中清理取缔非法加油站" → 清理取缔
    非法加油站, "依法拆除…" → 拆除…; kept before a name ("集中供热", "集中带量采购") and where
    the verb has no object ("集中推介"; round 10, leading fillers)."""
    cues = vocab("cues")
    word = leading_word(label, cues["label_manner_words"])
    rest = label[len(word):]
    pieces = tags(rest) if word and not label.startswith(tuple(cues["label_manner_keep"])) \
        else ()
    # jieba tags some verbs as adjectives or verbal nouns: 清理 (a), 排查 (vn); two such in a
    # row are verbs ("清理整治", not "服务事项").
    verbs = pieces[1:] and pieces[0].flag in ("a", "vn") and pieces[1].flag in ("v", "vn", "n") \
        and pieces[1].word in cues["label_verbs"] + cues["label_manner_verbs"]
    if len(pieces) > 1 and len(pieces[0].word) > 1 \
            and (pieces[0].flag in ("v", "vd", "ad") or verbs):
        return strip_leading(rest, cues["label_leading"])
    return label


def works_first(works: str) -> str:
    """The works money is spent on, their object before their verb, as the money label
    reads (round 9, B2): "建设保障性住房" → 保障性住房建设 (so 保障性住房建设投资, not
    建设保障性住房投资), for the verbs of ``cues.works_verbs``; other ``works`` unchanged."""
    verb = leading_word(works, vocab("cues")["works_verbs"])
    rest = works[len(verb):]
    return rest + verb if verb and len(rest) > 1 and not rest.startswith(("和", "及", "的")) \
        else works


def without_running_total(name: str) -> str:
    """``name`` without a leading 累计 (``cues.running_total_words``), and a filler after it
    (round 55, s55e: "累计实施城市更新项目" → 城市更新项目), when something is left: "五年累计
    新增就业" → 新增就业 (inside, it says whose total it is and stays: "医保累计报销…")."""
    rest = strip_words(name, (cues := vocab("cues"))["running_total_words"], leading=True)
    return (strip_leading(rest, cues["label_leading"]) or rest) if rest != name else rest
