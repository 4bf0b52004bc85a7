"""Crash hunt for the extractor: build new sentences from the reports' sentences and list every
exception the extraction raises on them.

Each sentence with a figure is taken from the reports (``--corpus`` folders, minus the report stems
listed one a line in ``--skip``, which must name every report held out of tuning) and mutated one
to three times (a fifth of them then put in a plan part):

- ``unit``: a figure's number and unit swapped for another unit's (元/亿元/%/个/户/万人 …);
- ``join``: a clause of one sentence joined to a clause of another (，);
- ``drop``: the words before the first figure of the first clause dropped (no subject);
- ``verb``: a clause of a bare verb and a figure in another unit added (…，新增45亿元);
- ``plan``: the sentence put in a plan part instead of the review.

The sentences are extracted in batches, each an inline report as in ``tests/test_figures.py``
(``_sentence_rows``); a batch that raises is split until the sentence that raises is found. Every
exception is printed with its sentence and the last frame of its traceback:

    PYTHONPATH=src python bench/label_fuzz.py --skip SKIP.txt [--n 3000] [--seed 1]
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import traceback
import warnings
from collections import Counter
from pathlib import Path

from workreport.extract.catalog import Report
from workreport.extract.tables import extract_report

FIGURE = re.compile(r"\d+(?:\.\d+)?(?:万亿元|亿元|万元|元|个百分点|%|个|户|万人|人|家|公里|万亩|亩"
                    r"|万吨|吨|所|项|件|倍|座|条)")
UNITS = ["元", "亿元", "万元", "%", "个百分点", "个", "户", "万人", "家", "公里", "万亩", "吨",
         "倍", "项"]
REVIEW = "一、2013年工作回顾\n"
PLAN = "一、2013年工作回顾\n新增就业5.5万人。\n二、2014年主要工作\n"
SNIPPET = {"government": "某县人民政府", "level": "county", "report_year": 2014,
           "year_reviewed": 2013}


def sentences(folders: list[Path], skip: set[str]) -> list[str]:
    """The reports' sentences with a figure (10 to 150 characters), in file order."""
    out = []
    for d in folders:
        for p in sorted(d.glob("*.txt")):
            if p.stem in skip:
                continue
            for line in p.read_text(encoding="utf-8").splitlines():
                for s in line.split("。"):
                    if 10 <= len(s) <= 150 and FIGURE.search(s):
                        out.append(s.strip())
    return out


def mutate(rng: random.Random, s: str, other: str) -> tuple[str, str]:
    """One mutation of ``s`` (``other`` lends a clause to join): (how, sentence)."""
    how = rng.choice(["unit", "unit", "join", "drop", "verb", "plan"])
    if how == "unit":
        figs = list(FIGURE.finditer(s))
        if not figs:
            return how, s
        m = rng.choice(figs)
        new = f"{rng.choice(['3', '45', '1.5', '320', '0.8'])}{rng.choice(UNITS)}"
        return how, s[:m.start()] + new + s[m.end():]
    if how == "join":
        a, b = rng.choice(s.split("，")), rng.choice(other.split("，"))
        return how, f"{a}，{b}" if rng.random() < 0.5 else f"{b}，{a}"
    if how == "drop":
        m = FIGURE.search(s)
        if m is None:
            return how, s
        start = s.rfind("，", 0, m.start()) + 1
        cut = rng.randint(start, m.start())
        return how, s[:start] + s[cut:]
    if how == "verb":
        verb = rng.choice(["新增", "完成", "建成", "达到", "增长", "其中", "占", "累计", "共"])
        return how, f"{s}，{verb}{rng.choice(['3', '45', '1.5', '320'])}{rng.choice(UNITS)}"
    return how, "P:" + s


def extract(batch: list[str]) -> None:
    """Extract the batch's sentences as one inline report (plan sentences after the review)."""
    review = [s for s in batch if not s.startswith("P:")]
    plan = [s[2:] for s in batch if s.startswith("P:")]
    text = REVIEW + "".join(s + "。\n" for s in review)
    if plan:
        text += PLAN[len(REVIEW):] + "".join(s + "。\n" for s in plan)
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "t.txt"
        p.write_text(text, encoding="utf-8")
        extract_report(Report(id="t", path=p, **SNIPPET))


def crashes(batch: list[str]) -> list[tuple[str, BaseException]]:
    """The sentences of the batch whose extraction raises, found by halving."""
    try:
        extract(batch)
        return []
    except Exception as e:  # every exception is what this hunt lists
        if len(batch) == 1:
            return [(batch[0], e)]
    half = len(batch) // 2
    return crashes(batch[:half]) + crashes(batch[half:])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--skip", type=Path, required=True, help="report stems held out, one a line")
    ap.add_argument("--corpus", type=Path, nargs="*", default=[
        Path("../shared") / d for d in ("corpus", "corpus-extra", "corpus-counties", "reports")])
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--batch", type=int, default=40)
    a = ap.parse_args()
    warnings.simplefilter("ignore")
    skip = {x.strip() for x in a.skip.read_text(encoding="utf-8").split() if x.strip()}
    pool = sentences(a.corpus, skip)
    rng = random.Random(a.seed)
    made = []
    for _ in range(a.n):  # one to three mutations in a row
        hows, s = [], rng.choice(pool)
        for _ in range(rng.randint(1, 3)):
            how, s = mutate(rng, s.removeprefix("P:"), rng.choice(pool))
            hows.append(how)
        made.append(("+".join(hows), s if how == "plan" or not rng.random() < 0.2 else "P:" + s))
    found = []
    for i in range(0, len(made), a.batch):
        found += crashes([s for _, s in made[i:i + a.batch]])
    hows = dict((s, h) for h, s in made)
    for s, e in found:
        frame = traceback.extract_tb(e.__traceback__)[-1]
        print(f"{hows.get(s, '?')}\t{type(e).__name__}: {e}\t{Path(frame.filename).name}:"
              f"{frame.lineno} {frame.name}\t{s}")
    kinds = Counter(f"{type(e).__name__} "
                    f"{Path(traceback.extract_tb(e.__traceback__)[-1].filename).name}"
                    for _, e in found)
    print(f"{len(made)} sentences from {len(pool)}, {len(found)} crashed: {dict(kinds)}",
          file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
