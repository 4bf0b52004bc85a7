"""Labels with jieba's part-of-speech tags and with other Chinese taggers in their place.

Issue 13 §2: "If a well-kept Chinese NLP library with offline models from PyPI … finds the
noun phrase better than more hand-written rules, prefer it, and measure both." The label
code reads part-of-speech tags through one function, ``labelwords.tags`` (jieba.posseg
pairs with ``.word`` and ``.flag``). This swaps that function for each tagger whose model
ships in its PyPI package (the others download theirs at first use: README, round 19),
maps the tagger's tags onto jieba's (``FLAGS``), and prints for each: exact label accuracy
on every gold file of tests/data (the scorer of tests/test_corpus.py), the junk-label rate
over the reports of ../shared, how many labels differ from jieba's, and the time spent
tagging (distinct strings; the label code memoises them).

jieba tags with its shipped dictionary alone (the extractor adds no user words). The
rules compare jieba's words with the word lists of ``vocab/cues.yml``, so the taggers that
take a user dictionary (thulac, LAC, jiagu, pkuseg) get those words, 2–8 Chinese
characters each, as theirs; ``--no-userdict`` measures them without.

    pip install -r bench/requirements-taggers.txt      # into a venv of your own
    PYTHONPATH=src python bench/label_taggers.py [--exclude STEMS.txt] [--diff DIR] [NAMES]

Each tagger runs in a process of its own (one after another). ``--exclude`` names report
stems (one a line) whose rows are left out of the junk and difference counts; ``--diff
DIR`` writes, for each tagger, the rows whose label differs from jieba's. A string whose
words do not join up to it again (a tagger that drops spaces) is tagged by jieba, and
counted; a report on which the label code fails with a tagger's words is left out of that
tagger's counts and named; a tagger that is not installed prints one line saying so.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
NAMES = ("jieba", "thulac", "lac", "jiagu", "snownlp", "pkuseg")

# Each tagger's tags onto jieba's (ICTCLAS-like) set; a tag not listed is kept as it is.
# thulac: np person, ni organisation, mq number+measure, h/k prefix/suffix, w punctuation.
# LAC: PER/LOC/ORG/TIME named entities, nw work title, xc other function word, w punct.
# jiagu (LTP's 863 set): nh person, ni organisation, nl location, ns place, nt time,
# nd direction, wp punctuation, ws foreign word, b attributive, i idiom, j abbreviation.
# snownlp (People's Daily 1998, as jieba's): w punctuation.
FLAGS = {
    "thulac": {"np": "nr", "ni": "nt", "mq": "m", "w": "x", "g": "g", "e": "e"},
    "lac": {"PER": "nr", "LOC": "ns", "ORG": "nt", "TIME": "t", "nw": "nz", "xc": "u",
            "w": "x"},
    "jiagu": {"nh": "nr", "ni": "nt", "nl": "s", "nt": "t", "nd": "f", "wp": "x", "ws": "eng",
              "x": "x"},
    "snownlp": {"w": "x", "Ng": "n", "Vg": "v", "Ag": "a", "Dg": "d", "Tg": "t"},
}


def cue_words() -> list[str]:
    """The Chinese words of ``vocab/cues.yml``'s lists (2–8 characters): the words the rules
    compare jieba's words with, given to the other taggers as a user dictionary."""
    from workreport.extract.numbers import vocab

    words: set[str] = set()

    def walk(node) -> None:
        if isinstance(node, dict):
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)
        elif isinstance(node, str) and re.fullmatch(r"[\u4e00-\u9fff]{2,8}", node):
            words.add(node)

    walk(vocab("cues"))
    return sorted(words)


def _tagger(name: str, userdict: bool):
    """``text -> [(word, flag)]`` for ``name`` (its own tags); ImportError when the package
    is missing, another error when its model cannot be loaded."""
    words = cue_words() if userdict else []
    if name == "jieba":
        import jieba.posseg
        return lambda text: [(p.word, p.flag) for p in jieba.posseg.cut(text, HMM=False)]
    if name == "thulac":
        import thulac
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False,
                                         encoding="utf-8") as f:
            f.write("\n".join(words) + "\n")
        tk = thulac.thulac(user_dict=f.name if words else None)
        return lambda text: [(w, t) for w, t in tk.cut(text)]
    if name == "lac":
        import paddle
        import paddle.base
        # LAC 2.1.2 imports paddle.fluid, which paddlepaddle 2.6 renamed paddle.base (and
        # PyPI has no older paddlepaddle for Python 3.11); the inference calls it makes
        # (AnalysisConfig, create_paddle_predictor) are still there.
        sys.modules.setdefault("paddle.fluid", paddle.base)
        sys.modules.setdefault("paddle.fluid.core", paddle.base.core)
        from LAC import LAC
        lac = LAC(mode="lac")
        if words:
            with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False,
                                             encoding="utf-8") as f:
                f.write("\n".join(words) + "\n")
            lac.load_customization(f.name)
        return lambda text: list(zip(*lac.run(text), strict=True))
    if name == "jiagu":
        import jiagu
        if words:
            jiagu.load_userdict(words)
        return lambda text: list(zip(ws := jiagu.seg(text), jiagu.pos(ws), strict=True))
    if name == "snownlp":
        from snownlp import SnowNLP
        return lambda text: list(SnowNLP(text).tags)
    if name == "pkuseg":  # its words, jieba's tag of each word (its tagging model downloads)
        import jieba.posseg
        import pkuseg
        seg = pkuseg.pkuseg(user_dict=words or "default")
        table = jieba.posseg.dt.word_tag_tab

        def run(text: str) -> list[tuple[str, str]]:
            return [(w, table.get(w) or next(iter(jieba.posseg.cut(w, HMM=False))).flag)
                    for w in seg.cut(text)]
        return run
    raise ValueError(name)


def install(name: str, userdict: bool) -> dict:
    """Put ``name``'s tagger in place of ``labelwords.tags`` wherever the label code took
    it; returns the counters the wrapper keeps (seconds, strings, fallbacks)."""
    import jieba.posseg

    import workreport.extract.labelwords as labelwords
    import workreport.extract.tables  # noqa: F401  (imports every label module)

    run, flags = _tagger(name, userdict), FLAGS.get(name, {})
    stats = {"seconds": 0.0, "strings": 0, "fallbacks": 0}
    original = labelwords.tags

    @lru_cache(maxsize=1 << 16)
    def tags(words: str) -> tuple[jieba.posseg.pair, ...]:
        start = time.perf_counter()
        pairs = run(words) if words.strip() else []
        stats["seconds"] += time.perf_counter() - start
        stats["strings"] += 1
        if "".join(w for w, _ in pairs) != words:  # a tagger that drops or changes text
            stats["fallbacks"] += 1
            return original(words)
        return tuple(jieba.posseg.pair(w, flags.get(t, t)) for w, t in pairs)

    for key, module in list(sys.modules.items()):  # jieba too, through the same wrapper
        if key.startswith("workreport") and getattr(module, "tags", None) is original:
            module.tags = tags
    return stats


def measure(name: str, userdict: bool, exclude: set[str], out: Path) -> dict:
    """Gold scores, junk labels and every label of the reports, with ``name`` tagging."""
    import workreport.extract.naming as naming
    from workreport.errors import WorkreportError
    from workreport.extract.catalog import load_catalog, report_for_file
    from workreport.extract.tables import extract_report
    sys.path.insert(0, str(ROOT))
    from tests.test_corpus import UNSEEN, unseen_scores

    start = time.perf_counter()
    stats = install(name, userdict)
    setup = time.perf_counter() - start
    yuzhong = {r.id: r for r in load_catalog(ROOT / "data" / "reports.yml")}["yuzhong-2014"]
    golds = [("yuzhong_gold.csv", yuzhong.path),
             *((g, SHARED / p) for g, p in sorted(UNSEEN.items()))]
    result = {"name": name, "setup": setup, "gold": {}}
    start = time.perf_counter()
    for gold_file, path in golds:
        if path.exists():
            gold = list(csv.DictReader((ROOT / "tests" / "data" / gold_file)
                                       .open(encoding="utf-8")))
            try:
                rows = extract_report(report_for_file(path)).tables["indicators"]
            except Exception:  # the label code fails on this tagger's words
                result["gold"][gold_file.removesuffix("_gold.csv")] = None
                continue
            result["gold"][gold_file.removesuffix("_gold.csv")] = \
                unseen_scores(gold, rows)["label"]
    defects, total, crashed = Counter(), 0, []
    with out.open("w", encoding="utf-8") as f:
        for path in sorted(p for d in ("corpus", "corpus-extra", "corpus-counties")
                           for p in (SHARED / d).glob("*.txt") if p.stem not in exclude):
            try:
                table = extract_report(report_for_file(path)).tables["indicators"]
            except WorkreportError:
                continue
            except Exception as e:  # as above: counted, the report left out
                crashed.append(f"{path.stem} ({type(e).__name__})")
                continue
            total += len(table)
            for r in table.itertuples():
                defects.update([w] if (w := naming.label_defect(r.indicator)) else [])
                f.write("\t".join(str(x).replace("\t", " ").replace("\n", " ") for x in (
                    path.stem, r.section, r.quote, r.indicator, str(r.sentence)[:200])) + "\n")
    result.update(rows=total, junk=sum(defects.values()), wall=time.perf_counter() - start,
                  crashed=crashed, **stats)
    return result


def _labels(path: Path) -> dict[tuple, list[str]]:
    rows, seen = {}, defaultdict(int)
    for line in path.open(encoding="utf-8"):
        p = line.rstrip("\n").split("\t")
        key = (p[0], p[1], p[2])
        seen[key] += 1
        rows[(*key, seen[key])] = p
    return rows


def compare(base: Path, other: Path, diff: Path | None) -> int:
    """Rows whose label differs from jieba's, or that only one of the two runs extracted."""
    a, b = _labels(base), _labels(other)
    keys = [k for k in a if k in b and a[k][3] != b[k][3]]
    if diff:
        with diff.open("w", encoding="utf-8") as f:
            f.write("report\tquote\tjieba\tother\tsentence\n")
            for k in keys:
                f.write("\t".join((k[0], k[2], a[k][3], b[k][3], b[k][4])) + "\n")
    both = {k[0] for k in a} & {k[0] for k in b}  # not the reports one run failed on
    return len(keys) + sum(k[0] in both for k in a.keys() ^ b.keys())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("names", nargs="*", default=list(NAMES))
    ap.add_argument("--exclude", type=Path, help="report stems to leave out, one a line")
    ap.add_argument("--diff", type=Path, help="folder for each tagger's differing rows")
    ap.add_argument("--no-userdict", action="store_true")
    ap.add_argument("--one", help=argparse.SUPPRESS)
    ap.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    exclude = set()
    if args.exclude:
        exclude = {s.strip() for s in args.exclude.read_text(encoding="utf-8").splitlines()
                   if s.strip() and not s.startswith("#")}
    if args.one:  # the child: one tagger, its result as JSON on the last line
        print(json.dumps(measure(args.one, not args.no_userdict, exclude, args.out)))
        return
    names = ["jieba", *(n for n in args.names if n != "jieba")]
    work = Path(tempfile.mkdtemp(prefix="label_taggers-"))
    if args.diff:
        args.diff.mkdir(parents=True, exist_ok=True)
    for name in names:
        out = work / f"{name}.tsv"
        cmd = [sys.executable, __file__, "--one", name, "--out", str(out),
               *(["--exclude", str(args.exclude)] if args.exclude else []),
               *(["--no-userdict"] if args.no_userdict else [])]
        done = subprocess.run(cmd, capture_output=True, text=True, env=os.environ)
        if done.returncode:
            last = (done.stderr.strip().splitlines() or ["?"])[-1]
            missing = "ModuleNotFoundError" in last or "ImportError" in last
            print(f"{name}: {'not installed' if missing else 'fails'} ({last[:160]})")
            continue
        r = json.loads(done.stdout.strip().splitlines()[-1])
        gold = ", ".join(f"{g} {'fails' if s is None else f'{s:.3f}'}"
                         for g, s in r["gold"].items())
        differ = "" if name == "jieba" else \
            f", {compare(work / 'jieba.tsv', out, args.diff and args.diff / f'{name}.tsv')}" \
            " labels differ from jieba's"
        kept = f", {r['fallbacks']} strings the tagger changed tagged by jieba" \
            if r["fallbacks"] else ""
        if r["crashed"]:
            kept += f"; the label code failed on {len(r['crashed'])} reports, left out: " \
                + ", ".join(r["crashed"][:5]) + (" …" if len(r["crashed"]) > 5 else "")
        print(f"{name}: {gold}; junk {r['junk']}/{r['rows']} = "
              f"{r['junk'] / max(r['rows'], 1):.2%}{differ}; tagging {r['seconds']:.1f} s "
              f"for {r['strings']} strings (load {r['setup']:.1f} s, run {r['wall']:.0f} s"
              f"{kept})", flush=True)

if __name__ == "__main__":
    main()
