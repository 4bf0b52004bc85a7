"""The book, step by step: extract the tables, plan the chapters, run them, render the HTML.

``build`` is what ``workreport build`` (``make book``) calls. Every step is incremental
and keyed on content digests, never on timestamps (``runner.cache``: one digest and one
state format for the three caches, ``.workreport/{extract,state,html}.json``):

1. **extract**: every catalogued report whose text is there (``catalog.available``; an
   absent one is skipped with one line saying which and why) into ``data/processed``,
   unless the catalogue, the texts, the glossary and the package code are what the last
   extraction read and its outputs are what it wrote;
2. **plan**: the chapter registry turns the tables into notebooks to run (``plan``), and
   ``pages`` writes each report's landing page and annotated text, removing generated
   files that no chapter produces any more;
3. **run**: ``runner.execute`` runs the notebooks whose template, parameters, inputs or
   *notebook code* changed, in parallel on warm kernels, which start (with the notebook
   library's imports, ``PRELOAD``) as soon as step 1 begins, so that their start-up
   overlaps extraction and planning (``warm_kernels``);
4. **render**: jupyter-book's build with Sphinx's parallel jobs (``sphinxrun``) into a
   staging tree whose HTML replaces ``_build/html`` only when it succeeded (``render``);
   when steps 1-3 run, its Sphinx process starts with them (``render.SphinxStart``:
   imports and jieba's dictionary) and waits to be told what to build.

``.workreport/build.json`` records two digests: of every input (nothing changed: the
build stops there) and of the inputs of steps 1-3 alone (only a hand-written page
changed: steps 1-3 are skipped and the build goes straight to the HTML).

The whole build holds ``.workreport/build.lock``; any failure is one ``WorkreportError``
line, and a failure leaves the last good ``_build/html`` in place.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from workreport.book.passages import FOLDER
from workreport.book.plan import Page, plan
from workreport.book.render import SphinxStart, project_root, render, repository
from workreport.book.rows import split
from workreport.errors import MissingInput
from workreport.extract.catalog import Report, available, load_catalog
from workreport.paths import Layout
from workreport.runner import build_lock
from workreport.runner.cache import CODE_SUFFIXES, Hasher, State, tree_files

__all__ = ["PRELOAD", "BuildResult", "build", "extract", "notebook_code", "preload", "run",
           "warm_kernels"]

PACKAGE = Path(__file__).resolve().parents[1]
KERNEL = "workreport"
#: The parts of the package that orchestrate the build: editing them cannot change what
#: a notebook computes, so it re-runs no notebook. Everything else of the package is
#: notebook code (the library the templates import, what it imports, its vocabulary).
BUILD_ONLY = ("book", "runner", "cli.py")


@dataclass
class BuildResult:
    """What ``build`` did (the CLI prints it; tests and the benchmark inspect it)."""

    extracted: bool = False
    ran: list = field(default_factory=list)
    skipped: list = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)
    absent: list = field(default_factory=list)
    rendered: bool = False
    up_to_date: bool = False
    #: Only inputs of the HTML alone changed: no extraction, plan or notebook was looked at.
    pages_only: bool = False
    seconds: dict[str, float] = field(default_factory=dict)


def notebook_code(package: Path = PACKAGE) -> list[Path]:
    """The files of ``package`` whose edit re-runs the notebooks: all its code files
    (``cache.CODE_SUFFIXES``) except those under ``BUILD_ONLY``."""
    return [p for p in tree_files(package, CODE_SUFFIXES)
            if p.relative_to(package).parts[0] not in BUILD_ONLY]


def extract(layout: Layout, force: bool = False,
            reports: Sequence[Report] | None = None) -> bool:
    """Extract the catalogued reports whose texts are there into ``data/processed``;
    False if it was up to date.

    Skipped when the catalogue, each text, the glossary and the package's code hash as
    they did for the last extraction and every output is still what it wrote.
    """
    from workreport.extract.run import extract_to
    from workreport.glossary import load_glossary
    from workreport.schema import TABLES

    if reports is None:
        reports, _ = available(load_catalog(layout.catalog))
    hasher = Hasher()
    named = [("catalog", layout.catalog), ("glossary", layout.glossary),
             *((f"raw:{r.id}", r.path) for r in reports),
             ("code", hasher.code([PACKAGE]).encode())]
    digest = hasher.digest(named)
    state = State(layout.work / "extract.json", layout.root, hasher)
    outputs = [*(layout.processed / f"{t}.csv" for t in TABLES),
               layout.processed / "datapackage.json",
               *(layout.processed / "text" / f"{r.id}.txt" for r in reports)]
    if not force and state.fresh("extract", digest, outputs):
        return False
    glossary = load_glossary(layout.glossary) if layout.glossary.is_file() else None
    extract_to(reports, layout.processed, glossary)
    state.record("extract", digest, outputs)
    return True


#: What each kernel runs once, silently, as it starts (``warm_kernels``): the imports of
#: the notebook library the templates import and jieba's dictionary (about 2.7 s a
#: kernel, measured: pandas and matplotlib 0.85, the library 0.65, jieba 0.75), so they
#: overlap extraction and planning instead of delaying the first notebooks. Then the
#: key terms' tokenizer: ``terms`` tags with a private jieba tokenizer holding the
#: glossary's names (its own copy of the dictionary and of jieba's word tags, about a
#: second), made on first use and kept per kernel for that word list; the notebooks
#: read the glossary beside the tables (``dataset.load_tables``: ``data/glossary.csv``,
#: formatted in as ``{glossary!r}``), so asking for the tokens of no text with that
#: file makes the very tokenizer the first section chapter would otherwise wait for.
#: Nothing here changes what a notebook computes: every notebook already runs in a
#: kernel that ran others first, and which others is a matter of timing.
PRELOAD = """\
import os
import jieba
import matplotlib.pyplot
import pandas
from workreport import analysis, charts, context, display, findings, prose, series, terms
jieba.initialize()
if os.path.isfile({glossary!r}):
    terms.tokens("", {glossary!r})
"""


def preload(layout: Layout) -> str:
    """``PRELOAD`` for the notebooks of ``layout`` (the glossary beside its tables)."""
    return PRELOAD.format(glossary=str(layout.processed.parent / "glossary.csv"))


def warm_kernels(layout: Layout, workers: int | None):
    """A pool of warm kernels starting now (``runner.warm_pool``) for ``run``."""
    from workreport.runner import warm_pool

    return warm_pool(workers=workers, kernel=KERNEL, state=layout.work / "state.json",
                     cwd=layout.root, preload=preload(layout))


def run(layout: Layout, jobs: Sequence, *, force: bool = False, workers: int | None = None,
        progress: bool = True, warm=None):
    """Execute the notebook jobs (``Page`` entries are written by ``pages``) whose inputs
    changed (``runner.execute``, on the kernels of ``warm`` when given: ``warm_kernels``);
    returns its Summary. Raises MissingInput for a missing template, before any notebook
    runs."""
    from workreport.runner import execute

    jobs = [j for j in jobs if not isinstance(j, Page)]
    missing = sorted({layout.rel(j.template) for j in jobs if not Path(j.template).is_file()})
    if missing:
        raise MissingInput(f"notebook template missing: {', '.join(missing)}")
    return execute(jobs, workers=workers, kernel=KERNEL, state=layout.work / "state.json",
                   code=notebook_code(), cwd=layout.root, progress=progress, force=force,
                   preload=preload(layout), warm=warm)


def _upstream(layout: Layout, reports: Sequence[Report], hasher: Hasher) -> list:
    """What the tables, the chapters' plan, the generated pages and the notebooks are
    made from: the catalogue, the texts, the glossary, the package, the config, the
    templates and the passages ``book.passages`` chooses from (not the hand-written
    pages: no step before the HTML reads them)."""
    templates = tree_files(layout.templates, (".ipynb",))
    # The passages step 2 copies into the pages (book.passages).
    passages = tree_files(layout.root / "book" / FOLDER, (".txt",))
    return [("catalog", layout.catalog), ("glossary", layout.glossary),
            *((f"raw:{r.id}", r.path) for r in reports),
            ("code", hasher.code([PACKAGE]).encode()),
            *((layout.rel(p), p) for p in [layout.root / "_config.yml",
                                           layout.root / "_toc.yml", *templates,
                                           *passages])]


def _everything(layout: Layout, upstream: list, repo: str, html: bool,
                hasher: Hasher) -> str:
    """One digest over every input of a whole build: ``upstream``, the hand-written
    pages, the launch repository and the rendering tools (``render``)."""
    from workreport.book.render import tool_versions

    book = [p for p in tree_files(layout.root / "book")
            if layout.generated not in p.parents]
    named: list = [*upstream, *((layout.rel(p), p) for p in book),
                   ("repository", repo.encode()), ("html", str(html).encode()),
                   *tool_versions()]
    return hasher.digest(named)


def _fresh(state: State, key: str, digest: str, layout: Layout) -> bool:
    """Whether ``key`` was recorded from ``digest`` and the outputs it recorded are
    still what it left."""
    recorded = (state.entries.get(key) or {}).get("outputs") or {}
    return bool(recorded) and state.fresh(key, digest, [layout.root / n for n in recorded])


def _outputs(layout: Layout, html: bool) -> list[Path]:
    """Every file a whole build leaves: tables, notebooks, pages and the HTML's index."""
    out = [*tree_files(layout.processed), *tree_files(layout.generated)]
    return [*out, layout.html / "index.html"] if html else out


def _notebooks(layout: Layout, catalogued: Sequence[Report], reports: Sequence[Report],
               result: BuildResult, force: bool, workers: int | None, progress: bool,
               say) -> None:
    """Steps 1-3: extract, plan and write the pages, run the notebooks (into ``result``)."""
    from workreport.book.pages import write_pages  # pandas: only when there is work

    t0 = time.monotonic()
    # An input of the tables or the notebooks changed, so notebooks will most likely
    # run: their kernels start now, beside extraction and planning (closed unused if
    # none does).
    warm = warm_kernels(layout, workers)
    try:
        result.extracted = extract(layout, force=force, reports=reports)
        t1 = time.monotonic()
        result.seconds["extract"] = t1 - t0
        done = f"wrote {layout.rel(layout.processed)}" if result.extracted else "up to date"
        say(f"extract: {done} ({t1 - t0:.1f} s)")
        split(layout)  # each report's rows: the notebooks' inputs
        jobs = plan(layout, catalogued)
        result.removed = write_pages(layout, jobs, catalogued)
        for path in result.removed:
            say(f"removed {layout.rel(path)} (no longer in the book)")
        for page in (j for j in jobs if isinstance(j, Page)):
            say(f"{page.label}: written as a note of what is missing")
        summary = run(layout, jobs, force=force, workers=workers, progress=progress,
                      warm=warm)
    finally:
        warm.close()
    result.ran, result.skipped = summary.ran, summary.skipped
    t2 = time.monotonic()
    result.seconds["notebooks"] = t2 - t1
    say(f"notebooks: {len(summary.ran)} ran, {len(summary.skipped)} up to date "
        f"({t2 - t1:.1f} s)")


def build(root: Path, force: bool = False, workers: int | None = None, html: bool = True,
          progress: bool = True) -> BuildResult:
    """Extract, run the notebooks and render the book (what ``workreport build`` does).

    When every input of the build is what the last whole build read and its outputs are
    what it left, nothing is read further (no table, no plan): ``result.up_to_date``.
    """
    layout = Layout.at(root)
    project_root(layout)
    result = BuildResult()
    say = print if progress else (lambda *a, **k: None)
    with build_lock(layout.work / "build.lock"):
        t0 = time.monotonic()
        catalogued = load_catalog(layout.catalog)
        reports, result.absent = available(catalogued)
        for gone in result.absent:
            print(f"workreport: {gone}", file=sys.stderr)  # even with -q
        whole = State(layout.work / "build.json", layout.root)
        upstream = _upstream(layout, reports, whole.hasher)
        digest = _everything(layout, upstream, repository(layout), html, whole.hasher)
        if not force and _fresh(whole, "build", digest, layout):
            result.up_to_date = True
            result.seconds["total"] = time.monotonic() - t0
            say(f"up to date: nothing changed since the last build "
                f"({result.seconds['total']:.1f} s)")
            return result
        whole.forget(["build"])
        tables = whole.hasher.digest(upstream)
        if not force and _fresh(whole, "tables", tables, layout):
            # Only what the HTML alone reads changed (a hand-written page): the tables,
            # pages and notebooks are what the last build left; nothing is re-planned.
            result.pages_only = True
            say("notebooks: 0 ran; tables, chapters and notebooks as the last build left "
                "them (only pages the HTML alone reads changed)")
        started = None
        try:
            if not result.pages_only:
                whole.forget(["tables"])
                # The render's Sphinx starts (imports, jieba) while the notebooks run.
                started = SphinxStart(layout) if html else None
                _notebooks(layout, catalogued, reports, result, force, workers, progress,
                           say)
                whole.record("tables", tables, _outputs(layout, html=False))
            t2 = time.monotonic()
            if html:
                repo = repository(layout)
                result.rendered = render(layout, repo, force=force, progress=progress,
                                         jobs=workers, started=started)
                t3 = time.monotonic()
                result.seconds["html"] = t3 - t2
                say(f"html: {'built ' if result.rendered else 'up to date: '}"
                    f"{layout.rel(layout.html)}/index.html ({t3 - t2:.1f} s)")
                say(f"launch buttons: Binder and Colab from {repo}" if repo else
                    "launch buttons: none (no GitHub repository: set repository.url in "
                    "_config.yml)")
        finally:
            if started is not None:
                started.close()
        whole.record("build", digest, _outputs(layout, html))
        result.seconds["total"] = time.monotonic() - t0
    return result
