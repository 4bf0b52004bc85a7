"""A measure stated bare in a named entry of a report's notes is the entry's (round 61, r61c;
issue 13 "owner lost" / "other thing").

A county report's notes and appendix explain a term or a project in an entry opened by a
note mark, its name and a colon ("〔6〕某某加工园区：位于某镇，总面积2763亩，其中工业用地
1268亩，目前已投入资金2.5亿元…", "〔12〕某某种猪场：…该项目总投资1.88亿元，可实现年出栏
17万头…"). A figure whose own clause is only openers (目前, 项目建成后, 可实现 …:
``cues.entry_measure_openers``) and a measure (已投入资金, 年出栏, 就业 …:
``cues.entry_measures`` and the table measures of ``labeltables``) names no owner of its own:
the entry's name is its owner, not a thing an earlier clause named ("工业用地已投入资金" →
某某加工园区已投入资金; "可年出栏" → 某某种猪场可年出栏; a later sentence of the entry:
"项目建成后可实现100人就业，年税收2000万元" → 某某饲料建成后可就业, 某某饲料年税收).
A label that names a thing ("建设饲料生产线", "建成后可贫困人口就业") is left as it is, and so
is every figure outside such an entry.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, wraps

from workreport.extract.labelaffix import peel
from workreport.extract.labeltables import project_rows
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import leading_word, tags
from workreport.extract.numbers import Token, vocab

__all__ = ["entry_measure", "entry_rows"]

_ENTRY = re.compile(r"\s*(?:〔\d+〕|\[\d+\]|［\d+］|【\d+】)([^，。；：:、\d（）()]{2,16})[：:]")
_CLAUSE = re.compile(r"[，,；;：:。]")
# A count of the projects or firms in the thing: "…6个项目入驻", "入驻企业18家" (round 61, k61b).
_FIRMS = re.compile(r"\d[个家项][^，。；]{0,6}(?:项目|企业)|(?:项目|企业)\d+[个家项]")
_MONEY = re.compile(r"\d[\d.]*[万亿千百]*元")


@cache
def _owned() -> tuple[str, ...]:
    """The measures of ``_measures`` other than land's (``cues.land_measure_words``), longest
    first: those a noun before them owns (``_named_before``)."""
    land = frozenset(vocab("cues")["land_measure_words"])
    return tuple(sorted(_measures() - land, key=len, reverse=True))


@cache
def _measures() -> frozenset[str]:
    """The measures an entry lends its name to: ``cues.entry_measures`` and a table row's."""
    cues = vocab("cues")
    return frozenset(cues["entry_measures"] + cues["land_measure_words"] + cues["money_nouns"]
                     + cues["owned_measure_words"] + cues["table_row_measures"])


def _unled(text: str) -> str:
    """``text`` without the longest word of ``cues.entry_leading_words`` opening it (该项目,
    本项目, 项目, 该: the entry's thing, named again)."""
    return text[len(leading_word(text, cue_words("entry_leading_words"))):]


def _bare(words: str) -> str:
    """``words`` without its leading openers (``cues.entry_measure_openers``)."""
    return peel(words, vocab("cues")["entry_measure_openers"], leading=True)


def entry_measure(label: str, text: str, tok: Token) -> str:
    """``label`` with the name of the entry whose line holds the figure of ``tok``, when the
    figure's own clause is openers and an entry measure: the label's openers stay after the
    name ("可年出栏" → 某某种猪场可年出栏), and a thing an earlier clause named, which the
    figure's clause does not, goes ("工业用地已投入资金" → 某某园区已投入资金); ``label``
    otherwise, and after a count of the projects or firms in the thing."""
    q = tok.quantity
    assert q is not None
    line_start = text.rfind("\n", 0, tok.sentence.start) + 1
    m = _ENTRY.match(text, line_start)
    # Not after a count of the projects or firms in the thing: "…6个项目入驻。总投资…" (as
    # ``labeltablenote.note_head``), "入驻企业18家" (round 61 review, k61b).
    if not m or m.group(1) in label or _FIRMS.search(text[line_start:q.start]):
        return label
    before = text[max(m.end(), tok.sentence.start):q.start]
    if _named_before(before):
        return label
    own = _CLAUSE.split(before)[-1].strip()
    measure = _bare(own)
    if not measure:  # "项目建成后可实现100人就业": the measure follows the number
        measure = _CLAUSE.split(text[q.end:tok.sentence.end])[0].strip()
    if measure not in _measures():
        return label
    core = _bare(_unled(label))
    if core == measure:
        return m.group(1) + _unled(label)
    if label.endswith(measure) and label[: -len(measure)] not in own:
        return m.group(1) + measure
    return label


def _named_before(before: str) -> bool:
    """Whether a clause of ``before`` (the figure's sentence up to its number, within the
    entry) before the figure's own names a thing owning a measure (round 61 review, k61b:
    "园区内某某公司年产值3亿元，就业500人" gave 某某产业园就业; "其中商业部分年销售收入3亿元，
    就业1500人"): a noun before a measure other than land's, ahead of an amount of money.
    Not "其中商业用地300亩" (a part of the land), "规划面积1500亩", "项目建成后可实现300人就业"."""
    for clause in _CLAUSE.split(before)[:-1]:
        words = _bare(_unled(re.split(r"\d", clause, maxsplit=1)[0].strip()))
        w = next((w for w in _owned() if words.endswith(w)), "") if _MONEY.search(clause) else ""
        pieces = tags(_bare(words[: -len(w)])) if w else []
        if pieces and pieces[-1].flag[:1] == "n":  # 某某公司|年产值, not 规划|面积
            return True
    return False


def entry_rows(label: Callable[[str, Token, str, str | None], str]
               ) -> Callable[[str, Token, str, str | None], str]:
    """``label`` (``naming.label``) with the project a table's row, block or note names
    (``labeltables.project_rows``), then a named entry's bare measures its own
    (``entry_measure``)."""
    rows = project_rows(label)

    @wraps(label)
    def in_entry(text: str, tok: Token, pre: str, previous: str | None) -> str:
        return entry_measure(rows(text, tok, pre, previous), text, tok)
    return in_entry
