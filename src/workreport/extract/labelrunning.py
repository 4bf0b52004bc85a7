"""A running total over more than the reviewed year keeps its 累计 (round 62, r62a).

The bench's judges read a count whose 累计 was dropped as the reviewed year's ('scope lost':
"累计实施城市更新项目295个" → 城市更新项目, "累计接待游客629万人次" → 接待游客), while a label
keeping its 累计 is accepted everywhere (the gold files count a leading 累计 as harmless).
``naming`` strips 累计 to find the label's words (``labelclean.without_running_total``); this
puts it back in front of a review's count once the label is formed. Round 64 (z3): a sum of
money reached under 累计 (累计达到, 累计完成) is one over the years too, in a review or a plan
("全社会固定资产投资累计达到600亿元以上" → 累计全社会固定资产投资, was 全社会固定资产投资, read as
one year's investment). Round 73 (x2): a plan's count whose clause opens with 累计 (after a
goal word of ``running_total_plan_leads`` or none) keeps it as a review's does ("累计建成55个
以上省级和美乡村" → 累计建成省级和美乡村, was 建成…, read as the plan year's). The words are
data (``vocab/cues.yml``: ``running_total_year_words``,
``running_total_reached``, ``running_total_label_periods``, ``running_total_breaks``,
``running_sum_stock_heads``, ``running_total_plan_leads``). Used by ``figures``.
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelvocab import cue_words
from workreport.extract.nonfigures import alternation

__all__ = ["running_total_kept"]

_CLAUSE_END = re.compile(r"[，,；;。：:！？!?]")
# A span of years a label opens with (labelspans.spanned's: 七年, 近三年): 累计 goes after it.
_SPAN = re.compile(r"近?[一二三四五六七八九十两]{1,3}年(?![度初底末内])")
_OTHER_NUMBER = re.compile(r"\d|[一二两三四五六七八九十百千]+[个家名项座所位条亿万]")


@cache
def _number() -> re.Pattern[str]:
    """A number right at the start, after a word of ``cues.running_number_approx`` (近, 约)
    or none, or the end: what follows 累计 is a count, not the label's act."""
    approx = alternation(cue_words("running_number_approx"))
    return re.compile(rf"(?:{approx})?(?:[\d一二两三四五六七八九十百千万]|$)")


def running_total_kept(name: str, opening: str, kind: str, measure: str, unit: str,
                       previous: str | None = None) -> str:
    """``name`` with 累计 in front when the clause of the figure (``opening``: its sentence up
    to the number) has 累计 before the number and before the label's words, for a review's
    count or sum (``kind`` actual, ``measure`` level, no % or 倍 ``unit``), and a sum of money
    reached, of a review or a plan (``_sum_reached``; round 64, z3): "累计实施城市更新
    项目295个" → 累计城市更新项目, "累计实施了357个…道路交通项目" → 累计道路交通项目, "累计签约
    项目403个、总投资1298亿元" → 累计签约项目总投资, "累计210名学生考入全国名校" → 累计考入
    全国名校学生. ``name`` as it is for a plan's other figures, a rate or change, a label naming a
    period already (五年累计…, 年均, 2019年), a clause saying the total is the year's (全年累计
    接待游客), a level reached (累计达到36家, 累计已有86家, 公园…、累计达到973座, 累计分别
    达到…), 累计 of another figure or phrase before this one's words (累计投资50亿元的产业园
    入驻企业86家, 在…基础上, …的同时: round 62 review, k62a), 累计 after the label's words
    (优良天数累计247天), or 累计 straight before the number after other words of its clause
    or under the label of the figure before (新建绿道230公里、累计近2000公里;
    "新获批…集群4个，累计14个", ``previous`` that label). An owner the label took from outside
    the clause stays in front of the act 累计 is of: "连续举办五届西湖发展论坛，累计促成合作
    项目600个" → 西湖发展论坛累计促成合作项目, "新农合参合率达98.5%，累计补偿12万人次" →
    新农合累计补偿人次. A sum reached under the label of a figure of each year drops its 每年
    (round 66 review, u5): "每年争取上级资金20亿元以上，累计达到100亿元" → 累计争取上级资金
    (was 累计每年…). A label opening with a span of years (labelspans.spanned's: "经过七年努力，
    …累计实施了37个电力配套工程" → 七年电力配套工程) takes 累计 after the span (七年累计…;
    round 87, w2)."""
    if (span := _SPAN.match(name)) and measure == "level" \
            and "累计" in _CLAUSE_END.split(opening)[-1] and "累计" not in name:
        # 经过七年努力，…累计实施了… → 七年累计… (round 87, w2)
        return span.group() + "累计" + name[span.end():]
    if measure != "level" or not name or "%" in unit or "百分点" in unit or "倍" in unit \
            or span or any(w in name for w in cue_words("running_total_label_periods")) \
            or re.search(r"(?:19|20)\d\d年", name):
        return name
    clause = _CLAUSE_END.split(opening)[-1]
    at = clause.rfind("累计")
    if at < 0 or any(w in clause[:at] for w in cue_words("running_total_year_words")):
        return name
    before, after = clause[:at], clause[at + 2:]
    # round 73 (x2): a plan's count whose clause opens with 累计 (a goal word before it aside)
    # is a total over the years too ("累计建成55个以上省级和美乡村" → 累计建成省级和美乡村)
    planned = kind == "target" and before.strip() in ("", *cue_words("running_total_plan_leads"))
    kept = _counted(name, before, after, previous) if kind == "actual" or planned else name
    if kept == name and kind in ("actual", "target") and _sum_reached(name, before, after, unit):
        return "累计" + name.removeprefix("每年")  # a sum of each year's (round 66 review, u5)
    return kept


def _counted(name: str, before: str, after: str, previous: str | None) -> str:
    """``name`` with the 累计 of a review's count (``running_total_kept``; round 62, r62a),
    given the clause's words ``before`` and ``after`` its 累计."""
    if after.removeprefix("已").startswith(cue_words("running_total_reached")) \
            or after.startswith(cue_words("running_total_reached")) \
            or name[-2:] in before or not _governs(after):
        return name
    if _number().match(after) and (before.strip() or name == previous):
        return name
    if (owner := before.strip()) and len(owner) > 1 and name.startswith(owner):
        return owner + "累计" + name[len(owner):]  # the zone 累计 is of (round 71, w1)
    act = after[:2]
    at = name.find(act) if re.fullmatch(r"[\u4e00-\u9fff]{2}", act) else -1
    if at > 2 and name[:at] not in after:  # an owner from outside the clause stays in front
        return name[:at] + "累计" + name[at:]
    return "累计" + name


def _governs(after: str) -> bool:
    """Whether 累计 governs the figure's own verb (round 62 review, k62a): no break word
    (``running_total_breaks``: 基础上, 同时…) lies between it and the figure (``after``: the
    clause from 累计 to the figure's number), nor a number with a 的 (another figure, or a
    thing 累计 counts, owning this one's words). "在累计授信200亿元基础上新增授信" → False,
    "累计投资50亿元的产业园入驻企业" → False, "累计建成的126个城市公园新增绿道" → False,
    "累计清理欠薪案件的同时新建维权站点" → False; "累计实施了" → True, and money or a 、-list
    under the same 累计 is no other's: "累计投资1.5亿元建成", "累计引入项目77个、总投资" → True;
    a count right after a 、 is read by the list's first: "累计实施了357个…的道路交通项目、"
    → True."""
    if any(w in after for w in cue_words("running_total_breaks")):
        return False
    first = _OTHER_NUMBER.search(after)
    if first and after.endswith("、"):
        after = after[:first.start()]
    return "的" not in after or not _OTHER_NUMBER.search(after)


def _sum_reached(name: str, before: str, after: str, unit: str) -> bool:
    """Whether a sum of money spent or earned over the years reaches the figure under 累计
    (round 64, z3; the d9001-d9003 draws' scope lost): money (``unit`` in 元), a label not
    ending in a stock's word (``cues.running_sum_stock_heads``: 规模, 余额 …), and 累计 either
    after the label's words or before a verb of reaching (``cues.running_total_reached``,
    达到; 完成): "全社会固定资产投资累计达到600亿元以上" → 累计全社会固定资产投资, "全县民生
    支出累计达到109.7亿元" → 累计民生支出, "固定资产投资年均增长20%，累计完成240亿元" →
    累计固定资产投资; a stock's "子基金规模累计达180亿元" and a count's "累计达到36家" are
    levels reached and stay bare; 累计 after other words than the label's is left to
    ``running_total_kept``: False."""
    if "元" not in unit or name.endswith(cue_words("running_sum_stock_heads")) \
            or not _governs(after) or _number().match(after):
        return False
    reached = after.removeprefix("已").startswith(cue_words("running_total_reached"))
    return (reached or after.startswith("完成")) and (not before.strip() or name[-2:] in before)
