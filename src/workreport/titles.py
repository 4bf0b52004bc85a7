"""English titles for the report's own headings, with the Chinese beside.

The English is written by hand in ``data/translations.csv`` (Chinese text → English) for
the reports of ``data/reports.yml``; a test keeps it complete. For a heading it lacks (a
new report), the automatic gloss of a title (``titlegloss``: its "verb + object" phrases
read with the glosser every label gets, its opening slogan dropped) is given and marked as
automatic, so the reader knows no one wrote it; a title it cannot read shows its Chinese
alone, never a list of its words (session 69).
"""

from __future__ import annotations

import csv
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

from workreport.gloss import AUTOMATIC
from workreport.titlegloss import title_gloss

__all__ = ["AUTOMATIC", "TRANSLATIONS", "english_title", "load_translations", "title_pair"]

#: Where the translations live, relative to the project root.
TRANSLATIONS = Path("data") / "translations.csv"


@cache
def _read(path: str) -> dict[str, str]:
    p = Path(path)
    if not p.is_file():
        return {}
    with p.open(encoding="utf-8", newline="") as fh:
        return {r["zh"].strip(): r["en"].strip() for r in csv.DictReader(fh)
                if (r.get("zh") or "").strip() and (r.get("en") or "").strip()}


def load_translations(path: str | Path | None = None) -> dict[str, str]:
    """Chinese → English from ``path`` (default: ``data/translations.csv`` found upwards
    from the working directory, as the notebooks find their tables); {} when absent."""
    if path is None:
        here = Path.cwd().resolve()
        path = next((f / TRANSLATIONS for f in (here, *here.parents)
                     if (f / TRANSLATIONS).is_file()), TRANSLATIONS)
    return _read(str(Path(path).resolve()))


def english_title(zh: str, translations: Mapping[str, str],
                  glossary: Mapping[str, Any] | None = None,
                  place: tuple[str, str] = ("", "")) -> tuple[str, bool]:
    """(English, automatic) for a heading: the written translation, else the automatic gloss
    of a title (``titlegloss.title_gloss``: "Accelerating a new pattern of integrated
    urban-rural development"; session 69), else "" (no list of its words: session 69).

    ``english_title("多措并举稳增长、促发展", t) == ("Stabilising growth by many measures",
    False)``; a heading neither knows gives ("", True). ``place``: the report's government
    and its English name, for a title naming its own county (``title_gloss``).
    """
    zh = str(zh).strip()
    if zh in translations:
        return translations[zh], False
    return title_gloss(zh, glossary, place), True


def title_pair(zh: str, translations: Mapping[str, str],
               glossary: Mapping[str, Any] | None = None,
               place: tuple[str, str] = ("", "")) -> str:
    """"English · 中文" for a heading; an automatic gloss says so; Chinese alone when
    nothing is known: "Stabilising growth by many measures · 多措并举稳增长、促发展"."""
    en, automatic = english_title(zh, translations, glossary, place)
    if not en:
        return str(zh)
    return f"{en} ({AUTOMATIC}) · {zh}" if automatic else f"{en} · {zh}"
