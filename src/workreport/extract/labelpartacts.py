"""Parts after 其中 of a whole counted with an act (round 53, s53c; the judges' "scope
lost"): a part counts the same act on a subset of those the whole counts, so its label keeps
the act. Used by ``labelcarried._subset_item``; the words are data (``vocab/cues.yml``).
"""

from __future__ import annotations

import re

from workreport.extract.labelpicked import run_on, served_noun
from workreport.extract.labelwords import tags
from workreport.extract.numbers import vocab

__all__ = ["acted_part", "served_part"]

# A whole after 为 written with a noun after its number and no count word ("为80万重点群体
# 提供就业帮扶"): the noun and the act run on after the number.
_SERVED_NOUN = re.compile(r"为[\d.]+[万千百]?(?P<rest>[^\d，,；;、人名户家个]"
                          r"[^\d，,；;、]{3,21})$")


def served_part(part: str, clause: str, counted: str) -> str:
    """The label of a part after 其中 of people a whole after 为 served, the whole counted
    with a noun after its number and no count word (round 53, s53c; scope lost): "为80万
    重点群体提供就业帮扶，其中离校未就业高校毕业生6万人、退役军人1万人" → 获得就业帮扶的离校未
    就业高校毕业生, 获得就业帮扶的退役军人 (``labelpicked.served_noun`` on the act after the
    noun). ``clause`` is the clause before 其中, ``counted`` the part's count word (人, 户).
    "" when the part counts no people, or the clause no such whole (a count word after the
    number: "为60万人提供…", ``labelcarried._SERVED``'s) or act."""
    m = _SERVED_NOUN.search(clause)
    if counted not in ("人", "户") or not m:
        return ""
    noun, act = run_on(m.group("rest"))
    return served_noun(part, act) if act and noun else ""


def acted_part(part: str, whole: str, counted: str) -> str:
    """The label of a part after 其中 of people whose act a whole counts, the whole opening
    with a verb of new counts and ending in the act (``cues.subset_people_acts``: 就业, 创业)
    (round 53, s53c; the part is those of the whole who found jobs, not new people): "新增
    城镇就业5.6万人，其中高校毕业生2.1万人" → 新增城镇就业的高校毕业生 (not 新增高校毕业生).
    ``whole`` is the whole's noun with its verb, ``counted`` the part's count word. "" when
    the part counts no people or ends in no noun, or the whole ends in no such act."""
    last = tags(part)[-1:]
    if counted != "人" or not last or last[0].flag[:1] not in ("n", "j") \
            or not whole.endswith(tuple(vocab("cues")["subset_people_acts"])):
        return ""
    return f"{whole}的{part}"
