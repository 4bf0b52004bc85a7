"""What a report is, read from the report: title, government, level, years, date,
speaker and meeting.

A work report states all of it in its own words: the title block
("2020年安国市政府工作报告", "——2015年1月20日在…会议上", "安国市人民政府市长 张壮田"),
the greeting ("我代表安国市人民政府向大会作工作报告") and the review's heading
("一、2019年工作回顾"; the latest year anywhere in it, "一、关于2014年政府工作"), else the
plan's ("二、2015年经济社会发展的任务目标": its first year is the report's; session 66, a
tester's Xushui report of 2015 read as 2016 from the years opening its plan's
statements). The catalogue may state the same things; what it states wins (``merge``),
and a disagreement is a ``ReportWarning``. A file name is never read: some scraped files
carry another county's name (their text says 高唐县 or 米易县). A text that calls itself
only "县" ("我代表县人民政府", "全县") is placed by the name it uses elsewhere
(``_own_place``); one that never names its place gets no government, and the
extraction warns (``tables``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # annotations only: the catalogue imports Metadata without the stages
    from workreport.extract.ingest import Document
    from workreport.extract.structure import Structure

__all__ = ["LEVELS", "Metadata", "field_names", "government_key", "government_place",
           "is_national", "read_metadata"]

LEVELS = ("county", "district", "municipal", "provincial", "national")
_PROVINCIAL_CITIES = ("北京市", "天津市", "上海市", "重庆市")
_NATIONAL = {"中华人民共和国国务院": "国务院", "国务院": "国务院",
             "中央人民政府": "中央人民政府", "中华人民共和国中央人民政府": "中央人民政府"}
_UNIT = r"(?:自治区|自治州|自治县|特别行政区|新区|省|市|区|县|旗)"
_UNIT_RE = re.compile(rf"[\u4e00-\u9fff]+?{_UNIT}")
_HEAD_CHARS = 3000
_DATE_RE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
_OFFICE = (r"(?:总理|代理主席|主席|代理省长|代省长|省长|代理市长|代市长|市长|"
           r"代理区长|代区长|区长|代理县长|代县长|县长)")
_SPEAKER_RE = re.compile(
    rf"({_OFFICE})[ \n]*(?!各位)([\u4e00-\u9fff·]{{2,4}}?)"
    r"(?=$|\n|在|代表|各位|作|向|[，。（(])", re.M)  # not the greeting 各位代表 after an office
_SPEAKER_GOV_RE = re.compile(rf"([\u4e00-\u9fff]{{2,20}}?)(?:人民政府)?{_OFFICE}")
_DELEGATE_RE = re.compile(
    r"我代表([\u4e00-\u9fff]{0,20}?)(?:第[一二三四五六七八九十]+届)?(?:人民政府|政府)")
# A day without its year, as a news summary dates the meeting ("在2月5日召开的…会议上", 满城
# 2021): its year is the title's (session 69).
_DAY = r"(\d{1,2})月(\d{1,2})日(?:召开|举行|开幕)的"
_DAY_RE = re.compile("在" + _DAY)
_MEETING_RE = re.compile(rf"在(?:{_DAY})?([\u4e00-\u9fff]{{2,60}}?(?:会议|大会))上")
_MEETING_PLACE_RE = re.compile(rf"^([\u4e00-\u9fff]+?{_UNIT})第[一二三四五六七八九十]+届")
_TITLE_RE = re.compile(r"^(?:\d{4}年)?([\u4e00-\u9fff]{2,20}?)(?:\d{4}年)?(?:人民)?政府工作报告")
_CN_YEAR = re.compile(r"([一二三四五六七八九〇零]{4})年")
_YEAR = r"((?:19|20)\d{2})年"  # a year written in digits, captured
_CN_DIGIT = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0"}


@dataclass(frozen=True)
class Metadata:
    """What a report is: what its text states about itself (``read_metadata``), or what
    a catalogue entry states of it (``catalog.Report`` derives from this class); "" or
    None where it does not say."""

    title: str = ""
    government: str = ""
    level: str = ""
    report_year: int | None = None
    year_reviewed: int | None = None
    date: str = ""
    speaker: str = ""
    office: str = ""
    meeting: str = ""


def government_key(name: str | None) -> str:
    """The government as one name, however written: its lowest unit and 人民政府; the
    one key by which reports are told apart or paired (the catalogue's word against
    the text's, a series' years, outcomes). "" for a missing name.

    >>> government_key("保定市清苑区人民政府") == government_key("清苑区人民政府")
    True
    >>> government_key("中华人民共和国国务院"), government_key("河北省政府")
    ('国务院', '河北省人民政府')
    >>> government_key("唐县") == government_key("高唐县人民政府")
    False
    """
    name = re.sub(r"\s", "", name or "")
    if name in _NATIONAL:
        return _NATIONAL[name]
    place = _without_government(name)
    units = _UNIT_RE.findall(place)
    if not units:
        return name
    last = units[-1]
    if last in ("区", "县", "市") and len(units) > 1:
        last = units[-2] + last  # "蠡县" split as ("蠡县",) is whole; a lone unit char is not
    return f"{last}人民政府"


def _without_government(name: str) -> str:
    return re.sub(r"(?:人民)?政府$", "", name)


def is_national(name: str | None) -> bool:
    """Is the government named ``name`` the State Council (国务院, 中央人民政府, however
    written)? The one list of its names (session 68: ``areas`` had a second)."""
    return government_key(name) in _NATIONAL.values()


def government_place(name: str | None) -> str:
    """The place a government named ``name`` governs: its ``government_key`` without 人民政府
    or 政府 ("保定市清苑区人民政府" → "清苑区"; "" for a missing name). Session 68: the one
    strip of 人民政府, which ``areas`` did again."""
    return _without_government(government_key(name))


def _place(raw: str) -> str:
    """The place name in a phrase such as "会议上安国市" or "保定市满城区"."""
    raw = re.sub(r"^.*?(?:会议|大会)上|^.*?\d{1,2}日|^[在于]", "", raw)
    units = _UNIT_RE.findall(raw)
    return "".join(units) if units and "".join(units) == raw else (units[-1] if units else "")


def _level(government: str, text: str) -> str:
    if is_national(government):
        return "national"
    place = government_place(government)
    if not place:
        return ""
    if place.endswith(("省", "自治区", "特别行政区")) or place in _PROVINCIAL_CITIES:
        return "provincial"
    if place.endswith(("县", "旗", "自治县")):
        return "county"
    if place.endswith(("区", "新区")):
        return "district"
    if place.endswith("市"):
        # A city with counties under it says so ("各县（市、区）"); a county-level city
        # (安国市, 县级市) speaks only of its townships.
        below = (r"县[（(]市[、，]?区[)）]|县（区）|各县区|县区|区县|县市区|每个县|各区(?!域)|"
                 r"\d+个区|主城区|市辖区")
        return "municipal" if re.search(below, text) else "county"
    return "municipal"


def _cn_year(digits: str) -> int:
    return int("".join(_CN_DIGIT[c] for c in digits))


# The name before the office in a delivery line: "——2025年1月15日龚正市长在上海市第十六届…"
# (Shanghai 2025; session 70): the office right after a date and before 在.
_SPEAKER_AFTER_DATE_RE = re.compile(rf"\d{{1,2}}日([\u4e00-\u9fff]{{2,3}})({_OFFICE})在")


def _speaker(head: str) -> tuple[str, str]:
    """The speaker's name and office: the name after the office ("市长 龚正", "省长李强
    在…"), else before it right after the date of a delivery line ("1月15日龚正市长在…");
    ("", "") when neither."""
    if m := _SPEAKER_RE.search(head):
        return m.group(2).removesuffix("同志"), m.group(1)
    if m := _SPEAKER_AFTER_DATE_RE.search(head):
        return m.group(1).removesuffix("同志"), m.group(2)
    return "", ""


def _unit(text: str) -> str:
    """The unit a text speaks of itself as, when it does not name itself: 县 in
    "我代表县人民政府", else the one of "全县/我县/本县" (区, 市, 省 alike) it says most, five
    times at least and twice as often as any other; "" when it says neither."""
    if m := re.search(r"我代表(县|区|市|省)(?:人民)?政府", text[:_HEAD_CHARS * 2]):
        return m.group(1)
    said = Counter(re.findall(r"[全我本](县|区|市|省)", text)).most_common(2)
    if said and said[0][1] >= 5 and (len(said) == 1 or said[0][1] >= 2 * said[1][1]):
        return said[0][0]
    return ""


def _own_place(text: str) -> str:
    """The place a text that calls itself only "县"/"全县" names elsewhere, or "".

    First a name with that unit that heads its institutions at least three times
    (清苑县委, 容城县人民政府, 县人大 aside). Failing that, the name it thanks people for
    caring about ("向关心支持清苑发展的各界朋友") or holds up as a whole ("和谐清苑",
    "平安容城", "魅力承德"): the one named so most often, provided the thanks name it or
    the text also writes it with its unit (清苑县) somewhere. The rules were read off the
    Baoding county texts of ../shared/corpus-counties whose greeting says only
    "我代表县政府"; a text that never names its place gives "".
    """
    unit = _unit(text)
    if not unit:
        return ""
    stop = r"[全本我各该外级强省市县区两三四五六七八九十一是和的府在为与]"
    heads = Counter(k for k in re.findall(
        rf"([\u4e00-\u9fff]{{1,3}}?{unit})(?=委|人民政府|人大|政协|第[一二三四五六七八九十]+届)",
        text) if not re.search(stop, k[:-1]))
    if heads and heads.most_common(1)[0][1] >= 3:
        return heads.most_common(1)[0][0]
    flat = re.sub(r"\s+", "", text)  # a cue broken over a printed line still counts
    name = r"([\u4e00-\u9fff]{2,3}?)"
    thanked = Counter(re.findall(
        rf"关心(?:和|、)?(?:支持)?(?:和支持)?{name}(?:经济社会|的)?(?:发展|建设)", flat))
    held = Counter(re.findall(
        rf"(?:和谐|平安|魅力|美丽|秀美|富强|幸福|诚信|全景|现代化){name}(?=[，。、；！”]|建设)",
        flat))
    score = Counter({k: 3 * n for k, n in thanked.items()}) + held
    ranked = [(k, n) for k, n in score.most_common()
              if not re.search(stop, k.removesuffix(unit))]
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return ""
    place = ranked[0][0]
    whole = place if place.endswith(unit) else place + unit
    return whole if place in thanked or whole in flat else ""


def _government(head: str, title: str, meeting: str, doc: Document, given: str = "") -> str:
    """The delivering government: from the speaker's office, the greeting, the meeting,
    the text's own ``title``, a scraper's 发文单位, the place the text names elsewhere
    (``_own_place``), and only then a title ``given`` beside the text: the first that names
    a place. Session 73, tester: the Baoding workbook's 报告标题 "保定市清苑区2008年政府工作
    报告" (a later cataloguer's label; 清苑 became a district in 2015) placed a text saying
    清苑县 as a district, as a file name would have."""
    if re.search(r"我代表(?:中华人民共和国)?国务院|国务院总理", doc.text[:_HEAD_CHARS * 2]) \
            or "国务院" in title:
        return "国务院"
    if re.search(r"我代表中央人民政府", doc.text[:_HEAD_CHARS * 2]):
        return "中央人民政府"
    candidates = []
    # A date glued to the speaker's line ("2025年1月14日海南省人民政府省长") is no name.
    if m := _SPEAKER_GOV_RE.search(re.sub(r"\d{4}年\d{1,2}月\d{1,2}日", "\n", head)):
        candidates.append(_place(m.group(1)))
    if m := _DELEGATE_RE.search(doc.text[:_HEAD_CHARS * 2]):
        candidates.append(_place(m.group(1)))
    if m := _MEETING_PLACE_RE.match(meeting):
        candidates.append(_place(m.group(1)))
    if m := _TITLE_RE.match(title):
        candidates.append(_place(m.group(1)))
    candidates.append(doc.fields.get("government", ""))
    candidates.append(_own_place(doc.text))
    if m := _TITLE_RE.match(given):
        candidates.append(_place(m.group(1)))
    for c in candidates:
        if c and c not in ("省", "市", "区", "县", "自治区", "自治州", "自治县"):
            return government_key(c + "人民政府")
    return ""


# The columns or fields that carry a report's title outside its text: a web page's <title>,
# a scraper's 标题, a spreadsheet's 报告标题 (the Baoding workbook; session 70, tester: 易县 2019
# had no title though its row gave one).
_TITLE_FIELDS = ("title", "标题", "报告标题", "报告名称", "文章标题")


def _own_title(st: Structure) -> str:
    """The report's title as its text gives it: the first line when it names the report
    with its year or government (as the text has always been read), else the fullest title
    line of the title block, else ""."""
    if "政府工作报告" in st.title and len(st.title) > 6:
        return st.title
    lines = [line for line in st.text.split("\n")[:6] if "工作报告" in line and len(line) <= 40
             and "。" not in line]
    return max(lines, key=len) if lines else ""


def _given_title(doc: Document) -> str:
    """A title given beside the text (``_TITLE_FIELDS``: a spreadsheet's 报告标题), "" when
    none is. Another hand's label: it titles a text that has no title of its own, but
    places and dates it only where the text does not (``_government``, ``_years``)."""
    given = next((str(doc.fields[k]) for k in _TITLE_FIELDS if str(doc.fields.get(k) or "")
                  .strip() not in ("", "None", "nan")), "")
    return re.sub(r"\s", "", given)


def _title(own: str, given: str) -> str:
    """The report's title: its own (``_own_title``) when that is more than a bare
    "政府工作报告", else the one given beside it, else the bare one or ""."""
    return given if len(own) <= 6 and given else own


def _years(st: Structure, title: str, date: str, given: str = ""
           ) -> tuple[int | None, int | None]:
    """(report year, year reviewed): from the date delivered, the text's own ``title``,
    the review's heading, the plan's, the year whose work is proposed, the years opening
    statements; a title ``given`` beside the text only when the text dates nothing."""
    # The date the report was delivered is its own word; a title may be a scraper's.
    year = int(date[:4]) if date else None
    if year is None and (m := re.search(r"(\d{4})年", title)):
        year = int(m.group(1))
    review = next((p for p in st.parts if p.role == "review"), None)
    reviewed = None
    if review and (m := re.match(r"^(\d{4})年", review.title)):
        reviewed = int(m.group(1))
    elif review and (ys := re.findall(_YEAR, review.title)):
        reviewed = max(map(int, ys))  # "关于2014年政府工作", "过去五年（2009年至2013年）…" (s66)
    if year is None and reviewed is not None:
        year = reviewed + 1
    plan = next((p for p in st.parts if p.role == "plan"), None)
    if year is None and plan and (ys := re.findall(_YEAR, plan.title)):
        year = min(map(int, ys))  # "2015年经济社会发展的任务目标和重点工作" (session 66)
    if year is None and (m := re.search(_YEAR + r"的?工作提出(?:建议|意见)", st.text)):
        year = int(m.group(1))  # "对今后五年和2012年的工作提出建议"
    if year is None:
        # No title, date or dated review (the 1954 report, a county text that opens with
        # its review): the latest year that opens a statement of results at least twice
        # ("2016年，全县生产总值…", "一九五三年，…") is the year reviewed.
        opened = Counter(int(y) for y in re.findall(r"(?:^|[。；！\n])" + _YEAR + "[，是]",
                                                    st.text, re.M))
        opened.update(_cn_year(y) for y in re.findall(
            r"(?:^|[。；！\n])" + _CN_YEAR.pattern + "[，是]", st.text, re.M))
        often = [y for y, n in opened.items() if n >= 2]
        # "一九五四年預計…": the year the report speaks in, estimating its results.
        current = [_cn_year(y) for y in re.findall(_CN_YEAR.pattern + "预计", st.text)]
        current += [int(y) for y in re.findall(_YEAR + "预计", st.text)]
        past = re.search("过去的" + _YEAR, st.text)  # "刚刚过去的2016年"
        if current and Counter(current).most_common(1)[0][1] >= 2:
            year = Counter(current).most_common(1)[0][0]
        elif past or often:
            reviewed = reviewed or (int(past.group(1)) if past else max(often))
            year = reviewed + 1
    if year is None and (m := re.search(r"(\d{4})年", given)):
        year = int(m.group(1))
    if reviewed is None and year is not None:
        reviewed = year - 1
    return year, reviewed


def read_metadata(doc: Document, st: Structure) -> Metadata:
    """Read a report's metadata from its text (see the module docstring for where)."""
    head = st.text[: st.parts[1].start if len(st.parts) > 1 else _HEAD_CHARS][:_HEAD_CHARS]
    own, given = _own_title(st), _given_title(doc)
    title = _title(own, given)
    date = ""
    if m := _DATE_RE.search(head):
        date = f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    elif (m := _DAY_RE.search(head)) and (y := re.search(_YEAR, own or given)):
        date = f"{int(y.group(1)):04d}-{int(m.group(1)):02d}-{int(m.group(2)):02d}"
    meeting = m.group(3) if (m := _MEETING_RE.search(head)) else ""
    government = _government(head, own, meeting, doc, given)
    year, reviewed = _years(st, own, date, given)
    speaker, office = _speaker(head)
    return Metadata(title=title, government=government, level=_level(government, st.text),
                    report_year=year, year_reviewed=reviewed, date=date,
                    speaker=speaker, office=office, meeting=meeting)


def field_names() -> tuple[str, ...]:
    """The metadata fields, in table order."""
    return tuple(f.name for f in fields(Metadata))
