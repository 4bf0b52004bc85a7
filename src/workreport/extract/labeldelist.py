"""Counts listed each after its own 的-phrase (issue 13; round 76, x5; a pass of
``labelpasses.AFTER``).

Class of error: in "实现一重产业覆盖的15个村、两重产业覆盖的70个村、三重产业覆盖的90个村" each
count has its own qualifying clause ending in 的 before its number, but the noun after a number
ran on through 、 into the next item's clause (村、两重产业覆盖, 'junk'), and a later item kept a
piece of its clause (覆盖村, 'fragment'): 有集体收入的80个村、无集体收入的20个村 gave
有集体收入的村、无集体收入 and 村、无集体收入.

Rule: when the count's item (the words of its clause after the last 、, or the clause when it is
the first item) ends in 的 (maybe with 达到 after it: "…覆盖的达到了108个村") and the list goes
on or began with another such item (a 、 then words, 的 and a number after the noun, or before
the item), the label is the item's 的-phrase
(leading fillers gone: 实现) and the noun after the number up to the next break:
一重产业覆盖的村, 两重产业覆盖的村. Only a label that is broken so: one holding 、, or the noun
after a piece of the item's phrase (覆盖村); a label of the list's opening verb and the noun
alone takes the phrase between them ("建成省级标准的12所学校、市级标准的20所学校": 建成学校 →
建成市级标准的学校). An item with no 的 before its number, or a label naming the phrase whole
(建成省级标准的学校), stays; so does a label whose words before the noun run into the first
item's 的-phrase (round 76 review, q2: "建成农村的2000个户厕、城区的50座公厕" gave 建成农村城区的
公厕 for the 50; 建成农村公厕 as before, the list's verb not cut from the first item's place).
"""

from __future__ import annotations

import re

from workreport.extract.labelaffix import strip_words
from workreport.extract.labelvocab import cue_words

__all__ = ["de_listed"]

_NOUN = re.compile(r"([\u4e00-\u9fff“”]{1,8}?)(?=[、，。；,;]|$)")
_NEXT = re.compile(r"、[\u4e00-\u9fff“”]{1,12}的\d")
_REACHED = re.compile(r"的(?:达到了|达到|达)$")
_EARLIER = re.compile(r"的\d[\d.]*[万]?[余多]?[\u4e00-\u9fff“”]{1,10}、$")


def de_listed(name: str, before: str, rest: str, dimension: str) -> str:
    """``name``, or the label of a count listed after its own 的-phrase (module)."""
    if dimension == "money" or not name:
        return name
    clause = re.split(r"[，。；：,;:]", before)[-1]
    *earlier, item = clause.split("、")
    head = clause[: len(clause) - len(item)]
    m = _NOUN.match(rest)
    item = _REACHED.sub("的", item)  # "四重及以上产业覆盖的达到了108个村"
    if not item.endswith("的") or len(item) < 3 or not m:
        return name
    noun = m.group(1)
    after = rest[m.end():]
    if not (_NEXT.match(after) or (earlier and _EARLIER.search(head))):
        return name
    phrase = strip_words(item, cue_words("label_leading"), leading=True)
    if len(phrase) < 3:
        return name
    piece = name.removesuffix(noun)
    broken = "、" in name or (piece != name and piece and phrase[:-1].endswith(piece)
                              and piece != phrase[:-1])
    if not broken and earlier and piece and piece != name and earlier[0].startswith(piece) \
            and phrase not in name and not earlier[0][len(piece):].startswith("的"):
        return piece + phrase + noun  # the verb the list opens with: "建成…、市级标准的20所学校"
    return phrase + noun if broken else name
