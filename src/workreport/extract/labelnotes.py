"""Footnote marks unseen by label building (round 42, rc42).

A report's footnote mark after a word inside a sentence ("服务业〔29〕增加值", "“专精特新”[9]企业
42家") is a note's number, no part of what a figure measures: the labeller reads the figure's
sentence without it (``notes_unseen``, the outermost hook of ``naming.label``), so a mark neither
cuts a clause nor ends up inside a label. A mark that opens a line, a clause or an entry
("〔17〕某某饲料：…", "：[3]…") is left as it stands: there it heads a note that names a project
(``labeltables`` reads such notes). The number reading, the kind of a figure and the sentence and
quote a table keeps all read the text as written.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import wraps

from workreport.extract.labelrelative import Held, Labeller
from workreport.extract.nonfigures import NOTE_MARK
from workreport.extract.numbers import Token, vocab

__all__ = ["inner_marks", "notes_unseen"]

# A mark stands after a word when a letter, digit, CJK character or a closing quote or bracket
# comes right before it (not a clause break, a space or the start of its sentence); it closes an
# item when a break or a joining word follows it ("“双代”工程[9]，", "幼儿园〔26〕及…").
_WORD_END = re.compile(r"[\w”’》）)%]")
_ITEM_END = re.compile(r"$|[，。；：、,;:及和与或]")


def _inner(text: str, start: int, end: int) -> bool:
    """Whether the mark at ``start``:``end`` of ``text`` stands after a word and inside its
    run: not closing an item, nor before a predicate of progress ("“四好农村路”［5］全面推进") or
    a clause joining another item to it ("9所学校〔12〕新扩建和某某中学改造项目")."""
    run = re.split(r"[，。；：,;:]", text[end:], maxsplit=1)[0]
    return bool(start and _WORD_END.match(text, start - 1) and not _ITEM_END.match(text, end)
                and not text.startswith(tuple(vocab("cues")["topic_progress"]), end)
                and not re.search(r"[、及和与]", run))


def inner_marks(sentence: str) -> list[tuple[int, int]]:
    """The spans of ``sentence``'s footnote marks (``nonfigures.NOTE_MARK``) that stand after
    a word, not opening the sentence, a line, a clause or an entry (round 42, rc42):
    "服务业〔29〕增加值增长8%" → [(3, 7)]; "〔17〕某某饲料：总投资1亿元" → [];
    "目标：[3]建成5所" → []; "建成“双代”工程[9]，" → [] (closing an item)."""
    return [m.span() for m in NOTE_MARK.finditer(sentence) if _inner(sentence, *m.span())]


def _unmarked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` without the ``spans`` (in order, not overlapping)."""
    kept, at = [], 0
    for start, end in spans:
        kept.append(text[at:start])
        at = end
    return "".join(kept) + text[at:]


def notes_unseen(label: Labeller) -> Labeller:
    """``naming.label`` reading the figure's sentence without its footnote marks after a word
    (``inner_marks``; round 42, rc42): "规上工业[5]增加值增长7.5%" → 规上工业增加值 (not 增加值),
    "“三品一标”【4】产品12个" → “三品一标”产品; the clause ``pre`` loses the same marks; a mark
    opening a line or entry ("〔20〕某某景区：总投资1.49亿元") stays for the note's project."""
    @wraps(label)
    def unseen(text: str, tok: Token, pre: str, previous: str | None,
               held: Held | None = None) -> str:
        s, q = tok.sentence, tok.quantity
        assert q is not None
        spans = [(s.start + a, s.start + b) for a, b in inner_marks(text[s.start:s.end])]
        # not the figure's own mark ("其中5条〔8〕竣工通车": the count's note)
        spans = [sp for sp in spans if sp[1] <= q.start or sp[0] > q.end]
        if not spans:
            return label(text, tok, pre, previous, held)

        def moved(pos: int) -> int:  # where ``pos`` stands once the marks are gone
            return pos - sum(min(end, pos) - start for start, end in spans if start < pos)

        clean = _unmarked(text, spans)
        sentence = replace(s, start=moved(s.start), end=moved(s.end),
                           text=clean[moved(s.start):moved(s.end)])
        quantity = replace(q, start=moved(q.start), end=moved(q.end))
        token = replace(tok, start=moved(tok.start), end=moved(tok.end), sentence=sentence,
                        quantity=quantity)
        return label(clean, token, _unmarked(pre, inner_marks(pre)), previous, held)
    return unseen
