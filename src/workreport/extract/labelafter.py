"""The object after a number: the noun phrase a count names when the clause before it is
only a verb, a list of names or empty ("壮大8个精深加工集群" → 精深加工集群; ``naming.label``).

Where the object ends is data (``cues.object_stops``, ``object_stop_keep``,
``qualifiers_after``, ``level_passed_nouns``); the noun phrase is cut by jieba's tags
(``labelwords.noun_phrase``).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract import labelforms
from workreport.extract.labelclean import strip_words, word_end
from workreport.extract.labelverbs import ASIDE as _ASIDE
from workreport.extract.labelverbs import CLAUSE_BREAK as _CLAUSE_BREAK
from workreport.extract.labelverbs import before_next, modifier_list, rest_of_clause
from workreport.extract.labelwords import noun_phrase as _noun_phrase
from workreport.extract.labelwords import tags
from workreport.extract.nonfigures import alternation
from workreport.extract.numbers import strip_quantities, vocab

__all__ = ["beyond", "clause_after", "first_of_joined", "only_fillers"]


@cache
def _object_stop() -> re.Pattern[str]:
    """Where the object after a number ends: a stop word (not inside 高等, 等级 …), a digit,
    or a 的 two characters from the end."""
    cues = vocab("cues")
    keep = alternation(cues["object_stop_keep"])
    words = alternation(cues["object_stops"])
    # Nor a class of size: "3个100亿级产业名镇" (round 13, ``nonfigures``' size class), nor
    # a voltage class inside a name: "…某村110千伏变电站" (round 15).
    number = r"(?<![A-Za-z\d.])\d+(?:\.\d+)?(?![A-Za-z\d]|(?:万亿|亿|万)元?级|千伏)" \
        + labelforms.NOT_THRESHOLD  # 4A级景区
    # "26个省、市重点项目建设": building is what is done to the projects, not what is counted.
    # "30个教育实验基地落户", "…总部落户辽宁": where they settled is no part of them, but
    # people settling in towns are counted by it ("…农业转移人口在城镇落户"; round 14).
    settled = r"(?<![城镇家])落户(?!城镇)"
    return re.compile(rf"(?:{keep})|(?P<stop>{words}|的(?=\S{{0,2}}$)|(?<=项目)建设$|{settled}"
                      rf"|{number})")


def clause_after(text: str, pos: int, sentence_end: int) -> str:
    """The noun phrase after the number ending at ``pos``, up to a stop (``_object_stop``)
    in its clause: "壮大8个精深加工集群" → 精深加工集群; "" when none."""
    out = _ASIDE.sub("", rest_of_clause(text, pos, sentence_end) if text[pos:pos + 1] != "（"
                     else text[pos:sentence_end])
    pair = re.match(r"[\u4e00-\u9fff]、[\u4e00-\u9fff][^，。；、\d（）]+", text[pos:sentence_end])
    # "22个省、市重点项目": two one-character names share the noun.
    out = pair.group(0) if pair else (modifier_list(text[pos:sentence_end])
                                      or _CLAUSE_BREAK.split(out)[0])  # 供水、供热…管网
    aside = _ASIDE.match(text, pos + 1)
    if aside and len(out) >= 1 and re.match(r"[\u4e00-\u9fff]（", text[pos:pos + 2]):
        return text[pos] + aside.group(0)  # "3个县（市）": a one-character noun and its aside
    # A stop after leading fillers only is no end ("深入实施“人生关怀”活动").
    stop = next((m for m in _object_stop().finditer(out) if m.group("stop") and (
        not m.start() or m.group(0)[0].isdigit() or not only_fillers(out[:m.start()]))), None)
    out = (out[: word_end(out, stop.start())] if stop else out).lstrip("的")  # 圆满|完成
    out = before_next(out, stop.group(0)) if stop else out  # "…卫生院聘任80名" (round 14)
    # A qualifier the number did not take is no object: "减少1000万以上" (a bare 万); nor is
    # a level passed ("首次突破两亿元大关", round 13).
    cues = vocab("cues")
    return _noun_phrase(strip_words(out, cues["qualifiers_after"], leading=True)
                        if out not in cues["qualifiers_after"] + cues["level_passed_nouns"]
                        else "")


def only_fillers(words: str) -> bool:
    """Whether ``words`` are only leading fillers (深入, 了 …); the mark stands for the rest,
    as ``strip_words`` peels a leading word only off something."""
    return strip_words(words + "\ue000", vocab("cues")["label_leading"], leading=True) == "\ue000"


def beyond(text: str, pos: int, sentence_end: int) -> str:
    """The noun after the numbers that follow: "221户385人年度脱贫任务" → 年度脱贫任务."""
    # To the clause's end, 、 included ("36个省、市重点项目": clause_after cuts at 、).
    rest = re.split(r"[，,；;。！？：:（）()\n]", text[pos:sentence_end])[0] \
        if text[pos:pos + 1] not in "、" else text[pos + 1:sentence_end]
    rest = strip_words(strip_quantities(rest).lstrip("、和及的"), vocab("cues")["label_leading"],
                       leading=True)
    return clause_after(rest, 0, len(rest))


def first_of_joined(after: str) -> str:
    """The first of the things joined by 和 or 及 after a count whose list of names before
    it has as many names as the count: those names are the first thing's, the things
    after 和 are others ("东湖、西山、南湾3个省实验室和省科技创新研究院" → 省实验室)."""
    at = 0
    for piece in tags(after):
        if piece.flag == "c" and piece.word in ("和", "及") and at >= 2:
            return after[:at]
        at += len(piece.word)
    return after
