"""A count of people keeps the people, not the thing their use verb names (issue 13; round 82
review, q3, of round 82 x4's ``cues.noun_use_verbs``; a ``figurepasses.ROW`` pass, as it needs
the unit).

Class of error: ``labelwords.noun_phrase`` reads a verb taking no object (就业, 创业, 就医,
振兴 …) as naming the use of the noun after it (高校毕业生就业岗位: the posts), and so runs the
phrase after a count on past the people counted: "培训2万名农民就业技能" gave 农民就业技能 for
2万名, "资助500名贫困学生就医费用" gave 贫困学生就医费用 — the skills, the costs, while 名 counts
the farmers, the students ('other thing'). A count of people (名, 人, 户 …) counts the noun
before the use verb.

Rule: for a row whose unit counts people or households (``cues.reached_units``, not 人次), a
label holding a use verb (``cues.noun_use_verbs``) right after a word naming people (ending in
one of ``cues.use_people_ends``: 民, 生, 员, 人 …) and ending in a noun that names no people
(nor a use verb: 大学生就业创业) is cut before the use verb: 农民, 贫困学生.

Session 60 (f3): the act before the count stays, as it does for the people alone (资助500名贫困
学生 → 资助贫困学生): when the clause before the number is one verb of ``cues.use_people_acts``
(资助, 培训, 带动 …), the cut label opens with it: "资助500名贫困学生就医费用" → 资助贫困学生,
"培训2万名农民就业技能" → 培训农民. A people word jieba cuts as a verb and the measure word 户
(脱|贫|户) names people too, and the noun may be a verbal noun (产业发展): "带动2300户脱贫户增收
产业发展" → 带动脱贫户.

Exceptions (the label stays): other units (8万个高校毕业生就业岗位 counts the posts), a label
ending in people (乡村振兴带头人) or in the use verbs (高校毕业生就业), a use verb with no people
word before it (发放创业担保贷款).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from workreport.extract.labelpeopleact import count_clause, count_word
from workreport.extract.labelwords import tags
from workreport.extract.numbers import vocab

__all__ = ["use_people_kept"]



def use_people_kept(f: Any, rows: list[Any], text: str) -> Any:
    """Figure row ``f`` labelled by the people it counts, not their use verb's noun (above)."""
    cues = vocab("cues")
    uses, ends = cues["noun_use_verbs"], tuple(cues["use_people_ends"])
    name = f.indicator
    if count_word(f.unit) in ("", "人次") or not any(w in name for w in uses):
        return f
    pieces = tags(name)
    last = pieces[-1]
    if not (last.flag.startswith("n") or last.flag == "vn") or last.word in uses \
            or last.word.endswith(ends):
        return f
    at = 0
    for i, piece in enumerate(pieces):
        if i and piece.word in uses and pieces[i - 1].word.endswith(ends) \
                and (pieces[i - 1].flag.startswith("n") or pieces[i - 1].word == "户"):
            act = _act(f, text)
            return replace(f, indicator=("" if name.startswith(act) else act) + name[:at])
        at += len(piece.word)
    return f


def _act(f: Any, text: str) -> str:
    """The clause's one verb of ``cues.use_people_acts`` right before the count, else ""."""
    clause = count_clause(text, f.start, 30)
    return clause if clause in vocab("cues")["use_people_acts"] else ""
