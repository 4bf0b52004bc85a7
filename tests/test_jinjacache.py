"""The theme's templates compiled once (workreport.book.jinjacache)."""

from __future__ import annotations

from types import SimpleNamespace

from jinja2 import DictLoader, FileSystemBytecodeCache
from jinja2.sandbox import SandboxedEnvironment

from workreport.book import jinjacache


def test_the_builders_environment_gets_a_cache_beside_the_doctrees(tmp_path):
    environment = SandboxedEnvironment(loader=DictLoader({"page.html": "<p>{{ x }}</p>"}))
    app = SimpleNamespace(builder=SimpleNamespace(templates=SimpleNamespace(
        environment=environment)), doctreedir=str(tmp_path / ".doctrees"))
    jinjacache._cache_templates(app)
    assert isinstance(environment.bytecode_cache, FileSystemBytecodeCache)
    assert environment.get_template("page.html").render(x=1) == "<p>1</p>"
    cached = list((tmp_path / ".doctrees" / jinjacache.CACHE).iterdir())
    assert len(cached) == 1
    # A second build reads the compiled template instead of compiling it.
    again = SandboxedEnvironment(loader=DictLoader({"page.html": "<p>{{ x }}</p>"}))
    app.builder.templates.environment = again
    jinjacache._cache_templates(app)

    def compile_again(*args, **kwargs):
        raise AssertionError("compiled again")

    again.compile = compile_again
    assert again.get_template("page.html").render(x=2) == "<p>2</p>"
    assert list((tmp_path / ".doctrees" / jinjacache.CACHE).iterdir()) == cached


def test_a_builder_without_templates_is_left_alone(tmp_path):
    app = SimpleNamespace(builder=SimpleNamespace(), doctreedir=str(tmp_path))
    jinjacache._cache_templates(app)
    assert list(tmp_path.iterdir()) == []


def test_the_book_uses_it():
    import yaml

    from .conftest import ROOT

    config = yaml.safe_load((ROOT / "_config.yml").read_text("utf-8"))
    assert "workreport.book.jinjacache" in config["sphinx"]["config"]["extensions"]
