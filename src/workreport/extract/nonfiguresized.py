"""A size glued into the name of one project, facility or piece of equipment (round 80, x1).

The class of error: the development draws' "not a figure" rejections that still stood after
the capacity-in-name rules of rounds 15 to 71 (``nonfigures._round15``,
``nonfigureown.listed_capacity``, ``nonfigureworks``): a magnitude in a measure unit written
with no 的 between a name (or an ordinal or a superlative of one thing) and the product or works
it sizes is part of that thing's name (``bench/label_judging.md``: "a capacity written into a
facility's name with no 的 … is part of the name, like 年产N万吨…项目: 'not a figure'"). The
earlier rules missed it where

- *one thing is singled out* by an ordinal or a superlative before its size (``sized_one``):
  "第二个十万亩大枣基地", "第二个50万辆整车等项目", "全国最大的25万吨煤基乙烯聚合物项目",
  "全球最大单套年产100万吨丙烷脱氢项目"; a count cannot follow 第二个 or 首个, so any measure
  unit glued to a noun is a size there, the area of a base too (``nonfigures.sized_one_units``);
  after a superlative (its 的 is the superlative's, not the size's) the noun must end in a
  works noun;
- *the works noun is one of equipment or of a demonstration* (``nonfigures.sized_works``:
  装置, 车间, 示范, 机组, 中试线) after a measured capacity, a mass, power or volume, or a
  magnitude before a classifier (``sized_measured``): "20万吨聚烯烃装置", "万基260万千瓦首台
  机组", "80万吨煤制油升级示范" (not "丰宁抽水蓄能电站10台机组": 10台 counts the units);
- *the names of a list share the works noun written once after the last*, each name with its
  owner before its size, joined by 、 or 和 (``sized_list_next``): "国能宁煤70万吨煤制烯烃和
  80万吨煤制油升级示范", "史家寨15万对硒鸽养殖、新希望3000头原种猪场和15万头育肥猪场建设"
  (the farms end in ``cues.capacity_works``: 猪场, 牛场, 羊场, 鸡场 since this round, like 养殖场);
- *the size follows 年产 … and heads a 、-list closed by 等 and the count of its projects*
  (``sized_counted_list``): "引入甲一期年产15万立方米装配式建材、乙新材料基地…等5个项目"
  (round 68 took such a count only straight after the first name).

Kept figures, as before: a size after an outcome's word or character (建成, 新增, 形成, 达到 …:
``nonfigures.capacity_not_after`` and ``capacity_not_after_words``, checked by
``nonfigureworks.name_opens``; before an ordinal or a superlative, ``sized_one_not_after``:
"建成第二个30万辆整车项目"; straight before the size, ``sized_outcome_before``: "新建20万吨
聚乙烯装置", "扩建50万吨选矿车间", "新建100万千瓦风电机组", round 80 review, q2), a size with
的 after it (12.5平方公里的物流园区), an area or a
count outside an ordinal (建设2万亩高标准农田, 建设18个群众滑冰场), a size before a count of its
lines (日屠宰肉鸡27万只两条生产线: the Laiyuan 2021 gold keeps it, round 38).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.nonfigureworks import name_opens, noun_pattern, unit_pattern
from workreport.vocab import alternation
from workreport.vocab import load as vocab

__all__ = ["sized_name"]


def sized_name(text: str, start: int, end: int) -> str:
    """The reason the quantity whose digits (or Chinese numerals) are ``text[start:end]`` is a
    size inside the name of one thing (see the module's shapes), or ""."""
    if not re.match(r"[\u4e00-\u9fff]", text[end:end + 1]):
        return ""
    if text.endswith(tuple(vocab("nonfigures")["sized_outcome_before"]), 0, _at(text, start)):
        return ""  # an outcome's size: "新建20万吨聚乙烯装置" (round 80 review, q2)
    if sized_one(text, start, end):
        return "a size in the name of one thing singled out (第二个十万亩大枣基地)"
    if _measured().match(text, end) and name_opens(text, _at(text, start)):
        return "a capacity in the name of a works or a piece of equipment (20万吨聚烯烃装置)"
    if _counted_list().match(text, end) \
            and re.search(rf"(?:{alternation(vocab('cues')['table_capacity_words'])})$",
                          text[max(0, start - 4):start]):
        return "a capacity heading a list of projects counted after 等 (年产15万立方米…等5个项目)"
    return ""


def sized_one(text: str, start: int, end: int) -> bool:
    """Is the quantity at ``text[start:end]`` the size of one thing an ordinal or a superlative
    singles out ("第二个十万亩大枣基地", "全国最大的25万吨…项目")?"""
    nf = vocab("nonfigures")
    head = text[max(0, start - 12):start]
    word = re.search(rf"(?:{alternation(vocab('cues')['table_capacity_words'])})$", head)
    head = head[:word.start()] if word else head
    clause = re.split(r"[，。；：、\n]", head)[-1]
    if any(w in clause for w in nf["sized_one_not_after"]):
        return False  # an outcome's size: "建成第二个30万辆整车项目" (round 38)
    if re.search(nf["sized_one_before"] + "$", head):
        return bool(_one_size().match(text, end))
    if re.search(nf["sized_superlative"] + "$", head):
        return bool(_one_works().match(text, end))
    return False


def _at(text: str, start: int) -> int:
    """Where the size's words start: its word of ``cues.table_capacity_words`` (年产), or the
    number."""
    word = re.search(rf"(?:{alternation(vocab('cues')['table_capacity_words'])})$",
                     text[max(0, start - 4):start])
    return start - len(word.group()) if word else start


@cache
def _one_size() -> re.Pattern[str]:
    """After an ordinal of one thing: a measure unit (``nonfigures.sized_one_units``, maybe a
    magnitude), then a noun glued to it (no 的, no qualifier)."""
    nf = vocab("nonfigures")
    units = alternation(nf["sized_one_units"] + vocab("cues")["capacity_units"])
    return re.compile(rf"(?:{alternation(nf['works_capacity_magnitudes'])})?(?:{units})"
                      rf"(?![的以左多余及])[\u4e00-\u9fff]")


@cache
def _works() -> str:
    """The works nouns a size in a name may end in: ``cues.capacity_works`` and
    ``nonfigures.sized_works``, or 等 and the projects."""
    words = vocab("cues")["capacity_works"] + vocab("nonfigures")["sized_works"]
    return rf"(?:{alternation(words)}|等[^，。；：\d]{{0,6}}?项目)"


@cache
def _one_works() -> re.Pattern[str]:
    """After a superlative: the size's unit, its noun and a works noun."""
    nf = vocab("nonfigures")
    units = alternation(nf["sized_one_units"] + vocab("cues")["capacity_units"])
    return re.compile(rf"(?:{alternation(nf['works_capacity_magnitudes'])})?(?:{units})"
                      rf"{noun_pattern()}{_works()}")


@cache
def _measured() -> re.Pattern[str]:
    """A measured capacity (``nonfigures.sized_measured``), its noun, the later names of its
    list (``sized_list_next``) and a works noun of ``sized_works`` or ``cues.capacity_works``."""
    nf = vocab("nonfigures")
    noun = noun_pattern()
    unit = unit_pattern()
    listed = rf"(?:{nf['sized_list_next']}{unit}{noun})*"
    count = rf"(?!{nf['works_capacity_count']})"  # "日屠宰肉鸡27万只两条生产线" (round 38)
    return re.compile(rf"(?={nf['sized_measured']}){unit}{count}{noun}{listed}(?:{_works()})")


@cache
def _counted_list() -> re.Pattern[str]:
    """The capacity's unit and noun, a 、-list of names and 等 with the count of the projects
    (``nonfigures.sized_counted_list``)."""
    nf = vocab("nonfigures")
    return re.compile(unit_pattern() + noun_pattern() + nf["sized_counted_list"])
