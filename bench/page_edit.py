"""Time (d) of ``bench/build_times.py`` again and again: one hand-written page edited.

    python bench/page_edit.py [--runs N] [--scratch DIR]

Builds a scratch copy of the project once (``workreport build``; or reuses ``--scratch``,
a copy this script built before), then edits ``book/methods.md`` ``--runs`` times, each
edit followed by a ``workreport build``, and prints for each the seconds, the CPU seconds
of the build and all its processes (user + system: what other work on a shared machine
inflates least) and the load average when it started; then the median of each, and the
sizes of what every such build reads or copies: the doctrees, the staging HTML and the
published ``_build/html``. Writes nothing outside its scratch copy.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_times import CPU, build_step, copy_project


def _size(path: Path) -> float:
    """Megabytes of the files under ``path``."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=4, help="edits timed")
    ap.add_argument("--scratch", type=Path, help="a scratch copy built before (kept)")
    args = ap.parse_args()
    scratch = args.scratch or Path(tempfile.mkdtemp(prefix="workreport-edit-"))
    ours = scratch / "workreport"
    build = [sys.executable, "-m", "workreport.cli", "build", "--root", str(ours)]
    print(f"scratch: {scratch}")
    if not ours.is_dir():
        ours.mkdir(parents=True)
        copy_project(ours)
    if not (ours / "_build" / "html" / "index.html").is_file():
        seconds, ran, rc = build_step(build, ours, scratch / "clean.log")
        if rc:
            print((scratch / "clean.log").read_text(encoding="utf-8"), file=sys.stderr)
            return rc
        cpu, load = CPU["clean"]
        print(f"clean build: {seconds:.1f} s, CPU {cpu:.1f} s, load {load:.1f}, "
              f"{ran} notebooks run")
    methods = ours / "book" / "methods.md"
    walls, cpus = [], []
    for i in range(args.runs):
        methods.write_text(methods.read_text(encoding="utf-8") + f"\nEdit {i}.\n",
                           encoding="utf-8")
        seconds, ran, rc = build_step(build, ours, scratch / f"edit{i}.log")
        if rc:
            print((scratch / f"edit{i}.log").read_text(encoding="utf-8"), file=sys.stderr)
            return rc
        cpu, load = CPU[f"edit{i}"]
        walls.append(seconds)
        cpus.append(cpu)
        print(f"(d) edit {i}: {seconds:.2f} s, CPU {cpu:.2f} s, load {load:.1f}, "
              f"{ran} notebooks run")
    print(f"(d) median of {args.runs}: {statistics.median(walls):.2f} s, "
          f"CPU {statistics.median(cpus):.2f} s (load now {os.getloadavg()[0]:.1f})")
    staging = ours / "_build" / ".staging" / "_build"
    print(f"doctrees {_size(staging / '.doctrees'):.1f} MB, staging HTML "
          f"{_size(staging / 'html'):.1f} MB, published {_size(ours / '_build' / 'html'):.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
