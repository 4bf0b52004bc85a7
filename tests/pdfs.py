"""Small PDFs made in the tests, byte for byte the same on every run (no binaries in git):
a scanned page (no text layer), an encrypted file and a page of Chinese lines."""

from __future__ import annotations

import hashlib
import re
import struct

# The password padding of the standard security handler (ISO 32000-1, 7.6.3.3).
_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def _rc4(key: bytes, data: bytes) -> bytes:
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out, i, j = bytearray(), 0, 0
    for b in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(b ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def _padded(password: str) -> bytes:
    return (password.encode("latin-1") + _PAD)[:32]


def encrypted_pdf(text: str, user: str, owner: str = "owner") -> bytes:
    """A one-page PDF showing ``text`` (ASCII) in Helvetica, encrypted by the standard
    security handler, revision 2 (RC4 with a 40-bit key; ISO 32000-1, 7.6.3, algorithms
    2, 3 and 4), that opens with the password ``user`` (none needed when it is "")."""
    file_id = hashlib.md5(text.encode()).digest()
    o = _rc4(hashlib.md5(_padded(owner)).digest()[:5], _padded(user))
    perms = -4  # every permission granted
    key = hashlib.md5(_padded(user) + o + struct.pack("<i", perms) + file_id).digest()[:5]
    u = _rc4(key, _PAD)
    # Each object's strings and streams are encrypted with a key of its own (algorithm 1).
    obj_key = hashlib.md5(key + struct.pack("<i", 4)[:3] + b"\0\0").digest()[:10]
    content = _rc4(obj_key, f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1"))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P %d >>"
        % (o.hex().encode(), u.hex().encode(), perms),
    ]
    ids = file_id.hex().encode()
    return _pdf(objects, b"/Encrypt 6 0 R /ID [<%s> <%s>]" % (ids, ids))


def _pdf(objects: list[bytes], trailer: bytes = b"") -> bytes:
    """A PDF file of ``objects`` (numbered from 1, the first the catalogue) with its
    cross-reference table; ``trailer`` adds entries to the trailer dictionary."""
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += (b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objects) + 1, trailer + b" " if trailer else b"", xref))
    return bytes(out)


def scanned_pdf() -> bytes:
    """A PDF of one A4 page bearing only an image, as a scanner without OCR leaves it."""
    pixels = b"\x80" * 4  # a 2×2 grey image
    draw = b"q 595 0 0 842 0 0 cm /Im1 Do Q"
    return _a4_page(draw, b"/XObject << /Im1 5 0 R >>", [
        b"<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Length 4 >>\nstream\n" + pixels + b"\nendstream",
    ])


def _a4_page(draw: bytes, resources: bytes, more: list[bytes]) -> bytes:
    """A PDF of one A4 page drawn by the content stream ``draw`` with ``resources``
    (inside the page's /Resources), ``more`` its objects from number 5 on."""
    return _pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << %s >> >>" % resources,
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(draw), draw),
        *more,
    ])


_NO_TEXT_CMAP = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap "
                 b"1 begincodespacerange <0000> <FFFF> endcodespacerange 9 beginbfchar "
                 + b"".join(b"<%04x> <0000> " % k for k in range(1, 10))
                 + b"endbfchar endcmap end end")
# A font whose glyphs 1-9 the file maps to no character (its ToUnicode gives U+0000), as
# a PDF printed with a font missing from the machine has them.
_NO_TEXT_FONT = [
    b"<< /Type /Font /Subtype /Type0 /BaseFont /Unmapped /Encoding /Identity-H "
    b"/DescendantFonts [9 0 R] /ToUnicode 11 0 R >>",
    b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Unmapped /CIDSystemInfo "
    b"<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 10 0 R "
    b"/DW 1000 >>",
    b"<< /Type /FontDescriptor /FontName /Unmapped /Flags 4 /FontBBox [0 -200 1000 900] "
    b"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
    b"<< /Length %d >>\nstream\n%s\nendstream" % (len(_NO_TEXT_CMAP), _NO_TEXT_CMAP),
]


def chinese_pages(pages: list[list[tuple[float, float, float, str]]]) -> bytes:
    """A PDF of A4 pages, each printing its ``(x, y, size, text)`` lines in STSong-Light
    as ``chinese_pdf`` does."""
    one = chinese_pdf(pages[0])  # objects 1-7: catalogue, pages, first page, its content, font
    objects = [body for _, body in re.findall(rb"(?s)\n?(\d+) 0 obj\n(.*?)\nendobj\n", one)]
    kids = [3] + [8 + 2 * k for k in range(len(pages) - 1)]
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(pages))
    for k, lines in enumerate(pages[1:]):
        draw = _draw(lines)
        objects += [objects[2].replace(b"/Contents 4 0 R", b"/Contents %d 0 R" % (9 + 2 * k)),
                    b"<< /Length %d >>\nstream\n%s\nendstream" % (len(draw), draw)]
    return _pdf(objects)


def _draw(lines: list[tuple[float, float, float, str]]) -> bytes:
    return b"\n".join(b"BT /F1 %g Tf %g %g Td <%s> Tj ET"
                      % (size, x, y, text.encode("utf-16-be").hex().encode())
                      for x, y, size, text in lines)


def _glyphs_font(first: int) -> list[bytes]:
    """A font (objects ``first`` on) without a Unicode map: PDFium gives each glyph's
    number as its code point, as for a font Chromium embedded without its /ToUnicode."""
    return [
        b"<< /Type /Font /Subtype /Type0 /BaseFont /Glyphs /Encoding /Identity-H "
        b"/DescendantFonts [%d 0 R] >>" % (first + 1),
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Glyphs /CIDSystemInfo "
        b"<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
        b"/FontDescriptor %d 0 R /DW 1000 >>" % (first + 2),
        b"<< /Type /FontDescriptor /FontName /Glyphs /Flags 4 /FontBBox [0 -200 1000 900] "
        b"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
    ]


def chinese_pdf(lines: list[tuple[float, float, float, str]], no_text: int = 0,
                garbled: frozenset[int] = frozenset()) -> bytes:
    """A one-page A4 PDF printing each ``(x, y, size, text)`` of ``lines`` in Adobe's
    STSong-Light (not embedded: PDFium reads the text through the UniGB-UCS2-H CMap and
    spans each glyph its advance, a full em for Chinese, half for ASCII); with
    ``no_text``, that many glyphs (at most 9) follow the last line in a font that maps
    them to no character; the lines numbered in ``garbled`` are drawn in a font without a
    Unicode map, each character as a glyph number of its own."""
    draw = _draw([line for k, line in enumerate(lines) if k not in garbled])
    if no_text:
        x, y, size, text = lines[-1]
        draw += b"\nBT /F2 %g Tf %g %g Td <%s> Tj ET" % (
            size, x + size * len(text), y, b"".join(b"%04x" % k for k in range(1, no_text + 1)))
    for k in sorted(garbled):
        x, y, size, text = lines[k]
        draw += b"\nBT /F3 %g Tf %g %g Td <%s> Tj ET" % (
            size, x, y, b"".join(b"%04x" % (ord(ch) * 31 % 0xF000 + 0x100) for ch in text))
    fonts = b"/F1 5 0 R" + (b" /F2 8 0 R" if no_text else b"")
    first = 12 if no_text else 8
    if garbled:
        fonts += b" /F3 %d 0 R" % first
    return _a4_page(draw, b"/Font << %s >>" % fonts, [
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
        b"/DescendantFonts [6 0 R] >>",
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo "
        b"<< /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 7 0 R "
        b"/DW 1000 /W [1 95 500] >>",
        b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 "
        b"/FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 "
        b"/CapHeight 880 /StemV 93 >>",
        *(_NO_TEXT_FONT if no_text else []),
        *(_glyphs_font(first) if garbled else []),
    ])


def blank_pdf() -> bytes:
    """A PDF of one blank A4 page: neither text nor images."""
    return _a4_page(b"", b"", [])
