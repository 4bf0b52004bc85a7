"""The build lock: one build (or one ``execute``) at a time per project.

An exclusive, non-blocking ``flock``: a second build stops at once with a message naming
the process that holds it, and since the kernel drops a flock when its process dies, a
crashed build never blocks the next one.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import threading
from collections.abc import Iterator
from pathlib import Path

from workreport.errors import BuildLocked

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
    fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            pid = os.pread(fd, 32, 0).decode(errors="replace").strip() or "unknown"
            raise BuildLocked(
                f"another build is running (pid {pid}); wait for it or remove {lock} "
                "if it is stale",
                lock,
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        with _held_guard:
            _held[lock] = 1
        try:
            yield lock
        finally:
            with _held_guard:
                del _held[lock]
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
