"""The title block in English (``titleblock``): the speaker's name in pinyin, the report's
title translated, and the pages that show them (session 70, tester: 李克强 and 政府工作报告 were
Chinese-only in a book of the State Council's 2015 report)."""

from __future__ import annotations

from pathlib import Path

import pytest

from workreport import literal
from workreport.english import syllables
from workreport.extract.catalog import Report
from workreport.titleblock import speaker_en, title_en


@pytest.mark.parametrize(("name", "english"), [
    ("李克强", "Li Keqiang"), ("扈万泰", "Hu Wantai"), ("李强", "Li Qiang"),
    ("吕明", "Lü Ming"),
    ("欧阳建安", "Ouyang Jian'an"), ("司马南", "Sima Nan"), ("诸葛亮", "Zhuge Liang"),
    ("上官云", "Shangguan Yun"), ("东方明", "Dongfang Ming"),
    # Surnames read otherwise than their character's commonest reading.
    ("单立新", "Shan Lixin"), ("曾庆红", "Zeng Qinghong"), ("解振华", "Xie Zhenhua"),
    ("仇和", "Qiu He"), ("区伟", "Ou Wei"), ("朴英", "Piao Ying"), ("查文", "Zha Wen"),
    ("翟明", "Zhai Ming"), ("覃华", "Qin Hua"),
    ("隗福临", "Wei Fulin"),  # the surname's reading, not pypinyin's kui (session 70, judge)
    # 长 of a given name is chang, as pypinyin's phrases read it (长春), not its lone zhang.
    ("王长林", "Wang Changlin"), ("任长霞", "Ren Changxia"), ("李长春", "Li Changchun"),
])
def test_a_speaker_reads_in_pinyin_surname_first(name, english):
    assert speaker_en(name) == english
    assert speaker_en(f" {name}\n") == english


@pytest.mark.parametrize("name", [
    "", None, float("nan"), "艾力·买买提",  # a transliterated name is no pinyin
    "嘎玛泽登",  # four characters, no compound surname: no surname to put first
    "王", "某某某某某",  # one character, five
    "尉健行", "乐嘉",  # a surname of two readings in use
    "Li Keqiang",
])
def test_a_name_pinyin_cannot_be_sure_of_has_no_english(name):
    assert speaker_en(name) == ""


def test_syllables_take_an_apostrophe_before_a_o_e():
    assert syllables(["xi", "an"]) == "xi'an"
    assert syllables(["ou", "yang"]) == "ouyang"
    assert syllables(["an", "e"]) == "an'e"


def _row(title, government="唐县人民政府", government_en="Tang County People's Government",
         level="county", year=2024):
    return {"title": title, "government": government, "government_en": government_en,
            "level": level, "report_year": year}


@pytest.mark.parametrize(("row", "english"), [
    (_row("唐县2024年政府工作报告"), "Government Work Report of Tang County, 2024"),
    (_row("2024年唐县政府工作报告"), "Government Work Report of Tang County, 2024"),
    (_row("政府工作报告"), "Government Work Report of Tang County, 2024"),
    # The title's year wins over the row's; 人民 before 政府 is read.
    (_row("唐县2023年人民政府工作报告"), "Government Work Report of Tang County, 2023"),
    # A city above the government, and the delivery line after the title.
    (_row("保定市唐县2024年政府工作报告——2024年1月5日在唐县第一次会议上"),
     "Government Work Report of Tang County, 2024"),
    (_row("政府工作报告2024年1月5日在唐县第一次会议上"),
     "Government Work Report of Tang County, 2024"),
    (_row("2025年某省政府工作报告", "某省人民政府", "Mou Provincial People's Government",
          "provincial", 2025), "Government Work Report of Mou Province, 2025"),
    # A name English gives with "the" (session 70, judge: "of Tibet Autonomous Region").
    (_row("2025年西藏政府工作报告", "西藏自治区人民政府",
          "Tibet Autonomous Region People's Government", "provincial", 2025),
     "Government Work Report of the Tibet Autonomous Region, 2025"),
    # The State Council's report, by its own English title.
    (_row("政府工作报告", "国务院", "State Council of the People's Republic of China",
          "national", 2015), "Report on the Work of the Government, 2015"),
    (_row("2015年中华人民共和国国务院政府工作报告", "国务院",
          "State Council of the People's Republic of China", "national", 2015),
     "Report on the Work of the Government, 2015"),
    # The government tells a national report whose level is not known.
    (_row("政府工作报告", "国务院", "State Council of the People's Republic of China",
          float("nan"), 2015), "Report on the Work of the Government, 2015"),
])
def test_a_title_of_the_usual_forms_reads_in_english(row, english):
    assert title_en(row) == english


@pytest.mark.parametrize("row", [
    _row("唐县政府工作报告（摘要）"),  # a summary is no report
    _row("一图读懂唐县政府工作报告"),  # a headline
    _row("易县2024年政府工作报告"),  # another place than the government's
    _row("唐县2024年政府工作报告", government_en=""),  # no English for the government
    _row(float("nan")), _row(""),
    _row("2015年某省政府工作报告", "国务院", "State Council", "national", 2015),
])
def test_a_title_of_another_form_has_no_english(row):
    assert title_en(row) == ""


def _entry(tmp_path: Path, **kw) -> Report:
    path = tmp_path / "x.txt"
    path.write_text("text", encoding="utf-8")
    return Report(id="sc-2015", path=path, **kw)


SC_ROW = {"report_id": "sc-2015", "title": "政府工作报告", "government": "国务院",
          "government_en": "State Council of the People's Republic of China",
          "level": "national", "report_year": 2015, "year_reviewed": 2014,
          "date": "2015-03-05", "speaker": "李克强"}


def test_the_landing_page_gives_the_speaker_and_title_in_english(tmp_path):
    from workreport.book.pages import _landing_page

    page = _landing_page(_entry(tmp_path), SC_ROW, ["00-overview"])
    md = literal.markdown
    assert f"李克强 ({md('Li Keqiang')})" in page
    assert f"**Title**: 政府工作报告 ({md('Report on the Work of the Government, 2015')})" in page
    # The catalogue's English wins over the pinyin.
    page = _landing_page(_entry(tmp_path, speaker_en="Li Keqiang, Premier"), SC_ROW, [])
    assert f"李克强 ({md('Li Keqiang, Premier')})" in page
    # A name pinyin cannot be sure of stands alone.
    page = _landing_page(_entry(tmp_path), {**SC_ROW, "speaker": "尉健行"}, [])
    assert "**Speaker**: 尉健行\n" in page  # on its own line (tester 70)


def test_the_government_page_and_annotated_text_give_the_english(tmp_path):
    from workreport.book.annotate import render_page
    from workreport.book.homes import Home, government_page

    home = Home(kind="government", folder="sc", lead="sc-2015",
                members=("sc-2015",), holds=("sc-2015",), absent=(), ready=True)
    page = government_page(home, {"sc-2015": SC_ROW}, {"sc-2015": _entry(tmp_path)}, [], {})
    assert f"| 李克强 ({literal.markdown('Li Keqiang')}) |" in page
    import pandas as pd

    sections = pd.DataFrame(columns=["start", "end", "part", "part_title", "section", "title"])
    empty = pd.DataFrame(columns=["start", "end", "figure_id", "kind", "class", "quote"])
    text = render_page(SC_ROW, "", sections, empty, empty, 0)
    title = literal.markdown("Report on the Work of the Government, 2015")
    assert f"*政府工作报告 ({title})*" in text


def test_the_cover_names_the_report_in_english():
    from workreport.book.printbook import cover_text

    notes = cover_text([], {})[3]
    assert notes[0] == "Government work report (政府工作报告) · the printed edition"


@pytest.mark.parametrize(("row", "english"), [
    ({"meeting": "第十二届全国人民代表大会第三次会议", "level": "national",
      "government": "中华人民共和国国务院"},
     "the Third Session of the 12th National People's Congress"),
    ({"meeting": "重庆市渝中区第十七届人民代表大会第四次会议", "government": "重庆市渝中区人民政府",
      "government_en": "Yuzhong District People's Government, Chongqing"},
     "the Fourth Session of the 17th People's Congress of Yuzhong District"),
    # the places above the government's own; a bare unit; a plenary sitting after the session
    ({"meeting": "保定市清苑区第三届人民代表大会第二次会议第三次全体会议",
      "government": "保定市清苑区人民政府",
      "government_en": "Qingyuan District People's Government"},
     "the Second Session of the 3rd People's Congress of Qingyuan District"),
    ({"meeting": "县十五届人民代表大会第一次会议", "government": "易县人民政府",
      "government_en": "Yi County People's Government"},
     "the First Session of the 15th People's Congress of Yi County"),
    ({"meeting": "西藏自治区第十二届人民代表大会第二十一次会议", "government": "西藏自治区人民政府",
      "government_en": "Tibet Autonomous Region People's Government"}, ""),  # past the tenth
    ({"meeting": "西藏自治区第十二届人民代表大会第三次会议", "government": "西藏自治区人民政府",
      "government_en": "Tibet Autonomous Region People's Government"},
     "the Third Session of the 12th People's Congress of the Tibet Autonomous Region"),
    # another place's congress (米易县 is not 易县), no English name, another meeting
    ({"meeting": "米易县第十八届人民代表大会第三次会议", "government": "易县人民政府",
      "government_en": "Yi County People's Government"}, ""),
    ({"meeting": "易县第十八届人民代表大会第三次会议", "government": "易县人民政府"}, ""),
    ({"meeting": "全县经济工作会议", "government": "易县人民政府",
      "government_en": "Yi County People's Government"}, ""),
    ({"meeting": None}, ""),
])
def test_the_meeting_in_english(row, english):
    from workreport.titleblock import meeting_en

    assert meeting_en(row) == english


def test_the_landing_page_gives_the_meeting_in_english(tmp_path):
    from workreport.book.pages import _landing_page

    row = {**SC_ROW, "meeting": "第十二届全国人民代表大会第三次会议"}
    page = _landing_page(_entry(tmp_path), row, [])
    said = literal.markdown("the Third Session of the 12th National People's Congress")
    assert f"**Meeting**: 第十二届全国人民代表大会第三次会议 ({said})\n" in page


@pytest.mark.parametrize(("office", "english"), [
    ("县长", "County Head"), ("代县长", "Acting County Head"), ("代理省长", "Acting Governor"),
    ("主席", "Chairman"), ("总理", "Premier"), ("区长", "District Head"), ("市长", "Mayor"),
    ("书记", ""), ("代理", ""), (None, ""),
])
def test_the_office_in_english(office, english):
    from workreport.titleblock import office_en

    assert office_en(office) == english


def test_the_speaker_is_named_with_the_office(tmp_path):
    from workreport.book.homes import speaker_text

    md = literal.markdown
    row = {"speaker": "杨大伟", "office": "县长"}
    assert speaker_text(row, None) == f"杨大伟 ({md('Yang Dawei')}), 县长 ({md('County Head')})"
    # An office without English stays in Chinese; a name pinyin cannot be sure of too.
    assert speaker_text({"speaker": "尉健行", "office": "书记"}, None) == "尉健行, 书记"
    # The catalogue's English, which names the office itself, is not followed by it again.
    entry = _entry(tmp_path, speaker_en="Hu Wantai, District Head")
    assert speaker_text({"speaker": "扈万泰", "office": "区长"}, entry) == \
        f"扈万泰 ({md('Hu Wantai, District Head')})"
    assert speaker_text({"office": "区长"}, None) == ""
