"""A shared head over a 和/、 list, handed out whole (issue 13, round 45, s45g; the
development draws' "fragment" and "other thing": 建设用地和农用地安全利用率 → 建设用地利用率,
单位国内生产总值用水量、能耗、二氧化碳排放量 → 能耗排放量).

``labeldistribute`` gives the earlier parts of a list the measure ending the last part, from
its first word of ``cues.distributive_tails`` on. Two forms went wrong:

- the last part opens with a word parallel to the earlier parts (its last two characters
  theirs: 建设用地 and 农用地, 城镇居民 and 农村居民), and a modifier stands between that word
  and the measure: the head is all that follows the parallel word ("建设用地和农用地安全
  利用率" → 建设用地安全利用率, not 建设用地利用率; ``parallel_start``);
- an earlier part that names a measure of its own (能耗, 用水量:
  ``names_measure``) takes no other measure ("…能耗、二氧化碳排放量" → 能耗, not 能耗排放量;
  ``own_measure``).

The places a first part opens with (``measured_places``, round 32) and whether a part names
a measure of its own (``names_measure``) moved here from ``labeldistribute``, to keep it
under 400 lines and the two modules out of an import cycle.
"""

from __future__ import annotations

import re

from workreport.extract.labelvocab import measure_ends
from workreport.extract.labelwords import tags
from workreport.extract.nonfigures import alternation
from workreport.extract.numbers import vocab

__all__ = ["measured_places", "names_measure", "own_measure", "parallel_start"]


def parallel_start(items: list[str], start: int) -> int:
    """Where the head the earlier ``items`` share starts in the last item, its measure found
    at ``start``: right after the last item's opening word when that word ends in the last
    two characters every earlier item ends in and a modifier of one to four characters
    stands between it and ``start`` (round 45, s45g: "农用地安全利用率" after 建设用地 →
    安全利用率); ``start`` otherwise."""
    last, ending = items[-1], items[0][-2:]
    if len(ending) < 2 or not all(i.endswith(ending) and len(i) > 2 for i in items[:-1]):
        return start
    at = last.find(ending, 1)
    end = at + 2
    if at < 1 or not 1 <= start - end <= 4 or last.find(ending, end) != -1:
        return start
    pos, starts = 0, set()
    for piece in tags(last):  # the parallel word must end where one of jieba's words does
        pos += len(piece.word)
        starts.add(pos)
    return end if end in starts else start


def names_measure(item: str) -> bool:
    """Whether a part ends with a measure of its own (覆盖率, 用水量, 亩均税收, 能耗): a
    word of ``cues.distributive_tails`` or an ending of ``cues.measure_ends``,
    ``cues.measure_ends_distribute`` (件次, 人次) or 量."""
    return item.endswith((*measure_ends("distribute"), "量", "税收", "能耗", "花费",
                          *vocab("cues")["distributive_tails"]))


def own_measure(item: str, measure: str) -> str:
    """``item`` with ``measure`` after it, unless it names a measure of its own (round 45,
    s45g: "能耗" in a list ending in 二氧化碳排放量 stays 能耗, "空气质量综合指数和PM2.5、PM10
    浓度" → 空气质量综合指数): not a substance's 量 (化学需氧量 takes 排放量), nor before a
    share, which may be any measure's (装机容量占比)."""
    own = names_measure(item) and not item.endswith("量") \
        and not measure.endswith(("率", "占比", "比重", "比例"))
    return item if own else item + measure


def measured_places(first: str) -> str:
    """The places a first part opens with (``cues.distributive_places``), after a size
    (30户以上, 20户及以上) or a place word (``cues.subset_part_words``: 山区), something
    following; "" otherwise (Round 32, rw)."""
    cues = vocab("cues")
    size = rf"(?:\d+户(?:及)?以上|{alternation(cues['subset_part_words'])})?"
    m = re.match(rf"{size}(?:{alternation(cues['distributive_places'])})(?=..)", first)
    return m.group(0) if m else ""
