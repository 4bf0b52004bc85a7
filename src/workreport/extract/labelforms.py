"""Whole labels: the base year a change over several years keeps, and what makes a label
broken (issue 13 §2-3). The subjects one figure is each one's are ``labeleach``'s (``each_of``;
split from here in round 76, tidy); the parts a 分别 label hands out are ``labeldistribute``'s
since round 15.

``naming`` forms a label from its clause; these work on the label once formed
(``since_year`` is applied by ``figures``, ``label_defect`` by the tests and
``bench/label_methods.py``). The words are data (``vocab/cues.yml``).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelclean import BATCH_TAIL, strip_words
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import bare_verb, noun_phrase, tags
from workreport.extract.nonfigures import alternation
from workreport.extract.numbers import vocab

__all__ = [
    "GRADE",
    "NOT_THRESHOLD",
    "balance_increase",
    "counted_noun",
    "joined_names",
    "label_defect",
    "modifier_only",
    "only_qualifies",
    "per_unit",
    "share_named",
    "share_of",
    "since_year",
    "unnamed_digits",
]


# The patterns of the rules below, built once from their cue lists (tidy, rc2).
@cache
def _net_words() -> re.Pattern[str]:
    """``cues.net_increase_words`` opening or ending a label (``since_year``)."""
    net = alternation(vocab("cues")["net_increase_words"])
    return re.compile(rf"^(?:{net})(?=..)|(?<=..)(?:{net})$")


def since_year(name: str, pre: str, reviewed: int | None) -> str:
    """The label of a change over several years keeps its base year: "地方生产总值98.1亿元，
    比2005年增长73.8%" (a 2010 review) → 地方生产总值比2005年, not the year's growth. A base
    of the year before the one reviewed (or no year reviewed) leaves ``name`` as it is. A
    change names the stock, not the 净增 that makes it one (round 21: "净增市场主体3000家" →
    市场主体, "森林覆盖率净增" → 森林覆盖率; ``cues.net_increase_words``)."""
    name = _net_words().sub("", name)
    m = re.search(r"(?:比|较)(\d{4})年(?:末|底)?", pre)
    if not (m and name and reviewed and int(m.group(1)) < reviewed - 1):
        return name
    return f"{name}比{m.group(1)}年"


def balance_increase(name: str, pre: str, dimension: str, stock_unit: str | None,
                     unit: str) -> str | None:
    """The stock's label when the figure is 新增 on a balance or on a stock already named, a
    change like 净增 (``cues.balance_words``; seed-2137 audit): "各项贷款余额320亿元，新增45亿元"
    (``stock_unit``: the unit of the level just before) → 各项贷款余额, also after the balance's
    growth rate ("存款余额增长8.5%，新增4万多亿元"), and a herd's stock (``cues.
    balance_herd_words``: "新增奶牛存栏3000头" → 奶牛存栏, a count; settled after the draws of
    session 57, written in the extractor in session 58); else None (新增就业: new things)."""
    cues = vocab("cues")
    core = strip_words(re.split(r"[，,；;：:、]", pre)[-1].strip(),
                       cues["neutral_before_number"], leading=False)
    m = re.fullmatch(r"(.*?)新增了?(.*)", core)
    if not m or any(v in core for v in cues["balance_flow_verbs"]):
        return None
    before, after = m.groups()
    stock = re.sub(r"^新增了?(?=..)|(?<=..)新增了?$", "", name)
    herd = tuple(cues["balance_herd_words"])
    if (after.endswith(herd) or (not after and before.endswith(herd))) and stock.endswith(herd):
        return stock  # 新增奶牛存栏3000头: the herd's change (bench/label_judging.md, session 57)
    if dimension in ("count", "people", "percent", "ratio", "time"):
        return None
    base = re.compile(r"^[十百千万亿]+")
    same_unit = stock_unit is not None and base.sub("", stock_unit) == base.sub("", unit)
    # the same unit alone says the stock only when 新增 has no noun of its own before it
    # ("…面积12万亩，新增1.5万亩", not "…，高标准农田新增5万亩": new things of another kind)
    own = re.sub(r"^(?:全年|当年|今年)", "", before)
    bare = not after and ((same_unit and not own)
                          or before.endswith(tuple(cues["balance_words"]))
                          or (not own and stock.endswith(tuple(cues["balance_money_words"]))))
    lent = dimension == "money" and after.endswith(tuple(cues["balance_money_words"]))
    if not (bare or lent):
        return None
    return stock if len(stock) > 1 else None


# "每个" or "每" before a place: the scope of a count per unit (每个县市区, 每村); not 每年,
# 每人, 每户, which say how a standard or a rate is measured.
_PER = re.compile(r"每一?个|每(?=[省市县区乡镇村])")


@cache
def _each() -> re.Pattern[str]:
    """各 and a place before a word that hands the count to each (``cues.each_places``,
    ``cues.each_spread_words``; round 78, x2): "各市县至少建设…" is per unit as 每个 is."""
    places = alternation(cue_words("each_places"))
    spread = alternation(cue_words("each_spread_words"))
    return re.compile(rf"(?<![每])各(?=(?:{places})(?:{spread}))")


def share_named(name: str, measure: str) -> str:
    """A share named by the count it is a share of names the share: "空气质量优良天数达到
    70%以上" → 空气质量优良天数比例 (round 11: a share of days is no number of days)."""
    return f"{name}比例" if measure == "share" and name.endswith("天数") else name


def per_unit(name: str, pre: str) -> str:
    """``name`` with the per-unit scope the clause before the number gives, which the reader
    needs to read the count: "每个县市区至少引进1个外资项目" → 每个县市区引进外资项目 (not
    引进外资项目, a total of 1); "每个工业类开发区做大1—2个主导产业" → 每个工业类开发区主导
    产业. The scope is 每个 and the nouns after it (jieba's tags n…, b, j, q, zg); ``name``
    as it is when it holds a 每 already or the clause has none. Issue 13 §2, seventh round
    (the gold convention of tests/data/README.md)."""
    m = _PER.search(pre) or _each().search(pre)
    if not name or "每" in name or not m:
        return name
    words = []
    for t in tags(pre[m.end():]):
        if not (t.flag.startswith(("n", "b", "j")) or t.flag in ("zg", "q")):
            break
        words.append(t.word)
    unit = "".join(words)
    scope = m.group(0) + unit  # (not twice: "城内各村分别建成" holds its 各村 already, x78-2)
    return scope + name if 0 < len(unit) <= 8 and scope not in name else name


def only_qualifies(raw: str, name: str, previous: str | None, after: str, unit: str) -> bool:
    """Whether the words before a number only qualify the noun after it, which is then
    what is counted: the figure before's counted noun ("全县18个乡镇80个村": 乡镇 is not
    what 80 counts; with the verb of reaching it kept too, round 74 review, q74-2: "覆盖5个
    乡镇120个村" → 覆盖乡镇, 村), or a modifier ending in 的 or a place ending in 内, 以西 …
    ("完成年初确定的38项民生实事", "教育园区内3条高压线路", "京昆高速以西51个村"), or the
    levels of government or the body that hold them ("市区两级1076家企业", "交通局下属1家企业").
    A batch word before the number ("…首批12家创新联合体", "李庄草莓基地成为全省首批30家
    出口创汇基地") leaves the noun after it as the label too (round 8; ``labelbatch`` puts an
    ordinal back in front of it, round 41), unless the clause is one verb with no figure
    before it, which keeps its verb ("筹建首批10个省级先导区"). ``raw``: the clause before
    the number; ``name``: its cleaned label; ``after``: the noun after; ``unit``: the figure's.
    """
    if previous and raw.strip() == name and (previous in (name, *(  # 覆盖乡镇 (q74-2)
            v + name for v in cue_words("reach_verbs"))) or (
            name.startswith(previous) and bare_verb(name[len(previous):]))):
        return True  # (…, or its verb: "优质企业融入6条…", the noun before_next cut)
    if BATCH_TAIL.search(raw.rstrip()) and unit != "%" and len(after) > 1:
        return bool(previous) or not (bare_verb(name) or modifier_only(name))
    return raw.rstrip().endswith(("的", *cue_words("place_of_words", "scope_before_ends"))) \
        and unit != "%" and len(after) > 1


# A scope word: the level or place of the things counted after the number (市县, 城区,
# 省级, 村级), which names no thing of its own.
_SCOPE = re.compile(r"[省市县区乡镇村]{1,3}|城区|[省市县区乡镇村]级")
# jieba's tags of words that do things or say how: verbs, verbal nouns, adjectives, adverbs.
_DOING = ("v", "vn", "vd", "a", "ad", "d")


def modifier_only(name: str) -> bool:
    """Whether ``name``, the clause before a count, only says what was done to the things
    counted after the number, or where: verbs ("牵头重组4家全国重点实验室", "建好30家…平台",
    "复制推广223项…成果") or a word and a scope ("选派市县400名医师", "建成省级和美乡村",
    "新增城区10处…疏导点"). The label is then ``name`` and the noun after the number
    (issue 13 §2, seventh round: fragments such as 选派市县 for 选派市县医师)."""
    pieces = tags(name) if re.fullmatch(r"[\u4e00-\u9fff]{2,8}", name) else ()
    if len(pieces) < 2:
        return False  # one word is naming's bare verb; a list (省、市) is no modifier
    if _SCOPE.fullmatch(pieces[-1].word) or (pieces[-1].flag == "b" and "级" in pieces[-1].word):
        return not _SCOPE.fullmatch(pieces[0].word)
    return pieces[0].flag in ("v", "vn") and all(p.flag in _DOING for p in pieces)


# A grade of the things counted (省级, 10亿元级), as it stands before their noun.
GRADE = r"(?:国家|省部|省|市|县|区|乡镇|乡|镇|村|[\d十百千]+(?:万亿|亿|万)元?)级(?:以上)?"
# Grades listed with a count each before the noun they share: "4个省级、12个市级美丽乡村".
_GRADE_LIST = re.compile(rf"({GRADE})(?:[、和及与](?:\d+|[一二三四五六七八九十两]+)"
                         rf"[个家所项座处条支批]?{GRADE})+([^\d、，。；：（）()]+)")


@cache
def _next_item() -> re.Pattern[str]:
    """A conjunction and a money noun ending the noun after a number: the opening of the
    next item, which its own number cut off."""
    words = alternation(vocab("cues")["money_nouns"])
    return re.compile(rf"(?<=..)[和及与、](?:{words})$")


_PLACE_BECAME = re.compile(r"([省市县区乡镇村])((?:获评|入选|被评为|评为|列入|纳入|成为|跻身).+)")


def counted_noun(rest: str, after: str) -> str:
    """The noun a count counts, from ``after`` (the noun read after the number) and
    ``rest`` (the text from the number's end): a grade listed before others takes the noun
    they share ("建成4个省级、12个市级美丽乡村" → 省级美丽乡村 for the 4, not 省级), and the
    opening of the next item goes ("总投资8.1亿元的雷达产业园和总投资5亿元的…" → 雷达
    产业园, not 雷达产业园和总投资); a one-character place with what became of it is
    the places it became ("3个镇获评全国重点镇" → 获评全国重点镇的镇: round 11)."""
    after = _next_item().sub("", after)
    if m := _PLACE_BECAME.fullmatch(after):
        return f"{m.group(2)}的{m.group(1)}"
    m = _GRADE_LIST.match(rest)
    if not (m and after == m.group(1)):
        return after
    noun = strip_words(noun_phrase(m.group(2)), vocab("cues")["label_trailing"], leading=False)
    return after + noun if noun else after


# Digits that belong to the name of a measure or a class: PM2.5, 5G, 4A, R&D[…], 220千伏,
# 10亿元以上项目 (a threshold that keeps its scope), …比2005年 (the base of a change over
# several years, ``since_year``), 中国民营企业500强 (a ranking's name; round 13), 时速120公里路段,
# a class of size before 的 (预增产值过10亿元的重大增长点; round 21).
_NAMED_DIGITS = re.compile(r"[A-Za-z]+[ _]?\d+(?:\.\d+)?|\d+(?:\.\d+)?[A-Za-z]+|\d+千伏|比\d{4}年$"
                           r"|\d+(?:\.\d+)?[万亿千百]?[^\d\s]{0,3}?(?:及以上|以上|以下)|\d+强"
                           r"|时速\d+(?:公里|千米)"  # a speed class (round 14)
                           r"|(?<=[超过逾])\d+(?:\.\d+)?[万亿千百]*[^\d\s的]{0,3}的")  # 过10亿元的


# After a number: not a threshold naming a class of the things counted, which is part of
# their noun ("培育3个50亿元以上产业集群" → 50亿元以上产业集群, not a stop before 50); a
# figure ending the clause is none ("集体收入达到50万元以上，").
NOT_THRESHOLD = r"(?![万亿千百]?[^\d\s，。、；]{0,3}?(?:及以上|以上|以下)的?[\u4e00-\u9fff])"


def unnamed_digits(text: str, also: str = "") -> bool:
    """Whether ``text`` holds a digit (or a character of ``also``) outside quotation marks
    and names of measures, classes, hotlines (5G, 220千伏, 12345热线, 12345市民…: round 48;
    110报警数: round 50, s50c, ``cues.hotline_name_words``): a figure of its own
    (``labelclause.clause_before``: "12345热线诉求办结率、满意率" is one list)."""
    quoted = rf"“[^”]*”|\"[^\"]*\"|\d{{3,5}}(?={alternation(cue_words('hotline_name_words'))})"
    return bool(re.search(rf"[\d{also}]", _NAMED_DIGITS.sub("", re.sub(quoted, "", text))))


# A class of size after a bare 过/超 in a label (谋划投资过5亿元项目, 年销售收入过10亿元企业: the
# threshold scopes the things counted, round 27; ``nonfigureown.bare_threshold``). Only the
# junk check reads it: in _NAMED_DIGITS it would also move where ``unnamed_digits`` ends a
# clause for ``labelclause.clause_before`` and so change labels.
_SIZE_CLASS = re.compile(r"(?<=[超过逾])\d+(?:\.\d+)?[万亿千百]*元(?=[\u4e00-\u9fff])")
# The year a label opens with is its period (2015年森林覆盖率, the base of a change; 2021年…
# in a later review; 2010年以来新增…: round 31, ``labelperiods``), no stray digit; the junk check
# only, like _SIZE_CLASS.
_PERIOD_YEAR = re.compile(r"^(?:19|20)\d\d年(?:底|末|以来)?(?=[\u4e00-\u9fffA-Z“])")
# A distance or time within which a measure is taken names it (公交与轨道50米内换乘比例, round
# 32): no stray digit; the junk check only, like _SIZE_CLASS.
_WITHIN = re.compile(r"\d+(?:\.\d+)?(?:米|公里|千米|分钟)内(?=[\u4e00-\u9fff])")
# A rank's threshold after 前 names the things that entered it (进入前1‰的学科, 排名前10%的企业;
# round 36, ``labelfield.rank_entered``): the junk check only, like _WITHIN.
_RANKED = re.compile(r"(?<=前)\d+(?:\.\d+)?[%‰‱](?=的?[\u4e00-\u9fff])")


def label_defect(name: str) -> str:
    """Why ``name`` is not a label a reader accepts, or "" if it is one.

    The defects of issue 13 §3: empty, one character, a digit or % outside the name of a
    measure (PM2.5, 5G, 4A), a threshold scope (10亿元以上项目, 过5亿元项目), a distance a
    measure is taken within (50米内换乘比例), a rank's threshold (进入前1‰的学科) or a period
    (2015年森林覆盖率, …比2015年), a leading 和/及/、/分别, a trailing 增长-/不/之间, or a bare
    verb (完成, 新建 … of ``cues.label_verbs``).
    """
    if not isinstance(name, str) or not name:
        return "empty"
    if len(name) == 1:
        return "one character"
    named = _RANKED.sub("", _WITHIN.sub("", _PERIOD_YEAR.sub("", _SIZE_CLASS.sub("", name))))
    if unnamed_digits(named, "%％"):
        return "digits"
    if re.match(r"、|分别", name) or (re.match(r"[和及]", name) and len(tags(name)[0].word) == 1):
        return "leading conjunction"  # (not 及时, 和平路: words of their own)
    if re.search(r"(?:增长-|不|之间)$", name):
        return "trailing fragment"
    cues = vocab("cues")
    if name in cues["label_verbs"] or name in cues["label_leading"]:
        return "bare verb"
    return ""


@cache
def joined_names() -> re.Pattern[str]:
    """A kept verb and two names joined by 和 or 及 (round 18): "打造甲镇和乙山"."""
    name = r"[^\d、，和及与]{2,12}"
    return re.compile(f"(?:{alternation(vocab('cues')['label_kept_verbs'])}){name}[和及]{name}")


def share_of(name: str) -> str:
    """Share rule without a figure before: "…产值占规模以上工业总产值67.8%" → …比重."""
    name = name.rstrip("的")
    if name.endswith(cue_words("rate_ends", "rate_ends_share")) \
            or re.search(r"占(?:地|用|有)", name):
        return name
    return name + "比重"
