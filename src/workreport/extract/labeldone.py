"""A completing act written after the counted things (round 31, ra; bench/label_judging.md:
an act after the noun that every one of the counted things underwent is 'action verb
dropped' when the label drops it). The act closes the clause of the count, after its noun,
after adverbs (全部, 按期 …) and after later items of a list that carry no verb of their own;
the label keeps it: "12座乡镇卫生院全部投用" → 投用乡镇卫生院, "移民安置房310套、人才公寓
95套全部交付使用" → 交付使用移民安置房, 交付使用人才公寓, "4个回迁房项目全部交房" → 交房的
回迁房项目, "9个亿元以上项目新开工建设" → 新开工建设亿元以上项目; since round 56 (s56b,
``labelstatus.timed_act``) an adverb of time stays with the act ("4个回迁房项目按期交房" →
按期交房的回迁房项目). Only acts
(``cues.completed_acts``, ``cues.completed_acts_of`` for those written with 的, after
``cues.completed_act_adverbs``) say what was done to the things; how they fared (有序推进,
旧貌换新颜) is no act, and a label that opens with a verb of its own keeps it alone. Not
完成, which the gold files' convention drops (tests/data/README.md); 办复 and 办结 since round
43, the lead, which settled them with the judges ("人大代表建议35件、政协提案61件全部办复" →
办复人大代表建议, 办复政协提案), also when a list's last item took them as written
(``cues.handling_acts``). The words are data (``vocab/cues.yml``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, wraps

from workreport.extract.labelparts import COUNT_NUMBER, act_part, part_acted
from workreport.extract.labelstatus import measured_status, timed_act, timed_front
from workreport.extract.labelwords import leading_word, tags
from workreport.extract.nonfigures import alternation, classifiers
from workreport.extract.numbers import Token, vocab

__all__ = ["completed", "completing_act", "joined_act"]


def completed(label: Callable[[str, Token, str, str | None], str]
              ) -> Callable[[str, Token, str, str | None], str]:
    """``label`` (``naming.label``) with ``completing_act`` applied (round 31, ra)."""
    @wraps(label)
    def with_act(text: str, tok: Token, pre: str, previous: str | None) -> str:
        q = tok.quantity
        assert q is not None
        got = label(text, tok, pre, previous)
        after = text[q.end:tok.sentence.end]
        if part := act_part(got, text[tok.sentence.start:q.start], after, q.unit, previous):
            return part  # "…49项惠民事项，涉及我县14项" → 涉及我县的… (round 45, s45d)
        if timed := timed_front(got, after):
            return timed  # round 57 (s57b): "3条高速公路提前建成通车" → 提前建成通车的…
        if not re.fullmatch(classifiers(), q.unit):  # a count (not 5万片 in a name)
            return got
        if part := part_acted(text[tok.sentence.start:q.start], after, q.unit, previous):
            return part  # "…18项惠民实事，5项基本完成" → 基本完成的惠民实事 (round 44, ra44)
        # round 56 (s56b): "26种医用耗材价格大幅降低" → 价格大幅降低的医用耗材
        return measured_status(got, after) or completing_act(got, after)
    return with_act


def completing_act(name: str, after: str) -> str:
    """``name``, a count's label, with the act that closes its clause (``after``, the
    sentence after the number) in front: "乡镇卫生院" with "乡镇卫生院全部投用" → 投用乡镇
    卫生院; "人才公寓" with "全部交付使用" → 交付使用人才公寓; "移民安置房" with "、人才公寓
    95套全部交付使用" → 交付使用移民安置房 (the later items bare counts: "、200个事项一次建成"
    is not). ``name`` as it is when it holds the act already or opens with a verb, except
    the handling of ``cues.handling_acts`` written after the noun, which goes in front
    ("政协提案按期办结" → 办结政协提案, round 43)."""
    clause = re.split(r"[，,；;。！？：:（(]", after, maxsplit=1)[0]
    held = _act_at_end().search(name)
    if held and held.start() and held.group("act") in vocab("cues")["handling_acts"] \
            and _noun(name[: held.start()]):
        # the handling written after the noun, as a list's last item takes it ("政协提案按期
        # 办结" → 办结政协提案, as its first item "83件人大代表建议、" → 办结人大代表建议)
        return held.group("act") + name[: held.start()]
    if held and held.start() and name == clause and _noun(name[: held.start()]) and (
            timed := timed_act(name[held.start(): held.start("act")], held.group("act"),
                               name[: held.start()])):
        return timed  # the noun took the clause (round 57, s57b): 提前交付的安置小区
    m = _act_at_end().search(clause)
    if not name or not m:
        return joined_act(name, clause)
    act, head = m.group("act"), clause[: m.start()]
    cues = vocab("cues")
    items = _items().search(head)
    own, rest = (head[: items.start()], items.group(0)) if items else (head, "")
    # "8805户2万名贫困人口全部脱贫": the 户 count too
    own = re.sub("^" + _COUNT.format(classifiers()), "", own)
    verbs = cues["label_verbs"] + cues["label_kept_verbs"] + cues["object_predicates"]
    later = [re.sub(r"[\d.]+[万千百]?[余多]?\w?(?:以上|左右|余|多)?", "", i.lstrip("、和及与"))
             for i in re.findall(r"[、和及与][^、和及与]+", rest)]
    if act in name or _verb_first(name, verbs) or (own and not name.endswith(own)) \
            or head.endswith(tuple(cues["completed_act_negations"])) or not _noun(name) \
            or any(not i or _verb_first(i, verbs) or not _noun(i) for i in later):
        return name  # "…200个高频事项一次办结": the later item's own act
    # round 56 (s56b): an adverb of time stays ("保交楼项目按期交房" → 按期交房的保交楼项目)
    return timed_act(clause[m.start(): m.start("act")], act, name) or _in_front(act, name)


def _in_front(act: str, name: str) -> str:
    """``act`` before ``name``, with 的 for ``cues.completed_acts_of`` (交房的回迁房项目)."""
    return f"{act}的{name}" if act in vocab("cues")["completed_acts_of"] else act + name


def joined_act(name: str, clause: str) -> str:
    """``name``, the noun after a number, with the act written right after it when another
    item joined by 和, 及 or 、 follows (``cues.noun_act_tails``): "160户棚户区改造和乙村
    改造…有序推进" → 棚户区改造 (the households of the renewal, not all of the area's);
    ``name`` as it is otherwise."""
    cues = vocab("cues")
    if not name or not clause.startswith(name) or leading_word(name, cues["label_verbs"]):
        return name
    act = leading_word(clause[len(name):], cues["noun_act_tails"])
    return name + act if act and re.match(r"[和及与、]", clause[len(name) + len(act):]) \
        else name


def _verb_first(name: str, verbs: list[str]) -> bool:
    """Whether ``name`` opens with one of ``verbs`` as a word of jieba's (安置 of 安置房 is
    none: ``cues.verb_led_housing``, round 57, s57b, where jieba splits 安置|房)."""
    verb = leading_word(name, verbs)
    return bool(verb) and len(tags(name)[0].word) <= len(verb) \
        and not name.startswith(tuple(vocab("cues")["verb_led_housing"]))


def _noun(name: str) -> bool:
    """Whether ``name`` ends in a noun, an act or a quotation (not in a time, a place word,
    a number, a pronoun or a verb alone: "…汛前", "最后", "涉及我县", "未能")."""
    pieces = tags(name.rstrip("”"))
    return bool(pieces) and pieces[-1].flag not in _NOT_NOUNS \
        and not (len(pieces) == 1 and pieces[0].flag == "v")


_NOT_NOUNS = ("f", "t", "m", "q", "d", "p", "r", "zg", "x", "eng")
_COUNT = COUNT_NUMBER + r"(?:{})(?:以上|左右|余|多)?"


@cache
def _act_at_end() -> re.Pattern[str]:
    """An act of ``cues.completed_acts`` or ``completed_acts_of`` ending a clause, after
    adverbs of ``cues.completed_act_adverbs`` and time limits (round 59, s59c); since round
    64 (z8) also after 基本 (``cues.completed_act_degree_adverbs``), which stays with the act
    ("16处矿山修复治理主体工程基本完工" → 基本完工的…), and acts of going into service
    (建成通车, 竣工投产, 开工, 通车: "剩余24个…项目年内全部建成通车" gave the bare noun)."""
    cues = vocab("cues")
    # round 64 (z8): an adverb of degree (基本) too, which stays (``labelstatus.timed_act``)
    adverbs = alternation(cues["completed_act_adverbs"] + cues["completed_act_degree_adverbs"])
    acts = alternation(cues["completed_acts"] + cues["completed_acts_of"])
    # round 59 (s59c): a time limit of ``cues.completed_act_time_words`` too, which goes as
    # the figure's year says it ("7个安置房项目年内全部交房" → 交房的安置房项目), not before a
    # poverty exit (``cues.object_done_states``: "剩余贫困人口上半年全部脱贫" as before), but
    # for a time word of the whole year (round 73, x6: ``cues.completed_act_year_words``)
    year = cues["completed_act_year_words"]
    times = alternation([w for w in cues["completed_act_time_words"] if w not in year])
    exits = alternation([w for w in cues["object_done_states"] if w != "出列"])
    every = alternation(cues["completed_act_adverbs"] + cues["completed_act_time_words"])
    timed = rf"(?:{alternation(year)}|(?:{times})(?!(?:{every})*(?:稳定)?(?:{exits})$))"
    return re.compile(rf"(?:{adverbs}|{timed})*(?P<act>{acts})$")


@cache
def _items() -> re.Pattern[str]:
    """Later items of a list before the act: "、政协提案80件", "和3个乙项目" (a count each)."""
    count = _COUNT.format(classifiers())
    noun = r"[^、和及与\d，]{1,20}"
    return re.compile(rf"(?:[、和及与](?:{noun}{count}|{count}{noun}))+$")
