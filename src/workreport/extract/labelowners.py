"""Whose measure a label names (issue 13 §2, seventh round; used by ``naming``).

A label that is only a measure or a generic noun leaves the reader asking "of what?"; one
that names the thing beside the figure names the wrong thing. These rules give it its
owner or its own thing, with the words the text gives:

- *owner of a measure*: a bare measure word (产值, 产量, 总里程 …, ``cues.owned_measure_words``)
  takes its owner from the figure before ("粮食播种面积1.1亿亩、产量825亿斤" → 粮食产量;
  "入园企业达135家，实现产值131.9亿元" → 入园企业产值) or from the clause before
  ("粮食生产再获丰收，总产达到557亿斤" → 粮食总产), ``owned``;
- *a total is of the stock*: "新增上市企业7家、总数达161家" → 上市企业 (``stock_of``);
- *a count beside a rate*: "42个国省考断面水质优良比例…" → 国省考断面 for the count, the
  rate keeps its own label (``count_not_rate``); "空气优良天数比率达81.9%、同比增加8天" → the
  days are 空气优良天数 (``carried_count``);
- *a gap is not the rate*: "…增长20.4%、高于全国12.4个百分点" → …增速高于全国 (``gap``);
- *a measure of the thing after 的* (round 9): "总投资11亿元、占地600亩的河北大学安国校区" →
  河北大学安国校区总投资, …占地 (``land_of``).

A bare rate's owner is ``labelrates``; what money is spent on, the works a clause names,
``labelpurpose`` (split from here in round 28, tidy 3); which of a generic counted noun are
counted and what a count of times counts, ``labelpredicate`` (round 76, tidy). The words are
data (``cues.yml``).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract import labelattrib, labelwords
from workreport.extract.labelattrib import attributed_measure, attributed_thing, listed_before
from workreport.extract.labelbareowner import second_act, swapped_act
from workreport.extract.labelclasshead import band_head
from workreport.extract.labelclean import clean, strip_words
from workreport.extract.labelcountedof import sent_or_manner
from workreport.extract.labelforms import modifier_only
from workreport.extract.labelgapthan import gap_than
from workreport.extract.labelmeasures import indicator_owner, revenue_owned, whole_indicator
from workreport.extract.labelrates import clause_subject
from workreport.extract.labelshares import counted_places
from workreport.extract.labelvocab import cue_words, rate_ends
from workreport.extract.labelwords import bare_verb, batched, noun_phrase, short_owner, tags
from workreport.extract.labelzones import noun_led, place_name
from workreport.extract.nonfigures import alternation, classifiers
from workreport.extract.numbers import vocab

__all__ = ["carried_count", "count_not_rate", "counted_total", "counts_things", "free_verb", "gap",
           "land_of", "owned", "owner_before", "stock_of"]


def owned(name: str, previous: str | None, clause_before: str) -> str:
    """``name`` with its owner when it is a bare measure word, else ``name``.

    The owner is the figure before's label without its own measure word ("粮食播种面积" →
    粮食) or, when that names no measure, the thing it counted, without the verb that says
    what was done ("新增地铁运营里程" → 地铁, "建成大棚" → 大棚); with no figure before, a
    crop or product that opens ``clause_before`` owns an output ("粮食生产再获丰收" → 粮食).
    Money after a rate is of the rate's owner ("省市重点项目开工率" → 省市重点项目投资). A bare
    净增 after a stock is of its things: "经营主体达59.3万户、净增2万多户" → 净增经营主体; a
    bare 增速 or 增幅 after a level is that level's growth, named as its subject is (round 10:
    "社会消费品零售总额完成136.5亿元，增速11.5%" → 社会消费品零售总额). A bare 占比, 比重,
    保障面 … (r74; not after a list of counts, q74-2: whose is unsaid; or a bare 占: "其中…120家，
    占35%") is the share of the figure before's thing (r13: "…项目有6个，占比达54.5%"). A bare
    benefit (``cues.visitor_benefit_words``: 综合效益, 社会效益) after a count of visitors
    received is tourism's (round 44, rb44: "接待游客764万人次，实现综合效益38亿元" → 旅游综合效益).
    A measure after a list of size bands is of the things they sort, not of the last band
    (``labelclasshead.band_head``: "…、30亿元以上4个，年营业收入…" → 产业集群年营业收入; tester 73).
    """
    cues = vocab("cues")
    if name in cues["visitor_benefit_words"] and previous \
            and re.search(r"接待.*游客|游客$", previous):
        return "旅游" + name  # "接待游客…，实现综合效益38亿元" (round 44, rb44)
    if name in ("占比", "比重", "占", *cues["previous_owned_shares"]) and previous \
            and not previous.endswith((*rate_ends(), "增长", "天数", *cues["rate_owner_acts"])) \
            and not re.search(r"[、和及与]", previous) and not (name in cues[
                "previous_owned_shares"] and re.search(r"\d\D*[、和及]\D*\d", clause_before)):
        # "…出口增长12%、占比35%" → …出口占比, not the group (round 13); 新增 … go.
        own = strip_words(previous, cues["rate_owner_drops"] + cues["label_verbs"], leading=True)
        return (own if len(own) > 1 else previous) + ("占比" if name == "占" else name)
    if name in cues["net_increase_words"] and previous and not previous.endswith(rate_ends()):
        return name + _stock(previous)  # "经营主体达59.3万户、净增2万多户" → 净增经营主体
    if name in cues["gap_rate_words"] and previous and not re.search(r"[、和及与]", previous) \
            and not previous.endswith(cue_words("rate_ends", "gap_rate_words", "money_nouns")):
        return previous  # "地区生产总值完成81.16亿元，增速7.9%": the growth of its subject
    rated = re.sub(r"[\u4e00-\u9fff]{1,2}率$", "", previous or "")
    if name in cues["money_nouns"] and previous and previous.endswith("率") \
            and len(rated) > 2 and not re.search(r"[、和及与]", rated):
        return rated + name  # "…重点项目，开工率100%，完成投资18.1亿元" (round 9)
    if name.removeprefix("年") not in cues["owned_measure_words"] and not revenue_owned(
            name, previous) and (previous or name not in cues["subject_owned_words"]):
        return name
    if previous:
        measures = sorted(cues["owner_measure_suffixes"] + cues["owned_measure_words"],
                          key=len, reverse=True)
        # A total (总规模) of another measure keeps it: "新能源并网装机…，总规模…".
        own = next((previous[: -len(w)] for w in measures if previous.endswith(w)
                    and not (name.startswith("总") and w[-1] not in name
                             and name not in cues["output_measure_words"])), None)
        if own is None and whole_indicator(previous) and not (own := indicator_owner(previous)):
            return name  # "地区生产总值增长6.5%，实现利税…" → 利税 (round 56, s56c; g56c)
        if name in previous or (own is None and re.search(
                r"[、和及与]|率$|比重$|比例$", previous)) or previous.endswith(
                    tuple(cues["money_nouns"])):
            return name  # a list, a rate or money owns nothing
        own = strip_words(previous if own is None else own, cues["label_kept_verbs"],
                          leading=True)
        if (head := band_head(own, clause_before)) is not None:  # tester 73 D-C4
            return labelwords.owned_by(head, name) if head else name
        own = own if name in cues["act_kept_sizes"] and own.endswith(tuple(cues[  # q76-1
            "label_kept_verbs"])) else _without_trailing_verbs(own)  # 园区建成面积… → 园区总产值
        return labelwords.owned_by(own, name) if len(own) > 1 and not name.startswith(own) else name
    pieces = list(tags(clause_before)) if clause_before else []
    while pieces and pieces[0].word in cues["label_leading"] and pieces[0].flag[:1] != "v":
        pieces.pop(0)  # 今年, 全县 …, but not a verb (推进)
    # The crop is the clause's subject, its verb next ("粮食生产…"), not a list's first name
    # ("索具、汽车零部件…三大主导产业…", "汽车灯具、…").
    if name in cues["output_measure_words"] and len(pieces) > 1 and pieces[0].flag == "n" \
            and len(pieces[0].word) > 1 and pieces[1].flag[:1] in ("v", "d") \
            and not re.search(r"[、和及与]", clause_before):
        return pieces[0].word + name  # "粮食生产实现“十连增”，总产达到49.9万吨"
    subject = clause_subject(clause_before) if name in cues["subject_owned_words"] else ""
    return subject + name if subject and not name.startswith(subject) else name


def _without_trailing_verbs(own: str) -> str:
    """``own`` without the verbs, adverbs and locality words ending it (jieba's tags), or ""
    when it is nothing but those: "粮食增产" → 粮食; "建成后将达到" → "" (round 11)."""
    pieces = list(tags(own)) if own else []
    while pieces and pieces[-1].flag in ("v", "d", "f", "p", "u"):
        pieces.pop()
    return "".join(p.word for p in pieces) if pieces and pieces[-1].flag[:1] != "v" else ""


def free_verb(name: str, previous: str | None, before: str, dimension: str) -> bool:
    """Whether ``name`` is a bare verb (``labelwords.bare_verb``; for a count of things or
    people also a modifier alone, ``labelforms.modifier_only``: 选派市县) that may take the
    counted noun after its number: always with
    no figure before it in the sentence or with a batch word ("筹建首批"), and when its
    clause opens after ，or ；("完成30项疏堵工程，打通20条断头路" → 打通断头路); not in
    a list after 、, where it acts on the thing before ("新建公厕7座、改造1座").
    ``before`` is the sentence up to the number."""
    if not (bare_verb(name) or sent_or_manner(name, dimension)
            or (dimension in ("count", "people") and modifier_only(name))):
        return False
    if not previous or batched(name):
        return True
    if len(name) < 2:
        return False  # "让4000户购房业主住上新居": the noun after the number alone
    head = before.rstrip()[: len(before.rstrip()) - len(name)] if before.rstrip().endswith(
        name) else ""
    return head[-1:] in ("，", "；", ",", ";")


def land_of(name: str, after: str) -> str:
    """A bare land area, floor area or length (占地, 建筑面积, 全长: ``cues.land_measure_words``)
    is of the thing it qualifies with 的 after the number: "占地300亩的城市公园" → 城市公园占地,
    "建成建筑面积2万平方米的文化中心" → 文化中心建筑面积 (the verb goes); so is money, and each
    measure, of a list of them before the 的 ("总投资11亿元、占地600亩的河北大学安国校区" →
    河北大学安国校区总投资; round 9), and money of the projects a count after 、 names
    ("总投资638亿元、128个重点项目建设" → 重点项目总投资; round 41, rc41). Round 47 (s47d): so
    is a size or capacity (``cues.attributed_measures``: "设立总规模500亿元的…母基金" → …母基金
    总规模), after verbs or a joined item (``labelattrib.attributed_measure``), with a count
    or a quoted name after the 的 ("全长25.4公里的7条农村公路" → 农村公路全长); round 63 (y4): of
    all names listed after it (``labelattrib.listed_before``). ``after`` is the text from the
    number's end. ``name`` as it is otherwise."""
    cues, measure = vocab("cues"), attributed_measure(name)  # r47: 建成储备能力 → 储备能力
    item = r"[^、，。；\d的]{1,8}?[约近超逾]?\d[\d.]*[^\d、，。；的]{0,5}"
    noun = r"(?:[^，。；：、\d“”（）()〔和及与]|“[^”，。；]{1,12}”|\[\d{1,2}\]|（[^）\d]{1,6}）)"
    counted = r"(?:\d{1,4}[个条座所家项处])?"  # round 47: "全长25.4公里的7条农村公路"
    # round 86 (w4): a said item after a land measure or size: "占地75亩、充满青春气息的…公园"
    said = r"(?:、[^、，。；：:\d的“”（）()]{2,12}(?=的))?" \
        if measure in cues["land_measure_words"] + cues["attributed_measures"] else ""
    m = re.match(rf"((?:、{item})*{said})的({counted}{noun}{{2,16}}(?:[和及与]{noun}{{2,12}})?)",
                 after)
    if not m and measure == "总投资":
        # round 41 (rc41): "总投资638亿元、128个重点项目建设" → 重点项目总投资 (not bare 项目)
        m = re.match(rf"(、)[约近超逾]?\d+[个项]((?:(?!的){noun}){{2,14}}?项目)", after)
    if not m or not (measure in cues["land_measure_words"] + cues["attributed_measures"]
                     or (m.group(1) and measure in cues["money_nouns"])):
        return name
    listed, rest = listed_before(after[m.start(2):])  # round 63: "的甲园、乙园、丙园…" all
    if run := re.match(rf"{noun}{{2,16}}(?:[和及与]{noun}{{2,12}})?", rest) if listed else None:
        return listed + labelattrib.last_listed(run.group(0), listed) + measure  # r63 rev.
    # What is said goes ("…产业园正在建设"); jieba's noun phrase if whole (智能制造产业园)
    thing = re.split(alternation(cues["land_thing_stops"]), attributed_thing(m.group(2)))[0]
    thing = clean(phrase if len(phrase := noun_phrase(thing)) > 3 else thing)
    pieces = tags(thing) if thing else ()  # up to its last noun: "…校区建设" (not 制造)
    last = max((i for i, p in enumerate(pieces) if p.flag[:1] in ("n", "j")
                or p.flag == "zg"), default=-1)
    thing = "".join(p.word for p in pieces[: last + 1])
    return thing + measure if len(thing) > 1 else name


def owner_before(name: str, after: str, unit: str = "") -> bool:
    """Whether ``name``, before a number, owns ``after``, the thing counted after it: a short
    name with no verb (``labelwords.short_owner``: "黑木耳1000栋大棚" → 黑木耳大棚), or a park
    or base that hosts what is counted (``cues.host_words``; round 9): "现代雕塑产业园115家
    企业签约入驻" → 现代雕塑产业园企业, not the park; or any name of nouns only before a
    count of things (``unit``) whose noun follows it (``_noun_owner``, round 39)."""
    cues = vocab("cues")
    hosts = name.endswith(tuple(cues["host_words"])) and not name.startswith(
        tuple(cues["label_verbs"] + cues["label_kept_verbs"]))  # not "建成产教融合基地32个和…"
    return short_owner(name) or (hosts and after.endswith(tuple(cues["generic_counted_nouns"]))) \
        or _noun_owner(name, after, unit)


@cache
def counts_things() -> re.Pattern[str]:
    """A count of things (not money, land or a share): the units a zone's, body's or
    programme's things are in, as ``units.yml`` names them (``nonfigures.classifiers``),
    ending the unit; searched in a unit ("个", "万户", not "万元")."""
    return re.compile(classifiers("个家所座户名人只项件条处间台辆套部栋") + "$")


def _noun_owner(name: str, after: str, unit: str) -> bool:
    """Whether ``name``, a zone, body or class before a count of things, owns the noun counted
    after the number (round 39, the development draws' "other thing": a label naming the
    zone, not the things): "东湖库区8座港航码头建设进展顺利" → 东湖库区港航码头建设, "某自贸区
    28项制度创新成果全国推广" → 某自贸区制度创新成果. ``name`` is nouns only as jieba tags
    them (no verb, adverb, pronoun, numeral, 的 or 和: a clause's own words, "我区东部"),
    ``after`` opens with a noun of two characters or more (not a verb or an adverb jieba
    tags a noun: ``cues.counted_after_fillers``, 全部). A project's name (ending in a word of
    ``cues.project_owner_heads``, opening with a noun) may hold the act it is named for
    (round 41, rb41: "某河治理工程6个标段顺利开工" → 开工的某河治理工程标段). Round 46
    (s46f): so may a place's or zone's name (``labelzones.place_name``: 禁煤区, 综合改革试点),
    which owns a village or town counted too ("禁煤区3个村"), and the noun after may open with
    a modifier jieba tags a verb (``labelzones.noun_led``: 创新成果); round 71 (w6): it may
    hold a direction word (jieba's f): "中部城市群131项高频事项…" → 中部城市群高频事项…."""
    if not unit or not counts_things().search(unit) or not after or not 1 < len(name) <= 14:
        return False
    if len(after) == 1:  # a zone's villages or towns (round 46, s46f: "禁煤区3个村")
        return after in vocab("cues")["frame_place_heads"] and place_name(name)
    pieces, counted = tags(name), tags(after)
    if len(pieces) > 2 and pieces[-1].word in vocab("cues")["project_owner_heads"] \
            and pieces[0].flag[:1] in "njls":  # a project named for its act: 黄河治理工程
        pieces = tuple(p for p in pieces if p.flag not in ("v", "vn", "an", "a"))
    return (all(p.flag[:1] in "njlbsf" or p.word in "“”" for p in pieces) or place_name(name)) \
        and ((counted[0].flag[:1] in "njl" and len(counted[0].word) > 1) or noun_led(counted)) \
        and counted[0].word not in vocab("cues")["counted_after_fillers"]


def stock_of(raw: str, name: str, previous: str | None) -> str | None:
    """The label of a total after the count of new ones ("新增上市企业7家、总数达161家" →
    上市企业), or None when ``raw`` (the clause before the number) is no bare total. A count
    written number first leaves its noun in ``raw`` before the total (round 14): "新增22家
    国家级5G工厂、总数达36家" (``raw`` "国家级5G工厂、总数达") → 国家级5G工厂."""
    cues = vocab("cues")
    noun, _, rest = raw.strip().rpartition("、")
    if previous and noun and previous.endswith(noun) and "、" not in noun:
        raw, name = rest, clean(rest)  # the count before's noun, then its total
    new = re.match(r"([^、]{2,}?)(?:新增|净增)", noun)  # "5A级景区新增某地、总数达16家" (r17)
    if new and rest.strip().startswith(tuple(cues["total_words"])):
        return new.group(1)
    if not previous or not raw.strip().startswith(tuple(cues["total_words"])) \
            or name not in ("", *cues["generic_labels"]):
        return None
    stock = _stock(previous)
    return stock if len(stock) > 1 else None


def _stock(count: str) -> str:
    """The things a count of new ones counts, the words saying they are new gone from its
    start (新增, 新建 …: ``cues.total_drops``) and a net increase from its end ("市场主体净增"
    → 市场主体; round 13, ``cues.trailing_increase_words``: "外卡POS机新增" → 外卡POS机)."""
    cues = vocab("cues")
    stock = strip_words(count, cues["total_drops"], leading=True)
    ends = cues["net_increase_words"] + cues["trailing_increase_words"]
    return strip_words(stock, ends, leading=False) or count


def counted_total(name: str) -> str:
    """A count's label without a trailing 总数 or 总量, which says it is a stock, not what is
    counted: "科技型中小企业总数" → 科技型中小企业 (the caller checks the unit counts things)."""
    rest = strip_words(name, vocab("cues")["total_words"], leading=False)
    pieces = tags(rest) if rest != name and len(rest) > 1 else ()
    return rest if pieces and pieces[-1].flag[:1] in ("n", "j") else name


def count_not_rate(after: str, unit: str) -> str:
    """A count's noun, cut before a rate ("国省考断面水质优良比例" → 国省考断面) or a measure."""
    if unit in ("%", "个百分点") or not any(r in after for r in rate_ends()):
        return counted_places(after, unit)  # "80个开发区规上工业总产值…" → 开发区 (round 15)
    words = vocab("cues")["rate_subject_words"]
    at = min((i for w in words if (i := after.find(w, 2)) > 0), default=-1)
    rate = min((i for r in rate_ends() if (i := after.find(r, max(at, 0))) > 0), default=-1)
    return after[:at] if 0 < at < rate else after


def carried_count(previous: str, unit: str, raw: str = "",
                  around: tuple[str, str] = ("", "")) -> str:
    """The subject a count carries over from a rate: "空气优良天数比率达81.9%、同比增加8天"
    → 空气优良天数 (what the days count); the stock a total or a growth carries over from a
    count of new ones (round 10): "净增市场主体3000家、达到3.3万家" → 市场主体, "新增市场主体
    2万家、达到3.16万家、年均增长22%" → 市场主体 (a clause opening with ``cues.reach_words``, or
    a change after a 净增), "森林覆盖率净增1.8个百分点，达到11.2%" → 森林覆盖率; but "城镇新增
    就业1.2万人，增长5%" keeps its label. ``raw`` is the clause before the number;
    ``previous`` as it is otherwise. ``around`` (the sentence before the number, the text
    after it) gives a later count its own act (round 49, s49b: ``labelbareowner``)."""
    cues = vocab("cues")
    opens = strip_words(raw.strip(), cues["label_leading"], leading=True)
    if act := second_act(previous, unit, opens.strip("、，")) or swapped_act(previous, *around):
        return act  # "危房改造59户、改善提升610户" → 改善提升 (round 49, s49b)
    net = any(w in previous for w in cues["net_increase_words"])
    if (opens.startswith(tuple(cues["reach_words"])) and _stock(previous) != previous) \
            or (net and re.search(alternation(cues["change_verbs"]), opens) and unit == "%"):
        stock = _stock(previous)
        return strip_words(stock, cues["net_increase_words"], leading=True) or previous
    if unit in ("%", "个百分点", ""):
        return previous
    rate = next((r for r in rate_ends() if previous.endswith(r)), "")
    rest = previous[: -len(rate)] if rate else ""
    return rest if len(rest) > 2 and rest.endswith(("数", "量")) else previous


@cache
def _gap_opened() -> re.Pattern[str]:
    """A word of ``cues.gap_openers`` (高于, 低于 …) and what it compares with, ending the
    clause before a gap (``gap``), built once (tidy, rc2)."""
    return re.compile(rf"({alternation(vocab('cues')['gap_openers'])})([^，。；、\d]{{1,12}})$")


def gap(raw: str, previous: str | None) -> str:
    """The label of a gap in percentage points over another place or the average
    ("制造业技改投资增长20.4%、高于全国12.4个百分点" → 制造业技改投资增速高于全国;
    "高于全市平均增速0.3个百分点" → …增速高于全市平均), or, with no such comparison in ``raw``
    (the clause before the number), the gap written with 比 (``labelgapthan.gap_than``:
    "增速比城镇居民高" → …增速比城镇居民高; round 83), "" for neither. The gap is not the
    rate itself."""
    cues = vocab("cues")
    m = _gap_opened().search(raw.strip())
    if not m or "分别" in raw:
        return gap_than(raw, previous)  # "…增长6.7%，增速比城镇居民高2.4个百分点" (round 83)
    subject = clean(raw.strip()[: m.start()])
    tail = m.group(2).removesuffix("的")
    # (a base that is another measure's growth, ``cues.gap_measure_bases``, keeps its rate word:
    # "高于经济增速" → …增速高于经济增速; session 61, f1: it gave …增速高于经济)
    rate = next((w for w in cues["gap_rate_words"] if tail.endswith(w) and tail != w
                 and not tail[: -len(w)].endswith(tuple(cues["gap_measure_bases"]))), "")
    if not subject or subject in cues["gap_rate_words"]:
        if not previous or re.search(r"[、和及与]", previous):
            return ""
        own = "" if previous.endswith((*rate_ends(), *cues["gap_rate_words"])) else "增速"
        subject = previous + (subject or rate or own)
    elif rate and not subject.endswith(rate):
        subject += rate
    if rate and not subject.endswith(tail):
        tail = tail[: -len(rate)]
    return f"{subject}{m.group(1)}{tail}"
