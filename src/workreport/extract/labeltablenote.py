"""The name of a project table's numbered note for a figure of it (round 12; used by
``labeltables.project_rows``).

*A numbered note*: an annex note "〔20〕仙人山景区：…。总投资1.49亿元，…" gives a bare
measure of a later sentence of the note its name too, when nothing counted comes before
it in that sentence (``note_head``; a note's first sentence is ``labelrates.note_owner``).
"""

from __future__ import annotations

import re

from workreport.extract.numbers import Token

__all__ = ["NOTE", "note_head"]


# An annex note's number and name before its colon: "〔20〕仙人山景区：" (also read by
# ``labelcapacityowner``).
NOTE = re.compile(r"\s*(?:〔\d+〕|\[\d+\]|［\d+］|【\d+】)([^，。；：:、\d（）()]{2,16})[：:]")


def note_head(text: str, tok: Token) -> str:
    """The name of the numbered note whose line holds the sentence of ``tok``, when nothing
    counted stands before the number in that sentence."""
    q = tok.quantity
    assert q is not None
    line_start = text.rfind("\n", 0, tok.sentence.start) + 1
    m = NOTE.match(text, line_start)
    # Nor after a count of the projects or firms in the thing: "…6个项目入驻。总投资…" is
    # theirs, not the park's.
    if not m or line_start == tok.sentence.start or re.search(
            r"\d", text[tok.sentence.start:q.start]) or re.search(
            r"\d[个家项][^，。；]{0,6}(?:项目|企业)", text[line_start:tok.sentence.start]):
        return ""
    return m.group(1)
