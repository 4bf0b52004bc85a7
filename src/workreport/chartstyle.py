"""One matplotlib style for the whole book, and the drawing pieces every chart shares.

Chinese labels need a CJK font: Noto Sans SC, shipped by ``pylopdf-fonts-zh-cn``, is
registered with matplotlib and put first in ``font.family`` (DejaVu Sans after it for
any glyph it lacks), so no chart ever warns "Glyph … missing". The package ships the
regular face only, so titles ask for that weight (``TITLE_WEIGHT``): asking for bold
made matplotlib log "findfont: Failed to find font weight bold …" into the page. Charts are built on
``matplotlib.figure.Figure`` directly, not pyplot: nothing is left open between cells
and a notebook shows a chart once, when the cell returns it. ``save`` and the
notebook display write PNGs with no software/version stamp at a fixed dpi, so the
same chart is the same bytes on every run.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import matplotlib as mpl
import matplotlib.text as mtext
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties, fontManager
from matplotlib.ticker import FuncFormatter

from workreport.english import (
    amount,
    as_percent,
    as_written,
    axis_unit,
    number,
    qualifier_short,
    reads_plain,
    split_unit,
    unit_en,
)
from workreport.figuretext import counted
from workreport.gloss import chart_text
from workreport.keyterms import term_english
from workreport.literal import text_of

__all__ = ["COLORS", "DPI", "PNG_COMPRESS_LEVEL", "TITLE_WEIGHT",
           "bar_text", "bars", "by_unit", "empty_figure", "fact_text", "facts_table",
           "fmt_value", "font_family", "label", "number_ticks", "panels", "png_bytes",
           "row_labels", "save", "setup", "term_label", "text_width"]

DPI = 110
#: zlib level of the charts' PNGs. Pillow's default, 6, took 17 ms a chart of the book;
#: 3 takes 10 ms and the same pixels (lossless either way); the 30 first levels charts
#: are 6% smaller (1.50 → 1.41 MB), a small chart can be larger (18 → 21 kB).
PNG_COMPRESS_LEVEL = 3
#: The weight of chart titles: the one face of Noto Sans SC the font package ships.
TITLE_WEIGHT = "normal"
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
        "font.size": 9, "axes.titlesize": 10, "axes.titleweight": TITLE_WEIGHT,
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
    """The chart as PNG bytes: fixed dpi, tight box, no "Software" stamp, zlib level
    ``PNG_COMPRESS_LEVEL``."""
    buf = io.BytesIO()
    with _fonts_memoised(), _metrics_shared():
        fig.savefig(buf, format="png", dpi=DPI, metadata={"Software": None},
                    bbox_inches="tight", pad_inches=0.1, facecolor="white",
                    pil_kwargs={"compress_level": PNG_COMPRESS_LEVEL})
    return buf.getvalue()


@contextmanager
def _fonts_memoised() -> Iterator[None]:
    """Within the block, each font lookup of the font manager is done once per font
    properties.

    Saving a chart lays out every text four times (constrained layout, the draw that
    applies it, the tight box, the PNG's draw), and matplotlib 3.11 looks up the font of
    each text at every layout; its own cache is keyed on the font rcParams, which it
    reads anew (eleven ``rcParams[...]`` lookups) on every call. That key was a fifth
    of ``png_bytes``'s CPU time (cProfile of the book's 77 charts). Nothing changes the
    rcParams while a figure is saved, so within one save the answer for equal font
    properties is the same: the same font files, the same PNG bytes (checked on every
    chart of the book). The memo lives only for the block.
    """
    manager = fontManager
    memos: dict[str, dict] = {"findfont": {}, "_find_fonts_by_props": {}}

    def memoised(name: str):
        original, memo = getattr(manager, name), memos[name]

        def lookup(prop, *args, **kwargs):
            key = (prop, args, tuple(sorted(kwargs.items())))
            try:
                return memo[key]
            except KeyError:
                memo[key] = found = original(prop, *args, **kwargs)
                return found
            except TypeError:  # an unhashable argument: look it up as matplotlib does
                return original(prop, *args, **kwargs)

        return lookup

    for name in memos:
        setattr(manager, name, memoised(name))
    try:
        yield
    finally:
        for name in memos:
            with suppress(AttributeError):
                delattr(manager, name)  # the instance attribute: the class's method again


@contextmanager
def _metrics_shared() -> Iterator[None]:
    """Within the block, the size of each text is measured once for all renderers of one
    dpi.

    A save with a tight box draws twice with two Agg renderers (the layout pass, then the
    PNG at the cropped size), and matplotlib memoises text sizes per renderer, so each
    text was measured again for the PNG (FreeType's ``set_text``). An Agg size depends
    only on the text, its font properties, math or not and the dpi (the renderer's, and
    the one asked), so the answer is shared between them: the same PNG bytes (checked on
    60 fresh charts of the book), 12% less CPU per save. The memo lives only for the block.
    """
    original = mtext._get_text_metrics_with_cache
    memo: dict[tuple, tuple[float, float, float]] = {}

    def measured(renderer, text, fontprop, ismath, dpi):
        # A copy, as matplotlib keys its own memo: FontProperties' hash follows its state.
        prop = fontprop.copy()
        key = (type(renderer), renderer.dpi, text, prop, ismath, dpi)
        try:
            return memo[key]
        except KeyError:
            memo[key] = size = original(renderer, text, prop, ismath, dpi)
            return size

    mtext._get_text_metrics_with_cache = measured
    try:
        yield
    finally:
        mtext._get_text_metrics_with_cache = original


def save(fig: Figure, path: str | Path) -> Path:
    """Write the chart as PNG; the same chart gives the same bytes on every run."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(png_bytes(fig))
    return path


def _wrap_zh(text: str, width: int) -> list[str]:
    return [text[i:i + width] for i in range(0, len(text), width)] or [""]


def label(zh: str, en: str = "", width: int = 14) -> str:
    """A chart label: English above Chinese ("GDP\\n地区生产总值"), long ones wrapped; an
    automatic gloss cut short and marked "(auto)" (``gloss.chart_text``, session 68)."""
    en = chart_text(en)
    lines = textwrap.wrap(en, 26) if en and en != zh else []
    return "\n".join([*lines, *_wrap_zh(str(zh), width)])


def term_label(term: str, glossary: Mapping[str, Any] | None, limit: int = 32) -> str:
    """One line for a term: "交通 · transport; traffic"; past ``limit`` characters, the
    first sense only, whole (never cut mid-word: the heatmap widens to fit it). The English
    is the key term's (``keyterms.term_english``: 严格 "strict"; session 70), an automatic
    gloss marked short (``gloss.chart_text``); none without a ``glossary``."""
    en = chart_text(term_english(term, glossary)) if glossary else ""
    if len(en) > limit:
        en = en.split(";")[0].strip()
    return f"{term} · {en}" if en else term


def text_width(text: str) -> float:
    """Width in character cells: a Chinese character is about two Latin ones."""
    return sum(2.0 if ord(ch) > 0x2E7F else 1.0 for ch in text)


def row_labels(df: pd.DataFrame) -> list[str]:
    en = df["english"] if "english" in df else df.get("indicator_en")
    ens = list(en.fillna("")) if en is not None else [""] * len(df)
    return [label(z, e) for z, e in zip(df["indicator"], ens, strict=True)]


def fmt_value(v: float, unit: str, sign: bool = False) -> str:
    text = number(abs(v)) + unit
    return ("+" if v >= 0 else "−") + text if sign else ("−" if v < 0 else "") + text


def number_ticks(ax: Any) -> None:
    """Write the y axis's tick labels as the book writes a number (``literal.number``:
    30,000, −2.5), not matplotlib's 30000 (session 71: one formatting for every number)."""
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: number(v)))


def bar_text(v: float, unit: str, qualifier: Any = "", sign: bool = False,
             div: float = 1.0) -> str:
    """A bar's label: the value in its panel's English scale with its qualifier, the
    Chinese beside when the scale differs: "80.42 · 804.2亿元", "200+", "≥60%", "+12%",
    written as the report writes it, qualifier kept ("over 60 · 超过60万亿元", ``as_written``).

    ``div`` is the panel's divisor from ``english.axis_unit``. A change (``sign``) in 倍
    reads as the growth it means: "+100% · +1倍" (增长1倍, session 68: was "+1 · +1倍").
    """
    if sign and split_unit(unit) == (1.0, "倍"):
        return f"{qualifier_short(fmt_value(*as_percent(v, unit), sign), qualifier)} · " \
               f"{fmt_value(v, unit, sign)}"
    # A unit English writes as the report does goes on the label ("12%", "2,000PFLOPS");
    # a count's label is the number alone.
    plain = div == 1.0 and reads_plain(unit) and unit_en(unit) != "count"
    en = qualifier_short(fmt_value(v / div, unit if plain else "", sign), qualifier)
    if plain or (div == 1.0 and axis_unit(unit, [v])[1].startswith("count")):
        return en
    # The Chinese as the report writes it, qualifier kept: 超过60万亿元, never 60万亿元
    # (re-test 72, D9: "over 60 · 60万亿元" dropped 超过).
    written = as_written(abs(v), unit, text_of(qualifier))
    return f"{en} · {('+' if v >= 0 else '−') if sign else ('−' if v < 0 else '')}{written}"


def fact_text(v: float, unit: str, qualifier: Any = "", sign: bool = False,
              label: str = "") -> str:
    """A single figure's line in a table of facts, with no panel heading to name its unit:
    the amount in English, magnitude and unit included (``english.amount``), the Chinese
    beside: "1.74 trillion yuan · 1.74万亿元", "over US$4.9 billion · 49亿美元"; a rate or a
    plain count as its bar reads ("+12%", "200+"). Session 67, tester: the table read
    "1.74 · 1.74万亿元", its magnitude and unit dropped; the re-check found the Chinese side
    without the report's qualifier, "1,600场" for 1600余场: it is written as the report does.
    A unit that reads the same in English (``english.reads_plain``) is written once:
    "2,000PFLOPS" (session 68: was "2,000 PFLOPS · 2,000PFLOPS"). A count in 户 names what
    its ``label`` (the indicator) counts, as prose does (``figuretext.counted``: "5,759
    households · 5759户"; tester 73 D-C10)."""
    if reads_plain(unit):
        return bar_text(v, unit, qualifier, sign)
    en = counted(amount(abs(v) if sign else v, unit, qualifier,
                        measure="change" if sign else ""), unit, label)
    en = (("+" if v >= 0 else "−") + en) if sign else en
    written = as_written(abs(v) if sign else v, unit, text_of(qualifier))
    return f"{en} · {('+' if v >= 0 else '−') if sign else ''}{written}"  # +4万多亿元


def panels(heights: Sequence[float], width: float = 8.0) -> tuple[Figure, list]:
    setup()
    total = sum(heights) + 0.6 * len(heights) + 0.3
    fig = Figure(figsize=(width, max(1.6, total)), layout="constrained")
    axes = fig.subplots(len(heights), 1, squeeze=False,
                        gridspec_kw={"height_ratios": list(heights)})[:, 0]
    return fig, list(axes)


def empty_figure(message: str) -> Figure:
    fig, (ax,) = panels([0.8])
    ax.axis("off")
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes)
    return fig


def bars(ax, labels: list[str], values: list[float], unit: str, colors: list[str],
          sign: bool = False, qualifiers: Sequence[Any] | None = None,
          div: float = 1.0, sizes: Sequence[bool] = ()) -> None:
    """Horizontal bars, first row on top, each with its value (English scale, qualifier,
    the Chinese beside) written beside it; a row of ``sizes`` (True) by its size, unsigned:
    a fall its label names ("Reduction of the rural poor", tester 71 item 14)."""
    qualifiers = list(qualifiers) if qualifiers is not None else [""] * len(values)
    sizes = list(sizes) or [False] * len(values)
    y = list(range(len(values)))
    ax.barh(y, values, color=colors, height=0.65)
    ax.set_yticks(y, labels)
    ax.invert_yaxis()
    lo, hi = min(0.0, *values), max(0.0, *values)
    span = (hi - lo) or 1.0
    ax.set_xlim(lo - (0.55 * span if lo < 0 else 0), hi + 0.55 * span)
    ax.axvline(0, color="#555555", linewidth=0.8)
    ax.set_xticks([])
    ax.spines["bottom"].set_visible(False)
    for yi, v, q, size in zip(y, values, qualifiers, sizes, strict=True):
        ax.text(v + (0.01 * span if v >= 0 else -0.01 * span), yi,
                bar_text(abs(v), unit, q, False, div) if size else bar_text(v, unit, q, sign, div),
                va="center", ha="left" if v >= 0 else "right", fontsize=8)


def facts_table(ax, rows: list[tuple[str, str]], heading: str = "single figures") -> None:
    """Single-value panels as a small table of facts: one bar would say nothing."""
    ax.axis("off")
    table = ax.table(cellText=[[a.replace("\n", " "), b] for a, b in rows],
                     colLabels=["indicator", "figure"], loc="upper left", cellLoc="left",
                     colLoc="left", edges="horizontal")
    table.auto_set_font_size(False)
    table.set_fontsize(8)
    table.auto_set_column_width([0, 1])
    ax.set_title(heading, fontsize=9, fontweight="normal", color="#555555")




def by_unit(df: pd.DataFrame, value: str) -> list[tuple[str, pd.DataFrame]]:
    df = df[pd.to_numeric(df[value], errors="coerce").notna()]
    return [(u, df[df["unit"] == u]) for u in dict.fromkeys(df["unit"])]
