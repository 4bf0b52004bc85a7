"""The one way an extraction runs: reports in, validated tables written to a directory.

``workreport extract`` (the CLI), ``workreport build`` (the book's first step) and the
tests all call ``extract_to``; nothing else strings the stages together.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from workreport.extract.catalog import Report
from workreport.extract.outcomes import pair_outcomes
from workreport.extract.tables import Extraction, extract_reports, write_tables
from workreport.glossary import Glossary

__all__ = ["extract_to"]


def extract_to(reports: Sequence[Report], out: str | Path,
               glossary: Glossary | None = None) -> list[Extraction]:
    """Extract ``reports`` into one set of tables in ``out`` and return each extraction.

    Writes ``reports``, ``sections``, ``indicators``, ``numbers``, ``sentences`` (CSV),
    ``outcomes`` when the reports hold consecutive years of one government (targets
    paired with the next year's outcomes, extract/outcomes.py), ``datapackage.json`` and
    ``text/<report_id>.txt`` (the normalised text every offset points into), each
    atomically; a text of a report no longer extracted, or an ``outcomes.csv`` with
    nothing left to pair, is removed.
    Raises ``WorkreportError`` (one line, naming the file) before anything is written if
    any report cannot be read.
    """
    tables, done = extract_reports(reports, glossary)
    outcomes = pair_outcomes(tables)
    if not outcomes.empty:
        tables["outcomes"] = outcomes
    out = Path(out)
    write_tables(tables, out, {e.report.id: e.structure.text for e in done})
    if outcomes.empty:
        # No consecutive years now: no stale verdicts from an earlier extraction.
        (out / "outcomes.csv").unlink(missing_ok=True)
    keep = {f"{e.report.id}.txt" for e in done}
    for stale in sorted((out / "text").glob("*.txt")):
        if stale.name not in keep:
            stale.unlink()
    return done
