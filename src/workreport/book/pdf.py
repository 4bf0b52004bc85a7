"""The printed edition: the whole book as one A4 PDF (``make pdf``, ``workreport pdf``).

The route, and why: jupyter-book's ``singlehtml`` builder renders the book's pages,
including the notebooks ``make book`` already executed into ``book/generated/``
(``execute_notebooks`` is off, so nothing runs again), into one HTML document;
``book.printbook`` rearranges that document for print (``arrange``: a cover saying what
the book holds, a contents list, each chapter on a new page, the annotated reports moved
to an appendix, every link one a reader of the printed file can follow: ``relink``) and
Debian's headless Chromium prints it (``print_pdf``).
``book/_static/print.css`` lays the pages out (A4, page numbers in ``@page`` margin
boxes, the web chrome left out, no chart cut or taller than a page) and the Chinese is
set in the book's own web font (``book.webfont``), which Chromium embeds, so the PDF
needs no font on the reader's machine and its Chinese can be selected and searched.
Chromium is already what the browser tests use, and the pages print exactly as they look
on screen; LaTeX with xeCJK would need a TeX installation several hundred megabytes
large in CI and a second rendering of every chart and table.

The PDF is written to ``_build/pdf/<name>.pdf``, ``<name>`` being jupyter-book's own
name for its PDF (``latex.latex_documents.targetname`` in ``_config.yml`` without
``.tex``; ``book`` by default), whole or not at all, with its dates and document id made
from its content rather than the clock.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workreport.book.printbook import arrange
from workreport.book.render import project_root, read_config, repository
from workreport.book.title import read as book_title
from workreport.errors import WorkreportError
from workreport.paths import Layout

__all__ = ["CHROMIUM_FLAGS", "PdfResult", "arrange", "build_pdf", "chromium", "pdf_name",
           "pdf_target", "print_pdf", "reproducible", "toc_parts", "web_address"]

CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                  "--disable-background-networking", "--disable-component-update",
                  "--no-first-run", "--disable-sync", "--generate-pdf-document-outline")
# Chromium gets this long (virtual time: the clock runs only while work is pending) to
# load the web font and lay the book out before it prints.
_BUDGET_MS = 60000
_TIMEOUT_S = 900


@dataclass
class PdfResult:
    """What ``build_pdf`` made: the file, its page count and the seconds per step."""

    path: Path
    pages: int
    seconds: dict[str, float]


def _config(layout: Layout) -> dict:
    """``_config.yml`` read once, as `workreport build` reads it (``render.read_config``: a
    broken file is its one-line ConfigError), with the book's title (``title.read``: named
    after the report the book opens with unless one is typed there; session 68)."""
    config = read_config(layout)
    return {**config, "title": book_title(layout.root, config)}


def web_address(layout: Layout, config: Mapping[str, Any]) -> str:
    """The published web book's address, ending in "/", or "" when unknown: the PDF links
    the book's downloads and pages it does not print there (``printbook.relink``; session
    69). ``html.baseurl`` of ``_config.yml`` (``config``, as ``render.read_config`` reads
    it), else the GitHub Pages address (``launch.pages_url``) of the book's repository
    (``launch.repository_url``: ``repository.url``, ``WORKREPORT_REPOSITORY_URL`` or the
    GitHub remote ``origin``), where ``make publish`` pushes the web book."""
    from workreport.book.launch import pages_url

    base = str((config.get("html") or {}).get("baseurl") or "").strip()
    if base:
        return base.rstrip("/") + "/"
    return pages_url(repository(layout, config))


def _report_rows(layout: Layout) -> dict[str, dict]:
    """``reports.csv`` rows by report id (empty cells ""), as the book's build wrote them:
    they name the printed book's reports (``printbook.arrange``)."""
    from workreport.book.pages import rows_by_id
    from workreport.schema import read_table

    return rows_by_id(read_table(layout.processed, "reports"))


def pdf_name(config: Mapping[str, Any]) -> str:
    """The PDF's file name without ``.pdf`` (see the module docstring), from ``_config.yml``
    as ``render.read_config`` reads it."""
    docs = ((config.get("latex") or {}).get("latex_documents") or {})
    name = str(docs.get("targetname") or "book.tex")
    return re.sub(r"\.tex$", "", Path(name).name) or "book"


def pdf_target(out: Path | None, folder: Path, name: str) -> Path:
    """Where ``workreport pdf`` writes: ``out``; inside it as ``<name>.pdf`` when it is a
    directory; with ``.pdf`` added when it has another suffix or none (``--out x`` wrote a
    PDF named ``x``, which no viewer opened by its name; session 69, tester); without
    ``out``, ``folder/<name>.pdf``."""
    if out is None:
        return folder / f"{name}.pdf"
    if out.is_dir():
        return out / f"{name}.pdf"
    return out if out.suffix.lower() == ".pdf" else out.with_name(out.name + ".pdf")


def chromium() -> str:
    """The Chromium executable (``chromium`` on PATH, Debian's package); else an error."""
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        raise WorkreportError("chromium is not installed (apt-get install chromium); "
                              "the PDF edition is printed with it")
    return found


def _check_generated(layout: Layout) -> None:
    """The executed notebooks must be there: the PDF never runs them."""
    import json

    notebooks = sorted(layout.generated.glob("*/*.ipynb"))
    if not notebooks or not (layout.generated / "glossary.md").is_file():
        raise WorkreportError("no executed notebooks in book/generated; run `make book` first",
                              layout.generated)
    for path in notebooks:
        cells = json.loads(path.read_text(encoding="utf-8")).get("cells", [])
        code = [c for c in cells if c.get("cell_type") == "code"]
        if code and all(c.get("execution_count") is None for c in code):
            raise WorkreportError("notebook not executed; run `make book` first", path)


def _root_page(layout: Layout) -> str:
    import yaml

    toc = yaml.safe_load((layout.root / "_toc.yml").read_text(encoding="utf-8")) or {}
    return str(toc.get("root") or "index")


def toc_parts(layout: Layout) -> list[tuple[str, list[str]]]:
    """The parts of ``_toc.yml``: (caption, docname patterns of its chapters: each
    ``file`` and each ``glob``)."""
    import yaml

    toc = yaml.safe_load((layout.root / "_toc.yml").read_text(encoding="utf-8")) or {}
    out = []
    for part in toc.get("parts") or []:
        globs = []
        for chapter in part.get("chapters") or []:
            pattern = str(chapter.get("file") or chapter.get("glob") or "")
            if pattern:
                pattern = re.sub(r"\.(md|ipynb)$", "", pattern)
                globs.append(pattern)
        if part.get("caption") and globs:
            out.append((str(part["caption"]), globs))
    return out


def _singlehtml(layout: Layout, tmp: Path, log: Path) -> Path:
    """jupyter-book's singlehtml build of the book into ``tmp``; its index.html."""
    from workreport.book.render import _jupyter_book

    cmd = [*_jupyter_book(), "build", str(layout.root), "--path-output", str(tmp),
           "--builder", "singlehtml", "--keep-going"]
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "NO_COLOR": "1"}
    env.pop("FORCE_COLOR", None)
    with log.open("w", encoding="utf-8") as fh:
        fh.write("$ " + " ".join(cmd) + "\n")
        fh.flush()
        proc = subprocess.run(cmd, cwd=layout.root, stdout=fh, stderr=subprocess.STDOUT,
                              env=env, check=False)
    # The book is the root page of _toc.yml (index.html is sphinx-external-toc's redirect).
    index = tmp / "_build" / "singlehtml" / f"{_root_page(layout)}.html"
    if proc.returncode != 0 or not index.is_file():
        raise WorkreportError(f"jupyter-book singlehtml build failed (exit status "
                              f"{proc.returncode}); full log: {layout.rel(log)}")
    return index


def print_pdf(index: Path, out: Path, log: Path | None = None) -> None:
    """Print ``index`` (an HTML file) to ``out`` with headless Chromium."""
    profile = Path(tempfile.mkdtemp(prefix="wr-pdf-chromium-"))
    cmd = [chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}",
           f"--virtual-time-budget={_BUDGET_MS}", f"--print-to-pdf={out}",
           index.resolve().as_uri()]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=_TIMEOUT_S,
                              check=False, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        raise WorkreportError(f"chromium did not print the book in {_TIMEOUT_S} s") from None
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    if log is not None:
        with log.open("a", encoding="utf-8") as fh:
            fh.write("$ " + " ".join(cmd) + "\n" + proc.stdout + proc.stderr)
    if proc.returncode != 0 or not out.is_file() or out.stat().st_size == 0:
        last = (proc.stderr.strip().splitlines() or [f"exit status {proc.returncode}"])[-1]
        raise WorkreportError(f"chromium could not print the book: {last[:300]}")


_DATE = re.compile(rb"/(CreationDate|ModDate) \(D:[0-9]{14}[^)]*\)")


def reproducible(pdf: bytes, date: bytes = b"20000101000000") -> bytes:
    """``pdf`` with the clock's dates (Chromium's /CreationDate and /ModDate) replaced
    in place by ``date``, padded to the same length so the cross-reference offsets hold:
    printing the same book twice gives the same bytes (Chromium writes no document id)."""
    def fixed(m: re.Match) -> bytes:
        whole = m.group(0)
        start = whole.index(b"(D:")
        body = whole[start:-1]
        new = (b"(D:" + date + b"+00'00'").ljust(len(body), b" ")  # UTC
        return whole[:start] + new[:len(body)] + b")"

    return _DATE.sub(fixed, pdf)


def _page_count(pdf: Path) -> int:
    """Pages of ``pdf`` (poppler's pdfinfo when installed, else the page objects)."""
    tool = shutil.which("pdfinfo")
    if tool:
        r = subprocess.run([tool, str(pdf)], capture_output=True, text=True, check=False)
        m = re.search(r"^Pages:\s+(\d+)", r.stdout, re.M)
        if m:
            return int(m.group(1))
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes()))


def build_pdf(root: Path, out: Path | None = None, progress: bool = True) -> PdfResult:
    """Render the book to ``_build/pdf/<name>.pdf`` (or ``out``) from the executed
    notebooks in ``book/generated`` (``make book`` first; WorkreportError otherwise).

    Returns the path, the page count and the seconds of each step. Any failure is one
    WorkreportError line; a failure leaves the previous PDF in place.
    """
    from workreport.book.webfont import characters, write_font

    say = print if progress else (lambda *a, **k: None)
    layout = Layout.at(root)
    project_root(layout)
    # Read once, as `workreport build` reads it: a broken file is its one-line ConfigError.
    config = _config(layout)
    _check_generated(layout)
    target = pdf_target(out, layout.root / "_build" / "pdf", pdf_name(config))
    target.parent.mkdir(parents=True, exist_ok=True)
    log = layout.work / "pdf.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    seconds: dict[str, float] = {}
    tmp = Path(tempfile.mkdtemp(prefix=".pdf-", dir=target.parent))
    try:
        t0 = time.monotonic()
        say(f"pdf: jupyter-book singlehtml build (log: {layout.rel(log)}) ...", flush=True)
        index = _singlehtml(layout, tmp, log)
        t1 = time.monotonic()
        seconds["singlehtml"] = t1 - t0
        # Sphinx writes the single page's links relative to the output's top (_static/,
        # _images/) whatever the root page's folder: the printed copy goes there.
        printed = tmp / "_build" / "singlehtml" / "print.html"
        printed.write_text(arrange(index.read_text(encoding="utf-8"), toc_parts(layout),
                                   _report_rows(layout), config,
                                   web_address(layout, config)), encoding="utf-8")
        # The cover and contents add text: the web font must hold their characters too.
        write_font(printed.parent / "_static", characters([printed]),
                   layout.work / "webfont")
        say("pdf: printing with chromium ...", flush=True)
        raw = tmp / "book.pdf"
        print_pdf(printed, raw, log)
        raw.write_bytes(reproducible(raw.read_bytes()))
        os.replace(raw, target)
        seconds["print"] = time.monotonic() - t1
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    pages = _page_count(target)
    seconds["total"] = sum(seconds.values())
    say(f"pdf: {layout.rel(target)}: {pages} pages, {target.stat().st_size / 1e6:.1f} MB "
        f"({seconds['total']:.0f} s)")
    return PdfResult(target, pages, seconds)

