"""Notebook cells as the book's runner leaves them, and a small Sphinx build of them with
myst-nb, as the book is rendered (for the tests of display and book.images)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any


def figure_cell(name: str, call: Callable[[], Any]) -> dict:
    """A code cell with the template's ``mystnb.figure`` metadata and the outputs of a
    ``display.figure`` call (its glue, then the chart and the figures it draws)."""
    import nbformat
    from IPython.core.interactiveshell import InteractiveShell
    from IPython.display import display as show
    from IPython.utils.capture import capture_output

    InteractiveShell.instance()
    with capture_output() as captured:
        show(call())
    cell = nbformat.v4.new_code_cell(f"display.figure(..., name={name!r})")
    cell.metadata["mystnb"] = {"figure": {"caption": f"{{glue:text}}`cap_{name}`",
                                          "name": name}}
    cell.outputs = [nbformat.v4.new_output("display_data", data=o.data, metadata=o.metadata)
                    for o in captured.outputs]
    return cell


def write_notebook(src: Path, cells: Sequence[dict], extensions: Sequence[str] = ()) -> None:
    """``src/index.ipynb`` of ``cells`` and a ``conf.py`` with myst-nb (executing nothing),
    numbered figures and ``extensions``."""
    import nbformat

    src.mkdir(parents=True, exist_ok=True)
    nb = nbformat.v4.new_notebook(cells=list(cells), metadata={"kernelspec": {
        "name": "python3", "display_name": "Python 3", "language": "python"}})
    nbformat.write(nb, src / "index.ipynb")
    (src / "conf.py").write_text(f"extensions = {['myst_nb', *extensions]!r}\n"
                                 "numfig = True\nnb_execution_mode = 'off'\n",
                                 encoding="utf-8")


def sphinx_html(src: Path, out: Path) -> subprocess.CompletedProcess:
    """``sphinx-build -b html -W -q src out`` (incremental when ``out`` was built before)."""
    return subprocess.run([sys.executable, "-m", "sphinx", "-b", "html", "-W", "-q",
                           str(src), str(out)], capture_output=True, text=True, check=False)
