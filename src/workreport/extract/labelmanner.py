"""A phrase of manner before the act in a label (round 80, x8; a pass of ``labelpasses``).

Class of error ('leading filler', draw 9024): an adverbial phrase that says HOW an act was done
(a four-character idiom of method or pace, a method in -化, a one-plan-each slogan) stood in the
label before the verb it qualifies: "因地制宜优化撤并小规模学校4303所" → 因地制宜优化撤并小规模
学校, "清单化项目化改造燃气管网650公里", "“一企一策”推动7户市属国有融资平台退出", "争分夺秒
转移安置群众2745人", as 组织 and 滚动推进 go wherever they stand before the act
(bench/label_judging.md, round 21).

Rule: a run of manner phrases (``cues.act_manner_phrases``, and a quoted or bare slogan 一X一策
/ 一X一案 / 一X一档) right before a verb (jieba's v, or a word of ``cues.label_verbs`` or of
``cues.label_leading``), at the label's start or after its scope, goes; a filler verb or adverb
the phrase stood before (推动, 精准, ``cues.label_leading``) goes with it at the label's start.

Exceptions: a phrase after 等 or 通过 (then it is the noun of a means: "通过…等多渠道推介…"),
a phrase right after a verb (it and the verb after it are that verb's object: "纳入清单化管理的
政务服务事项", "实行常态化监测的河流"; a verb jieba holds in a longer
noun, "全面推行清单化管理事项", by its last two characters: round 80 review, q4),
a phrase ending the label or followed by no verb (a programme named: "“一村一策”方案"), and a
label whose remainder would be shorter than two characters.
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelclean import strip_leading
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags

__all__ = ["manner_dropped"]

_SLOGAN = r"[“\"]?一[^一“”，、]{1,2}一[策案档][”\"]?"


@cache
def _manner() -> re.Pattern[str]:
    """A run of manner phrases, longest first, and what precedes it."""
    words = sorted(cue_words("act_manner_phrases"), key=len, reverse=True)
    one = rf"(?:{'|'.join(map(re.escape, words))}|{_SLOGAN})"
    return re.compile(rf"{one}+")


def _verb_next(rest: str) -> bool:
    """``rest`` opens with a verb: jieba's v, or an act or filler of the cue lists."""
    first = next(iter(tags(rest)), None)
    if first is None:
        return False
    return (first.flag.startswith("v") or first.word in cue_words("label_verbs")
            or first.word in cue_words("label_leading"))


def _verb_end(head: str) -> bool:
    """``head`` ends in a verb: jieba's last word, or its last two characters alone (jieba
    holds 全面推行 as one noun: round 80 review, q4, "全面推行清单化管理事项" gave
    全面推行管理事项)."""
    last = tags(head[-2:])
    return tags(head)[-1].flag.startswith("v") or (len(last) == 1 and last[0].flag == "v")


def manner_dropped(name: str, before: str, rest: str, dimension: str) -> str:
    """``name`` without a manner phrase before its act, as the module says."""
    for m in _manner().finditer(name):
        head, tail = name[:m.start()], name[m.end():]
        if head.endswith(("等", "通过")) or len(tail) < 2 or not _verb_next(tail) \
                or (head and _verb_end(head)):
            continue
        if head:
            return head + tail
        left = strip_leading(tail, list(cue_words("label_leading")))
        return left if len(left) >= 2 else tail
    return name
