"""The "Over the years" chart: each headline indicator's figure by year, drawn as the text
states it (``series.over_the_years`` rows).

A figure the text states as a bound is no point on a line: "控制在4.5%以内" says the rate
stayed at or under 4.5%, not that it was 4.5%, so it is drawn as a mark of its own (▼ a
ceiling: 以内, 不超过; ▲ a floor: 以上, 不低于, 突破) that no line joins. An estimate (预计)
is drawn open, and the line to or from it dashed: an estimate beside a final figure
(123.6亿元 expected for 2019, 118.32亿元 stated for 2020) is no fall the text states.
Session 71, brief words (tester 70 item 4; retest 70): the chart drew 4.5 after 3.19 as a
rise and joined an estimate to a final figure with a solid fall. ``chart_key`` says in words
what the marks drawn mean, from the same ``MARKS`` the legend is made of.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from workreport.changewords import fall_told
from workreport.chartstyle import number_ticks
from workreport.english import axis_unit, bound, estimated
from workreport.extract.codes import english
from workreport.literal import missing

__all__ = ["MARKS", "chart_caption", "chart_key", "chart_series", "mark"]

_COLOUR = "#4a78a6"
#: Each mark: (its name, matplotlib marker, open face, the words a legend and a caption use).
MARKS = {
    "stated": ("o", False, "a figure as stated (joined by a solid line)"),
    "estimate": ("o", True, "an estimate (预计: open, its line dashed)"),
    "ceiling": ("v", False, "at most (以内, 不超过: a ceiling, not joined)"),
    "floor": ("^", False, "at least (以上, 不低于, 突破: a floor, not joined)"),
}


def mark(qualifier) -> str:
    """How a figure with ``qualifier`` (recorded qualifiers, "预计|以内") is drawn: "ceiling"
    or "floor" for a bound (``english.bound`` below or above; an estimated bound is drawn
    open), else "estimate" for 预计, else "stated" (左右 and none: a point)."""
    q = "" if missing(qualifier) else str(qualifier)
    side = bound(q)
    if side in ("below", "above"):
        return "ceiling" if side == "below" else "floor"
    return "estimate" if estimated(q) else "stated"


def _drawn(df: pd.DataFrame) -> list[str]:
    """The marks ``chart_series`` draws for ``df``, in ``MARKS`` order."""
    stated = df[df["value"].notna()]
    found = {mark(q) for q in stated["qualifier"]}
    return [m for m in MARKS if m in found]


def chart_key(df: pd.DataFrame) -> str:
    """The chart's marks in words, only those drawn: "each mark is a figure as stated
    (joined by a solid line); ▼ at most (…)"; "" when nothing is drawn."""
    shown = _drawn(df)
    symbol = {"o": "●", "v": "▼", "^": "▲"}
    words = [("○" if MARKS[m][1] else symbol[MARKS[m][0]]) + " " + MARKS[m][2] for m in shown]
    return "; ".join(words)


def chart_caption(df: pd.DataFrame) -> str:
    """The chart's caption (and alt text): what it draws and, in words, its marks."""
    key = chart_key(df)
    return ("The headline indicators in each report, year by year; a missing year is a gap"
            + (f". Marks: {key}." if key else "."))


def _near_zero(ax: Any, values: list[float]) -> None:
    """A panel whose values lie within a fifth of their largest runs from zero: one point
    drew an axis of 0.95-1.05, and 10 beside 9.9 a fall the full panel's height (re-test
    71, item 15)."""
    lo, hi = min(values, default=0.0), max(values, default=0.0)
    if lo > 0 and hi - lo < 0.2 * hi:
        ax.set_ylim(0, hi * 1.15)
    elif hi < 0 and hi - lo < 0.2 * -lo:
        ax.set_ylim(lo * 1.15, 0)


def chart_series(df: pd.DataFrame, title: str = "") -> Figure:
    """One panel per indicator, measure and unit: the value by year, a gap where a year
    is missing (the line breaks; nothing is interpolated), each figure drawn by its
    ``mark``: two neighbouring years' points joined by a solid line, a dashed one where
    either is an estimate; bounds unjoined. The legend names the marks drawn."""
    from workreport import charts

    charts.setup()
    groups = [(k, g) for k, g in df.groupby(["indicator_code", "measure", "unit"], sort=False)
              if g["value"].notna().any()]
    years = sorted(set(df["year"].astype(int)))
    fig = Figure(figsize=(8, 1.6 * max(1, len(groups)) + 0.8), layout="constrained")
    axes = fig.subplots(max(1, len(groups)), 1, squeeze=False, sharex=True)[:, 0]
    for ax, ((code, measure, unit), g) in zip(axes, groups, strict=False):
        g = g[g["value"].notna()].sort_values("year")
        # A fall its name says by its size, as the table (``series.wide``) writes it, in
        # the English scale of the panel: 1,442万人 is 14.42 on an axis of "million people"
        # (re-test 72, N3 and D13: "10,000 people").
        sizes = [abs(float(v)) if fall_told(r) else float(v)
                 for v, r in zip(g["value"], g.to_dict("records"), strict=True)]
        div, words = axis_unit(str(unit), sizes)
        pts = [(int(y), v / div, mark(q)) for y, v, q in zip(g["year"], sizes,
                                                              g["qualifier"], strict=True)]
        for (y0, v0, m0), (y1, v1, m1) in pairwise(pts):
            if y1 - y0 == 1 and {m0, m1} <= {"stated", "estimate"}:
                ax.plot([y0, y1], [v0, v1], color=_COLOUR, zorder=2,
                        linestyle="--" if "estimate" in (m0, m1) else "-")
        for y, v, m in pts:
            marker, hollow, _ = MARKS[m]
            open_face = hollow or (m in ("ceiling", "floor")
                                   and estimated(g.loc[g["year"] == y, "qualifier"].iloc[0]))
            ax.plot([y], [v], marker=marker, markersize=7, color=_COLOUR, zorder=3,
                    markerfacecolor="white" if open_face else _COLOUR, linestyle="none")
        _near_zero(ax, [v for _, v, _ in pts])
        number_ticks(ax)
        ax.set_title(f"{english(code)} ({measure}, {words.split(' · ')[0]})"
                     + (f" — {title}" if title else ""))
    shown = _drawn(df)
    if shown and groups:
        fig.legend(handles=[Line2D([], [], color=_COLOUR, marker=MARKS[m][0], markersize=7,
                                   markerfacecolor="white" if MARKS[m][1] else _COLOUR,
                                   linestyle="--" if m == "estimate" else
                                   "-" if m == "stated" else "none", label=MARKS[m][2])
                            for m in shown],
                   loc="outside upper center", ncols=2, fontsize=8, frameon=False)
    if years:
        axes[-1].set_xticks(years)
        axes[-1].set_xlim(years[0] - 0.5, years[-1] + 0.5)
    return fig
