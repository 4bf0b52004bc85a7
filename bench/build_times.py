"""Time the book build on this machine, in one run, in scratch copies of the project.

(a) clean build: ``workreport build`` with no book/generated, _build or .workreport;
(b) rebuild with nothing changed;
(c) jupyter-book's own execution of the same notebooks: the papermill-parameterised
    notebooks (book/generated after (a)) with their outputs cleared, built by
    ``jupyter-book build`` with ``execute_notebooks: "force"`` in another scratch project;
(d) one hand-written page edited (book/methods.md);
(e) one notebook template edited (notebooks/themes.ipynb);
(f) one report added to data/reports.yml (the State Council's 2019 report, a year of its
    series, from ../shared/corpus-extra; skipped when it is absent).

For each: the seconds, the CPU seconds of the step and all its processes (user + system,
kernels and jupyter-book included: what other work on the machine does not inflate),
the load average when it started, and the notebooks run. The aims (issue 15): a/c <= 0.2,
b <= 0.5 s, d <= 4 s, f runs only the new report's notebooks and the few that read it. Usage:
``python bench/build_times.py [--workers N] [--keep]``; prints the figures and writes
them to bench/results/build_times.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat
import yaml

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def copy_project(dest: Path) -> None:
    """What a build reads: config, toc, hand-written pages, templates, catalogue, texts."""
    for name in ("_config.yml", "_toc.yml"):
        shutil.copy2(ROOT / name, dest / name)
    (dest / "book").mkdir()
    for page in (ROOT / "book").glob("*.md"):
        shutil.copy2(page, dest / "book" / page.name)
    if (ROOT / "book" / "_static").is_dir():
        shutil.copytree(ROOT / "book" / "_static", dest / "book" / "_static")
    shutil.copytree(ROOT / "notebooks", dest / "notebooks",
                    ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    (dest / "data").mkdir()
    if (ROOT / "data" / "glossary.csv").is_file():
        shutil.copy2(ROOT / "data" / "glossary.csv", dest / "data" / "glossary.csv")
    shutil.copytree(ROOT / "data" / "raw", dest / "data" / "raw")
    # Texts kept outside the project (../shared/corpus) are read where they are.
    catalog = yaml.safe_load((ROOT / "data" / "reports.yml").read_text(encoding="utf-8"))
    for entry in catalog["reports"]:
        if not (ROOT / "data" / entry["file"]).resolve().is_relative_to(ROOT):
            entry["file"] = str((ROOT / "data" / entry["file"]).resolve())
    write_catalog(dest, catalog)


def write_catalog(dest: Path, catalog: dict) -> None:
    (dest / "data" / "reports.yml").write_text(yaml.safe_dump(catalog, allow_unicode=True),
                                               encoding="utf-8")


_RAN = re.compile(r"notebooks: (\d+) ran")


#: CPU seconds and load average of each step timed, by its log's name.
CPU: dict[str, tuple[float, float]] = {}


def build_step(cmd: list[str], cwd: Path, log: Path) -> tuple[float, int, int]:
    """(seconds, notebooks run, exit status) of one ``workreport build``."""
    seconds, rc = timed(cmd, cwd, log)
    m = _RAN.search(log.read_text(encoding="utf-8"))
    return seconds, int(m.group(1)) if m else 0, rc


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(cmd: list[str], cwd: Path, log: Path) -> tuple[float, int]:
    """(seconds, exit status); the CPU seconds of the command and every process it
    waited for (kernels, jupyter-book) and the load average go to ``CPU``."""
    load, cpu = os.getloadavg()[0], _children_cpu()
    started = time.monotonic()
    with log.open("w", encoding="utf-8") as fh:
        rc = subprocess.run(cmd, cwd=cwd, stdout=fh, stderr=subprocess.STDOUT).returncode
    CPU[log.stem] = (_children_cpu() - cpu, load)
    return time.monotonic() - started, rc


def cpu_note(step: str) -> str:
    cpu, load = CPU.get(step, (0.0, 0.0))
    return f" [CPU {cpu:.1f} s, load average {load:.1f}]"


def jupyter_book_project(built: Path, dest: Path) -> int:
    """A copy of the built project whose notebooks jupyter-book must execute itself."""
    for name in ("_toc.yml",):
        shutil.copy2(built / name, dest / name)
    config = yaml.safe_load((built / "_config.yml").read_text(encoding="utf-8"))
    config["execute"] = {"execute_notebooks": "force", "timeout": 600}
    (dest / "_config.yml").write_text(yaml.safe_dump(config, allow_unicode=True),
                                      encoding="utf-8")
    shutil.copytree(built / "data", dest / "data")
    data_dir = (dest / "data" / "processed").as_posix()
    count = 0
    for src in sorted((built / "book").rglob("*")):
        rel = src.relative_to(built / "book")
        out = dest / "book" / rel
        if src.is_dir():
            out.mkdir(parents=True, exist_ok=True)
            continue
        out.parent.mkdir(parents=True, exist_ok=True)
        if src.suffix != ".ipynb":
            shutil.copy2(src, out)
            continue
        nb = nbformat.read(src, as_version=4)
        for cell in nb.cells:
            if cell.cell_type == "code":
                cell.outputs, cell.execution_count = [], None
                # jupyter-book runs a notebook in its own directory; papermill-style runs
                # use the project root, so point the data at it explicitly.
                if "injected-parameters" in cell.metadata.get("tags", []):
                    cell.source = cell.source.replace('"data/processed"', repr(data_dir))
        nbformat.write(nb, out)
        count += 1
    return count


# (f): a year of the State Council's series that data/reports.yml does not hold; its
# entry needs only an id and the file (what a report is, is read from its text).
ADDED = {"id": "national-statecouncil-2019", "chapters": "series"}
ADDED_TEXT = Path("corpus-extra") / f"{ADDED['id']}.txt"


def edits(ours: Path, build: list[str], scratch: Path) -> dict:
    """(d), (e), (f) in turn on the built project; each is timed and counted."""
    out: dict = {}
    methods = ours / "book" / "methods.md"
    methods.write_text(methods.read_text(encoding="utf-8") + "\nOne more sentence.\n",
                       encoding="utf-8")
    out["d"] = build_step(build, ours, scratch / "d.log")
    template = ours / "notebooks" / "themes.ipynb"
    nb = nbformat.read(template, as_version=4)
    cell = nbformat.v4.new_markdown_cell("One more note.")
    cell["id"] = "bench-edit"
    nb.cells.append(cell)
    nbformat.write(nb, template)
    out["e"] = build_step(build, ours, scratch / "e.log")
    text = ROOT.parent / "shared" / ADDED_TEXT
    catalog = yaml.safe_load((ours / "data" / "reports.yml").read_text(encoding="utf-8"))
    if text.is_file() and ADDED["id"] not in {r["id"] for r in catalog["reports"]}:
        catalog["reports"].append({**ADDED, "file": str(text)})
        write_catalog(ours, catalog)
        out["f"] = build_step(build, ours, scratch / "f.log")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workers", type=int, default=None, help="parallel kernels")
    ap.add_argument("--keep", action="store_true", help="keep the scratch projects")
    args = ap.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="workreport-bench-"))
    ours, theirs = scratch / "workreport", scratch / "jupyter-book"
    ours.mkdir()
    theirs.mkdir()
    copy_project(ours)
    build = [sys.executable, "-m", "workreport.cli", "build", "--root", str(ours)]
    if args.workers:
        build += ["--workers", str(args.workers)]
    results: dict = {"machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                                 "platform": platform.platform()}}
    try:
        print(f"scratch: {scratch}")
        a, ran_a, rc = build_step(build, ours, scratch / "a.log")
        if rc:
            print((scratch / "a.log").read_text(encoding="utf-8"), file=sys.stderr)
            return rc
        print(f"(a) clean build: {a:.1f} s, {ran_a} notebooks run" + cpu_note("a"))
        b, ran_b, rc = build_step(build, ours, scratch / "b.log")
        print(f"(b) rebuild, nothing changed: {b:.2f} s, {ran_b} notebooks run"
              + (f" (exit {rc})" if rc else "") + cpu_note("b"))
        count = jupyter_book_project(ours, theirs)
        cmd = [str(BIN / "jupyter-book"), "build", str(theirs), "--builder", "html",
               "--keep-going"]
        c, rc_c = timed(cmd, theirs, scratch / "c.log")
        ok = (theirs / "_build" / "html" / "index.html").is_file()
        print(f"(c) jupyter-book executing the same {count} notebooks itself: {c:.1f} s, "
              f"{count} notebooks run"
              + ("" if rc_c == 0 and ok else f" (exit {rc_c}; see {scratch / 'c.log'})")
              + cpu_note("c"))
        steps = edits(ours, build, scratch)
        labels = {"d": "one hand-written page edited", "e": "one notebook template edited",
                  "f": "one report added"}
        for key, label in labels.items():
            if key in steps:
                s, ran, rc = steps[key]
                print(f"({key}) {label}: {s:.1f} s, {ran} notebooks run"
                      + (f" (exit {rc}; see {scratch / (key + '.log')})" if rc else "")
                      + cpu_note(key))
            else:
                print(f"({key}) {label}: skipped (../shared/{ADDED_TEXT} is absent or "
                      "already catalogued)")
        print(f"a / c = {a / c:.2f}  (aim <= 0.2; in CPU seconds "
              f"{CPU['a'][0] / max(CPU['c'][0], 1e-9):.2f})")
        print(f"b = {b:.2f} s  (aim <= 0.5 s)")
        if "d" in steps:
            print(f"d = {steps['d'][0]:.1f} s  (aim <= 4 s)")
        results.update({"clean_build_s": round(a, 2), "noop_rebuild_s": round(b, 2),
                        "jupyter_book_execute_s": round(c, 2), "notebooks": ran_a,
                        "a_over_c": round(a / c, 3), "workers": args.workers or os.cpu_count(),
                        "jupyter_book_exit": rc_c,
                        **{f"{k}_s": round(v[0], 2) for k, v in steps.items()},
                        **{f"{k}_notebooks_run": v[1] for k, v in steps.items()},
                        **{f"{k}_cpu_s": round(v[0], 2) for k, v in CPU.items()},
                        **{f"{k}_load_average": round(v[1], 2) for k, v in CPU.items()}})
        out = ROOT / "bench" / "results"
        out.mkdir(parents=True, exist_ok=True)
        (out / "build_times.json").write_text(json.dumps(results, indent=1) + "\n",
                                              encoding="utf-8")
        print(f"wrote {(out / 'build_times.json').relative_to(ROOT)}")
    finally:
        if not args.keep:
            shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
