"""The catalogued reports extracted once per test session, as the notebooks read them.

Not a conftest fixture on purpose (conftest.py belongs to the data-layer tests); the
analysis, terms and chart tests call ``extracted_tables()``. ``frame`` builds a small
synthetic indicators table, ``one`` picks the single row a test is about. The tables are written
without a glossary and read back with ``load_tables``, so the tests never depend on
the glossary being edited elsewhere.
"""

from __future__ import annotations

import tempfile
from functools import cache
from pathlib import Path

import pandas as pd
import pytest

from workreport.dataset import Tables, load_tables
from workreport.extract.catalog import available, load_catalog
from workreport.extract.run import extract_to
from workreport.glossary import Glossary

ROOT = Path(__file__).resolve().parents[1]
YUZHONG = "yuzhong-2014"
NATIONAL = "national-statecouncil-2014"


@cache
def extracted_tables() -> Tables:
    """Extract data/reports.yml into a temporary directory and load it back."""
    reports, absent = available(load_catalog(ROOT / "data" / "reports.yml"))
    if absent:  # the State Council's texts are read from ../shared/corpus
        pytest.skip(f"{absent[0]} (and {len(absent) - 1} more)")
    out = Path(tempfile.mkdtemp(prefix="workreport-tests-")) / "processed"
    extract_to(reports, out, Glossary())  # no glossary
    return load_tables(out)


def one(df: pd.DataFrame, **where) -> pd.Series:
    rows = df
    for k, v in where.items():
        rows = rows[rows[k] == v]
    assert len(rows) == 1, f"expected one row where {where}, got {len(rows)}"
    return rows.iloc[0]


def frame(rows: list[dict]) -> pd.DataFrame:
    """A minimal indicators table for pairing logic that must not depend on the extractor."""
    base = {"report_id": "r", "kind": "actual", "year": 2013, "measure": "level",
            "value_high": float("nan"), "qualifier": "", "indicator_en": "",
            "sentence_index": 0}
    out = []
    for i, r in enumerate(rows):
        row = {**base, "figure_id": f"{r.get('report_id', 'r')}#f{i:03d}", "start": i * 10,
               **r}
        row.setdefault("section", "p1.s1" if row["kind"] == "actual" else "p2.s0")
        row.setdefault("part", 1 if row["kind"] == "actual" else 2)
        row.setdefault("role", "review" if row["kind"] == "actual" else "plan")
        row.setdefault("quote", f"{row['value']}{row['unit']}")
        out.append(row)
    return pd.DataFrame(out)
