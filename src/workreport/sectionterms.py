"""A section's words for its chapter: its number as the text writes it, the texts of a
report's sections, a section's key terms (TF-IDF against its sibling sections) and the
places it names, each with its English (a term's ``keyterms.term_english``, a place's
``glossary.english_or_gloss``). Split out of ``display`` in sessions 69 and 71 (over 400
lines); the chapters read them through ``display``, which imports them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from workreport import terms
from workreport.glossary import english_or_gloss
from workreport.keyterms import term_english

if TYPE_CHECKING:
    import pandas as pd

    from workreport.dataset import Tables

__all__ = ["key_terms", "named_places", "part_whole", "section_label", "section_named",
           "section_texts"]

_CN = "[零一二三四五六七八九十]+"
# A list's items where they open a line or follow its intro's colon: 一是, 第一, （一）, 一、.
_ITEM_RE = re.compile(rf"(?:^|[：:])({_CN}是|第{_CN}(?=[，,、])|[（(]{_CN}[)）]|{_CN}、)", re.M)


def section_label(row: Mapping[str, Any]) -> str:
    """A section's number as its text writes it: （二） (``style`` bracket, the default),
    二是 (shi), 第二 (ordinal) or 二、 (item) for section 2; for a part's preamble (section
    0) the part's number as its heading writes it (三、, the first line of ``text``), else
    the part's title; 各位代表 for the closing address after a part's last section
    (``style`` closing); for a list of the part's work after its last section (``style``
    list) its items as numbered, 一是…六是 (the first and last marker of the first item's
    style in ``text``), else its title. Session 69: a report numbering its points 一是
    read "section （一）", a part read "task area 三、把改革开放扎实推向纵深
    “把改革开放扎实推向纵深”"."""
    n = int(row["number"])
    text = str(row.get("text") or "")
    if n == 0:
        numbered = re.match(r"[零一二三四五六七八九十]+、", text)
        return numbered.group(0) if numbered else str(row["part_title"])
    style = row.get("style")
    if style == "closing":
        return "各位代表"
    if style == "list":  # Shandong 2025's 一年来，着重抓了以下工作：一是…六是 (tester 71)
        items = _ITEM_RE.findall(text)
        kind = re.sub(_CN, "", items[0]) if items else ""
        items = [i for i in items if re.sub(_CN, "", i) == kind]
        return "…".join(dict.fromkeys((items[0], items[-1]))) if items else str(row["title"])
    digits = "零一二三四五六七八九"
    tens, ones = divmod(n, 10)
    cn = (digits[tens] if tens > 1 else "") + ("十" if tens else "")
    cn += digits[ones] if ones else ""
    return {"shi": f"{cn}是", "ordinal": f"第{cn}", "item": f"{cn}、"}.get(style, f"（{cn}）")


def section_named(row: Mapping[str, Any], noun: str = "section", whole: bool = False,
                  titled: bool = False) -> str:
    """A section as a chapter's prose names it, ``noun`` first: its number with the text's
    marker beside ("section 3 (三是)", "task area 2 (（二）)"; tester 72: "section 三是"
    read as a marker pasted for a number); a part's preamble "the opening of part 1 (一、)"
    (or of a part its heading does not number, "the part's opening"), a closing address
    "the closing address (各位代表)", a list of the part's work "the list 一是…六是"
    (re-test 72: "section 一、", "section 各位代表"). A part's preamble that is its part
    ``whole`` (a part with no numbered section: ``part_whole``) is the part itself, "part
    3 (三、)" or "the part" (re-test 72: State Council 2015's 三、 to 六、, each a chapter,
    read "task area 三、", then "the opening of part 3"). ``titled`` adds the section's
    title in quotes, “…”, unless the title is the marker itself (a closing address
    titled 各位代表 read "the closing address (各位代表) “各位代表”")."""
    label = section_label(row)
    named = _named(row, label, noun, whole)
    title = str(row.get("title") or "").strip()
    marker = row.get("style") == "closing" and title == label  # no sentence titles it
    return f"{named} “{title}”" if titled and title and not marker else named


def _named(row: Mapping[str, Any], label: str, noun: str, whole: bool) -> str:
    n = int(row["number"])
    if row.get("style") == "closing":
        return f"the closing address ({label})"
    if row.get("style") == "list":
        return f"the list {label}"
    if n == 0:
        part = row.get("part")
        numbered = label != str(row.get("part_title")) and part is not None
        if whole:
            return f"part {int(part)} ({label})" if numbered else "the part"
        return f"the opening of part {int(part)} ({label})" if numbered else "the part's opening"
    return f"{noun} {n} ({label})"


def part_whole(tables: Tables, report_id: str, section: str) -> bool:
    """Whether ``section`` is the whole of its part: its preamble (section 0), in a part
    with no numbered section (State Council 2015's 三、把改革开放扎实推向纵深). Raises what
    ``tables.section`` raises for a section the report lacks."""
    row = tables.section(report_id, section)
    s = tables.sections
    mine = s[(s["report_id"] == report_id) & (s["part"] == row["part"])]
    return int(row["number"]) == 0 and not (mine["number"] > 0).any()


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


def named_places(tables: Tables, text: str, report_id: str = "") -> pd.DataFrame:
    """``terms.place_counts`` of ``text`` (columns place, mentions) with each place's
    English (``glossary.english_or_gloss``: curated, a province's or country's, or a marked
    gloss; "" when none) beside it, column ``english`` (session 69). With ``report_id``, the
    finder reads the report's whole text too, for the divisions it names in full (丰宁县),
    so a section naming them by their stems alone (滦平、隆化) names places (tester 73 D-C6)."""
    s = tables.sections if report_id else None
    report = "" if s is None else "\n".join(s.loc[s["report_id"] == report_id, "text"])
    named = terms.place_counts(text, tables.glossary, report)
    named.insert(1, "english", [english_or_gloss(p, tables.glossary) for p in named["place"]])
    return named
