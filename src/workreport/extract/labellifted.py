"""People or households a means reaches, counted between the verb that reaches them and who
they are (issue 13, round 65, x3; the development draws' beneficiary rows labelled by a bare
verb or a bare noun, and labels opening on a modal).

"宝迪养猪…，可有效带动7129户、16452名贫困人口稳定增收": the counts are the households and
the people 带动 lifts to 稳定增收, and a reader wants who was reached and how: 带动稳定增收户,
带动稳定增收的贫困人口 (were 可有效带动, 贫困人口稳定增收). "带动7万多名农村牧区劳动力就业" →
带动就业的农村牧区劳动力 (was 农村牧区劳动力就业); "林果种植…，带动9459户贫困户年均增收9000
元左右" → 带动增收的贫困户 (was 贫困户); "辐射带动2647户贫困家庭，年均增收万元以上" →
辐射带动贫困家庭. The chain of counts of nested units counted by 个 is ``labelchain``'s.

A label opening on a modal (可, 将, 能够) before an adverb, a preposition or a verb drops it:
"可直接提供就业岗位1.6万个" → 直接提供就业岗位; 可再生能源…, 可降解…, 可支配… stay.
Its words are data in ``vocab/cues.yml`` (``lifted_*``).
"""

from __future__ import annotations

import re
from functools import cache, wraps

from workreport.extract.labelrelative import Held, Labeller
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags
from workreport.extract.nonfigures import alternation
from workreport.extract.numbers import Token

__all__ = ["lifted", "lifted_people", "modal_dropped"]

_BREAK = "，,；;。！？：:（()）"
_NUMBER = r"[近约超]?[\d.]+[万千百]?[余多]?"
_BREAK_RE = re.compile(f"[{_BREAK}]")
_OPENING_NUMBER = re.compile(rf"^{_NUMBER}")
_MODAL_NEXT = ("ad", "d", "a", "p", "v")
_ABLE_NEXT = ("ad", "d", "a", "p")


def lifted(label: Labeller) -> Labeller:
    """``naming.label`` with a count of people reached named by ``lifted_people`` and a
    modal opening it dropped (``modal_dropped``); any other label as it was."""
    @wraps(label)
    def reached(text: str, tok: Token, pre: str, previous: str | None,
                held: Held | None = None) -> str:
        got, s, q = label(text, tok, pre, previous, held), tok.sentence, tok.quantity
        assert q is not None
        if not got:
            return got
        sentence = text[s.start:s.end]
        return lifted_people(sentence, q.start - s.start, q.end - s.start, got) \
            or modal_dropped(got)
    return reached


def modal_dropped(got: str) -> str:
    """``got`` without a modal (可, 将, 能够) opening it before an adverb, a preposition or a
    verb ("可直接安排就业人员" → 直接安排就业人员, "可为搬迁群众提供就业岗位" → 为搬迁群众提供
    就业岗位); ``got`` when none opens it or the modal is part of a term (可再生能源发电量,
    可降解塑料制品替代率, 可支配收入: another tag follows). 可 before a bare verb stays unless
    the verb is one of ``cues.lifted_able_verbs`` (可新增就业岗位 → 新增就业岗位): round 65
    review (u2), 可 and a verb naming what can be done to the noun were cut to a thing done
    (可种植面积 → 种植面积, 可流转土地面积 → 流转土地面积, 可开发旅游资源 → 开发旅游资源)."""
    pieces = tags(got)
    if len(pieces) < 3 or pieces[0].word not in cue_words("lifted_modals") \
            or pieces[1].flag not in _MODAL_NEXT:
        return got
    if pieces[0].word == "可" and pieces[1].flag not in _ABLE_NEXT \
            and pieces[1].word not in cue_words("lifted_able_verbs"):
        return got  # "可种植面积", "可开发旅游资源": what can be done to it names the noun
    return got[len(pieces[0].word):]


def lifted_people(sentence: str, start: int, end: int, got: str = "") -> str:
    """The label of the count at ``sentence[start:end]`` (in ``cues.lifted_units``) when it
    follows a verb of ``cues.lifted_verbs`` (a modal or adverb before it, other counts joined
    by 、 between them) and its clause goes on with other such counts, who they are (ending
    in ``cues.lifted_nouns``) and what they came to (the first of ``cues.lifted_outcomes``,
    a per-year word before it dropped): ``{verb}{outcome}的{noun}`` (带动稳定增收的贫困人口),
    ``{verb}{outcome}户`` for households of persons named (7129户、16452名贫困人口 → 带动稳定
    增收户), ``{verb}{outcome}人口`` for persons named by nothing (带动413万人增收);
    ``{verb}{noun}`` when no outcome follows (辐射带动贫困家庭). "" when it is no such count,
    when ``got`` names the verb and the noun already (规模养殖小区带动贫困户: its means kept),
    or when what follows holds a figure or another word."""
    count, counts = _count_res()
    lead = _lead_re().search(sentence[:start])
    if lead is None or not count.fullmatch(sentence[start:end]):
        return ""
    verb = lead.group(1)
    after = sentence[end:]
    more = counts.match(after)
    last = not more.group(0)
    rest = _BREAK_RE.split(after[more.end():], maxsplit=1)[0]
    outcome, noun = "", rest
    for i, said in sorted(((i, o) for o in cue_words("lifted_outcomes")
                           if (i := rest.find(o)) >= 0), key=lambda f: (f[0], -len(f[1]))):
        who = rest[:i]
        who = next((who[: -len(w)] for w in cue_words("lifted_per_words") if who.endswith(w)),
                   who)
        if (not who or who.endswith(cue_words("lifted_nouns"))) \
                and re.fullmatch(r"[\d.万元左右以上多余]*", rest[i + len(said):]):
            outcome, noun = said, who  # not 脱贫 in "脱贫人口稳定增收": 脱贫 names the people
            break
    if re.search(r"[\d、]", noun) or (noun and not noun.endswith(cue_words("lifted_nouns"))) \
            or len(noun) > 10:
        return ""
    if outcome and "个" in lead.group(0):
        return ""  # "带动261个村19945户…稳定增收": the chain's (labelchain.chained)
    if noun and (f"{verb}{noun}" in got or (outcome and got.endswith(noun)
                 and f"{verb[-2:]}{outcome}" in got)):
        return ""  # "规模养殖小区带动贫困户", "带动增收农户": named already, as it was
    own = _OPENING_NUMBER.sub("", sentence[start:end])
    if not noun or (not last and not noun.endswith("户")):
        if not outcome:
            return ""
        if own == "户":
            return f"{verb}{outcome}户"
        return f"{verb}{outcome}人口" if own in ("人", "名") else ""
    if (own == "户" and not noun.endswith(("户", "家庭"))) or (own == "家" and noun != "企业"):
        return ""
    return f"{verb}{outcome}的{noun}" if outcome else f"{verb}{noun}"


@cache
def _count_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A count of ``cues.lifted_units`` or in a bare 万 or 亿 (round 74, x1: "带动4万多群众
    持续增收" → 带动持续增收的群众, as for 4000名), and further such counts each after 、,
    compiled once."""
    units = alternation(cue_words("lifted_units"))
    return re.compile(rf"{_NUMBER}(?:{units})|[近约超]?[\d.]+[万亿][余多]?"), \
        re.compile(rf"(?:、{_NUMBER}(?:{units}))*")


@cache
def _lead_re() -> re.Pattern[str]:
    """A verb of ``cues.lifted_verbs`` (its modal not kept) and counts after it (of
    ``cues.lifted_units`` or places counted by 个, ``cues.chain_units``), ending the text
    before a count."""
    verbs = alternation(cue_words("lifted_verbs"))
    units = alternation(cue_words("lifted_units"))
    places = alternation(cue_words("chain_units"))
    return re.compile(rf"({verbs})(?:{_NUMBER}(?:{units}|个(?:{places}))、?)*$")
