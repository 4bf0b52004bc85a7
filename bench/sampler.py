"""The benchmarks' one sampler of a process tree: peak memory and CPU seconds.

``ProcessTree`` samples, every ``interval`` seconds in a thread, the resident memory of
this process (the driver), of its largest descendant (a worker: pool, forkserver, Dask
nanny or worker, a notebook kernel) and of the whole tree at once, and the CPU seconds
(user + system) of every process seen; on a loaded machine CPU time is the fair cost.
Used by ``scaling.py`` (the tree's peak) and ``corpus_scale.py`` (driver and worker).

    with ProcessTree() as tree:
        ...
    tree.total, tree.driver, tree.worker  # peak bytes
    tree.cpu                              # CPU seconds since entering
"""

from __future__ import annotations

import contextlib
import threading

import psutil

__all__ = ["ProcessTree"]


class ProcessTree:
    """Peak resident bytes (``driver``, ``worker``, ``total``) and CPU seconds (``cpu``)
    of this process and its descendants, sampled every ``interval`` seconds."""

    def __init__(self, interval: float = 0.1) -> None:
        self.interval = interval
        self.driver = self.worker = self.total = 0
        self._cpu: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        me = psutil.Process()
        start = sum(me.cpu_times()[:2])
        while not self._stop.is_set():
            total = 0
            with contextlib.suppress(psutil.Error):
                rss = me.memory_info().rss
                self.driver, total = max(self.driver, rss), rss
                self._cpu[me.pid] = sum(me.cpu_times()[:2]) - start
            for p in me.children(recursive=True):
                with contextlib.suppress(psutil.Error):
                    rss = p.memory_info().rss
                    self.worker, total = max(self.worker, rss), total + rss
                    self._cpu[p.pid] = sum(p.cpu_times()[:2])
            self.total = max(self.total, total)
            self._stop.wait(self.interval)

    @property
    def cpu(self) -> float:
        """CPU seconds (user + system) of the driver and every descendant so far."""
        return sum(self._cpu.values())

    def __enter__(self) -> ProcessTree:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
