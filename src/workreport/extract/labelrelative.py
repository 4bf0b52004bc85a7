"""Counted things whose defining clause the label lost (round 32, rf; bench/label_judging.md:
the counted noun keeps the clause saying which of them are counted, and a fragment of a
clause standing for the noun is rejected). Three phrasings, their words data in
``vocab/cues.yml``:

- *a second figure's works after the noun*: "启动16个行政村38公里道路硬化工程" → 启动道路
  硬化工程的行政村 (not 启动行政村: the 16 are the villages with such works), "完成7个科室、
  40项审批事项划转工作" → 审批事项划转的科室 (``cues.relative_work_ends``);
- *a quality reaching a standard*: "12个市空气质量全部达到国家二级标准" → 空气质量达到国家
  二级标准的市 (not 市空气质量: the 12 count cities; ``cues.relative_quality_measures``);
- *parallel relative clauses sharing one noun*: "打造8条具有国际优势，…6条具有全国优势的
  重点产业链" → 打造具有国际优势的重点产业链 and 具有全国优势的重点产业链 (the first cut
  before the noun it shares; ``cues.relative_clause_verbs``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import wraps

from workreport.extract.labelwords import tags
from workreport.extract.nonfigures import alternation, classifiers
from workreport.extract.numbers import Token, vocab

__all__ = ["counted_by_clause", "relative_counted", "within"]

_BREAK = r"[，,；;。！？：:（(]"


def relative_counted(label: Callable[[str, Token, str, str | None], str]
                     ) -> Callable[[str, Token, str, str | None], str]:
    """``label`` (``naming.label``) with ``counted_by_clause`` applied to a count's label
    (round 32, rf)."""
    @wraps(label)
    def with_clause(text: str, tok: Token, pre: str, previous: str | None) -> str:
        q = tok.quantity
        assert q is not None
        got = label(text, tok, pre, previous)
        if got.startswith(("内", "以内", "范围内")):
            return within(got, text[tok.sentence.start:q.start])
        if not re.fullmatch(classifiers(), q.unit):
            return got
        return counted_by_clause(got, text[q.end:tok.sentence.end])
    return with_clause


def counted_by_clause(name: str, after: str) -> str:
    """``name``, a count's label, with the clause ``after`` (the sentence after the number)
    says which of its things are counted: ("启动行政村", "行政村38公里道路硬化工程。") →
    启动道路硬化工程的行政村; ("市空气质量", "市空气质量全部达到国家二级标准。") → 空气质量
    达到国家二级标准的市; ("具有全国优势", "具有全国优势的重点产业链。") → 具有全国优势的
    重点产业链. ``name`` as it is otherwise."""
    return _works_of(name, after) or _quality_reached(name, after) \
        or _shared_noun(name, after) or _plan_of(name, after) or name


def within(name: str, before: str) -> str:
    """``name`` opening with 内 (以内, 范围内) after a distance that bounds it, with the
    clause before through that distance in front: ("内换乘比例", "…，公交与地铁100米内换乘
    比例") → 公交与地铁100米内换乘比例 (not 内换乘比例, a word cut); ``name`` as it is
    otherwise."""
    distance = alternation(vocab("cues")["relative_within_units"])
    m = re.search(rf"([^\d，,；;。！？：:、]{{1,12}}[\d.]+(?:{distance}))"
                  rf"(?={re.escape(name)})", before)
    return m.group(1) + name if m else name


def _plan_of(name: str, after: str) -> str:
    """A plan verb's (``cues.relative_plan_verbs``) count of things each given a plan, the
    label cut inside the plan's name: ("制定河流管理", "河流管理保护方案。") → 制定管理保护
    方案的河流."""
    cues = vocab("cues")
    clause = re.split(_BREAK, after, maxsplit=1)[0]
    plans = tuple(cues["relative_plan_ends"])
    pieces = tags(clause)
    if not clause.endswith(plans) or not pieces or not pieces[0].flag.startswith("n") \
            or len(pieces[0].word) < 2:
        return ""
    for k in range(len(pieces[0].word) + 1, len(clause) - 1):
        if name.endswith(clause[:k]) and (verb := name[: -k]) \
                and verb in cues["relative_plan_verbs"]:
            return f"{verb}{clause[len(pieces[0].word):]}的{pieces[0].word}"
    return ""


def _works_of(name: str, after: str) -> str:
    """The counted noun followed at once (or after 、, for a task shared by both) by a
    second figure's works: "行政村38公里道路硬化工程" → 道路硬化工程的行政村."""
    cues = vocab("cues")
    ends = alternation(cues["relative_work_ends"])
    count = rf"[\d.]+[万千百]?[余多]?(?:公里|千米|米|{classifiers()})"
    m = re.match(rf"([^\d、，。；“”的]{{1,6}})(、?){count}([^\d、，。；“”的]{{2,12}}?)"
                 rf"({ends})(?={_BREAK}|$)", after)
    if not m or not name.endswith(m.group(1)) or (m.group(2) and m.group(4) != "工作"):
        return ""
    noun, work = m.group(1), m.group(3) + ("" if m.group(4) == "工作" else m.group(4))
    return f"{name[: -len(noun)]}{work}的{noun}"


def _quality_reached(name: str, after: str) -> str:
    """The counted noun, its quality and a standard reached: "市空气质量全部达到国家二级
    标准" → 空气质量达到国家二级标准的市."""
    cues = vocab("cues")
    measures = alternation(sorted(cues["relative_quality_measures"], key=len, reverse=True))
    adverbs = alternation(cues["completed_act_adverbs"] + ["首次", "稳定", "持续"])
    m = re.match(rf"([^\d、，。；“”的]{{1,6}}?)({measures})(?:{adverbs})*(达到|达)"
                 rf"([^\d、，。；“”]{{2,16}}?)(?={_BREAK}|$)", after)
    if not m or not name.endswith(m.group(1) + m.group(2)):
        return ""
    noun, measure, verb, level = m.groups()
    if not re.search(r"标准|类|级|要求", level):
        return ""
    prefix = name[: -len(noun + measure)]  # "达到…的" put there by another rule goes
    return f"{'' if prefix.endswith('的') else prefix}{measure}{verb}{level}的{noun}"


def _shared_noun(name: str, after: str) -> str:
    """A relative clause with no noun (具有…, no 的) whose noun comes after the last of
    parallel clauses like it: "具有国际优势，…具有全国优势的重点产业链" → 具有国际优势的
    重点产业链."""
    verbs = alternation(vocab("cues")["relative_clause_verbs"])
    clauses = re.split(r"[，,]", re.split(r"[；;。！？]", after, maxsplit=1)[0])
    if not re.fullmatch(rf"(?:{verbs})[^\d的]{{2,10}}", clauses[0]) \
            or not name.endswith(clauses[0]):
        return ""
    for clause in clauses[1:]:
        if not re.search(verbs, clause):
            return ""
        if m := re.search(rf"(?:{verbs})[^\d的]{{2,10}}的([^\d的、]{{2,10}})$", clause):
            return f"{name}的{m.group(1)}"
    return ""
