"""What the numbers say: a chapter's opening findings and each chart's caption.

``prose`` turns one row into one sentence; this module chooses which rows are worth a
sentence (the largest rise, the steepest fall, a share, a target cut against last
year's result) and words them by sign and measure: a fall is "fell 10%", never "the
fastest growth". One figure never fills two superlatives, and nothing is counted when
there is nothing to count.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd

from workreport import english
from workreport.changewords import told_by_label
from workreport.extract.admitted import admission
from workreport.figuretext import be, mid_sentence, word_named
from workreport.glossary import english_or_gloss
from workreport.prose import describe_change, join, name, number, plural, quantity
from workreport.targetmoves import below_last_year, caption_targets, target_moves, targets_said
from workreport.vocab import load

__all__ = ["below_last_year", "caption_by_year", "caption_changes", "caption_compare",
           "caption_density", "caption_heatmap", "caption_levels", "caption_structure",
           "caption_targets", "describe_shortfalls", "none_compared", "plural",
           "section_findings", "shortfalls", "target_moves", "targets_said"]


def _label(row: Mapping[str, Any]) -> str:  # inside a sentence: "the largest new-energy …"
    en = str(row.get("english") or row.get("indicator_en") or "")
    return mid_sentence(en, str(row.get("indicator", ""))) if en else str(row.get("indicator", ""))


def _rates(pairs: pd.DataFrame) -> pd.DataFrame:
    r = pairs.dropna(subset=["change"])
    return r[r["change_unit"] == "%"]


def _extremes(pairs: pd.DataFrame) -> list[str]:
    """The largest rise and the steepest fall among the growth rates, each named once; one
    alone is "the one rate that rose" (it was "The one rise" beside a caption counting two
    rises of other units: session 71, re-test)."""
    rates = _rates(pairs)
    out = []
    ups = rates[rates["change"] > 0].sort_values(["change", "indicator"],
                                                 ascending=[False, True], kind="stable")
    downs = rates[rates["change"] < 0].sort_values(["change", "indicator"], kind="stable")
    if len(ups):
        top = ups.iloc[0]
        lead = "The fastest growth" if len(ups) > 1 else "The one rate that rose"
        out.append(f"{lead}: {describe_change(top)}")
    if len(downs):
        low = downs.iloc[0]
        lead = "The steepest fall" if len(downs) > 1 else "The one rate that fell"
        out.append(f"{lead}: {describe_change(low)}")
    return out


def _shares(pairs: pd.DataFrame) -> list[str]:
    """The first share of the section, of its latest year: no start value of a change from …
    to …, which carries the year before (session 69: "由46.9%提高到48.2%" read as "a share:
    … was 46.9%")."""
    sh = pairs[(pairs["measure"] == "share") & pairs["level"].notna()]
    years = pd.to_numeric(sh["year"], errors="coerce") if "year" in sh else None
    if years is not None and years.notna().any():
        sh = sh[years == years.max()]
    return [f"A share: {name(r)} {be(r, r.get('kind') == 'target')} "
            f"{quantity(r['level'], r['level_unit'], r['level_qualifier'], label=r['indicator'])}."
            for r in sh.head(1).to_dict("records")]


def _largest_money(pairs: pd.DataFrame) -> pd.Series | None:
    """The row of the largest money level (in yuan terms), None when there is none."""
    lv = pairs[pairs["level"].notna()].copy()
    if lv.empty:
        return None
    lv["_yuan"] = [float(v) * english.split_unit(u)[0] if english.split_unit(u)[1] == "元"
                   else float("nan") for v, u in zip(lv["level"], lv["level_unit"], strict=True)]
    money = lv.dropna(subset=["_yuan"]).sort_values("_yuan", ascending=False, kind="stable")
    return None if money.empty else money.iloc[0]


def _largest_level(r: pd.Series | None) -> list[str]:
    """The largest money level (``_largest_money``), the scale of the section."""
    if r is None:
        return []
    return [f"The largest sum of money: {name(r)}, "
            f"{quantity(r['level'], r['level_unit'], r['level_qualifier'], label=r['indicator'])}."]


def _common_unit(pairs: pd.DataFrame, money: pd.Series | None) -> list[str]:
    """The largest level in the unit the section uses most: "The largest of its 5 figures
    in cases: Public-order cases dealt with (查处治安案件) was 35,529 cases (35,529件)";
    nothing when that is the largest sum of money (``money``: ``_largest_money``), already
    said (tester 70: State Council 2016 said its 3.2 trillion yuan of bonds twice)."""
    lv = pairs[pairs["level"].notna() & (pairs["level_unit"] != "%")]
    if lv.empty:
        return []
    unit = lv["level_unit"].value_counts().index[0]
    g = lv[lv["level_unit"] == unit].sort_values("level", ascending=False, kind="stable")
    top = g.iloc[0]
    if money is not None and money.name == top.name:
        return []
    words = english.unit_en(unit)
    if words == "count":
        of = f"of its {len(g)} counts" if len(g) > 1 else "count"
    else:
        of = f"of its {plural(len(g), 'figure')} in {words}" if len(g) > 1 \
            else f"figure in {words}"
    return [f"The largest {of}: {describe_change(top)}"]


def section_findings(pairs: pd.DataFrame, title: str, kind: str = "review",
                     followed: pd.DataFrame | None = None, terms: Sequence[str] = (),
                     places: Sequence[str] = (), glossary: Mapping[str, Any] | None = None
                     ) -> list[str]:
    """Two to four findings for a section chapter, in plain English, from its data.

    ``pairs``: ``analysis.levels_and_changes`` of the section; ``followed``: its targets
    beside last year's results (plan chapters). A section without figures is described
    by its key terms and named places, in English where the glossary knows them.
    """
    out: list[str] = []
    if len(pairs):
        money = _largest_money(pairs)
        out += _extremes(pairs) + _shares(pairs) + _largest_level(money)
        if len(out) < 2:
            out += [c for c in _common_unit(pairs, money) if c not in out]
        if kind == "plan":
            n = int((pairs["kind"] == "target").sum())
            if n:
                out.insert(0, f"The section commits to {plural(n, 'figure')} for the year.")
        if followed is not None and len(followed):
            out += target_moves(followed)
        if not out:  # no growth rate, share or sum (gaps in percentage points, SC 2015 p1.s1)
            first = "Its one statement" if len(pairs) == 1 else \
                f"The first of its {plural(len(pairs), 'statement')}"
            out.append(f"{first}: {describe_change(pairs.iloc[0])}")
    else:
        def en(t: str, place: bool) -> str:  # "Singapore (新加坡)", "laboratories (实验室)"
            return word_named(t, glossary or {}, place)

        if terms:  # session 69: "it commits to in words: its …" was no sentence
            out.append(f"The section states no figures; its most distinctive terms, "
                       f"the words it uses more than the other sections, are "
                       f"{join([en(t, False) for t in list(terms)[:4]])}.")
        if places:
            out.append(f"It names {join([en(p, True) for p in list(places)[:4]])}.")
        if not out:
            out.append(f"The section “{title}” states no figures.")
    return out[:4]


# ----------------------------------------------------------------------------- captions


def caption_levels(df: pd.DataFrame, what: str = "Levels") -> str:
    """"Levels by unit, largest first; the largest sum is retail sales, 80.42 billion yuan."""
    d = df[pd.to_numeric(df["value"], errors="coerce").notna()]
    if d.empty:
        return f"{what}: none."
    counts = d["unit"].value_counts()
    unit = counts.index[0]
    top = d[d["unit"] == unit].assign(_v=lambda x: x["value"].astype(float)) \
        .sort_values("_v", ascending=False).iloc[0]
    amount = english.amount(float(top["value"]), unit, top.get("qualifier", ""))
    if len(d) == 1:
        return f"{what} of the section: one figure, {_label(top)}, {amount}."
    n, words = int(counts.iloc[0]), english.unit_en(unit)
    largest = ("the largest" if n == 1 else f"the largest of {n}") + (
        " counts" if words == "count" and n > 1 else " count" if words == "count"
        else f" {'figure' if n == 1 else 'figures'} in {words}")
    return (f"{what} of the section by unit, largest first; {largest} is {_label(top)}, "
            f"{amount}.")


def caption_changes(df: pd.DataFrame) -> str:
    """"4 of 5 growth rates are rises, the fastest Retail sales (+14%); one fall: …"; a
    growth in 倍 as its percentage (``english.as_percent``: 增长1倍 "+100%", session 68).
    The largest rise and the steepest fall are chosen among like figures (``_alike``): a
    count of firms is never "the largest" beside rates of 8.3% (tester 71 item 4), and is
    then said to be of the rates ("2 falls, the steepest of the rates …"); its qualifiers kept."""
    d = df[pd.to_numeric(df["value"], errors="coerce").notna()]
    short = [english.as_percent(v, u) for v, u in zip(d["value"].astype(float), d["unit"],
                                                      strict=True)]
    d = d.assign(_v=[v for v, _ in short], _u=[u for _, u in short])
    ups, downs = d[d["_v"] >= 0], d[d["_v"] < 0]
    parts = []
    if len(ups):
        alike = _alike(ups)
        t = alike.sort_values("_at", ascending=False, kind="stable").iloc[0]
        among = " of the rates" if len(alike) < len(ups) and t["_u"] == "%" else ""
        size = english.qualifier_short(f"+{number(t['_v'])}{t['_u']}", t.get("qualifier"))
        parts.append(f"{plural(len(ups), 'rise')}, the largest{among} {_label(t)} ({size})")
    if len(downs):
        alike = _alike(downs)
        t = alike.sort_values("_at", kind="stable").iloc[0]
        among = " of the rates" if len(alike) < len(downs) and t["_u"] == "%" else ""
        minus = "" if told_by_label(t, t["_v"], t["_u"]) else "−"  # "Reduction of …" (1,386万)
        size = f"{minus}{number(-t['_v'])}{t['_u']}"
        if english.bound(t.get("qualifier")) in ("above", "below"):  # 压减三分之一以上
            size = english.amount(t["_v"], t["_u"], t.get("qualifier"))  # "a fall of at least"
        parts.append(f"{plural(len(downs), 'fall')}, the steepest{among} {_label(t)} ({size})")
    return f"Changes stated: {join(parts)}." if parts else "No changes stated."


def _alike(d: pd.DataFrame) -> pd.DataFrame:
    """The rows of ``d`` (``_v`` a change, ``_u`` its unit) that can be ranked together, their
    size in ``_at``: the rates (%) when there are any, else those of the unit base most of
    them share (万元 and 亿元 both yuan, ranked in yuan: ``english.split_unit``)."""
    split = [english.split_unit(u) for u in d["_u"]]
    d = d.assign(_base=[b for _, b in split], _at=[f * v for (f, _), v in
                                                   zip(split, d["_v"], strict=True)])
    base = "%" if (d["_u"] == "%").any() else d["_base"].value_counts().index[0]
    return d[d["_base"] == base]


def caption_compare(df: pd.DataFrame, names: Mapping[str, str]) -> str:
    """The first shared indicator's targets in each report."""
    if df.empty:
        return "No indicator is targeted by both reports."
    key = df["key"].iloc[0]
    g = df[df["key"] == key]
    items = [f"{names.get(r['report_id'], r['report_id'])} "
             f"{english.amount(float(r['value']), r['unit'], r['qualifier'])}"
             for r in g.to_dict("records")]
    label = g["english"].iloc[0] or g["indicator"].iloc[0]
    n = df["key"].nunique()
    return (f"{plural(n, 'indicator')} targeted by both; {label}: {join(items)}.")


def none_compared(reports: pd.DataFrame, report_id: str, peers: Sequence[str],
                  names: Mapping[str, str]) -> str:
    """The overview's sentence when ``targets.compare_targets`` finds nothing to set
    beside a report's targets, naming what was compared (session 68, tester: "no other
    report … targets the same indicator" was written while two local reports of 2024 both
    targeted GDP: a local report is compared with the national one only, ``targets.peers``).
    ``reports``: the reports table (report_id, level, report_year); ``peers``: the reports
    compared; ``names``: report id → display name."""
    me = reports[reports["report_id"] == report_id]
    year = int(me["report_year"].iloc[0]) if len(me) else ""
    if peers:
        them = join([names.get(r, r) for r in peers])
        return f"No indicator is targeted in the same unit by this report and {them}."
    if len(me) and me["level"].iloc[0] == "national":
        return f"The data hold no other report of {year} to set these targets beside."
    return (f"The data hold no national report of {year} to set these targets beside (a "
            "local report's targets are compared with the country's, not with those of "
            "other local governments).")


def caption_structure(summary: pd.DataFrame) -> str:
    """"The review takes 38% of the text and the plan 55%; p1.s7 states the most figures"."""
    if summary.empty:
        return "No sections."
    share = summary.groupby("role")["share"].sum()
    parts = [f"the {r} {number(round(100 * share[r]))}%" for r in ("review", "plan")
             if r in share]
    top = summary.sort_values(["figures", "section"], ascending=[False, True]).iloc[0]
    return (f"Share of the text and figures per section: {join(parts)} of the text; "
            f"{top['section']} states the most figures ({int(top['figures'])}).")


def caption_density(summary: pd.DataFrame) -> str:
    """Which section argues most in numbers."""
    d = summary[summary["chars"] > 0]
    if d.empty:
        return "No sections."
    d = d.assign(_d=1000 * d["figures"] / d["chars"])
    top = d.sort_values(["_d", "section"], ascending=[False, True]).iloc[0]
    none = int((summary["figures"] == 0).sum())
    return (f"Length against figures: {top['section']} is the densest in figures "
            f"({number(round(top['_d'], 1))} per thousand characters); "
            f"{plural(none, 'section')} state{'s' if none == 1 else ''} none.")


def caption_heatmap(matrix: pd.DataFrame, part: str) -> str:
    """The term most concentrated in one section."""
    if matrix.empty:
        return f"No key terms for the {part}."
    share = matrix.div(matrix.sum(axis=1).where(lambda s: s > 0, 1.0), axis=0)
    term = share.max(axis=1).sort_values(ascending=False, kind="stable").index[0]
    section = share.loc[term].idxmax()
    return (f"The three most typical terms of each section of the {part}; {term} is the most "
            f"concentrated, in {section}.")


def caption_by_year(timeline: pd.DataFrame, local: str) -> str:
    """Indicators and years followed; ``local`` is ``context.level_noun`` (session 67)."""
    if timeline.empty:
        return "No indicator to follow over the years."
    years = sorted(int(y) for y in timeline["year"].dropna().unique())
    labels = list(dict.fromkeys(str(e or k) for e, k in zip(timeline["english"],
                                                            timeline["key"], strict=True)))
    return (f"Targets (filled) and results (hollow) of {join(labels)}, "
            f"{years[0]}–{years[-1]}, the country's and the {local}'s.")


# ----------------------------------------------------------------------------- admissions

_LIST = re.compile(r"[\u4e00-\u9fff]+(?:、[\u4e00-\u9fff]+)+")


def _item_rows(item: str, actuals: pd.DataFrame) -> pd.DataFrame:
    """The actuals whose label holds the longest tail (four characters or more) of
    ``item``: 特别是我区公共财政预算收入 → 区级公共财政预算收入."""
    item = item.split("等")[0]
    for start in range(len(item) - 3):
        tail = item[start:]
        hit = actuals[actuals["indicator"].str.contains(tail, regex=False)]
        if len(hit):
            return hit.assign(named=tail)
    return actuals.iloc[0:0].assign(named=item)


def describe_shortfalls(admitted: str, named: Sequence[str], pairs: pd.DataFrame,
                        glossary: Mapping[str, Any] | None = None) -> list[str]:
    """The review's admission (from ``shortfalls``) in sentences: the quote, the
    indicators it names in English, and each one's result for the year reviewed
    (``pairs``: ``analysis.levels_and_changes`` of the results ``shortfalls`` returns)."""
    if not admitted:
        # Only a sentence naming the indicators is read (session 69: the sentence said
        # "no shortfall" of a review it had not read for one in other words).
        return ["The review names no indicator that fell short of the year's plan."]
    said = [describe_change(r) for r in pairs.to_dict("records")]  # 进出口总额 in English too
    en = [name({"indicator": n, "english": english_or_gloss(n, glossary)}, mid=True)
          for n in named]
    return [f"The review admits: “{admitted}”", f"It names {join(en)}. " + (
                f"{'Its' if len(named) == 1 else 'Their'} results for the year, as the review "
                "states them:" if said else "The review states no figure for "
                f"{'it' if len(named) == 1 else 'them'}."), *said]


def shortfalls(sections: pd.DataFrame, ind: pd.DataFrame, report_id: str
               ) -> tuple[str, list[str], pd.DataFrame]:
    """The review's own admission that results fell short of the plan, and the results.
    Reads the review's sentences with a cue of ``vocab/cues.yml`` ``shortfall_cues``
    (Yuzhong 2014, section p1.s10: "…公共财政预算收入、社会消费品零售总额、居民人均可支配收入、
    群众安全感指数等几个指标，较年初计划存在不同程度的差距"; one indicator named alone:
    ``extract.admitted.admission``, tester 72). Returns the sentence (""
    when there is none), the indicators it names, and the review's results for them
    (``ind`` rows with a ``named`` column; a named indicator without a figure has none).
    """
    cues = load("cues")["shortfall_cues"]
    acts = ind[(ind["report_id"] == report_id) & (ind["kind"] == "actual")]
    rev = sections[(sections["report_id"] == report_id) & (sections["role"] == "review")]
    for text in rev["text"]:
        for sentence in re.split(r"(?<=[。！？；])", str(text)):
            if not any(c in sentence for c in cues):
                continue
            listed = _LIST.findall(sentence)
            if not listed:  # one indicator: 进出口总额出现下降，预期增长目标未能实现 (tester 72)
                if (said := admission(sentence))[1]:
                    labels = [label for label, _ in said[1]]
                    return said[0], labels, pd.concat([_item_rows(x, acts) for x in labels])
                continue
            span = max(listed, key=len)
            rows = [_item_rows(i, acts) for i in span.split("、")]
            items = [str(r["named"].iloc[0]) if len(r) else str(r["named"].iloc[0:1].sum())
                     for r in rows]
            items = [i or x.split("等")[0] for i, x in zip(items, span.split("、"), strict=True)]
            # The clause from the list to the end of the clause with the cue.
            start = sentence.index(span)
            cue_at = max(sentence.find(c) for c in cues)
            end = min((i for i in (sentence.find(p, cue_at) for p in "，。；") if i >= 0),
                      default=len(sentence))
            found = pd.concat(rows).drop_duplicates("figure_id")
            return sentence[start:end + 1].strip(), items, found
    return "", [], ind.iloc[0:0]


def outcomes_known(name: str, year: Any, later: str | None) -> str:
    """What the tables can say of whether a report's targets were met.

    A target of year N is judged in the report the extraction pairs it with
    (``targets.outcome_report``); ``later`` is that report's name, None when no target is
    paired: "Whether Yuzhong District's targets for 2014 were met cannot be read here …";
    ``name`` as a sentence names the government (``english.report_name``: "the State
    Council", session 71, re-test).
    """
    if later:
        return (f"{name[:1].upper()}{name[1:]}'s report of the next year is in the tables too "
                f"({later}): it says "
                f"what became of the targets for {year}, and the targets chapter sets each "
                "target the extraction paired beside its outcome (outcomes.csv).")
    following = f", for {int(year) + 1}," if pd.notna(year) else ""
    return (f"Whether {name}'s targets for {year} were met cannot be read here: that is "
            f"told in the government's next report{following} and the extraction pairs "
            "none of them with one in data/. Add that report to data/reports.yml (targets "
            "with a code in vocab/indicators.yml are paired) and the book gains a chapter "
            "setting each target beside its outcome (outcomes.csv).")
