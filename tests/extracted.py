"""The catalogued reports extracted once per test session, as the notebooks read them.

Not a conftest fixture on purpose (conftest.py belongs to the data-layer tests); the
analysis, terms and chart tests call ``extracted_tables()``. The tables are written
without a glossary and read back with ``load_tables``, so the tests never depend on
the glossary being edited elsewhere.
"""

from __future__ import annotations

import tempfile
from functools import cache
from pathlib import Path

import pytest

from workreport.analysis import Tables, load_tables
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
