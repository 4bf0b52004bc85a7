"""The subject or head a later part of a list takes from the parts before it (issue 13 §2;
split from ``labeldistribute`` in round 76, tidy; used by ``labeldistribute`` and
``labeleach``).

Parts naming a measure only take the subject of the part before: "生产安全事故起数、死亡人数"
→ 生产安全事故死亡人数 (``subject_of_first``); later parts take the words of the first part
before the word they stand for: "城乡居民养老保险、医疗保险参保率" → 城乡居民医疗保险参保率
(``head_of_parallel``); parts that each stand for the last part's head share what follows it
(round 17): "高新区、经开区营业收入" → 高新区营业收入 (``parallel_heads``). The words are data
(``vocab/cues.yml``).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelbareowner import bare, lend_owner
from workreport.extract.labelparallel import measured_places
from workreport.extract.labelphrased import shared_subject
from workreport.extract.labelsized import threshold_class
from workreport.extract.labelwords import tags
from workreport.extract.nonfigures import alternation
from workreport.extract.numbers import vocab

__all__ = ["head_of_parallel", "parallel_heads", "rate_subject", "subject_of_first"]

# A base ending a later part ("人次比2011年"), not counted in its length (round 80, x6).
_BASE_END = re.compile(r"(?:比|较)(?:(?:19|20)\d\d年(?:底|末)?|上年|去年|同期)$")


def _parallel(a: str, b: str) -> bool:
    """Whether two different words are alike enough to stand for each other in a list: as
    long, two characters or more, the same last character (养老保险 and 医疗保险, 存款 and
    贷款)."""
    return a != b and len(a) == len(b) >= 2 and a[-1] == b[-1]


def subject_of_first(items: list[str]) -> list[str]:
    """Parts naming a measure only take the subject of the part before: "生产安全事故起数、
    死亡人数" → 生产安全事故死亡人数; "贫困人口参保率和财政资助率" → 贫困人口财政资助率.
    The part before's measure is its last words (jieba's), two characters or more and no
    longer than the later part; the subject before them is shared when it is three
    characters or more and the later part short (five or fewer, or a measure of
    ``cues.owned_measure_words``: round 43, ra43, "…事故起数、死亡人数、直接经济损失" →
    …事故直接经济损失) and not in it already ("进出口总额、出口额" stays). A subject ending in
    a word parallel to the later part's first gives that word up: "银行存款余额、贷款余额" →
    银行贷款余额. A manner word ending the subject (``cues.part_manner_words``: 按时) is not
    shared (round 16): "政务热线按时反馈率、办结率" → 政务热线办结率; nor is the part
    before's own manner or rater opening it (round 80 review, q4: "棚改开工率、基本建成率、
    交付率" → 棚改交付率, not 棚改基本交付率)."""
    out = [items[0]]
    for at, item in enumerate(items[1:]):
        words = [t.word for t in tags(out[-1])]
        ends = [sum(map(len, words[i:])) for i in range(1, len(words))]
        core = _BASE_END.sub("", item)  # round 80 (x6): "件次、人次比2011年" → 人次
        measure = max((n for n in ends if 2 <= n <= len(core)), default=0) \
            or (2 if out[-1][-1] == item[-1] and len(item) <= 4
                and len(tags(out[-1][-2:])) == 1 else 0)
        # (session 60, f1: a place's rate of two words is the measure whole, 绿化|覆盖率:
        # "城市建成区绿化覆盖率和绿地率" gave 城市建成区绿化绿地率)
        whole = next((len(w) for w in vocab("cues")["whole_place_rates"]
                      if out[-1].endswith(w) and len(w) < len(out[-1])), 0)
        measure = max(measure, whole) if measure and bare(item) else measure
        first = tags(item)[0].word
        if first in vocab("cues")["rate_manner_words"] and len(item) - len(first) in ends \
                and out[-1].endswith(item[len(first):]):
            measure = len(item) - len(first)  # "…满意率和基本满意率": 满意率 (round 14)
        if first in vocab("cues")["rate_raters"] and item.endswith("率"):  # round 24:
            measure = min((n for n in ends if n >= 2), default=measure)  # …热线|解决率、群众满意率
        # (工业产值 holds 产值, 供热率 no 热率; round 50: short later parts only: no 治安案 shared)
        subject = out[-1][: len(out[-1]) - measure] if measure else ""
        # (a manner word of the part before is its own: "按时反馈率、办结率" → 办结率)
        subject = re.sub("(?:" + alternation(vocab("cues")["part_manner_words"]) + ")$", "",
                         subject)
        # (round 80 review, q4: the part before's own manner or rater, 基本 of 基本建成率, is
        # its own: "棚改开工率、基本建成率、交付率" → 棚改交付率, not 棚改基本交付率)
        if lead := _rate_lead().match(items[at]):
            subject = subject.removesuffix(lead.group(0))
        subject = shared_subject(threshold_class(subject, out[-1]), item)  # rounds 26-27
        # (a hotline's number is its measure's name: "110报警数、刑事立案数"; round 50, s50c)
        subject = "" if re.search(r"(?<![\dA-Za-z.])\d{3,5}$", subject) else subject
        last = subject[-len(first):]  # jieba may hold it in a longer word (银行存款)
        # (not the tail of a word the subject ends in, 加工业: "农产品加工业产值和营业收入"
        # gave 农产品加营业收入; session 60): what is left ends in a word of two characters
        # (session 61, f1: a subject that is the parallel word alone gives it up whole:
        # "存款余额、贷款余额" gave 存款贷款余额)
        if _parallel(last, first) and (subject == last
                                       or len(tags(subject[: -len(last)] or "x")[-1].word) > 1):
            subject = subject[: -len(last)]
        # (round 80, x6: the guard is for the subject's end, "进出口总额、出口额"; not for
        # a word inside it, "生产安全死亡事故起数、死亡人数" → …事故死亡人数)
        lent = subject + item if len(subject) >= 2 + (not _parallel(last, first)) \
            and (len(core) <= 5 or item in vocab("cues")["owned_measure_words"]) \
            and item[:2] not in subject[-3:] else item
        rated = rate_subject(out[-1], item) if lent == item else ""
        if lead and rated == (pre := out[-1][: -len(items[at])]) + lead.group(0) + item:
            rated = pre + item  # 棚改基本交付率 → 棚改交付率
        out.append(rated or item if lent == item else lent)
    return lend_owner(items, out)  # round 49 (s49b): "项目结算率、决算率" → 项目决算率


@cache
def _rate_lead() -> re.Pattern[str]:
    """A manner or rater opening a rate (``cues.rate_manner_words``, ``rate_raters``)."""
    cues = vocab("cues")
    return re.compile("^(?:" + alternation(cues["rate_manner_words"] + cues["rate_raters"]) + ")")


@cache
def _manner_end() -> re.Pattern[str]:
    """A manner word ending a subject (``cues.part_manner_words``: 按时)."""
    return re.compile("(?:" + alternation(vocab("cues")["part_manner_words"]) + ")$")


def rate_subject(previous: str, item: str) -> str:
    """A bare rate listed after a rate whose thing is a short noun before its rate word
    shares that thing (round 80, x6; the draws' "owner lost": "棚改开工率、基本建成率均达100%"
    gave 基本建成率, "热线解决率、群众满意率" 群众满意率): the part before's rate word is its
    last word in 率 (开工率), or its last two words when jieba cut 率 off (解决|率); what
    precedes it, less a manner word (``cues.part_manner_words``: 按期), is the thing, two to
    ten Chinese characters opening with a noun (not 力争, 确保, 全年: a verb, adverb or time
    opens no thing), and the later rate, bare (a rate word of three characters at most after a
    manner or a rater, ``cues.rate_manner_words``, ``rate_raters``: 基本建成率, 群众满意率; not
    one naming its own thing, 自来水普及率, nor a whole place's or a standalone one) takes
    it: 棚改基本建成率, 热线群众满意率. "" otherwise (the later rate naming the thing
    already, or the part before no rate)."""
    cues = vocab("cues")
    bare = _rate_lead().sub("", item)  # 基本建成率 → 建成率, 群众满意率 → 满意率: a bare rate
    if not (previous.endswith("率") and re.fullmatch(r"[\u4e00-\u9fff]{1,2}[率度]", bare)) \
            or item in cues["whole_place_rates"] + cues["standalone_rates"]:
        return ""
    words = [t.word for t in tags(previous)]
    rate = words[-1] if len(words[-1]) >= 2 else "".join(words[-2:])
    thing = _manner_end().sub("", previous[: len(previous) - len(rate)])
    pieces = tags(thing) if re.fullmatch(r"[\u4e00-\u9fff]{2,10}", thing) else ()
    if not pieces or pieces[0].flag[:1] not in ("n", "j") or item[:2] in thing \
            or thing in cues["label_leading"]:
        return ""
    return thing + item


def head_of_parallel(parts: list[str]) -> list[str]:
    """Later parts take the words of the first part before the word they stand for:
    "城乡居民养老保险、医疗保险参保率" → 城乡居民医疗保险参保率 (养老保险 and 医疗保险 are
    parallel); or before a word naming who is measured (``cues.distributive_subjects``,
    居民) where they name none: "城乡居民基本医保、养老保险参保率" → 城乡居民养老保险参保率;
    or up to the places measured (``cues.distributive_places``, 自然村, opening the first part
    or after its size): "50户以上自然村光纤和5G网络覆盖率" → 50户以上自然村5G网络覆盖率
    (Round 32, rw: the place is the scope of every part). Used by ``labeldistribute``."""
    pieces = [t.word for t in tags(parts[0])]
    cues = vocab("cues")
    who = next((parts[0][:i + len(w)] for w in cues["distributive_subjects"]
                if (i := parts[0].find(w, 1)) > 0 and i + len(w) < len(parts[0])), "")
    who = who or measured_places(parts[0])
    for n, word in enumerate(pieces[1:], 1):
        head = "".join(pieces[:n])
        if len(head) >= 2 and any(_parallel(tags(p)[0].word, word) for p in parts[1:]):
            who = head
    if not who:
        return parts
    return [parts[0]] + [p if who in p or any(w in p for w in cues["distributive_subjects"]
                                              + cues["distributive_places"])
                         or p.startswith(tuple(cues["subset_part_words"])) else who + p
                         for p in parts[1:]]


def parallel_heads(items: list[str]) -> list[str] | None:
    """Parts that each stand for the last part's head (as long, the same last character:
    ``_parallel``, three characters or more) share what follows that head (round 17, the
    audit's "scope lost"): "高新区、经开区营业收入" → 高新区营业收入; "交通集团、文旅集团营收" →
    交通集团营收. None otherwise, or if the last head runs on ("地表水、饮用水水源地水质…").
    Used by ``labeldistribute``."""
    k = len(items[0])
    last = items[-1]
    if k < 3 or len(last) < k + 2 or any(len(i) != k for i in items[:-1]) \
            or last[k] == last[k - 1] \
            or not all(_parallel(i, last[:k]) for i in items[:-1]) \
            or any(p.flag[:1] not in ("n", "j") and not (p.flag == "vn" and i.endswith(p.word))
                   for i in (*items[:-1], last[:k])  # a vn ending a part: 政府投资 (r71, w7); not
                   for p in (tags(i)[0], tags(i)[-1])):  # "城镇新增就业、新增发放创业…"
        return None
    return [i + last[k:] for i in items[:-1]] + [last]
