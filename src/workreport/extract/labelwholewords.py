"""A label made whole by the words of its sentence (issue 13 §2, round 9, B2; split from
``labelclean`` in round 76, tidy; the one hook in ``naming``: ``whole_words``).

A label that opens inside a word of its sentence takes the whole word back or drops it
(``word_start``: 度脱贫退出 of "2020年度脱贫退出" → 年度脱贫退出); a label that ends in 和/及/与
and the first characters of a second item names half of two things (``list_item``); a label
that ends in a scope with a noun after the figure is that noun's scope (``scoped_noun``: "承担
全市20件民心工程" → 全市民心工程); the counted noun after a figure, cleaned (``noun_after``).
Words: ``vocab/cues.yml`` (word_start_drop_tags, word_start_units, scope_words, …).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import wraps

from workreport.extract.labelclean import clean
from workreport.extract.labelheld import said_of
from workreport.extract.labelselected import qualified
from workreport.extract.labeltails import headed
from workreport.extract.labelwords import block_around, noun_phrase, tags
from workreport.extract.numbers import Token, vocab

__all__ = ["list_item", "noun_after", "scoped_noun", "whole_words", "word_start"]


def word_start(label: str, sentence: str, at: int, after: int = -1) -> str:
    """``label`` whole at its start by jieba's words of ``sentence`` (the figure spans
    ``at``..``after`` of it): a label that opens inside a word of the sentence, with a
    character of its own as jieba cuts the label alone, is a fragment (issue 13, round 9:
    度脱贫退出 of "2020年度脱贫退出", 体工商户 of "900多万个体工商户", 旧换新 of "以旧换新").
    It takes the whole word back ("年度脱贫退出", "个体工商户"), but a time, locality, grade
    or numeral word (jieba's ``t``, ``f``, ``b``, ``m``, ``q``: 去年末, 以来, 万吨级;
    ``cues.word_start_drop_tags``) goes whole: "末居民储蓄存款余额" → 居民储蓄存款余额; and a
    counting unit after a number that jieba glued to the noun is not taken ("4家小贷公司":
    家小, ``cues.word_start_units``). The label's start is found where its longest opening
    that the sentence holds stands nearest the figure; the noun after the figure inside a
    label ("破解区遗留问题" of "破解721片区遗留问题") is mended the same way. A label not in
    the sentence, or opening at a word, is returned as it is."""
    head = next((label[:k] for k in range(len(label), 1, -1) if label[:k] in sentence), "")
    if head and len(tags(label)[0].word) == 1:
        starts, s = [], sentence.find(head)
        while s >= 0:
            starts.append(s)
            s = sentence.find(head, s + len(head))
        start = min(starts, key=lambda s: abs(at - s - len(head)) if s < at else s - at)
        return _mended(label, sentence, start, len(head))
    rest = sentence[after:]
    noun = next((rest[:k] for k in range(len(rest), 1, -1) if rest[:k] in label), "") \
        if after > 0 else ""
    at_noun = label.rfind(noun) if noun else -1
    if at_noun > 0 and len(tags(noun)[0].word) == 1:
        return label[:at_noun] + _mended(label[at_noun:], sentence, after, len(noun))
    return label


def _mended(label: str, sentence: str, start: int, held: int) -> str:
    """``label``, standing at ``start`` of ``sentence`` for ``held`` characters, with the
    word of jieba's it opens inside taken back or dropped whole (``word_start``). Only the
    block of jieba's around ``start`` is tagged: its words are the sentence's there."""
    pos, end_of_block = block_around(sentence, start)
    for t in tags(sentence[pos:end_of_block]):
        end = pos + len(t.word)
        if pos < start < end and not re.search(r"[\d\s，。；、,;]", t.word):
            if t.flag in vocab("cues")["word_start_drop_tags"] or t.word.endswith("级"):
                rest = clean(label[end - start:])  # "以来共发放…": 共 leads now
                return rest if len(rest) > 1 and end - start < held else label
            glued = sentence[pos:start] in vocab("cues")["word_start_units"] \
                and re.match(r"[\d多余万亿千百十]", sentence[pos - 1:pos])
            return label if glued else sentence[pos:start] + label
        if end > start:
            break
        pos = end
    return label


def whole_words(label: Callable[[str, Token, str, str | None], str]
                ) -> Callable[[str, Token, str, str | None], str]:
    """``naming.label`` with ``word_start`` applied to what it returns, by the sentence of
    the figure (the one hook in ``naming``)."""
    @wraps(label)
    def whole(text: str, tok: Token, pre: str, previous: str | None) -> str:
        name = label(text, tok, pre, previous)
        q, begin = tok.quantity, tok.sentence.start
        assert q is not None
        name = word_start(name, text[begin:tok.sentence.end], q.start - begin,
                          q.end - begin) if name else name
        name = list_item(name, text[begin:tok.sentence.end], q.start - begin, q.end - begin)
        name = scoped_noun(name, text[q.end:tok.sentence.end], q.unit)
        name = headed(name, text[q.end:tok.sentence.end])
        name = qualified(name, text[begin:q.start], text[q.end:tok.sentence.end])
        return said_of(name, text[q.end:tok.sentence.end], text[begin:q.start], q.unit)
    return whole


def noun_after(rest: str) -> str:
    """The counted noun at the start of ``rest`` (the sentence after a figure), to its
    clause's end or the next number, cleaned: "件民生实事全部完成" → 民生实事 after its unit
    has been cut by the caller."""
    clause = re.split(r"[，。；;,：:、（）()\d]|[和及与](?=[^，。；\d的]{0,3}\d)", rest)[0]
    cues, out = vocab("cues"), []
    for piece in tags(clean(clause)) if clause and not rest.startswith("的") else ():
        # To the first verb after a noun: "…企业保持密切联系", "…村卫生室通过验收".
        if out and (piece.flag[:1] in ("v", "p") or piece.word in cues["object_predicates"]):
            break
        out.append(piece.word)
    return clean(noun_phrase("".join(out)))


def _opens_word(sentence: str, at: int) -> bool:
    """Whether a word of jieba's opens at ``at`` of ``sentence`` (和 of "工程和县定", jieba's
    和县; not of 总和, 参与)."""
    pos = 0
    for t in tags(sentence):
        if pos >= at:
            return pos == at
        pos += len(t.word)
    return False


_CONJ_TAIL = re.compile(r"(?<=[\u4e00-\u9fff）”])[和及与][\u4e00-\u9fff]{1,3}$")


def list_item(name: str, sentence: str, at: int, after: int) -> str:
    """A label that ends in 和/及/与 and the first characters of a second item, a number
    right after them, names half of two things (round 9, B2, fragments at the end). Those
    characters after this figure open the next item: "2所中心卫生院和下辖33所村卫生室" →
    中心卫生院. Standing just before this figure, with the figure before ahead of the
    conjunction, they qualify the noun after this one: "市定32项民生实事和县定12件民生
    实事" → 县定民生实事. ``at``..``after`` is the figure's span in ``sentence``."""
    m = _CONJ_TAIL.search(name)
    nxt = re.match(rf"[^，。；：\d]*?({re.escape(m.group(0))}[^，。；：\d的]{{0,3}})\d",
                   sentence[after:]) if m else None
    if m and nxt and _opens_word(sentence, after + nxt.start(1)):
        return name[: m.start()]
    before = re.search(r"\d[^\d，。；：、]*?([和及与])([^\d，。；：、和及与]{1,4})$", sentence[:at])
    noun = noun_after(sentence[after:]) if before else ""
    if before and _opens_word(sentence, before.start(1)) and len(noun) > 1 \
            and before.group(1) + before.group(2)[0] in name:
        return before.group(2) + noun  # 县定 whole, though 定 alone is a trailing cue
    return name


def scoped_noun(name: str, rest: str, unit: str) -> str:
    """A label that ends in a scope (``cues.scope_words``: 全市, 全国, 我县 …) with a noun
    after the figure is that noun's scope, not a thing (round 9, B2): "承担全市20件民心
    工程" → 全市民心工程, "使全县923名失业人员…" → 全县失业人员. Not for shares, whose
    scope names the whole ("高于全国12.4个百分点"); ``rest`` is the sentence after the
    figure. Any other ``name`` is returned as it is."""
    scope = next((w for w in vocab("cues")["scope_words"] if name.endswith(w)), "")
    noun = noun_after(rest) if scope and unit != "%" and "百分点" not in unit \
        and not (rest.startswith(name[:2]) and name != scope) else ""
    if len(noun) > 1 and not name.endswith(noun):  # not "考察我省" of "3次考察我省"
        return noun if noun.startswith(scope) else scope + noun
    return name
