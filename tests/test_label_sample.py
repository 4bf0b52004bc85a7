"""bench/label_sample.py: the audit's draw writes every judged column empty, and score reads
files drawn before ``measure_ok`` existed (round 20) as well as files that judge it."""

from __future__ import annotations

import csv
import importlib.util
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench" / "label_sample.py"


def bench_module(name: str):
    """The script ``bench/NAME.py`` loaded as a module (bench is no package)."""
    spec = importlib.util.spec_from_file_location(name, BENCH.with_name(f"{name}.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def label_sample():
    return bench_module("label_sample")


def _rows(n: int) -> pd.DataFrame:
    return pd.DataFrame([{
        "report_id": f"r{i % 2}", "section": "p1.s1", "role": "review", "kind": "actual",
        "indicator": f"指标{i}", "measure": "level", "value": float(i), "value_high": None,
        "unit": "个", "qualifier": "", "quote": f"{i}个", "sentence": f"新建{i}个。",
    } for i in range(n)])


def _write(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)
    return path


def test_draw_writes_measure_ok_empty(label_sample, monkeypatch):
    monkeypatch.setattr(label_sample, "report_for_file", lambda f: f)
    monkeypatch.setattr(label_sample, "extract_report",
                        lambda f: SimpleNamespace(tables={
                            "indicators": _rows(5),
                            "reports": pd.DataFrame({"year_reviewed": [2021]})}))
    sample = label_sample.draw([Path("a.txt")], seed=1, rows=3)
    assert len(sample) == 3
    assert (sample["year_reviewed"] == 2021).all()  # the text's year, not the file name's
    for column in ("label_ok", "kind_ok", "value_ok", "unit_ok", "measure_ok",
                   "better_label", "note"):
        assert (sample[column] == "").all()


def test_a_seed_draws_the_same_rows_whatever_the_files_order(label_sample, monkeypatch):
    """Session 46: the files are pooled in the order of their resolved paths."""
    monkeypatch.setattr(label_sample, "report_for_file", lambda f: f)
    tables = {"a.txt": _rows(6), "b.txt": _rows(6).assign(report_id="b")}
    monkeypatch.setattr(label_sample, "extract_report",
                        lambda f: SimpleNamespace(tables={
                            "indicators": tables[f.name],
                            "reports": pd.DataFrame({"year_reviewed": [2021]})}))
    one = label_sample.draw([Path("a.txt"), Path("b.txt")], seed=3, rows=5)
    other = label_sample.draw([Path("b.txt"), Path("a.txt")], seed=3, rows=5)
    pd.testing.assert_frame_equal(one, other)
    assert set(one["report_id"]) >= {"b"}


def test_score_with_measure(label_sample, tmp_path):
    header = ["report_id", "label_ok", "kind_ok", "value_ok", "unit_ok", "measure_ok",
              "better_label", "note"]
    path = _write(tmp_path / "new.csv", header, [
        ["r0", "1", "1", "1", "1", "1", "", ""],
        ["r0", "0", "1", "1", "1", "0", "全县水位", "scope lost: 全县"],
        ["r1", "1", "1", "1", "1", "", "", ""],
    ])
    out = label_sample.score(path)
    assert "measure_ok 1/2 (50.0%)" in out.splitlines()[0]
    assert "measure_ok not filled in on 1 judged rows (rows 3)" in out
    assert "1 scope lost" in out


def test_score_without_measure(label_sample, tmp_path):
    """A file drawn before round 20 (the judges' files of the seed drawn then) scores as
    before, its lines saying the measure was not judged."""
    header = ["report_id", "label_ok", "kind_ok", "value_ok", "unit_ok", "better_label",
              "note"]
    path = _write(tmp_path / "old.csv", header, [
        ["r0", "1", "1", "1", "1", "", ""],
        ["r1", "0", "1", "0", "1", "", "not a figure: slogan"],
    ])
    out = label_sample.score(path)
    first = out.splitlines()[0]
    assert "label_ok 1/2 (50.0%)" in first and "value_ok 1/2 (50.0%)" in first
    assert "measure not judged" in first
    assert "not filled in" not in out


def test_score_needs_the_other_columns(label_sample, tmp_path):
    path = _write(tmp_path / "bad.csv", ["report_id", "label_ok"], [["r0", "1"]])
    with pytest.raises(ValueError, match="kind_ok"):
        label_sample.score(path)


def _judged(report: str, ok: int, rejected: int) -> list[dict[str, str]]:
    return ([{"report_id": report, "label_ok": "1"}] * ok
            + [{"report_id": report, "label_ok": "0"}] * rejected)


def test_report_interval_is_the_spread_between_reports(label_sample):
    """Reports that read alike give a narrow interval, reports that differ a wide one, with the
    same pooled share (80%) and the same number of judged rows: the interval resamples reports,
    not rows (session 64)."""
    alike = [r for i in range(6) for r in _judged(f"r{i}", 80, 20)]
    apart = [r for i in range(6)
             for r in (_judged(f"r{i}", 100, 0) if i % 2 else _judged(f"r{i}", 60, 40))]
    low, high = label_sample.report_interval(alike)
    assert low == pytest.approx(0.8) and high == pytest.approx(0.8)
    low, high = label_sample.report_interval(apart)
    assert low < 0.7 and high > 0.9
    assert label_sample.report_interval(apart) == (low, high)  # seeded: the same every run
    assert label_sample.report_interval(_judged("r0", 5, 5)) is None  # one report: no spread


def test_score_pools_files_and_prints_the_interval(label_sample, tmp_path):
    header = ["report_id", "label_ok", "kind_ok", "value_ok", "unit_ok", "measure_ok",
              "better_label", "note"]
    a = _write(tmp_path / "a.csv", header, [["r0", "1", "1", "1", "1", "1", "", ""]] * 3)
    b = _write(tmp_path / "b.csv", header, [["r1", "0", "1", "1", "1", "1", "x", "fragment: x"]])
    out = label_sample.score([a, b])
    assert out.splitlines()[0].startswith("all (4 rows): label_ok 3/4 (75.0%)")
    assert "resampling the 2 reports" in out.splitlines()[-1]
    assert "interval" not in label_sample.score(a)
