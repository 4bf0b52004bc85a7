"""A share named by what its part is used for, a count by what covers it (issue 13, round
14; used by ``naming``).

A share written between a whole and what a part of it goes to ("衔接资金的62%用于产业发展",
"将76%的财力用于民生事业", "园区新能源70%实现自发自用") measures the part that goes there,
not the whole: a label naming only the whole (衔接资金) names another thing (the audit's
"other thing: a group for its share"). The label is the whole, the verb and what it goes to,
and the share's word: 衔接资金用于产业发展比重, 财力用于民生事业比重, 园区新能源自发自用比例.

The verbs are data (``cues.share_use_verbs``: 用于, 投向, 投入, 服务于 keep their verb; and
``cues.share_state_verbs``: 实现, 提供 go, as fillers before what is done).

A count of places followed by 全覆盖 ("国家级龙头企业14个州市全覆盖") counts the places the
thing before it covers: 国家级龙头企业覆盖州市 (``covered``). A count whose noun runs on into
the counted things' measure counts the things (round 15, ``counted_places``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import wraps

from workreport.extract.labelclean import clean
from workreport.extract.labelwords import tags
from workreport.extract.nonfigures import alternation
from workreport.extract.numbers import Token, vocab

__all__ = ["counted_places", "covered", "share_used", "used_share"]

_RATE_ENDS = ("率", "比重", "比例", "占比", "份额", "增速", "增幅")


def share_used(label: str, before: str, after: str) -> str:
    """The label of a share whose part goes to what follows it (round 14): ``label`` is the
    share's label as the clause before gives it, ``before`` the sentence up to the number,
    ``after`` the sentence from the figure's end (its qualifier gone). Two shapes:

    - the whole before the number: ("衔接资金", "衔接资金的", "用于产业发展。") →
      衔接资金用于产业发展比重; ("园区新能源", "园区新能源", "实现自发自用") →
      园区新能源自发自用比例; ("为随迁子女", "为随迁子女", "提供公办学位") →
      随迁子女公办学位比例 (a leading 将 or 为 goes);
    - the whole after it with 的: (…, "坚持将", "的财力用于民生事业") → 财力用于民生事业比重.

    ``label`` as it is when the number is followed by no such verb, when ``label`` names a
    rate or a change already, or when the clause before does not end with it (a growth
    verb between them: "增长15%实现翻番")."""
    cues = vocab("cues")
    verbs = alternation(cues["share_use_verbs"] + cues["share_state_verbs"])
    after = re.sub(r"^(?:以上|左右|多)", "", after)
    thing = r"[^，,；;。！？：:、\d（）()]"
    m = re.match(rf"(?:的({thing}{{1,10}}?))?({verbs})({thing}{{2,16}})(?:[，,；;。！？：:]|$)",
                 after)
    if not m:
        return label
    whole = m.group(1) or ""
    head = re.split(r"[，,；;。！？：:、]", before)[-1].strip()
    if whole:  # "坚持将76%的财力用于…": only fillers before the number, a noun after it
        pieces = tags(whole)
        if re.sub(r"^(?:坚持|始终)?(?:全[\u4e00-\u9fff])?(?:将|把)?", "", head) \
                or pieces[-1].flag[:1] not in ("n", "j") or re.search(r"[和及与]", whole):
            return label  # "…拿出公共财政预算收入1%的资金", "7%左右的速度可以实现…"
    else:
        core = re.sub(r"^(?:将|为|把)", "", label)
        if not core or label.endswith(_RATE_ENDS) or not head.removesuffix("的").endswith(label) \
                or re.search(r"[、和及与]", core):
            return label
        whole = core
    verb, goal = m.group(2), clean(m.group(3)) or m.group(3)
    kept = verb in cues["share_use_verbs"]
    return f"{whole}{verb if kept else ''}{goal}{'比重' if kept else '比例'}"


# The places counted, then 全覆盖: "州市全覆盖。", "行政村全部覆盖，".
_COVERED = re.compile(r"([^\d，,；;。！？：:、（）()“”]{1,8}?)(?:全覆盖|全部覆盖)"
                      r"(?:[，,；;。！？：:、]|$)")


def covered(label: str, clause: str, after: str) -> str:
    """The label of a count of places or units a thing covers, when ``after`` (the sentence
    from the count's end) says so ("…个州市全覆盖", "…个行政村全覆盖"; round 14, the audit's
    "other thing": the count is of the places, not of the thing): the thing is the clause
    before the number (``clause``, its 实现 and a leading manner word gone), the label the
    thing, 覆盖 and the places: ("国家级龙头企业", "国家级龙头企业", "州市全覆盖。") →
    国家级龙头企业覆盖州市; ("…", "“三级平台、两个代办”实现", "行政村全覆盖") → “三级平台、
    两个代办”覆盖行政村. ``label`` as it is otherwise."""
    m = _COVERED.match(after)
    thing = re.sub(r"^(?:率先|基本|全面)", "", clean(clause))
    if not m or len(thing) < 2 or re.search(r"\d", thing):
        return label
    return f"{thing}覆盖{m.group(1)}"


def used_share(label: Callable[[str, Token, str, str | None], str]
               ) -> Callable[[str, Token, str, str | None], str]:
    """``label`` (``naming.label``) with ``share_used`` for a share in %, ``covered`` for a
    count of things or people (round 14)."""
    @wraps(label)
    def with_use(text: str, tok: Token, pre: str, previous: str | None) -> str:
        q = tok.quantity
        assert q is not None
        name = label(text, tok, pre, previous)
        if q.dimension == "count":
            return covered(name, pre, text[q.end:tok.sentence.end])
        if q.unit != "%":
            return name
        return share_used(name, text[tok.sentence.start:q.start],
                          text[q.end:tok.sentence.end])
    return with_use


def counted_places(after: str, unit: str) -> str:
    """The counted noun of a count (``unit`` not a share nor money) whose noun ``after`` runs
    on into a measure of the things counted (round 15): a word of ``cues.count_measure_tails``
    straight after one of ``cues.count_measure_owners`` ends the noun: "开发区规上工业总产值"
    → 开发区 (of "80个开发区规上工业总产值占全省比重达75%"), "省市重点项目投资" → 省市重点项目;
    ``after`` as it is otherwise ("大企业签订总投资", "投资超亿元的文旅重大项目")."""
    cues = vocab("cues")
    if unit in ("%", "个百分点") or re.search(r"元$", unit):
        return after
    owners = alternation(cues["count_measure_owners"])
    m = re.match(rf"(.{{0,10}}?(?:{owners}))(?:{alternation(cues['count_measure_tails'])})",
                 after)
    return m.group(1) if m and len(m.group(1)) >= 2 else after
