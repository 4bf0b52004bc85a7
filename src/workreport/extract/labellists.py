"""Lists of counts: which items share the verb that opens the list, and which lose it
(issue 13 §2; used by ``naming``).

A verb that makes a count new (新增, 新建, 新设, 新认定, 培育, 引进 …:
``cues.list_shared_verbs``) is every item's: "新增高新技术企业3000家、专精特新企业1000家"
counts 1000 new firms, not the stock, so the later item is 新增专精特新企业 (round 10,
after the stricter audit, whose judges reject a count of new things labelled as the stock).
A later item that names a measure of its own with a verb ("新增就业6000人以上、农村劳动力
转移1万人") keeps its own label. A verb of ``cues.list_opener_verbs`` (办理, 举办 …) says
only what was done and goes from the first item too, as the later items do not carry it.

The words are data (``vocab/cues.yml``).
"""

from __future__ import annotations

import re

from workreport.extract.labelclean import strip_words
from workreport.extract.labelwords import leading_word, tags
from workreport.extract.numbers import Token, vocab

__all__ = ["carried_class", "carried_measure", "halves_joined", "list_opener", "list_scope",
           "list_verb", "named_total", "quoted_parts", "second_pair", "subset_item"]

# Endings of an item that names a measure, not things counted (发电量, 覆盖率, 产值, 成交价).
_OWN_MEASURES = ("量", "率", "额", "值", "比重", "价")


def list_verb(text: str, tok: Token, name: str, previous: str) -> str:
    """``name`` with the verb of ``cues.list_shared_verbs`` that opens its list, when the
    figure before carries it too: "新引进世界500强企业4家、总部企业15家" → 新引进总部企业;
    "新增精品示范村211个、省级中心村850个" → 新增省级中心村. Not for an item that opens
    or ends with a verb (jieba's tags: a measure of its own, "…、农村劳动力转移1万人"), one
    ending in 量, 率, 额, 值 ("…、发电量超3000亿度"), nor a total ("…、总里程达到879公里",
    "…、全市公园总数达1100个"). A verb joined to another is shared with it when the figure
    before carries both ("新建和改造供水管网600公里、排水管网2500公里" → 新建和改造排水管网),
    else not at all (the later item is not all new)."""
    q = tok.quantity
    assert q is not None
    cues = vocab("cues")
    clause = re.split(r"[，；：。！？,;:]", text[tok.sentence.start:q.start])[-1]
    # "新增15家备案博物馆和29家类博物馆": counts written number first, joined by 和, are
    # one verb's objects (round 11).
    joint = re.search(r"\d[^\d、]*[和及]$", clause)
    if ("、" not in clause and not joint) or clause.startswith(name):
        return name
    opener = strip_words(clause, cues["label_leading"] + cues["running_total_words"],
                         leading=True)  # "累计建成1096个数字化车间和183个智能工厂"
    verb = _shared_verb(opener)
    item = clause.rsplit("、", 1)[-1] if not joint else clause[joint.start():]
    verbs = "|".join(map(re.escape, sorted(cues["label_verbs"] + cues["label_kept_verbs"]
                                           + ["改建", "扩建"], key=len, reverse=True)))
    joined = re.match(rf"[、和及与或]?(?:{verbs})", opener[len(verb):]) if verb else None
    if joined:  # "新建和改造供水管网…、排水管网…": both verbs, or none (not new alone)
        verb += joined.group(0)
    pieces = tags(name)  # an item opening with a verb of its own (not 服务 of 服务区)
    own = leading_word(name, cues["label_verbs"] + cues["label_kept_verbs"])
    if not verb or not previous.startswith(verb) or not pieces \
            or (own and not (len(pieces[0].word) > len(own) and pieces[0].flag[:1] == "n")) \
            or re.search(r"总(?:数|量|规模|里程|面积|额|计|装机)", name) \
            or re.search(r"达|增至", item) \
            or any(w in item for w in cues["total_words"]):
        return name  # "新增公园35个、全市公园总数达1100个": the stock
    # (an item opening with a verb that names a kind of its head noun is a noun: 健身中心,
    # 示范基地: ``cues.object_verb_heads``; round 14)
    headed = len(pieces) > 1 and name.endswith(tuple(cues["object_verb_heads"]))
    last_verb = pieces[-1].flag[:1] in ("v", "d") \
        and pieces[-1].word not in cues["verb_tagged_nouns"]  # 政协委员提案 (round 14)
    if last_verb or (pieces[0].flag[:1] == "v" and not headed) \
            or name.endswith(_OWN_MEASURES):
        return name  # "…、农村劳动力转移1万人", "…、发电量超3000亿度": a measure of its own
    return verb + name


def _shared_verb(opener: str) -> str:
    """The verb opening a list that its items share: one of ``cues.list_shared_verbs`` or,
    as a verb that says what was done to the counted things (建成, 改造, 打造: round 11,
    the stricter audit), of ``cues.label_kept_verbs``; a whole word of jieba's, so not the
    建成 of 建成区."""
    cues = vocab("cues")
    verb = leading_word(opener, cues["list_shared_verbs"] + cues["label_kept_verbs"])
    first = tags(opener)
    return verb if first and len(first[0].word) <= len(verb) \
        and not opener.startswith(tuple(cues["label_leading_keep"])) else ""


def list_opener(text: str, pos: int, sentence_end: int, name: str) -> str:
    """A verb of ``cues.list_opener_verbs`` that opens a list of counts goes from the first
    item, as the items after it do not carry it: "办理人大代表建议144件、政协委员提案121件"
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


# "长安路、建设路两个项目总长": names listed, their count, the counted noun and a measure.
_NAMED_COUNT = re.compile(r"(?:^|[，；：。,;:])([^，；：。,;:\d]{2,40}?、[^，；：。,;:\d]{2,40}?)"
                          r"(?:两|[二三四五六七八九十]|\d{1,2})[个条座项处所家]"
                          r"(?P<rest>[^，；：。,;:\d、]{1,12})$")


def named_total(label: str, before: str, after: str = "") -> str:
    """A measure of things named in a list and counted just before it is all of theirs,
    not the noun's alone: "长安路、建设路两个项目总长13公里" → 长安路、建设路项目总长 (round
    12, the stricter audit: a total of two named sections given to one of them, or to
    none). ``before`` is the sentence up to the number; ``label`` stays unless it is what
    follows the count and ends with a measure of ``cues.land_measure_words`` or
    ``cues.money_nouns`` (a leading verb of the list goes: "完成长安路、…"). The count itself
    (``after``: the sentence from its number on, "两个项目总长…") is of the named things:
    长安路、建设路项目."""
    cues = vocab("cues")
    measures = tuple(sorted(cues["land_measure_words"] + cues["money_nouns"], key=len,
                            reverse=True))
    counted = re.match(r"(?:两|[二三四五六七八九十]|\d{1,2})[个条座项处所家]", after)
    if counted and label.endswith(measures) and after[counted.end():].startswith(label):
        whole = named_total(label, before + after[:counted.end()] + label)
        measure = next(w for w in measures if label.endswith(w))
        return whole.removesuffix(measure) if whole != label else label
    m = _NAMED_COUNT.search(before)
    if not m or not label or m.group("rest") != label or not label.endswith(measures):
        return label
    names = strip_words(m.group(1), cues["label_leading"] + cues["label_verbs"]
                        + cues["label_kept_verbs"], leading=True)
    return names + label if len(names) >= 4 else label


def list_scope(label: str, before: str, previous: str | None) -> str:
    """A later item of a list whose first item is scoped by a clause in 的 keeps that scope:
    "县城完成煤改电的机关事业单位52家、学校18所、卫生院7个" → 县城煤改电的学校, …的卫生院
    (round 12, the stricter audit: a scope before a list of institutions). ``label`` stays
    unless it is the bare noun of its item (no 的, no verb's digit) and the first item of
    its clause, labelled ``previous``, opens with a 的 clause. ``before`` is the sentence up
    to the number."""
    cues = vocab("cues")
    clauses = re.split(r"[，；：。,;:]", before)
    clause = clauses[-1]
    if body := _list_body(label, clause, previous) or _placed_list(label, clause):
        return body
    item = clause.rsplit("、", 1)[-1] if "、" in clause else _comma_item(clauses)
    if item and "、" not in clause:
        clause = next(c for c in reversed(clauses[:-1]) if "的" in c)
    first = re.match(r"[^、\d]*", clause)
    if not previous or "的" not in previous or not item or item.strip() != label \
            or "的" in label or len(label) > 12 or not first or "的" not in first.group(0) \
            or previous.endswith(label) or leading_word(label, cues["label_verbs"]
                                                        + cues["label_kept_verbs"]
                                                        + cues["list_shared_verbs"]):
        return label  # "…、新建学校30所": an item with a verb of its own
    return previous[: previous.rindex("的") + 1] + label


def _placed_list(label: str, clause: str) -> str:
    """What was done, for a label opening with the places a list after 在 names, where it was
    done (round 15, the audit's list of names): "在甲路、乙路、丙路安装景观灯1000余个" →
    安装景观灯. The places are two or more, of eight characters or fewer, nouns of jieba's
    up to a verb that a noun follows; "" otherwise."""
    places = re.match(r"((?:[^、\d]{2,8}、)+)([^、\d]+)$", label)
    if not places:
        return ""
    items = places.group(1).split("、")[:-1]
    if f"在{label}" not in clause \
            or any(i in vocab("cues")["subset_part_words"] for i in items):
        return ""  # "在城区、乡镇…": a scope, not names
    pieces = tags(places.group(2))
    at = next((k for k, p in enumerate(pieces) if p.flag == "v"), 0)
    if not at or at == len(pieces) - 1 or any(p.flag[:1] != "n" for p in pieces[:at]) \
            or pieces[-1].flag[:1] != "n" or sum(len(p.word) for p in pieces[:at]) > 8:
        return ""
    return "".join(p.word for p in pieces[at:])


def _list_body(label: str, clause: str, previous: str | None) -> str:
    """A later item of a list that is one word, the first item naming the body whose it is
    (``cues.list_scope_bodies``: 人大代表, 政协委员 …, after 省/市/县/区), is that body's
    (round 15, the audit's scope lost): "办理市人大代表议案4项、建议880件" → 办理市人大代表
    建议 (a verb the label opens with stays); "" otherwise."""
    item = clause.rsplit("、", 1)[-1].strip() if "、" in clause else ""
    bodies = "|".join(map(re.escape, sorted(vocab("cues")["list_scope_bodies"], key=len,
                                            reverse=True)))
    m = re.search(rf"[省市县区]?(?:{bodies})", previous or "")
    if not m or not item or len(tags(item)) != 1 or not label.endswith(item) \
            or not previous[:m.start()].startswith(label[:len(label) - len(item)]) \
            or re.search(bodies, item) or previous.endswith(item):
        return ""
    return label[:len(label) - len(item)] + previous[len(label) - len(item):m.end()] + item


_COUNTED = r"[\d.]+[万]?[个家所座项处条名人户间套栋台辆]"
_BARE_ITEM = re.compile(rf"[^\d的、]{{1,12}}?{_COUNTED}")


def _comma_item(clauses: list[str]) -> str:
    """The last clause, when it is a later item of a list written with commas whose first
    item is in 的 ("完成煤改电的机关事业单位52家，学校18所，卫生院" → 卫生院; round 13): the
    clauses between are bare items with their counts; "" otherwise."""
    k = len(clauses) - 2
    while k >= 0 and _BARE_ITEM.fullmatch(clauses[k].strip()):
        k -= 1
    opener = clauses[k] if 0 <= k < len(clauses) - 1 else ""
    last = clauses[-1].strip()
    own = tuple(vocab("cues")["money_nouns"]) + _OWN_MEASURES + ("资金",)
    # A thing counted, named by nouns alone: "办理…问题" or "…占比" is an item of its own.
    nouns = bool(last) and all(p.flag[:1] in ("n", "j") for p in tags(last))
    return clauses[-1] if "的" in opener and re.search(_COUNTED + "$", opener) and nouns \
        and not last.endswith(own) else ""


def quoted_parts(items: list[str]) -> list[str]:
    """The parts of a 分别 list that quotes its names (``labelforms.distribute``; round 13):
    a part that is all quotation shares the last part's words after its closing mark, from
    a ``cues.distributive_tails`` word on if any: "“上海标准”、“上海品牌”新增" → “上海标准”
    新增, "“十强产业”、“四新”经济增加值" → “十强产业”增加值; others stay as they are."""
    close = items[-1].rfind("”")
    rest = items[-1][close + 1:] if items[-1].startswith("“") and close > 0 else ""
    at = min((k for t in vocab("cues")["distributive_tails"] if (k := rest.find(t)) >= 0),
             default=0)
    return [i + rest[at:] if i.startswith("“") else i for i in items[:-1]] + [items[-1]]


_PARENT = re.compile(r"(?P<noun>[^\d]*?)\d[\d.]*(?P<unit>[万亿千百]*[^\d万亿千百以左多余、]{0,3})"
                     r"(?:以上|左右|多|余)?$")


# A whole written number first: "引进留用5000名银龄人才" (round 15).
_PARENT_FIRST = re.compile(r"(?P<verb>[^\d]*?)\d[\d.]*"
                           r"(?P<unit>[万亿千百]*[个家所座项处条名人户间套栋台辆件])(?:以上|左右|多|余)?(?P<noun>[^\d]{2,12})$")


def _whole(clause: str) -> tuple[str, str, str] | None:
    """The noun (with its verb), unit and clause of a whole a 其中 part is of, written noun
    first ("新设经营主体30.8万户") or number first ("引进留用5000名银龄人才" → 引进留用银龄
    人才, 名), or None."""
    if m := _PARENT.search(clause):
        return m.group("noun"), m.group("unit"), clause
    if m := _PARENT_FIRST.search(clause):
        return m.group("verb") + m.group("noun"), m.group("unit"), clause
    return None


def _bare_unit(unit: str) -> str:
    """A unit without its magnitude: 万户 → 户, 亿元 → 元."""
    return re.sub(r"^[万亿千百]+", "", unit)


def subset_item(label: str, before: str, unit: str) -> str:
    """A part named after 其中 keeps what its whole's clause says of it (round 14, the
    stricter audit: a subset's scope or verb lost). ``before`` is the sentence up to the
    number; the whole is the nearest of the three clauses before "其中…" counted in the
    figure's own ``unit`` (its 万 or 亿 aside), else the clause just before:

    - a place or group word alone (``cues.subset_part_words``) names a part, not the thing
      counted: "新建充电桩3万个，其中农村1.2万个" → 农村新建充电桩;
    - a verb that makes the whole's count new or says what was done to it (the verbs a list
      shares: ``_shared_verb``) is the part's too: "新设经营主体30.8万户，其中企业8.4万户" →
      新设企业, with the whole's measure when the part names none ("新增铁路里程1.97万公里，
      其中高速铁路8951公里" → 新增高速铁路里程: ``cues.subset_measure_tails``), and a
      part named by nouns alone takes that measure with no verb ("营业收入50亿元，其中食品
      产业30亿元" → 食品产业营业收入);
    - a generic head (``cues.subset_generic_heads``: 站点, 网点) is the whole's things, named
      as the whole names them: "改造提升城市驿站800家，其中24小时开放站点50个" → 24小时开放
      城市驿站 (counts in units of ``cues.subset_count_units`` may differ here only);
    - the host the whole's things are in, when the part names the same things
      (``cues.host_words``): "入驻园区企业达120家，其中规模以上工业企业40家" → 入驻园区规模
      以上工业企业.

    A part with a verb or measure of its own ("其中新登记注册企业增长…", "…普及率") stays."""
    cues = vocab("cues")
    clauses = re.split(r"[，；,;（(]", before)  # "新建充电桩3万个（其中农村…"
    if len(clauses) < 2 or not clauses[-1].startswith("其中") or not label:
        return label
    items = clauses[-1][2:].lstrip("：:")  # "其中：企业…"
    item = re.sub(r"\d.*$", "", items.rsplit("、", 1)[-1]) if "、" in items else items
    item = strip_words(item, cues["label_leading"], leading=True)  # 各类, 全县 …
    # The whole: the nearest clause before counted in the figure's unit ("招引项目142个，总投资
    # 350亿元，其中亿元以上项目37个"), else the clause just before.
    wholes = [w for c in reversed(clauses[-4:-1]) if (w := _whole(c))]
    whole = next((w for w in wholes if _bare_unit(w[1]) == _bare_unit(unit)),
                 wholes[0] if wholes and wholes[0][2] == clauses[-2] else None)
    units = {_bare_unit(u) for u in (whole[1] if whole else "", unit)}
    if not item or item not in label or not whole or (
            len(units) > 1 and not units <= set(cues["subset_count_units"])):
        return label
    noun = strip_words(whole[0].strip(), cues["label_leading"]
                       + cues["running_total_words"] + cues["total_drops_not_verbs"],
                       leading=True)
    noun = re.sub(r"(?:达到|达|为|共|超过|突破)$", "", noun)
    verb = _shared_verb(noun)
    own = leading_word(label, cues["label_verbs"] + cues["label_kept_verbs"])
    bare = not own and not label.endswith(_OWN_MEASURES + tuple(cues["money_nouns"]))
    shared = verb + label if verb and bare and label == item else label
    if re.search(r"[“”]", noun) and not re.search(r"[、（）()]", noun):
        # The whole's verb over the parts of a quoted whole or of one counted in another
        # count unit (round 15): "建设农村“水盆子”684个，其中水库5座" → 建设水库.
        return shared
    if len(noun) < 2 or re.search(r"[、“”（）()]", noun):
        return label
    if label == item and item in cues["subset_part_words"]:
        return item + noun  # "…充电桩3万个，其中农村1.2万个" → 农村新建充电桩
    generic = next((h for h in cues["subset_generic_heads"] if label.endswith(h)), "")
    counted = strip_words(noun, cues["label_verbs"] + cues["label_kept_verbs"], leading=True)
    if generic and label == item and counted != noun and not counted.endswith(generic):
        return label[:-len(generic)] + counted  # "24小时开放站点" → 24小时开放城市驿站
    if len(units) > 1:
        return shared
    tail = next((t for t in sorted(cues["subset_measure_tails"], key=len, reverse=True)
                 if noun.endswith(t) and t not in label), "")
    if verb and bare:
        return verb + label + tail  # "新设经营主体…，其中企业…" → 新设企业
    if tail and bare and label == item and not (tail.endswith("面积") and label.endswith("地")) \
            and all(p.flag[:1] in ("n", "j") for p in tags(label)):  # 工业用地 is an area
        return label + tail  # "全社会固定资产投资完成20亿元，其中国有经济…" → 国有经济投资
    host = max((h for h in cues["host_words"] if h in noun), key=len, default="")
    head = noun[noun.rindex(host) + len(host):] if host else ""
    if head and label == item and label.endswith(head) and not label.startswith(noun[:2]):
        return noun[:len(noun) - len(head)] + label  # 入驻园区规模以上工业企业
    return label


# A class of size in money: 超1000万元, 亿元以上, 5亿元以上, 超千万, 过亿元 (round 14).
_CLASS = re.compile(r"(?:超过?|过)?(?:[\d.]+|[一二三四五六七八九十两]+)?[十百千]?[万亿]元?"
                    r"(?:以上)?")


def carried_class(label: str, previous: str | None) -> str:
    """A class of size named bare, or with the noun of the figure before, after a figure
    whose label holds another class of the same kind, is that label at this class (round
    14, the stricter audit: the qualifying verb of a class dropped): "纳税超1000万元企业30
    家、超500万元企业10家" → 纳税超500万元企业; "亿元以上项目50个，其中5亿元以上11个" →
    …5亿元以上项目; "年产值超千万的企业37家，其中超亿元的12家" → 年产值超亿元的企业. The
    class opens ``label`` and what follows it there is nothing, 的 or the noun that follows
    the class in ``previous``; ``label`` stays otherwise."""
    m = _CLASS.match(label)
    if not previous or not m or not _is_class(m.group(0)):
        return label
    was = next((c for c in _CLASS.finditer(previous) if _is_class(c.group(0))), None)
    rest = label[m.end():]
    if not was or was.group(0) == m.group(0) or not was.start() \
            or (rest and rest.strip("的") and not previous[was.end():].strip("的").startswith(
                rest.strip("的"))):
        return label
    return previous[:was.start()] + m.group(0) + previous[was.end():]


def _is_class(words: str) -> bool:
    """Whether a match of ``_CLASS`` is a class of money ("超千万", "5亿元以上"), not a bare 万."""
    return len(words) > 2 and (words.startswith(("超", "过")) or words.endswith(("以上", "元")))


def carried_measure(label: str, previous: str | None, before: str, unit: str) -> str:
    """The measure of the first of a list of figures, carried to a later item that names only
    its thing (round 14, the stricter audit: a scope lost): "食品产业产值达到80亿元，装备制造业
    达到60亿元" → 装备制造业产值; "高技术制造业增加值增长12%，战略性新兴产业增长9.2%" →
    战略性新兴产业增加值. ``previous`` ends with a measure of ``cues.carried_measures`` that
    the figure before's clause names, with a thing before it; ``label`` is a noun of jieba's
    (not a verbal noun) with no measure of its own (``cues.carried_measure_not_after``), the
    whole of its clause but a verb of level or growth (``cues.carried_measure_verbs``), and
    both clauses grow or both do not, in the same ``unit`` (the figure's; its 万 or 亿 aside).
    ``before`` is the sentence up to the number."""
    cues = vocab("cues")
    if not previous or not label:
        return label
    measure = next((w for w in sorted(cues["carried_measures"], key=len, reverse=True)
                    if previous.endswith(w)), "")
    clauses = re.split(r"[，、；,;]", before)
    if not measure or len(previous) <= len(measure) or len(clauses) < 2 \
            or label.endswith(tuple(cues["carried_measure_not_after"])) or measure in label:
        return label
    own = strip_words(clauses[-1].strip(), cues["label_leading"], leading=True)
    verb = own[len(label):] if own.startswith(label) else None
    first = clauses[-2]
    if verb is None or (verb and verb not in cues["carried_measure_verbs"]) \
            or measure not in before[:len(before) - len(clauses[-1])] \
            or ("增长" in verb) != ("增长" in first):
        return label
    was = _PARENT.search(first)
    if not was or _bare_unit(was.group("unit")) != _bare_unit(unit):
        return label  # the figure before in another unit: "投资1.5亿元，改造农村公路41.8公里"
    pieces = tags(label)
    if not pieces or any(p.flag[:1] in ("v", "d", "p", "m") for p in pieces) \
            or pieces[-1].flag[:1] not in ("n", "j"):
        return label
    return label + measure
