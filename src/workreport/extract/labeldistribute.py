"""The parts a 分别 label hands out (issue 13 §2; moved out of ``labelforms`` in round 15;
``labeleach.each_of`` applies them, split from ``labelforms`` in round 76).

"城乡居民人均可支配收入分别增长8%和9%" → 城镇居民人均可支配收入, 农村居民人均可支配收入;
"二氧化硫和二氧化氮年均浓度" → 二氧化硫年均浓度, 二氧化氮年均浓度. The words are data
(``vocab/cues.yml``: ``distributive_words``, ``distributive_tails``, ``distributive_subjects``).
The subject or head a later part takes from the parts before it is ``labelparallelparts``'s
(``subject_of_first``; split from here in round 76, tidy).
"""

from __future__ import annotations

import re
from itertools import accumulate

from workreport.extract.labelbareowner import lend_owner, parallel_owner
from workreport.extract.labelgapthan import comparison_start
from workreport.extract.labellists import quoted_parts
from workreport.extract.labelmilestone import milestone_subject
from workreport.extract.labelownerkind import owner_kind_shared
from workreport.extract.labelparallel import (
    names_measure,
    own_measure,
    parallel_start,
)
from workreport.extract.labelparallelparts import (
    head_of_parallel,
    parallel_heads,
    subject_of_first,
)
from workreport.extract.labelpartner import listed_partners
from workreport.extract.labelscopes import own_scope
from workreport.extract.labelshared import counted_class
from workreport.extract.labelsized import graded_parts
from workreport.extract.labeltrailhead import quoted_last, shared_share, trailing_head
from workreport.extract.labelvocab import measure_ends
from workreport.extract.labelwords import leading_word, tags
from workreport.extract.numbers import vocab

__all__ = ["distribute", "lent_measure"]

_NUMERALS = "一二三四五六七八九十"


def _word_start(text: str, at: int) -> int:
    """Where jieba's word holding ``text[at]`` starts, unless that is the start of ``text``:
    a tail 率 found in 满意率 is 满意率 ("人大代表、政协委员满意率" → 人大代表满意率)."""
    pos = 0
    for t in tags(text):
        if pos <= at < pos + len(t.word):
            return pos or at
        pos += len(t.word)
    return at


# 和, 与, 及 joining parts (not the 及 of 县级及以上, round 15; nor of a word: 普及率, 涉及,
# round 21; nor a 和 opening one: 和美, 和谐, round 53: "省级和美乡村10个，2个…" gave 省级).
_AND = r"和(?![美谐睦])|与|(?<![普涉波顾遍])及(?!以[上下])"


def _parts(subject: str, n: int) -> list[str] | None:
    """The ``n`` parts of a listed subject, or None: split at 、 and the 和/与/及 joining the
    last two, else at every 和/与/及 too ("汽车及零部件、新材料和…" keeps 汽车及零部件)."""
    listed = subject.split("、")
    listed = listed[:-1] + re.split(_AND, listed[-1], maxsplit=1)
    for items in (listed, re.split(_AND + "|、", subject)):
        if len(items) == n and n >= 2 and all(items):
            return items
    # the 、 alone last, when no 和 joins a measure to more (round 21): "租赁和商务服务业、交通
    # 运输仓储和邮政业营业收入" (not "…绿化覆盖率和人均公园绿地面积", three measures)
    items = subject.split("、")
    if len(items) == n >= 2 and all(items) and not any(
            names_measure(p) for i in items for p in re.split(_AND, i)[:-1]):
        return items
    return None


# A compound measure naming two (产销量: 产量 and 销量), split like a list under 分别:
# "汽车产销量分别增长12%和10%" → 汽车产量, 汽车销量 (round 8). (Kept here, not in
# cues.yml, while cues.yml is another helper's this round.)
_COMPOUND = re.compile(r"产销(?:量)?|进出口|存贷款")  # round 21: 存贷款余额 → 存款…, 贷款…
_COMPOUND_PARTS = {"产销": ("产量", "销量"), "进出口": ("进口", "出口"), "存贷款": ("存款", "贷款")}


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
    if word == "存贷款" or (word == "进出口"
                           and not rest.startswith(("总", "贸易", "企业", "实绩"))):
        return [subject[:m.start()] + p + rest for p in _COMPOUND_PARTS[word]]
    return None


def distribute(subject: str, n: int) -> list[str] | None:
    """The ``n`` labels a 分别 clause hands out, or None if ``subject`` names no parts; a
    later part that is a bare measure takes the first part's owner (round 49, s49b:
    ``labelbareowner.lend_owner``, "…案件、损失金额" → …损失金额 of the cases' owner)."""
    # (session 61, f1: a milestone in words ending a part is no part of its label: "存款余额突破
    # 万亿元、贷款余额" → 存款余额、贷款余额; ``labelmilestone.milestone_subject``)
    subject = "、".join(milestone_subject(p) or p for p in subject.split("、"))
    # session 68: one base compared with goes whole to every part ("…增速比各项贷款平均增速高")
    if (at := comparison_start(subject)) < len(subject) and (out := distribute(subject[:at], n)):
        return [o + subject[at:] for o in out]
    if partners := listed_partners(subject):  # session 60 (f1): 对俄、对美出口 → 对俄出口 …
        out = distribute(partners, n)
        return ["对" + o for o in out] if out else None
    out = graded_parts(subject, n) or _distribute(subject, n)  # round 66 (t1): 国家级、省级…
    items = _parts(subject.replace("分别", ""), n)
    # (session 60, f1: a later part standing for the first's measure, "…产量和销量")
    out = parallel_owner(items, lend_owner(items, out)) if out and items else out
    return owner_kind_shared(out)  # round 88, w4: 民营甲、乙占比 → 民营乙占比


def _distribute(subject: str, n: int) -> list[str] | None:
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
    items = _parts(subject, n) or _parts(re.sub("”(?=“)", "”、", subject), n)  # “保交楼”“保交房”
    if items is None:
        return None
    if led := _verb_lead(subject, items, n):
        return led  # round 18: "新增各类总部机构、大企业开放创新中心" → 新增大企业…
    if any(i.endswith("”") for i in items[:-1]):  # quoted names are whole (round 13)
        return quoted_parts(items)
    if quoted := quoted_last(items):  # session 68: "小微企业、“三农”贷款增速" → 小微企业贷款增速
        return quoted
    if clause := _relative_lead(items):  # round 17: "完成煤改气的农户、学校和医院"
        return [items[0]] + [clause + i for i in items[1:]]
    if counted := counted_class(items):
        return counted  # round 24: "甲、乙和丙三大主导产业年产值" → 甲主导产业年产值
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
    if all(i.endswith(measure_ends("distribute")) for i in items[:-1]):
        # each part names its own measure (…办复率、满意率); a scope word opening the first
        # heads them all (round 20): "农村自来水普及率、卫生厕所普及率" → 农村卫生厕所普及率,
        # but not 城镇 of a name of its own (城镇调查失业率和居民消费价格涨幅)
        parts = shared_share(items, subject_of_first(items))  # round 63 (y1): …占比
        scope = leading_word(items[0], vocab("cues")["subset_part_words"])
        scope = "" if scope == "城镇" else scope
        return [p if not scope or leading_word(p, vocab("cues")["subset_part_words"])
                else scope + p for p in parts]
    head = items[0][:-1]
    piece = tags(items[0])[-1]  # a noun of one character ends a part (示范片区), no piece
    if head and len(piece.word) == 1 and piece.flag != "n" and "\u4e00" <= piece.word <= "\u9fff" \
            and all(len(i) == 1 for i in items[1:-1]) and len(items[-1]) > 2 \
            and len(tags(piece.word + items[-1][1:])[0].word) > 1:
        # One-character parts after a shared head share the last one's rest: "金融机构存、
        # 贷款余额" → 金融机构存款余额, 金融机构贷款余额. The first part's character makes a
        # word with that rest (存|款), not a classifier ending a word of its own (session 60:
        # "限额以上汽车类、石油制品类零售额" gave 限额以上汽车类油制品类零售额).
        rest = items[-1][1:]
        return [head + p + rest for p in (items[0][-1], *items[1:-1])] + [head + items[-1]]
    if shared := _shared_opening(items):
        return shared
    if heads := parallel_heads(items):
        return heads  # round 17: "高新区、经开区营业收入" → 高新区营业收入 (not 高新区收入)
    tails = vocab("cues")["distributive_tails"]
    if any(t in i for t in tails for i in items[:-1]):
        return shared_share(items, lent_measure(items))  # own measures ("铁路旅客发送量、…")
    short = {len(i) for i in items[:-1]}
    at = [items[-1].find(t, 1) for t in tails + vocab("cues")["distributive_subjects"]
          if items[-1].find(t, 1) > 0]
    if len(short) == 1 and (k := short.pop()) <= (3 if not at else 2) and len(items[-1]) > k + 1 \
            and (not at or k in accumulate(len(t.word) for t in tags(items[-1]))
                 or _kin_word(items[0], items[-1]) is not None):
        # Short parallel words share what follows the last one's first word (jieba's):
        # "职工、居民住院报销比例" → 职工住院报销比例, 居民住院报销比例; "城镇和农村居民人均
        # 可支配收入" → 城镇居民… (but "原煤、原油、天然气产量" shares 产量).
        # A first word longer than the parts is theirs in full: "铁路、高速公路运营里程" →
        # 铁路运营里程 (not 铁路公路…); parts of one character are not words ("存、贷款余额").
        # Round 33 (sb): jieba may cut the last part in two ("绿证": 绿|证), its words ending
        # where the parts' length ends: "绿电、绿证交易规模" → 绿电交易规模 (not 绿电规模).
        # Session 62 (f3): a first word of the last part longer than the parts is theirs in
        # full too, unless the first part and its rest make one word ("医疗、养老保险参保率" →
        # 医疗保险参保率; "职工、城乡居民医保参保人数" → 职工医保参保人数): ``_kin_word``.
        kin = _kin_word(items[0], items[-1]) if at else None
        cut = (k if kin is None else kin) if at or k < 2 \
            else max(k, len(tags(items[-1])[0].word))
        return [i + items[-1][_own_kin(items[0], items[-1], cut):] for i in items[:-1]] \
            + [items[-1]]
    if not at:  # round 63 (y1): "数字贸易、服务贸易出口" → 数字贸易出口
        return trailing_head(items) or _shared_head(items)
    start = _word_start(items[-1], min(at))
    if len(items[-1]) - start == 1 and start > 0:
        # A tail of one character takes the word before it ("医疗保险参保率": jieba's 参保|率).
        start = _word_start(items[-1], start - 1)
        if start not in accumulate((len(t.word) for t in tags(items[-1])), initial=0):
            # That word opens the part: no tail to share, each part names its measure
            # (session 58: "门诊量、住院率" gave 门诊量院率).
            return shared_share(items, subject_of_first(items))
    # A rate of handling is one word however jieba cuts it ("办复率": 办|复|率; round 19).
    whole = next((w for w in vocab("cues")["whole_rate_words"] if items[-1].endswith(w)), "")
    start = min(start, len(items[-1]) - len(whole)) if whole else start
    tail = items[-1][parallel_start(items, start):]  # round 45 (s45g): 农用地|安全利用率
    # 产业 before a shared 增加值 is every part's, unless the part ends in 业 of its own:
    # "新一代信息技术、高端装备产业增加值" → 新一代信息技术产业增加值 (but 规模以上工业增加值);
    # so is 产业链 or 产业集群 (``cues.distributive_industry_heads``; round 41, rc41).
    industry = next((w for w in vocab("cues")["distributive_industry_heads"]
                     if items[-1][:start].endswith(w)), "")
    # A part that ends with the tail's first words does not repeat them: "城镇居民、农村
    # 居民人均可支配收入" → 城镇居民人均可支配收入.
    return head_of_parallel(
        [own_measure(i, ("" if i.endswith(("业", "产")) else industry)
                     + tail[max((n for n in range(len(tail)) if i.endswith(tail[:n])), default=0):])
         for i in items[:-1]] + [items[-1]])


def _verb_lead(subject: str, items: list[str], n: int) -> list[str] | None:
    """The parts of a list whose first part opens with a verb said of every part (round
    18, the audit's count's verb dropped): a verb that says what was done to the things
    (``cues.list_shared_verbs``, ``label_kept_verbs``, ``label_manner_verbs``, with the verbs
    right after it) is every part's ("新增各类总部机构、大企业开放创新中心" → 新增大企业开放创新
    中心; "清理规范节庆、评比数量" → 清理规范节庆数量, 清理规范评比数量), a causer's verb
    (``cues.subject_predicate_causers``) none's ("带动新能源汽车、家电类消费" → 新能源汽车
    消费). None when a later part opens with a verb of its own or the rest names no parts."""
    cues = vocab("cues")
    verbs = cues["list_shared_verbs"] + cues["label_kept_verbs"] + cues["label_manner_verbs"]
    verb = leading_word(items[0], verbs + cues["subject_predicate_causers"])
    if verb and (len(tags(items[0])[0].word) > len(verb)
                 or items[0].startswith(tuple(cues["label_leading_keep"]))):
        return None  # a whole word of jieba's: not the 有 of 有效, nor 建设用地
    verb += leading_word(items[0][len(verb):], verbs + cues["distributive_verb_seconds"]) \
        if verb else ""
    causer = verb in cues["subject_predicate_causers"]
    first = tags(items[0][len(verb):])
    if not verb or not first or first[0].flag[:1] == "v" or any(
            leading_word(i, verbs + cues["label_verbs"]) for i in items[1:]):
        return None
    rest = distribute(subject[len(verb):], n) if subject.startswith(verb) else None
    if not rest or (rest != [items[0][len(verb):], *items[1:]] and not names_measure(items[-1])):
        return None  # the parts share the last one's measure only ("…、评比数量")
    return [("" if causer else verb) + r for r in rest]


def _kin_word(first: str, last: str) -> int | None:
    """Where the rest shared with the short part ``first`` starts in ``last`` when jieba's first
    word of ``last`` is longer than ``first`` and more follows it: inside that word, after its
    first ``len(first)`` characters, when ``first`` and the word's rest make one word of
    jieba's (养老保险 for 医疗: 医疗保险); else after the whole word when it ends in a word of
    ``cues.distributive_subjects`` (城乡居民 for 职工: not 职工居民). None otherwise (session 62,
    f3)."""
    word, k = tags(last)[0].word, len(first)
    if len(word) <= k or len(last) <= len(word) or not first.isalpha():
        return None
    if len(tags(first + word[k:])) == 1:
        return k
    # the whole word only when it ends in the people its scope names (城乡|居民), which the
    # first part stands beside (not 新能源 for 家电: "家电、新能源汽车零售额" as before)
    return len(word) if word.endswith(tuple(vocab("cues")["distributive_subjects"])) else None


def _own_kin(first: str, last: str, cut: int) -> int:
    """``cut`` (where the rest ``last`` shares with the short part ``first`` starts) past
    jieba's word of ``last`` opening there when it ends in ``first``'s last character, the
    last part's own word of ``first``'s kind (round 84): "制造业、战略性新兴产业贷款" → 制造业贷款,
    not 制造业新兴产业贷款 (战略性|新兴产业: the cut after 战略性). The word must be a noun: a verb
    ending so is the measure's own ("医保、养老参保率" → 医保参保率, 参保 a verb). Session 62
    (f3): past ``first`` itself where ``last`` names it again after the cut ("企业、规模以上企业
    数量" → 企业数量), and past a noun of one character at the cut (重点|镇). ``cut``
    otherwise."""
    pieces = tags(last)
    starts = list(accumulate((len(t.word) for t in pieces), initial=0))
    for pos, t in zip(starts[:-1], pieces, strict=True):
        if pos >= cut and t.word == first and pos + len(t.word) < len(last):
            return pos + len(t.word)  # session 62 (f3): "企业、规模以上企业数量" → 企业数量
    if cut not in starts[:-1]:
        return cut
    i = starts.index(cut)
    t = pieces[i]
    whole = (len(t.word) > 1 and t.flag.startswith("n") and t.word[-1] == first[-1]
             and cut + len(t.word) < len(last))
    # session 62 (f3): a noun of one character at the cut heads the noun before it, a word
    # following it ("县城、重点镇污水处理率": 重点|镇 → 县城污水处理率, not 县城镇…; not 诈骗|警|情)
    whole = whole or (len(t.word) == 1 and t.flag == "n" and 0 < i < len(pieces) - 1
                      and pieces[i - 1].flag == "n" and len(pieces[i + 1].word) > 1)
    return cut + len(t.word) if whole else cut


def _tail_of(item: str) -> str:
    """The measure ending ``item``, from its first word of ``cues.distributive_tails`` on
    (jieba's word holding it; a tail of one character takes the word before: 治理率), or ""."""
    at = [k for t in vocab("cues")["distributive_tails"] if (k := item.find(t, 1)) > 0]
    if not at:
        return ""
    start = _word_start(item, min(at))
    if len(item) - start == 1 and start > 0:
        start = _word_start(item, start - 1)
        if start not in accumulate((len(t.word) for t in tags(item)), initial=0):
            return ""  # a rate that is one word (利润率: not 润率; session 58)
    return item[start:] if start > 0 else ""


def lent_measure(items: list[str]) -> list[str]:
    """Parts of a 分别 list where some name their own measure: a part naming none takes the
    measure of the next part that names one, and then a place word opening the list
    (``cues.subset_part_words``: 农村, 城市 …) is every part's (round 15, the audit's
    fragments): "农村卫生户厕、生活垃圾处理设施覆盖率和生活污水治理率" → 农村卫生户厕覆盖率,
    农村生活垃圾处理设施覆盖率, 农村生活污水治理率. Parts that all name one stay as they are
    ("铁路旅客发送量、民航旅客吞吐量")."""
    tails = [_tail_of(i) if names_measure(i) else "" for i in items]
    lent = [i if names_measure(i) else i + next((t for t in tails[k + 1:] if t), "")
            for k, i in enumerate(items)]
    if lent == items:
        return items
    places = sorted(vocab("cues")["subset_part_words"], key=len, reverse=True)
    place = next((w for w in places if items[0].startswith(w) and len(items[0]) > len(w) + 1),
                 "")
    return [lent[0]] + [i if not place or i.startswith(tuple(places)) else place + i
                        for i in lent[1:]]


def _shared_head(items: list[str]) -> list[str]:
    """Parts that are verbs alone share the noun ending the last part when it is verbs and
    that noun (round 15, the audit's fragments): "创建示范、评比表彰项目" → 创建示范项目,
    评比表彰项目. Other parts stay as they are."""
    last = tags(items[-1])
    verbs = ("v", "vn")
    if len(last) < 2 or last[-1].flag != "n" or len(last[-1].word) < 2 \
            or any(p.flag not in verbs for p in last[:-1]) \
            or not all(p.flag in verbs for i in items[:-1] for p in tags(i)):
        return items
    return [i + last[-1].word for i in items[:-1]] + [items[-1]]


def _shared_opening(items: list[str]) -> list[str] | None:
    """Later parts that name a measure of their own take the first part's opening, or None:
    a per-unit base (``cues.distributive_per_unit``: 单位GDP) opening the first part, or
    the words before the first part's word the last part opens with (round 15, the
    round-13 leftovers): "单位GDP用水量、能耗、二氧化碳排放量" → 单位GDP能耗, 单位GDP二氧化碳
    排放量; "经济开发区亩均税收、亩均增加值" → 经济开发区亩均税收, 经济开发区亩均增加值."""
    base = next((b for b in vocab("cues")["distributive_per_unit"] if items[0].startswith(b)
                 and len(items[0]) > len(b)), "")
    if not base and all(map(names_measure, items)):
        starts, pos = set(), 0
        for piece in tags(items[0]):  # where jieba's words of the first part start
            starts.add(pos)
            pos += len(piece.word)
        at = next((k for n in range(len(items[-1]) - 1, 1, -1)
                   if (k := items[0].find(items[-1][:n], 1)) in starts - {0}
                   and not items[0].endswith(items[-1][:n])), 0)
        base = items[0][:at]
    if not base or any(i.startswith(base) or own_scope(i) for i in items[1:]):
        return None  # (nor to parts of a scope of their own: 全社会用电量, round 16)
    return [items[0]] + [base + i for i in items[1:]]


def _relative_lead(items: list[str]) -> str:
    """The qualifying clause ending in 的 that opens the first part, when it is every
    part's scope (round 17, the audit's "scope lost"): "完成煤改气或煤改电的农户、学校和
    医院" → 完成煤改气或煤改电的 (学校 and 医院 are those that did it too). The clause holds a
    verb and no digit; the parts are short nouns (jieba's n…, j) with no 的 of their own;
    "" otherwise."""
    m = re.fullmatch(r"([^的\d，、]{2,16}的)([^的\d]{1,8})", items[0])
    if not m or not any(p.flag[:1] == "v" for p in tags(m.group(1)[:-1])):
        return ""
    for item in (m.group(2), *items[1:]):
        pieces = tags(item)
        if len(item) > 8 or "的" in item or not pieces \
                or any(p.flag[:1] not in ("n", "j") for p in pieces):
            return ""
    return m.group(1)
