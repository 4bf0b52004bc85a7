"""The owner of a bare measure named by a sibling measure before it (issue 13 §2, round 48,
s48b; used by ``labelscopes.outside_owner``).

Class of error ("owner lost"): a bare measure or rate (货邮吞吐量, 月访问量, 损失金额, 水质
达标率) after a figure whose label is its owner and another measure of the same owner leaves
the reader asking "of what?": "某机场国际航线恢复至33条，旅客吞吐量增长106%" → 旅客吞吐量
alone, though the sentence gives it to 某机场. The owner is the figure before's label without
its own measure (``cues.kin_measure_tails``, a word of its own in the label: 保障率 but not
the 充足率 of 资本充足率), in the
clause before (not across ；, where a new topic may start): → 某机场旅客吞吐量;
"“湘易办”总用户数近3500万、月访问量…" →
“湘易办”月访问量; "农村集中供水保障率95%，水质达标率100%" → 农村集中供水水质达标率;
"电信网络诈骗违法犯罪案件、损失金额同比分别下降…" → 电信网络诈骗损失金额.

The words are data (``vocab/cues.yml``).
"""

from __future__ import annotations

import itertools
import re

from workreport.extract.labelclean import strip_words
from workreport.extract.labelwords import ending_word, tags
from workreport.extract.numbers import vocab

__all__ = ["echo_owner", "head_owner", "kin_owner"]


def _acts() -> frozenset[str]:
    """Acts that name no owner, left alone before a sibling's measure (session 60, f3:
    "新开通国际航线12条，旅客吞吐量增长20%" gave 新开通旅客吞吐量; jieba tags 新开通 nz)."""
    cues = vocab("cues")
    return frozenset(cues["label_kept_verbs"] + cues["list_shared_verbs"] + cues["label_leading"])


def _owner(previous: str) -> str:
    """The owner ``previous`` (a figure's label) names before its own measure: a word of
    ``cues.kin_measure_tails`` ending a word of jieba's ("农村集中供水保障率" → 农村集中供水);
    "" when it ends with none, the tail is a piece of a longer measure (城镇化率, 资本充足率) or
    what is left names no thing (a verb, a list, a year, 的, a demonstrative, an act of
    ``_acts``: 新开通)."""
    tail = ending_word(previous, vocab("cues")["kin_measure_tails"])
    own = previous[: len(previous) - len(tail)] if tail else ""
    if len(own) < 2 or re.search(r"[、和及与]|\d年|的$", own) \
            or own.startswith(("该", "此", "本", "其")) or own in _acts() \
            or len(own) not in itertools.accumulate(len(p.word) for p in tags(previous)):
        return ""  # (a tail inside a word of the measure: 城镇化率, 资本充足率 own no 城, 资本)
    pieces = tags(own)  # its first word will do: 农村低保 (jieba: 低保 v)
    if acted := _actor(pieces):
        return acted  # "宁波舟山港开通航线" → 宁波舟山港, not 宁波舟山港开通
    return own if own.endswith("”") or pieces[-1].flag[:1] in ("n", "j") or \
        pieces[0].flag[:1] in ("n", "j") else ""


def _actor(pieces: tuple) -> str:
    """The name that acts in an owner read off a sibling measure (jieba's ``pieces``), when
    it holds a verb of opening routes or lines (``cues.kin_actor_verbs``: 开通, 开辟) with only
    nouns (or none) after it: the nouns before that verb, from past its last 的, and an
    appositive's name after the head it repeats (round 59, s59b; issue 13, an owner lost or
    glued to its act): "宁波舟山港开通" → 宁波舟山港, "亚洲唯一的专业货运
    机场鄂州花湖机场开通国际国内" → 鄂州花湖机场. "" when there is no such verb or no name
    of two characters ending in a noun before it."""
    acts = vocab("cues")["kin_actor_verbs"]
    at = max((k for k, p in enumerate(pieces) if p.flag == "v" and p.word in acts), default=-1)
    if at < 1 or not all(p.flag[:1] in ("n", "j", "s") for p in pieces[at + 1:]):
        return ""
    before = pieces[:at]
    cut = max((k + 1 for k, p in enumerate(before) if p.word == "的"), default=0)
    before = before[cut:]
    if not before or before[-1].flag[:1] not in ("n", "j"):
        return ""
    name = "".join(p.word for p in before)
    head = before[-1].word
    first = name.find(head)
    if len(head) > 1 and first + len(head) < len(name) - len(head) - 1:
        name = name[first + len(head):]  # "专业货运机场鄂州花湖机场" → 鄂州花湖机场
    return name if len(name) > 1 else ""


def kin_owner(name: str, previous: str | None, before: str) -> str:
    """``name``, a bare measure (``cues.kin_measures``) or a bare rate of three characters
    (not one naming its own thing, ``cues.standalone_rates``), with the owner of the figure
    before (``previous``, its label) when that label is the owner and a sibling measure
    (``_owner``) and stands in ``before`` (the sentence up to the number) in the clause
    before, or just before ``name`` in a list ("…违法犯罪案件、损失金额同比分别下降…").
    Shapes: "X国际航线恢复至33条，旅客吞吐量增长106%" → X旅客吞吐量; "X保障率95%，水质
    达标率100%" → X水质达标率. "" otherwise (no figure before, a list or a verb before the
    measure, the measure not opening its clause, the owner already in ``name``)."""
    cues = vocab("cues")
    rate = re.fullmatch(r"[\u4e00-\u9fff]{2,4}率", name) and name not in cues["standalone_rates"]
    if not previous or not (rate or name in cues["kin_measures"]) or previous not in before:
        return ""
    own = _owner(previous)
    if not own or own in name or name.startswith(own[-2:]):
        return ""
    listed = re.search(re.escape(previous) + "、" + re.escape(name), before)
    clauses = re.split(r"[，、；;,]", before)
    opens = len(clauses) > 1 and strip_words(clauses[-1].strip(), cues["label_leading"],
                                              leading=True).startswith(name) \
        and re.search(r"\d", clauses[-2])
    return own + name if listed or opens else ""


def echo_owner(name: str, previous: str | None, before: str) -> str:
    """``name``, a bare count or rate (``cues.echo_measure_rests``: 数量, or a 率 of five
    characters at most, not one naming its own thing: ``cues.standalone_rates``, 赤字率) that
    opens its clause with a word the figure before's label (``previous``, the clause before
    in ``before`` holding its number) names its thing or measure by (and the sentence before
    it names), with the owner that label gives that word (round 51, s51c; "owner lost"):
    "承接京津转移项目43项，项目数量同比增长26.47%" → 承接京津转移项目数量 (承接 names
    which projects); "11个重点项目完成投资22.35亿元，投资率完成118%" → 重点项目投资率;
    "列入省市重点项目19项，总投资…，项目开工率100%" → 省市重点项目开工率. The label's words
    after the echoed word must be none or a short measure of its own (总投资). A count (数量)
    is of the stock, so the owner's leading act or newness word goes (``cues.total_drops``,
    ``cues.echo_stock_drops``; round 54 review, f1; "act lent to a total"): "新建5G基站1200个，
    基站数量达到5000个" → 5G基站数量, not 新建5G基站数量; but a count compared with last
    year's (``cues.echo_act_comparisons``: 同比) is the act's: "引进京外转移项目36项，项目
    数量同比增长20%" → 引进京外转移项目数量. "" otherwise (no such word, an owner shorter
    than two characters, a list (split into two rows later), a year or a demonstrative, the
    measure not opening its clause)."""
    cues = vocab("cues")
    if not previous or not 3 <= len(name) <= 5 or name in cues["standalone_rates"]:
        return ""
    clauses = re.split(r"[，、；;,]", before)
    if len(clauses) < 2 or not re.search(r"\d", clauses[-2]) or not strip_words(
            clauses[-1].strip(), cues["label_leading"], leading=True).startswith(name):
        return ""
    for cut in range(2, len(name)):
        word, rest = name[:cut], name[cut:]
        if rest not in cues["echo_measure_rests"] and not rest.endswith("率"):
            continue
        at = previous.rfind(word) if word in before[:-len(clauses[-1]) or None] else -1
        own, tail = previous[:at], previous[at + len(word):]
        if at >= 2 and (not tail or tail in cues["echo_measure_tails"]) \
                and not re.search(r"\d年|的$|[、和及与]", own) \
                and not own.startswith(("该", "此", "本", "其")):
            stock = strip_words(own, cues["total_drops"] + cues["echo_stock_drops"],
                                leading=True)  # a count of the stock, not of the act
            act = any(w in clauses[-1] for w in cues["echo_act_comparisons"])  # last year's act
            return (stock if rest in cues["echo_measure_rests"] and stock and not act
                    else own) + name
    return ""


def head_owner(name: str, before: str) -> str:
    """``name``, a bare measure of a trade (``cues.head_owned_measures``: 增加值, 资本充足率 …),
    with the trade the sentence opens with (round 51, s51c; "owner lost"): its first clause
    or the one before the measure's, with no number, opens with a noun of jieba's ending in
    业 and a verb or a noun after it (not a list): "服务业支撑力持续增强，新增入统服务业企业
    1家…，预计完成增加值72.3亿元" → 服务业增加值; "银行业风险抵御能力持续增强，资本充足率…
    提升到13.3%" → 银行业资本充足率.
    "" otherwise (``name`` not such a measure, ``before``, the sentence up to the number, one
    clause, or those clauses opening with a verb, a list or no trade)."""
    cues = vocab("cues")
    clauses = re.split(r"[，；;,]", before)
    if name not in cues["head_owned_measures"] or len(clauses) < 2:
        return ""
    for clause in dict.fromkeys((clauses[0], clauses[-2])):  # the first, the one before
        pieces = tags(strip_words(clause.strip(), cues["label_leading"], leading=True))
        if not re.search(r"\d", clause) and len(pieces) > 1 and pieces[0].word.endswith("业") \
                and len(pieces[0].word) > 1 and pieces[0].flag[:1] in ("n", "j") \
                and pieces[1].flag[:1] in ("n", "v", "d"):
            return pieces[0].word + name
    return ""
