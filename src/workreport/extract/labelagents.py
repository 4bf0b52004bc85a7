"""Who or what did the counted act, from the clause before a count (round 29, brief S of
issue 13's label quality): a named thing that fared in the first clause is the subject of
the count after it (``named_agent``), a filler verb that is a relative clause's act stays
(``kept_act``), and a bare verb takes the noun the clause before names when the measure
word counts it (``object_before``). ``carried_agent`` applies the three to
``naming.label``; the words are data (``vocab/cues.yml``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache, wraps

from workreport.extract.labelclean import strip_words
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import bare_unit, leading_word, tags
from workreport.extract.nonfigures import alternation
from workreport.extract.numbers import Token, vocab

__all__ = ["carried_agent", "kept_act", "named_agent", "object_before"]

_NUMERAL = r"[一二三四五六七八九十两百\d]+"


@lru_cache(maxsize=4096)
def _clauses(before: str) -> tuple[str, ...]:
    """The clauses of ``before`` (split at ，；,;), stripped; memoised, as several agent
    rules read the same text for one figure."""
    return tuple(c.strip() for c in re.split(r"[，；,;]", before))


def _verb_first(words: str) -> bool:
    pieces = tags(words)
    return bool(pieces) and pieces[0].flag[:1] == "v"


@cache
def _agent_pattern() -> re.Pattern[str]:
    """A first clause naming a thing (``cues.agent_name_heads``, ``agent_scheme_heads``: round
    31, rs2), its name the first group,
    then how it fared (``cues.agent_fared``, N周年, 开通 N 年): see ``named_agent``."""
    cues = vocab("cues")
    heads = alternation(cues["agent_name_heads"])
    schemes = alternation(cues["agent_scheme_heads"])
    anniversary = alternation(cues["agent_anniversary_verbs"])
    named = rf"(?:.{{2,20}}?(?:{heads})|.{{0,12}}?(?:{schemes}))"
    return re.compile(rf"({named}”?)(?:(?:{anniversary})?{_NUMERAL}周年"
                      rf"|(?:{anniversary}){_NUMERAL}年|{alternation(cues['agent_fared'])})")


def _agent(before: str) -> tuple[str, str]:
    """The named thing that fared in the clause before the number's, and the 累计 its own
    clause opens with ("", "" for none): see ``named_agent``."""
    cues = vocab("cues")
    clauses = _clauses(before)
    if len(clauses) < 2:
        return "", ""
    m = _agent_pattern().fullmatch(clauses[-2])
    named = m.group(1) if m else _agent_across(before)
    if not named or re.search(r"[\d、，和及与]", named) or _verb_first(named) \
            or named.startswith(tuple(cues["scope_words"] + cues["label_leading"])):
        return "", ""
    return named, leading_word(clauses[-1], cues["running_total_words"])


def _agent_across(before: str) -> str:
    """The named thing of the first clause of the number's part of its sentence (after the
    last ；) when the clauses between hold only its own figures, opening with a verb or a
    bare rate (Round 31, rs2): "新农合参合率达96%，累计补偿8万人次，发放补偿款…" →
    新农合; the first clause says how it fared (``_agent_pattern``) or opens with its rate
    (``cues.agent_scheme_heads`` count as names: 新农保, 医保). "" otherwise."""
    cues = vocab("cues")
    clauses = _clauses(re.split(r"[；;]", before)[-1])
    if len(clauses) < 3 or any(not re.search(r"\d", c) or not (
            re.match(r"[\u4e00-\u9fff]{1,4}率", c) or _verb_first(
                strip_words(c, cues["running_total_words"], leading=True)))
            for c in clauses[1:-1]):
        return ""
    if m := _agent_pattern().fullmatch(clauses[0]):
        return m.group(1)
    m = _rate_named().match(clauses[0])
    return m.group(1) if m and re.search(r"\d", clauses[0]) else ""


# The named openings of the rules below, built once from their cue lists (tidy, rc2).
@cache
def _rate_named() -> re.Pattern[str]:
    """A name (``cues.agent_name_heads``, ``agent_scheme_heads``) before its rate
    (``_agent_across``)."""
    heads = alternation(list(cue_words("agent_name_heads", "agent_scheme_heads")))
    return re.compile(rf"([\u4e00-\u9fff]{{0,12}}?(?:{heads}))[\u4e00-\u9fff]{{1,4}}率")


@cache
def _firm_named() -> re.Pattern[str]:
    """A name (``cues.agent_name_heads``, ``agent_firm_heads``) opening a clause
    (``_measure_owner``)."""
    heads = alternation(list(cue_words("agent_name_heads", "agent_firm_heads")))
    return re.compile(rf"([\u4e00-\u9fff]{{2,12}}?(?:{heads}))(已经|已|正式|顺利|全面)?"
                      r"(?=[\u4e00-\u9fff]{2})")


@cache
def _place_named() -> re.Pattern[str]:
    """A name (``cues.agent_name_heads``, ``agent_place_heads``) opening a clause
    (``_head_owner``)."""
    heads = alternation(list(cue_words("agent_name_heads", "agent_place_heads")))
    return re.compile(rf"([\u4e00-\u9fff]{{2,12}}?(?:{heads}))(?=[\u4e00-\u9fff]{{2}})")


def _dealt(name: str) -> bool:
    """Whether ``name`` counts a fair's deals or visitors (``cues.agent_event_measures``),
    after an opening 按一年计 (Round 31, rs2): the fair named before owns it."""
    rest = re.sub(r"^按[^，]{1,6}?计", "", name)
    return any(w in rest for w in vocab("cues")["agent_event_measures"])


def named_agent(name: str, before: str) -> str:
    """A count whose clause names no subject and opens with a verb, after a first clause
    whose subject is a named thing (ending in ``cues.agent_name_heads``: 铁路, 论坛, 新区,
    计划 …) and whose rest says how it fared (``cues.agent_fared``: 成效明显, 成功举办,
    建设提速; or N周年, 开通 N 年), is that thing's: "中越铁路开通运营两周年，累计发送货物…"
    → 中越铁路累计发送货物 (its 累计 kept: the total runs since it opened); "西港新区建设
    提速，吸引集聚高端科研项目36个、科研人员…" → 西港新区吸引集聚科研人员. Never the
    reporting government or its territory (全市, 我县: ``cues.scope_words``,
    ``label_leading``) nor a subject opening with a verb. ``before`` is the sentence up to
    the number; ``name`` stays otherwise. Round 29 (brief S, rule 1)."""
    named, running = _agent(before)
    if not named and (owner := _measure_owner(name, before) or _head_owner(name, before)):
        return owner
    verb = strip_words(name, vocab("cues")["running_total_words"], leading=True)
    if not named or not name or named in name or not (_verb_first(verb) or _dealt(verb)) \
            or not _clauses(before)[-1][len(running):].startswith(verb[:2]):
        return name
    return named + running + verb


def _own_clause(clauses: tuple[str, ...]) -> str:
    """The number's own clause (the last of ``clauses``) less a year word opening it
    (2023年, 今年, 全年, 年内); "" for a sentence of one clause. Shared by ``_measure_owner``
    and ``_head_owner``."""
    return re.sub(r"^(?:\d{4}年|今年|全年|年内)", "", clauses[-1]) if len(clauses) > 1 else ""


@cache
def _not_names() -> tuple[str, ...]:
    """Words a named owner never opens with: the reporting government's scope, fillers and
    verbs (``cues.scope_words``, ``label_leading``, ``label_verbs``, ``label_kept_verbs``)."""
    cues = vocab("cues")
    return tuple(cues["scope_words"] + cues["label_leading"] + cues["label_verbs"]
                 + cues["label_kept_verbs"])


def _measure_owner(name: str, before: str) -> str:
    """A bare measure (``cues.bare_owned_measures``, ``owned_measures``, with 日 or 年 before
    it) in a later clause of a sentence whose first clause opens with a named works or firm
    (ending in ``cues.agent_name_heads`` or ``agent_firm_heads``) and a verb, or 已, 正式 …,
    is that thing's, figures between or not: "东湖水厂建成投运，日处理能力…" → 东湖水厂日
    处理能力; "某某矿业已探明储量…，纳税…" → 某某矿业纳税. Not when
    the measure's own clause names something ("…，全县…"). Round 31 (ro, rule 3)."""
    cues = vocab("cues")
    clauses = _clauses(before)
    bare = re.sub(r"^[日年]", "", name)
    own = _own_clause(clauses)
    if not own.startswith(name) or bare not in cues["bare_owned_measures"] + cues["owned_measures"]:
        return ""
    m = _firm_named().match(clauses[0])
    named = m.group(1) if m else ""
    if not named or named in name or named.startswith(_not_names()) \
            or not (m.group(2) or _verb_first(clauses[0][m.end():])):
        return ""
    return named + name


def _head_owner(name: str, before: str) -> str:
    """A measure with no subject in its own clause, in a later clause of a sentence that
    opens with a named place, hub or body (ending in ``cues.agent_name_heads`` or
    ``agent_place_heads``) and a topic, the measure opening with that clause's first noun, is
    that thing's (Round 31, rs2): "某某城市群空气质量持续改善，空气质量优良天数比例达88%" →
    某某城市群空气质量优良天数比例. Not a measure sharing only the last noun ("某航空枢纽旅客
    吞吐量…；货邮吞吐量…" stays 货邮吞吐量, as the hand-labelled gold has it), nor a label
    opening with a verb; never the reporting government or its territory
    (``cues.scope_words``, ``label_leading``). "" otherwise."""
    clauses = _clauses(before)
    own = _own_clause(clauses)
    if not name or not own.startswith(name):
        return ""
    m = _place_named().match(clauses[0])
    named = m.group(1) if m else ""
    ends = {sum(len(p.word) for p in tags(clauses[0])[:k]) for k in range(1, 9)}
    if not named or named in name or named.startswith(_not_names()) or _verb_first(named) \
            or _verb_first(name) or len(named) not in ends:  # not 沿海港|口货物…
        return ""
    nouns = []
    for p in tags(clauses[0][m.end():]):
        if p.flag[:1] in ("v", "a", "d") or re.search(r"\d", p.word):
            break
        nouns.append(p.word if p.flag[:1] == "n" else "")
    shared = nouns[0] if nouns and name.startswith(nouns[0]) else ""
    return named + name if len(shared) > 1 else ""


def kept_act(name: str, before: str) -> str:
    """A label that is a relative clause (words, 的, the noun) cut after a filler verb of
    ``cues.relative_act_fillers`` (开展, 实施 …) keeps it when the words before 的 have no
    verb of their own at their head but end in an act (jieba's vn, or a word of
    ``cues.relative_act_nouns``): "开展生活污水治理攻坚的其他县级以上城市达到22个" → 开展
    生活污水治理攻坚的其他县级以上城市 (without 开展 a fragment); not 确定 of "完成省市县
    确定的…实事", whose 完成 is a filler. ``before`` is the sentence up to the number.
    Round 29 (brief S, rule 3)."""
    cues = vocab("cues")
    clause = strip_words(_clauses(before)[-1], cues["scope_words"], leading=True)
    filler = leading_word(clause, cues["relative_act_fillers"])
    if not filler or "的" not in name or not clause[len(filler):].startswith(name):
        return name
    pieces = tags(name.split("的", 1)[0])
    if not pieces or pieces[0].flag in ("v", "p") \
            or not (pieces[-1].flag == "vn" or pieces[-1].word in cues["relative_act_nouns"]) \
            or any(p.flag[:1] in ("p", "m") for p in pieces):
        return name
    return filler + name


def object_before(name: str, before: str, unit: str) -> str:
    """A bare verb (the whole clause before the number, no noun) counted in a unit that
    counts one of the nouns of ``cues.unit_counted_heads`` (家: 企业, 门店 …) takes that
    noun as the clause before (with no figure) names it, less an opening verb
    (``cues.counted_topic_openers``: 开展): "开展“散乱污”企业整治，依法取缔210家" → 依法取缔
    “散乱污”企业. ``before`` is the sentence up to the number; ``name``
    stays otherwise. Round 29 (brief S, rule 2)."""
    cues = vocab("cues")
    clauses = _clauses(before)
    heads = cues["unit_counted_heads"].get(bare_unit(unit))
    if len(clauses) < 2 or not heads or not name or len(name) > 5 \
            or re.search(r"\d", clauses[-2]) or any(h in name for h in heads):
        return name
    own = strip_words(clauses[-1], cues["running_total_words"] + cues["label_leading"],
                      leading=True)
    if own != name or tags(name)[-1].flag not in ("v", "l"):
        return name
    topic = clauses[-2]
    at = max((topic.rfind(h) + len(h) for h in heads if h in topic), default=-1)
    if at < 0:
        return name
    words = cues["label_leading"] + cues["label_verbs"] + cues["counted_topic_openers"]
    noun = strip_words(topic[:at], words, leading=True)
    if len(noun) < 3 or "、" in noun \
            or any(p.flag[:1] in ("v", "p") for p in tags(re.sub(r"“[^”]*”", "", noun))):
        return name
    return name + noun


def carried_agent(label: Callable[[str, Token, str, str | None], str]
                  ) -> Callable[[str, Token, str, str | None], str]:
    """``label`` (``naming.label``) with ``named_agent``, ``kept_act`` and
    ``object_before`` applied (round 29)."""
    @wraps(label)
    def with_agent(text: str, tok: Token, pre: str, previous: str | None) -> str:
        q = tok.quantity
        assert q is not None
        before = text[tok.sentence.start:q.start]
        named, running = _agent(before)
        if named and previous and previous.startswith(named):  # the list's verb: 西港新区…
            previous = previous[len(named + running):]  # 项目36个、科研人员 → 吸引集聚科研人员
        got = label(text, tok, pre, previous)
        return object_before(kept_act(named_agent(got, before), before), before, q.unit)
    return with_agent
