"""Counts of nested units in a chain sharing one act (round 52, s52d; bench/label_judging.md:
a count's label names its own thing and what was done to it). "完成9个乡镇29个行政村7392户
“分布式光伏+电取暖”改造工程", "带动261个村19945户43866人稳定增收", "全县79个村、15万人喝上了
“放心水”", "23个职能部门、8个乡镇、469个行政村设立法律顾问": counts of units (乡镇 > 村 > 户 >
人, ``cues.chain_units``) back to back or joined by 、 share the verb before them or the
predicate or works after them, and each count is that act on its own unit: …改造工程的
乡镇, …改造户; 带动稳定增收的村, 带动稳定增收户, 带动稳定增收人口; 喝上“放心水”的村; 设立
法律顾问的乡镇 (were 乡镇, 村 for 19945户, 村主动, 行政村自然村, “…”改造工程 for the
households). Its words are data in ``vocab/cues.yml`` (``chain_*``).
"""

from __future__ import annotations

import re
from functools import cache, wraps

from workreport.extract.labelqualify import listed_title
from workreport.extract.labelrelative import Held, Labeller
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags
from workreport.extract.nonfigures import alternation
from workreport.extract.numbers import Token, vocab

__all__ = ["chain_act", "chained"]

_BREAK = "，,；;。！？：:（()）"
_NUMBER = r"[\d.]+[万千百]?[余多]?"


def chained(label: Labeller) -> Labeller:
    """``naming.label`` with a count in a chain of counts of nested units labelled by the
    chain's act (``chain_act``); any other figure's label as it was."""
    @wraps(label)
    def in_chain(text: str, tok: Token, pre: str, previous: str | None,
                 held: Held | None = None) -> str:
        got, s, q = label(text, tok, pre, previous, held), tok.sentence, tok.quantity
        assert q is not None
        return chain_act(text[s.start:s.end], q.start - s.start, q.end - s.start, got) or got
    return in_chain


def chain_act(sentence: str, start: int, end: int, got: str = "") -> str:
    """The label of the count at ``sentence[start:end]`` when it is one of a chain of two or
    more counts of units (each of another unit, back to back or joined by 、), and the
    chain has an act: ("带动261个村19945户43866人稳定增收。", the 19945户) → 带动稳定增收户;
    a unit counted by 个 is ``{act}的{unit}`` (带动稳定增收的村), a household ``{act}户``, a
    person ``{act}人口``, a people's noun after the last count kept (帮扶…户群众 → 帮扶…群众).
    The act is the verb before the chain (not ``cues.chain_not_acts``) with what follows the
    chain in its clause (its 的, 了 and ``cues.completed_act_adverbs`` dropped), works after a
    verb of ``cues.chain_reach_verbs`` reaching the units (“双代”工程覆盖的村). "" when the
    count is in no chain (two or more counts, one at least of a unit counted by 个), nothing
    follows the chain, or that holds a figure; for the first count of a whole place's
    (``cues.chain_whole_scopes``) before a count of units in them ("全县18个乡镇80个村实现
    通车": the county's all); and when ``got``, the label it has, is right already: no digit,
    its own unit (after a 的) or 户, 人口 … at the end, no other unit of the chain, and all
    that follows the chain in it once (改造任务完成的京津冀禁煤区乡镇, 解决安全饮水问题人数; not
    …工程覆盖实施…工程的村, round 53), or its unit and a one-word act (乡镇改造)."""
    lo = max(sentence.rfind(c, 0, start) for c in _BREAK) + 1
    hi = min([k for c in _BREAK if (k := sentence.find(c, end)) >= 0] or [len(sentence)])
    clause = sentence[lo:hi]
    for m in _chain_re().finditer(clause):
        if not m.start() + lo <= start < m.end() + lo:
            continue
        segs = list(_segment_re().finditer(m.group(0)))
        own = next((g for g in segs if g.start() + m.start() + lo + g.group(0).startswith("、")
                    == start), None)
        if own is None or len(segs) < 2:
            return ""
        units = [g.group(1) or g.group(2) for g in segs]
        if len(set(units)) < len(units) or not any(g.group(1) for g in segs):
            return ""
        last = segs[-1].group(1)
        if last and len(tags(clause[m.end() - len(last):m.end() + 4])[0].word) > len(last):
            return ""  # "3个乡镇、12个村级服务站": no count of 村
        if own is segs[0] and segs[1].group(1) and not segs[1].group(0).startswith("、") \
                and clause[: m.start()].endswith(cue_words("chain_whole_scopes")):
            return ""
        acts = _act(clause[: m.start()], clause[m.end():])
        if not acts:
            return ""
        act, people, kept, rest = acts
        unit = own.group(1)
        ends = (unit,) if unit else ("户", "户数", "人口", "人数", *cue_words("chain_people"))
        others = [u for u in units if u != (unit or own.group(2))]
        if not re.search(r"\d", got) and got.endswith(ends) and rest in got \
                and got.count(rest[-2:]) == 1 \
                and (not unit or "的" in got) and not got.startswith(tuple(others)) \
                and not any(u in got for u in others if len(u) > 1):
            return ""  # "改造任务完成的京津冀禁煤区乡镇": right already
        if unit and 0 < len(rest) <= 2 and got == f"{unit}{rest}":
            return ""  # "完成5个乡镇、40个村、1.2万户改造": 乡镇改造 (round 36) stays
        if unit and (titled := listed_title(unit, act)):
            return titled  # one title each: "3个村、2个社区获评…文明村和文明社区" (session 62, f3)
        if unit:
            return f"{act}的{unit}"
        if own is segs[-1] and people:
            return f"{kept}{people}"
        return f"{kept}户" if own.group(2) == "户" else f"{kept}人口"
    return ""


def _act(before: str, after: str) -> tuple[str, str, str, str] | None:
    """The act a chain shares (``chain_act``), the people's noun right after it ("" for
    none), the act for households and persons (works done after a verb name them without
    the verb: 完成…“气代煤”改造工程 → “气代煤”改造户, 推进…“气代煤”工程 → “气代煤”工程户) and
    what follows the chain in it, from its clause ``before`` and ``after`` it; None when
    there is none."""
    cues = vocab("cues")
    people = next((p for p in cue_words("chain_people") if after.startswith(p)), "")
    rest = re.sub(r"[\[〔【]\d+[\]〕】]", "", after[len(people):]).split("、")[0]
    noun = rest.startswith("的")
    rest = rest.lstrip("的")
    rest = next((rest[: -len(t)] for t in cues["topic_progress"] if rest.endswith(t)), rest)
    if re.search(r"\d", rest) or len(rest) < 2:  # "带动…2647户贫困家庭": as it was (round 38)
        return None
    pieces = tags(rest)
    drop = (*cues["completed_act_adverbs"], "了", "实现", "要")
    rest = "".join(p.word for k, p in enumerate(pieces)
                   if not (p.word in drop and k + 1 < len(pieces)))
    words = tags(before.removesuffix("了"))
    verb = ""
    if words and words[-1].flag.startswith("v") and words[-1].word not in cue_words(
            "chain_not_acts") and not before.endswith("的"):
        verb = words[-1].word
    if verb in cue_words("chain_dropped_verbs") and len(rest) > 2:
        verb = ""  # "完成9个乡镇…“双代”工作" → “双代”工作的乡镇
    if verb in cue_words("chain_reach_verbs"):
        return (f"{rest}{verb}", people, f"{rest}{verb}", rest) if noun else None
    works = next((w for w in cue_words("held_works") if rest.endswith(w) and rest != w), "")
    if not works:
        return f"{verb}{rest}", people, f"{verb}{rest}", rest
    done = rest[: -len(works)]  # "…改造工程": the households are …改造户, the works' own
    last = tags(done)[-1]
    return f"{verb}{rest}", people, done if last.flag in ("v", "vn") else rest, rest


@cache
def _segment_re() -> re.Pattern[str]:
    """One count of a chain: a number and 个 with its unit, or households or persons."""
    units = alternation(list(cue_words("chain_units")))
    return re.compile(rf"、?{_NUMBER}(?:个({units})|(户|人))")


@cache
def _chain_re() -> re.Pattern[str]:
    """Two or more counts of ``_segment_re`` back to back."""
    units = alternation(list(cue_words("chain_units")))
    one = rf"{_NUMBER}(?:个(?:{units})|户|人)"
    return re.compile(rf"(?<![\d.]){one}(?:、?{one})+")
