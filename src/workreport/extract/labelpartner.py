"""The 对 naming a trade partner stays in the label (issue 13, the development draws'
"fragment"; round 82, x4).

Class of error: a trade figure with its partner after 对 ("对东盟进出口增长13.8%", "对俄进出口增速
高于全国8.3个百分点", "对共建“一带一路”国家出口额增长11%") was labelled without the 对 (东盟进出口,
俄进出口增速高于全国): the leading preposition is stripped from every label
(``cues.label_prepositions``), and the partner then reads as the trader — 东盟进出口 is ASEAN's
own trade, 俄进出口 Russia's. In Chinese 对 + a place before a trade word names whom the trade is
with; it is part of the measure (对外贸易 is kept whole for the same reason,
``cues.label_prepositions_keep``).

Rule (``partner_kept``, a pass of ``labelpasses.AFTER``): the label holds a trade word
(``cues.partner_trade_words``: 进出口, 出口, 进口, 贸易) and the figure's clause (the sentence
before its number, from its last ，；。：) has 对, a preposition as jieba tags it (not 针对, 应对,
结对 …), right before the label's opening words: the label takes 对 back in front.

Exceptions (the label stays): a label opening with 对 already, or with no trade word (对欠薪案件
查处 → 欠薪案件发生率: 对 there marks what an act is done to), a 对 in another clause.
Round 82 review, q3: a label opening with its trade word, no partner before it (对出口企业减免
税费, 对进口商品实施检验, 对贸易企业开展培训: 对 marks the things acted on, 出口企业减免税费 stays),
and a 对 not followed by the label up to its trade word.

A list of partners (session 60, f1; was an exception of round 82 review, q3, since the each-of
split cut 对东盟、欧盟进出口 to 对东盟出口): the label takes 对 back too, and ``listed_partners``
gives ``labeldistribute.distribute`` the list without its 对s to split, each label then taking
对: "对俄、对美出口分别增长5%、6%" (was 俄美出口) → 对俄出口, 对美出口; "对东盟、欧盟进出口分别…"
(was 东盟进出口) and "对东盟和欧盟进出口分别…" → 对东盟进出口, 对欧盟进出口.
"""

from __future__ import annotations

import re

from workreport.extract.labelclause import CLAUSE_END
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags

__all__ = ["listed_partners", "partner_kept"]



def _preposition_at(clause: str, at: int) -> bool:
    """The piece of ``clause`` that starts at ``at`` is 对 alone, a preposition."""
    pos = 0
    for piece in tags(clause):
        if pos == at:
            return piece.word == "对" and piece.flag == "p"
        if pos > at:
            return False
        pos += len(piece.word)
    return False


def partner_kept(name: str, before: str, rest: str, dimension: str) -> str:
    """``name`` with the 对 naming its trade partner in front (above)."""
    if len(name) < 2 or name.startswith("对") or not any(w in name for w in cue_words(
            "partner_trade_words")):
        return name
    trade = min(name.find(w) + len(w) for w in cue_words("partner_trade_words") if w in name)
    clause = CLAUSE_END.split(before)[-1]
    if name.startswith(tuple(cue_words("partner_trade_words"))):
        return name  # no partner: 对出口企业减免税费 (round 82 review, q3)
    at = clause.rfind("对" + name[:trade])
    return "对" + name if at >= 0 and _preposition_at(clause, at) else name


def listed_partners(subject: str) -> str:
    """``subject``, a list of partners opening with 对 (a preposition, jieba's) before a trade
    word (``cues.partner_trade_words``), without its 对s (the first one's and those opening
    later parts after 、, 和, 与, 及), or "" (session 60, f1; above): "对俄、对美出口" →
    俄、美出口."""
    pieces = tags(subject)
    if len(pieces) < 3 or pieces[0].word != "对" or pieces[0].flag != "p" \
            or not re.search(r"[、和与及]", subject) \
            or not any(w in subject for w in cue_words("partner_trade_words")):
        return ""
    trade = min(subject.find(w) for w in cue_words("partner_trade_words") if w in subject)
    rest = re.sub(r"(?<=[、和与及])对", "", subject[1:trade])
    if subject[1:].startswith(tuple(cue_words("partner_trade_words"))) \
            or not re.search(r"[、和与及]", rest):
        return ""
    return rest + subject[trade:]
