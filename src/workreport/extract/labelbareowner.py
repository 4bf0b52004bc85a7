"""The owner a bare measure of a list takes from the first part (round 49, s49b; the
development draws' "owner lost" in sentences with a list and 分别/均).

"电信网络诈骗违法犯罪案件、损失金额同比分别下降79.9%、74.9%" gave 损失金额 alone;
"项目结算率、决算率和通过率均提高到95%" gave 决算率 and 通过率; "粮食面积、总产、单产分别
增长…" gave 总产 and 单产.
A later part that is a bare measure naming no thing of its own (``cues.list_bare_measures``,
``cues.owned_measure_words``, or a rate of three characters or fewer, 决算率, 回复率) is a
measure of the first part's thing: it takes the first part's words before its last word
(before its last two when the last is a single character, 率): 电信网络诈骗违法犯罪损失金额,
项目决算率, 粮食总产.

A second count of a 、 list with an act of its own does not take the first count's label
(``second_act``: "危房改造59户、改善提升610户" → 改善提升; ``swapped_act``: "243项政务服务事项
实现跨省通办、158项实现省内通办" → 省内通办政务服务事项).
"""

from __future__ import annotations

import re
from functools import cache
from itertools import accumulate

from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags
from workreport.vocab import alternation

__all__ = ["bare", "lend_owner", "listed_owner", "parallel_owner", "people_owner", "second_act",
           "swapped_act"]

# jieba's flags a word ending an owner may carry: nouns, abbreviations, idioms, nominal verbs.
_OWNER_FLAGS = ("n", "j", "l", "vn", "nz", "eng")


def bare(item: str) -> bool:
    """Whether ``item`` is a measure naming no thing (金额, 总产, 决算率; not 重污染天数)."""
    if item in cue_words("list_bare_measures", "owned_measure_words"):
        return True
    return 2 <= len(item) <= 3 and item.endswith(("率", "度")) \
        and item not in cue_words("standalone_rates")


@cache
def _measures() -> tuple[str, ...]:
    """The measures an owner is said of (``cues.list_owner_measures``, ``list_bare_measures``,
    ``owned_measure_words``), longest first."""
    return tuple(sorted(set(cue_words("list_owner_measures", "list_bare_measures",
                                      "owned_measure_words")), key=lambda w: (-len(w), w)))


def _owner(first: str) -> str:
    """The words of ``first`` before its measure or counted thing (its last word, its last two
    when that is one character), without a leading scope (全市) or "" when they are shorter
    than two characters, open with a verb or do not end in a noun."""
    pieces = list(tags(first))
    if len(pieces) < 2:
        return ""
    drop = 2 if len(pieces[-1].word) == 1 else 1  # (集中供热|率: one word before 率, no owner)
    kept = pieces[:-drop]
    # A measure of the lists jieba cuts in two (营业|收入) is dropped whole: "规上工业企业营业
    # 收入、利润总额" gave 规上工业企业营业利润总额 (session 60).
    whole = next((m for m in _measures() if first.endswith(m) and len(m) < len(first)), "")
    if whole and len(whole) > sum(len(p.word) for p in pieces[len(kept):]):
        kept = list(tags(first[: -len(whole)]))
    if not kept or (kept[0].flag.startswith("v") and kept[0].flag != "vn"):
        return ""  # an act, not a thing: 接待游客人数
    owner = "".join(p.word for p in kept)
    scope = next((s for s in cue_words("batch_scopes") if owner.startswith(s)), "")
    owner = owner[len(scope):]
    if len(owner) < 2 or not kept[-1].flag.startswith(_OWNER_FLAGS):
        return ""
    return owner


def lend_owner(items: list[str], out: list[str]) -> list[str]:
    """``out`` (the labels made of the parts ``items``) with every later part that stayed a
    bare measure given the first part's owner: ["电信网络诈骗违法犯罪案件", "损失金额"] →
    [电信网络诈骗违法犯罪案件, 电信网络诈骗违法犯罪损失金额]. ``out`` as it is when the parts
    and labels do not line up or the first part has no owner."""
    if len(items) != len(out) or len(items) < 2:
        return out
    owner = _owner(out[0])
    if not owner:
        return out
    return [out[0]] + [owner + o if o == i and bare(i) and i[:2] not in owner else o
                       for i, o in zip(items[1:], out[1:], strict=True)]


def parallel_owner(items: list[str], out: list[str]) -> list[str]:
    """``out`` (the labels made of the two parts ``items``) with the second part, when it
    stayed as it was and is a short measure (two or three characters) that stands for the
    first part's last word (as long, the same last character: 产量 and 销量, 用水量 and 用电量,
    门诊量 and 住院量), given the first part's words before that word (session 60, f1;
    "owner lost"): "新能源汽车产量和销量" → 新能源汽车销量, "工业用水量和用电量" → 工业用电量.
    The word the part stands for is one of jieba's (not the 口总额 of 进出口总额); its owner is
    three characters or more (two when the words differ in one character only, 用水量 and
    用电量, as ``labelparallelparts.subject_of_first`` shares a subject: not 原油 of
    "原油加工量和发电量"), opens with no verb and ends a word of jieba's where the first part
    is cut (县域医共体|门诊量) or in one of two characters or more (新能源汽车|产量). ``out`` as
    it is otherwise, and for three parts or more ("原油加工量、天然气产量、发电量": 发电量 is no
    原油's)."""
    if len(items) != len(out) or len(items) != 2:
        return out
    first = out[0]
    starts = set(accumulate((len(t.word) for t in tags(first)), initial=0))
    lent = [first]
    for i, o in zip(items[1:], out[1:], strict=True):
        k = len(first) - len(i)
        word, owner = first[k:], first[:k]
        pieces = tags(owner) if len(owner) >= 2 else ()
        if o != i or word == i or not 2 <= len(i) <= 3 or k < 2 or word[-1] != i[-1] \
                or len(tags(word)) != 1 \
                or not pieces or (pieces[0].flag[:1] == "v" and pieces[0].flag != "vn") \
                or (k not in starts and len(pieces[-1].word) < 2) or i[:2] in owner \
                or (k < 3 and sum(a != b for a, b in zip(word, i, strict=True)) > 1):
            lent.append(o)
            continue
        lent.append(owner + i)
    return lent


def second_act(previous: str, unit: str, opens: str) -> str:
    """The label of a count whose clause is an act of its own the cleaning took away whole
    (two verbs or more, four characters or more), after a count of an act on a thing
    (round 49, s49b; the draws' "other thing"): "危房改造59户、改善提升610户" gave 610 the
    label 危房改造, now 改善提升 (the houses improved are not the dilapidated ones rebuilt).
    "" after a thing with no act (``previous`` ends in a noun: "改造户"), for a change or share
    (``unit`` %), a clause that reaches a total (``cues.reach_words``) or is no such act."""
    pieces = tags(opens) if opens and unit not in ("%", "个百分点", "") else ()
    if len(pieces) < 2 or len(opens) < 4 or any(p.flag != "v" or len(p.word) < 2
                                                  for p in pieces) \
            or opens.startswith(tuple(cue_words("reach_words", "change_verbs"))):
        return ""
    if len(previous) < 3 or opens in previous:
        return ""
    last = tags(previous[-2:])  # jieba holds 危房改造 as one noun: its last two, 改造
    return opens if len(last) == 1 and last[0].flag in ("v", "vn") else ""


def swapped_act(previous: str, before: str, ahead: str) -> str:
    """The label of a count, number first, whose act after it stands for the act of the count
    before (round 49, s49b; the draws' "other thing"): "243项政务服务事项实现跨省通办、158项实现
    省内通办" gave 158 the label 跨省通办政务服务事项, now 省内通办政务服务事项 (``previous`` with
    its act, the words after the same verb before 、 in ``before``, swapped for the act in
    ``ahead``). "" when the verb (jieba's, opening ``ahead``) is not the one before or either
    act is longer than eight characters or not in ``previous``."""
    clause = re.split(r"[，。；、,;]", ahead, maxsplit=1)[0]
    pieces = tags(clause) if clause else ()
    if len(pieces) < 2 or pieces[0].flag != "v" or len(pieces[0].word) < 2:
        return ""
    verb = pieces[0].word
    new = clause[len(verb):]
    m = re.search(re.escape(verb) + r"([^，。；、,;\d]{2,8})、$", before)
    if not m or not 2 <= len(new) <= 8 or m.group(1) not in previous or new in previous:
        return ""
    return previous.replace(m.group(1), new, 1)


def people_owner(name: str, before: str) -> str:
    """``name``, a list of bare rates (``bare``) that is all its clause holds before the number,
    with the people the clause before opens with (``cues.rate_people_owners``, after a scope
    word of ``cues.label_leading``) as the first rate's owner (round 50, s50c; "owner lost"):
    "脱贫人口全额享受…政策，参保率、资助率均为100%" → 脱贫人口参保率、资助率 (the list then
    lends it to 资助率). "" when ``name`` is one rate or no such list, a figure stands before
    the list in ``before`` (the sentence up to the number), or the clause before opens with no
    such people. The one insurance scheme the clause names after them goes between (round 63,
    y3: 脱贫人口基本医疗保险参保率), unless joined by 和/及/与/、 to another noun (round 63
    review, k63d: "纳入医疗救助和大病保险范围" names two)."""
    clauses = re.split(r"[，；;,]", before)
    items = re.split(r"[、和及与]", name)
    if len(clauses) < 2 or len(items) < 2 or not all(map(bare, items)) \
            or not re.fullmatch(re.escape(name) + r"(?:同比)?(?:均|分别)[\u4e00-\u9fff]{0,4}",
                                clauses[-1].strip()) \
            or re.search(r"\d", "".join(clauses[:-1])):
        return ""
    people = alternation(cue_words("rate_people_owners"))
    m = re.match(rf"(?:{alternation(cue_words('label_leading'))})?"
                 rf"([\u4e00-\u9fff]{{0,5}}?(?:{people}))(?=[\u4e00-\u9fff])", clauses[-2].strip())
    if not m:
        return ""
    # The one scheme the people's clause names is the rates' too (round 63, y3): "脱贫人口全额
    # 享受基本医疗保险财政资助政策，参保率…" → 脱贫人口基本医疗保险参保率 (cues.rate_schemes).
    # Not one joined by 和/及/与/、 to another noun (round 63 review, k63d): "困难群众全部纳入
    # 医疗救助和大病保险范围，参保率、救助率" → 困难群众参保率, two schemes.
    rest = clauses[-2][m.end():]
    found = list(re.finditer(alternation(cue_words("rate_schemes")), rest))
    schemes = {f.group(0) for f in found}
    joined = any(re.search(r"[和及与、]$", rest[:f.start()])
                 or re.match(r"[和及与、]", rest[f.end():]) for f in found)
    scheme = schemes.pop() if len(schemes) == 1 and not joined else ""
    return m.group(1) + scheme + name


def listed_owner(name: str, before: str) -> str:
    """``name``, a bare measure (``bare``) opening its clause, with the owner of the first part
    of an earlier 、 list (no number in it) that names ``name`` as a later part (round 51, s51c;
    "owner lost"): "粮食面积、总产、单产实现“两增一稳”，总产762亿斤" → 粮食总产. "" when ``name``
    is no bare measure or does not open its clause, no earlier clause of ``before`` (the
    sentence up to the number) lists it, or the first part has no owner (``_owner``)."""
    clauses = re.split(r"[，；;,]", before)
    if len(clauses) < 2 or not bare(name) \
            or not re.fullmatch(re.escape(name) + r"[\u4e00-\u9fff]{0,2}", clauses[-1].strip()):
        return ""
    for clause in reversed(clauses[:-1]):
        parts = clause.strip().split("、")
        if len(parts) < 2 or re.search(r"\d", clause):
            continue
        last = tags(parts[-1])
        later = parts[1:-1] + ([name] if last and last[0].word == name else [])
        if name in later:
            owner = _owner(parts[0])
            return owner + name if owner and name[:2] not in owner else ""
    return ""
