"""Worker threads with long-lived ("warm") Jupyter kernels, executing notebook after notebook.

Most of a fresh notebook run is kernel start-up, imports and jieba's dictionary load, so
each worker thread keeps one kernel and resets it between notebooks instead of starting a
new one.  Threads are enough: the work happens in the kernel processes, and each thread runs
its own asyncio loop for nbclient's async API.
A reset clears the user namespace but keeps imported modules (that is the speed-up); the
process-wide state that survives a reset and matters (cwd, os.environ, sys.path, warnings
filters, open figures, pandas options) is put back to the kernel's start-up values.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import os
import queue
import signal
import sys
import threading
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Protocol

import nbformat
from jupyter_client.manager import AsyncKernelManager
from jupyter_client.session import Session
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

from workreport.errors import NotebookError, WorkreportError
from workreport.nbhygiene import atomic_write, finalize, prepare, template_index

# Run silently before every notebook.  It must leave nothing in the user namespace.
_PRELUDE = """\
get_ipython().reset(new_session=True)
def __workreport_prelude(cwd):
    import os, sys, warnings
    base = getattr(sys, "_workreport_baseline", None)
    if base is None:
        sys._workreport_baseline = (dict(os.environ), list(warnings.filters), list(sys.path))
    else:
        os.environ.clear()
        os.environ.update(base[0])
        warnings.filters[:] = base[1]
        getattr(warnings, "_filters_mutated", lambda: None)()
        sys.path[:] = base[2]
    os.chdir(cwd)
    if "matplotlib.pyplot" in sys.modules:
        sys.modules["matplotlib.pyplot"].close("all")
    if "pandas" in sys.modules:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            sys.modules["pandas"].reset_option("all")
__workreport_prelude({cwd!r})
del __workreport_prelude
"""


class CellFailed(Exception):
    """A cell raised (or timed out, or killed the kernel); carries the executed notebook."""

    def __init__(self, nb: nbformat.NotebookNode, index: int, ename: str, evalue: str) -> None:
        super().__init__(f"cell {index}: {ename}: {evalue}")
        self.nb = nb
        self.index = index
        self.ename = ename
        self.evalue = evalue


class KernelLost(Exception):
    """The kernel died or stopped answering; the job is worth one retry on a new kernel."""

    def __init__(self, message: str, nb: nbformat.NotebookNode | None = None, index: int = -1):
        super().__init__(message)
        self.nb = nb
        self.index = index


class WarmKernel:
    """One kernel process plus one client (with its own Session), reused across notebooks."""

    def __init__(self, kernel_name: str, startup_timeout: float = 60) -> None:
        self.kernel_name = kernel_name
        self.startup_timeout = startup_timeout
        self.km: AsyncKernelManager | None = None
        self.kc: Any = None
        self.pid: int | None = None

    async def start(self) -> None:
        """Start the kernel; IPython history goes to memory so parallel kernels never lock."""
        # Curve keys where the kernelspec supports them: ipykernel 7 warns on plain TCP.
        km = AsyncKernelManager(kernel_name=self.kernel_name, transport_encryption="auto")
        await km.start_kernel(extra_arguments=["--HistoryManager.hist_file=:memory:"])
        self.km = km
        proc = getattr(km.provisioner, "process", None)
        self.pid = getattr(proc, "pid", None)
        # A client with its own Session: sharing the manager's confuses message tracking
        # when clients are swapped; one client per kernel lifetime keeps it simple.
        session = Session(key=km.session.key, signature_scheme=km.session.signature_scheme)
        kc = km.client(session=session)
        kc.start_channels()
        try:
            await kc.wait_for_ready(timeout=self.startup_timeout)
        except BaseException:
            kc.stop_channels()
            await self.shutdown(now=True)
            raise
        kc.allow_stdin = False
        self.kc = kc

    async def alive(self) -> bool:
        """Whether the kernel process is still running."""
        return self.km is not None and bool(await self.km.is_alive())

    async def shutdown(self, now: bool = False) -> None:
        """Stop the client and the kernel; never raises (it runs on every exit path)."""
        kc, km, self.kc, self.km = self.kc, self.km, None, None
        if kc is not None:
            with contextlib.suppress(Exception):
                kc.stop_channels()
        if km is not None:
            try:
                await asyncio.wait_for(km.shutdown_kernel(now=now), timeout=10)
            except BaseException:
                self.kill()
                with contextlib.suppress(Exception):
                    await km.cleanup_resources()
        self.pid = None

    def kill(self) -> None:
        """Last resort from any thread: SIGKILL the kernel process."""
        if self.pid:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(self.pid, signal.SIGKILL)

    async def run(
        self, nb: nbformat.NotebookNode, cwd: str, timeout: int | None = None
    ) -> nbformat.NotebookNode:
        """Execute ``nb`` in place in a freshly reset namespace and return it.

        Raises CellFailed when a cell errors and KernelLost when the kernel itself is gone.
        """
        if self.km is None or not await self.alive():
            await self.shutdown(now=True)
            await self.start()
        client = NotebookClient(
            nb,
            km=self.km,
            kernel_name=self.kernel_name,
            timeout=timeout,
            allow_errors=False,
            record_timing=False,
            startup_timeout=int(self.startup_timeout),
        )
        client.kc = self.kc
        client.reset_execution_trackers()
        try:
            reply = await client.async_wait_for_reply(
                self.kc.execute(_PRELUDE.format(cwd=cwd), silent=True, store_history=False)
            )
            if reply is None or reply["content"].get("status") != "ok":
                content = reply["content"] if reply else {}
                raise KernelLost(f"kernel reset failed: {content.get('ename')}: "
                                 f"{content.get('evalue')}")
            info = await client.async_wait_for_reply(self.kc.kernel_info())
        except DeadKernelError as exc:
            raise KernelLost("the kernel died before the notebook started") from exc
        if info is not None and "language_info" in info["content"]:
            nb.metadata["language_info"] = info["content"]["language_info"]
        for index, cell in enumerate(nb.cells):
            try:
                await client.async_execute_cell(
                    cell, index, execution_count=client.code_cells_executed + 1
                )
            except CellExecutionError as exc:
                raise CellFailed(nb, index, exc.ename, exc.evalue) from exc
            except DeadKernelError as exc:
                raise KernelLost("the kernel died", nb, index) from exc
            except CellTimeoutError as exc:
                # The kernel is still busy with the cell: do not reuse it.
                await self.shutdown(now=True)
                raise CellFailed(nb, index, "CellTimeoutError", str(exc).strip()) from exc
        client.set_widgets_metadata()
        return nb


# ----------------------------------------------------------------------------- pool


class KernelUnavailable(WorkreportError):
    """The requested Jupyter kernel is not installed or cannot start."""


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

    def __init__(self, kernel: str, cwd: Path, failed_dir: Path,
                 timeout: int | None = None) -> None:
        self.kernel = kernel
        self.language = kernel_language(kernel)
        self.cwd = cwd
        self.failed_dir = failed_dir
        self.timeout = timeout
        self.cancel = threading.Event()
        self.todo: queue.SimpleQueue[JobLike] = queue.SimpleQueue()
        self.results: queue.SimpleQueue[tuple[str, Any, Any]] = queue.SimpleQueue()

    def run(self, jobs: list[JobLike], workers: int | None, progress: bool,
            on_success: Callable[[Any], None]) -> list[Any]:
        from tqdm import tqdm

        for job in jobs:
            self.todo.put(job)
        count = max(1, min(workers or os.cpu_count() or 1, len(jobs)))
        threads = [_Worker(self, i) for i in range(count)]
        for t in threads:
            t.start()
        ran: list[Any] = []
        failure: BaseException | None = None
        bar = tqdm(total=len(jobs), desc="notebooks", unit="nb", file=sys.stderr,
                   disable=True if not progress else None, dynamic_ncols=True)
        try:
            live = count
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
        """Cancel every worker and make sure no kernel outlives us."""
        self.cancel.set()
        for t in threads:
            t.interrupt()
        deadline = time.monotonic() + 15
        for t in threads:
            t.join(max(0.1, deadline - time.monotonic()))
            if t.is_alive():
                t.kernel.kill()

    def failed_path(self, job: JobLike) -> Path:
        """Where a failed run is kept for debugging: outside the tree the book renders."""
        try:
            rel = job.output.relative_to(self.cwd)
        except ValueError:
            rel = Path(job.output.parent.name) / job.output.name
        return self.failed_dir / rel.with_suffix(".failed.ipynb")


class _Worker(threading.Thread):
    """A thread with its own asyncio loop and warm kernel, taking jobs from the pool."""

    def __init__(self, pool: Pool, index: int) -> None:
        super().__init__(name=f"workreport-kernel-{index}", daemon=True)
        self.pool = pool
        self.kernel = WarmKernel(pool.kernel)
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

    async def _one(self, job: JobLike) -> tuple[str, Any, Any]:
        """Run one job (retrying once on a fresh kernel if the kernel died); write it."""
        pool = self.pool
        source, injected = prepare(job.template, job.parameters, pool.kernel, pool.language)
        for attempt in (1, 2):
            try:
                nb = await self.kernel.run(copy.deepcopy(source), str(pool.cwd), pool.timeout)
                break
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
        atomic_write(job.output, text)
        with contextlib.suppress(OSError):
            pool.failed_path(job).unlink()
        return ("ok", job, None)

    def _failure(self, job: JobLike, nb: Any, index: int, injected: int, ename: str,
                 evalue: str) -> NotebookError:
        """The user-facing error; the executed notebook is kept under the failed dir."""
        cells = nb.cells
        source = cells[index].source if 0 <= index < len(cells) else ""
        with contextlib.suppress(Exception):
            text = finalize(nb, job.parameters, injected, template=job.template,
                            cwd=self.pool.cwd)
            atomic_write(self.pool.failed_path(job), text)
        return NotebookError(_shown(job.output), dict(job.parameters),
                             template_index(index, injected), source, ename, evalue)


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
