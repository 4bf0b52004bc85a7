"""The project layout (workreport.paths)."""

from __future__ import annotations

from pathlib import Path

from workreport import glossary
from workreport.paths import Layout


def test_glossary_falls_back_to_the_packaged_one(tmp_path: Path):
    layout = Layout.at(tmp_path)
    assert layout.glossary == glossary.PACKAGED and layout.glossary.is_file()
    own = tmp_path / "data" / "glossary.csv"
    own.parent.mkdir()
    own.write_text("term\n", encoding="utf-8")
    assert layout.glossary == own
