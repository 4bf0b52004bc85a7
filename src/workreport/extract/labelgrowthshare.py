"""A percent that is a growth rate is a change, not a share (issue 13, the development
draws' "measure: growth is a change, not a share"; round 81, x8).

The class of error: the growth cue stood AFTER the number, as the noun its percent qualifies
("汽车产量继续保持40%以上增长", "开发区营业收入、税收收入均实现20%以上增长", "连续4年保持20%以上
的增长", "有6.5%－7%的增速就能够…"), so no cue before it made the row a change and the percent
was read as a share; and a label naming a growth rate itself (居民消费价格涨幅, …增速) took the
share of a rate reached ("居民消费价格涨幅回落到2.6%"). By label_judging.md a growth, a rise
or a growth target is a change; a rate reached is a share only when the rate is not itself a
growth.

The rule (a ``figurepasses.ROW`` pass): a row in % read as a share becomes a change when the
number (its qualifier 以上, 左右 … in the quote) is followed by 的 or nothing and a growth noun
(``cues.growth_after_number``: 增长, 增速, 增幅, 涨幅), or when its label ends in a growth-rate
word (``cues.growth_rate_ends``: 涨幅, 增速, 增幅, 增长率, 增长速度).

Exceptions: a growth verb with the level it reached ("由2015年的38%增长到46%": the 38% is the
level a change starts from, a share); a share OF a growth stands after its noun ("对工业增长贡献率
达到35.1%"), so no growth noun follows it; a label ending in 贡献率 names no growth rate.
Round 81 review (q2): nor a growth noun after a share its label names
(``cues.growth_share_label_ends``: "…占规上工业比重达到45%以上增长较快") or one that is the
subject of what follows (``cues.growth_noun_subject_of``: "全市80%的增长来自民营经济": a share of
the growth); a label the share rule closed with 比例 after the growth noun itself
("规上工业增加值增长比例") names no share.

Round 82 (x8): a percent after 按 (按照) that a raise verb follows (``cues.raise_by_rate_verbs``:
提标, 上调, 递增 …; an adverb such as 稳步 between, and the later percents of its list) is the
rate of the raise, a change, and 提标 names the standard raised: "城乡低保分别按3%、7%稳步提标" →
城镇低保标准, change 3; not a rate applied ("减按15%征收",
"赤字率拟按3%安排": no raise verb after it).

Session 60 (f4): the rate may be named between 按照 and its number or after it with 的
(``cues.raise_by_rate_nouns``: "最低工资标准按照调增比例10%提高", "城乡低保标准按照不低于5%的幅度
提高": a qualifier may stand before the number), and 按照's phrase leaves the label
(城乡低保标准按照 → 城乡低保标准, change).
Round 82 review (r2): only a 按 or 按照 phrase ending the label goes, not the words after a
按 inside a word ("个人住房按揭贷款额度按照10%的幅度提高" gave 个人住房, "…按月领取的基本养老金"
gave 企业退休人员); a label that is the raise itself, with the rate noun (比例提高补助,
增加配套资金的比例, 上调最低工资标准的幅度比例), keeps only the raised thing: 补助, 配套资金,
最低工资标准.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Any

from workreport.extract.labelvocab import cue_words
from workreport.extract.nonfigures import alternation

__all__ = ["growth_as_change"]


@cache
def _after() -> re.Pattern[str]:
    nouns = alternation(list(cue_words("growth_after_number")))
    return re.compile(rf"(?:以上|左右|以内)?的?(?:{nouns})(?![到至为])")


@cache
def _raised_by() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """按 (按照) ending the text before a percent, the earlier percents of its list between; the
    later percents of its list, an adverb of two characters at most, a raise verb (round 82)."""
    verbs = alternation(list(cue_words("raise_by_rate_verbs")))
    nouns = alternation(list(cue_words("raise_by_rate_nouns")))
    return (re.compile(rf"按照?(?:[\u4e00-\u9fff]{{0,2}}(?:{nouns}))?(?:[\d.]+%[、和])*$"),
            re.compile(rf"(?:[、和][\d.]+%)*(?:(?:以上|左右)?的(?:{nouns}))?"
                       rf"[\u4e00-\u9fff]{{0,2}}?(?:{verbs})"))


@cache
def _by_phrase() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """按照's phrase ending a label (按照, 按照调增比例), and a label that is the raise itself,
    its verb and object between rate nouns (比例提高补助, 上调最低工资标准的幅度比例): round 82
    review (r2), only at the label's end, not 按 inside a word (按揭, 按月: 个人住房按揭贷款
    额度)."""
    verbs = alternation(list(cue_words("raise_by_rate_verbs")))
    nouns = alternation(list(cue_words("raise_by_rate_nouns")))
    return (re.compile(rf"按照?(?:[\u4e00-\u9fff]{{0,2}}(?:{nouns}))?$"),
            re.compile(rf"(?:{nouns})?(?:{verbs})(?P<obj>[\u4e00-\u9fff]{{2,}}?)(?:的(?:{nouns})+)?"))


def growth_as_change(f: Any, rows: list[Any], text: str) -> Any:
    """Figure row ``f`` as a change when its percent is a growth rate (see the module's
    docstring); ``rows`` the rows made before it, unused; ``text`` the report's text."""
    if f.unit != "%" or f.measure != "share":
        return f
    if f.indicator.endswith(cue_words("growth_rate_ends")):
        return replace(f, measure="change")
    m = _after().match(text, f.end)
    shared = f.indicator.endswith(cue_words("growth_share_label_ends")) \
        and not f.indicator.removesuffix("比例").endswith(cue_words("growth_after_number"))
    if m and not shared \
            and not text.startswith(cue_words("growth_noun_subject_of"), m.end()):
        return replace(f, measure="change")
    by, raised = _raised_by()
    if by.search(text, max(0, f.start - 30), f.start) and (m := raised.match(text, f.end)):
        by_end, raise_only = _by_phrase()
        name = by_end.sub("", f.indicator) or f.indicator  # 按照's phrase goes (session 60, f4)
        name = (o.group("obj") if (o := raise_only.fullmatch(name)) else name)  # (r82 review, r2)
        # 提标 raises the standard: 城镇低保 → 城镇低保标准
        name += "标准" if m.group(0).endswith("提标") and not name.endswith("标准") else ""
        return replace(f, measure="change", indicator=name)  # 按3%、7%稳步提标 (r82, x8)
    return f
