"""Batches: safe ids, directories as input, --keep-going, shard keys and resuming."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pandas as pd
import pytest

from workreport.errors import UnsafeId
from workreport.extract.batch import SHARDS, check_id, reports_in, safe_id, shard_keys
from workreport.extract.catalog import report_for_file
from workreport.extract.run import extract_to
from workreport.glossary import Glossary

from .conftest import ROOT, YUZHONG

NATIONAL = ROOT.parent / "shared" / "corpus" / "national-statecouncil-2014.txt"


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "workreport.cli", *args],
                          capture_output=True, text=True, cwd=ROOT)


def tree(root) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*"))


@pytest.mark.parametrize("rid", ["../../x", "a/b", "a\\b", "..", "x..", "", ".hidden",
                                 "x\x00y", "x\ny", "a b", "x(1)", "a#b", "5%", "-x"])
def test_unsafe_ids_are_refused(rid):
    with pytest.raises(UnsafeId, match="not a safe file name"):
        check_id(rid, "reports.yml")


@pytest.mark.parametrize("rid", ["yuzhong-2014", "a.b", "保定市-2020", "x_1"])
def test_safe_ids_pass(rid):
    assert check_id(rid) == rid
    assert safe_id(rid) == rid


@pytest.mark.parametrize(("stem", "made"), [("..x..y", "x.y"), ("...", "report"),
                                            ("a\\b", "a-b"), (".env", "env"),
                                            ("My Report (2019) 国务院", "My-Report-2019-国务院"),
                                            ("GDP 5% #1.v2", "GDP-5-1.v2"), (". x", "x"),
                                            ("a/../b", "a-b"), ("v1.2 (draft)", "v1.2-draft"),
                                            ("Re\u0301sume\u0301", "R\u00e9sum\u00e9")])
def test_ids_made_from_file_names_are_safe(stem, made):
    assert safe_id(stem) == made
    check_id(made)


def test_catalogue_id_escaping_out_is_refused_and_nothing_written(tmp_path):
    """Issue 12: a catalogue id ../../x used to write text/../../x.txt outside --out."""
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(YUZHONG, raw / "y.txt")
    cat = tmp_path / "reports.yml"
    cat.write_text("reports:\n  - id: ../../x\n    government: 渝中区\n    level: district\n"
                   "    report_year: 2014\n    file: raw/y.txt\n", encoding="utf-8")
    before = tree(tmp_path)
    r = cli("extract", "--catalog", str(cat), "--out", str(tmp_path / "a" / "out"),
            "--jobs", "1")
    assert r.returncode == 2, r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "../../x" in lines[0] and "Traceback" not in r.stderr
    assert tree(tmp_path) == before


def test_directories_give_every_report_file_with_safe_ids(tmp_path):
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    shutil.copy(YUZHONG, d / "odd..name.txt")
    shutil.copy(NATIONAL, d / "sub" / "national.txt")
    (d / "notes.md").write_text("not a report", encoding="utf-8")
    (d / ".hidden.txt").write_text("skipped", encoding="utf-8")
    reports, unread = reports_in([d])
    assert [r.id for r in reports] == ["odd.name", "national"] and unread == []
    # An old Word file is listed, so that it fails saying what to do, not vanishes.
    (d / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 100)
    listed, _ = reports_in([d])
    assert [r.id for r in listed] == ["odd.name", "old", "national"]
    (d / "old.doc").unlink()
    batch = extract_to(reports, tmp_path / "out")
    assert [o.report_id for o in batch.done] == ["odd.name", "national"]
    assert sorted(p.name for p in (tmp_path / "out" / "text").iterdir()) == [
        "national.txt", "odd.name.txt"]


def test_keep_going_writes_the_good_reports_and_lists_the_bad(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    shutil.copy(YUZHONG, d / "b-good.txt")
    (d / "a-empty.txt").write_bytes(b"")
    (d / "c-binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 100)
    out = tmp_path / "out"
    r = cli("extract", str(d), "--out", str(out), "--keep-going", "--jobs", "2", "-q")
    assert r.returncode == 1, r.stderr
    lines = r.stderr.strip().splitlines()
    assert "Traceback" not in r.stderr and len(lines) == 3
    assert "a-empty.txt" in lines[0] and "c-binary.txt" in lines[1]
    assert "2 of 3 reports failed" in lines[2]
    rep = pd.read_csv(out / "reports.csv")
    assert list(rep.report_id) == ["b-good"]
    errors = pd.read_csv(out / "errors.csv")
    assert list(errors.columns) == ["file", "report_id", "error"]
    assert list(errors.report_id) == ["a-empty", "c-binary"]
    assert errors.file.str.endswith("a-empty.txt").iloc[0]
    assert errors.error.str.contains("empty").iloc[0]
    # Without --keep-going the same batch writes nothing and keeps what was there.
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    r = cli("extract", str(d), "--out", str(out), "--jobs", "2")
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before


def test_a_failed_run_leaves_a_new_out_absent(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    out = tmp_path / "new" / "out"
    r = cli("extract", str(YUZHONG), str(bad), "--out", str(out), "--jobs", "1")
    assert r.returncode == 2 and "bad.txt" in r.stderr
    assert not out.exists()


def test_shard_keys_follow_bytes_entry_and_glossary(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    shutil.copy(YUZHONG, a)
    shutil.copy(YUZHONG, b)
    ra, rb = report_for_file(a), report_for_file(b, "a")
    k = shard_keys([ra], None)
    assert shard_keys([ra], None) == k
    assert shard_keys([rb], None) != k  # same bytes and id, another file name
    assert shard_keys([report_for_file(a, "other")], None) != k
    assert shard_keys([ra], Glossary({"x": {"english": "X"}})) != k
    a.write_bytes(a.read_bytes() + b"\n")
    assert shard_keys([ra], None) != k


def test_rerun_reuses_finished_shards_and_gives_the_same_bytes(tmp_path):
    reports = [report_for_file(YUZHONG), report_for_file(NATIONAL)]
    out = tmp_path / "out"
    first = extract_to(reports, out)
    assert first.reused == 0
    tables = {p.name: p.read_bytes() for p in out.glob("*.csv")}
    shards = out / SHARDS
    # An interrupted run: one shard never finished (a killed worker's temp directory),
    # no tables assembled.
    shutil.rmtree(shards / first.outcomes[1].key)
    (shards / f".tmp-{first.outcomes[1].key}-99999").mkdir()
    for p in out.glob("*.csv"):
        p.unlink()
    again = extract_to(reports, out)
    assert again.reused == 1
    assert {p.name: p.read_bytes() for p in out.glob("*.csv")} == tables
    assert sorted(p.name for p in shards.iterdir()) == sorted(o.key for o in again.outcomes)
    # text/ already held links to the same shard texts: nothing temporary is left beside
    # them (a rename onto a link to the same file leaves its source in place).
    assert sorted(p.name for p in (out / "text").iterdir()) == sorted(
        f"{r.id}.txt" for r in reports)


def test_ids_from_a_reader_of_many_reports(tmp_path, monkeypatch):
    """Ids from --id-column are the user's: an unsafe one is refused; ids the reader
    makes from the file name are made safe."""
    from workreport.extract import catalog

    def rows(path, *, text_column=None, id_column=None):
        assert text_column == "text"
        ids = ["../row1", "ok"] if id_column else ["..sheet..1", "sheet.2"]
        return [report_for_file(YUZHONG, i) for i in ids]

    monkeypatch.setattr(catalog, "reports_for_path", rows, raising=False)
    sheet = tmp_path / "many.xlsx"
    sheet.write_bytes(b"")
    reports, _ = reports_in([sheet], text_column="text")
    assert [r.id for r in reports] == ["sheet.1", "sheet.2"]
    reports, _ = reports_in([sheet], text_column="text", id_column="id")
    with pytest.raises(UnsafeId, match=r"\.\./row1"):
        extract_to(reports, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_a_bad_row_of_a_spreadsheet_is_named_by_its_row(tmp_path):
    """The line said only "rows.csv: not a work report": which of its reports was it?"""
    text = YUZHONG.read_text(encoding="utf-8")
    f = tmp_path / "rows.csv"
    pd.DataFrame({"text": [text, "hello, not a report at all", text]}).to_csv(f, index=False)
    out = tmp_path / "out"
    r = cli("extract", str(f), "--out", str(out), "--keep-going", "--jobs", "1", "-q")
    assert r.returncode == 1 and "Traceback" not in r.stderr
    lines = r.stderr.strip().splitlines()
    # The row as the spreadsheet shows it (the header is row 1); the id stays rows-2.
    assert lines[0] == f"workreport: {f}, row 3 [rows-2]: not a work report (no Chinese " \
                       "sentence states a figure)"
    assert list(pd.read_csv(out / "reports.csv").report_id) == ["rows-1", "rows-3"]
    r = cli("extract", str(f), "--out", str(tmp_path / "strict"), "--jobs", "2")
    assert r.returncode == 2 and r.stderr.strip().splitlines() == lines[:1]
    assert not (tmp_path / "strict").exists()


def test_a_row_stating_a_bad_level_is_named_by_its_spreadsheet_row(tmp_path):
    """"row 1" was the spreadsheet's row 2: rows are cited as the spreadsheet shows them."""
    f = tmp_path / "rows.csv"
    text = "地区生产总值增长百分之八，城乡居民收入稳步提高。" * 20
    pd.DataFrame({"text": [text, text], "level": ["county", "galactic"]}).to_csv(f, index=False)
    r = cli("extract", str(f), "--text-column", "text", "--out", str(tmp_path / "out"))
    assert r.returncode == 2 and "Traceback" not in r.stderr
    [line] = r.stderr.strip().splitlines()
    assert line.startswith(f"workreport: {f}: row 3 (rows-2): level must be one of")


def test_warnings_from_worker_processes_are_one_line(tmp_path):
    """With --jobs 2 a report's ReportWarning was printed by the worker process as a bare
    Python warning (tables.py:118: ReportWarning: … and the source line)."""
    hebei = ROOT.parent / "shared" / "corpus-extra" / "province-hebei-2024.txt"
    if not hebei.is_file():
        pytest.skip("../shared is not beside the repo")
    r = cli("extract", str(hebei), str(YUZHONG), "--out", str(tmp_path / "out"),
            "--jobs", "2", "-q")
    assert r.returncode == 0, r.stderr
    [line] = r.stderr.splitlines()
    assert line.startswith("workreport: warning: ") and line.endswith(
        "province-hebei-2024.txt: the text holds its report twice (a page captured twice): "
        "dropped the second copy (178 lines)")  # 172 before the site's lines and photo caption went


@pytest.mark.parametrize("where", ["file", "file/sub"])
def test_an_out_that_cannot_be_a_directory_is_one_line(tmp_path, where):
    """--out naming a file (or a path through one) was a NotADirectoryError traceback."""
    (tmp_path / "file").write_text("kept\n", encoding="utf-8")
    before = tree(tmp_path)
    r = cli("extract", str(YUZHONG), "--out", str(tmp_path / where), "--jobs", "1")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    [line] = r.stderr.strip().splitlines()
    assert line == f"workreport: {tmp_path / where}: --out cannot be used (not a directory)"
    assert tree(tmp_path) == before


def test_a_second_extraction_into_the_same_out_is_refused(tmp_path):
    """Two runs into one --out: one removed the other's temporary shards. Like a second
    build, the second run now stops at once, in one line, and touches nothing."""
    from workreport.errors import WorkreportError
    from workreport.extract.outdir import LOCK, held

    out = tmp_path / "out"
    with held(out):
        with pytest.raises(WorkreportError, match=r"another extraction into .* is running"):
            extract_to([report_for_file(YUZHONG)], out)
        assert sorted(p.name for p in out.iterdir()) == [LOCK]
    assert list(out.iterdir()) == []  # the lock leaves nothing behind


def test_keep_going_lists_reports_sharing_an_id_and_extracts_the_rest(tmp_path):
    """d1/r.txt and d2/r.txt both get the id r: with --keep-going the run refused all of
    them; now both go to errors.csv and the other reports are written (exit 1)."""
    for d in ("d1", "d2"):
        (tmp_path / d).mkdir()
        shutil.copy(YUZHONG, tmp_path / d / "r.txt")
    shutil.copy(YUZHONG, tmp_path / "ok.txt")
    out = tmp_path / "out"
    files = [str(tmp_path / "d1" / "r.txt"), str(tmp_path / "d2" / "r.txt"),
             str(tmp_path / "ok.txt")]
    r = cli("extract", *files, "--out", str(out), "--keep-going", "--jobs", "1", "-q")
    assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr
    assert list(pd.read_csv(out / "reports.csv").report_id) == ["ok"]
    errors = pd.read_csv(out / "errors.csv")
    assert list(errors.file) == files[:2] and list(errors.report_id) == ["r", "r"]
    assert errors.error.str.contains("two reports share the id r").all()
    r = cli("extract", *files, "--out", str(tmp_path / "strict"), "--jobs", "1")
    assert r.returncode == 2 and "two reports share the id r" in r.stderr
    assert not (tmp_path / "strict").exists()


def test_an_unreachable_scheduler_leaves_out_as_it_was(tmp_path, monkeypatch):
    """The one-line error was right, but an empty --out/.shards stayed behind."""
    import distributed

    from workreport.errors import WorkreportError

    def unreachable(address, **kw):
        raise OSError(f"Timed out trying to connect to {address}")

    monkeypatch.setattr(distributed, "Client", unreachable)
    reports = [report_for_file(YUZHONG), report_for_file(NATIONAL)]
    old = tmp_path / "old"
    old.mkdir()
    for out in (old, tmp_path / "new" / "out"):
        with pytest.raises(WorkreportError, match="cannot reach the Dask scheduler"):
            extract_to(reports, out, scheduler="tcp://127.0.0.1:1")
    assert tree(tmp_path) == ["old"]


def _junk_xml_docx(path) -> None:
    """A real .docx whose word/document.xml is random bytes."""
    import io
    import zipfile

    import docx

    buf, out = io.BytesIO(), io.BytesIO()
    docx.Document().save(buf)
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            dst.writestr(item, bytes(range(256)) if item.filename == "word/document.xml"
                         else src.read(item))
    path.write_bytes(out.getvalue())


def test_a_word_file_of_broken_xml_beside_a_good_report(tmp_path):
    """From a worker process lxml's XMLSyntaxError came back as "TypeError: cannot pickle
    'lxml.etree._ListErrorLog'" (exit 1, the good report's shard left in --out); with
    --keep-going it was an "internal error (XMLSyntaxError…)"."""
    bad = tmp_path / "junkxml.docx"
    _junk_xml_docx(bad)
    reason = f"{bad}: not a readable Word file (its document.xml is not well-formed XML)"
    out = tmp_path / "out"
    r = cli("extract", str(YUZHONG), str(bad), "--out", str(out), "--jobs", "2")
    assert r.returncode == 2 and r.stderr.strip().splitlines() == [f"workreport: {reason}"]
    assert not out.exists()
    r = cli("extract", str(YUZHONG), str(bad), "--out", str(out), "--jobs", "2", "-q",
            "--keep-going")
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert list(pd.read_csv(out / "errors.csv").error) == [reason]
    assert list(pd.read_csv(out / "reports.csv").report_id) == ["yuzhong-2014"]


def test_a_spreadsheet_without_a_text_column_fails_once(tmp_path):
    """Its titles were read as reports: without --keep-going "[rows-1]: not a work
    report", with it every row "extracted" or failed on its own."""
    f = tmp_path / "titles.csv"
    pd.DataFrame({"id": ["a", "b"], "title": ["某县2011年政府工作报告"] * 2}).to_csv(
        f, index=False)
    out = tmp_path / "out"
    r = cli("extract", str(YUZHONG), str(f), "--out", str(out), "--jobs", "1")
    [line] = r.stderr.strip().splitlines()
    assert r.returncode == 2 and line.startswith(f"workreport: {f}: no column holds report "
                                                 "texts") and "--text-column" in line
    assert not out.exists()
    r = cli("extract", str(YUZHONG), str(f), "--out", str(out), "--keep-going", "-q")
    assert r.returncode == 1
    errors = pd.read_csv(out / "errors.csv")
    assert len(errors) == 1 and errors.error.str.contains("no column holds report").all()
    assert list(pd.read_csv(out / "reports.csv").report_id) == ["yuzhong-2014"]


class _Unpicklable(Exception):
    """An exception that cannot be pickled, as lxml's errors cannot."""

    def __reduce__(self):
        raise TypeError("cannot pickle '_ListErrorLog' object")


def test_an_unexpected_error_is_sent_back_and_leaves_out_as_it_was(tmp_path, monkeypatch):
    """An exception a worker cannot pickle arrived as "TypeError: cannot pickle …", and an
    unexpected error left the shards of the reports before it in --out."""
    import pickle

    from workreport.extract import batch
    from workreport.extract import tables as tables_module

    report = report_for_file(YUZHONG)
    real = tables_module.extract_report
    calls = []

    def extract(r, glossary=None):
        calls.append(r.id)
        if len(calls) == 2:
            raise _Unpicklable("XML is broken")
        return real(r, glossary)

    monkeypatch.setattr(tables_module, "extract_report", extract)
    with pytest.raises(RuntimeError) as err:
        batch.extract_shard(0, report, "k", str(tmp_path / "s"), None, False) and \
            batch.extract_shard(1, report, "k2", str(tmp_path / "s"), None, False)
    assert str(pickle.loads(pickle.dumps(err.value))) == \
        f"{YUZHONG}: _Unpicklable: XML is broken"
    out = tmp_path / "out"
    calls.clear()
    with pytest.raises(RuntimeError):
        extract_to([report, report_for_file(YUZHONG, "again")], out, jobs=1)
    assert calls == ["yuzhong-2014", "again"] and not out.exists()


def test_a_rerun_repeats_the_reading_warnings_of_the_shards_it_reuses(tmp_path):
    """Tester 70: "the text holds its report twice" was said on the first run only; a rerun
    reusing the shard was silent about it."""
    import warnings

    from workreport.extract.readers import ReportWarning

    paged = tmp_path / "paged.txt"
    paged.write_text("某县2031年政府工作报告\n各位代表：\n一、2030年工作回顾\n全县生产总值增长5%。"
                     "\n上一页\n1\n2\n3\n4\n下一页\n", encoding="utf-8")

    def said(out: str) -> tuple[int, list[str]]:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", ReportWarning)
            batch = extract_to([report_for_file(paged)], tmp_path / out)
        return batch.reused, [str(w.message) for w in caught if w.category is ReportWarning]

    first = said("out")
    again = said("out")
    assert first[0] == 0 and again[0] == 1
    # Both of them: the page's, and the title block's missing date and speaker.
    assert first[1] and again[1] == first[1] and all(
        m.startswith(f"{paged}: ") for m in again[1])
    assert any("page 1 of 4" in m for m in again[1])
