"""bench/label_dev.py: a frozen development draw keeps no sentence, finds each row again by
its hash, quote and place, and sorts rows into kept, mended, changed and gone."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from tests.test_label_sample import bench_module


@pytest.fixture(scope="module")
def label_dev():
    module = bench_module("label_dev")
    if not (module.SHARED / "reports").exists():
        pytest.skip("../shared is not here")
    return module


def test_freeze_then_score(label_dev, tmp_path):
    now = list(label_dev.extracted({"yuzhong-2014"}).values())
    assert len(now) > 100
    picked = [now[3], now[40], now[80]]
    judged = tmp_path / "judged.csv"
    columns = ["report_id", "sentence", "quote", "indicator", "kind", "measure", "value", "unit",
               "label_ok", "kind_ok", "value_ok", "unit_ok", "measure_ok", "better_label", "note"]
    with judged.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=columns, extrasaction="ignore")
        w.writeheader()
        for r in picked:
            w.writerow({**r, "label_ok": "1", "kind_ok": "1", "value_ok": "1", "unit_ok": "1",
                        "measure_ok": "1", "better_label": "", "note": ""})
    frozen = tmp_path / "frozen.csv"
    assert label_dev.freeze(judged, frozen) == 3
    text = frozen.read_text(encoding="utf-8")
    assert all(r["sentence"] not in text for r in picked)
    rows = list(csv.DictReader(frozen.open(encoding="utf-8")))
    # One label judged wrong that today's code gives as the judge wrote it, one accepted label
    # that today's code has changed, and a non-figure no longer extracted.
    rows[0].update(indicator="旧标签", label_ok="0", better_label=rows[0]["indicator"],
                   note="fragment: cut")
    rows[1].update(indicator="别的标签")
    rows.append({**rows[2], "key": "0" * 12, "label_ok": "0", "note": "not a figure: a name"})
    with frozen.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=label_dev.FROZEN)
        w.writeheader()
        w.writerows(rows)
    out = label_dev.score(frozen, listing=True)
    assert "rejected, now the judge's: 1" in out
    assert "accepted, changed: 1" in out
    assert "accepted, kept: 1" in out
    assert "gone, right: 1" in out
    assert out.startswith("4 judged rows; estimate 3/4")
    assert "别的标签 ->" in out


def test_freeze_refuses_a_row_this_code_does_not_give(label_dev, tmp_path):
    judged = tmp_path / "judged.csv"
    judged.write_text("report_id,sentence,quote,indicator,label_ok\n"
                      "yuzhong-2014,没有这句。,1个,无,1\n", encoding="utf-8")
    with pytest.raises(LookupError, match="not extracted"):
        label_dev.freeze(judged, tmp_path / "out.csv")


def test_freeze_refuses_a_row_of_the_reserve(label_dev, tmp_path):
    judged = tmp_path / "judged.csv"
    out = tmp_path / "out.csv"
    reserved = sorted(label_dev.RESERVED)[0]
    judged.write_text("report_id,sentence,quote,indicator,label_ok\n"
                      f"yuzhong-2014,没有这句。,1个,无,1\n{reserved},没有这句。,1个,无,1\n",
                      encoding="utf-8")
    with pytest.raises(ValueError, match=f"reserved reports \\({reserved}\\)"):
        label_dev.freeze(judged, out)
    assert not out.exists()


def test_no_development_draw_holds_a_reserved_report(label_dev):
    """The audits' reports never reach a rule writer through a development draw (seed 9004 was
    drawn with the reserve's paths compared as text through a symbolic link; its reserved rows are
    gone from the file)."""
    assert len(label_dev.RESERVED) == 12
    assert all(label_dev._report_file(r).exists() for r in label_dev.RESERVED)
    draws = sorted(Path(label_dev.__file__).parent.joinpath("data").glob("label_dev_*.csv"))
    assert len(draws) >= 6
    for draw in draws:
        with draw.open(encoding="utf-8") as f:
            ids = {r["report_id"] for r in csv.DictReader(f)}
        assert not ids & label_dev.RESERVED, draw.name


def test_dev_corpus_holds_no_reserved_report(label_dev, tmp_path):
    """bench/label_diff.py corpus: links to every non-reserved report and none of the reserve
    (session 54), and a folder not empty is refused."""
    label_diff = bench_module("label_diff")
    out = tmp_path / "dev"
    n = label_diff.corpus(out)
    names = {p.stem for p in out.iterdir()}
    assert n == len(names) > 100
    assert not names & label_dev.RESERVED
    assert "yuzhong-2014" in names and all(p.resolve().is_file() for p in out.iterdir())
    with pytest.raises(SystemExit):
        label_diff.corpus(out)
