"""What the book tells a reader about a text that is not the whole report: a news summary
of it (``reports.csv`` summary, session 69) or some pages of a web article cut into pages
(``reports.csv`` incomplete, session 70). Each note is said on the report's landing page
(its own, or its government's) and above its annotated text (``book.homes``, ``book.pages``,
``book.annotate``); the outcomes chapter reads the same columns (``verdicts.years_note``).
"""

from __future__ import annotations

# workreport.literal imports pandas: each note imports it when it runs, so that a build
# with nothing to do (book.homes imports this module) never loads pandas (test_book).

__all__ = ["incomplete", "incomplete_note", "is_summary", "summary_note", "text_kind",
           "text_notes"]


def is_summary(row: dict) -> bool:
    """Is the report of this ``reports.csv`` row (a dict) a news summary (its ``summary``
    column: True, "True" or a numpy bool; blank for a table from before session 69)?"""
    return str(row.get("summary")) == "True"


def incomplete(row: dict) -> str:
    """The pages of a paged web article the text of this ``reports.csv`` row holds where it
    lacks some, as its ``incomplete`` column words them ("page 1 of 4"); "" for a whole
    text (blank, or no such column: a table from before session 70)."""
    from workreport import literal

    value = row.get("incomplete")
    return "" if literal.missing(value) else str(value).strip()


def _of(row: dict) -> str:
    from workreport import literal

    year = literal.markdown(row.get("report_year"))
    return f"the {year} report" if year else "the report"


def summary_note(row: dict) -> str:
    """The Markdown paragraph that tells a reader the text of this ``reports.csv`` row is a
    news summary of its report, not the report (its ``summary`` column), or "" where it is
    the report (session 69: a tester read 满城 2021's summary as the report)."""
    if not is_summary(row):
        return ""
    return (f"**A news summary, not the report.** The text read for {_of(row)} is a news "
            "site's account of it in the third person (《报告》说…, \"the report says…\"): "
            "it keeps only some of the report's figures, so a figure or result missing here "
            "may be in the report itself.\n\n")


def incomplete_note(row: dict) -> str:
    """The Markdown paragraph that tells a reader the text of this ``reports.csv`` row is
    some pages of a web article cut into pages (its ``incomplete`` column: "page 1 of 4"),
    or "" for a whole text (session 70: a tester's 高唐 2024 was page 1 of 4, read as a
    report without a plan part or targets)."""
    from workreport import literal

    pages = incomplete(row)
    if not pages:
        return ""
    return (f"**An incomplete text.** The text read for {_of(row)} is {literal.markdown(pages)} "
            "of a web article cut into pages; the other pages are missing, so a part, a "
            "figure or a target missing here (the plan for the year and its targets, where "
            "only the first page was saved) may be in the report itself.\n\n")


def text_notes(row: dict) -> str:
    """Every note on the text of this ``reports.csv`` row (``summary_note``,
    ``incomplete_note``), "" for the whole report."""
    return summary_note(row) + incomplete_note(row)


def text_kind(row: dict) -> str:
    """What a table's row of years adds after the year of this ``reports.csv`` row:
    " (news summary)", " (incomplete: page 1 of 4)", or "" for the whole report."""
    from workreport import literal

    pages = incomplete(row)
    return (" (news summary)" if is_summary(row) else "") \
        + (f" (incomplete: {literal.markdown(pages)})" if pages else "")
