"""Cue words peeled off one end of a label (issue 13 §2; ``labelclean`` and most label
rules use it): the longest cue word that opens or ends the label, again and again
(``strip_words``), found by string tests on the words indexed by their end character,
so no pattern is searched along a label (a speed fix of 3 December 2026: the regex
search of ``affix_re`` was the costliest step of labelling).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelwords import ending_word, leading_word, tags, words_by_end
from workreport.extract.nonfigures import alternation
from workreport.extract.numbers import vocab

__all__ = ["adverb_left", "affix_re", "one_character", "peel", "segments", "strip_words"]


@cache
def affix_re(words: tuple[str, ...], leading: bool) -> re.Pattern[str]:
    """A pattern for one of ``words`` at the start (``leading``) or end of a label."""
    alt = alternation(words)
    if not leading:
        return re.compile(rf"(?:{alt})$")
    # A leading word is kept where it starts a longer word: 全区性会议, 要素市场, 再生资源.
    keep = alternation(vocab("cues")["label_leading_keep"])
    return re.compile(rf"^(?!{keep})(?:{alt})(?=.)")


def _word_at(label: str, ends: dict[str, tuple[str, ...]], leading: bool,
             shorter: bool = False) -> str:
    """The longest word of ``ends`` (``words_by_end``) opening (``leading``) or ending ``label``;
    with ``shorter``, only one that leaves a character (not a line break) after it."""
    if leading:
        return next((w for w in ends.get(label[:1], ()) if label.startswith(w) and (
            not shorter or (len(label) > len(w) and label[len(w)] != "\n"))), "")
    return next((w for w in ends.get(label[-1:], ()) if label.endswith(w)), "")


def class_mark(rest: str) -> bool:
    """Does ``rest`` (what follows a leading verb) open with 类 naming the verb's class
    (实施类项目, round 84 x5), not a word of ``cues.class_mark_not`` (类似, 类脑: round 84
    review q3)?"""
    return rest.startswith("类") and not rest.startswith(tuple(vocab("cues")["class_mark_not"]))


def strip_words(label: str, words: list[str] | tuple[str, ...], *, leading: bool) -> str:
    """Peel cue words off one end of a label, longest first, until none is left. A leading
    word is kept where a word of ``cues.label_leading_keep`` opens the label (全区性会议) and
    never taken whole, nor where 类 follows it (a class it names: 实施类省级重点项目, round 84,
    x5), unless a word of ``cues.label_leading_keep_not`` opens it (共建成道路: session 62, f2);
    a trailing word where it ends a longer word of
    ``cues.label_trailing_keep`` (签约, 人均, 惠及). String tests on words indexed by their
    end character: what ``affix_re``'s pattern finds, without scanning the label."""
    ends = words_by_end(tuple(words), leading)
    if leading:
        keep = words_by_end(tuple(vocab("cues")["label_leading_keep"]), True)
        not_kept = tuple(vocab("cues")["label_leading_keep_not"])  # 共建成 (session 62, f2)
        while label and (not _word_at(label, keep, True) or label.startswith(not_kept)):
            w = _word_at(label, ends, True, shorter=True)
            if not w or class_mark(label[len(w):]):
                break  # a class the word names: 实施类项目 (round 84, x5), not 类似
            label = label[len(w):]
        return label
    kept = tuple(vocab("cues")["label_trailing_keep"])
    while label:
        body = label.removesuffix("\n")  # the pattern's $ matches before a final line break
        if not (w := _word_at(body, ends, False)):
            break
        if any(label.endswith(k) and len(w) < len(k) for k in kept):
            break  # the word ends a longer one: 签约, 人均, 惠及
        label = body[: len(body) - len(w)]
    return label


@cache
def one_character(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words of one character among ``words`` (``labelclean.strip_leading``)."""
    return tuple(w for w in words if len(w) == 1)


def adverb_left(label: str) -> str:
    """``label`` without an adverb of manner left at its end once the verb after it is cut
    (round 50, s50a: "整体提升100所学校" gave 整体学校, 提升 cut as a trailing verb): a word
    of jieba's of two characters or more of ``cues.object_predicate_adverbs`` (整体, 全面);
    "" when the label was only it; ``label`` as it is otherwise ("…项目全面" → …项目)."""
    pieces = tags(label)
    if pieces and len(w := pieces[-1].word) > 1 and w in vocab("cues")["object_predicate_adverbs"]:
        return label[: len(label) - len(w)]
    return label


def peel(text: str, words: list[str] | tuple[str, ...], *, leading: bool = True,
         whole: bool = True) -> str:
    """``text`` with the longest of ``words`` that opens it (``leading``) or ends it cut off,
    again and again until none is left; with ``whole`` False a word that is all of what is
    left stays ("…工程全面完工" loses 全面 but a lone 全面 is kept). Plain, unlike
    ``strip_words``: no cue list of kept words. The one loop of the label rules that peel
    scope words, fillers or adverbs off a clause (``labelreach``, ``labeldebris``,
    ``labelheld``, ``labelsources``)."""
    find = leading_word if leading else ending_word
    while (w := find(text, words)) and (whole or len(text) > len(w)):
        text = text[len(w):] if leading else text[:-len(w)]
    return text


def segments(text: str, words: list[str] | tuple[str, ...]) -> list[str] | None:
    """``text`` cut into words of ``words``, the longest at each place from the start
    ("改善提升" → ["改善", "提升"]), or None when some piece is none of them: whether a label
    or a gap is wholly made of listed words (``labelfieldopen``, ``labeltailact``)."""
    out: list[str] = []
    while text:
        if not (w := leading_word(text, words)):
            return None
        out.append(w)
        text = text[len(w):]
    return out
