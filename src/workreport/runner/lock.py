"""The build lock: one build (or one ``execute``) at a time per project.

An exclusive, non-blocking ``flock``: a second build stops at once with a message naming
the process that holds it, and since the kernel drops a flock when its process dies, a
crashed build never blocks the next one.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from pathlib import Path

from workreport.errors import BuildLocked
from workreport.lock import exclusive

__all__ = ["build_lock"]

_held: dict[Path, int] = {}
_held_guard = threading.Lock()


@contextlib.contextmanager
def build_lock(path: str | Path) -> Iterator[Path]:
    """Hold an exclusive, non-blocking ``flock`` on ``path`` (its file holds our pid).

    Re-entrant within one process, so the book builder can hold it around ``execute``.
    The kernel drops a flock when its process dies, so a crashed build never blocks the
    next one; the pid is only there to tell the user who holds it.
    """
    lock = Path(path).resolve()
    with _held_guard:
        if lock in _held:
            _held[lock] += 1
            nested = True
        else:
            nested = False
    if nested:
        try:
            yield lock
        finally:
            with _held_guard:
                _held[lock] -= 1
        return
    lock.parent.mkdir(parents=True, exist_ok=True)
    with exclusive(lock, "build", BuildLocked):
        with _held_guard:
            _held[lock] = 1
        try:
            yield lock
        finally:
            with _held_guard:
                del _held[lock]
