"""A section's words for its chapter: the texts of a report's sections, a section's key
terms (TF-IDF against its sibling sections) and the places it names, each with its English
(a term's ``keyterms.term_english``, a place's ``glossary.english_or_gloss``). Split out of
``display`` in session 69 (over 400 lines); the chapters read them through ``display``,
which imports them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from workreport import terms
from workreport.glossary import english_or_gloss
from workreport.keyterms import term_english

if TYPE_CHECKING:
    import pandas as pd

    from workreport.dataset import Tables

__all__ = ["key_terms", "named_places", "section_texts"]


def section_texts(tables: Tables, report_id: str, roles: Sequence[str],
                  parts: Sequence[int] | None = None) -> dict[str, str]:
    """Section id → text for the sections of the given roles (and parts) of one report."""
    s = tables.sections
    s = s[(s["report_id"] == report_id) & s["role"].isin(list(roles))]
    if parts is not None:
        s = s[s["part"].isin(list(parts))]
    return dict(zip(s["section"], s["text"], strict=True))


def key_terms(tables: Tables, report_id: str, section: str, top: int = 10) -> pd.DataFrame:
    """The section's TF-IDF terms against the other sections of its own part; against
    the other sections of its part's role when the part is one section (State Council
    2015's 三、把改革开放扎实推向纵深, a "Plan" chapter since session 69: against itself
    every word scored zero and the table was empty)."""
    row = tables.section(report_id, section)
    texts = section_texts(tables, report_id, ["review", "plan", "appendix"], [int(row["part"])])
    if len(texts) < 2:
        texts = section_texts(tables, report_id, [str(row["role"])])
    scores = terms.tfidf(texts, top=top, glossary=tables.glossary)
    out = scores[scores["section"] == section].drop(columns="section")
    out["english"] = [term_english(t, tables.glossary) for t in out["term"]]
    return out.reset_index(drop=True)


def named_places(tables: Tables, text: str) -> pd.DataFrame:
    """``terms.place_counts`` of ``text`` (columns place, mentions) with each place's
    English (``glossary.english_or_gloss``: curated, a province's or country's, or a marked
    gloss; "" when none) beside it, column ``english`` (session 69)."""
    named = terms.place_counts(text, tables.glossary)
    named.insert(1, "english", [english_or_gloss(p, tables.glossary) for p in named["place"]])
    return named
