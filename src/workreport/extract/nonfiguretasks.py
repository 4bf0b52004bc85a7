"""A programme's own list of tasks counted, no figure (round 68, v7; issue 13, the development
draws' "not a figure").

``bench/label_judging.md``: the size of a plan's own package or list is 'not a figure' (settled
for 实事 and 工程). The same holds for a programme's list of reform tasks, key tasks or indicator
tasks that the work only follows or pushes (words in ``vocab/nonfigures.yml``, ``task_list_*``):
the object of an anchoring verb, only who set the list (X确定的), 省定, 第一批 or its aspects
(N个方面) between: "稳步推进省委确定的339项重点改革任务落地", "紧扣自治区党委确定的276项改革
任务", "围绕省定39项指标任务".

Kept figures: a clause saying the tasks done, made or issued (``task_list_acts``: "完成年度改革
任务95项", "推出414项改革事项"), a field's tasks ("细化落实深入推进黄河流域…发展60项重点任务")
and a list of industrial chains ("聚焦28条重点产业链"; in a plan no figure since round 87,
``focus_list``). A list that only made progress ("86项改革任务全面铺开"), kept here, is no
figure since round 86 by ``nonfigureleads.review_package``, which reads a package of tasks like
one of 实事 (bench/label_judging.md, settled by the lead in round 86). Round 68 review (q3): a
tally ("累计推进", "共推进") or the list said done in its clause or a later one ("…全部销号",
"…，全部按期完成") keeps the figure; the parts counted after the list are labelled by its noun
(``task_list_named``).

Round 87 (w1; bench/label_judging.md, settled by the lead in round 87), ``focus_list``: in a
plan, the count of the items the plan focuses on, the act being done to all of them at once
("围绕22个产业、189条产业链，补链延链", "聚焦28条重点产业链，…", "围绕乳制品、牛羊肉等10个品类，
…"), is the programme's own structure too; a count of things built, cultivated or added after
the focus verb ("围绕打造2个示范片区") stays a figure (``plan_focus`` for ``numbers``).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelwords import leading_word
from workreport.vocab import alternation
from workreport.vocab import load as vocab

__all__ = ["focus_list", "plan_focus", "plan_works", "plan_works_named", "task_list",
           "task_list_named"]

_CLAUSE = re.compile(r"[，。；：！？\n]")


@cache
def _noun() -> re.Pattern[str]:
    """The list's unit and noun after its count (``nonfigures.task_list_noun``)."""
    return re.compile(vocab("nonfigures")["task_list_noun"])


@cache
def _anchor() -> re.Pattern[str]:
    """An anchoring verb (``nonfigures.task_list_anchors``)."""
    return re.compile(alternation(vocab("nonfigures")["task_list_anchors"]))


def task_list(text: str, start: int, end: int) -> bool:
    """Is the digit run ``text[start:end]`` the count of a programme's own list of tasks that
    the work only follows or pushes (see the module)? Not when its clause says the tasks done,
    made or issued."""
    return _listed(text, start, end) is not None


def _listed(text: str, start: int, end: int) -> re.Match[str] | None:
    """The list's unit and noun after the digit run ``text[start:end]`` when ``task_list``
    finds it, None otherwise (round 71, w8, tidy: ``task_list_named`` matched them again)."""
    noun = _noun().match(text, end)
    if not noun:
        return None
    nf = vocab("nonfigures")
    opening = max((m.end() for m in _CLAUSE.finditer(text, max(0, start - 40), start)),
                  default=max(0, start - 40))
    closing = _CLAUSE.search(text, noun.end())
    clause = text[opening:closing.start() if closing else len(text)]
    if any(w in clause for w in nf["task_list_acts"]):
        return None
    later = re.split(r"[。；！？\n]", text[noun.end():noun.end() + 160])[0].split("，")[1:]
    if any(re.match(nf["task_list_done_later"], c) for c in later):
        return None  # "紧扣…26项改革任务，全部按期完成": the list done (round 68 review, q3)
    before = text[opening:start]  # only who set the list, 省定, 第一批 … after the verb
    return noun if any(re.match(nf["task_list_between"], before[m.end():])
                       for m in _anchor().finditer(before)) else None


def task_list_named(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The list's noun and where its unit ends when ``task_list`` finds the digit run
    ``text[start:end]``, for the labels of its parts counted after it (round 68 review, q3):
    "围绕市委确定的56项改革任务，已完成52项" → ("改革任务", …), so 52项 is 已完成的改革任务, not
    市委确定的改革任务; None otherwise."""
    if (noun := _listed(text, start, end)) is None:
        return None
    unit = re.match(r"多?[项条]", noun.group(0))
    assert unit is not None
    return noun.group(0)[unit.end():], end + unit.end()


@cache
def _focus() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A focus verb ending its run (``nonfigures.focus_verbs``), what may stand between it and
    the count (``focus_between``), and the unit and noun ending the clause (``focus_units``,
    ``focus_object``)."""
    nf = vocab("nonfigures")
    return (re.compile(alternation(nf["focus_verbs"])), re.compile(nf["focus_between"]),
            re.compile(f"(?:{alternation(nf['focus_units'])}){nf['focus_object']}"))


def plan_focus(text: str, start: int, end: int) -> tuple[str, str] | None:
    """``focus_list``'s class and reason, for ``numbers`` (asked only in a plan), or None."""
    return ("name", "a plan's count of the items it focuses on (围绕22个产业、189条产业链)") \
        if focus_list(text, start, end) else None


def focus_list(text: str, start: int, end: int) -> bool:
    """In a plan, is the digit run ``text[start:end]`` the count of the items the plan focuses
    on: the object of a focus verb in its clause (``nonfigures.focus_verbs``), with only names
    listed before 等 or another such count joined by 、 between (``focus_between``), its unit
    (``focus_units``) and noun closing the clause or the 、-item (``focus_object``): "围绕22个
    产业、189条产业链，…", "聚焦28条重点产业链，…", "围绕乳制品、牛羊肉等10个品类，…"? Not a
    count the clause builds or cultivates, a verb of ``cues.label_verbs`` opening what stands
    between ("围绕打造2个示范片区、建设20个示范村", "围绕新建甲、乙等3个园区"), nor one of
    ``nonfigures.focus_not_acts`` anywhere between (round 87 review, q1: "围绕主导产业引进甲、乙等
    10个项目"). The caller asks only in a plan."""
    verb, between, noun = _focus()
    obj = noun.match(text, end)
    if not obj or any(w in obj.group(0) for w in vocab("nonfigures")["focus_not_acts"]):
        return False  # "聚焦100个重点项目建设": things built (round 87 review, q1)
    opening = max((m.end() for m in _CLAUSE.finditer(text, max(0, start - 40), start)),
                  default=max(0, start - 40))
    found = list(verb.finditer(text, opening, start))
    if not found:
        return False
    rest = text[found[-1].end():start]
    if not between.match(rest):
        return False
    if any(w in rest for w in vocab("nonfigures")["focus_not_acts"]):
        return False  # "围绕主导产业引进甲、乙等10个项目": things made (round 87 review, q1)
    return not leading_word(rest, vocab("cues")["label_verbs"])


def plan_works(text: str, start: int, end: int) -> re.Match[str] | None:
    """A plan's package of 工程 of any kind the clause carries out after the count
    ``text[start:end]`` (round 87, w1: ``nonfigures.package_works_plan_acts`` in the clause, not
    ``package_works_plan_not_acts``): its unit, words and 工程, or None."""
    nf = vocab("nonfigures")
    clause = re.split(r"[，。；：！？\n]", text[max(0, start - 24):start])[-1]
    if not any(w in clause for w in nf["package_works_plan_acts"]) \
            or any(w in clause for w in nf["package_works_plan_not_acts"]):
        return None
    return _plan_works_after().match(text, end)


@cache
def _plan_works_after() -> re.Pattern[str]:
    """A package's unit, words and 工程 right after its count (``plan_works``), built once."""
    nf = vocab("nonfigures")
    units = "|".join(nf["package_affair_units"])  # as nonfigureown's packages have it
    return re.compile(f"(?:{units}){nf['package_affair_between']}{nf['package_works_plan_noun']}")


def plan_works_named(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The name of a plan's package of 工程 (``plan_works``) at the count ``text[start:end]``,
    no figure, and where it ends, for the figures after it in its sentence as the count's own
    label gave them before (round 87 review, q1: "推进20项重点水利工程建设，完成投资50亿元" →
    重点水利工程投资, not 投资); the caller asks only of a count found no figure."""
    m = plan_works(text, start, end)
    if not m:
        return None
    name = m.group(0)[1:]
    qualifier = re.match(vocab("nonfigures")["package_named_first_after"], name)
    return name[qualifier.end() if qualifier else 0:], m.end()  # "20项以上重点工程" → 重点工程
