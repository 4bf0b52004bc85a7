"""A part of a counted whole picked out by its act (round 44, ra44; bench/label_judging.md: a
clause saying which of the things are counted is their scope, and a bare label reading as the
whole's total is 'scope lost').

A count with no noun of its own, in a clause of its own after a count of the same unit, counts
those of the whole that the act closing its clause was done to: "我县确定的18项惠民实事，5项
基本完成，11项如期启动" → 基本完成的惠民实事, 如期启动的惠民实事; "新开工乡村幼儿园10所，其中
6所建成投入使用" → 建成投入使用的新开工乡村幼儿园; "35件惠民实事已完成31件" → 已完成的惠民实事
(完成 before the number, a filler elsewhere, picks the done ones here). The acts and the
adverbs before them are data (``cues.part_acts``, ``cues.part_act_adverbs``). Round 73 (x2; the
development draws' scope lost: the whole's bare label for a part): a bracketed aside naming the
part's things and a reason (因…) before its act are read past ("1项（甲工程）因规划调整暂缓
实施" → 暂缓实施的民生工程, was 民生工程), and parts held back or falling short are picked out
too (暂缓, 达到: "3项未达到时间进度要求" → 未达到时间进度要求的民生工程, was the bare verb).
Round 73 review (q4): not when the part before is labelled by its own act alone, no whole
found, the act alone ("30家企业中，有25家达到环保标准，5家暂缓生产" gave 暂缓生产的达到环保标准).

An act written before the number with the words that pick the part out and no noun names the
same part (round 45, s45d: the judges' 'bare verb'): "市政府49项惠民事项，涉及我县14项" → 涉及
我县的市政府惠民事项 (``act_part``).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelwords import tags
from workreport.extract.nonfigures import alternation, classifiers
from workreport.extract.numbers import vocab

__all__ = ["COUNT_NUMBER", "act_part", "modified_act", "part_acted"]

# A count's number with 万/千/百 and 余/多 ("1.2万", "300余"), before its measure word; also
# ``labeldone``'s count pattern.
COUNT_NUMBER = r"[\d.]+[万千百]?[余多]?"
# A bracketed aside right after a count, naming its things (round 73, x2).
_ASIDE = re.compile(r"^[（(][^（()）]{1,60}[）)]")


@cache
def _predicate() -> re.Pattern[str]:
    """Adverbs of ``cues.part_act_adverbs``, then an act of ``cues.part_acts`` and at most
    six more characters, the whole clause after a bare count."""
    cues = vocab("cues")
    adverbs = alternation(cues["part_act_adverbs"])
    acts = alternation(cues["part_acts"])
    return re.compile(rf"(?:{adverbs})*(?:{acts})[^\d，、]{{0,6}}")


@cache
def _underway() -> re.Pattern[str]:
    """Adverbs of ``cues.part_act_adverbs``, then an act of ``cues.part_acts_underway`` closing
    the clause after a bare count (session 61, f3)."""
    cues = vocab("cues")
    adverbs = alternation(cues["part_act_adverbs"])
    return re.compile(rf"(?:{adverbs})*(?:{alternation(cues['part_acts_underway'])})")


@cache
def _closing_act() -> re.Pattern[str]:
    """An act of ``cues.part_acts_closing`` with words after it (在建项目, 建设单位)."""
    return re.compile(rf"(?:{alternation(vocab('cues')['part_acts_closing'])}).")


@cache
def _own_act() -> re.Pattern[str]:
    """An act of ``cues.part_acts`` opening the whole's label (确定整合区域)."""
    return re.compile(alternation(vocab("cues")["part_acts"]))


def _acted(opener: str, tail: str) -> str:
    """The act picking out a part, from the words before its number (``opener``: none, 其中,
    仍有, or 已完成 closing the clause) and those after it (``tail``), cleaned of the words
    that only say all of them (全部, 均) and of 了; "" when the clause is no such part."""
    if (opener in ("", "其中", "仍有", "还有", "另有")
            or opener in vocab("cues")["part_rest_words"]) and tail:
        act = tail
    elif re.fullmatch(r"已(?:经)?(?:基本)?完成", opener) and not tail:
        act = opener
    else:
        return ""
    if opener == "" and _underway().fullmatch(act):
        return act  # "…，8件已完成，2件正在推进" → 正在推进的… (session 61, f3)
    if not _predicate().fullmatch(act) \
            or _closing_act().search(act):
        return ""  # "其中在建项目…", "建设单位为央企": the count's own noun
    return re.sub(r"^(?:全部|均|都)|了", "", act)


def part_acted(before: str, after: str, unit: str, previous: str | None) -> str:
    """The label of a bare count that is a part of the count before it (``previous`` its
    label) picked out by an act, ``before`` and ``after`` the sentence on either side of the
    number, ``unit`` its unit (round 44, ra44): ("我县确定的18项惠民实事，5项", "基本完成，…",
    "项", "惠民实事") → 基本完成的惠民实事; a later part drops the earlier part's act from
    ``previous`` ("…，5项基本完成，11项", "如期启动", "项", "基本完成的惠民实事") → 如期启动的
    惠民实事; ("35件惠民实事已完成31件", "", "件", "惠民实事") → 已完成的惠民实事. "" when the
    count has a noun of its own ("其中5个村已完成改造"), when no count of the same unit stands
    in the clauses before, or when what follows is no act of ``cues.part_acts`` ("5个为
    省级")."""
    if not previous or not unit or not re.fullmatch(classifiers(), unit):
        return ""
    counted = re.compile(rf"{COUNT_NUMBER}{re.escape(unit)}")
    clauses = re.split(r"[，,；;]|、$", before)  # "其中5个竣工投产、10个开工建设": parts
    opener = clauses[-1].strip()
    inside = list(counted.finditer(opener))  # "35件惠民实事已完成|31件"
    if inside:
        opener = opener[inside[-1].end():].removeprefix(previous)
    tail = _own_clause(after)
    act = _acted(opener, tail)
    if not (inside or counted.search("，".join(clauses[:-1]))):
        return ""
    whole = previous
    last = re.fullmatch(rf"(?P<opener>[^\d]*){COUNT_NUMBER}{re.escape(unit)}(?P<tail>[^\d]*)",
                        clauses[-2].strip()) if len(clauses) > 1 and not inside else None
    if last and (earlier := _acted(last.group("opener"), _own_clause(last.group("tail")))) \
            and previous.startswith(earlier + "的"):
        whole = previous[len(earlier) + 1:]  # "…，5项基本完成，11项如期启动"
        if not act and not opener and not tail:  # "…，8项正在建设，1项（甲工程）暂缓实施"
            return whole  # not the earlier part's act
    if not act:
        return _rest_of(opener, tail, whole)  # "…，其余4项正在推进" (round 69, f3)
    if last and previous == _acted("", _own_clause(last.group("tail"))):
        return act  # the part before is labelled by its act alone: no whole (round 73 review, q4)
    # the whole's own act goes: "确定了16个整合区域，其中14个确定了整合主体" → …的整合区域
    own = _own_act().match(whole)
    whole = whole.removeprefix(own[0]) if own and own[0] in act else whole
    return f"{act}的{whole}" if whole and "的" not in whole else ""


def _own_clause(after: str) -> str:
    """The clause after a part's number up to its end, without a bracketed aside naming the
    part's things or a reason (因, 由于) before its act (round 73, x2; the development draws'
    scope lost: the whole's bare label for the part): "（甲工程）因上级规划调整暂缓实施，…" →
    暂缓实施; "基本完成，…" → 基本完成."""
    tail = re.split(r"[，,；;。！？：:（(、]", _ASIDE.sub("", after), maxsplit=1)[0]
    if not tail.startswith(("因", "由于")):
        return tail
    return next((tail[k:] for k in range(len(tail)) if _predicate().fullmatch(tail[k:])), tail)


def _rest_of(opener: str, tail: str, whole: str) -> str:
    """The label of the rest of a whole after a part of it, opened by a word of
    ``cues.part_rest_words`` with no act of ``cues.part_acts`` after it (round 69, f3: the
    rest took the part's label, "56项改革任务，已完成52项，其余4项正在推进" gave 已完成的改革
    任务 to the 4): that word and the whole (其余改革任务), when ``whole`` is the label
    before cleaned of the part's act (its own or an act and 的 before it), ending in a noun,
    and ``tail``, the clause after the number, holds no noun of its own ("剩余388户771人
    贫困人口…" counts its own); "另有" reads 其余 ("另有2件正在推进" gave 另); ""
    otherwise."""
    act, _, rest = whole.partition("的")
    if rest and (_predicate().fullmatch(act) or re.fullmatch(r"已(?:经)?(?:基本)?完成", act)):
        whole = rest  # "10件民生实事已完成8件，另有2件…": the part's act goes
    if opener not in vocab("cues")["part_rest_words"] or not whole or "的" in whole \
            or tags(whole)[-1].flag[:1] not in ("n", "j") \
            or any(p.flag[:1] in ("n", "m", "q", "j") for p in tags(tail)):
        return ""
    return vocab("cues")["part_rest_words"][opener] + whole


# jieba's flags of the words that may say which of a whole's things a part's act picked out,
# before the act: a time (秋季), a level (国家级), a place word or pronoun (我县, 城内), a side
# (以上); not an adverb alone (已达标: ``labelbare.verbs_after_count``'s) (round 45, s45d).
_ACT_MODIFIERS = ("t", "b", "r", "s", "f", "zg")
_ACT_VERBS = ("v", "vn", "vd")
# the place after 我 or 本 that jieba cuts off as a noun: 我|区, 本|镇
_OWN_PLACE = ("区", "县", "市", "镇", "乡", "省", "州", "旗")


def modified_act(name: str) -> tuple[str, str] | None:
    """``name`` parted into the words before its act and the act, when ``name`` is an act
    (jieba's v, vn, vd) with words saying which things it picked out and no noun: before
    it (``_ACT_MODIFIERS``: 秋季|发展, 国家级|肯定推广) or, as its object, one's own place
    after it (涉及我县, 落户本市: ("", 涉及我县)); None otherwise (one verb alone, 再就业,
    用于设施养殖). Round 45 (s45d)."""
    pieces = tags(name)
    end = len(pieces)
    if end > 1 and (pieces[-1].word in _OWN_PLACE and pieces[-2].word in ("我", "本")):
        end -= 2  # 我|县
    elif end and re.fullmatch(r"[我本][区县市镇乡省州旗]", pieces[-1].word):
        end -= 1  # 我市
    placed = end < len(pieces)
    k = 0
    while k < end - 1 and pieces[k].flag in _ACT_MODIFIERS:
        k += 1
    acts = pieces[k:end]
    if not acts or acts[-1].flag not in _ACT_VERBS or not (k or placed) \
            or any(p.flag not in (*_ACT_VERBS, "d") for p in acts):
        return None
    mod = "".join(p.word for p in pieces[:k])
    return mod, name[len(mod):]


def act_part(name: str, before: str, after: str, unit: str, previous: str | None) -> str:
    """The label of a count whose clause names an act with the words that say which things
    it picked out and no noun (``modified_act``), after a count of the same unit whose
    label names the things by a noun: the count is the part of those things the act picked
    out (round 45, s45d; bench/label_judging.md: a verb alone is 'bare verb', the label
    names the thing counted). "市政府49项惠民事项，涉及我县14项全部完成" → 涉及我县的市政府
    惠民事项; the act written with 的 before the number alike ("省政府20件民生事项，我县承担的
    15件全部完成" → 我县承担的省政府民生事项, was 承担全部完成; session 61, f3); where the
    whole's label holds the act already, the part's words go before it:
    "新发展优种核桃基地15万亩（其中春季发展5万亩，秋季发展10万亩）" → 春季新发展优种核桃
    基地, 秋季新发展优种核桃基地 (a later part drops the earlier part's words from
    ``previous``). ``before`` and ``after`` are the sentence on either side of the number;
    A verb of the whole put before the part after 其中 (新增|春季建设) goes first. "" when the
    clause holds more than ``name`` (after 其中 and adverbs), the act changes a stock
    (``cues.part_act_changes``: 五年新增), a noun follows the number, no count of the same
    unit stands in the clauses before, or the label before ends in no noun or holds 的."""
    clauses = re.split(r"[，,；;（(]", before)
    own = re.sub(r"^其中[：:]?", "", clauses[-1].strip())
    if previous and own.endswith("的") and modified_act(own[:-1]):
        name = own = own[:-1]  # "我县承担的15件" gave 承担全部完成 (session 61, f3)
    if previous and name != own and name.endswith(own) \
            and name[: len(name) - len(own)] in previous:
        name = own  # the whole's verb put before a part after 其中: 新增|春季建设
    parted = modified_act(name) if previous and unit else None
    if not parted or len(clauses) < 2 or own != name \
            or any(w in parted[1] for w in vocab("cues")["part_act_changes"]):
        return ""
    tail = re.split(r"[，,；;。！？：:（()）、]", after, maxsplit=1)[0]
    if tail and any(p.flag not in (*_ACT_VERBS, "d", "ad", "ul") and p.word not in (
            "全部", "基本") for p in tags(tail)):
        return ""  # a noun after the number: its own thing
    bare = re.escape(re.sub(r"^[万亿千百]+", "", unit))
    count = re.compile(rf"{COUNT_NUMBER}[万亿千百]?{bare}(?!目)")  # 15万亩, 49项惠民事项
    k = len(clauses) - 2
    whole = previous
    assert whole is not None
    while k > 0 and (part := re.fullmatch(
            rf"(?:其中[：:]?)?(?P<name>[^\d]+?){COUNT_NUMBER}[万亿千百]?{bare}"
            r"(?:以上|左右|多|余)?", clauses[k].strip())) and (earlier := modified_act(
                part.group("name"))):
        # an earlier part of the same list: "其中春季发展5万亩，秋季发展…"
        whole = whole.removeprefix(part.group("name") + "的").removeprefix(earlier[0])
        k -= 1
    if not count.search(clauses[k].strip()) or len(whole) < 2 \
            or tags(whole)[-1].flag[:1] not in ("n", "j") or "的" in whole:
        return ""
    mod, act = parted
    if mod and act in whole[:len(act) + 2]:  # the whole opens with the act: 新发展优种核桃基地
        return mod + whole
    return f"{name}的{whole}"
