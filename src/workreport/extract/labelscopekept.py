"""The scopes round 71 (w2) keeps on a finished label, applied in turn by ``naming.label``
(``labelassigned.after_label``): the named park whose entrants a label counts
(``labelentryhost.entry_host``), the 的-clause before a list of names or a count's money
(``labelnamedqual.named_qualifier``), and the batch the place is one of
(``labelbatchone.batch_one``), and off the place's own money after it (``labelbatchone.
batch_dropped``, round 72, x2). Each rule's class of error, exceptions and examples are in
its module's docstring.
"""

from __future__ import annotations

from workreport.extract.labelbatchone import batch_dropped, batch_one
from workreport.extract.labelentryhost import entry_host
from workreport.extract.labelnamedqual import named_qualifier

__all__ = ["scopes_kept"]


def scopes_kept(name: str, before: str, rest: str, dimension: str) -> str:
    """``name`` with ``batch_one``, ``entry_host`` and ``named_qualifier`` applied in turn
    (``before`` the sentence up to the number, ``rest`` after it)."""
    for rule in (batch_one, entry_host, named_qualifier, batch_dropped):  # r72, x2
        name = rule(name, before, rest, dimension)
    return name
