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
"""

from __future__ import annotations

import hashlib
import html
import io
import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

__all__ = ["CJK_RANGES", "FONT_FILE", "LICENCE_FILE", "characters", "cjk", "licence_text",
           "page_characters", "setup", "source_font", "subset_woff2", "write_font"]

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


def _truetype(font) -> None:
    """Turn ``font``'s CFF outlines into TrueType (quadratic ``glyf``) outlines, in place.

    Chromium's PDF backend (Skia) embeds a TrueType font as a CID font but a CFF one only
    as Type 3 bitmaps-of-paths with no font name, larger and worse in some readers; the
    PDF edition prints this font. The curves are approximated within 1 unit of the 1000
    unit em (fontTools' cu2qu, as its own otf2ttf recipe does).
    """
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import newTable

    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    for tag in ("CFF ", "VORG"):  # VORG belongs to CFF fonts only
        if tag in font:
            del font[tag]
    maxp = font["maxp"] = newTable("maxp")  # version 1.0: the TrueType fields
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    for attr in ("maxPoints", "maxContours", "maxCompositePoints", "maxCompositeContours",
                 "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements",
                 "maxComponentDepth"):
        setattr(maxp, attr, 0)  # recomputed from glyf when the font is saved
    post = font["post"]
    post.formatType, post.extraNames, post.mapping = 2.0, [], {}
    post.glyphOrder = order
    font.sfntVersion = "\x00\x01\x00\x00"


def subset_woff2(font: Path, codepoints: Iterable[int]) -> bytes:
    """A WOFF2 subset of ``font`` holding the glyphs of ``codepoints`` (and .notdef),
    with TrueType outlines (``_truetype``).

    Code points the font lacks are left out (``tests/test_webfont.py`` checks that none
    of the book's are). Hinting is dropped (the CFF hints do not carry over to TrueType
    outlines, and browsers render CJK at text sizes well without); the layout features
    stay, so punctuation keeps its Chinese forms. Deterministic: ``head.modified`` is the
    source's.
    """
    from fontTools import subset
    from fontTools.ttLib import TTFont

    options = subset.Options()
    options.flavor = "woff2"
    options.hinting = False
    options.notdef_outline = True
    tt = TTFont(str(font), recalcTimestamp=False)
    try:
        subsetter = subset.Subsetter(options=options)
        subsetter.populate(unicodes=sorted(set(codepoints)))
        subsetter.subset(tt)
        _truetype(tt)
        tt.flavor = "woff2"
        out = io.BytesIO()
        tt.save(out, reorderTables=True)
    finally:
        tt.close()
    return out.getvalue()


def _cache_key(font: Path, codepoints: set[int]) -> str:
    from importlib.metadata import version

    h = hashlib.sha256(_CACHE_VERSION)
    h.update(hashlib.sha256(font.read_bytes()).digest())
    for tool in ("fonttools", "brotli"):
        h.update(f"{tool}={version(tool)}\0".encode())
    h.update(",".join(f"{c:x}" for c in sorted(codepoints)).encode())
    return h.hexdigest()


def write_font(static: Path, codepoints: set[int], cache: Path | None = None) -> Path:
    """Write the subset for ``codepoints`` and the licence into ``static`` (``_static``).

    Returns the font's path. With ``cache`` (a directory), a subset made before for the
    same characters, font and tools is reused and only the latest one is kept.
    """
    font = source_font()
    data: bytes | None = None
    cached = None
    if cache is not None:
        cached = cache / f"{_cache_key(font, codepoints)}.woff2"
        if cached.is_file():
            data = cached.read_bytes()
    if data is None:
        data = subset_woff2(font, codepoints)
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


def _build_font(app, exception) -> None:
    """build-finished: subset the font to the characters of the pages of the output
    (read again only where this build wrote them: ``page_characters``)."""
    if exception is not None or app.builder.format != "html":
        return
    outdir = Path(app.outdir)
    memo = Path(app.doctreedir) / f"{app.builder.name}-{_MEMO}"
    codepoints = page_characters(_pages(outdir), outdir, memo)
    cache = Path(app.srcdir) / ".workreport" / "webfont"
    path = write_font(outdir / "_static", codepoints, cache)
    from sphinx.util import logging

    logging.getLogger(__name__).info(
        f"webfont: {len(codepoints)} CJK characters, {path.stat().st_size} bytes")


def setup(app) -> dict[str, Any]:
    """Register the extension (``extensions`` in ``_config.yml``)."""
    app.connect("build-finished", _build_font)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
