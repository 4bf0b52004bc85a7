"""Owners and fragments of labels, round 24 (part E; the seed-9001 development draw's "owner lost"
and "fragment" rows), the last rules ``labelfrags.mending`` applies:

- a bare measure whose owner the clause before names (``cues.owner_before_measures``:
  "持续加大民生投入，累计支出27.2亿元" → 民生支出, "保障粮食安全，年产量…" → 粮食年产量);
- a bare rate of the verb of the count before: "累计容缺化解居民住宅“办证难”23万户，化解率
  94%" → 居民住宅“办证难”化解率; a bare plan's 完成率 after projects' investment: "300个省列
  重大项目累计完成投资…，年度计划投资完成率114.2%" → 省列重大项目年度计划投资完成率;
- a part after 其中 named by a kind only: "算力总规模9.4万P，其中智算8.7万P" → 智算算力规模;
- a project's name cut at a quantity inside it: "总投资83.88亿元的黄花滩1200兆瓦抽水蓄能项目"
  → 黄花滩抽水蓄能项目总投资 (not 黄花滩总投资); a capacity word the cut left alone goes (round
  74, x4: "投资5亿元的年出栏20万只肉羊养殖项目" → 肉羊养殖项目投资, not 年出栏肉羊养殖项目
  投资); a works' name cut short or run on after a measure's 的 (``labelwholename.
  whole_name``, round 65: "占地50亩的便民超市建成投用" → 便民超市占地);
- a change of a year after a filler: "林木覆盖率保持年增长0.5%" → 林木覆盖率年增长;
- (round 74, x4) an adverb before the 比 of a year's base, or 预计 after the opening year:
  "一九五三年工业总产值仍然比一九五二年" → 一九五三年工业总产值比一九五二年; a heading with no
  stop of its own read into the paragraph: "三大攻坚战成效显著建成产业扶贫项目" → 建成产业扶贫项目;
- a base frame's 在 left when its 基础上 went (round 68, v2): "材料在原承诺基础上精简22%" →
  材料 (not 材料在原承诺);
- 共 between a noun and its verb: "特困供养人员共保障2449人" → 保障特困供养人员;
- a clause with 已 of another unit is no subset of the count before: "…项目累计建成鸡舍401栋，
  已出栏3200万只" → …项目累计出栏 (not …建成鸡舍已出栏).
"""

from __future__ import annotations

import re
from functools import cache
from itertools import accumulate

from workreport.extract.labelaffix import strip_words
from workreport.extract.labelbounds import unbounded
from workreport.extract.labelgroups import ranked_group
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwholename import whole_name
from workreport.extract.labelwords import tags
from workreport.extract.nonfigures import alternation
from workreport.extract.units import unit_names
from workreport.vocab import load as vocab

__all__ = ["amended"]

_NUMBER = r"\d+(?:\.\d+)?[万亿]?"


def amended(name: str, previous: str | None, unit: str, before: str, after: str) -> str:
    """``name`` with the module's rules applied; ``before`` is the sentence up to the
    number, ``after`` the sentence after it."""
    if not name:
        return name
    name = unbounded(name, unit)  # round 25: a bound is the figure's, not the label's
    if ranked := ranked_group(name, after):
        return ranked  # "新增2家地方国企进入中国企业500强" (round 25)
    name = _base_frame(_compared_adverb(_heading_run_in(name)), before)  # r68 (v2); r74 (x4)
    for rule in (_owner_before, _rate_of_verb, _plan_rate, _part_of_total):
        if found := rule(name, previous, before):
            return found
    return _project_cut(name, after) or whole_name(name, after) or _year_change(name, before) \
        or _gong(name) \
        or _other_unit(name, previous, unit, before) or name


def _base_frame(name: str, before: str) -> str:
    """``name`` without the opening of a base frame "在…基础上" whose 基础上 went as a trailing
    word (round 68, v2: "材料、环节、时限在原承诺基础上分别精简22%、33%、73%" gave 材料在原承诺
    → 材料): the frame's 在 and words end ``name`` and the sentence ``before`` the number
    writes them with 基础上; ``name`` otherwise."""
    m = re.search(r"(?<=..)在[\u4e00-\u9fff]{1,8}$", name)
    framed = m and re.search(re.escape(m.group(0)) + r"[\u4e00-\u9fff]{0,2}基础上", before)
    return name[: m.start()] if m and framed else name  # 在原 of 在原有基础上: 有 went too


def _heading_run_in(name: str) -> str:
    """``name`` without a heading read into its paragraph (round 74, x4): a subject of two to
    eight characters and a predicate of ``cues.heading_run_in_predicates`` opening the label
    (after the period ``labelperiods`` puts in front: 五年累计), with the label's own words
    after them ("五年累计三大攻坚战成效显著建成产业扶贫项目" → 五年累计建成产业扶贫项目,
    "发展质量稳步提升全年地区生产总值" → 地区生产总值, its 全年 a leading word again). A
    heading line has no stop of its own, so the text joins it to the sentence after it. Not
    before 的 (a clause qualifying the noun: 人居环境明显改善的村庄) nor with under three
    characters left (空气质量持续向好天数: a bare 天数; round 74 review, q75-1)."""
    m = _heading_run_in_re().match(name)
    if not m:
        return name
    rest = strip_words(m.group(3), cue_words("label_leading"), leading=True)
    # Round 74 review (q75-1): not a qualifying clause ("人居环境明显改善的村庄" gave 的村庄) nor a
    # bare measure left ("空气质量持续向好天数" gave 天数)
    ok = len(rest) >= 3 and not m.group(3).startswith("的")
    return (m.group(1) or "") + rest if ok else name


def _compared_adverb(name: str) -> str:
    """``name`` without an adverb of ``cues.comparison_adverbs`` straight before the 比 (比较) of
    a year's base, nor 预计 (``cues.comparison_estimate_words``) straight after its opening year
    (round 74, x4): "一九五三年工业总产值仍然比一九五二年" →
    一九五三年工业总产值比一九五二年. The adverb says how the sentence sees the change, the
    estimate is the row's kind: neither is what is measured. Not the end of a word (偿还比2012年
    多: round 74 review, q75-1)."""
    adverb, estimate = _compared_adverb_res()
    if not adverb.search(name) and not estimate.match(name):
        return name
    # Round 74 review (q75-1): the adverb a word of its own, not the end of one (偿还比2012年多)
    starts = {0, *accumulate(len(piece.word) for piece in tags(name))}
    name = adverb.sub(lambda m: "" if m.start() in starts else m.group(0), name)
    return estimate.sub(r"\1", name, count=1)


def _owner_before(name: str, previous: str | None, before: str) -> str:
    clauses = re.split(r"[，；。]", before)
    if len(clauses) < 2 or not clauses[-1].startswith(name):
        return ""
    for measure, pattern, becomes in vocab("cues")["owner_before_measures"]:
        if name == measure and (m := re.search(pattern, "，".join(clauses[:-1]))):
            return m.group(1) + (becomes or measure)
    return ""


def _rate_of_verb(name: str, previous: str | None, before: str) -> str:
    if not previous or not re.fullmatch(r"[\u4e00-\u9fff]{2}率", name) \
            or not re.search(rf"{_NUMBER}[\u4e00-\u9fff]{{1,2}}，{name}[^，]*$", before):
        return ""
    at = previous.find(name[:2])
    owner = previous[at + 2:] if at > 0 else ""
    return owner + name if len(owner) >= 2 and not re.search(r"[\d、和]", owner) else ""


def _plan_rate(name: str, previous: str | None, before: str) -> str:
    if not previous or not re.fullmatch(r"(?:年度)?(?:计划)?投资完成率", name) \
            or "项目" not in previous or not previous.endswith("投资"):
        return ""
    return previous[: previous.index("项目") + 2] + name


def _part_of_total(name: str, previous: str | None, before: str) -> str:
    if not previous or len(name) > 3 or not before.endswith("其中" + name):
        return ""
    m = re.search(r"([\u4e00-\u9fff]{1,4})总(规模|量)$", previous)
    return name + m.group(1) + m.group(2) if m and not name.endswith(m.group(2)) else ""


def _project_cut(name: str, after: str) -> str:
    money = next((w for w in _money() if name.endswith(w) and len(name) > len(w)), "")
    if not money:
        return ""
    place = name[: -len(money)]
    if not after.startswith("的" + place):  # 的 and the place, then the count and works
        return ""
    m = _project_counted().match(after, 1 + len(place))
    if not m:
        return ""
    # Round 74 (x4): a capacity word whose number the cut took goes with it ("投资5亿元的年出栏
    # 20万只肉羊养殖项目" → 肉羊养殖项目投资, not 年出栏肉羊养殖项目投资).
    word = next((w for w in cue_words("table_capacity_words") if place.endswith(w)), "")
    return place[: len(place) - len(word)] + m.group(1) + money


def _year_change(name: str, before: str) -> str:
    m = _year_changed().search(before)
    if not m or not name.endswith(m.group(1)):
        return ""
    owner = name[: -len(m.group(1))]  # not 较上半年 (a base): after a filler or a measure
    fillers = tuple(vocab("cues")["year_change_fillers"])
    if not owner.endswith(fillers) and not re.search(r"[率量额数值]$", owner):
        return ""
    for filler in fillers:
        owner = owner.removesuffix(filler)
    return owner + m.group(0) if len(owner) >= 2 else ""


def _gong(name: str) -> str:
    m = _gong_pattern().fullmatch(name)
    return m.group(2) + m.group(1) if m else ""


def _other_unit(name: str, previous: str | None, unit: str, before: str) -> str:
    if not previous or not name.startswith(previous + "已"):
        return ""
    m = re.search(rf"{_NUMBER}([\u4e00-\u9fff])，已[^，]*$", before)
    if not m or unit.endswith(m.group(1)) or m.group(1) == "元":
        return ""  # "信访案件19件已化解18件": a subset; after money, not a count
    verbs = vocab("cues")["label_verbs"] + vocab("cues")["label_kept_verbs"]
    at = min((i for i in (previous.find(v) for v in verbs) if i > 0), default=-1)
    return previous[:at] + name[len(previous) + 1:] if at > 0 else ""


@cache
def _money() -> tuple[str, ...]:
    """``cues.money_nouns``, longest first, read once."""
    return tuple(sorted(vocab("cues")["money_nouns"], key=len, reverse=True))


@cache
def _year_changed() -> re.Pattern[str]:
    """年 or 年均 and a verb of ``cues.change_verbs`` ending the text (``_year_change``),
    built once (tidy, rc2)."""
    return re.compile(rf"(年均?)({alternation(vocab('cues')['change_verbs'])})$")


@cache
def _project_counted() -> re.Pattern[str]:
    """A count and the project, works or power station it counts (``_project_cut``)."""
    return re.compile(rf"{_NUMBER}(?:{_units()})([^，。；、\d]{{1,12}}?(?:项目|工程|电站))")


@cache
def _units() -> str:
    """Every unit of ``vocab/units.yml`` as one alternation, built once."""
    return alternation(list(unit_names()))


@cache
def _gong_pattern() -> re.Pattern[str]:
    """A noun, 共, a verb of ``cues.gong_verbs``, maybe 人数 or 户数: compiled once."""
    verbs = alternation(vocab("cues")["gong_verbs"])
    return re.compile(rf"([\u4e00-\u9fff“”]{{2,}}?)共({verbs})(?:人数|户数)?")


@cache
def _compared_adverb_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``_compared_adverb``'s patterns, built once: an adverb before 比 and a year's base; an
    opening year, then 预计 and the measure's words."""
    cues = vocab("cues")
    year = r"(?:\d{4}|[〇零一二三四五六七八九]{4})年"
    return (re.compile(rf"(?<=.)(?:{alternation(cues['comparison_adverbs'])})(?=比较?{year})"),
            re.compile(rf"^({year})(?:{alternation(cues['comparison_estimate_words'])})"
                       r"(?=[\u4e00-\u9fff]{2})"))


@cache
def _heading_run_in_re() -> re.Pattern[str]:
    """``_heading_run_in``'s pattern, built once: the period in front, the heading's subject
    and predicate, then two characters or more of the label's own."""
    words = alternation(vocab("cues")["heading_run_in_predicates"])
    return re.compile(rf"(五年累计|“十[一二三四五]五”期间)?([\u4e00-\u9fff]{{2,8}}?(?:{words}))"
                      r"([\u4e00-\u9fff“].+)$")
