"""Worker threads, each owning one warm kernel, that run a list of notebook jobs.

Threads are enough: the work happens in the kernel processes, and each thread runs its own
asyncio loop for nbclient's async API.  The calling thread keeps progress and bookkeeping,
so state is written from one place only.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import os
import queue
import sys
import threading
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Protocol

from workreport.errors import KernelUnavailable, NotebookError, WorkreportError
from workreport.runner.hygiene import (
    atomic_write,
    error_banner,
    finalize,
    prepare,
    template_index,
)
from workreport.runner.kernels import (
    CellFailed,
    KernelLost,
    KernelStartFailed,
    WarmKernel,
)


class JobLike(Protocol):
    """What the pool needs of a job (``runner.Job``)."""

    template: Path
    output: Path
    parameters: Mapping[str, Any]

    @property
    def label(self) -> str: ...


def kernel_language(kernel: str) -> str:
    """The kernel's language, for papermill's parameter translator; fails early if missing."""
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    try:
        return KernelSpecManager().get_kernel_spec(kernel).language or "python"
    except NoSuchKernel:
        raise KernelUnavailable(
            f"Jupyter kernel {kernel!r} is not installed (make venv installs 'workreport'; "
            "see `jupyter kernelspec list`)"
        ) from None


class Pool:
    """Worker threads, one warm kernel each; the calling thread owns progress and callbacks.

    ``run`` returns the jobs that succeeded, calling ``on_success(job)`` in the calling
    thread after each one's output is in place.  On the first failure no new notebook is
    started, the running ones finish, and the failure is raised.  On KeyboardInterrupt (or
    any exception in the calling thread) the workers are cancelled and their kernels shut
    down before it propagates.
    """

    def __init__(self, kernel: str, cwd: Path, failed_dir: Path, timeout: int | None = None,
                 preload: str = "") -> None:
        self.kernel = kernel
        self.language = kernel_language(kernel)
        self.cwd = cwd
        self.failed_dir = failed_dir
        self.timeout = timeout
        self.preload = preload
        self.cancel = threading.Event()
        #: Set once the jobs are queued: warm workers (``warm``) wait for it.
        self.ready = threading.Event()
        self.threads: list[_Worker] = []
        self.todo: queue.SimpleQueue[JobLike] = queue.SimpleQueue()
        self.results: queue.SimpleQueue[tuple[str, Any, Any]] = queue.SimpleQueue()

    def warm(self, workers: int | None) -> None:
        """Start the workers' kernels (and ``preload``) now, before the jobs are known,
        so their start overlaps the caller's own work (extraction, planning); they wait
        for ``run``, or for ``close``. A kernel that fails to start here is started again
        by its first job, which then reports the failure."""
        count = max(1, workers or os.cpu_count() or 1)
        self.threads = [_Worker(self, i, warm=True) for i in range(count)]
        for t in self.threads:
            t.start()

    def close(self) -> None:
        """Stop warm workers that ``run`` never used (no job to run, or the caller
        failed first) and their kernels; a no-op after ``run``."""
        if self.threads and not self.ready.is_set():
            # Cancel before waking them: a worker not yet in its loop (which ``stop``
            # could not interrupt) then starts no kernel; the others' start is cancelled.
            self.cancel.set()
            self.ready.set()
            self.stop(self.threads)
            for t in self.threads:
                t.join()

    def run(self, jobs: list[JobLike], workers: int | None, progress: bool,
            on_success: Callable[[Any], None]) -> list[Any]:
        from tqdm import tqdm

        for job in jobs:
            self.todo.put(job)
        count = max(1, min(workers or os.cpu_count() or 1, len(jobs)))
        threads = self.threads  # warm ones (``warm``): those beyond the jobs exit at once
        threads += [_Worker(self, i) for i in range(len(threads), count)]
        self.ready.set()
        for t in threads:
            if not t.is_alive() and t.ident is None:
                t.start()
        ran: list[Any] = []
        failure: BaseException | None = None
        bar = tqdm(total=len(jobs), desc="notebooks", unit="nb", file=sys.stderr,
                   disable=True if not progress else None, dynamic_ncols=True)
        try:
            live = len(threads)
            while live:
                try:
                    kind, job, payload = self.results.get(timeout=0.5)
                except queue.Empty:
                    continue
                if kind == "exit":
                    live -= 1
                elif kind == "ok":
                    on_success(job)
                    ran.append(job)
                    bar.set_postfix_str(job.label, refresh=False)
                    bar.update()
                elif failure is None:
                    failure = payload
                    self.cancel.set()
        except BaseException:
            self.stop(threads)
            raise
        finally:
            bar.close()
        for t in threads:
            t.join()
        if failure is not None:
            raise failure
        return ran

    def stop(self, threads: list[_Worker]) -> None:
        """Cancel every worker and make sure no kernel outlives us (kernels run in their own
        session, so a terminal's Ctrl-C never reaches them: we must stop them)."""
        self.cancel.set()
        for t in threads:
            t.interrupt()
        try:
            deadline = time.monotonic() + 15
            for t in threads:
                t.join(max(0.1, deadline - time.monotonic()))
                if t.is_alive():
                    t.kernel.kill()
        except BaseException:  # a second Ctrl-C: no more waiting
            for t in threads:
                t.kernel.kill()
            raise

    def failed_path(self, job: JobLike) -> Path:
        """Where a failed run is kept for debugging: outside the tree the book renders."""
        try:
            rel = job.output.relative_to(self.cwd)
        except ValueError:
            rel = Path(job.output.parent.name) / job.output.name
        return self.failed_dir / rel.with_suffix(".failed.ipynb")


class _Worker(threading.Thread):
    """A thread with its own asyncio loop and warm kernel, taking jobs from the pool."""

    def __init__(self, pool: Pool, index: int, warm: bool = False) -> None:
        super().__init__(name=f"workreport-kernel-{index}", daemon=True)
        self.pool = pool
        self.warm = warm
        self.kernel = WarmKernel(pool.kernel, str(pool.cwd), pool.preload)
        self.loop: asyncio.AbstractEventLoop | None = None
        self.task: asyncio.Task[None] | None = None

    def run(self) -> None:
        try:
            asyncio.run(self._main())
        except BaseException as exc:  # never die silently: the pool waits for "exit"
            self.pool.results.put(("error", None, exc))
        finally:
            self.pool.results.put(("exit", None, None))

    def interrupt(self) -> None:
        """From the calling thread: cancel whatever this worker awaits right now."""
        loop, task = self.loop, self.task
        if loop is not None and task is not None:
            with contextlib.suppress(RuntimeError):  # loop already closed
                loop.call_soon_threadsafe(task.cancel)

    async def _main(self) -> None:
        self.loop, self.task = asyncio.get_running_loop(), asyncio.current_task()
        try:
            if self.warm:
                await self._warm_up()
            while not self.pool.cancel.is_set():
                try:
                    job = self.pool.todo.get_nowait()
                except queue.Empty:
                    break
                self.pool.results.put(await self._one(job))
        except asyncio.CancelledError:
            pass
        except Exception as exc:
            self.pool.results.put(("error", None, _as_user_error(exc, self.pool.kernel)))
        finally:
            await self.kernel.shutdown(now=self.pool.cancel.is_set())

    async def _warm_up(self) -> None:
        """Start the kernel before the jobs are known, then wait for them (``Pool.warm``)."""
        if self.pool.cancel.is_set():  # closed before this thread got here
            return
        try:
            await self.kernel.start()
        except Exception:  # the first job starts it again and reports why it fails
            await self.kernel.shutdown(now=True)
        while not self.pool.ready.is_set():
            await asyncio.to_thread(self.pool.ready.wait, 0.2)

    async def _one(self, job: JobLike) -> tuple[str, Any, Any]:
        """Run one job (retrying once on a fresh kernel if the kernel died); write it."""
        pool = self.pool
        source, injected = prepare(job.template, job.parameters, pool.kernel, pool.language)
        for attempt in (1, 2):
            try:
                nb = await self.kernel.run(copy.deepcopy(source), pool.timeout)
                break
            except KernelStartFailed as exc:
                return ("error", job, KernelUnavailable(str(exc)))
            except KernelLost as exc:
                await self.kernel.shutdown(now=True)
                if attempt == 2 or pool.cancel.is_set():
                    nb = exc.nb if exc.nb is not None else source
                    return ("failed", job, self._failure(job, nb, exc.index, injected,
                                                         "DeadKernelError", str(exc)))
            except CellFailed as exc:
                return ("failed", job,
                        self._failure(job, exc.nb, exc.index, injected, exc.ename, exc.evalue))
        text = finalize(nb, job.parameters, injected, template=job.template, cwd=pool.cwd)
        if not _same_bytes(job.output, text):
            # An identical output keeps its file and its mtime: Sphinx re-reads a page
            # whose source is newer than its last read, so a notebook that ran to the
            # same bytes (its inputs changed, not its result) re-renders nothing.
            atomic_write(job.output, text)
        with contextlib.suppress(OSError):
            pool.failed_path(job).unlink()
        return ("ok", job, None)

    def _failure(self, job: JobLike, nb: Any, index: int, injected: int, ename: str,
                 evalue: str) -> NotebookError:
        """The user-facing error; the executed notebook is kept under the failed dir."""
        cells = nb.cells
        source = cells[index].source if 0 <= index < len(cells) else ""
        where = template_index(index, injected)
        with contextlib.suppress(Exception):
            shifted = error_banner(nb, index, injected, where, ename, evalue)
            text = finalize(nb, job.parameters, shifted, template=job.template,
                            cwd=self.pool.cwd)
            atomic_write(self.pool.failed_path(job), text)
        return NotebookError(_shown(job.output), dict(job.parameters), where, source, ename,
                             evalue)


def _same_bytes(path: Path, text: str) -> bool:
    """Whether ``path`` holds exactly ``text`` (as ``atomic_write`` would write it)."""
    try:
        return path.read_bytes() == text.encode("utf-8")
    except OSError:
        return False


def _shown(path: Path) -> Path:
    """A path as the user would type it: relative to the current directory when inside it."""
    try:
        return path.relative_to(Path.cwd())
    except ValueError:
        return path


def _as_user_error(exc: Exception, kernel: str) -> Exception:
    """Kernel start-up failures become one-line WorkreportErrors; the rest pass through."""
    if isinstance(exc, WorkreportError):
        return exc
    if isinstance(exc, (RuntimeError, TimeoutError)) and "kernel" in str(exc).lower():
        return KernelUnavailable(f"Jupyter kernel {kernel!r} failed: {exc}")
    return exc
