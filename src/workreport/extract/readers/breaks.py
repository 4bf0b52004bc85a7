"""Text whose line breaks were lost, and its re-breaking (session 67: text whose line breaks
were lost).

A report can reach us with every line break gone: a web page whose <p> paragraphs were
joined, a copy and paste. Its headings then sit inline, glued to the paragraphs around
them ("…提出意见。一、2013年工作回顾过去的一年，面对…"), so ``structure`` finds no part,
every figure reads as actual (the plan's targets too) and the sections are lost.
``lost_breaks`` tells such a text by the length of its lines; ``rebreak`` puts breaks back
where the report's own lines began: between the title block's lines, before each heading
(一、 （一） ——, 各位代表, 名词解释), after a heading's title and before the body glued to it.

Where a title ends when its body is glued to it ("一、2013年工作回顾过去的一年，…") is read
from the words titles end with and bodies open with (``cues.yml``, ``heading_title_ends``
and ``heading_body_openings``, counted on the headings of ../shared that stand on lines of
their own); a section whose title carries its own full stop ("（一）坚持稳中求进，经济保持
较快增长。…") keeps its body on its line, as most reports write it.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from workreport.extract.headings import NUMERAL as _NUM
from workreport.extract.headings import heading_style, is_part_title
from workreport.extract.numerals import cn_int
from workreport.extract.summary import listed_spans, reported_opening
from workreport.vocab import load as vocab

__all__ = ["LOST_LINE_LENGTH", "lost_breaks", "rebreak"]

# A text whose lines are this long on average lost its breaks: the 122 texts of ../shared
# hold at most 343 characters a line (province-hubei-2025: 16,133 in 47 lines), a flattened
# one holds all of them on one line (the shortest, county-mancheng-2021: 2,597).
LOST_LINE_LENGTH = 1000

_STOPS = "。！？!?"
_SENTENCE_END = re.compile(rf"[{_STOPS}]")
_CLAUSE_END = re.compile(rf"[，,；;：:{_STOPS}]")
# A heading after a sentence's end or a colon (（一） after a semicolon too): a part 一、 (not
# "一、二、三产业"), a section （一）, a bullet ——, the speaker's address to the deputies
# (各位代表！), the appendix (名词解释; ※名词解释※ even with no stop before it; 附：名词解释,
# 附件2 名词解释, 附件《政府工作报告》有关内容名词注释) or an annex (附件1…).
_HEADING = re.compile(
    rf"(?:(?:^|(?<=[{_STOPS}：:]))\s*(?P<part>{_NUM}、)(?!{_NUM}、)"
    rf"|(?<=[{_STOPS}：:；;])\s*(?P<section>[（(]{_NUM}[)）])"
    rf"|(?<=[{_STOPS}])(?P<bullet>——)"
    rf"|(?<=[{_STOPS}])(?P<address>各位(?:代表|委员)(?=[、，,：:！!]))"
    rf"|(?:(?<=[{_STOPS}])|(?=[※【]\s*名))(?P<appendix>"
    r"(?:附件\s*[一二三\d]{0,2}\s*[：:]?\s*|附\s*[：:]\s*|[※【\[*]\s*)?"
    r"(?:《政府工作报告》[^。！？]{0,8}?)?名\s*词\s*[解注]\s*释\s*[※】\]]?\s*[：:]?)"
    rf"|(?<=[{_STOPS}])(?P<annex>附件\s*\d{{1,2}}))")
# 附件 on a line of its own before the appendix's title (附件 / 《政府工作报告》有关内容名词注释).
_ANNEX_OWN_LINE = re.compile(r"附件\s*(?=《)")
# The end of an annex's title (附件1安国市2022年十大工程): its first item or table.
_ANNEX_END = re.compile(rf"{_NUM}、|\d{{1,2}}[.．、]|[\[〔【]\d|序号")
# An appendix item after a stop or a closing bracket ("…（见第2页）〔2〕", or its heading): 1. 1、
# [1] 〔1〕 【1】, numbered in sequence (so "8.6个重大科技专项" is item 8).
_ITEM = re.compile(r"(\d{1,2})[.．、]|[\[〔【](\d{1,2})[\]〕】]")
# A point 一是 after a stop or a colon, numbered in sequence from 一是, in a series whose points
# stand ``_POINTS_APART`` characters apart or more: in ../shared the series of 一是 that number a
# part's sections hold at least 104 characters a point (but for two of 14 series, 47 and 64),
# those of 一是 inside a paragraph (problems listed, a plan's steps) less (but for 5 of 60).
_POINT = re.compile(rf"({_NUM})是")
_POINTS_APART = 100
# An unnumbered part heading after a stop ("2024年工作回顾", "二〇二四年工作回顾", "“十四五”时期
# …目标任务", "过去五年工作回顾", "加强政府自身建设"), one behind a slogan and a colon ("站在新起
# 点：2012年工作回顾", 阜平 2013; ``headings.heading_style`` "slogan"), or a numbered one after a
# sentence left without its stop ("…提出意见一、2011年工作回顾").
_YEAR = r"(?:\d{4}|二〇[〇一二三四五六七八九]{2})年"
_FIVE_YEARS = r"“?十[一二三四五六七八九]五”?时期"
_UNNUMBERED = re.compile(rf"(?<=[{_STOPS}])(?={_FIVE_YEARS}|{_YEAR}|过去五年|今后五年|过去一年"
                         r"|今年|[\u4e00-\u9fff]{0,4}加强政府自身建设)")
_SLOGAN = re.compile(rf"(?<=[{_STOPS}])[\u4e00-\u9fff]{{3,6}}[：:]")
_LATE_PART = re.compile(
    rf"(?<=[\u4e00-\u9fff”）)])(?<![第一二三四五六七八九十、]){_NUM}、(?!{_NUM}、)")
_SELF = re.compile(r"[\u4e00-\u9fff]{0,4}加强政府自身建设")
# A title glued to its body ends after the word naming its work: every unnumbered part title
# of ../shared names its 工作, 任务 or 回顾 or is …加强政府自身建设 (``_SELF``, which needs no
# body's opening after it), where a sentence cut at a title's word does not ("2020年重点|实施…").
_NAMES_WORK = re.compile(r"工作|任务|回顾|政府自身建设")
# The longest title looked for (characters after the marker), and a numbered part's when its
# body opens with no word of ``heading_body_openings`` (part titles of ../shared: at most 30).
_TITLE_MOST, _PART_TITLE_MOST = 40, 30
# Structural openings of a heading's body: a year ("2014年，我国…"), a heading marker right
# after the title ("三、2012年主要任务（一）…", "2025年重点工作一是…"), an address, an item.
_OPENING = re.compile(rf"\d{{4}}年|[（(]{_NUM}[)）]|{_NUM}是|——|各位代表|\d{{1,2}}[.．、]\D")
# What cannot follow a title's end: punctuation inside the title, its subtitle's dash.
_NO_END_BEFORE = "，、；：。！？!?）)”—-·"
# The title block: its lines within these many characters, before the first address to the
# deputies ("各位代表：", "各位代表、同志们：").
_HEAD_MOST = 400
_ADDRESS_LINE = re.compile(r"各位(?:代表|委员)(?:、同志们)?[：:]")
# Where the title block's lines meet: after the report's title (…工作报告), before a dash or
# bracket opening the date line ("——2014年2月19日在…", "（2020年1月9日在…）"), after the
# meeting (…会议上, …会议上的讲话, …会议上）), before a source (来源：), a reporter line, a
# scraper's header field (标题： …, and after 正文：) and the address.
_HEAD_CUT = re.compile(
    r"(?<=工作报告)(?=[^，。、；：:）)\s—－-])"
    r"|(?<![—―－-])(?=(?:——|—|――|－－|-{2,})\s*(?:\d|在|二〇))"
    r"|(?=[（(]\s*(?:\d{4}|二〇)[^）)]{0,40}[)）])"
    r"|(?<=日[)）])|(?<=会议上)(?![的)）])|(?<=会议上[)）])|(?<=会议上的讲话)"
    r"|(?=(?:来源|报告人)[：:])"
    r"|(?=(?:标题|发文单位|发文机关|发文时间|发布时间|来源URL|来源网址|原文链接|正文)[：:])"
    r"|(?<=正文[：:])")


@cache
def _words() -> tuple[frozenset[str], tuple[str, ...], str]:
    """(title ends, body openings, what goes on after an end): ``cues.yml``."""
    cues = vocab("cues")
    return (frozenset(cues["heading_title_ends"]), tuple(cues["heading_body_openings"]),
            "".join(cues["heading_title_goes_on"]))


@cache
def _reported() -> re.Pattern[str]:
    return re.compile(rf"(?<=[{_STOPS}])(?={reported_opening()})")


def lost_breaks(text: str) -> bool:
    """Did ``text`` lose its line breaks? Its non-blank lines average ``LOST_LINE_LENGTH``
    characters or more."""
    lines = [line for line in text.split("\n") if line.strip()]
    return bool(lines) and sum(len(line) for line in lines) >= LOST_LINE_LENGTH * len(lines)


def rebreak(text: str) -> str:
    """``text`` with its lines broken again at the title block's lines, before each heading,
    after a heading's title and before the body glued to it (see the module)."""
    out = []
    for line in text.split("\n"):
        bounds = [0, *sorted(_cuts(line) - {0, len(line)}), len(line)]
        out.extend(piece for a, b in pairwise(bounds) if (piece := line[a:b].strip()))
    return "\n".join(out)


def _cuts(line: str) -> set[int]:
    """Where ``line`` breaks: the title block's lines, then each heading and its title."""
    cuts: set[int] = set()
    start = _title_block(line, cuts)
    appendix = items = len(line)
    for m in _HEADING.finditer(line, start):
        kind = m.lastgroup or ""
        at = m.start(kind)
        if kind in ("appendix", "annex"):
            end = m.end() if kind == "appendix" else _annex_end(line, m.end())
            appendix, items = min(appendix, at), min(items, end)
            cuts.update((at, end, *(n.end() for n in [_ANNEX_OWN_LINE.match(line, at)] if n)))
            continue
        cuts.add(at)
        end = _title_end(line, m.end(), kind) if kind in ("part", "section") else None
        if end is not None:
            cuts.add(end)
    for m in _UNNUMBERED.finditer(line, start, appendix):
        if (end := _part_title_end(line, m.start())) is not None:
            cuts.update((m.start(), end))
    for m in _SLOGAN.finditer(line, start, appendix):
        if (end := _part_title_end(line, m.end(), m.start())) is not None:
            cuts.update((m.start(), end))
    for m in _LATE_PART.finditer(line, start, appendix):
        if (end := _part_title_end(line, m.end())) is not None:
            cuts.update((m.start(), end))
    # A news summary's paragraph saying what the report says ("…。《报告》说，…", 满城 2021):
    # its parts are found by the cue after it (``headings.cue_parts``; session 69).
    cuts.update(m.start() for m in _reported().finditer(line, start, appendix))
    cuts.update(_in_sequence(_ITEM, line, items, len(line), _STOPS + "：:）)"))
    cuts.update(_in_sequence(_POINT, line, start, appendix, apart=_POINTS_APART))
    # …and nothing inside a summary's list of the report's parts ("报告分为四个部分：一、…").
    lists = listed_spans(line)
    return {c for c in cuts if not any(a < c < b for a, b in lists)}


def _in_sequence(rx: re.Pattern[str], line: str, start: int, end: int,
                 after: str = _STOPS + "：:", apart: int = 0) -> list[int]:
    """Where the markers of ``rx`` numbered in sequence (1, 2, 3 …; a 1 starts a new
    series) stand in ``line[start:end]``, each at ``start`` or after one of ``after``; of
    a series whose markers stand less than ``apart`` characters apart, none."""
    series: list[list[int]] = []
    for m in rx.finditer(line, start, end):
        if m.start() > start and line[m.start() - 1] not in after:
            continue
        number = next(g for g in m.groups() if g)
        value = int(number) if number.isdigit() else cn_int(number)
        if value == 1:
            series.append([m.start()])
        elif series and value == len(series[-1]) + 1:
            series[-1].append(m.start())
    return [at for run in series
            if not apart or (len(run) > 1 and min(b - a for a, b in pairwise(run)) >= apart)
            for at in run]


def _annex_end(line: str, start: int) -> int:
    """Where the title of an annex (附件1…) ends: before its first item or table within
    ``_PART_TITLE_MOST`` characters, else where its marker does."""
    end = _ANNEX_END.search(line, start + 1, start + _PART_TITLE_MOST)
    return end.start() if end else start


def _part_title_end(line: str, start: int, slogan: int | None = None) -> int | None:
    """The end of the part title at ``start`` of a heading with no marker after a stop
    (``_UNNUMBERED``, ``_LATE_PART``; behind a slogan opening at ``slogan``, ``_SLOGAN``),
    or None where none stands there: the line cut there must read as a part's heading
    (``headings.is_part_title``; behind a slogan ``headings.heading_style`` "slogan"), so
    structure reads as a part every line set apart for one (session 68)."""
    self_built = _SELF.match(line, start)
    if self_built and line[self_built.end():self_built.end() + 1] not in _words()[2]:
        end: int | None = self_built.end()
    else:
        end = _title_end(line, start, "unnumbered")
    if end is None:
        return None
    if slogan is not None:
        return end if heading_style(line[slogan:end]) == "slogan" else None
    named = _NAMES_WORK.search(line, start, end)
    return end if named and is_part_title(line[start:end]) else None


def _title_block(line: str, cuts: set[int]) -> int:
    """Add the breaks between the title block's lines (title, date line, speaker, source,
    the address "各位代表：") to ``cuts``; return where the block ends: after the address
    (0 when there is none within ``_HEAD_MOST`` characters)."""
    address = _ADDRESS_LINE.search(line, 0, _HEAD_MOST)
    if not address:
        return 0
    end = address.end()
    cuts.update((address.start(), end))
    cuts.update(m.start() for m in _HEAD_CUT.finditer(line, 0, end))
    return end


def _ends_title(line: str, start: int, k: int) -> bool:
    """Does the title ``line[start:k]`` close with a title end (``heading_title_ends``)?"""
    ends = _words()[0]
    return any(k - n >= start and line[k - n:k] in ends for n in (4, 3, 2))


def _opens_body(line: str, k: int) -> bool:
    return line.startswith(_words()[1], k) or bool(_OPENING.match(line, k))


def _title_end(line: str, start: int, kind: str) -> int | None:
    """Where the title of a heading whose words start at ``start`` ends, when its body is
    glued to it; None where the title runs to its full stop and its body stays on its line.

    The title ends at the first end of a title word (``heading_title_ends``: 回顾, 建设,
    任务 …) before which nothing goes on (``heading_title_goes_on``: 和, 的 …) and after
    which a body opens (``heading_body_openings``: 今年, 过去, 坚持 …, or a year, a marker,
    各位代表): "2013年工作回顾|过去的一年". A section's title without one runs to its full
    stop ("（一）坚持稳中求进，经济保持较快增长。"). A part's ends anyway: before a year or a
    marker within ``_PART_TITLE_MOST`` characters ("2020年总体思路|2020年是…"), else at the
    last title word before the first comma ("对今年政府工作的建议|结合过去十年…，") or within
    ``_PART_TITLE_MOST`` characters, else at its first stop."""
    stop = _SENTENCE_END.search(line, start)
    stop_at = stop.end() if stop else len(line)
    goes_on = _words()[2]
    ends = [k for k in range(start + 2, min(stop_at, start + _TITLE_MOST))
            if line[k] not in _NO_END_BEFORE and line[k] not in goes_on
            and _ends_title(line, start, k)]
    body = next((k for k in ends if _opens_body(line, k)), None)
    if body is not None or kind != "part":
        return body
    opening = next((k for k in range(start + 2, min(stop_at, start + _PART_TITLE_MOST))
                    if line[k - 1] not in _NO_END_BEFORE and _OPENING.match(line, k)), None)
    if opening is not None:
        return opening
    comma = _CLAUSE_END.search(line, start)
    first = [k for k in ends if k <= (comma.start() if comma else len(line))]
    short = [k for k in ends if k - start <= _PART_TITLE_MOST]
    return first[-1] if first else short[-1] if short else stop_at
