"""Stage 2: recover a report's structure, with character offsets into the normalised text.

A work report is a speech in a fixed shape: a title block (title, date, speaker,
meeting), then numbered parts (一、二、三、) such as the review of the past year and
the plan for this one; each part holds sections marked （一）, 一是 or 第一， on lines
of their own; the review often opens with headline bullets (——). Some provincial
reports leave part headings unnumbered ("2024年工作回顾"), and a few end with an
appendix (附件, 名词解释) whose items reuse 一、.

Section ids are ``p{part}.s{section}``: ``p1.s3`` is section （三） of part 一, and
``p1.s0`` is part 一's text before its first section. ``p0.s0`` is the title block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from workreport.errors import InputError
from workreport.extract.numerals import cn_int

if TYPE_CHECKING:  # ingest reads structure's heading patterns; a type needs no import
    from workreport.extract.ingest import Document

__all__ = ["Paragraph", "Part", "Section", "Sentence", "Structure", "cn_int",
           "heading_style", "parse"]

_NUM = "[一二三四五六七八九十]+"
_PART_RE = re.compile(rf"^({_NUM})、(.*)$")
_SECTION_STYLES = (
    ("bracket", re.compile(rf"^[（(]({_NUM})[)）](.*)$")),
    ("shi", re.compile(rf"^({_NUM})是(.*)$")),
    ("ordinal", re.compile(rf"^第({_NUM})[，,、](.*)$")),
)


def heading_style(line: str) -> str:
    """How a line opens: "part" (一、), a section style ("bracket" （一）, "shi" 一是,
    "ordinal" 第一，) or "" for none. The patterns ``parse`` reads, also used by
    ``ingest`` to keep a heading on a line of its own when it repairs page breaks."""
    if _PART_RE.match(line):
        return "part"
    return next((style for style, p in _SECTION_STYLES if p.match(line)), "")


_APPENDIX_RE = re.compile(r"^(附件\s*\d*|名词解释|.*名词(解释|注释))")
_UNNUMBERED_PART_RE = re.compile(
    r"^(?:\d{4}年|过去一年|今年)?[^，。；：！？,;:]{0,14}(回顾|安排|任务|部署|建设|要求|目标)[^，。；：！？]{0,6}$"
)
_REVIEW_RE = re.compile(r"回顾|过去(一年|五年)")
_SENTENCE_END = re.compile(r"[。！？!?]+[”’」』）)]*|$")
_DATE_RE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
_SPEAKER_RE = re.compile(
    r"(总理|代理主席|主席|代省长|代市长|代区长|省长|市长|区长|县长)\s*([\u4e00-\u9fff·]{2,8}?)"
    r"(?=$|在|\s)"
)
_MEETING_RE = re.compile(r"在(.{4,40}?(?:会议|大会))上")


@dataclass(frozen=True)
class Paragraph:
    """One line of the normalised text; ``kind`` is title, meta, part, heading, bullet or body."""

    index: int
    start: int
    end: int
    kind: str
    section: str


@dataclass(frozen=True)
class Sentence:
    """A sentence (ending in 。！？ or the paragraph's end) and where it sits."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int
    section: str


@dataclass
class Section:
    """A section: ``id`` like ``p1.s3``; ``number`` 0 for a part's preamble."""

    id: str
    part: int
    number: int
    title: str
    start: int
    end: int
    style: str = ""


@dataclass
class Part:
    """A part of the report; ``role`` is front, review, plan or appendix."""

    number: int
    title: str
    start: int
    end: int
    role: str
    sections: list[Section] = field(default_factory=list)


@dataclass
class Structure:
    """The parsed report: every span is an offset range into ``text``."""

    report_id: str
    text: str
    title: str
    meta: dict[str, str]
    parts: list[Part]
    paragraphs: list[Paragraph]
    sentences: list[Sentence]

    @property
    def sections(self) -> list[Section]:
        return [s for p in self.parts for s in p.sections]

    def section(self, section_id: str) -> Section:
        for s in self.sections:
            if s.id == section_id:
                return s
        raise KeyError(section_id)

    def part_of(self, section_id: str) -> Part:
        return next(p for p in self.parts if any(s.id == section_id for s in p.sections))


def _lines(text: str) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        if line:
            out.append((pos, pos + len(line), line))
        pos += len(line) + 1
    return out


def _heading_title(rest: str) -> str:
    """The heading's own words: up to its first full stop ("多措并举稳增长、促发展")."""
    m = re.search(r"[。！？]", rest)
    return (rest[: m.start()] if m else rest).strip(" ：:")


_ADDRESS_RE = re.compile(r"^各位代表[！!：:，,]?\s*(.*)$")


def _closing_address(body: list[tuple[int, int, str]], last_start: int
                     ) -> tuple[int, str] | None:
    """Where a part's closing address starts, and its title: the first paragraph after the
    part's last numbered section that turns to the deputies again (各位代表！).

    A speaker addresses the deputies between movements of the speech, so what follows is
    not the last section's topic: the State Council's thanks after its review, or its
    closing paragraphs on government, defence, Hong Kong, Taiwan and diplomacy after （九）
    of the year's tasks. The title is the sentence that follows the address when it is
    short enough to be one ("过去一年的成就来之不易"), else the address itself.
    """
    for i, (s, _e, t) in enumerate(body):
        m = _ADDRESS_RE.match(t) if s > last_start else None
        if m:
            rest = m.group(1) or next((x[2] for x in body[i + 1:]), "")
            first = re.split(r"[。！？!?]", rest, maxsplit=1)[0].strip()
            return s, first if 0 < len(first) <= 24 else "各位代表"
    return None


def _is_part_heading(line: str, expected: int, in_appendix: bool) -> tuple[bool, str]:
    m = _PART_RE.match(line)
    if m and not in_appendix and cn_int(m.group(1)) == expected and len(line) <= 60 \
            and "。" not in line.rstrip("。"):
        return True, m.group(2).strip()
    if not m and len(line) <= 24 and _UNNUMBERED_PART_RE.match(line) and not in_appendix \
            and not any(rx.match(line) for _, rx in _SECTION_STYLES):
        return True, line.strip()
    return False, ""


def _front_end(lines: list[tuple[int, int, str]]) -> int:
    """Index of the first line after the title block (the greeting 各位代表 or later).

    A text that opens with its first part (a scraped county report: "一、2014年工作回
    顾") has no title block."""
    if lines and _PART_RE.match(lines[0][2]) and cn_int(_PART_RE.match(lines[0][2]).group(1)) == 1:
        return 0
    for i, (_, _, line) in enumerate(lines[:12]):
        if line.startswith("各位代表"):
            return i
    for i, (_, _, line) in enumerate(lines[:12]):
        if _PART_RE.match(line) or "。" in line:
            return i
    return min(1, len(lines))


def _meta(lines: list[tuple[int, int, str]], front: int) -> dict[str, str]:
    head = "\n".join(line for _, _, line in lines[: max(front, 1) + 1])
    meta: dict[str, str] = {}
    if m := _DATE_RE.search(head):
        meta["date"] = f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    if m := _SPEAKER_RE.search(head):
        meta["speaker"] = m.group(2)
        meta["speaker_title"] = m.group(1)
    if m := _MEETING_RE.search(head):
        meta["meeting"] = m.group(1)
    return meta


def _split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, pos = [], start
    while pos < end:
        m = _SENTENCE_END.search(text, pos, end)
        stop = m.end() if m and m.end() > pos else end
        if stop == pos:
            break
        if text[pos:stop].strip():
            spans.append((pos, stop))
        pos = stop
    return spans


def _section_style(lines: list[str]) -> str | None:
    """The marker style a part's sections use: the first style whose 一 opens a line."""
    for style, rx in _SECTION_STYLES:
        if any((m := rx.match(line)) and cn_int(m.group(1)) == 1 for line in lines):
            return style
    return None


# Paragraphs that open a report's parts when its parts carry no headings: the review
# ("过去一年，…", "2019年工作回顾", "2012年是…") and the plan ("今年…", "2021年主要预期目标",
# "今年的主要工作").
_REVIEW_CUE = re.compile(r"^(?:过去的?一年|过去五年|.{0,20}工作回顾|\d{4}年(?:是|，|以来))")
_PLAN_CUE = re.compile(r"^(?:今年|.{0,20}主要预期目标|.{0,20}(?:主要|重点)工作[：:，。]|"
                       r"\d{4}年(?:政府工作|经济社会发展)的?总体要求)")
# A Chinese sentence that states a figure: what every work report has.
_FIGURE_SENTENCE = re.compile(
    r"[\u4e00-\u9fff]{2}[^。！？\n]{0,60}?[\d一二三四五六七八九十百千万两][^。！？\n]{0,2}?"
    r"(?:%|个|亿|万|元|人|户|家|项|吨|公里|千米|亩|倍|年|所|座|条|辆)")


def _cue_parts(lines: list[tuple[int, int, str]], front: int, doc: Document
               ) -> list[tuple[int, str, str]]:
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
    if starts[0][0] > first + 3 or (starts[0][2] == "plan" and starts[0][0] > first):
        # More than an opening before the first cue, or anything before a plan: a part
        # of its own, read as a review.
        starts.insert(0, (first, _cue_title(lines[first][2]), "review"))
    return starts


def _cue_title(line: str) -> str:
    """A cue paragraph's title: its first clause, at most 24 characters."""
    return re.split(r"[，。；：！？,;:]", line, maxsplit=1)[0][:24]


def parse(doc: Document) -> Structure:
    """Recover title, metadata, parts, sections, paragraphs and sentences of a report.

    Raises ``InputError`` when the text has no recognisable structure (no part or section
    headings and no sentences), so a stray file fails loudly instead of yielding nothing.
    """
    text = doc.text
    lines = _lines(text)
    if not lines:
        raise InputError("no text after normalisation", doc.path)
    front = _front_end(lines)
    title = lines[0][2]
    meta = _meta(lines, front)

    # 1. Parts: numbered headings in sequence, unnumbered heading lines, then an appendix.
    part_starts: list[tuple[int, str, str]] = []  # (line index, title, role)
    expected, in_appendix = 1, False
    for i, (_, _, line) in enumerate(lines):
        if i < front:
            continue
        if _APPENDIX_RE.match(line) and len(line) <= 30:
            if not in_appendix:
                part_starts.append((i, line, "appendix"))
            in_appendix = True
            continue
        ok, heading = _is_part_heading(line, expected, in_appendix)
        if ok:
            part_starts.append((i, heading, ""))
            expected += 1
    if not part_starts and not any(_SECTION_STYLES[0][1].match(x[2]) for x in lines):
        part_starts = _cue_parts(lines, front, doc)

    parts: list[Part] = [Part(0, title, 0, lines[part_starts[0][0]][0] if part_starts else
                              len(text), "front")]
    seen_review = False
    for k, (i, heading, role) in enumerate(part_starts):
        end = lines[part_starts[k + 1][0]][0] if k + 1 < len(part_starts) else len(text)
        if not role:
            # The first part reviews the past unless its heading speaks of this year's work.
            first_is_review = k == 0 and not re.search(r"今年|\d{4}年(工作|主要|重点)", heading)
            review = _REVIEW_RE.search(heading) or first_is_review
            role = "review" if review and not seen_review else "plan"
        seen_review = seen_review or role == "review"
        parts.append(Part(k + 1, heading, lines[i][0], end, role))

    # 2. Sections inside each part, then paragraphs and sentences.
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    line_at = {s: (s, e, t) for s, e, t in lines}
    for part in parts:
        plines = [x for x in lines if part.start <= x[0] < part.end]
        body = plines[1:] if part.number else plines
        style = _section_style([t for _, _, t in body])
        rx = dict(_SECTION_STYLES).get(style) if style else None
        starts: list[tuple[int, int, str]] = []
        nxt = 1
        for s, _e, t in body:
            m = rx.match(t) if rx else None
            if m is None and part.role == "appendix":
                m = _PART_RE.match(t) or re.match(r"^(\d{1,2})[.．、](.*)$", t)
            if m:
                num = m.group(1)
                value = int(num) if num.isdigit() else cn_int(num)
                if value == nxt:
                    starts.append((s, value, _heading_title(m.group(2))))
                    nxt += 1
        first = starts[0][0] if starts else part.end
        if not part.number:
            part.sections.append(Section("p0.s0", 0, 0, title, part.start, part.end, "front"))
        else:
            # The preamble holds the part's heading line and any text before section 1.
            part.sections.append(Section(f"p{part.number}.s0", part.number, 0, part.title,
                                         part.start, first, "preamble"))
        closing = _closing_address(body, starts[-1][0]) if starts else None
        for k, (s, value, heading) in enumerate(starts):
            end = starts[k + 1][0] if k + 1 < len(starts) else (
                closing[0] if closing else part.end)
            part.sections.append(Section(f"p{part.number}.s{value}", part.number, value,
                                         heading, s, end, style or "item"))
        if closing:
            n = starts[-1][1] + 1
            part.sections.append(Section(f"p{part.number}.s{n}", part.number, n,
                                         closing[1], closing[0], part.end, "closing"))
        if part.sections and part.sections[0].number == 0 and starts:
            part.sections[0].end = starts[0][0]

    for part in parts:
        for sec in part.sections:
            for s, e, t in (line_at[x[0]] for x in lines if sec.start <= x[0] < sec.end):
                if not part.number:
                    kind = "title" if s == 0 else "meta"
                    if t.startswith("各位代表"):
                        kind = "body"
                elif s == part.start:
                    kind = "part"
                elif s == sec.start and sec.number:
                    kind = "heading"
                elif t.startswith("——"):
                    kind = "bullet"
                else:
                    kind = "body"
                p = Paragraph(len(paragraphs), s, e, kind, sec.id)
                paragraphs.append(p)
                for a, b in _split_sentences(text, s, e):
                    sentences.append(Sentence(len(sentences), a, b, text[a:b], p.index, sec.id))
    if not sentences:
        raise InputError("no recognisable structure (no sentences)", doc.path)
    return Structure(doc.report_id, text, title, meta, parts, paragraphs, sentences)
