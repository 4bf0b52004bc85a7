"""A subject or scope shared by the items of a list (round 24, the seed-9001 draw's
"scope lost" over a list).

A sentence names a subject once and then lists several measures or things, each with its
number: the first item keeps the subject, the later ones lost it. Three forms:

- an item standing for the word that ends the first item (parallel: the same last or first
  characters, about as long): "打造电商示范镇1个、示范村5个" → 电商示范村, "口岸货运量、客运量
  分别增长…" → 口岸客运量 (``parallel_subject``);
- two measures of one owner (``cues.list_owner_measures``): "某国企净资产增长9%、研发投入增长
  30%" → 某国企研发投入 (``parallel_subject`` too);
- a 分别 list whose last item names the class the items are counted in ("甲、乙和丙三大主导
  产业年产值") hands that class and measure to every item (``counted_class``).

The words are data (``vocab/cues.yml``).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelsiblings import sibling_kind
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import leading_word, tags
from workreport.extract.nonfigures import alternation
from workreport.extract.numbers import vocab
from workreport.extract.units import unit_measure

__all__ = ["counted_class", "grade_noun", "graded", "list_subject", "parallel_parts",
           "parallel_subject",
           "tiered"]

# A count of the items of a list, before the class they are counted in ("三大", "4个").
_COUNT = re.compile(r"(?:[两二三四五六七八九十]|\d{1,2})(?:大|个|类)")


def _parallel_word(a: str, b: str) -> bool:
    """Whether words ``a`` and ``b`` are as long and end alike (存款, 贷款)."""
    return len(a) == len(b) >= 2 and a[-1] == b[-1] and a != b


def parallel_subject(first: str, item: str) -> str:
    """``item``, a later item of a list, with the subject of ``first`` (the first item's
    label) when ``item`` stands for the word ending ``first`` (round 24): the subject is
    ``first``'s words (jieba's) before a suffix of about ``item``'s length (one character
    more or less, the longer one first) that ends or opens as ``item`` does: "集体经济强村",
    "薄弱村" → 集体经济薄弱村; "煤电机组节能降碳改造", "灵活性改造" → 煤电机组灵活性改造;
    or before a measure of ``cues.list_owner_measures`` when ``item`` is one too: "某国企净资产",
    "研发投入" → 某国企研发投入. Not for an item of more than five characters (a measure of
    its own: "…、空气质量优良天数比例") unless a measure of an owner, one found in ``first``,
    nor a subject of fewer than two characters, ending in a verb, a word of
    ``cues.neutral_before_number`` (实际利用内资, 利用外资) or sharing two characters with
    ``item`` (产业技术研究院, 产业研究院); ``item`` stays then. Nor when both end in a head
    the list shares (``cues.list_trailing_heads``, round 63, y1) and what ``item`` names before
    it is no word parallel to the one before it in ``first``: "高新技术产品出口", "地产品出口"
    stays (the local products, no kind of high-tech ones; but "金融机构存款余额", "贷款余额"
    → 金融机构贷款余额)."""
    owned = vocab("cues")["list_owner_measures"]
    if not first or not item or (len(item) > 5 and item not in owned) or item in first:
        return item
    head = next((h for h in cue_words("list_trailing_heads")
                 if first.endswith(h) and item.endswith(h) and len(first) > len(h)), "")
    if head and not _parallel_word(tags(first[:-len(head)])[-1].word, item[:-len(head)]):
        return item
    pieces = [p.word for p in tags(first)]
    subject = ""
    if item in owned:
        subject = next((first[:-len(m)] for m in sorted(owned, key=len, reverse=True)
                        if first.endswith(m) and m != item), "")
    if not subject:
        cuts = sorted(((abs(len(x) - len(item)), -len(x), k) for k in range(1, len(pieces))
                       if (x := "".join(pieces[k:])) != item and abs(len(x) - len(item)) <= 1
                       and (x[:2] == item[:2] or _same_tail(x, item, pieces[k:])
                            or _paired(x, item))),
                      key=lambda c: c[:2])
        subject = "".join(pieces[:cuts[0][2]]) if cuts else ""
        head = bool(cuts) and (first[len(subject):][:2] == item[:2]
                               or _paired(first[len(subject):], item))
        rest = tags(first[len(subject):]) if subject else ()
        if subject and not head and (not _owner_like(subject, item)
                                     or (len(rest) > 2 and len(rest[0].word) == 1)):
            return item
    if len(subject) < 2 or (tags(subject)[-1].flag[:1] in ("v", "p", "c", "u")
                            and not _themed(subject, first[len(subject):], item)) \
            or subject in vocab("cues")["neutral_before_number"] \
            or any(subject[k:k + 2] in item for k in range(len(subject) - 1)):
        return item
    return subject + item


def _paired(word: str, item: str) -> bool:
    """Whether ``word`` and ``item`` are heads that stand for each other in a list though
    they share no two characters (``cues.list_paired_heads``, round 84, x2: 授予单位 and
    授权点 of 学位)."""
    return any(word in pair and item in pair and word != item
               for pair in vocab("cues")["list_paired_heads"])


def _themed(subject: str, shared: str, item: str) -> bool:
    """Whether ``subject``, ending in a word jieba tags a verb (康|养, 村庄清洁行动, 乡村振兴),
    is the theme of a programme whose mark of rank or level (``cues.list_shared_marks``,
    ``cues.list_tier_levels``: 示范, 省级) opens both the rest of the first item (``shared``)
    and the later ``item``: "康养示范社区1个、示范乡村8个" → 康养示范乡村, "村庄清洁行动省级示范
    乡镇2个、省级示范村34个" → 村庄清洁行动省级示范村 (round 82, x1). Not a verb alone or one
    opening it (the list's act: 打造示范镇, 示范村), which has no noun (jieba's) in it."""
    marks = sorted(cue_words("list_shared_marks") + cue_words("list_tier_levels"),
                   key=len, reverse=True)
    mark = next((m for m in marks if shared.startswith(m)), "")
    pieces = tags(subject)
    return bool(mark) and item.startswith(mark) and pieces[0].flag[:1] != "v" \
        and any(p.flag[:1] in ("n", "j", "s") for p in pieces)


def parallel_parts(parts: list[str]) -> list[str]:
    """The labels of the things one figure is each one's (``labeleach.each_of``: 均, 各), each
    later one that stands for the word ending the one before with that one's subject
    (``parallel_subject``), as the parts of a 分别 group take it (``labelorder.distributed``):
    "清洁能源装机容量和发电量占比均超过50%" → 清洁能源装机容量占比, 清洁能源发电量占比 (round
    82, x1; the development draws' "scope lost": the bare 发电量占比 is every source's)."""
    out = list(parts)
    for k in range(1, len(out)):
        out[k] = parallel_subject(out[k - 1], out[k])
    return out


def _same_tail(word: str, item: str, pieces: list[str]) -> bool:
    """Whether ``word`` (jieba's ``pieces``) and ``item`` end alike: in two characters or
    more (货运量, 客运量; 降碳改造, 灵活性改造) or in ``word``'s last piece (强|村, 薄弱村);
    not in one character of a longer word (加工量, 发电量; 两项补贴, 高龄津贴)."""
    return word[-2:] == item[-2:] or item.endswith(pieces[-1])


def _owner_like(subject: str, item: str) -> bool:
    """Whether ``subject`` reads as the owner or object of an item that only ends as the
    word it stands for does (round 24): four characters or more, or a place (jieba's s:
    口岸); nouns (jieba's), no verb among them ("到位省外", "应届高校"), the last of two
    characters or more and no modifier (单项, 主次: b; 清洁: a; 世界500), no character shared
    with ``item`` (省外境内资金, 省内资金). The word stood for opens with a piece of its own,
    not one character of a longer name (专精|特|新企业: ``parallel_subject``)."""
    pieces = tags(subject)
    if len(subject) < 4 and pieces[-1].flag != "s":
        return False  # a short modifier: "保护性地标产品", "专业技术人才"
    return all(p.flag[:1] not in ("v", "m", "e") for p in pieces) and len(pieces[-1].word) > 1 \
        and pieces[-1].flag[:1] in ("n", "j", "s") and not set(subject) & set(item)


def list_subject(label: str, before: str, previous: str | None, unit: str = "") -> str:
    """A later item of a 、-list with its own number (``label``; ``before``, the sentence up
    to the number) with the subject of the first item (``previous``, its label), by
    ``parallel_subject`` (round 24): "打造电商示范镇1个、示范村5个" → 打造电商示范村 (a verb
    the list shares, kept before both, stays first); "某国企净资产增长9%、研发投入增长30%" →
    某国企研发投入. The item's text is the label's last words, then at most a verb of change
    or reach (``_after_item``); the first item's text holds ``previous`` and its number is in
    the figure's ``unit`` (not "新创建省级美丽乡村10个、美丽庭院2万户": other things)."""
    clause = re.split(r"[，；：。,;:！？]", before)[-1]
    if not label or not previous or "、" not in clause:
        return label
    first, item = clause.rsplit("、", 1)
    first = first.rsplit("、", 1)[-1]
    measure = unit_measure(re.sub(r"(?:以上|左右|多|余)$", "", first))
    if unit and (not measure or measure != unit_measure(unit)):
        return label
    at = next((k for k in range(len(item), 1, -1)
               if label.endswith(item[:k]) and _after_item().fullmatch(item[k:])), 0)
    noun = item[:at]
    if not noun or re.search(r"\d", noun):
        return label
    verb = label[:len(label) - len(noun)]
    if not previous.startswith(verb):
        return label
    lead = clause.split("、", 1)[0]  # the list's first item (round 60: sibling_kind)
    if previous[len(verb):] not in first:
        if carried := _carried_subject(previous[len(verb):], first, clause, noun):
            return verb + carried
        # a third item: the grade the item before carried from the list's head (round 45)
        got = _head_graded(previous[len(verb):], noun, verb, clause)
        got = got if got != noun or not verb else sibling_kind(previous[len(verb):], noun, lead)
        return verb + got if got != noun else label
    got = parallel_subject(previous[len(verb):], noun)
    got = got if got != noun else _marked_class(previous[len(verb):], noun)
    got = got if got != noun else _signed_by(previous[len(verb):], noun)
    got = got if got != noun else tiered(previous[len(verb):], noun)
    got = got if got != noun else _head_graded(previous[len(verb):], noun, verb, clause)
    got = got if got != noun or not verb else sibling_kind(previous[len(verb):], noun, lead)
    return verb + got if got != noun else label


def tiered(first: str, item: str) -> str:
    """``item``, a later item of a list that is a tier of villages or towns
    (``cues.list_tier_items``: 示范村, 重点村 …), with the level and programme that ``first``
    (the first item's label, its verb gone) opens with, when ``first`` counts villages or
    towns too (round 42, ra42; the draws' "scope lost": a bare 示范村 does not say whose):
    ("省级和美乡村", "示范村") → 省级和美乡村示范村; ("省级乡村振兴先进乡镇", "示范村") →
    省级乡村振兴示范村 (the programme of ``cues.list_tier_programmes``); ("市级先进乡镇",
    "示范村") → 市级示范村 (a level of ``cues.list_tier_levels`` alone). ``item`` stays
    otherwise ("省级龙头企业", "示范村": no villages counted first)."""
    cues = vocab("cues")
    if item not in cues["list_tier_items"] or not first.endswith(("村", "镇", "乡镇")):
        return item
    programme = re.search(alternation(cues["list_tier_programmes"]), first)
    if programme:
        return first[: programme.end()] + item
    level = leading_word(first, cues["list_tier_levels"])
    return level + item if level else item


def graded(first: str, item: str) -> str:
    """``item``, a later item of a list, with the grade that opens the first item's label
    ``first`` (its verb gone) when that grade is a threshold or a statistical class
    (``cues.list_shared_grades``: 市级以上 …; ``cues.list_shared_classes``: 入统, 规上 …,
    only over a sector's firms, ``cues.list_shared_class_items``), shared by every item
    (Round 45, s45a; the draws' "scope lost": "新增入统服务业企业1家、批零企业6家" → 新增入统
    批零企业, "新增市级以上龙头企业28家、农民合作社66家" → 新增市级以上农民合作社). Not when
    ``item`` is longer than six characters, ends in no noun (jieba's), holds a grade of its
    own (``cues.list_shared_item_grades``: 级, 以上, 国家, 规上 …) or a mark of rank (``cues.
    list_shared_marks``: 示范, as the Nanjing gold reads "新增市级以上示范合作社30家、示范家庭
    农场50家"), or opens as ``first`` does past the grade; ``item`` stays then."""
    cues = vocab("cues")
    grade = leading_word(first, cues["list_shared_grades"] + cues["list_shared_classes"])
    rest = first[len(grade):]
    if grade in cues["list_shared_classes"] and not item.endswith(
            tuple(cues["list_shared_class_items"])):
        return item  # 规上工业企业, not 规上高新技术企业: a class of a sector's firms
    # (quote marks are no characters of the name: “专精特新”企业, round 82, x1)
    if not grade or len(rest) < 2 or not 1 < len(re.sub(r"[“”]", "", item)) <= 6 \
            or rest.startswith(item) \
            or any(w in item for w in cues["list_shared_item_grades"]) \
            or tags(item)[-1].flag[:1] not in ("n", "j", "l") \
            or any(m in item for m in cues["list_shared_marks"]):
        return item
    return grade + item


def _head_graded(first: str, item: str, verb: str, clause: str) -> str:
    """``graded`` for a list that shares a ``verb``, the grade standing in the list's first
    item in ``clause`` (round 45: not "新增甲1家、市级以上乙9家、丙3家", whose grade is the
    second item's own)."""
    got = graded(first, item) if verb else item
    return got if got[:len(got) - len(item)] in clause.split("、", 1)[0] else item


def _signed_by(first: str, item: str) -> str:
    """A later item of a list, nouns only (jieba's), ending in the two characters that end
    the first item's label ``first`` (a noun: 项目), with the words of ``first`` up to its
    last verb when a named subject of four Chinese characters or more (jieba's nouns,
    places; no verb, no quote: not “三化” of "“三化”改造项目") stands before that verb and
    its adverbs (Round 32, rw): "某示范区新签约产业合作项目40个、物流服务项目18个" → 某示范区
    新签约物流服务项目 (not bare 物流服务项目, a total of another); not 人才 of "人才引进
    项目". ``item`` stays otherwise; a mark of rank (``cues.list_shared_marks``: 示范, jieba's
    verb) is no verb (round 53: "省级专精特新示范企业4家、科技型中小企业216家" gave
    省级专精特新示范科技型中小企业)."""
    pieces = tags(first)
    marks = vocab("cues")["list_shared_marks"]
    verbs = [k for k, p in enumerate(pieces) if p.flag == "v" and p.word not in marks]
    if not verbs or verbs[-1] == len(pieces) - 1 or len(item) < 4 \
            or any(p.flag[:1] not in ("n", "j") for p in tags(item)) \
            or item[-2:] != first[-2:] or tags(first[-2:])[-1].flag[:1] != "n":
        return item
    start = verbs[-1]
    while start > 0 and pieces[start - 1].flag in ("a", "d", "v"):
        start -= 1
    subject = pieces[:start]
    if not re.fullmatch(r"[\u4e00-\u9fff]{4,}", "".join(p.word for p in subject)) \
            or any(p.flag == "v" for p in subject) \
            or not any(p.flag[:1] in ("n", "j", "s") for p in subject):
        return item
    return "".join(p.word for p in pieces[:verbs[-1] + 1]) + item


def _carried_subject(before_item: str, own: str, clause: str, noun: str) -> str:
    """A third or later item of a list with the subject the item before it carried (Round 31
    (rs2): its label ``before_item`` is a subject written once before the list's first item
    and the item's own text ``own``): "推进甲厂脱硫改造5万千瓦、脱硝改造3万千瓦、除尘改造4万千瓦"
    → 甲厂除尘改造, when ``noun`` ends or opens as that item does; "" otherwise. A level of
    ``cues.list_kind_levels`` (国家级) is no subject: ``sibling_kind`` shares it (round 81, x1:
    not 国家级上市企业 after 国家级制造业单项冠军企业). Nor a subject sharing two characters with
    ``noun``, as ``parallel_subject`` refuses one (round 84 review q2: "新增博士学位授予单位2个、
    授权点10个、专业学位授权点6个" keeps 专业学位授权点, not 博士学位专业学位授权点)."""
    text = re.match(r"[^\d]*", own).group(0)
    subject = before_item[:-len(text)] if text and before_item.endswith(text) else ""
    head = clause.split("、", 1)[0]
    if len(subject) < 2 or subject in vocab("cues")["list_kind_levels"] \
            or subject not in head or noun in before_item \
            or any(subject[k:k + 2] in noun for k in range(len(subject) - 1)) \
            or not (text[-2:] == noun[-2:] or text[:2] == noun[:2]):
        return ""
    return subject + noun


def _marked_class(first: str, item: str) -> str:
    """A later item of a list, a bare noun of five characters or fewer, with the class of the
    first item that ends in a mark of rank (``cues.list_shared_marks``: 标杆, 示范 …) before
    that item's head noun (Round 31, rs2): "新增数字工厂标杆企业12家、产线车间40家" → 数字工厂
    标杆产线车间. Not when the item holds a mark of its own, is not all nouns (jieba's), or
    shares a character with the class; ``item`` stays then. A bare facility of firms
    (``cues.list_firm_facilities``: 产线车间) after a field's firms takes the field with no mark
    (round 88, w4: "建设智能制造企业1195家、产线车间2069个" → 智能制造产线车间)."""
    cues = vocab("cues")
    marks = cues["list_shared_marks"]
    field = first.removesuffix("企业")
    if item in cues["list_firm_facilities"] and 2 <= len(field) < len(first) \
            and not any(m in first for m in marks) and not set(field) & set(item) \
            and not any(field.startswith(g) for g in cues["list_shared_grades"]
                        + cues["list_shared_classes"] + cues["list_tier_levels"]):
        return field + item
    at = max((first.rfind(m) + len(m) for m in marks if m in first[:-1]), default=-1)
    head, pieces = first[at:], tags(item)
    if at < 4 or len(item) > 5 or not 1 < len(head) <= 4 or any(m in item for m in marks) \
            or any(p.flag[:1] != "n" for p in pieces) or set(first[:at]) & set(item) \
            or tags(head)[-1].flag[:1] != "n":
        return item
    return first[:at] + item


def counted_class(items: list[str]) -> list[str] | None:
    """The parts of a 分别 list whose last part names, after a count of them (三大, 4个), the
    class they are in and the measure (round 24): every part takes what follows the count:
    "甲产业、乙和丙三大主导产业年产值" → 甲产业年产值, 乙产业年产值, 丙产业年产值: the
    class's rank (``cues.class_rank_words``: 主导, 支柱) ranks the group, not a part, and goes
    (Round 32, rw). None when the last part holds no such count, or nothing follows it."""
    m = _COUNT.search(items[-1], 1)
    if not m or len(items[-1]) - m.end() < 2 or len(items[-1][:m.start()]) < 2:
        return None
    rest = items[-1][m.end():]
    rank = leading_word(rest, vocab("cues")["class_rank_words"])
    if rank and rest[len(rank):].startswith(("产业", "行业")):
        rest = rest[len(rank):]
    return [i + rest for i in (*items[:-1], items[-1][:m.start()])]


@cache
def _after_item() -> re.Pattern[str]:
    """What may follow a later item of a list before its number: an adverb, a verb of change
    or reach, an approximation (``cues.list_item_adverbs``, ``list_item_verbs``,
    ``list_item_approx``; each may be missing), compiled once (round 26, tidy: the words were
    inline)."""
    cues = vocab("cues")
    return re.compile("".join(f"(?:{alternation(cues[k])})?" for k in (
        "list_item_adverbs", "list_item_verbs", "list_item_approx")))


def grade_noun(parts: list[str]) -> list[str]:
    """The first of the things a 各 figure is each one's, when it is only a verb and a grade
    (``cues.each_shared_grades``), takes the noun after the grade of the last, which opens
    with a grade of its own (round 38, rc38): "创建省级、市级示范社各2家" → 创建省级示范社,
    创建市级示范社 (not 创建省级)."""
    grades = cue_words("each_shared_grades")
    first, last = parts[0], parts[-1]
    own = next((g for g in sorted(grades, key=len, reverse=True) if first.endswith(g)), "")
    verb = first[:len(first) - len(own)]
    tail = last[len(verb):] if last.startswith(verb) else last
    theirs = leading_word(tail, list(grades))
    if not own or not theirs or len(tail) <= len(theirs) + 1 \
            or (verb and not all(p.flag[:1] == "v" for p in tags(verb))):
        return parts
    return [first + tail[len(theirs):], *parts[1:]]

