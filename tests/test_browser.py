"""The built book as a reader sees it: headless Chromium against a local server, offline.

Runs Debian's Chromium (``/usr/bin/chromium``; `.ci/run` installs it) through
Playwright's Python client, with no browser download. Skips with a reason where
Chromium is missing. The book is built once for the session (``workreport build``),
served on 127.0.0.1, and every page is loaded with every request to another host
recorded and refused. Screenshots go to ``artifacts/screenshots/``.

Run them alone with ``.venv/bin/python -m pytest -m browser``.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import re
import shutil
import tempfile
import threading
from pathlib import Path
from urllib.parse import quote, urlparse

import pytest

from .conftest import ROOT

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SHOTS = ROOT / "artifacts" / "screenshots"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]

if not Path(CHROMIUM).exists():
    pytest.skip("Chromium is not installed (apt-get install chromium; .ci/run does this)",
                allow_module_level=True)
playwright_api = pytest.importorskip("playwright.sync_api")


def _font_dir() -> Path:
    import pylopdf_fonts_zh_cn

    return Path(pylopdf_fonts_zh_cn.__file__).parent


@pytest.fixture(scope="session")
def server(built_book):
    handler = functools.partial(_QuietHandler, directory=str(built_book))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:  # keep pytest's output clean
        pass


@pytest.fixture(scope="session")
def browser():
    """Chromium with the project's CJK font made visible to it through fontconfig."""
    tmp = Path(tempfile.mkdtemp(prefix="wr-chromium-"))
    conf = tmp / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
        f"<dir>{_font_dir()}</dir><cachedir>{tmp / 'cache'}</cachedir></fontconfig>",
        encoding="utf-8")
    env = {**os.environ, "FONTCONFIG_FILE": str(conf)}
    with playwright_api.sync_playwright() as p:
        # Playwright gives every launch a fresh, empty profile (--user-data-dir) itself.
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS[1:], headless=True, env=env)
        yield b
        b.close()
    shutil.rmtree(tmp, ignore_errors=True)


@contextlib.contextmanager
def page_at(browser, url: str):
    """Open ``url``; collect console errors and any request that leaves 127.0.0.1."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    page = ctx.new_page()
    errors: list[str] = []
    foreign: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))

    def route(r):
        host = urlparse(r.request.url).hostname
        if host not in ("127.0.0.1", None) and not r.request.url.startswith("data:"):
            foreign.append(r.request.url)
            return r.abort()
        return r.continue_()

    page.route("**/*", route)
    page.goto(url, wait_until="networkidle")
    try:
        yield page, errors, foreign
    finally:
        ctx.close()


def _pages(html: Path) -> list[str]:
    skip = {"genindex.html", "search.html", "py-modindex.html"}
    return sorted(str(p.relative_to(html)) for p in html.rglob("*.html")
                  if p.name not in skip and "_static" not in p.parts and "_sources" not in p.parts)


def _overview(html: Path) -> str:
    return next(p for p in _pages(html) if "yuzhong-2014" in p and "overview" in p)


def test_every_page_loads_offline_without_console_errors(browser, server, built_book):
    problems = []
    for rel in _pages(built_book):
        with page_at(browser, f"{server}/{quote(rel)}") as (page, errors, foreign):
            broken = page.evaluate(
                "[...document.images].filter(i => !(i.complete && i.naturalWidth > 0))"
                ".map(i => i.src)")
            if errors or foreign or broken:
                problems.append((rel, errors[:3], foreign[:3], broken[:3]))
    assert not problems, problems[:5]


def test_overview_shows_headline_figures(browser, server, built_book):
    with page_at(browser, f"{server}/{_overview(built_book)}") as (page, _e, _f):
        text = page.inner_text("main")
        assert "804.2" in text and "地区生产总值" in text
        assert page.locator("img").count() >= 1
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / "overview.png"), full_page=True)


def test_launch_menu_offers_binder_and_colab(browser, server, built_book):
    """The rocket menu of a chapter opens, shows both providers with their logos, and the
    download menu next to it offers the notebook (tests/test_launch.py follows the links)."""
    with page_at(browser, f"{server}/{_overview(built_book)}") as (page, errors, foreign):
        page.click(".dropdown-launch-buttons button")
        menu = page.locator(".dropdown-launch-buttons .dropdown-menu")
        menu.wait_for(state="visible")
        items = menu.locator("a.dropdown-item")
        assert sorted(items.all_inner_texts()) == ["Binder", "Colab"]
        assert page.evaluate("[...document.querySelectorAll('.dropdown-launch-buttons img')]"
                             ".every(i => i.complete && i.naturalWidth > 0)")
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / "launch.png"),
                        clip={"x": 640, "y": 0, "width": 640, "height": 260})
        page.keyboard.press("Escape")
        page.click(".dropdown-download-buttons button")
        downloads = page.locator(".dropdown-download-buttons a.dropdown-item")
        assert any(t.strip() == ".ipynb" for t in downloads.all_inner_texts())
        assert not errors and not foreign


def test_section_chapter_screenshot(browser, server, built_book):
    rel = next(p for p in _pages(built_book) if "yuzhong-2014" in p and "review-p1-s01" in p)
    with page_at(browser, f"{server}/{rel}") as (page, errors, _f):
        assert not errors
        assert page.evaluate("[...document.images].every(i => i.naturalWidth > 0)")
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / "section.png"), full_page=True)


def test_chinese_is_drawn_with_a_cjk_font(browser, server, built_book):
    """Ask Chromium which platform font it used for a run of Chinese text (not the DOM)."""
    with page_at(browser, f"{server}/{_overview(built_book)}") as (page, _e, _f):
        cdp = page.context.new_cdp_session(page)
        cdp.send("DOM.enable")
        cdp.send("CSS.enable")
        root = cdp.send("DOM.getDocument", {"depth": -1})["root"]["nodeId"]
        handle = page.evaluate_handle(
            "[...document.querySelectorAll('main p, main td, main h1')]"
            ".find(e => /[\\u4e00-\\u9fff]/.test(e.textContent))")
        assert handle.as_element() is not None
        page.evaluate("e => e.setAttribute('data-cjk-probe', '1')", handle)
        node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": "[data-cjk-probe]"})
        fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node["nodeId"]})["fonts"]
        names = " ".join(f["familyName"] for f in fonts)
        assert "Noto" in names and ("SC" in names or "CJK" in names), names


def test_search_finds_the_overview(browser, server, built_book):
    url = f"{server}/search.html?q={quote('地区生产总值')}"
    with page_at(browser, url) as (page, errors, foreign):
        assert not errors
        page.wait_for_selector("#search-results li, ul.search li", timeout=15000)
        links = page.eval_on_selector_all("ul.search li a", "as => as.map(a => a.href)")
        assert any("overview" in link for link in links), links[:10]
        assert not foreign


def test_search_ranks_chapters_first_with_prose_snippets(browser, server, built_book):
    """Results for a word both chapters and the appendix hold: every chapter comes before
    the appendix and the annotated report, and no snippet shows code or notebook
    machinery (book/_static/search.js)."""
    url = f"{server}/search.html?q={quote('解放碑')}"
    with page_at(browser, url) as (page, errors, foreign):
        assert not errors
        page.wait_for_selector("ul.search li p.context", timeout=30000)
        page.wait_for_timeout(2000)  # the other snippets arrive page by page
        links = page.eval_on_selector_all("ul.search li > a", "as => as.map(a => a.href)")
        snippets = page.eval_on_selector_all("ul.search li p.context",
                                             "ps => ps.map(p => p.textContent)")
        assert not foreign
    late = [i for i, link in enumerate(links)
            if re.search(r"/(90-appendix|report)\.html", link)]
    chapters = [i for i, link in enumerate(links) if re.search(r"/\d\d-[^/]+\.html", link)
                and i not in late]
    assert late and chapters and max(chapters) < min(late), links
    assert snippets
    for text in snippets:
        assert not re.search(r"display\.|import |tables\.|report_id =|data_dir", text), text
    assert sum("解放碑" in text for text in snippets) >= len(snippets) / 2, snippets
