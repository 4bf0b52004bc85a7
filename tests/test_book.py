"""The book builder: extraction caching, the job plan, landing pages, the HTML build.

The fast tests need no kernel. The slow ones build a small book in a copy of the project
skeleton: one report made from part of the Yuzhong text (two review sections, two task
areas), first with stand-in notebook templates (to test the machinery: no-op rebuild,
failures, the swap of ``_build/html``), then with the real templates when they exist.
"""

from __future__ import annotations

import importlib
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pandas as pd
import pytest
import yaml

from workreport import literal
from workreport.book import Layout, build, extract, plan, task_parts, write_pages
from workreport.display import EMPTY
from workreport.errors import NotebookError, WorkreportError
from workreport.extract.catalog import load_catalog

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
#: The State Council's reports are read from ../shared/corpus (issue 10 §5).
needs_shared = pytest.mark.skipif(not (SHARED / "corpus").is_dir(),
                                  reason="../shared is not beside the project")
TEMPLATES = ("overview", "review_section", "plan_section", "targets", "themes", "appendix")
SECTION_TEMPLATES = ("review_section", "plan_section")


# ----------------------------------------------------------------------------- helpers


def skeleton(dest: Path, catalog: list[dict] | None = None, raw: dict[str, str] | None = None
             ) -> Layout:
    """Copy what a build reads (config, toc, hand-written pages, data) into ``dest``."""
    for name in ("_config.yml", "_toc.yml"):
        shutil.copy2(ROOT / name, dest / name)
    (dest / "book").mkdir()
    for page in (ROOT / "book").glob("*.md"):
        shutil.copy2(page, dest / "book" / page.name)
    # The passages the pages include (book.passages).
    shutil.copytree(ROOT / "book" / "passages", dest / "book" / "passages")
    if (ROOT / "book" / "_static").is_dir():  # html_static_path (the annotated report's CSS)
        shutil.copytree(ROOT / "book" / "_static", dest / "book" / "_static")
    (dest / "data" / "raw").mkdir(parents=True)
    if (ROOT / "data" / "glossary.csv").is_file():
        shutil.copy2(ROOT / "data" / "glossary.csv", dest / "data" / "glossary.csv")
    if catalog is None:
        # The project's own texts are copied; the others (../shared/corpus) are read
        # where they are, so a skeleton without ../shared beside ROOT lacks them too.
        entries = yaml.safe_load((ROOT / "data" / "reports.yml").read_text("utf-8"))
        for e in entries["reports"]:
            src = (ROOT / "data" / e["file"]).resolve()
            if src.parent == ROOT / "data" / "raw":
                shutil.copy2(src, dest / "data" / "raw" / src.name)
            else:
                e["file"] = str(src)
        (dest / "data" / "reports.yml").write_text(
            yaml.safe_dump(entries, allow_unicode=True), encoding="utf-8")
    else:
        (dest / "data" / "reports.yml").write_text(
            yaml.safe_dump({"reports": catalog}, allow_unicode=True), encoding="utf-8")
        for name, text in (raw or {}).items():
            (dest / "data" / "raw" / name).write_text(text, encoding="utf-8")
    (dest / "notebooks").mkdir()
    return Layout.at(dest)


def tiny_yuzhong() -> str:
    """The Yuzhong report cut down: title block, part 一 to section （二）, part 二 to （二）,
    part 三 to （二）. It keeps the id yuzhong-2014 the introduction links to."""
    keep, out = True, []
    for line in (ROOT / "data" / "raw" / "yuzhong-2014.txt").read_text("utf-8").splitlines():
        if re.match(r"^[一二三四五六七八九十]、", line.strip()):
            keep = True
        elif re.match(r"^[（(]三[)）]", line.strip()):
            keep = False
        if keep:
            out.append(line)
    return "\n".join(out) + "\n"


def tiny_catalog() -> list[dict]:
    entry = next(e for e in yaml.safe_load((ROOT / "data" / "reports.yml").read_text("utf-8"))
                 ["reports"] if e["id"] == "yuzhong-2014")
    return [{**entry, "file": "raw/yuzhong-2014.txt"}]


#: The catalogue's State Council reports: 2014 read in depth, the others a series.
NATIONALS = [f"national-statecouncil-{y}" for y in (2012, 2013, 2014, 2015, 2016, 2024)]


def absent_nationals() -> list[dict]:
    """The catalogue's State Council entries, pointing where ../shared is not: a clone
    without the corpus beside it."""
    entries = yaml.safe_load((ROOT / "data" / "reports.yml").read_text("utf-8"))["reports"]
    found = [{**e, "file": f"../no-shared/corpus/{e['id']}.txt"} for e in entries
             if e["id"] in NATIONALS]
    assert sorted(e["id"] for e in found) == NATIONALS
    return found


def stub_templates(notebooks: Path, fail_section: str | None = None) -> None:
    """Stand-ins for the real templates: same parameters, small and quick.

    Each reads the tables (as the real ones do) and shows the section's text as Markdown,
    so the search index gets Chinese words. ``fail_section`` makes review_section raise
    for that section in its third cell. The chapters across years (outcomes, series,
    cascade) get stand-ins too: a government with two reports has them.
    """
    for name in (*TEMPLATES, "outcomes", "series", "cascade"):
        params = ['report_id = ""']
        if name in SECTION_TEMPLATES:
            params.append('section = ""')
        params.append('data_dir = "data/processed"')
        nb = nbformat.v4.new_notebook()
        title = nbformat.v4.new_markdown_cell(f"# {name.replace('_', ' ').capitalize()}")
        p = nbformat.v4.new_code_cell("\n".join(params))
        p.metadata["tags"] = ["parameters"]
        body = ["import pandas as pd",
                "from IPython.display import Markdown",
                "s = pd.read_csv(f'{data_dir}/sections.csv')",
                "s = s[s.report_id == report_id]"]
        if name in SECTION_TEMPLATES:
            body.append("s = s[s.section == section]")
        body.append("Markdown(s.text.iloc[0][:300])")
        cells = [title, p]
        if name == "review_section" and fail_section:
            cells.append(nbformat.v4.new_code_cell(
                f"if section == {fail_section!r}:\n    raise RuntimeError('stub failure')"))
        cells.append(nbformat.v4.new_code_cell("\n".join(body)))
        nb.cells = cells
        for i, cell in enumerate(nb.cells):
            cell["id"] = f"{name}-{i}"
        nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                     "language": "python"}
        nbformat.write(nb, notebooks / f"{name}.ipynb")


def tree_snapshot(path: Path) -> dict[str, bytes]:
    return {p.relative_to(path).as_posix(): p.read_bytes()
            for p in sorted(path.rglob("*")) if p.is_file()}


def remote_assets(html_root: Path) -> list[str]:
    """Every <script src> or <link href> that points off the site."""
    tag = re.compile(r"<(script|link)\b[^>]*?\b(src|href)=[\"']((?:https?:)?//[^\"']+)", re.I)
    found = set()
    for page in html_root.rglob("*.html"):
        for m in tag.finditer(page.read_text("utf-8", errors="replace")):
            found.add(f"{page.relative_to(html_root)}: {m.group(3)}")
    return sorted(found)


def search_terms(html_root: Path) -> set[str]:
    text = (html_root / "searchindex.js").read_text("utf-8")
    return set(json.loads(text[text.index("(") + 1:text.rindex(")")])["terms"])


# ----------------------------------------------------------------------------- fast


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> Layout:
    """The real catalogue, extracted into a scratch project."""
    return _extracted(tmp_path_factory.mktemp("book-plan"))


def _extracted(dest: Path) -> Layout:
    layout = skeleton(dest)
    assert extract(layout) is True
    return layout


def test_plan_yuzhong(extracted: Layout):
    jobs = [j for j in plan(extracted) if j.output.parent.name == "yuzhong-2014"]
    names = [j.output.stem for j in jobs]
    # The review part: its preamble (the headline bullets, which state figures) and the
    # nine sections （一）..（九）; the plan: the opening of part 二 (the main targets) and
    # its seven task areas, and of part 三, 加强措施保障 (measures, not task areas), only
    # （五）, the one that states a figure (re-test 72: every section stating figures has a
    # chapter); then targets, the targets in context (national reports of 2013-2015 are
    # in the tables), themes, appendix.
    assert names == (["00-overview", "10-review-p1-s00"]
                     + [f"10-review-p1-s{n:02d}" for n in range(1, 10)]
                     + [f"30-plan-p2-s{n:02d}" for n in range(0, 8)] + ["30-plan-p3-s05"]
                     + ["50-targets", "55-context", "60-themes", "90-appendix"])
    assert names == sorted(names)
    numbered_review = [n for n in names if n.startswith("10-") and not n.endswith("s00")]
    assert len(numbered_review) == 9 and len([n for n in names if n.startswith("30-")]) == 9
    by_name = {j.output.stem: j for j in jobs}
    assert by_name["10-review-p1-s03"].parameters == {
        "report_id": "yuzhong-2014", "section": "p1.s3", "data_dir": "data/processed"}
    assert by_name["90-appendix"].parameters == {
        "report_id": "yuzhong-2014", "data_dir": "data/processed"}
    assert by_name["30-plan-p2-s07"].template.name == "plan_section.ipynb"
    inputs = {p.name for p in by_name["00-overview"].inputs}
    assert {"sections.csv", "indicators.csv", "reports.csv"} <= inputs

    def reads(stem: str) -> set[str]:  # whose rows the notebook's key covers
        return {p.parent.name for p in by_name[stem].inputs if p.parent.parent.name == "rows"}

    assert reads("10-review-p1-s03") == reads("60-themes") == {"yuzhong-2014"}
    national = {"national-statecouncil-2014"} if (SHARED / "corpus").is_dir() else set()
    assert reads("00-overview") == {"yuzhong-2014", *national}  # its peers of 2014
    assert all(j.output.parent == extracted.generated / "yuzhong-2014" for j in jobs)


@needs_shared
def test_plan_national_takes_both_plan_parts(extracted: Layout):
    names = [j.output.stem for j in plan(extracted)
             if j.output.parent.name == "national-statecouncil-2014"]
    plans = [n for n in names if n.startswith("30-")]
    # 二、2014年工作总体部署 (its opening, which states the main targets, and three
    # sections) and 三、2014年重点工作 (nine).
    assert plans == ([f"30-plan-p2-s{n:02d}" for n in range(0, 4)]
                     + [f"30-plan-p3-s{n:02d}" for n in range(1, 10)])
    # The national report gets no context chapter: there is no level above it.
    assert "55-context" not in names
    # The jobs come home by home (book.homes): the reports read in depth in catalogue
    # order, then each government with two or more reports, then the cascade of 2024;
    # a series report has no chapters of its own.
    order = list(dict.fromkeys(j.output.parent.name for j in plan(extracted)))
    in_depth = [r.id for r in load_catalog(extracted.catalog) if r.in_depth]
    assert order == [*in_depth, "national-statecouncil", "county-qingyuan",
                     "cascade-county-qingyuan-2024"]


def test_task_parts_rules():
    import pandas as pd

    def secs(*titles):
        return pd.DataFrame({"part": range(2, 2 + len(titles)), "part_title": titles,
                             "role": "plan"})

    assert task_parts(secs("2014 年主要工作", "加强措施保障"), report_year=2014) == [2]
    assert task_parts(secs("今年的主要任务", "加强政府自身建设"), report_year=2014) == [2, 3]
    report = load_catalog(ROOT / "data" / "reports.yml")[0]
    override = type(report)(**{**report.__dict__, "extra": {"task_parts": [3]}})
    assert task_parts(secs("2014年主要工作", "措施"), override) == [3]
    bad = type(report)(**{**report.__dict__, "extra": {"task_parts": [7]}})
    with pytest.raises(WorkreportError, match="not plan parts"):
        task_parts(secs("2014年主要工作"), bad)


def test_task_parts_take_the_year_read_from_the_text():
    """Session 67, tester: a catalogue entry without report_year (only id and file are
    required) gave planning no year, so 三、加强政府自身建设 (no task part) got four "Plan"
    chapters; the year read from the text (reports.csv) is used."""
    import dataclasses

    import pandas as pd

    from workreport.book.plan import CHAPTERS, ReportPlan

    report = dataclasses.replace(load_catalog(ROOT / "data" / "reports.yml")[0],
                                 id="gaotang-2023", report_year=None)
    sections = pd.DataFrame({
        "report_id": "gaotang-2023", "part": [2, 2, 3, 3], "number": [1, 2, 1, 2],
        "part_title": ["2023年工作目标任务"] * 2 + ["加强政府自身建设"] * 2, "role": "plan",
        "section": ["p2.s1", "p2.s2", "p3.s1", "p3.s2"], "style": "bracket"})
    rows = pd.DataFrame({"report_id": ["gaotang-2023"], "report_year": [2023]})
    rp = ReportPlan(report, sections, frozenset(), rows)
    assert rp.year == 2023
    plan_chapter = next(c for c in CHAPTERS if c.template == "plan_section")
    assert list(plan_chapter.sections(rp)["section"]) == ["p2.s1", "p2.s2"]
    assert ReportPlan(report, sections, frozenset(), rows.iloc[:0]).year is None


def test_extraction_is_skipped_when_nothing_changed(tmp_path: Path):
    layout = _extracted(tmp_path)
    assert extract(layout) is False
    (layout.processed / "sections.csv").write_text("tampered", encoding="utf-8")
    assert extract(layout) is True  # an output that is not what was written
    assert extract(layout) is False
    # A project glossary overriding the packaged one (a test never edits that one).
    own = layout.root / "data" / "glossary.csv"
    own.write_text(layout.glossary.read_text("utf-8") + "新词,xīn cí,new word,,test\n",
                   encoding="utf-8")
    assert layout.glossary == own
    assert extract(layout) is True  # the glossary is an input
    assert extract(layout, force=True) is True


def test_pages_and_stale_notebooks(tmp_path: Path):
    layout = _extracted(tmp_path)
    reports = load_catalog(layout.catalog)
    jobs = plan(layout, reports)
    stale = [layout.generated / "gone-2013" / "00-overview.ipynb",
             layout.generated / "yuzhong-2014" / "10-review-p1-s42.ipynb"]
    for f in stale:
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text("{}", encoding="utf-8")
    kept = layout.generated / "yuzhong-2014" / "00-overview.ipynb"
    kept.write_text("{}", encoding="utf-8")
    removed = write_pages(layout, jobs, reports)
    assert sorted(removed) == sorted(stale)
    assert kept.is_file() and not (layout.generated / "gone-2013").exists()
    page = (layout.generated / "yuzhong-2014" / "index.md").read_text("utf-8")
    # The page's Markdown source holds catalogue text escaped (literal.markdown).
    # The heading is english.report_title, as the printed contents name the report.
    title = literal.markdown("Yuzhong District People's Government, Chongqing, 2014")
    assert page.startswith(f"# {title}\n")
    speaker = literal.markdown("Hu Wantai, District Head")
    assert "重庆市渝中区人民政府" in page and f"扈万泰 ({speaker})" in page
    toctree = page[page.index("```{toctree}"):]
    listed = [ln for ln in toctree.splitlines()[3:] if ln and not ln.startswith("```")]
    # The chapters, then the annotated report text.
    assert listed == [*(j.output.stem for j in jobs if j.output.parent.name == "yuzhong-2014"),
                      "report"]
    assert "the same targets beside the national ones" in page
    # The glossary page is generated and kept; context reports get no pages at all.
    assert (layout.generated / "glossary.md").read_text("utf-8").startswith("(glossary)=\n")
    contexts = [r.id for r in reports if not r.has_chapters]
    assert not any((layout.generated / c).exists() for c in contexts)
    # A series report has its annotated text but no landing page: its government's page
    # (or its year's cascade) holds it.
    for r in reports:
        if r.has_chapters and not r.in_depth and r.path.is_file():
            assert (layout.generated / r.id / "report.md").is_file()
            assert not (layout.generated / r.id / "index.md").exists()
    assert write_pages(layout, jobs, reports) == []


def test_extraction_skips_absent_texts(tmp_path: Path, capsys):
    """A clone without ../shared: `workreport extract` and the book's extraction skip
    the reports whose texts are absent, one line each, and extract the rest."""
    from workreport.cli import main

    layout = skeleton(tmp_path, [*tiny_catalog(), *absent_nationals()],
                      {"yuzhong-2014.txt": tiny_yuzhong()})
    out = tmp_path / "cli-out"
    assert main(["extract", "--catalog", str(layout.catalog), "--out", str(out), "-q"]) == 0
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 6 and all(ln.startswith("workreport: skipping national-") and
                                   "is absent" in ln for ln in lines)
    assert extract(layout) is True
    for table in (out, layout.processed):
        ids = (table / "reports.csv").read_text("utf-8").splitlines()[1:]
        assert [row.split(",")[0] for row in ids] == ["yuzhong-2014"]
    # The context chapter would read only absent reports: a page says what is missing.
    jobs = plan(layout)
    context = next(j for j in jobs if j.output.stem == "55-context")
    assert context.output.suffix == ".md" and "national-statecouncil-2013" in context.text
    # So would the State Council's chapters across years: their government page holds
    # a page for each saying what is missing, and names the missing reports itself.
    across = [j for j in jobs if j.output.parent.name == "national-statecouncil"]
    assert [j.output.name for j in across] == ["70-outcomes.md", "72-series.md"]
    assert all("national-statecouncil-2016" in j.text for j in across)
    write_pages(layout, jobs, load_catalog(layout.catalog))
    page = (layout.generated / "national-statecouncil" / "government.md").read_text("utf-8")
    assert "Not in this build" in page and all(n in page for n in NATIONALS)
    assert "70-outcomes\n72-series\n```" in page  # no annotated text to list


def test_a_report_named_by_a_users_file_gets_a_safe_id_and_working_links(tmp_path: Path):
    """A user's file name with spaces, brackets, Chinese, upper case, a dash and a dot
    (``My Report (2019) 国务院.v2.txt``): its id is made safe for a file name and a URL;
    that file name as a catalogue id is refused in one line naming the safe id; and with
    the safe id every figure link of a chapter (figure ids joined with spaces, as
    ``analysis.levels_and_changes`` joins a level and its change) leads to the figure's
    mark on the report's annotated page. The id with its spaces once built a book with
    no warning whose figure links lost the id's head (``../国务院.v2/report.html``)."""
    from workreport.analysis import levels_and_changes
    from workreport.display import figure_links
    from workreport.errors import UnsafeId
    from workreport.extract.batch import reports_in

    name = "My Report (2019) 国务院.v2.txt"
    (tmp_path / name).write_text(tiny_yuzhong(), encoding="utf-8")
    (mine,), _ = reports_in([tmp_path / name])
    rid = mine.id
    assert rid == "My-Report-2019-国务院.v2"
    entry = {**tiny_catalog()[0], "file": f"raw/{name}"}
    (tmp_path / "book").mkdir()
    layout = skeleton(tmp_path / "book", [{**entry, "id": Path(name).stem}],
                      {name: tiny_yuzhong()})
    with pytest.raises(UnsafeId, match=re.escape(f"use '{rid}'")):
        extract(layout)
    assert not layout.processed.exists()
    layout.catalog.write_text(yaml.safe_dump({"reports": [{**entry, "id": rid}]},
                                             allow_unicode=True), encoding="utf-8")
    assert extract(layout) is True
    ind = pd.read_csv(layout.processed / "indicators.csv")
    assert set(ind.report_id) == {rid}
    reports = load_catalog(layout.catalog)
    write_pages(layout, plan(layout, reports), reports)
    marks = set(re.findall(r'id="(fig-f\d+)"',
                           (layout.generated / rid / "report.md").read_text("utf-8")))
    joined = [i for i in levels_and_changes(ind).figure_id if " " in i]
    assert joined  # a level beside its change: two ids in one cell
    chapter = layout.generated / rid / "00-overview.html"
    links = re.findall(r'href="([^"]+)"', figure_links(" ".join(joined)))
    assert len(links) == sum(len(i.split()) for i in joined)
    for link in links:
        page, mark = link.split("#")
        assert (chapter.parent / page).resolve() == (layout.generated / rid / "report.html")
        assert mark in marks


def test_a_chapter_type_is_one_registry_entry(extracted: Layout, monkeypatch):
    """A new chapter type added to CHAPTERS is planned, titled and listed on the landing
    page with nothing else changed."""
    plan_module = importlib.import_module("workreport.book.plan")  # plan is also a function

    extra = plan_module.Chapter("70-outlook", "outlook", "outlook")
    monkeypatch.setattr(plan_module, "CHAPTERS", (*plan_module.CHAPTERS, extra))
    reports = load_catalog(extracted.catalog)
    jobs = [j for j in plan(extracted, reports) if j.output.parent.name == "yuzhong-2014"]
    assert jobs[-1].output.stem == "70-outlook" and jobs[-1].label == "yuzhong-2014 outlook"
    assert jobs[-1].template == extracted.templates / "outlook.ipynb"
    write_pages(extracted, jobs, reports)
    landing = (extracted.generated / "yuzhong-2014" / "index.md").read_text("utf-8")
    assert "\n70-outlook\nreport\n" in landing


def test_section_slugs_come_from_part_and_number(extracted: Layout):
    from workreport.book.plan import section_slug
    from workreport.schema import read_table

    secs = read_table(extracted.processed, "sections", ["report_id", "section", "part",
                                                        "number"])
    by_section = {(r.report_id, r.section): section_slug(r.part, r.number)
                  for r in secs.itertuples()}
    for job in plan(extracted):
        if "section" in job.parameters:
            rid = job.output.parent.name
            assert job.output.stem.endswith("-" + by_section[rid, job.parameters["section"]])


@pytest.mark.slow
def test_only_notebook_code_reruns_notebooks(tmp_path: Path, monkeypatch):
    """Editing a module of book/ (or runner/, or cli.py) re-runs no notebook; editing
    the notebook library (analysis.py) re-runs them all."""
    from workreport.book import notebook_code
    from workreport.runner import Job, execute

    package = tmp_path / "workreport"
    shutil.copytree(Path(__import__("workreport").__file__).parent, package,
                    ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.chdir(tmp_path)
    fixture = ROOT / "tests" / "fixtures" / "notebooks" / "ok.ipynb"
    jobs = [Job(fixture, tmp_path / f"out/ok-{x}.ipynb", {"x": x}) for x in (1, 2)]

    def ran() -> int:
        return len(execute(jobs, kernel="workreport", state=tmp_path / ".workreport/state.json",
                           code=notebook_code(package), progress=False, workers=1).ran)

    assert ran() == 2
    for built_only in ("book/pages.py", "runner/pool.py", "cli.py"):
        with (package / built_only).open("a", encoding="utf-8") as fh:
            fh.write("# an edit\n")
        assert ran() == 0, built_only
    with (package / "analysis.py").open("a", encoding="utf-8") as fh:
        fh.write("# an edit\n")
    assert ran() == 2
    with (package / "vocab" / "stopwords.txt").open("a", encoding="utf-8") as fh:
        fh.write("的\n")
    assert ran() == 2  # vocabulary is notebook code too


def test_config_and_toc_are_static():
    config = yaml.safe_load((ROOT / "_config.yml").read_text("utf-8"))
    assert config["execute"]["execute_notebooks"] == "off"
    assert "dollarmath" not in config["parse"]["myst_enable_extensions"]
    sphinx = config["sphinx"]["config"]
    assert sphinx["language"] == "en" and sphinx["html_search_language"] == "zh"
    assert config["html"]["use_repository_button"] is False
    assert "nb_output_stderr" not in sphinx and "stderr_output" not in config["execute"]
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text("utf-8"))
    globs = [c.get("glob") for part in toc["parts"] for c in part["chapters"]]
    assert "book/generated/*/index" in globs
    assert "yuzhong" not in (ROOT / "_toc.yml").read_text("utf-8").split("#")[0]
    # The title is named after the report the book opens with (book.title), never typed
    # here or in the root page: a book of other reports read "Yuzhong 2014" (session 67).
    assert "title" not in config and "workreport.book.title" in sphinx["extensions"]
    assert "Yuzhong" not in (ROOT / "book" / "index.md").read_text("utf-8").split("\n\n")[0]


#: Tags that hide a cell's code in the book (myst-nb): behind a toggle, or not at all.
_HIDDEN = {"hide-cell", "hide-input", "remove-cell", "remove-input", "parameters"}


def test_templates_show_code_only_beside_a_computation():
    """The chapters show the code that computes beside what it shows (a cell that
    assigns a name, QuantEcon's pattern); set-up, charts and plumbing sit behind
    toggles. A template whose shown cells compute nothing (a bare ``display`` call,
    its fallback message on the next line) shows no code at all: the chapters across
    years showed one such cell, the only code on their pages (session 67, tester: "a
    code cell is visible on series pages"; session 68)."""
    import ast

    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        shown = [c for c in nb.cells if c.cell_type == "code"
                 and not _HIDDEN & set(c.metadata.get("tags", []))]
        computes = [c for c in shown if any(
            not isinstance(node, ast.Expr) for node in ast.parse(c.source).body)]
        assert computes or not shown, (path.name, [c.source[:60] for c in shown])


def test_hand_written_pages_state_no_figures():
    """Figures belong to the notebooks, which take them from the tables."""
    for page in [*(ROOT / "book").glob("*.md"), *(ROOT / "book" / "passages").glob("*.txt")]:
        for n, line in enumerate(page.read_text("utf-8").splitlines(), 1):
            prose = re.sub(r"^\s*\d+\. |`[^`]*`|20\d\d|p\d\.s\d|UTF-8|GB18030|世界500强", "", line)
            assert not re.search(r"\d", prose), f"{page.name}:{n}: {line}"


# ----------------------------------------------------------------------------- slow


@pytest.fixture(scope="module")
def stub_book(tmp_path_factory) -> tuple[Layout, object]:
    """The tiny Yuzhong report built with stand-in templates."""
    dest = tmp_path_factory.mktemp("book-stub")
    layout = skeleton(dest, [*tiny_catalog(), *absent_nationals()],
                      {"yuzhong-2014.txt": tiny_yuzhong()})
    stub_templates(layout.templates)
    result = build(layout.root, workers=2, progress=False)
    return layout, result


@pytest.mark.slow
def test_stub_book_builds_every_chapter(stub_book):
    layout, result = stub_book
    names = sorted(j.output.stem for j in result.ran)
    assert names == ["00-overview", "10-review-p1-s00", "10-review-p1-s01", "10-review-p1-s02",
                     "30-plan-p2-s00", "30-plan-p2-s01", "30-plan-p2-s02", "50-targets",
                     "60-themes", "90-appendix"]
    assert result.extracted and result.rendered
    html = layout.html
    for name in [*names, "index"]:
        assert (html / "book" / "generated" / "yuzhong-2014" / f"{name}.html").is_file()
    for page in ("index", "book/introduction", "book/methods", "book/reading",
                 "book/generated/glossary"):
        assert (html / f"{page}.html").is_file()
    log = (layout.work / "jupyter-book.log").read_text("utf-8")
    assert "WARNING" not in log and "ERROR" not in log
    # The doctrees' characters were the pages': the font cut while they were written
    # was the one taken (webfont.Speculation).
    assert "(cut beside the writing)" in log
    for f in ("indicators.csv", "numbers.csv", "sections.csv", "datapackage.json"):
        assert (html / "_static" / "data" / f).read_bytes() == (layout.processed / f).read_bytes()
    assert {"地区生产总值", "解放碑"} & search_terms(html)
    assert remote_assets(html) == []
    # The title names the report the book opens with, in the title bar, the sidebar and
    # the root page's heading (book.title; session 68).
    title = (layout.generated / "title.txt").read_text("utf-8").strip()
    assert title == ("Yuzhong District 2014: a reproducible reading of a Chinese government "
                     "work report")
    root = (html / "book" / "index.html").read_text("utf-8")
    # Once: the root page's heading is the title, so no " — title" suffix (g6).
    assert f"<title>{title}</title>" in root
    assert f'<p class="title logo__title">{title}</p>' in root and f"<h1>{title}<" in root
    # The landing page nests the chapters under it in the navigation.
    landing = (html / "book" / "generated" / "yuzhong-2014" / "index.html").read_text("utf-8")
    assert 'href="10-review-p1-s01.html"' in landing
    # The State Council's texts are absent: skipped, and the context chapter that would
    # have read them says what is missing instead of failing.
    assert sorted(a.report.id for a in result.absent) == NATIONALS
    assert not (layout.generated / "national-statecouncil-2014").exists()
    note = (html / "book" / "generated" / "yuzhong-2014" / "55-context.html").read_text("utf-8")
    assert "not in this build" in note and "national-statecouncil-2015" in note
    assert 'href="55-context.html"' in landing
    # The State Council's government page is built and says what is missing, as do the
    # chapters across years it lists; the sidebar has it after the reports.
    gov = html / "book" / "generated" / "national-statecouncil"
    page = (gov / "government.html").read_text("utf-8")
    assert "Not in this build" in page and all(n in page for n in NATIONALS)
    for stem in ("70-outcomes", "72-series"):
        assert "not in this build" in (gov / f"{stem}.html").read_text("utf-8")
        assert f'href="{stem}.html"' in page
    methods = (html / "book" / "methods.html").read_text("utf-8")
    nav = methods[methods.index("bd-sidebar-primary"):]
    assert nav.index("yuzhong-2014/index.html") < nav.index("national-statecouncil/government")
    assert nav.index("national-statecouncil/government") < nav.index('href="tutorial.html"')
    # No temp tree left; the staging tree keeps Sphinx's environment for the next build.
    assert [p.name for p in layout.root.joinpath("_build").glob(".*")] == [".staging"]
    # ... and the theme's compiled templates (workreport.book.jinjacache) and the search
    # words' splits (workreport.book.search).
    doctrees = layout.root / "_build" / ".staging" / "_build" / ".doctrees"
    assert len(list((doctrees / "jinja").glob("*.cache"))) > 10
    assert (doctrees / "workreport-search.pickle").is_file()


@pytest.mark.slow
def test_parallel_render_is_byte_identical_to_serial(stub_book):
    """Sphinx with two processes (``-j 2``: what the build uses on two CPUs) writes the
    same HTML (pages, figure numbers, search index) and the same doctrees as with one.
    Sphinx's environment pickle is left out: it records when each page was read; so is
    the web font's memo of each written page's characters, keyed by the page's size and
    modification time (``webfont``)."""
    from workreport.book.render import render, repository

    layout, _ = stub_book
    doctrees = layout.root / "_build" / ".staging" / "_build" / ".doctrees"
    made = {}
    for jobs in (1, 2):
        assert render(layout, repository(layout), force=True, progress=False, jobs=jobs)
        log = (layout.work / "jupyter-book.log").read_text("utf-8")
        assert f"workreport: sphinx with {jobs} job(s)" in log and "doing serial" not in log
        trees = tree_snapshot(doctrees)
        del trees["environment.pickle"]
        del trees["html-webfont-pages.json"]
        made[jobs] = tree_snapshot(layout.html), trees
    assert made[1][0] == made[2][0]
    assert made[1][1] == made[2][1]


@pytest.mark.slow
def test_noop_rebuild_runs_nothing(stub_book):
    layout, _ = stub_book
    before = tree_snapshot(layout.html)
    result = build(layout.root, workers=2, progress=False)
    assert result.up_to_date and result.ran == []
    assert not result.extracted and not result.rendered and result.removed == []
    assert tree_snapshot(layout.html) == before
    # The no-op check reads hashes only: the CLI never imports pandas for it.
    probe = ("import sys; from workreport.cli import main; code = main(['build', '-q', "
             "'--root', sys.argv[1]]); print(code, 'pandas' in sys.modules)")
    r = subprocess.run([sys.executable, "-c", probe, str(layout.root)], capture_output=True,
                       text=True, check=True)
    assert r.stdout.split() == ["0", "False"], r.stderr[-2000:]
    # A generated file edited by hand is not what the build left: the build runs again,
    # and only what the edit touched is redone.
    overview = layout.generated / "yuzhong-2014" / "00-overview.ipynb"
    good = overview.read_bytes()
    overview.write_bytes(good.replace(b"Overview", b"Overvue"))
    result = build(layout.root, workers=2, progress=False)
    assert not result.up_to_date and [j.output for j in result.ran] == [overview]
    assert len(result.skipped) == 9 and overview.read_bytes() == good


@pytest.mark.slow
def test_failures_leave_the_last_good_book(stub_book):
    layout, _ = stub_book
    index = layout.html / "index.html"
    before = tree_snapshot(layout.html)
    inode = index.stat().st_ino
    # A notebook that fails: the error names the notebook, its parameters and the cell.
    stub_templates(layout.templates, fail_section="p1.s1")
    with pytest.raises(NotebookError) as info:
        build(layout.root, workers=2, progress=False)
    err = info.value
    assert err.notebook.endswith("10-review-p1-s01.ipynb")
    assert err.parameters["section"] == "p1.s1" and err.cell_index == 2
    assert "cell 2" in str(err) and "RuntimeError: stub failure" in str(err)
    assert len(str(err).splitlines()) == 1
    assert tree_snapshot(layout.html) == before and index.stat().st_ino == inode
    # A page that makes Sphinx warn: the build fails, _build/html stays as it was.
    stub_templates(layout.templates)
    methods = layout.root / "book" / "methods.md"
    good = methods.read_text("utf-8")
    methods.write_text(good + "\nSee {doc}`no-such-page`.\n", encoding="utf-8")
    try:
        with pytest.raises(WorkreportError, match="jupyter-book build failed") as info:
            build(layout.root, workers=2, progress=False)
        assert "no-such-page" in str(info.value)
        assert tree_snapshot(layout.html) == before
    finally:
        methods.write_text(good, encoding="utf-8")
    # Put back, the sources are those of the last good book: nothing to render.
    result = build(layout.root, workers=2, progress=False)
    assert not result.rendered and tree_snapshot(layout.html) == before


def sphinx_log(layout: Layout) -> tuple[str, set[str], set[str]]:
    """From the last jupyter-book log: Sphinx's "updating environment" line, the
    documents it read and those it wrote (``workreport.book.sphinxrun`` names each: a
    parallel build's progress lines name only chunks)."""
    text = (layout.work / "jupyter-book.log").read_text("utf-8")
    env = next(ln for ln in text.splitlines() if ln.startswith("updating environment"))
    step = re.compile(r"^workreport: (read|wrote) (\S+)$", re.M)
    read = {m.group(2) for m in step.finditer(text) if m.group(1) == "read"}
    written = {m.group(2) for m in step.finditer(text) if m.group(1) == "wrote"}
    return env, read, written


def book_sources(layout: Layout) -> dict[str, bytes]:
    """Every page of the book by Sphinx's document name, with its bytes."""
    return {p.relative_to(layout.root).with_suffix("").as_posix(): p.read_bytes()
            for p in (layout.root / "book").rglob("*") if p.suffix in (".md", ".ipynb")}


def included_texts(layout: Layout) -> dict[str, bytes]:
    """Each hand-written page that includes generated text (```{include} generated/…```,
    e.g. the start page's pointer to the first report), with the included bytes: Sphinx
    re-reads a page when a file it includes changes."""
    out = {}
    for page in (layout.root / "book").glob("*.md"):
        doc = page.relative_to(layout.root).with_suffix("").as_posix()
        for target in re.findall(r"```\{include\}\s+(\S+)", page.read_text("utf-8")):
            text = page.parent / target
            out[doc] = out.get(doc, b"") + (text.read_bytes() if text.is_file() else b"")
    return out


@pytest.mark.slow
def test_one_page_edit_rereads_only_that_page(stub_book):
    layout, _ = stub_book
    methods = layout.root / "book" / "methods.md"
    good = methods.read_text("utf-8")
    try:
        # After a failed build (the test before) the staging tree starts afresh once.
        methods.write_text(good + "\nOne sentence of method.\n", encoding="utf-8")
        build(layout.root, workers=2, progress=False)
        methods.write_text(good + "\nOne more sentence of method.\n", encoding="utf-8")
        result = build(layout.root, workers=2, progress=False)
        # Only the HTML reads the hand-written pages: nothing before it is looked at.
        assert result.pages_only and not result.extracted and result.skipped == []
        assert result.ran == [] and result.rendered
        env, read, written = sphinx_log(layout)
        assert "0 added, 1 changed, 0 removed" in env and read == {"book/methods"}
        assert "book/methods" in written
        assert not {w for w in written if w.startswith("book/generated/yuzhong-2014/")}
        page = (layout.html / "book" / "methods.html").read_text("utf-8")
        assert "One more sentence of method." in page
        # The page's texts were split for the search index before (the memo of
        # workreport.book.search) but the new English one: jieba's dictionary stays unread.
        log = (layout.work / "jupyter-book.log").read_text("utf-8")
        assert "dumping search index" in log and "Prefix dict" not in log
    finally:
        methods.write_text(good, encoding="utf-8")


@pytest.mark.slow
def test_adding_a_report_runs_its_notebooks_and_those_that_read_it(stub_book, tmp_path):
    """A second Yuzhong report (2015: it reviews 2014) runs its own chapters and the two
    chapters of the 2014 report that read it (the targets: their outcomes; the overview,
    which names the report stating them), no other."""
    layout, _ = stub_book
    build(layout.root, workers=2, progress=False)  # what the tests before put back
    catalog = yaml.safe_load(layout.catalog.read_text("utf-8"))
    first = next(e for e in catalog["reports"] if e["id"] == "yuzhong-2014")
    later = {**first, "id": "yuzhong-2015", "report_year": 2015, "year_reviewed": 2014,
             "date": "2015-02-10", "file": "raw/yuzhong-2015.txt"}
    (layout.root / "data" / "raw" / "yuzhong-2015.txt").write_text(tiny_yuzhong(), "utf-8")
    layout.catalog.write_text(yaml.safe_dump({"reports": [*catalog["reports"], later]},
                                             allow_unicode=True), encoding="utf-8")
    sources, includes = book_sources(layout), included_texts(layout)
    result = build(layout.root, workers=2, progress=False)
    ran = sorted(f"{j.output.parent.name}/{j.output.stem}" for j in result.ran)
    # With two reports Yuzhong is a government over the years: its page's two chapters.
    assert ran == sorted([*(f"yuzhong-2015/{j.output.stem}" for j in result.skipped + result.ran
                            if j.output.parent.name == "yuzhong-2015"),
                          "yuzhong-2014/00-overview", "yuzhong-2014/50-targets",
                          "yuzhong/70-outcomes", "yuzhong/72-series"])
    assert len(result.skipped) == 8  # the 2014 report's other chapters (its plan opening too)
    assert all(j.output.parent.name == "yuzhong-2014" for j in result.skipped)
    assert (layout.html / "book" / "generated" / "yuzhong-2015" / "index.html").is_file()
    # A new set of pages keeps Sphinx's environment: it reads the new pages and those
    # whose source changed, no other; every page is written anew, since every page's
    # sidebar lists the new report.
    after = book_sources(layout)
    added = sorted(set(after) - set(sources))
    changed = {d for d in sources if d in after and after[d] != sources[d]}
    # The root page is read too: its toctree (the site map's globs) gained the new
    # landing pages (sphinx-external-toc marks a changed toctree so); so is a page whose
    # included text changed (the start page's pointer now names the 2015 report).
    changed |= {"book/index"} | {d for d, text in included_texts(layout).items()
                                 if includes.get(d) != text}
    env, read, written = sphinx_log(layout)
    assert f"{len(added)} added, {len(changed)} changed, 0 removed" in env
    assert read == {*added, *changed}
    assert "book/generated/yuzhong-2014/10-review-p1-s01" not in read
    assert written == set(after)
    older = layout.html / "book" / "generated" / "yuzhong-2014" / "index.html"
    assert "yuzhong-2015/index.html" in older.read_text("utf-8")
    assert "yuzhong/government.html" in older.read_text("utf-8")
    # The same sources rendered from an empty tree give the same bytes.
    clean = tmp_path / "clean"
    shutil.copytree(layout.root, clean, ignore=shutil.ignore_patterns("_build"))
    again = build(clean, workers=2, progress=False)
    assert again.pages_only and again.rendered and again.ran == []
    _, read, _ = sphinx_log(Layout.at(clean))
    assert read == set(after)
    assert tree_snapshot(clean / "_build" / "html") == tree_snapshot(layout.html)


@pytest.mark.slow
@pytest.mark.skipif(not all((ROOT / "notebooks" / f"{t}.ipynb").is_file() for t in TEMPLATES),
                    reason="the notebook templates are not in notebooks/ yet")
def test_real_templates_build_without_warnings(tmp_path: Path):
    layout = skeleton(tmp_path, tiny_catalog(), {"yuzhong-2014.txt": tiny_yuzhong()})
    for t in TEMPLATES:
        shutil.copy2(ROOT / "notebooks" / f"{t}.ipynb", layout.templates / f"{t}.ipynb")
    result = build(layout.root, workers=2, progress=False)
    assert len(result.ran) == 10 and result.rendered
    log = (layout.work / "jupyter-book.log").read_text("utf-8")
    assert "WARNING" not in log
    assert "地区生产总值" in search_terms(layout.html)
    assert remote_assets(layout.html) == []


@needs_shared
def test_series_reports_get_only_their_chapters_across_years(tmp_path: Path):
    """``chapters: series``: every year gets its annotated page, and its government one
    landing page holding the chapters across years (targets and outcomes, over the
    years) and the annotated texts; never the per-section reading."""
    series = [{"id": f"national-statecouncil-{y}", "chapters": "series",
               "file": str(SHARED / "corpus" / f"national-statecouncil-{y}.txt")}
              for y in (2012, 2013)]
    layout = skeleton(tmp_path, [*tiny_catalog(), *series],
                      {"yuzhong-2014.txt": tiny_yuzhong()})
    assert extract(layout) is True
    reports = load_catalog(layout.catalog)
    jobs = plan(layout, reports)
    by_home: dict[str, list[str]] = {}
    for j in jobs:
        by_home.setdefault(j.output.parent.name, []).append(j.output.stem)
    assert by_home["national-statecouncil"] == ["70-outcomes", "72-series"]
    assert "national-statecouncil-2012" not in by_home
    assert "national-statecouncil-2013" not in by_home
    assert "70-outcomes" not in by_home["yuzhong-2014"]  # one report: no series
    outcomes = next(j for j in jobs if j.output.stem == "70-outcomes")
    assert outcomes.parameters["report_id"] == "national-statecouncil-2013"  # the latest
    read = {p.parent.name for p in outcomes.inputs if p.parent.parent.name == "rows"}
    assert read == {"national-statecouncil-2012", "national-statecouncil-2013"}
    # The pairs of those reports (rows.split files them per report), not the whole table.
    pairs = {p.parent.name for p in outcomes.inputs if p.name == "outcomes.csv"}
    assert pairs == read and layout.processed / "outcomes.csv" not in outcomes.inputs
    write_pages(layout, jobs, reports)
    for rid in ("national-statecouncil-2012", "national-statecouncil-2013"):
        assert not (layout.generated / rid / "index.md").exists()
        assert (layout.generated / rid / "report.md").is_file()
    page = (layout.generated / "national-statecouncil" / "government.md").read_text("utf-8")
    # No government_en in the entries: the English made from the text's 国务院.
    assert page.startswith("# State Council of the People\\'s Republic of China: ")
    assert "国务院" in page
    assert page.splitlines()[0].endswith(": 2 reports, 2012–2013")
    toctree = page[page.index("```{toctree}"):].splitlines()[4:-1]
    assert toctree == ["70-outcomes", "72-series", "../national-statecouncil-2012/report",
                       "../national-statecouncil-2013/report"]
    assert "Not in this build" not in page


def review_only_yuzhong() -> str:
    """``tiny_yuzhong`` without its plan: the title block and the review part (一、), so
    the report reviews a year and sets no targets."""
    out = []
    for line in tiny_yuzhong().splitlines():
        if re.match(r"^二、", line.strip()):
            break
        out.append(line)
    return "\n".join(out) + "\n"


@pytest.mark.slow
@pytest.mark.skipif(not all((ROOT / "notebooks" / f"{t}.ipynb").is_file() for t in TEMPLATES),
                    reason="the notebook templates are not in notebooks/ yet")
def test_a_report_with_a_review_and_no_targets_builds_its_chapters(tmp_path: Path):
    """Issue 12 §3: every chapter renders with what the report has and says what it
    lacks (no targets, no plan part) instead of failing."""
    layout = skeleton(tmp_path, tiny_catalog(), {"yuzhong-2014.txt": review_only_yuzhong()})
    for t in TEMPLATES:
        shutil.copy2(ROOT / "notebooks" / f"{t}.ipynb", layout.templates / f"{t}.ipynb")
    result = build(layout.root, workers=2, progress=False)
    ind = pd.read_csv(layout.processed / "indicators.csv")
    assert (ind.kind == "actual").sum() > 10 and not (ind.kind == "target").any()
    names = sorted(j.output.stem for j in result.ran)
    assert names == ["00-overview", "10-review-p1-s00", "10-review-p1-s01", "10-review-p1-s02",
                     "50-targets", "60-themes", "90-appendix"]
    assert result.rendered
    log = (layout.work / "jupyter-book.log").read_text("utf-8")
    assert "WARNING" not in log and "ERROR" not in log

    def page(stem: str) -> str:
        html = layout.html / "book" / "generated" / "yuzhong-2014" / f"{stem}.html"
        return html.read_text("utf-8")

    for stem in names:
        assert "Traceback" not in page(stem), stem
    # What it lacks is said where it would have been shown (a chart's caption, a table),
    # not only in the code cell.
    def said(stem: str, words: str) -> bool:
        shown = re.sub(r'<div class="highlight.*?</pre></div>', "", page(stem), flags=re.S)
        return literal.html(words) in shown or words in shown

    lacks = "No target of this report can be paired with a result."
    assert said("00-overview", lacks) and said("50-targets", lacks)
    assert said("50-targets", EMPTY)  # the table of all targets
    assert said("60-themes", "The report has no plan part.")
    assert said("00-overview", "804.2亿元")  # what it has: the review's headline figures
