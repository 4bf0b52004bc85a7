"""Sphinx extension: the sidebar's table of contents without copying every heading of
every page for every page written.

The theme's sidebar (sphinx-book-theme's ``sbt-sidebar-nav.html``, through
pydata-sphinx-theme's ``generate_toctree_html``) asks Sphinx for the global table of
contents of each page it writes with ``titles_only=True``. Sphinx 7.4
(``sphinx.environment.adapters.toctree``) builds it by copying each listed document's
whole table of contents, every section at every depth (``_toctree_standard_entry``),
and only then deleting all but the document titles and the nested toctrees
(``_entries_from_toctree``): for this book, about 80 pages each copying the headings of
every page, a sixth of a clean render's py-spy samples (``_toctree_copy``) for entries
thrown away; the render's CPU fell from 26.3 to 19-21 s with this extension.

This extension gives the page's ``toctree`` template function (``context["toctree"]``,
set by Sphinx's ``handle_page``) a view of Sphinx's environment whose tables of contents
are already cut to what ``titles_only`` keeps, made once per build and process by the
same steps Sphinx takes (``_toctree_copy``, then the ``titles_only`` deletion), so
Sphinx's own ``global_toctree_for_doc`` returns the same tree. Only documents whose table
of contents Sphinx would copy without choices are cut (no ``tocdepth``, no ``only``
node); any other document, and every call without ``titles_only``, goes to Sphinx
unchanged. Sphinx's environment itself is not touched: the in-page contents and
everything else read the full tables. The pages are byte for byte the same
(``tests/test_sidebar.py`` builds a book with and without it).
"""

from __future__ import annotations

import weakref
from typing import Any

__all__ = ["TitlesEnv", "setup", "titles_toc"]

#: app -> {docname: cut table of contents}, made on the first page written in a process
#: (forked writers inherit it; the tables do not change while pages are written).
_CUT: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def titles_toc(toc, tags):
    """What ``_entries_from_toctree`` keeps of a document's table of contents ``toc`` (a
    ``bullet_list``) with ``titles_only``: a copy made as Sphinx makes it
    (``_toctree_copy`` at depth 2, no depth limit, not collapsed), each top-level entry
    reduced to its title and the toctrees nested in it. None when Sphinx would make
    another copy (an ``only`` node, whose copy depends on the tags): keep the full one."""
    from sphinx import addnodes
    from sphinx.environment.adapters.toctree import _toctree_copy

    if any(True for _ in toc.findall(addnodes.only)):
        return None
    try:
        cut = _toctree_copy(toc, 2, 0, False, tags)
    except ValueError:  # a node Sphinx cannot copy: let Sphinx raise it
        return None
    for top_level in cut.children:  # Sphinx's own titles_only step
        if len(top_level) > 1:
            if subtrees := list(top_level.findall(addnodes.toctree)):
                top_level[1][:] = subtrees
            else:
                top_level.pop(1)
    return cut


class TitlesEnv:
    """Sphinx's environment as ``global_toctree_for_doc`` reads it, with ``tocs`` cut to
    titles (``titles_toc``) where that gives Sphinx's own result; every other attribute
    is the environment's."""

    def __init__(self, env, tocs: dict) -> None:
        self._env = env
        self.tocs = tocs

    def __getattr__(self, name: str) -> Any:
        return getattr(self._env, name)


def _cut_tocs(app) -> dict:
    cut = _CUT.get(app)
    if cut is None:
        env, tags = app.env, app.builder.tags
        cut = dict(env.tocs)
        for doc, toc in env.tocs.items():
            if env.metadata.get(doc, {}).get("tocdepth", 0):
                continue  # Sphinx cuts this one at its own depth: leave it to Sphinx
            titles = titles_toc(toc, tags)
            if titles is not None:
                cut[doc] = titles
        _CUT[app] = cut
    return cut


def _page_toctree(app, pagename: str, templatename: str, context: dict, doctree) -> None:
    """html-page-context (before the theme's handlers): ``context["toctree"]`` as Sphinx
    sets it (``_get_local_toctree``), reading the cut tables when ``titles_only``."""
    full = context.get("toctree")
    if full is None:
        return
    builder = app.builder

    def toctree(**kwargs: Any) -> str:
        if not kwargs.get("titles_only"):
            return full(**kwargs)
        from sphinx.environment.adapters.toctree import global_toctree_for_doc

        # The same defaults as StandaloneHTMLBuilder._get_local_toctree.
        collapse = kwargs.pop("collapse", True)
        kwargs.setdefault("includehidden", False)
        if kwargs.get("maxdepth") == "":
            kwargs.pop("maxdepth")
        if collapse:  # "current" marks decide what is kept: not cut here
            return full(collapse=collapse, **kwargs)
        env = TitlesEnv(app.env, _cut_tocs(app))
        tree = global_toctree_for_doc(env, pagename, builder, collapse=collapse, **kwargs)
        return builder.render_partial(tree)["fragment"]

    context["toctree"] = toctree


def setup(app) -> dict[str, Any]:
    """Register the extension (``extensions`` in ``_config.yml``)."""
    # Before pydata-sphinx-theme's handlers (priority 500), which render the sidebar.
    app.connect("html-page-context", _page_toctree, priority=400)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
