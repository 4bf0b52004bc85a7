"""Long-lived ("warm") Jupyter kernels that execute one notebook after another.

Most of a fresh notebook run is kernel start-up, imports and jieba's dictionary load, so
each worker (see ``pool.py``) keeps one kernel and resets it between notebooks instead of
starting a new one.
A reset clears the user namespace but keeps imported modules (that is the speed-up); the
process-wide state that survives a reset and matters (cwd, os.environ, sys.path, warnings
filters, open figures, pandas options) is put back to the kernel's start-up values.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import tempfile
import uuid
from typing import Any

import nbformat
from jupyter_client.manager import AsyncKernelManager
from jupyter_client.session import Session
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

from workreport.errors import KernelUnavailable, WorkreportError

# Run silently before every notebook.  It must leave nothing in the user namespace.
# The reset ends with a full garbage collection (IPython's DisplayHook.flush); what
# survives it is the kernel's long-lived state (modules, caches), so it is frozen
# (gc.freeze): the next reset's collection, and every collection while a notebook
# runs, scans only what the notebooks made since, not the whole of pandas and
# matplotlib again (that scan was 7% of the notebooks' CPU time, py-spy).
_PRELUDE = """\
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
get_ipython().reset(new_session=True)
__import__("gc").freeze()
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


class KernelStartFailed(KernelLost):
    """The kernel did not come up (or its preload failed)."""


class WarmKernel:
    """One kernel process plus one client (with its own Session), reused across notebooks.

    IPC (Unix socket) transport, not TCP: kernels started concurrently, by us or by other
    processes, cannot race for the same port; and ipykernel 7 warns on every unencrypted
    TCP start.  ``preload`` runs once per kernel, silently, before the first notebook.
    """

    def __init__(self, kernel_name: str, cwd: str, preload: str = "",
                 startup_timeout: float = 30, attempts: int = 3) -> None:
        self.kernel_name = kernel_name
        self.cwd = cwd
        self.preload = preload
        self.startup_timeout = startup_timeout
        self.attempts = attempts
        self.km: AsyncKernelManager | None = None
        self.kc: Any = None
        self.pid: int | None = None

    async def start(self) -> None:
        """Start the kernel, retrying: a kernel start very rarely hangs and then never answers."""
        for attempt in range(1, self.attempts + 1):
            try:
                await self._start_once()
                return
            except Exception as exc:
                await self.shutdown(now=True)
                if isinstance(exc, WorkreportError):
                    raise
                if attempt == self.attempts:
                    raise KernelStartFailed(f"kernel {self.kernel_name!r} did not start: "
                                            f"{type(exc).__name__}: {exc}") from exc

    async def _start_once(self) -> None:
        sockets = os.path.join(tempfile.gettempdir(), f"workreport-{uuid.uuid4().hex[:12]}")
        self.km = km = AsyncKernelManager(kernel_name=self.kernel_name, transport="ipc",
                                          ip=sockets)
        # History in memory: parallel kernels never contend for ~/.ipython's sqlite file.
        await km.start_kernel(extra_arguments=["--HistoryManager.hist_file=:memory:"],
                              cwd=self.cwd)
        self.pid = getattr(getattr(km.provisioner, "process", None), "pid", None)
        # Our own Session rather than the manager's: nothing else ever shares its state.
        session = Session(key=km.session.key, signature_scheme=km.session.signature_scheme)
        self.kc = kc = km.client(session=session)
        kc.start_channels()
        await kc.wait_for_ready(timeout=self.startup_timeout)
        kc.allow_stdin = False
        if self.preload:
            msg_id = kc.execute(self.preload, silent=True, store_history=False)
            while True:
                reply = await kc.get_shell_msg(timeout=300)
                if reply["parent_header"].get("msg_id") == msg_id:
                    break
            content = reply["content"]
            if content.get("status") != "ok":
                raise KernelUnavailable(f"the kernel preload failed: {content.get('ename')}: "
                                        f"{content.get('evalue')}")

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

    async def run(self, nb: nbformat.NotebookNode,
                  timeout: int | None = None) -> nbformat.NotebookNode:
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
                self.kc.execute(_PRELUDE.format(cwd=self.cwd), silent=True, store_history=False)
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
