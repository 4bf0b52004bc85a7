"""The tutorial chapter (book/tutorial.md) works as written.

Its commands are the ``{code-block} bash`` blocks with ``:class: tutorial-step``, in page
order. The fast tests read them (the catalogue entry it appends must load and match the
report's title block). The slow test runs them verbatim, one bash process per block, in
a fresh copy of the project beside a link to the real ``../shared``: copy the text,
check it extracts, append the catalogue entry, ``make book``, and take the report out
again. To halve the build, the copy's catalogue starts with yuzhong-2014 alone (as the
book tests' small builds do); the scratch folder ``/tmp/`` of the commands is redirected
into ``tmp_path``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
import warnings
from pathlib import Path

import pandas as pd
import pytest
import yaml

from workreport.extract.catalog import load_catalog
from workreport.extract.tables import extract_report

ROOT = Path(__file__).resolve().parents[1]
PAGE = ROOT / "book" / "tutorial.md"
SHARED = ROOT.parent / "shared"
REPORT_ID = "province-chongqing-2025"
MARKER = "tutorial-step"
FENCE = re.compile(r"^(?P<fence>`{3,}|~{3,})\{code-block\}\s*(?P<lang>\S*)\s*$")


# ----------------------------------------------------------------------------- parsing


def code_blocks(text: str) -> list[tuple[str, dict[str, str], str]]:
    """Every ``{code-block}`` directive of a MyST page: (language, options, body)."""
    blocks, lines, i = [], text.splitlines(), 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        i += 1
        if not m:
            continue
        fence, body = m.group("fence"), []
        while i < len(lines) and not (lines[i].startswith(fence[0] * len(fence))
                                      and not lines[i].strip(fence[0])):
            body.append(lines[i])
            i += 1
        i += 1  # the closing fence
        options = {}
        while body and body[0].startswith(":"):
            key, _, value = body.pop(0)[1:].partition(":")
            options[key.strip()] = value.strip()
        while body and not body[0].strip():
            body.pop(0)
        blocks.append((m.group("lang"), options, "\n".join(body).rstrip() + "\n"))
    return blocks


def tutorial_steps(text: str | None = None) -> list[str]:
    """The commands of the tutorial, in order: the bodies of its tutorial-step blocks."""
    text = PAGE.read_text("utf-8") if text is None else text
    return [body for lang, opts, body in code_blocks(text)
            if lang == "bash" and MARKER in opts.get("class", "").split()]


def catalogue_entry(steps: list[str]) -> str:
    """The YAML lines the tutorial appends to data/reports.yml (its heredoc)."""
    for step in steps:
        m = re.search(r"cat >> data/reports\.yml <<'EOF'\n(.*?)^EOF$", step, re.S | re.M)
        if m:
            return m.group(1)
    raise AssertionError("no `cat >> data/reports.yml <<'EOF'` step in the tutorial")


def test_parser_finds_marked_blocks_only():
    page = ("text\n\n```{code-block} bash\n:class: tutorial-step\n\nmake book\n```\n\n"
            "```bash\nnot a step\n```\n\n````{code-block} python\n:class: tutorial-step\n"
            "print()\n````\n\n```{code-block} bash\n:caption: x\n:class: other tutorial-step\n"
            "\necho one\necho two\n```\n")
    assert tutorial_steps(page) == ["make book\n", "echo one\necho two\n"]


# ----------------------------------------------------------------------------- fast


def test_tutorial_steps_in_order():
    steps = tutorial_steps()
    # Every command block of the page is a step, so the test runs all the reader runs.
    blocks = [b for b in code_blocks(PAGE.read_text("utf-8")) if b[0] == "bash"]
    assert len(steps) == len(blocks)

    def first(pattern: str) -> int:
        hits = [i for i, s in enumerate(steps) if re.search(pattern, s, re.M)]
        assert hits, pattern
        return hits[0]

    copy = first(rf"^cp \.\./shared/corpus/{REPORT_ID}\.txt data/raw/$")
    check = first(rf"^\.venv/bin/workreport extract data/raw/{REPORT_ID}\.txt --out /tmp/check$")
    catalogue = first(r"^cat >> data/reports\.yml <<'EOF'$")
    book = first(r"^make book$")
    undo = first(rf"{REPORT_ID}.*data/reports\.yml")
    assert copy < check < catalogue < book < undo
    assert "make book" in steps[-1]
    assert "toc.yml" not in "".join(steps)  # the table of contents needs no edit


#: What the tutorial's commands make or the build writes: no file of the repository.
_MADE = ("_build/", "data/processed/", "book/generated/", f"data/raw/{REPORT_ID}",
         "data/reports.yml.bak")


def test_every_file_the_tutorial_names_exists():
    """Session 67, tester: the page told the reader to add `--glossary data/glossary.csv`,
    which fails (no such glossary file: it is src/workreport/vocab/glossary.csv). Every
    path of the repository the page names, in its prose or its commands, is there, and
    every --glossary of a command reads."""
    from workreport.glossary import read_glossary

    text = PAGE.read_text("utf-8")
    named = set(re.findall(r"(?<![\w./])((?:data|src|book|notebooks|tests|bench)/"
                           r"[\w./-]*\.\w+)", text))
    assert "src/workreport/vocab/glossary.csv" in named
    missing = sorted(p for p in named if not p.startswith(_MADE) and not (ROOT / p).exists())
    assert missing == []
    glossaries = re.findall(r"--glossary (\S+)", "".join(tutorial_steps()))
    assert glossaries, "the tutorial shows --glossary in a command the slow test runs"
    assert all(len(read_glossary(ROOT / g)) for g in glossaries)
    assert not re.search(r"--glossary (?!src/workreport/vocab/glossary\.csv)", text)


def test_tutorial_is_in_the_toc():
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text("utf-8"))
    files = [c.get("file") for part in toc["parts"] for c in part["chapters"]]
    assert "book/tutorial" in files


def test_catalogue_entry_loads_and_matches_the_title_block(tmp_path):
    """The appended entry is valid YAML in the catalogue's layout, and what it states
    agrees with what the extractor reads from the report's title block."""
    corpus = SHARED / "corpus" / f"{REPORT_ID}.txt"
    if not corpus.is_file():
        pytest.skip("../shared/corpus is not beside the repository")
    (tmp_path / "raw").mkdir()
    shutil.copy2(corpus, tmp_path / "raw" / corpus.name)
    # The shipped catalogue's own report lives in data/raw: a file missing inside the
    # catalogue's folder is an error (session 68), so it comes along.
    shutil.copy2(ROOT / "data" / "raw" / "yuzhong-2014.txt", tmp_path / "raw")
    catalog = tmp_path / "reports.yml"
    catalog.write_text((ROOT / "data" / "reports.yml").read_text("utf-8")
                       + catalogue_entry(tutorial_steps()), encoding="utf-8")
    reports = {r.id: r for r in load_catalog(catalog)}
    report = reports[REPORT_ID]
    assert report.path == (tmp_path / "raw" / f"{REPORT_ID}.txt").resolve()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        row = extract_report(report).tables["reports"].iloc[0]
    # Nothing the entry states disagrees with the text (a 直辖市 is provincial-level).
    assert [str(w.message) for w in caught] == []
    assert row["speaker"] == "胡衡华" and row["meeting"] == "重庆市第六届人民代表大会第三次会议"
    assert row["date"] == "2025-01-19"  # from the title block: the entry leaves it out
    assert (int(row["report_year"]), int(row["year_reviewed"])) == (2025, 2024)
    assert report.level == row["level"] == "provincial" and report.government == "重庆市人民政府"


# ----------------------------------------------------------------------------- slow

_SKIP = {".git", ".venv", "_build", ".workreport", ".pytest_cache", ".ruff_cache",
         "artifacts", "data/processed", "book/generated", "bench/results"}


def copy_project(dest: Path) -> None:
    """The project's sources into ``dest`` (no generated files), the real .venv linked."""

    def ignore(folder: str, names: list[str]) -> set[str]:
        rel = Path(folder).relative_to(ROOT)
        return {n for n in names if (rel / n).as_posix().removeprefix("./") in _SKIP
                or n == "__pycache__" or n.endswith(".egg-info")}

    shutil.copytree(ROOT, dest, ignore=ignore, symlinks=True)
    (dest / ".venv").symlink_to(ROOT / ".venv", target_is_directory=True)
    # `make` reinstalls the environment when requirements.txt or pyproject.toml is newer
    # than its stamp; the linked .venv is the real one, so never let that happen here.
    stamp = (ROOT / ".venv" / ".installed").stat().st_mtime
    for name in ("requirements.txt", "pyproject.toml"):
        os.utime(dest / name, (stamp - 60, stamp - 60))


def trim_catalogue(path: Path, keep: str = "yuzhong-2014") -> None:
    """Keep the header and the entry ``keep``, as text: the tutorial appends to this
    file, so its layout must stay the real one's."""
    lines = path.read_text("utf-8").splitlines(keepends=True)
    starts = [i for i, ln in enumerate(lines) if ln.startswith("  - id: ")]
    out = lines[:starts[0]]
    for a, b in zip(starts, [*starts[1:], len(lines)], strict=True):
        if lines[a].split(":", 1)[1].strip() == keep:
            out.extend(lines[a:b])
    path.write_text("".join(out), encoding="utf-8")


def run_step(step: str, cwd: Path, scratch: Path) -> subprocess.CompletedProcess[str]:
    script = step.replace("/tmp/", f"{scratch}/")
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "MAKEFLAGS")}
    proc = subprocess.run(["bash", "-euo", "pipefail", "-c", script], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=900, check=False)
    assert proc.returncode == 0, (f"step failed:\n{step}\n--- stdout\n{proc.stdout[-3000:]}"
                                  f"\n--- stderr\n{proc.stderr[-3000:]}")
    return proc


@pytest.mark.slow
def test_tutorial_runs_verbatim(tmp_path):
    corpus = SHARED / "corpus" / f"{REPORT_ID}.txt"
    if not corpus.is_file():
        pytest.skip("../shared/corpus is not beside the repository")
    if not (ROOT / ".venv" / ".installed").is_file() or not shutil.which("make"):
        pytest.skip("needs make and the project's .venv (make venv)")
    project, scratch = tmp_path / "main", tmp_path / "scratch"
    scratch.mkdir()
    copy_project(project)
    (tmp_path / "shared").symlink_to(SHARED, target_is_directory=True)
    trim_catalogue(project / "data" / "reports.yml")
    assert [r.id for r in load_catalog(project / "data" / "reports.yml")] == ["yuzhong-2014"]

    steps = tutorial_steps()
    book_at = next(i for i, s in enumerate(steps) if re.search(r"^make book$", s, re.M))
    started = time.monotonic()
    out = [run_step(s, project, scratch) for s in steps[:book_at + 1]]
    seconds = {"add and build": time.monotonic() - started}

    # The checks of the extraction: one line per report, then the scratch tables.
    check = next(p for p, s in zip(out, steps, strict=False) if "--out /tmp/check" in s)
    assert check.stdout.startswith(f"{REPORT_ID}: ")
    assert (scratch / "check" / "indicators.csv").is_file()
    bad = next(p for p, s in zip(out, steps, strict=False) if "not-a-report" in s)
    assert "exit status 2" in bad.stdout and not (scratch / "nothing").exists()
    assert bad.stderr.startswith("workreport: ") and len(bad.stderr.splitlines()) == 1

    # The build: the new report's landing page and chapters, linked from the site.
    html = project / "_build" / "html"
    pages = html / "book" / "generated" / REPORT_ID
    log = (project / ".workreport" / "jupyter-book.log").read_text("utf-8")
    assert "WARNING" not in log and "ERROR" not in log
    sections = pd.read_csv(project / "data" / "processed" / "sections.csv")
    review = sections[(sections.report_id == REPORT_ID) & (sections.role == "review")
                      & (sections.number > 0)]
    assert len(review) >= 5
    chapters = ["00-overview", *(f"10-review-p{p}-s{n:02d}" for p, n in
                                 zip(review.part, review.number, strict=True)),
                "50-targets", "90-appendix", "report"]
    landing = (pages / "index.html").read_text("utf-8")
    for name in chapters:
        assert (pages / f"{name}.html").is_file(), name
        assert f'href="{name}.html"' in landing, name
    assert list(pages.glob("30-plan-*.html"))
    for fact in ("Chongqing Municipal People", "胡衡华", "Hu Henghua, Mayor", "2025-01-19",
                 "重庆市第六届人民代表大会第三次会议"):
        assert fact in landing, fact
    site = (html / "book" / "index.html").read_text("utf-8")
    assert f'href="generated/{REPORT_ID}/index.html"' in site
    assert 'href="generated/yuzhong-2014/index.html"' in site
    tutorial = (html / "book" / "tutorial.html").read_text("utf-8")
    assert MARKER in tutorial

    # As the page says: a second `make book` runs nothing.
    again = run_step("make book", project, scratch)
    # Nothing changed since the last whole build: it stops after hashing its inputs.
    assert "up to date: nothing changed since the last build" in again.stdout, again.stdout

    # Taking the report out: entry and text gone, its pages removed, the rest intact.
    started = time.monotonic()
    for step in steps[book_at + 1:]:
        run_step(step, project, scratch)
    seconds["take out"] = time.monotonic() - started
    assert REPORT_ID not in {r.id for r in load_catalog(project / "data" / "reports.yml")}
    assert not (project / "data" / "raw" / f"{REPORT_ID}.txt").exists()
    assert not (project / "book" / "generated" / REPORT_ID).exists()
    assert not pages.exists()
    site = (html / "book" / "index.html").read_text("utf-8")
    assert REPORT_ID not in site and 'href="generated/yuzhong-2014/index.html"' in site
    print(f"tutorial steps: {', '.join(f'{k} {v:.0f} s' for k, v in seconds.items())}")
