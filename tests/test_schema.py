"""The tables' schema: what its descriptions say of the values."""

from __future__ import annotations

import re

from workreport.schema import SCHEMA


def test_section_styles_are_described_as_the_structure_marks_them():
    """Every style of ``sections.style`` is described; ``item`` is the numbered points
    一、二、 used as item lists (parts without numbers, an appendix), not the appendix
    alone (extract/headings.py, ``POINTS``)."""
    from workreport.extract.headings import POINTS

    _, _, text, _, enum = next(f for f in SCHEMA["sections"][1] if f[0] == "style")
    assert POINTS in enum
    for style in enum:
        assert re.search(rf"\b{style} [(（一第]", text), style
    item = text.split(f"{POINTS} (", 1)[1].split("closing")[0]
    assert "一、" in item and "appendix" in item and "points" in item
