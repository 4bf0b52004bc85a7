"""The HTML: ``jupyter-book build`` into a temporary tree, swapped into ``_build/html``
only when it built without a warning, with the tables copied beside it for download.

Skipped when no source of the book changed (``runner.cache``: one digest over the
pages, notebooks, config, the tables offered for download, the launch repository and
the rendering tools' versions).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from workreport.book.rows import report_files, split, split_reports
from workreport.errors import ConfigError, RenderError, ToolMissing, yaml_problem
from workreport.paths import Layout
from workreport.runner.cache import Hasher, Named, State, tree_files

__all__ = ["SphinxStart", "project_root", "read_config", "render", "repository"]

PACKAGE = Path(__file__).resolve().parents[1]
_TOOLS = ("jupyter-book", "sphinx", "myst-nb", "myst-parser", "sphinx-book-theme",
          "pydata-sphinx-theme", "sphinx-external-toc", "jieba")
_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
_WARNING = re.compile(r"(WARNING|ERROR|CRITICAL|SEVERE|Exception occurred|Traceback)")


def project_root(layout: Layout) -> None:
    """Check that ``layout.root`` is a book's project: raises ConfigError naming it when
    it is no directory ("no such directory", session 69: ``--root nosuchdir`` was told
    "no _config.yml here") or holds no ``_config.yml``. ``workreport build`` and
    ``workreport pdf`` both check here."""
    if not layout.root.is_dir():
        problem = "is a file, not a directory" if layout.root.exists() else "no such directory"
        raise ConfigError(f"{problem}: --root names the project's folder (it holds "
                          "_config.yml)", layout.root)
    if not (layout.root / "_config.yml").is_file():
        raise ConfigError("no _config.yml here; run from the project root or pass --root",
                          layout.root)


def read_config(layout: Layout) -> dict:
    """``_config.yml`` of the book at ``layout.root``, read: a dict (an empty file is {}).
    Raises ConfigError (one line naming the file) when it cannot be read, is not YAML or
    is not a mapping (a YAML error with its line), or a setting is not of its type
    (``settings.check``: "latex must be a mapping …, not 5"). ``workreport build``
    (``repository``) and ``workreport pdf`` (``book.pdf``) both read it here (session
    68: pdf read it twice, a broken file raising a traceback there)."""
    import yaml

    from workreport.book.settings import check

    path = layout.root / "_config.yml"
    try:
        config = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as err:
        raise ConfigError(f"cannot read _config.yml: {yaml_problem(err)}", path) from None
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(f"cannot read _config.yml: {err}".splitlines()[0], path) from None
    if config is None:
        return {}
    if not isinstance(config, dict):
        raise ConfigError("_config.yml is not a mapping of settings (key: value lines)", path)
    check(config, path)
    return config


def repository(layout: Layout, config: Mapping[str, Any] | None = None) -> str:
    """The repository the launch buttons point to (``launch.repository_url``), from
    ``config`` (``_config.yml`` as ``read_config`` reads it) or, when not given, from the
    file itself. Raises ConfigError when ``_config.yml`` cannot be read (``read_config``)."""
    from workreport.book.launch import repository_url

    repo = (read_config(layout) if config is None else config).get("repository") or {}
    return repository_url(layout.root, str(repo.get("url") or ""))


def _table_files(layout: Layout) -> list[str]:
    """The file names of the tables ``data/processed/datapackage.json`` describes (its
    resources' paths, as the extraction wrote it: ``schema.TABLES`` and the derived
    ``outcomes.csv`` when there are pairs), or of ``schema.TABLES`` when it cannot be
    read. From the JSON because ``schema`` imports pandas (0.5 s), which a build that
    only renders (a hand-written page edited) does not otherwise need."""
    import json

    package = layout.processed / "datapackage.json"
    try:
        return [Path(str(r["path"])).name for r in
                json.loads(package.read_text(encoding="utf-8"))["resources"]]
    except (OSError, ValueError, KeyError, TypeError):
        from workreport.schema import TABLES

        return [f"{t}.csv" for t in TABLES]


def _static_data(layout: Layout) -> list[Path]:
    """The tables offered for download (``_table_files``) and their descriptor."""
    return [*(layout.processed / n for n in _table_files(layout)),
            layout.processed / "datapackage.json"]


def tool_versions() -> list[Named]:
    """The versions of the tools that render the book (a new one re-renders it)."""
    from importlib.metadata import PackageNotFoundError, version

    named: list[Named] = []
    for tool in _TOOLS:
        try:
            named.append((f"tool:{tool}", version(tool).encode()))
        except PackageNotFoundError:
            named.append((f"tool:{tool}", None))
    return named


def _sources(layout: Layout, repo: str) -> list[Named]:
    """Every file the HTML depends on, and the versions of the tools that render it."""
    files = [layout.root / "_config.yml", layout.root / "_toc.yml"]
    files += tree_files(layout.root / "book")
    files += _static_data(layout)
    named: list[Named] = [(layout.rel(p), p) for p in files]
    named.append(("repository", repo.encode()))  # the launch buttons link to it
    named.append(("code:launch.py", PACKAGE / "book" / "launch.py"))  # adds them
    named.append(("code:webfont.py", PACKAGE / "book" / "webfont.py"))  # the web font
    named.append(("code:images.py", PACKAGE / "book" / "images.py"))  # charts as files
    named.append(("code:search.py", PACKAGE / "book" / "search.py"))  # the search index
    named.append(("code:jinjacache.py", PACKAGE / "book" / "jinjacache.py"))
    named.append(("code:sidebar.py", PACKAGE / "book" / "sidebar.py"))  # the sidebar
    named.append(("code:sphinxrun.py", PACKAGE / "book" / "sphinxrun.py"))  # runs Sphinx
    named.append(("code:title.py", PACKAGE / "book" / "title.py"))  # the book's title
    return [*named, *tool_versions()]


class _Publisher:
    """Copies files into the tree to publish (``new``), linking instead the file of the
    same path in the tree published before (``old``) when that is a copy of the same
    source as it is now.

    Every file is copied with its modification time (``shutil.copy2``), so a published
    file whose size and time (ns) are its source's is the copy of the source as it is
    (Sphinx rewrites only the pages it writes, and a file written again gets a new time).
    The hard link is safe because nothing writes into a published tree: it is replaced
    whole (``swap``), and the staging tree Sphinx writes into in place is never linked.
    """

    def __init__(self, new: Path, old: Path) -> None:
        self.new, self.old = new, old

    def __call__(self, src: str | Path, dst: str | Path) -> Path:
        dst = Path(dst)
        prev = self.old / dst.relative_to(self.new)
        try:
            a, b = os.stat(src), prev.stat()
            if (a.st_size, a.st_mtime_ns) == (b.st_size, b.st_mtime_ns):
                os.link(prev, dst)
                return dst
        except OSError:  # no published copy, or no hard links here: copy
            pass
        shutil.copy2(src, dst)
        return dst


def _report_rows(layout: Layout, names: list[str]) -> dict[str, list[Path]]:
    """Each report's files of rows (``.workreport/rows/<report_id>/<table>.csv``) of the
    tables ``names``, as ``rows.split`` left them. A build renders only after the step
    that splits the tables it extracted (``build._notebooks``), so its reports are the
    folders there; ``split`` is asked (it imports pandas) only when a file is missing."""
    tables = [Path(n).stem for n in names]
    ids = split_reports(layout)
    if not ids or not all(p.is_file() for rid in ids
                          for p in report_files(layout, rid, tables)):
        ids = split(layout)
    return {rid: [p for p in report_files(layout, rid, tables) if p.is_file()] for rid in ids}


def _copy_data(layout: Layout, data: Path, copy=shutil.copy2) -> None:
    """The tables beside the book for download: all reports, and each report's own rows
    in ``<report_id>/`` (what a chapter's take-away links offer; ``rows.split`` wrote
    them, and a table in which the report has no row is left out). ``copy(src, dst)``
    copies one file with its time (``_Publisher``)."""
    data.mkdir(parents=True, exist_ok=True)
    for src in _static_data(layout):
        copy(src, data / src.name)
    for rid, files in _report_rows(layout, _table_files(layout)).items():
        for src in files:
            if src.read_bytes().count(b"\n") > 1:
                (data / rid).mkdir(exist_ok=True)
                copy(src, data / rid / src.name)


def _jupyter_book() -> list[str]:
    exe = Path(sys.executable).parent / "jupyter-book"
    if exe.is_file():
        return [str(exe)]
    found = shutil.which("jupyter-book")
    if not found:
        raise ToolMissing("jupyter-book is not installed (make venv installs it)")
    return [found]


def swap(new: Path, target: Path) -> None:
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


#: The staging tree Sphinx builds in and keeps its environment in, under the book's root.
STAGING = Path("_build", ".staging")


def _sphinx_env() -> dict[str, str]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "NO_COLOR": "1"}
    env.pop("FORCE_COLOR", None)
    return env


def _start(cmd: list[str], root: Path, log: Path, **popen) -> subprocess.Popen:
    """Start ``cmd`` in ``root`` (Sphinx's environment, ``_sphinx_env``) with its output,
    after a ``$ cmd`` line, in ``log`` (created or emptied); ``popen`` goes to Popen."""
    with log.open("w", encoding="utf-8") as fh:
        fh.write("$ " + " ".join(cmd) + "\n")
        fh.flush()
        return subprocess.Popen(cmd, cwd=root, stdout=fh, stderr=subprocess.STDOUT,
                                env=_sphinx_env(), **popen)


class SphinxStart:
    """The render's Sphinx process, started before the render is due
    (``sphinxrun --wait``): it imports Sphinx and the extensions, and loads jieba's
    dictionary when the staging tree holds no memo of the search's splits (a clean
    build, which will need it), while the notebooks run; ``render`` then hands it what
    to build. Its output goes to ``<log>.part`` until then, so a render found up to date
    leaves the last log as it was. ``close`` ends it unused (it exits on the end of its
    input) or after its build; a build holding one closes it whatever happens."""

    #: ``search.MEMO`` in the staging tree's doctrees (not imported: it imports Sphinx).
    MEMO = STAGING / "_build" / ".doctrees" / "workreport-search.pickle"

    def __init__(self, layout: Layout) -> None:
        memo = layout.root / self.MEMO
        self.cmd = [sys.executable, "-m", "workreport.book.sphinxrun", "--wait",
                    *([] if memo.is_file() else ["--jieba"])]
        self.log = layout.work / "jupyter-book.log.part"
        self.log.parent.mkdir(parents=True, exist_ok=True)
        self.proc = _start(self.cmd, layout.root, self.log, stdin=subprocess.PIPE, text=True)

    def build(self, root: Path, out: Path, jobs: int, log: Path) -> int:
        """Build ``root`` into ``out`` with ``jobs`` processes; its exit status, with its
        whole output moved to ``log``."""
        try:
            self.proc.stdin.write(json.dumps([str(root), str(out), jobs]) + "\n")
            self.proc.stdin.close()
        except BrokenPipeError:  # it ended first: its status and log say why
            pass
        status = self.proc.wait()
        os.replace(self.log, log)
        return status

    def close(self) -> None:
        """End the process: at the end of its input when unused, killed if it hangs."""
        if self.proc.poll() is None:
            try:
                if not self.proc.stdin.closed:
                    self.proc.stdin.close()
                self.proc.wait(timeout=30)
            except (OSError, subprocess.TimeoutExpired):
                self.proc.kill()
                self.proc.wait()
        self.log.unlink(missing_ok=True)


def _run(layout: Layout, out: Path, log: Path, jobs: int,
         started: SphinxStart | None = None) -> Path:
    """``jupyter-book build`` into ``out`` with ``jobs`` Sphinx processes
    (``sphinxrun``: the command line's build, which has no ``-j``), in ``started`` when
    given (``SphinxStart``); the HTML tree, or RenderError quoting the first warning (the
    whole log is at ``log``)."""
    _jupyter_book()  # the same ToolMissing as the command line when it is absent
    if started is not None and started.proc.poll() is None:
        returncode = started.build(layout.root, out, jobs, log)
    else:
        cmd = [sys.executable, "-m", "workreport.book.sphinxrun", str(layout.root),
               str(out), str(jobs)]
        returncode = _start(cmd, layout.root, log).wait()
    html = out / "_build" / "html"
    text = _ANSI.sub("", log.read_text(encoding="utf-8", errors="replace"))
    log.write_text(text, encoding="utf-8")  # jupyter-book colours even into a file
    problems = [ln.strip() for ln in text.splitlines() if _WARNING.search(ln)]
    if returncode != 0 or problems or not (html / "index.html").is_file():
        first = problems[0] if problems else f"exit status {returncode}"
        first = first.replace(str(layout.root) + os.sep, "")
        raise RenderError(
            f"jupyter-book build failed ({len(problems) or 'no'} warning/error lines; "
            f"first: {first[:300]}); full log: {layout.rel(log)}; "
            f"{layout.rel(layout.html)} still holds the last good book", log)
    return html


def render(layout: Layout, repo: str, *, force: bool = False, progress: bool = True,
           jobs: int | None = None, started: SphinxStart | None = None) -> bool:
    """``jupyter-book build`` in the staging tree, then publish its HTML to ``_build/html``.

    The staging tree (``_build/.staging``) keeps Sphinx's environment between builds, so
    an edit to one page or notebook re-reads and re-writes only what changed (and what
    links to it). When the set of pages changed (a report added or removed), the
    environment is kept too (only added and changed documents are read) but every page
    is written anew into an empty HTML tree, since the navigation of every page changed.
    It is trusted only after a success: a build that fails or is killed
    leaves its ``.unfinished`` mark, and the next one starts from an empty tree (else
    Sphinx, seeing nothing changed, would not repeat the warnings and publish a book
    that failed). Publishing copies the HTML into a temporary tree that is swapped in,
    so ``_build/html`` always holds one whole good book; a file the last book published
    as it is now is linked, not copied again (``_Publisher``).

    ``repo`` is what the launch buttons link to (``repository``): part of the sources,
    since the pages change with it. Returns False when the sources are unchanged since
    the last successful render and ``_build/html/index.html`` is what it wrote. Any
    warning fails the build (``-W -n``, with ``--keep-going`` so the log lists them all)
    with RenderError; on failure ``_build/html`` is untouched. ``jobs``: Sphinx's
    processes (``-j``; default one per CPU). The HTML is the same whatever their number.
    ``started``: the Sphinx process to build in (``SphinxStart``), which the caller
    closes; without it one is started here.
    """
    state = State(layout.work / "html.json", layout.root, Hasher())
    digest = state.hasher.digest(_sources(layout, repo))
    index = layout.html / "index.html"
    if not force and state.fresh("html", digest, [index]):
        return False
    build_root = layout.root / "_build"
    staging, mark = layout.root / STAGING, build_root / ".staging.unfinished"
    for leftover in build_root.glob(".publish-*"):  # from a killed build
        shutil.rmtree(leftover, ignore_errors=True)
    pages = "\n".join(sorted(p.relative_to(layout.root).as_posix()
                             for p in tree_files(layout.root / "book")
                             if p.suffix in (".md", ".ipynb")))
    page_list = staging / "pages.txt"
    if force or mark.exists() or not page_list.is_file():
        shutil.rmtree(staging, ignore_errors=True)
    elif page_list.read_text("utf-8") != pages:
        # A new set of pages (a report added or removed) changes every page's sidebar,
        # but Sphinx rewrites only the pages whose own source changed, and leaves the
        # pages (and images, downloads) of documents that are gone. So the HTML starts
        # from an empty tree, and every page is written anew; the environment and the
        # doctrees are kept, so only the added and changed documents are read again.
        shutil.rmtree(staging / "_build" / "html", ignore_errors=True)
    build_root.mkdir(parents=True, exist_ok=True)
    mark.touch()
    log = layout.work / "jupyter-book.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    if progress:
        print(f"html: jupyter-book build (log: {layout.rel(log)}) ...", flush=True)
    html = _run(layout, staging, log, jobs or os.cpu_count() or 1, started)
    tmp = build_root / f".publish-{os.getpid()}"
    try:
        publisher = _Publisher(tmp, layout.html)
        shutil.copytree(html, tmp, copy_function=publisher)
        _copy_data(layout, tmp / "_static" / "data", publisher)
        swap(tmp, layout.html)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    page_list.write_text(pages, encoding="utf-8")
    mark.unlink()
    state.record("html", digest, [index])
    return True
