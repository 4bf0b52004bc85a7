"""Sphinx extension: the theme's Jinja templates compiled once, not on every build.

Each ``jupyter-book build`` compiles the HTML theme's templates anew (pydata-sphinx-theme
and sphinx-book-theme: some forty), about a quarter of a CPU second of an incremental
build that writes two pages. Jinja keeps compiled templates in a bytecode cache when
its environment has one (``jinja2.FileSystemBytecodeCache``); Sphinx gives its
environment none, so this extension sets one on it when the builder is ready
(``builder-inited``, before any page is rendered). The cache is a directory beside
Sphinx's doctrees (``jinja/``), so it lives and dies with the staging tree; Jinja keys
each entry on the template's name and a checksum of its source, so an edited template
is compiled again. A template renders the same bytes compiled or cached.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

__all__ = ["CACHE", "setup"]

CACHE = "jinja"


def _cache_templates(app) -> None:
    """builder-inited: give the builder's Jinja environment a bytecode cache."""
    from jinja2 import FileSystemBytecodeCache

    environment = getattr(getattr(app.builder, "templates", None), "environment", None)
    if environment is None:  # a builder without Jinja templates (LaTeX)
        return
    cache = Path(app.doctreedir) / CACHE
    cache.mkdir(parents=True, exist_ok=True)
    environment.bytecode_cache = FileSystemBytecodeCache(str(cache))


def setup(app) -> dict[str, Any]:
    """Register the extension (``extensions`` in ``_config.yml``)."""
    app.connect("builder-inited", _cache_templates)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
