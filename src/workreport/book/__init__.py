"""Assembling the book: plan the chapters, write the pages, run the notebooks (through
``workreport.runner``) and render the HTML.
"""

from workreport.book.build import (
    TABLES,
    BuildResult,
    build,
    extract,
    plan,
    render,
    run,
    search_words,
    task_parts,
    write_pages,
)
from workreport.paths import Layout

__all__ = ["TABLES", "BuildResult", "Layout", "build", "extract", "plan", "render", "run",
           "search_words", "task_parts", "write_pages"]
