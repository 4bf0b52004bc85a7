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
Session 61, f2 (reviewers' sentences): the from-phrase's basis is read whole from
the text (的 off: 由原来的 → 项目补助资金; 由村均, jieba's 收入 a verb after a noun:
村均经营性收入; 从村均不足 → 村均集体经济收入, the qualifier off); a per-unit in it
(每生每年, 每立方米) is the unit's, the scope before it going in front (从小学每生每年 →
小学义务教育生均公用经费); a basis in 均 goes in front too; 为 closes the change as 到
does (水价从每立方米2.5元调整为3元 → 水价). A time phrase whose year an earlier pass
took (规上企业在底 for 在2020年底已经达到) goes whole: the level at a year's end stays
bare. 在/于 and a time before the verb counting the things (高新技术企业在去年新增;
12个项目于今年3月集中开工 gave 项目于): the verb goes in front, the time is dropped
(新增高新技术企业, 集中开工项目); a relative clause led by 在/于 and the time loses
them (在今年正式投产的项目 → 正式投产的项目). A time clause's 后 right after the unit
("收到群众来信300件后") goes too, from a label of four characters or more.
Round 85 (n3; draw 9031, 'fragment'): the frame 在…基础上 (``cues.adjunct_frame_ends``) is an
adverbial too, before the verb of its clause ("在全省基础上新增政务服务通办事项22项" gave
基础上新增政务服务通办事项). A label holding the frame's end word, when the number's clause has
在 before it: after the frame (the number counts what the verb after it did), the words after
the frame, adverbs (又, 再) off — 新增政务服务通办事项; a bare verb there takes the noun the
frame ends in ("在完成…13个事项基础上又推出10个" → 推出事项); inside the frame (the number is
the base), the words before it — 国务院发布的事项 for the 13.
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
_TIME_LEFT = re.compile(r"^(?P<noun>.+?)(?P<prep>[在于])(?P<end>底|末)$")
_TIME_VERB = re.compile(rf"^(?P<noun>.+?)(?P<prep>[在于])(?P<time>{_TIME})(?P<verb>[^\d]{{1,6}})$")
_FROM = re.compile(r"^(?P<noun>.+?)(?P<prep>[从由])(?P<basis>[^从由\d]{1,6})$")
_NOT_NOUN = ("v", "d", "p", "c", "u", "r", "m", "q", "t", "f")


def _noun_end(words: str) -> bool:
    """Whether ``words`` is two characters or more and ends in no verb, adverb, modal …"""
    if len(words) < 2:
        return False
    last = tags(words)[-1]
    return last.flag[:1] not in _NOT_NOUN or last.flag == "vn"


def _noun_verb(words: str) -> bool:
    """Whether ``words`` end in a noun and a word jieba tags a verb (集体经济收入: 收入 v)."""
    got = tags(words)
    return len(got) >= 2 and got[-1].flag == "v" and got[-2].flag[:1] == "n"


def _time_clause(name: str, rest: str) -> str:
    clause = CLAUSE_END.split(rest, maxsplit=1)[0]
    mark = ending_word(clause, cue_words("time_clause_marks"))
    if not mark or not name.endswith(clause) or (len(clause) == len(mark) and len(name) < 4) \
            or tags(name)[-1].word != mark:
        return name  # (a word ending in the mark: 博士后, 落后)
    kept = name[: -len(mark)]
    return kept if len(kept) >= 2 else name


def _from_basis(name: str, before: str, rest: str) -> str:
    m = _FROM.match(name)
    if not m or tags(name[len(m["noun"]):])[0].flag != "p" or _TIME_AT.search(m["basis"]) \
            or not re.search(r"[到至为]", CLAUSE_END.split(rest, maxsplit=1)[0]) \
            or not (_noun_end(m["noun"]) or _noun_verb(m["noun"])):
        return name
    clause = CLAUSE_END.split(before)[-1]
    head = m["prep"] + m["basis"]
    full = clause[clause.rfind(head) + 1:].removesuffix("的") if head in clause else ""
    more = full[len(m["basis"]):]
    if not full.startswith(m["basis"]) or (len(more) > 2 and not more.startswith("每")) \
            or re.search(r"[\d从由]", full):
        return name  # (the basis in the text, 的 off, is the label's or a little more: 村均)
    basis, own = full, cue_words("from_basis_not_standard")
    while (cut := ending_word(basis, own)) and basis != cut:
        basis = basis[: -len(cut)]  # 村均不足 → 村均 (s61 f2)
    if basis in own:  # 从原先, 从不足 (q2)
        return m["noun"]
    per = basis.find("每")
    if per >= 0:  # 每生每年, 每立方米: the unit's; what stands before it scopes the noun (s61 f2)
        return basis[:per] + m["noun"]
    return basis + m["noun"] if basis.endswith("均") else m["noun"] + basis


def _time_phrase(name: str, before: str) -> str:
    m = _TIME_PP.match(name)
    clause = CLAUSE_END.split(before)[-1]
    if not m:
        return _time_left(name, clause)
    if not _noun_end(m["noun"]) or m["prep"] + m["time"] not in clause:
        return name
    return m["time"] + m["noun"] + m["tail"]


def _verbs(words: str) -> bool:
    got = tags(words) if words else ()
    return bool(got) and got[0].flag in ("v", "d", "ad") and got[-1].flag in ("v", "vn") \
        and all(t.flag in ("v", "vn", "d", "ad") for t in got)


def _time_left(name: str, clause: str) -> str:
    """Session 61, f2: a time phrase in the number's clause whose year an earlier pass took
    (规上企业在2020年底已经达到 gave 规上企业在底: the level at the year's end stays bare,
    规上企业), or one before the verb that counts the things (高新技术企业在去年新增 →
    新增高新技术企业)."""
    m = _TIME_LEFT.match(name)
    if m and _noun_end(m["noun"]) and re.search(rf"{m['prep']}{_TIME}", clause) \
            and re.search(rf"{m['prep']}[^，。；]*?{m['end']}", clause):
        return m["noun"]
    m = _TIME_VERB.match(name)
    if m and _noun_end(m["noun"]) and _verbs(m["verb"]) and m["prep"] + m["time"] in clause:
        return m["verb"] + m["noun"]
    return name


def _time_after(name: str, rest: str) -> str:
    """Session 61, f2: a label read after the number cut at 在/于 before a time and the verb
    that counts the things ("12个项目于今年3月集中开工" gave 项目于) → 集中开工项目."""
    lead = re.match(rf"[在于]{_TIME}(?=[^的]+的.)", name)
    if lead and lead[0] in CLAUSE_END.split(rest, maxsplit=1)[0]:
        return name[lead.end():]  # (在今年正式投产的项目: the relative clause took the time in)
    if name[-1:] not in ("在", "于") or len(name) < 3 or not _noun_end(name[:-1]):
        return name
    clause = CLAUSE_END.split(rest, maxsplit=1)[0]
    m = re.match(rf"{re.escape(name)}{_TIME}(?P<verb>.+)$", clause)
    if not m or not _verbs(m["verb"]) or tags(clause[: len(name)])[-1].word != name[-1]:
        return name
    return m["verb"] + name[:-1]


def _manner_tail(name: str, rest: str) -> str:
    word = ending_word(name, cue_words("manner_adverb_tails"))
    clause = CLAUSE_END.split(rest, maxsplit=1)[0]
    at = clause.find(word) if word else -1
    if at < 0 or len(name) - len(word) < 2 \
            or not any(p.flag[:1] == "v" for p in tags(name[: -len(word)])):
        return name  # (no act left in the label: 空心村分类 for 分类实施 stays)
    after = tags(clause[at + len(word):]) if clause[at + len(word):] else ()
    return name[: -len(word)] if after and after[0].flag[:1] == "v" else name


def _frame_base(name: str, before: str, rest: str) -> str:
    """Round 85 (n3): a label cut around the frame 在…基础上 (see the module's docstring)."""
    end = next((w for w in cue_words("adjunct_frame_ends") if w in name), "")
    if not end:
        return name
    head, _, tail = name.partition(end)
    own = CLAUSE_END.split(before)[-1]
    if end in own and "在" in own[: own.rfind(end)]:  # the number after the frame
        got = tags(tail) if tail else ()
        while got and got[0].flag[:1] == "d":  # 又推出, 再新增
            tail, got = tail[len(got[0].word):], got[1:]
        if tail and _verbs(tail) and _noun_end(head.removesuffix("的")):
            return tail + tags(head.removesuffix("的"))[-1].word  # 推出事项
        return tail if len(tail) >= 2 else name
    after = CLAUSE_END.split(rest, maxsplit=1)[0]
    base = head.removesuffix("的")
    if end in after and "在" in own and len(base) >= 2:  # inside the frame: the base
        return base
    return name


def adjunct_cut(name: str, before: str, rest: str, dimension: str) -> str:
    """``name`` without the adverbial adjunct it ends in (see the module's docstring)."""
    if len(name) < 3:
        return name
    got = _time_clause(name, rest)
    if got == name:
        got = _from_basis(name, before, rest)
    if got == name:
        got = _time_phrase(name, before)
    if got == name:
        got = _time_after(name, rest)
    if got == name:
        got = _manner_tail(name, rest)
    if got == name:
        got = _frame_base(name, before, rest)
    return got
