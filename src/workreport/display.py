"""What every chapter notebook does the same way: titles, tables, prose, glue.

The notebooks are templates run with papermill for each report and section, so the
page title, every table and every sentence with a number must come from the data.
These helpers keep the notebooks to one readable line per step and make the display
safe: report text always reaches the page as literal text (HTML-escaped tables,
Markdown-escaped prose), never as markup.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from numbers import Integral
from typing import Any

import pandas as pd
from IPython.display import HTML, Markdown

from workreport import literal
from workreport.changewords import told_by_size
from workreport.dataset import Tables, load_tables
from workreport.english import report_label, report_name, report_phrase
from workreport.errors import MissingInput
from workreport.figuretext import cell_amount, difference, years, years_reviewed
from workreport.literal import number
from workreport.paths import href

# A section's words, with their English: the chapters read them through display.
from workreport.sectionterms import (
    key_terms,
    named_places,
    part_whole,
    section_label,
    section_named,
    section_texts,
)
from workreport.titles import load_translations, title_pair

__all__ = ["EMPTY", "FIGURE_COLUMNS", "TARGET_COLUMNS", "downloads", "figure", "glue_text",
           "key_terms", "named_places", "page_title", "part_whole", "prologue", "prose",
           "report_label", "report_name", "report_names", "report_phrase", "section_label",
           "section_named", "section_texts",
           "section_title", "table", "takeaway", "years_reviewed"]

#: How the chapters label the columns of ``analysis.figure_table``.
FIGURE_COLUMNS = {"indicator": "indicator 指标", "english": "English", "value": "value",
                  "unit": "unit", "qualifier": "qualifier", "measure": "measure",
                  "change": "change", "quote": "quote", "figure_id": "figure"}
#: How the chapters label the columns of ``analysis.targets_vs_results``.
TARGET_COLUMNS = {"indicator": "indicator 指标", "indicator_en": "English",
                  "measure": "measure", "target": "target", "unit": "unit",
                  "qualifier": "qualifier", "target_year": "target year", "result": "result",
                  "result_unit": "result unit", "result_year": "result year",
                  "difference": "target − result", "section": "section"}

def report_names(tables: Tables, report_ids: Iterable[str], year: bool = False
                 ) -> dict[str, str]:
    """Names for prose ("the State Council", "Yuzhong District") or, with ``year``, for
    chart legends and table rows ("State Council 2014")."""
    out = {}
    for rid in dict.fromkeys(report_ids):
        rep = tables.report(rid)
        label = report_label(rep)
        if year:
            out[rid] = f"{label} {rep['report_year']}"
        else:
            out[rid] = ("the " if rep["level"] == "national" else "") + label
    return out


def page_title(tables: Tables, report_id: str, chapter: str, section: str | None = None
               ) -> str:
    """The page title of a chapter, built from the tables (Sphinx takes it for the ToC).

    Report text in it is made inert: ``<img …>`` shows as ``＜img …＞``.
    """
    return literal.title(_page_title(tables, report_id, chapter, section))


def _page_title(tables: Tables, report_id: str, chapter: str, section: str | None
                ) -> str:
    rep = tables.report(report_id)
    year, reviewed = rep["report_year"], years_reviewed(rep, plan_named=False)  # 2016-2020
    if section is not None:
        row = tables.section(report_id, section)
        s = {**row.to_dict(), "title": section_title(tables, report_id, section)}
        n = int(s["number"])
        closing = s.get("style") == "closing"
        secs = tables.sections
        own = secs[(secs["report_id"] == report_id) & (secs["role"] == s["role"])]
        # Two parts each closed by an address titled 各位代表 (Qingyuan 2013, Boye 2021:
        # brief words) gave two pages of one title: the closing names the part it closes.
        close = "closing" if ((own["style"] == "closing")
                              & (own["title"] == row["title"])).sum() < 2 else \
            f"closing of part {s['part']}"
        if chapter == "review":
            return f"Review of {reviewed}: {s['title']}" if n == 0 else \
                f"Review of {reviewed}, {close}: {s['title']}" if closing else \
                f"Review of {reviewed}, {n}: {s['title']}"
        plan = secs[(secs["report_id"] == report_id) & (secs["role"] == "plan")
                    & (secs["number"] > 0)]
        # Two numbered plan parts (State Council: 总体部署 and 重点工作) both have a （一）.
        num = f"{s['part']}.{n}" if plan["part"].nunique() > 1 else str(n)
        return f"Plan for {year}: {s['title']}" if n == 0 else \
            f"Plan for {year}, {close}: {s['title']}" if closing else \
            f"Plan for {year}, {num}: {s['title']}"
    return {
        "overview": f"Overview of the {year} report",
        "targets": f"Targets for {year}",
        "themes": f"Themes of the {year} report",
        "appendix": f"Appendix: every figure of the {year} report",
        "context": f"{report_label(rep)} in context: the {year} targets beside the national ones",
    }[chapter]


def section_title(tables: Tables, report_id: str, section: str,
                  translations: Mapping[str, str] | None = None) -> str:
    """A section's heading in English with the Chinese beside, from ``data/translations.csv``
    (an automatic glossary gloss, marked so, where it has none): for Yuzhong's p1.s1,
    "Stabilising growth by many measures · 多措并举稳增长、促发展".

    ``translations`` defaults to ``titles.load_translations()``. Raises KeyError for an
    unknown section."""
    zh = str(tables.section(report_id, section)["title"])
    trans = load_translations() if translations is None else translations
    rep = tables.report(report_id)  # its own county, which a slogan names (活力新易县)
    english = "" if literal.missing(rep.get("government_en")) else report_label(rep)
    return title_pair(zh, trans, tables.glossary, (literal.text_of(rep.get("government")), english))


def prologue(data_dir: str, report_id: str, chapter: str, section: str | None = None
             ) -> tuple[Tables, pd.Series]:
    """What every chapter's set-up cell does: load the tables and glue the page title.

    Returns the tables and the report's ``reports`` row. Raises what ``load_tables``
    raises (a missing table), and MissingInput for a report the tables do not hold.
    """
    tables = load_tables(data_dir)
    if report_id not in set(tables.reports["report_id"]):
        # A chapter rerun by hand (an exercise) for a report the tables lack: most often
        # one whose text is read from ../shared, absent when the tables were extracted.
        raise MissingInput(
            f"no report {report_id!r} in the tables of {data_dir} (they hold: "
            f"{', '.join(tables.reports['report_id'])}); the reports whose texts are read "
            "from ../shared are there only when ../shared is beside the project as "
            "`make data` runs")
    report = tables.report(report_id)
    glue_text(title=page_title(tables, report_id, chapter, section))
    return tables, report


def glue_text(**values: Any) -> None:
    """Glue each value as text for ``{glue:text}`` roles (numbers formatted as the book does)."""
    from myst_nb import glue

    for key, value in values.items():
        if isinstance(value, float):
            value = number(value)
        glue(key, str(value), display=False)


# Value, unit and qualifier columns that get an English column beside them in tables.
_AMOUNTS = (("value", "unit", "qualifier"), ("target", "unit", "qualifier"),
            ("result", "result_unit", "result_qualifier"))


#: What an empty table says (a report without targets, a section without figures).
EMPTY = "None in this report."


def table(df: pd.DataFrame, columns: Mapping[str, str] | None = None,
          max_rows: int | None = None, linkable: Collection[str] | None = None) -> HTML:
    """An HTML table of ``df`` with every cell escaped (report text stays literal text).

    ``columns`` picks and renames columns (old → new); numbers print as the prose does, a
    range as its two ends (``value_high``, ``target_high`` beside: "6–6.5", "6–6.5%"), a
    ``share`` column as a percentage, a ``difference`` with its sign (a targeted fall beside
    last year's fall, in words: "a smaller fall, by 2.2 percentage points") and figure ids without
    the report id (the page belongs to one report; ``figure_id``, ``result_id`` and
    ``*_figure_id`` columns), linked to the annotated report when their report is in
    ``linkable`` (``Tables.chaptered``, from reports.csv has_chapters; None: all), and a
    ``year`` or ``target_year`` beside its first year (``year_first``, ``target_year_first``)
    as the period, "2016-2020" (``figuretext.years``). A table without rows says ``EMPTY``.
    """
    df = told_by_size(df.copy())  # "Reduction of …" 1,386万, not −1,386万
    columns = dict(columns) if columns else None
    for value, unit, qual in _AMOUNTS:
        if value in df and unit in df and (columns is None or value in columns):
            nothing, high = [""] * len(df), f"{value}_high"  # a range's upper end (6%－6.5%)
            df[f"{value}_en"] = [cell_amount(v, u, q, m, h, i) for v, u, q, m, h, i in zip(
                df[value], df[unit], df.get(qual, nothing), df.get("measure", nothing),
                df.get(high, [None] * len(df)), df.get("indicator", nothing), strict=True)]
            if high in df:  # the range, never its low end alone (tester 71 item 5)
                df[value] = [v if literal.missing(h) or literal.missing(v) else
                             f"{number(v)}–{number(h)}" for v, h in zip(df[value], df[high],
                                                                       strict=True)]
            if columns is not None:
                keys = list(columns)
                at = keys.index(unit) + 1 if unit in keys else keys.index(value) + 1
                keys.insert(at, f"{value}_en")
                columns = {k: columns.get(k, f"{columns[value]} in English") for k in keys}
    for year, first in (("year", "year_first"), ("target_year", "target_year_first")):
        if year in df and first in df:  # a period's years, "2016-2020" (tester 73)
            df[year] = [years(y, f) for y, f in zip(df[year], df[first], strict=True)]
    linked = {c for c in df.columns if c in ("figure_id", "result_id")
              or str(c).endswith("_figure_id")}
    if columns:
        linked = {columns.get(c, c) for c in linked if c in columns}
    if "share" in df:
        df["share"] = [f"{100 * v:.1f}%" if pd.notna(v) else "" for v in df["share"]]
    if "difference" in df:  # a fall beside a fall: by their sizes (re-test 72, N4)
        nan = pd.Series(float("nan"), index=df.index)
        falls = (pd.to_numeric(df.get("target", nan), errors="coerce") < 0) \
            & (pd.to_numeric(df.get("result_in_unit", nan), errors="coerce") < 0)
        df["difference"] = [difference(v, u, f) for v, u, f in zip(
            df["difference"], df["unit"] if "unit" in df else [""] * len(df), falls,
            strict=True)]
    if columns:
        df = df[list(columns)].rename(columns=dict(columns))
    if max_rows is not None:
        df = df.head(max_rows)
    head = "".join(f"<th>{literal.html(c)}</th>" for c in df.columns)
    cols = list(df.columns)

    def cell(c: str, v: Any) -> str:
        return figure_links(v, linkable) if c in linked else literal.html(_counted(c, v))

    body = "".join(
        "<tr>" + "".join(f"<td>{cell(c, v)}</td>" for c, v in zip(cols, row, strict=True))
        + "</tr>" for row in df.itertuples(index=False, name=None))
    if not len(df):  # say so, rather than show a table of headings only
        body = f'<tr><td colspan="{max(len(cols), 1)}"><em>{literal.html(EMPTY)}</em></td></tr>'
    return HTML(f'<div class="workreport-table" style="overflow-x: auto">'
                f'<table class="dataframe"><thead><tr>{head}</tr></thead>'
                f"<tbody>{body}</tbody></table></div>")


def _counted(column: Any, v: Any) -> Any:
    """An integer cell as ``literal.number`` writes it (3,434, was "3434"; session 71), save
    in a column of years ("result year": 2023); any other as it is."""
    if isinstance(v, Integral) and not isinstance(v, bool) and "year" not in str(column):
        return number(float(v))
    return v


def prose(lines: Iterable[str]) -> Markdown | None:
    """Generated sentences as Markdown paragraphs, escaped so report text stays literal.

    None (the cell shows nothing) when there is no sentence: an empty Markdown object
    would show as its Python repr.
    """
    text = "\n\n".join(literal.markdown(line) for line in lines if line)
    return Markdown(text) if text else None


def figure_links(value: Any, linkable: Collection[str] | None = None) -> str:
    """Figure ids ("yuzhong-2014#f001 …") as links to their marks on the annotated report.

    The link text is the short id (#f001; 2021#f001 when the ids are of several reports,
    after the part of their ids they share); the link carries the report. A figure of a
    report not in ``linkable`` (a context report: no annotated page) stays plain text,
    its full id in the tooltip.
    """
    ids = [i for i in str(literal.cell(value)).split() if "#" in i]
    reports = sorted({i.rsplit("#", 1)[0] for i in ids})
    # Figures of several reports (a series page): each short id after what tells its report
    # from the others (county-mancheng-2021#f001 → 2021#f001; session 69, tester: "#f001"
    # stood three times for three reports).
    words = [r.split("-") for r in reports]
    shared = next((k for k, w in enumerate(zip(*words, strict=False)) if len(set(w)) > 1),
                  min(map(len, words), default=0))

    def one(i: str) -> str:
        report, number = i.rsplit("#", 1)
        own = "-".join(report.split("-")[shared:]) if len(reports) > 1 else ""
        short = literal.html(own + "#" + number)
        if linkable is not None and i.rsplit("#", 1)[0] not in linkable:
            return f'<span class="wr-src-plain" title="{literal.html(i)}">{short}</span>'
        return f'<a class="wr-src" href="{literal.html(href(i))}">{short}</a>'

    return " ".join(one(i) for i in ids)


class _Figure:
    """A chart as the book shows it: a PNG whose alt text is its caption (HTML), the same
    PNG for other front ends, and the line of figures it draws."""

    def __init__(self, png: bytes, alt: str, after: str = "") -> None:
        self.png, self.alt, self.after = png, alt, after

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict:
        data = base64.b64encode(self.png).decode("ascii")
        img = (f'<img src="data:image/png;base64,{data}" alt="{literal.html(self.alt)}" '
               'class="wr-chart" style="max-width: 100%">')
        return {"text/html": img + self.after, "image/png": data, "text/plain": self.alt}


class _NoChart:
    """The place of a chart with nothing to draw: no image, only the ``note`` (what the
    report lacks), a paragraph in the page.

    The template's cell carries ``mystnb.figure`` metadata; the runner takes it off a
    cell that shows no image (``runner.hygiene``, re-test 72: the figure myst-nb made
    had an empty caption holding only its "#" link), so the note is no figure, takes no
    number, and the charts drawn after it are numbered as if it were not there."""

    def __init__(self, note: str) -> None:
        self.note = note

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict:
        return {"text/html": f'<p class="wr-nochart"><em>{literal.html(self.note)}</em></p>',
                "text/plain": self.note}


def figure(key: str, make: Callable[..., Any], df: pd.DataFrame, caption: str, note: str,
           linkable: Collection[str] | None = None, name: str = "", cite: str = "",
           **kw: Any) -> _Figure | _NoChart:
    """The chart ``make(df)`` with its caption, or, when ``df`` has no rows, no image,
    no caption and no number: the ``note`` alone ("The report has no plan part.").

    The caption is glued as ``key`` for the cell's ``mystnb.figure.caption``
    (``{glue:text}`key```; empty without a chart, see ``_NoChart``) and is also the
    image's alt text. A chart of figures is followed by one line listing the figures it
    draws, each linked to the sentence that states it (``linkable`` as in ``table``).

    ``name`` is the figure's ``mystnb.figure.name`` (the runner makes it unique per page,
    here and in the metadata alike). With it, a sentence that cites the figure by number
    and says what it draws (``cite``, e.g. "the levels, one panel per unit") is glued as
    Markdown under ``<key>_cite`` for a ``{glue:md}`` block in the prose; it is empty when
    there is no chart, so the prose never points at a figure that is not there (an
    uncaptioned figure has no number to cite).
    """
    from workreport.charts import png_bytes

    drawn = bool(len(df))
    if name:
        glue_cite(f"{key}_cite", name, cite if drawn else "")
    if not drawn:
        glue_text(**{key: ""})
        return _NoChart(note)
    glue_text(**{key: caption})
    fig = make(df, **kw)
    ids = [v for c in ("figure_id", "result_id") if c in df for v in df[c]
           if isinstance(v, str) and "#" in v]
    after = ('<p class="wr-figlist">Figures drawn: '
             + figure_links(" ".join(dict.fromkeys(ids)), linkable) + "</p>") if ids else ""
    return _Figure(png_bytes(fig), caption, after)


def cite_figure(name: str, what: str) -> str:
    """MyST for "Figure N draws <what>." (``{numref}`` gives the number Sphinx assigns).

    ``what`` is plain English written by the template; it is escaped all the same.
    """
    return f"{{numref}}`Figure {{number}} <{name}>` draws {literal.markdown(what)}."


def glue_cite(key: str, name: str, what: str) -> None:
    """Glue the sentence citing figure ``name`` as Markdown (``{glue:md}`` with
    ``:format: myst``), or an empty text when ``what`` is empty (no figure to cite)."""
    from myst_nb import glue

    glue(key, Markdown(cite_figure(name, what) if what else ""), display=False)


def downloads(names: Sequence[str], base_url: str) -> HTML:
    """Links to the tables copied beside the built book (``base_url`` relative to the page)."""
    items = "".join(
        f'<li><a href="{literal.html(base_url.rstrip("/") + "/" + n)}" download>'
        f"{literal.html(n)}</a></li>" for n in names)
    return HTML(f"<ul>{items}</ul>")


def takeaway(report_id: str, base_url: str = "../../../_static/data") -> HTML:
    """Links to take the chapter away: its report's tables (CSV) and the schema.

    The executed notebook itself is the page's download button (⬇, top right, .ipynb).
    """
    own = [(f"{report_id}/{t}.csv", f"{t}.csv") for t in
           ("indicators", "sections", "numbers", "sentences", "reports")]
    links = " · ".join(
        f'<a href="{literal.html(base_url.rstrip("/") + "/" + path)}" download>'
        f"{literal.html(label)}</a>" for path, label in own)
    schema = literal.html(base_url.rstrip("/") + "/datapackage.json")
    return HTML(
        "<p><strong>This chapter's notebook</strong>: the download button (⬇) at the top of "
        "the page gives the executed <code>.ipynb</code>. <strong>This report's data</strong>: "
        f"{links}; the columns are described in <a href=\"{schema}\" download>"
        "datapackage.json</a>.</p>")
