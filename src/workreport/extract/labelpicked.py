"""Which of the counted things a count counts, picked out by what they did, got or had
done (issue 13 §2; the audits' "scope lost" and "act dropped"; moved here in round 20 out of
``labelheld`` and ``labelverbs``, which were at 400 lines): a predicate after the counted noun
(``picked_out``: a completed change of state, a thing installed or received, a rank or status
reached, a standard met) and what those a count after 为 serves got (``served_noun``). The
words are data (``vocab/cues.yml``: picked_verbs, picked_adverbs, giving_verbs …).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labeladverbacts import adverb_act
from workreport.extract.labelwords import bare_unit, leading_word, tags
from workreport.extract.nonfigures import NOTE_MARK, alternation, classifiers
from workreport.extract.numbers import vocab

__all__ = ["CLAUSE_BREAK", "WEI", "WEI_BARE", "WEI_LISTED", "act_after_manner", "acted_on",
           "imminent", "nominal_end", "picked_out", "run_on", "served_noun", "served_thing"]


def picked_out(name: str, tail: str, unit: str) -> str:
    """A count's noun ``name`` with the predicate after it that picks out which are counted
    (round 19, the audit's "scope lost": the counted things are those that did something),
    when ``tail`` (the sentence after the noun) is such a predicate ending its clause: a
    completed change of state or a comparison (``cues.picked_verbs``, after adverbs of
    ``cues.picked_adverbs`` and a measure of ``cues.picked_measures``) with an object of
    its own: ("工业企业", "完成“亩产效益”综合评价，…") → 完成“亩产效益”综合评价的工业企业,
    ("主要指标", "增速高于全省平均水平。") → 增速高于全省平均水平的主要指标. 完成 before a
    work of ``cues.generic_done_ends`` goes, as ``labelqualify`` has it for generic nouns
    (免破袋装置改造的厨余垃圾处理设施). Not for a predicate merely reported (项目顺利推进:
    no such verb), an object that is the year's plan or money (``cues.picked_not_ends``:
    完成年度投资; 投资超千亿元), one the noun holds (实现就业), digits, a noun that is a measure
    (``cues.picked_not_nouns``: 水质) or a count in a unit of measure (``unit``; a bare 万 or 亿
    counts things, round 74, x1: "10多万群众用上了清洁燃气" → 用上清洁燃气的群众); ``name``
    otherwise."""
    cues = vocab("cues")
    adverb = next((a for a in cues["picked_adverbs"] if name.endswith(a)), "")
    if adverb and len(name) - len(adverb) >= 2 and tags(name)[-1].word == adverb:
        name, tail = name[: -len(adverb)], adverb + tail  # "区县成功" + "创建…" (round 20)
    if not (re.fullmatch(classifiers("个家名所座户项条件处种栋套人支"), bare_unit(unit))
            or unit in ("万", "亿")) \
            or not tags(name) or (tags(name)[-1].flag[:1] not in ("n", "j", "v")
                                  and name[-1] not in "村户镇乡") \
            or (len(name) <= 4 and tags(name)[0].flag in ("a", "d")) \
            or name.endswith(tuple(cues["picked_measures"] + cues["picked_not_nouns"])):
        return name
    m = _picked_act().match(NOTE_MARK.sub("", tail))
    if not m:
        return _standard_met(name, NOTE_MARK.sub("", tail))
    if re.search(r"\d|投资|[千万亿][^，]*元", m.group("object")) \
            or m.group("object").count("“") != m.group("object").count("”") \
            or m.group("object").endswith(tuple(cues["picked_not_ends"])) \
            or m.group("object") in name \
            or all(p.flag[:1] == "v" for p in tags(m.group("object"))):
        return name  # "就业困难对象实现就业", "示范村完成创建" (labelverbs' done verbs)
    verb = m.group("verb")
    if verb in cues["generic_done_verbs"] and m.group("object").rstrip("”").endswith(
            tuple(cues["generic_done_ends"])):
        verb = ""  # "完成煤改电" → 煤改电的… (labelqualify's done rule)
    return f"{m.group('measure') or ''}{verb}{m.group('object')}的{name}"


def _standard_met(name: str, tail: str) -> str:
    """``picked_out`` for a verb done to a standard, with no object (round 20): ("排污企业",
    "全部治理达标。") → 治理达标的排污企业 (a verb of jieba's, then ``cues.picked_standard``,
    ending the clause), or by a standard named (按照…标准规划建设); ``name`` otherwise
    ("“五通十有”全部达标", "水质全部达标")."""
    met, by = _standard_res()
    m = met.match(tail)
    if m and tags(m.group("done"))[0].flag in ("v", "vn") and len(tags(m.group("done"))) == 1:
        return f"{tail[m.start('done'):m.end()]}的{name}"
    # … or done by a standard named: "50个中心镇按照小城市标准规划建设" → 按小城市标准
    # 规划建设的中心镇 (a verb of jieba's, up to six characters, ends the clause).
    m = by.match(tail)
    if not m or tags(m.group("done"))[-1].flag not in ("v", "vn"):
        return name
    return f"按{m.group('by')}{m.group('done')}的{name}"


# The patterns of picked_out, _standard_met and served_noun, built once from their cue
# lists (tidy, rc2).
@cache
def _picked_act() -> re.Pattern[str]:
    """A measure (``cues.picked_measures``), adverbs (``cues.picked_adverbs``), a verb
    (``cues.picked_verbs``) and its object ending a clause (``picked_out``)."""
    cues = vocab("cues")
    verbs, adverbs = alternation(cues["picked_verbs"]), alternation(cues["picked_adverbs"])
    measures = alternation(cues["picked_measures"])
    return re.compile(rf"(?P<measure>{measures})?(?:{adverbs})*(?P<verb>{verbs})了?"
                      r"(?P<object>[^，,；;。！？：:（）()]{2,16})(?=[，,；;。！？]|$)")


@cache
def _standard_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A verb done to a standard (``cues.picked_standard``) and one done by a standard named,
    after adverbs of ``cues.picked_adverbs`` (``_standard_met``)."""
    cues = vocab("cues")
    adverbs, standard = alternation(cues["picked_adverbs"]), alternation(cues["picked_standard"])
    return (re.compile(rf"(?:{adverbs})*(?P<done>[\u4e00-\u9fff]{{2}})(?:{standard})"
                       r"(?=[，,；;。！？]|$)"),
            re.compile(rf"(?:{adverbs})*(?:按照|依照|参照|按)(?P<by>[^，,；;。！？\d]{{2,10}}?"
                       r"(?:标准|要求))(?P<done>[\u4e00-\u9fff]{2,6})(?=[，,；;。！？]|$)"))


@cache
def _served_act() -> re.Pattern[str]:
    """提供, a verb of ``cues.done_to_verbs`` (实施, 开展 …; round 28, tidy 3) or of
    ``cues.giving_verbs``, maybe after 免费, and what it gives (``served_noun``)."""
    gives = alternation(vocab("cues")["giving_verbs"])
    done_to = alternation(vocab("cues")["done_to_verbs"])
    return re.compile(rf"(免费)?(提供|{done_to}|{gives})了?(.{{2,20}})")


@cache
def _later_served() -> re.Pattern[str]:
    """The later count of a pair after 为 and its noun, before the act of ``_served_act``
    ("和80家企业" of "和80家企业发放贷款"; round 36, rc36)."""
    cues = vocab("cues")
    acts = alternation(["提供", *cues["giving_verbs"], *cues["done_to_verbs"]])
    return re.compile(r"^[和及][超近约]?[\d.]+[万千百]?[余多]?[个家所座户名人]"
                      rf"[\u4e00-\u9fff]{{1,10}}?(?=(?:免费)?(?:{acts}))")


# Where a clause ends, for the label modules that cut one out (labelverbs, labelsubject).
CLAUSE_BREAK = re.compile(r"[，,；;。！？：:、（）()\n…]")  # …: round 88, w3

# A count of those served, after 为 opening its clause ("为2298户困难老人家庭实施…"), not
# a verb ending in 为 ("成为", "评为"); round 72 (x1): after an adverb of ``cues.
# served_adverbs`` or an item's mark of ``cues.served_item_marks`` too ("免费为…", "二是为…"),
# the whole place named before the count (``cues.report_wholes``: "为全县近6万名…").
_SERVED_OPENERS = alternation(vocab("cues")["served_adverbs"] + vocab("cues")["served_item_marks"])
# What may stand right before that 为: a clause's start or break, or an adverb of time or total
# (``cues.served_wei_adverbs``).
_WEI_OPENS = rf"(?:^|[，,；;。：:\n]|{'|'.join(vocab('cues')['served_wei_adverbs'])}"
# The count after 为 up to its noun's first character, ending the text before the figure.
_WEI_COUNT = r"[超近约]?[\d.]+[万千百]?[余多]?[\u4e00-\u9fff]?$"
WEI = re.compile(rf"{_WEI_OPENS}|{_SERVED_OPENERS})"
                 rf"为(?:{alternation(vocab('cues')['report_wholes'])})?{_WEI_COUNT}")
# Round 72 review (q11): the round-71 shape alone (no 免费, item mark or whole place before the
# count) says those counted are served, not doing, where served_noun reads no act
# (labelsubject.counted_subject): "免费为3000名适龄女性接种HPV疫苗" → 接种HPV疫苗的适龄女性.
WEI_BARE = re.compile(rf"{_WEI_OPENS})为{_WEI_COUNT}")


def served_noun(noun: str, tail: str, adverb: str = "") -> str:
    """Those a count after 为 serves, with what they got (round 15, scope lost): the verb
    phrase after ``noun`` (or run on in it: "退役军人接续补缴养老医疗保险") before 的; 提供
    or a verb of giving (``cues.giving_verbs``: 发放, 购买 …) becomes 获得, or goes after an
    adverb, and a leading 实施/开展/进行 goes: ("重点群体",
    "提供就业帮扶") → 获得就业帮扶的重点群体, ("新生儿", "免费提供筛查") → 免费筛查的新生儿,
    ("困难老人家庭", "实施适老化改造") → 适老化改造的困难老人家庭. "" when the phrase opens
    with no such verb (what the verb says is done for them, not by them), holds a digit, a
    list or a quote (another figure's), or is over 14 characters. ``adverb`` (round 72, x1:
    免费 before 为) goes in front of the act when it has none."""
    if not tail:
        noun, tail = run_on(noun)
    # "发放补助资金449万元": the money is no part (round 19); round 36 (rc36): the first of
    # two counts joined by 和 gets what the second's verb gives ("为6000户农户和80家企业发放
    # 贷款": 农户 → 获得贷款的农户).
    tail = re.split(r"[\d，,]", _later_served().sub("", tail) if tail[:1] in "和及" else tail)[0]
    if not tail:  # "…82家企业发放贷款8.52亿元": the noun runs on into the act (jieba's
        noun, tail = run_on(noun)  # one noun 发放贷款: cut before the verb of giving)
        at = min((i for v in ("提供", *vocab("cues")["giving_verbs"])
                  if (i := noun.find(v, 2)) > 0), default=-1) if not tail else -1
        noun, tail = (noun[:at], noun[at:]) if at > 0 else (noun, tail)
    tail = tail if tail.startswith(adverb) else adverb + tail
    m = _served_act().fullmatch(tail)
    if not nominal_end(noun) or not m or not served_thing(m.group(3)) \
            or (tags(tail)[0].flag not in ("v", "vd", "d") and not m.group(1)
                and not tail.startswith(("提供", *vocab("cues")["giving_verbs"]))):
        return ""
    adverb, verb, thing = m.groups(default="")
    given = verb not in vocab("cues")["done_to_verbs"]  # what was done to them: the thing alone
    done = "获得" + adverb + thing if given and (not adverb or verb != "提供") \
        else adverb + thing  # 免费营养餐 got; 免费筛查
    return f"{done}的{noun}"


def served_thing(thing: str) -> bool:
    """Is ``thing``, what those served got or had done, one that names it (round 15: up to
    14 characters, no digit, 的, list or quote)? Round 72 (x1): a quoted name in it, its quotes
    balanced ("免费开展“两癌”检查" → 免费“两癌”检查的城乡妇女), and a list of kinds before 等
    and a noun, up to 20 characters ("提供康复、辅具发放、生活资助等服务" → 获得康复、…等服务的
    残疾人家庭), are such things too."""
    if re.search(r"[\d的]", thing) or thing.count("“") != thing.count("”"):
        return False
    if "、" in thing:
        return bool(re.fullmatch(r"[^、等]{2,8}(?:、[^、等]{2,8})+等[\u4e00-\u9fff]{2,4}", thing))
    return len(thing) <= 14


# Round 36 (rc36): a later count of a pair after 为 ("为6000户农户和80家企业发放贷款": 80家),
# one noun of up to ten characters between the two counts (``_later_served``: that later
# count in the tail after the first count's noun).
WEI_LISTED = re.compile(rf"{_WEI_OPENS})为"
                        r"[超近约]?[\d.]+[万千百]?[余多]?[个家所座户名人]?[\u4e00-\u9fff]{1,10}[和及]"
                        + _WEI_COUNT)


def imminent(noun: str, tail: str) -> str:
    """The counted ``noun`` with what it is about to do (round 36, rc36; scope lost: the bare
    noun reads as all such things of the place): ``tail``, the clause after the noun, is a
    word of ``cues.imminent_words`` and an act alone (two to four characters, no object
    after it): ("企业", "即将入驻") → 即将入驻的企业, ("龙头企业", "即将进场") → 即将进场的
    龙头企业 (jieba tags 进场 a noun: any two to four characters after the word). "" otherwise
    (a digit, a longer predicate: "即将开工建设3个项目")."""
    word = next((w for w in vocab("cues")["imminent_words"] if tail.startswith(w)), "")
    act = tail[len(word):]
    if not word or not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", act) or not nominal_end(noun):
        return ""
    return f"{word}{act}的{noun}"


def run_on(noun: str) -> tuple[str, str]:
    """``noun`` cut where a verb phrase runs on from it (jieba's v, vd or p after a noun,
    or 免费 before a verb): "新生儿免费提供筛查" → ("新生儿", "免费提供筛查"), "省外劳动力在
    本省稳定就业" → ("省外劳动力", "在本省稳定就业"); (``noun``, "") when none does."""
    pieces = tags(noun) if noun else ()
    cut = next((i for i in range(1, len(pieces)) if (pieces[i].flag in ("v", "vd", "p")
                                                      or pieces[i].word == "免费")
                and nominal_end(pieces[i - 1].word)), 0)
    head = "".join(p.word for p in pieces[:cut])
    if cut and pieces[cut].flag == "p" and pieces[-1].flag != "v":
        return noun, ""  # "新城与中心城区“区区结对”示范项目": one noun
    return (head, noun[len(head):]) if cut else (noun, "")


def acted_on(noun: str, tail: str) -> str:
    """The counted ``noun`` with the act alone that closes its clause (``tail``, the
    sentence after the noun), after adverbs of ``cues.object_predicate_adverbs``, when the
    act is one said of things done to (``cues.object_predicates_at_end`` and
    ``object_predicates_after_adverb``: 开工, 拆除, 取缔 …; round 40, rc40, the d9007 draw's
    act dropped after an owner before the number): ("标段", "顺利开工，…") → 开工的标段,
    so "某工程6个标段顺利开工" → 开工的某工程标段. "" otherwise (an object after the act,
    a longer predicate: "标段开工建设道路", how they fared: "全面铺开")."""
    cues = vocab("cues")
    act = CLAUSE_BREAK.split(tail, maxsplit=1)[0]
    adverbs = cues["object_predicate_adverbs"]
    while (adverb := leading_word(act, adverbs)) and len(act) > len(adverb):
        act = act[len(adverb):]
    acts = cues["object_predicates_at_end"] + cues["object_predicates_after_adverb"]
    if act in acts and nominal_end(noun):
        return f"{act}的{noun}"
    # round 63 (y6): any other act behind an adverb of completion ("县城6条主要街道通信线缆
    # 全部入地" → 入地的县城主要街道通信线缆; ``labeladverbacts.adverb_act``), a verb of the
    # cue lists left to the rules that read it (办复, 投产)
    done = adverb_act(CLAUSE_BREAK.split(tail, maxsplit=1)[0])
    listed = cues["label_verbs"] + cues["label_kept_verbs"] + cues["object_predicates"]
    return f"{done}的{noun}" if done and done not in listed and nominal_end(noun) else ""


def nominal_end(noun: str) -> bool:
    """Whether ``noun`` ends in a noun (jieba's n, j, l or a one-character place: 村)."""
    pieces = tags(noun) if noun else ()
    return bool(pieces) and (pieces[-1].flag[:1] in ("n", "j", "l") or noun[-1:] in "村户镇乡")


def act_after_manner(name: str) -> str:
    """The act of a count's words before its number without the adverb of manner that opens
    them (``cues.act_manner_words``; round 20, a leading act lost with its filler or taken for
    one): "系统部署" → 部署 (then 部署改革举措, not the bare 系统部署), "成功申报" → 申报; only
    when what is left is a verb (jieba's v or vn, one word after the manner word, or a word
    of ``cues.label_verbs`` or ``label_kept_verbs``) of two characters or more; ``name``
    otherwise."""
    cues = vocab("cues")
    manner = next((w for w in sorted(cues["act_manner_words"], key=len, reverse=True)
                   if name.startswith(w)), "")
    rest = name[len(manner):]
    verbs = cues["label_verbs"] + cues["label_kept_verbs"]
    pieces = tags(name) if manner else ()
    # one verb of jieba's after the manner as a word of its own (jieba tags 部署 a noun)
    alone = len(pieces) == 2 and pieces[0].word == manner and pieces[1].flag in ("v", "vn", "n")
    if not manner or len(rest) < 2 or (rest not in verbs and not alone and not all(
            p.flag in ("v", "vn") for p in tags(rest))):
        return name
    return rest
