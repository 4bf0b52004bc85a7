"""What an approval reform cuts takes the procedure the clause before names (round 82, x2;
the development draws' "scope lost": the procedure named in an earlier clause and dropped
from the label).

The class of error: the materials, steps, time limits and trips (材料, 环节, 时限, 跑动次数:
``cues.streamline_measures``) an approval reform cuts are always a procedure's, and reports
name the procedure once, in the clause before the cut: "深化行政审批“三减一优”流程再造，材料、
环节、时限在原承诺基础上分别精简22%、33%、73%" gave 材料, 环节, 时限; "240项审批业务压缩时限32%，
压缩材料60%以上" gave 压缩材料; "推动…改革，上线运行重点事项办理时限压缩69%，提交材料减少60%"
gave 提交材料; "社会投资项目推行“拿地即开工”模式，审批时限压减到25个工作日" gave 审批时限.
The bare label names no procedure (all of them? whose?).

The rule (``streamline_owned``, a pass of ``figurepasses.ROW``, on the rows once a 分别 list is
split): the label is one of those words, maybe after words of ``cues.streamline_label_words``
(压缩, 提交, 审批 …); the clause
right before the figure's (not past a ；, ：, 。) holds a head of ``cues.streamline_owner_heads``
(审批业务, 事项, 审批, 项目 …), the last there; the owner is that head with the nouns jieba
reads right before it (n, nz, b …, two characters or more: 240项|审批业务 stops at 项; not j,
jieba's tag of 深化; a verbal noun only after a noun: 社会投资项目, but not 运行 in
上线运行重点事项). The owner goes in front: 行政审批材料, 审批业务压缩材料,
重点事项提交材料, 社会投资项目审批时限.

Exceptions (the label stays): a label holding the owner's head already ("“拿地即动工”审批模式，
审批时限压减69%": the label names the approval), no such head in the clause before (a clause
further back may be another topic's), a bare 项目 or 业务 with no noun before it ("实施项目50个，
审批时限压缩30%": which projects is unsaid). Round 82, x2.
Round 82 review, q1: a bare 事项 is as unsaid ("涉企经营许可事项523项，材料减少50%" gave
事项材料); projects the clause before counts are things done, no procedure named ("完成国家级
项目5个、省级项目20个，审批环节精简30%" gave 省级项目审批环节; "新开工建设项目120个，办理时限
压缩60%"): the label stays.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Any

from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags

__all__ = ["owned_by", "streamline_owned"]

_CLAUSES = re.compile(r"[，,]")
_STOPS = re.compile(r"[；;：:。]")
_NOUNS = ("n", "nz", "nt", "ns", "b", "an", "ng")  # not j: jieba tags 深化 j


@cache
def _label() -> re.Pattern[str]:
    words = "|".join(cue_words("streamline_label_words"))
    measures = "|".join(sorted(cue_words("streamline_measures"), key=len, reverse=True))
    return re.compile(rf"(?:{words})*(?:{measures})")


def _owner(clause: str) -> str:
    """The procedure ``clause`` names (see the module), "" when none."""
    ends = [(clause.rfind(h) + len(h), len(h), h) for h in cue_words("streamline_owner_heads")
            if h in clause]
    if not ends:
        return ""
    end, _, head = max(ends)
    run = tags(clause[:end - len(head)])
    words: list[str] = []
    for at in range(len(run) - 1, -1, -1):
        flag = run[at].flag
        if len(run[at].word) < 2:
            break  # 240项|审批业务: a count's unit, no noun of the name
        if flag.startswith(_NOUNS) and flag != "nr":
            words.insert(0, run[at].word)
        elif flag == "vn" and at and run[at - 1].flag.startswith(_NOUNS):
            words.insert(0, run[at].word)  # 社会|投资|项目; not 上线|运行|重点事项
        else:
            break
    owner = "".join(words) + head
    if owner == head and head in ("项目", "业务", "事项"):
        return ""  # which projects is unsaid
    if head == "项目" and re.search(r"[\d一二三四五六七八九十百千万]+[个项]", clause):
        return ""  # "完成…省级项目20个，审批环节精简30%": projects counted, no procedure (q1)
    return owner if re.fullmatch(r"[\u4e00-\u9fff]{2,12}", owner) else ""


def _head(owner: str) -> str:
    """The head of ``cues.streamline_owner_heads`` ``owner`` ends in (the longest)."""
    return max((h for h in cue_words("streamline_owner_heads") if owner.endswith(h)), key=len)


def streamline_owned(f: Any, rows: list[Any], text: str) -> Any:
    """Figure row ``f`` with the procedure the clause before names in front of its label, as
    the module says (round 82, x2); ``rows`` unused. A row pass: the rows of a 分别 list
    ("材料、环节、时限…分别精简") have their own labels only once split."""
    name = owned_by(f.indicator, text[max(0, f.start - 200):f.start])
    return f if name == f.indicator else replace(f, indicator=name)


def owned_by(name: str, before: str) -> str:
    """``name`` with the procedure the clause before names in front (see the module), given
    ``before``, the text up to the figure's number; ``name`` otherwise."""
    if not _label().fullmatch(name):
        return name
    clauses = _CLAUSES.split(_STOPS.split(before)[-1])
    if len(clauses) < 2:
        return name
    owner = _owner(clauses[-2].strip())
    if not owner or _head(owner) in name:
        return name  # "…审批模式，审批时限压减69%": the label names the approval
    return owner + name
