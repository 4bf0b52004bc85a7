"""A count's label ending in 已 and the act done, turned into the clause that says which of the
things are counted (round 73, x7; the development draws' 'trailing predicate': …已开工, …已获批
left after the noun).

Class of error: a count of the things of a set that an act has reached, written after the set
or its total ("86个重大项目已开工74个", "申报国债项目153个、已获批38个", "分散养殖场已建成86
个", "上级交办疑难信访案件19件已化解18件"), was labelled by the set's noun with the act run on
after it: 重大项目已开工, 申报国债项目已获批, 分散养殖场已建成 (5 reports of the corpus). The
things counted are those done: 已开工的重大项目, as the review's parts done are labelled
(已完成的惠民实事, the lead's rule of round 65).

Rule: a label that is a noun of two characters or more (jieba's last word a noun), then 已 or
已经, then an act of one to four characters that ends the label (verbs only, jieba's v or vn:
开工, 建成, 化解; or one jieba cuts or tags otherwise, ``cues.noun_tagged_acts`` and
``cues.already_done_acts``: 落地, 获批), for a count (a unit of things, not money, not a
percent), becomes 已 and the act, 的, and the noun: 已开工的重大项目. Applied by
``figures.extract`` once every label is made, so that no later figure's label is built on it.

Exceptions: a noun holding 的 already (县城建设省考核的指标已达标: the clause would stack two
的), a noun that is no noun (首批已经入住, 2010年第一批已发放到位: a batch, not the things),
an act with a noun in it (比重已占比重) or longer than four characters (已累计接待游客: a
measure of its own), and money or a share (…园区已投入资金: the amount's own label) stay as
they are. Round 73 review (q3): a count of people (人, 人次, 名, 位) whose noun is no people
(``cues.outcome_people_heads``, ``cues.already_done_people_heads``) counts what the noun did,
not the noun: "学校已招生500人", "景区已接待20万人次", "扶贫车间已吸纳2000人就业" stay.
"""

from __future__ import annotations

import re

from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags

__all__ = ["already_done"]

_ALREADY = re.compile(r"(?P<noun>[^已]{2,}?)(?P<mark>已经|已)(?P<act>[\u4e00-\u9fff]{1,4})")
# A unit of money or a share: the amount's label names its own measure.
_NOT_COUNT = re.compile(r"元|%|％|成|倍|百分点")
# A unit of people: the noun must be people (``cues.already_done_people_heads``).
_PEOPLE = re.compile(r"万?(?:人次|人|名|位)")


def already_done(name: str, unit: str) -> str:
    """``name`` as the clause of the things done (module docstring), or as it was."""
    m = _ALREADY.fullmatch(name)
    if not m or _NOT_COUNT.search(unit) or "的" in m["noun"] \
            or not re.fullmatch(r"[\u4e00-\u9fff“”]+", m["noun"]):
        return name
    if _PEOPLE.fullmatch(unit) and not m["noun"].endswith(
            tuple(cue_words("outcome_people_heads", "already_done_people_heads"))):
        return name  # round 73 review (q3): "学校已招生500人" counts no schools
    noun, act = tags(m["noun"]), tags(m["act"])
    # session 62 (f1): a verb of being reached by a service, with its object ("村民小组已通
    # 硬化路" → 已通硬化路的村民小组; ``cues.already_done_reach_verbs``)
    reached = len(act) > 1 and act[0].word in cue_words("already_done_reach_verbs") \
        and act[-1].flag[:1] in ("n", "l")
    if not noun or noun[-1].flag[:1] not in ("n", "j") \
            or not (all(p.flag in ("v", "vn") for p in act) or reached
                    or m["act"] in cue_words("noun_tagged_acts", "already_done_acts")):
        return name
    return f"已{m['act']}的{m['noun']}"
