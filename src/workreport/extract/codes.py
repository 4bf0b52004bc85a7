"""Indicator codes: the concept a label names, shared by every report, level and year.

``code_for("全县生产总值")`` → ``"gdp"``; ``code_for("旅游收入")`` → ``""`` (nothing fits).
The vocabulary is data (``vocab/indicators.yml``): each code has an English name, the
unit family its levels are counted in, exact labels and whole-label patterns. A label is
looked up after its geographic prefixes (全省, 全区 …) and stray brackets are peeled
off; exact labels win over patterns, and patterns are tried in the file's order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from workreport.vocab import load

__all__ = ["Code", "code_for", "codes", "codes_named_in", "english", "names_several",
           "other_area"]


@dataclass(frozen=True)
class Code:
    """One entry of ``vocab/indicators.yml``."""

    code: str
    en: str
    family: str
    labels: tuple[str, ...]
    patterns: tuple[re.Pattern[str], ...]
    same_measure: frozenset[str] = frozenset()
    lower_better: bool = False  # ``better: lower`` (CPI, unemployment): a target is a ceiling

    @property
    def measures(self) -> frozenset[str]:
        """The measures a row of this code can be judged in (by its unit family)."""
        return frozenset(("share", "change") if self.family == "percent"
                         else ("level", "change"))


@cache
def codes() -> dict[str, Code]:
    """Every code of the vocabulary, in file order (the order patterns are tried in)."""
    out = {}
    for code, entry in load("indicators")["codes"].items():
        labels = (*entry.get("names", ()), *entry.get("labels", ()))
        out[code] = Code(code, entry["en"], entry["family"], labels,
                         tuple(re.compile(p) for p in entry.get("patterns", ())),
                         frozenset(entry.get("same_measure", ())),
                         entry.get("better", "higher") == "lower")
    return out


@cache
def _exact() -> dict[str, str]:
    table: dict[str, str] = {}
    for c in codes().values():
        for label in c.labels:
            table.setdefault(_peel(label), c.code)
    return table


@cache
def _affix_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    vocab = load("indicators")
    pre = "|".join(map(re.escape, sorted(vocab["prefixes"], key=len, reverse=True)))
    suf = "|".join(map(re.escape, sorted(vocab["suffixes"], key=len, reverse=True)))
    # A year opens a label in a five-year review ("2020年全区生产总值").
    return re.compile(rf"^(?:\d{{4}}年|{pre})(?=.)"), re.compile(rf"(?<=.)(?:{suf})$")


_QUOTES_SPACES = re.compile(r"[\s“”\"‘’]")


def _peel(label: str) -> str:
    """The label without spaces, quotation marks, edge punctuation and the prefixes and
    suffixes of ``vocab/indicators.yml``."""
    label = _QUOTES_SPACES.sub("", label).strip("、，,；：")
    prefix, suffix = _affix_res()
    while m := prefix.match(label):
        label = label[m.end():]
    while m := suffix.search(label):
        label = label[:m.start()]
    return label


@cache
def _distributive() -> tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]:
    return tuple((re.compile("|".join(d["patterns"])), tuple(d["codes"]))
                 for d in load("indicators").get("distributive", ()))


def names_several(label: str) -> bool:
    """Whether ``label`` names several indicators in order (城镇、农村居民人均可支配收入):
    one figure of it stated for all of them at once keeps no code."""
    key = _peel(label)
    return any(rx.fullmatch(key) for rx, _ in _distributive())


@cache
def code_for(label: str, nth: int = 0, of: int = 1) -> str:
    """The indicator code of ``label`` (an ``indicators.csv`` label), or "" if none fits.

    ``nth`` is the figure's place (0, 1 …) among the ``of`` figures of its sentence with
    the same label and measure: when there are several, a label naming several indicators
    in order ("城镇、农村居民人均可支配收入分别增长7.5%和8.5%") gives its n-th figure the
    n-th code ("" past the last one); a single figure of 城乡居民人均可支配收入 is the
    income of all residents. A rate's mean over the year is the rate (indicators.yml
    ``mean_suffixes``: 城镇调查失业率平均值 → surveyed_unemployment_rate; a code of the
    percent family only).
    """
    if not label:
        return ""
    key = _peel(label)
    if of > 1:
        for rx, names in _distributive():
            if rx.fullmatch(key):
                return names[nth] if nth < len(names) else ""
    found = _looked_up(key)
    if found:
        return found
    mean = next((key[:-len(w)] for w in load("indicators")["mean_suffixes"]
                 if key.endswith(w) and len(key) > len(w)), "")
    rate = _looked_up(_peel(mean)) if mean else ""
    return rate if rate and codes()[rate].family == "percent" else ""


def _looked_up(key: str) -> str:
    """The code of a peeled label: its exact label first, then the patterns; "" for none."""
    if key in _exact():
        return _exact()[key]
    return next((code for p, code in _patterns() if p.fullmatch(key)), "")


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Every code's patterns with the code, in the order they are tried (the file's)."""
    return tuple((p, c.code) for c in codes().values() for p in c.patterns)


@cache
def _areas() -> re.Pattern[str]:
    """A clause opening with an area (``vocab/indicators.yml`` areas): after the sentence's
    start, a clause break or 其中/特别是, and a time word (2022年, 去年, 全年, 预计)."""
    areas = load("indicators")["areas"]
    own = "|".join(map(re.escape, areas["own"]))
    other = "|".join(f"(?:{p})" for p in areas["other"])
    return re.compile(r"(?:^|(?<=[，；：,;:]))\s*(?:其中|特别是|尤其是)?，?\s*"
                      rf"(?:\d{{4}}年|去年|今年|全年|预计)?，?(?:(?P<own>{own})|(?P<other>{other}))")


def other_area(head: str) -> str:
    """The area other than the reporting government's whose figure a sentence states,
    given the sentence up to the figure (``head``): the last area opening a clause, if it
    is a zone, park, township or new area ("开发区营业收入增长65.8%，…，实际利用外资增长" →
    "开发区"); "" when it is the government's own (全县, 我市 …) or none opens a clause.

    A subject carries over the clauses after it, which is how a report lists an area's
    figures, but only from a clause stating a figure of its own (or the figure's own
    clause): "省级经济开发区获省政府批准；社会消费品零售总额完成" names the zone in passing.
    An area inside a clause ("全县园区营业收入") opens none. Pairing and the series chapters
    (``outcomes.one_year``) take a government's targets and results only from figures of
    its own area."""
    area = ""
    for m in _areas().finditer(head):
        if m.group("own"):
            area = ""
        elif re.search(r"\d", _CLAUSE_END.split(head[m.end():], maxsplit=1)[0]) \
                or not _CLAUSE_END.search(head, m.end()):
            area = m.group("other")
    return area


_CLAUSE_END = re.compile(r"[，；：。,;:]")


def english(code: str) -> str:
    """The English name of ``code`` ("" for the empty code). Raises ``KeyError`` for an
    unknown code."""
    return codes()[code].en if code else ""


def codes_named_in(text: str) -> list[tuple[str, str]]:
    """The (label, code) pairs whose labels (``vocab/indicators.yml`` names and labels, two
    characters or more) occur in ``text``, each code once, in the order its longest label
    first occurs there; a shorter label inside a longer one found is no second code (外贸 of
    外贸进出口总额). For a clause naming indicators in words, not a figure's label: "去年我国
    进出口总额出现下降" names (进出口总额, foreign_trade) (``extract.admitted``, session 72)."""
    found: list[tuple[int, int, str, str]] = []
    for label, code in sorted(_exact().items(), key=lambda lc: -len(lc[0])):
        at = text.find(label) if len(label) >= 2 else -1
        while at >= 0 and any(s <= at < e for s, e, *_ in found):
            at = text.find(label, at + 1)
        if at >= 0:
            found.append((at, at + len(label), label, code))
    first: dict[str, tuple[str, str]] = {}
    for *_, label, code in sorted(found):
        first.setdefault(code, (label, code))
    return list(first.values())
