"""The head noun a 、/和 list shares from its last part (round 63, y1; issue 13, the draws'
"scope lost" over a list: a modifier or head shared by coordinated measures kept on one
item only).

"数字贸易、服务贸易出口分别增长8%、6%" gave 8% the label 数字贸易 (the trade, not its
exports); "高新技术企业、科技型中小企业贷款分别增长27.7%、31.1%" gave 高新技术企业 (the
firms, not their loans); "科技型中小企业和高新技术企业数量分别增长25%、15%" gave 科技型中小
企业. The last part ends in a head of ``cues.list_trailing_heads`` (出口, 消费, 贷款, 数量),
a whole word of jieba's after two characters or more of its own; an earlier part naming no
measure of its own takes it. So does a share ending the last part, given to earlier parts
that name an amount (``shared_share``): "民营规上工业增加值、限上批发零售业商品销售额、外贸
进出口总额占比分别为23.1%、62.5%、45.5%" gave 23.1% the label 民营规上工业增加值 (the
amount, not its share). The words are data (``vocab/cues.yml``).

Session 68 (issue 13 §2, a 分别 list of named things and a shared measure): the head may stand
before the measure ("小微企业、涉农贷款增速" gave 小微企业: 小微企业贷款增速), a rate word of
``cues.gap_rate_words`` ending the last part is shared as a share word is ("…增加值、税收增速" →
…增加值增速), and a last part that is a quoted name and the measure shares all after its closing
mark (``quoted_last``: "小微企业、“三农”贷款增速" → 小微企业贷款增速, not 小微企业).
"""

from __future__ import annotations

from workreport.extract.labelparallel import names_measure
from workreport.extract.labelvocab import cue_words, rate_ends
from workreport.extract.labelwords import tags
from workreport.extract.numbers import vocab

__all__ = ["quoted_last", "shared_share", "trailing_head"]

# The share words a list's last part may end with, shared by parts naming an amount.
_SHARES = ("占比", "比重")


def trailing_head(items: list[str], inside: bool = False) -> list[str] | None:
    """``items`` (the parts of a list, the last holding the shared head) with the head given
    to every earlier part: ["数字贸易", "服务贸易出口"] → [数字贸易出口, 服务贸易出口]. None
    when the last part ends in no head of ``cues.list_trailing_heads`` as a word of its own
    (jieba's: not the 数量 of 用数量, a 口 cut from 出口), holds fewer than two characters
    before it, or an earlier part names a measure (``names_measure``), ends in the head or in
    a verb (jieba's ``v``, an act: "城镇新增就业、新增发放创业担保贷款" stays), or in a rival
    of the head's (``cues.list_trailing_head_rivals``, round 63 review, k63d: a measure of its
    family, an aggregate before 消费: "外贸进出口、服务贸易进口" keeps 外贸进出口, "数字经济、
    文旅消费" keeps 数字经济). A head of ``cues.list_trailing_act_heads`` (时间, 时限) is an act's
    own, so a part ending in a verb takes it too (round 69, f4: "企业开办和项目审批时间分别压减至
    8小时和50个工作日以内" → 企业开办时间, not 企业开办). Session 68: a rate word of
    ``cues.gap_rate_words`` after the head is shared with it (…涉农贷款增速 → 小微企业贷款增速),
    the head then ending a longer word of jieba's too (``inside``: 农业贷款|增速)."""
    last, rate = items[-1], _rate_after_head(items[-1])
    if rate:  # session 68: "小微企业、涉农贷款增速" → 小微企业贷款增速
        shared = trailing_head([*items[:-1], last[:len(last) - len(rate)]], inside=True)
        return [p + rate for p in shared] if shared else None
    head = max((h for h in cue_words("list_trailing_heads") if last.endswith(h)),
               key=len, default="")
    words = tags(last)
    if not head or len(last) - len(head) < 2 or not words \
            or not (words[-1].word == head or (inside and words[-1].word.endswith(head))):
        return None
    rivals = (head, *vocab("cues")["list_trailing_head_rivals"].get(head, ()))
    acts = head in cue_words("list_trailing_act_heads")  # an act's time (round 69, f4)
    if any(names_measure(i) or i.endswith(rivals) or len(i) < 2
           or (tags(i)[-1].flag == "v" and not acts) for i in items[:-1]):
        return None  # acts, not things: "城镇新增就业、新增发放创业担保贷款"
    return [i + head for i in items[:-1]] + [last]


def shared_share(items: list[str], out: list[str]) -> list[str]:
    """``out`` (the labels made of the parts ``items``) with the share word ending the last part
    (占比, 比重) given to every earlier label that names an amount and no rate or share of its
    own: ["高新技术产业产值", "“四新”经济增加值占比"] → [高新技术产业产值占比, …] (module doc;
    the figures are shares of each amount, not the amounts). ``out`` as it is when the last
    part ends in no share word, is that word alone, or the parts and labels do not line up."""
    share = next((w for w in (*_SHARES, *cue_words("gap_rate_words")) if items[-1].endswith(w)),
                 "") if items else ""  # session 68: a rate word too (…增加值、税收增速)
    if not share or len(items[-1]) <= len(share) or len(items) != len(out):
        return out
    return [o + share if names_measure(o) and not o.endswith(rate_ends()) else o
            for o in out[:-1]] + [out[-1]]


def _rate_after_head(last: str) -> str:
    """The rate word of ``cues.gap_rate_words`` ending ``last`` right after a head of
    ``cues.list_trailing_heads`` (jieba's words: 贷款|增速), or "" (session 68)."""
    words = tags(last)
    if len(words) < 2 or words[-1].word not in cue_words("gap_rate_words") \
            or not words[-2].word.endswith(tuple(cue_words("list_trailing_heads"))):
        return ""
    return words[-1].word


def quoted_last(items: list[str]) -> list[str] | None:
    """The parts of a 分别 list whose last part is a quoted name and the measure the list
    shares, the earlier parts unquoted names of no measure of their own: each takes all after
    the closing mark, but the words it ends with already ("数字经济、“四新”经济增加值" → 数字经济
    增加值; "小微企业、“三农”贷款增速" → 小微企业贷款增速; session 68, the statecouncil-2015 row
    小微企业平均增速高; "高新技术企业和“专精特新”企业" stays). None for any other list
    (quoted earlier parts: ``labellists.quoted_parts``)."""
    last = items[-1]
    close = last.find("”")
    rest = last[close + 1:] if last.startswith("“") and close > 1 else ""
    if len(rest) < 2 or any("“" in i or len(i) < 2 or names_measure(i) for i in items[:-1]):
        return None
    starts = [0]
    for t in tags(rest):
        starts.append(starts[-1] + len(t.word))
    return [i + rest[max((k for k in starts if i.endswith(rest[:k])), default=0):]
            for i in items[:-1]] + [last]
