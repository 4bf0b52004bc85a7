"""Counts listed each with its own word before its number, sharing the noun after the last
(issue 13, round 45, s45e; the development draws' "fragment": "农业局下属2家、交通局下属1家…
国有集体企业改制" was labelled 农业局下属, a word with no noun).

In "W1 N1 C、W2 N2 C、… Wk Nk C NOUN" each item but the last ends at its classifier: its
word (a place, an owner, a level) says which of the NOUN it counts, and NOUN, after the last
number, is every item's. So every item is labelled its word plus the noun, the verb that
opens the list kept on each (``cues.list_shared_verbs``: 新建 …):

- "新建城区3所、农村5所中小学校" → 新建城区中小学校, 新建农村中小学校;
- "完成北邓村3000亩、温仁4000亩基本农田整理项目" → 北邓村基本农田整理项目, 温仁基本农田整理项目;
- "稳步推进农业局下属2家、交通局下属1家企业改制" → 农业局下属企业改制, 交通局下属企业改制.

Not the items with the word after the number ("开通7条城区、9条城乡新能源公交线路"): there
jieba cannot tell a modifier (城区) from a noun of its own (7个公园、9个广场), so they stay.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from workreport.extract.labelwords import leading_word
from workreport.extract.numbers import vocab

__all__ = ["headless_items"]

# The text between two items: a 、, then the next item's own word (no digit, no break).
_BETWEEN = re.compile(r"、([\u4e00-\u9fff]{1,8})")


def _runs(figures: list[Any], text: str) -> list[list[int]]:
    """Runs of two or more figures of one sentence and unit, each after the one before with
    only 、 and a word between them."""
    runs: list[list[int]] = []
    for i in range(1, len(figures)):
        a, b = figures[i - 1], figures[i]
        if a.sentence_index != b.sentence_index or a.unit != b.unit \
                or not _BETWEEN.fullmatch(text[a.end:b.start]):
            continue
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i - 1, i])
    return runs


def headless_items(figures: list[Any], text: str) -> list[Any]:
    """``figures`` with each run of items "W N C、… W N C NOUN" labelled word plus noun, the
    list's opening verb of ``cues.list_shared_verbs`` on each (module docstring). A run
    changes only when its first label is the text right before its number (the verb kept
    or not), every middle label is its word (after that verb), and the last label, without
    the verb and its word, is a noun of two or more characters that follows its number."""
    out = list(figures)
    verbs = vocab("cues")["list_shared_verbs"]
    for run in _runs(figures, text):
        first, last = figures[run[0]], figures[run[-1]]
        words = [_BETWEEN.fullmatch(text[figures[i - 1].end:figures[i].start]).group(1)
                 for i in run[1:]]
        opening = re.split(r"[，,；;。：:、（(]", text[:first.start])[-1]
        if not first.indicator or not opening.endswith(first.indicator):
            continue
        verb = leading_word(first.indicator, verbs)
        own = first.indicator[len(verb):]
        if not own or any(figures[i].indicator not in (w, verb + w)
                          for i, w in zip(run[1:-1], words[:-1], strict=True)):
            continue
        noun = last.indicator.removeprefix(verb).removeprefix(words[-1])
        after = text[last.end:last.end + len(noun) + 4]
        if len(noun) < 2 or not after.startswith(noun[:2]) or noun[0] in "等的":
            continue
        for i, w in zip(run, [own, *words], strict=True):
            out[i] = replace(figures[i], indicator=verb + w + noun)
    return out
