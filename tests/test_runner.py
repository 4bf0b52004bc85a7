"""The notebook runner: incremental, parallel on warm kernels, atomic, locked, interruptible."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import nbformat
import pytest

from workreport.errors import BuildLocked, NotebookError
from workreport.runner import Job, KernelUnavailable, MissingInput, build_lock, execute

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "notebooks"


@pytest.fixture(scope="session")
def kernel() -> str:
    """The venv's "workreport" kernel; "python3" (ipykernel maps it to this interpreter)."""
    from jupyter_client.kernelspec import KernelSpecManager

    return "workreport" if "workreport" in KernelSpecManager().find_kernel_specs() else "python3"


@pytest.fixture
def proj(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project directory, also the current one, with copies of the fixture notebooks."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "nb").mkdir()
    for src in FIXTURES.glob("*.ipynb"):
        (tmp_path / "nb" / src.name).write_bytes(src.read_bytes())
    return tmp_path


def run(jobs: list[Job], kernel: str, **kw) -> object:
    kw.setdefault("workers", 2)
    return execute(jobs, kernel=kernel, state=Path(".workreport/state.json"), progress=False,
                   **kw)


def ok_job(x: int, **kw) -> Job:
    return Job(Path("nb/ok.ipynb"), Path(f"out/ok-{x}.ipynb"), {"x": x}, title=f"ok {x}", **kw)


def stdout(path: Path) -> str:
    nb = nbformat.read(path, as_version=4)
    return "".join(o.get("text", "") for c in nb.cells for o in c.get("outputs", [])
                   if o.get("name") == "stdout")


def temps(*dirs: Path) -> list[Path]:
    return [p for d in dirs if d.is_dir() for p in d.rglob("*") if "tmp" in p.name]


@pytest.mark.slow
def test_outputs_tags_and_table(proj: Path, kernel: str) -> None:
    jobs = [ok_job(x) for x in (1, 2, 3, 21)]
    jobs.append(Job(Path("nb/noparams.ipynb"), Path("out/np.ipynb"), {}))
    summary = run(jobs, kernel)
    assert [j.output for j in summary.ran] != [] and len(summary.ran) == 5
    for x in (1, 2, 3, 21):
        assert stdout(proj / f"out/ok-{x}.ipynb") == f"x*2={2 * x}\n"
    nb = nbformat.read(proj / "out/ok-3.ipynb", as_version=4)
    tags = [c.metadata.get("tags", []) for c in nb.cells]
    assert tags[1] == ["parameters", "remove-cell"]  # the template's parameters cell
    assert tags[2] == ["injected-parameters", "remove-cell"]
    # The parameters are at the end, in a collapsed "How this page was made" block.
    assert tags[-1] == ["parameters-table"] and nb.cells[-1].cell_type == "markdown"
    made = nb.cells[-1].source
    assert made.startswith("```{admonition} How this page was made\n:class: dropdown")
    assert "| parameter | value |" in made and "| x | 3 |" in made
    assert "x = 3" in nb.cells[2].source
    assert stdout(proj / "out/np.ipynb") == "no parameters here\n"
    plain = nbformat.read(proj / "out/np.ipynb", as_version=4)
    assert [c.metadata.get("tags", []) for c in plain.cells] == [[]]  # nothing injected


@pytest.mark.slow
def test_no_volatile_metadata_byte_identical(proj: Path, kernel: str) -> None:
    jobs = [ok_job(1), ok_job(2), Job(Path("nb/warns.ipynb"), Path("out/warns.ipynb"), {})]
    run(jobs, kernel)
    first = {j.output: (proj / j.output).read_bytes() for j in jobs}
    stamps = {j.output: (proj / j.output).stat().st_mtime_ns for j in jobs}
    summary = run(jobs, kernel, force=True)
    assert len(summary.ran) == 3
    assert {j.output: (proj / j.output).read_bytes() for j in jobs} == first
    # Run again to the same bytes, the files are left as they were (Sphinx, reading by
    # mtime, re-renders none of them).
    assert {j.output: (proj / j.output).stat().st_mtime_ns for j in jobs} == stamps
    for data in first.values():
        text = data.decode()
        assert text.endswith("}\n")
        for volatile in ("start_time", "end_time", "duration", '"execution"', "ipykernel_",
                         str(proj), "tmp"):
            assert volatile not in text
        nb = json.loads(text)
        assert all("papermill" not in c["metadata"] for c in nb["cells"])
    assert "<cell>:2: UserWarning: careful" in first[Path("out/warns.ipynb")].decode()


@pytest.mark.slow
def test_incremental(proj: Path, kernel: str) -> None:
    (proj / "a.csv").write_text("a\n1\n")
    (proj / "b.csv").write_text("b\n1\n")
    (proj / "code").mkdir()
    (proj / "code" / "lib.py").write_text("X = 1\n")
    (proj / "nb" / "ok2.ipynb").write_bytes((proj / "nb" / "ok.ipynb").read_bytes())
    jobs = [ok_job(1, inputs=(Path("a.csv"),)), ok_job(2, inputs=(Path("b.csv"),)),
            ok_job(3, inputs=(Path("a.csv"), Path("b.csv"))),
            Job(Path("nb/ok2.ipynb"), Path("out/other.ipynb"), {"x": 9})]

    def outputs(summary) -> set[str]:
        return {j.output.name for j in summary.ran}

    assert len(run(jobs, kernel, code=[Path("code")]).ran) == 4
    summary = run(jobs, kernel, code=[Path("code")])
    assert summary.ran == [] and len(summary.skipped) == 4
    (proj / "a.csv").write_text("a\n2\n")
    assert outputs(run(jobs, kernel, code=[Path("code")])) == {"ok-1.ipynb", "ok-3.ipynb"}
    nb = nbformat.read(proj / "nb/ok2.ipynb", as_version=4)
    nb.cells.append(nbformat.v4.new_markdown_cell("changed"))
    nb.cells[-1]["id"] = "changed"
    nbformat.write(nb, proj / "nb/ok2.ipynb")
    assert outputs(run(jobs, kernel, code=[Path("code")])) == {"other.ipynb"}
    (proj / "out/ok-2.ipynb").unlink()
    assert outputs(run(jobs, kernel, code=[Path("code")])) == {"ok-2.ipynb"}
    (proj / "code" / "lib.py").write_text("X = 2\n")
    assert len(run(jobs, kernel, code=[Path("code")]).ran) == 4


@pytest.mark.slow
def test_failure_keeps_last_good_output(proj: Path, kernel: str) -> None:
    bad = Job(Path("nb/broken.ipynb"), Path("out/bad.ipynb"), {"x": 5}, title="bad")
    (proj / "out").mkdir()
    (proj / "out/bad.ipynb").write_bytes(b"last good\n")
    with pytest.raises(NotebookError) as info:
        run([bad, ok_job(1), ok_job(2)], kernel)
    err = info.value
    message = str(err)
    assert "out/bad.ipynb" in message and "x=5" in message
    assert "cell 2" in message and "boom" in message
    assert err.cell_index == 2 and err.ename == "ValueError" and err.evalue == "boom"
    assert err.cell_source == "raise ValueError('boom')"
    assert (proj / "out/bad.ipynb").read_bytes() == b"last good\n"
    state = json.loads((proj / ".workreport/state.json").read_text())
    assert not any("bad" in key for key in state["entries"])
    assert temps(proj / "out", proj / ".workreport") == []
    failed = proj / ".workreport/failed/out/bad.failed.ipynb"
    cells = nbformat.read(failed, as_version=4).cells
    # A banner at the top, as papermill does, linking to a marker before the failing cell.
    assert "An exception was encountered at" in cells[0].source
    assert "cell 2" in cells[0].source and "ValueError: boom" in cells[0].source
    marker = next(i for i, c in enumerate(cells) if 'id="workreport-error-cell"' in c.source)
    assert cells[marker + 1].source == "raise ValueError('boom')"
    # The notebooks that did run are recorded; the failure runs again next time.
    (proj / "nb/broken.ipynb").write_bytes((proj / "nb/ok.ipynb").read_bytes())
    summary = run([bad, ok_job(1), ok_job(2)], kernel)
    assert {j.output.name for j in summary.ran} >= {"bad.ipynb"}
    assert stdout(proj / "out/bad.ipynb") == "x*2=10\n"
    assert not failed.exists()


@pytest.mark.slow
def test_warm_kernel_isolation_and_retry(proj: Path, kernel: str) -> None:
    jobs = [ok_job(1),
            Job(Path("nb/probe.ipynb"), Path("out/p1.ipynb"), {"label": "one"}),
            Job(Path("nb/probe.ipynb"), Path("out/p2.ipynb"), {"label": "two"}),
            Job(Path("nb/dies_once.ipynb"), Path("out/dies.ipynb"), {"marker": "died"}),
            Job(Path("nb/probe.ipynb"), Path("out/p3.ipynb"), {"label": "three"})]
    (proj / "work").mkdir()
    preload = "import os; os.environ['WORKREPORT_PROBE'] = 'preloaded'"
    run(jobs, kernel, workers=1, cwd=Path("work"), preload=preload)
    p1, p2, p3 = (stdout(proj / f"out/p{i}.ipynb").splitlines() for i in (1, 2, 3))
    assert p1[0] == p2[0] != p3[0]  # same warm kernel; a new one after the crash
    for lines in (p1, p2, p3):  # each probe set os.environ and y; neither survives
        assert lines[1:] == ["y visible: False", f"cwd {proj / 'work'}", "env preloaded"]
    assert (proj / "work/died").exists()
    assert stdout(proj / "out/dies.ipynb") == "survived\n"


def test_lock_held_by_another_process(proj: Path, kernel: str) -> None:
    lock = proj / ".workreport/build.lock"
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, time
            from workreport.runner import build_lock
            with build_lock({str(lock)!r}):
                print("held", flush=True)
                time.sleep(30)
        """)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(BuildLocked) as info:
            run([ok_job(1)], kernel)
        assert f"pid {holder.pid}" in str(info.value) and str(lock) in str(info.value)
    finally:
        holder.kill()
        holder.wait()
    with build_lock(lock), build_lock(lock):  # free again, and re-entrant in one process
        assert lock.read_text().strip() == str(os.getpid())
    with pytest.raises(MissingInput), build_lock(lock):
        run([ok_job(1, inputs=(Path("missing.csv"),))], kernel)
    with build_lock(lock):
        pass  # released on the error path too


def test_unknown_kernel(proj: Path) -> None:
    with pytest.raises(KernelUnavailable, match="not installed"):
        run([ok_job(1)], "no-such-kernel-xyz")
    assert not (proj / "out").exists()


@pytest.mark.slow
def test_sigint_cleans_up_and_next_run_recovers(proj: Path, kernel: str) -> None:
    def job(seconds: int) -> Job:
        marker = str(proj / "kernel.pid")
        return Job(Path("nb/sleepy.ipynb"), Path("out/sleepy.ipynb"),
                   {"marker": marker, "seconds": seconds})

    run([job(0)], kernel)
    good = (proj / "out/sleepy.ipynb").read_bytes()
    (proj / "kernel.pid").unlink()
    script = textwrap.dedent(f"""
        from pathlib import Path
        from workreport.runner import Job, execute
        execute([Job(Path("nb/sleepy.ipynb"), Path("out/sleepy.ipynb"),
                     {{"marker": {str(proj / "kernel.pid")!r}, "seconds": 60}}),
                 Job(Path("nb/ok.ipynb"), Path("out/ok-7.ipynb"), {{"x": 7}})],
                kernel={kernel!r}, workers=1, progress=False)
    """)
    child = subprocess.Popen([sys.executable, "-c", script], cwd=proj, stderr=subprocess.PIPE,
                             text=True)
    deadline = time.monotonic() + 30
    while not (proj / "kernel.pid").exists() or not (proj / "kernel.pid").read_text():
        assert time.monotonic() < deadline and child.poll() is None
        time.sleep(0.1)
    kernel_pid = int((proj / "kernel.pid").read_text())
    child.send_signal(signal.SIGINT)
    _, err = child.communicate(timeout=30)
    assert child.returncode != 0 and "KeyboardInterrupt" in err
    assert (proj / "out/sleepy.ipynb").read_bytes() == good
    assert not (proj / "out/ok-7.ipynb").exists()
    assert temps(proj / "out", proj / ".workreport") == []
    time.sleep(0.2)
    with pytest.raises(ProcessLookupError):
        os.kill(kernel_pid, 0)
    summary = run([job(0)], kernel)  # lock free, state intact: the good output is current
    assert summary.ran == [] and len(summary.skipped) == 1
    assert len(run([job(0)], kernel, force=True).ran) == 1


def _started(pool, seconds: float = 120) -> list[int]:
    """The pids of a warm pool's kernels once all have started (and preloaded)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        pids = [t.kernel.pid for t in pool.threads]
        if all(pids) and all(t.kernel.kc is not None for t in pool.threads):
            return pids
        time.sleep(0.1)
    raise AssertionError("the warm kernels did not start")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.mark.slow
def test_warm_pool_runs_the_jobs_on_the_kernels_it_started(proj: Path, kernel: str) -> None:
    """``warm_pool`` starts its kernels (with the preload) before the jobs are known;
    ``execute`` runs the jobs on them; a worker with no job left stops its kernel."""
    from workreport.runner import warm_pool

    preload = "import os; os.environ['WORKREPORT_PROBE'] = 'preloaded'"
    warm = warm_pool(workers=3, kernel=kernel, state=Path(".workreport/state.json"),
                     preload=preload)
    try:
        pids = _started(warm)
        jobs = [Job(Path("nb/probe.ipynb"), Path(f"out/p{i}.ipynb"), {"label": str(i)})
                for i in (1, 2)]
        summary = run(jobs, kernel, workers=2, warm=warm)
    finally:
        warm.close()
    assert len(summary.ran) == 2
    for i in (1, 2):
        lines = stdout(proj / f"out/p{i}.ipynb").splitlines()
        assert int(lines[0].split()[1]) in pids
        assert lines[1:] == ["y visible: False", f"cwd {proj}", "env preloaded"]
    assert not any(t.is_alive() for t in warm.threads)
    assert not any(_alive(pid) for pid in pids)


@pytest.mark.slow
def test_warm_pool_with_nothing_to_run_stops_its_kernels(proj: Path, kernel: str) -> None:
    from workreport.runner import warm_pool

    run([ok_job(1)], kernel)
    warm = warm_pool(workers=2, kernel=kernel, state=Path(".workreport/state.json"))
    pids = _started(warm)
    summary = run([ok_job(1)], kernel, warm=warm)  # up to date: closes the pool
    assert summary.ran == [] and len(summary.skipped) == 1
    assert not any(t.is_alive() for t in warm.threads)
    assert not any(_alive(pid) for pid in pids)
    unused = warm_pool(workers=1, kernel=kernel, state=Path(".workreport/state.json"))
    unused.close()  # the caller failed before execute: closed at once, even mid-start
    assert not any(t.is_alive() for t in unused.threads)
