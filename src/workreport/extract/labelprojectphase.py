"""A project's size, not the size of the work done on it (issue 13, round 83, x5).

Class of error ('other thing', the development draws 9011, 9023 and 9025): money written in a
的-phrase before projects ("总投资122亿元的53个专项债项目…") is the projects' own size, but when
the noun phrase ran on past 项目 into the preparatory work the sentence does on them, the label
kept that work and read as the cost of it: "做好新申报的总投资122亿元的53个专项债项目和中央预算内
资金项目前期工作" gave 专项债项目和中央预算内资金项目前期工作总投资, "推进总投资143.79亿元的66个
…项目可研编制、项目立项…" …项目可研编制总投资, "做好投资3亿元的农牧基地饲料储备项目的洽谈引进工作"
农牧基地饲料储备项目的洽谈引进工作投资.

Rule (``project_phase_dropped``, a pass of ``labelpasses``): a money label ending in 投资 or
总投资, whose number stands after a money word and before 的 in its sentence, and whose words
after its last 项目 are, after an optional 的, a word of preparatory work
(``cues.project_work_phases``: 前期工作, 可研编制, 洽谈引进工作 …), drops that work: 专项债项目和
中央预算内资金项目总投资, 农牧基地饲料储备项目投资.

Session 61 (f1): the work's own money word after it (``cues.project_work_funds``: 经费, 资金 …),
into which the label ran on for the projects' size, goes with the work: "总投资20亿元的项目前期
工作经费500万元" gave 项目前期工作经费总投资 for the 20亿元 → 项目总投资 (the 500万元 keeps its
label, 项目前期工作经费: no 投资 ending).

Exceptions: money of the work itself, named so (项目前期经费, 前期工作资金: no 投资 ending), money
not in a 的-phrase before the projects ("项目前期工作投资500万元"), and a stage of the works
that is part of the project (一期, 二期: no work word).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelvocab import cue_words
from workreport.vocab import alternation

__all__ = ["project_phase_dropped"]


@cache
def _phase() -> re.Pattern[str]:
    """项目, an optional 的, a word of preparatory work, maybe its own money word (session 61,
    f1), then the money word ending a label."""
    return re.compile(rf"(项目)的?(?:{alternation(cue_words('project_work_phases'))})"
                      rf"(?:{alternation(cue_words('project_work_funds'))})?"
                      rf"({alternation(cue_words('project_phase_money'))})$")


@cache
def _money_before() -> re.Pattern[str]:
    """A money word (``cues.project_phase_money_before``) and maybe an approximation
    (``cues.project_phase_approx``) ending the text before the number, compiled once."""
    return re.compile(rf"(?:{alternation(cue_words('project_phase_money_before'))})"
                      rf"(?:{alternation(cue_words('project_phase_approx'))})?$")


def project_phase_dropped(name: str, before: str, rest: str, dimension: str) -> str:
    """``name`` without the preparatory work after its project (see the module's
    docstring): "农牧基地饲料储备项目的洽谈引进工作投资" → 农牧基地饲料储备项目投资."""
    if dimension != "money" or not rest.startswith("的") or not _money_before().search(before):
        return name
    m = _phase().search(name)
    return name[:m.start()] + m.group(1) + m.group(2) if m else name
