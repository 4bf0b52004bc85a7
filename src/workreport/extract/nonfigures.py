"""Numbers that are not figures: dates, ordinals, names, codes, grades, list markers.

``non_figure`` classifies one digit run by the words around it, which are data in
``vocab/nonfigures.yml`` (第…届, …年代, 世界500强, 6号线, 4A级, 10分钟服务圈 …).
"""

from __future__ import annotations

import bisect
import re
from functools import cache, lru_cache

from workreport.extract.nonfiguregloss import GLOSSARY_HEADING
from workreport.extract.nonfigureown import capacities, later_non_figure, rated_name
from workreport.extract.numerals import cn_int
from workreport.extract.units import unit_names
from workreport.vocab import alternation
from workreport.vocab import load as vocab

__all__ = ["NOTE_MARK", "alternation", "classifiers", "definitions", "glued_marker", "inside",
           "non_figure", "quoted_spans"]


def _latin_units() -> list[str]:
    """The units of ``vocab/units.yml`` written in Latin letters (EFlops, PF, P)."""
    return [u for u in unit_names() if re.match(r"[A-Za-z]", u)]


@cache
def classifiers(only: str = "") -> str:
    """A regex of the classifiers that count things or people after a number, the one source
    of count patterns: ``units.count`` and ``units.people`` of ``vocab/units.yml`` (个, 家,
    所, 名 …); a pattern that takes only some names them in ``only`` ("个家所名"), each one
    of those units (a ValueError otherwise)."""
    words = list(unit_names("count", "people"))
    if not set(only) <= set(words):
        raise ValueError(f"not a classifier of units.count or units.people: {only}")
    return f"(?:{alternation(list(only) or words)})"


@cache
def glued_marker() -> re.Pattern[str]:
    """A list number at a line start glued to a year or to a whole count in a unit of things
    or people ("14.2025年", "8.8个“在全省率先”：": item 8, then 8个; a count is no decimal)."""
    return re.compile(rf"\d{{1,3}}(?=[.．](?:\d{{4}}年|[1-9]\d{{0,5}}{classifiers()}"
                      r"(?!百分点|月)))")


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    nf = vocab("nonfigures")
    date_after = alternation(nf["date_after_year"] + nf["date_after"])
    radius = "|".join(rf"{re.escape(u)}\S{{0,{n}}}?{re.escape(nf['radius_end'])}"
                      for u, n in nf["radius_units"].items())
    return {
        "date_after": re.compile(rf"(?:{date_after}|{re.escape(nf['date_day'])}(?!线))"),
        "year_after": re.compile(rf"[-－—~～至到]?\d{{0,4}}年|[-－—~～至到]\d{{4}}|"
                                 rf"{alternation(nf['year_after'])}"),
        "radius": re.compile(radius),
        "range": re.compile(nf["range_distance"]),
        # A unit written in Latin letters (15EFlops, 2000PF) is a unit, not part of a code.
        "latin_unit": re.compile(rf"(?:{alternation(_latin_units())})(?![A-Za-z])"),
        "size_class": re.compile(rf"(?:{alternation(nf['size_class_magnitudes'])})"
                                 rf"(?:{alternation(nf['size_class_after'])})"),
        "package": re.compile(rf"{re.escape(nf['package_unit'])}(?P<list>{nf['package_list_next']})"
                              rf"[\u4e00-\u9fff]{{0,4}}?"
                              rf"(?:{alternation(nf['package_nouns'])})"),
        # round 64 review (v1): a list of packages only after a verb issuing them
        "package_verb": re.compile(rf"(?:{alternation(nf['package_list_verbs'])})"
                                   rf"(?:\d+{re.escape(nf['package_unit'])}[、和及与])*$"),
    }


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans inside “…”, 「…」, 《…》 and "…" up to 30 characters: names, not figures."""
    spans = []
    for m in re.finditer(r"“[^“”\n]{1,30}”|「[^」\n]{1,30}」|《[^》\n]{1,40}》|\"[^\"\n]{1,30}\"",
                         text):
        spans.append((m.start(), m.end()))
    return spans


def inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Is ``pos`` strictly inside one of the sorted, non-overlapping ``spans``?"""
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] < pos < spans[i][1]


_YEAR_RANGE = re.compile(r"[-－—~～至到]\d{2,4}年")

# A footnote mark after a word ("专精特新[6]", "工程〔7〕"): a note's number, no digit of a label
# (the one pattern ``labelpicked``, ``labelqualify`` and ``labelfrags`` drop from their text).
NOTE_MARK = re.compile(r"[\[〔［【]\d{1,2}[\]〕］】]")  # 【】: round 31 (rt)


# "10个常态化〔37〕、30项防控措施", "“十个常态化”30项措施": a policy named by the counts
# of its parts, a footnote mark of any bracket (``NOTE_MARK``) after them
# ("“十个常态化”[20]30项措施").
# round 85 (n1): 和 between, 举措 for 措施 ("“十个常态化”[27]和30项举措")
_PARTS = (rf"(?:\d+|[一二两三四五六七八九十]+)个[^\d，。；]{{1,6}}?(?:{NOTE_MARK.pattern})?"
          r"(?:、|和)?")
# round 85 review (q1): 举措 only after a quoted name or its note mark (not 出台10个意见和30项举措)
_QUOTED = rf"(?:\d+|[一二两三四五六七八九十]+)个[^\d，。；]{{0,5}}?(?:”|{NOTE_MARK.pattern})"
_POLICY_COUNT = re.compile(rf"{_PARTS}\d+项[^\d，。；]{{0,4}}措施|{_QUOTED}"
                           rf"(?:{NOTE_MARK.pattern})?(?:、|和)?\d+项[^\d，。；]{{0,4}}举措")


_COUNT_BEFORE = re.compile(rf"{_PARTS}$")


def _count_before(text: str, start: int) -> int:
    """Where the "N个…" of a policy count starts, if the number at ``start`` is its "M项"."""
    m = _COUNT_BEFORE.search(text[max(0, start - 16):start])
    return max(0, start - 16) + m.start() if m else start


# "解决三个1亿人问题", "资助率实现了两个100%": a Chinese count of Arabic-numbered things is a
# slogan; "第二个50万辆整车项目" is not.
_SLOGAN_COUNT = re.compile(r"(?<!第)[一二两三四五六七八九十]个$")
_LIST_MARK = re.compile(r"[.．、)）]")
_GRADE = re.compile(r"[A-Za-z]*级")
_GRADE_SHORT = re.compile(r"[A-Za-z]?级")
_GRADE_LATIN = re.compile(r"[A-Za-z]级")
_MONTH_DAY = re.compile(r"·\d")
_YEAR = re.compile(r"\d{4}$")
_LATIN = re.compile(r"[A-Za-z]")


@cache
def _starts() -> dict[str, tuple[str, ...]]:
    """The word lists of ``vocab/nonfigures.yml`` that a number's neighbours start with."""
    nf = vocab("nonfigures")
    return {k: tuple(nf[k]) for k in ("ordinal_after", "grade_after", "name_after",
                                      "name_after_except")}


@cache
def _annex() -> re.Pattern[str]:
    """An annex word straight before a number (``annex_before``: 附件2名词解释, 附表 3)."""
    return re.compile(rf"(?:{alternation(vocab('nonfigures')['annex_before'])})\s*$")


def non_figure(text: str, start: int, end: int, quoted: list[tuple[int, int]],
                line_start: bool) -> tuple[str, str] | None:
    """Classify a number that is not a figure, or return None if it may be one."""
    nf = vocab("nonfigures")
    starts = _starts()
    pat = _patterns()
    tok = text[start:end]
    before = text[max(0, start - 2):start]
    after = text[end:end + 4]
    prev = before[-1:] if before else ""
    nxt = after[:1]
    if line_start and _LIST_MARK.match(nxt) and len(tok) <= 2:
        return "marker", "list number at the start of a line"
    if prev in "（(" and nxt in ")）" and len(tok) <= 2:
        return "marker", "bracketed list number"
    if _GRADE.match(after) and _GRADE_SHORT.match(after):
        return "grade", "grade or magnitude scale (4A级, 6.8级)"
    if pat["size_class"].match(after):
        return "grade", "class of size (200亿级产业集群, 十亿元级企业)"
    if _MONTH_DAY.match(after) or text[max(0, start - 2):start][-1:] == "·":
        return "date", "event named by month·day (6·9)"
    if inside(start, quoted):
        return "name", "inside quotation marks or a title"
    if _annex().search(text, max(0, start - 6), start):
        return "ordinal", "number of an annex heading (附件2, 附表3：…)"
    if prev in nf["ordinal_before"] or after.startswith(starts["ordinal_after"]):
        return "ordinal", "ordinal (第…, …届, …周年)"
    if text[max(0, start - 2):start] == nf["streak_before"] \
            and after.startswith(tuple(nf["streak_after"])):
        return "duration", "length of a streak (连续8个季度)"
    if after.startswith(nf["decade_after"]):
        return "date", "decade (70年代)"
    if prev == nf["articles_before"] and after.startswith(nf["articles_after"]):
        return "name", "policy named by its number of articles (新36条)"
    is_year = _YEAR.match(tok) and 1900 <= int(tok) <= 2100
    if is_year and pat["year_after"].match(after):
        return "date", "year"
    if pat["date_after"].match(after) and "." not in tok:
        if after.startswith("年") and not _YEAR.match(tok):
            return "duration", "a number of years (a period, not a measured amount)"
        return "date", "date or period"
    if _YEAR_RANGE.match(after) and _YEAR.match(tok):
        return "date", "year range"
    if _LATIN.match(nxt) and _GRADE_LATIN.match(after):
        return "grade", "grade such as 4A级"
    if after.startswith(nf["voltage_after"]) and not after.startswith(nf["voltage_after_except"]):
        return "grade", "voltage class (110千伏变电站)"
    if nxt == "级" or after.startswith(starts["grade_after"]):
        return "grade", "grade or magnitude scale (…级)"
    if _LATIN.match(prev) or (_LATIN.match(nxt) and not pat["latin_unit"].match(text, end)):
        return "code", "part of a code or name with Latin letters (4G, PM2.5, M2)"
    if nxt in "°℃":
        return "name", "degrees in a name (30°街吧)"
    if after.startswith(nf["line_after"]):
        return "code", "line number of a metro or rail line (6号线)"
    if len(tok) == 3 and text[max(0, start - 3):start].rstrip().endswith(
            tuple(nf["road_before"])) and not after.startswith(tuple(nf["road_not_after"])):
        return "code", "road number after its class (省道227)"
    if after.startswith(starts["name_after"]) \
            and not after.startswith(starts["name_after_except"]):
        return "name", "part of a name (世界500强)"
    if prev == "+" or nxt == "+":
        return "name", "formula-style name (1+3)"
    if _SLOGAN_COUNT.search(text, max(0, start - 3), start):
        return "name", "slogan counting numbered things (三个1亿人, 两个100%)"
    if _POLICY_COUNT.match(text, start) or _POLICY_COUNT.match(text, _count_before(text, start)):
        return "name", "counts in a policy's name (10个常态化30项措施)"
    if (m := pat["package"].match(text, end)) and (not m.group("list") or pat[
            "package_verb"].search(text, max(0, start - 30), start)):  # round 64 (z2, v1): a list
        return "name", "policy package named by its count (18条措施)"
    if pat["radius"].match(after + text[end + 4:end + 8]):
        return "name", "named service radius (10分钟服务圈)"
    if pat["range"].match(text, end):  # round 84 (x6)
        return "name", "a distance naming the range a measure covers (两岸1000米范围内)"
    return _round14(text, start, end, nf)


# round 85 (n1): a bracketed alias of the unit may stand between ("每1位名校长（校长导师）带领10位")
_PER_REST = re.compile(r"[^，。；：、\d\n]{1,8}"
                       r"(?:[（(][^）)\n]{1,8}[）)][^，。；：、\d\n]{0,4})?\d")


def _round14(text: str, start: int, end: int, nf: dict) -> tuple[str, str] | None:
    """The non-figures of round 14 (issue 13, the audit's "not a figure"; words in
    ``vocab/nonfigures.yml``): a count of aspects (9个方面), a count of a programme named with
    its years (3个“三年行动”), a speed class before a noun (时速250公里城际列车), the base
    of a rate per so many (每10万人45台: 10万人) and the digits of a programme's name
    explained after 即 (“1530”工程，即1个名校长团队培养5个校长学员)."""
    after = text[end:end + 8]
    if after.startswith(tuple(nf["aspect_after"])):
        return "name", "count of the aspects a report lists (9个方面的工作)"
    if re.match(nf["programme_count"], after):
        return "name", "count of a programme named with its years (3个“三年行动”)"
    if rated_name(text, start, end):
        return "grade", "speed class naming a thing (时速250公里城际列车)"
    if text[start - 1:start] == nf["per_before"] and _PER_REST.match(text, end):
        return "grade", "base of a rate per so many (每10万人45台)"
    if _EXPLAINED.search(text, max(0, start - 40), start):
        return "name", "digits of a programme's name explained (“1530”工程，即1个…)"
    return _round15(text, start, end, nf)


_CJK = re.compile(r"[\u4e00-\u9fff]")


def _round15(text: str, start: int, end: int, nf: dict) -> tuple[str, str] | None:
    """The non-figures of round 15 (issue 13, the audit's "not a figure"; words in
    ``vocab/nonfigures.yml``): a package of 实事 named by its size (办好10件实事: 10),
    a count of criteria checked against (对照退出6项指标: 6) and a capacity inside a
    project's name (兰州石化120万吨乙烯改造项目: 120)."""
    units = alternation(nf["package_affair_units"])
    package = re.match(rf"({units}){nf['package_affair_noun']}", text[end:end + 3])
    # "20项民生实事，已完成16项": a package whose done part is counted after it is a count.
    rest = re.split(r"[。！？\n]", text[end + 1:end + 120])[0]
    if package and not re.search(rf"\d{re.escape(package.group(1))}", rest):
        return "name", "package of 实事 named by its size (办好10件实事)"
    clause = re.split(r"[，。；：、\n]", text[max(0, start - 20):start])[-1]
    if nf["criteria_before"] in clause \
            and re.match(rf"[项个][^，。；\d]{{0,6}}?{nf['criteria_noun']}", text[end:end + 9]):
        return "name", "count of criteria checked against (对照退出6项指标)"
    ranking = rf"(?:{alternation(nf['ranking_units'])})(?:、[^。；，\n]{{1,16}}?)*?等" \
              rf"[一二三四五六七八九十两\d]{{0,2}}[张个项类]?(?:{alternation(nf['ranking_nouns'])})"
    if re.match(ranking, text[end:end + 60]):
        return "name", "name of a ranking list (研发投入500家、…等五张榜单)"
    if re.search(nf["plan_tasks_before"] + "$", text[max(0, start - 16):start]) \
            and re.match(nf["plan_items_after"], text[end:end + 8]):
        return "name", "items of a plan after its N大 tasks (十大重点任务、56项具体行动)"
    prev = text[start - 1:start]
    capacity = rf"{capacities(nf['capacity_units'], '级?')}" \
               rf"[^，。；：、\d的]{{1,8}}?(?:{alternation(nf['capacity_projects'])})"
    if _CJK.match(prev) and prev not in nf["capacity_not_after"] \
            and not text[max(0, start - 3):start].endswith(tuple(nf["capacity_not_after_words"])) \
            and re.match(capacity, text[end:end + 48]):
        return "name", "capacity inside a project's name (兰州石化120万吨乙烯改造项目)"
    return _round17(text, start, end, nf)


def _round17(text: str, start: int, end: int, nf: dict) -> tuple[str, str] | None:
    """The non-figures of round 17 (the audit's "not a figure"): a count of the points a
    report then lists after a colon (做到6个“始终坚持”…：一是…) and a class in 万吨 (a ship's,
    a berth's: 20万吨级集装箱码头)."""
    rest = re.split(r"[。！？\n]", text[end:end + 80])[0]
    if re.match(nf["points_after"], rest) and nf["points_listed"] in rest:
        return "name", "count of the points a report lists (做到6个“始终坚持”：一是…)"
    if re.match(nf["tonnage_class"], rest):
        return "grade", "class in tons of a ship or a berth (20万吨级集装箱码头)"
    if re.match(nf["size_class"], rest):
        return "grade", "threshold naming villages by their size (30户以上自然村)"
    return _round20(text, start, end)


# A note's entry: its marker, then the term it explains up to a colon ("〔25〕十百千工程：",
# "12.乡村振兴“十百千”工程：", "[5]6个100%："); a dotted marker or （3） only in a glossary.
_NOTE = re.compile(r"(?:(?P<bracket>\[\d{1,3}\]|〔\d{1,3}〕|【\d{1,3}】)"
                   r"|\d{1,3}[.．、]|[（(]\d{1,2}[)）])\s*(?P<term>[^：:。；\n]{1,24}?)[：:]")
# A programme's numbered make-up written after 即 and explained after a colon: "甲行动计划：
# 即1园2馆3中心：1个植物园、2个博物馆、3个中心" (the make-up's digits, not figures).
_MAKE_UP = re.compile(r"即((?:\d{1,2}[\u4e00-\u9fff]{1,3}){2,})[：:][^。；\n]*$")
_CN_NUMERAL = re.compile(r"[一二两双三四五六七八九十百千万]+")


@lru_cache(maxsize=4)  # one report at a time: not every text of a batch kept
def _glossary_from(text: str) -> int:
    """Where a report's glossary (名词解释, 名词注释) opens, or the text's length."""
    m = GLOSSARY_HEADING.search(text)
    return m.start() if m else len(text)


def _numerals(words: str) -> set[int]:
    """The numbers a name is made of: its digit runs and every piece of them ("1530": 1, 5,
    30, 153 …), and its Chinese numerals, whole and one by one (十百千: 10, 100, 1000;
    六纵六横一环: 6, 1; 双填双破: 2)."""
    out: set[int] = set()
    for run in re.findall(r"\d+", words):
        out |= {int(run[i:j]) for i in range(len(run)) for j in range(i + 1, len(run) + 1)}
    runs = list(_CN_NUMERAL.finditer(words.replace("双", "两")))
    for m in runs:  # not a numeral inside a name alone: 新六育肥猪场 (of 新希望六和)
        if len(runs) == 1 and m.start() and words[m.start() - 1] not in "“、":
            continue
        run = m.group(0)
        for piece in (run, *run):
            try:
                out.add(cn_int(piece))
            except ValueError:
                continue
    return out


def _round20(text: str, start: int, end: int) -> tuple[str, str] | None:
    """Round 20 (part V, the audit's "not a figure"): a size naming places (城区人口超50万县,
    ``nonfigures.place_size_*``) and the numbers of a note's entry that
    make up the term it explains, in the term ("[5]6个100%：", "8.8个“在全省率先”：") or in
    the explanation, named by the term or by a make-up after 即 ("〔25〕十百千工程：…10名
    …100名…1000名…", "20.六纵六横一环：…6条…6条…1条", "即1园2馆3中心：1个植物园…")."""
    nf = vocab("nonfigures")
    if text[max(0, start - 2):start].endswith(tuple(nf["place_size_before"])) \
            and re.match(nf["place_size_after"], text[end:end + 8]):
        return "grade", "threshold naming places by their size (城区人口超50万县)"
    tok = text[start:end]  # a whole number as written: not 6万头 for the 六 of a name
    value = int(tok) if tok.isdigit() and text[end:end + 1] not in "万亿千百." else None
    line = text.rfind("\n", 0, start) + 1
    note = _NOTE.match(text, line)
    if note and start >= note.start("term") \
            and (note.group("bracket") or line > _glossary_from(text)):
        if start < note.end("term"):
            return "name", "count in the term a note explains (〔7〕3个农村垃圾转运站：…)"
        colon = max(text.rfind("：", line, start), text.rfind(":", line, start))
        if value is not None and value in _numerals(text[note.start("term"):colon]):
            return "name", "number of a programme's name explained in a note (十百千工程：10名…)"
    make_up = _MAKE_UP.search(text, max(line, start - 60), start)
    if make_up and value is not None and value in _numerals(make_up.group(1)):
        return "name", "number of a programme's make-up explained (即1园2馆3中心：1个…)"
    return _round21(text, start, end)


def _round21(text: str, start: int, end: int) -> tuple[str, str] | None:
    """Round 21: a programme's make-up written as prose, a rule per unit and not an outcome
    (the audit's "not a figure"): the count a pairing or staffing verb gives each unit
    (``nonfigures.per_unit_rule``: "每个村配备1名网格员", "每名党员联系10户群众", "每1名名校长
    带动10名骨干教师", whose 1 is a rate's base already); not a rate per head (每万人拥有医生
    3.2人) nor a count a place is to reach (每个县市区至少引进1个外资项目, 每个乡镇打造2个
    示范村: figures with their scope)."""
    clause = re.split(r"[，。；：:\n]", text[max(0, start - 30):start])[-1]
    if re.search(vocab("nonfigures")["per_unit_rule"] + "$", clause):
        return "name", "count a programme's rule gives each unit (每个村配备1名网格员)"
    return later_non_figure(text, start, end)  # round 24 (nonfigureown)


# A programme named by digits, then 即 and what the digits stand for, in one clause run:
# "教育“1530”工程，即1个名校长团队培养5个校长学员" (the numbers after 即 explain the name).
_EXPLAINED = re.compile(r"“\d(?:、?\d){1,5}”[^“”。；\n\d]{0,10}?[，：:]?即[^。；\n]*$")


# A glossary entry (名词解释) or footnote that defines a named policy: "[18]“1530”工程：即1个
# 名校长团队培养5个校长学员…", "〔37〕“走遍阜平”…：", "19.[六个百分之百]指…".
# A name unquoted defines too when 即 or 指 follows its colon: "[10]三名工程：即名师、名校、
# 名校长", "〔5〕三深化、三提升：指深化…20项民心工程…" (round 17).
_DEFINITION = re.compile(r"(?:\[\d{1,3}\]|〔\d{1,3}〕|【\d{1,3}】|\d{1,3}[.．、])\s*"
                         r"(?:(?:“[^”\n]{1,20}”|\[[^\]\n]{1,20}\]|【[^】\n]{1,20}】)"
                         # round 64 (z2): or a comma then 指 after an alias ("15.[“克重化”
                         # 管理]也称“以克论净”，指…1平方米的道路"; review v1: only an alias's
                         # 也称/又称…, not "2.“河长制”全面落实，指导…完成河道清理120公里")
                         r"(?:[^：:。，\n]{0,12}?|[^：:。，\n]{0,6}?[也又亦简俗或]称[^：:。，\n]{1,12}?，"
                         r"(?=是?指))\s*(?:[：:]|即|指|是指)"
                         r"|[^：:。，“”\n\d]{1,12}?[：:]\s*(?:即|指|是指)"
                         # a note in brackets listing what a count of the text names: "〔7〕3个
                         # 农村垃圾转运站：某村、…" (round 17; not a standard's "[5]6个100%：…")
                         r"|(?<=[\]〕】])[^：:。，“”\n]{0,6}\d[^：:。，“”\n%]{0,8}[\u4e00-\u9fff][：:])")


def definitions(text: str, paragraphs) -> list[tuple[int, int]]:
    """Spans of the paragraphs that define a named policy: their numbers describe the name
    ("1个名校长团队培养5个校长学员"), they are not figures the report states."""
    return [(p.start - 1, p.end) for p in paragraphs
            if _DEFINITION.match(text, p.start)]
