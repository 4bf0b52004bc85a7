"""Stage 2: recover a report's structure, with character offsets into the normalised text.

A work report is a speech in a fixed shape: a title block (title, date, speaker,
meeting), then numbered parts (一、二、三、) such as the review of the past year and
the plan for this one; each part holds sections marked （一）, 一是 or 第一， on lines
of their own; the review often opens with headline bullets (——). Some provincial
reports leave part headings unnumbered ("2024年工作回顾"), and then number the points
inside each part 一、二、三、 (``headings`` finds the parts and tells a part from a point);
a few end with an appendix (附件, 名词解释) whose items reuse 一、.

Section ids are ``p{part}.s{section}``: ``p1.s3`` is section （三） of part 一, and
``p1.s0`` is part 一's text before its first section. ``p0.s0`` is the title block.
After a part's last numbered section come, each numbered after it, a list of the whole
part's work where one opens ("一年来，着重抓了以下工作：一是…", ``headings.part_list``;
style list) and the closing address to the deputies (各位代表！; style closing).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from workreport.errors import InputError
from workreport.extract.headings import (
    LISTED,
    find_parts,
    front_end,
    heading_style,
    part_list,
    section_match,
    section_style,
)
from workreport.extract.numerals import cn_int

if TYPE_CHECKING:  # ingest reads the heading patterns through here; a type needs no import
    from workreport.extract.ingest import Document

__all__ = ["Paragraph", "Part", "Section", "Sentence", "Structure", "cn_int",
           "heading_style", "parse"]

_SENTENCE_END = re.compile(r"[。！？!?]+[”’」』）)]*|$")


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


_ADDRESS_RE = re.compile(r"^各位代表(?:、同志们)?[！!：:，,]?\s*(.*)$")
# A number a paragraph states that is no date and no note's mark (4186万平方米, 15件, 80.8%;
# not 2024年, 3月, [22]).
_STATED_NUMBER = re.compile(r"(?<![\d.\[〔【])\d+(?:\.\d+)?(?![\d.\]〕】]|年|月|日|周年)")


def _closing_address(body: list[tuple[int, int, str]], last_start: int
                     ) -> tuple[int, str] | None:
    """Where a part's closing address starts, and its title: the first paragraph after the
    part's last numbered section that turns to the deputies again (各位代表！, 各位代表、
    同志们！).

    A speaker addresses the deputies between movements of the speech, so what follows is
    not the last section's topic: the State Council's thanks after its review, or its
    closing paragraphs on government, defence, Hong Kong, Taiwan and diplomacy after （九）
    of the year's tasks. The title is the sentence that follows the address when it is
    short enough to be one ("过去一年的成就来之不易"), else the address itself. Where the
    sentence after it states numbers (``_STATED_NUMBER``: the year's livelihood projects
    listed with their sizes after a maxim, Chongqing 2024), the passage is the part's own
    work, not a turn of the speech: its opening maxim names no such passage, so it is titled
    by the address, 各位代表 (session 69: the maxim read as a heading of the report's, over
    15 projects)."""
    for i, (s, _e, t) in enumerate(body):
        m = _ADDRESS_RE.match(t) if s > last_start else None
        if m:
            rest = m.group(1) or next((x[2] for x in body[i + 1:]), "")
            first, *after = re.split(r"[。！？!?]", rest, maxsplit=2)
            first = first.strip()
            named = 0 < len(first) <= 24 and not _STATED_NUMBER.search(after[0] if after else "")
            return s, first if named else "各位代表"
    return None


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


def parse(doc: Document) -> Structure:
    """Recover the title, parts, sections, paragraphs and sentences of a report.
    (What the title block says, date, speaker, office and meeting, is ``metadata``'s.)

    Raises ``InputError`` when the text has no recognisable structure (no part or section
    headings and no sentences), so a stray file fails loudly instead of yielding nothing.
    """
    text = doc.text
    lines = _lines(text)
    if not lines:
        raise InputError("no text after normalisation", doc.path)
    front = front_end(lines)
    title = lines[0][2]

    # 1. Parts: numbered headings in sequence, unnumbered heading lines, then an appendix
    # (``headings.find_parts``); ``points``: the parts number their sections 一、.
    part_starts, points = find_parts(lines, front, doc)
    parts: list[Part] = [Part(0, title, 0, lines[part_starts[0][0]][0] if part_starts else
                              len(text), "front")]
    for k, (i, heading, role) in enumerate(part_starts):
        end = lines[part_starts[k + 1][0]][0] if k + 1 < len(part_starts) else len(text)
        parts.append(Part(k + 1, heading, lines[i][0], end, role))

    # 2. Sections inside each part, then paragraphs and sentences.
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    line_at = {s: (s, e, t) for s, e, t in lines}
    for part in parts:
        plines = [x for x in lines if part.start <= x[0] < part.end]
        body = plines[1:] if part.number else plines
        style = section_style([t for _, _, t in body], points and part.role != "appendix")
        starts: list[tuple[int, int, str]] = []
        nxt = 1
        for s, _e, t in body:
            if m := section_match(style, t, part.role == "appendix"):
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
        tail = closing[0] if closing else part.end
        # A list of the whole part's work after its last section (一年来，着重抓了以下工作：).
        listed = part_list(body, starts[-1][0], tail, part.role) if starts else None
        for k, (s, value, heading) in enumerate(starts):
            end = starts[k + 1][0] if k + 1 < len(starts) else (listed[0] if listed else tail)
            part.sections.append(Section(f"p{part.number}.s{value}", part.number, value,
                                         heading, s, end, style or "item"))
        n = starts[-1][1] + 1 if starts else 0
        if listed:
            part.sections.append(Section(f"p{part.number}.s{n}", part.number, n,
                                         listed[1], listed[0], tail, LISTED))
            n += 1
        if closing:
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
    return Structure(doc.report_id, text, title, parts, paragraphs, sentences)
