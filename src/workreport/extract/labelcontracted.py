"""One figure for each part of a contracted pair (issue 13, round 83, x5).

Class of error ('other thing', borderline, the development draws 9018, 9025 and 9027): one
figure after 均, 各 or 双 (each) is every subject's, and ``labeleach.each_of`` splits it over a
list of subjects (甲、乙均…); but a label that names its two subjects in one contracted word,
with no 、 or 和 between them, stayed one row reading as the two together: "金融机构本外币存贷款
余额均突破6万亿元" gave 金融机构本外币存贷款余额 (each balance passed 6万亿, not their sum),
"存款贷款余额总量双超万亿元" 存款贷款余额总量, "获批省市级乡村振兴示范区各1个"
获批省市级乡村振兴示范区 (one of each level, not one in all).

Rule (``contracted_parts``, asked by ``labeleach.each_of`` for a one-subject label after such a
marker): the parts a 分别 clause would hand out of the same word (``labeldistribute.distribute``:
城乡 → 城镇, 农村; 存贷款 → 存款, 贷款; 产销量 → 产量, 销量), else those of a contracted word of
``cues.contracted_pairs`` (省市级 → 省级, 市级; 存款贷款 → 存款, 贷款), one label each, the rest of
the label kept around it: 金融机构本外币存款余额, 金融机构本外币贷款余额.

Exceptions: a label with no such word (各行政村收入 stays one row), a word that is one thing
itself (进出口总额: ``labeldistribute`` keeps it whole), and the 均 of 人均 or 年均 (no marker:
``cues.shared_figure_not_after``). Round 83 review, q3: a contracted word of
``cues.contracted_pairs`` must be whole words of jieba's ("城市县城污水处理率均达到95%" holds no
市县: it gave 城市城污水处理率, 城县城污水处理率), and a label holding a word of
``cues.contracted_whole_words`` names one thing of both parts and stays whole (城乡供水一体化项目,
城乡居民医保参保率: one merged scheme, not 城镇居民医保 and 农村居民医保).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labeldistribute import distribute
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import word_edges
from workreport.extract.numbers import vocab
from workreport.vocab import alternation

__all__ = ["contracted_parts"]


@cache
def _contracted() -> re.Pattern[str]:
    """A contracted word of ``cues.contracted_pairs``, longest first."""
    return re.compile(alternation(list(vocab("cues")["contracted_pairs"])))


def _whole_words(name: str, start: int, end: int) -> bool:
    """Whether ``name[start:end]`` starts and ends where jieba's words do: 省市级 in
    "获批省市级示范区", not 市县 in "城市县城" (round 83 review, q3)."""
    edges = word_edges(name)
    return start in edges and end in edges


def contracted_parts(name: str) -> list[str] | None:
    """The labels of the parts ``name`` names in one contracted word, or None (see the
    module's docstring): "获批省市级示范区" → 获批省级示范区, 获批市级示范区."""
    if re.search(r"[、和与及]", name) \
            or any(w in name for w in cue_words("contracted_whole_words")):
        return None  # 城乡供水一体化项目, 城乡居民医保参保率: one thing (round 83 review, q3)
    if parts := distribute(name, 2):
        return parts
    found = list(_contracted().finditer(name))
    if len(found) != 1 or not _whole_words(name, found[0].start(), found[0].end()):
        return None
    m = found[0]
    return [name[:m.start()] + p + name[m.end():]
            for p in vocab("cues")["contracted_pairs"][m.group(0)]]
