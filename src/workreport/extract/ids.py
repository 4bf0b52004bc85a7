"""Report ids: what an id may hold (``check_id``) and the id made of a file name
(``safe_id``). Every report passes ``check_id`` before anything is written for it
(``run.py``, ``batch.reports_in``).
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from workreport.errors import UnsafeId

__all__ = ["check_id", "safe_id"]

# What a report id may hold: letters of any script, digits, _, - and . (issue 12 §3 and the
# book: see ``check_id``).
_ID = re.compile(r"[\w.\-]+")
_OTHER = r"[^\w.\-]+"
_DOTS = re.compile(r"[.\-]+")


def check_id(report_id: str, where: str | Path | None = None) -> str:
    """Return ``report_id`` if it is a safe file name; raise ``UnsafeId`` otherwise.

    An id names ``text/<id>.txt`` and the book's pages, so one with ``/``, ``\\``, ``..``
    or a control character could write outside ``--out`` (issue 12 §3); an empty id or
    one starting with ``.`` would be hidden, and one starting with ``-`` read as an option.
    It is also the folder of the report's pages
    in the book's URLs and is joined with spaces into the lists of figure ids a chapter
    links (``<id>#f001 <id>#f002``), so it holds only letters (of any script), digits,
    ``_``, ``-`` and ``.``: a space, a bracket, ``#`` or ``%`` would break those links.
    The message names the id ``safe_id`` makes of a name.
    """
    if (not report_id or report_id.startswith((".", "-")) or ".." in report_id
            or not _ID.fullmatch(report_id)):
        # A path (a/b, ../x) gets no suggestion: it names no report.
        use = "" if re.search(r"[/\\]", report_id) else f": use {safe_id(report_id)!r}"
        raise UnsafeId(f"report id {report_id!r} is not a safe file name "
                       f"(only letters, digits, _, - and .; no .., no leading dot or dash){use}",
                       where)
    return report_id


def _one_dash(run: re.Match[str]) -> str:
    """A run of characters between letters or digits: kept if only dots and dashes, else one
    ``-`` (so ``a/../b`` gives ``a-b``, not ``a-.-b``)."""
    return run.group() if _DOTS.fullmatch(run.group()) else "-"


def safe_id(stem: str) -> str:
    """An id made from a file name: other characters than letters, digits, ``_``, ``-``
    and ``.`` go at its ends and become one ``-`` inside, with any dots beside them
    (``My Report (2019)`` → ``My-Report-2019``, ``a/../b`` → ``a-b``), ``..`` becomes ``.``,
    leading dots and dashes go; ``report`` if nothing is left. One function makes every id
    (file names, and the id column of ``readers.table``). The name is read in Unicode's
    composed form (NFC), as macOS writes file names decomposed (``Résumé`` stays
    ``Résumé``). Safe ids come back unchanged."""
    stem = unicodedata.normalize("NFC", stem)
    s = re.sub(r"[^\w]+", _one_dash, re.sub(rf"^{_OTHER}|{_OTHER}$", "", stem))
    s = re.sub(r"\.{2,}", ".", s).lstrip(".-")
    return s or "report"
