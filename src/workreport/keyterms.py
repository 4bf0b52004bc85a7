"""The English of a section's key terms: the words a chapter's table of terms and the themes
heatmap show beside their Chinese.

A key term is one word standing alone (严格, 养老金, 深化), where the label chain
(``glossary.english_or_gloss``) reads labels: a quarter of the key terms of the non-reserved
reports were shown in Chinese alone (session 70, tester; ``bench/label_gloss.py keyterms``).
``term_english`` adds the senses of ``vocab/keyterms.yml``, written for each word as these
reports use it, after the curated chain and before its automatic gloss; a word without one
keeps the gloss or, without that, its Chinese alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from workreport.gloss import marked
from workreport.glossary import english, place_english
from workreport.vocab import load

__all__ = ["term_english"]


def term_english(term: str, glossary: Mapping[str, Any] | None = None) -> str:
    """The English a key term is shown with: the glossary's (``glossary.english``), else a
    place's (``glossary.place_english``), else its sense as a key term (``vocab/keyterms.yml``
    ``senses``: 严格 "strict", 深化 "to deepen"), else a marked automatic gloss
    (``gloss.marked``), else "" (the Chinese alone)."""
    own = load("keyterms")["senses"]
    return (english(term, glossary) or place_english(term) or str(own.get(term) or "")
            or marked(term, glossary))
