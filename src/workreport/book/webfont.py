"""A Chinese web font that travels with the book: a Sphinx extension.

Without it every Chinese character of the book is drawn in whatever CJK font the
reader's machine has, and as an empty box on one that has none (many Linux machines,
e-readers, locked-down classroom computers). At ``build-finished`` this extension reads
every page the builder wrote (``*.html`` of the output), collects the CJK characters they
contain (``cjk``), and writes a subset of the project's Noto Sans SC (the
``pylopdf-fonts-zh-cn`` package, SIL Open Font License 1.1) holding exactly those
characters, as WOFF2 made by fontTools' subsetter, to ``_static/fonts/`` of the output,
with the licence beside it. ``book/_static/webfont.css`` declares it with ``@font-face``
(limited by ``unicode-range`` to the CJK blocks, so Latin text keeps the theme's fonts)
and puts it first in the theme's font stacks.

The font is rebuilt whenever the characters change, since it is made from the written
pages on every build; the result is cached under ``.workreport/webfont/`` keyed on the
characters, the source font and the tool versions, so an unchanged book costs a hash.
Its bytes are a function of those inputs only (no timestamp: ``head.modified`` is kept
from the source font), and the file is not rewritten when they are the same (its time
stays, so publishing can tell it unchanged).

Only the pages written by this build are read (``page_characters``): each page's
characters are kept with its size and modification time in the doctree directory (Sphinx's
environment, kept with it between builds), and a page whose size and time are those
recorded is not read again. The characters are the union over every page of the output as
it is, read now or before, so an incremental build cuts the same font as a clean one.

Cutting the font takes some 3.5 CPU seconds (fontTools: subsetting, the TrueType outlines,
WOFF2's transform and Brotli), which a build without a cached font used to spend alone at
its end. So the cut starts as soon as the pages are read (``env-updated``), in a forked
process (``Speculation``), for the characters of the doctrees (``doctree_characters``,
collected by Sphinx's readers per document), and runs beside the writing of the pages.
At ``build-finished`` its font is taken only when the pages written hold exactly those
characters (in this book they do: Sphinx adds no Chinese of its own); otherwise it is
stopped and the font cut from the pages' characters, as before. The font is a function of
the characters alone, so its bytes are the same either way. The log says which it was
(``webfont: … (cut beside the writing)``, ``(cut at the end)`` or ``(cached)``).
"""

from __future__ import annotations

import functools
import hashlib
import html
import json
import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from workreport.book.fontsubset import subset_woff2

__all__ = ["CJK_RANGES", "FONT_FILE", "LICENCE_FILE", "Speculation", "characters", "cjk",
           "doctree_characters", "licence_text", "page_characters", "setup", "source_font",
           "subset_woff2", "write_font"]

# The blocks the web font serves; webfont.css's unicode-range lists the same ones
# (tests/test_webfont.py checks they agree). CJK radicals, symbols and punctuation
# (、。「」), kana, CJK unified ideographs with extension A, compatibility ideographs,
# vertical and compatibility forms, and the full-width forms (，：（）).
CJK_RANGES: tuple[tuple[int, int], ...] = (
    (0x2E80, 0x9FFF), (0xF900, 0xFAFF), (0xFE10, 0xFE1F), (0xFE30, 0xFE4F),
    (0xFF00, 0xFFEF), (0x20000, 0x3134F),
)
FONT_FILE = "fonts/noto-sans-sc-book.woff2"  # under _static/; webfont.css points here
LICENCE_FILE = "fonts/OFL.txt"
_DIST = "pylopdf-fonts-zh-cn"
_CACHE_VERSION = b"webfont-2"
# Pages the builder writes besides the book's own (search results show the pages' text,
# so their characters are the pages' characters anyway).
_SKIP_DIRS = ("_static", "_sources", "_images")
_MEMO = "webfont-pages.json"  # in Sphinx's doctree directory
_MEMO_VERSION = 1
#: Sphinx environment attribute: each document's ``doctree_characters``, by docname.
_ENV_CHARS = "workreport_cjk"


def cjk(codepoint: int) -> bool:
    """Whether ``codepoint`` lies in one of ``CJK_RANGES``."""
    return any(lo <= codepoint <= hi for lo, hi in CJK_RANGES)


def characters(pages: Iterable[Path]) -> set[int]:
    """The CJK code points (``cjk``) of the given HTML files, entities decoded.

    The whole file counts, attributes and inline scripts included: whatever of it the
    browser shows, the font covers.
    """
    found: set[int] = set()
    for path in pages:
        text = html.unescape(Path(path).read_text(encoding="utf-8"))
        found.update(ord(ch) for ch in set(text) if cjk(ord(ch)))
    return found


def doctree_characters(doctree) -> str:
    """The CJK characters (``cjk``) of a docutils doctree's text, sorted, as one string:
    every text node as it reads, and raw HTML with its entities decoded, as ``characters``
    reads a page. What a page written from the doctree holds, unless the writer adds
    Chinese of its own (which ``Speculation`` checks)."""
    from docutils import nodes

    found: set[str] = set()
    for node in doctree.findall(nodes.Text):
        text = node.astext()
        if isinstance(node.parent, nodes.raw):
            text = html.unescape(text)
        found.update(ch for ch in set(text) if cjk(ord(ch)))
    return "".join(sorted(found))


def page_characters(pages: Sequence[Path], root: Path, memo: Path) -> set[int]:
    """``characters(pages)``, reading only the pages changed since the last call: ``memo``
    (JSON, rewritten whole) holds each page's characters with its size and modification
    time (ns), by its path relative to ``root``; a page whose size and time are those
    recorded keeps its recorded characters. Pages no longer given are forgotten. A memo
    that cannot be read counts as empty.
    """
    try:
        old = json.loads(memo.read_text(encoding="utf-8"))
        known = old["pages"] if old.get("version") == _MEMO_VERSION else {}
    except (OSError, ValueError, AttributeError, KeyError):
        known = {}
    pages_now: dict[str, list] = {}
    found: set[int] = set()
    for path in pages:
        st = path.stat()
        rel = path.relative_to(root).as_posix()
        entry = known.get(rel)
        if isinstance(entry, list) and entry[:2] == [st.st_size, st.st_mtime_ns]:
            chars = {ord(c) for c in entry[2]}
        else:
            chars = characters([path])
        pages_now[rel] = [st.st_size, st.st_mtime_ns, "".join(map(chr, sorted(chars)))]
        found |= chars
    memo.parent.mkdir(parents=True, exist_ok=True)
    partial = memo.with_name(f".{memo.name}.{os.getpid()}")
    partial.write_text(json.dumps({"version": _MEMO_VERSION, "pages": pages_now},
                                  ensure_ascii=False, sort_keys=True), encoding="utf-8")
    os.replace(partial, memo)
    return found


def _write_if_changed(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` unless it holds them already (its time then stays)."""
    try:
        if path.stat().st_size == len(data) and path.read_bytes() == data:
            return
    except OSError:
        pass
    path.write_bytes(data)


def source_font() -> Path:
    """The Noto Sans SC OpenType file of the ``pylopdf-fonts-zh-cn`` package."""
    import pylopdf_fonts_zh_cn

    return Path(pylopdf_fonts_zh_cn.sans_path())


def licence_text() -> str:
    """The SIL Open Font License text the font package ships (its ``LICENSE``)."""
    from importlib.metadata import distribution

    dist = distribution(_DIST)
    for name in ("licenses/LICENSE", "LICENSE"):
        text = dist.read_text(name)
        if text:
            return text
    raise FileNotFoundError(f"{_DIST} ships no LICENSE file")


@functools.lru_cache(maxsize=4)
def _font_digest(font: Path, size: int, mtime_ns: int) -> bytes:
    """sha256 of ``font``'s bytes, read once per process for a given size and time (a
    clean build asks twice: at ``_speculate`` and at ``write_font``)."""
    return hashlib.sha256(font.read_bytes()).digest()


def _cache_key(font: Path, codepoints: set[int]) -> str:
    from importlib.metadata import version

    h = hashlib.sha256(_CACHE_VERSION)
    stat = font.stat()
    h.update(_font_digest(font, stat.st_size, stat.st_mtime_ns))
    for tool in ("fonttools", "brotli"):
        h.update(f"{tool}={version(tool)}\0".encode())
    h.update(",".join(f"{c:x}" for c in sorted(codepoints)).encode())
    return h.hexdigest()


class Speculation:
    """``subset_woff2(font, codepoints)`` started now in a forked process, its WOFF2 sent
    back through a pipe; ``take`` returns it for those same code points, ``cancel`` stops
    it. Any failure in the child leaves ``take`` with None (the caller then cuts the font
    itself); the child prints nothing. (Run at the build's own priority: a lower one
    (``os.nice`` 10) left more of the cut for the end, 0.4-1 s later in two pairs. A plain
    fork, not a ``multiprocessing`` pool: a pool keeps handler threads in this Sphinx
    process, which forks its page writers afterwards, and a fork while threads hold locks
    can deadlock the child.)"""

    def __init__(self, font: Path, codepoints: Iterable[int]) -> None:
        self.codepoints = frozenset(codepoints)
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: never returns
            status = 1
            try:
                os.close(read)
                data = subset_woff2(font, self.codepoints)
                with os.fdopen(write, "wb") as fh:
                    fh.write(data)
                status = 0
            except BaseException:  # reported by the exit status alone
                pass
            os._exit(status)
        os.close(write)
        self.pid, self._read = pid, read

    def take(self, codepoints: set[int]) -> bytes | None:
        """The font for ``codepoints``, waiting for it; None (and the child stopped) when
        it was started for other code points or failed."""
        if self.pid is None:
            return None
        if set(codepoints) != self.codepoints:
            self.cancel()
            return None
        with os.fdopen(self._read, "rb") as fh:
            data = fh.read()
        _, status = os.waitpid(self.pid, 0)
        self.pid = None
        return data if status == 0 and data else None

    def cancel(self) -> None:
        """Stop the child (if still running) and close the pipe."""
        if self.pid is None:
            return
        import contextlib
        import signal

        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGKILL)
        os.waitpid(self.pid, 0)
        os.close(self._read)
        self.pid = None


def write_font(static: Path, codepoints: set[int], cache: Path | None = None,
               subset: Callable[[Path, set[int]], bytes] = subset_woff2) -> Path:
    """Write the subset for ``codepoints`` and the licence into ``static`` (``_static``).

    Returns the font's path. With ``cache`` (a directory), a subset made before for the
    same characters, font and tools is reused and only the latest one is kept. ``subset``
    cuts the font when it must be cut (``subset_woff2``, or what returns its bytes).
    """
    font = source_font()
    data: bytes | None = None
    cached = None
    if cache is not None:
        cached = cache / f"{_cache_key(font, codepoints)}.woff2"
        if cached.is_file():
            data = cached.read_bytes()
    if data is None:
        data = subset(font, codepoints)
        if cached is not None:
            cache.mkdir(parents=True, exist_ok=True)
            for old in cache.glob("*.woff2"):
                old.unlink(missing_ok=True)
            partial = cached.with_name(f".{cached.name}.{os.getpid()}")
            partial.write_bytes(data)
            os.replace(partial, cached)  # a killed build leaves no half font to reuse
    # The output tree is the builder's own (build.render swaps it in only when whole).
    target = static / FONT_FILE
    target.parent.mkdir(parents=True, exist_ok=True)
    _write_if_changed(target, data)
    _write_if_changed(static / LICENCE_FILE, licence_text().encode("utf-8"))
    return target


# ----------------------------------------------------------------------------- Sphinx


def _pages(outdir: Path) -> list[Path]:
    return sorted(p for p in outdir.rglob("*.html")
                  if not set(p.relative_to(outdir).parts[:-1]) & set(_SKIP_DIRS))


def _cache_dir(app) -> Path:
    return Path(app.srcdir) / ".workreport" / "webfont"


def _doc_chars(env) -> dict[str, str]:
    chars = getattr(env, _ENV_CHARS, None)
    if chars is None:
        chars = {}
        setattr(env, _ENV_CHARS, chars)
    return chars


def _doctree_read(app, doctree) -> None:
    """doctree-read (in Sphinx's readers): note the document's characters."""
    _doc_chars(app.env)[app.env.docname] = doctree_characters(doctree)


def _purge_doc(app, env, docname: str) -> None:
    _doc_chars(env).pop(docname, None)


def _merge_info(app, env, docnames, other) -> None:
    """env-merge-info: take the characters of the documents a parallel reader read."""
    theirs, ours = _doc_chars(other), _doc_chars(env)
    ours.update((doc, theirs[doc]) for doc in docnames if doc in theirs)


def _speculate(app, env) -> None:
    """env-updated: start cutting the font for the documents' characters (``Speculation``)
    when every document's are known and no cached font holds exactly them."""
    if app.builder.format != "html" or getattr(app, "_workreport_font", None) is not None:
        return
    chars = _doc_chars(env)
    if not env.all_docs or any(doc not in chars for doc in env.all_docs):
        return
    codepoints = {ord(ch) for doc in env.all_docs for ch in chars[doc]}
    font = source_font()
    if (_cache_dir(app) / f"{_cache_key(font, codepoints)}.woff2").is_file():
        return
    app._workreport_font = Speculation(font, codepoints)


def _build_font(app, exception) -> None:
    """build-finished: subset the font to the characters of the pages of the output
    (read again only where this build wrote them: ``page_characters``), taking the cut
    ``_speculate`` started when it was for those characters."""
    speculation = getattr(app, "_workreport_font", None)
    app._workreport_font = None
    if exception is not None or app.builder.format != "html":
        if speculation is not None:
            speculation.cancel()
        return
    outdir = Path(app.outdir)
    memo = Path(app.doctreedir) / f"{app.builder.name}-{_MEMO}"
    codepoints = page_characters(_pages(outdir), outdir, memo)

    how = ["cached"]

    def subset(font: Path, wanted: set[int]) -> bytes:
        made = speculation.take(wanted) if speculation is not None else None
        how[0] = "cut beside the writing" if made is not None else "cut at the end"
        return made if made is not None else subset_woff2(font, wanted)

    try:
        path = write_font(outdir / "_static", codepoints, _cache_dir(app), subset)
    finally:
        if speculation is not None:
            speculation.cancel()
    from sphinx.util import logging

    logging.getLogger(__name__).info(
        f"webfont: {len(codepoints)} CJK characters, {path.stat().st_size} bytes ({how[0]})")


def setup(app) -> dict[str, Any]:
    """Register the extension (``extensions`` in ``_config.yml``)."""
    app.connect("doctree-read", _doctree_read)
    app.connect("env-purge-doc", _purge_doc)
    app.connect("env-merge-info", _merge_info)
    app.connect("env-updated", _speculate)
    app.connect("build-finished", _build_font)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
