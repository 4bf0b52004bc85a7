"""A modal verb left at a label's end goes (issue 13 §2; session 69, tester of session 69).

The class of error: a number whose label is read from the words after it kept the modal verb
that opens the clause's predicate: "7%左右的速度可以实现比较充分的就业" gave the label 速度可以 (a
label ending in "can"). A modal says what the thing counted can, may or must do, never what is
counted or measured.

The rule (``modal_cut``, a pass of ``labelpasses.AFTER``): a label ending in a modal verb of
``cues.label_modal_tails`` (可以, 能够, 应当, 应该, 必须, 可, 应; not a lone 能, which ends pieces
jieba cuts from a word, 抽水蓄|能) that jieba writes as a word of its own loses it, as often as
one ends it ("达产后年产值可达30亿元" → 达产后年产值); 认可, 供应 and 效应 are words of jieba's
and stay. A label that is nothing but
modals is returned as it is (no label is emptied here).
"""

from __future__ import annotations

from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags

__all__ = ["modal_cut"]


def modal_cut(name: str, before: str = "", rest: str = "", dimension: str = "") -> str:
    """``name`` without the modal verbs ending it (see the module): "速度可以" → "速度";
    "企业能够" → "企业"; "抽水蓄能", "产能" unchanged. ``before``, ``rest`` and ``dimension`` are
    the pass's other arguments (unused)."""
    modals = cue_words("label_modal_tails")
    out = name
    while out and (last := tags(out)[-1].word) in modals and len(last) < len(out):
        out = out[:-len(last)]
    return out
