"""The object after a number: the noun phrase a count names when the clause before it is
only a verb, a list of names or empty ("壮大8个精深加工集群" → 精深加工集群; ``naming.label``).

Where the object ends is data (``cues.object_stops``, ``object_stop_keep``,
``qualifiers_after``, ``level_passed_nouns``); the noun phrase is cut by jieba's tags
(``labelwords.noun_phrase``).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract import labelforms
from workreport.extract.labelclause import ASIDE as _ASIDE
from workreport.extract.labelclause import CLAUSE_BREAK as _CLAUSE_BREAK
from workreport.extract.labelclause import PLACE_ASIDE, rest_of_clause
from workreport.extract.labelclean import strip_words, word_end
from workreport.extract.labelidiom import idiom_dropped
from workreport.extract.labelnextitem import next_item_end
from workreport.extract.labelsharedhead import modifier_list, predicate_head, works_listed
from workreport.extract.labelverbs import adverb_dropped, before_next, nominal
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import bare_unit, tags
from workreport.extract.labelwords import noun_phrase as _noun_phrase
from workreport.extract.nonfigures import alternation
from workreport.extract.numbers import strip_quantities, vocab

__all__ = ["beyond", "capacity", "clause_after", "first_of_joined", "only_fillers", "rated_name"]


@cache
def _object_stop() -> re.Pattern[str]:
    """Where the object after a number ends: a stop word (not inside 高等, 等级 …), a digit,
    or a 的 two characters from the end."""
    cues = vocab("cues")
    keep = alternation(cues["object_stop_keep"])
    words = alternation(cues["object_stops"])
    # Nor a class of size: "3个100亿级产业名镇" (round 13, ``nonfigures``' size class), nor
    # a voltage class inside a name: "…某村110千伏变电站" (round 15), nor digits joined by
    # a plus: "3个“1+N”服务中心", "12支“3+1”产业基金" (round 19).
    # Nor a class in tons or power (round 21): "2个5万吨级泊位", "3座10万千瓦级电站"; nor a
    # class of size after 超, 过 or 逾 before 的 (round 21, the audit's scope lost: "82个
    # 预增产值过10亿元的重大增长点"): ``_CLASS_OF_SIZE``.
    tons = vocab("nonfigures")["tonnage_class"]
    grades = alternation(vocab("nonfigures")["grade_after"])  # 3人制篮球场 (round 61)
    # A Latin letter after the digits is a name (5G, 4A) unless it is a unit of computing
    # power (算力从年初的400P增加到8400P: a figure; round 88, w3).
    compute = rf"(?!(?:{alternation(vocab('units')['units']['compute'])})(?![A-Za-z]))"
    number = r"(?<![A-Za-z\d.+＋])(?!(?<=[超过逾])[\d.]+[^\d\s，。、；]{0,3}的[\u4e00-\u9fff])" \
        r"\d+(?:\.\d+)?(?!" + compute + r"[A-Za-z]|[\d+＋]|(?:万亿|亿|万)元?级|千伏|" \
        + tons + "|" + grades + ")" + labelforms.NOT_THRESHOLD  # 4A级景区
    # "26个省、市重点项目建设": building is what is done to the projects, not what is counted.
    # "30个教育实验基地落户", "…总部落户辽宁": where they settled is no part of them, but
    # people settling in towns are counted by it ("…农业转移人口在城镇落户"; round 14).
    settled = r"(?<![城镇家])落户(?!城镇)"
    return re.compile(rf"(?:{keep})|(?P<stop>{words}|的(?=\S{{0,2}}$)|(?<=项目)建设$|{settled}"
                      rf"|{number})")


def clause_after(text: str, pos: int, sentence_end: int) -> str:
    """The noun phrase after the number ending at ``pos``, up to a stop (``_object_stop``)
    in its clause: "壮大8个精深加工集群" → 精深加工集群; "" when none."""
    if scale := re.match(r"(规模|体量)的(?=[\u4e00-\u9fff“])", text[pos:sentence_end]):
        # "搭建超5亿元规模的投融资平台" → 投融资平台规模: the size of the thing after 的
        # (round 20, fragments: it was 搭建规模的投融资平台)
        owner = clause_after(text, pos + scale.end(), sentence_end)
        return owner + scale.group(1) if owner else ""
    if at := predicate_head(text[pos:sentence_end]):  # 有劳动能力、符合…的残疾人 (round 61)
        return clause_after(text, pos + at, sentence_end)
    if cut := next_item_end(text[pos:sentence_end]):  # 5所幼儿园、乡镇新建8所 (r72, x2)
        return clause_after(text, pos, pos + cut)
    seg = _inner_asides(text[pos:sentence_end])
    out = _ASIDE.sub("", seg if seg[:1] == "（" else rest_of_clause(seg, 0, len(seg)))
    pair = re.match(r"[\u4e00-\u9fff]、[\u4e00-\u9fff][^，。；、\d（）]+", text[pos:sentence_end])
    # "22个省、市重点项目": two one-character names share the noun.
    out = pair.group(0) if pair else (modifier_list(text[pos:sentence_end])
                                      or works_listed(text[pos:sentence_end])  # round 61
                                      or _CLAUSE_BREAK.split(out)[0])  # 供水、供热…管网
    out = out.replace("\ue002", "（").replace("\ue003", "）").replace("\ue004", "、")
    aside = _ASIDE.match(text, pos + 1)
    if aside and len(out) >= 1 and re.match(r"[\u4e00-\u9fff]（", text[pos:pos + 2]) \
            and seg[1:2] == "（":  # not "5个县（区）级检测中心", "探（采）矿权": inside
        return text[pos] + aside.group(0)  # "3个县（市）": a one-character noun and its aside
    # A stop after leading fillers only is no end ("深入实施“人生关怀”活动").
    stop = next((m for m in _object_stop().finditer(out) if m.group("stop") and (
        not m.start() or m.group(0)[0].isdigit() or not only_fillers(out[:m.start()]))
        and not (m.group(0) == "的" and _head_after(out[:m.start()], out[m.end():]))), None)
    out = (out[: word_end(out, stop.start())] if stop else out).lstrip("的")  # 圆满|完成
    out = _manner_dropped(out) if stop and not stop.group(0)[0].isdigit() else out  # round 48
    out = before_next(out, stop.group(0)) if stop else out  # "…卫生院聘任80名" (round 14)
    # A qualifier the number did not take is no object: "减少1000万以上" (a bare 万); nor is
    # a level passed ("首次突破两亿元大关", round 13).
    cues = vocab("cues")
    marks = cues["qualifiers_after"] + cues["qualifiers_after_joined"]  # 及以上 (round 23)
    noun = qualified(_noun_phrase(strip_words(out, marks, leading=True)
                                  if out not in cues["qualifiers_after"]
                                  + cues["level_passed_nouns"] else ""), out)
    if out.startswith(noun):  # "援鄂医疗队员白衣执甲" → 援鄂医疗队员 (round 73, x4)
        noun = idiom_dropped(noun, out[len(noun):])
    # An adverb jieba tags a noun (全面, 整体) is no object (round 50, s50a: "投资2亿元全面
    # 提升教学条件" gave 全面投资): ``cues.object_predicate_adverbs``.
    return "" if len(noun) > 1 and noun in cues["object_predicate_adverbs"] \
        else _fared_quality_dropped(noun, out)


def _fared_quality_dropped(noun: str, words: str) -> str:
    """``noun`` without the state of a quality of the counted things that closes it, no
    standard named (round 69, f3; labelrelative keeps the bare noun for such a state): "全县
    14条入河支流水质保持优良" gave 入河支流水质保持优良 → 入河支流, "…骨干河道水质明显改善"
    骨干河道水质明显 → 骨干河道. The quality is one of ``cues.relative_quality_measures`` after
    a noun of jieba's, the words after it verbs, adverbs or adjectives only, no verbal noun
    of the work on it ("3条河流断面水质监管检测" stays) (or
    ``cues.object_predicate_adverbs``: 全部) or opening with ``cues.fared_quality_states``
    (jieba's noun 保持稳定); ``noun`` as it is otherwise ("入淀河流水质", "…水质稳定达到Ⅲ类":
    a standard reached, ``labelrelative``'s, also in ``words`` after ``noun``, the object's
    words up to its stop; "国控断面水质优良比例")."""
    cues = vocab("cues")
    at = max((noun.find(m, 2), -len(m)) for m in cues["relative_quality_measures"])
    head, state = noun[:at[0]], noun[at[0] - at[1]:]  # 出境断面|水质, not 出境|断面水质
    rest = words[len(noun):] if words.startswith(noun) else ""
    if at[0] < 0 or not state or re.search(r"达(?!标)", state + rest) \
            or tags(head)[-1].flag[:1] not in ("n", "j"):
        return noun
    if state.startswith(tuple(cues["fared_quality_states"])) or all(
            p.flag in ("v", "vd", "d", "a", "ad", "z")
            or p.word in cues["object_predicate_adverbs"] for p in tags(state)):
        return head
    return noun


def _manner_dropped(noun: str) -> str:
    """``noun``, the words before a stop word, without the adverb saying how the stop's
    predicate went (round 48, s48d, trailing predicate: "省市20项民生工程全面完成" gave
    省市民生工程全面, "55件民生实事保质保量完成" 民生实事保质保量, "174个农村互助幸福院高标准
    建成" 建成农村互助幸福院高标准): ``cues.object_predicate_adverbs``; ``noun`` as it is
    when the cut would fall inside its last word of jieba's (首都, 人均) or leave nothing."""
    return adverb_dropped(noun, vocab("cues")["object_predicate_adverbs"]) or noun


# A class of size inside a qualifying clause: 过10亿元, 超2000万元, 逾5万平方米 (round 21).
_CLASS_OF_SIZE = re.compile(r"(?<=[超过逾])[\d.]+[万亿千百]*[^\d\s，。、；的]{0,3}$")


def _head_after(clause: str, rest: str) -> str:
    """The head noun that ``rest``, the words after the 的 closing ``clause``, opens, when
    ``clause`` says which of them are counted (round 20, fragments): "工业产值过百亿的园区"
    → 园区, "国际知名的时尚快餐品牌" → 时尚快餐品牌, a place: "群众身边的突出环境问题"; ""
    when ``rest`` opens no noun, the clause holds no predicate nor ends in a place word (a
    noun's owner: "行政事业性收费的免征范围") or the noun is
    what became of them (``cues.qualified_heads_not``: "…不通旅客列车的历史")."""
    bare = _CLASS_OF_SIZE.sub("超", clause)  # "预增产值过10亿元" reads as a class of size
    pieces = tags(bare) if 0 < len(clause) <= 16 and not re.search(r"[，；、：\d]", bare) \
        else ()
    if any(p.flag in ("p", "r") or p.word in ("是", "为") for p in pieces):
        return ""  # "…项目就是其中的骨干", "以1个信息平台为载体构成的…体系": no qualifier
    if not rest or not pieces or not (pieces[-1].flag in ("s", "f") or any(
            p.flag[:1] in "vam" or p.flag in ("ug", "d") for p in pieces)
            or _levels_only(pieces)):  # 群众身边的; 国家级和省市的 (round 54)
        return ""
    head = _noun_phrase(rest)
    last = tags(head)[-1] if head else None
    if last is None or not (nominal(last.flag) or last.flag == "zg") or last.flag == "vn" \
            or any(w in head for w in vocab("cues")["qualified_heads_not"]):
        return ""
    return head


def _levels_only(pieces: list) -> bool:
    """Whether the words before a 的 are levels of government or grades alone, joined by 和,
    及 (jieba's b, ``cues.count_item_levels``, ``cues.each_shared_grades``, 省市): the grades
    of the head noun after the 的, which is then counted (round 54, s54b, from the draws'
    labels ending in a modifier: "争创40余项国家级和省市的试点" gave 争创国家级和省市)."""
    levels = cue_words("count_item_levels", "each_shared_grades")
    return any(p.flag != "c" for p in pieces) and all(
        p.flag == "c" or p.flag == "b" or p.word in levels
        or re.fullmatch(r"[国省市县区乡镇村]{2,4}", p.word) for p in pieces)


def qualified(noun: str, words: str) -> str:
    """The counted noun after a number when a clause qualifying it comes first: ``words``
    read as [clause]的[noun], cut by the tags inside the clause, take the noun after 的 as
    the head and the clause before it (round 20, fragments: "选取50件群众身边的突出环境问题"
    gave 选取群众身边, "引进2家国际知名的时尚快餐品牌" 引进国际); ``noun`` as it is when the
    noun phrase reached past the 的 or no head follows it."""
    clause, _, rest = words.partition("的")
    if rest and noun.startswith(f"{clause}的") and _CLASS_OF_SIZE.search(clause):
        run = list(tags(noun[len(clause) + 1:]))  # "…过10亿元的重大增长点稳定" (round 21)
        while run and run[-1].flag[:1] not in ("n", "j"):
            run.pop()  # no 稳定 after the head
        if head := _head_after(clause, "".join(p.word for p in run)):
            return f"{clause}的{head}"
    if not rest or not noun or len(noun.rstrip("的")) > len(clause) or not clause.startswith(
            noun.rstrip("的")) or not (head := _head_after(clause, rest)):
        return noun
    return f"{clause}的{head}"


def _inner_asides(seg: str) -> str:
    """``seg`` with the asides inside a noun phrase, a noun after them, no break (round 19,
    fragments: it was cut there): "多功能社区（村）文化驿站" (a place's aside, kept, marked
    for ``clause_after`` to restore), "示范（试点）园区" → 示范园区; an aside before a verb
    ("离岸科创园（中心）投入运营") or at the clause's end stays a break."""
    def inner(m: re.Match[str]) -> str:
        after = tags(re.split(r"[^\u4e00-\u9fff]", seg[m.end():], maxsplit=1)[0][:8])
        if not m.start() or not after or not (nominal(after[0].flag) or _in_word(seg, m)):
            return m.group(0)
        place = PLACE_ASIDE.match(seg, m.start())
        return "\ue002" + m.group(1).replace("、", "\ue004") + "\ue003" if place else ""
    return re.sub(r"（([^（）\d]{1,8})）(?<!新（改）)(?<!改（扩）)", inner, seg)


def _in_word(seg: str, m: re.Match[str]) -> bool:
    """Whether the aside ``m`` stands inside a word of ``seg`` (round 21, a label cut at an
    aside): before a grade's 级 or 类 ("县（区）级检测中心", "县（市、区）级应急物资储备库"),
    or where jieba joins the words on either side of it ("探（采）矿权" → 探矿权)."""
    if seg[m.end():m.end() + 1] in ("级", "类"):
        return True
    at = 0
    for piece in tags(seg[max(0, m.start() - 4):m.start()] + seg[m.end():m.end() + 4]):
        if at < min(4, m.start()) < at + len(piece.word):
            return True
        at += len(piece.word)
    return False


def only_fillers(words: str) -> bool:
    """Whether ``words`` are only leading fillers (深入, 了 …); the mark stands for the rest,
    as ``strip_words`` peels a leading word only off something."""
    return strip_words(words + "\ue000", vocab("cues")["label_leading"], leading=True) == "\ue000"


@cache
def _rated_item() -> re.Pattern[str]:
    """An item of a list of names each cut by a rating (``rated_name``): its head, maybe a
    word of ``nonfigures.capacity_yearly`` (年产), digits, a unit of power, weight or products
    (``nonfigures.capacity_units``, ``capacity_product_units``) and the rest of its name."""
    nf = vocab("nonfigures")
    units = alternation(nf["capacity_units"] + nf["capacity_product_units"])
    yearly = alternation(nf["capacity_yearly"])
    return re.compile(rf"(?P<head>[^\d、]{{1,12}}?)(?:{yearly})?[\d.]+(?:{units})"
                      r"(?P<rest>[\u4e00-\u9fff“][^\d、]*)$")


def rated_name(text: str, pos: int, end: int, noun: str) -> str:
    """The name that ``noun``, the object ``clause_after`` read at ``pos``, heads when a
    rating cuts it, the rating dropped (round 86, w4; the draws' fragment 大唐投资): "投资25亿元
    的大唐350兆瓦光伏发电、投资…" → 大唐光伏发电; a 年产 before the rating goes too; the names
    after 、 that a rating cuts the same way are listed with it ("总投资29亿元的甲300兆瓦光伏
    发电、乙260兆瓦储能项目建设" → 甲光伏发电、乙储能项目), the first alone when another item is
    no such name. "" when no rating follows ``noun``; ``end`` is the sentence's end."""
    at = text.find(noun, pos, pos + len(noun) + 2) if noun else -1
    if at < 0:
        return ""
    items, names = re.split(r"[，,；;。！？：:（）()\n]", text[at:end])[0].split("、"), []
    for item in items:
        m = _rated_item().match(item)
        # a head that is only 年产 names nothing (round 86 review, q2: "投资5亿元的年产10万吨
        # 纸浆项目" stays 纸浆项目, not 年产纸浆项目)
        if not m or (not names and m.group("head") != noun[: len(m.group("head"))]) \
                or m.group("head") in vocab("nonfigures")["capacity_yearly"]:
            break
        rest = clause_after(m.group("rest"), 0, len(m.group("rest")))
        words = tags(rest)  # a verb after the name's noun is its predicate (round 86 review,
        # q2: "…的晶科5万千瓦光伏电站并网发电" → 晶科光伏电站, not 晶科光伏电站并网发电)
        while len(words) > 1 and words[-1].flag in ("v", "l") and words[-2].flag.startswith("n"):
            rest, words = rest[: -len(words[-1].word)], words[:-1]
        names.append(m.group("head") + rest if rest else "")
    if not names or not names[0]:
        return ""
    return "、".join(names) if all(names) and len(names) == len(items) else names[0]


def beyond(text: str, pos: int, sentence_end: int) -> str:
    """The noun after the numbers that follow: "221户385人年度脱贫任务" → 年度脱贫任务."""
    # To the clause's end, 、 included ("36个省、市重点项目": clause_after cuts at 、).
    rest = re.split(r"[，,；;。！？：:（）()\n]", text[pos:sentence_end])[0] \
        if text[pos:pos + 1] not in "、" else text[pos + 1:sentence_end]
    rest = strip_words(strip_quantities(rest).lstrip("、和及的"), vocab("cues")["label_leading"],
                       leading=True)
    return clause_after(rest, 0, len(rest))


def first_of_joined(after: str) -> str:
    """The first of the things joined by 和 or 及 after a count whose list of names before
    it has as many names as the count: those names are the first thing's, the things
    after 和 are others ("东湖、西山、南湾3个省实验室和省科技创新研究院" → 省实验室)."""
    at = 0
    for piece in tags(after):
        if piece.flag == "c" and piece.word in ("和", "及") and at >= 2:
            return after[:at]
        at += len(piece.word)
    return after


@cache
def _capacity_works() -> re.Pattern[str]:
    """The noun after a capacity, ending in a word of ``cues.capacity_works`` (``capacity``),
    built once (tidy, rc2)."""
    works = alternation(vocab("cues")["capacity_works"])
    return re.compile(r"的?(?![两一二三四五六七八九十][条个座])"
                      rf"([^，。；、：\d（）“”和及]{{1,16}}?)(?:{works})(?!区|园|房)")


def capacity(name: str, after: str, unit: str) -> str:
    """The works that a quantity in a unit of products or power (``cues.capacity_units``)
    written before it is the capacity of (round 19, fragments: the label was the words
    before the number, a firm and a place or 年产 alone), named as the gold files name
    such a figure, by the works, with the word of ``cues.table_capacity_words`` before the
    number after it and the firm that owns it before: "甲新材料年产8万吨碳纤维项目投产" →
    碳纤维项目年产, "乙科技涞水5万片晶圆项目竣工" → 乙科技晶圆项目, "50万吨饲料厂" →
    饲料厂, "建设1亿羽孵化基地" → 建设孵化基地 (a kept verb alone before the number stays),
    "日供水能力达到10万吨的地表水厂" → 地表水厂日供水能力. ``name`` is the label
    before the number (its nouns, a place dropped, own the works), ``after`` the sentence
    from the number on. "" when no works of ``cues.capacity_works`` ends the noun after it,
    or the label names them already ("建设库容3万吨的粮食储备库": 粮食储备库库容, not
    粮食储备库库容粮食储备库; round 48)."""
    cues = vocab("cues")
    m = _capacity_works().match(after)
    if bare_unit(unit) not in cues["capacity_units"] or not m:
        return ""
    noun = m.group(0).lstrip("的").split("等")[0]
    if noun in name:  # round 48: the label names the works already (粮食储备库库容, land_of)
        return ""
    verbs = cues["label_leading"] + cues["label_verbs"] + cues["label_kept_verbs"]
    bare = strip_words(name, verbs + cues["run_verbs"], leading=True)
    if measure := re.search(r"[年日](?:产|[\u4e00-\u9fff]{1,2})能力$|产能$", bare):
        return noun + measure.group(0)  # "建设年产能力5万吨的生产基地", 日供水能力
    word = next((w for w in cues["table_capacity_words"] if w in bare), "")
    owner = bare[:bare.index(word)] if word else bare
    pieces = list(tags(owner)) if owner and not re.search(r"\d", owner) else []
    while pieces and pieces[-1].flag == "ns":  # "乙科技涞水": where, not whose
        pieces.pop()
    if not pieces or len(owner) > 10 or any(p.flag[:1] in "vdcurmfqt" or (
            p.flag == "a" and len(p.word) > 1) for p in pieces):
        pieces = []  # "全国最大的", "现已引入…", "某晶体4-6英寸": no owner
    lead = strip_words(name, cues["label_leading"], leading=True)
    verb = lead if lead in cues["label_kept_verbs"] else ""  # "建设1亿羽孵化基地"
    if word and bare == word:  # "年产10万吨饲料加工项目：…" → 年产饲料加工项目 (round 13)
        return word + noun
    return verb + "".join(p.word for p in pieces) + noun + word
