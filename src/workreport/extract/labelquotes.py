"""Names in quotation marks inside the words after a number (issue 13, round 40, ra40; the
development draws' "fragment": a label cut inside a quoted name, "合作社入选省“定制药园”" →
合作社入选省“, then 合作社入选省). ``labelwords.noun_phrase`` makes no cut inside one.
"""

from __future__ import annotations

from typing import Any

from workreport.vocab import load as vocab

__all__ = ["open_quote_cut", "quoted_names"]


def open_quote_cut(label: str) -> str:
    """``label`` cut before a quotation left open in it (a clause break cut it: "开展“百日
    攻坚" → 开展), but a quotation never closed whose words name the things counted, ending
    in a noun of ``cues.generic_counted_nouns``, loses only its mark (round 54, s54b, from the
    draws' labels ending in a modifier: "培育国家级专精特新“小巨人企业414家" gave 培育国家级
    专精特新; now 培育国家级专精特新小巨人企业). ``label`` as it is when no quotation is open."""
    if label.count("“") <= label.count("”"):
        return label
    at = label.rindex("“")
    inner = label[at + 1:]
    nouns = tuple(vocab("cues")["generic_counted_nouns"])
    if len(inner) > 3 and inner.endswith(nouns) and not inner.startswith(nouns):
        return label[:at] + inner
    return label[:at]


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
