"""Names in quotation marks inside the words after a number (issue 13, round 40, ra40; the
development draws' "fragment": a label cut inside a quoted name, "合作社入选省“定制药园”" →
合作社入选省“, then 合作社入选省). ``labelwords.noun_phrase`` makes no cut inside one.
"""

from __future__ import annotations

from typing import Any

__all__ = ["quoted_names"]


def quoted_names(pieces: tuple[Any, ...]) -> frozenset[int]:
    """The indices of ``pieces`` inside a quotation that names something: more than one
    word ("“定制药园”", "“高效办成一件事”") or a noun; a verb quoted alone is a figure of
    speech the phrase may end before ("群星演唱会“点燃”激情盛夏" → 群星演唱会)."""
    out: set[int] = set()
    start = -1
    for i, piece in enumerate(pieces):
        if piece.word == "“":
            start = i
        elif piece.word == "”" and start >= 0:
            inner = range(start + 1, i)
            if len(inner) > 1 or (inner and pieces[start + 1].flag[:1] == "n"):
                out.update(inner)
            start = -1
    return frozenset(out)
