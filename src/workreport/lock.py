"""Exclusive, non-blocking ``flock`` locks: one build per project, one extraction per
``--out``.

A second holder stops at once with a one-line error naming the process that holds the
lock; since the kernel drops a flock when its process dies, a crashed run never blocks
the next one. ``runner.lock.build_lock`` (the book) and ``extract.run.extract_to`` (every
extraction) both take theirs here.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator
from pathlib import Path

from workreport.errors import WorkreportError

__all__ = ["exclusive"]


def _busy(fd: int, lock: Path, what: str, error: type[WorkreportError]) -> WorkreportError:
    pid = os.pread(fd, 32, 0).decode(errors="replace").strip() or "unknown"
    return error(f"another {what} is running (pid {pid}); wait for it or remove {lock} "
                 "if it is stale", lock)


@contextlib.contextmanager
def exclusive(path: str | Path, what: str, error: type[WorkreportError] = WorkreportError,
              *, remove: bool = False) -> Iterator[Path]:
    """Hold an exclusive, non-blocking ``flock`` on ``path`` (its file holds our pid);
    raise ``error`` ("another <what> is running (pid N) …") if another process holds it.

    With ``remove`` the file is deleted on release, so the lock leaves nothing behind;
    a process that locked the file just before it was deleted sees that the path no
    longer names its file and locks the new one instead.
    """
    lock = Path(path).resolve()
    while True:
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            err = _busy(fd, lock, what, error)
            os.close(fd)
            raise err from None
        except BaseException:
            os.close(fd)
            raise
        try:
            same = os.path.samestat(os.fstat(fd), os.stat(lock))
        except FileNotFoundError:
            same = False
        if same:
            break
        os.close(fd)  # removed by its last holder meanwhile: lock the file there now
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        yield lock
    finally:
        if remove:
            with contextlib.suppress(OSError):
                os.unlink(lock)  # while still held: a waiter then retries on a new file
        else:
            os.ftruncate(fd, 0)
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)
