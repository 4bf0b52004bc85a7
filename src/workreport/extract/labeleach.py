"""The subjects one figure is each one's (``each_of``; issue 13 §2-3; split from ``labelforms``
in round 76, tidy; applied by ``figures``).

One figure after a list of subjects is each one's when 均, 各, 都 or 分别 stands before it, or
when every subject is a rate of its own and the figure a share; a period in front of the list
goes in front of each label (round 35), a grade opening the first thing is every later one's
(round 36), and owners listed before rates of handling are every rate's (round 21). The parts a
分别 label hands out are ``labeldistribute``'s (since round 15). The words are data
(``vocab/cues.yml``).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelclean import strip_words
from workreport.extract.labelcontracted import contracted_parts
from workreport.extract.labeldistribute import distribute
from workreport.extract.labelparallelparts import subject_of_first
from workreport.extract.labelshared import grade_noun, parallel_parts
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import leading_word, tags
from workreport.extract.nonfigures import alternation
from workreport.extract.numbers import vocab

__all__ = ["each_of"]


@cache
def _whole_rates() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A rate of the whole (``cues.whole_rate_words``) or a short rate, and an owner before
    such a rate (``_owners_rates``)."""
    whole = alternation(vocab("cues")["whole_rate_words"])
    return (re.compile(rf"{whole}|[\u4e00-\u9fff]{{1,3}}率"),
            re.compile(rf"(.{{2,16}}?)({whole})"))


@cache
def _marker_end() -> re.Pattern[str]:
    """A marker of a shared figure (``cues.shared_figure_markers``) ending the text before
    the number, not after ``cues.shared_figure_not_after`` (``each_of``)."""
    cues = vocab("cues")
    markers = alternation(cues["shared_figure_markers"])
    return re.compile(rf"(?<![{''.join(cues['shared_figure_not_after'])}])(?:{markers})$")


# The period ``labelperiods.period_named`` puts in front of a label (五年累计, “十三五”期间).
_PERIOD_FRONT = re.compile(r"五年累计|“十[一二三四五]五”期间")


def each_of(pre: str, name: str, measure: str) -> list[str] | None:
    """``_each_of`` on ``name`` without the period in front of it, the period then put in
    front of each label (round 35, sa35): "五年来…建成甲3个、乙和丙各1个" → 五年累计建成乙,
    五年累计建成丙, the verb shared as without the period."""
    period = _PERIOD_FRONT.match(name) if name.startswith(("五", "“")) else None
    if not period:
        return _each_of(pre, name, measure)
    parts = _each_of(pre, name[period.end():], measure)
    return [period.group() + p for p in parts] if parts else None


def _each_of(pre: str, name: str, measure: str) -> list[str] | None:
    """The labels of the subjects listed in ``name`` that one figure is given for, or None.

    One figure after a list of subjects is each one's when 均, 各, 都 or 分别 stands before it
    (``cues.shared_figure_markers``; not the 均 of 人均, 年均: ``shared_figure_not_after``)
    or when every subject is a rate of its own and the figure a share: "建议提案办复率、满意率
    均达100%", "新增持牌金融机构、上市企业各10家左右" (a leading kept verb, 新增, is every
    subject's), "贫困人口参保率和财政资助率保持100%" (the gold convention: one row per
    subject with the same quote; a later rate takes the first one's subject:
    贫困人口财政资助率), or when a share follows subjects listed with 、 sharing the last
    one's rate ("城乡居民养老保险、医疗保险参保率始终保持95%以上"). One subject after such a
    marker that names its parts in one contracted word gives a label per part
    (``labelcontracted.contracted_parts``: "存贷款余额均突破…" → 存款余额, 贷款余额; round 83,
    x5). ``pre`` is the clause before the number, ``measure`` the figure's (level, change, share).
    """
    cues = vocab("cues")
    listed = name.split("、")
    listed = listed[:-1] + re.split(r"和|与|及", listed[-1], maxsplit=1)
    words = [w for w in cues["change_up"] + cues["change_down"] + cues["neutral_before_number"]
             if w not in cues["shared_figure_markers"]]
    core = strip_words(pre.rstrip(), words, leading=False)
    marked = _marker_end().search(core)
    if len(listed) == 1 and name and marked:
        return contracted_parts(name)  # 存贷款余额均突破… → 存款余额, 贷款余额 (round 83, x5)
    if measure == "share" and not marked and (wide := _widened(name)):
        return [wide]  # 满意率和基本满意率: one wider rate (round 87, w4)
    if len(listed) < 2 or not all(listed):
        return None
    endings = tuple(cues["shared_rate_endings"])
    rates = measure == "share" and all(p.endswith(endings) for p in listed)
    # A share after subjects listed with 、 that share the last one's rate is each one's:
    # "城乡居民养老保险、医疗保险参保率始终保持95%以上" (two rows, same quote).
    spread = distribute(name, len(listed)) if measure == "share" and not rates \
        and "、" in name and listed[-1].endswith(endings) \
        and not re.search(r"和|等(?!级)", name.rsplit("、", 1)[-1]) else None  # 甲、乙和丙
    # (甲、乙等行业税率: the examples of one class, round 59, s59b; not 等级, lead)
    spread = spread if spread and all(p.endswith(endings) for p in spread) \
        and not tags(listed[0])[-1].flag.startswith("v") else None  # not "…试点顺利推进、"
    if not (marked or rates or spread):
        return None
    if owned := _owners_rates(name):
        return owned  # "人大代表建议、政协提案办结率、满意率均为100%" (round 21)
    parts = subject_of_first(listed) if rates else spread or distribute(name, len(listed)) \
        or listed
    parts = parallel_parts(parts)  # 清洁能源装机容量和发电量占比均… (round 82, x1)
    verb = leading_word(parts[0], cues["label_kept_verbs"])
    verb = verb if len(tags(parts[0])[0].word) <= len(verb) \
        and not parts[0].startswith(tuple(cues["label_leading_keep"])) else ""  # 建设用地
    if verb and listed[0] == verb:  # "新建、提升…基地各1家": each part its own verb (r38)
        return parts
    return _grade_shared(grade_noun([p if p.startswith(verb) else verb + p for p in parts]))


def _grade_shared(parts: list[str]) -> list[str]:
    """The grade opening the first of the things a 各 figure is each one's
    (``cues.each_shared_grades``: 省级, 市级以上 …), after a verb of its or none, is every later
    thing's that opens with no grade of its own, the verb with it (round 36, rb36, from the
    development draws' scope lost: 获评省级A、B、C各1家 → 获评省级B, 获评省级C; "省级A、B各1个" →
    省级B); "建成省级甲、市级乙各1个" keeps 市级乙, and a later part naming a place or level of
    its own (``cues.count_item_levels`` at its head) stays."""
    cues = vocab("cues")
    grades = cue_words("each_shared_grades")
    first = parts[0]
    at = next((i for i in range(min(len(first), 4)) if first[i:].startswith(grades)), -1)
    if at < 0 or len(parts) < 2:
        return parts
    grade = leading_word(first[at:], list(grades))
    verb = first[:at]
    if verb and not all(p.flag[:1] == "v" for p in tags(verb)):
        return parts
    levels = tuple(cues["count_item_levels"])
    return [first] + [p if grade in p or p[len(verb):].startswith(levels) or not p
                      else verb + grade + p[len(verb):] if p.startswith(verb)
                      else verb + grade + p for p in parts[1:]]


def _widened(name: str) -> str:
    """A rate and the same rate after a degree (``cues.rate_widening_degrees``) are one wider
    rate, not two (round 87, w4; bench/label_judging.md: a label naming a narrower rate is
    'other thing'): "满意率和基本满意率达到100%" is the share satisfied or basically satisfied,
    one row, …满意率和基本满意率 (as 满意和基本满意率 is); "" for any other name."""
    degrees = alternation(vocab("cues")["rate_widening_degrees"])
    m = re.fullmatch(rf"(.+?)[、和]((?:{degrees})(.{{1,4}}率))", name)
    return m.group(1) + "和" + m.group(2) if m and m.group(1).endswith(m.group(3)) else ""


def _owners_rates(name: str) -> list[str] | None:
    """Owners listed, then rates of handling listed after the last of them ("人大代表建议、政协
    提案办结率、满意率"; ``cues.whole_rate_words``): one label a rate, every owner's, the owners
    joined as a list of counts' are (round 19's convention: 人大代表建议和政协提案办结率, …满意率;
    round 21, the round-20 leftover that left 满意率 bare); None for any other list."""
    items = name.split("、")
    rate, owned = _whole_rates()
    k = len(items)
    while k > 0 and rate.fullmatch(items[k - 1]):
        k -= 1
    m = owned.fullmatch(items[k - 1]) if 0 < k < len(items) else None
    owners = [*items[:k - 1], m.group(1)] if m else []
    if len(owners) < 2 or not all(re.fullmatch(r"[\u4e00-\u9fff]{2,16}", o) for o in owners):
        return None
    joined = "、".join(owners) if "和" in owners[-1] else "、".join(owners[:-1]) + "和" + owners[-1]
    return [joined + r for r in (m.group(2), *items[k:])]
