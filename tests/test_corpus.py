"""Every corpus report extracts, with its sections, headline targets and labels right.

Also measured here, on reports the rules were not written from: the full figure tables of
two hand-labelled reports (recall, precision, label and kind accuracy), and the share of
broken labels over every report of ../shared that extracts.
"""

from __future__ import annotations

import csv
from collections import Counter, defaultdict

import pytest

from workreport.errors import WorkreportError
from workreport.extract.catalog import report_for_file
from workreport.extract.naming import label_defect
from workreport.extract.tables import extract_report

from .conftest import CORPUS, DATA, SHARED
from .test_figures import match

TARGETS = defaultdict(list)
for row in csv.DictReader((DATA / "targets_corpus.csv").open(encoding="utf-8")):
    TARGETS[row["report"]].append(row)

pytestmark = pytest.mark.skipif(not CORPUS, reason="../shared/corpus is not beside the repo")


@pytest.fixture(scope="module")
def extracted():
    return {p.stem: extract_report(report_for_file(p)) for p in CORPUS}


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
    assert set(figs.figure_id) == set(t["indicators"].figure_id)


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


# Two reports labelled by hand, figure by figure (tests/data/README.md), after the rules of
# issue 13 were written: a county report and the 2024 State Council report.
UNSEEN = {"qingyuan_2025_gold.csv": "corpus-counties/county-qingyuan-2025.txt",
          "statecouncil_2024_gold.csv": "corpus-extra/national-statecouncil-2024.txt"}
# Floors a little under what was measured (README, "How a label is formed"). The label
# rules were tuned on both reports since, so these floors guard tuned figures: they catch
# regressions, they do not measure accuracy on unseen reports.
UNSEEN_FLOORS = {"recall": 0.95, "precision": 0.95, "label": 0.88, "kind": 0.97}


def unseen_scores(gold: list[dict], rows) -> dict[str, float]:
    """Recall and precision as for the Yuzhong gold; label accuracy (the extracted label is
    the gold label, character for character) and kind accuracy over the gold rows whose
    value, unit, measure and section were found."""
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
    return {"recall": 1 - len(missed) / len(gold), "precision": len(used) / len(rows),
            "label": sum(g["indicator"] == r.indicator for g, r in found) / len(found),
            "kind": sum(g["kind"] == r.kind for g, r in found) / len(found)}


@pytest.mark.parametrize("gold_file", sorted(UNSEEN))
def test_unseen_reports_against_hand_labels(gold_file):
    path = SHARED / UNSEEN[gold_file]
    if not path.exists():
        pytest.skip(f"{path} is not beside the repo")
    gold = list(csv.DictReader((DATA / gold_file).open(encoding="utf-8")))
    scores = unseen_scores(gold, extract_report(report_for_file(path)).tables["indicators"])
    print(gold_file, " ".join(f"{k} {v:.3f}" for k, v in scores.items()))
    for k, floor in UNSEEN_FLOORS.items():
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
            labels = extract_report(report_for_file(path)).tables["indicators"].indicator
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
