"""A verb over a list of counts written number first (issue 13; used by ``naming``).

Class of error: in "建成360个精品示范村、2680个提档升级村" or "精准帮扶65家企业和45个项目" one verb
governs every count after it, but only the first count's label kept it (建成精品示范村, 帮扶企业);
the later ones were left as the bare noun (提档升级村, 项目), which reads as the stock ('action
verb dropped', or 'scope lost' for a bare 项目). ``labellists.list_verb`` shares only the verbs of
``cues.list_shared_verbs`` (newness and a few acts).

Rule: a count whose clause is one opening verb and counts written number first, joined by 、,
和, 及 or 以及 ("V N1个X、N2个Y和N3个Z"), takes what the label of the count before put in front of
its noun (the verb, and any scope or period it carried: 五年累计启动改造提升点 → 五年累计启动搬迁
整合点), when that label is this prefix and the noun of the item before, and the prefix ends in
the verb (jieba's v) that opens the clause (so it is the verb the rules already kept).

Exceptions: money and percentages (a measure of their own); an opener that is no verb (a zone,
a subject: "全县360个村、…"), or a verb that only says what a place holds (``cues.
numfirst_stock_verbs``: 包括, 下辖, 拥有; round 74 review, q74-2: "辖区包括3个省级园区和5个
市级园区" gave 辖区包括市级园区); an item holding a verb, 的 or a break before its number (an item
with its own verb is ``list_verb``'s, "对195家企业的取缔和…" is no list of counts); a noun that
opens with the verb already; an item followed by a predicate of its own (…、5个项目竣工), whose
count is of the things that underwent it.

A second rule of a list's later item (``run_on_previous``): an item that is only a run of
acts opening with a kept verb ("引进纺织服装项目24个、建成投产17个") is the act done to the thing
the count before counts (纺织服装项目建成投产, as ``labelverbs.verb_on_previous`` reads a
single verb: "新建城区公厕7座、改造1座" → 城区公厕改造); it was left a bare verb. Not money, not
a run that opens with no kept verb (供热改造 after 燃煤机组节能改造 is a list's own item, for the
list rules), and only where the rules before it found nothing.

A third (``reach_kept``, applied to the finished label): a count of people or things right
after a verb of reaching (``cues.reach_verbs``: 惠及, 覆盖 …) labelled by the bare noun after the
number ("惠及70多万群众" → 群众; "…服务保障措施惠及80余万高龄…老年人" → 高龄…老年人) keeps the verb
(惠及群众), as "惠及上千万家庭" gives 惠及家庭: the bare noun reads as all of them ('scope lost').
Not for a share (覆盖80%以上村卫生室 is a rate), a label that names more than the noun, nor a
noun that names no one reached (no generic counted noun, people or 家庭 ends it: "实施惠及
3000多万…学生营养改善计划"). Earlier rounds' phrasing rows had 惠及上万户群众 → 群众 as found,
not as judged.

Round 74, x1.
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelclause import CLAUSE_END
from workreport.extract.labellists import list_verb
from workreport.extract.labelverbs import verb_on_previous, verb_run
from workreport.extract.labelwords import leading_word, tags
from workreport.extract.nonfigures import alternation, classifiers
from workreport.extract.numbers import Token, vocab

__all__ = ["items_verb", "reach_kept", "run_on_previous"]

_NUMBER = r"(?:[\d.]+|[一二两三四五六七八九十百千]+)[余多]?[万亿]?"


@cache
def _items() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The clause of an opener and its counts, and one count: a number, a classifier of things
    or people (``nonfigures.classifiers``, the one source of them, less 次: 人次 and 人 are
    its people) and the noun up to a list mark."""
    unit = rf"(?:{classifiers('个家所座条处项支名户种批套台只张件宗场栋间位块')}|人次|人)"
    item = rf"{_NUMBER}{unit}(?:以上|左右)?(?P<noun>[\u4e00-\u9fff“”]{{2,16}}?)(?:、|以及|和|及)"
    return (re.compile(rf"(?P<opener>[\u4e00-\u9fff“”]{{2,16}}?)了?(?P<items>(?:{item})+)"),
            re.compile(item))


@cache
def _own_predicate() -> re.Pattern[str]:
    """A predicate of the count's own after its noun (``cues.numfirst_own_predicates``: 竣工,
    入选, 被 …), built once."""
    verbs = alternation(vocab("cues")["numfirst_own_predicates"])
    return re.compile(rf"[\u4e00-\u9fff“”]*?(?:{verbs})")


def items_verb(text: str, tok: Token, counted: str, previous: str) -> str:
    """``counted`` (the noun after the number, a later item of a list) with the verb its list
    opens with: ``labellists.list_verb``'s answer, else the prefix the label of the count
    before carries over a list of counts written number first (the module's rule)."""
    shared = list_verb(text, tok, counted, previous)
    if shared != counted:
        return shared
    return _carried(text, tok, counted, previous) or counted


def _carried(text: str, tok: Token, counted: str, previous: str) -> str:
    """The module's rule; "" when it does not apply."""
    q = tok.quantity
    assert q is not None
    if q.dimension == "money" or "%" in q.unit or not counted or not previous:
        return ""
    clause = CLAUSE_END.split(text[tok.sentence.start:q.start])[-1]
    m = _items()[0].fullmatch(clause)
    if not m or re.search(r"[的对把将]", m.group("items")):
        return ""
    last = list(_items()[1].finditer(m.group("items")))[-1].group("noun")
    if not previous.endswith(last) or len(previous) == len(last):
        return ""
    prefix = previous[: -len(last)]
    opener = m.group("opener")
    pieces = tags(opener)
    if re.search(r"\d", prefix) or len(prefix) > 16 or not pieces \
            or pieces[-1].flag[:1] != "v" or len(pieces[-1].word) < 2 \
            or not prefix.endswith(pieces[-1].word) or counted.startswith(pieces[-1].word) \
            or pieces[-1].word in vocab("cues")["numfirst_stock_verbs"]:
        return ""
    tail = CLAUSE_END.split(text[q.end:tok.sentence.end])[0]
    if _own_predicate().match(tail.removeprefix("的")):
        return ""  # "…、5个项目竣工": the things that underwent it
    return prefix + counted


def run_on_previous(name: str, previous: str | None, dimension: str, unit: str) -> str:
    """``name``, a run of acts opening with a kept verb (``labelverbs.verb_run``,
    ``cues.label_kept_verbs``), as the act done to what ``previous`` counts: ("建成投产",
    "引进纺织服装项目") → 纺织服装项目建成投产; "" otherwise (no figure before, money)."""
    if not previous or not name or dimension == "money" or not verb_run(name) \
            or not leading_word(name, vocab("cues")["label_kept_verbs"]):
        return ""
    return verb_on_previous(previous, name, dimension, unit)


def reach_kept(name: str, before: str, rest: str, dimension: str) -> str:
    """``name`` with the verb of reaching that ends ``before`` (the sentence up to the
    number) when ``name`` is only the noun that opens ``rest`` (the sentence after it): the
    third rule of the module ("惠及", "群众") → 惠及群众; ``name`` otherwise."""
    cues = vocab("cues")
    if dimension not in ("count", "people") or not rest.startswith(name) or len(name) < 2 \
            or not name.endswith(tuple(cues["generic_counted_nouns"] + cues["lifted_nouns"]
                                       + cues["reached_people_ends"])):
        return name  # "惠及3000多万…学生营养改善计划": the noun is no one reached
    clause = CLAUSE_END.split(before)[-1]
    verb = next((v for v in cues["reach_verbs"] if clause.endswith(v)), "")
    return verb + name if verb else name
