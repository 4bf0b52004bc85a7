"""Stage 7: the book. Extract the tables, plan the notebooks, run them, render the HTML.

``build`` is what ``workreport build`` (``make book``) calls. Every step is incremental
and keyed on content hashes, never on timestamps:

1. **extract**: the data layer runs for every report of ``data/reports.yml`` into
   ``data/processed`` unless the catalogue, the raw texts, the glossary and the package
   code are byte-for-byte what the last extraction used;
2. **plan**: the tables decide the notebooks (``plan``): per report an overview, one
   chapter per section of the review part, one per numbered task area of the plan, the
   targets, the themes and an appendix, each written to
   ``book/generated/<report_id>/<NN>-<name>.ipynb``; ``pages`` writes a landing page
   ``book/generated/<report_id>/index.md`` that introduces the report and lists them.
   Notebooks of jobs that no longer exist are removed;
3. **run**: ``runner.execute`` runs the jobs whose template, parameters, input tables
   or code changed, in parallel on warm kernels;
4. **render**: ``jupyter-book build . -W -n --keep-going`` into a temporary directory
   that replaces ``_build/html`` only when the build succeeded, with the tables copied
   to ``_static/data/`` for download. It is skipped when no source of the book changed.

The whole build holds ``.workreport/build.lock``; any failure is one ``WorkreportError``
line, and a failure leaves the last good ``_build/html`` in place.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from workreport.book.extras import CONTEXT_JOB, wants_context
from workreport.book.pages import search_words, write_pages
from workreport.errors import WorkreportError
from workreport.extract.catalog import Report, load_catalog
from workreport.paths import Layout
from workreport.runner.hygiene import atomic_write

__all__ = ["TABLES", "BuildResult", "Layout", "build", "extract", "plan", "render", "run",
           "search_words", "task_parts", "write_pages"]

PACKAGE = Path(__file__).resolve().parents[1]
TABLES = ("reports", "sections", "indicators", "numbers", "sentences")
KERNEL = "workreport"
_STATE_VERSION = 1
# Packages and modules that orchestrate the build but cannot change what a notebook
# computes: editing them does not re-run the notebooks. Everything else of the package
# is notebook code (the library the templates import, and what it imports).
_NOT_NOTEBOOK_CODE = ("book", "runner", "cli.py")


# ----------------------------------------------------------------------------- layout


@dataclass
class BuildResult:
    """What ``build`` did (the CLI prints it; tests and the benchmark inspect it)."""

    extracted: bool = False
    ran: list = field(default_factory=list)
    skipped: list = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)
    rendered: bool = False
    seconds: dict[str, float] = field(default_factory=dict)


# ----------------------------------------------------------------------------- hashing


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _tree_files(root: Path, suffixes: Iterable[str] | None = None) -> list[Path]:
    """Files under ``root`` (sorted; hidden and __pycache__ parts skipped)."""
    if root.is_file():
        return [root]
    if not root.is_dir():
        return []
    keep = tuple(suffixes) if suffixes else None
    return sorted(
        p for p in root.rglob("*")
        if p.is_file() and (keep is None or p.name.endswith(keep))
        and not any(part.startswith(".") or part == "__pycache__"
                    for part in p.relative_to(root).parts)
    )


def _digest(named: Iterable[tuple[str, Path | bytes | None]]) -> str:
    """One hash over (name, content) pairs; a missing file hashes as absent."""
    h = hashlib.sha256(b"workreport-book-1\0")
    for name, what in named:
        h.update(name.encode() + b"\0")
        if isinstance(what, bytes):
            h.update(b"=" + _sha(what).encode())
        elif what is not None and what.is_file():
            h.update(b"=" + _sha(what.read_bytes()).encode())
        else:
            h.update(b"-")
        h.update(b"\0")
    return h.hexdigest()


def _package_files() -> list[Path]:
    return _tree_files(PACKAGE, (".py", ".yml", ".yaml", ".csv"))


def _read_state(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) and data.get("version") == _STATE_VERSION else {}


def _write_state(path: Path, data: dict) -> None:
    atomic_write(path, json.dumps({"version": _STATE_VERSION, **data}, indent=1,
                                  sort_keys=True, ensure_ascii=False) + "\n")


# ----------------------------------------------------------------------------- 1. extract


def _extraction_outputs(layout: Layout, reports: Sequence[Report]) -> list[Path]:
    out = [layout.processed / f"{t}.csv" for t in TABLES]
    out.append(layout.processed / "datapackage.json")
    out.extend(layout.processed / "text" / f"{r.id}.txt" for r in reports)
    return out


def extract(layout: Layout, force: bool = False) -> bool:
    """Extract every catalogued report into ``data/processed``; False if it was up to date.

    Skipped when the catalogue, each raw text, the glossary and the package's code hash
    as they did for the last extraction and every output is still what it wrote.
    """
    from workreport.extract.run import extract_to
    from workreport.glossary import load_glossary

    reports = load_catalog(layout.catalog)
    inputs: list[tuple[str, Path | bytes | None]] = [("catalog", layout.catalog),
                                                     ("glossary", layout.glossary)]
    for r in reports:
        if not r.path.is_file():
            raise WorkreportError(f"report {r.id}: no such file", r.path)
        inputs.append((f"raw:{r.id}", r.path))
    inputs.extend((f"code:{p.relative_to(PACKAGE).as_posix()}", p) for p in _package_files())
    digest = _digest(inputs)
    state_path = layout.work / "extract.json"
    state = _read_state(state_path)
    outputs = _extraction_outputs(layout, reports)
    if not force and state.get("inputs") == digest and state.get("outputs") == {
        layout.rel(p): _sha(p.read_bytes()) if p.is_file() else None for p in outputs
    }:
        return False
    glossary = load_glossary(layout.glossary) if layout.glossary.is_file() else None
    extract_to(reports, layout.processed, glossary)
    _write_state(state_path, {"inputs": digest, "outputs": {
        layout.rel(p): _sha(p.read_bytes()) for p in outputs}})
    return True


# ----------------------------------------------------------------------------- 2. plan


def task_parts(sections, report: Report | None = None, report_year: int | None = None
               ) -> list[int]:
    """The plan parts whose numbered sections are the year's task areas.

    A work report's plan can span several parts: Yuzhong's 二、2014年主要工作 lists seven
    task areas and its 三、加强措施保障 the measures that secure them; the State Council's
    二、2014年工作总体部署 and 三、2014年重点工作 both set out the year's work. The parts
    that name the report year in their heading are the task areas; when none does, every
    plan part is. A catalogue entry can say otherwise with ``task_parts: [2, 3]``.
    """
    plan = sections[sections["role"] == "plan"]
    parts = sorted({int(p) for p in plan["part"]})
    if report is not None and report.extra.get("task_parts"):
        wanted = {int(p) for p in report.extra["task_parts"]}
        unknown = wanted - set(parts)
        if unknown:
            raise WorkreportError(f"report {report.id}: task_parts {sorted(unknown)} are not "
                                  f"plan parts (plan parts: {parts})")
        return sorted(wanted)
    year = report_year or (report.report_year if report else None)
    if year:
        titles = plan.drop_duplicates("part").set_index("part")["part_title"]
        named = [p for p in parts if f"{year}年" in re.sub(r"\s+", "", str(titles[p]))]
        if named:
            return named
    return parts


def _section_slug(section: str) -> str:
    """``p1.s3`` → ``p1-s03`` (two digits keep file names sortable)."""
    m = re.fullmatch(r"p(\d+)\.s(\d+)", section)
    if not m:
        raise WorkreportError(f"unexpected section id {section!r}")
    return f"p{int(m.group(1))}-s{int(m.group(2)):02d}"


def _inputs(layout: Layout) -> tuple[Path, ...]:
    """What a notebook reads: every table, the glossary and the catalogue (which reports
    have chapters to link to; ``analysis.load_tables``).

    The tables hold every report, so a finer split would not spare a run: any report's
    change rewrites them all.
    """
    paths = [layout.processed / f"{n}.csv" for n in TABLES]
    paths.extend(p for p in (layout.glossary, layout.catalog) if p.is_file())
    return tuple(paths)


def _job(layout: Layout, report_id: str, name: str, template: str, title: str, **params):
    from workreport.runner import Job

    return Job(
        template=layout.templates / f"{template}.ipynb",
        output=layout.generated / report_id / f"{name}.ipynb",
        parameters={"report_id": report_id, **params, "data_dir": layout.data_dir},
        inputs=_inputs(layout),
        title=f"{report_id} {title}",
    )


def plan(layout: Layout, reports: Sequence[Report] | None = None) -> list:
    """The notebooks to produce, from the extracted tables, in book order.

    Per report: ``00-overview``; ``10-review-pX-sNN`` for each section of the review
    part (its preamble and closing address only when they state figures: otherwise they
    are bridges); ``30-plan-pX-sNN`` for each numbered section of the task parts
    (``task_parts``; a closing address, again, only with figures);
    ``50-targets``, ``55-context`` (a local report with national reports of nearby
    years in the tables: ``extras.wants_context``), ``60-themes``, ``90-appendix``.
    A context report (``chapters: false``) gets none: it is in the tables only.
    """
    import pandas as pd

    if reports is None:
        reports = load_catalog(layout.catalog)
    try:
        sections = pd.read_csv(layout.processed / "sections.csv",
                               usecols=["report_id", "part", "part_title", "role", "section",
                                        "number", "style"], dtype={"report_id": str})
        figures = pd.read_csv(layout.processed / "indicators.csv",
                              usecols=["report_id", "section"], dtype=str)
        years = pd.read_csv(layout.processed / "reports.csv",
                            usecols=["report_id", "level", "report_year"],
                            dtype={"report_id": str})
    except FileNotFoundError as err:
        raise WorkreportError("no extracted tables; run `workreport extract` first",
                              err.filename) from None
    year_of = dict(zip(years["report_id"], years["report_year"], strict=True))
    jobs = []
    for report in reports:
        rid = report.id
        secs = sections[sections["report_id"] == rid]
        if secs.empty:
            raise WorkreportError(f"report {rid} is not in the extracted tables",
                                  layout.processed / "sections.csv")
        if not report.has_chapters:
            continue
        jobs.append(_job(layout, rid, "00-overview", "overview", "overview"))
        # A preamble or a closing address is a chapter only when it states figures;
        # otherwise it is a bridge (or a thank-you) between the sections.
        stated = secs["section"].isin(figures.loc[figures["report_id"] == rid, "section"])
        bridge = secs["style"].isin(["preamble", "closing"]) & ~stated
        review = secs[(secs["role"] == "review") & ~bridge]
        for _, s in review.iterrows():
            jobs.append(_job(layout, rid, f"10-review-{_section_slug(s['section'])}",
                             "review_section", f"review {s['section']}",
                             section=s["section"]))
        year = year_of.get(rid)
        parts = task_parts(secs, report, int(year) if pd.notna(year) else None)
        for _, s in secs[secs["part"].isin(parts) & (secs["number"] > 0) & ~bridge].iterrows():
            jobs.append(_job(layout, rid, f"30-plan-{_section_slug(s['section'])}",
                             "plan_section", f"plan {s['section']}", section=s["section"]))
        jobs.append(_job(layout, rid, "50-targets", "targets", "targets"))
        if wants_context(years, rid):
            jobs.append(_job(layout, rid, CONTEXT_JOB, "context", "context"))
        jobs.append(_job(layout, rid, "60-themes", "themes", "themes"))
        jobs.append(_job(layout, rid, "90-appendix", "appendix", "appendix"))
    return jobs


# ----------------------------------------------------------------------------- 3. run


def _notebook_code() -> list[Path]:
    return [p for p in _package_files()
            if p.relative_to(PACKAGE).parts[0] not in _NOT_NOTEBOOK_CODE]


def run(layout: Layout, jobs: Sequence, *, force: bool = False, workers: int | None = None,
        progress: bool = True):
    """Execute the jobs whose inputs changed (``runner.execute``); returns its Summary."""
    from workreport.runner import execute

    missing = sorted({layout.rel(j.template) for j in jobs if not Path(j.template).is_file()})
    if missing:
        raise WorkreportError(f"notebook template missing: {', '.join(missing)}")
    return execute(jobs, workers=workers, kernel=KERNEL, state=layout.work / "state.json",
                   code=_notebook_code(), cwd=layout.root, progress=progress, force=force)


# ----------------------------------------------------------------------------- 4. render


_TOOLS = ("jupyter-book", "sphinx", "myst-nb", "myst-parser", "sphinx-book-theme",
          "pydata-sphinx-theme", "sphinx-external-toc", "jieba")


def _book_sources(layout: Layout, repository: str
                  ) -> list[tuple[str, Path | bytes | None]]:
    """Every file the HTML depends on, and the versions of the tools that render it."""
    from importlib.metadata import PackageNotFoundError, version

    files = [layout.root / "_config.yml", layout.root / "_toc.yml"]
    files += _tree_files(layout.root / "book")
    files += _static_data(layout)
    named: list[tuple[str, Path | bytes | None]] = [(layout.rel(p), p) for p in files]
    named.append(("repository", repository.encode()))  # the launch buttons link to it
    named.append(("code:launch.py", PACKAGE / "book" / "launch.py"))  # the extension that adds them
    named.append(("code:webfont.py", PACKAGE / "book" / "webfont.py"))  # writes the web font
    for tool in _TOOLS:
        try:
            named.append((f"tool:{tool}", version(tool).encode()))
        except PackageNotFoundError:
            named.append((f"tool:{tool}", None))
    return named


def _repository(layout: Layout) -> str:
    """The repository the launch buttons point to (``launch.repository_url``)."""
    import yaml

    from workreport.book.launch import repository_url

    try:
        config = yaml.safe_load((layout.root / "_config.yml").read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as err:
        raise WorkreportError(f"cannot read _config.yml: {err}".splitlines()[0],
                              layout.root / "_config.yml") from None
    repo = (config or {}).get("repository") or {}
    return repository_url(layout.root, str(repo.get("url") or ""))


def _static_data(layout: Layout) -> list[Path]:
    return [*(layout.processed / f"{t}.csv" for t in TABLES),
            layout.processed / "datapackage.json"]


def _copy_data(layout: Layout, data: Path) -> None:
    """The tables beside the book for download: all reports, and each report's own rows
    in ``<report_id>/`` (what a chapter's take-away links offer)."""
    import pandas as pd

    data.mkdir(parents=True, exist_ok=True)
    for src in _static_data(layout):
        shutil.copy2(src, data / src.name)
    for t in TABLES:
        df = pd.read_csv(layout.processed / f"{t}.csv", dtype=str, keep_default_na=False)
        for rid, rows in df.groupby("report_id", sort=True):
            (data / rid).mkdir(exist_ok=True)
            rows.to_csv(data / rid / f"{t}.csv", index=False, lineterminator="\n")


def _jupyter_book() -> list[str]:
    exe = Path(sys.executable).parent / "jupyter-book"
    if exe.is_file():
        return [str(exe)]
    found = shutil.which("jupyter-book")
    if not found:
        raise WorkreportError("jupyter-book is not installed (make venv installs it)")
    return [found]


_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
_WARNING = re.compile(r"(WARNING|ERROR|CRITICAL|SEVERE|Exception occurred|Traceback)")


def _swap(new: Path, target: Path) -> None:
    """Put ``new`` at ``target``; the old tree is removed only once the new one is in place."""
    old = target.with_name(f".{target.name}.old-{os.getpid()}")
    if target.exists():
        os.replace(target, old)
    try:
        os.replace(new, target)
    except BaseException:
        if old.exists() and not target.exists():
            os.replace(old, target)
        raise
    shutil.rmtree(old, ignore_errors=True)


def render(layout: Layout, repository: str, *, force: bool = False, progress: bool = True
           ) -> bool:
    """``jupyter-book build`` into a temporary tree, then swap it into ``_build/html``.

    ``repository`` is what the launch buttons link to (``_repository``): part of the
    sources, since the pages change with it.

    Returns False when the sources are unchanged since the last successful render and
    ``_build/html`` is still there. Any warning fails the build (``-W -n``, with
    ``--keep-going`` so the log lists them all); on failure ``_build/html`` is untouched.
    """
    state_path = layout.work / "html.json"
    digest = _digest(_book_sources(layout, repository))
    if (not force and _read_state(state_path).get("sources") == digest
            and (layout.html / "index.html").is_file()):
        return False
    build_root = layout.root / "_build"
    build_root.mkdir(parents=True, exist_ok=True)
    for leftover in build_root.glob(".jupyter-book-*"):  # from a killed build
        shutil.rmtree(leftover, ignore_errors=True)
    tmp = build_root / f".jupyter-book-{os.getpid()}"
    log = layout.work / "jupyter-book.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    if progress:
        print(f"html: jupyter-book build (log: {layout.rel(log)}) ...", flush=True)
    cmd = [*_jupyter_book(), "build", str(layout.root), "--path-output", str(tmp),
           "--builder", "html", "-W", "-n", "--keep-going"]
    try:
        with log.open("w", encoding="utf-8") as fh:
            fh.write("$ " + " ".join(cmd) + "\n")
            fh.flush()
            env = {**os.environ, "PYTHONUNBUFFERED": "1", "NO_COLOR": "1"}
            env.pop("FORCE_COLOR", None)
            proc = subprocess.run(cmd, cwd=layout.root, stdout=fh, stderr=subprocess.STDOUT,
                                  env=env, check=False)
        html = tmp / "_build" / "html"
        text = _ANSI.sub("", log.read_text(encoding="utf-8", errors="replace"))
        log.write_text(text, encoding="utf-8")  # jupyter-book colours even into a file
        problems = [ln.strip() for ln in text.splitlines() if _WARNING.search(ln)]
        if proc.returncode != 0 or problems or not (html / "index.html").is_file():
            first = problems[0] if problems else f"exit status {proc.returncode}"
            root = str(layout.root) + os.sep
            first = first.replace(root, "")
            raise WorkreportError(
                f"jupyter-book build failed ({len(problems) or 'no'} warning/error lines; "
                f"first: {first[:300]}); full log: {layout.rel(log)}; "
                f"{layout.rel(layout.html)} still holds the last good book")
        _copy_data(layout, html / "_static" / "data")
        _swap(html, layout.html)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    _write_state(state_path, {"sources": digest})
    return True


# ----------------------------------------------------------------------------- build


def build(root: Path, force: bool = False, workers: int | None = None, html: bool = True,
          progress: bool = True) -> BuildResult:
    """Extract, run the notebooks and render the book (what ``workreport build`` does)."""
    from workreport.runner import build_lock

    layout = Layout.at(root)
    if not (layout.root / "_config.yml").is_file():
        raise WorkreportError("no _config.yml here; run from the project root or pass --root",
                              layout.root)
    result = BuildResult()
    say = print if progress else (lambda *a, **k: None)
    with build_lock(layout.work / "build.lock"):
        t0 = time.monotonic()
        result.extracted = extract(layout, force=force)
        t1 = time.monotonic()
        result.seconds["extract"] = t1 - t0
        done = f"wrote {layout.rel(layout.processed)}" if result.extracted else "up to date"
        say(f"extract: {done} ({t1 - t0:.1f} s)")
        reports = load_catalog(layout.catalog)
        jobs = plan(layout, reports)
        result.removed = write_pages(layout, jobs, reports)
        for path in result.removed:
            say(f"removed {layout.rel(path)} (no longer in the book)")
        summary = run(layout, jobs, force=force, workers=workers, progress=progress)
        result.ran, result.skipped = summary.ran, summary.skipped
        t2 = time.monotonic()
        result.seconds["notebooks"] = t2 - t1
        say(f"notebooks: {len(summary.ran)} ran, {len(summary.skipped)} up to date "
            f"({t2 - t1:.1f} s)")
        if html:
            repo = _repository(layout)
            result.rendered = render(layout, repo, force=force, progress=progress)
            t3 = time.monotonic()
            result.seconds["html"] = t3 - t2
            say(f"html: {'built ' if result.rendered else 'up to date: '}"
                f"{layout.rel(layout.html)}/index.html ({t3 - t2:.1f} s)")
            say(f"launch buttons: Binder and Colab from {repo}" if repo else
                "launch buttons: none (no GitHub repository: set repository.url in "
                "_config.yml)")
        result.seconds["total"] = time.monotonic() - t0
    return result

