"""A part of a counted whole picked out by its act (round 44, ra44; bench/label_judging.md: a
clause saying which of the things are counted is their scope, and a bare label reading as the
whole's total is 'scope lost').

A count with no noun of its own, in a clause of its own after a count of the same unit, counts
those of the whole that the act closing its clause was done to: "我县确定的18项惠民实事，5项
基本完成，11项如期启动" → 基本完成的惠民实事, 如期启动的惠民实事; "新开工乡村幼儿园10所，其中
6所建成投入使用" → 建成投入使用的新开工乡村幼儿园; "35件惠民实事已完成31件" → 已完成的惠民实事
(完成 before the number, a filler elsewhere, picks the done ones here). The acts and the
adverbs before them are data (``cues.part_acts``, ``cues.part_act_adverbs``).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.nonfigures import alternation, classifiers
from workreport.extract.numbers import vocab

__all__ = ["COUNT_NUMBER", "part_acted"]

# A count's number with 万/千/百 and 余/多 ("1.2万", "300余"), before its measure word; also
# ``labeldone``'s count pattern.
COUNT_NUMBER = r"[\d.]+[万千百]?[余多]?"


@cache
def _predicate() -> re.Pattern[str]:
    """Adverbs of ``cues.part_act_adverbs``, then an act of ``cues.part_acts`` and at most
    six more characters, the whole clause after a bare count."""
    cues = vocab("cues")
    adverbs = alternation(sorted(cues["part_act_adverbs"], key=len, reverse=True))
    acts = alternation(sorted(cues["part_acts"], key=len, reverse=True))
    return re.compile(rf"(?:{adverbs})*(?:{acts})[^\d，、]{{0,6}}")


@cache
def _closing_act() -> re.Pattern[str]:
    """An act of ``cues.part_acts_closing`` with words after it (在建项目, 建设单位)."""
    return re.compile(rf"(?:{alternation(vocab('cues')['part_acts_closing'])}).")


@cache
def _own_act() -> re.Pattern[str]:
    """An act of ``cues.part_acts`` opening the whole's label (确定整合区域)."""
    return re.compile(alternation(vocab("cues")["part_acts"]))


def _acted(opener: str, tail: str) -> str:
    """The act picking out a part, from the words before its number (``opener``: none, 其中,
    仍有, or 已完成 closing the clause) and those after it (``tail``), cleaned of the words
    that only say all of them (全部, 均) and of 了; "" when the clause is no such part."""
    if opener in ("", "其中", "仍有", "还有", "另有") and tail:
        act = tail
    elif re.fullmatch(r"已(?:经)?(?:基本)?完成", opener) and not tail:
        act = opener
    else:
        return ""
    if not _predicate().fullmatch(act) \
            or _closing_act().search(act):
        return ""  # "其中在建项目…", "建设单位为央企": the count's own noun
    return re.sub(r"^(?:全部|均|都)|了", "", act)


def part_acted(before: str, after: str, unit: str, previous: str | None) -> str:
    """The label of a bare count that is a part of the count before it (``previous`` its
    label) picked out by an act, ``before`` and ``after`` the sentence on either side of the
    number, ``unit`` its unit (round 44, ra44): ("我县确定的18项惠民实事，5项", "基本完成，…",
    "项", "惠民实事") → 基本完成的惠民实事; a later part drops the earlier part's act from
    ``previous`` ("…，5项基本完成，11项", "如期启动", "项", "基本完成的惠民实事") → 如期启动的
    惠民实事; ("35件惠民实事已完成31件", "", "件", "惠民实事") → 已完成的惠民实事. "" when the
    count has a noun of its own ("其中5个村已完成改造"), when no count of the same unit stands
    in the clauses before, or when what follows is no act of ``cues.part_acts`` ("5个为
    省级")."""
    if not previous or not unit or not re.fullmatch(classifiers(), unit):
        return ""
    counted = re.compile(rf"{COUNT_NUMBER}{re.escape(unit)}")
    clauses = re.split(r"[，,；;]", before)
    opener = clauses[-1].strip()
    inside = list(counted.finditer(opener))  # "35件惠民实事已完成|31件"
    if inside:
        opener = opener[inside[-1].end():].removeprefix(previous)
    tail = re.split(r"[，,；;。！？：:（(、]", after, maxsplit=1)[0]
    act = _acted(opener, tail)
    if not (inside or counted.search("，".join(clauses[:-1]))):
        return ""
    whole = previous
    last = re.fullmatch(rf"(?P<opener>[^\d]*){COUNT_NUMBER}{re.escape(unit)}(?P<tail>[^\d]*)",
                        clauses[-2].strip()) if len(clauses) > 1 and not inside else None
    if last and (earlier := _acted(last.group("opener"), last.group("tail"))) \
            and previous.startswith(earlier + "的"):
        whole = previous[len(earlier) + 1:]  # "…，5项基本完成，11项如期启动"
        if not act and not opener and not tail:  # "…，8项正在建设，1项（甲工程）暂缓实施"
            return whole  # not the earlier part's act
    if not act:
        return ""
    # the whole's own act goes: "确定了16个整合区域，其中14个确定了整合主体" → …的整合区域
    own = _own_act().match(whole)
    whole = whole.removeprefix(own[0]) if own and own[0] in act else whole
    return f"{act}的{whole}" if whole and "的" not in whole else ""
