"""One base error and a few specific ones, each carrying where it happened.

The CLI maps every ``WorkreportError`` to a one-line message and exit code 2,
so a user sees "data/raw/x.txt: file is empty", never a traceback.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from pathlib import Path


class WorkreportError(Exception):
    """Base of every error the CLI reports as one line with exit code 2."""

    exit_code = 2

    def __init__(self, message: str, path: str | Path | None = None) -> None:
        self.path = str(path) if path is not None else None
        self.message = message
        super().__init__(f"{self.path}: {message}" if self.path else message)


def did_you_mean(word: str, known: Iterable[str], *, ignore: str = "") -> str:
    """The end of a message naming an unknown key or option, ``word``: the known word
    nearest it (difflib's closest match, ratio 0.6 or more, the leading characters in
    ``ignore`` left out: an option's dashes) as " (did you mean level?)", or "" when none
    is near. Session 67, tester: a misspelled catalogue key or option is named with the
    one meant."""
    shown = {k.lstrip(ignore): k for k in known}
    near = difflib.get_close_matches(word.lstrip(ignore), list(shown), n=1)
    return f" (did you mean {shown[near[0]]}?)" if near else ""


def yaml_problem(err: Exception) -> str:
    """What a YAML file's error (PyYAML's ``MarkedYAMLError``) says, one line, with the
    line and column it is at (1-based) and where what it was reading began: "line 4,
    column 1: expected ',' or ']', but got '<stream end>' (while parsing a flow sequence
    from line 3, column 11)"; the first line of the error for others. Session 68,
    tester: _config.yml's and reports.yml's syntax errors named no line."""
    def at(mark) -> str:
        return f"line {mark.line + 1}, column {mark.column + 1}"

    mark, began = getattr(err, "problem_mark", None), getattr(err, "context_mark", None)
    problem = getattr(err, "problem", None) or str(err).splitlines()[0]
    context = getattr(err, "context", None)
    if context and began is not None and mark is not None:
        context = f"{context} from {at(began)}"
    said = f"{problem} ({context})" if context else problem
    return f"{at(mark)}: {said}" if mark is not None else said


class InputError(WorkreportError):
    """A report file that cannot be read as a work report (empty, binary, undecodable ...)."""


class CatalogError(WorkreportError):
    """A malformed ``data/reports.yml`` entry."""


class SchemaError(WorkreportError):
    """A table that does not match its schema; raised before anything is written."""


class BuildLocked(WorkreportError):
    """Another build holds the lock."""


class NotebookError(WorkreportError):
    """A notebook failed: names the notebook, its parameters, the cell and the error."""

    def __init__(
        self,
        notebook: str | Path,
        parameters: dict,
        cell_index: int | None,
        cell_source: str,
        ename: str,
        evalue: str,
    ) -> None:
        self.notebook = str(notebook)
        self.parameters = dict(parameters)
        self.cell_index = cell_index
        self.cell_source = cell_source
        self.ename = ename
        self.evalue = evalue
        params = ", ".join(f"{k}={v!r}" for k, v in self.parameters.items())
        first = cell_source.strip().splitlines()[0] if cell_source.strip() else ""
        where = f"cell {cell_index}" if cell_index is not None else "a cell"
        msg = f"notebook failed ({params}) at {where} [{first[:60]}]: {ename}: {evalue}"
        super().__init__(msg, notebook)


class MissingInput(WorkreportError):
    """A file a step needs does not exist (a table, a template, a job's input)."""


class KernelUnavailable(WorkreportError):
    """The requested Jupyter kernel is not installed or cannot start."""


class UnsafeId(WorkreportError):
    """A report id that is not a safe file name (it holds ``/``, ``\\``, ``..``, a space …)."""


class BatchFailed(WorkreportError):
    """Some reports of a ``--keep-going`` batch failed; the rest were written (exit 1)."""

    exit_code = 1


class ConfigError(WorkreportError):
    """The book's configuration (``_config.yml``, ``_toc.yml``) is missing or unreadable."""


class PlanError(WorkreportError):
    """The tables and the catalogue do not give a book plan (a report missing from the
    tables, a ``task_parts`` entry naming no plan part, an unknown chapter stem)."""


class ToolMissing(WorkreportError):
    """A program the build runs (``jupyter-book``) is not installed."""


class RenderError(WorkreportError):
    """``jupyter-book build`` failed or warned; ``log`` is its full log (the message
    quotes the first problem) and the last good book is still in place."""

    def __init__(self, message: str, log: str | Path) -> None:
        self.log = Path(log)
        super().__init__(message)
