"""The clause a label is cut from (split from ``naming`` and ``labelverbs`` in round 26, tidy,
so each has room): the text from the last clause break to a number (``clause_before``), the
rest of a clause after a point (``rest_of_clause``), the clause before a figure's own and
its subject (``clause_before_this``, ``subject_before``), and the asides in brackets that
are part of a name and break nothing (``ASIDE``: 生活污水治理（管控）率; ``PLACE_ASIDE``:
普惠县（市、区）; a Latin abbreviation: 研究与试验发展(R&D)经费).
"""

from __future__ import annotations

import re

from workreport.extract import labelforms
from workreport.extract.labelclean import clean
from workreport.extract.labelpicked import CLAUSE_BREAK
from workreport.extract.numbers import Token, strip_quantities, vocab

__all__ = ["ASIDE", "CLAUSE_BREAK", "CLAUSE_END", "CLAUSE_LINE_END", "PLACE_ASIDE",
           "clause_before", "clause_before_this", "rest_of_clause", "subject_before"]

# The marks that end a clause, a list's 、 and brackets no break (named once in the round 83
# review; was declared in labelamong, labelpartner, labeldriver, labelsharedsubject,
# labelgenericact, labelnumfirst, labelownact, labeltailact and labeladjunct) ...
CLAUSE_END = re.compile(r"[，,；;。！？：:]")
# ... and with a line's end too (labelgapkept, labelgaplists, labelleadshared).
CLAUSE_LINE_END = re.compile(r"[，,；;。！？：:\n]")


# A short aside in brackets is part of the name: "生活污水治理（管控）率".
ASIDE = re.compile(r"（(?:[^（）\d]{1,8}|\d{1,2})）(?<!新（改）)(?<!改（扩）)"
                   r"|(?<=”)\(\d{1,2}\)(?=[\u4e00-\u9fff])")
# or a footnote: "清四乱"（4）207处, "一区三边"(6)违法建设 (round 38, rc38: half-width after a quote
# and before a word only; a list's (7) after a word numbers items, "清四乱"(2)31个 stays cut);
# not the aside of a verb, 新（改）建 (new or rebuilt; r17)
_PLACE_UNIT = "(?:市|州|区|县|旗|街道|社区|乡|镇|村|场)"
# An aside naming the units a place word stands for (普惠县（市、区）, 乡镇（街道）综合文化站,
# 省市（州）: round 18), not a party committee's 县（市、区）委.
PLACE_ASIDE = re.compile(
    rf"(?<=[县市区乡镇村州旗])（({_PLACE_UNIT}(?:、{_PLACE_UNIT}){{0,3}})）(?!委)")
# A bracket inside a title in 《》 is the title's own (《…防治（2018—2020年）三年作战计划》):
# it breaks nothing (round 47, s47b).
_TITLE = re.compile(r"《[^《》，；。]{1,40}》")
_TITLE_MARKS = str.maketrans("（）()", "\ue007\ue008\ue009\ue00a")
_TITLE_BACK = str.maketrans("\ue007\ue008\ue009\ue00a", "（）()")
# An ordinal in a line's name (3号线一期, 12号线) listed before 等 is no figure: a 、 after it
# ends no clause (round 47, s47b: 开通3号线一期、12号线…等3条轨道新线 → 开通轨道新线).
_ORDINAL_NAME = re.compile(r"(?<![\d.])\d{1,3}号线")


def rest_of_clause(text: str, pos: int, sentence_end: int) -> str:
    """Text from ``pos`` to the next clause break (or the sentence's end)."""
    seg = text[pos:sentence_end]
    m = CLAUSE_BREAK.search(seg)
    return seg[: m.start()] if m else seg


# A Latin code holding a digit glossing the name before it (细颗粒物（PM2.5）, 可吸入颗粒物
# （PM10）, 保新路（S604）) is dropped like a short aside: its digits broke a list of names
# at its 、 ("细颗粒物（PM2.5）、可吸入颗粒物（PM10）、二氧化硫和二氧化氮年均浓度分别…" gave
# 二氧化硫和二氧化氮年均浓度 five times) and a name before it ("细颗粒物（PM2.5）平均浓度下降
# 8%" gave 平均浓度). Round 72, x3.
_CODE_ASIDE = re.compile(r"[（(][A-Za-z][A-Za-z0-9.]{0,7}\d[A-Za-z0-9.]{0,7}[)）]")
# A Latin abbreviation, or 新（改）建, in brackets is part of the name.
_LATIN_ASIDE = re.compile(r"[（(]([A-Za-z&]{1,8})[)）]|(?<=[新改])（([改扩])）(?=建)")  # 新（改）建


def clause_before(text: str, sentence_start: int, pos: int) -> str:
    """Text from the last clause break (，；、 …) to ``pos``.

    An enumeration comma 、 only breaks the clause when a number stands before it
    ("人行道3.7万平方米、排水管网4.9公里"); "人大代表建议、政协提案906件" is one label.
    """
    # A Latin abbreviation in brackets is part of the name: "研究与试验发展(R&D)经费".
    # So is an aside naming the units a place word stands for: "普惠县（市、区）", "乡镇
    # （街道）综合文化站" (round 18; the 、 inside breaks nothing).
    seg = PLACE_ASIDE.sub(lambda m: "\ue002" + m.group(1).replace("、", "\ue004") + "\ue003",
                           _CODE_ASIDE.sub("", text[sentence_start:pos]))
    seg = _LATIN_ASIDE.sub(lambda m: f"\ue000{m.group(1) or m.group(2)}\ue001",
                           ASIDE.sub("", seg))
    # A comma inside a quoted title breaks nothing (round 19): "“崇德向善，文明乡风润民心”".
    seg = re.sub(r"“[^“”，；。]{1,20}[，；][^“”，；。]{1,20}”",
                 lambda m: m.group(0).replace("，", "\ue005").replace("；", "\ue006"), seg)
    seg = _TITLE.sub(lambda m: m.group(0).translate(_TITLE_MARKS), seg)
    if seg.rstrip()[-1:] in ("、", "，", "；", "：", "和", "及") \
            and not seg.rstrip().endswith(tuple(vocab("cues")["label_trailing_keep"])):
        return ""  # "…扫尾、5万平方米棚户区改造": nothing of this clause precedes the number
    breaks = list(CLAUSE_BREAK.finditer(seg))
    listed = seg.rstrip().endswith("等")  # names listed before 等 and their count (round 47)
    while breaks and breaks[-1].group(0) == "、":
        before = seg[breaks[-2].end() if len(breaks) > 1 else 0:breaks[-1].start()]
        # not 12345热线 (round 17), nor a year opening the list ("2021年游客人数、旅游收入分别
        # 增长…": one list; round 31, rp)
        before = re.sub(r"^(?:19|20)\d\d年", "", before.strip())
        if labelforms.unnamed_digits(_ORDINAL_NAME.sub("", before) if listed else before):
            break
        breaks.pop()
    out = (seg[breaks[-1].end():] if breaks else seg).lstrip("、，；：")
    out = out.replace("\ue002", "（").replace("\ue003", "）").replace("\ue004", "、") \
        .replace("\ue005", "，").replace("\ue006", "；").translate(_TITLE_BACK)
    return re.sub("\ue000(.)\ue001(?=建)", "（\\1）", out).replace("\ue000", "(").replace(
        "\ue001", ")")


def clause_before_this(text: str, tok: Token) -> str:
    """The clause before the one holding ``tok``, in its sentence, or ""."""
    q = tok.quantity
    assert q is not None
    clauses = re.split(r"[，；;,]", text[tok.sentence.start:q.start])
    return clauses[-2].strip() if len(clauses) > 1 else ""


def subject_before(text: str, tok: Token) -> str:
    """The subject of the clause before, without its number: "空气质量综合指数5.94，同比
    下降13.16%" → 空气质量综合指数; without its predicate of change, a base and its doubling
    or growth with no figure of its own (session 60, f2: "全县财政收入比2008年翻一番，2013年
    同比增长15%" gave 财政收入比翻一番 → 财政收入; ``_SUBJECT_CHANGE``)."""
    q = tok.quantity
    assert q is not None
    clauses = re.split(r"[，；;,]", text[tok.sentence.start:q.start])
    if len(clauses) < 2:
        return ""
    subject = clauses[-2]
    if (cut := _SUBJECT_CHANGE.search(subject)) and cut.start() >= 2:
        subject = subject[: cut.start()]
    return clean(re.sub(r"[\d.]+$", "", strip_quantities(subject)))


# Session 60 (f2): the predicate of change ending a subject clause with no figure (a base year
# then a doubling or growth, or a doubling alone): 比2008年翻一番, 翻两番, 较上年增长一倍.
_SUBJECT_CHANGE = re.compile(r"(?:比|较)(?:(?:19|20)\d\d年|上年|去年|同期)|翻[一两三四]?番"
                             r"|(?:增长|提高|增加)(?:了)?[一两三四五六七八九十]倍")
