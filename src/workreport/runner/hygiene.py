"""Turn a template into an executable notebook, and an executed one into a stable file.

Two builds from the same inputs must give byte-identical notebooks (so diffs and caches
mean something): cell ids are deterministic, timings and absolute temp paths are removed,
and the JSON is written one way.  The papermill-injected parameters are hidden from the
book and shown instead in a collapsed "How this page was made" block at the end. Figure
names (``mystnb: figure: name``) get a suffix that is unique to the page, so a template
that runs many times never gives the book two figures of one name.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import nbformat

from workreport.atomic import TMP_SUFFIX, atomic_write  # noqa: F401  (re-exported for the runner)

INJECTED_TAG = "injected-parameters"
TABLE_TAG = "parameters-table"
HIDE_TAG = "remove-cell"
SHOW_TAG = "show-parameters"
# Tags under which a code cell's box is not shown as it stands (nor the parameters').
_TUCKED = {HIDE_TAG, "remove-input", "hide-cell", "hide-input", "parameters", INJECTED_TAG}

# ipykernel compiles each cell as /tmp/ipykernel_<pid>/<hash>.py; the pid differs per run.
_CELL_FILE = re.compile(r"(?:/[^\s/:'\"]+)*/ipykernel_\d+/\d+\.py")
_TEXT_MIMES = ("text/plain", "text/html", "text/markdown", "text/latex")


def _tags(cell: Any) -> list[str]:
    return cell.setdefault("metadata", {}).setdefault("tags", [])


def _add_tag(cell: Any, tag: str) -> None:
    tags = _tags(cell)
    if tag not in tags:
        tags.append(tag)


def prepare(template: Path, parameters: Mapping[str, Any], kernel: str,
            language: str) -> tuple[nbformat.NotebookNode, int]:
    """Read ``template`` and inject ``parameters`` after its ``parameters`` cell.

    Returns the notebook and the injected cell's index (-1 when there are no parameters).
    Injection uses papermill's translator but is done here so the new cell gets a fixed
    id (papermill's is random) and no warning is logged for templates without a
    ``parameters`` cell (the injected cell then goes first, as papermill does).
    """
    nb = nbformat.read(template, as_version=4)
    if nb.nbformat_minor < 5 or any("id" not in c for c in nb.cells):
        for i, cell in enumerate(nb.cells):  # reading an old file invents random ids
            cell["id"] = f"cell-{i}"
        nb.nbformat_minor = max(nb.nbformat_minor, 5)
    for cell in nb.cells:
        tags = _tags(cell)
        if "parameters" in tags and SHOW_TAG not in tags:
            _add_tag(cell, HIDE_TAG)
    old = [i for i, c in enumerate(nb.cells) if INJECTED_TAG in _tags(c)]
    for i in reversed(old):  # a template that was itself a papermill output
        del nb.cells[i]
    name_figures(nb, page_suffix(template, parameters))
    if not parameters:
        return nb, -1
    from papermill.translators import translate_parameters  # slow to import: only here

    source = translate_parameters(kernel, language, dict(parameters), "Parameters")
    cell = nbformat.v4.new_code_cell(source=source)
    cell["id"] = INJECTED_TAG
    cell.metadata["tags"] = [INJECTED_TAG, HIDE_TAG]
    marks = [i for i, c in enumerate(nb.cells) if "parameters" in _tags(c)]
    index = marks[0] + 1 if marks else 0
    nb.cells.insert(index, cell)
    return nb, index


def page_suffix(template: Path, parameters: Mapping[str, Any]) -> str:
    """Eight hex digits that tell this page from every other page of the book: a digest
    of the template's name and the parameters it runs with (one template with the same
    parameters is one page)."""
    key = json.dumps([Path(template).stem, dict(parameters)], sort_keys=True, default=str,
                     ensure_ascii=False)
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:8]


def figure_names(nb: nbformat.NotebookNode) -> list[str]:
    """The names of the notebook's figures (``mystnb: figure: name`` of its cells)."""
    out = []
    for cell in nb.cells:
        figure = cell.get("metadata", {}).get("mystnb", {}).get("figure", {})
        if isinstance(figure, Mapping) and figure.get("name"):
            out.append(str(figure["name"]))
    return out


def name_figures(nb: nbformat.NotebookNode, suffix: str) -> dict[str, str]:
    """Make the template's figure names unique in the book: ``fig-levels`` becomes
    ``fig-levels-<suffix>`` in the figure's metadata and wherever a cell's source names
    it (a ``{numref}`` in the prose, the name the code glues a citation with).

    A template runs once per report or section, and Sphinx labels are global to the
    book: the same name on two pages is a duplicate label, an error under
    ``jupyter-book build -W``. Returns the renaming (old → new)."""
    names = {n: f"{n}-{suffix}" for n in figure_names(nb)}
    if not names:
        return names
    pattern = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, names)) + r")(?![\w-])")
    for cell in nb.cells:
        figure = cell.get("metadata", {}).get("mystnb", {}).get("figure", {})
        if isinstance(figure, Mapping) and figure.get("name") in names:
            figure["name"] = names[figure["name"]]
        cell["source"] = pattern.sub(lambda m: names[m.group(1)], cell["source"])
    return names


ERROR_TAG = "workreport-error"


def error_banner(nb: nbformat.NotebookNode, index: int, injected: int, where: int | None,
                 ename: str, evalue: str) -> int:
    """Mark a failed run as papermill does: a red banner cell at the top naming the
    error and linking to a marker cell just before the failing cell (``index``; ``where``
    is its number in the template). Returns the injected cell's new index."""
    from html import escape

    error = escape(f"{ename}: {evalue}".splitlines()[0] if evalue else ename)
    cell_no = "the injected parameters" if where is None else f"cell {where}"
    marker = nbformat.v4.new_markdown_cell(
        f'<span id="{ERROR_TAG}-cell" style="color:red">The run stopped in the cell below: '
        f"{error}</span>")
    if 0 <= index <= len(nb.cells):
        nb.cells.insert(index, marker)
        if 0 <= index <= injected:
            injected += 1
    banner = nbformat.v4.new_markdown_cell(
        f'<span style="color:red; font-size:1.5em">An exception was encountered at '
        f'<a href="#{ERROR_TAG}-cell">{cell_no}</a>: {error}</span>')
    nb.cells.insert(0, banner)
    for i, cell in enumerate((banner, marker)):
        cell["id"] = f"{ERROR_TAG}-{i}"
        cell.metadata["tags"] = [ERROR_TAG]
    return injected + 1 if injected >= 0 else injected


def template_index(index: int, injected: int) -> int | None:
    """Map an executed cell index back to the template's numbering (None: injected cell)."""
    if index < 0 or index == injected:
        return None
    return index - 1 if 0 <= injected < index else index


def _clean_text(value: Any) -> Any:
    if isinstance(value, str):
        # The substring test first: a chart's HTML holds its PNG in base64, full of "/",
        # on which the pattern backtracks (2.1 of the 2.3 CPU seconds of finalizing the
        # book's 49 notebooks, before this test).
        return _CELL_FILE.sub("<cell>", value) if "ipykernel_" in value else value
    if isinstance(value, list):
        return [_clean_text(v) for v in value]
    return value


def _table(parameters: Mapping[str, Any]) -> str:
    """A collapsed "How this page was made" block for the end of the page: the parameters
    the notebook ran with, in a small table, one click away (the reader's first view is
    the chapter, not its machinery)."""
    def cell(value: Any) -> str:
        text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False,
                                                               default=str)
        return text.replace("|", "\\|").replace("\n", " ")

    rows = [f"| {cell(k)} | {cell(v)} |" for k, v in parameters.items()]
    return "\n".join([
        "```{admonition} How this page was made", ":class: dropdown",
        "This page is a Jupyter notebook run by the book's build with papermill, with these "
        "parameters (the same notebook runs for every report and section):",
        "", "| parameter | value |", "| --- | --- |", *rows, "",
        "The code cells are one click away: open them with the toggles beside each output.",
        "```"])


def _shows_nothing(cell: Any) -> bool:
    """A code cell the page would show as its code alone: it ran, and printed, returned
    and displayed nothing but glued values (``display_data`` of scrapbook, not shown);
    one the template hides or removes already is left as it is."""
    if cell.get("cell_type") != "code" or set(cell.get("metadata", {}).get("tags", [])) & _TUCKED:
        return False
    return all(out.get("output_type") == "display_data" and "scrapbook" in out.get("metadata", {})
               for out in cell.get("outputs", []))


def _unfigure(cell: Any) -> None:
    """Take the ``mystnb.figure`` metadata off a code cell whose outputs hold no image (a
    chart with nothing to draw: ``display.figure`` shows its note alone), so myst-nb shows
    the note as an output, not as a figure: the figure it made had an empty caption whose
    only text was the "#" link, hidden by a CSS ``:has`` rule (re-test 72, D12)."""
    mystnb = cell.get("metadata", {}).get("mystnb")
    if cell.get("cell_type") != "code" or not isinstance(mystnb, Mapping) \
            or "figure" not in mystnb:
        return
    if not any(m.startswith("image/") for out in cell.get("outputs", [])
               for m in out.get("data", {})):
        del mystnb["figure"]
        if not mystnb:
            del cell.metadata["mystnb"]


def finalize(nb: nbformat.NotebookNode, parameters: Mapping[str, Any], injected: int, *,
             template: Path, cwd: Path) -> str:
    """Strip volatile metadata and temp paths, remove from the page a code cell that shows
    nothing (``_shows_nothing``: its code box stood alone, at the foot of a printed page
    too; session 69, tester; the downloaded notebook keeps it), make a chart cell that
    drew nothing no figure (``_unfigure``), add the parameters block
    at the end (a collapsed "How this page was made"); return the JSON."""
    meta: dict[str, Any] = {"parameters": json.loads(json.dumps(dict(parameters),
                                                                default=str))}
    rel = os.path.relpath(template, cwd)
    if not rel.startswith(".."):
        meta["input_path"] = Path(rel).as_posix()
    nb.metadata["papermill"] = meta
    for cell in nb.cells:
        if _shows_nothing(cell):
            _add_tag(cell, HIDE_TAG)
        _unfigure(cell)
        cell.metadata.pop("papermill", None)
        cell.metadata.pop("execution", None)
        for out in cell.get("outputs", []):
            if out.get("output_type") == "stream":
                out["text"] = _clean_text(out.get("text", ""))
            elif out.get("output_type") == "error":
                out["traceback"] = _clean_text(out.get("traceback", []))
            for mime in _TEXT_MIMES:
                if mime in out.get("data", {}):
                    out["data"][mime] = _clean_text(out["data"][mime])
    if injected >= 0 and parameters:
        table = nbformat.v4.new_markdown_cell(source=_table(parameters))
        table["id"] = TABLE_TAG
        table.metadata["tags"] = [TABLE_TAG]
        nb.cells.append(table)
    return write_notebook(nb)


def write_notebook(nb: nbformat.NotebookNode) -> str:
    """nbformat JSON with sorted keys, indent 1, real UTF-8, trailing newline."""
    text = nbformat.writes(nb, version=4)  # v4 writer: sort_keys, indent=1, no ASCII escapes
    return text if text.endswith("\n") else text + "\n"
