"""Whole labels: the parts a 分别 label hands out, the base year a change over several
years keeps, and what makes a label broken (issue 13 §2-3).

``naming`` forms a label from its clause; these work on the label once formed
(``distribute`` and ``since_year`` are applied by ``figures``, ``label_defect`` by the
tests and ``bench/label_methods.py``). The words are data (``vocab/cues.yml``).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelclean import BATCH_TAIL, strip_words
from workreport.extract.labellists import quoted_parts
from workreport.extract.labelwords import bare_verb, leading_word, noun_phrase, tags
from workreport.extract.numbers import vocab

__all__ = ["NOT_THRESHOLD", "counted_noun", "distribute", "each_of", "label_defect",
           "modifier_only", "only_qualifies", "per_unit", "share_named", "since_year"]


def since_year(name: str, pre: str, reviewed: int | None) -> str:
    """The label of a change over several years keeps its base year: "地方生产总值98.1亿元，
    比2005年增长73.8%" (a 2010 review) → 地方生产总值比2005年, not the year's growth. A base
    of the year before the one reviewed (or no year reviewed) leaves ``name`` as it is."""
    m = re.search(r"(?:比|较)(\d{4})年(?:末|底)?", pre)
    if not (m and name and reviewed and int(m.group(1)) < reviewed - 1):
        return name
    return f"{name}比{m.group(1)}年"


# "每个" or "每" before a place: the scope of a count per unit (每个县市区, 每村); not 每年,
# 每人, 每户, which say how a standard or a rate is measured.
_PER = re.compile(r"每一?个|每(?=[省市县区乡镇村])")


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
    m = _PER.search(pre)
    if not name or "每" in name or not m:
        return name
    words = []
    for t in tags(pre[m.end():]):
        if not (t.flag.startswith(("n", "b", "j")) or t.flag in ("zg", "q")):
            break
        words.append(t.word)
    unit = "".join(words)
    return m.group(0) + unit + name if 0 < len(unit) <= 8 else name


def only_qualifies(raw: str, name: str, previous: str | None, after: str, unit: str) -> bool:
    """Whether the words before a number only qualify the noun after it, which is then
    what is counted: the figure before's counted noun ("全县18个乡镇80个村": 乡镇 is not
    what 80 counts), or a modifier ending in 的 or a place ending in 内, 以西, 沿线 …
    ("完成年初确定的38项民生实事", "教育园区内3条高压线路", "京昆高速以西51个村"), or the
    levels of government or the body that hold them ("市区两级1076家企业", "交通局下属1家
    企业").
    A batch word before the number ("…首批12家创新联合体", "李庄草莓基地成为全省首批30家
    出口创汇基地") leaves the noun after it as the label too (round 8), unless the clause
    is one verb with no figure before it, which keeps its verb (naming's bare-verb rule:
    "筹建首批10个省级先导区" → 筹建省级先导区).
    ``raw`` is the clause before the number, ``name`` its cleaned label, ``after`` the noun
    after the number, ``unit`` the figure's.
    """
    if previous and raw.strip() == name and (name == previous or (
            name.startswith(previous) and bare_verb(name[len(previous):]))):
        return True  # (…, or its verb: "优质企业融入6条…", the noun before_next cut)
    if BATCH_TAIL.search(raw.rstrip()) and unit != "%" and len(after) > 1:
        return bool(previous) or not (bare_verb(name) or modifier_only(name))
    return raw.rstrip().endswith(("的", "内", "以西", "以东", "以南", "以北", "沿线", "周边",
                                  "两级", "三级", "四级", "各级", "下属", "个方面")) \
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


_GRADE = r"(?:国家|省部|省|市|县|区|乡镇|乡|镇|村|[\d十百千]+(?:万亿|亿|万)元?)级(?:以上)?"
# Grades listed with a count each before the noun they share: "4个省级、12个市级美丽乡村".
_GRADE_LIST = re.compile(rf"({_GRADE})(?:[、和及与](?:\d+|[一二三四五六七八九十两]+)"
                         rf"[个家所项座处条支批]?{_GRADE})+([^\d、，。；：（）()]+)")


@cache
def _next_item() -> re.Pattern[str]:
    """A conjunction and a money noun ending the noun after a number: the opening of the
    next item, which its own number cut off."""
    words = "|".join(re.escape(w) for w in sorted(vocab("cues")["money_nouns"], key=len,
                                                   reverse=True))
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


_NUMERALS = "一二三四五六七八九十"
# Endings of a part that names its own measure (指数, 产值, 人数, 吞吐量 …).
_OWN_MEASURE = ("数", "值", "额", "率", "发送量", "吞吐量", "消费量", "次")  # 件次, 人次


def each_of(pre: str, name: str, measure: str) -> list[str] | None:
    """The labels of the subjects listed in ``name`` that one figure is given for, or None.

    One figure after a list of subjects is each one's when 均, 各, 都 or 分别 stands before it
    (``cues.shared_figure_markers``; not the 均 of 人均, 年均: ``shared_figure_not_after``)
    or when every subject is a rate of its own and the figure a share: "建议提案办复率、满意率
    均达100%", "新增持牌金融机构、上市企业各10家左右" (a leading kept verb, 新增, is every
    subject's), "贫困人口参保率和财政资助率保持100%" (the gold convention: one row per
    subject with the same quote; a later rate takes the first one's subject:
    贫困人口财政资助率), or when a share follows subjects listed with 、 sharing the last
    one's rate ("城乡居民养老保险、医疗保险参保率始终保持95%以上"). ``pre`` is the clause
    before the number, ``measure`` the figure's (level, change, share).
    """
    cues = vocab("cues")
    listed = name.split("、")
    listed = listed[:-1] + re.split(r"和|与|及", listed[-1], maxsplit=1)
    if len(listed) < 2 or not all(listed):
        return None
    words = [w for w in cues["change_up"] + cues["change_down"] + cues["neutral_before_number"]
             if w not in cues["shared_figure_markers"]]
    core = strip_words(pre.rstrip(), words, leading=False)
    markers = "|".join(map(re.escape, cues["shared_figure_markers"]))
    marked = re.search(rf"(?<![{''.join(cues['shared_figure_not_after'])}])(?:{markers})$", core)
    endings = tuple(cues["shared_rate_endings"])
    rates = measure == "share" and all(p.endswith(endings) for p in listed)
    # A share after subjects listed with 、 that share the last one's rate is each one's:
    # "城乡居民养老保险、医疗保险参保率始终保持95%以上" (two rows, same quote).
    spread = distribute(name, len(listed)) if measure == "share" and not rates \
        and "、" in name and listed[-1].endswith(endings) else None
    spread = spread if spread and all(p.endswith(endings) for p in spread) \
        and not tags(listed[0])[-1].flag.startswith("v") else None  # not "…试点顺利推进、"
    if not (marked or rates or spread):
        return None
    parts = _subject_of_first(listed) if rates else spread or distribute(name, len(listed)) \
        or listed
    verb = leading_word(parts[0], cues["label_kept_verbs"])
    verb = verb if len(tags(parts[0])[0].word) <= len(verb) \
        and not parts[0].startswith(tuple(cues["label_leading_keep"])) else ""  # 建设用地
    return [p if p.startswith(verb) else verb + p for p in parts]


def _word_start(text: str, at: int) -> int:
    """Where jieba's word holding ``text[at]`` starts, unless that is the start of ``text``:
    a tail 率 found in 满意率 is 满意率 ("人大代表、政协委员满意率" → 人大代表满意率)."""
    pos = 0
    for t in tags(text):
        if pos <= at < pos + len(t.word):
            return pos or at
        pos += len(t.word)
    return at


def _parts(subject: str, n: int) -> list[str] | None:
    """The ``n`` parts of a listed subject, or None: split at 、 and the 和/与/及 joining the
    last two, else at every 和/与/及 too ("汽车及零部件、新材料和…" keeps 汽车及零部件)."""
    listed = subject.split("、")
    listed = listed[:-1] + re.split(r"和|与|及", listed[-1], maxsplit=1)
    for items in (listed, re.split(r"和|与|及|、", subject)):
        if len(items) == n and n >= 2 and all(items):
            return items
    return None


# A compound measure naming two (产销量: 产量 and 销量), split like a list under 分别:
# "汽车产销量分别增长12%和10%" → 汽车产量, 汽车销量 (round 8). (Kept here, not in
# cues.yml, while cues.yml is another helper's this round.)
_COMPOUND = re.compile(r"产销(?:量)?|进出口")
_COMPOUND_PARTS = {"产销": ("产量", "销量"), "进出口": ("进口", "出口")}


def _compound(subject: str, n: int) -> list[str] | None:
    """The two measures of a compound ``subject`` ("外贸进出口额" → 外贸进口额, 外贸出口额),
    or None."""
    found = list(_COMPOUND.finditer(subject))
    if n != 2 or len(found) != 1 or re.search(r"[、和与及]", subject):
        return None
    m = found[0]
    word = m.group(0).removesuffix("量")
    rest = subject[m.end():]
    if word == "产销" and not rest.startswith("率"):
        return [subject[:m.start()] + p + rest for p in _COMPOUND_PARTS[word]]
    if word == "进出口" and not rest.startswith(("总", "贸易", "企业", "实绩")):
        return [subject[:m.start()] + p + rest for p in _COMPOUND_PARTS[word]]
    return None


def distribute(subject: str, n: int) -> list[str] | None:
    """The ``n`` labels a 分别 clause hands out, or None if ``subject`` names no parts.

    "城乡居民人均可支配收入" → 城镇居民人均可支配收入, 农村居民人均可支配收入;
    "二氧化硫和二氧化氮年均浓度" → 二氧化硫年均浓度, 二氧化氮年均浓度 (the last part's
    measure, from a word of ``cues.distributive_tails`` on, is shared).
    """
    for word, parts in vocab("cues")["distributive_words"].items():
        # (not where the subject lists its parts: "城乡居民养老保险、医疗保险参保率")
        if subject.startswith(word) and len(parts) == n and _parts(subject, n) is None:
            return [p + subject[len(word):] for p in parts]
    subject = subject.replace("分别", "")  # "交通、能源、水利分别完成投资"
    if compound := _compound(subject, n):
        return compound
    items = _parts(subject, n)
    if items is None:
        return None
    if any(i.endswith("”") for i in items[:-1]):  # quoted names are whole (round 13)
        return quoted_parts(items)
    words = [t.word for t in tags(items[-1])]
    if "等" in words[1:-1]:
        # "节能环保、…、高端装备制造等产业增加值": what follows 等 (a word of its own, not
        # the 等 of 高等) is every part's measure.
        at = sum(map(len, words[:words.index("等")]))
        return [i + items[-1][at + 1:] for i in (*items[:-1], items[-1][:at])]
    first = items[0].removeprefix("第")
    if all(len(i) == 1 and i in _NUMERALS for i in (first, *items[1:-1])) \
            and items[-1][:1] in _NUMERALS:
        # 一、二、三产增加值: numerals sharing what follows the last one (产增加值); before
        # 产业 they are ordinals ("第一、二、三产业增加值" → 第一产业增加值 …).
        rest = items[-1][1:]
        nth = "第" if rest.startswith("产业") else ""
        return [nth + i + rest for i in (first, *items[1:-1], items[-1][0])]
    if all(i.endswith(_OWN_MEASURE) for i in items[:-1]):
        return _subject_of_first(items)  # each part names its own measure (…办复率、满意率)
    head = items[0][:-1]
    piece = tags(items[0])[-1]  # a noun of one character ends a part (示范片区), no piece
    if head and len(piece.word) == 1 and piece.flag != "n" \
            and all(len(i) == 1 for i in items[1:-1]) and len(items[-1]) > 2:
        # One-character parts after a shared head share the last one's rest: "金融机构存、
        # 贷款余额" → 金融机构存款余额, 金融机构贷款余额.
        rest = items[-1][1:]
        return [head + p + rest for p in (items[0][-1], *items[1:-1])] + [head + items[-1]]
    tails = vocab("cues")["distributive_tails"]
    if any(t in i for t in tails for i in items[:-1]):
        return items  # each part names its own measure ("铁路旅客发送量、民航旅客吞吐量")
    short = {len(i) for i in items[:-1]}
    at = [items[-1].find(t, 1) for t in tails + vocab("cues")["distributive_subjects"]
          if items[-1].find(t, 1) > 0]
    if len(short) == 1 and (k := short.pop()) <= (3 if not at else 2) and len(items[-1]) > k + 1 \
            and (not at or len(tags(items[-1])[0].word) == k):
        # Short parallel words share what follows the last one's first word (jieba's):
        # "职工、居民住院报销比例" → 职工住院报销比例, 居民住院报销比例; "城镇和农村居民人均
        # 可支配收入" → 城镇居民… (but "原煤、原油、天然气产量" shares 产量).
        # A first word longer than the parts is theirs in full: "铁路、高速公路运营里程" →
        # 铁路运营里程 (not 铁路公路…); parts of one character are not words ("存、贷款余额").
        cut = k if at or k < 2 else max(k, len(tags(items[-1])[0].word))
        return [i + items[-1][cut:] for i in items[:-1]] + [items[-1]]
    if not at:
        return items
    start = _word_start(items[-1], min(at))
    if len(items[-1]) - start == 1 and start > 0:
        # A tail of one character takes the word before it ("医疗保险参保率": jieba's 参保|率).
        start = _word_start(items[-1], start - 1)
    tail = items[-1][start:]
    # 产业 before a shared 增加值 is every part's, unless the part ends in 业 of its own:
    # "新一代信息技术、高端装备产业增加值" → 新一代信息技术产业增加值 (but 规模以上工业增加值).
    industry = "产业" if items[-1][:start].endswith("产业") else ""
    # A part that ends with the tail's first words does not repeat them: "城镇居民、农村
    # 居民人均可支配收入" → 城镇居民人均可支配收入.
    return _head_of_parallel(
        [i + ("" if i.endswith(("业", "产")) else industry)
         + tail[max((n for n in range(len(tail)) if i.endswith(tail[:n])), default=0):]
         for i in items[:-1]] + [items[-1]])


def _parallel(a: str, b: str) -> bool:
    """Whether two different words are alike enough to stand for each other in a list: as
    long, two characters or more, the same last character (养老保险 and 医疗保险, 存款 and
    贷款)."""
    return a != b and len(a) == len(b) >= 2 and a[-1] == b[-1]


def _subject_of_first(items: list[str]) -> list[str]:
    """Parts naming a measure only take the subject of the part before: "生产安全事故起数、
    死亡人数" → 生产安全事故死亡人数; "贫困人口参保率和财政资助率" → 贫困人口财政资助率.
    The part before's measure is its last words (jieba's), two characters or more and no
    longer than the later part; the subject before them is shared when it is three
    characters or more and the later part short (five or fewer) and not in it already
    ("进出口总额、出口额" stays). A subject ending in a word parallel to the later part's
    first gives that word up: "银行存款余额、贷款余额" → 银行贷款余额."""
    out = [items[0]]
    for item in items[1:]:
        words = [t.word for t in tags(out[-1])]
        ends = [sum(map(len, words[i:])) for i in range(1, len(words))]
        measure = max((n for n in ends if 2 <= n <= len(item)), default=0) \
            or (2 if out[-1][-1] == item[-1] and len(tags(out[-1][-2:])) == 1 else 0)
        first = tags(item)[0].word
        if first in ("基本", "按期", "按时") and len(item) - len(first) in ends \
                and out[-1].endswith(item[len(first):]):
            measure = len(item) - len(first)  # "…满意率和基本满意率": 满意率 (round 14)
        # (jieba's 工业产值 holds the word 产值; 供热率 holds no word 热率)
        subject = out[-1][: len(out[-1]) - measure] if measure else ""
        last = subject[-len(first):]  # jieba may hold it in a longer word (银行存款)
        if _parallel(last, first):
            subject = subject[: -len(last)]
        out.append(subject + item if len(subject) >= 2 + (not _parallel(last, first))
                   and len(item) <= 5 and item[:2] not in subject else item)
    return out


def _head_of_parallel(parts: list[str]) -> list[str]:
    """Later parts take the words of the first part before the word they stand for:
    "城乡居民养老保险、医疗保险参保率" → 城乡居民医疗保险参保率 (养老保险 and 医疗保险 are
    parallel); or before a word naming who is measured (``cues.distributive_subjects``,
    居民) where they name none: "城乡居民基本医保、养老保险参保率" → 城乡居民养老保险参保率."""
    pieces = [t.word for t in tags(parts[0])]
    who = next((parts[0][:i + len(w)] for w in vocab("cues")["distributive_subjects"]
                if (i := parts[0].find(w, 1)) > 0 and i + len(w) < len(parts[0])), "")
    for n, word in enumerate(pieces[1:], 1):
        head = "".join(pieces[:n])
        if len(head) >= 2 and any(_parallel(tags(p)[0].word, word) for p in parts[1:]):
            who = head
    if not who:
        return parts
    return [parts[0]] + [p if who in p or any(w in p for w in vocab("cues")[
        "distributive_subjects"]) else who + p for p in parts[1:]]


# Digits that belong to the name of a measure or a class: PM2.5, 5G, 4A, R&D[…], 220千伏,
# 10亿元以上项目 (a threshold that keeps its scope), …比2005年 (the base of a change over
# several years, ``since_year``), 中国民营企业500强 (a ranking's name; round 13), 时速120公里路段.
_NAMED_DIGITS = re.compile(r"[A-Za-z]+[ _]?\d+(?:\.\d+)?|\d+(?:\.\d+)?[A-Za-z]+|\d+千伏|比\d{4}年$"
                           r"|\d+(?:\.\d+)?[万亿千百]?[^\d\s]{0,3}?(?:及以上|以上|以下)|\d+强"
                           r"|时速\d+(?:公里|千米)")  # a speed class (round 14)


# After a number: not a threshold naming a class of the things counted, which is part of
# their noun ("培育3个50亿元以上产业集群" → 50亿元以上产业集群, not a stop before 50); a
# figure ending the clause is none ("集体收入达到50万元以上，").
NOT_THRESHOLD = r"(?![万亿千百]?[^\d\s，。、；]{0,3}?(?:及以上|以上|以下)的?[\u4e00-\u9fff])"


_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|\d{3,5}(?=热线|政务|便民|警情)")


def label_defect(name: str) -> str:
    """Why ``name`` is not a label a reader accepts, or "" if it is one.

    The defects of issue 13 §3: empty, one character, a digit or % outside the name of a
    measure (PM2.5, 5G, 4A) or a threshold scope (10亿元以上项目), a leading 和/及/、/分别,
    a trailing 增长-/不/之间, or a bare verb (完成, 新建 … of ``cues.label_verbs``).
    """
    if not isinstance(name, str) or not name:
        return "empty"
    if len(name) == 1:
        return "one character"
    if re.search(r"[\d%％]", _NAMED_DIGITS.sub("", _QUOTED.sub("", name))):
        return "digits"
    if re.match(r"、|分别", name) or (re.match(r"[和及]", name) and len(tags(name)[0].word) == 1):
        return "leading conjunction"  # (not 及时, 和平路: words of their own)
    if re.search(r"(?:增长-|不|之间)$", name):
        return "trailing fragment"
    cues = vocab("cues")
    if name in cues["label_verbs"] or name in cues["label_leading"]:
        return "bare verb"
    return ""
