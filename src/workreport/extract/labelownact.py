"""The act written after the counted noun is the count's (issue 13; round 60, r60a: the
development draws' "action verb dropped" and "scope lost").

"加快26个省、市重点项目建设" labelled its count 省、市重点项目 (the object stopped before
建设), "完成12个老旧小区和3个城中村的改造" gave 3个 the bare 城中村 and "…和24座水毁桥梁的修复
重建" kept 水毁桥梁的修复重建: the act done to the counted things, written after them at the
clause's end, is what picks out the things a count counts, as the gold files keep it
(省、市重点项目建设). So a count (a level, no money) whose label is the noun written right
after its number, when the rest of its clause is that act alone (a 的 before it allowed), takes
the act: 省、市重点项目建设, 城中村改造, 问题整改落实; a label that is the noun, 的 and the
act whole loses the 的 (水毁桥梁修复重建). The act is one of ``cues.noun_act_tails``,
``cues.list_end_acts`` or ``cues.count_act_tails`` (longest first). Not when other words stand
between the noun and the act ("…的建设进度", "健身设施配备"), nor when the label is other
than the noun as written (a verb put in front, 建成投产项目; a name list): then the label is
left as it was. Runs before ``labeltailact.tail_acts``, so an earlier item of a list then
takes the act its last item shows.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Any

from workreport.extract.labelclause import CLAUSE_END
from workreport.extract.numbers import vocab

__all__ = ["count_acts", "own_acts"]

_MARKS = re.compile(r"〔\d+〕|［\d+］|\[\d+\]|【\d+】")


@cache
def count_acts() -> tuple[str, ...]:
    """The acts a count may take after its noun (``cues.noun_act_tails``,
    ``cues.list_end_acts``, ``cues.count_act_tails``), once each, longest first, read once:
    修复重建 before 重建 (round 60, r60a; also ``labeltailact._acts``)."""
    cues = vocab("cues")
    return tuple(sorted(set(cues["noun_act_tails"] + cues["list_end_acts"]
                            + cues["count_act_tails"]), key=len, reverse=True))


def _with_act(name: str, tail: str) -> str:
    """``name`` with the act that ends ``tail`` (the clause after the number) when ``tail`` is
    a noun ``name`` ends with (a scope before the number kept: 某市市级重点项目), an optional
    的 and the act; when ``name`` ends with ``tail`` whole ("水毁桥梁的修复重建"), the 的 goes;
    ``name`` otherwise."""
    act = next((a for a in count_acts() if tail.endswith(a)), "")
    noun = tail[:len(tail) - len(act)].removesuffix("的") if act else ""
    if len(noun) < 2 or "的" in noun or re.search(r"[\d和及与]", noun):  # no later count
        return name
    if name.endswith(tail) and tail != noun + act:  # "…水毁桥梁的修复重建": the 的 goes
        return name[:len(name) - len(tail)] + noun + act
    if not name.endswith(noun) or act in name:  # not "改造提升的民居", "建设项目": put in front
        return name
    return name + act


def own_acts(figures: list[Any], text: str) -> list[Any]:
    """``figures`` with a count's label given the act written after its noun (module
    docstring): levels only, no amounts of money."""
    out = []
    for k, f in enumerate(figures):
        if f.measure == "level" and not f.unit.endswith("元"):
            # "45条80公里水毁村道的修复": a size written right after the count is skipped
            end = figures[k + 1].end if k + 1 < len(figures) and figures[k + 1].start == f.end \
                else f.end
            tail = _MARKS.sub("", CLAUSE_END.split(text[end:], maxsplit=1)[0])
            if (named := _with_act(f.indicator, tail)) != f.indicator:
                f = replace(f, indicator=named)
        out.append(f)
    return out
