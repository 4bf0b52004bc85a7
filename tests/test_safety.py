"""Determinism and failure safety of the whole build, in a throwaway copy of the project.

- Two clean builds give byte-identical tables, executed notebooks and figure files.
- SIGINT in the middle of a notebook leaves the previous book and tables intact, and
  the next build recovers without manual cleaning.
- A second build started while one runs stops at once with a clear message.

The copy holds only the Yuzhong report, to keep the builds short.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from workreport.runner.hygiene import TMP_SUFFIX

from .conftest import ROOT

pytestmark = pytest.mark.slow


def _copy_project(dest: Path) -> Path:
    files = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard"],
                           cwd=ROOT, capture_output=True, text=True,
                           check=True).stdout.split()
    for f in files:
        src = ROOT / f
        if src.is_file():
            (dest / f).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / f)
    catalog = (dest / "data" / "reports.yml").read_text(encoding="utf-8")
    head, _, rest = catalog.partition("  - id: ")
    entries = ["  - id: " + e for e in rest.split("  - id: ")]
    (dest / "data" / "reports.yml").write_text(
        head + next(e for e in entries if e.startswith("  - id: yuzhong-2014")),
        encoding="utf-8")
    return dest


def _build(root: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "workreport.cli", "build", "--root",
                           str(root), "-q", *extra], cwd=root, capture_output=True, text=True)


def _digests(root: Path) -> dict[str, str]:
    """Hashes of the tables, the executed notebooks and the figure files."""
    out = {}
    globs = ["data/processed/*.csv", "data/processed/*.json", "data/processed/text/*.txt",
             "book/generated/**/*.ipynb", "book/generated/**/*.md", "_build/html/_images/*"]
    for pattern in globs:
        for p in sorted(root.glob(pattern)):
            out[str(p.relative_to(root))] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def _clean(root: Path) -> None:
    for d in ("data/processed", "book/generated", "_build", ".workreport"):
        shutil.rmtree(root / d, ignore_errors=True)


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    root = _copy_project(tmp_path_factory.mktemp("project"))
    r = _build(root)
    assert r.returncode == 0, r.stderr[-2000:]
    return root


def test_two_clean_builds_are_identical(project):
    first = _digests(project)
    assert any(k.endswith(".ipynb") for k in first)
    # The charts travel inside the executed notebooks (PNG outputs, shown as data URIs).
    assert any("image/png" in (project / k).read_text("utf-8") for k in first
               if k.endswith(".ipynb"))
    _clean(project)
    r = _build(project)
    assert r.returncode == 0, r.stderr[-2000:]
    second = _digests(project)
    assert first.keys() == second.keys()
    differ = [k for k in first if first[k] != second[k]]
    assert not differ, differ[:5]
    nb = json.loads(next((project / "book" / "generated").rglob("00-overview.ipynb"))
                    .read_text(encoding="utf-8"))
    text = json.dumps(nb)
    assert "start_time" not in text and "end_time" not in text and "duration" not in text


def _slow_overview(root: Path, seconds: int) -> None:
    """Make the overview template sleep in its second code cell (a change the runner sees)."""
    path = root / "notebooks" / "overview.ipynb"
    nb = json.loads(path.read_text(encoding="utf-8"))
    cell = next(c for c in nb["cells"] if c["cell_type"] == "code"
                and "parameters" not in c.get("metadata", {}).get("tags", []))
    src = "".join(cell["source"])
    cell["source"] = f"import time\ntime.sleep({seconds})\n" + src
    path.write_text(json.dumps(nb, ensure_ascii=False, indent=1), encoding="utf-8")


def _wait_for_kernel_work(root: Path, proc: subprocess.Popen, timeout: float = 60) -> None:
    """Wait until the build is executing notebooks (its lock is held and extraction done)."""
    deadline = time.monotonic() + timeout
    lock = root / ".workreport" / "build.lock"
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"build ended early: {proc.stderr.read()[-2000:]}")
        if lock.exists() and lock.read_text().strip():
            time.sleep(6)  # extraction and planning take a second; the kernels then start
            return
        time.sleep(0.2)
    raise AssertionError("the build never took its lock")


def test_sigint_and_concurrent_builds_leave_the_book_intact(project):
    before = _digests(project)
    html_before = {p: hashlib.sha256(p.read_bytes()).hexdigest()
                   for p in sorted((project / "_build" / "html").rglob("*")) if p.is_file()}
    template = project / "notebooks" / "overview.ipynb"
    original = template.read_bytes()
    _slow_overview(project, 60)
    proc = subprocess.Popen([sys.executable, "-m", "workreport.cli", "build", "--root",
                             str(project), "-q"], cwd=project, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        _wait_for_kernel_work(project, proc)
        # A second build while the first holds the lock: refused at once, one line.
        second = _build(project)
        assert second.returncode == 2
        assert "another build is running" in second.stderr
        assert len(second.stderr.strip().splitlines()) == 1
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode != 0
    assert "Traceback" not in err
    after = _digests(project)
    assert {k: v for k, v in after.items() if not k.startswith("book/generated")} == \
        {k: v for k, v in before.items() if not k.startswith("book/generated")}
    html_after = {p: hashlib.sha256(p.read_bytes()).hexdigest()
                  for p in sorted((project / "_build" / "html").rglob("*")) if p.is_file()}
    assert html_after == html_before
    leftovers = [p for p in project.rglob("*")
                 if p.name.endswith((".tmp", TMP_SUFFIX))]
    assert not leftovers, leftovers[:5]
    # The next build recovers by itself once the template is fixed.
    template.write_bytes(original)
    r = _build(project)
    assert r.returncode == 0, r.stderr[-2000:]
    assert (project / "_build" / "html" / "index.html").exists()
    assert not (project / ".workreport" / "build.lock").read_text().strip()
