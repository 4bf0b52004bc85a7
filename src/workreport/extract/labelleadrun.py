"""A sentence whose first clause names what its later clauses are about: the run of clauses up
to a figure, and whether the clauses between keep that topic (shared by ``labelcampaign``, a
campaign heading the sentence, and ``labelfaredowner``, a programme or zone heading it; round
79, x3 and x8).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from workreport.extract.labelwords import tags

__all__ = ["acts_only", "lead_run"]

_MOST = 6  # clauses of the sentence up to the figure's, the lead clause's included
_STOPS = re.compile(r"[；;：:。！？]")


def lead_run(before: str) -> list[str]:
    """The clauses (split at commas) of ``before``, the sentence up to a figure's number: the
    lead clause first, the figure's own last; [] when the run is past a ；, ： or 。, or is
    under 2 or over 6 clauses (too far from its head to be its topic)."""
    clauses = re.split(r"[，,]", before)
    return clauses if not _STOPS.search(before) and 2 <= len(clauses) <= _MOST else []


def acts_only(clauses: list[str], counted: Callable[[str], object]) -> bool:
    """Whether each of ``clauses`` (between the lead clause and the figure's) opens with a
    verb, an adverb, an adjective or a conjunction (jieba's v, d, a, c), or is a clause that
    ``counted`` accepts (a label and its count), so the head is still their subject: not
    "省、市交办的558个问题基本整改到位", a subject of its own that ends the run."""
    for clause in clauses:
        pieces = tags(clause.strip())
        if not pieces or (pieces[0].flag[:1] not in "vdac" and not counted(clause.strip())):
            return False
    return True
