"""The book's landing pages ("homes"), and which reports and chapters each gathers.

Three kinds of home, each a folder of ``book/generated`` (every folder is a sibling, so
``paths.href`` links a figure from any chapter) with a landing page that ``_toc.yml``
lists by its file name (``PAGES``), in this order in the sidebar:

- ``report``: a report read in depth (``chapters: true``), ``<report_id>/index``: its
  overview, a chapter per section, … and its annotated text;
- ``government``: a government with two or more reports in the book,
  ``<slug>/government``: the chapters across years (targets and outcomes, over the
  years) and the annotated text of each of its series reports (``chapters: series``);
  its reports read in depth keep their own home and are linked from it;
- ``cascade``: a year whose reports reach three or more levels of government,
  ``cascade-<report_id>/cascade`` (the lowest level's report): the target cascade and the
  annotated text of each of its series reports that no government page holds (Hebei 2024,
  a province with one report).

A chapter type names the kind of home it lives on (``plan.Chapter.per``), so a new
chapter type is still one entry of ``plan.CHAPTERS``.

Governments are grouped on the government read from each text (``series.series_of``),
never on file names. A report whose text is absent (a clone without ``../shared``) has
only its catalogue entry: it joins the government of a present report with the same
catalogue ``government_en`` (or ``government``), else one of its own, so a government
page can say which of its reports are missing. Which year makes a cascade is only known
from the texts (levels and years are read there).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from workreport.extract.catalog import Absent, Report, available
from workreport.textnotes import text_kind, text_notes

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["PAGES", "START_PAGES", "Home", "homes", "lead_report", "sidebar_order",
           "start_texts"]

#: The landing page's file stem for each kind of home (``_toc.yml`` globs them).
PAGES = {"report": "index", "government": "government", "cascade": "cascade"}


@dataclass(frozen=True)
class Home:
    """One landing page and what it gathers.

    ``folder``: its folder under ``book/generated``; ``lead``: the report its chapters
    run for (``report_id`` of the notebooks; "" when none of its reports is here);
    ``members``: the catalogued reports with pages it is about, present ones oldest
    first, then the absent ones; ``holds``: those whose annotated text it lists in its
    table of contents; ``absent``: the members whose texts are absent; ``ready``:
    whether its chapters can run (for a government, two of its reports are in the
    tables; else each chapter is a page saying what is missing).
    """

    kind: str
    folder: str
    lead: str = ""
    members: tuple[str, ...] = ()
    holds: tuple[str, ...] = ()
    absent: tuple[Absent, ...] = ()
    ready: bool = True

    @property
    def page(self) -> str:
        return PAGES[self.kind]


def homes(catalogued: Sequence[Report], rows: pd.DataFrame) -> list[Home]:
    """The book's homes, in sidebar order: the reports read in depth (catalogue order),
    the governments, the cascades.

    ``catalogued``: the catalogue (absent reports too); ``rows``: ``reports.csv`` of the
    present ones. A context report (``chapters: false``) is on no page; a series report
    is held by its government's page, else by its year's cascade, else by a government
    page of its own (so that its annotated text is in the book).
    """
    present, absent = available(catalogued)
    extracted = set(rows["report_id"].astype(str))
    paged = [r for r in present if r.has_chapters and r.id in extracted]
    out = [Home("report", r.id, r.id, (r.id,), (r.id,)) for r in paged if r.in_depth]
    taken = {r.id for r in catalogued}
    cascades = _cascades(paged, rows)
    govs = _governments(paged, [a for a in absent if a.report.has_chapters], rows, taken)
    held = {m for g in govs if len(g.members) >= 2 for m in g.holds}
    series = {r.id for r in paged if not r.in_depth}
    cascades = [Home("cascade", c.folder, c.lead, c.members,
                     tuple(m for m in c.members if m in series and m not in held))
                for c in cascades]
    held |= {m for c in cascades for m in c.holds}
    # A government of one report only when no cascade holds that report's text.
    govs = [g for g in govs if len(g.members) >= 2 or set(g.holds) - held]
    return [*out, *govs, *cascades]


def _cascades(paged: Sequence[Report], rows: pd.DataFrame) -> list[Home]:
    """One per report at the lowest level of a chain of three or more levels in its
    year (``series.chains``, placed once for all); two levels (Yuzhong beside the State
    Council) are the context chapter's subject already."""
    from workreport.series import chains

    placed = chains(rows)
    return [Home("cascade", f"cascade-{r.id}", r.id, chain.members) for r in paged
            if (chain := placed.get(r.id)) and len(chain.members) >= 3 and chain.leads]


def _governments(paged: Sequence[Report], gone: Sequence[Absent], rows: pd.DataFrame,
                 taken: set[str]) -> list[Home]:
    """The governments of the paged reports: those with two or more (present or absent)
    and those of a series report no cascade may hold (filtered by ``homes``)."""
    from workreport.series import series_of

    groups: dict[tuple, list[str]] = {}
    by_label: dict[str, tuple] = {}
    for r in paged:
        same = series_of(rows, r.id)
        key = ("text", same[0]) if same else ("label", _label(r))
        groups.setdefault(key, []).append(r.id)
        for name in (r.government_en, r.government):
            if name:
                by_label.setdefault(name, key)
    missing: dict[tuple, list[Absent]] = {}
    for a in gone:
        r = a.report
        key = next((by_label[n] for n in (r.government_en, r.government) if n in by_label),
                   ("label", _label(r)))
        groups.setdefault(key, [])
        missing.setdefault(key, []).append(a)
    order = {rid: i for i, rid in enumerate(_by_year(rows))}
    in_depth = {r.id for r in paged if r.in_depth}
    out = []
    for key, ids in groups.items():
        ids = sorted(ids, key=lambda i: order.get(i, len(order)))
        lost = missing.get(key, [])
        members = (*ids, *(a.report.id for a in lost))
        holds = tuple(i for i in ids if i not in in_depth)
        if len(members) < 2 and not holds:
            continue
        folder = _slug(members, taken)
        taken.add(folder)
        ready = key[0] == "text" and len(series_of(rows, ids[-1])) >= 2
        out.append(Home("government", folder, ids[-1] if ids else "", members, holds,
                        tuple(lost), ready))
    return out


def _label(r: Report) -> str:
    return r.government_en or r.government or r.id


def _by_year(rows: pd.DataFrame) -> list[str]:
    import pandas as pd

    years = pd.to_numeric(rows["report_year"], errors="coerce")
    return list(rows.assign(_y=years).sort_values(["_y", "report_id"])["report_id"])


def _slug(ids: Sequence[str], taken: set[str]) -> str:
    """The folder of a government page: what its reports' ids share, without the year
    (``national-statecouncil-2012`` … ``-2024`` → ``national-statecouncil``), else the
    first id without its year (ids named after another place), unique among the report
    ids and the other homes."""
    first, last = min(ids), max(ids)  # the common prefix of all is theirs
    n = next((i for i, (a, b) in enumerate(zip(first, last, strict=False)) if a != b),
             min(len(first), len(last)))
    stem = (re.sub(r"[-_.\d]+$", "", first[:n]) or re.sub(r"[-_.\d]+$", "", ids[0])
            or "government")
    slug, n = stem, 1
    while slug in taken or slug.startswith("cascade-"):
        n += 1
        slug = f"{stem}-{n}"
    return slug


# ----------------------------------------------------------------------------- pages


def _toctree(entries: Sequence[str]) -> str:
    return "```{toctree}\n:maxdepth: 1\n:titlesonly:\n\n" + "\n".join(entries) + "\n```\n"


def _missing(home: Home) -> str:
    if not home.absent:
        return ""
    items = "\n".join(f"- `{a.report.id}`: {a.reason}" for a in home.absent)
    return (f"**Not in this build**: the texts of these reports are absent.\n\n{items}\n\n")


def _pages(rid: str, where: dict[str, str], here: str) -> str:
    """Where a report is read: its annotated text when this page holds it, else the
    page that does (its own landing page for a report read in depth)."""
    target = where.get(rid, "")
    if not target:
        return ""
    if target == here:
        return f"{{doc}}`annotated text <../{rid}/report>`"
    label = "read in depth" if target == f"../{rid}/index" else "with its government"
    return f"{{doc}}`{label} <{target}>`"


def beside(chinese, english: str) -> str:
    """Markdown of "Chinese (English)", the Chinese alone when there is no English, the
    English alone when there is no Chinese."""
    from workreport.literal import markdown as md

    zh, en = md(chinese), md(english)
    return f"{zh} ({en})" if zh and en else zh or en


def speaker_text(row: dict, entry: Report | None) -> str:
    """A report's speaker as Markdown, the English beside the Chinese: the catalogue
    entry's ``speaker_en`` ("Hu Wantai, District Head"), else the name in pinyin
    (``titleblock.speaker_en``) and the office read (``titleblock.office_en``): 杨大伟 (Yang
    Dawei), 县长 (County Head). The landing page and the government's table of reports
    alike."""
    from workreport.titleblock import office_en, speaker_en

    if entry and entry.speaker_en:
        return beside(row.get("speaker"), entry.speaker_en)
    name = beside(row.get("speaker"), speaker_en(row.get("speaker")))
    office = beside(row.get("office"), office_en(row.get("office")))
    return f"{name}, {office}" if name and office else name


def government_page(home: Home, rows: dict[str, dict], catalogue: dict[str, Report],
                    chapters: Sequence[str], where: dict[str, str]) -> str:
    """``book/generated/<slug>/government.md``: the government, its reports (year,
    date, speaker and where each is read), what is missing, and a table of contents of
    its chapters across years and its series reports' annotated texts.

    ``rows``: ``reports.csv`` rows by report id; ``where``: the landing page that holds
    each report's annotated text (``../<folder>/<page>``)."""
    from workreport import literal

    md = literal.markdown
    here = [rows[m] for m in home.members if m in rows]
    entries = [catalogue[m] for m in home.members if m in catalogue]
    last = here[-1] if here else {}
    en = last.get("government_en") or next((e.government_en for e in entries
                                            if e.government_en), "")
    zh = last.get("government") or next((e.government for e in entries if e.government), "")
    name = literal.title(en or zh or home.folder)
    years = sorted(int(r["report_year"]) for r in here if str(r.get("report_year")).isdigit())
    span = f", {years[0]}–{years[-1]}" if years else ""
    who = " ".join(x for x in (md(zh), f"({md(en)})" if en and zh else md(en)) if x)
    level = f", {md(last['level'])} level" if last.get("level") else ""
    page = f"../{home.folder}/{home.page}"
    table = ["| Year | Delivered | Speaker | Read |", "|---|---|---|---|"] if here else []
    for r in here:
        kind = text_kind(r)
        said = speaker_text(r, catalogue.get(r['report_id']))  # unknown said (re-test 72)
        table.append(f"| {md(r.get('report_year'))}{kind} | {md(r.get('date')) or 'unknown'} | "
                     f"{said or 'unknown'} | {_pages(r['report_id'], where, page)} |")
    notes = "".join(text_notes(r) for r in here)
    return f"""# {md(name)}: {len(home.members)} reports{span}

{who}{level}. Its reports in this book, read as one series: what each year's targets
became by the next report (*Targets and outcomes*), and the headline indicators year by
year (*Over the years*). The annotated text of each report follows the chapters; a
report read in depth has its own pages.

{chr(10).join([*table, ""]) if table else ""}
{notes}{_missing(home)}{_toctree([*chapters, *(f"../{m}/report" for m in home.holds)])}"""


def cascade_page(home: Home, rows: dict[str, dict], chapters: Sequence[str],
                 where: dict[str, str]) -> str:
    """``book/generated/cascade-<report_id>/cascade.md``: the year's reports from the
    top level down, where each is read, and a table of contents of the cascade chapter
    and the annotated texts no other page holds."""
    from workreport import literal

    md = literal.markdown
    here = [rows[m] for m in home.members if m in rows]
    year = md(rows.get(home.lead, {}).get("report_year"))
    page = f"../{home.folder}/{home.page}"
    table = ["| Level | Government | Read |", "|---|---|---|"]
    for r in here:
        gov = md(r.get("government_en") or r.get("government"))
        table.append(f"| {md(r.get('level'))} | {gov} | "
                     f"{_pages(r['report_id'], where, page)} |")
    return f"""# {year}: one year's targets at {len(here)} levels of government

The reports of {year} in this book along one chain of governments, each under the one
before, from the top level down. The target cascade sets the same indicator's target at
each level side by side, with the step from the level above.

{chr(10).join(table)}

{_toctree([*chapters, *(f"../{m}/report" for m in home.holds)])}"""


def sidebar_order(found: Sequence[Home]) -> list[Home]:
    """The homes as the sidebar lists them (``_toc.yml``): the reports read in depth and
    then the governments, each kind in reverse order of folder (yuzhong-2014 before
    national-statecouncil-2014), then the cascades in order of folder."""
    def kind(name: str, reverse: bool) -> list[Home]:
        return sorted((h for h in found if h.kind == name), key=lambda h: h.folder,
                      reverse=reverse)

    return [*kind("report", True), *kind("government", True), *kind("cascade", False)]


def lead_report(found: Sequence[Home]) -> str:
    """The id of the report the book opens with: the first home's in the sidebar
    (``sidebar_order``): a report read in depth, else the first report a government or
    cascade page holds (the first the printed book's appendix prints too); "" for a book
    without one. It names the book (``book.title``)."""
    for home in sidebar_order(found):
        first = home.lead if home.kind == "report" else next(iter(home.holds), "")
        if first:
            return first
    return ""


#: The paragraphs ``book/index.md`` and ``book/introduction.md`` include
#: (``{include}``): which report they send the reader to depends on the catalogue.
START_PAGES = {"index": "index-start.txt", "introduction": "introduction-next.txt"}
_COUNTS = ("", "one finding", "two findings", "three findings")


def start_texts(found: Sequence[Home], rows: dict[str, dict],
                opens: dict[str, tuple[int, bool]]) -> dict[str, str]:
    """The included paragraphs (``START_PAGES`` key → MyST text) that send the reader to
    the first report read in depth, as the sidebar lists it (``_toc.yml``: reverse order
    of id, so yuzhong-2014 before national-statecouncil-2014), else the first landing
    page, else the tutorial (an empty catalogue).

    ``rows``: reports.csv rows by id; ``opens``: per report home's folder, how many
    findings its page opens with and whether it gives the numbers' scale.
    """
    from workreport import literal
    from workreport.english import report_label, report_name

    reports = [h for h in sidebar_order(found) if h.kind == "report"]
    if not reports:
        first = f"/book/generated/{found[0].folder}/{found[0].page}" if found else ""
        index = (f"**Start with {{doc}}`the first of the reports <{first}>`**, listed below "
                 "with the chapters each holds." if first else
                 "The catalogue (`data/reports.yml`) lists no report yet: "
                 "{doc}`/book/tutorial` adds one.")
        return {"index": index + "\n",
                "introduction": "The {doc}`/book/methods` chapter explains how the figures "
                                "were found and how to check any of them.\n"}
    lead, others = reports[0], reports[1:]
    row = rows.get(lead.lead, {})
    label = report_label({**row, "report_id": lead.lead})
    year = literal.markdown(row.get("report_year"))
    link = f"/book/generated/{lead.folder}/index"
    unit = label.rsplit(" ", 1)
    noun = unit[1].lower() if len(unit) == 2 and unit[1] in ("District", "County",
                                                             "Province") else ""
    findings, scale = opens.get(lead.folder, (0, False))
    opening = [_COUNTS[min(findings, 3)],
               f"the facts that give the {noun}'s numbers scale" if scale and noun else
               "the facts that give its numbers scale" if scale else ""]
    opening = [x for x in opening if x]
    what = f"opens with {' and '.join(opening)}, then lists" if opening else "lists"
    national = next((h for h in others if rows.get(h.lead, {}).get("level") == "national"
                     and rows[h.lead].get("report_year") == row.get("report_year")), None)
    year = f" {year}" if year not in (None, "") else ""
    # The name is read from the report's text: escaped, and never inside a role, whose
    # title MyST does not unescape (tests/test_untrusted.py).
    named = report_name({**row, "report_id": lead.lead})  # "the State Council" (tester 72)
    index = (f"**Start with {literal.markdown(named)}'s{year} report**: "
             f"{{doc}}`its page <{link}>` {what} the chapters.")
    place = literal.markdown(unit[0] if noun else label)
    intro = (f"The {place} report opens with {{doc}}`its own page <{link}>`, which lists "
             "its chapters")
    if national is not None:
        index += (" The State Council's national report of the same year follows it in the "
                  "list of reports, as context: what the country aimed for in the same year.")
        intro += "; the national report is read the same way."
    elif others:
        index += " The other reports read in depth follow it in the list of reports."
        intro += "; the other reports are read the same way."
    else:
        intro += "."
    intro += (" The {doc}`/book/methods` chapter explains how the figures were found and "
              "how to check any of them.")
    return {"index": index + "\n", "introduction": intro + "\n"}
