"""Whose bare measure a label names, where ``labelowners.owned`` finds no owner (round 17,
the audit's owner lost; used by ``naming``).

A label that is a measure word alone (规模, 营收, 增加值, 占地 …: ``cues.bare_owned_measures``)
leaves the reader asking "of what?". Its owner is named before it:

- by the count just before it, in the clause before: "培育文旅企业30家，规模达到20亿元" →
  文旅企业规模; "全县规模以上工业企业达到55家，预计完成增加值15亿元" → 规模以上工业企业增加值
  (the verb saying the things are new goes: the measure is of the things; not after a list
  of counts, whose it is not said: "新增服务业企业1家、批零企业6家，完成增加值…");
- by the subject of the sentence, with no number before the measure: "包钢集团要全力突围，…，
  力争营收达到1200亿元" → 包钢集团营收; "汽车灯具、食品加工、毛绒玩具等产业蓬勃发展，完成产值
  55.5亿元" → 汽车灯具、食品加工、毛绒玩具等产业产值; "县城工业园区通过深入挖潜、强化服务，
  年底力争完成产值190亿元" → 县城工业园区产值.

Not the standard changed from … to … in the clause before: "人均筹资标准由150元提高到350元，
参合人数…" → 参合人数 (session 60, f2); the money changed itself owns the count ("基础养老金由…
提高到100元，领取人数…" → …基础养老金领取人数: round 82 review, r1;
``cues.change_standard_owners``).

Its owner after a list (the parts of a sized list, a list's item after a count) is
``labelitemowner``'s (split from here in round 76, tidy). The words are data (``vocab/cues.yml``).
"""

from __future__ import annotations

import re
from functools import cache
from itertools import takewhile

from workreport.extract.labelclean import strip_words
from workreport.extract.labelitemowner import item_owner, listed_parts
from workreport.extract.labelratios import list_rate
from workreport.extract.labelwords import leading_word, owned_by, tags
from workreport.extract.nonfigureown import capacity_project_money
from workreport.extract.nonfigures import alternation, classifiers
from workreport.extract.numbers import vocab

__all__ = ["bare_owner", "listed_rate", "projects_money"]

_COUNTED = classifiers("家个所座户名人只项件栋套处条")
_COUNT_END = re.compile(rf"[\d.]+[万千百]?{_COUNTED}(?:以上|左右|余)?$")
_COUNT_FIRST = rf"[\d.]+[万千百]?{_COUNTED}[余多]?"  # "推进12个安置区项目建设"
_LEVELS = re.compile(r"[省市县区]、(?=[省市县区]级)")
_LISTED = re.compile(r"[^\d，；：]{2,40}?(?:等|[两三四五六七八九十]大)[\u4e00-\u9fff]{0,4}?"
                     r"(?:产业|行业|企业|园区|基地)")


def bare_owner(name: str, previous: str | None, before: str, money: bool = False) -> str:
    """``name`` with its owner (see the module's doc), or "" (no bare measure of ``cues.
    bare_owned_measures``, no owner found). ``previous``: the label of the figure before in this
    clause or the one before (or None); ``before``: the sentence up to the number; ``money``."""
    cues = vocab("cues")
    if money and not previous and (project := capacity_project_money(name, before)):
        return project  # "开工建设年产20万吨再生铝项目，总投资8亿元" (round 30)
    if money and (helped := _helped(name)):
        return helped
    if previous and (part := _part_investment(name, previous, before)):
        return part
    if previous and (stem := _owner_before(name, previous, before, parallel=True)):
        return stem  # "城乡居民医疗保险参保人数80万，参保率…" (before labelrates.rate_owner)
    if previous and (item := item_owner(name, previous, before)):
        return item  # "出让林权30宗、成交价2.1亿元" → 出让林权成交价 (round 31)
    if name in cues["bare_owned_measures"] and "分别" in before.split("，")[-1] \
            and not previous:
        return listed_parts(name, before)  # the parts' (labeldistribute.distribute, round 31)
    if name not in cues["bare_owned_measures"] or "分别" in before.split("，")[-1]:
        return ""
    clauses = [c.strip() for c in re.split(r"[，；;,]", before.split("；")[-1])]
    if previous:
        return _count_owner(name, previous, clauses)
    if any(re.search(r"\d", c) for c in clauses[:-1]) \
            or clauses[-1].startswith(tuple(cues["scope_words"])):  # 全县税收: the whole's
        return ""
    for clause in reversed(clauses[:-1]):
        if owner := _subject(clause):
            return owned_by(owner, name)
    return ""


def _count_owner(name: str, previous: str, clauses: list[str]) -> str:
    """The things the count in the clause before counts, named by ``previous``."""
    cues = vocab("cues")
    # (a level written as a list is one word: 省、市级农业龙头企业)
    clause, one = (_LEVELS.sub("", c) for c in (clauses[-2] if len(clauses) > 1 else "",
                                                 previous))
    own = strip_words(previous, cues["total_drops"] + cues["label_kept_verbs"]
                      + cues["label_verbs"], leading=True)
    # The count may come first: "推进12个安置区项目建设，总建筑面积…" (round 22).
    if re.search(_COUNT_FIRST + re.escape(previous), clause):
        own = previous  # the things as written after their count: no verb to strip
    if len(clauses) < 2 or not (_COUNT_END.search(clause) or (own
                                and re.search(_COUNT_FIRST + re.escape(own), clause))) \
            or "、" in clause or re.search(r"[、和及与]|率$|比重$|比例$", one):
        return ""
    measures = tuple(cues["bare_owned_measures"] + cues["owned_measure_words"]
                     + cues["money_nouns"])
    if len(own) < 2 or own.endswith(measures) or name in own:
        return ""
    return owned_by(own, name)


def _subject(clause: str) -> str:
    """The owner a clause with no number opens with: a list of names ending in 等 or N大 and
    an industry, zone or firm word ("索具、汽车零部件、石油物探装备三大主导产业…"), or nouns
    (jieba's) up to a verb, adverb, preposition or idiom, of three characters or more, after
    the leading words of ``cues.label_leading`` and ``cues.owner_leading``; "" otherwise."""
    cues = vocab("cues")
    clause = strip_words(clause, cues["owner_leading"] + cues["label_leading"], leading=True)
    first = tags(clause)[:1]
    if not first or first[0].flag[:1] in ("v", "d", "p", "c"):
        return ""  # "以…等产业为重点", "重点发展…四大主导产业": no subject
    if m := _LISTED.match(clause):
        return m.group(0)
    words: list[str] = []
    pieces = tags(clause)
    for p in pieces:
        if not (p.flag[:1] in ("n", "j") or p.flag == "zg") or p.word in cues["subject_stops"]:
            break
        words.append(p.word)
    rest = pieces[len(words):]
    owner = "".join(words)
    if not rest or rest[0].flag[:1] not in ("v", "d", "p", "i", "a") or len(owner) < 3 \
            or "、" in owner or not owner.endswith(tuple(cues["owner_heads"])):
        return ""
    return owner


def projects_money(name: str, before: str) -> str:
    """Money invested with no owner of its own (投资, 完成投资, 累计投资) is of the projects
    an earlier clause of the sentence counts or names (round 19, owner lost; ``naming``
    asks when no rule before named one): "20个市重点项目稳步推进，全年共计完成投资40亿元"
    → 市重点项目投资 (完成 goes, as the gold has it); "2018年列入省市重点项目19项，…，项目开工率
    100%，完成投资…" → 省市重点项目投资; "实施了…等一批重大项目，累计投资…" → 重大项目累计投资."""
    cues = vocab("cues")
    if name not in cues["projects_money"]:
        return ""
    clauses = re.split(r"[，,]", before.split("；")[-1])
    heads = alternation(cues["projects_money_heads"])
    found = [m.group(1) for c in clauses[:-1] for m in re.finditer(
        rf"(?:\d+[个项]|等|一批|^|年|{alternation(cues['projects_money_openers'])})([\u4e00-\u9fff“”]{{2,12}}?(?:{heads}))(?=\d+[个项]|[^\u4e00-\u9fff]|"
        rf"{alternation(cues['projects_money_predicates'])}|$)", c.strip())]
    owner = strip_words(found[-1], cues["label_verbs"] + cues["label_leading"] + cues[
        "label_kept_verbs"] + cues["label_leading_before_projects"], leading=True) if found else ""
    if len(owner) < 4 or re.search(r"\d", owner):
        return ""
    return owner + name.replace("完成", "")


def _helped(name: str) -> str:
    """Money a causer helped others to (``cues.money_causers``: 帮助) is theirs, the causer
    gone and a 数 after a loss too: "帮助企业挽回损失数…" → 企业挽回损失; "" for a label
    opening with no causer, or with no owner (a noun of jieba's) and what it got after it."""
    causer = leading_word(name, vocab("cues")["money_causers"])
    rest = re.sub(r"损失数$", "损失", name[len(causer):])
    pieces = tags(rest) if causer else ()
    if len(pieces) < 2 or pieces[0].flag[:1] not in ("n", "j"):
        return ""
    return rest


def _part_investment(name: str, previous: str, before: str) -> str:
    """The investment in new (续建, 在建 …) projects after 其中, part of a total investment
    named by its projects' owner: "某产业园项目12个，总投资80亿元，其中新建投资50亿元" →
    某产业园新建项目投资; "" otherwise."""
    m = re.fullmatch(r"(新建|续建|改扩建|扩建|新开工|在建)(?:项目)?投资", name)
    if not m or not previous.endswith("总投资") \
            or not re.split(r"[，；;,]", before)[-1].strip().startswith("其中"):
        return ""
    owner = previous[:-3]
    if owner.endswith("项目"):
        return owner[:-2] + m.group(1) + "项目投资"
    return owner + m.group(1) + "投资" if len(owner) > 1 else ""


def listed_rate(name: str, before: str, previous: str | None = None) -> str:
    """``labelratios.list_rate``, or, for a bare rate or measure left so, its owner in an earlier
    clause of ``before`` (the sentence up to the number): the things an earlier count
    counts (``_counted_earlier``; round 22), else the owner of the clause just before
    (``_owner_before``; round 23); ``previous`` is the label of the figure before when it
    stands in this clause or the one before (None otherwise)."""
    if (listed := list_rate(name, before)) != name:
        return listed
    return _counted_earlier(name, before) or _owner_before(name, previous, before) or name


def _bare_head(name: str) -> str | None:
    """What stands before the measure word (of ``cues.bare_owned_measures``, ``owned_measure_
    words``, ``counted_sizes``, ``bare_measure_words``, ``owner_lost_rates``, or two characters
    and 率 or 数) of a measure named by at most three characters more: 改造面积 → 改造, 参保率
    → "", 群众满意率 → 群众; None for no bare measure (``_acts``: a head naming no thing)."""
    cues = vocab("cues")
    words = cues["bare_owned_measures"] + cues["owned_measure_words"] + cues["counted_sizes"] \
        + cues["bare_measure_words"] + cues["owner_lost_rates"]
    found = [name[: -len(w)] for w in words if name.endswith(w)] or [
        m.group(1) for m in [re.fullmatch(r"([\u4e00-\u9fff]{0,2}?)[\u4e00-\u9fff]{2}[率数]", name)]
        if m]
    head = min(found, key=len) if found else None
    if head is None or len(head) > 3 or name in cues["standalone_rates"]:
        return None
    return head


def _acts(head: str | None, flags: str = "vds") -> bool:
    """Whether ``head`` (of ``_bare_head``) names no thing: nothing, a verb, adverb or place
    word of jieba's (``flags``) or a word of ``cues.measure_act_words`` (改造, 网上, 利用)."""
    return head is not None and (not head or head in vocab("cues")["measure_act_words"] or all(
        p.flag[:1] in flags for p in tags(head)))


def _owner_before(name: str, previous: str | None, before: str, parallel: bool = False) -> str:
    """A bare measure (``_bare_head``) opening its clause is of the owner the clause just
    before names (round 23, the audits' owner lost), its verb gone unless the measure is of
    the act (改造面积 keeps 改造): the owner of a parallel measure ("电信诈骗案件发案数下降…，
    损失数下降…" → 电信诈骗案件损失数), the things a count counts ("改造老旧小区6个，改造面积…"
    → 老旧小区改造面积; "养老保险扩面2000人，参保率…" → 养老保险参保率), whose topic when the
    measure names its own thing among them ("某热线受理群众诉求5万件，群众满意率…" → 某热线
    群众满意率), or, with no number before, the clause's subject ("政务服务事项实现一网通办，
    网上办理率…" → 政务服务事项网上办理率). "" otherwise (no owner, a list; not a parallel
    measure when ``parallel``: ``bare_owner`` asks so, before ``labelrates.rate_owner``)."""
    cues = vocab("cues")
    # (a figure's 、 ends its clause: "签约金额1.15万亿元、到位资金…")
    clauses = [c.strip() for c in re.split(r"[，,]|(?<=[\d%元])、|(?<=\d[\u4e00-\u9fff])、",
                                           before.split("；")[-1].split("。")[-1])]
    head = _bare_head(name)
    if head is None or len(clauses) < 2 or name in cues["bare_owned_measures"] + cues[
            "owned_measure_words"] + cues["counted_sizes"] \
            or not strip_words(clauses[-1], cues["label_leading"], leading=True).startswith(name):
        return ""
    drops = cues["rate_owner_drops"] + cues["label_verbs"] + cues["label_kept_verbs"] \
        + cues["total_drops"]
    bounds = {len("".join(p.word for p in tags(previous)[:i]))
              for i in range(len(tags(previous)) + 1)} if previous else set()
    if previous is None and not parallel:
        own = _clause_owner(clauses[-2]) if head and _acts(head) \
            and not re.search(r"\d", before) else ""
        own = own if own.endswith(tuple(cues["measure_owner_heads"])) else ""  # 政务服务事项
    elif not previous or re.search(r"[、和及与]", previous) or not re.search(r"\d", clauses[-2]):
        return ""
    elif same := next((previous[: -k] for k in range(min(len(previous) - 2, 5), 1, -1)
                       if _acts(_bare_head(previous[-k:]), "v") and len(previous) - k in bounds),
                      ""):
        # "…案件发案数…，损失数…", "…参保人数…，参保率" (not "…集中供热面积…，集中供热率"; the
        # owner a noun of three characters or more, 新增 … gone: not 人均, 东西部扶贫)
        own = strip_words(same, drops, leading=True)
        own = own if _acts(head) and not (head and head in previous) and len(own) > 2 \
            and tags(own)[-1].flag[:1] in ("n", "j") else ""
    elif parallel:
        return ""
    else:
        own = strip_words(previous, drops, leading=True)
        if not re.search(r"\d[^\d，]{0,3}$", clauses[-2]) \
                or (re.search(r"[由从][^，,]*\d[^，,]*[到至]", clauses[-2])
                    and previous.endswith(tuple(cues["change_standard_owners"]))):
            return ""  # the count ends the clause before: "改造老旧小区6个，改造面积…"; not a
        # change from … to … of a standard (session 60, f2: "人均筹资标准由150元提高到350元，
        # 参合人数…": a standard's level owns no count after it; round 82 review, r1: the money
        # itself does, "基础养老金由…提高到100元，领取人数…" → 基础养老金领取人数)
        if not _acts(head) and own.find(head) > 0:  # "…热线受理群众诉求…，群众满意率"
            own = _clause_owner(own[: own.find(head)])  # (a verb after it: not 农村贫困人口)
        elif head and _acts(head) and not name.endswith("率") and head in own:
            name = name[len(head):]  # "新签约文旅项目30个，签约规模…" → 新签约文旅项目规模
        elif head and _acts(head) and not name.endswith("率"):  # (rates: rate_owner's; r71: 新上)
            own = _clause_owner(strip_words(own, cues["money_noun_acts"], leading=True), True)
        else:
            return ""
    if len(own) < 2 or name.startswith(own) \
            or re.search(r"[、和及与]", own) or re.search(r"\d", re.sub(r"\d+(?=热线)", "", own)):
        return ""
    return owned_by(own, name)


def _clause_owner(clause: str, bare: bool = False) -> str:
    """The nouns (jieba's) a clause opens with, up to a verb ("政务服务事项实现一网通办" →
    政务服务事项; a noun of jieba's used as a verb goes on: 政务服务), after its leading
    words; "" when it opens with no noun or names nothing else, or, unless ``bare`` (the
    label of a count), when nothing follows them."""
    cues = vocab("cues")
    pieces = tags(strip_words(clause, cues["label_leading"], leading=True))
    words: list[str] = []
    for i, p in enumerate(pieces):  # (an adjective or a verbal noun before a noun: 老旧小区)
        noun = p.flag[:1] in ("n", "j", "m") or p.flag in ("eng", "zg") or (
            p.flag in ("vn", "a", "b") and any(q.flag[:1] == "n" for q in pieces[i + 1:i + 3]))
        if not noun or p.word in cues["subject_stops"]:
            break
        words.append(p.word)
    rest = pieces[len(words):]
    own = "".join(words)
    if not words or pieces[0].flag[:1] not in ("n", "j", "m", "e", "a", "b") \
            or (rest and rest[0].flag[:1] not in ("v", "d")) or (not rest and not bare) \
            or (rest and bare and any(len(p.word) > 1 and p.flag[:1] == "n" for p in rest)):
        return ""
    return own


def _counted_earlier(name: str, before: str) -> str:
    """A bare rate of an act (开工率, 落地率; its words before ``\\w{2}率`` those the owner
    ends with: 项目落地率) that opens its clause is of the things a count up to four clauses
    before it counts, noun first or number first, when no other count stands between (round
    22, the audit's owner lost): "全县共谋划省级重点项目36个，总投资…，开工率达到95%" → 省级
    重点项目开工率; "新签约文旅项目120个，一批项目落地，项目落地率…" → 新签约文旅项目落地率.
    So is a size built (``cues.counted_sizes``: 建成面积) after a count in the clause just
    before, with money alone beside it ("8个示范村完成投资2亿元，建成面积…" → 示范村建成面积).
    "" otherwise (a rate that names its own thing: ``cues.standalone_rates``)."""
    cues = vocab("cues")
    clauses = [c.strip() for c in re.split(r"[，,]|(?<=[元个件户人家项])、",
                                           before.split("；")[-1].split("。")[-1])]
    drops = cues["rate_owner_drops"] + cues["label_verbs"] + cues["label_leading"]
    sized = name in cues["counted_sizes"]
    # (the words the owner ends with, the rate: "项目", "落地率"; none for a size)
    rate = re.fullmatch(r"([\u4e00-\u9fff]{0,3}?)([\u4e00-\u9fff]{2}率)", name)
    tail, rated = ("", "") if sized else rate.groups() if rate else (None, None)
    if tail is None or len(clauses) < 2 \
            or not strip_words(clauses[-1], cues["label_leading"], leading=True).startswith(name) \
            or rated in cues["standalone_rates"] or name in cues["standalone_rates"] \
            or (sized and re.search(r"\d(?![\d.]*[万亿]?元)", re.sub(r"\d[\d.]*[万亿]?元", "",
                                                                clauses[-2])) is None):
        return ""
    for clause in reversed(clauses[-2:-1] if sized else clauses[-5:-1]):
        found = [m for m in _earlier_count().finditer(clause)]
        if len(found) > 1 or (found and re.search(r"率|%", clause)) \
                or (sized and len(re.findall(r"\d+(?:\.\d+)?", clause)) - len(found) \
                > len(re.findall(r"\d[\d.]*[万亿]?元", clause))):
            return ""
        if not found:
            continue
        m = found[0]
        after = re.match(r"[\u4e00-\u9fff]{2,12}", clause[m.end():])
        # number first: the nouns after it, up to a verb ("31个政府债券项目申报资金…")
        nouns = [p.word for p in takewhile(lambda p: p.flag[:1] in "njba" and p.word not in
                                            cues["subject_stops"], tags(after.group(0)))] \
            if after else []
        own = "".join(nouns) if after else strip_words(clause[:m.start()], drops, leading=True)
        own = re.sub(r"^.*?(?:共|累计|全年)", "", own)
        pieces = tags(own) if len(own) > 1 else ()
        if not pieces or re.search(r"[\d、和及与“”（）()等]", own) \
                or pieces[-1].flag[:1] not in ("n", "j") or not own.endswith(tail) \
                or own.endswith(tuple(cues["money_nouns"] + ["资金", "人数", "户数", "人次"])):
            return ""
        return owned_by(own, name)
    return ""


@cache
def _earlier_count() -> re.Pattern[str]:
    """A count in ``cues.rate_owner_units``, ``cues.count_measure_units``, 套 or 栋, or a
    number of 万 (``_counted_earlier``), built once (tidy, rc)."""
    cues = vocab("cues")
    units = "|".join(cues["rate_owner_units"] + cues["count_measure_units"] + ["套", "栋"])
    return re.compile(rf"\d+(?:\.\d+)?[万千]?[余多]?(?:{units})|\d+(?:\.\d+)?万")
