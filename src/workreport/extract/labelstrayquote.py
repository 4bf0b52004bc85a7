"""A quotation mark left alone at a label's edge (issue 13, junk; round 88, w3; used by
``naming.label`` through ``labelassigned.after_label``).

Class of error: a count inside a quoted name ends its label at the name's closing mark, which
the label keeps without its opening one: "以“…、525家新型研发机构”为主体的…矩阵" gave
新型研发机构”. Rule: a closing ” ending a label that holds no “ goes, and so does an opening “
starting a label that holds no ”. Exceptions: none; balanced quotes (“新三样”出口) stay.
"""

from __future__ import annotations

__all__ = ["stray_quote_dropped"]


def stray_quote_dropped(name: str, before: str, rest: str, dimension: str) -> str:
    """``name`` (a label, str) without a lone ” at its end or a lone “ at its start; the
    other arguments (the sentence before and after the number, the dimension) are unused.
    Raises nothing: "新型研发机构”" → 新型研发机构, "“新三样”出口" as it is."""
    if name.endswith("”") and "“" not in name:
        name = name[:-1]
    if name.startswith("“") and "”" not in name:
        name = name[1:]
    return name
