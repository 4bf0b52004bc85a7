"""The book's generated pages: each report's landing page and annotated text, the
glossary page and the search dictionary, written from the extracted tables.

``write_pages`` is step 2b of ``book.build``: after the notebooks are planned, it
writes these pages (only when their text changes) and removes generated files that no
job or page produces any more, so a report taken out of the catalogue leaves nothing
behind.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from workreport import literal
from workreport.atomic import atomic_write
from workreport.book import title
from workreport.book.extras import GLOSSARY_PAGE, glossary_page
from workreport.book.homes import (
    START_PAGES,
    beside,
    cascade_page,
    government_page,
    homes,
    lead_report,
    speaker_text,
    start_texts,
)
from workreport.book.passages import passage_texts
from workreport.book.plan import CHAPTERS, Page
from workreport.english import report_title
from workreport.extract.catalog import Report, available
from workreport.figuretext import years_reviewed
from workreport.textnotes import text_notes
from workreport.titleblock import meeting_en, title_en

if TYPE_CHECKING:
    import pandas as pd

    from workreport.paths import Layout

# The chapter the landing page's "the same targets beside the national ones" announces.
_CONTEXT = next(c.stem for c in CHAPTERS if c.template == "context")
_REVIEW_CHAPTER = re.compile(r"(?:^|/)\d+-review-p\d")  # 10-review-p1-s00

__all__ = ["ANNOTATED", "SEARCH_WORDS", "annotated_pages", "rows_by_id", "search_words",
           "write_pages"]

SEARCH_WORDS = "search-words.txt"  # in book/generated; _config.yml html_search_options


def _count(value) -> str:
    """A count from the tables, with thousands separators ("" when missing)."""
    try:
        return f"{int(value):,}"
    except (TypeError, ValueError):
        return ""


def _code(value) -> str:
    """Inline code: no escaping inside, so only backticks need removing."""
    text = "" if value is None else str(value).replace("`", "")
    return f"`{text}`" if text and text != "nan" else ""


FACTS = "facts.csv"  # in data/: sourced facts that give a place's numbers scale


def _scale(layout: Layout, row: dict) -> str:
    """The facts of ``data/facts.csv`` for the report's government, in English with the
    Chinese beside, their year and source, and a warning when the year differs from the
    report's."""
    import pandas as pd

    from workreport.prose import quantity

    path = layout.root / "data" / FACTS
    if not path.is_file():
        return ""
    facts = pd.read_csv(path, dtype=str, keep_default_na=False)
    facts = facts[facts["government"] == row.get("government")]
    if facts.empty:
        return ""
    md = literal.markdown
    items = [f"{md(f['fact'])}: {md(quantity(float(f['value']), f['unit']))}"
             for f in facts.to_dict("records")]
    years = sorted(set(facts["as_of"]))
    sources = sorted(set(zip(facts["source"], facts["source_url"], strict=True)))
    cite = "; ".join(f"[{md(s)}]({u})" if u else md(s) for s, u in sources)
    reviewed = str(row.get("year_reviewed", ""))
    differ = "" if years == [reviewed] else (
        f" These are {', '.join(years)} figures, not {reviewed} ones: the place has changed "
        "since the report, so read them for scale, not as the report's own numbers.")
    return (f"**For scale** ({', '.join(years)}): {'; '.join(items)}. Source: {cite}."
            f"{differ}")


def _findings(t, report_id: str, chapters: Sequence[str]) -> list[str]:
    """Three findings computed from the tables, each linked to the chapter that shows it:
    the first headline result, the review's admission of shortfalls, the largest cut of
    a target against last year's result (``t``: the tables, ``analysis.load_tables``)."""
    from workreport import analysis, findings, prose
    from workreport.glossary import english_or_gloss

    def link(stem: str, text: str) -> str:
        hit = next((c for c in chapters if c.endswith(stem)), None)
        return f"{text} ({{doc}}`more <{hit}>`)" if hit else text

    out = []
    head = analysis.levels_and_changes(analysis.headline_results(t.indicators, report_id),
                                       t.glossary)
    if len(head):
        out.append(link("overview", literal.markdown(prose.describe_change(head.iloc[0]))))
    admitted, named, _ = findings.shortfalls(t.sections, t.indicators, report_id)
    if admitted:
        names = prose.join([prose.name({"indicator": n, "english": english_or_gloss(n, t.glossary)},
                                       mid=True) for n in named])  # "that total imports …"
        out.append(link("overview", literal.markdown(
            f"The review admits that {names} fell short of the year's plan.")))
    cuts = findings.target_moves(analysis.targets_vs_results(t.indicators, report_id,
                                                             t.glossary))
    if cuts:
        out.append(link("targets", literal.markdown("A target set well below last year's result: "
                                       + cuts[0])))
    return out


def _review_chapters(chapters: Sequence[str], reviewed: str) -> str:
    """What the review's chapters are: one for each of its sections, or one where the review
    is a single passage with no sections (Yi County 2021's review of 2016-2020: session 71,
    tester 70 item 3)."""
    of = f"the review of {reviewed or 'the past year'}"
    review = [c for c in chapters if _REVIEW_CHAPTER.search(c)]
    if len(review) == 1 and review[0].endswith("-s00"):  # its preamble alone
        return f"one chapter for {of}, which the report gives as one passage, without sections"
    return f"one chapter for each section of {of}"


def _landing_page(report: Report, row: dict, chapters: Sequence[str],
                  found: Sequence[str] = (), scale: str = "") -> str:
    """``book/generated/<id>/index.md``: the report introduced from its tables."""
    english = row.get("government_en") or report.government_en
    year = literal.markdown(row.get("report_year"))
    span = years_reviewed(row)  # 2016-2020 (the 13th …) for a plan's review (session 71)
    reviewed = literal.markdown(span)
    # A title reaches places the theme writes unescaped (its print table of contents).
    heading = literal.markdown(literal.title(report_title(
        {**row, "government_en": english or row.get("government"), "report_id": report.id})))
    speaker = speaker_text(row, report)
    title = beside(row.get("title"), title_en({**row, "government_en": english}))
    date = literal.markdown(row.get("date"))
    if not any(literal.markdown(row.get(k)) for k in ("title", "date", "speaker")):
        # State Council 2019 opens with 各位代表: its page left these out without a word.
        title = "none (the text has no title block; its date and speaker are unknown)"
    else:  # a title without a date or speaker line (State Council 2015, 2016: tester 72)
        unknown = "unknown (the text does not say; a catalogue entry's {} gives it)"
        date, speaker = date or unknown.format("date:"), speaker or unknown.format("speaker:")
    government = literal.markdown(row.get("government"))
    if row.get("government_en") and isinstance(row.get("government_en"), str):
        government += f" ({literal.markdown(row['government_en'])})"
    text = ""
    if _count(row.get("chars")):
        text = (f"{_count(row.get('chars'))} characters in {_count(row.get('sentences'))} "
                f"sentences, {_count(row.get('figures'))} figures found; source "
                f"{_code(row.get('source_file'))} ({literal.markdown(row.get('encoding'))})")
    facts = [
        ("Title", title),
        ("Government", government.strip()),
        ("Level", literal.markdown(row.get("level"))),
        ("Delivered", date),
        ("Speaker", speaker),  # its own line: "Delivered: 杨大伟" read as a date (tester 70)
        ("Meeting", beside(row.get("meeting"), meeting_en({**row, "government_en": english}))),
        ("Reviews" if "-" in span else "Reviews the year", reviewed),
        ("Sets targets for", year),
        ("Text", text),
        ("Report id", _code(report.id)),
    ]
    listing = "\n".join(f"- **{k}**: {v}" for k, v in facts if v)
    toctree = "\n".join(chapters)
    review = _review_chapters(chapters, reviewed)
    context = "the same targets beside the national ones, " if _CONTEXT in chapters else ""
    lead = ""
    if found:
        lead = "## What the report says\n\n" + "\n".join(f"- {f}" for f in found) + "\n\n"
    if scale:
        lead += scale + "\n\n"
    if lead:
        lead += "## The report\n\n"
    return f"""# {heading}

{text_notes(row)}{lead}{listing}

The chapters follow the report's own order: an overview; {review}; one for each task area
of the plan for {year or "the year ahead"} and for each other passage of the plan that states
figures; then the targets (主要预期目标), {context}the
themes that run through the text, and an appendix listing every figure found, with the
tables to download.

```{{toctree}}
:maxdepth: 1
:titlesonly:

{toctree}
```
"""


# A search word: at least one Chinese character (any CJK block, U+3400 and beyond U+9FFF
# included), no whitespace (jieba's dictionary is one word a line, fields split by
# spaces); digits, Latin letters and punctuation are kept (新引进世界500强企业, 4A级景区,
# 广义货币M2) and there is no length limit, so every indicator label is findable.
_CJK_WORD = re.compile(r"^(?=.*[\u3400-\u9fff\U00020000-\U0003134f])\S{2,}$")


# What jieba keeps together in one block (its re_han_default): the rest splits words.
_JIEBA_RUN = re.compile(r"[\u4E00-\u9FD5a-zA-Z0-9+#&._%\-]+")


def search_words(layout: Layout) -> str:
    """A jieba user dictionary for the search index: glossary terms and indicator labels.

    Sphinx's Chinese search splits text with jieba, whose own dictionary lacks many
    terms of these reports (地区生产总值 would be indexed only as 地区, 生产, 总值);
    ``html_search_options: {dict: ...}`` in _config.yml points here.
    """
    import pandas as pd

    from workreport.schema import read_table

    words: set[str] = set()
    if layout.glossary.is_file():
        terms = pd.read_csv(layout.glossary, usecols=["term"], dtype=str)["term"]
        words.update(t.strip() for t in terms.dropna())
    labels = read_table(layout.processed, "indicators", ["indicator"])
    for label in labels["indicator"].dropna():
        words.add(label)
        # jieba cuts text at punctuation (“ ” 、) whatever its dictionary says, so the
        # runs between the marks are words too: “两证”办理遗留问题 → 两证, 办理遗留问题.
        words.update(_JIEBA_RUN.findall(label))
    return "".join(f"{w}\n" for w in sorted(w for w in words if _CJK_WORD.match(w)))


def _blank(df: pd.DataFrame) -> pd.DataFrame:
    """The typed table with empty cells as "" (what the page writers test for)."""
    return df.astype(object).where(df.notna(), "")


def rows_by_id(reports: pd.DataFrame) -> dict[str, dict]:
    """The rows of a typed ``reports`` table by report id, empty cells "" (``_blank``): what
    the pages here and the printed book's cover and contents (``pdf``) read."""
    return {str(r["report_id"]): r for r in _blank(reports).to_dict("records")}


def _write_if_changed(path: Path, text: str) -> None:
    if not path.is_file() or path.read_text(encoding="utf-8") != text:
        atomic_write(path, text)


ANNOTATED = "report"  # book/generated/<id>/report.md, the annotated report text


def annotated_pages(layout: Layout, jobs: Sequence, reports: Sequence[Report]) -> list[Path]:
    """Write each report's annotated text (``annotate.render_page``); section headings link
    to the section's chapter."""
    from workreport.book.annotate import render_page
    from workreport.schema import read_table

    tables = {n: _blank(read_table(layout.processed, n))
              for n in ("reports", "sections", "indicators", "numbers")}
    sentences = read_table(layout.processed, "sentences", ["report_id"])["report_id"]
    sentences = sentences.value_counts()
    written = []
    for report in reports:
        rid = report.id
        chapters = {j.parameters["section"]: f"{j.output.stem}.ipynb" for j in jobs
                    if j.output.parent.name == rid and "section" in j.parameters}
        pick = {n: t[t["report_id"] == rid] for n, t in tables.items()}
        text = (layout.processed / "text" / f"{rid}.txt").read_text(encoding="utf-8")
        page = layout.generated / rid / f"{ANNOTATED}.md"
        _write_if_changed(page, render_page(
            pick["reports"].iloc[0].to_dict(), text, pick["sections"], pick["indicators"],
            pick["numbers"], int(sentences.get(rid, 0)), chapters))
        written.append(page)
    return written


def _glossary(layout: Layout, tables) -> str:
    """The glossary page of this book: the terms its reports' sections and figure labels
    use, only the explanations whose facts are of reports it holds, and the measure words
    its figures count in (``tables``: ``analysis.load_tables``; session 69)."""
    texts = [*tables.sections["title"].dropna().astype(str),
             *tables.sections["text"].dropna().astype(str),
             *tables.indicators["indicator"].dropna().astype(str)]
    return glossary_page(layout.glossary, texts, set(tables.reports["report_id"].astype(str)),
                         tables.indicators["unit"].dropna().astype(str))


def write_pages(layout: Layout, jobs: Sequence, reports: Sequence[Report]) -> list[Path]:
    """Write each landing page (``homes``: a report read in depth, a government, a
    cascade) and each annotated text (context reports have neither), the glossary page,
    the search dictionary and the book's title (``title.pages``, named after the report
    the book opens with: ``homes.lead_report``); remove generated files no job produces.

    ``reports``: the catalogue; its absent reports are named on their government's page.
    Returns the removed paths. Only files under ``book/generated`` are touched.
    """
    from workreport.schema import read_table

    table = read_table(layout.processed, "reports")
    by_id = rows_by_id(table)
    catalogue = {r.id: r for r in reports}
    found = homes(reports, table)
    chapters: dict[str, list[str]] = {h.folder: [] for h in found}
    for job in jobs:
        chapters.setdefault(job.output.parent.name, []).append(job.output.stem)
        if isinstance(job, Page):  # a chapter that says what is missing
            _write_if_changed(job.output, job.text)
    wanted: set[Path] = {Path(j.output).resolve() for j in jobs}
    paged = [r for r in available(reports)[0] if r.has_chapters]
    for page in annotated_pages(layout, jobs, paged):
        wanted.add(page.resolve())
    from workreport.analysis import load_tables

    tables = load_tables(layout.processed, layout.glossary)  # once, for every landing page
    # The landing page that holds each report's annotated text, as a sibling folder sees it.
    where = {m: f"../{h.folder}/{h.page}" for h in found for m in h.holds}
    series = {m: f"../{h.folder}/{h.page}" for h in found if h.kind == "government"
              for m in h.members}
    opens: dict[str, tuple[int, bool]] = {}  # what each report's page opens with
    for home in found:
        page = layout.generated / home.folder / f"{home.page}.md"
        if home.kind == "report":
            report, row = catalogue[home.lead], by_id.get(home.lead, {})
            findings, scale = _findings(tables, report.id, chapters[home.folder]), \
                _scale(layout, row)
            opens[home.folder] = (len(findings), bool(scale))
            text = _landing_page(report, row, [*chapters[home.folder], ANNOTATED],
                                 findings, scale)
            if report.id in series:  # one year of a series read in depth (the SC 2014)
                text += (f"\nThis report is also one year of a series: "
                         f"{{doc}}`its government over the years <{series[report.id]}>`.\n")
        elif home.kind == "government":
            text = government_page(home, by_id, catalogue, chapters[home.folder], where)
        else:
            text = cascade_page(home, by_id, chapters[home.folder], where)
        _write_if_changed(page, text)
        wanted.add(page.resolve())
    starts = start_texts(found, by_id, opens)  # the paragraphs index.md, introduction.md include
    named = title.pages(layout.root, by_id.get(lead_report(found)))  # the book's title
    # The passages about Yuzhong, or their stand-ins made from this book's catalogue.
    passages = passage_texts(layout.root / "book", found, by_id, chapters, _CONTEXT)
    for path, text in ((layout.generated / SEARCH_WORDS, search_words(layout)),
                       *((layout.generated / START_PAGES[k], starts[k]) for k in START_PAGES),
                       *((layout.generated / name, text) for name, text in named.items()),
                       *((layout.generated / name, text) for name, text in passages.items()),
                       (layout.generated / f"{GLOSSARY_PAGE}.md", _glossary(layout, tables)),
                       # The glossary in use (the project's or the packaged one), beside its
                       # page for download: the package may live outside the project.
                       (layout.generated / "glossary.csv",
                        layout.glossary.read_text("utf-8") if layout.glossary.is_file() else "")):
        _write_if_changed(path, text)
        wanted.add(path.resolve())
    removed: list[Path] = []
    if layout.generated.is_dir():
        for path in sorted(layout.generated.rglob("*"), reverse=True):
            if path.is_file() and path.resolve() not in wanted:
                path.unlink()
                removed.append(path)
            elif path.is_dir() and not any(path.iterdir()):
                path.rmdir()
    return removed


