"""Footnote marks unseen by label building (round 42, rc42).

A report's footnote mark after a word inside a sentence ("服务业〔29〕增加值", "“专精特新”[9]企业
42家") is a note's number, no part of what a figure measures: the labeller reads the figure's
sentence without it (``notes_unseen``, the outermost hook of ``naming.label``), so a mark neither
cuts a clause nor ends up inside a label. A mark that opens a line, a clause or an entry
("〔17〕某某饲料：…", "：[3]…") is left as it stands: there it heads a note that names a project
(``labeltables`` reads such notes). The number reading, the kind of a figure and the sentence and
quote a table keeps all read the text as written.

An aside in full-width brackets inside a noun phrase ("气（电）代煤改造", "新（改、扩）建城市公厕",
"村（社区）乡（邻）里中心") is unseen the same way and put back into the label where the label
holds the characters on both sides of it (round 61, r61a: brackets cut labels, "实施气的村");
where a label of the figure's clause does not hold an aside's place, the sentence is read with
its asides as before ("2个县（市）入选…" → 入选…的县（市）, "…科创园（中心）投入运营" → 科创园).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import wraps

from workreport.extract.labelrelative import Held, Labeller
from workreport.extract.nonfigures import NOTE_MARK
from workreport.extract.numbers import Token, vocab
from workreport.extract.units import unit_dimension

__all__ = ["inner_asides", "inner_marks", "notes_unseen"]

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


# An aside in full-width brackets inside a noun phrase, a CJK character on both sides: 气（电）代煤,
# 省市（州）共建本科高校, 新（改、扩）建, 村（社区）乡（邻）里中心 (round 61, r61a).
_ASIDE = re.compile(r"(?<=[\u4e00-\u9fff”])（[^（）\d，。；：,;:“”《》]{1,8}）(?=[\u4e00-\u9fff“])")


def inner_asides(sentence: str) -> list[tuple[int, int]]:
    """The spans of ``sentence``'s asides in full-width brackets inside a noun phrase, after a
    word and before another (round 61, r61a; brackets cut labels there: "实施气（电）代煤改造的村"
    gave 实施气的村, "9所省市（州）共建本科高校" 省市): "气（电）代煤改造" → [(1, 4)]; an aside
    holding a digit or a break ("（2016-2020年年均）", "（其中，…）"), closing a clause or
    opening the sentence → []."""
    return [m.span() for m in _ASIDE.finditer(sentence) if not _note(m.group()[1:-1])]


def _note(aside: str) -> bool:
    """Whether the text of an aside is a note on the indicator, not part of its noun (round 61
    review, k61a: "城镇登记失业率（调查失业率）控制在4.5%" gave 城镇登记失业率（调查失业率）,
    "农村危房（含抗震改造）改造" kept its note): what it includes ("含大豆", "不含农户"), a short
    name ("以下简称农民收入"), how it is counted ("按可比价计算", "美元计"), a rate ("调查失业率"),
    a unit ("人次") or Latin letters ("GDP") → True; "电", "改、扩", "平台、项目" → False."""
    cues = vocab("cues")
    return (aside.startswith(tuple(cues["aside_note_starts"]))
            or aside.endswith(tuple(cues["aside_note_ends"]))
            or aside in cues["aside_note_units"] or bool(re.fullmatch(r"[A-Za-z]+", aside)))


def _restored(label: str, clean: str, asides: list[tuple[int, str]],
              counted: bool = True) -> tuple[str, list[int]]:
    """``label`` with each aside of ``asides`` (its place in ``clean``, the text without them,
    and its text) put back where the label holds the characters on both sides of it, once
    ("省市共建本科高校" → 省市（州）共建本科高校), or at the label's end when the label ends
    the text before it and the figure counts the label's noun (``counted``: "…示范企业（平台、
    项目）达29个" → …示范企业（平台、项目）); and the places of the asides the label does not
    hold (round 61, r61a). Round 61 review (k61a): an aside before a predicate ends its noun, the
    label reading across it is lost ("136个村（社区）实现综合服务站全覆盖" gave 全县覆盖村（社区）
    实现综合服务站), and an indicator's figure (a share, a change, an amount) takes no aside
    at its label's end ("建成区绿化覆盖率（人均公园绿地面积）达到42%" gave
    建成区绿化覆盖率（人均公园绿地面积））."""
    cues = vocab("cues")
    predicates = tuple(cues["object_predicates"])
    lost = []
    for at, aside in reversed(asides):
        left, right = clean[at - 1:at], clean[at:at + 1]
        if label.count(left + right) == 1 and not clean.startswith(predicates, at):
            cut = label.index(left + right) + 1
            label = label[:cut] + aside + label[cut:]
        elif counted and len(label) > 1 and label not in clean[at:] \
                and clean[:at].endswith(label):
            label += aside
        else:
            lost.append(at)
    return label, lost


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
    opening a line or entry ("〔20〕某某景区：总投资1.49亿元") stays for the note's project.
    Asides inside a noun phrase (``inner_asides``) are unseen too and put back (round 61,
    r61a): "其余275个村全部实施气（电）代煤改造" → 实施气（电）代煤改造的村 (not 实施气的村); when
    the label leaves out the place of an aside of the figure's clause, it is the label of the
    sentence read with its asides."""
    @wraps(label)
    def unseen(text: str, tok: Token, pre: str, previous: str | None,
               held: Held | None = None) -> str:
        s, q = tok.sentence, tok.quantity
        assert q is not None
        # not the figure's own mark ("其中5条〔8〕竣工通车": the count's note)
        marks = [(s.start + a, s.start + b) for a, b in inner_marks(text[s.start:s.end])
                 if s.start + b <= q.start or s.start + a > q.end]
        asides = [(s.start + a, s.start + b) for a, b in inner_asides(text[s.start:s.end])
                  if s.start + b <= q.start or s.start + a > q.end]
        if asides:  # an aside unseen only where the label reads across it (round 61, r61a)
            got, lost = _read(label, (text, tok, pre, previous, held), marks, asides,
                              unit_dimension(q.unit) == "count")
            clause = _clause(text, s.start, s.end, q.start, q.end)
            if not any(clause[0] <= at < clause[1] for at in lost):
                return got
        return _read(label, (text, tok, pre, previous, held), marks, [])[0] if marks \
            else label(text, tok, pre, previous, held)
    return unseen


def _clause(text: str, start: int, end: int, q_start: int, q_end: int) -> tuple[int, int]:
    """The span of the clause of ``text`` (``start``:``end``, its sentence) holding the figure
    at ``q_start``:``q_end``: from the break before it to the break after it."""
    before = [m.end() for m in re.finditer(r"[，。；：,;:]", text[start:q_start])]
    after = re.search(r"[，。；：,;:]", text[q_end:end])
    return start + (before[-1] if before else 0), q_end + after.start() if after else end


def _read(label: Labeller, args: tuple, marks: list[tuple[int, int]],
          asides: list[tuple[int, int]], counted: bool = True) -> tuple[str, list[int]]:
    """``label`` of ``args`` (text, token, pre, previous, held) read without the ``marks`` and
    ``asides`` spans of the text (and of ``pre`` the same), the asides put back where the label
    holds their place (``_restored``), with the places (in the text, as shown to ``_clause``'s
    span once mapped back) of the asides it does not hold."""
    text, tok, pre, previous, held = args
    s, q = tok.sentence, tok.quantity
    spans = sorted(marks + asides)

    def moved(pos: int) -> int:  # where ``pos`` stands once the marks are gone
        return pos - sum(min(end, pos) - start for start, end in spans if start < pos)

    clean = _unmarked(text, spans)
    sentence = replace(s, start=moved(s.start), end=moved(s.end),
                       text=clean[moved(s.start):moved(s.end)])
    quantity = replace(q, start=moved(q.start), end=moved(q.end))
    token = replace(tok, start=moved(tok.start), end=moved(tok.end), sentence=sentence,
                    quantity=quantity)
    bare = _unmarked(pre, sorted(inner_marks(pre) + (inner_asides(pre) if asides else [])))
    got, lost = _restored(label(clean, token, bare, previous, held), clean,
                          [(moved(a), text[a:b]) for a, b in asides], counted)
    return got, [next(a for a, _ in asides if moved(a) == at) for at in lost]
