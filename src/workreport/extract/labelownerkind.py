"""The kind of owner opening the first part of a 分别 list is every later part's (issue 13;
round 88, w4; the development draws' "scope lost": 民营 shared over the list).

The class of error: a 分别 clause lists measures of one kind of owner, named once before the
first ("民营规上工业增加值、限上批发零售业商品销售额、外贸进出口总额占比分别为23.1%、62.5%、
45.5%": the private firms' shares of each); the later parts were labelled bare (限上批发零售业
商品销售额占比), which reads as another share, not the private sector's.

The rule (``owner_kind_shared``, called by ``labeldistribute.distribute`` on the parts it hands
out): when the first part opens with a kind of owner of ``cues.list_owner_kinds`` (民营, 国有,
外资 …) and every part ends in a measure (率, 额, 值, 量, 占比, 比重, 比例), a later part naming no
kind of its own takes it: 民营限上批发零售业商品销售额占比. Not parts that are owners
themselves (民营企业、个体工商户: counts, no measure), nor a first part whose kind makes an owner
of its own (民营经济和普惠小微贷款余额: 普惠小微 is an owner beside 民营经济, not a kind of it),
nor a part with a kind of its own (民营企业、外资企业出口额: 外资 its own) or a whole of its own
(全社会固定资产投资增速).
"""

from __future__ import annotations

from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import leading_word

__all__ = ["owner_kind_shared"]

_MEASURE_ENDS = ("率", "额", "值", "量", "占比", "比重", "比例")
# An owner the kind makes (民营经济, 民营企业): a parallel owner, not a kind shared.
_OWNER_HEADS = ("经济", "企业", "资本", "主体", "单位", "部门", "个体")


def owner_kind_shared(parts: list[str] | None) -> list[str] | None:
    """``parts`` (a 分别 clause's labels, in order) with the first one's kind of owner in
    front of each later one naming none (see the module; round 88, w4): ["民营甲额占比",
    "乙额占比"] → ["民营甲额占比", "民营乙额占比"]; ``parts`` as they are otherwise."""
    kinds = cue_words("list_owner_kinds")
    kind = leading_word(parts[0], kinds) if parts else ""
    if not kind or len(parts[0]) <= len(kind) + 2 \
            or parts[0][len(kind):].startswith(_OWNER_HEADS) \
            or not all(p.endswith(_MEASURE_ENDS) for p in parts):
        return parts
    return [parts[0]] + [p if any(k in p for k in kinds) or p.startswith("全") else kind + p
                         for p in parts[1:]]
