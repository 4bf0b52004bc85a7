"""Shared fixtures: paths, the extracted Yuzhong report, the corpus, the phrasing cases."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from workreport.errors import WorkreportError
from workreport.extract.catalog import load_catalog, report_for_file
from workreport.extract.readers import ReportWarning
from workreport.extract.tables import Extraction, extract_report

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"
YUZHONG = ROOT / "data" / "raw" / "yuzhong-2014.txt"
SHARED = ROOT.parent / "shared"
CORPUS = sorted((SHARED / "corpus").glob("*.txt"))
# The tests' book links its launch buttons to this repository (it need not exist: no test
# follows the links off this machine), so they are there whatever remote the checkout has.
TEST_REPOSITORY = "https://github.com/workreport-tests/yuzhong-book"


def data_cases(name: str) -> list[dict[str, str]]:
    """The rows of the case table ``tests/data/NAME``, one dict a row, values as written.

    A case table is a UTF-8 CSV with a header row whose lines starting with ``#`` are
    comments (they say which rule the cases below them test). The phrasing tests of
    test_figures and test_nonfigures keep their cases there, not in Python lists, so each
    case is one line of data and the tables of several tests share this one reader.
    """
    with (DATA / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


_EXTRACTIONS: dict[Path, Extraction | WorkreportError] = {}


def shared_extraction(path: Path) -> Extraction:
    """The extraction of the report file ``path`` (one of ../shared), made once per session.

    test_codes, test_corpus, test_structure and test_headings all read the whole shared corpus
    (some 120 reports, a minute and more a pass); this one cache makes it one pass for the
    session. Its tables are shared between the tests: read them, never modify them. The
    report's warnings (ReportWarning) are not shown; a report that does not extract raises
    its WorkreportError again on every call.
    """
    key = Path(path).resolve()
    if key not in _EXTRACTIONS:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", ReportWarning)
                _EXTRACTIONS[key] = extract_report(report_for_file(path))
        except WorkreportError as err:
            _EXTRACTIONS[key] = err
    got = _EXTRACTIONS[key]
    if isinstance(got, WorkreportError):
        raise got
    return got


def corpus_files() -> list[Path]:
    """The 36 corpus reports, plus Yuzhong; skip where shared/ is not beside the repo."""
    return [YUZHONG, *CORPUS]


@pytest.fixture(scope="session")
def catalog():
    return {r.id: r for r in load_catalog(ROOT / "data" / "reports.yml")}


@pytest.fixture(scope="session")
def yuzhong(catalog) -> Extraction:
    return extract_report(catalog["yuzhong-2014"])


@pytest.fixture(scope="session")
def built_book() -> Path:
    """The real book, built once per session (incremental: cheap when up to date)."""
    env = {**os.environ, "WORKREPORT_REPOSITORY_URL": TEST_REPOSITORY}
    r = subprocess.run([sys.executable, "-m", "workreport.cli", "build", "-q"], cwd=ROOT,
                       capture_output=True, text=True, env=env)
    assert r.returncode == 0, r.stderr[-2000:]
    html = ROOT / "_build" / "html"
    assert (html / "index.html").exists()
    return html
