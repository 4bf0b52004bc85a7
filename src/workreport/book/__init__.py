"""Assembling the book: plan the chapters (``plan``, with the chapter registry), write
the pages (``pages``), run the notebooks (through ``workreport.runner``) and render the
HTML (``render``); ``build`` strings the steps together.
"""

from workreport.book.build import BuildResult, build, extract, notebook_code, run
from workreport.book.plan import CHAPTERS, Chapter, Page, plan, task_parts
from workreport.book.render import render
from workreport.paths import Layout

__all__ = ["CHAPTERS", "BuildResult", "Chapter", "Layout", "Page", "build", "extract",
           "notebook_code", "plan", "render", "run", "search_words", "task_parts",
           "write_pages"]


def __getattr__(name: str):
    # The pages need pandas; a build with nothing to do never writes one, so they are
    # imported when first asked for (``workreport build``'s no-op check stays fast).
    if name in ("search_words", "write_pages"):
        from workreport.book import pages

        return getattr(pages, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
