"""A threshold in a glossary's definition of a term, no figure (round 83, x8).

Class of error (development draws' 'not a figure'): a plan's glossary (名词解释) defines a kind of
thing by its criteria: "[3]淘宝镇、淘宝村：“淘宝村”是指…电子商务年交易额达到1000万元以上…一个
乡镇一年电商销售额超3000万元、活跃网店超300个，即被定义为“淘宝镇”", "20.吨半粮：…两季亩产之和
达到1500公斤以上，即为此地块具备“吨半粮”生产能力". The 1000万元 or the 1500公斤 is the bar a thing
must clear to be called so, no figure of the place; a row labelled 电子商务年交易额 reads as the
county's turnover. ``nonfigures.definitions`` drops whole notes that define a quoted name or an
unquoted one with 即/指 straight after its colon; a note whose term is unquoted and whose
definition word comes later (是指, 即为, 被定义为 after the colon) kept its numbers.

Rule (words in ``vocab/nonfigures.yml``, ``glossary_criterion_*``): a number in a paragraph after
the glossary's heading that opens with a note mark and a term (``[3]``, ``20.``, ``〔5〕``),
whose text holds a definition word (``glossary_criterion_define``), and that is a threshold: a
bar word before it in its clause (达到, 超过, 超, 不低于 …: ``glossary_criterion_before``),
以上/以下 after its unit (``glossary_criterion_after``), or the bar restated in a bracket after
it ("（含1500公斤）": ``glossary_criterion_restated``); and any number of a note that defines
a unit of measure (``glossary_unit_define``: "13.EFlops：是衡量…的一个计量单位，指每秒进行
一百亿亿次（1018次）浮点运算").

Exceptions, kept figures: any number outside a glossary (a body sentence's "达到1000万元以上" is
a target or a result); in a glossary, a number that is no threshold (a fact the note states about
what exists: "运营约1000辆氢燃料物流车", "累计招生500人", "总投资1.1亿元") and a note with no
definition word (a project's description: "〔13〕某服务外包基地：项目位于…"). Round 83 review
(q4): 指 of a longer verb (指导, 指出) is no definition word ("[10]某工程：总投资超过20亿元，指导…"
kept its figures); a threshold whose clause opens with the place or the time of the report
(全县, 我市, 目前, 截至, 累计, 2023年: ``glossary_criterion_fact``) is a fact of it ("…；全县
数字乡村示范村达到25个"), in a note defining a unit too ("…计量单位，全县单位GDP能耗下降3.2%").
"""

from __future__ import annotations

import re
from functools import cache

from workreport.vocab import alternation
from workreport.vocab import load as vocab

__all__ = ["GLOSSARY_HEADING", "glossary_criterion"]

# the glossary's heading (名词解释, 名词注释), ``nonfigures._glossary_from``'s too
GLOSSARY_HEADING = re.compile(r"(?m)^[^\n。]{0,12}名词(?:解释|注释)[^\n。]{0,12}$")
# a note's mark and its term before a colon, at the paragraph's start
_NOTE = re.compile(r"\s*(?:\[\d{1,3}\]|〔\d{1,3}〕|【\d{1,3}】|\d{1,3}[.．、])"
                   r"\s*[^：:。；\n]{1,24}?[：:]")
_CLAUSE = re.compile(r"[，。；：:、\n（(]")
_FACT_CLAUSE = re.compile(r"[，。；：:\n]")


@cache
def _cues() -> tuple[re.Pattern[str], ...]:
    """The definition words, the bar words before a number, the words after its unit and the
    bracket restating the bar ("（含1500公斤）")."""
    nf = vocab("nonfigures")
    return (re.compile(alternation(nf["glossary_criterion_define"],
                                   nf["glossary_criterion_define_not_before"])),
            re.compile(rf"(?:{alternation(nf['glossary_criterion_before'])})[^\d]{{0,12}}$"),
            re.compile(nf["glossary_criterion_after"]),
            re.compile(nf["glossary_criterion_restated"]),
            re.compile(alternation(nf["glossary_unit_define"])),
            re.compile(nf["glossary_criterion_fact"]))


def glossary_criterion(text: str, start: int, end: int) -> bool:
    """Is the digit run ``text[start:end]`` a threshold in a glossary note that defines a term
    (see the module)?"""
    heading = GLOSSARY_HEADING.search(text, 0, start)
    if not heading:
        return False
    line = text.rfind("\n", 0, start) + 1
    if line <= heading.end() or not _NOTE.match(text, line):
        return False
    stop = text.find("\n", end)
    stop = stop if stop >= 0 else len(text)  # the note's paragraph ends there
    define, before, after, restated, unit, fact = _cues()
    opening = max((m.end() for m in _FACT_CLAUSE.finditer(text, max(line, start - 40), start)),
                  default=max(line, start - 40))
    if fact.match(text, opening):
        return False  # "全县数字乡村示范村达到25个": a fact of the place (round 83 review, q4)
    if unit.search(text, line, stop):
        return True  # a unit of measure defined: its numbers are its own size
    if not define.search(text, line, stop):
        return False
    clause = max((m.end() for m in _CLAUSE.finditer(text, max(line, start - 24), start)),
                 default=max(line, start - 24))
    return bool(before.search(text[clause:start]) or after.match(text, end)
                or restated.search(text, max(line, start - 3), start))
