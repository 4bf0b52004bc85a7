"""How well a text whose line breaks were lost is read (session 67: text whose line breaks
were lost; ``readers.breaks``).

``run`` flattens every text of ``../shared`` as a scraper that joined a page's paragraphs
would (after the scars repair, so a text written with literal ``\\r\\n`` is flattened too:
every line break and the white space around it removed), extracts the flat text and the
text as it is, and compares them: the parts (role and title) and the section titles of the
original found in the flat one, exactly, and the figure rows (``indicators``) found alike,
by value, unit and kind ("kinds") and by those and the indicator's label ("rows"); and the
sections of the flat text not in the original ("extra": a title cut wrong, or a paragraph's
一是 read as a section). It prints one line a text and the totals; no sentence, so the
audits' reserve is no concern.

    PYTHONPATH=src .venv/bin/python bench/flat_texts.py run --jobs 2
    PYTHONPATH=src .venv/bin/python bench/flat_texts.py run yuzhong-2014 province-hubei-2025
    PYTHONPATH=src .venv/bin/python bench/flat_texts.py run --without --jobs 2  # no re-breaking

``derive`` counts what ``cues.yml`` holds for the re-breaking (``heading_title_ends``,
``heading_body_openings``) on the headings of ``../shared`` that stand on a line of their own
without a stop: the words their titles end with, the words the paragraph after them opens
with, each with the titles it ends or opens and how often it would end a title too early
inside the titles of ../shared (a word kept must be right at least as often as wrong there).
"""

from __future__ import annotations

import argparse
import re
import sys
import warnings
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
FOLDERS = ("reports", "corpus", "corpus-extra", "corpus-counties")
MEASURES = ("parts", "sections", "rows", "kinds")
# Also counted: the sections of the flat text that the original has not ("extra").


def shared_texts() -> list[Path]:
    """Every text of ``../shared``, in name order; SystemExit when there is none."""
    files = sorted((p for folder in FOLDERS for p in (SHARED / folder).glob("*.txt")),
                   key=lambda p: p.stem)
    if not files:
        raise SystemExit(f"flat_texts: no text in {SHARED} (it must sit beside the checkout)")
    return files


def flatten(text: str) -> str:
    """``text`` with every line break and the white space around it removed."""
    return re.sub(r"\s*\n\s*", "", text)


def _extract(path: Path, text: str | None = None, fields: dict | None = None):
    from workreport.extract.catalog import Report
    from workreport.extract.tables import extract_report

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return extract_report(Report(id=path.stem, path=path.resolve(), text=text,
                                     fields=fields or {}))


def _found(original: list, flat: list) -> tuple[int, int]:
    """(how many of ``original`` are in ``flat``, counted as multisets; len(original))."""
    return sum((Counter(original) & Counter(flat)).values()), len(original)


def _keys(extraction) -> dict[str, list]:
    st = extraction.structure
    table = extraction.tables["indicators"]
    rows = [(f"{r.value:g}", r.unit or "", r.kind, r.indicator) for r in table.itertuples()]
    return {"parts": [(p.role, p.title) for p in st.parts],
            "sections": [s.title for s in st.sections if s.number],
            "rows": rows, "kinds": [r[:3] for r in rows]}


def compare(path: Path, without: bool = False) -> dict[str, tuple[int, int]]:
    """Each measure of ``MEASURES`` for the text at ``path``: (found alike, in the original);
    ``without`` the re-breaking (what the flat text gives without ``readers.breaks``)."""
    from workreport.extract.readers import read, scars
    from workreport.extract.readers.scars import repair

    if without:
        scars.lost_breaks = lambda text: False

    repaired = repair(read(path).text)
    original = _keys(_extract(path))
    flat = _keys(_extract(path, flatten(repaired.text), repaired.fields))
    got = {m: _found(original[m], flat[m]) for m in MEASURES}
    got["extra"] = (sum((Counter(flat["sections"]) - Counter(original["sections"])).values()),
                    len(flat["sections"]))
    return got


def run(paths: list[Path], jobs: int, without: bool = False) -> str:
    """The per-text lines and the totals ``run`` prints."""
    with ProcessPoolExecutor(jobs) as pool:
        results = list(pool.map(compare, paths, [without] * len(paths)))
    shown = (*MEASURES, "extra")
    lines = [f"{'text':32}" + "".join(f"{m:>14}" for m in shown)]
    total = {m: [0, 0] for m in shown}
    for path, got in zip(paths, results, strict=True):
        lines.append(f"{path.stem:32}" + "".join(f"{got[m][0]:>8}/{got[m][1]:<5}"
                                                   for m in shown))
        for m in shown:
            total[m][0] += got[m][0]
            total[m][1] += got[m][1]
    lines.append(f"{'total (' + str(len(paths)) + ' texts)':32}" + "".join(
        f"{total[m][0]:>8}/{total[m][1]:<5}" for m in shown))
    lines.append("share found: " + ", ".join(
        f"{m} {total[m][0] / max(total[m][1], 1):.1%}" for m in MEASURES)
        + f"; sections of the flat texts not in the originals: {total['extra'][0]}"
        f" of {total['extra'][1]}")
    return "\n".join(lines)


_MARKER = re.compile(r"^(?:[一二三四五六七八九十]+[、是]|[（(][一二三四五六七八九十]+[)）])")


def _alone_headings() -> tuple[list[tuple[str, str, str]], list[str]]:
    """The headings of ../shared standing on a line of their own without a stop, as
    (report, heading line, the next line), and every part and section title."""
    from workreport.extract.ingest import load
    from workreport.extract.structure import parse

    alone, titles = [], []
    for path in shared_texts():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            doc = load(path)
            st = parse(doc)
        lines = doc.text.split("\n")
        at, offset = {}, 0
        for i, line in enumerate(lines):
            at[offset] = i
            offset += len(line) + 1
        for part in st.parts:
            for sec in part.sections:
                if sec.style in ("front", "closing") or part.role == "appendix":
                    continue
                titles.append(sec.title)
                i = at.get(sec.start)
                if i is not None and i + 1 < len(lines) and len(lines[i]) <= 60 \
                        and not re.search(r"[。！？]", lines[i]):
                    alone.append((path.stem, lines[i], lines[i + 1]))
    return alone, titles


def derive() -> str:
    """The counts behind ``heading_title_ends`` and ``heading_body_openings``: each word
    with the titles it ends (the paragraphs it opens) and, of those, how many times it
    meets an opening (an end) there, against how many times it would end a title too
    early inside the titles of ../shared; a word is kept where it is right at least as
    often as wrong."""
    from workreport.extract.readers.breaks import _NO_END_BEFORE, _OPENING
    from workreport.vocab import load as vocab

    alone, titles = _alone_headings()
    ends, opens, reports = Counter(), Counter(), {}
    for report, line, nxt in alone:
        ends[line[-2:]] += 1
        reports.setdefault(("end", line[-2:]), set()).add(report)
        if not _MARKER.match(nxt) and not _OPENING.match(nxt):
            opens[nxt[:2]] += 1
            reports.setdefault(("opening", nxt[:2]), set()).add(report)
    end_words = [w for w, n in ends.most_common() if len(reports["end", w]) >= 2]
    open_words = [w for w, n in opens.most_common() if len(reports["opening", w]) >= 3]
    goes_on = "".join(vocab("cues")["heading_title_goes_on"])

    def opening(text: str, k: int) -> str | None:
        word = next((w for w in open_words if text.startswith(w, k)), None)
        return word or ("" if _OPENING.match(text, k) else None)

    right, wrong = Counter(), Counter()
    for _report, line, nxt in alone:
        word = opening(nxt, 0)
        if line[-2:] in end_words and word is not None:
            right["end", line[-2:]] += 1
            right["opening", word] += 1
    for title in titles:
        for k in range(2, len(title)):
            word = opening(title, k)
            if title[k] in _NO_END_BEFORE or title[k] in goes_on or word is None \
                    or title[k - 2:k] not in end_words:
                continue
            wrong["end", title[k - 2:k]] += 1
            wrong["opening", word] += 1
    out = []
    for kind, words, counts in (("title ends", end_words, ends),
                                ("body openings", open_words, opens)):
        key = kind.split()[-1][:-1] if kind == "title ends" else "opening"
        kept = [w for w in words if right[key, w] >= wrong[key, w]]
        out.append(f"{kind} kept ({len(kept)}): " + ", ".join(f'"{w}"' for w in kept))
        out += [f"  {w} {counts[w]} right {right[key, w]} wrong {wrong[key, w]}"
                + ("" if w in kept else "  (dropped)") for w in words]
    return "\n".join(out)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    rp = sub.add_parser("run", help="flatten each text of ../shared and compare")
    rp.add_argument("stems", nargs="*", help="only these texts (file stems)")
    rp.add_argument("--jobs", type=int, default=1)
    rp.add_argument("--without", action="store_true",
                    help="without the re-breaking: what a flat text gives with no repair")
    sub.add_parser("derive", help="count the title ends and body openings of ../shared")
    args = parser.parse_args(argv)
    if args.command == "derive":
        print(derive())
        return 0
    paths = shared_texts()
    if args.stems:
        paths = [p for p in paths if p.stem in set(args.stems)]
    print(run(paths, args.jobs, args.without))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
