"""One matplotlib style for the whole book, and the charts the chapters draw.

Chinese labels need a CJK font: Noto Sans SC, shipped by ``pylopdf-fonts-zh-cn``, is
registered with matplotlib and put first in ``font.family`` (DejaVu Sans after it for
any glyph it lacks), so no chart ever warns "Glyph … missing". Charts are built on
``matplotlib.figure.Figure`` directly, not pyplot: nothing is left open between cells
and a notebook shows a chart once, when the cell returns it. ``save`` and the
notebook display write PNGs with no software/version stamp at a fixed dpi, so the
same chart is the same bytes on every run.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import matplotlib as mpl
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties, fontManager

from workreport.glossary import english

__all__ = ["COLORS", "DPI", "by_year", "changes", "compare_targets", "density", "font_family",
           "heatmap", "label", "levels_by_unit", "png_bytes", "save", "setup", "structure",
           "targets_vs_results"]

DPI = 110
#: Okabe–Ito colours: distinguishable with the common colour-vision deficiencies.
COLORS = {"level": "#0072B2", "up": "#009E73", "down": "#D55E00", "target": "#E69F00",
          "result": "#56B4E9", "review": "#0072B2", "plan": "#E69F00", "other": "#999999",
          "series": ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00")}


@cache
def font_family() -> str:
    """Register Noto Sans SC from ``pylopdf_fonts_zh_cn`` and return its family name."""
    path = resources.files("pylopdf_fonts_zh_cn").joinpath("NotoSansSC-Regular.otf")
    fontManager.addfont(str(path))
    return FontProperties(fname=str(path)).get_name()


def setup() -> None:
    """Apply the book's style (idempotent); every chart function calls it first.

    Under IPython it also registers a PNG formatter for ``Figure`` that uses ``png_bytes``,
    so a chart returned by a cell shows once, with the same bytes on every run.
    """
    mpl.rcParams.update({
        "font.family": [font_family(), "DejaVu Sans"],
        "axes.unicode_minus": False,
        "figure.dpi": DPI, "savefig.dpi": DPI,
        "font.size": 9, "axes.titlesize": 10, "axes.titleweight": "bold",
        "axes.titlelocation": "left", "axes.spines.top": False, "axes.spines.right": False,
        "axes.grid": False, "axes.edgecolor": "#555555", "svg.hashsalt": "workreport",
        "legend.frameon": False,
    })
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython ships with the notebook stack
        return
    shell = get_ipython()
    if shell is not None:
        shell.display_formatter.formatters["image/png"].for_type(Figure, png_bytes)


def png_bytes(fig: Figure) -> bytes:
    """The chart as PNG bytes: fixed dpi, tight box, no "Software" stamp."""
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=DPI, metadata={"Software": None}, bbox_inches="tight",
                pad_inches=0.1, facecolor="white")
    return buf.getvalue()


def save(fig: Figure, path: str | Path) -> Path:
    """Write the chart as PNG; the same chart gives the same bytes on every run."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(png_bytes(fig))
    return path


def _wrap_zh(text: str, width: int) -> list[str]:
    return [text[i:i + width] for i in range(0, len(text), width)] or [""]


def label(zh: str, en: str = "", width: int = 14) -> str:
    """A chart label: English above Chinese ("GDP\\n地区生产总值"), long ones wrapped."""
    lines = textwrap.wrap(en, 26) if en and en != zh else []
    return "\n".join([*lines, *_wrap_zh(str(zh), width)])


def _bilingual(term: str, glossary: Mapping[str, Any] | None, limit: int = 32) -> str:
    """One line for a term: "交通 · transport; traffic" (English cut at ``limit``)."""
    en = english(term, glossary) if glossary else ""
    if len(en) > limit:  # the first sense, then a cut
        en = en.split(";")[0]
    if len(en) > limit:
        en = en[: limit - 1].rstrip(" ;,") + "…"
    return f"{term} · {en}" if en else term


def _text_width(text: str) -> float:
    """Width in character cells: a Chinese character is about two Latin ones."""
    return sum(2.0 if ord(ch) > 0x2E7F else 1.0 for ch in text)


def _labels(df: pd.DataFrame) -> list[str]:
    en = df["english"] if "english" in df else df.get("indicator_en")
    ens = list(en.fillna("")) if en is not None else [""] * len(df)
    return [label(z, e) for z, e in zip(df["indicator"], ens, strict=True)]


def _fmt(v: float, unit: str, sign: bool = False) -> str:
    from workreport.prose import number, signed

    return signed(v, unit) if sign else number(v) + unit


def _figure(heights: Sequence[float], width: float = 8.0) -> tuple[Figure, list]:
    setup()
    total = sum(heights) + 0.6 * len(heights) + 0.3
    fig = Figure(figsize=(width, max(1.6, total)), layout="constrained")
    axes = fig.subplots(len(heights), 1, squeeze=False,
                        gridspec_kw={"height_ratios": list(heights)})[:, 0]
    return fig, list(axes)


def _empty(message: str) -> Figure:
    fig, (ax,) = _figure([0.8])
    ax.axis("off")
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes)
    return fig


def _bars(ax, labels: list[str], values: list[float], unit: str, colors: list[str],
          sign: bool = False) -> None:
    """Horizontal bars, first row on top, each with its value and unit written beside it."""
    y = list(range(len(values)))
    ax.barh(y, values, color=colors, height=0.65)
    ax.set_yticks(y, labels)
    ax.invert_yaxis()
    lo, hi = min(0.0, *values), max(0.0, *values)
    span = (hi - lo) or 1.0
    ax.set_xlim(lo - (0.3 * span if lo < 0 else 0), hi + 0.3 * span)
    ax.axvline(0, color="#555555", linewidth=0.8)
    ax.set_xticks([])
    ax.spines["bottom"].set_visible(False)
    for yi, v in zip(y, values, strict=True):
        ax.text(v + (0.01 * span if v >= 0 else -0.01 * span), yi, _fmt(v, unit, sign),
                va="center", ha="left" if v >= 0 else "right", fontsize=8)


def _by_unit(df: pd.DataFrame, value: str) -> list[tuple[str, pd.DataFrame]]:
    df = df[pd.to_numeric(df[value], errors="coerce").notna()]
    return [(u, df[df["unit"] == u]) for u in dict.fromkeys(df["unit"])]


def _unit_panels(df: pd.DataFrame, title: str, empty: str, sign: bool,
                 colors: Callable[[float], str], heading: Callable[[str], str]) -> Figure:
    """Horizontal bars, one small panel per unit, values written on the bars."""
    groups = _by_unit(df, "value")
    if not groups:
        return _empty(empty)
    fig, axes = _figure([0.42 * len(g) + 0.2 for _, g in groups])
    for ax, (unit, g) in zip(axes, groups, strict=True):
        vals = [float(v) for v in g["value"]]
        _bars(ax, _labels(g), vals, unit, [colors(v) for v in vals], sign=sign)
        ax.set_title(heading(unit), fontsize=9, fontweight="normal", color="#555555")
    if title:
        fig.suptitle(title, x=0.01, ha="left", fontweight="bold")
    return fig


def levels_by_unit(df: pd.DataFrame, title: str = "") -> Figure:
    """Levels as horizontal bars, one small panel per unit (亿元 never shares an axis with 个).

    ``df`` has indicator, unit, value and optionally english (``analysis.figure_table``).
    """
    return _unit_panels(df, title, "No levels to chart", False,
                        lambda v: COLORS["level"], lambda unit: f"in {unit}")


def changes(df: pd.DataFrame, title: str = "") -> Figure:
    """Growth rates (or absolute changes) as signed bars; falls in another colour.

    ``df`` has indicator, unit, value (signed) and optionally english.
    """
    return _unit_panels(df, title, "No changes to chart", True,
                        lambda v: COLORS["up"] if v >= 0 else COLORS["down"],
                        lambda unit: "change in %" if unit == "%" else f"change in {unit}")


def _grouped(df: pd.DataFrame, series: Sequence[tuple[str, str, str]], title: str,
             sign: bool) -> Figure:
    """Bars for several series side by side per row, one panel per unit."""
    groups = [(u, g) for u, g in _by_unit(df, series[0][0])]
    if not groups:
        return _empty("Nothing to compare")
    k = len(series)
    fig, axes = _figure([(0.3 * k + 0.15) * len(g) + 0.2 for _, g in groups])
    for ax, (unit, g) in zip(axes, groups, strict=True):
        labels = _labels(g)
        vals_all = [float(v) for col, _, _ in series for v in g[col] if pd.notna(v)]
        lo, hi = min(0.0, *vals_all), max(0.0, *vals_all)
        span = (hi - lo) or 1.0
        h = 0.8 / k
        for j, (col, name, color) in enumerate(series):
            for i, v in enumerate(g[col]):
                if pd.isna(v):
                    continue
                y = i + (j - (k - 1) / 2) * h
                ax.barh(y, float(v), height=h * 0.92, color=color,
                        label=name if i == next(n for n, x in enumerate(g[col])
                                                if pd.notna(x)) else None)
                ax.text(float(v) + (0.01 if v >= 0 else -0.01) * span, y,
                        _fmt(float(v), unit, sign), va="center", fontsize=7.5,
                        ha="left" if v >= 0 else "right")
        ax.set_yticks(range(len(labels)), labels)
        ax.invert_yaxis()
        ax.set_xlim(lo - (0.3 * span if lo < 0 else 0), hi + 0.35 * span)
        ax.axvline(0, color="#555555", linewidth=0.8)
        ax.set_xticks([])
        ax.spines["bottom"].set_visible(False)
        ax.set_title(f"in {unit}", fontsize=9, fontweight="normal", color="#555555")
    axes[0].legend(loc="lower right", bbox_to_anchor=(1.0, 1.0), ncols=k, fontsize=8)
    if title:
        fig.suptitle(title, x=0.01, ha="left", fontweight="bold")
    return fig


def targets_vs_results(df: pd.DataFrame, title: str = "",
                       result_name: str = "result", target_name: str = "target") -> Figure:
    """Each target beside the result it follows (``analysis.targets_vs_results`` rows).

    Rows whose result is in another unit than the target are left out: the bars would
    share an axis without sharing a scale.
    """
    d = df[df["result"].notna() & (df["result_unit"] == df["unit"])].copy()
    if "result_year" in d and d["result_year"].notna().any():
        result_name = f"{result_name} {int(d['result_year'].dropna().iloc[0])}"
    if "target_year" in d and d["target_year"].notna().any():
        target_name = f"{target_name} {int(d['target_year'].dropna().iloc[0])}"
    d = d.rename(columns={"indicator_en": "english"})
    sign = bool((d["measure"] == "change").all()) if len(d) else False
    return _grouped(d, [("result", result_name, COLORS["result"]),
                        ("target", target_name, COLORS["target"])], title, sign)


def compare_targets(df: pd.DataFrame, names: dict[str, str] | None = None,
                    title: str = "") -> Figure:
    """The same indicator's targets in several reports (``analysis.compare_targets``)."""
    if df.empty:
        return _empty("No indicator is targeted by every report")
    reports = list(dict.fromkeys(df["report_id"]))
    wide = df.pivot_table(index=["key", "unit", "measure"], columns="report_id",
                          values="value", aggfunc="first").reset_index()
    zh = df.groupby("key", sort=False)["indicator"].agg(lambda x: "/".join(dict.fromkeys(x)))
    wide["indicator"] = wide["key"].map(zh)
    wide["english"] = wide["key"].map(df.drop_duplicates("key").set_index("key")["english"])
    wide = wide.set_index("key").loc[list(dict.fromkeys(df["key"]))].reset_index()
    names = names or {}
    series = [(r, names.get(r, r), COLORS["series"][i % len(COLORS["series"])])
              for i, r in enumerate(reports)]
    return _grouped(wide, series, title, sign=bool((wide["measure"] == "change").all()))


def by_year(df: pd.DataFrame, title: str = "") -> Figure:
    """Targets (filled, solid) and results (hollow, dashed) year by year, national and
    local in two colours, one panel per indicator (``context.by_year``)."""
    if df.empty:
        return _empty("No indicator to follow over the years")
    setup()
    panels = list(df.groupby(["key", "measure", "unit"], sort=False))
    fig = Figure(figsize=(7.0, 2.9 * len(panels)), layout="constrained")
    axes = fig.subplots(len(panels), 1, squeeze=False)[:, 0]
    # The local report first and in the first colour, as in ``compare_targets``.
    colors = {"local": COLORS["series"][0], "national": COLORS["series"][1]}
    years = sorted(int(y) for y in df["year"].dropna().unique())
    for ax, ((_key, measure, unit), g) in zip(axes, panels, strict=True):
        for series, s in g.groupby("series", sort=False):
            s = s.sort_values("year")
            target = s["kind"].iloc[0] == "target"
            color = colors.get(s["who"].iloc[0], COLORS["other"])
            xs, ys = [int(y) for y in s["year"]], [float(v) for v in s["value"]]
            ax.plot(xs, ys, color=color, linestyle="-" if target else "--", marker="o",
                    markersize=7, markerfacecolor=color if target else "white",
                    label=series)
            for x, y in zip(xs, ys, strict=True):  # targets labelled right, results left
                ax.annotate(_fmt(y, unit), (x, y), xytext=(8 if target else -8, 0),
                            textcoords="offset points", va="center", fontsize=8, zorder=5,
                            color=color, ha="left" if target else "right",
                            bbox={"boxstyle": "square,pad=0.1", "fc": "white", "ec": "none"})
        values = [float(v) for v in g["value"]]
        lo, hi = min(0.0, *values), max(values)
        ax.set_ylim(lo, hi + 0.15 * ((hi - lo) or 1.0))
        ax.set_xlim(years[0] - 0.6, years[-1] + 0.6)
        ax.set_xticks(years, [str(y) for y in years])
        ax.set_ylabel(unit)
        ax.grid(True, axis="y", color="#e5e5e5", zorder=0)
        first = g.iloc[0]
        ax.set_title(f"{first['english'] or first['key']} ({measure})",
                     fontsize=9, fontweight="normal", color="#555555")
        ax.legend(loc="upper left", bbox_to_anchor=(0.0, -0.12), fontsize=8, ncols=2)
    if title:
        fig.suptitle(title, x=0.01, ha="left", fontweight="bold")
    return fig


def heatmap(matrix: pd.DataFrame, title: str = "", columns: dict[str, str] | None = None,
            relative: bool = True, glossary: Mapping[str, Any] | None = None) -> Figure:
    """A terms × sections matrix (``terms.term_matrix``) as a heatmap, darker = more typical.

    ``relative`` scales each section by its own top score, so a short section's few words
    do not wash out every other column. With a ``glossary`` each term is labelled with
    its English beside it ("交通  transport; traffic"), for readers without Chinese.
    """
    if matrix.empty:
        return _empty("No terms to chart")
    setup()
    rows, cols = matrix.shape
    values = matrix.astype(float)
    if relative:
        top = values.max(axis=0)
        values = values / top.where(top > 0, 1.0)
    labels = [_bilingual(str(t), glossary) for t in matrix.index]
    label_width = max((_text_width(x) for x in labels), default=0) * 0.075
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
        return _empty("No sections")
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
    ax1.set_title("share of the text", fontsize=9, fontweight="normal")
    ax2.set_title("figures stated", fontsize=9, fontweight="normal")
    if title:
        fig.suptitle(title, x=0.01, ha="left", fontweight="bold")
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
