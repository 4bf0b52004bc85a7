"""The project's vocabulary as data: units, cue words, label affixes, English forms.

Every rule that needs words reads them here, through one loader, from the YAML files
beside this module (``units.yml``, ``cues.yml`` …), so a word is added in data, never in
code.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any

import yaml

__all__ = ["alternation", "load"]


class _UniqueKeys(yaml.SafeLoader):
    """``yaml.SafeLoader`` that refuses a key written twice in one mapping (plain YAML keeps
    the last silently, so a list added under a name already taken would replace the first)."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise ValueError(f"{node.start_mark.name}: key {key!r} written twice "
                                 f"(line {key_node.start_mark.line + 1})")
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


@cache
def load(name: str) -> dict:
    """The parsed ``vocab/<name>.yml`` (cached; treat it as read-only).

    Raises ``FileNotFoundError`` for an unknown name and ``ValueError`` for a key written
    twice in one mapping.
    """
    path = resources.files("workreport.vocab").joinpath(f"{name}.yml")
    loader = _UniqueKeys(path.read_text("utf-8"))
    loader.name = f"vocab/{name}.yml"
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


def alternation(words: list[str] | tuple[str, ...],
                not_before: dict[str, str] | None = None) -> str:
    """A regex alternation of ``words``, longest first (so "亿美元" wins over "亿"), then in code
    point order (so the pattern is the same in every run, whatever the hash seed); a word
    of ``not_before`` matches only where none of its characters follows it (方 but not
    方面: ``units.unit_not_before``), or, given a list, none of its words (个 but not 个 of 个体户,
    while 8个体育公园 counts). Shared by the number and non-figure patterns.
    Memoised on the words: rules call it per figure with the same cue lists."""
    guards = ((w, g if isinstance(g, str) else tuple(g)) for w, g in (not_before or {}).items())
    return _alternation(tuple(words), tuple(sorted(guards)))


def _guard(g: str | tuple[str, ...]) -> str:
    """The negative lookahead of one ``not_before`` entry: a class of characters or words."""
    if isinstance(g, str):
        return f"(?![{re.escape(g)}])"
    return "(?!" + "|".join(re.escape(w) for w in g) + ")"


@cache
def _alternation(words: tuple[str, ...], guards: tuple[tuple[str, Any], ...]) -> str:
    guard = dict(guards)
    return "|".join(re.escape(w) + (_guard(guard[w]) if guard.get(w) else "")
                    for w in sorted(set(words), key=lambda w: (-len(w), w)))
