"""display.report_label and report_phrase: the names the chapters' sentences use."""

import pandas as pd
import pytest

from workreport import display, english


@pytest.mark.parametrize(("government", "label"), [
    ("重庆市渝中区人民政府", "Yuzhong District"),
    ("中华人民共和国国务院", "State Council"),
    ("河北省人民政府", "Hebei Province"),
    ("南京市人民政府", "Nanjing"),
    ("易县人民政府", "Yi County"),
])
def test_report_label_names_the_government_not_its_adjective(government, label):
    # The names english.government_en makes for a catalogue entry without government_en.
    assert display.report_label({"government_en": english.government_en(government)}) == label


def test_report_label_keeps_a_stated_name_and_falls_back_to_the_id():
    assert display.report_label({"government_en": "Hebei Provincial People's Government"}) \
        == "Hebei Province"
    assert display.report_label({"government_en": "", "government": "",
                                 "report_id": "city-x-2024"}) == "city-x-2024"


def test_report_phrase_drops_the_date_clause_when_the_text_has_no_date():
    nanjing = {"government_en": "Nanjing Municipal People's Government", "level": "municipal"}
    for missing in (float("nan"), None, "", "  "):
        assert display.report_phrase({**nanjing, "date": missing}) == "Nanjing"
    national = {"government_en": "State Council of the People's Republic of China",
                "level": "national", "date": "2014-03-05"}
    assert display.report_phrase(national) == "the State Council, delivered on 2014-03-05"


def test_report_title_is_the_government_and_year_as_the_landing_page_heads_it():
    row = {"report_id": "national-statecouncil-2012", "government": "国务院",
           "government_en": "State Council of the People's Republic of China",
           "report_year": 2012}
    assert english.report_title(row) == "State Council of the People's Republic of China, 2012"
    assert english.report_title({**row, "report_year": 2012.0}).endswith(", 2012")
    assert english.report_title({**row, "government_en": float("nan")}) == "国务院, 2012"
    assert english.report_title({**row, "report_year": ""}).endswith("of China")
    assert english.report_title({"report_id": "x-2024", "government": "", "report_year": 2024}) \
        == "x-2024"


def test_a_year_beside_its_first_year_shows_the_period():
    """Tester 73: the targets' table had no year and the appendix showed the 13th plan's
    five-year cut (−23%, 2016-2020) as a target of 2020."""
    targets = pd.DataFrame({"indicator": ["单位生产总值用水量五年累计", "生产总值"],
                            "indicator_en": ["", ""], "measure": ["change", "change"],
                            "target": [-23.0, 7.0], "unit": ["%", "%"], "qualifier": ["", ""],
                            "target_year": pd.array([2020, 2016], dtype="Int64"),
                            "target_year_first": pd.array([2016, None], dtype="Int64"),
                            "result": [float("nan")] * 2, "result_unit": ["", ""],
                            "result_year": pd.array([None, None], dtype="Int64"),
                            "difference": [float("nan")] * 2, "section": ["p2.s0"] * 2})
    shown = str(display.table(targets, display.TARGET_COLUMNS).data)
    assert "<th>target year</th>" in shown
    assert "<td>2016-2020</td>" in shown and "<td>2016</td>" in shown
    rows = pd.DataFrame({"figure_id": ["r#f1"], "kind": ["target"], "year": [2020],
                         "year_first": [2016.0], "value": [5000.0], "unit": ["万人"]})
    assert "<td>2016-2020</td>" in str(display.table(rows, {"year": "year", "value": "value"})
                                        .data)
