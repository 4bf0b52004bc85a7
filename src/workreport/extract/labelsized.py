"""Sizes in lists, round 27 (P2):

- a subject cut bare after its threshold keeps the class noun the threshold names ("10亿元以上
  项目开工率、投资完成率" → 10亿元以上项目投资完成率; ``threshold_class``, asked by
  ``labelparallelparts.subject_of_first``);
- a size threshold whose class noun owns a 、 list of rates ("全县500亩以上园区道路硬化率、
  污水处理率均达100%": 500亩以上 names the parks, no figure; ``rated_class``, asked by
  ``thresholds.threshold_scope``), while a count with 以上 before its own list item stays a
  figure ("建设300个以上精品示范村、50个美丽庭院示范街");
- round 66 (t1): a 分别 list of thresholds or grades before one noun gives each count its own
  class ("营业收入超10亿元、20亿元的企业分别达到15家、8家" → …超20亿元的企业 for 8家, not both;
  "国家级、省级龙头企业" → 国家级龙头企业, not 国家级头企业: ``threshold_parts``, asked by
  ``labelorder.distributed``; ``graded_parts``, asked by ``labeldistribute.distribute``), and a
  later bare threshold takes the measure before ("…过亿元企业、过10亿元企业":
  ``lent_threshold_measure``).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.nonfigures import alternation
from workreport.vocab import load as vocab

__all__ = ["graded_parts", "lent_threshold_measure", "listed_sum", "listed_threshold",
           "rated_class", "threshold_class", "threshold_parts"]


def rated_class(rest: str) -> bool:
    """``rest`` is the text after "N亩以上" to the sentence's end. Is the threshold the scope
    of a 、 list of its class's rates or measures? True when the clause (to ，；。：) reads
    ``noun…率、…率 … digit``: its first 、 item opens with a noun (no 的, no number) and ends with
    a rate word (``cues.share_rate_ends``: 率, 比例, 占比 …), no later item opens with a number
    (a count's own item: "300个以上精品示范村、50个美丽庭院示范街"), and a number follows the
    list: "500亩以上园区道路硬化率、污水处理率均达100%", "50人以上企业研发机构覆盖率、
    产学研合作比例均超过60%". Round 27 (P2), the brief's shared threshold (part 1)."""
    clause = re.split(r"[，；。：]", rest)[0]
    items = clause.split("、")
    if len(items) < 2 or not re.match(r"[\u4e00-\u9fff]", items[0]) or items[0].startswith("的") \
            or re.search(r"\d", items[0]):
        return False
    if not items[0].endswith(tuple(vocab("cues")["share_rate_ends"])):
        return False
    counted = _counted()
    return not any(counted.match(i) for i in items[1:]) and bool(re.search(r"\d", items[-1]))


@cache
def _counted() -> re.Pattern[str]:
    """A 、 item that opens with a count (a digit, or a Chinese numeral and a unit of
    ``cues.sized_count_units``), compiled once."""
    units = alternation(vocab("cues")["sized_count_units"])
    return re.compile(rf"\d|[一二三四五六七八九十两百千万]+(?:{units})")


@cache
def _shared_verbs() -> tuple[str, ...]:
    """``cues.list_shared_verbs``, longest first, sorted once."""
    return tuple(sorted(vocab("cues")["list_shared_verbs"], key=len, reverse=True))


@cache
def _listed() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The regexes of one item (count, measure, threshold word, sum) and of a 、 list of such
    items ending in 的 and its noun (``cues.sized_count_units``, ``cues.threshold_bare``,
    ``cues.threshold_before``)."""
    cues = vocab("cues")
    words = alternation(cues["threshold_bare"] + cues["threshold_before"])
    item = (rf"\d[\d.]*[万千]?(?:{alternation(cues['sized_count_units'])})"
            rf"([\u4e00-\u9fff]{{0,10}}?)((?:{words})(?:\d[\d.]*[万亿千百]*|[百千万亿]+)元)")
    plain = re.sub(r"\((?!\?)", "(?:", item)
    return re.compile(item), re.compile(rf"{plain}(?:、{plain})+的([\u4e00-\u9fff]{{1,14}})")


def listed_threshold(text: str, start: int) -> str:
    """The label of a count at ``start`` that opens an item of a 、 list of counts each with
    its own money threshold, the list's noun after the last item's 的 shared by all:
    "盯紧抓实64个预增产值过10亿元、2334个过2000万元的工业新增长点" → 预增产值过10亿元的工业
    新增长点, 预增产值过2000万元的工业新增长点 (a later item with no measure of its own takes
    the first's); a verb the list opens with (``cues.list_shared_verbs``: 培育, 新建 …) is
    every item's ("新建3个投资过5亿元、12个过1亿元的产业项目" → 新建投资过1亿元的产业项目).
    "" when the count opens no such item. Round 27 (P2), the brief's part 2."""
    items = _items_around(text, start)
    if not items:  # asked of every figure: most open no such list
        return ""
    before = text[max(0, items[0][0].start() - 6):items[0][0].start()]
    verb = next((v for v in _shared_verbs() if before.endswith(v)), "")
    measure = ""
    for it, noun in items:
        measure = it.group(1) or measure
        if it.start() == start:
            return f"{verb}{measure}{it.group(2)}的{noun}"
    return ""


def _items_around(text: str, start: int) -> list[tuple[re.Match[str], str]]:
    """The items of the threshold list (``_listed``) that holds ``start``, each with the list's
    noun; [] when none does."""
    item, whole = _listed()
    for m in whole.finditer(text, max(0, start - 80), min(len(text), start + 160)):
        if m.start() <= start < m.end():
            return [(it, m.group(1)) for it in item.finditer(text, m.start(), m.end())]
    return []


def listed_sum(text: str, start: int) -> bool:
    """Is the sum at ``start`` the threshold of an item of a 、 list of counts (``listed_
    threshold``: the 10亿元 of "64个预增产值过10亿元、2334个过2000万元的工业新增长点")? Then it
    names a class of things, no figure. Round 27 (P2), the brief's part 2."""
    return any(it.start(2) <= start < it.end(2) for it, _ in _items_around(text, start))


def threshold_class(subject: str, previous: str) -> str:
    """The subject a later part of a list takes from ``previous`` (``labeldistribute.
    subject_of_first``), when it ends bare in 以上 or 以下 while ``previous`` goes on with the
    class noun the threshold names (``cues.threshold_scope_nouns``): the noun is kept, the
    threshold alone names no thing: "10亿元以上项目开工率、投资完成率" → subject 10亿元以上项目
    (not 10亿元以上). Else ``subject``. Round 27 (P2), the brief's shared threshold."""
    if not re.search(r"\d.{0,4}以[上下]$", subject) or not previous.startswith(subject):
        return subject
    nouns = vocab("cues")["threshold_scope_nouns"]
    noun = next((n for n in sorted(nouns, key=len, reverse=True)
                 if previous[len(subject):].startswith(n)), "")
    return subject + noun


# A threshold's amount: 10亿元, 1.5万元, 亿元 (过亿元), 千万元.
_AMOUNT = r"(?:\d+(?:\.\d+)?[十百千万亿]*|[一两二三四五六七八九十百千]*[万亿])(?:美元|元)?"


def threshold_parts(clause: str, n: int) -> list[str] | None:
    """The ``n`` classes a 分别 list of thresholds before one noun hands its counts to, in
    order, or None (round 66, t1; the reviewers' note: every count took the last threshold):
    "营业收入超10亿元、20亿元的企业分别达到15家、8家" → 营业收入超10亿元的企业, 营业收入超20亿元
    的企业; "年收益超10万元、超30万元村集体占比分别达55%、20%" → 年收益超10万元村集体占比, ….
    ``clause`` is the group's clause up to its first figure; the list is amounts after a
    comparator (``cues.class_list_comparators``) or with 以上, joined by 、, right before the
    noun and 分别, with the measure before it (a place scope, ``cues.class_list_scopes``,
    dropped). A later amount with neither comparator nor 以上 takes the first one's comparator;
    one with 以上 keeps its own ("超5亿元、10亿元以上企业" → 10亿元以上企业)."""
    cues = vocab("cues")
    comp = alternation(cues["class_list_comparators"])
    item = rf"(?:{comp})?{_AMOUNT}(?:及?以上)?"
    m = re.search(rf"([^、\d，；。]*?)({item}(?:、{item})+)(的?[^、\d，；。]{{1,12}}?)分别", clause)
    if not m or m.group(2).count("、") != n - 1:
        return None
    lead = m.group(1)
    lead = next((lead[len(s):] for s in cues["class_list_scopes"] if lead.startswith(s)), lead)
    items = m.group(2).split("、")
    first = re.match(comp, items[0])
    if len(lead) < 2 or (not first and not items[0].endswith("以上")):
        return None  # a size with no measure before it, or no threshold ("10个、20个")
    classes = [lead + (first.group(0) if first and not re.match(comp, i) and "以上" not in i
                       else "") + i + m.group(3) for i in items]
    return _after_each(classes, clause[m.end():])


# A comparison opening the words after 分别 (``cues.class_list_comparisons``: 比上年, 同比).
_COMPARED = re.compile(rf"^(?:{'|'.join(vocab('cues')['class_list_comparisons'])})")


def _after_each(classes: list[str], tail: str) -> list[str] | None:
    """``classes`` with the words between 分别 and the first count (round 66 review, u4: they
    were lost, so money the classes made read as the classes): a reaching verb
    (``cues.class_list_reach``: 达到, 为, 增长 …) adds nothing; a verb saying the count new
    (``cues.new_works_verbs``) goes before ("…企业分别新增5家" → 新增产值超亿元企业); 占 and
    the whole after it gives the share ("分别占规上企业的40%" → …企业占规上企业比重); other
    words, a done verb (``cues.class_list_done``: 实现, 完成) dropped, go after ("分别实现利税
    3亿元" → 营业收入超10亿元的企业利税; "分别开工8个" → …的项目开工). None for a tail of
    more than 8 characters (the caller's other readings then apply)."""
    cues = vocab("cues")
    tail = _COMPARED.sub("", tail.strip())  # 分别比上年增加
    if tail in cues["class_list_reach"] or not tail:
        return classes
    if len(tail) > 8:
        return None
    if tail in cues["new_works_verbs"]:
        return [tail + c for c in classes]
    if tail.startswith("占"):
        whole = re.sub(r"的$|(?:的)?(?:比重|比例)$", "", tail[1:])
        return [c + ("占" + whole + "比重" if whole else "占比") for c in classes]
    done = next((v for v in cues["class_list_done"] if tail.startswith(v)), "")
    return [c + tail[len(done):] for c in classes]


def graded_parts(subject: str, n: int) -> list[str] | None:
    """The ``n`` classes of a 、 list of grades (``cues.each_shared_grades``) before one noun,
    each grade with the noun, or None (round 66, t1: the grades' lengths differ, so the
    noun was cut: "国家级、省级龙头企业分别达到3家、12家" gave 国家级头企业; "国家级、省级、
    市级…龙头企业" gave 国家级 alone): → 国家级龙头企业, 省级龙头企业; a short lead before the
    first grade (新增) is every part's: "新增国家级、省级专精特新企业" → 新增国家级专精特新企业."""
    grade = alternation(vocab("cues")["each_shared_grades"])
    m = re.fullmatch(rf"([^、\d]{{0,4}}?)((?:{grade})(?:、(?:{grade}))+)([^、\d和及与]{{2,}})",
                     subject.replace("分别", ""))
    if not m or m.group(2).count("、") != n - 1:
        return None
    return [m.group(1) + g + m.group(3) for g in m.group(2).split("、")]


def lent_threshold_measure(names: list[str]) -> list[str]:
    """Later classes of a 分别 list that open bare with a comparator and an amount take the
    measure the part before names before the same comparator (round 66, t1): "年销售收入过
    亿元企业、过10亿元企业分别达27家、3家" → 年销售收入过10亿元企业 (not 过10亿元企业).
    ``names`` as they are otherwise."""
    comp = alternation(vocab("cues")["class_list_comparators"])
    out = list(names)
    for k in range(1, len(out)):
        bare = re.match(rf"({comp}){_AMOUNT}", out[k])
        lead = re.match(rf"([^、\d]{{2,}}?)({comp}){_AMOUNT}", out[k - 1])
        if bare and lead and bare.group(1) == lead.group(2) and lead.group(1) not in out[k]:
            out[k] = lead.group(1) + out[k]
    return out
