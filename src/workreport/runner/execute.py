"""Execute parameterised notebooks: incrementally, in parallel on warm kernels, atomically.

Generic on purpose: it knows jobs (template + parameters -> output), not reports.  A job
runs only when the hash of everything it depends on changed; each worker thread keeps one
warm kernel (``pool.py``, ``kernels.py``); an output is replaced only by a complete,
successful run (``nbhygiene.py`` makes it byte-stable); ``state`` records what each output
was built from after every success, so an interrupt loses nothing already done.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import threading
import time
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workreport.errors import BuildLocked, KernelUnavailable, MissingInput, WorkreportError
from workreport.runner.hygiene import TMP_SUFFIX, atomic_write
from workreport.runner.pool import Pool

STATE_VERSION = 1
CODE_SUFFIXES = (".py", ".yml", ".yaml", ".csv")


@dataclass(frozen=True)
class Job:
    """One notebook to produce: ``template`` run with ``parameters`` into ``output``."""

    template: Path
    output: Path
    parameters: Mapping[str, Any]
    inputs: tuple[Path, ...] = ()
    title: str = ""

    @property
    def label(self) -> str:
        """What the progress bar and messages call this job."""
        return self.title or self.output.name


@dataclass
class Summary:
    """What ``execute`` did: jobs run, jobs skipped as up to date, wall time."""

    ran: list[Job] = field(default_factory=list)
    skipped: list[Job] = field(default_factory=list)
    seconds: float = 0.0


# ----------------------------------------------------------------------------- lock

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


# ----------------------------------------------------------------------------- hashing


class _Hasher:
    """Content hashes of jobs; each file is read once per ``execute`` however many jobs use it."""

    def __init__(self, code: Sequence[Path]) -> None:
        self._files: dict[Path, bytes] = {}
        digest = hashlib.sha256()
        for root in map(Path, code):
            if root.is_file():
                files = [root]
            else:
                files = sorted(
                    p for p in root.rglob("*")
                    if p.suffix in CODE_SUFFIXES and p.is_file()
                    and not any(part.startswith(".") or part == "__pycache__"
                                for part in p.relative_to(root).parts)
                )
            for f in files:
                digest.update(f.relative_to(root).as_posix().encode() if f != root else b"")
                digest.update(b"\0" + self.file(f))
        self._code = digest.digest()

    def file(self, path: Path) -> bytes:
        """sha256 of the file's bytes, cached."""
        if path not in self._files:
            self._files[path] = hashlib.sha256(path.read_bytes()).digest()
        return self._files[path]

    def job(self, job: Job) -> str:
        """sha256 over template bytes, canonical parameters, inputs and the code files."""
        digest = hashlib.sha256(b"workreport-runner-1\0")
        for path, what in [(job.template, "template"), *((p, "input") for p in job.inputs)]:
            if not path.is_file():
                raise MissingInput(f"{what} of {job.output} does not exist", path)
            digest.update(self.file(path))
        digest.update(canonical_json(job.parameters).encode())
        digest.update(self._code)
        return digest.hexdigest()


def canonical_json(value: Any) -> str:
    """One spelling per value, so equal parameters always hash equal."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                      default=str)


# ----------------------------------------------------------------------------- state


def _load_state(path: Path) -> dict[str, dict[str, str]]:
    """The recorded hashes by output key; a missing or unreadable state means "run all"."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("version") != STATE_VERSION:
        return {}
    outputs = data.get("outputs")
    return outputs if isinstance(outputs, dict) else {}


def _save_state(path: Path, outputs: Mapping[str, Any]) -> None:
    atomic_write(path, json.dumps({"version": STATE_VERSION, "outputs": dict(outputs)},
                                  indent=1, sort_keys=True, ensure_ascii=False) + "\n")


def _sweep_temps(dirs: set[Path]) -> None:
    """Remove temp files a killed (SIGKILL, power loss) earlier run could not clean up."""
    for d in dirs:
        for tmp in d.glob(f".*{TMP_SUFFIX}"):
            with contextlib.suppress(OSError):
                tmp.unlink()


# ----------------------------------------------------------------------------- execute


def execute(
    jobs: Sequence[Job],
    *,
    workers: int | None = None,
    kernel: str = "workreport",
    state: Path = Path(".workreport/state.json"),
    code: Sequence[Path] = (),
    cwd: Path | None = None,
    progress: bool = True,
    force: bool = False,
    timeout: int | None = None,
    preload: str = "",
) -> Summary:
    """Run the jobs whose inputs changed (all with ``force``); return what ran and skipped.

    ``cwd`` is the kernels' working directory (default: the current one); ``timeout`` is a
    per-cell limit in seconds (default: none); ``preload`` is code each kernel runs once,
    silently, before its first notebook (e.g. ``import pandas, jieba; jieba.initialize()``:
    import-time logs and warnings then never land in whichever notebook ran first).
    Raises NotebookError for the first failing notebook, after the other workers finished
    the notebook they were running; raises KeyboardInterrupt after shutting kernels down.
    """
    started = time.monotonic()
    resolved = {(r := _absolute(job)).output: (job, r) for job in jobs}
    dupes = [out for out, n in Counter(_absolute(j).output for j in jobs).items() if n > 1]
    if dupes:
        raise WorkreportError("several jobs write this notebook", dupes[0])
    state = Path(state).resolve()
    with build_lock(state.parent / "build.lock"):
        recorded = _load_state(state)
        hasher = _Hasher(code)
        summary = Summary()
        todo: dict[Path, tuple[Job, str, str]] = {}
        for job, real in resolved.values():
            key = Path(os.path.relpath(real.output, state.parent)).as_posix()
            digest = hasher.job(real)
            entry = recorded.get(key) or {}
            if force or not real.output.is_file() or entry.get("hash") != digest:
                todo[real.output] = (job, key, digest)
            else:
                summary.skipped.append(job)
        _sweep_temps({out.parent for out in resolved if out.parent.is_dir()})
        if todo:

            def done(real: Job) -> None:  # in this thread, after the output is in place
                job, key, digest = todo[real.output]
                recorded[key] = {"hash": digest}
                _save_state(state, recorded)
                summary.ran.append(job)

            pool = Pool(kernel, Path(cwd or Path.cwd()).resolve(), state.parent / "failed",
                        timeout, preload)
            pool.run([resolved[out][1] for out in todo], workers, progress, done)
        summary.seconds = time.monotonic() - started
        return summary


def _absolute(job: Job) -> Job:
    """Resolve paths once so worker threads never depend on the process cwd."""
    return Job(Path(job.template).resolve(), Path(job.output).resolve(), dict(job.parameters),
               tuple(Path(p).resolve() for p in job.inputs), job.title)


__all__ = ["Job", "KernelUnavailable", "MissingInput", "Summary", "build_lock", "execute"]
