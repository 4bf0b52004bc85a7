"""Sizes and times of the two editions: the web font and the PDF (``make pdf``).

Needs the book built (``make book``) and Chromium. Prints the web font's characters and
bytes, the time to cut it from Noto Sans SC (uncached), and the PDF's pages, bytes and
the seconds of its two steps (jupyter-book singlehtml, Chromium printing). The aims:
font ≤ 2 MB (at most 4), the PDF in a few minutes. Usage: ``python bench/editions.py``.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from workreport.book import webfont
from workreport.book.pdf import build_pdf

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    html = ROOT / "_build" / "html"
    if not (html / "index.html").is_file():
        raise SystemExit("build the book first: make book")
    codepoints = webfont.characters(webfont._pages(html))
    t0 = time.monotonic()
    font = webfont.subset_woff2(webfont.source_font(), codepoints)
    print(f"web font: {len(codepoints)} CJK characters, {len(font) / 1e6:.2f} MB, "
          f"made in {time.monotonic() - t0:.1f} s (aim: <= 2 MB)")
    with tempfile.TemporaryDirectory() as tmp:
        result = build_pdf(ROOT, out=Path(tmp) / "book.pdf", progress=False)
        size = result.path.stat().st_size
    steps = ", ".join(f"{k} {v:.0f} s" for k, v in result.seconds.items())
    print(f"pdf: {result.pages} pages, {size / 1e6:.1f} MB ({steps})")


if __name__ == "__main__":
    main()
