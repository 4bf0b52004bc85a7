"""The project's layout: where the catalogue, tables, templates, generated notebooks,
work files and HTML live, and how a figure's anchor on the annotated page is named.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

__all__ = ["Layout", "anchor", "href"]


@dataclass(frozen=True)
class Layout:
    """Where everything lives, relative to the project root (the kernels' cwd)."""

    root: Path

    @classmethod
    def at(cls, root: str | Path) -> Layout:
        return cls(Path(root).resolve())

    @property
    def catalog(self) -> Path:
        return self.root / "data" / "reports.yml"

    @property
    def glossary(self) -> Path:
        """The project's own ``data/glossary.csv`` when it has one, else the glossary
        shipped with the package."""
        own = self.root / "data" / "glossary.csv"
        if own.is_file():
            return own
        # glossary.PACKAGED, named without importing glossary (and pandas with it): the
        # no-op build asks for this path (tests/test_book.py checks they agree).
        return Path(__file__).parent / "vocab" / "glossary.csv"

    @property
    def processed(self) -> Path:
        return self.root / "data" / "processed"

    @property
    def data_dir(self) -> str:
        """The notebooks' ``data_dir`` parameter: relative, so outputs hold no machine path."""
        return self.processed.relative_to(self.root).as_posix()

    @property
    def templates(self) -> Path:
        return self.root / "notebooks"

    @property
    def generated(self) -> Path:
        return self.root / "book" / "generated"

    @property
    def work(self) -> Path:
        return self.root / ".workreport"

    @property
    def html(self) -> Path:
        return self.root / "_build" / "html"

    def rel(self, path: Path) -> str:
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return str(path)


def anchor(figure_id: str) -> str:
    """The HTML id of a figure on its report's annotated page: ``…#f001`` → ``fig-f001``."""
    return "fig-" + figure_id.rsplit("#", 1)[-1]


def href(figure_id: str) -> str:
    """A link to a figure from any chapter of any report (chapters of a report share a
    folder, and reports are sibling folders): ``../yuzhong-2014/report.html#fig-f001``."""
    report_id = figure_id.rsplit("#", 1)[0]
    return f"../{report_id}/report.html#{anchor(figure_id)}"
