"""A label ending in an adverbial adjunct of its clause (round 83, x4; a pass of ``labelpasses``).

Class of error ('fragment', the development draws 9023-9027): a label is a noun phrase, but it
ended in a piece of the clause that modifies the clause's verb, never a noun: a time clause's
closing 后 ("发现2例确诊病例后，迅速开展流调" gave 发现确诊病例后; "两个特大项目入园后，将极大促进"
gave 特大项目入园后), a from-phrase opening a from-to change of a standard ("起征点从月销售额3万元
提高到10万元" gave 小规模纳税人增值税起征点从月销售额), or a time phrase with its preposition
("农业生产合作社在今年八月已经发展到十万个" gave 农业生产合作社在今年八月). In Chinese an adverbial
(a prepositional phrase, a time clause) stands before the verb it modifies; ending a label it is
a piece cut from a clause whose verb the label lost.

Rules:
- a label ending in a time-clause mark (``cues.time_clause_marks``: 后, 之后, 以后) that it read
  from the words after the number (the clause after the unit ends in the mark and the label
  ends in that clause: the count stands inside the time clause) loses the mark: 发现确诊病例,
  特大项目入园 (a noun and the act done to it, as label_judging.md accepts);
- a label ending in 从 or 由 and the basis a standard is stated in (月销售额), the number right
  after it and 到 or 至 later in its clause (a from-to change), loses the preposition:
  小规模纳税人增值税起征点月销售额 for both the old and the new standard;
- a label ending in 在, 从, 由 or 于 and a time (一九五三年, 今年八月, 2020年底), written in the
  number's own clause (no break between), takes the time to its front without the
  preposition: 今年八月农业生产合作社; 公私合营工业的产值在一九五三年比1949年 →
  一九五三年公私合营工业的产值比1949年 (the base of a multiple after it stays);
- a label ending in an adverb of manner (``cues.manner_adverb_tails``: 分类, 分批, 逐一 …) that
  stands in the number's clause right before a verb ("对170个空心村分类实施", "对39个搬迁安置区
  分类制定后续扶持方案") loses it when the label keeps the act: 制定后续扶持方案的搬迁安置区 (it
  says how the act was done, not which things; jieba tags 分类 a noun, so the verb after it is what
  tells). With no act left in the label (空心村分类 for 分类实施: a filler) the label stays.

Exceptions (the label stays): a label left shorter than two characters, or whose words before
the adjunct end in a verb, an adverb or a modal (需向省, 严格按照每百户: the noun is elsewhere);
a mark not read from the number's own clause (鄱阳湖区总磷浓度剔除自然因素影响后 for a fall
stated after it: a condition of the measure), or no word of its own in jieba's cut (招收30名博士后:
博士后 is a noun); a time basis after 从/由 (已从一九五〇年: the from-phrase is the year of the
base, left); a 从 or 由 jieba reads inside a word (从业人员); a time phrase in another clause
than the number's (公私合营工业的产值在一九五三年 for a multiple of the next clause).
Round 83 review, q2: a word after 从/由 that is a time of the old level or a qualifier, no basis
(``cues.from_basis_not_standard``: 原先, 不足 …), goes with the preposition: "每亩补贴从原先50元
提高到80元" gave 每亩补贴原先 (the old level's name for the new one too), "普及率从不足30%提高到
90%" 普及率不足 for the 90%; both are 每亩补贴, 普及率 now.
"""

from __future__ import annotations

import re

from workreport.extract.labelclause import CLAUSE_END
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import ending_word, tags

__all__ = ["adjunct_cut"]

_NUMERAL = "一二三四五六七八九十〇零百千两0-9"
_TIME = (rf"(?:[{_NUMERAL}]{{2,4}}年|今年|去年|明年|上年|当年)(?:[{_NUMERAL}]{{1,3}}月)?"
         r"(?:底|末|初|上半年|下半年)?")
_TIME_AT = re.compile(_TIME)
_TIME_PP = re.compile(rf"^(?P<noun>.+?)(?P<prep>[在从由于])(?P<time>{_TIME})(?P<tail>(?:比.+)?)$")
_FROM = re.compile(r"^(?P<noun>.+?)[从由](?P<basis>[^从由\d]{2,6})$")
_NOT_NOUN = ("v", "d", "p", "c", "u", "r", "m", "q", "t", "f")


def _noun_end(words: str) -> bool:
    """Whether ``words`` is two characters or more and ends in no verb, adverb, modal …"""
    if len(words) < 2:
        return False
    last = tags(words)[-1]
    return last.flag[:1] not in _NOT_NOUN or last.flag == "vn"


def _time_clause(name: str, clause: str) -> str:
    """``name`` without the time-clause mark it ends in (``clause``: the rest of the number's
    clause)."""
    mark = ending_word(clause, cue_words("time_clause_marks"))
    if not mark or len(clause) < len(mark) + 2 or not name.endswith(clause) \
            or tags(name)[-1].word != mark:
        return name  # (a word ending in the mark: 博士后, 落后)
    kept = name[: -len(mark)]
    return kept if len(kept) >= 2 else name


def _from_basis(name: str, before: str, clause: str) -> str:
    """``name`` without the 从/由 before the basis it ends in (``clause`` as for
    ``_time_clause``)."""
    m = _FROM.match(name)
    if not m or tags(name[len(m["noun"]):])[0].flag != "p" or _TIME_AT.search(m["basis"]) \
            or not before.endswith(name[len(m["noun"]):]) \
            or not re.search(r"[到至]", clause) \
            or not _noun_end(m["noun"]):
        return name
    if m["basis"] in cue_words("from_basis_not_standard"):  # 从原先, 从不足 (q2)
        return m["noun"]
    return m["noun"] + m["basis"]


def _time_phrase(name: str, before: str) -> str:
    """``name`` with the time after its closing 在/从/由/于 in front, the preposition gone."""
    m = _TIME_PP.match(name)
    if not m or not _noun_end(m["noun"]):
        return name
    clause = CLAUSE_END.split(before)[-1]
    if m["prep"] + m["time"] not in clause:
        return name
    return m["time"] + m["noun"] + m["tail"]


def _manner_tail(name: str, clause: str) -> str:
    """``name`` without the adverb of manner it ends in (``clause`` as for ``_time_clause``)."""
    word = ending_word(name, cue_words("manner_adverb_tails"))
    at = clause.find(word) if word else -1
    if at < 0 or len(name) - len(word) < 2 \
            or not any(p.flag[:1] == "v" for p in tags(name[: -len(word)])):
        return name  # (no act left in the label: 空心村分类 for 分类实施 stays)
    after = tags(clause[at + len(word):]) if clause[at + len(word):] else ()
    return name[: -len(word)] if after and after[0].flag[:1] == "v" else name


def adjunct_cut(name: str, before: str, rest: str, dimension: str) -> str:
    """``name`` without the adverbial adjunct it ends in (see the module's docstring)."""
    if len(name) < 3:
        return name
    clause = CLAUSE_END.split(rest, maxsplit=1)[0]  # the rest of the number's clause
    got = _time_clause(name, clause)
    if got == name:
        got = _from_basis(name, before, clause)
    if got == name:
        got = _time_phrase(name, before)
    if got == name:
        got = _manner_tail(name, clause)
    return got
