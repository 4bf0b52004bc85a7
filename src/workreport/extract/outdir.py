"""The ``--out`` of an extraction: made a directory to write in, held by one run at a
time, and left as it was when the run fails.

``extract_to`` writes only inside ``held(out)``: ``out`` (and any parents) made first, a
path that cannot be a directory (a file, a path through a file, a read-only place)
refused in one line naming it, and an exclusive lock (``LOCK``, like the book's
``build.lock``) taken, so a second extraction into the same ``out`` stops at once rather
than removing the first one's temporary shards. When the run raises, the directories
made here go again if nothing was left in them.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from workreport.errors import WorkreportError
from workreport.lock import exclusive

__all__ = ["LOCK", "held"]

LOCK = ".extract.lock"  # held (flock) while a run writes in --out; removed after it


def _refuse(out: Path, why: str) -> WorkreportError:
    why = why[:1].lower() + why[1:]  # "Not a directory" (strerror) → "not a directory"
    return WorkreportError(f"--out cannot be used ({why})", out)


def _remove_empty(made: list[Path]) -> None:
    for p in reversed(made):
        with contextlib.suppress(OSError):
            p.rmdir()  # only if empty: something else may have appeared meanwhile


def _make(out: Path) -> list[Path]:
    """Make ``out`` a directory; return the directories made (parents first)."""
    made = []
    p = out
    while not p.exists() and not p.is_symlink() and p != p.parent:
        made.append(p)
        p = p.parent
    made.reverse()
    if out.exists() and not out.is_dir():
        raise _refuse(out, "not a directory")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        _remove_empty(made)
        raise _refuse(out, err.strerror or type(err).__name__) from None
    return made


@contextlib.contextmanager
def held(out: Path) -> Iterator[Path]:
    """``out`` made a directory and locked for this run (see the module's docstring)."""
    made = _make(out)
    try:
        with contextlib.ExitStack() as stack:
            try:
                stack.enter_context(exclusive(out / LOCK, f"extraction into {out}",
                                              remove=True))
            except OSError as err:
                raise _refuse(out, err.strerror or type(err).__name__) from None
            yield out
    except BaseException:
        # An interrupted run's finished shards stay for the re-run, and keep ``out``.
        _remove_empty(made)
        raise
