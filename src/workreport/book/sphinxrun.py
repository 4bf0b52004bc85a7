"""The render's Sphinx run: jupyter-book's own build, with Sphinx's parallel jobs (``-j``).

    python -m workreport.book.sphinxrun ROOT OUTPUT JOBS
    python -m workreport.book.sphinxrun --wait [--jieba]

``jupyter-book build`` (1.0) offers no ``-j``, so this makes the call its command line
makes for ``jupyter-book build ROOT --path-output OUTPUT --builder html -W -n
--keep-going`` (``jupyter_book.sphinx.build_sphinx`` with the same configuration,
``cli_overrides``; ``tests/test_sphinxrun.py`` pins it against the command line's) and
passes ``jobs``: Sphinx then reads the pages in ``JOBS`` processes and writes them in
``JOBS - 1`` beside its main process (which resolves each page and indexes it for the
search, in order). The HTML is byte for byte the serial build's (``tests/test_book.py``
builds both). Exit status: 0, or non-zero after Sphinx's own message.

With ``--wait`` (``wait``) it imports Sphinx, jupyter-book and the book's extensions (and
with ``--jieba`` loads jieba's dictionary) at once, then reads one line from its standard
input: the JSON list ``[ROOT, OUTPUT, JOBS]`` to build as above, or nothing (end of input)
to exit with 0 having built nothing. ``render.SphinxStart`` starts it so while the
notebooks run, so that the render's own start (about 1.3 CPU s of imports and 0.7 of
jieba's dictionary, on one core while the other idles) is done before the render.

Sphinx 7.4 writes with ``JOBS - 1`` processes because its main process is busy resolving
and indexing the pages meanwhile; but it resolves every chunk without waiting for a
writer, and then only waits, so the chunks left are written one at a time on one core
while the other idles. ``write_all_cores`` lets it start ``JOBS`` writers: while the main
process resolves, the three share the cores; afterwards the writers have them all
(measured: the write phase of this book, 9.8 CPU s, from 7.9 to about 6.6 s of two cores
in a schedule of its pages' costs; the pages are the same bytes).

As a Sphinx extension (``extensions`` in ``_config.yml``) the module declares
``sphinx_jupyterbook_latex`` (which jupyter-book adds to every build) and
``sphinx_multitoc_numbering`` (which sphinx-external-toc adds) safe for parallel
reading (``declare_parallel``): their ``setup`` declares nothing, so Sphinx assumes
them unsafe, warns, and with ``-W`` the warning fails the build. The declaration
holds for the versions read (``AUDITED``) and only for them; with any other version the
run falls back to one job (``jobs_for``) and ``tests/test_sphinxrun.py`` fails until the
new version is read again. It also logs the pages Sphinx reads and writes, one line
each (``workreport: read <doc>`` / ``workreport: wrote <doc>``), since a parallel
build's progress lines name only chunks of them.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any, NoReturn

__all__ = ["AUDITED", "WARM", "WRITE_AUDITED", "cli_overrides", "declare_parallel", "exit_now",
           "jobs_for", "main", "setup", "wait", "write_all_cores"]

#: Extensions declared here safe for parallel reading, with the version whose source was
#: read. sphinx_jupyterbook_latex 1.0.0, read for it: at reading time it adds two
#: transforms that change only the doctree being read (``LatexRootDocTransforms``:
#: attributes on the root document's sections and toctree wrappers;
#: ``LatexToctreeNodeInterpret``: a hidden node beside each toctree) and stores nothing
#: in Sphinx's environment (its two environment attributes are set by the LaTeX builder
#: alone, at builder-inited, before any reading), so merging the readers' environments
#: loses nothing. sphinx_multitoc_numbering 0.1.3, which sphinx_external_toc loads into
#: every build: its ``setup`` replaces ``TocTreeCollector.assign_section_numbers``, which
#: Sphinx calls in the main process after all reading (forked readers inherit the
#: replacement and do not call it), and logs a line at builder-inited; nothing else.
#: Writing of both is safe by Sphinx's default.
AUDITED = {"sphinx_jupyterbook_latex": "1.0.0", "sphinx_multitoc_numbering": "0.1.3"}
#: The Sphinx releases whose ``Builder._write_parallel`` was read for ``write_all_cores``
#: (7.4.7): the first page is resolved and written in the main process; then the main
#: process resolves and indexes chunk after chunk (``make_chunks(docnames, nproc)``),
#: queueing each for a forked writer (``ParallelTasks(nproc)``, at most ``nproc`` at a
#: time) without waiting for one, and at the end joins them. A writer only writes its
#: chunk's pages (``write_doc``) and sends back nothing but its log, so how many there
#: are and how the pages are chunked changes no byte of any page.
WRITE_AUDITED = ("7.4",)


#: What ``wait`` imports before it is told what to build: the modules a build of this book
#: imports before its first event (jupyter-book's Sphinx call, Sphinx's application and
#: HTML builder, MyST-NB, the theme and the extensions of ``_config.yml``). Importing
#: them changes nothing a build computes; one missing is left to the build to report.
WARM = ("jupyter_book.sphinx", "sphinx.application", "sphinx.builders.html", "myst_nb",
        "myst_nb.sphinx_ext", "sphinx_book_theme", "pydata_sphinx_theme",
        "sphinx_external_toc", "sphinx_jupyterbook_latex", "sphinx_multitoc_numbering",
        "sphinx_copybutton", "sphinx_togglebutton", "sphinx_design", "sphinx_comments",
        "workreport.book.search", "workreport.book.sidebar", "workreport.book.webfont",
        "workreport.book.images", "workreport.book.launch", "workreport.book.jinjacache",
        "workreport.book.extras", "workreport.book.title")


def _installed(name: str) -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name.replace("_", "-"))
    except PackageNotFoundError:
        return None


def jobs_for(jobs: int) -> int:
    """``jobs``, or 1 when an extension of ``AUDITED`` is installed in another version
    than the one read (its parallel safety is then unknown)."""
    if any(_installed(name) not in (None, audited) for name, audited in AUDITED.items()):
        return 1
    return max(1, jobs)


def cli_overrides(root: Path) -> dict[str, Any]:
    """The configuration ``jupyter-book build ROOT -n`` passes to Sphinx beside
    ``_config.yml`` (jupyter-book 1.0's ``cli/main.py``, for a book)."""
    return {"external_toc_path": (root / "_toc.yml").as_posix(),
            "latex_individualpages": False, "nitpicky": True}


def main(argv: list[str] | None = None) -> int:
    """Build the HTML of the book at ``ROOT`` into ``OUTPUT/_build/html`` with ``JOBS``
    processes; the exit status (Sphinx's, 1 when it raised)."""
    from jupyter_book.sphinx import build_sphinx

    root, output, jobs = (argv if argv is not None else sys.argv[1:])
    root = Path(root).absolute()
    jobs = jobs_for(int(jobs))
    print(f"workreport: sphinx with {jobs} job(s)", flush=True)
    result = build_sphinx(root, Path(output) / "_build" / "html", use_external_toc=True,
                          noconfig=True, path_config=str(root / "_config.yml"),
                          confoverrides=cli_overrides(root), builder="html",
                          warningiserror=True, keep_going=True, freshenv=False,
                          verbosity=0, quiet=False, really_quiet=False, jobs=jobs)
    if isinstance(result, Exception):  # build_sphinx has printed it
        return 1
    return int(result or 0)


def wait(argv: list[str], stdin=None) -> int:
    """``--wait [--jieba]``: import ``WARM`` (and initialise jieba's dictionary with
    ``--jieba``: the search index then adds its words file to it, as it would to a
    dictionary it loads itself), then build what the first line of ``stdin`` names (the
    JSON ``[ROOT, OUTPUT, JOBS]``, ``main``'s arguments); 0 without building at the end
    of input. Raises ValueError for a line that is not such a list."""
    import contextlib
    import importlib
    import json

    for name in WARM:
        with contextlib.suppress(ImportError):
            importlib.import_module(name)
    if "--jieba" in argv:
        import jieba

        jieba.initialize()
    line = (stdin or sys.stdin).readline()
    if not line.strip():
        return 0
    args = json.loads(line)
    if not (isinstance(args, list) and len(args) == 3):
        raise ValueError(f"expected [ROOT, OUTPUT, JOBS], got {line.strip()[:80]}")
    return main([str(a) for a in args])


def declare_parallel(app, config=None) -> None:
    """Mark the extensions of ``AUDITED`` loaded in ``app`` in the version read as safe
    for parallel reading (config-inited: every configured extension is loaded by then)."""
    for name, audited in AUDITED.items():
        ext = app.extensions.get(name)
        if ext is not None and ext.parallel_read_safe is None and _installed(name) == audited:
            ext.parallel_read_safe = True


def write_all_cores(app) -> None:
    """builder-inited: let Sphinx's parallel writing start one writer per job (``JOBS``)
    instead of ``JOBS - 1``, for the releases of ``WRITE_AUDITED``; a serial build, or
    another Sphinx, is left as it is."""
    import sphinx

    builder = app.builder
    write = getattr(builder, "_write_parallel", None)
    release = ".".join(sphinx.__version__.split(".")[:2])
    if app.parallel <= 1 or write is None or release not in WRITE_AUDITED:
        return

    def _write_parallel(docnames, nproc: int) -> None:
        # Sphinx passes JOBS - 1 (its main process resolves meanwhile, then only waits).
        write(docnames, nproc + 1)

    builder._write_parallel = _write_parallel


def _log_read(app, env, docnames: list[str]) -> None:
    from sphinx.util import logging

    log = logging.getLogger(__name__)
    for doc in sorted(docnames):
        log.info("workreport: read %s", doc)


def _log_written(app, doctree, docname: str) -> None:
    # doctree-resolved: in the main process, for every page written, serial or parallel.
    from sphinx.util import logging

    logging.getLogger(__name__).info("workreport: wrote %s", docname)


def setup(app) -> dict[str, Any]:
    """Register the extension (``extensions`` in ``_config.yml``)."""
    app.connect("config-inited", declare_parallel)
    app.connect("builder-inited", write_all_cores)
    app.connect("env-before-read-docs", _log_read)
    app.connect("doctree-resolved", _log_written)
    return {"parallel_read_safe": True, "parallel_write_safe": True}


def exit_now(status: int) -> NoReturn:
    """End the process with ``status`` once its output is flushed, without tearing the
    interpreter down: Sphinx has closed every file it wrote (the environment, the pages,
    the search index and the extensions' memos, each written whole and closed), and
    freeing what a build of this book holds (the environment, the doctrees, jieba's
    dictionary) took 0.6-0.7 s of one core after the last page, measured."""
    import contextlib

    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(status)


if __name__ == "__main__":
    exit_now(wait(sys.argv[2:]) if sys.argv[1:2] == ["--wait"] else main())
