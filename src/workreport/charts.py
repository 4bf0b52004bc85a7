"""The charts the chapters draw, in the book's one style (``chartstyle``).

Every function takes a frame of ``analysis``/``context``/``terms`` and returns a
``matplotlib.figure.Figure``; ``display.figure`` shows it with a caption that states its
finding (``prose.caption_*``). Values read in English beside the Chinese (80.42 billion
yuan · 804.2亿元), bars are sorted by value within a panel, and a unit with a single
figure becomes a line of a small table of facts instead of a one-bar chart.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from workreport.changewords import told_by_label, told_by_size
from workreport.chartstyle import (
    COLORS,
    DPI,
    TITLE_WEIGHT,
    bar_text,
    bars,
    by_unit,
    empty_figure,
    fact_text,
    facts_table,
    fmt_value,
    font_family,
    label,
    number_ticks,
    panels,
    png_bytes,
    row_labels,
    save,
    setup,
    term_label,
    text_width,
)
from workreport.english import axis_unit

__all__ = ["COLORS", "DPI", "by_year", "changes", "compare_targets", "density", "font_family",
           "heatmap", "label", "levels_by_unit", "png_bytes", "save", "setup", "structure",
           "targets_vs_results"]


def _unit_panels(df: pd.DataFrame, title: str, empty: str, sign: bool,
                 colors: Callable[[float], str], heading: Callable[[str], str],
                 legend: Sequence[tuple[str, str]] = ()) -> Figure:
    """Horizontal bars sorted by value, one small panel per unit, values written on the
    bars; units with a single figure gathered in one small table of facts."""
    groups = by_unit(df, "value")
    if not groups:
        return empty_figure(empty)
    multi = [(u, g) for u, g in groups if len(g) > 1]
    single = [(u, g) for u, g in groups if len(g) == 1]
    heights = [0.42 * len(g) + 0.2 for _, g in multi] + ([0.3 * len(single) + 0.5]
                                                          if single else [])
    fig, axes = panels(heights)
    for ax, (unit, g) in zip(axes, multi, strict=False):
        g = g.assign(_v=pd.to_numeric(g["value"])).sort_values("_v", ascending=False,
                                                                 kind="stable")
        vals = [float(v) for v in g["_v"]]
        div, words = axis_unit(unit, vals)
        quals = list(g["qualifier"]) if "qualifier" in g else None
        bars(ax, row_labels(g), vals, unit, [colors(v) for v in vals], sign=sign,
              qualifiers=quals, div=div, sizes=[_told(r, sign, unit) for r in g.to_dict("records")])
        ax.set_title(heading(words), fontsize=9, fontweight="normal", color="#555555")
    if single:
        rows = []
        for unit, g in single:
            r = g.iloc[0]
            v, size = float(r["value"]), _told(r.to_dict(), sign, unit)
            rows.append((row_labels(g)[0], fact_text(abs(v) if size else v, unit,
                                                     r.get("qualifier", ""), sign and not size,
                                                     str(r.get("indicator", "")))))
        facts_table(axes[-1], rows)
    used = {colors(float(v)) for _, g in multi for v in g["value"]}
    legend = [(t, c) for t, c in legend if c in used]  # only the colours drawn
    if legend and multi:
        axes[0].legend(handles=[Patch(color=c, label=t) for t, c in legend],
                       loc="lower right", bbox_to_anchor=(1.0, 1.0), ncols=len(legend),
                       fontsize=8)
    if title:
        fig.suptitle(title, x=0.01, ha="left", fontweight=TITLE_WEIGHT)
    return fig


def _told(r: Mapping[str, Any], sign: bool, unit: str) -> bool:
    """Whether a change row is a fall its label names, drawn by its size without a minus
    sign (``changewords.told_by_label``); never for a level (``sign`` False)."""
    v = float(r["value"])
    return sign and v < 0 and told_by_label(r, v, unit)


def levels_by_unit(df: pd.DataFrame, title: str = "") -> Figure:
    """Levels as horizontal bars, one small panel per unit (亿元 never shares an axis with 个).

    ``df`` has indicator, unit, value and optionally english (``analysis.figure_table``).
    """
    return _unit_panels(df, title, "No levels to chart", False,
                        lambda v: COLORS["level"], lambda words: words)


def changes(df: pd.DataFrame, title: str = "") -> Figure:
    """Growth rates (or absolute changes) as signed bars; falls in another colour.

    ``df`` has indicator, unit, value (signed) and optionally english.
    """
    return _unit_panels(df, title, "No changes to chart", True,
                        lambda v: COLORS["up"] if v >= 0 else COLORS["down"],
                        lambda words: f"change, {words}",
                        legend=(("rise", COLORS["up"]), ("fall", COLORS["down"])))


def _grouped(df: pd.DataFrame, series: Sequence[tuple[str, str, str]], title: str,
             sign: bool, qualifiers: Mapping[str, str] | None = None,
             highs: Mapping[str, str] | None = None) -> Figure:
    """Bars for several series side by side per row, one panel per unit.

    Each row is one comparison (a target beside its result, one indicator's targets in several
    reports), so each row's bars are drawn to that row's own scale: the largest of the row
    spans the same width in every row. A shared axis let one large row shrink the others out
    of sight (4,100 parking spaces beside 15 brands, both in 个: the seed book's chart). The
    values are printed on the bars, and the first panel's title says that rows do not share
    a scale. ``qualifiers`` names each series column's qualifier column, so that a bar keeps
    its sign: "≥5%", ">60%" (tester 71 item 15: "5%" was drawn for 5%以上); ``highs`` its
    range's upper end: "+6%–6.5%" (re-test 71, item 5: a range was drawn as its low end).
    """
    qualifiers, highs = qualifiers or {}, highs or {}
    groups = [(u, g) for u, g in by_unit(df, series[0][0])]
    if not groups:
        return empty_figure("Nothing to compare")
    k = len(series)
    fig, axes = panels([(0.3 * k + 0.15) * len(g) + 0.2 for _, g in groups])
    for p, (ax, (unit, g)) in enumerate(zip(axes, groups, strict=True)):
        labels = row_labels(g)
        vals_all = [float(v) for col, _, _ in series for v in g[col] if pd.notna(v)]
        div, words = axis_unit(unit, vals_all)
        rows = [[float(v) for col, _, _ in series if pd.notna(v := g[col].iloc[i])]
                for i in range(len(g))]
        scale = [max((abs(v) for v in row), default=0.0) or 1.0 for row in rows]
        lo = -1.0 if min(vals_all) < 0 else 0.0
        hi = 1.0 if max(vals_all) > 0 else 0.0
        span = (hi - lo) or 1.0
        h = 0.8 / k
        for j, (col, name, color) in enumerate(series):
            qs = list(g[qualifiers[col]]) if qualifiers.get(col) in g else [""] * len(g)
            hs = list(g[highs[col]]) if highs.get(col) in g else [None] * len(g)
            for i, v in enumerate(g[col]):
                if pd.isna(v):
                    continue
                y = i + (j - (k - 1) / 2) * h
                at = float(v) / scale[i]
                ax.barh(y, at, height=h * 0.92, color=color,
                        label=name if i == next(n for n, x in enumerate(g[col])
                                                if pd.notna(x)) else None)
                ax.text(at + (0.01 if v >= 0 else -0.01) * span, y,
                        bar_text(float(v), unit, qs[i], sign, div) + (
                            "" if pd.isna(hs[i]) else
                            f"–{bar_text(float(hs[i]), unit, '', False, div)}"),
                        va="center", fontsize=7.5,
                        ha="left" if v >= 0 else "right")
        ax.set_yticks(range(len(labels)), labels)
        ax.invert_yaxis()
        ax.set_xlim(lo - (0.55 * span if lo < 0 else 0), hi + 0.6 * span)
        ax.axvline(0, color="#555555", linewidth=0.8)
        ax.set_xticks([])
        ax.spines["bottom"].set_visible(False)
        ax.set_title(words + ("  ·  bars to scale within each row" if p == 0 else ""),
                     fontsize=9, fontweight="normal", color="#555555")
    axes[0].legend(loc="lower right", bbox_to_anchor=(1.0, 1.0), ncols=k, fontsize=8)
    if title:
        fig.suptitle(title, x=0.01, ha="left", fontweight=TITLE_WEIGHT)
    return fig


def targets_vs_results(df: pd.DataFrame, title: str = "",
                       result_name: str = "result", target_name: str = "target") -> Figure:
    """Each target beside the result it follows (``analysis.targets_vs_results`` rows).

    The result is drawn in the target's unit, as the pairing converted it
    (``result_in_unit``: 2.4万套 beside 7400套 is 24000; tester 72 D4b: the pair the caption
    named was left out); rows whose result is in a unit not compatible with the target's
    (5处 and 5个 are; 亿元 and % are not) have none and are left out: the bars would share an
    axis without sharing a scale.
    """
    d = df.assign(result=df["result_in_unit"], result_unit=df["unit"])
    d = d[d["result"].notna()].copy()
    if "result_year" in d and d["result_year"].notna().any():
        result_name = f"{result_name} {int(d['result_year'].dropna().iloc[0])}"
    if "target_year" in d and d["target_year"].notna().any():
        target_name = f"{target_name} {int(d['target_year'].dropna().iloc[0])}"
    d = told_by_size(d.rename(columns={"indicator_en": "english"}))  # "Reduction of …" ≥10
    sign = bool((d["measure"] == "change").all()) if len(d) else False
    return _grouped(d, [("result", result_name, COLORS["result"]),
                        ("target", target_name, COLORS["target"])], title, sign,
                    {"result": "result_qualifier", "target": "qualifier"},
                    {"target": "target_high"})


def compare_targets(df: pd.DataFrame, names: dict[str, str] | None = None,
                    title: str = "") -> Figure:
    """The same indicator's targets in several reports (``analysis.compare_targets``)."""
    if df.empty:
        return empty_figure("No indicator is targeted by every report")
    reports = list(dict.fromkeys(df["report_id"]))
    wide = df.pivot_table(index=["key", "unit", "measure"], columns="report_id",
                          values="value", aggfunc="first").reset_index()
    zh = df.groupby("key", sort=False)["indicator"].agg(lambda x: "/".join(dict.fromkeys(x)))
    wide["indicator"] = wide["key"].map(zh)
    wide["english"] = wide["key"].map(df.drop_duplicates("key").set_index("key")["english"])
    said = df.assign(qualifier=df["qualifier"].fillna("").astype(str)).pivot_table(
        index="key", columns="report_id", values="qualifier", aggfunc="first")
    for r in reports:
        wide[f"{r} qualifier"] = wide["key"].map(said[r]).fillna("")
    wide = wide.set_index("key").loc[list(dict.fromkeys(df["key"]))].reset_index()
    names = names or {}
    series = [(r, names.get(r, r), COLORS["series"][i % len(COLORS["series"])])
              for i, r in enumerate(reports)]
    return _grouped(wide, series, title, sign=bool((wide["measure"] == "change").all()),
                    qualifiers={r: f"{r} qualifier" for r in reports})


def by_year(df: pd.DataFrame, title: str = "") -> Figure:
    """Targets (filled, solid) and results (hollow, dashed) year by year, national and
    local in two colours, one panel per indicator (``context.by_year``)."""
    if df.empty:
        return empty_figure("No indicator to follow over the years")
    setup()
    panels = list(df.groupby(["key", "measure", "unit"], sort=False))
    fig = Figure(figsize=(7.0, 2.9 * len(panels)), layout="constrained")
    axes = fig.subplots(len(panels), 1, squeeze=False)[:, 0]
    # The local report first and in the first colour, as in ``compare_targets``.
    colors = {"local": COLORS["series"][0], "national": COLORS["series"][1]}
    years = sorted(int(y) for y in df["year"].dropna().unique())
    for ax, ((_key, measure, unit), g) in zip(axes, panels, strict=True):
        # The axis in the English scale of its values: 1,322万人 at 13.22 "million people",
        # never 1,322 "10,000 people" (re-test 72, D13); the labels keep the Chinese.
        div, words = axis_unit(str(unit), [float(v) for v in g["value"]])
        for series, s in g.groupby("series", sort=False):
            s = s.sort_values("year")
            target = s["kind"].iloc[0] == "target"
            color = colors.get(s["who"].iloc[0], COLORS["other"])
            xs, ys = [int(y) for y in s["year"]], [float(v) / div for v in s["value"]]
            ax.plot(xs, ys, color=color, linestyle="-" if target else "--", marker="o",
                    markersize=7, markerfacecolor=color if target else "white",
                    label=series)
            # Targets labelled right, results left; the local series above its points and
            # the national one below, so two labels of one year never overlap.
            dy = 7 if s["who"].iloc[0] == "local" else -7
            for x, y in zip(xs, ys, strict=True):
                ax.annotate(fmt_value(y * div, unit), (x, y), xytext=(8 if target else -8, dy),
                            textcoords="offset points", va="center", fontsize=8, zorder=5,
                            color=color, ha="left" if target else "right",
                            bbox={"boxstyle": "square,pad=0.1", "fc": "white", "ec": "none"})
        values = [float(v) / div for v in g["value"]]
        lo, hi = min(0.0, *values), max(values)
        ax.set_ylim(lo, hi + 0.15 * ((hi - lo) or 1.0))
        ax.set_xlim(years[0] - 0.6, years[-1] + 0.6)
        ax.set_xticks(years, [str(y) for y in years])
        ax.set_ylabel(words.split(" · ")[0])
        number_ticks(ax)
        ax.grid(True, axis="y", color="#e5e5e5", zorder=0)
        first = g.iloc[0]
        ax.set_title(f"{first['english'] or first['key']} ({measure})",
                     fontsize=9, fontweight="normal", color="#555555")
        ax.legend(loc="upper left", bbox_to_anchor=(0.0, -0.12), fontsize=8, ncols=2)
    if title:
        fig.suptitle(title, x=0.01, ha="left", fontweight=TITLE_WEIGHT)
    return fig


def heatmap(matrix: pd.DataFrame, title: str = "", columns: dict[str, str] | None = None,
            relative: bool = True, glossary: Mapping[str, Any] | None = None) -> Figure:
    """A terms × sections matrix (``terms.term_matrix``) as a heatmap, darker = more typical.

    ``relative`` scales each section by its own top score, so a short section's few words
    do not wash out every other column. With a ``glossary`` each term is labelled with
    its English beside it ("交通  transport; traffic"), for readers without Chinese.
    """
    if matrix.empty:
        return empty_figure("No terms to chart")
    setup()
    rows, cols = matrix.shape
    values = matrix.astype(float)
    if relative:
        top = values.max(axis=0)
        values = values / top.where(top > 0, 1.0)
    labels = [term_label(str(t), glossary) for t in matrix.index]
    label_width = max((text_width(x) for x in labels), default=0) * 0.075
    fig = Figure(figsize=(max(4.0, 0.55 * cols + 1.6 + label_width),
                          max(2.0, 0.22 * rows + 1.2)), layout="constrained")
    ax = fig.subplots()
    im = ax.imshow(values.to_numpy(dtype=float), aspect="auto", cmap="Blues",
                   interpolation="nearest", vmin=0)
    ax.set_yticks(range(rows), labels)
    ax.set_xticks(range(cols), [(columns or {}).get(c, c) for c in matrix.columns],
                  rotation=45 if cols > 6 else 0, ha="right" if cols > 6 else "center")
    ax.tick_params(length=0)
    for side in ("left", "bottom"):
        ax.spines[side].set_visible(False)
    fig.colorbar(im, ax=ax, shrink=0.6,
                 label="TF-IDF, share of the section's top score" if relative else "TF-IDF")
    if title:
        ax.set_title(title)
    return fig


def structure(df: pd.DataFrame, title: str = "") -> Figure:
    """Share of the text and number of figures per section (``analysis.structure_summary``)."""
    if df.empty:
        return empty_figure("No sections")
    setup()
    n = len(df)
    fig = Figure(figsize=(8.0, 0.3 * n + 1.2), layout="constrained")
    ax1, ax2 = fig.subplots(1, 2, sharey=True, gridspec_kw={"width_ratios": [3, 2]})
    labels = [f"{s}  {t[:16]}{'…' if len(t) > 16 else ''}" for s, t in
              zip(df["section"], df["title"], strict=True)]
    colors = [COLORS.get(r, COLORS["other"]) for r in df["role"]]
    y = list(range(n))
    share = [100 * float(v) for v in df["share"]]
    figs = [int(v) for v in df["figures"]]
    ax1.barh(y, share, color=colors, height=0.7)
    ax2.barh(y, figs, color=colors, height=0.7, alpha=0.8)
    ax1.set_yticks(y, labels)
    ax1.invert_yaxis()
    for ax, vals, fmt in ((ax1, share, "{:.1f}%"), (ax2, figs, "{:d}")):
        top = max(vals) or 1
        ax.set_xlim(0, top * 1.25)
        ax.set_xticks([])
        ax.spines["bottom"].set_visible(False)
        for yi, v in zip(y, vals, strict=True):
            ax.text(v + 0.01 * top, yi, fmt.format(v), va="center", fontsize=7.5)
    roles = list(dict.fromkeys(df["role"]))
    ax1.legend(handles=[Patch(color=COLORS.get(r, COLORS["other"]), label=r) for r in roles],
               loc="lower right", bbox_to_anchor=(1.0, 1.0), ncols=len(roles), fontsize=8)
    ax1.set_title("share of the text", fontsize=9, fontweight="normal")
    ax2.set_title("figures stated", fontsize=9, fontweight="normal")
    if title:
        fig.suptitle(title, x=0.01, ha="left", fontweight=TITLE_WEIGHT)
    return fig


def density(df: pd.DataFrame, title: str = "") -> Figure:
    """Characters against figures per section: which sections argue in numbers."""
    setup()
    fig = Figure(figsize=(7.0, 4.2), layout="constrained")
    ax = fig.subplots()
    for role in dict.fromkeys(df["role"]):
        d = df[df["role"] == role]
        ax.scatter(d["chars"], d["figures"], s=36, color=COLORS.get(role, COLORS["other"]),
                   label=role, zorder=2)
    for s, x, yv in zip(df["section"], df["chars"], df["figures"], strict=True):
        if yv:  # sections with no figure crowd the axis; the table names them
            ax.annotate(s, (x, yv), xytext=(3, 3), textcoords="offset points", fontsize=7)
    ax.set_xlabel("characters in the section")
    ax.set_ylabel("figures stated")
    ax.grid(True, color="#e5e5e5", zorder=0)
    ax.legend(loc="upper right")
    if title:
        ax.set_title(title)
    return fig
