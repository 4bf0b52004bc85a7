"""Lists of counts written with commas and the verb that opens a list (``labellists``):
which clause opens a ，-list whose later items are bare counts, and which verb the items of
a list share (``shared_verb``). The words are data (``vocab/cues.yml``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, wraps
from itertools import pairwise

import jieba.posseg

from workreport.extract.labelacts import facility_verb
from workreport.extract.labelclean import LIST_MARK, strip_words
from workreport.extract.labelwords import bare_unit, leading_word, tags
from workreport.extract.nonfigures import NOTE_MARK, alternation, classifiers
from workreport.extract.numbers import Token, vocab

__all__ = ["MONEY_FIRST", "comma_opener", "doing_verbs", "examples_dropped", "joined_verb",
           "numbers_first",
           "shared_verb", "verb_list_run", "wide_scope"]


@cache
def doing_verbs() -> str:
    """The alternation of the verbs that say what was done (``cues.label_verbs``,
    ``label_kept_verbs``, ``run_verbs``), built once (asked of every item of a list)."""
    cues = vocab("cues")
    return alternation(cues["label_verbs"] + cues["label_kept_verbs"] + cues["run_verbs"])


@cache
def verb_list_run() -> re.Pattern[str]:
    """Verbs joined by 、 opening a clause ("新建、改建…"), for ``labelpurpose.purpose_after``."""
    return re.compile(rf"(?:{doing_verbs()}|新)(?:、(?:{doing_verbs()}))+")


MONEY_FIRST = re.compile(r"^[\u4e00-\u9fff]{0,3}(?:投资|投入)[\d.]+[万亿]*元(?:以上|多|余)?")


# An item and its count: the count is the clause's last number, so the item's name may hold
# digits of its own before a word ("建成5G基站1200个", "新建110千伏变电站2座", "创建4A级景区2个":
# round 80, x7; before, such an opener ended the ，-list and its later items lost its verb).
_COMMA_COUNT = re.compile(r"[^，]{0,29}?[^\d.，][\d.]+(?P<unit>[万亿千百]?[^\d，元%％以左余]{1,3})"
                          r"(?:以上|左右|余)?")


def comma_opener(before: str, name: str, tok: Token, raw: str) -> str:
    """The clause opening a list written with commas whose later item, the last clause of
    ``before`` (the sentence up to the number), is ``name`` alone (round 17, the audit's
    count's verb dropped): "建成口袋公园15个，健身步道30公里" → 建成口袋公园15个; the clauses
    between are bare items with their counts, the opener starts with a shared verb (after
    the words of ``cues.label_leading`` and ``cues.label_goal_leading``: "高标准办结人大代表
    建议20件，政协委员提案42件" → 办结政协委员提案, round 41, rc41). "" otherwise: for
    money or a rate, an item in another unit than the opener's ("…高标准农田360万亩，粮食
    总产439.2亿斤"), one opening with 新 or holding a verb (jieba's; "…，新登记经营主体…",
    "…，改善农村住房…"), but for a word of ``cues.list_item_modifiers`` first ("…，健身步道…")
    and a verb that names a facility with the one-character suffix after it (round 80, x7:
    ``labelacts.facility_verb``, "…，洁美延展村10个" → 建成洁美延展村). An item may hold
    digits before its count ("建成5G基站1200个，充电桩3500个" → 建成充电桩)."""
    q = tok.quantity
    assert q is not None
    # a footnote mark after an item is none of its words (round 40, rc40: "…35家，“上云企业”
    # [1]20家" → 新增“上云企业”)
    clauses = re.split(r"[，,]", NOTE_MARK.sub("", re.split(r"[；：。！？;:]", before)[-1]))
    pieces = [p for p in tags(name) if p.word not in "“”"]  # a quoted name's marks
    cues = vocab("cues")
    # a wide scope opening the item went from ``name`` (round 88, w1: "认证…品牌46个，全国名特
    # 优新农产品2个"; ``labellists.list_verb`` puts it back: 认证全国名特优新农产品)
    item = clauses[-1].strip()
    if len(clauses) < 2 or (item != name and item != wide_scope(item, name) + name) \
            or q.dimension == "money" \
            or "%" in q.unit or name.startswith(("新", *cues["comma_item_verbs"])) \
            or re.match(r"突破|达|增至|超过|总", raw) or not pieces or any(
                p.flag[:1] in ("v", "d", "p", "c", "u", "r")
                and p.word not in cues["verb_tagged_nouns"] and not _inner_word(p, k, pieces)
                and not facility_verb(tuple(pieces), k)  # 洁美延展|村 (round 80, x7)
                and not _modifier_inside(p, k, pieces)  # 市级|创新|平台 (round 84, x3)
                for k, p in enumerate(pieces[1:], 1)) or (
                pieces[0].flag[:1] in ("v", "d", "p", "c", "u", "r")
                and pieces[0].word not in cues["list_item_modifiers"]
                and not facility_verb(tuple(pieces), 0)):
        return ""
    unit = bare_unit(q.unit)
    # a thing, not a measure, in a unit of its own: "…口袋公园15个，健身步道30公里"
    thing = unit in cues["comma_item_units"] and not name.endswith(
        (*cues["carried_measure_not_after"], "里程", "总产", "品种"))
    for clause in reversed(clauses[:-1]):
        # a clause may be a 、-list of counts itself, its first item opening the list (round
        # 20): "新增省级专精特新企业6家、小巨人企业2家，单项冠军企业1家"
        bare = re.sub(r"[（(][^（）()]{1,12}[）)]", "", clause)  # "…2个（神农、德力）"
        # a numbered item's mark before the opener (round 84, x3: "⑥建设地面停车位1170个，
        # 地下停车位140个" → 建设地下停车位)
        bare = LIST_MARK.sub("", bare.strip())
        counts = [_COMMA_COUNT.fullmatch(bare.strip())]
        counts = counts if counts[0] else [_COMMA_COUNT.fullmatch(c.strip())
                                           for c in bare.split("、")]
        if not all(counts) or any((q.unit != unit and m.group("unit") != q.unit) or (
                bare_unit(m.group("unit")) != unit and not thing) for m in counts):
            return ""  # "…414家，…2.8万家"
        opener = strip_words(bare, cues["label_leading"] + cues["running_total_words"]
                             + cues["label_goal_leading"], leading=True)  # 高标准 (r41)
        placed = opener.removeprefix("在")  # "城区新建停车位5000个，…" (round 21)
        zone = leading_word(placed, cues["list_zone_words"])
        if shared_verb(opener) or (zone and shared_verb(placed[len(zone):])):
            return bare
    return ""


def wide_scope(item: str, name: str) -> str:
    """The word of ``cues.comma_item_wide_scopes`` (全国, 全省) opening ``item``, a later item
    of a list, that ``name``, its label so far, lost (round 88, w1; the development draws'
    'action verb dropped': "认证…品牌46个，全国名特优新农产品2个"); "" otherwise."""
    wide = leading_word(item, vocab("cues")["comma_item_wide_scopes"])
    return wide if wide and not name.startswith(wide) else ""


def _modifier_inside(piece: jieba.posseg.pair, k: int, pieces: list) -> bool:
    """Whether a piece inside an item's name is a verb of ``cues.list_item_modifiers`` before
    a noun, naming a kind of it as it does opening an item (round 84, x3: "新增省级技术创新中心
    2家，市级创新平台3家" → 新增市级创新平台), not a verb of the item's own."""
    return piece.word in vocab("cues")["list_item_modifiers"] and k + 1 < len(pieces) \
        and pieces[k + 1].flag[:1] == "n"


def _inner_word(piece: jieba.posseg.pair, k: int, pieces: list) -> bool:
    """Whether a piece inside an item's name, one character that jieba tags an adverb or
    adjective between nouns, is part of a name ("专精|特|新", round 20), not a verb of its
    own."""
    return len(piece.word) == 1 and piece.flag[:1] in ("d", "a") and 0 < k < len(pieces) - 1 \
        and pieces[-1].flag[:1] in ("n", "j")


def shared_verb(opener: str) -> str:
    """The verb opening a list that its items share: one of ``cues.list_shared_verbs`` or,
    as a verb that says what was done to the counted things (建成, 改造, 打造: round 11,
    the stricter audit), of ``cues.label_kept_verbs``; a whole word of jieba's, so not the
    建成 of 建成区."""
    cues = vocab("cues")
    verb = leading_word(opener, cues["list_shared_verbs"] + cues["label_kept_verbs"])
    first = tags(opener)
    named = tuple(cues["list_shared_verb_names"].get(verb, ()))  # 认证机构 (round 86 review, q1)
    return verb if first and len(first[0].word) <= len(verb) \
        and not opener.startswith(tuple(cues["label_leading_keep"])) \
        and not (named and opener[len(verb):].startswith(named)) else ""


def numbers_first(before: str, unit: str, after: str, name: str) -> str:
    """The clause opening a ，-list of counts written number first whose later item opens
    its clause with its number (round 19, a count's verb dropped): "建设18个群众滑冰场，
    20个户外健身中心" → 建设18个群众滑冰场, so the later item is 建设户外健身中心. The
    clauses between are bare counts in the same unit; the opener's words before its number
    start with a shared verb (after ``cues.label_leading``), and the later item is its
    noun alone after its number (``after``, the sentence from its unit on, ends ``name``
    before its clause's end); "" otherwise."""
    clauses = re.split(r"[，,]", re.split(r"[；：。！？;:]", before)[-1])
    own = re.split(r"[，,；;。！？]", after)[0]  # the item's clause from its number on
    if len(clauses) < 2 or clauses[-1].strip() or not own.endswith(name):
        return ""  # "…，2家公司成功认定…": a predicate of its own
    cues = vocab("cues")
    # Round 31 (ra): the items may count in other classifiers, with a qualifier after the
    # unit, and a list number may open the clause ("⑤建成2个…片区，20个…", "建设1个以上
    # “共享工厂”，2条以上“共享生产线”" → 建设“共享生产线”).
    counts = re.fullmatch(classifiers(), unit)
    units = classifiers() if counts else re.escape(unit)
    # Round 84 (x3): a range for a count ("打造3—5个…，10—20个…").
    count = re.compile(rf"(?P<opener>[^\d，]{{0,30}}?)[\d.]+(?:[—－~～-][\d.]+)?(?:余|多)?{units}"
                       r"(?:以上|左右|多)?[\u4e00-\u9fff“”]{2,16}")
    for clause in reversed(clauses[:-1]):
        m = count.fullmatch(LIST_MARK.sub("", clause.strip()))
        if not m or "%" in unit or unit.endswith("元"):
            return ""
        opener = strip_words(m.group("opener"), cues["label_leading"], leading=True)
        if opener and shared_verb(opener) == opener:
            return clause
        if m.group("opener"):
            return ""
    return ""


def joined_verb(before: str, counted: str) -> str:
    """``counted`` with the shared verb that opens its clause, when the count is the first
    of its sentence and follows things joined to it by 和, 及 or 以及 (round 19, a count's
    verb dropped): "新建第二实验小学分校和2所城区幼儿园" → 新建城区幼儿园, "开工建设甲河、乙河
    治理工程和30宗水库" → 开工建设水库; ``counted`` otherwise (a clause with a number before
    its 和 is ``labellists.list_verb``'s)."""
    clause = re.split(r"[，；：。！？,;:]", before)[-1]
    if not re.search(r"(?:和|及|以及)$", clause) or re.search(r"\d", clause):
        return counted
    opener = strip_words(clause, vocab("cues")["label_leading"], leading=True)
    verb = shared_verb(opener)
    run = re.match(rf"[和及与]?(?:{doing_verbs()})", opener[len(verb):]) if verb else None
    verb += run.group(0) if run else ""  # "新建改造…及13个…" (a run of verbs)
    return verb + counted if verb and not counted.startswith(verb) else counted


_EXAMPLES = re.compile(r"(?P<names>[^等]{2,60}?)"
                       r"(?<![一二三四五六七八九十特高中初同平均对上甲乙丙])等(?![级于奖次同])(?P<noun>[\u4e00-\u9fff“”]{3,16})")


def examples_dropped(label: Callable[[str, Token, str, str | None], str]
                     ) -> Callable[[str, Token, str, str | None], str]:
    """``label`` without the names or kinds listed before 等 in a count's label: the count is
    of the noun after 等, with the verb that opens the label (round 20, the audit's list of
    names): "新增广翼智能、陕硬航空等科技成果转化企业" → 新增科技成果转化企业, "打掉恶势力等犯罪
    团伙" → 打掉犯罪团伙, "新建改建甲村、乙村等农村公路" → 新建改建农村公路. Not for money or a
    rate, a noun of two characters after 等 that the kinds listed qualify (新建改造供水、燃气、
    排水等管网, 签订技术交易、预约采购等合同), one holding 、 (…等重点整车项目陆续投产、…), nor
    names holding a verb with no verb of the label's before them ("公共场所布局…等救护设备")."""
    @wraps(label)
    def named_kind(text: str, tok: Token, pre: str, previous: str | None) -> str:
        q = tok.quantity
        assert q is not None
        if q.dimension != "money" and "%" not in q.unit and (each := verbs_each(text, tok)):
            return each
        got = label(text, tok, pre, previous)
        if q.dimension == "money":
            return money_of_list(text, tok, got) or got
        if "%" in q.unit or "等" not in got:
            return got
        run = re.match(rf"(?:{doing_verbs()})(?:[、和及与或]?(?:{doing_verbs()}))*", got)
        verb = run.group(0) + _opening_verb(got[run.end():], 2) if run else _opening_verb(got)
        m = _EXAMPLES.fullmatch(got[len(verb):])
        if not m or m.group("noun").startswith(("方面", "领域", "渠道", "多渠道")) \
                or re.match(doing_verbs(), m.group("noun")) \
                or any(_acts(item, bool(verb)) for item in m.group("names").split("、")) \
                or (not verb and "“" in m.group("names")):
            return got  # "组织企业参加广交会、…等境内外展会": an item's own verb; quoted
            # examples with no verb before them stay (round 17's "“碳中和贷”等碳减排工具…");
            # kinds that the verb opening the noun acts on are its scope (round 21: "实施挥发性
            # 有机物等治理提升企业", not 实施治理提升企业)
        return verb + m.group("noun")
    return named_kind


def _opening_verb(label: str, least: int = 3) -> str:
    """The verb jieba finds opening ``label`` (a second one after a run of ``doing_verbs``:
    "制定|修订…"), with a character it splits off ("打|掉"), or ""."""
    pieces = tags(label)
    if len(pieces) < least or pieces[0].flag not in ("v", "vn"):
        return ""
    tail = pieces[1].word if len(pieces[1].word) == 1 and pieces[1].flag in ("zg", "v") else ""
    return pieces[0].word + tail if len(pieces[0].word + tail) > 1 else ""


def _acts(item: str, verb: bool) -> bool:
    """Whether an item listed before 等 holds a verb of its own: jieba's verb of two
    characters or more inside it (after a verb of the label's), or anywhere (with none)."""
    pieces = tags(re.sub(r"“[^”]*”", "", item))  # a quoted name is a name
    return any(p.flag == "v" and len(p.word) > 1 and (not verb or k < len(pieces) - 1)
               for k, p in enumerate(pieces))


@cache
def _count() -> str:
    """A count after each verb of ``verbs_each``: some classifiers, or a length."""
    return (rf"[\d.]+万?(?P<unit>{classifiers('家个所座户处条项台辆套栋名人间张眼')}|公里|千米)"
            r"(?:以上|余|多|左右)?")


def verbs_each(text: str, tok: Token) -> str:
    """A count of one list whose items are each a verb and its count, the counted noun
    written once after the last (round 20, the audit's other thing): each count is of the
    noun with its own verb: "依法取缔200家、整改提升60家“散乱污”企业" → 取缔“散乱污”企业,
    整改提升“散乱污”企业; "新建103个、修缮60个农村互助幸福院" → 修缮农村互助幸福院. The
    items are joined by 、 or 和 in one clause, in one unit, each a verb of jieba's (after
    ``cues.label_leading`` and manner words); the noun opens with no verb of its own; ""
    otherwise. The first count is one too (新建农村互助幸福院: round 9's ``list_noun``, this
    rule for the first item alone, is gone)."""
    q = tok.quantity
    assert q is not None
    start = max(text.rfind(c, tok.sentence.start, q.start) for c in "，；：。,;:") + 1
    end = min((k for c in "，；。,;" if (k := text.find(c, q.end, tok.sentence.end)) >= 0),
              default=tok.sentence.end)
    clause = text[max(start, tok.sentence.start):end]
    items = list(re.finditer(rf"(?P<verb>[\u4e00-\u9fff]{{2,8}}?){_count()}(?:[、和]|(?=.))",
                             clause))
    if len(items) < 2 or items[0].start() != 0 or any(
            m.end() != n.start() for m, n in pairwise(items)) \
            or len({m.group("unit") for m in items}) > 1:
        return ""
    noun = clause[items[-1].end():].rstrip("。")
    at = q.start - max(start, tok.sentence.start)
    mine = next((m for m in items if m.start() <= at < m.end()), None)
    cues = vocab("cues")
    pieces = tags(re.sub(r"“[^”]*”", "", noun) or noun)  # a quoted name is a name
    if not mine or not 1 < len(noun) <= 16 or not pieces or pieces[-1].flag[:1] != "n" \
            or pieces[0].flag == "v" or re.search(r"\d", noun):
        return ""
    verbs = [strip_words(m.group("verb"), cues["label_leading"] + cues["label_manner_words"],
                         leading=True) for m in items]
    if any(not v or (not re.fullmatch(rf"(?:{doing_verbs()})+", v) and (
            tags(v)[0].flag[:1] != "v" or tags(v)[-1].flag[:1] not in ("v", "z")))
           for v in verbs):
        return ""
    return verbs[items.index(mine)] + noun


@cache
def _counted_before() -> re.Pattern[str]:
    """Counts opening the noun after 等 (some classifiers, 村, an area or a length)."""
    return re.compile(rf"^(?:(?:[\d.]+|[一二三四五六七八九十两]+)万?"
                      rf"(?:公里|{classifiers('个座条项处家所批户')}|[村亩米])|一批|系列)+")


def money_of_list(text: str, tok: Token, got: str) -> str:
    """Money whose label names the first of a 、-list of works after it, the list's (round
    20, the audit's other thing: an amount whose owner is the whole list after it): "投资
    2亿元完成甲大道、乙广场亮化等10个亮化项目" → 亮化项目投资 (the noun after 等 and its
    count), "投资8000万元的甲基地、乙二期、丙园区有序建设" → 甲基地、乙二期、丙园区投资 (no 等:
    every item). Not when an item has money of its own; "" otherwise."""
    q = tok.quantity
    assert q is not None
    cues = vocab("cues")
    money = next((w for w in sorted(cues["money_nouns"], key=len, reverse=True)
                  if got.endswith(w)), "")
    at = q.end + 1 if text[q.end:q.end + 1] == "，" else q.end  # "投资…万元，完成甲、乙…"
    end = min((k for c in "，；。,;" if (k := text.find(c, at, tok.sentence.end)) >= 0),
              default=tok.sentence.end)
    tail = strip_words(text[at:end].lstrip("的"), cues["label_leading"] + ["了"],
                       leading=True)
    verb = re.match(rf"(?:{doing_verbs()})+了?", tail)
    tail = tail[verb.end():] if verb else tail
    first = re.split(r"[、和及]", tail)[0]
    owner = got[:len(got) - len(money)]
    if not money or "、" not in tail or "元" in tail or len(first) < 2 \
            or (not owner.endswith(first) and not first.startswith(owner[-4:])):
        return ""
    whole = _unpredicated(tail)
    if "等" in whole:
        whole = _counted_before().sub("", whole[whole.rindex("等") + 1:])
        whole = whole[whole.rfind("的") + 1:]  # "…等6个乡镇41个村的土地整治项目"
    elif (counted := re.search(rf"(?:\d+|[两二三四五六七八九十]){classifiers('个座条项处所')}"
                               r"(?=[\u4e00-\u9fff“])", whole)):
        whole = whole[counted.end():]  # "甲街、乙街3条道路新建工程" → 道路新建工程
    if len(whole) < 3 or whole == first or (not whole.startswith(first) and "、" in whole) \
            or ("的" in whole and "、" not in whole) or whole.startswith(("工程", "项目")) \
            or re.search(r"\d", re.sub(r"\d+(?:千伏|kV|KV)", "", whole)) \
            or any(re.match(doing_verbs(), item) for item in whole.split("、")[1:]):
        return ""  # "…4个项目的建设", "改造农村危房2050户、厕所…" (a digit but a voltage's),
        # "建成甲、建设乙"
    kept = verb.group(0).rstrip("了") if verb else ""
    return (kept if kept in cues["label_kept_verbs"] else "") + whole + money


def _unpredicated(words: str) -> str:
    """``words`` without the predicate that ends them: from an adverb of
    ``cues.list_predicate_adverbs`` on ("…相继投入使用", "…有序建设"), else jieba's verbs,
    adverbs and adjectives after the last noun ("…道路新建工程开工")."""
    manner = re.search(alternation(vocab("cues")["list_predicate_adverbs"]), words)
    words = words[:manner.start()] if manner and manner.start() > 1 else words
    pieces = tags(words)
    k = len(pieces)
    while k > 1 and pieces[k - 1].flag[:1] in ("v", "d", "a") and pieces[k - 1].flag != "vn":
        k -= 1
    return "".join(p.word for p in pieces[:k]) if k < len(pieces) \
        and pieces[k - 1].flag[:1] in ("n", "j", "v") else words
