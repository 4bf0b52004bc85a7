"""Every corpus report extracts, with its sections, headline targets and labels right.

Also measured here, on reports the rules were not written from: the full figure tables of
two hand-labelled reports (recall, precision, label and kind accuracy), and the share of
broken labels over every report of ../shared that extracts.
"""

from __future__ import annotations

import csv
from collections import Counter, defaultdict

import pandas as pd
import pytest

from workreport.errors import WorkreportError
from workreport.extract.catalog import report_for_file
from workreport.extract.naming import label_defect
from workreport.extract.tables import extract_report

from .conftest import CORPUS, DATA, SHARED, shared_extraction
from .test_figures import match

TARGETS = defaultdict(list)
for row in csv.DictReader((DATA / "targets_corpus.csv").open(encoding="utf-8")):
    TARGETS[row["report"]].append(row)

pytestmark = pytest.mark.skipif(not CORPUS, reason="../shared/corpus is not beside the repo")


@pytest.fixture(scope="module")
def extracted():
    return {p.stem: shared_extraction(p) for p in CORPUS}


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem)
def test_structure_found(extracted, path):
    e = extracted[path.stem]
    sections = e.tables["sections"]
    roles = set(sections.role)
    assert {"front", "review", "plan"} <= roles
    review = sections[sections.role == "review"]
    plan = sections[(sections.role == "plan") & (sections.number > 0)]
    # Every report reviews its year in sections or at least a preamble, and plans in sections.
    assert len(review) >= 1 and len(plan) >= 3
    assert len(e.tables["indicators"]) >= 40
    # The report year comes from the title; the review part names the year reviewed.
    rep = e.tables["reports"].iloc[0]
    assert rep.report_year - rep.year_reviewed in (1, 5) or rep.year_reviewed < rep.report_year


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem)
def test_every_figure_token_has_a_row(extracted, path):
    t = extracted[path.stem].tables
    figs = t["numbers"][t["numbers"]["class"] == "figure"]
    assert figs.figure_id.notna().all()
    ind = t["indicators"]
    # A figure given to several subjects ("…办复率、满意率均达100%") has a row per subject,
    # each quoting the token; the token links to the first of them.
    assert set(figs.figure_id) <= set(ind.figure_id)
    linked = ind.figure_id.isin(figs.figure_id)
    spans = set(zip(ind[linked].start, ind[linked].end, strict=True))
    assert set(zip(ind[~linked].start, ind[~linked].end, strict=True)) <= spans


@pytest.mark.parametrize("report", sorted(TARGETS), ids=str)
def test_headline_targets(extracted, report):
    rows = extracted[report].tables["indicators"]
    targets = rows[rows.kind == "target"]
    missing = []
    for g in TARGETS[report]:
        hit = targets[(targets.quote == g["quote"]) & (targets.measure == g["measure"])
                      & (targets.unit == g["unit"])
                      & ((targets.value.astype(float) - float(g["value"])).abs() < 1e-9)]
        if hit.empty:
            missing.append(f"{g['indicator']} {g['quote']} ({g['measure']})")
    share = 1 - len(missing) / len(TARGETS[report])
    assert share >= 0.9, missing
    gdp = TARGETS[report][0]
    gdp_rows = targets[(targets.quote == gdp["quote"]) & (targets.measure == gdp["measure"])]
    assert not gdp_rows.empty, f"headline GDP target {gdp['quote']} not found"


# Reports labelled by hand, figure by figure (tests/data/README.md), after the rules of
# issue 13 were written: a county report and the 2024 State Council report (the rules have
# since been tuned on these two), and six reports the rules were never tuned on: a
# province (Hebei 2025), a city (Nanjing 2024) and a Baoding county (易县 2018), and,
# labelled after round 3, another Baoding county (涞源县 2021), a city (Chengde 2024) and
# a province (Sichuan 2025).
UNSEEN = {"qingyuan_2025_gold.csv": "corpus-counties/county-qingyuan-2025.txt",
          "statecouncil_2024_gold.csv": "corpus-extra/national-statecouncil-2024.txt",
          "hebei_2025_gold.csv": "corpus/province-hebei-2025.txt",
          "nanjing_2024_gold.csv": "corpus-extra/city-nanjing-2024.txt",
          "yixian_2018_gold.csv": "corpus-counties/county-yixian-2018.txt",
          "laiyuan_2021_gold.csv": "corpus-counties/county-laiyuan-2021.txt",
          "chengde_2024_gold.csv": "corpus-extra/city-chengde-2024.txt",
          "sichuan_2025_gold.csv": "corpus/province-sichuan-2025.txt"}
# Floors a little under what was measured (README, "How accurate the labels are"). The label
# rules were tuned on the first two reports since, so these floors guard tuned figures:
# they catch regressions, they do not measure accuracy on unseen reports.
UNSEEN_FLOORS = {"recall": 0.95, "precision": 0.95, "label": 0.88, "kind": 0.97}
# The never-tuned reports: today's figures (bench/label_rounds.md)
# less a small margin, so that a change to the rules cannot make them worse unnoticed.
NEVER_TUNED_FLOORS = {
    # Labelled after round 3, held out from rounds 4 and 5 (bench/label_rounds.md); floors are the
    # measurement after round 5 less a small margin. Their gold files were never tuned on, but from
    # round 24 the development draws took rows of their texts (README, "How accurate the labels
    # are"), so these floors guard figures, as the tuned ones do; they measure no unseen text.
    "chengde_2024_gold.csv": {"recall": 0.95, "precision": 0.96, "label": 0.66,
                              "kind": 0.97, "value": 0.97, "unit": 0.97},
    "sichuan_2025_gold.csv": {"recall": 0.92, "precision": 0.92, "label": 0.62,
                              "kind": 0.97, "value": 0.97, "unit": 0.97},
}

# Reports once never tuned on whose label errors were studied row by row since (涞源县
# 2021 in the fifth round of issue 13 §2, Hebei 2025 and Nanjing 2024 in the seventh):
# tuned, with floors of their own a little under the figures measured after that round.
TUNED_FLOORS = {
    "laiyuan_2021_gold.csv": {"recall": 0.92, "precision": 0.93, "label": 0.61,
                              "kind": 0.97, "value": 0.97, "unit": 0.97},
    # 易县 2018: its wrong labels studied row by row in the seventh round (label 0.804 →
    # 0.814 then); floors a little under that measurement.
    "yixian_2018_gold.csv": {"recall": 0.93, "precision": 0.93, "label": 0.79,
                             "kind": 0.94, "value": 0.97, "unit": 0.97},
    "hebei_2025_gold.csv": {"recall": 0.95, "precision": 0.97, "label": 0.86,
                            "kind": 0.97, "value": 0.99, "unit": 0.97},
    "nanjing_2024_gold.csv": {"recall": 0.96, "precision": 0.96, "label": 0.79,
                              "kind": 0.97, "value": 0.97, "unit": 0.97},
}


def _located(gold: list[dict], rows) -> list[tuple[dict, object]]:
    """Pairs each gold row with the extracted row at the same place (same section, the
    same quote or one quote containing the other, exact quotes first, in text order),
    whatever the value, unit, measure or label extracted there; unpaired rows are left out."""
    taken: set = set()
    pairs = []
    by_section = {s: part.sort_values("start") for s, part in rows.groupby("section")}
    for g in gold:
        part = by_section.get(g["section"])
        if part is None:
            continue
        exact = [i for i, q in part.quote.items() if q == g["quote"] and i not in taken]
        near = [i for i, q in part.quote.items() if i not in taken and q
                and (_within(q, g["quote"]) or _within(g["quote"], q))]
        if hit := (exact or near):
            taken.add(hit[0])
            pairs.append((g, rows.loc[hit[0]]))
    return pairs


def _within(short: str, long: str) -> bool:
    """``short`` occurs in ``long`` and is not part of a longer number there (5个 is not
    within 15个)."""
    at = long.find(short)
    while at >= 0:
        before = long[at - 1] if at else ""
        after = long[at + len(short)] if at + len(short) < len(long) else ""
        if not (before.isdigit() or before == "." or (short[-1].isdigit() and after.isdigit())):
            return True
        at = long.find(short, at + 1)
    return False


def unseen_scores(gold: list[dict], rows) -> dict[str, float]:
    """Recall and precision as for the Yuzhong gold; label accuracy (the extracted label is
    the gold label, character for character) and kind accuracy over the gold rows whose
    value, unit, measure and section were found; value, unit, measure and qualifier
    accuracy over the gold rows whose place was found (``_located``), and the share of
    gold rows so located. Every score is a fraction in [0, 1]."""
    missed, used = match(gold, rows)
    found, taken = [], set()
    for g in gold:
        cand = rows[(rows.section == g["section"]) & (rows.measure == g["measure"])
                    & (rows.unit == g["unit"])
                    & ((rows.value.astype(float) - float(g["value"])).abs() < 1e-9)]
        hit = next((i for i, r in cand.iterrows() if i not in taken and r.quote == g["quote"]),
                   next((i for i in cand.index if i not in taken), None))
        if hit is not None:
            taken.add(hit)
            found.append((g, rows.loc[hit]))
    placed = _located(gold, rows)

    def same_number(a, b) -> bool:
        return (a == b == "") or (a != "" and b != "" and abs(float(a) - float(b)) < 1e-9)

    def share(pairs, ok) -> float:
        return sum(ok(g, r) for g, r in pairs) / max(len(pairs), 1)

    return {"recall": 1 - len(missed) / len(gold), "precision": len(used) / len(rows),
            "label": share(found, lambda g, r: g["indicator"] == r.indicator),
            "kind": share(found, lambda g, r: g["kind"] == r.kind),
            "located": len(placed) / len(gold),
            "value": share(placed, lambda g, r: same_number(g["value"], _text(r.value))
                           and same_number(g["value_high"], _text(r.value_high))),
            "unit": share(placed, lambda g, r: g["unit"] == _text(r.unit)),
            "measure": share(placed, lambda g, r: g["measure"] == r.measure),
            "qualifier": share(placed, lambda g, r: g["qualifier"] == _text(r.qualifier))}


def _text(x) -> str:
    """A table cell as the gold CSV writes it: missing values are empty strings."""
    return "" if pd.isna(x) else str(x)


def test_scorer_pairs_gold_and_extracted_rows_by_place():
    """Value and unit accuracy rest on pairing by section and quote: a quote pairs with
    one that contains it (超过四成 with 四成) but 5个 never with 15个."""
    gold = [{"section": "p1.s1", "quote": q, "value": v, "value_high": "", "unit": u,
             "qualifier": ql, "indicator": "x", "kind": "actual", "measure": m}
            for q, v, u, ql, m in (("5个", "5", "个", "", "level"),
                                   ("超过四成", "40", "%", "超过", "share"),
                                   ("8%", "8", "%", "", "change"))]
    rows = pd.DataFrame({"section": ["p1.s1"] * 3, "start": [1, 5, 9],
                         "quote": ["15个", "四成", "8%"], "value": [15.0, 40.0, 8.0],
                         "value_high": [None] * 3, "unit": ["个", "%", "%"],
                         "qualifier": [None, None, None], "indicator": ["x"] * 3,
                         "kind": ["actual"] * 3, "measure": ["level", "share", "share"]})
    assert [g["quote"] for g, _ in _located(gold, rows)] == ["超过四成", "8%"]
    scores = unseen_scores(gold, rows)
    assert scores["located"] == 2 / 3 and scores["value"] == 1 and scores["unit"] == 1
    assert scores["measure"] == 0.5 and scores["qualifier"] == 0.5


@pytest.mark.parametrize("gold_file", sorted(UNSEEN))
def test_unseen_reports_against_hand_labels(gold_file):
    path = SHARED / UNSEEN[gold_file]
    if not path.exists():
        pytest.skip(f"{path} is not beside the repo")
    gold = list(csv.DictReader((DATA / gold_file).open(encoding="utf-8")))
    scores = unseen_scores(gold, extract_report(report_for_file(path)).tables["indicators"])
    print(gold_file, " ".join(f"{k} {v:.3f}" for k, v in scores.items()))
    floors = NEVER_TUNED_FLOORS.get(gold_file) or TUNED_FLOORS.get(gold_file, UNSEEN_FLOORS)
    for k, floor in floors.items():
        assert scores[k] >= floor, (k, scores)


def _shared_reports() -> list:
    return sorted(p for d in ("corpus", "corpus-extra", "corpus-counties")
                  for p in (SHARED / d).glob("*.txt"))


@pytest.mark.skipif(not _shared_reports(), reason="../shared is not beside the repo")
def test_labels_are_not_junk_over_the_whole_corpus():
    """Issue 13 §3: at most 1% of the rows of every report that extracts have a broken
    label (empty, one character, stray digits, a leading 和/及/、/分别, a trailing
    增长-/不/之间, a bare verb). Reports that do not extract yet are counted and skipped."""
    defects: Counter[str] = Counter()
    rows = skipped = 0
    examples = []
    for path in _shared_reports():
        try:
            labels = shared_extraction(path).tables["indicators"].indicator
        except WorkreportError:
            skipped += 1
            continue
        rows += len(labels)
        for name in labels:
            if why := label_defect(name):
                defects[why] += 1
                examples.append(f"{path.stem}: {name!r} ({why})")
    rate = sum(defects.values()) / rows
    print(f"junk labels {sum(defects.values())}/{rows} = {rate:.2%} "
          f"({dict(defects)}; {skipped} reports do not extract)")
    assert rate <= 0.008, "\n".join(examples[:40])  # 0.66% measured; the issue asks ≤1%
