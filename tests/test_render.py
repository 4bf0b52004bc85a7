"""workreport.book.render's publish step: a file published before as it is now is linked
into the new tree, anything else copied; the tree published before is never written."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from workreport.book.render import _Publisher, _static_data, swap
from workreport.paths import Layout


def _publish(staging: Path, published: Path, build: Path) -> None:
    tmp = build / ".publish-test"
    shutil.copytree(staging, tmp, copy_function=_Publisher(tmp, published))
    swap(tmp, published)


def test_publishing_links_what_is_unchanged_and_copies_the_rest(tmp_path: Path):
    staging, published = tmp_path / "staging", tmp_path / "html"
    (staging / "sub").mkdir(parents=True)
    for name, text in (("index.html", "one"), ("sub/page.html", "two"),
                       ("sub/same.html", "three")):
        (staging / name).write_text(text, encoding="utf-8")
    _publish(staging, published, tmp_path)
    assert (published / "sub" / "page.html").read_text("utf-8") == "two"
    assert os.stat(published / "index.html").st_ino != os.stat(staging / "index.html").st_ino
    kept = published / "sub" / "same.html"
    before = {p: p.stat().st_ino for p in (published / "index.html", kept)}
    # Sphinx writes pages in place: the staging tree is never linked, so this write
    # must not reach the published book.
    (staging / "sub" / "page.html").write_text("TWO", encoding="utf-8")
    assert (published / "sub" / "page.html").read_text("utf-8") == "two"
    (staging / "new.html").write_text("four", encoding="utf-8")
    os.utime(staging / "index.html", ns=(5, 5))  # same bytes, written again: copied
    _publish(staging, published, tmp_path)
    assert kept.stat().st_ino == before[kept]  # linked: the same file as published before
    assert (published / "index.html").stat().st_ino != before[published / "index.html"]
    assert {p.relative_to(published).as_posix(): p.read_text("utf-8")
            for p in published.rglob("*") if p.is_file()} == \
        {"index.html": "one", "sub/page.html": "TWO", "sub/same.html": "three",
         "new.html": "four"}
    assert not list(tmp_path.glob(".publish-*")) and not list(tmp_path.glob(".html.old-*"))


def test_the_tables_offered_are_those_the_datapackage_describes(tmp_path: Path):
    import json

    from workreport.schema import TABLES, datapackage

    layout = Layout.at(tmp_path)
    package = layout.processed / "datapackage.json"
    # Unreadable: the schema's tables.
    assert _static_data(layout) == [*(layout.processed / f"{t}.csv" for t in TABLES),
                                     package]
    layout.processed.mkdir(parents=True)
    package.write_text(json.dumps(datapackage(TABLES)), encoding="utf-8")
    assert _static_data(layout) == [*(layout.processed / f"{t}.csv" for t in TABLES),
                                     package]


def test_report_rows_are_read_from_the_split_without_splitting_again(tmp_path, monkeypatch):
    import importlib

    render = importlib.import_module("workreport.book.render")  # the module, not render()
    layout = Layout.at(tmp_path)
    calls = []
    monkeypatch.setattr(render, "split", lambda lay: calls.append(lay) or ["a"])
    names = ["reports.csv", "outcomes.csv"]
    for rid in ("a", "b"):
        (layout.work / "rows" / rid).mkdir(parents=True)
        for n in names:
            (layout.work / "rows" / rid / n).write_text("x\n", encoding="utf-8")
    rows = render._report_rows(layout, names)
    assert calls == [] and list(rows) == ["a", "b"]
    assert rows["b"] == [layout.work / "rows" / "b" / n for n in names]
    # A file missing: the split is asked (it writes every report's files, header at least).
    (layout.work / "rows" / "b" / "outcomes.csv").unlink()
    assert list(render._report_rows(layout, names)) == ["a"] and len(calls) == 1


def test_a_sphinx_started_ahead_and_not_needed_ends_and_leaves_the_log(tmp_path: Path):
    """``SphinxStart`` unused (the render found up to date, or a step before it failed):
    the process ends at the end of its input, having built nothing, and the last
    render's log is left as it was."""
    from workreport.book.render import SphinxStart
    from workreport.book.search import MEMO

    assert SphinxStart.MEMO.name == MEMO
    layout = Layout.at(tmp_path)
    log = layout.work / "jupyter-book.log"
    log.parent.mkdir(parents=True)
    log.write_text("the last render's log\n", encoding="utf-8")
    started = SphinxStart(layout)
    assert "--jieba" in started.cmd  # no staging tree: a clean build splits every text
    started.close()
    assert started.proc.returncode == 0
    assert log.read_text("utf-8") == "the last render's log\n"
    assert not started.log.exists() and not (tmp_path / "_build").exists()


def test_the_waiting_sphinx_builds_what_its_first_line_names(monkeypatch):
    import io

    import pytest

    from workreport.book import sphinxrun

    calls = []
    monkeypatch.setattr(sphinxrun, "WARM", ("json",))
    monkeypatch.setattr(sphinxrun, "main", lambda argv: calls.append(argv) or 3)
    assert sphinxrun.wait([], io.StringIO("")) == 0 and calls == []
    assert sphinxrun.wait([], io.StringIO('["/r", "/o", 2]\n')) == 3
    assert calls == [["/r", "/o", "2"]]
    with pytest.raises(ValueError):
        sphinxrun.wait([], io.StringIO('{"root": "/r"}\n'))
