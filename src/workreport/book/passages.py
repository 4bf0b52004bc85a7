"""The hand-written passages about the project's own reports, in a book that holds them.

``book/index.md``, ``introduction.md``, ``reading.md`` and ``tutorial.md`` were written
about Yuzhong 2014 and the State Council's report of the same year, and a user's book of
other reports still said "This book reads … the report of Yuzhong District" and sent the
reader to a Yuzhong chapter it did not have (session 68, tester: a book of Chengde and
Chongqing 2024). Those passages now live in ``book/passages/<slot>.yuzhong.txt``; each
page includes ``generated/<slot>.txt``, which ``workreport build`` (``pages.write_pages``)
writes as:

- the Yuzhong passage, unchanged, when the book reads in depth every report it speaks
  of (``SLOTS``);
- else ``book/passages/<slot>.txt``, hand-written for any book, with ``PLACEHOLDER``
  replaced by words made from the book's own catalogue: its reports read in depth, as
  the sidebar lists them (``homes.sidebar_order``), named by ``title.lead_name`` and
  ``english.report_title`` with their levels (no second namer).

The passages are inputs of step 2 (``build._upstream``): editing one rewrites its page.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

# No pandas (literal) at import: build's up-to-date check reads FOLDER without it.
from workreport.book.homes import Home, sidebar_order
from workreport.errors import MissingInput

__all__ = ["FOLDER", "PLACEHOLDER", "SLOTS", "passage_texts"]

#: ``book/FOLDER``: the passages.
FOLDER = "passages"
YUZHONG, NATIONAL = "yuzhong-2014", "national-statecouncil-2014"
#: slot → the reports its ``.yuzhong.txt`` passage speaks of: all must be read in depth.
SLOTS: dict[str, tuple[str, ...]] = {
    "index-about": (YUZHONG, NATIONAL),
    "index-organised": (YUZHONG, NATIONAL),
    "introduction-place": (YUZHONG, NATIONAL),
    "reading-levels": (YUZHONG, NATIONAL),
    "tutorial-opening": (YUZHONG,),
}
#: Where a passage for any book takes the words made from the catalogue.
PLACEHOLDER = "{{reports}}"
_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def _row(rows: Mapping[str, dict], rid: str) -> dict:
    return {**rows.get(rid, {}), "report_id": rid}


def _name(row: dict) -> str:
    """"Chengde 2024 (municipal level)", Markdown escaped (names are read from texts)."""
    from workreport import literal
    from workreport.book.title import lead_name

    level = f" ({row['level']} level)" if row.get("level") else ""
    return literal.markdown(lead_name(row) + level)


def _count(n: int) -> str:
    """"four" for 4 (``_WORDS``), digits from eleven on."""
    return _WORDS[n] if n < len(_WORDS) else str(n)


def _sentence(names: Sequence[str]) -> str:
    """The landing page's sentence naming the book's reports read in depth."""
    from workreport.prose import join

    if not names:
        return "The catalogue (`data/reports.yml`) names no report this book reads yet."
    if len(names) == 1:
        return f"This book reads one such report closely, the report of {names[0]}."
    return (f"This book reads {_count(len(names))} such reports closely, the reports of "
            f"{join(names)}.")


def _followed(found: Sequence[Home], rows: Mapping[str, dict]) -> str:
    """The landing page's sentence naming the governments the book follows over the years
    (their pages: ``homes``, kind "government"), with the years of their reports present;
    "" when none. Session 69, tester: a book of Nanjing, the State Council 2015 and four
    years of Mancheng never said on its start page that it followed Mancheng."""
    from workreport import literal
    from workreport.english import report_name
    from workreport.prose import join
    from workreport.prose import years as years_of

    named = []
    for home in sidebar_order(found):
        gone = {a.report.id for a in home.absent}
        present = [r for r in home.members if r not in gone]
        if home.kind != "government" or not present or not home.lead:
            continue
        years = sorted({int(rows[r]["report_year"]) for r in present
                        if str(rows.get(r, {}).get("report_year") or "").isdigit()})
        name = literal.markdown(report_name(_row(rows, home.lead)))  # the State Council
        named.append(f"{name} ({_count(len(present))} reports"
                     f"{', ' + years_of(years) if years else ''})")
    if not named:
        return ""
    return (f"follows {join(named)} over the years: each year's targets beside what the next "
            "report says happened, and the headline figures year by year.")


def _about(names: Sequence[str], followed: str) -> str:
    """The landing page's sentences on what the book reads: in depth (``_sentence``), and
    the governments it follows (``_followed``)."""
    if not followed:
        return _sentence(names)
    if not names:
        return f"This book {followed}"
    return f"{_sentence(names)} It also {followed}"


def _item(row: dict) -> str:
    """One report of the introduction's lists: its English title (``report_title``), its
    government in Chinese and its level."""
    from workreport import literal
    from workreport.english import report_title

    chinese = f" ({literal.markdown(row['government'])})" if row.get("government") else ""
    level = f", {literal.markdown(row['level'])} level" if row.get("level") else ""
    return f"- {literal.markdown(report_title(row))}{chinese}{level}"


def _listed(rows: Sequence[dict], series: Sequence[dict] = ()) -> str:
    """The introduction's lists (``_item``): the reports read in depth, then the reports of
    the governments followed over the years (``series``, their pages' present members,
    oldest first). Tester 73 (D-C13): five Shunping reports of a ``chapters: series``
    entry were named on the start page and missing from the introduction's list."""
    if not rows and not series:
        return _sentence([])
    out = []
    if rows:
        out.append("The reports this book reads in depth, as the list of reports orders "
                   "them:\n\n" + "\n".join(_item(r) for r in rows))
    if series:
        out.append(("The reports of the governments it also follows over the years, "
                    if rows else "The reports of the governments this book follows over "
                    "the years, ") + "each government's read as one series:\n\n"
                   + "\n".join(_item(r) for r in series))
    return "\n\n".join(out)


def _series(found: Sequence[Home], rows: Mapping[str, dict]) -> list[dict]:
    """The rows of the reports present on the governments' pages (``_followed`` names the
    same pages), in sidebar order, each page's oldest first."""
    out = []
    for home in sidebar_order(found):
        if home.kind == "government":
            gone = {a.report.id for a in home.absent}
            out += [_row(rows, r) for r in home.members if r not in gone]
    return out


def _context(found: Sequence[Home], chapters: Mapping[str, Sequence[str]],
             rows: Mapping[str, dict], stem: str) -> str:
    """" The "in context" chapter of X …" for the first report that has one, else ""."""
    for home in sidebar_order(found):
        if home.kind == "report" and stem in chapters.get(home.folder, ()):
            link = f"/book/generated/{home.folder}/{stem}"
            return (f" {{doc}}`The \"in context\" chapter <{link}>` of "
                    f"{_name(_row(rows, home.lead))} sets its targets beside the State "
                    "Council's of the years around it.")
    return ""


def passage_texts(book: Path, found: Sequence[Home], rows: Mapping[str, dict],
                  chapters: Mapping[str, Sequence[str]], context: str) -> dict[str, str]:
    """``generated`` file name → text for each of ``SLOTS``.

    ``book``: the ``book/`` folder; ``found``: the homes (``homes.homes``); ``rows``:
    reports.csv rows by id; ``chapters``: each home folder's chapter stems; ``context``:
    the stem of the "in context" chapter. Raises MissingInput when a passage file is
    absent.
    """
    held = [h.lead for h in sidebar_order(found) if h.kind == "report"]
    made = {
        "index-about": _about([_name(_row(rows, r)) for r in held], _followed(found, rows)),
        "index-organised": "",
        "introduction-place": _listed([_row(rows, r) for r in held], _series(found, rows)),
        "reading-levels": _context(found, chapters, rows, context),
        "tutorial-opening": "",
    }
    out = {}
    for slot, about in SLOTS.items():
        yuzhong = all(r in held for r in about)
        path = book / FOLDER / (f"{slot}.yuzhong.txt" if yuzhong else f"{slot}.txt")
        if not path.is_file():
            raise MissingInput(f"{path}: a passage of the book's pages is absent")
        text = path.read_text("utf-8")
        out[f"{slot}.txt"] = text if yuzhong else text.replace(PLACEHOLDER, made[slot])
    return out
