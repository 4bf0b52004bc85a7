"""The render's Sphinx run (``workreport.book.sphinxrun``): jupyter-book's build with
Sphinx's ``-j``, and the parallel-safety declaration it rests on. The build itself, serial
against parallel byte for byte, is ``tests/test_book.py``'s
``test_parallel_render_is_byte_identical_to_serial``."""

from __future__ import annotations

import os
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path
from types import SimpleNamespace

import yaml

from workreport.book import sphinxrun

ROOT = Path(__file__).resolve().parents[1]


def test_audited_versions_are_the_installed_ones():
    """A new version of an extension declared parallel-safe here must be read again
    (its source, for state kept in Sphinx's environment while reading) before its
    version goes into ``AUDITED``; until then the build falls back to one job."""
    for name, audited in sphinxrun.AUDITED.items():
        assert version(name.replace("_", "-")) == audited, name
    assert sphinxrun.jobs_for(2) == 2


def test_an_unread_version_falls_back_to_one_job(monkeypatch):
    monkeypatch.setattr(sphinxrun, "_installed", lambda name: "9.9.9")
    assert sphinxrun.jobs_for(2) == 1
    app = SimpleNamespace(extensions={n: SimpleNamespace(parallel_read_safe=None)
                                      for n in sphinxrun.AUDITED})
    sphinxrun.declare_parallel(app)
    assert all(e.parallel_read_safe is None for e in app.extensions.values())


def test_declares_only_what_the_extension_left_undeclared():
    names = list(sphinxrun.AUDITED)
    app = SimpleNamespace(extensions={
        names[0]: SimpleNamespace(parallel_read_safe=None),
        names[1]: SimpleNamespace(parallel_read_safe=False),  # a version saying unsafe
        "other": SimpleNamespace(parallel_read_safe=None)})
    sphinxrun.declare_parallel(app)
    assert app.extensions[names[0]].parallel_read_safe is True
    assert app.extensions[names[1]].parallel_read_safe is False
    assert app.extensions["other"].parallel_read_safe is None
    assert sphinxrun.jobs_for(0) == 1


def test_configuration_is_jupyter_books_command_lines(tmp_path):
    """The overrides are those ``jupyter-book build ROOT -n`` computes (its CLI asked
    for the configuration only, which gives the table of contents relative)."""
    from jupyter_book.cli.main import build

    (tmp_path / "_config.yml").write_text("title: t\n", encoding="utf-8")
    (tmp_path / "_toc.yml").write_text("format: jb-book\nroot: index\n", encoding="utf-8")
    _, source, overrides = build.callback(
        path_source=str(tmp_path), path_output=None, config=None, toc=None,
        warningiserror=True, nitpick=True, keep_going=True, freshenv=False,
        builder="html", custom_builder=None, verbose=0, quiet=0, individualpages=False,
        get_config_only=True)
    ours = sphinxrun.cli_overrides(tmp_path)
    assert Path(source) == tmp_path
    assert ours.pop("external_toc_path") == (tmp_path / overrides.pop("external_toc_path")
                                             ).as_posix()
    assert ours == overrides


def test_the_book_loads_the_extension():
    config = yaml.safe_load((ROOT / "_config.yml").read_text("utf-8"))
    assert "workreport.book.sphinxrun" in config["sphinx"]["config"]["extensions"]


def _writing_app(parallel: int):
    calls: list[int] = []
    builder = SimpleNamespace(_write_parallel=lambda docnames, nproc: calls.append(nproc))
    return SimpleNamespace(parallel=parallel, builder=builder), calls


def test_sphinx_writes_with_one_writer_fewer_than_its_jobs():
    """The premise of ``write_all_cores``, read in the installed Sphinx: its ``write``
    asks ``_write_parallel`` for ``parallel - 1`` writers (the main process resolving
    beside them), and its writers are at most ``nproc`` at a time."""
    import inspect

    import sphinx
    from sphinx.builders import Builder
    from sphinx.util.parallel import ParallelTasks

    assert ".".join(sphinx.__version__.split(".")[:2]) in sphinxrun.WRITE_AUDITED
    assert "nproc=self.app.parallel - 1" in inspect.getsource(Builder.write)
    assert "self._pworking < self.nproc" in inspect.getsource(ParallelTasks)


def test_parallel_writing_gets_one_writer_per_job(monkeypatch):
    app, calls = _writing_app(parallel=2)
    sphinxrun.write_all_cores(app)
    app.builder._write_parallel(["a", "b"], 1)  # what Sphinx passes with -j2
    assert calls == [2]

    serial, calls = _writing_app(parallel=1)
    original = serial.builder._write_parallel
    sphinxrun.write_all_cores(serial)
    assert serial.builder._write_parallel is original

    import sphinx

    monkeypatch.setattr(sphinx, "__version__", "99.1.0")  # a release not read
    other, calls = _writing_app(parallel=2)
    original = other.builder._write_parallel
    sphinxrun.write_all_cores(other)
    assert other.builder._write_parallel is original


def test_exit_now_flushes_its_output_and_exits_with_the_status():
    code = ("import sys; from workreport.book.sphinxrun import exit_now; "
            "sys.stdout.write('out'); sys.stderr.write('err'); exit_now(3)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={**os.environ, "PYTHONUNBUFFERED": ""})
    assert (done.returncode, done.stdout, done.stderr) == (3, "out", "err")
