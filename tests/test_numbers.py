"""Every number token is accounted for; the non-figure traps are classified."""

from __future__ import annotations

import csv
from functools import cache

import pytest

from workreport.extract.ingest import load
from workreport.extract.numbers import classify
from workreport.extract.structure import parse
from workreport.extract.units import unit_named

from .conftest import DATA, ROOT, SHARED, corpus_files

TRAPS = list(csv.DictReader((DATA / "nonfigures.csv").open(encoding="utf-8")))


@cache
def tokens_of(report: str):
    path = ROOT / "data" / "raw" / f"{report}.txt"
    if not path.exists():
        path = SHARED / "corpus" / f"{report}.txt"
    if not path.exists():
        pytest.skip(f"{path} is not here (../shared/corpus sits beside the repo in CI)")
    st = parse(load(path))
    return st, classify(st)


@pytest.mark.parametrize("trap", TRAPS, ids=[f"{t['report']}:{t['context']}" for t in TRAPS])
def test_non_figure_traps(trap):
    st, tokens = tokens_of(trap["report"])
    at = st.text.find(trap["context"])
    assert at >= 0, "context not in the normalised text"
    inside = [t for t in tokens if at <= t.start < at + len(trap["context"])
              and t.text == trap["token"]]
    assert inside, f"token {trap['token']} not found in {trap['context']}"
    assert inside[0].cls == trap["class"], inside[0].reason


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.stem)
def test_every_number_is_accounted_for(path):
    """100% of digit runs in the text are tokens, and every token has a class and reason."""
    import re

    st = parse(load(path))
    tokens = classify(st)
    covered = set()
    for t in tokens:
        assert t.cls and t.reason
        covered.update(range(t.start, t.end))
    # Digits outside sentences (there are none: every line is split into sentences).
    digits = [m.start() for m in re.finditer(r"\d", st.text)]
    missing = [i for i in digits if i not in covered]
    assert not missing, st.text[missing[0] - 10:missing[0] + 10]


def test_chinese_numeral_quantities():
    from workreport.extract.ingest import Document

    doc = Document("t", ROOT / "t.txt", "utf-8",
                   "一、2013年工作回顾\n建成两座人行天桥，利用率提高百分之十。\n")
    toks = [t for t in classify(parse(doc)) if t.cls == "figure"]
    assert [(t.value, t.quantity.unit) for t in toks] == [(2.0, "座"), (10.0, "%")]


def test_numbers_in_policy_names_and_definitions_are_not_figures():
    """Issue 13 §2: "10个常态化30项措施" names a policy; a 名词解释 entry defining a named
    policy ("[18]“1530”工程：即1个名校长团队培养5个校长学员") states no figure."""
    from workreport.extract.ingest import Document

    doc = Document("t", ROOT / "t.txt", "utf-8",
                   "一、2013年工作回顾\n严格落实10个常态化30项措施，新建学校3所。\n"
                   "二、2014年主要工作\n新建学校4所。\n"
                   "附件：名词解释\n[18]“1530”工程：即1个名校长团队培养5个校长学员。\n")
    cls = {(t.text, t.cls) for t in classify(parse(doc))}
    assert {("10", "name"), ("30", "name"), ("3", "figure"), ("4", "figure"),
            ("1", "name"), ("5", "name")} <= cls


@pytest.mark.parametrize(("sentence", "value", "unit", "high"), [
    ("增长百分之六点五。", 6.5, "%", None), ("十五点八万元。", 15.8, "万元", None),
    ("一点七八万亿元。", 1.78, "万亿元", None), ("一千二百万元。", 1200, "万元", None),
    ("两千三百万人次。", 2300, "万人次", None), ("一千个。", 1000, "个", None),
    ("二百余万元。", 200, "万元", None), ("千分之五。", 5, "‰", None),
    ("三分之二。", 66.67, "%", None), ("三成。", 30, "%", None), ("百分之45。", 45, "%", None),
    ("三至五所。", 3, "所", 5), ("两三所。", 2, "所", 3), ("数十家。", 10, "家", 90),
    ("上万户。", 1, "万户", None),
    # round 24: 万/亿 inside a numeral (the 1954 report): the value in the trailing magnitude
    ("四万二千余所。", 42000, "所", None), ("二亿三千四百一十万余人。", 23410, "万人", None),
    ("十七亿六千多万元。", 176000, "万元", None), ("两万三千亿元。", 23000, "亿元", None),
    ("三十万零五百零六个。", 300506, "个", None),
])
def test_chinese_numerals_with_their_values(sentence, value, unit, high):
    from workreport.extract.ingest import Document

    doc = Document("t", ROOT / "t.txt", "utf-8", "一、2013年工作回顾\n新建" + sentence + "\n")
    (tok,) = [t for t in classify(parse(doc)) if t.cls == "figure"]
    assert (tok.quantity.value, tok.quantity.unit, tok.quantity.value_high) == (value, unit, high)


def test_a_place_named_by_a_numeral_is_no_figure():
    from workreport.extract.ingest import Document

    doc = Document("t", ROOT / "t.txt", "utf-8",
                   "一、2013年工作回顾\n开工八所港高排港区一期，建成两座人行天桥。\n")
    assert [t.text for t in classify(parse(doc)) if t.cls == "figure"] == ["两座"]


@pytest.mark.parametrize(("sentence", "expected"), [
    # Units the tokenizer once left at the start of the label (issue 13 §2, sixth round).
    ("建成1亿羽孵化基地。", [("1亿羽", "亿羽")]),  # 建设…: a capacity in a name (round 38)
    ("菌包核心工厂形成2000万棒生产能力。", [("2000万棒", "万棒")]),
    # Computing power in Latin units; a Latin letter after them makes a code again.
    ("算力规模达到5.1万P，智能算力达2000PF，算力总规模达到15EFlops。",
     [("5.1万P", "万P"), ("2000PF", "PF"), ("15EFlops", "EFlops")]),
    ("PM2.5浓度下降5%，建成5G基站30个，推广P2P平台。", [("5%", "%"), ("30个", "个")]),
])
def test_units_that_name_what_is_counted(sentence, expected):
    from workreport.extract.ingest import Document

    doc = Document("t", ROOT / "t.txt", "utf-8", "一、2013年工作回顾\n" + sentence + "\n")
    got = [(doc.text[t.quantity.start:t.quantity.end], t.quantity.unit)
           for t in classify(parse(doc)) if t.cls == "figure"]
    assert got == expected


@pytest.mark.parametrize(("unit", "named"), [
    ("万水立方", "万立方米"), ("亿标方", "亿立方米"), ("万标立方", "万立方米"), ("立方", "立方米"),
    ("万方", "万方"), ("万立方米", "万立方米"), ("吨", "吨"),
])
def test_unit_named_by_the_longest_spelling(unit, named):
    assert unit_named(unit) == named


def test_listed_time_units_are_time_units() -> None:
    """Round 71 (w8, tidy): the units of a listed time ``thresholds`` reads
    (``cues.split_time_units``, a hand list there before) are registered time units."""
    from workreport.extract.units import unit_names
    from workreport.vocab import load as vocab

    assert set(vocab("cues")["split_time_units"]) <= set(unit_names("time"))


def test_strip_quantities_keeps_codes() -> None:
    """Round 42, rb42: a code's digits (PM2.5, PM10, 5G) are no quantity."""
    from workreport.extract.numbers import strip_quantities

    assert strip_quantities("PM2.5浓度实现下降") == "PM2.5浓度实现下降"
    assert strip_quantities("5G基站1200个") == "5G基站"
    assert strip_quantities("385人年度脱贫任务") == "年度脱贫任务"
