"""Whose figures a row or block of a project table gives (issue 13 §2 "scope lost", round 12;
used by ``naming``).

A county report's table of projects reaches the extractor as text in three shapes; in
each the project's name heads the figures, and a figure's own clause names only the
measure (总投资, 总建筑面积, 占地) or a count of buildings, so the label must take the name:

- *a row*: the name is the first clause of the sentence, after an optional row number
  (1. / （1） / ① / 〔1〕), ended by a comma, colon, tab or wide space: "某某中学迁建项目
  （一期），总投资3.2亿元，总建筑面积4.5万平方米，占地80亩" → 某某中学迁建项目（一期）总投资,
  …总建筑面积, …占地 (``row_head``);
- *a block*: the name stands alone on the line before the figures' line(s): "某某中学迁建
  项目\\n总投资3.2亿元\\n占地80亩" (``block_head``);
- *a numbered note*: an annex note "〔20〕仙人山景区：…。总投资1.49亿元，…" gives a bare
  measure of a later sentence of the note its name too, when nothing counted comes before
  it in that sentence (``labeltablenote.note_head``; a note's first sentence is
  ``labelrates.note_owner``).

A name is a project's when, without its row number and a bracketed aside (（一期）), it holds
no digit, opens with no verb or filler (推进, 加快 …) and ends with a works' head word
(``cues.table_project_heads``: 项目, 工程, 中学, 医院, 产业园 …). The words are data
(``vocab/cues.yml``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from functools import cache, wraps

from workreport.extract.ingest import row_number
from workreport.extract.labelcarried import carried_class, carried_measure, subset_item
from workreport.extract.labelcauses import cause_named, caused_by, event_source
from workreport.extract.labelclean import strip_words
from workreport.extract.labelheld import part_of_whole
from workreport.extract.labellistscope import list_scope, named_total
from workreport.extract.labelpartacts import part_owned
from workreport.extract.labelpartmeasure import measured_part
from workreport.extract.labelpurpose import after_verbs
from workreport.extract.labelreach import pulled_source, subject_reach
from workreport.extract.labelshared import list_subject
from workreport.extract.labelsources import (
    cause_core,
    listed_source,
    paired_people,
    reached_number,
    sibling_reach,
    subject_source,
)
from workreport.extract.labelspans import included
from workreport.extract.labeltablenote import note_head
from workreport.extract.labelverbpart import verb_part
from workreport.extract.labelwords import leading_word
from workreport.extract.labelworksof import share_group, works_length, works_reach
from workreport.extract.nonfigures import alternation
from workreport.extract.numbers import Token, vocab

__all__ = ["block_head", "cell_row", "glued_head", "project_name", "project_rows", "row_head"]

_ROW_MARK = re.compile(r"^\s*(?:\d{1,3}[.．、)）](?!\d)|"
                       r"[（(](?:\d{1,3}|[一二三四五六七八九十]{1,3})[）)]|[①-⑳]|〔\d{1,3}〕|\[\d{1,3}\]|［\d{1,3}］|"
                       r"【\d{1,3}】|[一二三四五六七八九十]{1,3}[、.．])\s*")
_ASIDE = re.compile(r"[（(][^（）()]{1,8}[）)]")
_CELL_BREAK = re.compile(r"[，,：:；;\t]|\s{2,}|　")
# A measure's own words before it that say no whose: "该项目总投资", "规划总建筑面积".
_MEASURE_OPENERS = re.compile(rf"^(?:{'|'.join(vocab('cues')['table_measure_openers'])})?"
                              rf"(?:{'|'.join(vocab('cues')['table_measure_plans'])})?")


def project_name(cell: str) -> str:
    """The project a table's head cell names, or "": "1.县医院新院区项目" → 县医院新院区项目,
    "某某中学迁建项目（一期）" stays; "推进县医院新院区项目" (a clause, not a name) → ""."""
    cues = vocab("cues")
    name = _ROW_MARK.sub("", cell).strip().rstrip("：:，,")
    name = strip_words(name, cues["table_column_headings"], leading=False) or name
    bare = _ASIDE.sub("", name)
    if not 3 <= len(bare) <= 24 or re.search(r"[\d。！？“”、]", _capacity().sub("", bare)) \
            or not bare.endswith(tuple(cues["table_project_heads"])) \
            or bare in cues["table_generic_names"] \
            or re.match(r"[一二三四五六七八九十]+是", bare) or re.search(r"[和与]", bare) \
            or re.search(r"及(?!\w{0,12}(?:项目|工程)$)", bare) \
            or leading_word(bare, cues["label_verbs"] + cues["label_leading"]
                            + cues["table_row_openers"]):
        return ""
    return name


@cache
def _capacity() -> re.Pattern[str]:
    """The digits a project's name may hold: a capacity after ``cues.table_capacity_words``
    ("年产10万吨"), a code before ``cues.table_code_units`` ("110千伏", "5G")."""
    cues = vocab("cues")
    return re.compile(rf"(?:{alternation(cues['table_capacity_words'])})"
                      r"[\d.]+[万千百亿]?[\u4e00-\u9fff]{1,2}|"
                      rf"[\d.]+(?:{alternation(cues['table_code_units'])})")


@cache
def _heading() -> re.Pattern[str]:
    """A column heading opening a row (``cues.table_column_headings``: "项目名称：")."""
    return re.compile(rf"^\s*(?:{alternation(vocab('cues')['table_column_headings'])})[：:]")


def row_head(before: str) -> str:
    """The project a row opens with, when the figure is not in that first cell: ``before``
    is the sentence up to the number."""
    cells = _CELL_BREAK.split(_heading().sub("", before), maxsplit=1)
    return project_name(cells[0]) if len(cells) == 2 and cells[1].strip() else ""


@cache
def _glued() -> re.Pattern[str]:
    """``glued_head``'s row: a serial number, the name up to its works' head word
    (``cues.table_project_heads``) and aside, then a bare measure (``_measures``)."""
    measures = alternation(list(_measures()))
    heads = alternation(vocab("cues")["table_project_heads"])
    return re.compile(rf"\s*(?:\d{{1,3}}(?![\d.．、个家所座项处条名人户万亿千百十%]))?"
                      rf"([^，。；：:,;、\d]{{2,30}}?(?:{heads})(?:[（(][^（）()]{{1,8}}[）)])?)"
                      rf"(?:{measures})(?:约|达|为)?(?:$|\d)")


def glued_head(before: str) -> str:
    """The project a row opens with when its cells reach the text glued (a scraped table's
    spaces and tabs are gone: "1某某产业园项目总投资5亿元总建筑面积3万平方米占地80亩"):
    the name runs from the row's start, after a serial number, to a bare measure
    (``_measures``) that a number or the figure follows → 某某产业园项目, "" otherwise.
    ``before`` is the sentence up to the number (round 13: a real project table)."""
    m = _glued().match(_ROW_MARK.sub("", before, count=1))
    return project_name(m.group(1)) if m else ""


def block_head(text: str, start: int) -> str:
    """The project named alone on the line before the lines of figures that the sentence
    opening at ``start`` begins, or "" (at most four lines of figures between)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    # A paragraph under a heading is no block: the figures' line is short.
    if text[line_start:start].strip() or len(text[line_start:line_end if line_end > 0
                                                 else len(text)]) > 60:
        return ""
    lines = text[:start].rstrip().split("\n")
    for line in reversed(lines[-5:]):
        line = line.strip()
        if name := project_name(line):
            return name if not line.endswith(("。", "；")) else ""
        if not re.search(r"\d", line) or len(line) > 40:
            return ""
    return ""


# A row's number and name on one line: "1某某中药物流园项目", "2.县人民医院新院区项目".
_NUMBERED_NAME = re.compile(r"(\d{1,3})[.．、]?(\D.{1,39})")


def _lines_before(text: str, start: int) -> Iterator[str]:
    """The lines before the one holding ``start``, nearest first."""
    end = text.rfind("\n", 0, start)
    while end > 0:
        begin = text.rfind("\n", 0, end) + 1
        yield text[begin:end]
        end = begin - 1


def _row_name(cell: str) -> str:
    """A row's name cell: a project's name (``project_name``), else any short cell with no
    clause mark and no digit but a capacity's ("县人民医院新院区"), or ""."""
    name = project_name(cell)
    if name or not 2 <= len(cell) <= 30 or re.search(r"[，。；：、！？,;:]", cell) \
            or re.search(r"\d", _capacity().sub("", cell)):
        return name
    return cell.strip()


def _row_start(cells: list[str], k: int) -> str:
    """The name of the row that ``cells[k]`` opens (``cells``: lines nearest first, so the
    cell after it is ``cells[k - 1]``), or "": a row number alone on its line
    (``ingest.row_number``) with the name on the next (``_row_name``), or a number and a
    project's name on one line (``_NUMBERED_NAME``), after a cell (``ingest.row_number``'s
    cell before)."""
    before = cells[k + 1] if k + 1 < len(cells) else ""
    if k and row_number(before, cells[k], cells[k - 1]):
        return _row_name(cells[k - 1])
    m = _NUMBERED_NAME.fullmatch(cells[k])
    return project_name(m.group(2)) if m and row_number(before, m.group(1), m.group(2)) else ""


def _column_measure(lines: Iterator[str], dimension: str) -> str:
    """The measure a table's column headings name for a value of ``dimension``
    (``cues.table_heading_measures``): the headings are the short lines without a digit
    just before row 1 (``lines``: the lines before the row number of the figure's row,
    nearest first); "项目投资" → 投资 (the row's name says which project); "" when none."""
    words = vocab("cues")["table_heading_measures"].get(dimension, [])
    headings: list[str] = []
    for k, line in enumerate(lines):
        if k > 200 or len(line) > 200:
            return ""
        if re.match(r"1(?:[.．、]|$|\D)", line):  # row 1: "1" alone or with its name
            headings = list(itertools.takewhile(
                lambda c: len(c) <= 40 and not re.search(r"[\d，。；：]", c), lines))
            break
    # The headings in their order: the first that names a measure of the dimension; of a
    # line of headings glued together ("序号项目名称项目投资…"), the measure's word alone.
    heading = next((h if len(h) <= 8 else w for h in reversed(headings) for w in words
                    if w in h), "")
    return re.sub(r"^项目", "", heading)


def cell_row(text: str, tok: Token, label: str) -> str:
    """The label of a figure in a table scraped one cell per line ("序\\n号\\n项目名称\\n…
    \\n1\\n某某中药物流园项目\\n占地300亩，…。\\n总投资\\n4亿元\\n2023年\\n…"), or "" when
    the figure stands in no such row. The row opens with its number alone on a line
    (``ingest`` keeps it there) and its name cell after it, or with both on one line
    (``_row_start``); the figure's line and the cells between it and the name are no longer
    than 200 characters, at most 12 of them. A bare value (its line holds only the number:
    "4亿元") is named by the row's name and the measure cell on the line before it (总投资 →
    某某中药物流园项目总投资) or, with none, the measure the column headings name for its
    dimension (项目投资 → …项目投资: ``_column_measure``), never left empty; ``label``, the
    figure's label from its own line ("总投资4亿元", "占地300亩", "新建厂房2万平方米"), takes
    the row's name before it, as every figure of a project's row is the project's (round 14:
    a table flattened one cell per line; its bare values came out with empty labels and its
    measures without their project)."""
    q = tok.quantity
    assert q is not None
    line_end = text.find("\n", q.end)
    if (line_end if line_end >= 0 else len(text)) - text.rfind("\n", 0, q.start) > 200:
        return ""
    lines = _lines_before(text, tok.sentence.start)
    cells = list(itertools.islice(lines, 13))
    at = next((k for k, c in enumerate(cells) if len(c) > 200 or _row_start(cells, k)), -1)
    if at < 0 or len(cells[at]) > 200:
        return ""
    name = _row_start(cells, at)
    if label:  # every figure of a project's row is the project's: "新建厂房2万平方米"
        named = _with_project(label, name, tok, counts=True)
        return name + label if named == label and len(label) <= 12 \
            and _ASIDE.sub("", name) not in label else named
    if text[text.rfind("\n", 0, q.start) + 1:q.start].strip():
        return ""
    named_at = at - 1 if cells[at].rstrip(".．、").isdigit() else at  # the name's line
    measure = cells[0] if named_at > 0 and not re.search(r"\d", cells[0]) else ""
    if _MEASURE_OPENERS.sub("", measure) not in _measures():
        more = itertools.chain(cells[at:], lines)
        measure = _column_measure(more, q.dimension)
    return name + re.sub(r"^(?:该项目|本项目|项目)", "", measure)


def _note_owner(before: str) -> str:
    """Whose a bare measure is in a project's note opening with a heading of what it holds
    (round 20, owner lost: "1.项目内容：总建筑面积5万平方米，…" → 项目总建筑面积): the owner
    ``cues.note_owner_headings`` gives the heading, or ""."""
    m = re.match(r"\s*(?:\d{1,2}[.．、]|[（(]?[一二三四五六七八九十\d]{1,2}[）)、])?\s*"
                 r"([\u4e00-\u9fff]{2,6})[：:]", before)
    return vocab("cues")["note_owner_headings"].get(m.group(1), "") if m else ""


@cache
def _measures() -> tuple[str, ...]:
    """The bare measures a table's row gives (总投资, 占地 …), longest first."""
    cues = vocab("cues")
    return tuple(sorted(cues["land_measure_words"] + cues["money_nouns"]
                        + cues["owned_measure_words"] + cues["subject_owned_words"]
                        + cues["table_row_measures"], key=len, reverse=True))


def _with_project(label: str, name: str, tok: Token, *, counts: bool) -> str:
    """``label`` with the project's ``name`` before it, when the label names only a measure
    (or, in a row or block, a short count of buildings: "新建教学楼" of 3栋; a count
    in 个 is as often the heading's as the project's: "便民工程，新建…10个垃圾箱")."""
    q = tok.quantity
    assert q is not None
    if not name or not label or _ASIDE.sub("", name) in label or label in name:
        return label
    core = _MEASURE_OPENERS.sub("", label) or label
    if core in _measures():  # "规划总建筑面积" keeps its 规划
        return name + label[len(leading_word(label, vocab("cues")["table_measure_openers"])):]
    if counts and q.dimension != "money" and q.unit != "%" and len(core) <= 6 \
            and re.search(r"[栋幢座间套层]$", q.unit):
        return name + core
    return label


def project_rows(label: Callable[[str, Token, str, str | None], str]
                 ) -> Callable[[str, Token, str, str | None], str]:
    """``label`` (``naming.label``) with the name of the project whose row, block or note
    the figure sits in (``row_head``, ``block_head``, ``labeltablenote.note_head``), and the
    names of a list for its total (``labellistscope.named_total``), a share's group
    (``labelworksof.share_group``) and a list's scope (``labellistscope.list_scope``)."""
    @wraps(label)
    def with_project(text: str, tok: Token, pre: str, previous: str | None) -> str:
        q = tok.quantity
        assert q is not None
        before = text[tok.sentence.start:q.start]
        got = named_total(label(text, tok, pre, previous), before,
                          text[q.start:tok.sentence.end])
        got = works_reach(list_scope(share_group(got), before, previous), before)
        got = list_subject(got, before, previous, q.unit)  # "…镇1个、示范村5个" (r24)
        got = event_source(got, before)  # "举办…论坛，累计促成合作项目600个" (round 18)
        got = reached_number(got, q.unit)  # "受益200万人" → 受益人数 (round 20)
        got = caused_by(got, before, cause_core(previous), after_verbs)  # "…以旧换新，拉动…" (r19)
        # Round 20: a source shared to a list's item or the subject; a pair's people.
        got = subject_source(listed_source(got, before, previous, lambda c: cause_named(
            c, None, after_verbs)), before)
        got = sibling_reach(got, before, previous)  # "…片区1598个、覆盖村庄…" (round 49)
        got = reached_number(paired_people(got, before, previous, q.unit), q.unit)
        got = works_length(got, before, q.dimension)  # "…段大修工程，总长13公里" (round 18)
        # "全市区县中，…高于全市的达12个" (round 18)
        got = part_of_whole(got, before, q.unit, text[q.end:q.end + 1])
        # Round 14: a class or measure carried along a list; a part after 其中.
        got, parted = included(got, before)  # "（含重点专科…" as "（其中…" (round 30)
        got = part_owned(got, previous, before, q.dimension)  # "其中…35个，协议投资额…" (r62)
        got = verb_part(measured_part(subset_item(carried_measure(carried_class(
            got, previous), previous, before, q.unit), parted, q.unit), parted, q.unit,
            text[q.end:tok.sentence.end]), previous, parted, q.unit)  # rounds 54, 73
        # "…提标降息惠及…学生" (round 52)
        got = pulled_source(subject_reach(got, before, q.unit, text[q.end:tok.sentence.end]),
                            before)  # "…以旧换新分别达…，拉动消费…" (round 58)
        if row := cell_row(text, tok, got):
            return row  # a table scraped one cell per line (round 14)
        head = row_head(before)
        glued = "" if head else glued_head(before)
        if name := head or glued or block_head(text, tok.sentence.start) or _note_owner(before):
            # The figure's own cell, when a bare measure that ends at the number, is the label
            # whatever the sentence says after ("总投资1.5亿元，新建厂房4栋" is not 厂房总投资;
            # "投资8000万元实施节水灌溉" is the irrigation's).
            own = re.sub(r"(?:约|达|为|达到|共计?)$", "", _CELL_BREAK.split(before)[-1].strip())
            if glued:  # a glued row's cell is its last measure: "…5亿元总建筑面积"
                own = next((w for w in _measures() if own.endswith(w)), own)
            ends = bool(glued) or text[q.end:q.end + 1] in ("", "，", ",", "；", ";", "。", "\t",
                                                           "\n", " ")
            return _with_project(own if ends and own and _MEASURE_OPENERS.sub("", own)
                                 in _measures() else got, name, tok, counts=True)
        return _with_project(got, note_head(text, tok), tok, counts=False)
    return with_project
