"""A figure per year or per unit keeps no word of a total (round 66, t3).

Class of error: 'scope wrong' (a reviewer's note on the development draws). A label joins the
words of two readings of its figure:

- a rate of annual growth after a cumulative sum took the sum's 累计: "累计完成工业技改投资65.19
  亿元，年均增长8.8%" → 累计工业技改投资年均 (a growth per year is no running total): the rate
  drops 累计 (工业技改投资年均; "中央财政“三农”累计支出4.47万亿元，年均增长23.5%" → 中央财政
  “三农”支出年均; "过去五年，累计完成固定资产投资456亿元，年均增长12.3%" → 固定资产投资五年年均);
- a figure of each year of a plan's span took the span: "今后三年，每年实施重点项目100个以上" →
  三年每年实施重点项目; the amount is per year (每年实施重点项目), the span goes (with its opener,
  ``cues.period_tail_openers``, and 内/来/间); a review's past span bounds the years it says of
  and stays, only a 累计 before 每年 goes (round 66 review, u5: "近三年每年新增就业岗位5000个"
  stays, r64 gave 每年新增就业岗位; "五年间每年实施民生实事20件" → 五年每年实施民生实事, was
  五年累计每年…);
- a mean per village (household, township …: ``cues.per_unit_means``) named only by its unit:
  "村集体经济收入全部超过5万元，村均达到12万元" → 村; it is the mean of the thing the figure
  before names (村均集体经济收入: that label less its leading unit and a trailing 总额/总量,
  round 66 review, u5: "村集体经济收入总额达到2800万元，村均达到15万元" → 村均集体经济收入;
  else the whole label when in the same unit), or 村均 alone; a share of the places before that
  label is not the mean's (round 84 review, q1: "全县50%以上的村集体收入达到10万元，村均达到12万元"
  gave 村均50%以上的村集体收入; ``labelfloor.share_off``).

Any other label is returned as it is.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Any

from workreport.extract.labelfloor import share_off
from workreport.extract.labelvocab import cue_words
from workreport.vocab import alternation

__all__ = ["per_year_named"]

_SPAN = r"(?:[两二三四五六七八九十]|十[一二三四五六七八九]|[2-9]|1\d|20)年(?:内|来|间|中)?"
_MEAN_VERB = re.compile(r"(?:达到|达|为|超过|增收|实现)?$")


@cache
def _spanned() -> re.Pattern[str]:
    """A span of years opening a label before 每年, an opener of ``cues.period_tail_openers``
    on either side (one the span ran past: 今后两年内 gave 两年今后每年…; round 66 review, u5)
    and 累计 between, compiled once."""
    openers = alternation(cue_words("period_tail_openers"))
    return re.compile(rf"(?:{openers})?{_SPAN}(?:{openers})?(?:累计)?(?=每年..)")


def per_year_named(name: str, opening: str, measure: str, unit: str,
                   before: list[Any], kind: str = "target") -> str:
    """``name`` mended as above. ``opening`` is the sentence up to the figure, ``measure`` and
    ``unit`` the figure's, ``kind`` (actual keeps the span), ``before`` the figure before it in
    its sentence (or nothing):
    "累计固定资产投资五年年均" (change) → 固定资产投资五年年均; "三年每年实施重点项目" →
    每年实施重点项目; "村" after "…村均达到" → 村均 + the thing the figure before names."""
    if measure == "change" and "年均" in name and "累计" in name:
        bare = name.replace("累计", "")
        return bare if len(bare) > len("年均") + 1 else name
    spanned = _spanned().match(name)
    if spanned and kind == "actual":
        return re.sub(r"累计(?=每年)", "", name, count=1)
    if spanned:
        return name[spanned.end():]
    if len(name) == 1 and name in cue_words("per_unit_means"):
        mean = name + "均"
        clause = re.split(r"[，,；;。：:]", opening)[-1]
        if not re.fullmatch(rf"\s*{re.escape(mean)}{_MEAN_VERB.pattern}", clause):
            return name
        prior = share_off(before[0].indicator) if before else ""  # not 村均50%以上的… (r84 q1)
        # 村级集体经济收入 (各村… round 73, x1) → 村均集体经济收入
        own = re.match(rf"各?{re.escape(name)}级?", prior)
        if own and len(prior) - own.end() >= 2:  # a mean of each, not of the total's 总额
            return mean + re.sub(r"(?<=..)总(?:额|量)$", "", prior[own.end():])
        if prior and before[0].unit == unit:
            return mean + prior
        return mean
    return name
