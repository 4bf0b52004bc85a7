"""Every corpus report extracts, with its sections and its headline targets right."""

from __future__ import annotations

import csv
from collections import defaultdict

import pytest

from workreport.extract.catalog import report_for_file
from workreport.extract.tables import extract_report

from .conftest import CORPUS, DATA

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
