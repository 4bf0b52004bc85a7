"""The types of ``_config.yml``'s settings, checked before the book is built or printed.

``latex: 5`` in ``_config.yml`` was a Python traceback in ``workreport pdf``
(``pdf.pdf_name``), ``sphinx: 3`` or ``html: oops`` only "singlehtml build failed", and
``title: [a, b]`` became the PDF's Title "['a', 'b']" (session 68, tester): jupyter-book
checks its settings against its own JSON schema (``jupyter_book/config_schema.json``) but
only prints a warning box. Here every key that schema types, and the one the project
adds (``latex.latex_documents.targetname``, the PDF's name), is checked against it, the
first wrong one a one-line ``ConfigError`` naming the key. Types only: jupyter-book's
schema is the one place they are stated; its other rules (enums, minimums) stay its own.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

from workreport.errors import ConfigError

__all__ = ["check"]

# What the project reads beyond jupyter-book's schema (``pdf.pdf_name``).
_OWN = {"properties": {"latex": {"properties": {"latex_documents": {"properties": {
    "targetname": {"type": "string"}}}}}}}
# Each JSON type: the Python types that are it, and how a message says it.
_TYPES: dict[str, tuple[tuple[type, ...], str]] = {
    "object": ((dict,), "a mapping (indented key: value lines)"),
    "array": ((list,), "a list"),
    "string": ((str,), "text"),
    "boolean": ((bool,), "true or false"),
    "number": ((int, float), "a number"),
    "integer": ((int,), "a whole number"),
    "null": ((type(None),), "empty"),
}


def _schema() -> dict:
    """jupyter-book's schema of ``_config.yml`` with the project's own key merged in; {}
    without jupyter-book (the build then says it is missing: ``render``)."""
    try:
        text = (resources.files("jupyter_book") / "config_schema.json").read_text("utf-8")
    except (ModuleNotFoundError, OSError):
        return {}
    schema = json.loads(text)
    _merge(schema, _OWN)
    return schema


def _merge(into: dict, extra: dict) -> None:
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(into.get(key), dict):
            _merge(into[key], value)
        else:
            into.setdefault(key, value)


def _wrong(value: Any, schema: dict, key: str) -> str:
    """The message for the first key at or below ``key`` whose value is not of its
    schema's type ("latex must be a mapping (…), not 5"); "" when all are."""
    types = schema.get("type")
    if types:
        names = [types] if isinstance(types, str) else list(types)
        known = [_TYPES[n] for n in names if n in _TYPES]
        fits = any(isinstance(value, py) and not (isinstance(value, bool) and bool not in py)
                   for py, _ in known)
        if known and not fits:
            shown = json.dumps(value, ensure_ascii=False, default=str)  # as YAML writes it
            quote = f' (write "{shown}" in quotes)' if "string" in names and \
                isinstance(value, int | float) else ""
            return f"{key} must be {' or '.join(said for _, said in known)}, not {shown}{quote}"
    if isinstance(value, dict):
        for name, sub in (schema.get("properties") or {}).items():
            if name in value:
                wrong = _wrong(value[name], sub, f"{key}.{name}" if key else name)
                if wrong:
                    return wrong
    return ""


def check(config: dict, path: Path) -> None:
    """Raise ``ConfigError`` (one line naming ``path`` and the key) for the first setting
    of ``config`` (``_config.yml`` read: a mapping) not of the type jupyter-book's schema
    or the project gives it. Keys the schema does not name are not checked."""
    wrong = _wrong(config, _schema(), "")
    if wrong:
        raise ConfigError(wrong, path)
