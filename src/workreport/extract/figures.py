"""Stage 4: turn each figure token into a tidy indicator row with its provenance.

A row says what is measured (``indicator``, as the text names it), whether it is a
result of the year under review or a target (``kind``), what kind of number it is
(``measure``: level, change or share), its value and unit as written, any qualifier
(左右, 以上, 突破 …), and where it comes from (section, sentence, quote, offsets).

Each rule is named after the case it handles, with the report's words as examples:

- *subject carried over*: "地区生产总值804.2亿元，增长12%" → the change clause has no
  subject of its own and takes 地区生产总值 from the figure before it.
- *object after the number*: "完成12.6万平方米危旧房攻坚扫尾" → 完成危旧房攻坚扫尾.
- *growth cue*: a percentage after 增长/下降/涨幅 … is a change; 下降 makes it negative.
- *share*: any other percentage (失业率4.48%, 占…的60.5%) is a share.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from workreport.extract.numbers import Token, vocab
from workreport.extract.structure import Structure

__all__ = ["Figure", "extract"]

_CLAUSE_BREAK = re.compile(r"[，,；;。！？：:、（）()\n]")


@dataclass(frozen=True)
class Figure:
    """One indicator row before it becomes a table row."""

    section: str
    kind: str
    year: int | None
    indicator: str
    measure: str
    value: float
    value_high: float | None
    unit: str
    qualifier: str
    sentence: str
    sentence_index: int
    quote: str
    start: int
    end: int


@cache
def _affix_re(words: tuple[str, ...], leading: bool) -> re.Pattern[str]:
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    if not leading:
        return re.compile(rf"(?:{alt})$")
    # A leading word is kept where it starts a longer word: 全区性会议, 要素市场, 再生资源.
    keep = "|".join(re.escape(w) for w in vocab("cues")["label_leading_keep"])
    return re.compile(rf"^(?!{keep})(?:{alt})(?=.)")


def _strip_words(label: str, words: list[str], *, leading: bool) -> str:
    """Peel cue words off one end of a label, longest first, until none is left."""
    rx = _affix_re(tuple(words), leading)
    while label and (m := rx.search(label)):
        label = label[m.end():] if leading else label[: m.start()]
    return label


def _clause_before(text: str, sentence_start: int, pos: int) -> str:
    """Text from the last clause break (，；、 …) to ``pos``.

    An enumeration comma 、 only breaks the clause when a number stands before it
    ("人行道3.7万平方米、排水管网4.9公里"); "人大代表建议、政协提案906件" is one label.
    """
    seg = text[sentence_start:pos]
    if seg.rstrip()[-1:] in ("、", "，", "；", "：", "和", "及"):
        return ""  # "…扫尾、5万平方米棚户区改造": nothing of this clause precedes the number
    breaks = list(_CLAUSE_BREAK.finditer(seg))
    while breaks and breaks[-1].group(0) == "、":
        before = seg[breaks[-2].end() if len(breaks) > 1 else 0:breaks[-1].start()]
        if re.search(r"\d", before):
            break
        breaks.pop()
    return (seg[breaks[-1].end():] if breaks else seg).lstrip("、，；：")


def _rest_of_clause(text: str, pos: int, sentence_end: int) -> str:
    """Text from ``pos`` to the next clause break (or the sentence's end)."""
    seg = text[pos:sentence_end]
    m = _CLAUSE_BREAK.search(seg)
    return seg[: m.start()] if m else seg


def _clause_after(text: str, pos: int, sentence_end: int) -> str:
    out = _rest_of_clause(text, pos, sentence_end)
    return _object_stop().split(out)[0]


@cache
def _object_stop() -> re.Pattern[str]:
    """Where the object after a number ends: a stop word, or a 的 two characters from the end."""
    words = "|".join(re.escape(w) for w in vocab("cues")["object_stops"])
    return re.compile(rf"{words}|的(?=\S{{0,2}}$)")


def _cue(pre: str) -> tuple[str, str]:
    """Which growth cue ends ``pre`` once neutral words are peeled off: ("up"|"down"|"", cue)."""
    cues = vocab("cues")
    core = _strip_words(pre, cues["neutral_before_number"], leading=False)
    for direction in ("change_down", "change_up"):
        for w in sorted(cues[direction], key=len, reverse=True):
            if core.endswith(w):
                return ("down" if direction == "change_down" else "up"), w
    return "", ""


def _measure(tok: Token, pre: str) -> tuple[str, float]:
    """Growth cue rule and share rule; returns (measure, signed value)."""
    q = tok.quantity
    assert q is not None
    direction, cue = _cue(pre)
    sign = -1.0 if direction == "down" else 1.0
    if q.dimension in ("percent", "ratio"):
        if direction:
            return "change", sign * q.value
        return ("share" if q.dimension == "percent" else "level"), q.value
    if direction and cue in vocab("cues")["absolute_change"]:
        return "change", sign * q.value
    return "level", q.value


def _label(text: str, tok: Token, pre: str, previous: str | None) -> str:
    """What the figure measures, as the text names it."""
    cues = vocab("cues")
    q = tok.quantity
    assert q is not None
    label = pre[: len(pre) - len(q.before)] if q.before and pre.endswith(q.before) else pre
    label = label.strip()
    prep = next((w for w in cues["label_prepositions"] if label.startswith(w)), "")
    label = label[len(prep):]
    label = _strip_words(label, cues["label_leading"], leading=True)
    label = _strip_words(label, cues["label_trailing"], leading=False)
    if label in cues["label_leading"]:
        label = ""
    if previous and label.startswith("已"):
        # "信访案件19件已化解18件": the second figure is a subset of the first.
        return previous + label
    if label.startswith("占") and previous:
        # Share rule: "民生资金38亿元，占公共财政预算支出的60.5%".
        return f"{previous}{label.rstrip('的')}比重"
    after = _clause_after(text, q.end, tok.sentence.end).strip()
    verb = next((v for v in sorted(cues["label_verbs"], key=len, reverse=True)
                 if label.endswith(v)), "")
    if (not label or verb or label.endswith("等") or len(label) == 1) and after:
        # Object-after-the-number rule: "完成12.6万平方米危旧房攻坚扫尾" → 危旧房攻坚扫尾,
        # the words as the text has them (the verb stays in the sentence and quote).
        return _strip_words(after, cues["label_trailing"], leading=False)
    if not label and previous:
        return previous  # subject carried over: "…804.2亿元，增长12%"
    return label or after or (previous or "")


def _in_stock_frame(text: str, tok: Token, pre: str) -> bool:
    """Stock rule: "以全区7个4A级景区为依托" — the number sits inside a frame that names what
    the plan builds on (以 … 为依托), an existing stock rather than a goal."""
    q = tok.quantity
    assert q is not None
    after = _rest_of_clause(text, q.end, tok.sentence.end)
    return any(pre.lstrip().startswith(opening) and closing in after
               for opening, closing in vocab("cues")["stock_frames"])


def _kind(st: Structure, tok: Token, pre: str) -> str:
    cues = vocab("cues")
    part = st.part_of(tok.sentence.section)
    sentence = tok.sentence.text
    if part.role in ("plan", "appendix"):
        past = any(w in sentence for w in cues["past_markers"])
        if past and not any(w in sentence for w in cues["past_marker_overrides"]):
            return "actual"
        return "actual" if _in_stock_frame(st.text, tok, pre) else "target"
    if any(w in sentence for w in cues["target_markers"]) \
            and any(w in sentence for w in cues["target_year_words"]):
        return "target"
    return "actual"


def _qualifier(text: str, tok: Token, pre_clause: str) -> str:
    q = tok.quantity
    assert q is not None
    parts = []
    sentence_head = text[tok.sentence.start:q.start]
    if any(pre_clause.lstrip().startswith(w) or sentence_head.startswith(w)
           for w in vocab("cues")["qualifiers_clause"]):
        parts.append("预计")
    parts += [p for p in (q.before, q.approx, q.after) if p]
    return "|".join(parts)


def extract(st: Structure, tokens: list[Token],
            years: tuple[int | None, int | None]) -> list[Figure]:
    """Build one Figure per figure token; ``years`` is (year reviewed, report year)."""
    text = st.text
    reviewed, report_year = years
    figures: list[Figure] = []
    previous: str | None = None
    current_sentence, previous_end = -1, -1
    previous_figure: Figure | None = None
    for tok in tokens:
        if tok.cls != "figure" or tok.quantity is None:
            continue
        q = tok.quantity
        if tok.sentence.index != current_sentence:
            previous, current_sentence, previous_end = None, tok.sentence.index, -1
            previous_figure = None
        # A clause never reaches back past the figure before it ("19件已化解18件").
        begin = max(tok.sentence.start, previous_end)
        pre = _clause_before(text, begin, q.start + len(q.before))
        pre_label = _clause_before(text, begin, q.start)
        measure, value = _measure(tok, pre)
        if previous_figure and not pre.strip("、，和及与 ") and q.unit == previous_figure.unit:
            # Distributive rule: "分别下降3.5%、2.9%" — the second figure shares the cue.
            measure = previous_figure.measure
            value = -q.value if previous_figure.value < 0 else q.value
        label = _label(text, tok, pre_label, previous)
        kind = _kind(st, tok, pre_label)
        previous, previous_end = label or previous, q.end
        figures.append(previous_figure := Figure(
            section=tok.sentence.section,
            kind=kind,
            year=reviewed if kind == "actual" else report_year,
            indicator=label,
            measure=measure,
            value=value,
            value_high=(-q.value_high if value < 0 else q.value_high)
            if q.value_high is not None else None,
            unit=q.unit,
            qualifier=_qualifier(text, tok, pre_label),
            sentence=tok.sentence.text,
            sentence_index=tok.sentence.index,
            quote=text[q.start:q.end],
            start=q.start,
            end=q.end,
        ))
    return figures
