"""Lists of counts: which items share the verb that opens the list, and which lose it (issue
13 §2; used by ``naming``). A verb that makes a count new (新增, 新建, 新设, 新认定, 培育, 引进 …:
``cues.list_shared_verbs``) is every item's: "新增高新技术企业3000家、专精特新企业1000家"
counts 1000 new firms, not the stock, so the later item is 新增专精特新企业 (round 10,
after the stricter audit, whose judges reject a count of new things labelled as the stock).
A later item that names a measure of its own with a verb ("新增就业6000人以上、农村劳动力
转移1万人") keeps its own label. A verb of ``cues.list_opener_verbs`` (办理, 举办 …) says
only what was done and goes from the first item too, as the later items do not carry it.
A list's total and scope (``named_total``, ``list_scope``) are in ``labellistscope``.

The words are data (``vocab/cues.yml``).
"""

from __future__ import annotations

import re

from workreport.extract.labelclean import LIST_MARK, strip_words
from workreport.extract.labelcommas import (
    MONEY_FIRST,
    comma_opener,
    doing_verbs,
    numbers_first,
    shared_verb,
    wide_scope,
)
from workreport.extract.labelfared import unprefixed
from workreport.extract.labelnewworks import new_works
from workreport.extract.labelspans import unspanned
from workreport.extract.labelstarts import acted, opened
from workreport.extract.labelvocab import measure_ends
from workreport.extract.labelwords import and_as_mark, bare_unit, leading_word, tags
from workreport.extract.numbers import Token, vocab

__all__ = ["halves_joined", "list_opener", "list_verb", "owner_verb", "quoted_parts", "second_pair",
           "shared_verb"]

def list_verb(text: str, tok: Token, name: str, previous: str) -> str:
    """``name`` with the verb of ``cues.list_shared_verbs`` that opens its list, when the
    figure before carries it too: "新引进世界500强企业4家、总部企业15家" → 新引进总部企业;
    "新增精品示范村211个、省级中心村850个" → 新增省级中心村. Not for an item that opens
    or ends with a verb (jieba's tags: a measure of its own, "…、农村劳动力转移1万人"), one
    ending in 量, 率, 额, 值 ("…、发电量超3000亿度"), nor a total ("…、总里程达到879公里",
    "…、全市公园总数达1100个"). A verb joined to another is shared with it when the figure
    before carries both ("新建和改造供水管网600公里、排水管网2500公里" → 新建和改造排水管网),
    else not at all (the later item is not all new); nor to 技术改造项目 (r57, s57a). A wide
    scope opening the later item stays after the verb (round 88, w1: "…，全国名特优新农产品
    2个" → 认证全国名特优新农产品; ``labelcommas.wide_scope``)."""
    q = tok.quantity
    assert q is not None
    cues = vocab("cues")
    clause = re.split(r"[，；：。！？,;:]", text[tok.sentence.start:q.start])[-1]
    item_clause = clause.strip()
    # "建成产教融合基地32个和专门教育学校2所": 和 after a count joins items as 、 (round 22)
    clause = and_as_mark(clause, name) if name and clause.endswith(name) else clause
    # "新增15家备案博物馆和29家类博物馆": counts written number first, joined by 和, are
    # one verb's objects (round 11).
    joint = re.search(r"\d[^\d、]*[和及]$", clause)
    before = text[tok.sentence.start:q.start]
    comma = "" if "、" in clause or joint else comma_opener(before,
                                                               name, tok, text[q.start:q.end])
    if not clause.strip() and not comma:  # "建设18个群众滑冰场，20个户外健身中心" (r19)
        comma = numbers_first(text[tok.sentence.start:q.start], q.unit, text[q.end:], name)
    grade = re.search(_GRADE, previous) if "、" in clause else None
    if grade and re.fullmatch(_GRADE, name):  # "…奖获评2个一等奖、3个二等奖" (round 21)
        return previous[: grade.start()] + name
    if comma:  # "建成口袋公园15个，健身步道30公里": a ，-list is one list (round 17)
        clause = comma
    elif ("、" not in clause and not joint) or clause.startswith(name):
        return name
    opener = strip_words(LIST_MARK.sub("", clause), cues["label_leading"]  # ⑥新增 (r29, r84)
                         + cues["running_total_words"], leading=True)  # "累计建成…和…"
    opener = MONEY_FIRST.sub("", opener)  # "投资1.5亿元建成…变电站4座、…" (round 17)
    opener, previous = unprefixed(*_unmannered(*unspanned(opener, previous)))  # 依法 用3年 (r30)
    if not comma and not joint:  # "创建…14个、新增…3家、省…4家": the nearest item's verb
        opener = _nearest_verb(opener, previous)
    placed = opener.removeprefix("在")  # "（在）城区新建…、…" (round 21)
    zone = leading_word(placed, cues["list_zone_words"])
    if zone and shared_verb(placed[len(zone):]) and previous.startswith(zone):
        opener, previous = placed[len(zone):], previous[len(zone):]
    else:
        zone = ""
    verb = shared_verb(opener) or _carried_in(opener, previous, joint)
    if comma and verb and not previous.startswith(verb) and _reached(comma, before):
        previous = re.split(r"[\d.]", opener, maxsplit=1)[0]  # "新增甲2家、达到6家，乙3家" (r88)
    item = name if comma else clause.rsplit("、", 1)[-1] if not joint else clause[joint.start():]
    joined = re.match(rf"[、和及与或]?(?:{doing_verbs()})", opener[len(verb):]) \
        if verb and opener.startswith(verb) else None
    if joined:  # "新建和改造供水管网…、排水管网…": both verbs, or none (not new alone)
        verb += joined.group(0)
    pieces = tags(name)  # an item opening with a verb of its own (not 服务 of 服务区)
    own = leading_word(name, cues["label_verbs"] + cues["label_kept_verbs"])
    if not verb and comma:
        return name
    if not verb and not joint:
        return owner_verb(previous, name, item, clause.split("、")[0], tok)
    if verb and (clause := _agent_clause(name, q.unit)):
        return clause  # "…，企业应用工业互联网平台120家" → 应用工业互联网平台的企业 (s62 f1)
    if acted(verb, previous, name, item):  # "启动城中村改造3万户、城市危旧房改造8600套"
        return verb + name
    if not verb or not previous.startswith(verb) or not pieces \
            or (own and not (len(pieces[0].word) > len(own) and pieces[0].flag[:1] == "n")) \
            or re.search(r"总(?:数|量|规模|里程|面积|额|计|装机)", name) or verb in name \
            or re.search(r"达|增至", item) or name.endswith(tuple(cues["label_kept_verbs"])) \
            or any(w in item for w in cues["total_words"] + cues["list_rival_acts"].get(verb, [])) \
            or opened(item, verb):
        return name  # "新增公园35个、全市公园总数达1100个": the stock; "…、农村危房改造…" (r17)
    # (an item opening with a verb naming a kind of its head is a noun: 健身中心; round 14)
    headed = len(pieces) > 1 and name.endswith(tuple(cues["object_verb_heads"]))
    nouns = cues["verb_tagged_nouns"]  # 政协委员提案 (round 14), 坐席 (r29), 生活费 配|变 (r56)
    last_verb = (pieces[-1].flag[:1] in ("v", "d") or _own_act(pieces)) and not new_works(
        verb, pieces, q.unit) and pieces[-1].word not in nouns and not name.endswith(tuple(nouns))
    modified = pieces[0].word in cues["list_item_modifiers"] and len(pieces) > 1 \
        and all(p.flag[:1] in ("n", "q", "l", "j", "v", "k") for p in pieces[1:])  # 示范型
    kind = pieces[0].flag == "vn" and pieces[-1].flag[:1] == "n"  # 教育集团 (round 18)
    kind = kind or (len(pieces[0].word) == 1 and len(pieces) > 1 and pieces[1].flag[:1] != "v"
                    and pieces[-1].flag[:1] in "nz")  # jieba's 树|障 (round 22), not 起|出
    kind = kind or pieces[0].word in nouns or name in nouns
    if last_verb or (pieces[0].flag[:1] == "v" and not headed and not modified and not kind) \
            or (name.endswith(measure_ends("lists")) and name[-2:] != previous[-2:]):
        return name  # "…、农村劳动力转移1万人", "…、发电量超3000亿度": a measure of its own,
        # not a sibling ending as the first ("托班托额…、社区托育托额…": round 56, s56a)
    rest = opener[len(verb):] if opener.startswith(verb) else ""
    wide = wide_scope(item_clause if comma else item, name)  # 认证全国… (round 88, w1)
    return zone + verb + wide + _zoned(name, rest, previous[len(verb):])


def _reached(opener: str, before: str) -> bool:
    """Whether the ，-list's ``opener`` is the clause right before the item (``before``, the
    sentence up to its number) and ends in the stock its first count reached, the figure
    right before the item (round 88, w1; the development draws' 'newness dropped': "新增甲2家、
    达到6家，乙3家" → 新增乙, the verb read from the opener, not from the stock's label)."""
    clauses = re.split(r"[，,]", before)
    return len(clauses) > 1 and clauses[-2].strip().endswith(opener) \
        and re.search(r"、(?:累计|总数)?(?:达到|达|增至)[\d.]+[^\d、]{1,3}$", opener) is not None


def _agent_clause(name: str, unit: str) -> str:
    """A later item of a list that is a clause of its own, an agent of
    ``cues.list_item_agents`` doing a verb to an object (session 62, f1): the list's verb is
    not its ("建成省级园区2个，企业应用工业互联网平台120家": not 建成企业应用…). Counted in the
    agent's unit, the agents that did it (应用工业互联网平台的企业); else the item as it is
    ("新增规上工业企业30家，企业应用机器人500台" → 企业应用机器人). "" for any other item."""
    for agent, units in vocab("cues")["list_item_agents"].items():
        rest = name.removeprefix(agent)
        pieces = tags(rest) if rest != name else ()
        if len(pieces) > 1 and pieces[0].flag == "v" and len(pieces[0].word) > 1:
            return f"{rest}的{agent}" if bare_unit(unit) in units else name
    return ""


def _zoned(name: str, rest: str, previous: str) -> str:
    """A later item of a list with the zone its first item's noun opens with, after the verb
    they share (``cues.list_zone_words``; round 21, the audit's scope lost over a list): "改造
    农村厕所2.9万座、危房4601户" → 改造农村危房; not for an item that opens with a zone,
    place or scope of its own ("…农村牧区危房3460户、城镇老旧小区1185个") nor a class of
    works no zone holds (``cues.list_zone_not_before``: 高速公路), and not when the first
    item's zone opens an act ("新增城镇就业…、农民工返乡创业…", "乡村振兴示范村") or names
    a class of works with it (``cues.list_zone_class_heads``: 农村公路…、危桥…)."""
    cues = vocab("cues")
    zone = leading_word(rest, cues["list_zone_words"])
    if not zone or not previous.startswith(zone) or zone in name \
            or leading_word(name, cues["list_zone_words"] + cues["scope_words"]
                            + cues["own_scope_openers"] + cues["label_leading"]
                            + cues["list_zone_not_before"]) \
            or any(p.flag == "ns" for p in tags(name)) \
            or any(p.flag[:1] == "v" for p in tags(previous[len(zone):])[:1]) \
            or previous[len(zone):].startswith(tuple(cues["list_zone_class_heads"])):
        return name  # a place named ("马颊河…公路"); the zone's own act (城镇就业, 乡村振兴)
    return zone + name


# A grade of one award or honour: the later items of a list of grades share its owner.
_GRADE = r"[一二三四特甲乙丙]等(?:奖|功)$"


def _own_act(pieces: list) -> bool:
    """Whether an item's name, cut by jieba, ends in an act jieba tags a noun, after its
    noun (``cues.noun_tagged_acts``: "科技型中小企业评价入库"; round 21)."""
    return len(pieces) > 1 and pieces[-1].word in vocab("cues")["noun_tagged_acts"]


def _unmannered(opener: str, previous: str) -> tuple[str, str]:
    """The opener and the first item's label without a goal or manner word before the list's
    verb (``cues.list_verb_leading``; round 18): "争取引进外国专家4人以上、青年人才…" → 引进."""
    cues = vocab("cues")
    lead = leading_word(opener, cues["list_verb_leading"])
    rest = strip_words(opener[len(lead):], cues["label_leading"], leading=True)
    if not lead or not shared_verb(rest):
        return opener, previous
    first = strip_words(previous.removeprefix(lead), cues["label_leading"], leading=True)
    return rest, first if previous.startswith(lead) else previous


def _nearest_verb(opener: str, previous: str) -> str:
    """The 、-list from its item nearest before the figure whose verb opens ``previous``, not
    past it to the first item's (round 18): "创建…14个、新增…驿站3家、省…驿站4家" → 新增…."""
    items = opener.split("、")
    k = next((k for k in range(len(items) - 1, 0, -1)
              if (v := shared_verb(items[k])) and previous.startswith(v)), 0)
    return "、".join(items[k:])


def _carried_in(opener: str, previous: str, joint: object) -> str:
    """The verb a ，-list carried to the first item of a 、-list that goes on with it
    (round 17): "建成示范片区1个，省级美丽乡村4个、市级美丽乡村12个" → the first item's label
    建成省级美丽乡村 gives 建成 to 市级美丽乡村; "" otherwise."""
    first = re.sub(r"[\d.].*$", "", opener.split("、")[0]).strip()
    verb = previous[: len(previous) - len(first)] if first and previous.endswith(first) else ""
    return verb if verb and not joint and shared_verb(verb) == verb else ""


def owner_verb(previous: str, name: str, item: str, first: str, tok: Token) -> str:
    """A later item of a list that is a bare noun counted (no verb, no measure of its own, no
    money nor %) takes the owner and the verb the figure before opens with, when that label
    is an owner (or nothing), one run of verbs (jieba's v) and a noun (round 16: the second
    item shares the first's doing verb): "某铁路累计发送旅客4000万人次、货物5000万吨" →
    某铁路累计发送货物; "累计促成人才引进项目400个、招商引资项目700个" → 促成招商引资项目.
    ``item`` is the text of the list's item before the number, ``first`` of its first item
    (which must hold the owner and verb, no money); ``name`` stays otherwise."""
    q = tok.quantity
    assert q is not None
    pieces, before = tags(previous), tags(name)
    at = next((k for k, p in enumerate(pieces) if p.flag == "v"), None)
    if at is None or item.strip() != name or q.dimension == "money" or "%" in q.unit \
            or not before or name.endswith(measure_ends("lists")) or _own_act(before) or any(
                p.flag[:1] not in ("n", "j") or p.flag == "nr" for p in before):
        return name
    end = at
    while end + 1 < len(pieces) and pieces[end + 1].flag == "v":
        end += 1
    rest = pieces[end + 1:]
    if not rest or any(p.flag[:1] not in ("n", "j", "v", "f") for p in rest) \
            or any(p.flag[:1] not in ("n", "j", "r", "ns") for p in pieces[:at]) \
            or previous.endswith(measure_ends("lists")) or rest[0].flag[:1] not in ("n", "j") \
            or any(len(p.word) < 2 for p in pieces[at:end + 1]) or "元" in first:
        return name
    opening = "".join(p.word for p in pieces[:end + 1])
    return opening + name if opening in first else name


def list_opener(text: str, pos: int, sentence_end: int, name: str) -> str:
    """A verb of ``cues.list_opener_verbs`` that opens a list of counts goes from the first
    item, as the items after it do not carry it: "办理人大代表建议146件、政协委员提案123件"
    → 人大代表建议 (alone it stays: "办理法律援助案件623件")."""
    nxt = re.match(r"、([^、，；。\d]{2,12})\d", text[pos:sentence_end])
    rest = strip_words(name, vocab("cues")["list_opener_verbs"], leading=True)
    if not nxt or len(rest) < 2 or tags(nxt.group(1))[0].flag == "v":
        return name
    return rest  # "累计办理人大代表建议288件、…" → 人大代表建议


def second_pair(name: str, pre: str, firsts: list[tuple[int, str]], sentence: int) -> bool:
    """Whether the figure named ``name`` opens a second 分别 pair: its clause ``pre`` has
    no 分别 of its own but the last group of the sentence handed out the same name
    ("城乡居民人均可支配收入分别达到3.3万元和1.47万元，同比增长9.9%和13.2%": the growth
    rates are the halves' too, round 11). ``firsts`` holds, for each group of two or more
    figures so far, its first figure's sentence index and label."""
    if "分别" in pre or not firsts or not name:
        return False
    index, label = firsts[-1]
    return index == sentence and label == name


def halves_joined(previous: str, pre: str) -> bool:
    """Whether a figure joined to the one before by 和 or 、 alone (``pre``, the text
    between the two numbers) is the second of the two halves that a distributive word
    opening the label before (``previous``) names (``cues.distributive_words``: 城乡 →
    城镇, 农村; round 15, the audit's other thing): "城乡居民人均可支配收入完成3.1万元和
    1.9万元" → 城镇居民…, 农村居民… with no 分别 written."""
    return pre.strip() in ("和", "、", "及") and any(
        previous.startswith(w) and len(p) == 2
        for w, p in vocab("cues")["distributive_words"].items())


def quoted_parts(items: list[str]) -> list[str]:
    """The parts of a 分别 list that quotes its names (``labeldistribute.distribute``; round 13):
    a part that is all quotation shares the last part's words after its closing mark, from
    a ``cues.distributive_tails`` word on if any (quoted names written one after the other
    with no 、 are parts too: round 17): "“上海标准”、“上海品牌”新增" → “上海标准”
    新增, "“十强产业”、“四新”经济增加值" → “十强产业”增加值; others stay as they are."""
    close = items[-1].rfind("”")
    rest = items[-1][close + 1:] if items[-1].startswith("“") and close > 0 else ""
    at = min((k for t in vocab("cues")["distributive_tails"] if (k := rest.find(t)) >= 0),
             default=0)
    if at and len(rest) - at == 1:  # a tail of one character takes the word before it:
        at -= len(tags(rest[:at])[-1].word)  # "“保交楼”“保交房”交付率" → “保交楼”交付率
    return [i + rest[at:] if i.startswith("“") else i for i in items[:-1]] + [items[-1]]
