"""The chapters' exercises (the ``exercises`` cell of each template) work as written.

Each exercise says what it needs (``*Needs:*``), and its solution's code blocks run as
they stand from the project's folder of a clone: Python in a fresh interpreter (so a
solution cannot lean on a name the chapter defined), shell commands in bash. The slow
test runs every solution against the session's built book (its tables and kernel), with
the scratch folder ``/tmp/`` of the commands redirected into ``tmp_path``. A solution
that reads the State Council's reports needs ``../shared``; where it is absent, the test
checks that the solution stops with a message that names it.
"""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import SimpleNamespace

import nbformat
import pandas as pd
import pytest

from .conftest import ROOT, SHARED

TEMPLATES = sorted((ROOT / "notebooks").glob("*.ipynb"))
_ADMONITION = re.compile(r"(`{3,4})\{admonition\} (Exercise|Solution) (\d+)\n(.*?)\n\1(?!`)",
                         re.S)
_CODE = re.compile(r"```(python|bash)\n(.*?)\n```", re.S)


@dataclass(frozen=True)
class Exercise:
    template: str
    number: int
    question: str
    solution: str

    @property
    def blocks(self) -> list[tuple[str, str]]:
        """(language, code) of the solution, in order."""
        return _CODE.findall(self.solution)

    @property
    def needs_shared(self) -> bool:
        return "../shared" in self.question

    def __str__(self) -> str:
        return f"{self.template}-{self.number}"


# A glued block (the solutions' code) and a glued word (an example the text names).
_GLUE_MD = re.compile(r"```\{glue:md\} (\w+)\n:format: myst\n```|\{glue:md\}`(\w+)`")


@cache
def tables_of(report_id: str) -> SimpleNamespace:
    """The sections and figures of one catalogued report, extracted on its own: what a
    ``solutions`` cell reads of the chapter's ``tables``."""
    from workreport.extract.catalog import load_catalog
    from workreport.extract.tables import extract_report

    report = {r.id: r for r in load_catalog(ROOT / "data" / "reports.yml")}[report_id]
    if not report.path.is_file():
        pytest.skip(f"{report.path} is absent (../shared is not beside the project)")
    t = extract_report(report).tables
    # The reports of the book: the catalogue's whose texts are here (the solutions cells
    # show the State Council's exercise only where its report is: session 68).
    here = [r.id for r in load_catalog(ROOT / "data" / "reports.yml") if r.path.is_file()]
    return SimpleNamespace(sections=t["sections"], indicators=t["indicators"],
                           reports=pd.DataFrame({"report_id": here}))


def glued(nb, **parameters) -> dict[str, str]:
    """What the template's ``solutions`` cells glue (a solution naming the chapter's own
    report and sections), run with the template's default parameters updated by
    ``parameters`` and the tables of its report (``tables_of``), as the book shows it."""
    from unittest import mock

    names: dict = {}
    for cell in nb.cells:
        if "parameters" in cell.metadata.get("tags", []):
            exec(cell.source, names)
    names.update(parameters)
    out: dict[str, str] = {}
    with mock.patch("myst_nb.glue", lambda key, value, display=True:
                    out.__setitem__(key, value.data)):
        for cell in nb.cells:
            if "solutions" in cell.metadata.get("tags", []):
                exec(cell.source, {**names, "tables": tables_of(names["report_id"])})
    return out


def fill(source: str, values: dict[str, str]) -> str:
    """``source`` with its glued parts as the book shows them."""
    return _GLUE_MD.sub(lambda m: values[m.group(1) or m.group(2)], source)


def exercises(template: Path) -> list[Exercise]:
    """The exercises of one template, each with its solution (glued parts filled in)."""
    nb = nbformat.read(template, as_version=4)
    cells = [c for c in nb.cells if "exercises" in c.metadata.get("tags", [])]
    if not cells:
        return []
    source = fill(cells[0].source, glued(nb))
    parts: dict[tuple[str, int], str] = {}
    for _, kind, number, body in _ADMONITION.findall(source):
        assert (kind, int(number)) not in parts, (template.stem, kind, number)
        parts[kind, int(number)] = body
    numbers = sorted(n for kind, n in parts if kind == "Exercise")
    assert numbers == list(range(1, len(numbers) + 1)), template.stem
    assert sorted(n for kind, n in parts if kind == "Solution") == numbers, template.stem
    return [Exercise(template.stem, n, parts["Exercise", n], parts["Solution", n])
            for n in numbers]


ALL = [e for t in TEMPLATES for e in exercises(t)]


def test_the_templates_have_exercises():
    assert len(ALL) >= 15
    assert {e.template for e in ALL} >= {"overview", "review_section", "plan_section",
                                         "targets", "context", "themes", "appendix"}


@pytest.mark.parametrize("template", ["review_section", "plan_section"])
@pytest.mark.parametrize("report_id", ["yuzhong-2014", "national-statecouncil-2014"])
def test_a_section_exercise_names_a_section_of_the_chapters_report(template, report_id):
    """The section a section chapter's exercise suggests (and its solution reruns) is
    another section of the chapter's own report, for any report: the State Council's
    sections are not Yuzhong's (its plan has no p2.s5)."""
    nb = nbformat.read(ROOT / "notebooks" / f"{template}.ipynb", as_version=4)
    sections = tables_of(report_id).sections
    role = "review" if template == "review_section" else "plan"
    numbered = list(sections.loc[(sections["role"] == role) & (sections["number"] > 0),
                                 "section"])
    for section in (numbered[0], numbered[-1]):
        values = glued(nb, report_id=report_id, section=section)
        example = re.fullmatch(r"`(p\d+\.s\d+)`", values["example_section"])
        assert example and example[1] in numbered and example[1] != section, values
        assert values["rerun_solution"].endswith(
            f"-p report_id {report_id} -p section {example[1]}\n```")


@pytest.mark.parametrize("exercise", ALL, ids=str)
def test_each_exercise_says_what_it_needs(exercise):
    assert "*Needs:* " in exercise.question
    assert "{glue" not in exercise.question + exercise.solution  # every glued part filled
    reads_national = "national-statecouncil" in exercise.solution or \
        "State Council" in exercise.question
    if reads_national and exercise.blocks:
        assert exercise.needs_shared, "reads the State Council's report: say ../shared"


@pytest.mark.parametrize("exercise", [e for e in ALL if e.blocks], ids=str)
def test_solution_code_is_valid_and_stands_alone(exercise):
    for lang, code in exercise.blocks:
        if lang == "python":
            compile(code, str(exercise), "exec")
            assert "ind" not in re.findall(r"\b\w+\b", code) or "ind =" in code
        else:
            assert ".venv/bin/" in code  # the clone's own tools, as `make venv` made them


def _run(lang: str, code: str, tmp_path: Path) -> subprocess.CompletedProcess:
    code = code.replace("/tmp/", f"{tmp_path}/")
    cmd = [sys.executable, "-c", code] if lang == "python" else ["bash", "-e", "-c", code]
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=900)


@pytest.mark.slow
@pytest.mark.parametrize("exercise", [e for e in ALL if e.blocks], ids=str)
def test_solution_runs_as_written(exercise, built_book, tmp_path):
    shared = SHARED.is_dir()
    for lang, code in exercise.blocks:
        r = _run(lang, code, tmp_path)
        if exercise.needs_shared and not shared:
            assert r.returncode != 0 and "../shared" in r.stdout + r.stderr, r.stderr[-2000:]
            return
        assert r.returncode == 0, f"{lang}: {r.stderr[-2000:]}"


@pytest.mark.parametrize("template", ["overview", "targets", "appendix", "context"])
def test_solutions_name_the_chapters_own_report(template):
    """A book on another catalogue: the solutions of a chapter name its ``report_id``
    (the parameter), never the report the template was written on."""
    nb = nbformat.read(ROOT / "notebooks" / f"{template}.ipynb", as_version=4)
    source = next(c.source for c in nb.cells if "exercises" in c.metadata.get("tags", []))
    other = "national-statecouncil-2014"
    filled = fill(source, glued(nb, report_id=other))
    assert "yuzhong-2014" not in filled
    assert f'"{other}"' in filled


@pytest.mark.parametrize("template", ["overview", "targets", "review_section", "appendix",
                                      "themes"])
def test_the_state_councils_exercise_only_in_a_book_that_holds_its_report(template,
                                                                          monkeypatch):
    """Session 68, tester: a book of Chengde and Chongqing 2024 asked, in every chapter,
    to rerun it for national-statecouncil-2014, which its tables did not hold. That
    exercise is now glued by the solutions cell: shown, numbered last, only when the
    book's tables hold the report, and never on that report's own chapter."""
    import sys

    here = sys.modules[__name__]
    real = here.tables_of("yuzhong-2014")

    def book_of(*ids):
        monkeypatch.setattr(here, "tables_of", lambda rid: SimpleNamespace(
            sections=real.sections, indicators=real.indicators,
            reports=pd.DataFrame({"report_id": list(ids)})))

    nb = nbformat.read(ROOT / "notebooks" / f"{template}.ipynb", as_version=4)
    source = next(c.source for c in nb.cells if "exercises" in c.metadata.get("tags", []))
    national = "national-statecouncil-2014"
    book_of("chengde-2024", "yuzhong-2014")
    users = fill(source, glued(nb))
    assert national not in users and "State Council" not in users
    numbers = [int(n) for n in re.findall(r"\{admonition\} Exercise (\d+)", users)]
    assert numbers == list(range(1, len(numbers) + 1))
    book_of("yuzhong-2014", national)
    full = fill(source, glued(nb))
    assert f"-p report_id {national}" in full
    assert re.findall(r"\{admonition\} Exercise (\d+)", full)[-1] == str(len(numbers) + 1)
    assert glued(nb, report_id=national)["exercise_national"] == ""


def test_the_context_chapters_yuzhong_exercises_only_on_yuzhongs_chapter(monkeypatch):
    """The context chapter's exercises written on Yuzhong 2014 and the State Council's
    2014 and 2015 reports (session 68) are glued only on Yuzhong's chapter in a book
    whose tables hold the State Council's 2014 report; another report's keeps the rest."""
    import sys

    here = sys.modules[__name__]
    nb = nbformat.read(ROOT / "notebooks" / "context.ipynb", as_version=4)
    source = next(c.source for c in nb.cells if "exercises" in c.metadata.get("tags", []))

    def filled(report_id: str, *ids: str) -> str:
        monkeypatch.setattr(here, "tables_of", lambda rid: SimpleNamespace(
            reports=pd.DataFrame({"report_id": list(ids)})))
        return fill(source, glued(nb, report_id=report_id))

    users = filled("chongqing-2024", "chongqing-2024", "national-statecouncil-2024")
    assert "Yuzhong" not in users and "statecouncil-2014" not in users
    assert re.findall(r"\{admonition\} Exercise (\d+)", users) == ["1"]
    full = filled("yuzhong-2014", "yuzhong-2014", "national-statecouncil-2014")
    assert re.findall(r"\{admonition\} Exercise (\d+)", full) == ["1", "2", "3", "4"]
    assert "{glue" not in full


def test_no_template_prose_names_the_project_s_own_reports():
    """The templates' Markdown runs for any report: it names neither Yuzhong nor the
    State Council's 2014 report (session 68: the cascade chapter sent a book of other
    reports to "the 'in context' chapter of Yuzhong")."""
    for template in TEMPLATES:
        for cell in nbformat.read(template, as_version=4).cells:
            if cell.cell_type == "markdown":
                assert not re.search(r"Yuzhong|statecouncil-2014", cell.source), template.stem


@pytest.mark.parametrize("template", [t.stem for t in TEMPLATES])
def test_another_reports_exercises_never_name_yuzhong(template, monkeypatch):
    """A chapter of another report, in a book that holds Yuzhong and the State Council's
    2014 report too, shows no exercise written in Yuzhong's words (session 68)."""
    import sys

    here = sys.modules[__name__]
    real = here.tables_of("yuzhong-2014")
    other = "chongqing-2014"
    monkeypatch.setattr(here, "tables_of", lambda rid: SimpleNamespace(
        sections=real.sections.assign(report_id=other),
        indicators=real.indicators.assign(report_id=other),
        reports=pd.DataFrame({"report_id": [other, "yuzhong-2014",
                                            "national-statecouncil-2014"]})))
    nb = nbformat.read(ROOT / "notebooks" / f"{template}.ipynb", as_version=4)
    cells = [c.source for c in nb.cells if "exercises" in c.metadata.get("tags", [])]
    section = {"review_section": "p1.s1", "plan_section": "p2.s1"}.get(template)
    extra = {"section": section} if section else {}
    for source in cells:
        assert "Yuzhong" not in fill(source, glued(nb, report_id=other, **extra))
