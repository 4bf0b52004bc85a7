"""Where a clean build's time goes: wall and CPU seconds of each part, in a scratch copy.

    python bench/build_profile.py [--workers N] [--no-html] [--top K]

Runs the steps of ``workreport build`` one by one (extract; plan and pages; the notebooks
on warm kernels; the render) and splits the notebooks' share into kernel starts, the
per-notebook overhead of this process (papermill's injection, nbclient's messaging,
hygiene, writing: CPU of the worker threads outside the kernels), the kernels' reset
between notebooks, and the notebooks' own cells, with the costliest cells by template.
CPU seconds are user + system of this process (``time.process_time``), of the kernels
(psutil, per cell) and of the render's processes (children): what other work on a shared
machine inflates least. Prints the figures; writes nothing outside its scratch copy.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

import psutil
from nbclient import NotebookClient

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_times import copy_project

from workreport.runner import kernels, pool

#: name -> [wall, cpu]; cells: (template, index, first line) -> [wall, kernel cpu, runs]
PARTS: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])
CELLS: dict[tuple[str, int, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0])
LOCK = threading.Lock()
_state = threading.local()


def add(name: str, wall: float, cpu: float) -> None:
    with LOCK:
        PARTS[name][0] += wall
        PARTS[name][1] += cpu


def kernel_cpu(kernel: kernels.WarmKernel) -> float:
    t = psutil.Process(kernel.pid).cpu_times() if kernel.pid else None
    return t.user + t.system if t else 0.0


def instrument() -> None:
    """Wrap the runner's steps to time them (nothing of the runner is changed)."""
    start, run, one = kernels.WarmKernel.start, kernels.WarmKernel.run, pool._Worker._one
    execute_cell = NotebookClient.async_execute_cell

    async def timed_start(self):
        w = time.perf_counter()
        c = time.thread_time()
        await start(self)
        add("kernel start (+ preload)", time.perf_counter() - w,
            time.thread_time() - c + kernel_cpu(self))

    async def timed_run(self, nb, timeout=None):
        _state.kernel, _state.first = self, True
        w, c, k = time.perf_counter(), time.thread_time(), kernel_cpu(self)
        _state.mark = (w, k)
        try:
            return await run(self, nb, timeout)
        finally:
            add("kernel run: this process (nbclient)", 0.0, time.thread_time() - c)

    async def timed_cell(self, cell, index, **kw):
        kernel = _state.kernel
        w0, k0 = time.perf_counter(), kernel_cpu(kernel)
        if _state.first:  # the reset (prelude) and kernel_info since run() began
            _state.first = False
            add("kernel reset between notebooks", w0 - _state.mark[0], k0 - _state.mark[1])
        try:
            return await execute_cell(self, cell, index, **kw)
        finally:
            w, k = time.perf_counter() - w0, kernel_cpu(kernel) - k0
            add("notebook cells (kernel)", w, k)
            line = (cell.source.splitlines() or [""])[0][:60]
            with LOCK:
                entry = CELLS[(_state.template, index, line)]
                entry[0] += w
                entry[1] += k
                entry[2] += 1

    async def timed_one(self, job):
        _state.template = Path(job.template).stem
        w, c = time.perf_counter(), time.thread_time()
        try:
            return await one(self, job)
        finally:
            add("per-notebook total (wall)", time.perf_counter() - w, 0.0)
            add("per-notebook: this process (prepare, nbclient, hygiene, write)", 0.0,
                time.thread_time() - c)

    kernels.WarmKernel.start, kernels.WarmKernel.run = timed_start, timed_run
    pool._Worker._one = timed_one
    NotebookClient.async_execute_cell = timed_cell


def step(name: str, fn):
    """Run ``fn``, adding its wall and CPU (this process + reaped children) to PARTS."""
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    w, c = time.perf_counter(), time.process_time()
    out = fn()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    children = after.ru_utime + after.ru_stime - kids.ru_utime - kids.ru_stime
    add(name, time.perf_counter() - w, time.process_time() - c + children)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--no-html", action="store_true")
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()
    instrument()
    import importlib

    b = importlib.import_module("workreport.book.build")  # the package exports build()
    from workreport.book.pages import write_pages
    from workreport.extract.catalog import available, load_catalog
    from workreport.paths import Layout

    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="workreport-profile-") as tmp:
        root = Path(tmp)
        copy_project(root)
        os.chdir(root)
        layout = Layout.at(root)
        total = time.perf_counter()
        catalogued = load_catalog(layout.catalog)
        reports, _ = available(catalogued)
        step("extract", lambda: b.extract(layout, force=True, reports=reports))

        def planning():
            b.split(layout)
            jobs = b.plan(layout, catalogued)
            write_pages(layout, jobs, catalogued)
            return jobs

        jobs = step("plan and pages", planning)
        summary = step("notebooks (all)", lambda: b.run(layout, jobs, force=True,
                                                         workers=args.workers,
                                                         progress=False))
        if not args.no_html:
            repo = b.repository(layout)
            step("render (jupyter-book)", lambda: b.render(layout, repo, force=True,
                                                           progress=False))
        total = time.perf_counter() - total
    print(f"clean build profile: {len(summary.ran)} notebooks, workers "
          f"{args.workers or os.cpu_count()}, load average {load:.1f} at the start, "
          f"{total:.1f} s wall")
    print(f"{'part':64} {'wall s':>7} {'CPU s':>7}")
    for name, (wall, cpu) in PARTS.items():
        print(f"{name:64} {wall:7.1f} {cpu:7.1f}")
    print(f"\ncostliest cells (summed over notebooks; kernel CPU; cell numbers of the executed "
          f"notebook, the injected parameters included), top {args.top}:")
    ranked = sorted(CELLS.items(), key=lambda kv: -kv[1][1])[: args.top]
    for (template, index, line), (wall, cpu, runs) in ranked:
        print(f"{cpu:6.1f} s CPU {wall:6.1f} s wall {runs:3d}x {template}[{index}] {line}")
    by_template: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])
    for (template, _, _), (_wall, cpu, runs) in CELLS.items():
        by_template[template][0] += cpu
        by_template[template][1] = max(by_template[template][1], runs)
    print("\nkernel CPU by template (cells only):")
    for template, (cpu, runs) in sorted(by_template.items(), key=lambda kv: -kv[1][0]):
        print(f"{cpu:6.1f} s  {int(runs):3d} notebooks  {template}")


if __name__ == "__main__":
    main()
