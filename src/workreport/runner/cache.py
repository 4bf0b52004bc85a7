"""The one cache of the build: content digests and the state files that record them.

Every incremental step (extraction, each notebook, the HTML) asks the same question:
are the inputs byte-for-byte what they were when the outputs were written, and are the
outputs still what was written? ``Hasher`` answers the first with one digest over
named inputs; ``State`` records, per output key, that digest and the outputs' own
hashes, in one JSON format::

    {"version": 2, "entries": {"<key>": {"inputs": "<sha256>", "outputs": {"<name>": "<sha256>"}}}}

Content, never timestamps: a checkout, a copy or a touch changes nothing, an edit that
is undone restores the old state. A missing, unreadable or older-version state file
means "nothing is up to date" (everything runs once), never an error.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from workreport.atomic import atomic_write

__all__ = ["CODE_SUFFIXES", "Hasher", "State", "canonical_json", "tree_files"]

VERSION = 2
#: What counts as code (or code's data) when a package directory is hashed.
CODE_SUFFIXES = (".py", ".yml", ".yaml", ".csv", ".txt")

#: A named input: a file (hashed by content; absent hashes as absent), bytes, or None.
Named = tuple[str, "Path | bytes | None"]


def canonical_json(value: Any) -> str:
    """One spelling per value, so equal parameters always hash equal."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                      default=str)


def tree_files(root: Path, suffixes: Iterable[str] | None = None) -> list[Path]:
    """Files under ``root`` (or ``root`` itself if it is a file), sorted; hidden and
    ``__pycache__`` parts are skipped; ``suffixes`` keeps only names ending so."""
    root = Path(root)
    if root.is_file():
        return [root]
    if not root.is_dir():
        return []
    keep = tuple(suffixes) if suffixes else None
    return sorted(
        p for p in root.rglob("*")
        if p.is_file() and (keep is None or p.name.endswith(keep))
        and not any(part.startswith(".") or part == "__pycache__"
                    for part in p.relative_to(root).parts)
    )


class Hasher:
    """sha256 digests of files and of named inputs; each file is read once per instance
    (one instance per build step), however many jobs name it."""

    def __init__(self) -> None:
        self._files: dict[Path, str] = {}

    def file(self, path: Path) -> str:
        """Hex sha256 of the file's bytes (cached). Raises OSError if it cannot be read."""
        path = Path(path)
        if path not in self._files:
            self._files[path] = hashlib.sha256(path.read_bytes()).hexdigest()
        return self._files[path]

    def digest(self, named: Iterable[Named]) -> str:
        """One hex sha256 over (name, content) pairs, in order. Content is a file (its
        bytes' hash; a missing file hashes as absent), bytes, or None (absent)."""
        h = hashlib.sha256(b"workreport-cache-2\0")
        for name, what in named:
            h.update(name.encode() + b"\0")
            if isinstance(what, bytes):
                h.update(b"=" + hashlib.sha256(what).hexdigest().encode())
            elif what is not None and Path(what).is_file():
                h.update(b"=" + self.file(Path(what)).encode())
            else:
                h.update(b"-")
            h.update(b"\0")
        return h.hexdigest()

    def code(self, roots: Sequence[Path]) -> str:
        """One digest over code files: each root is a file or a directory whose
        ``CODE_SUFFIXES`` files count, named relative to the root."""
        named: list[Named] = []
        for root in map(Path, roots):
            for f in tree_files(root, CODE_SUFFIXES):
                rel = f.relative_to(root).as_posix() if f != root else f.name
                named.append((f"{root.name}/{rel}", f))
        return self.digest(named)


class State:
    """One state file: per key, the inputs' digest and the outputs' hashes.

    ``fresh`` says whether a key is up to date; ``record`` notes a success and writes
    the file at once (atomically), so an interrupted build keeps what it finished.
    ``root`` is what output names are relative to.
    """

    def __init__(self, path: Path, root: Path, hasher: Hasher | None = None) -> None:
        self.path = Path(path)
        self.root = Path(root)
        self.hasher = hasher or Hasher()
        self.entries: dict[str, dict] = self._load()

    def _load(self) -> dict[str, dict]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict) or data.get("version") != VERSION:
            return {}
        entries = data.get("entries")
        return entries if isinstance(entries, dict) else {}

    def key(self, path: Path) -> str:
        """A path as the state names it: relative to ``root`` (``../`` if outside it)."""
        return Path(os.path.relpath(Path(path).resolve(), self.root.resolve())).as_posix()

    def outputs(self, paths: Iterable[Path]) -> dict[str, str | None]:
        """The outputs' current hashes by name (None for a missing file). Not cached:
        an output may have been rewritten since this ``State`` was made."""
        out: dict[str, str | None] = {}
        for p in paths:
            try:
                out[self.key(p)] = hashlib.sha256(Path(p).read_bytes()).hexdigest()
            except OSError:
                out[self.key(p)] = None
        return out

    def fresh(self, key: str, inputs: str, outputs: Iterable[Path]) -> bool:
        """True when ``key`` was recorded with these inputs and every output still
        hashes as recorded (an output edited, replaced or removed is not fresh)."""
        entry = self.entries.get(key)
        if not isinstance(entry, dict) or entry.get("inputs") != inputs:
            return False
        now = self.outputs(outputs)
        return None not in now.values() and entry.get("outputs") == now

    def record(self, key: str, inputs: str, outputs: Iterable[Path]) -> None:
        """Note that ``outputs`` were just made from ``inputs``; saves the file."""
        self.entries[key] = {"inputs": inputs, "outputs": self.outputs(outputs)}
        self.save()

    def forget(self, keys: Iterable[str]) -> None:
        """Drop entries (their outputs are gone); saves the file if any was there."""
        gone = [k for k in keys if self.entries.pop(k, None) is not None]
        if gone:
            self.save()

    def save(self) -> None:
        atomic_write(self.path, _dump({"version": VERSION, "entries": self.entries}))


def _dump(data: Mapping) -> str:
    return json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
