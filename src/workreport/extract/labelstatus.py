"""A status closing a count's clause that says which things are counted (round 56, s56b;
issue 13, the development draws' 'action verb dropped': "5个保交楼项目按期交房" gave 交房的
保交楼项目, "26种医用耗材价格大幅降低" gave 医用耗材价格, "1439项政务服务事项网上可办率达100%"
gave 政务服务事项). Only a completion on time, a fall of the things' own price or a rate every
one of them reaches is read; how work went (有序推进, 得到落实) is no status and stays out, as
does 完成 after a package (the gold files' 民生工程 for "20项民生工程全面完成"). Since round 57
(s57b, ``timed_front``) every act a label puts in front keeps the adverb of time its clause
wrote before it ("3条高速公路提前建成通车" gave 建成通车高速公路). The words are data
(``vocab/cues.yml``).
"""

from __future__ import annotations

import re

from workreport.extract.numbers import vocab
from workreport.vocab import alternation

__all__ = ["measured_status", "timed_act", "timed_front"]


def timed_act(adverbs: str, act: str, name: str) -> str:
    """``act`` after the counted ``name`` with the ``adverbs`` written before it, when one of
    them is of time (``cues.completed_act_time_adverbs``): the adverbs of
    ``cues.completed_act_kept_adverbs`` stay before the act, written with 的 ("按期", "交房",
    "保交楼项目" → 按期交房的保交楼项目; "全部按期", "投用", "“一年基本恢复”项目" → 全部按期投用
    的“一年基本恢复”项目); since round 64 (z8) also when one is of degree
    (``cues.completed_act_degree_adverbs``: "基本", "完工", "矿山修复治理主体工程" → 基本完工的
    矿山修复治理主体工程). "" when no adverb is of time or degree, or ``act`` is the handling of
    proposals (``cues.handling_acts``: 办结, 办复 stay in front as 办理 does)."""
    cues = vocab("cues")
    kept_for = cues["completed_act_time_adverbs"] + cues["completed_act_degree_adverbs"]
    if act in cues["handling_acts"] or not any(w in adverbs for w in kept_for):
        return ""
    words = sorted(cues["completed_act_adverbs"] + cues["completed_act_degree_adverbs"],
                   key=len, reverse=True)
    kept = "".join(w for w in re.findall("|".join(words), adverbs)
                   if w in cues["completed_act_kept_adverbs"])
    return f"{kept}{act}的{name}"


def measured_status(name: str, after: str) -> str:
    """``name``, a count's label, qualified by the status its clause (``after``, the sentence
    after the number) closes with, when the clause is the label's noun and then:
    a fall of its measure (``cues.status_measure_nouns`` ending the label, a word of
    ``cues.status_measure_falls`` after adverbs of ``cues.status_measure_degrees``):
    ("医用耗材价格", "医用耗材价格大幅降低。") → 价格大幅降低的医用耗材; or a rate of an act of
    ``cues.status_full_rate_acts`` at 100% (after ``cues.status_full_rate_verbs``), which
    every counted thing has: ("政务服务事项", "政务服务事项网上可办率达100%") → 网上可办政务
    服务事项, as "…实现网上可办" reads. "" otherwise."""
    cues = vocab("cues")
    clause = re.split(r"[，,；;。！？：:（(]", after, maxsplit=1)[0]
    noun = next((name[i:] for i in range(len(name) - 1) if clause.startswith(name[i:])), "")
    rest = clause[len(noun):]
    if not noun or not rest:
        return ""
    measure = next((w for w in cues["status_measure_nouns"] if noun.endswith(w)), "")
    degrees = "|".join(cues["status_measure_degrees"])
    falls = "|".join(cues["status_measure_falls"])
    if measure and len(name) > len(measure) + 1 \
            and re.fullmatch(rf"(?:{degrees})?(?:{falls})", rest):
        return _fallen(name, measure, rest)
    acts = "|".join(cues["status_full_rate_acts"])
    verbs = alternation(cues["status_full_rate_verbs"])
    full = re.fullmatch(rf"({acts})率(?:均)?(?:{verbs})100[%％]", rest)
    named = name.endswith(tuple(cues["status_full_rate_things"]))
    return full.group(1) + name if full and named and not measure else ""


def _fallen(name: str, measure: str, fall: str) -> str:
    """``name`` ending in ``measure`` qualified by its ``fall`` (round 56 review, g56b; the
    reviewer's "2300户居民供暖费用降低" gave 费用降低的居民供暖): after a head of
    ``cues.passive_result_heads`` the words after it are the measure ("居民供暖费用", "降低" →
    供暖费用降低的居民); otherwise a price (价格) is the things' ("医用耗材价格" → 价格大幅降低
    的医用耗材) but a fee of ``cues.status_measure_counted`` is the counted thing itself
    ("行政事业性收费", "降低" → 降低的行政事业性收费)."""
    cues = vocab("cues")
    ends = [name.rfind(h) + len(h) for h in cues["passive_result_heads"] if name.rfind(h) >= 0]
    if ends and len(measure) < len(name) - max(ends) <= 6:
        return f"{name[max(ends):]}{fall}的{name[:max(ends)]}"
    if measure in cues["status_measure_counted"]:
        return f"{fall}的{name}"
    return f"{measure}{fall}的{name[: -len(measure)]}"


def timed_front(label: str, after: str) -> str:
    """``label``, a count's label that is the act closing its clause (``after``, the sentence
    after the number) put before the clause's noun, with or without 的, with the adverbs of
    time written before the act kept as ``timed_act`` keeps them (round 57, s57b; issue 13,
    'action verb dropped': "3条高速公路提前建成通车" gave 建成通车高速公路, "160所受灾中小学
    全部按期开学" 开学的受灾中小学): ("建成通车高速公路", "高速公路提前建成通车。") → 提前建成
    通车的高速公路; ("完成存量隐性债务化解的县市区", "县市区提前完成存量隐性债务化解") → 提前
    完成…的县市区. Shapes: the clause is the noun, a run of ``cues.completed_act_adverbs``
    and the act, nothing else. "" otherwise (no adverb of time, another label, handling, a
    poverty exit of ``cues.object_done_states``: the gold files' 脱贫出列贫困村 for "3个贫困村
    如期脱贫出列", round 20)."""
    clause = re.split(r"[，,；;。！？：:（(]", after, maxsplit=1)[0]
    for m in re.finditer(rf"(?:{alternation(vocab('cues')['completed_act_adverbs'])})+", clause):
        name, act = clause[: m.start()], clause[m.end():]
        if name and act and label in (act + name, f"{act}的{name}") \
                and act.removeprefix("稳定") not in vocab("cues")["object_done_states"]:
            return timed_act(m.group(0), act, name)
    return ""
