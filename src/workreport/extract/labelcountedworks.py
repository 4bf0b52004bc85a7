"""Money paid for a list of counted works (issue 13, round 73, x5).

Class of error ('other thing', the development draws; 10 rows of 9 reports in the x73-5 input):
money spent before a list of works that each carry their own count was labelled by the first
work alone, a part standing for the total: "投资2.6亿元改扩建乡村道路68公里，改造农村危桥6座，
改造农村厕所3631座" gave 乡村道路改扩建投资, "累计投资1.5亿元建成110千伏变电站4座、35千伏变电站
3座" 110千伏变电站累计投资, "累计投入7437万元，配备隔离病房、负压救护车、建成4个核酸检测实验室"
隔离病房等累计投入. (``labelpurpose.uncounted_works`` names lists with no counts, round 64.)

Rule (``counted_works_money``, after ``naming.label``): money whose sentence before its number
ends in a money word at a clause's opening (``cues.counted_works_money``: 投资, 累计投入 …) and
whose words after it open with a list of counted works: each item (split by 、) opens with an
act (``cues.counted_works_verbs``) or is one more object of the act before; the first clause's
items and the later clauses opening with an act, all of them holding a count, are read; counts
are cut (``cues.counted_works_units``, not 35千伏). Two objects or more give the label: the acts
in order, an act's objects joined (甲和乙; 甲、乙和丙; four or more 甲等), the acts joined by
、, fillers (``cues.counted_works_fillers``: 完成, 实施) left out, then the money word:
改扩建乡村道路、改造农村危桥和农村厕所投资; one act alone reads object first as for one work
(``labelclean.works_first``): 通村公路和三级以上公路建设累计投资.

Exceptions (the label stays): a clause with no count (a programme named first: "投资1.5亿元，
实施农村人居环境整治，改造…" keeps 农村人居环境整治投资), an item with no object of two
characters or more ("新建、改建农村公路150公里、桥梁隧道50余座", "县、乡、村三级道路"), a clause
holding money, a rate, a change (``cues.change_verbs``), 的 or 等 ("…等8个项目":
``uncounted_works``), a count inside an item
("新建甲公园、乙公园3座“口袋公园”"), a later clause opening with 完成 (another result),
money owned by what stands before it ("甲项目总投资5亿元，新建…"), one object only, a label
over 36 characters, a label naming every object already or, for one act, the noun they all end
in and none of them alone ("建成110千伏变电站3座、35千伏变电站5座" keeps 变电站建成累计投资).
Session 61 (f1): a label naming every object but with the first act moved after them all
(one act read over a list of several) is no label naming them already: the acts' label.
Round 73 review (q3): a later clause opening with 新增 (``cues.counted_works_results``: what
the works yield, "新建学校5所，新增学位6000个" keeps 新建学校投资), and a label that names
what stands in the clauses before the money, its owner ("引进项目12个，投资20亿元，新建厂房…"
keeps 引进项目投资, "华兴公司扩建项目，投资3亿元，新建…" 华兴公司扩建项目投资).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelclean import works_first
from workreport.extract.labelvocab import cue_words
from workreport.vocab import alternation

__all__ = ["counted_works", "counted_works_money"]

_VOLT = r"(?:kV|KV|kv|千伏)"
_VOLTS = re.compile(rf"[\d.]+{_VOLT}")
_UP_TO_VOLTS = re.compile(rf"^.*?{_VOLT}")  # "110千伏变电站" → 变电站
_OBJECT = re.compile(r"[\u4e00-\u9fff“”]{2,16}")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The money word ending the sentence before the number, an act opening an item, a count."""
    money = re.compile(  # at a clause's or a numbered item's opening (⑨投资1573万元，…)
        rf"(?:^|[，,；;：:①-⑳])({alternation(cue_words('counted_works_money'))})$")
    verb = re.compile(rf"(?:{alternation(cue_words('counted_works_verbs'))})了?")
    units = alternation(cue_words("counted_works_units"))
    count = re.compile(rf"[约近超逾]?\d+(?:\.\d+)?(?:多|余)?[万千百]?(?:{units})(?:多|余)?")
    return money, verb, count


@cache
def _count_ends() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Counts opening and ending an item (``_uncounted``), and the money word with 资金 ending
    a label (``counted_works_money``): built once."""
    counts = _patterns()[2].pattern
    money = alternation(cue_words("counted_works_money"))
    return (re.compile(rf"(?:{counts})+"), re.compile(rf"(?:{counts})+$"),
            re.compile(rf"(?:{money})(?:资金)?$"))


def _groups(rest: str) -> list[tuple[str, list[str]]]:
    """The acts and their objects of the counted works list opening ``rest``; [] if none."""
    _, verb, count = _patterns()
    clauses = re.split(r"[，,]", re.split(r"[；;。：:！？]", rest.lstrip("，,"))[0])
    groups: list[tuple[str, list[str]]] = []
    fillers = cue_words("counted_works_fillers")
    later_not = fillers + cue_words("counted_works_results")  # r73 review (q3): 新增学位
    for n, clause in enumerate(clauses):
        m = verb.match(clause)
        if not m or not count.search(_VOLTS.sub("", clause)) \
                or (n and m.group(0).removesuffix("了") in later_not):
            if n == 0:
                return []
            break
        if re.search(r"元|%|百分点|的|等", clause) \
                or any(w in clause for w in cue_words("change_verbs")):
            return []  # money, a rate, a change ("…增长5%"), an aside or a list's class
        for item in clause.split("、"):
            m = verb.match(item)
            if m:
                groups.append((m.group(0).removesuffix("了"), []))
            elif not groups:
                return []
            obj = _uncounted(item[m.end():] if m else item)
            if not obj:
                return []
            groups[-1][1].append(obj)
    merged: list[tuple[str, list[str]]] = []
    for act, objs in groups:
        if merged and merged[-1][0] == act:
            merged[-1][1].extend(objs)
        else:
            merged.append((act, list(objs)))
    return merged


def _uncounted(item: str) -> str:
    """``item``'s object with the counts before and after it cut ("15条138公里三级以上公路建设"
    → 三级以上公路建设); "" when a count stands inside it ("甲公园3座“口袋公园”") or what is
    left is no short noun."""
    lead, end, _ = _count_ends()
    obj = lead.sub("", item, count=1) if lead.match(item) else item
    tail = end.search(obj)
    obj = obj[:tail.start()] if tail else obj
    bare = _VOLTS.sub("", obj)
    return obj if _OBJECT.fullmatch(bare) or (bare != obj and re.fullmatch(
        r"[\u4e00-\u9fff“”]{1,16}", bare)) else ""


def _joined(objs: list[str]) -> str:
    """Objects of one act: 甲; 甲和乙; 甲、乙和丙; 甲等 for four or more."""
    if len(objs) > 3:
        return objs[0] + "等"
    return "、".join(objs[:-1]) + "和" + objs[-1] if len(objs) > 1 else objs[0]


def counted_works(rest: str) -> str:
    """The works ``rest`` (the sentence after money) lists with their counts, joined; "" when
    it lists fewer than two objects or none with counts (see the module's docstring)."""
    return _works(_groups(rest))


def _works(groups: list[tuple[str, list[str]]]) -> str:
    """The label of the acts and objects ``groups`` (``_groups``) as ``counted_works`` says."""
    if sum(len(objs) for _, objs in groups) < 2 or any(not objs for _, objs in groups):
        return ""
    fillers = cue_words("counted_works_fillers")
    if len(groups) == 1:
        act, objs = groups[0]
        return _joined(objs) if act in fillers else works_first(act + _joined(objs))
    return "、".join(_joined(objs) if act in fillers else act + _joined(objs)
                    for act, objs in groups)


def counted_works_money(name: str, before: str, rest: str, dimension: str) -> str:
    """``name``, or for money spent on a list of counted works the works and the money word
    (``naming.label``'s after-rule; ``before`` and ``rest`` the sentence before and after the
    number): "投资2.6亿元改扩建乡村道路68公里，改造农村危桥6座" → 改扩建乡村道路、改造农村危桥
    投资."""
    if dimension != "money":
        return name
    m = _patterns()[0].search(before)
    groups = _groups(rest) if m else []
    works = _works(groups)
    label = works + m.group(1) if works and m else ""
    objs = [o for _, group in groups for o in group]
    stem = _count_ends()[2].sub("", name)
    # (session 61, f1: a label of several acts read as one, the first act moved after every
    # object, names them all but not what was done to each: "打通城市断头路10条、新改扩建背街
    # 小巷20条" gave 城市断头路和新改扩建背街小巷打通投资 → 打通城市断头路、新改扩建背街小巷投资)
    one_act = len(groups) > 1 and stem.endswith(groups[0][0])
    if not label or len(label) > 36 or (all(o in name for o in objs) and not one_act) \
            or (len(stem) > 1 and stem in before[: m.start()]) \
            or (len(groups) == 1 and _shared_head(objs) in name
                and not any(o in name for o in objs)):
        return name  # the label names every work already ("甲和乙新改建投资", "变电站建成投资")
    return label


def _shared_head(objs: list[str]) -> str:
    """The noun all of ``objs`` end in, from the last break of the first ("110千伏变电站",
    "35千伏变电站" → 变电站); "\n" (in no label) when it is shorter than two characters."""
    tail = objs[0]
    while tail and not all(o.endswith(tail) for o in objs):
        tail = tail[1:]
    head = _UP_TO_VOLTS.sub("", tail)
    return head if len(head) >= 2 else "\n"
