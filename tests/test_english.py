"""English names of governments for reports whose catalogue entry gives none."""

from __future__ import annotations

import re

import pytest

from workreport.english import government_en


@pytest.mark.parametrize(("zh", "en"), [
    ("南京市人民政府", "Nanjing Municipal People's Government"),
    ("重庆市渝中区人民政府", "Yuzhong District People's Government, Chongqing"),
    ("保定市清苑区人民政府", "Qingyuan District People's Government, Baoding"),
    ("易县人民政府", "Yi County People's Government"),
    ("河北省人民政府", "Hebei Provincial People's Government"),
    ("陕西省人民政府", "Shaanxi Provincial People's Government"),
    ("中华人民共和国国务院", "State Council of the People's Republic of China"),
    ("国务院", "State Council of the People's Republic of China"),
    ("宽城满族自治县人民政府", "Kuancheng Autonomous County People's Government"),
    ("广西壮族自治区人民政府", "Guangxi Autonomous Region People's Government"),
    # Session 70: 州 inside a place's name is no unit; a syllable opening with a vowel
    # takes an apostrophe; the people 维吾尔 is not the place.
    ("贵州省人民政府", "Guizhou Provincial People's Government"),
    ("杭州市人民政府", "Hangzhou Municipal People's Government"),
    ("恩施土家族苗族自治州人民政府", "Enshi Autonomous Prefecture People's Government"),
    ("新安县人民政府", "Xin'an County People's Government"),
    ("新疆维吾尔自治区人民政府", "Xinjiang Autonomous Region People's Government"),
])
def test_government_names_in_english(zh, en):
    assert government_en(zh) == en


@pytest.mark.parametrize("name", ["", None, float("nan"), "某某", "雄安新区管理委员会", "ABC县"])
def test_no_english_name_without_a_unit(name):
    assert government_en(name) == ""


@pytest.mark.parametrize(("qualifier", "words", "label"), [
    ("突破|以上", "over 5 billion yuan", "over 50"),   # Nanjing 2024: 突破50亿元以上
    ("以上|多", "at least 5 billion yuan", "≥50"),
    ("预计|以上", "an estimated at least 5 billion yuan", "est. ≥50"),
    ("以上", "at least 5 billion yuan", "≥50"),
])
def test_two_bounds_read_as_one(qualifier, words, label):
    """A figure with two bounds read "over at least 5 billion yuan"; the first is kept."""
    from workreport.english import amount, qualifier_short

    assert amount(50, "亿元", qualifier) == words
    assert qualifier_short("50", qualifier) == label


def test_every_unit_read_has_an_english_form():
    """A figure in any unit the extractor reads (units.yml, its spelled forms too) reads in
    English in the book: no 元/平方米 or 千伏 left in Chinese after an English number."""
    from workreport.english import amount
    from workreport.vocab import load

    units = load("units")
    read = [u for group in units["units"].values() for u in group] + list(units["unit_spelled"])
    untranslated = [u for u in read if re.search(r"[\u4e00-\u9fff]", amount(12.0, u))]
    assert untranslated == []
    assert amount(700.0, "元/月") == "700 yuan a month"
    assert amount(2.0, "万千伏安") == "20,000 kVA"


def test_every_qualifier_recorded_reads_in_english():
    """A bound or an approximation the extractor records beside a figure (cues.yml's
    qualifier lists, numbers.py's approximate counts 数十, 上万) is read in English: 不超过4.5%
    is "at most 4.5%", never a bare 4.5%."""
    from workreport.english import amount
    from workreport.vocab import load

    cues = load("cues")
    recorded = (cues["qualifiers_before"] + cues["qualifiers_after"] + cues["qualifiers_approx"]
                + cues["qualifiers_clause"] + cues["qualifiers_time_after"]
                + ["前", "数", "上"])  # 前: qualifiers.bound_before, of a rank reached
    bare = amount(4.5, "%")
    assert [q for q in recorded if amount(4.5, "%", q) == bare] == []
    assert amount(4.5, "%", "不超过") == "at most 4.5%"
    assert amount(50.0, "%", "不少于") == "at least 50%"
    assert amount(3.0, "名", "前") == "top 3"  # a rank reached (前3名), not "top 3 people"


def test_one_of_a_thing_reads_in_the_singular():
    """Session 67, tester: "1 sites (1处)". Every unit English with a plural word has its
    singular (vocab/english.yml singular), used for a count of exactly one."""
    from workreport.english import amount
    from workreport.vocab import load

    english = load("english")
    plural = {v for v in english["units"].values()
              if isinstance(v, str) and re.search(r"\b(?:[a-z]+s|people)\b", v)}
    assert sorted(plural - set(english["singular"])) == []
    assert amount(1, "处") == "1 site" and amount(1, "人") == "1 person"
    assert amount(1, "个百分点") == "1 percentage point"
    assert amount(1, "处", "以上") == "at least 1 site"
    assert amount(2, "处") == "2 sites" and amount(1, "万人") == "10,000 people"
    assert amount(1, "百万吨") == "1 million tonnes" and amount(1, "个") == "1"


def test_every_qualifier_is_written_where_the_report_writes_it():
    """Session 67, tester: "at least 600 events (600场不少于)", the report's 不少于600场. Each
    qualifier's place in the Chinese (vocab/english.yml ``written``) is the side the
    extractor reads it on (cues.yml)."""
    from workreport.prose import quantity
    from workreport.vocab import load

    written = {q: e.get("written") for q, e in load("english")["qualifiers"].items()}
    assert set(written.values()) == {"before", "within", "after"}
    cues = load("cues")
    for side, lists in (("before", ("qualifiers_before", "qualifiers_clause",
                                    "qualifiers_before_verb")),
                        ("within", ("qualifiers_approx",)),
                        ("after", ("qualifiers_after", "qualifiers_time_after"))):
        words = [q for name in lists for q in cues[name]]
        assert [q for q in words if written.get(q) != side] == [], side
    assert quantity(600, "场", "不少于") == "at least 600 events (不少于600场)"
    assert quantity(60, "万元", "预计|以上") == ("an estimated at least 600,000 yuan "
                                               "(预计60万元以上)")
    assert quantity(1000, "万元", "余") == "more than 10 million yuan (1,000余万元)"
    assert quantity(3, "名", "前") == "top 3 (前3名)"


def test_a_growth_in_multiples_reads_as_what_it_means():
    """Session 68, tester: "“新三样”出口 grew by 1 times (1倍)". 增长1倍 is a doubling
    (+100%), 增长2倍 a tripling; a ratio (是2011年的1.1倍) stays "1.1 times"."""
    import pandas as pd

    from workreport.chartstyle import bar_text, fact_text
    from workreport.display import table
    from workreport.english import amount
    from workreport.prose import describe_change, quantity

    assert amount(1, "倍", measure="change") == "100% (doubled)"
    assert amount(2, "倍", measure="change") == "200% (tripled)"
    assert amount(6.7, "倍", measure="change") == "670%"
    assert amount(1, "倍", "以上", measure="change") == "at least 100%"
    assert amount(1.1, "倍", measure="ratio") == "1.1 times"
    assert quantity(1, "倍", measure="change") == "100% (doubled; 1倍)"
    row = {"indicator": "出口", "change": 1.0, "change_unit": "倍", "change_qualifier": "",
           "year": 2023, "kind": "actual", "level": float("nan")}
    assert describe_change(row) == "出口 grew 100% (doubled; 1倍) in 2023."
    assert bar_text(1, "倍", "", True) == "+100% · +1倍"
    assert fact_text(1, "倍", "", True) == "+100% (doubled) · +1倍"
    df = pd.DataFrame({"indicator": ["出口", "钢"], "measure": ["change", "ratio"],
                       "value": [1.0, 1.1], "unit": ["倍", "倍"], "qualifier": ["", ""]})
    html = table(df).data
    assert "<td>100% (doubled)</td>" in html and "<td>1.1 times</td>" in html
    # The changes chart's caption ranks and writes it as the percentage it is.
    from workreport.findings import caption_changes

    changes = pd.DataFrame({"indicator": ["出口", "收入"], "english": ["", ""],
                            "value": [1.0, 12.4], "unit": ["倍", "%"]})
    assert caption_changes(changes) == "Changes stated: 2 rises, the largest 出口 (+100%)."


def test_person_times_are_not_visits():
    """Session 68, tester: 医疗保障救助待遇249.6万人次 read "2.496 million visits". 人次 counts
    people once per occasion (aid, training, deployments, tourists): "person-times"
    everywhere, the label saying what was counted (the glossary's 人次 "person-times")."""
    from workreport.english import amount

    assert amount(249.6, "万人次") == "2.496 million person-times"
    assert amount(1, "人次") == "1 person-time"


def test_every_measure_word_says_what_it_counts():
    """A unit whose English is empty is a measure word, and each has its pinyin and what
    it counts (the glossary page lists them), in words, never one noun."""
    from workreport.english import measure_word
    from workreport.vocab import load

    english = load("english")
    empty = {u for u, en in english["units"].items() if en == ""}
    assert empty == set(english["measure_words"])
    for word, entry in english["measure_words"].items():
        assert entry["pinyin"] and entry["counts"] and measure_word(word) == word
    assert measure_word("万家") == "家" and measure_word("项") == "" and measure_word("") == ""


def test_a_count_in_hu_names_no_noun_for_it_counts_firms_as_often_as_households():
    """户 counts households (贫困户) and as often firms (新增市场主体1.2万户, 发展微型企业606户):
    "households" was wrong for every firm (session 70: Yuzhong's micro-enterprises read
    "606 households"). It reads as a measure word, the Chinese beside."""
    from workreport.english import amount, measure_word
    from workreport.prose import quantity

    assert measure_word("万户") == "户"
    assert amount(606, "户") == "606" and quantity(606, "户") == "606 (606户)"
    assert quantity(1.2, "万户") == "12,000 (1.2万户)"
    assert amount(3, "户次") == "3 instances"  # times handled, counted like 人次


def test_tenths_read_as_a_percentage_and_the_chinese_keeps_its_order():
    """Tester 70: Hebei's 4成 read "4 × 10%"; 4万多亿元 was written back as 4多万亿元 and
    1亿多 as 1多亿 beside the English."""
    from workreport.english import amount, as_written
    from workreport.prose import quantity

    assert amount(4, "成") == "40%" and quantity(4, "成") == "40% (4成)"
    assert amount(3, "成", "以上") == "at least 30%"
    assert as_written(4, "万亿元", "多") == "4万多亿元" and as_written(1, "亿", "多") == "1亿多"
    assert as_written(1000, "万元", "余") == "1,000余万元"


def test_a_stretch_goal_is_said_after_its_number():
    """Re-test 73: 力争 read "a hoped-for over 50 billion yuan" before its number."""
    from workreport.english import amount, qualifier_en

    assert amount(500, "亿元", "力争|突破") == "over 50 billion yuan (a stretch goal)"
    assert amount(8, "%", "力争|以上", measure="change") == "at least 8% (a stretch goal)"
    assert qualifier_en("力争|以上") == "at least"
    assert qualifier_en("力争|以上", trail=True) == "(a stretch goal)"
