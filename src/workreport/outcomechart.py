"""The "Targets and outcomes" chart: each year's target as the band its verdict rule
accepts, beside the outcome the next report states, coloured by the verdict.

``bands`` reads the band from each row's rule (``extract.judge``); ``chart_outcomes``
draws it; ``chart_key`` is the chart's key in words, from the same marks and colours the
chart draws with, so that the caption and the legend cannot say two things (session 69,
tester: the caption said "hatched" of open ends drawn as a line with a triangle).
"""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from workreport.changewords import told_by_label
from workreport.english import axis_unit, compatible
from workreport.extract.codes import english
from workreport.extract.judge import LEVEL_TOLERANCE, RATE_TOLERANCE, VERDICTS, to_base

__all__ = ["MARKS", "VERDICT_COLOURS", "WORDS", "bands", "by_size", "chart_cite", "chart_key",
           "chart_outcomes"]

#: Each verdict's colour (Okabe–Ito, apart for the common colour-vision deficiencies).
VERDICT_COLOURS = dict(zip(VERDICTS, ("#009E73", "#0072B2", "#D55E00", "#CC79A7", "#999999"),
                           strict=True))
_BAND = {"color": "#e3e3e3", "edge": "#666666"}
#: How a band is drawn: (the band's words, its mark, the words for the mark).
MARKS = (("both ends (about or a range; at least, from the target to the margin allowed "
          "for about beyond it)", "s", "a grey bar"),  # re-test 73 D-S5: "about's tolerance"
         ("only a lower end (a fall of at most)", "^", "a line with ▲"),
         ("only an upper end (at most)", "v", "a line with ▼"))


#: How a verdict the next report gives in words, with no figure, is drawn (re-test 72, N6:
#: SC 2015's trade target "fell short", said in words, had no mark and no legend entry).
WORDS = ("X", "a cross: the verdict said in words, no figure")


def _in_words(r) -> bool:
    """Whether an outcome row's verdict comes from the next report's words: judged, with no
    outcome figure (``extract.admitted``: 预期增长目标未能实现)."""
    return pd.isna(r.outcome_in_target_unit) and r.met != "unclear"


def chart_key(rows: pd.DataFrame) -> str:
    """The chart's key in words for ``rows`` (``series.outcome_rows``), naming only the
    marks and the verdict colours the chart draws: "each year's target as the band its
    rule accepts — a grey bar where it has both ends (about, a range), a line with ▲ where
    it has only a lower end (at least) — and the outcome as a dot: green met, blue
    exceeded …"."""
    drawn = _drawn(bands(rows))
    marks = [f"{how} where it has {what}" for what, mark, how in MARKS if mark in drawn]
    dots = [f"{_COLOUR_WORDS[VERDICT_COLOURS[v]]} {v}" for v in VERDICTS if v in drawn]
    text = "each year's target as the band its rule accepts"
    text += f" — {', '.join(marks)} —" if marks else ""
    text += f" and the outcome as a dot: {', '.join(dots)}" if dots else ""
    return text + (f"; {WORDS[1]}, in its verdict's colour" if WORDS[0] in drawn else "")


def chart_cite(rows: pd.DataFrame) -> str:
    """What the chart draws, for its caption's "Figure N draws …", saying which targets it
    leaves out and why: "each target's band and its outcome" only when it draws them all,
    else "5 of the 8 targets' bands and their outcomes; it leaves out the 3 with no outcome
    stated (unclear): CPI, …" (re-test 72, N6: the caption said "each" of 4 targets in 8)."""
    b = bands(rows)
    shown = _shown(b)
    left = b[~b.index.isin([i for g in shown for i in g.index])]
    if left.empty:
        return "each target's band and its outcome"
    names = list(dict.fromkeys(english(c) for c in left["indicator_code"]))
    return (f"{len(b) - len(left)} of the {len(b)} targets' bands and their outcomes; it leaves "
            f"out the {len(left)} with no outcome stated (unclear): {', '.join(names)}")


def _shown(b: pd.DataFrame) -> list[pd.DataFrame]:
    """The panels the chart draws for ``bands`` ``b``: each indicator, measure and unit with
    an outcome figure or a verdict in words."""
    keys = ["indicator_code", "measure", "target_unit"]
    return [g for _, g in b.groupby(keys, sort=False)
            if any(not pd.isna(r.outcome_in_target_unit) or _in_words(r) for r in g.itertuples())]


_COLOUR_WORDS = dict(zip(VERDICT_COLOURS.values(), ("green", "blue", "orange", "pink", "grey"),
                         strict=True))


def _drawn(b: pd.DataFrame) -> set[str]:
    """The marks (``MARKS``) and verdicts whose dots the chart draws for ``bands`` ``b``:
    only the indicators with an outcome get a panel."""
    out: set[str] = set()
    for g in _shown(b):
        for r in g.itertuples():
            two = not pd.isna(r.low) and not pd.isna(r.high)
            out.add("s" if two else "^" if not pd.isna(r.low) else "v")
            if not pd.isna(r.outcome_in_target_unit):
                out.add(r.met)
            elif _in_words(r):
                out |= {r.met, WORDS[0]}
    return out


def bands(rows: pd.DataFrame) -> pd.DataFrame:
    """For each outcome row, the band its verdict rule accepts: ``low`` and ``high``
    (in the target's unit; an open end is NA) and ``outcome_in_target_unit``.

    A range is its ends; 左右 the target ± 0.5 points (rates) or ± 5% (levels); "at most"
    has only a high end; "at least" (and no qualifier) runs from the target to the same
    tolerance beyond it, past which it is exceeded (brief words, session 70: it had no
    upper end); a decrease is judged on its size, so its "at least" band lies below the
    target and its "at most" end is a low one. A ceiling (the rule says "a ceiling": CPI,
    unemployment, 控制在) keeps only the high end of its range or band.

    An indicator whose name says it is a fall ("Reduction of the rural poor": 减少农村贫困人口
    1000万人以上, 减少1442万人) is drawn by its size, as the table tells it (``by_size``):
    band 1,000 to 1,050, outcome 1,442 (re-test 72, N3: drawn −1,442 under a panel named
    "Reduction of the rural poor").
    """
    rows = by_size(rows)
    low, high, outcome = [], [], []
    for r in rows.itertuples():
        v = float(r.target_value)
        rule = str(r.rule)
        lo = hi = None
        if rule.startswith("range"):
            lo, hi = sorted((v, float(r.target_value_high)))
        elif rule.startswith(("at most", "no qualifier, a ceiling")):
            lo, hi = (v, None) if v < 0 else (None, v)
        else:  # about: the target ± the tolerance; at least: up to it beyond the target
            tol = RATE_TOLERANCE if "percentage points" in rule else LEVEL_TOLERANCE * abs(v)
            lo, hi = (v - tol, v + tol) if rule.startswith("about") else \
                (v - tol, v) if v < 0 else (v, v + tol)
        low.append(None if ", a ceiling:" in rule else lo)
        high.append(hi)
        ov = r.outcome_value
        if ov is None or pd.isna(ov) or r.outcome_unit is None or pd.isna(r.outcome_unit):
            outcome.append(None)
            continue
        factor, base = to_base(1.0, str(r.target_unit))
        said, its = to_base(float(ov), str(r.outcome_unit))
        # 2,166人 is no point on an axis of 人次 (re-test 73, D-S4): drawn only in one unit
        outcome.append(said / factor if its == base or compatible(its, base) else None)
    return rows.assign(low=pd.array(low, dtype="Float64"), high=pd.array(high, dtype="Float64"),
                       outcome_in_target_unit=pd.array(outcome, dtype="Float64"))


def by_size(rows: pd.DataFrame) -> pd.DataFrame:
    """``rows`` (``series.outcome_rows``) with each target and outcome of an indicator whose
    English name says it is a fall (``changewords.told_by_label``: "Reduction of the rural
    poor") turned to its size: ``target_value``, ``target_value_high`` and ``outcome_value``
    positive, so the chart draws what the table says (re-test 72, N3)."""
    told = pd.Series([not pd.isna(v) and told_by_label({"english": english(c)}, float(v), "")
                      for c, v in zip(rows["indicator_code"], rows["target_value"], strict=True)],
                     index=rows.index, dtype=bool)
    if not told.any():
        return rows
    rows = rows.copy()
    for c in ("target_value", "target_value_high", "outcome_value"):
        if c in rows:
            rows[c] = pd.to_numeric(rows[c], errors="coerce").astype("float64")
            rows.loc[told, c] = -rows.loc[told, c]
    return rows


def chart_outcomes(rows: pd.DataFrame, title: str = "") -> Figure:
    """One panel per indicator and measure with an outcome: each year's target as the
    band its rule accepts (a grey bar; a line with ▲ where it has only a lower end, ▼
    only an upper end) and the outcome as a dot coloured by the verdict
    (``VERDICT_COLOURS``); a legend above names the marks and colours drawn, as
    ``chart_key`` does in words."""
    from workreport import charts

    charts.setup()
    b = bands(rows)
    groups = [((g["indicator_code"].iloc[0], g["measure"].iloc[0], g["target_unit"].iloc[0]), g)
              for g in _shown(b)]
    years = sorted(set(b["year"].astype(int)))
    fig = Figure(figsize=(8, 1.7 * max(1, len(groups)) + 0.7), layout="constrained")
    axes = fig.subplots(max(1, len(groups)), 1, squeeze=False, sharex=True)[:, 0]
    for ax, ((code, measure, unit), g) in zip(axes, groups, strict=False):
        # In the English scale of the panel's values: 1,442万人 on an axis of "million
        # people · 万人" is 14.42 (re-test 72, D13: the axis read "10,000 people").
        div, words = axis_unit(str(unit), [float(v) for c in ("low", "high",
                                           "outcome_in_target_unit") for v in g[c].dropna()])
        g = g.assign(**{c: g[c] / div for c in ("low", "high", "outcome_in_target_unit")})
        for r in g.itertuples():
            y, lo, hi = int(r.year), r.low, r.high
            if not pd.isna(lo) and not pd.isna(hi):
                ax.bar(y, hi - lo, bottom=lo, width=0.5, color=_BAND["color"],
                       edgecolor=_BAND["edge"])
            else:
                end, mark = (lo, "^") if not pd.isna(lo) else (hi, "v")
                ax.hlines(end, y - 0.25, y + 0.25, color=_BAND["edge"])
                ax.plot(y, end, mark, color=_BAND["edge"], markersize=5)
            if not pd.isna(r.outcome_in_target_unit):
                ax.plot(y, r.outcome_in_target_unit, "o", color=VERDICT_COLOURS[r.met], zorder=3)
            elif _in_words(r):  # beyond the band's end the verdict names, or inside it
                ends = [e for e in (lo, hi) if not pd.isna(e)]
                at = min(ends) if r.met == "fell short" else max(ends) \
                    if r.met in ("exceeded", "over the ceiling") else sum(ends) / len(ends)
                ax.plot(y + 0.32, at, WORDS[0], color=VERDICT_COLOURS[r.met], zorder=3)
        ax.use_sticky_edges = False  # bars must not pin the axis: outcomes sit at its edge
        ax.margins(y=0.15)
        ax.set_title(f"{english(code)} ({measure}, {words.split(' · ')[0]})"
                     + (f" — {title}" if title else ""))
    if years:
        axes[-1].set_xticks(years)
        axes[-1].set_xlim(years[0] - 0.5, years[-1] + 0.5)
    drawn = _drawn(b)
    handles = [Patch(facecolor=_BAND["color"], edgecolor=_BAND["edge"], label=what)
               if mark == "s" else Line2D([], [], color=_BAND["edge"], marker=mark, label=what)
               for what, mark, _ in MARKS if mark in drawn]
    handles += [Line2D([], [], color=VERDICT_COLOURS[v], marker="o", linestyle="", label=v)
                for v in VERDICTS if v in drawn]
    if WORDS[0] in drawn:
        handles.append(Line2D([], [], color=_BAND["edge"], marker=WORDS[0], linestyle="",
                              label=WORDS[1]))
    if handles and groups:
        fig.legend(handles=handles, loc="outside upper center", ncols=3, fontsize=8)
    return fig
