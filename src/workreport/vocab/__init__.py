"""The project's vocabulary as data: units, cue words, label affixes, English forms.

Every rule that needs words reads them here, through one loader, from the YAML files
beside this module (``units.yml``, ``cues.yml`` …), so a word is added in data, never in
code.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import yaml

__all__ = ["load"]


@cache
def load(name: str) -> dict:
    """The parsed ``vocab/<name>.yml`` (cached; treat it as read-only).

    Raises ``FileNotFoundError`` for an unknown name.
    """
    text = resources.files("workreport.vocab").joinpath(f"{name}.yml").read_text("utf-8")
    return yaml.safe_load(text)
