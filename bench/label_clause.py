"""An alternative label model measured against the rules: keep the clause, then trim (round 26).

The rules (``src/workreport/extract/naming.py`` and the ``label*`` modules) build a label up
from the noun next to the number and add owners and scopes by special cases. This script asks
whether a label of another shape would do better: start from the whole clause that holds the
number (between ，；。：), take its own item of a 、 list (sharing the list's opening verb) or
its own subject of a 分别 list (sharing the last subject's measure), drop the number with its
unit and qualifiers, then only trim: leading time phrases and fillers (``cues.label_leading``,
``goal_openers``, ``label_manner_words``), trailing predicates (``cues.label_trailing``,
``qualifiers_before``, ``neutral_before_number``), peeled with the project's own
``labelclean.strip_leading``/``strip_trailing``; when what is left before the number is only
a verb (or nothing), the noun after the number is added (``labelwords.noun_phrase``).
The *hybrid* takes the alternative only where it holds the current label whole and adds at most
``HYBRID_EXTRA`` characters of a noun in front of it (a scope or owner the rules lost; ``hybrid``).

For the rows the pipeline extracts (same rows, sentences, quotes and places) it prints:
(1) the judged development draw ``bench/data/label_dev_9001.csv`` matched as
``bench/label_dev.py`` matches it: accepted rows labelled the same (exactly, or equal to the
current label), rejected rows labelled as the judge's ``better_label``, rows differing from
both; (2) label accuracy per gold file (``tests.test_corpus.unseen_scores``); (3) the junk
rate (``naming.label_defect``, the corpus test's check) over the non-reserved reports; each for
current, alternative and hybrid. ``--sample N`` writes N random dev rows whose alternative
differs from the current label (with sentences, for judging by hand; not to be committed).

    PYTHONPATH=src .venv/bin/python bench/label_clause.py [--sample 80 --out /tmp/s.csv]

Measured in round 26 (helper E; the base of s34, 110 non-reserved reports, 16044 rows; the
alternative differs from the current label on 5291 rows, the hybrid on 35):
(1) dev draw, right of 593 matched: current 517 (87.2%), alternative 375 (63.2%; 118 accepted
labels changed, 7 rejected turned into the judge's), hybrid 518 (87.4%); (2) gold label
accuracy, current / alternative / hybrid: Yuzhong .922/.801/.922, Chengde .752/.599/.748,
Hebei .912/.758/.912, Laiyuan .675/.466/.675, Nanjing .903/.687/.903, Qingyuan
.918/.658/.918, Sichuan .721/.572/.721, State Council 1.00/.825/1.00, Yixian .889/.556/.889;
(3) junk 0.34% / 2.01% / 0.31%. Of 80 dev rows where the two differ, judged by
``bench/label_judging.md`` (``bench/data/label_clause_judged.csv``, no sentences): current
better 55, alternative better 5, same 4, both wrong 16. Of the 42 rejected 'scope lost' dev
rows the alternative gives the judge's label on 2: a clause keeps a modifier next to the
number, but the scopes the rules lose mostly stand in another clause or before a list.
Runs in about three minutes on two cores (``--cache`` keeps the extraction).
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
import warnings
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))
DEV = ROOT / "bench" / "data" / "label_dev_9001.csv"
from label_dev import RESERVED  # noqa: E402  (bench is on sys.path as the script's folder)

CLAUSE_MARKS = "，；。：！？,;:!?\n"
HYBRID_EXTRA = 8
# cues.shared_figure_markers, not after cues.shared_figure_not_after, near the number
SHARED_MARKS = r"(?<![人年平日月亩户首全])(?:均|各|都)(?=[\u4e00-\u9fff]{0,3}$)"
# A project's size before 的 (总投资1.5亿元的…), with cues.works_length_words.
SIZE_WORDS = ("总投资", "投资", "建筑面积", "总建筑面积", "占地", "占地面积")
_FROM = re.compile(r"(?:从|由)?\d{4}年(?:底|末)?的?")
_TIME_HEAD = re.compile(r"^(?:(?:到|至|截至|截止|在)?\d{4}年(?:度|底|末|初)?(?:前)?"
                        r"|(?:\d{1,2}[—－-])?\d{1,2}月(?:底|末|份)?)")


def report_files() -> list[Path]:
    """Every report of ``../shared`` outside the reserve, and the Yuzhong seed report."""
    files = [p for d in ("corpus", "corpus-extra", "corpus-counties")
             for p in sorted((SHARED / d).glob("*.txt")) if p.stem not in RESERVED]
    return files + [p for p in (SHARED / "reports" / "yuzhong-2014.txt",) if p.exists()]


def _extract(path: Path) -> tuple[str, pd.DataFrame | None]:
    from workreport.extract.catalog import report_for_file
    from workreport.extract.tables import extract_report
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return path.stem, extract_report(report_for_file(path)).tables["indicators"]
        except Exception:  # a report that does not extract: left out
            return path.stem, None


def _positions(table: pd.DataFrame) -> list[tuple[int, int]]:
    """Each row's quote's place in its sentence (the k-th occurrence for the k-th row, in
    text order, of its sentence with that quote; the last one when rows outnumber them: one
    figure shared by a list of nouns) and its place among the rows sharing that figure."""
    seen: Counter[tuple[str, str]] = Counter()
    at = {}
    for i in table.sort_values("start").index:
        s, q = table.at[i, "sentence"], table.at[i, "quote"]
        places = [m.start() for m in re.finditer(re.escape(q), s)] or [-1]
        k = seen[(s, q)]
        seen[(s, q)] += 1
        at[i] = (places[min(k, len(places) - 1)], max(0, k - len(places) + 1))
    return [at[i] for i in table.index]


def _trim(text: str) -> str:
    """``text`` without leading time phrases and fillers and trailing predicates."""
    from workreport.extract.labelclean import strip_leading, strip_trailing
    from workreport.vocab import load as vocab
    cues = vocab("cues")
    lead = cues["label_leading"] + cues["goal_openers"] + cues["label_manner_words"]
    tail = cues["label_trailing"] + cues["qualifiers_before"] + cues["neutral_before_number"]
    for _ in range(4):
        was = text
        text = _TIME_HEAD.sub("", text.strip("的 （）()"))
        if text.count("“") != text.count("”"):
            text = text.strip("“”")
        text = strip_trailing(strip_leading(text, lead), tail).strip("的 ")
        if text == was:
            break
    return text


def _only_verb(text: str) -> bool:
    """Whether ``text`` is empty or verbs and adverbs only (jieba), or a listed label verb."""
    from workreport.extract.labelwords import tags
    from workreport.vocab import load as vocab
    return not text or text in vocab("cues")["label_verbs"] or all(
        p.flag[:1] in ("v", "d", "p") or p.flag == "vd" for p in tags(text))


def _opening_verb(item: str) -> str:
    """The verb that opens a list's first item (after fillers): 新建 of 全市新建学校12所."""
    from workreport.extract.labelwords import leading_word, tags
    from workreport.vocab import load as vocab
    item = _trim(item) or item
    cues = vocab("cues")
    if word := leading_word(item, cues["list_shared_verbs"] + cues["label_verbs"]):
        return word
    pieces = tags(item)
    return pieces[0].word if pieces and pieces[0].flag[:1] == "v" and len(pieces) > 1 else ""


def _split_list(text: str) -> list[str]:
    """The items of a list: split at 、 and at jieba's conjunctions 和, 及, 与, 以及."""
    from workreport.extract.labelwords import tags
    items = [""]
    for p in tags(text):
        if p.word == "、" or (p.flag == "c" and p.word in ("和", "及", "与", "以及")):
            items.append("")
        else:
            items[-1] += p.word
    return [i for i in items if i]


def _distributed(before: str, previous: str) -> str | None:
    """With 分别 before the number: the subject of the number's place in the list of figures
    after it (in the clause before when none is in this one), given the last subject's
    measure (``cues.distributive_tails``); else None."""
    from workreport.vocab import load as vocab
    at = before.rfind("分别")
    if at < 0:
        return None
    head = _trim(before[:at]) or re.split(r"\d", _FROM.sub("", previous), maxsplit=1)[0]
    subjects = [_trim(s) for s in _split_list(head)]
    k = len(re.findall(r"[、和]", before[at:]))
    if not subjects or k >= len(subjects):
        return None
    item, last = _trim(subjects[k]), subjects[-1]
    tails = [t for t in vocab("cues")["distributive_tails"] if t in last]
    if k < len(subjects) - 1 and tails:
        tail = last[min(last.find(t) for t in tails):]
        item = item if item.endswith(tail) else item + tail
    return item


def _subject(text: str) -> str:
    """The subject of a clause: its words before the first figure, trimmed ("" if a verb)."""
    label = _trim(re.split(r"\d", _FROM.sub("", text), maxsplit=1)[0])
    return "" if _only_verb(label) else label


def alternative(sentence: str, at: int, quote: str, share: int = 0) -> str:
    """The clause-then-trim label of the figure ``quote`` at ``at`` in ``sentence`` (the
    ``share``-th of the nouns sharing it)."""
    from workreport.extract.labelforms import unnamed_digits
    from workreport.extract.labelwords import noun_phrase
    from workreport.extract.numbers import strip_quantities
    from workreport.vocab import load as vocab
    if at < 0:
        return ""
    start = max(sentence.rfind(c, 0, at) for c in CLAUSE_MARKS) + 1
    end = min((i for c in CLAUSE_MARKS if (i := sentence.find(c, at + len(quote))) >= 0),
              default=len(sentence))
    before, after = sentence[start:at], sentence[at + len(quote):end]
    previous = sentence[max(sentence.rfind(c, 0, start - 1) for c in CLAUSE_MARKS) + 1:start]
    cues = vocab("cues")
    for q in sorted(cues["qualifiers_after_joined"] + cues["qualifiers_after"]
                    + cues["qualifiers_approx"], key=len, reverse=True):
        after = after.removeprefix(q)
    shared = _distributed(before, previous)
    if shared:
        return shared
    items = before.split("、")
    own, verb, subject = before, "", ""
    if len(items) > 1 and re.search(r"\d", "".join(items[:-1])):
        verb = _opening_verb(items[0])  # a list of figures: its opening verb is shared
        own, subject = items[-1], _subject(items[0])
    elif re.search(SHARED_MARKS, before):  # nouns sharing one figure: the share-th one
        nouns = _split_list(re.split(SHARED_MARKS, before)[0])
        own = nouns[share] if share < len(nouns) else before
    sizes = "|".join(sorted((*SIZE_WORDS, *cues["works_length_words"]), key=len, reverse=True))
    size = rf"(?:{sizes})[^的，、\u4e00-\u9fff]*\d[^的，、\u4e00-\u9fff]*[\u4e00-\u9fff]{{0,3}}的"
    own = re.sub(size, "", _FROM.sub("", own))  # 总投资1.5亿元的… : a figure's modifier
    label = _trim(strip_quantities(own) if unnamed_digits(own) else own)
    noun = noun_phrase(_trim(re.split(r"[、\d]", after.lstrip("的"), maxsplit=1)[0]))
    if after.startswith("的") and noun and label.endswith(("投资", "资金")):
        label = noun + label[-2:]  # 投资500万元的冰雪运动场 → 冰雪运动场投资
    elif _only_verb(label):
        label = (label or verb) + noun
    elif verb and not label.startswith(verb):
        label = verb + label
    return _trim(label) or subject or _subject(previous)


def hybrid(current: str, alt: str) -> str:
    """The alternative where it holds the current label whole and adds in front at most
    ``HYBRID_EXTRA`` characters that hold a noun and open with no verb, adverb, preposition or
    conjunction (jieba), with no list (、，和及与等, quotation marks) and no digit: a scope or
    owner the rules lost (sharing the verbs of ``cues.list_shared_verbs`` too was tried and
    moved five gold labels away from the gold, none to it); or where the current label is a
    bare verb, one character or empty (``label_defect``) and the alternative is none of these.
    Else the current label."""
    from workreport.extract.labelwords import tags
    from workreport.extract.naming import label_defect
    if label_defect(current) not in ("", "digits") and alt and not label_defect(alt):
        return alt
    added = alt[: len(alt) - len(current)]
    if not current or alt == current or not alt.endswith(current) or label_defect(alt) \
            or len(added) > HYBRID_EXTRA or re.search(r"[、，和及与等“”\d]", added):
        return current
    pieces = tags(added)
    noun = any(p.flag.startswith("n") and p.flag != "nr" for p in pieces)
    return alt if noun and pieces[0].flag[:1] not in ("v", "p", "d", "c") else current


def labelled(tables: dict[str, pd.DataFrame | None]) -> dict[str, pd.DataFrame]:
    """Each report's table with ``alternative`` and ``hybrid`` columns."""
    out = {}
    for rid, t in tables.items():
        if t is None or t.empty:
            continue
        t = t.copy()
        t["alternative"] = [alternative(s, a, q, k) for s, (a, k), q
                            in zip(t.sentence, _positions(t), t.quote, strict=True)]
        t["hybrid"] = [hybrid(c, a) for c, a in zip(t.indicator, t.alternative, strict=True)]
        out[rid] = t
    return out


def dev_draw(tables: dict[str, pd.DataFrame]) -> tuple[list[str], list[dict]]:
    """Measurement (1) and the matched rows of the development draw."""
    from bench.label_dev import _numbered
    rows = [{"report_id": rid, "sentence": r.sentence, "quote": r.quote,
             "indicator": r.indicator, "alternative": r.alternative, "hybrid": r.hybrid}
            for rid, t in tables.items() for r in t.itertuples()]
    now = {(r["report_id"], r["key"], r["quote"], r["nth"]): r for r in _numbered(rows)}
    judged = [r for r in csv.DictReader(DEV.open(encoding="utf-8"))
              if r["label_ok"] in ("0", "1")]
    counts: Counter[tuple[str, str]] = Counter()
    matched = []
    for row in judged:
        new = now.get((row["report_id"], row["key"], row["quote"], row["nth"]))
        if new is None:
            counts[("all", "gone")] += 1
            continue
        matched.append({**row, **{k: new[k] for k in ("sentence", "alternative", "hybrid")},
                        "current": new["indicator"]})
        for model in ("indicator", "alternative", "hybrid"):
            label = new[model]
            if row["label_ok"] == "1":
                kind = "accepted, same" if label in (row["indicator"], new["indicator"]) \
                    else "accepted, differs"
            elif row["better_label"] and label == row["better_label"]:
                kind = "rejected, judge's label"
            else:
                kind = "rejected, other"
            counts[(model, kind)] += 1
    lines = [f"(1) development draw: {len(judged)} judged rows, {counts[('all', 'gone')]} "
             f"not extracted now; right = accepted-same + rejected-judge's"]
    for model in ("indicator", "alternative", "hybrid"):
        c = {k: counts[(model, k)] for k in ("accepted, same", "accepted, differs",
                                             "rejected, judge's label", "rejected, other")}
        right = c["accepted, same"] + c["rejected, judge's label"]
        name = "current" if model == "indicator" else model
        lines.append(f"  {name:11} right {right}/{len(matched)} ({right / len(matched):.1%}) "
                     + "; ".join(f"{k}: {v}" for k, v in c.items()))
    return lines, matched


def gold_scores(tables: dict[str, pd.DataFrame]) -> list[str]:
    """Measurement (2): label accuracy per gold file for each model."""
    from bench.label_audit import golds
    from tests.test_corpus import unseen_scores
    lines = ["(2) gold label accuracy: current / alternative / hybrid"]
    for gold_file, path in golds():
        t = tables.get(path.stem)
        if t is None:
            lines.append(f"  {gold_file:28} skipped (not extracted)")
            continue
        gold = list(csv.DictReader((ROOT / "tests" / "data" / gold_file).open(encoding="utf-8")))
        got = []
        for model in ("indicator", "alternative", "hybrid"):
            rows = t.copy()
            rows["indicator"] = t[model]
            got.append(unseen_scores(gold, rows)["label"])
        lines.append(f"  {gold_file:28} {len(gold):4} " + " / ".join(f"{g:.3f}" for g in got))
    return lines


def junk(tables: dict[str, pd.DataFrame]) -> list[str]:
    """Measurement (3): the share of labels ``label_defect`` rejects, non-reserved reports."""
    from workreport.extract.naming import label_defect
    rows = sum(len(t) for t in tables.values())
    lines = [f"(3) junk labels over {len(tables)} non-reserved reports, {rows} rows"]
    for model in ("indicator", "alternative", "hybrid"):
        kinds = Counter(why for t in tables.values() for n in t[model] if (why := label_defect(n)))
        n = sum(kinds.values())
        lines.append(f"  {'current' if model == 'indicator' else model:11} {n}/{rows} "
                     f"= {n / rows:.2%} {dict(kinds)}")
    return lines


def write_sample(matched: list[dict], n: int, out: Path, seed: int = 26) -> None:
    """``n`` random dev rows whose alternative differs from the current label, with their
    sentences and an empty ``verdict`` column, for judging by hand."""
    differ = [r for r in matched if r["alternative"] != r["current"]]
    picks = random.Random(seed).sample(differ, min(n, len(differ)))
    cols = ("report_id", "key", "quote", "current", "alternative", "hybrid", "label_ok",
            "better_label", "verdict", "sentence")
    with out.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        w.writerows({**r, "verdict": ""} for r in picks)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sample", type=int, default=0, help="dev rows to write for judging")
    parser.add_argument("--out", type=Path, default=Path("/tmp/label_clause_sample.csv"))
    parser.add_argument("--cache", type=Path, help="pickle of the extracted tables (reused)")
    parser.add_argument("--dump", type=Path, help="TSV of every row's three labels")
    args = parser.parse_args(argv)
    if args.cache and args.cache.exists():
        extracted = pd.read_pickle(args.cache)
    else:
        with ProcessPoolExecutor(2) as pool:
            extracted = dict(pool.map(_extract, report_files()))
        if args.cache:
            pd.to_pickle(extracted, args.cache)
    tables = labelled(extracted)
    if args.dump:
        pd.concat(tables.values())[["report_id", "quote", "indicator", "alternative", "hybrid",
                                    "sentence"]].to_csv(args.dump, sep="\t", index=False)
    lines, matched = dev_draw(tables)
    print("\n".join(lines + gold_scores(tables) + junk(tables)))
    if args.sample:
        write_sample(matched, args.sample, args.out)
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
