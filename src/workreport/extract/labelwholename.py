"""Works' names cut short or run on after a measure's 的, round 65 (x6).

A measure before 的 (money, land, length, size: 总投资, 占地, 总长 …) is the works' the words
after the 的 name, up to the works' head noun and its predicate. Jieba's cuts left the name
short ("投资6.5亿元的甲醉白酒生产线整体搬迁项目竣工投产" → 甲投资, "总投资10.7亿元的草莓深加工
和千喜鹤、金源鸿中央厨房预制菜项目落地见效" → 草莓深加工和千总投资, "占地50亩的便民超市建成
投用" → 便民占地) or ran it into its predicate ("总长12公里的滨江大道全线贯通" → 滨江大道全线
贯通总长). ``whole_name`` gives the name up to the first head noun followed by a predicate:
甲醉白酒生产线整体搬迁项目投资, 草莓深加工和千喜鹤、金源鸿中央厨房预制菜项目总投资, 便民超市
占地, 滨江大道总长; a size opening the name goes ("总投资40亿元的50万千瓦氢能、储能及其它新能源
项目" → 氢能、储能及其它新能源项目总投资, not 氢能总投资). A list with 等 is left to
``labelother`` (甲商城等项目投资). Round 65 review (u3): a thing followed or closed by a
localizer (``cues.whole_name_frame_next``) or closed by a means noun is a frame, not a cut name
("在占地50亩的地块上建成物流中心" stays 地块占地), and a predicate inside a longer word
("广场开放式改造": 开放式) is none.
Applied by ``labelamend.amended``, among the last rules.
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.nonfigures import alternation
from workreport.extract.units import unit_names
from workreport.vocab import load as vocab

__all__ = ["whole_name"]

_COUNTED = re.compile(r"[一二三四五六七八九十两几]+[个座条所家项处]")


def whole_name(name: str, after: str) -> str:
    """``name`` (a thing and a measure of ``_measures``) with the thing replaced by the works'
    whole name when ``after`` (the sentence after the number) opens with 的 and a clause
    (to ，。；：) that opens with the thing or with a prefix of it, and the name
    (``_works_name``) differs; "" otherwise, and when the name holds a digit, 的, a bracket
    等 or more than 30 characters, or lengthens a thing ending in a head noun already or by a
    count ("投资162亿元的甲汽车项目五个车间主体完工": the project's, not the workshops')."""
    measure = next((m for m in _measures() if name.endswith(m) and len(name) > len(m) + 1), "")
    if not measure or not after.startswith("的"):
        return ""
    thing, clause = name[: -len(measure)], re.split(r"[，。；：,;]", after[1:])[0]
    clause = _capacity().sub("", clause, count=1)  # "的50万千瓦氢能、储能…项目": its size goes
    works = _works_name(clause)
    if not works or works == thing or len(works) > 30 or re.search(r"[\d的等（）()\[\]〔]", works) \
            or works.count("“") != works.count("”"):
        return ""
    if not (works.startswith(thing) or thing.startswith(works)) or not clause.startswith(thing):
        return ""
    if works.startswith(thing) and (thing.endswith(_head_words()) or _COUNTED.search(works)
                                    or works[len(thing):].startswith(_frame_next())
                                    or thing.endswith(_frame_ends())):
        return ""  # "的长城汽车项目五个车间主体完工": the project's money, not the workshops'
    return works + measure


def _works_name(clause: str) -> str:
    """The words of ``clause`` up to the first head noun (``_heads``) that a predicate
    (``_predicates``) with no head noun after it in the clause (round 63 review's k63g: "…
    高铁新城启动区基础设施项目加快建设" is no 高铁新城 that 启动s) or the clause's end follows;
    "" for none."""
    for m in _heads().finditer(clause):
        rest = clause[m.end():]
        said = _predicates().match(rest)
        if not rest or (said and not rest[said.end():].startswith(_not_before())
                        and not _heads().search(rest)):
            return clause[: m.end()]
    return ""


@cache
def _frame_next() -> tuple[str, ...]:
    """Localizers after or closing a cut thing showing it a frame, not a works' name (round 65
    review, u3: "的地块上建成物流中心", "的支持下建成文化广场"; ``cues.whole_name_frame_next``)."""
    return tuple(vocab("cues")["whole_name_frame_next"])


@cache
def _means() -> tuple[str, ...]:
    """Means nouns closing a thing that is a frame ("的方式改造农贸市场";
    ``cues.label_means_heads``), read once."""
    return tuple(vocab("cues")["label_means_heads"])


@cache
def _frame_ends() -> tuple[str, ...]:
    """``_frame_next`` and ``_means`` as one tuple, joined once: the endings of a thing that is
    a frame."""
    return _frame_next() + _means()


@cache
def _not_before() -> tuple[str, ...]:
    """Characters making a predicate part of a longer word (round 65 review, u3: "开放式",
    "均衡"; ``cues.whole_name_predicate_not_before``), read once."""
    return tuple(vocab("cues")["whole_name_predicate_not_before"])


@cache
def _capacity() -> re.Pattern[str]:
    """A size opening a works' name (50万千瓦, 1200兆瓦), dropped before it, compiled once."""
    units = alternation(list(unit_names()))
    return re.compile(rf"^\d+(?:\.\d+)?[万亿]?(?:{units})(?=[\u4e00-\u9fff])")


@cache
def _measures() -> tuple[str, ...]:
    """Money nouns, land measures and attributed sizes, longest first, read once."""
    cues = vocab("cues")
    return tuple(sorted(set(cues["money_nouns"] + cues["land_measure_words"]
                            + cues["attributed_measures"]), key=len, reverse=True))


@cache
def _head_words() -> tuple[str, ...]:
    """The head nouns of ``_heads`` as a tuple, read once."""
    cues = vocab("cues")
    return tuple(cues["named_works_heads"] + cues["whole_name_heads"])


def _heads() -> re.Pattern[str]:
    """A head noun of ``cues.named_works_heads`` or ``cues.whole_name_heads``."""
    return _compiled("named_works_heads", "whole_name_heads")


def _predicates() -> re.Pattern[str]:
    """A predicate's first word (``cues.named_works_predicates``, ``whole_name_predicates``)."""
    return _compiled("named_works_predicates", "whole_name_predicates")


@cache
def _compiled(first: str, second: str) -> re.Pattern[str]:
    """The words of the cue lists ``first`` and ``second`` as one alternation, compiled once."""
    cues = vocab("cues")
    return re.compile(alternation(cues[first] + cues[second]))
