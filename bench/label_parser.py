"""Labels from a dependency parse, against the extractor's, on the gold files (issue 13 §2).

Issue 13 §2: "If a well-kept Chinese NLP library with offline models from PyPI … finds the
noun phrase better than more hand-written rules, prefer it, and measure both." Round 19
measured taggers in jieba's place (``bench/label_taggers.py``); the dependency parsers it
tried fetch their models at first use. ``udchinese`` (MIT, KoichiYasuoka/UD-Chinese) ships
a UDPipe 1 model (``ud-chinese.udpipe``, trained on UD Chinese GSDSimp/GSD and Classical
Kyoto) inside its wheel and runs offline through ``ufal.udpipe``. Install it beside the
project's requirements, in a venv of your own or into the project's (``make test`` needs
none of it)::

    .venv/bin/pip install -r bench/requirements-parser.txt
    PYTHONPATH=src .venv/bin/python bench/label_parser.py [--gold NAME,…] [--changes N]
        [--exclude STEMS.txt] [--reports N]

For every figure row the extractor gives (same rows, same values) it builds a label from
the parse of the row's clause (the sentence cut at ；;。!?): the tokens of the quote are the
number; the counted noun is the head the number hangs from (nummod, clf), or the quote's
classifier itself when nouns hang from it (小区827个), or, for a rate or an amount that is
the object of a verb (增长, 达到), that verb's subject; the label is the noun's subtree as
one contiguous run of tokens, without the number, punctuation and the relations a label
drops (advmod, case, mark, det, time words, clauses), with the leading fillers of
``cues.label_leading`` dropped and the governing verb in front when the noun is its object
and the verb says what was done (``cues.label_kept_verbs``, ``list_shared_verbs``,
``event_hold_verbs``; tests/data/README.md). Three tokenisations: the model's own (it
splits many words into characters), jieba's words tagged and parsed by the model, and
jieba's words with jieba's tags mapped onto UD's (parsed only). The HYBRID keeps the
extractor's label and puts in front of it the parse's modifiers of the counted noun that
the label lacks (the audits' "scope lost"): when the label ends with the parser's noun
phrase's last words, the words of the phrase before them are added.

It prints, per gold file, exact label accuracy (``tests.test_corpus.unseen_scores``, the
scorer of ``bench/label_audit.py``) for ours, each parse and the hybrid, and the parse time
per 1,000 rows beside the whole extraction's. ``--gold NAME[,NAME…]`` lists the located rows
where a method differs from the gold or from ours, for gold files starting with a NAME (never
the held-out ones, whatever is asked); ``--changes N`` runs the hybrid over the reports of
../shared not named in ``--exclude`` (one stem a line; ``--reports N`` the first N of them) and
prints N of the rows it changes, drawn at random (seed 21).
"""

from __future__ import annotations

import csv
import os
import random
import re
import sys
import time
from functools import lru_cache
from pathlib import Path

import jieba
import jieba.posseg

from workreport.extract.catalog import report_for_file
from workreport.extract.numbers import vocab
from workreport.extract.tables import extract_report

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))
from label_audit import golds  # noqa: E402  (the gold files and their reports)

from tests.test_corpus import NEVER_TUNED_FLOORS, unseen_scores  # noqa: E402

METHODS = ("ours", "own", "jieba", "jiebatags", "hybrid")
DROP = {"advmod", "case", "mark", "punct", "nummod", "clf", "cop", "aux", "aux:pass", "det",
        "discourse", "parataxis", "advcl", "ccomp", "xcomp", "obl", "obl:tmod", "nmod:tmod",
        "dislocated", "vocative", "expl", "dep", "mark:adv", "mark:rel", "case:loc",
        "case:pref", "nsubj", "obj", "iobj", "csubj", "orphan", "reparandum", "root"}
MODIFIERS = {"amod", "nmod", "compound", "acl", "acl:relcl", "flat", "conj", "cc", "nmod:poss",
             "appos", "nmod:assmod", "compound:nn", "flat:name"}
RATE_VERBS = {"增长", "增加", "达到", "达", "突破", "超过", "为", "是", "下降", "提高", "完成",
              "实现", "降低", "减少", "控制", "保持", "稳定", "占", "提升", "上升", "增", "到"}
# jieba's tags onto UD's UPOS and GSD's XPOS (the parser reads both).
UPOS = {"n": ("NOUN", "NN"), "nr": ("PROPN", "NNP"), "ns": ("PROPN", "NNP"), "nt": ("PROPN", "NNP"),
        "nz": ("NOUN", "NN"), "vn": ("NOUN", "NN"), "v": ("VERB", "VV"), "vd": ("VERB", "VV"),
        "a": ("ADJ", "JJ"), "ad": ("ADV", "RB"), "an": ("NOUN", "NN"), "d": ("ADV", "RB"),
        "m": ("NUM", "CD"), "q": ("NOUN", "NNB"), "p": ("ADP", "IN"), "c": ("CCONJ", "CC"),
        "u": ("PART", "DEC"), "uj": ("PART", "DEC"), "x": ("PUNCT", "."), "w": ("PUNCT", "."),
        "t": ("NOUN", "NT"), "f": ("ADP", "IN"), "r": ("PRON", "PRP"), "eng": ("X", "FW"),
        "b": ("ADJ", "JJ"), "s": ("NOUN", "NN"), "l": ("NOUN", "NN"), "i": ("NOUN", "NN"),
        "j": ("NOUN", "NN"), "mq": ("NUM", "CD"), "ul": ("AUX", "AS"), "y": ("PART", "SFN")}


def _jieba_words(text: str) -> list[tuple[str, str]]:
    """jieba's words and tags (no HMM), a number with its decimals and % kept one word."""
    out = []
    for piece in re.split(r"((?<![A-Za-z])[0-9０-９][0-9０-９.．]*[%％]?(?![A-Za-z0-9]))", text):
        if re.fullmatch(r"[0-9０-９][0-9０-９.．]*[%％]?", piece):
            out.append((piece, "m"))
        elif piece:
            out.extend((p.word, p.flag) for p in jieba.posseg.cut(piece, HMM=False)
                       if p.word.strip())
    return out


def _upos(word: str, flag: str) -> tuple[str, str]:
    if re.fullmatch(r"[0-9.%％]+", word):
        return "NUM", "CD"
    return UPOS.get(flag, UPOS.get(flag[:1], ("NOUN", "NN")))


@lru_cache(maxsize=1)
def _pipelines():
    import udchinese
    from ufal.udpipe import Model, Pipeline

    model = Model.load(os.path.join(os.path.dirname(udchinese.__file__), "ud-chinese.udpipe"))
    d = Pipeline.DEFAULT
    return {"own": Pipeline(model, "tokenize", d, d, "conllu"),
            "jieba": Pipeline(model, "horizontal", d, d, "conllu"),
            "jiebatags": Pipeline(model, "conllu", Pipeline.NONE, d, "conllu"),
            "model": model}  # the pipelines use it: it must outlive them


@lru_cache(maxsize=1)
def _word_lists() -> tuple[frozenset, tuple]:
    c = vocab("cues")
    kept = frozenset(c["label_kept_verbs"] + c["list_shared_verbs"] + c["event_hold_verbs"])
    leading = tuple(sorted(c["label_leading"], key=len, reverse=True))
    return kept, leading


SECONDS = {"own": 0.0, "jieba": 0.0, "jiebatags": 0.0, "extractor": 0.0}


@lru_cache(maxsize=1 << 15)
def parse(mode: str, text: str) -> tuple[tuple, ...]:
    """(start, end, form, upos, xpos, head, deprel) per token of ``text`` (ids from 1; head 0
    is the root), parsed by the udchinese model after ``mode``'s tokenisation."""
    pipe = _pipelines()[mode]
    if mode == "own":
        source = text
    elif mode == "jieba":
        source = " ".join(w for w, _ in _jieba_words(text))
    else:
        lines = [f"{i}\t{w}\t_\t{u[0]}\t{u[1]}\t_\t_\t_\t_\t_"
                 for i, (w, u) in enumerate(((w, _upos(w, f)) for w, f in _jieba_words(text)),
                                            1)]
        source = "\n".join(lines) + "\n\n"
    start = time.perf_counter()
    out = pipe.process(source)
    SECONDS[mode] += time.perf_counter() - start
    tokens, at, base = [], 0, 0
    for line in out.splitlines():
        if not line or line.startswith("#") or not line.split("\t", 1)[0].isdigit():
            continue
        f = line.split("\t")
        if f[0] == "1":  # a sentence begins: its ids restart
            base = len(tokens)
        found = text.find(f[1], at)
        s = found if found >= 0 else at
        at = s + len(f[1]) if found >= 0 else at
        head = int(f[6]) + base if f[6] not in ("_", "0") else 0
        tokens.append((s, s + len(f[1]), f[1], f[3], f[4], head, f[7]))
    return tuple(tokens)


def _clause(sentence: str, quote: str, at: int) -> tuple[str, int]:
    """The piece of ``sentence`` between stops (；;。!?) that holds the quote at ``at``, and
    the quote's offset in it."""
    if sentence[at:at + len(quote)] != quote:
        at = max(sentence.find(quote), 0)
    left = max((sentence.rfind(c, 0, at) for c in "；;。!?！？"), default=-1) + 1
    rights = [i for i in (sentence.find(c, at + len(quote)) for c in "；;。!?！？") if i >= 0]
    return sentence[left:min(rights) if rights else len(sentence)], at - left


def _children(tokens) -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for i, t in enumerate(tokens, 1):
        kids.setdefault(t[5], []).append(i)
    return kids


def _subtree(i: int, tokens, kids, skip: set[int]) -> set[int]:
    """``i`` and its dependents, leaving out ``skip`` and the relations a label drops."""
    out, todo = {i}, list(kids.get(i, []))
    while todo:
        j = todo.pop()
        t = tokens[j - 1]
        if j in skip or t[6] in DROP or t[4] == "NT" or t[3] in ("PUNCT", "NUM"):
            continue
        out.add(j)
        todo.extend(kids.get(j, []))
    return out


def _run(anchor: int, keep: set[int]) -> tuple[int, int]:
    lo = hi = anchor
    while lo - 1 in keep:
        lo -= 1
    while hi + 1 in keep:
        hi += 1
    return lo, hi


NOMINAL = ("NOUN", "PROPN", "X")
HOLDING = {"punct", "advmod", "mark", "case", "advcl", "parataxis", "cc", "cop", "aux",
           "discourse", "ccomp", "xcomp", "conj", "obl", "obl:tmod", "nmod:tmod"}


def noun(tokens, q0: int, q1: int) -> tuple[list[int], set[int], int | None]:
    """The counted noun of the quote at [q0, q1): the token ids whose subtrees make the noun
    phrase (one or more), the quote's token ids, and the token the phrase hangs from (a verb
    whose object it may be)."""
    quote = {i for i, t in enumerate(tokens, 1) if t[0] < q1 and t[1] > q0}
    if not quote:
        return [], quote, None
    kids = _children(tokens)
    first = next((i for i in sorted(quote) if tokens[i - 1][3] == "NUM"), min(quote))
    top = first
    while tokens[top - 1][5] in quote and tokens[top - 1][5] != top:
        top = tokens[top - 1][5]
    t = tokens[top - 1]
    head = t[5]
    if head > max(quote) and t[6] in ("nummod", "clf", "amod", "nmod", "compound", "det") \
            and tokens[head - 1][3] in NOMINAL:
        return [head], quote, tokens[head - 1][5]  # 15个示范村
    held = [j for j in kids.get(top, []) if j < min(quote) and tokens[j - 1][6] not in HOLDING
            and tokens[j - 1][3] in (*NOMINAL, "VERB", "ADJ")]
    if held:  # 小区827个, 地区生产总值804.2亿元: the nouns hang from the unit
        return held, quote, head
    verb = head if head and tokens[head - 1][3] in ("VERB", "ADJ", "AUX") else None
    for v in (verb, tokens[verb - 1][5] if verb else None):
        if v:
            subj = [j for j in kids.get(v, []) if tokens[j - 1][6].startswith("nsubj")
                    and j not in quote]
            if subj:
                return subj[:1], quote, None
    if head and tokens[head - 1][3] in NOMINAL:
        return [head], quote, tokens[head - 1][5]
    return [], quote, None


def parser_label(tokens, text: str, q0: int, q1: int, measure: str) -> tuple[str, str]:
    """(label, the noun phrase alone) built from the parse for the quote at [q0, q1)."""
    anchors, quote, governor = noun(tokens, q0, q1)
    if not anchors:
        return "", ""
    kids = _children(tokens)
    keep: set[int] = set()
    for a in anchors:
        keep |= _subtree(a, tokens, kids, quote)
    lo, hi = _run(max(anchors), keep)
    if lo > hi:
        return "", ""
    phrase = text[tokens[lo - 1][0]:tokens[hi - 1][1]]
    kept, leading = _word_lists()
    for w in leading:
        if phrase.startswith(w) and len(phrase) > len(w):
            phrase = phrase[len(w):]
            break
    label = phrase
    g = tokens[governor - 1] if governor else None
    if g and g[3] == "VERB" and g[2] in kept and measure != "change" \
            and not phrase.startswith(g[2]):
        label = g[2] + phrase
    return label, phrase


def hybrid(ours: str, phrase: str, text: str, q0: int) -> str:
    """``ours`` with the words of the parser's noun phrase that come before the words the
    two share at their ends, when that part of the phrase is not in ``ours`` yet."""
    if not ours or not phrase or phrase in ours:
        return ours
    k = 0
    while k < min(len(ours), len(phrase)) and ours[-1 - k] == phrase[-1 - k]:
        k += 1
    extra = phrase[:len(phrase) - k]
    if k < 2 or not extra or extra in ours or re.search(r"[等、，,；;和及与]", extra):
        return ours
    # the phrase must end where ours's tail nearest the quote ends (else the parse took
    # another clause's noun: 软件业务收入达到…，智能电网业务收入突破…)
    tail = ours[len(ours) - k:]
    ends = [m.end() for m in re.finditer(re.escape(tail), text)]
    if not ends:
        return ours
    near = min(ends, key=lambda e: abs(e - q0))
    start = near - len(phrase)
    if start < 0 or text[start:near] != phrase:
        return ours
    # the words of ours before the shared tail, written before the phrase with a list
    # between (新一代信息技术、高端装备产业增加值): the parse took another item's noun
    own_head = ours[:len(ours) - k]
    before = text.rfind(own_head, 0, max(start, 0)) if own_head else -1
    if before >= 0 and re.search(r"[、，,和及与]", text[before + len(own_head):start]):
        return ours
    return ours[:len(ours) - k] + phrase


def labels(rows, methods=METHODS) -> dict[str, list[str]]:
    """Each method's label for every row of an extracted indicators table."""
    out = {m: [] for m in methods}
    for _, r in rows.iterrows():
        sentence, quote = str(r.sentence), str(r.quote)
        at = sentence.find(quote)
        text, q0 = _clause(sentence, quote, at)
        q1 = q0 + len(quote)
        out["ours"].append(r.indicator)
        phrases = {}
        for mode in ("own", "jieba", "jiebatags"):
            if mode in methods or mode == "jiebatags":
                lab, phrases[mode] = parser_label(parse(mode, text), text, q0, q1, r.measure)
                if mode in methods:
                    out[mode].append(lab)
        if "hybrid" in methods:
            out["hybrid"].append(hybrid(r.indicator, phrases[HYBRID_MODE], text, q0))
    return out


HYBRID_MODE = "jiebatags"


def score(methods=METHODS, show: str = "") -> None:
    print(f"{'gold file':28} {'rows':>5} " + " ".join(f"{m:>9}" for m in methods))
    total = 0
    for gold_file, path in golds():
        if not path.exists():
            print(f"{gold_file:28} skipped: {path} is not beside the repo")
            continue
        gold = list(csv.DictReader((ROOT / "tests" / "data" / gold_file).open(encoding="utf-8")))
        start = time.perf_counter()
        rows = extract_report(report_for_file(path)).tables["indicators"]
        SECONDS["extractor"] += time.perf_counter() - start
        total += len(rows)
        got = labels(rows, methods)
        cells = []
        for m in methods:
            alt = rows.copy()
            alt["indicator"] = got[m]
            cells.append(unseen_scores(gold, alt)["label"])
        print(f"{gold_file:28} {len(rows):5} " + " ".join(f"{c:9.3f}" for c in cells))
        if show and gold_file.startswith(tuple(show.split(","))) \
                and gold_file not in NEVER_TUNED_FLOORS:
            _show_gold(gold, rows, got, methods)
    for mode in ("own", "jieba", "jiebatags", "extractor"):
        what = "whole extraction, every label" if mode == "extractor" else \
            "parse only, one per distinct clause"
        print(f"time {mode}: {SECONDS[mode]:.1f} s for {total} rows, "
              f"{1000 * SECONDS[mode] / max(total, 1):.1f} s per 1,000 rows ({what})")


def _show_gold(gold, rows, got, methods) -> None:
    from tests.test_corpus import _located
    index = {i: n for n, i in enumerate(rows.index)}
    for g, r in _located(gold, rows):
        n = index[r.name]
        cells = [got[m][n] for m in methods]
        if len(set(cells)) > 1 or cells[0] != g["indicator"]:
            marks = ["*" if c == g["indicator"] else "" for c in cells]
            print(f"  {g['quote']}: gold {g['indicator']!r} " + " ".join(
                f"{m}={c!r}{k}" for m, c, k in zip(methods, cells, marks, strict=True)))


def changes(n: int, exclude: set[str], reports: int) -> None:
    """Run the hybrid over the reports of ../shared not excluded; print ``n`` rows it
    changes, drawn at random (seed 21), and the count."""
    paths = sorted(p for d in ("corpus", "corpus-extra", "corpus-counties")
                   for p in (SHARED / d).glob("*.txt") if p.stem not in exclude)[:reports]
    changed, rows_seen = [], 0
    for p in paths:
        try:
            rows = extract_report(report_for_file(p)).tables["indicators"]
        except Exception as e:
            print(f"{p.stem}: {type(e).__name__}")
            continue
        rows_seen += len(rows)
        print(f"{p.stem}: {len(rows)} rows", file=sys.stderr, flush=True)
        got = labels(rows, ("ours", "hybrid"))
        for (_, r), a, b in zip(rows.iterrows(), got["ours"], got["hybrid"], strict=True):
            if a != b:
                changed.append((p.stem, r.quote, a, b, r.sentence))
    print(f"hybrid changes {len(changed)} of {rows_seen} rows over {len(paths)} reports")
    for stem, quote, a, b, sentence in random.Random(21).sample(changed, min(n, len(changed))):
        short = re.sub(r"\s+", "", sentence)[:90]
        print(f"  {stem} {quote}: {a} → {b}    | {short}")


def main(argv: list[str]) -> None:
    def arg(name, default):
        return argv[argv.index(name) + 1] if name in argv else default
    if "--changes" in argv:
        exclude = set()
        if "--exclude" in argv:
            exclude = set(Path(arg("--exclude", "")).read_text(encoding="utf-8").split())
        changes(int(arg("--changes", 30)), exclude, int(arg("--reports", 10_000)))
        return
    score(show=arg("--gold", ""))


if __name__ == "__main__":
    main(sys.argv[1:])
