"""A share of counted things picked out by what is said of them (issue 13, scope lost; round
60, r60b; used by ``naming.label`` through ``labelassigned.after_label``).

Class of error: a percent before the things it counts, with what is said of them after
("在70%左右的地市开展分级诊疗试点", "80%以上的省科技攻坚项目由企业牵头", "全县有将近三分之一的
人口住上新房", "50%以上村卫生室实现…一体化管理"), or after the things so picked out
("纳入集团化管理的公办中小学达50%以上"), was labelled by the things alone
(开展分级诊疗试点的地市, 住上新房的人口): a label a reader takes for a count of them, not
their share. The label names the share: 开展分级诊疗试点的地市比例, 住上新房的人口比例,
纳入集团化管理的公办中小学比例; a share of an amount so picked out (…领域的资产总额达到70%)
is its 占比.

The rate words a label may end with already are data (``cues.share_rate_ends``), so are the
amount heads taking 占比 (``cues.count_share_amounts``), the verbs between the things and
their share (``cues.count_share_verbs``) and the qualifiers before it
(``cues.count_share_approx``).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelreachshare import picked_share, reached_share
from workreport.extract.nonfigures import alternation
from workreport.extract.numbers import vocab

__all__ = ["counted_share"]

_BREAK = re.compile(r"[，,；;。！？：:、]")  # a clause break, 、 included
_ABOUT = r"(?:以上|左右|以下|多)?"  # what may follow the number: 70%以上
_AFTER = re.compile(rf"^{_ABOUT}的?")
_ENDED = re.compile(rf"{_ABOUT}(?:[，,；;。！？]|$)")


@cache
def _reached() -> re.Pattern[str]:
    """The end of the text before a share given after its things, built once: an optional
    verb of ``cues.count_share_verbs`` (达, 超过, 稳定在 …) and an optional qualifier of
    ``cues.count_share_approx`` (近, 约, 将近): "…的公办中小学达" matches at 达."""
    cues = vocab("cues")
    return re.compile(rf"(?:{alternation(cues['count_share_verbs'])})?"
                      rf"(?:{alternation(cues['count_share_approx'])})?$")


def counted_share(name: str, before: str, rest: str, dimension: str) -> str:
    """``_counted_share``, then ``labelreachshare.picked_share`` on what it gives (round 71, w3:
    "80%的中小学纳入教联体" → 纳入教联体的中小学比例)."""
    return picked_share(_counted_share(name, before, rest, dimension), before, rest, dimension)


def _counted_share(name: str, before: str, rest: str, dimension: str) -> str:
    """``name`` with the share's word when it is "<what is said>的<things>" and the percent
    counts those things (``dimension`` "percent"): the things follow the number ("70%左右的
    地市开展…": ``rest`` opens with them, after 以上/左右 and 的) or the whole label ends the
    text ``before`` the number, a verb of ``cues.count_share_verbs`` between ("…的公办中小学
    达50%以上"), and the number ends its clause. Returns name + 比例, or + 占比 for things that
    are an amount (``cues.count_share_amounts``: 资产总额). ``name`` as it is otherwise: a
    label naming a rate already (``cues.share_rate_ends``), one with no 的 or a figure in its
    things, things that are not the noun after the number ("55%以上的村（社区）经营性收入达到
    …" keeps its label), or a percent followed by more of its clause ("…的3%用于…")."""
    cues = vocab("cues")
    if (reached := reached_share(name, before, rest, dimension)) != name:
        return reached  # a share of villages past an income's threshold (round 71, w3)
    if dimension != "percent" or name.endswith(tuple(cues["share_rate_ends"])):
        return name
    after = _AFTER.sub("", rest)
    # no 的 ("60%以上的县区开展…试点" → 开展…试点县区): the things are the label's longest end
    # the text after the number opens with, what is said of them before it
    said = _BREAK.split(after)[0]  # (the things then what is said of them)
    things = name.rsplit("的", 1)[1] if "的" in name else next(
        (name[i:] for i in range(1, len(name) - 1) if said.startswith(name[i:])
         and name[:i] in said[len(name) - i:]), "")
    if not re.fullmatch(r"[\u4e00-\u9fff（）()“”]{1,12}", things):
        return name
    clause = _BREAK.split(before)[-1]
    ahead = after.startswith(things) and len(after) > len(things) \
        and after[len(things)] not in "，,；;。！？、的"
    ended = _ENDED.match(rest) is not None
    behind = ended and (m := _reached().search(clause)) is not None \
        and clause[: m.start()].endswith(name) and len(clause[: m.start()]) >= len(name)
    if not (ahead or behind):
        return name
    amount = things.endswith(tuple(cues["count_share_amounts"]))
    return name + ("占比" if amount else "比例")
