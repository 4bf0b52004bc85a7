"""Report text is untrusted: HTML, Markdown and MyST in a report render as literal text.

A small report whose sentences carry a ``<script>``, an ``<img onerror>``, Markdown
emphasis and links, and MyST roles and directives is built into a whole book (in a
throwaway copy of the project); no page may contain the markup as markup, and every
page shows it as text.
"""

from __future__ import annotations

import html
import re
import subprocess
import sys
from pathlib import Path

import pytest

from .test_safety import _copy_project

pytestmark = pytest.mark.slow

EVIL = """2014年某区政府工作报告<script>alert('title')</script>
各位代表：
一、2013年工作回顾
——经济运行<b>稳中有进</b>。地区生产总值<script>alert(1)</script>804.2亿元，增长12%；**固定资产投资**274.4亿元，增长13.5%。
（一）多措并举<img src=x onerror=alert(2)>稳增长。新增就业5.5万人，{glue:text}`x`失业率4.48%。
（二）推进[链接](javascript:alert(3))建设。新建公厕7座，改造公厕13座。
二、2014年主要工作
今年主要预期目标是：地区生产总值增长11%左右，城镇调查失业率控制在4.5%以内。
（一）加快```{raw} html
<script>alert(4)</script>
```发展。新增就业4万人。
"""

CATALOG = """reports:
  - id: evil-2014
    government: 某区人民政府<i>x</i>
    government_en: "A district <script>alert(5)</script>"
    level: district
    report_year: 2014
    year_reviewed: 2013
    file: raw/evil-2014.txt
"""


@pytest.fixture(scope="module")
def evil_book(tmp_path_factory) -> Path:
    root = _copy_project(tmp_path_factory.mktemp("evil"))
    (root / "data" / "raw" / "evil-2014.txt").write_text(EVIL, encoding="utf-8")
    (root / "data" / "reports.yml").write_text(CATALOG, encoding="utf-8")
    # The static introduction links to the Yuzhong chapters; this book has none.
    for page in (root / "book").glob("*.md"):
        text = page.read_text(encoding="utf-8")
        text = re.sub(r"\{doc\}`([^`<]*)<(?:/?book/)?generated/(?!glossary)[^`]*`", r"\1",
                      text)
        page.write_text(re.sub(r"\]\(/?book/generated/[^)]*\)", "](#)", text),
                        encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "workreport.cli", "build", "--root", str(root),
                        "-q"], cwd=root, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr[-3000:]
    return root / "_build" / "html"


def _pages(html_root: Path) -> list[Path]:
    return sorted((html_root / "book" / "generated" / "evil-2014").glob("*.html"))


def test_no_markup_from_the_report_survives(evil_book):
    pages = _pages(evil_book)
    assert len(pages) >= 5
    for page in pages:
        text = page.read_text(encoding="utf-8")
        for bad in ("<script>alert", "<img src=x", "href=\"javascript:", "<b>稳中有进",
                    "<i>x</i>", "<strong>固定资产投资"):
            assert bad not in text, f"{page.name}: {bad}"


def test_the_markup_shows_as_text(evil_book):
    annotated = (evil_book / "book" / "generated" / "evil-2014" / "report.html").read_text(
        encoding="utf-8")
    visible = html.unescape(re.sub(r"<[^>]+>", "", annotated))
    for literal in ("<script>alert(1)</script>", "<img src=x onerror=alert(2)>",
                    "**固定资产投资**", "{glue:text}`x`", "[链接](javascript:alert(3))"):
        assert literal in visible, literal
    review = next(p for p in _pages(evil_book) if "review-p1-s01" in p.name)
    shown = html.unescape(re.sub(r"<[^>]+>", "", review.read_text(encoding="utf-8")))
    assert "<img src=x onerror=alert(2)>" in shown
