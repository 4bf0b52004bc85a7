"""The book's Chinese web font (workreport.book.webfont).

Fast tests make a tiny subset; the slow ones read the font of the session's built book
(conftest's ``built_book``), and the browser one asks Chromium, through the DevTools
protocol, which font it drew the overview's Chinese in when fontconfig offers it NO CJK
font at all (unlike tests/test_browser.py, which adds the project's font to fontconfig).
"""

from __future__ import annotations

import concurrent.futures
import functools
import http.server
import os
import re
import shutil
import subprocess
import threading
from pathlib import Path
from urllib.parse import quote

import pytest
import yaml

from workreport.book import webfont

from .conftest import ROOT

CSS = ROOT / "book" / "_static" / "webfont.css"


def _cmap(data: bytes) -> set[int]:
    import io

    from fontTools.ttLib import TTFont

    return set(TTFont(io.BytesIO(data)).getBestCmap())


def test_cjk_ranges():
    assert webfont.cjk(ord("地")) and webfont.cjk(ord("，")) and webfont.cjk(ord("。"))
    assert not webfont.cjk(ord("a")) and not webfont.cjk(ord("%")) and not webfont.cjk(0xB7)


def test_characters_of_pages_decode_entities(tmp_path):
    page = tmp_path / "a.html"
    page.write_text('<p title="区长">GDP 804.2 &#x5730;&#21306;</p>', encoding="utf-8")
    assert webfont.characters([page]) == {ord(c) for c in "区长地区"}


def test_css_declares_the_font_for_exactly_the_cjk_ranges():
    css = CSS.read_text(encoding="utf-8")
    assert f'url("{webfont.FONT_FILE}")' in css and 'format("woff2")' in css
    declared = re.search(r"unicode-range:([^;]+);", css).group(1)
    ranges = []
    for part in declared.split(","):
        lo, _, hi = part.strip().removeprefix("U+").partition("-")
        ranges.append((int(lo, 16), int(hi or lo, 16)))
    assert tuple(ranges) == webfont.CJK_RANGES
    assert re.search(r"--pst-font-family-base:\s*\"Workreport Noto Sans SC\"", css)


def test_config_registers_the_extension_and_the_css():
    config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    sphinx = config["sphinx"]["config"]
    assert "workreport.book.webfont" in sphinx["extensions"]
    assert "webfont.css" in sphinx["html_css_files"]


def test_subset_holds_the_characters_and_is_deterministic(tmp_path):
    text = "地区生产总值增长，。"
    wanted = {ord(c) for c in text}
    cache = tmp_path / "cache"
    font = webfont.write_font(tmp_path / "static", wanted, cache)
    data = font.read_bytes()
    assert data[:4] == b"wOF2"
    assert wanted <= _cmap(data)
    assert "SIL OPEN FONT LICENSE" in (tmp_path / "static" / webfont.LICENCE_FILE).read_text()
    assert len(list(cache.glob("*.woff2"))) == 1
    # Made again without the cache: the same bytes (no timestamp inside).
    assert webfont.subset_woff2(webfont.source_font(), wanted) == data


def test_doctree_characters_are_those_of_the_page_written_from_it(tmp_path):
    from docutils import nodes
    from docutils.utils import new_document

    doc = new_document("page")
    doc += nodes.paragraph("", "", nodes.Text("地区 GDP "), nodes.strong("", "增长"))
    doc += nodes.raw("", "<span title='&#38271;'>&#x533A;&amp;</span>", format="html")
    doc += nodes.literal_block("", "print('区长')")
    # Raw HTML as the page reads it (entities decoded: 长, 区); text as it is.
    assert webfont.doctree_characters(doc) == "".join(sorted("地增长区"))
    page = tmp_path / "page.html"
    page.write_text("<p>地区 GDP <strong>增长</strong></p><span title='&#38271;'>&#x533A;"
                    "&amp;</span><pre>print('区长')</pre>", encoding="utf-8")
    assert {ord(c) for c in webfont.doctree_characters(doc)} == webfont.characters([page])


def test_a_speculative_cut_is_taken_only_for_its_own_characters():
    wanted = {ord(c) for c in "地区生产总值"}
    font = webfont.source_font()
    first = webfont.Speculation(font, wanted)
    assert first.take(set(wanted)) == webfont.subset_woff2(font, wanted)
    assert first.take(set(wanted)) is None  # taken once; the child is gone
    other = webfont.Speculation(font, wanted)
    pid = other.pid
    assert other.take(wanted | {ord("长")}) is None  # other characters: stopped, not used
    with pytest.raises(ChildProcessError):  # and reaped
        os.waitpid(pid, 0)
    cancelled = webfont.Speculation(font, wanted)
    cancelled.cancel()
    cancelled.cancel()  # twice is harmless
    assert cancelled.take(wanted) is None


def test_write_font_cuts_with_the_given_function_only_when_not_cached(tmp_path):
    wanted = {ord(c) for c in "地区"}
    calls: list[set[int]] = []

    def cut(font, codepoints):
        calls.append(set(codepoints))
        return webfont.subset_woff2(font, codepoints)

    cache = tmp_path / "cache"
    font = webfont.write_font(tmp_path / "static", wanted, cache, cut)
    assert calls == [wanted]
    assert font.read_bytes() == webfont.subset_woff2(webfont.source_font(), wanted)
    webfont.write_font(tmp_path / "again", wanted, cache, cut)
    assert calls == [wanted]  # the cached cut


def test_page_characters_reads_only_the_pages_changed_since(tmp_path, monkeypatch):
    out, memo = tmp_path / "html", tmp_path / "doctrees" / "memo.json"
    out.mkdir()
    (out / "a.html").write_text("<p>地区 GDP</p>", encoding="utf-8")
    (out / "b.html").write_text("<p title='区长'>增长</p>", encoding="utf-8")
    read: list[str] = []
    real = webfont.characters

    def counting(pages):
        read.extend(p.name for p in pages)
        return real(pages)

    monkeypatch.setattr(webfont, "characters", counting)
    pages = sorted(out.glob("*.html"))
    assert webfont.page_characters(pages, out, memo) == real(pages)
    assert read == ["a.html", "b.html"]
    # Nothing written since: nothing read, the same characters.
    read.clear()
    assert webfont.page_characters(pages, out, memo) == real(pages) and read == []
    # One page rewritten, one gone, one new: only the rewritten and the new one are read,
    # and the gone page's characters are gone too (what a clean build would find).
    (out / "a.html").write_text("<p>地方 GDP, longer</p>", encoding="utf-8")
    (out / "b.html").unlink()
    (out / "c.html").write_text("<p>总值</p>", encoding="utf-8")
    pages = sorted(out.glob("*.html"))
    assert webfont.page_characters(pages, out, memo) == real(pages) == \
        {ord(c) for c in "地方总值"}
    assert read == ["a.html", "c.html"]
    # A memo that cannot be read counts as empty.
    memo.write_text("{not json", encoding="utf-8")
    read.clear()
    assert webfont.page_characters(pages, out, memo) == real(pages)
    assert read == ["a.html", "c.html"]


def test_the_font_is_not_rewritten_when_the_same(tmp_path):
    wanted = {ord(c) for c in "地区"}
    font = webfont.write_font(tmp_path / "static", wanted, tmp_path / "cache")
    os.utime(font, ns=(1, 1))
    assert webfont.write_font(tmp_path / "static", wanted, tmp_path / "cache") == font
    assert font.stat().st_mtime_ns == 1  # untouched: publishing can link it
    webfont.write_font(tmp_path / "static", wanted | {ord("长")}, tmp_path / "cache")
    assert font.stat().st_mtime_ns != 1


def _book_font(html: Path) -> bytes:
    return (html / "_static" / webfont.FONT_FILE).read_bytes()


@pytest.mark.slow
def test_built_font_covers_every_cjk_character_of_every_page(built_book):
    data = _book_font(built_book)
    pages = webfont._pages(built_book)
    assert len(pages) > 20
    needed = webfont.characters(pages)
    missing = needed - _cmap(data)
    assert not missing, "".join(sorted(chr(c) for c in missing))[:200]
    assert (built_book / "_static" / webfont.LICENCE_FILE).is_file()
    size = len(data)
    print(f"\nweb font: {len(needed)} CJK characters, {size / 1e6:.2f} MB")
    assert size <= 4_000_000


# ----------------------------------------------------------------------------- browser

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture(scope="module")
def no_cjk_fontconfig(tmp_path_factory):
    """A fontconfig that knows only Latin fonts (DejaVu, Liberation) and no CJK one."""
    tmp = tmp_path_factory.mktemp("fontconfig")
    dirs = [d for d in ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/liberation")
            if Path(d).is_dir()]
    conf = tmp / "fonts.conf"
    conf.write_text('<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
                    + "".join(f"<dir>{d}</dir>" for d in dirs)
                    + f"<cachedir>{tmp / 'cache'}</cachedir></fontconfig>", encoding="utf-8")
    env = {**os.environ, "FONTCONFIG_FILE": str(conf)}
    if shutil.which("fc-list"):
        listed = subprocess.run(["fc-list", ":lang=zh", "family"], env=env,
                                capture_output=True, text=True, check=True).stdout
        assert not listed.strip(), f"this fontconfig still has a CJK font: {listed}"
    return env


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@pytest.mark.slow
@pytest.mark.browser
def test_chromium_without_cjk_fonts_draws_chinese_in_the_web_font(built_book, no_cjk_fontconfig):
    if not Path(CHROMIUM).exists():
        pytest.skip("Chromium is not installed (apt-get install chromium; .ci/run does this)")
    sync_api = pytest.importorskip("playwright.sync_api")
    httpd = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_Quiet, directory=str(built_book)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    overview = next(p for p in webfont._pages(built_book)
                    if "yuzhong-2014" in str(p) and "overview" in p.name)
    rel = quote(overview.relative_to(built_book).as_posix())
    url = f"http://127.0.0.1:{httpd.server_address[1]}/{rel}"

    def probe() -> tuple[list, str]:
        # In a thread of its own: the browser tests' session keeps Playwright's sync API
        # (an asyncio loop) running in the main thread, where a second one is refused.
        with sync_api.sync_playwright() as p:
            browser = p.chromium.launch(
                executable_path=CHROMIUM, headless=True, env=no_cjk_fontconfig,
                args=["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync",
                      "--disable-background-networking", "--disable-component-update"])
            page = browser.new_page()
            page.goto(url, wait_until="networkidle")
            assert page.evaluate("document.fonts.ready.then(() => document.fonts.check("
                                 "'16px \"Workreport Noto Sans SC\"', '地区'))")
            # An element whose own text is Chinese only: every glyph of it must come from
            # the web font (a system font would show up as a platform font here).
            found = (
                "[...document.querySelectorAll('main td, main th, main p, main li, main h1')]"
                ".find(e => /^[\\u3000-\\u9fff\\uff00-\\uffef]+$/.test(e.textContent.trim()))")
            text = page.evaluate(f"({found}).textContent.trim()")
            cdp = page.context.new_cdp_session(page)
            for domain in ("DOM", "CSS", "Runtime"):
                cdp.send(f"{domain}.enable")
            cdp.send("DOM.getDocument", {"depth": 0})  # the DOM agent hands out node ids now
            obj = cdp.send("Runtime.evaluate", {"expression": found})["result"]["objectId"]
            node = cdp.send("DOM.requestNode", {"objectId": obj})["nodeId"]
            fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
            browser.close()
        return fonts, text

    try:
        with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
            fonts, text = pool.submit(probe).result()
    finally:
        httpd.shutdown()
    assert fonts, text
    assert all(f["isCustomFont"] and f["familyName"] == "Noto Sans SC" for f in fonts), fonts
    assert sum(f["glyphCount"] for f in fonts) == len(text)
