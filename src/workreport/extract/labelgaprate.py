"""A gap named by the figure before takes the rate word the text uses (session 61, f1).

The class of error (the reviewers' invented sentences of session 61, 'fragment' and 'owner
lost'): a gap in percentage points after a growth ("…，比全国低0.5个百分点", "…，高于全省1个百分点")
is named by the figure before's label and a rate word (``labelowners.gap``,
``labelgapthan.gap_than``): 增速 when that label ends in none, nothing when it ends in a rate of
its own (…率). Three shapes came out wrong:
- a price's rise, "居民消费价格上涨2.1%，比全国低0.5个百分点", gave 居民消费价格增速比全国低:
  a price index's gap keeps the word of its text, 涨幅 (as 居民消费价格涨幅 does when written so);
- a growth subject, "经济增长7.5%，比预期目标高0.5个百分点", gave 经济增长增速比预期目标高 (the
  label of 7.5% is 经济增长, ``cues.growth_subjects``): 经济增速比预期目标高;
- a measure named …率 that grew by a percent, "全员劳动生产率增长6%，比全省高1个百分点", gave
  全员劳动生产率比全省高, which reads as a gap of the level: 全员劳动生产率增速比全省高.

Rule (``gap_rated``, after those two on the gap they name): when the gap label opens with the
figure before's label, the clause of that figure (the one before the gap's own, split at ，、；)
ending in 上涨 or 增长 and its percent picks the word: 上涨 (also 同比上涨) gives 涨幅 in place
of the 增速 added; 增长 after a label ending in 率 (not a rate word of ``cues.gap_rate_words``)
adds 增速; a label ending in 增长 gives that 增长 up for 增速.

Session 62 (f2), the reviewers' "fragment": a gap after a yearly growth ("累计投资120亿元，年均增长
20%，比上个五年快5个百分点") gave 累计投资增速比上个五年快: the rate is a yearly one, of no
running total (``labelperyear`` drops 累计 before 年均 the same way), so the gap keeps 年均 and
drops 累计: 投资年均增速比上个五年快.

Exceptions: a gap whose label does not open with the figure before's (its clause names its own
subject: "…，涨幅低于全国…"), a figure before that is no percent right after 上涨 or 增长 (达到,
控制在, 提高: a level or a rate reached), and a 率 label after a verb other than 增长 stay as
they are.
"""

from __future__ import annotations

import re

from workreport.extract.labelvocab import cue_words, rate_ends

__all__ = ["gap_rated"]

_VERB = re.compile(r"(上涨|增长)(?:了)?(?:约|近)?[\d.]+%[^，、；;,\d]*$")


def gap_rated(gapped: str, previous: str | None, lead: str) -> str:
    """``gapped``, a gap's label, with the rate word the figure before's clause calls for
    (see the module's docstring); ``lead`` the sentence up to the gap's number."""
    if not gapped or not previous or not gapped.startswith(previous) or len(previous) < 2:
        return gapped
    clauses = re.split(r"[，、；;,]", lead)
    m = _VERB.search(clauses[-2]) if len(clauses) > 1 else None
    if not m:
        return gapped
    rest = gapped[len(previous):]
    if m.group(1) == "上涨" and rest.startswith("增速"):
        return previous + "涨幅" + rest[2:]  # 居民消费价格涨幅比全国低
    if m.group(1) != "增长":
        return gapped
    if "年均" in clauses[-2][:m.start()] and rest.startswith("增速") and "年均" not in gapped:
        # a yearly growth's gap is of the yearly rate, no running total's (session 62, f2)
        own = re.sub(r"^累计(?=..)", "", previous)
        return own + "年均" + rest
    if previous.endswith("增长") and rest.startswith("增速"):
        return previous[:-2] + rest  # 经济增长增速 → 经济增速
    rates = cue_words("gap_rate_words")
    if previous.endswith(rate_ends()) and not previous.endswith(rates) \
            and not rest.startswith(rates):
        return previous + "增速" + rest  # 全员劳动生产率增速比全省高
    return gapped
