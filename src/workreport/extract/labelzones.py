"""A zone named as the subject opening a sentence owns its bare amounts (issue 13, round 39,
ra39; the dev draws' "scope lost": a zone's income read as the county's).

A sentence opening with a zone's name (``cues.zone_heads``: 开发区, 产业园区, 园区 …; no verb
before it: not "持续实施开发区…") is about that zone; a bare money measure of its first part
(``cues.zone_measures``: 主营业务收入, 进出口总额 …, or its infrastructure spending,
``cues.zone_works`` before ``zone_spending``) is the zone's:

- "经济开发区“九通一平”基础设施建设扎实推进，主营业务收入完成100.1亿元，同比增长29.98%" →
  经济开发区主营业务收入 for both;
- "某某产业园区2007年开始规划建设，基础设施建设累计投入3.7亿元" → 某某产业园区基础设施建设
  累计投入.

Not after a ； (another part may name another zone), nor a label naming a zone already, nor a
count (the firms a zone hosts are ``labelqualify``'s).

Round 41 (ra41, the dev draws' "scope lost": 建成项目 for a province's motorway projects): a
topic heading a sentence alone ("高速公路，…") owns its counts of projects named only by their
stage (``topic_projects``).

Round 46 (s46f, the development draws' "other thing": a zone's name standing for the things
counted after the number): a place's or zone's name jieba tags a verb inside (``place_name``:
禁煤区, 综合改革试点) and a counted noun opened by a modifier jieba tags a verb (``noun_led``:
创新成果) still let the name own the noun (``labelowners._noun_owner``).

Round 71 (w3, the development draws' "scope lost": a zone's households labelled by the zone
alone): a zone's name right before a count of households or people with no noun after the
number, and what was done for them after it behind a filler verb (``cues.zone_act_fillers``:
实现, 进行 …) to the clause's end, is labelled by the zone and what was done
(``zone_people_acted``):
"非禁煤区3.1万户实现天然气取暖" → 非禁煤区天然气取暖 (was 非禁煤区), "某蓄滞洪区2.1万余人进行
迁建" → 某蓄滞洪区迁建. Only a name ``place_name`` reads as a zone's (not 山区, 城区: jieba's
single nouns, nor 核心区平房), and only when the label is that name and nothing else.
Round 71 review (q7): a later count of the same zone's households, the number opening its
clause, took the earlier act with the carried label ("非禁煤区3.1万户实现天然气取暖，1.2万户
实现电取暖" gave 非禁煤区天然气取暖 for both): it takes its own act (非禁煤区电取暖), or the
zone alone where it says none (``_zone_carried``).
"""

from __future__ import annotations

import re
from functools import cache

import jieba.posseg

from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags
from workreport.extract.labelzoneacts import zone_acted
from workreport.extract.labelzonelead import subject_led, zone_led
from workreport.extract.nonfigures import alternation
from workreport.extract.numbers import vocab

__all__ = ["noun_led", "place_name", "topic_measure", "topic_projects", "zone_people_acted",
           "zone_subject", "zoned"]


@cache
def _opening_zone() -> re.Pattern[str]:
    """A zone's name opening a sentence: up to 10 characters, a bracket, then a zone head."""
    heads = alternation(cue_words("zone_heads"))
    return re.compile(rf"\s*([^，,；;。：:、\d“”]{{0,10}}?(?:{heads})区?)")


# Names of works before 等 and the works they are examples of ("道路、电力等基础设施累计投入
# 资金": round 87, w2, the development draws' scope lost: the zone opening the sentence lost).
_EXAMPLES = re.compile(r"^[^，,；;。等\d]{2,16}?等(?=[\u4e00-\u9fff])")


def zone_subject(name: str, before: str, rest: str, dimension: str) -> str:
    """``name`` with the zone opening the sentence (``before``: the sentence up to the figure;
    ``rest``, after it, is not read) in front, when it is a bare money measure or growth of the
    zone's first part; ``name`` otherwise (``labelassigned.after_label`` applies it), and
    when the figure's own clause opens with a whole place (``cues.scope_words``: "全年高新区
    实现营业收入120亿元，全县固定资产投资增长8%" keeps 固定资产投资; session 57). A time
    word opening the sentence is no part of the zone's name (全年高新区 → 高新区)."""
    if dimension not in ("money", "percent") or re.search(r"[；;]", before) \
            or any(h in name for h in cue_words("zone_heads")) \
            or re.split(r"[，,]", before)[-1].strip().startswith(tuple(cue_words("scope_words"))):
        return name
    spending = name.endswith(cue_words("zone_spending")) \
        and _EXAMPLES.sub("", name).startswith(cue_words("zone_works"))  # 道路、电力等 (r87)
    if not (spending or name in cue_words("zone_measures")):
        return name
    m = _opening_zone().match(before)
    if not m or len(m.group(1)) >= len(before.strip()) \
            or any(t.flag[:1] in ("v", "p", "d") for t in tags(m.group(1))):
        return name
    pieces = tags(m.group(1))
    zone = m.group(1)[len(pieces[0].word):] if pieces[0].flag == "t" else m.group(1)
    return zone + name


# A topic heading its sentence alone: a noun phrase of 2 to 6 characters (方面 after it goes)
# and a comma ("高速公路，", "内河航道，", "公路方面，").
_TOPIC = re.compile(r"\s*([\u4e00-\u9fff]{2,6}?)(?:方面)?[，,]")


def _part_topic(before: str) -> str:
    """The topic heading the sentence, or its last ；-part, alone (``_TOPIC``): nouns only
    (jieba's n, ns, nz, j), no scope word (全县, 我市) and no word of how something fared
    (``cues.agent_fared``: 招商引资成效显著, which jieba tags nouns); "" when there is none."""
    m = _TOPIC.match(re.split(r"[；;]", before)[-1])
    topic = m.group(1) if m else ""
    if not topic or topic in cue_words("scope_words") \
            or any(w in topic for w in cue_words("agent_fared")) \
            or not all(t.flag in ("n", "ns", "nz", "j") for t in tags(topic)):
        return ""
    return topic


def topic_projects(name: str, before: str, rest: str, dimension: str) -> str:
    """``name``, a count of projects named only by their stage (``cues.topic_project_stages``
    and ``topic_project_ranks`` before ``topic_project_heads``: 建成项目, 在建项目, 开工重点
    项目), with the topic heading the sentence alone in front (round 41, ra41, scope lost):
    "高速公路，开工某某高速改扩建等3个项目，…建成某某至某某等12个项目" → 高速公路开工项目,
    高速公路建成项目; "内河航道，提速某某航道二期等5个在建项目" → 内河航道在建项目. The topic
    is nouns only (jieba's n, ns, nz, j), no scope word (全县, 我市), no project of its own and no
    word of how something fared (``cues.agent_fared``: 招商引资成效显著, which jieba tags nouns);
    after a ； the part's own topic ("…；铁路，开工项目3个" → 铁路开工项目), none when the part
    opens with none; not for money or a rate (``rest`` is not read). ``name`` otherwise
    (``labelassigned.after_label`` applies it)."""
    if dimension in ("money", "percent"):
        return name
    head = next((h for h in cue_words("topic_project_heads") if name.endswith(h)), "")
    stage = name[:len(name) - len(head)] if head else ""
    stage = next((stage[:-len(r)] for r in cue_words("topic_project_ranks")
                  if stage.endswith(r)), stage)
    if not head or (stage and stage not in cue_words("topic_project_stages")):
        return name
    topic = _part_topic(before)
    return topic + name if topic and head not in topic else name


def topic_measure(name: str, before: str) -> str:
    """``name``, a bare zone measure (``cues.zone_measures``: 主营业务收入, 营业收入 …), with the
    topic heading its sentence or its ；-part alone in front, on ``topic_projects``' terms
    (nouns only, no scope word, no word of how something fared): "…；软件信息，深入实施…，力争
    主营业务收入超过4000亿元；…" → 软件信息主营业务收入 (session 73, tester 73 D-C2: an industry's
    revenue in a list of industries was read as the whole place's). ``name`` otherwise."""
    return _part_topic(before) + name if name in cue_words("zone_measures") else name


def zoned(name: str, before: str, rest: str, dimension: str) -> str:
    """``zone_subject``, then ``topic_projects`` (round 41, ra41; one rule of
    ``labelassigned.after_label`` for both): "高速公路，…建成甲至乙等12个项目" → 高速公路建成
    项目; then the part of the place the sentence's lead clause is about
    (``labelzonelead.zone_led``, round 64, z5): "城区品质大幅提升，新改建道路12条" → 城区新改建
    道路; then the subject opening the sentence (``labelzonelead.subject_led``, round 68, v3):
    "东西部协作和对口支援投入帮扶资金34亿元、实施帮扶项目807个" → 东西部协作和对口支援帮扶项目;
    then a zone doing what its clause counts (``labelzoneacts.zone_acted``, round 71, w1); then a
    zone's households or people with what was done to them (``zone_people_acted``, round 71, w3);
    ``topic_measure`` after ``topic_projects`` (session 73)."""
    name = topic_projects(zone_subject(name, before, rest, dimension), before, rest, dimension)
    name = topic_measure(name, before)  # 软件信息，…主营业务收入 (tester 73 D-C2)
    name = subject_led(zone_led(name, before, rest, dimension), before, rest, dimension)
    name = zone_acted(name, before, rest, dimension)  # 示范区累计形成N项… (round 71, w1)
    return zone_people_acted(name, before, rest, dimension)  # round 71 (w3)


def zone_people_acted(name: str, before: str, rest: str, dimension: str) -> str:
    """``name``, a count's label that is only the zone named right before the number, with what
    was done for the households or people counted (``rest``, after the number, behind a verb of
    ``cues.zone_act_fillers``) as the module says (round 71, w3); ``name`` as it is otherwise."""
    if dimension not in ("count", "people"):
        return name
    clauses = re.split(r"[，,；;。：:、]", before)
    if not clauses[-1].strip() and len(clauses) > 1:  # round 71 review (q7): a later count
        return _zone_carried(name, clauses[-2], rest)
    if not place_name(name) or clauses[-1].strip() != name:
        return name
    m = _zone_act().match(rest)
    return name + m.group(1) if m else name


def _zone_carried(name: str, earlier: str, rest: str) -> str:
    """``name``, carried from the count of the clause before (``earlier``: "非禁煤区3.1万户实现
    天然气取暖"), with that count's act for the act of its own (``rest``: "实现电取暖" →
    非禁煤区电取暖), the zone alone where it says no act of the kind; the carried label gave the
    earlier act to this count (round 71 review, q7). ``name`` as it is when it does not end
    in the earlier clause's zone and act."""
    m = re.match(r"([^\d]{2,16}?)[\d.]+[万千]?[户人]", earlier)
    said = _zone_act().match(earlier[m.end():] + "，") if m else None
    if not said or not place_name(m.group(1)) or not name.endswith(m.group(1) + said.group(1)):
        return name
    own = _zone_act().match(rest)
    return m.group(1) + (own.group(1) if own else "")


@cache
def _zone_act() -> re.Pattern[str]:
    """A filler verb of ``cues.zone_act_fillers`` and what was done, to the clause's end, no
    digit, built once: "实现天然气取暖，…" → 天然气取暖."""
    fillers = alternation(cue_words("zone_act_fillers"))
    return re.compile(rf"(?:{fillers})([\u4e00-\u9fff“”]{{2,12}})(?:[，,；;。！？、]|$)")


@cache
def _label_verbs() -> tuple[str, ...]:
    """The verbs a label peels or keeps (``cues.label_verbs``, ``label_kept_verbs``,
    ``list_shared_verbs``): none opens a zone's name (``place_name``) or is a modifier of the
    counted noun (``noun_led``)."""
    cues = vocab("cues")
    return tuple(cues["label_verbs"] + cues["label_kept_verbs"] + cues["list_shared_verbs"])


def place_name(name: str) -> bool:
    """Whether ``name`` is a place's, zone's or body's name although jieba tags a verb inside
    it (round 46, s46f, the development draws' "other thing": 禁煤区, 蓄滞洪区, 综合改革试点,
    自贸试验区, 职业教育中心学校): it ends in one of ``cues.owner_place_ends`` as a noun of
    jieba's and opens with no verb a label peels or keeps (not "建成产教融合基地")."""
    name = name.strip("“”")  # a quoted zone: “禁煤区”
    pieces = tags(name)
    if _sided(name, pieces):
        return True
    return len(pieces) > 1 and pieces[-1].flag[:1] == "n" \
        and name.endswith(tuple(vocab("cues")["owner_place_ends"])) \
        and not name.startswith(_label_verbs()) and not re.search(r"[的和与及、，\d]", name)


def _sided(name: str, pieces: tuple[jieba.posseg.pair, ...]) -> bool:
    """Whether ``name`` is a stretch of land named by its side of a landmark (round 48, s48c,
    fragments: "完成京昆高速以西51个村…改造" was labelled 京昆高速以西, the villages lost):
    a landmark with a noun of jieba's and no verb or preposition, and a side word of
    ``cues.place_side_words`` (以西, 以北 …) that jieba tags a locative (f). False otherwise
    ("建成区以西" opens with a verb a label peels, "向西" has no landmark)."""
    return len(pieces) > 1 and pieces[-1].flag == "f" \
        and pieces[-1].word in cue_words("place_side_words") \
        and any(p.flag[:1] == "n" for p in pieces[:-1]) \
        and not any(p.flag[:1] in "vp" for p in pieces[:-1]) \
        and not name.startswith(_label_verbs()) and not re.search(r"[的和与及、，\d]", name)


def noun_led(counted: tuple[jieba.posseg.pair, ...]) -> bool:
    """Whether the words after a number open with a modifier jieba tags a verb, verbal noun or
    distinguishing word and a noun of two characters or more right after it, or a head of
    ``cues.named_heads`` jieba tags a verb (round 46, s46f: 创新|成果, 高频|事项, 创新|举措)."""
    return len(counted) > 1 and counted[0].flag in ("v", "vn", "b") \
        and counted[0].word not in _label_verbs() and len(counted[1].word) > 1 \
        and (counted[1].flag[:1] == "n" or counted[1].word in cue_words("named_heads")) \
        and counted[1].word not in vocab("units")["units"]["time"]  # 4个工作|小时内办结
