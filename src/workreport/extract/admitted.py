"""Indicators a report says in words fell short of the year's plan (tester 72, D2).

The State Council's report of 2016 gives no figure for 2015's foreign trade; it says
"去年我国进出口总额出现下降，预期增长目标未能实现" (trade fell; the growth target was not
met). A target paired with no figure of the next report was "unclear" there; the next
report's own words judge it. A sentence admits a shortfall when it holds a cue of
``vocab/cues.yml`` ``shortfall_cues`` (未能实现, 未完成, 较年初计划 …); the indicators it
admits are those the sentence names before the cue, in the cue's clause or the clause
before it (``codes.codes_named_in``: 进出口总额 names foreign_trade), or in a list the
cue's clause closes ("…公共财政预算收入、社会消费品零售总额…等几个指标，较年初计划存在不同程度的
差距", Yuzhong 2014).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from workreport.extract.codes import codes_named_in
from workreport.vocab import load

__all__ = ["admission", "admitted_codes"]

_CLAUSES = re.compile(r"[，,；;：:]")
_SENTENCES = re.compile(r"(?<=[。！？])")


def admission(sentence: str) -> tuple[str, list[tuple[str, str]]]:
    """The words of one sentence that admit a shortfall, from the clause naming indicators
    to the cue's ("进出口总额出现下降，预期增长目标未能实现"), and the (label, code) pairs it
    names (``codes.codes_named_in``): the cue's own clause, else the one before it. ("", [])
    for a sentence with no cue or none named."""
    cues = load("cues")["shortfall_cues"]
    at = min((i for i in (sentence.find(c) for c in cues) if i >= 0), default=-1)
    if at < 0 or any(w in sentence[:at] for w in load("cues")["shortfall_not_after"]):
        return "", []  # a resolve or a condition: 决不能让…未能实现 (re-test 72, N7)
    before = _CLAUSES.split(sentence[:at])
    cue_end = _CLAUSES.search(sentence, at)
    said = sentence[:cue_end.start() if cue_end else len(sentence)].rstrip("。！？")
    for n in (1, 2):
        if len(before) >= n and (named := codes_named_in(before[-n])):
            return "，".join(before[-n:]).strip() + said[at:], named
    return "", []


def admitted_codes(sentences: Iterable[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """``(report_id, indicator_code)`` → the words that admit it fell short (``admission``),
    from the sentences ``(report_id, text)`` of reports; the first admission of a code in a
    report is kept. Raises nothing; a text without a cue gives nothing."""
    out: dict[tuple[str, str], str] = {}
    for rid, text in sentences:
        for sentence in _SENTENCES.split(str(text or "")):
            words, named = admission(sentence)
            for _, code in named:
                out.setdefault((rid, code), words)
    return out
