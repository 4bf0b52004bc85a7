"""The WOFF2 subset of the book's Chinese font (fontTools), with TrueType outlines.

Used by ``webfont`` (the web font of the HTML book, cut at the end of a build or beside
the writing of its pages) and, through it, by the PDF edition, which prints that font.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from pathlib import Path

__all__ = ["subset_woff2"]


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
