"""The CLI: tables written, bad input refused in one line with exit code 2, determinism."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pandas as pd
import pytest

from workreport.cli import main

from .conftest import ROOT, SHARED, YUZHONG
from .pdfs import encrypted_pdf, scanned_pdf


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "workreport.cli", *args], capture_output=True,
                          text=True, cwd=ROOT)


def test_extract_writes_every_table(tmp_path):
    assert main(["extract", str(YUZHONG), "--out", str(tmp_path), "-q"]) == 0
    names = sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("."))
    assert names == ["datapackage.json", "indicators.csv", "numbers.csv", "reports.csv",
                     "sections.csv", "sentences.csv", "text"]
    pkg = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    for res in pkg["resources"]:
        df = pd.read_csv(tmp_path / res["path"], keep_default_na=False)
        assert list(df.columns) == [f["name"] for f in res["schema"]["fields"]]
        assert all(f.get("description") for f in res["schema"]["fields"])
    ind = pd.read_csv(tmp_path / "indicators.csv")
    assert set(ind.report_id) == {"yuzhong-2014"}


def test_several_reports_in_one_table(tmp_path):
    national = SHARED / "corpus" / "national-statecouncil-2014.txt"  # read where it is
    if not national.is_file():
        pytest.skip("../shared is not beside the project")
    assert main(["extract", str(YUZHONG), str(national), "--out", str(tmp_path), "-q"]) == 0
    ind = pd.read_csv(tmp_path / "indicators.csv")
    assert set(ind.report_id) == {"yuzhong-2014", "national-statecouncil-2014"}


def test_catalog_gives_english_labels_and_years(tmp_path):
    assert main(["extract", "--catalog", str(ROOT / "data" / "reports.yml"),
                 "--out", str(tmp_path), "-q"]) == 0
    ind = pd.read_csv(tmp_path / "indicators.csv", keep_default_na=False)
    gdp = ind[(ind.report_id == "yuzhong-2014") & (ind.indicator == "地区生产总值")]
    assert gdp.indicator_en.iloc[0] != ""
    assert sorted(set(gdp.year)) == [2013, 2014]


def _docx(text: str) -> bytes:
    import io

    import docx

    buf = io.BytesIO()
    document = docx.Document()
    document.add_paragraph(text)
    document.save(buf)
    return buf.getvalue()


def _docx_xml(text: str) -> bytes:
    import io
    import zipfile

    return zipfile.ZipFile(io.BytesIO(_docx(text))).read("word/document.xml")


def _junk_part(data: bytes, part: str, junk: bytes) -> bytes:
    """``data`` (a .docx or .xlsx) with ``part`` replaced by ``junk``."""
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            dst.writestr(item, junk if item.filename == part else src.read(item))
    return out.getvalue()


def _junk_zip() -> bytes:
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("junk.bin", bytes(range(256)) * 4)
    return out.getvalue()


_PDF = encrypted_pdf("The year's growth target is about seven percent.", "")
BAD = {
    "empty.txt": b"",
    "empty.docx": b"",
    "empty.pdf": b"",
    "empty.xlsx": b"",
    "empty.csv": b"",
    "truncated.docx": _docx("地区生产总值增长6.5%。" * 200)[:2000],
    "truncated.pdf": _PDF[:len(_PDF) // 2],
    "truncated.xlsx": _docx("地区生产总值增长6.5%。")[:2000],
    "junkxml.docx": _junk_part(_docx("地区生产总值增长6.5%。"), "word/document.xml",
                               bytes(range(256)) * 4),
    "cutxml.docx": _junk_part(_docx("地区生产总值增长6.5%。"), "word/document.xml",
                              _docx_xml("地区生产总值增长6.5%。")[:300]),
    "junkzip.docx": _junk_zip(),
    "junkzip.xlsx": _junk_zip(),
    "old.doc": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600,
    "binary.txt": b"\x00\x01\x02PK\x03\x04" * 100,
    "undecodable.txt": b"\xff\x80\xfe" * 50,
    "nostructure.txt": "这是一段没有任何标题的中文文字，没有句号也没有结构".encode(),
    "scanned.pdf": scanned_pdf(),
    "encrypted.pdf": encrypted_pdf("The year's growth target is about seven percent.", "pw"),
}
# The reason the line gives, where the test pins it.
REASONS = {"empty.txt": "file is empty", "empty.docx": "file is empty",
           "empty.pdf": "file is empty", "empty.xlsx": "file is empty",
           "empty.csv": "file is empty",
           "truncated.docx": "not a readable Word file (not a complete zip archive",
           "truncated.pdf": "not a readable PDF (",
           "truncated.xlsx": "not a readable Excel file (",
           "junkxml.docx": "not a readable Word file (its document.xml is not well-formed XML)",
           "cutxml.docx": "not a readable Word file (its document.xml is not well-formed XML)",
           "junkzip.docx": "not a readable Word file (a zip archive without a Word document",
           "junkzip.xlsx": "not a readable Excel file (a zip archive without a workbook",
           "old.doc": "a Word 97-2003 file: save it as .docx",
           "scanned.pdf": "no text layer: a scanned PDF needs OCR",
           "encrypted.pdf": "encrypted: a password-protected PDF cannot be read"}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_input_one_line_exit_2_nothing_written(tmp_path, name):
    bad = tmp_path / name
    bad.write_bytes(BAD[name])
    out = tmp_path / "out"
    out.mkdir()
    (out / "indicators.csv").write_text("previous good table\n", encoding="utf-8")
    r = run("extract", str(YUZHONG), str(bad), "--out", str(out))
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and name in lines[0] and "Traceback" not in r.stderr
    assert REASONS.get(name, "") in lines[0]
    assert (out / "indicators.csv").read_text(encoding="utf-8") == "previous good table\n"
    assert sorted(p.name for p in out.iterdir()) == ["indicators.csv"]


def test_missing_file_and_bad_catalog(tmp_path):
    r = run("extract", str(tmp_path / "nope.txt"), "--out", str(tmp_path))
    assert r.returncode == 2 and "no such file" in r.stderr
    cat = tmp_path / "reports.yml"
    cat.write_text("reports:\n  - id: x\n    level: galactic\n", encoding="utf-8")
    r = run("extract", "--catalog", str(cat), "--out", str(tmp_path))
    assert r.returncode == 2 and "reports.yml" in r.stderr and "lacks" in r.stderr
    # A misspelled key was taken silently (session 67, tester).
    cat.write_text(f"reports:\n  - id: y\n    file: {YUZHONG}\n    levle: city\n",
                   encoding="utf-8")
    r = run("extract", "--catalog", str(cat), "--out", str(tmp_path / "out"))
    assert r.returncode == 2 and not (tmp_path / "out").exists()
    assert r.stderr.splitlines() == [f"workreport: {cat}: entry 1 (y): unknown key levle "
                                     "(did you mean level?)"]


def test_a_directory_without_reports_is_named(tmp_path):
    """A directory with no report in it is named in the error, with the suffixes looked for."""
    empty = tmp_path / "inbox"
    empty.mkdir()
    r = run("extract", str(empty), "--out", str(tmp_path / "out"))
    assert r.returncode == 2 and "inbox: no report file in it" in r.stderr and ".pdf" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and not (tmp_path / "out").exists()


def test_two_runs_are_byte_identical(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    for out in (a, b):
        r = run("extract", "--catalog", "data/reports.yml", "--out", str(out), "-q")
        assert r.returncode == 0, r.stderr
    for f in sorted(os.listdir(a)):
        if f.endswith((".csv", ".json")):
            assert (a / f).read_bytes() == (b / f).read_bytes(), f


def test_format_parquet_and_back_to_csv(tmp_path):
    assert main(["extract", str(YUZHONG), "--out", str(tmp_path), "--format", "parquet",
                 "--jobs", "1", "-q"]) == 0
    names = sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("."))
    assert names == ["indicators", "numbers", "reports", "sections", "sentences", "text"]
    # The level and year read from the report's own text name the partition.
    assert (tmp_path / "indicators" / "level=district" / "report_year=2014").is_dir()
    assert main(["extract", str(YUZHONG), "--out", str(tmp_path), "--jobs", "1", "-q"]) == 0
    names = sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("."))
    assert names == ["datapackage.json", "indicators.csv", "numbers.csv", "reports.csv",
                     "sections.csv", "sentences.csv", "text"]


@pytest.mark.parametrize("jobs", ["0", "-1", "two"])
def test_jobs_must_be_a_positive_number(jobs, tmp_path):
    r = run("extract", str(YUZHONG), "--out", str(tmp_path), "--jobs", jobs)
    assert r.returncode == 2 and "--jobs" in r.stderr and not list(tmp_path.iterdir())


BAD_VALUES = {("extract", "--jobs", "abc"): "--jobs: 'abc' is not a positive whole number",
              ("extract", "--jobs", "0"): "--jobs: '0' is not a positive whole number",
              ("build", "--workers", "two"): "--workers: 'two' is not a positive whole number",
              ("build", "--workers", "-1"): "--workers: '-1' is not a positive whole number"}


@pytest.mark.parametrize("args", sorted(BAD_VALUES))
def test_a_bad_value_names_the_option_and_the_problem(args, tmp_path, capsys):
    """`--jobs abc` said "invalid _positive value: 'abc'", naming an internal function
    (session 67, tester); --workers said "invalid int value" and took 0 and -1."""
    command = f"workreport {args[0]}"
    where = ["--out", str(tmp_path / "o")] if args[0] == "extract" else ["--root", str(tmp_path)]
    assert main([*args, *where]) == 2
    [line] = capsys.readouterr().err.strip().splitlines()
    assert line == f"{command}: error: {BAD_VALUES[args]}; see {command} --help"
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("args", [["extract", "--bogus"], ["extract", "x.txt", "--ouput", "o"],
                                  ["build", "--bogus"], ["pdf", "-x", "--out", "a.pdf"],
                                  ["--bogus", "extract", "--out", "o"], ["--bogus", "extract"],
                                  ["extract", "--jobs", "--bogus"]])
def test_an_unknown_option_is_named_first(args, capsys):
    """`workreport extract --bogus` said --out was missing, not that --bogus is unknown
    (session 67, tester); `extract --jobs --bogus` said --jobs lacked its value (session
    68: the words are looked through for an unknown option before they are parsed)."""
    assert main(args) == 2
    [line] = capsys.readouterr().err.strip().splitlines()
    command = "workreport" if args[0].startswith("-") else f"workreport {args[0]}"
    unknown = next(a for a in args if a.startswith("-") and a not in ("--out", "--jobs"))
    near = " (did you mean --out?)" if unknown == "--ouput" else ""
    assert line == f"{command}: error: unknown option {unknown}{near}; see {command} --help"


@pytest.mark.parametrize("args", [[], ["frob"], ["extract"], ["extract", "--jobs"],
                                  ["extract", "--out", "o", "--format", "xml"],
                                  ["extract", "--f", "x"], ["build", "--root"], ["pdf", "--out"]])
def test_a_usage_error_is_one_line(args, capsys):
    """A usage error printed six lines of usage, then the error; it is one line, exit 2,
    pointing at --help (session 67, tester)."""
    assert main(args) == 2
    err = capsys.readouterr().err
    [line] = err.strip().splitlines()
    command = "workreport" if not args or args[0] == "frob" else f"workreport {args[0]}"
    assert line.startswith(f"{command}: error: ") and line.endswith(f"; see {command} --help")
    assert "usage:" not in err


def test_words_after_a_double_dash_are_arguments_not_options(capsys):
    """Session 68: `build -- --x` said "unknown option --x"; after -- it is an argument."""
    assert main(["build", "--", "--x"]) == 2
    assert capsys.readouterr().err == ("workreport build: error: unexpected argument '--x'; "
                                       "see workreport build --help\n")


@pytest.mark.parametrize("command", ["extract", "build", "pdf"])
def test_help_is_still_the_usage_and_options(command, capsys):
    with pytest.raises(SystemExit) as stop:
        main([command, "--help"])
    out = capsys.readouterr().out
    assert stop.value.code == 0 and out.startswith(f"usage: workreport {command} [-h]")
    assert "options:" in out and "--quiet" in out


def test_keep_going_with_every_report_bad_says_none_was_extracted(tmp_path):
    bad = tmp_path / "bad.docx"
    bad.write_bytes(BAD["truncated.docx"])
    r = run("extract", str(bad), str(tmp_path / "gone.txt"), "--out", str(tmp_path / "out"),
            "--keep-going", "--jobs", "1")
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert "wrote" in r.stdout and "(0 reports)" in r.stdout
    last = r.stderr.strip().splitlines()[-1]
    assert "2 of 2 reports failed; none extracted" in last and "others" not in last


def test_one_report_is_one_report(tmp_path):
    r = run("extract", str(YUZHONG), "--out", str(tmp_path))
    assert r.returncode == 0 and f"wrote {tmp_path} (1 report)" in r.stdout


GLOSSARIES = {
    "binary.csv": (b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe" * 40, "not UTF-8 text"),
    "columns.csv": ("词,英文\n地区生产总值,GDP\n".encode(), "no column term or english "
                    "(columns: 词, 英文"),
    "nosuch.csv": (None, "no such glossary file"),
    "nul.csv": (b"\x00" * 1000, "a binary file (NUL bytes)"),  # valid UTF-8, printed whole
}


@pytest.mark.parametrize("name", sorted(GLOSSARIES))
def test_a_bad_glossary_is_one_line(tmp_path, name):
    """--glossary: a binary file was a UnicodeDecodeError traceback, a missing one fell
    back silently to the packaged glossary, one with other columns was read as empty."""
    data, reason = GLOSSARIES[name]
    g = tmp_path / name
    if data is not None:
        g.write_bytes(data)
    r = run("extract", str(YUZHONG), "--out", str(tmp_path / "out"), "--glossary", str(g))
    assert r.returncode == 2 and "Traceback" not in r.stderr
    [line] = r.stderr.strip().splitlines()
    assert line.startswith(f"workreport: {g}: ") and reason in line
    assert not (tmp_path / "out").exists()


def test_sigterm_stops_the_workers_and_cleans_up_like_ctrl_c(tmp_path):
    """kill -TERM on an extraction of a spreadsheet left the forkserver and its workers
    running (re-parented to init), still writing shards. Now SIGTERM is handled as Ctrl-C
    is: the workers stop, one line, exit 143."""
    import contextlib
    import signal
    import time

    import psutil

    sheet = tmp_path / "many.csv"
    text = YUZHONG.read_text(encoding="utf-8")
    pd.DataFrame({"text": [text] * 40}).to_csv(sheet, index=False)
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "workreport.cli", "extract", str(sheet),
                             "--out", str(out), "--jobs", "2", "-q"], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    children: list[psutil.Process] = []
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            children = psutil.Process(proc.pid).children(recursive=True)
            shards = out / ".shards"
            if len(children) >= 3 and shards.is_dir() and any(
                    not p.name.startswith(".") for p in shards.iterdir()):
                break  # the forkserver and both workers are up, and writing shards
            time.sleep(0.2)
        assert proc.poll() is None, "the run ended before it could be stopped"
        proc.send_signal(signal.SIGTERM)
        _, stderr = proc.communicate(timeout=60)  # orphans would hold stderr open
        assert proc.returncode == 143, stderr
        assert stderr.strip().splitlines() == [
            "workreport: terminated; nothing half-written was left"]
        _, alive = psutil.wait_procs(children, timeout=10)
        assert not alive, [p.pid for p in alive]
        assert not list((out / ".shards").glob(".tmp-*"))
    finally:
        for p in children:  # only what this test started
            with contextlib.suppress(psutil.Error):
                p.kill()
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_a_catalog_that_is_not_one_is_one_line(tmp_path):
    """--catalog given twice kept the last silently; a directory or a spreadsheet given
    as --catalog was a traceback. Each is one line now, exit 2, nothing written."""
    cat = str(ROOT / "data" / "reports.yml")
    other = tmp_path / "other.yml"
    other.write_text(f"reports:\n  - id: other\n    file: {YUZHONG}\n", encoding="utf-8")
    sheet = tmp_path / "rows.xlsx"
    sheet.write_bytes(b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00\xb5U0#\xf4" * 20)
    cases = [(["--catalog", str(other), "--catalog", cat], "--catalog given 2 times"),
             (["--catalog", str(tmp_path)], f"{tmp_path}: a directory, not a catalogue"),
             (["--catalog", str(sheet)], f"{sheet}: not a catalogue: not UTF-8 text")]
    for args, reason in cases:
        r = run("extract", *args, "--out", str(tmp_path / "out"))
        assert r.returncode == 2 and "Traceback" not in r.stderr, r.stderr
        [line] = r.stderr.strip().splitlines()
        assert reason in line
        assert not (tmp_path / "out").exists()


def test_python_m_workreport_is_the_command(tmp_path):
    """`python -m workreport` had no __main__ (a tester's "No module named
    workreport.__main__"): it is the workreport command, exit codes included."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    r = subprocess.run([sys.executable, "-m", "workreport", "extract", str(YUZHONG), "--out",
                        str(tmp_path / "o"), "--jobs", "1", "-q"], capture_output=True,
                       text=True, env=env)
    assert r.returncode == 0 and (tmp_path / "o" / "indicators.csv").is_file(), r.stderr
    r = subprocess.run([sys.executable, "-m", "workreport", "extract", str(tmp_path / "none"),
                        "--out", str(tmp_path / "o2")], capture_output=True, text=True, env=env)
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("file", ["raw/yuzhong-2014.txtt", "raw"])
def test_a_catalogued_file_missing_from_the_project_stops_the_build(tmp_path, file, capsys):
    """Session 68, tester: a typo in a catalogued file of data/raw (or a directory) was
    skipped, exit 0, and the book in _build/html replaced by one without that report. It
    is one line naming the entry and the file, exit 2, the old book untouched."""
    (tmp_path / "_config.yml").write_text((ROOT / "_config.yml").read_text("utf-8"), "utf-8")
    (tmp_path / "data" / "raw").mkdir(parents=True)
    (tmp_path / "data" / "raw" / "yuzhong-2014.txt").write_bytes(YUZHONG.read_bytes())
    (tmp_path / "data" / "reports.yml").write_text(
        f"reports:\n  - id: yuzhong-2014\n    file: {file}\n", encoding="utf-8")
    (book := tmp_path / "_build" / "html").mkdir(parents=True)
    (book / "index.html").write_text("the good book", encoding="utf-8")
    assert main(["build", "--root", str(tmp_path), "-q"]) == 2
    [line] = capsys.readouterr().err.strip().splitlines()
    assert line.startswith(f"workreport: {tmp_path / 'data' / 'reports.yml'}: entry 1 "
                           f"(yuzhong-2014): file {file} ")
    assert ("does not exist (did you mean raw/yuzhong-2014.txt?)" if file != "raw" else
            "is a directory, not a report; name one file in it: raw/yuzhong-2014.txt") in line
    assert [p.name for p in book.iterdir()] == ["index.html"]
    assert (book / "index.html").read_text("utf-8") == "the good book"
    assert not (tmp_path / "data" / "processed").exists()


def test_a_setting_of_the_wrong_type_stops_the_build(tmp_path, capsys):
    """Session 68, tester: `sphinx: 3` in _config.yml failed only in jupyter-book, after
    the notebooks ran; the build names the key first, exit 2, the old book untouched."""
    (tmp_path / "_config.yml").write_text("sphinx: 3\n", encoding="utf-8")
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "reports.yml").write_text(
        f"reports:\n  - id: yuzhong-2014\n    file: {YUZHONG}\n", encoding="utf-8")
    (book := tmp_path / "_build" / "html").mkdir(parents=True)
    (book / "index.html").write_text("the good book", encoding="utf-8")
    assert main(["build", "--root", str(tmp_path), "-q"]) == 2
    assert capsys.readouterr().err == (f"workreport: {tmp_path / '_config.yml'}: sphinx must "
                                       "be a mapping (indented key: value lines), not 3\n")
    assert [p.name for p in book.iterdir()] == ["index.html"]
    assert not (tmp_path / "data" / "processed").exists()


@pytest.mark.parametrize(("command", "said"), [("biuld", "biuld (did you mean build?)"),
                                               ("pfd", "pfd (did you mean pdf?)"),
                                               ("frob", "frob (commands: extract, build, pdf)")])
def test_a_misspelled_command_is_named_with_the_one_meant(command, said, capsys):
    """Session 68, tester: `workreport biuld` got no "did you mean build?", though a
    misspelled option got its own."""
    assert main([command, "--root", "."]) == 2
    assert capsys.readouterr().err == (f"workreport: error: unknown command {said}; see "
                                       "workreport --help\n")
