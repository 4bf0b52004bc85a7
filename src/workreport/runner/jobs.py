"""Execute parameterised notebooks: incrementally, in parallel on warm kernels, atomically.

Generic on purpose: it knows jobs (template + parameters -> output), not reports.  A job
runs only when the digest of everything it depends on changed (``cache.py``: template,
parameters, input files, named digests the caller computed, and the code); each worker
thread keeps one warm kernel (``pool.py``, ``kernels.py``); an output is replaced only by
a complete, successful run (``hygiene.py`` makes it byte-stable); ``state`` records what
each output was built from after every success, so an interrupt loses nothing done.
"""

from __future__ import annotations

import contextlib
import time
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workreport.errors import KernelUnavailable, MissingInput, PlanError
from workreport.runner.cache import Hasher, State, canonical_json
from workreport.runner.hygiene import TMP_SUFFIX
from workreport.runner.lock import build_lock
from workreport.runner.pool import Pool


@dataclass(frozen=True)
class Job:
    """One notebook to produce: ``template`` run with ``parameters`` into ``output``."""

    template: Path
    output: Path
    parameters: Mapping[str, Any]
    inputs: tuple[Path, ...] = ()
    title: str = ""
    #: Named digests the caller computed of what else the notebook reads (e.g. only its
    #: report's rows of a table): part of the job's key like the input files.
    digests: Mapping[str, str] = field(default_factory=dict)

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
    warm: Pool | None = None,
) -> Summary:
    """Run the jobs whose inputs changed (all with ``force``); return what ran and skipped.

    ``cwd`` is the kernels' working directory (default: the current one); ``timeout`` is a
    per-cell limit in seconds (default: none); ``preload`` is code each kernel runs once,
    silently, before its first notebook (e.g. ``import pandas, jieba; jieba.initialize()``:
    import-time logs and warnings then never land in whichever notebook ran first).
    ``warm``: a pool from ``warm_pool`` whose kernels started while the caller worked
    (it then decides kernel, cwd, timeout and preload); closed here when nothing runs.
    Raises NotebookError for the first failing notebook, after the other workers finished
    the notebook they were running; raises KeyboardInterrupt after shutting kernels down.
    """
    started = time.monotonic()
    resolved = {(r := _absolute(job)).output: (job, r) for job in jobs}
    dupes = [out for out, n in Counter(_absolute(j).output for j in jobs).items() if n > 1]
    if dupes:
        raise PlanError("several jobs write this notebook", dupes[0])
    state = Path(state).resolve()
    with build_lock(state.parent / "build.lock"):
        hasher = Hasher()
        recorded = State(state, state.parent, hasher)
        code_digest = hasher.code(code).encode()
        summary = Summary()
        todo: dict[Path, tuple[Job, str, str]] = {}
        for job, real in resolved.values():
            key = recorded.key(real.output)
            digest = job_digest(hasher, real, code_digest)
            if force or not recorded.fresh(key, digest, [real.output]):
                todo[real.output] = (job, key, digest)
            else:
                summary.skipped.append(job)
        _sweep_temps({out.parent for out in resolved if out.parent.is_dir()})
        if todo:

            def done(real: Job) -> None:  # in this thread, after the output is in place
                job, key, digest = todo[real.output]
                recorded.record(key, digest, [real.output])
                summary.ran.append(job)

            pool = warm or Pool(kernel, Path(cwd or Path.cwd()).resolve(),
                                state.parent / "failed", timeout, preload)
            pool.run([resolved[out][1] for out in todo], workers, progress, done)
        elif warm is not None:
            warm.close()
        summary.seconds = time.monotonic() - started
        return summary


def warm_pool(*, workers: int | None = None, kernel: str = "workreport",
              state: Path = Path(".workreport/state.json"), cwd: Path | None = None,
              timeout: int | None = None, preload: str = "") -> Pool:
    """A pool whose ``workers`` kernels (default: one per CPU) start now, each running
    ``preload``, while the caller does other work; pass it to ``execute`` (``warm``).
    The caller must ``close()`` it if ``execute`` is never reached (``close`` after
    ``execute`` does nothing). The arguments mean what they mean for ``execute``."""
    pool = Pool(kernel, Path(cwd or Path.cwd()).resolve(),
                Path(state).resolve().parent / "failed", timeout, preload)
    pool.warm(workers)
    return pool


def job_digest(hasher: Hasher, job: Job, code: bytes) -> str:
    """The job's key: template, input files, named digests, canonical parameters, code.

    Raises MissingInput when the template or an input file does not exist.
    """
    named: list[tuple[str, Path | bytes | None]] = []
    for path, what in [(job.template, "template"), *((p, "input") for p in job.inputs)]:
        if not Path(path).is_file():
            raise MissingInput(f"{what} of {job.output} does not exist", path)
        named.append((what, Path(path)))
    named.extend((f"digest:{k}", v.encode()) for k, v in sorted(job.digests.items()))
    named.append(("parameters", canonical_json(job.parameters).encode()))
    named.append(("code", code))
    return hasher.digest(named)


def _absolute(job: Job) -> Job:
    """Resolve paths once so worker threads never depend on the process cwd."""
    return Job(Path(job.template).resolve(), Path(job.output).resolve(), dict(job.parameters),
               tuple(Path(p).resolve() for p in job.inputs), job.title, dict(job.digests))


__all__ = ["Job", "KernelUnavailable", "MissingInput", "Summary", "build_lock", "execute",
           "job_digest", "warm_pool"]
