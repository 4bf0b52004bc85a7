"""A capacity inside the name of a project or facility, alone or listed: no figure (round 38, rd38).

``bench/label_judging.md`` (settled after the seed-2143 audit): "a capacity inside a project's
name (年产N万吨…项目, N万片…衬底项目) is 'not a figure', like a rating in the name of a piece of
equipment; a capacity stated as an outcome (新增产能, 建成后年产) is one". Rounds 25, 32 and 35
dropped such capacities on lists of names (``nonfigureown.listed_capacity``); this drops the
lone ones too. Shapes (words in ``vocab/cues.yml`` and ``vocab/nonfigures.yml``):

- [name or 、/，] [年产|年出栏|日屠宰…] N [万]unit [noun] works: "甲科技5万片晶圆项目竣工",
  "某公司50万吨饲料厂、1亿羽孵化基地投产", "乙材料年产8万吨碳纤维项目投产" (the works nouns
  ``cues.capacity_works``, the units ``cues.capacity_units``, the words before
  ``cues.table_capacity_words``); the items of a list sharing the works noun after the last
  ("甲农牧20万吨肉鸡、3万吨熟食深加工项目");
- [name] 年出栏 N 万头 的 [count] [noun] works: "甲村年出栏10万头的4栋养殖项目";
- after a verb that starts or pushes a project (``nonfigures.capacity_name_verbs``: 建设, 实施,
  签约 …): "建设2亿羽孵化基地";
- the capacity of one of the projects or lines counted after the name, after 年产 … or before
  等 (round 68, v7): "年产180吨黄芩苷6个项目入驻", "20万吨电池级磷酸铁等9个重点项目竣工投产"
  (not "海河产业基金带动74只母基金投资721个项目": neither; round 68 review, q3: before 等 only
  with the product named after the unit, not "新增发电装机120万千瓦等3个项目", a figure);
- after the 的 of the project's money (``nonfigures.capacity_after_money``; round 45, s45c):
  "总投资41亿元的60万千瓦甲抽水蓄能电站项目"; its products a 、-list too (round 71, w7:
  "总投资40亿元的50万千瓦氢能、储能及其它生物质新能源项目").

Kept figures: a capacity after an outcome's word (建成, 形成, 新增, 达到: ``capacity_not_after``,
``capacity_not_after_words``), one stated after the works (饲料厂年产50万吨) or with no works
after it (产能达到20万吨), one whose word names the capacity (年产能力5万吨的生产基地:
``nonfigures.works_capacity_stated``), and a class with 级 (``nonfigures.tonnage_class``, earlier).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.vocab import alternation
from workreport.vocab import load as vocab

__all__ = ["capacity_span", "name_opens", "noun_pattern", "unit_pattern", "works_capacity"]

_CJK = re.compile(r"[\u4e00-\u9fff]")


@cache
def _shapes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The unit, noun and works after the number: straight (the first), or after 的 and a
    count (the second, only after a word of ``cues.table_capacity_words``)."""
    cues, nf = vocab("cues"), vocab("nonfigures")
    unit = _unit()
    noun = _noun()
    works = rf"(?:{alternation(cues['capacity_works'])})"
    count = rf"(?:{nf['works_capacity_count']})"
    listed = rf"(?:、[\d.]+{unit}{noun})*"  # "20万吨肉鸡、3万吨熟食深加工项目"
    return (re.compile(unit + f"(?!{count})" + noun + listed + works),
            re.compile(unit + rf"的(?:{nf['works_capacity_count']})?" + noun + works))


@cache
def _counted() -> re.Pattern[str]:
    """Round 68 (v7): the unit, the noun, maybe 等, and the count of the projects or lines the
    capacity names (``nonfigures.works_capacity_counted``): "年产80万吨净水剂等10个项目签约落地",
    "日屠宰肉鸡27万只两条生产线", "20万吨电池级磷酸铁等9个重点项目竣工投产"; the group ``etc``
    holds 等."""
    return re.compile(_unit() + f"(?P<noun>{_noun()})" + r"(?P<etc>等)?"
                      + vocab("nonfigures")["works_capacity_counted"])


@cache
def _money_listed() -> re.Pattern[str]:
    """Round 71 (w7): after the 的 of a project's money, the capacity, a 、-list of products
    with no capacities of their own and the works noun ending the clause ("总投资40亿元的50万
    千瓦氢能、储能及其它生物质新能源项目": the name's, as round 45 held for one product); not
    across 和 or 与 ("一批总投资15亿元的35万千瓦集中式和分布式光伏发电项目": kept as before)."""
    works = alternation(vocab("cues")["capacity_works"])
    names = r"[^，。；：！？\s\d的（）()“”和与]{1,30}?"
    return re.compile(_unit() + names + rf"(?:{works})(?=[，。；]|$)")


@cache
def _noun() -> str:
    """The product's words between a capacity's unit and its works noun (at most
    ``nonfigures.works_capacity_noun_most``, none of ``works_capacity_noun_not``)."""
    nf = vocab("nonfigures")
    noun_not = "".join(re.escape(c) for c in nf["works_capacity_noun_not"]
                       if c not in nf["works_capacity_noun_inside"])
    stops = alternation(nf["works_capacity_noun_stops"], nf["works_capacity_stop_not_before"])
    most = nf["works_capacity_noun_most"]  # round 64 (z1): 14, was 10
    # 级 straight after the unit is a class (万吨级); inside the name a word's (升级改造)
    return rf"(?!级)(?:(?!{stops})[^，。；：、！？\s\d的（）()“”{noun_not}]){{0,{most}}}?"


def works_capacity(text: str, start: int, end: int) -> bool:
    """Is the digit run ``text[start:end]`` a capacity inside the name of a project or
    facility (see the module's shapes)?"""
    return capacity_span(text, start, end) is not None


def capacity_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the capacity whose digits are ``text[start:end]``, from its word of
    ``cues.table_capacity_words`` (and the product after it: 日处理污水) to its unit, when it is
    a capacity inside a name (see the module's shapes); None otherwise."""
    nf = vocab("nonfigures")
    if not text[end:end + 1] or not _CJK.match(text[end]):
        return None  # cheap: a unit in Chinese must follow
    if text[start - 1:start] == "的" and _money_listed().match(text, end) \
            and re.search(nf["capacity_after_money"], text[max(0, start - 16):start]):
        return start, _unit_at(text, end)  # "投资40亿元的50万千瓦氢能、储能…项目" (r71, w7)
    straight, after_of = _shapes()
    word = _word().search(text, max(0, start - 10), start)
    counted = None
    if not straight.match(text, end) and not (word and after_of.match(text, end)):
        counted = _counted().match(text, end)  # round 68 (v7): "…等9个重点项目", after 年产 or 等
        if not (counted and (word or (counted.group("etc") and counted.group("noun")))):
            return None  # round 68 review (q3): a bare quantity before 等 is the figure
            # ("新增光伏装机80万千瓦等5个项目并网", "投放公交车120辆等3个项目")
    if word and any(w in word.group() for w in nf["works_capacity_stated"]):
        return None  # a capacity stated: "建设年产能力5万吨的生产基地"
    at = word.start() if word else start
    span = (at, _unit_at(text, end))
    if text[end:span[1]].endswith(nf["works_capacity_pair_unit"]) and any(
            w in text[max(0, start - 8):start] for w in nf["works_capacity_pair_before"]):
        return None  # pairs counted: "银企对接80对" (round 64 review, v1)
    if counted and counted.group("etc"):
        return span  # one name of the projects counted after 等, whatever verb before (v7)
    return span if name_opens(text, at) else None


def name_opens(text: str, at: int) -> bool:
    """Does a name open at ``at`` (a capacity's words): after the 的 of a project's money, a
    verb that starts or pushes a project, a clause or list opening, or a name's character that
    makes no amount (``nonfigures.capacity_not_after``, ``capacity_not_after_words``; not 个)?
    Shared with ``nonfiguresized`` (round 80, x1)."""
    nf = vocab("nonfigures")
    prev = text[at - 1:at] if at > 0 else ""
    if prev == "的" and re.search(nf["capacity_after_money"], text[max(0, at - 16):at]):
        return True  # "总投资41亿元的60万千瓦甲电站项目": the name's (round 45, s45c)
    if text.endswith(tuple(nf["capacity_name_verbs"]), 0, at) \
            or not prev or not (_CJK.match(prev) or (prev.isascii() and prev.isalnum())
                                or prev in ".%．"):  # a name's verb, a clause or list opening
        return True
    return bool(_CJK.match(prev) and prev not in nf["capacity_not_after"] and prev != "个"
                and not text.endswith(tuple(nf["capacity_not_after_words"]), 0, at))


def unit_pattern() -> str:
    """A capacity's unit (``_unit``), for ``nonfiguresized``."""
    return _unit()


def noun_pattern() -> str:
    """The product's words between a capacity's unit and its works (``_noun``), for
    ``nonfiguresized``."""
    return _noun()


def _unit_at(text: str, end: int) -> int:
    """The end of the capacity's unit (and /年) that starts at ``end``."""
    m = _unit_re().match(text, end)
    return m.end() if m else end


@cache
def _unit_re() -> re.Pattern[str]:
    """``_unit`` compiled."""
    return re.compile(_unit())


@cache
def _unit() -> str:
    """A capacity's unit: a magnitude, a unit of ``cues.capacity_units`` or a colloquial
    spelling of one (``units.unit_spelled``: 水立方, 立方 for 立方米; round 85, n2: "启动1万
    水立方LNG储备库建设" as "启动1万立方米LNG储备库建设"), maybe /年."""
    nf, units = vocab("nonfigures"), vocab("cues")["capacity_units"]
    spelled = [w for w, unit in vocab("units")["unit_spelled"].items() if unit in units]
    return rf"(?:{alternation(nf['works_capacity_magnitudes'])})?" \
           rf"(?:{alternation(units + spelled)})(?:/年)?"


@cache
def _word() -> re.Pattern[str]:
    """A word of ``cues.table_capacity_words`` and up to four characters of product after it,
    ending where the number starts (年出栏, 日处理污水)."""
    noun_not = "".join(re.escape(c) for c in vocab("nonfigures")["works_capacity_noun_not"])
    return re.compile(rf"(?:{alternation(vocab('cues')['table_capacity_words'])})"
                      rf"(?:(?![{noun_not}])[\u4e00-\u9fff]){{0,4}}$")
