"""The title block in English: the speaker's name in pinyin and the report's title.

A book read by people without Chinese showed the speaker (李克强) and the title (政府工作报告,
唐县2024年政府工作报告) in Chinese alone (session 70, tester). ``speaker_en`` writes a name
as English writes Chinese names, surname first ("Li Keqiang"), with pypinyin's readings and
``vocab/surnames.yml`` for what pypinyin cannot tell (compound surnames, surnames read
otherwise: 单 Shan, 曾 Zeng); ``title_en`` translates a title of the usual forms,
``meeting_en`` the meeting it was delivered at. Each gives "" where it cannot be sure: the
Chinese then stands alone, never beside a wrong English.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from workreport.english import report_label, report_year, syllables
from workreport.extract.numerals import cn_int
from workreport.literal import missing, ordinal
from workreport.vocab import load

__all__ = ["NATIONAL_TITLE", "TITLE", "meeting_en", "office_en", "speaker_en", "title_en"]

#: The English of a local report's title: "Government Work Report of Tang County, 2024".
TITLE = "Government Work Report"
#: The State Council's own English title of its report (english.www.gov.cn).
NATIONAL_TITLE = "Report on the Work of the Government"


def _pinyin(chars: str) -> list[str]:
    from pypinyin import Style, lazy_pinyin  # its dictionaries load only when a name is read

    return lazy_pinyin(chars, style=Style.NORMAL, v_to_u=True, errors=lambda _: ["?"])


def speaker_en(speaker: Any) -> str:
    """The speaker's name in pinyin, surname first, each part capitalised and written as
    one word, without tones: 李克强 → "Li Keqiang", 扈万泰 → "Hu Wantai", 欧阳建安 →
    "Ouyang Jian'an", 单立新 → "Shan Lixin", 吕明 → "Lü Ming".

    A compound surname (``vocab/surnames.yml`` ``compound``) is read as one when two
    characters or more follow it; a surname is read as ``readings`` says, else as pypinyin
    reads the character; the given name as pypinyin reads it. "" for a missing name, one of
    other than two to four Chinese characters (a transliterated name, 艾力·买买提, is no
    pinyin), a four-character name without a compound surname (a Tibetan name, 嘎玛泽登,
    has no surname to put first), and a surname whose reading ``surnames.yml`` leaves out
    as ambiguous (尉, 召, 谌, 盖, 乐). A character of the given name that ``given`` lists is
    read as it says (长 chang: 王长林 "Wang Changlin", not pypinyin's zhang)."""
    name = "" if missing(speaker) else re.sub(r"\s", "", str(speaker))
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", name):
        return ""
    known = load("surnames")
    compound = next((c for c in known["compound"] if name.startswith(c)), "")
    if compound and len(name) >= 3:
        surname, given = str(known["compound"][compound]), name[len(compound):]
    elif len(name) == 4 or name[0] in known["ambiguous"]:
        return ""
    else:
        surname = str(known["readings"].get(name[0]) or syllables(_pinyin(name[0])))
        given = name[1:]
    readings = [str(known["given"].get(c) or r) for c, r in zip(given, _pinyin(given), strict=True)]
    if "?" in readings or "?" in surname:
        return ""
    return f"{surname[:1].upper()}{surname[1:]} {syllables(readings).capitalize()}"


def office_en(office: Any) -> str:
    """The speaker's office in English (``vocab/english.yml`` ``offices``): 县长 "County
    Head", 代省长 and 代理省长 "Acting Governor", 总理 "Premier"; "" for another."""
    office = "" if missing(office) else re.sub(r"\s", "", str(office))
    acting = re.match(r"代理?", office)
    english = load("english")["offices"].get(office[acting.end():] if acting else office, "")
    return f"Acting {english}" if english and acting else english


# A title of the usual forms: places and a year before 政府工作报告 (人民 between them
# once, 米易县2023年人民政府工作报告), then nothing or the delivery line (——2014年2月19日在…,
# or the date glued on: 政府工作报告2011年1月20日在…).
_TITLE = re.compile(r"(?P<head>[\u4e00-\u9fff\d年]*?)(?:人民)?政府工作报告"
                    r"(?P<tail>|——.*|\d{4}年\d{1,2}月\d{1,2}日.*)")
_YEAR = re.compile(r"(\d{4})年")
# A place English names with "the": the Tibet Autonomous Region, the Xiong'an New Area (not a
# province, county or district: Hebei Province, Tang County).
_ARTICLE = re.compile(r"(?:Autonomous Region|Autonomous Prefecture|Special Administrative Region"
                      r"|New Area)$")
# The units of the places above a government, as a title names them (保定市满城区).
_ABOVE = "(?:省|市|自治区|自治州|州|地区|盟)"


def _above(place: str, own: str) -> bool:
    """Whether ``place`` is the government's own place (``own``: 满城区) after the places
    above it (保定市满城区), and not after other words (一图读懂唐县)."""
    above = place.removesuffix(own)
    return above != place and bool(re.fullmatch(rf"(?:[\u4e00-\u9fff]{{1,6}}?{_ABOVE})*", above))


def title_en(row: Mapping[str, Any]) -> str:
    """The report's title in English, from its ``reports.csv`` row (``title``,
    ``government``, ``government_en``, ``level``, ``report_year``): "Government Work Report
    of Tang County, 2024" for 唐县2024年政府工作报告, "Report on the Work of the Government,
    2015" for the State Council's (its own English title), the place as the book names the
    government (``english.report_label``) and the year the title's, else the row's.

    "" for a title of another form (a headline, 政府工作报告（摘要）), one naming a place
    other than the government's, and a row whose government has no English."""
    title = "" if missing(row.get("title")) else re.sub(r"\s", "", str(row["title"]))
    m = _TITLE.fullmatch(title)
    if not m:
        return ""
    years = _YEAR.findall(m["head"])
    place = _YEAR.sub("", m["head"])
    if len(years) > 1 or re.search(r"\d", place):
        return ""
    year = int(years[0]) if years else report_year(row)
    when = "" if year is None else f", {year}"
    government = "" if missing(row.get("government")) else str(row["government"])
    national = load("english")["government_national"]
    if row.get("level") == "national" or government in national:
        return f"{NATIONAL_TITLE}{when}" if not place or place in national \
            or place == "中华人民共和国" else ""
    own = re.sub(r"(?:人民)?政府$", "", government)
    if place and not (own and (own.startswith(place) or _above(place, own))):
        return ""
    place_en = _place_en(row)
    return f"{TITLE} of {place_en}{when}" if place_en else ""


def _place_en(row: Mapping[str, Any]) -> str:
    """The government's place as a title names it, from ``government_en``: "Tang County",
    "the Tibet Autonomous Region" (``english.report_label``); "" without English."""
    english = "" if missing(row.get("government_en")) else str(row["government_en"]).strip()
    if not english:
        return ""
    label = report_label({"government_en": english})
    return f"{'the ' if _ARTICLE.search(label) else ''}{label}"


# The meeting a report is delivered at: a session of a people's congress, the place before
# the term (河北省第十四届…; 县十五届… names only the unit; the national congress none); a
# plenary sitting after the session (…第一次会议第二次全体会议) is named by its session.
_MEETING = re.compile(r"(?P<place>[\u4e00-\u9fff]*?)第?(?P<term>[一二三四五六七八九十]+)届"
                      r"(?P<national>全国)?人民代表大会第(?P<session>[一二三四五六七八九十]+)次"
                      r"会议(?:第[一二三四五六七八九十]+次全体会议)?")
_SESSIONS = ("First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth",
             "Ninth", "Tenth")


def meeting_en(row: Mapping[str, Any]) -> str:
    """The meeting of a ``reports.csv`` row in English, as the State Council's English
    names its own ("the Second Session of the 12th National People's Congress"): for a
    local congress "the Fourth Session of the 17th People's Congress of Yuzhong District",
    the place as the book names the government (``english.report_label``).

    "" for a meeting of another form (a standing committee, a conference), a session past
    the tenth, a place other than the government's own (or the places above it,
    保定市清苑区 for 清苑区; a bare 县 or 区 is the government's own), and a local row
    whose government has no English."""
    meeting = "" if missing(row.get("meeting")) else re.sub(r"\s", "", str(row["meeting"]))
    m = _MEETING.fullmatch(meeting)
    if not m or cn_int(m["session"]) > len(_SESSIONS):
        return ""
    session = (f"the {_SESSIONS[cn_int(m['session']) - 1]} Session of the "
               f"{ordinal(cn_int(m['term']))}")
    government = "" if missing(row.get("government")) else str(row["government"])
    if m["national"] or row.get("level") == "national":
        national = load("english")["government_national"]
        ok = m["national"] and not m["place"] and (row.get("level") == "national"
                                                   or government in national)
        return f"{session} National People's Congress" if ok else ""
    own = re.sub(r"(?:人民)?政府$", "", government)
    place = m["place"]
    if not own or not (place == own or _above(place, own)
                       or (len(place) == 1 and own.endswith(place))):
        return ""
    place_en = _place_en(row)
    return f"{session} People's Congress of {place_en}" if place_en else ""
