"""A web article cut into pages: the site's pager in a report's text, and which pages the
text holds (session 70).

A news site may cut a long report into pages and print, under each, a pager: 上一页, the
page numbers and 下一页, each on a line of its own or on one line ("上一页 1 2 3 4 下一页",
"首页 上一页 1 2 … 尾页", "第1页 共4页"). A scraper that saved the article's address saved
page 1 only (高唐县 2024 in ``../shared/corpus-counties/county-tangxian-2024.txt``: its review,
then the pager, then the site's footer; no plan part). ``drop_pagers`` takes the pagers out
of the text and says which pages of how many the text holds (``WebPages``), so the build can
tell the user the text is incomplete instead of reading a report without targets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["WebPages", "drop_pagers", "pager_line"]

# One item of a pager, between optional arrows or brackets ("<上一页", "下一页>>", "[2]"): the
# turning words, the page numbers of the list (three digits at most), a page stated (第2页,
# 当前第2页, 2/4) or the count of pages (共4页), an ellipsis for pages left out of the list.
_ARROWS = r"[<>«»‹›\[\]【】〈〉《》]*"
_ITEM = (rf"{_ARROWS}(?:首页|尾页|末页|上一?页|下一?页|前一页|后一页|(?:当前)?第\d{{1,3}}页"
         rf"|共\d{{1,3}}页|\d{{1,3}}/\d{{1,3}}|\d{{1,3}}|…+|\.{{2,}}){_ARROWS}")
# A line that is nothing but pager items, apart or run together ("第1页共4页").
_LINE = re.compile(rf"\s*{_ITEM}(?:[\s|/,，、]*{_ITEM})*\s*")
_TURN = re.compile(r"上一?页|下一?页|前一页|后一页")
_BACK, _ON = re.compile(r"上一?页|前一页"), re.compile(r"下一?页|后一页")
_SHOWN = re.compile(r"第(\d{1,3})页|(\d{1,3})/\d{1,3}")
_COUNT = re.compile(r"共(\d{1,3})页|\d{1,3}/(\d{1,3})")
_NUMBER = re.compile(r"(?<![\d第共/])\d{1,3}(?![\d页/])")
# A line of the report's own text: a sentence or a long line (what makes a page hold text).
_TEXT = re.compile(r"[。！；]|^.{40,}")
# Digits run together past a page number's three: a year or a figure, never a pager's.
_LONG_NUMBER = re.compile(r"\d{4}")


@dataclass(frozen=True)
class WebPages:
    """The pages of a paged web article a text holds (``held``, ascending, 1-based) of
    ``count`` pages in all."""

    held: tuple[int, ...]
    count: int

    @property
    def missing(self) -> tuple[int, ...]:
        """The pages the text lacks, ascending: () for a text holding every page."""
        return tuple(p for p in range(1, self.count + 1) if p not in self.held)

    @property
    def words(self) -> str:
        """The pages held in words: "page 1 of 4", "pages 1 and 2 of 4", "pages 1 to 3 of 5"."""
        return f"{_pages(self.held)} of {self.count}"

    @property
    def warning(self) -> str:
        """One line for the build: "the text is page 1 of 4 of a web article; the rest is
        missing" ("…; pages 1 to 3 are missing" when earlier pages are)."""
        lost = self.missing
        what = "the rest is" if min(lost) > max(self.held) else \
            f"{_pages(lost)} {'is' if len(lost) == 1 else 'are'}"
        return f"the text is {self.words} of a web article; {what} missing"


def _pages(pages: tuple[int, ...]) -> str:
    if len(pages) == 1:
        return f"page {pages[0]}"
    if len(pages) == 2:
        return f"pages {pages[0]} and {pages[1]}"
    if list(pages) == list(range(pages[0], pages[-1] + 1)):
        return f"pages {pages[0]} to {pages[-1]}"
    return "pages " + ", ".join(map(str, pages[:-1])) + f" and {pages[-1]}"


@dataclass(frozen=True)
class _Pager:
    first: int  # index of its first line
    last: int   # index of its last line
    shown: int | None
    count: int | None
    back: bool  # it offers a page before (上一页)
    on: bool    # it offers a page after (下一页)


def _pager(block: list[str], first: int, last: int) -> _Pager | None:
    """The pager of the lines ``block`` (all pager lines), or None where they are none: no
    turning word and no page stated with a count (a table's row number on a line of its
    own, a breadcrumb's 首页), or page numbers out of order (a list of figures)."""
    text = " ".join(block)
    shown, count = _SHOWN.search(text), _COUNT.search(text)
    numbers = [int(n) for n in _NUMBER.findall(text)]
    if not (_TURN.search(text) or (shown and count)) \
            or numbers != sorted(set(numbers)):
        return None
    total = int(next(filter(None, count.groups()))) if count else max(numbers, default=0)
    return _Pager(first, last, int(next(filter(None, shown.groups()))) if shown else None,
                  total or None, bool(_BACK.search(text)), bool(_ON.search(text)))


def pager_line(line: str) -> bool:
    """Is ``line`` nothing but a pager's items ("上一页 1 2 3 4 下一页", "第1页 共4页", "2")?
    A run of such lines is a pager when it holds a turning word or a page stated with a
    count (``drop_pagers``); ``scars`` joins no spaced-out number on such a line."""
    return bool(_LINE.fullmatch(line)) and not _LONG_NUMBER.search(line)


def _pagers(lines: list[str]) -> list[_Pager]:
    """The pagers of ``lines``: runs of pager lines (blank lines between them allowed)."""
    found, run = [], []
    for i, line in enumerate([*lines, "\x00"]):
        if pager_line(line):
            run.append(i)
        elif line.strip():
            if run and (p := _pager([lines[j] for j in run], run[0], run[-1])):
                found.append(p)
            run = []
    return found


def drop_pagers(lines: list[str]) -> tuple[list[str], WebPages | None]:
    """The lines without the site's pagers, and the pages of the article the text holds
    (None when it has no pager, a pager of one page, or every page of the article).

    The page a pager closes is the one it states (第2页, 2/4); else the last page for a
    pager offering no page after it (上一页 without 下一页), the first for one offering no
    page before it, and otherwise the k-th pager closes page k (a capture starts at the
    article's address, its first page). Report text after the last pager is one more page
    (a capture of every page, the last without a pager). The count is the one stated (共4页)
    or the highest page number listed.
    """
    pagers = _pagers(lines)
    if not pagers:
        return lines, None
    drop = {i for p in pagers for i in range(p.first, p.last + 1)}
    kept = [line for i, line in enumerate(lines) if i not in drop]
    count = max((p.count or 0) for p in pagers)
    held = set()
    for k, p in enumerate(pagers, 1):
        page = p.shown or (count if p.back and not p.on else 1 if p.on and not p.back else k)
        held.add(min(page, count) if count else page)
    if count and any(_TEXT.search(line) for line in lines[pagers[-1].last + 1:]):
        held.add(min(max(held) + 1, count))
    pages = WebPages(tuple(sorted(held)), count)
    return kept, pages if count > 1 and pages.missing else None
