"""Where a report's parts begin and how its sections are marked (stage 2, for ``structure``).

Part headings come in three forms. Numbered in sequence (一、2023年工作回顾, 二、2024年工作
安排); unnumbered lines that name the part ("2023年工作回顾", "“十三五”时期和2020年工作回
顾"), sometimes behind a slogan and a colon ("站在新起点：2012年工作回顾"); or none at all,
when the paragraphs' cues (过去一年…, 今年…) must do (``cue_parts``).

A report whose first part heading is unnumbered numbers the points *inside* its parts
一、二、三、: "2023年工作回顾" → "一年来，主要做了以下工作：" → 一、优结构稳增长… → 六、…, then
"2024年工作安排" → 一、… (高唐 2021-2025, 易县 2023-24, 清苑 2005). Those 一、 lines are
the sections of the part above them, never parts of their own: read as parts, a review's
points became plan parts and their results targets (高唐 2024, a scrape cut off before
its plan, so no later heading could say where the plan begins). The same holds where the
review heading is missing but the line before 一、 introduces the review's points ("一年
来，主要做了以下工作："). In such a report a numbered heading is a part only when it names
the time it speaks of ("二、2024年工作安排").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from workreport.errors import InputError
from workreport.extract.numerals import cn_int
from workreport.extract.summary import listed_parts, reported_opening

if TYPE_CHECKING:  # ingest reads these patterns through structure; a type needs no import
    from workreport.extract.ingest import Document

__all__ = ["LISTED", "NUMERAL", "POINTS", "cue_parts", "find_parts", "front_end",
           "heading_style", "is_part_title", "part_list", "section_match", "section_style"]

Line = tuple[int, int, str]  # (start offset, end offset, text) of one non-empty line

# A heading's number in Chinese numerals (一 … 十, 十一 …), as ``readers.breaks`` finds it too.
NUMERAL = _NUM = "[一二三四五六七八九十]+"
_PART_RE = re.compile(rf"^({_NUM})、(.*)$")
_SECTION_STYLES = (
    ("bracket", re.compile(rf"^[（(]({_NUM})[)）](.*)$")),
    ("shi", re.compile(rf"^({_NUM})是(.*)$")),
    ("ordinal", re.compile(rf"^第({_NUM})[，,、](.*)$")),
)
# The section style of numbered points 一、 inside a part (and of an appendix's items).
POINTS = "item"
# A part heading behind a slogan and a colon ("站在新起点：2012年工作回顾", "开启新征程：确保
# …强势开局", 阜平 2013): a few characters, a colon, then a heading with no stop. Not a
# field of a page's furniture or title block ("版权所有：…", "网站标识码：…", "报告人：…"):
# a field's name ends in what it names (…码, …有, …位, …人, …期, …间, …源 …).
_SLOGAN_RE = re.compile(
    r"^[\u4e00-\u9fff]{2,5}[^码有位址话箱人期间源者题号][：:][^，。；：！？,;:]{4,24}$")
# A five-year plan may open the heading: "“十三五”时期和2020年工作回顾" (高唐 2021).
_UNNUMBERED_PART_RE = re.compile(
    r"^(?:“?十[一二三四五六七八九]五”?时期[和及与]?)?(?:\d{4}年|过去一年|今年)?"
    r"[^，。；：！？,;:]{0,14}(回顾|安排|任务|部署|建设|要求|目标|重点)[^，。；：！？]{0,6}$"
)
_PART_TITLE_MOST = 24  # the longest unnumbered part heading read as one (characters)
# A sentence's words, in no title of ../shared: 要 (but 主要, 重要, 要求), 将, 我们 ("今年要重点
# 做好以下工作。", "今年我们将重点实施…").
_SENTENCE_WORD_RE = re.compile(r"(?<![主重])要(?!求)|将|我们")
_REVIEW_RE = re.compile(r"回顾|过去(一年|五年)")  # a part that reviews


def is_part_title(line: str) -> bool:
    """Does ``line``, standing on a line of its own with no marker, read as a part's heading?
    ("2023年工作回顾", "“十三五”时期和2020年工作回顾", "加强政府自身建设"): at most
    ``_PART_TITLE_MOST`` characters, naming a part's work (回顾, 安排, 任务 …) with no clause
    before it and no sentence's word (要, 将, 我们), and not opened by a section marker. The
    one rule ``find_parts`` reads and ``readers.breaks`` cuts a flattened text by (session
    68)."""
    return (len(line) <= _PART_TITLE_MOST and bool(_UNNUMBERED_PART_RE.match(line))
            and not _SENTENCE_WORD_RE.search(line)
            and not any(rx.match(line) for _, rx in _SECTION_STYLES))


def _is_appendix(line: str) -> bool:
    """附件, 名词解释: the appendix, whose items reuse 一、 and end the report."""
    return len(line) <= 30 and bool(re.match(r"^(附件\s*\d*|名词解释|.*名词(解释|注释))", line))


# What makes a numbered heading a part in a report whose parts are unnumbered: it names
# the time it speaks of ("二、2024年工作安排", "今后五年工作任务").
_PART_TIME_RE = re.compile(r"\d{4}年|今年|今后|过去|回顾|十[一二三四五六七八九]五")
# The line before a review's numbered points: "一年来，主要做了以下工作：".
_REVIEW_INTRO_RE = re.compile(
    r"^(?:一年来|过去的?一年|\d{4}年以来)[^。]{0,30}以下[^。]{0,10}[：:。]$")


def heading_style(line: str) -> str:
    """How a line opens: "part" (一、), "slogan" (站在新起点：2012年工作回顾), a section style
    ("bracket" （一）, "shi" 一是, "ordinal" 第一，) or "" for none. The patterns ``parse``
    reads, also used by ``ingest`` to keep a heading on a line of its own when it repairs
    page breaks (阜平 2013's 26-character slogan heading was joined to its paragraph)."""
    if _PART_RE.match(line):
        return "part"
    if _SLOGAN_RE.match(line):
        return "slogan"
    return next((style for style, p in _SECTION_STYLES if p.match(line)), "")


def _heading_like(line: str) -> bool:
    """A numbered line short enough to be a heading, with no sentence before its end."""
    return len(line) <= 60 and "。" not in line.rstrip("。")


def _part_heading(line: str, expected: int, points: bool) -> tuple[str | None, bool]:
    """(the part's title or None, whether the line is numbered 一、) for one line.

    ``expected`` is the number the next numbered part must carry; ``points`` says the
    report's parts are unnumbered, so a numbered line is a part only when it names its
    time ("二、2024年工作安排"), never a point such as "一、优结构稳增长产业发展提质增效"."""
    m = _PART_RE.match(line)
    if m:
        rest = m.group(2).strip()
        if not _heading_like(line):
            return None, True
        if points:
            named = _UNNUMBERED_PART_RE.match(rest) and _PART_TIME_RE.search(rest)
            return (rest if named else None), True
        return (rest if cn_int(m.group(1)) == expected else None), True
    if is_part_title(line):
        return line.strip(), False
    return None, False


def _review_intro(lines: list[Line], i: int, front: int) -> int | None:
    """Where the review starts when line ``i`` introduces its numbered points ("一年来，主要
    做了以下工作：" just before 一、) with no heading above: the first review cue after the
    title block (``_REVIEW_CUE``: "2023年是…"), else the intro itself."""
    nxt = _PART_RE.match(lines[i + 1][2]) if i + 1 < len(lines) else None
    if not (nxt and cn_int(nxt.group(1)) == 1 and _REVIEW_INTRO_RE.match(lines[i][2])):
        return None
    return next((j for j in range(front, i) if _REVIEW_CUE.match(lines[j][2])), i)


def find_parts(lines: list[Line], front: int, doc: Document
               ) -> tuple[list[tuple[int, str, str]], bool]:
    """The parts after the title block as (line index, title, role), and whether the
    report numbers its parts' points 一、 (its first part heading is unnumbered).

    Roles: the first part reviews the past unless its heading speaks of this year's work,
    a part titled 回顾/过去一年 does too, the others plan; 附件/名词解释 opens the appendix.
    Slogan headings count only where a report has two or more. Without any heading the
    parts come from cues (``cue_parts``), which raises ``InputError`` for a text that is
    no report."""
    slogans = {i for i in range(front, len(lines)) if _SLOGAN_RE.match(lines[i][2])}
    slogans = slogans if len(slogans) >= 2 else set()
    starts: list[tuple[int, str, str]] = []
    expected, points = 1, False
    for i in range(front, len(lines)):
        line = lines[i][2]
        if _is_appendix(line):
            starts.append((i, line, "appendix"))
            break  # an appendix's items reuse 一、 and end the report
        heading, numbered = (line, False) if i in slogans else \
            _part_heading(line, expected, points)
        if heading is None and not starts and (j := _review_intro(lines, i, front)) is not None:
            starts.append((j, _cue_title(lines[j][2]), "review"))
            points = True
            continue
        if heading is not None:
            points = points or (not starts and not numbered)
            starts.append((i, heading, ""))
            expected += 1
    if not starts and not any(_SECTION_STYLES[0][1].match(x[2]) for x in lines):
        return cue_parts(lines, front, doc), False
    out, seen_review = [], False
    for k, (i, heading, role) in enumerate(starts):
        if not role:
            # The first part reviews the past unless its heading speaks of this year's work.
            first_is_review = k == 0 and not re.search(r"今年|\d{4}年(工作|主要|重点)", heading)
            review = _REVIEW_RE.search(heading) or first_is_review
            role = "review" if review and not seen_review else "plan"
        seen_review = seen_review or role == "review"
        out.append((i, heading, role))
    return out, points


def front_end(lines: list[Line]) -> int:
    """Index of the first line after the title block (the greeting 各位代表 or later).

    A text that opens with its first part (a scraped county report: "一、2014年工作回
    顾") has no title block."""
    if lines and (m := _PART_RE.match(lines[0][2])) and cn_int(m.group(1)) == 1:
        return 0
    for i, (_, _, line) in enumerate(lines[:12]):
        if line.startswith("各位代表"):
            return i
    for i, (_, _, line) in enumerate(lines[:12]):
        if _PART_RE.match(line) or "。" in line:
            return i
    return min(1, len(lines))


def section_style(lines: list[str], points: bool) -> str | None:
    """The marker style a part's sections use: with ``points`` (a report numbering its
    parts' points) 一、 first, then the first style whose 一 opens a line."""
    if points and any((m := _PART_RE.match(line)) and cn_int(m.group(1)) == 1
                      and _heading_like(line) for line in lines):
        return POINTS
    for style, rx in _SECTION_STYLES:
        if any((m := rx.match(line)) and cn_int(m.group(1)) == 1 for line in lines):
            return style
    return None


def section_match(style: str | None, line: str, appendix: bool) -> re.Match[str] | None:
    """The section marker opening ``line`` in ``style`` (group 1 its number, group 2 the
    rest); in an appendix also an item 一、 or 1. / 1、."""
    if style == POINTS:
        m = _PART_RE.match(line)
        m = m if m and _heading_like(line) else None
    else:
        rx = dict(_SECTION_STYLES).get(style) if style else None
        m = rx.match(line) if rx else None
    if m is None and appendix:
        m = _PART_RE.match(line) or re.match(r"^(\d{1,2})[.．、](.*)$", line)
    return m


# The style of a list of the part's own work after its last section (``part_list``).
LISTED = "list"
# A line opening such a list: a cue naming the whole time the part speaks of (the review's
# 一年来, 过去一年, 2024年以来, 五年来; the plan's 今年, 全年), the list announced (以下, 如下,
# 六个方面) and a colon, the first item perhaps after it ("一年来，着重抓了以下工作：").
_LIST_CUES = {"review": r"一年来|过去的?一年|\d{4}年以来|五年来|过去五年",
              "plan": r"今年|全年|\d{4}年"}
_LIST_INTRO = (r"[^。：:]{0,30}(?:以下|如下|[几两二三四五六七八九十\d]+个?方面)"
               r"[^。：:]{0,12}[：:](.*)$")
# An enumeration's first item, in any style: 一是, 第一，, （一）, 一、, 1.
_FIRST_ITEM_RE = re.compile(r"^(?:一是|第一[，,、]|[（(]一[)）]|一、|1[.．、])")


def part_list(body: list[Line], after: int, before: int, role: str) -> tuple[int, str] | None:
    """(offset, title) of a list of the whole part's work that opens after its last
    numbered section (which starts at offset ``after``) and before ``before`` (the closing
    address or the part's end), or None.

    Shandong 2025 gives the year's results in （一）…（六）, then "一年来，着重抓了以下工
    作：" opens 一是…六是 (reform, investment, business climate, risks): the work of the
    whole year, not section （六）'s people's wellbeing, which the list's 2,681 characters and
    34 figures had swollen (tester 71). The list is such a line (``_LIST_CUES`` of the part's
    ``role``, then ``_LIST_INTRO``) whose first item, in any style, follows on its line or
    the next; its title is the line's opening sentence. A list without such a cue
    ("具体做了以下工作：") is the last section's own."""
    cue = _LIST_CUES.get(role)
    if cue is None:
        return None
    intro = re.compile(rf"^(?:{cue}){_LIST_INTRO}")
    for i, (s, _e, t) in enumerate(body):
        m = intro.match(t) if after < s < before else None
        if m:
            first = m.group(1).strip() or next((x[2] for x in body[i + 1:]), "")
            if _FIRST_ITEM_RE.match(first):
                return s, re.split(r"[：:]", t, maxsplit=1)[0].strip()
    return None


# Paragraphs that open a report's parts when its parts carry no headings: the review
# ("过去一年，…", "2019年工作回顾", "2012年是…") and the plan ("今年…", "2021年主要预期目标",
# "今年的主要工作", "未来五年…"), also in a news summary's paraphrase ("《报告》说，未来五年…",
# 满城 2021).
_REPORTED = rf"^(?:{reported_opening()})?"  # vocab/summary.yml (session 69)
_REVIEW_CUE = re.compile(
    _REPORTED + r"(?:(?:刚刚)?过去的?(?:一年|\d{4}年)|过去五年|.{0,20}工作回顾|"
    r"\d{4}年(?:是|，|以来))")
_PLAN_CUE = re.compile(_REPORTED + r"(?:今年|(?:未来|今后)五年|.{0,20}主要预期目标|"
                       r".{0,20}(?:主要|重点)工作[：:，。]|\d{4}年(?:政府工作|经济社会发展)的?总体要求)")
# A Chinese sentence that states a figure: what every work report has.
_FIGURE_SENTENCE = re.compile(
    r"[\u4e00-\u9fff]{2}[^。！？\n]{0,60}?[\d一二三四五六七八九十百千万两][^。！？\n]{0,2}?"
    r"(?:%|个|亿|万|元|人|户|家|项|吨|公里|千米|亩|倍|年|所|座|条|辆)")


def cue_parts(lines: list[Line], front: int, doc: Document) -> list[tuple[int, str, str]]:
    """Parts of a report without part or section headings, found from their cues.

    The first paragraph after the title block that opens a review (过去一年 …, …工作回顾)
    starts the review; the first after it that opens the plan (今年 …, 主要预期目标)
    starts the plan. Failing both, the report is one part (role review, so each
    sentence takes its kind from its own cue words: "今年 … 目标" is a target). Raises
    ``InputError`` for text that is no report: no Chinese sentence states a figure.
    """
    if not _FIGURE_SENTENCE.search(doc.text):
        raise InputError("not a work report (no Chinese sentence states a figure)", doc.path)
    first = max(front, 1) if len(lines) > 1 else 0
    review = next((i for i in range(first, len(lines)) if _REVIEW_CUE.match(lines[i][2])),
                  None)
    after = review if review is not None else first
    plan = next((i for i in range(after + 1, len(lines)) if _PLAN_CUE.match(lines[i][2])),
                None)
    starts = [(i, _cue_title(lines[i][2]), role)
              for i, role in ((review, "review"), (plan, "plan")) if i is not None]
    if not starts:
        return [(first, "全文", "review")]
    opening = starts[0][0] > first + 3 or (starts[0][2] == "plan" and starts[0][0] > first)
    starts = _listed_titles(starts, listed_parts(doc.text))
    if opening:
        # More than an opening before the first cue, or anything before a plan: a part
        # of its own, read as a review.
        starts.insert(0, (first, _cue_title(lines[first][2]), "review"))
    return starts


def _listed_titles(starts: list[tuple[int, str, str]], named: list[str]
                   ) -> list[tuple[int, str, str]]:
    """The cue parts titled by the part names a news summary lists ("报告分为四个部分：一、
    “十三五”发展成就和2020年工作回顾；二、“十四五”时期经济社会发展总体要求；…"): the review
    by the first name that reviews, each later part by the next name, in order; a part left
    over keeps its cue's title. Without a list (``named`` empty) the cue titles stay
    (session 69: 满城 2021's parts were titled "刚刚过去的2020年" and "未来五年")."""
    review = next((k for k, n in enumerate(named) if _REVIEW_RE.search(n)), None)
    if review is None:
        return starts
    out, k = [], review
    for i, title, role in starts:
        if (role == "review") == (k == review) and k < len(named):
            title, k = named[k], k + 1
        out.append((i, title, role))
    return out


def _cue_title(line: str) -> str:
    """A cue paragraph's title: its first clause (after 《报告》说，), at most 24 characters."""
    line = re.sub(_REPORTED, "", line)
    return re.split(r"[，。；：！？,;:]", line, maxsplit=1)[0][:24]
