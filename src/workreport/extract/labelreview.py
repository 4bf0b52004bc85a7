"""Kinds and measures of round 25 (part K; the conventions settled after seeds 2138 and 2139).

- ``reached_new``: 增加 before a count of things newly reaching a state ("增加46个自然村通
  硬化路") counts new things, a level like 新增, labelled with 新增 (``cues.reached_states``);
- ``stock_increase``: a bare 新增 after a count of the same things in the same unit is that
  count's change ("新能源公交车达到1200辆，新增300辆" → 新能源公交车, change);
- ``annex_done``: an appendix whose heading or text says its projects were done ("上述项目
  全部按期竣工投用") reviews them: its rows are actual (``cues.annex_done_*``).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.nonfigures import alternation
from workreport.vocab import load as vocab

__all__ = ["annex_done", "reached_new", "stock_increase"]

_MAGNITUDE = re.compile(r"^[十百千万亿]+")  # a unit's magnitude: 万人 and 人 count alike
# A bare 新增 clause, maybe after ``cues.stock_new_leads`` (全年, 当年, 今年, 同比).
_BARE_NEW = re.compile(rf"(?:{'|'.join(vocab('cues')['stock_new_leads'])})?新增了?")


def reached_new(text: str, q, pre: str, stock_unit: str | None,  # q: a Quantity
                name: str) -> str | None:
    """The label, 增加 made 新增, when the count ``q`` after a bare 增加 (``pre`` ends with it)
    counts new things: the things are named after the count and then reach a state ("增加46个
    自然村通硬化路" → 新增通硬化路自然村, a level), and no stock in the same unit stands before
    it ("养老床位达到2600张，增加400张" stays a change); else None. Round 25 (K), after the
    seed-2139 audit; a qualifier between (增加超350个…) is no bar, round 54."""
    if q.dimension != "count" or not re.search(r"增加了?(?:超过?|近|约|逾)?$", pre.strip()):
        return None
    if stock_unit is not None and _MAGNITUDE.sub("", stock_unit) == _MAGNITUDE.sub("", q.unit):
        return None
    rest = re.split(r"[，。；：、\n]", text[q.end:q.end + 24])[0]
    if not _reaching().match(rest):
        return None
    return re.sub(r"^增加了?", "新增", name)


def stock_increase(text: str, q, pre: str, stock: str | None,  # q: a Quantity
                   name: str) -> str | None:
    """The stock's label when the count ``q`` follows a bare 新增 (``pre``'s last clause is only
    新增, 全年新增 …) with no noun after it, and a count of the same unit (``stock``, the unit of
    the level before it in the sentence) was just named: "全市新能源公交车达到1200辆，新增300辆"
    → 新能源公交车, a change of that stock; else None (新增企业300家, 新增753个公共停车位: the
    new things have their own noun, a level). Round 25 (K), after the seed-2138 audit; counts
    and people only (money and areas: ``labelforms.balance_increase``). Round 82 (x8): a period
    before 新增 (``cues.stock_new_leads``) keeps its total's period in front: "织机达到4000多台，
    五年新增3000多台" → 五年累计新增织机 (``cues.stock_new_periods``; 新增 kept since
    session 60, f2: 五年累计织机 read as the stock). Round 82 review (q5): a label
    that is only the period word (上年新增 → 上年) stays as it was, a level."""
    core = re.split(r"[，,；;：:、]", pre)[-1].strip()
    if q.dimension not in ("count", "people") or stock is None \
            or _MAGNITUDE.sub("", stock) != _MAGNITUDE.sub("", q.unit) \
            or not _BARE_NEW.fullmatch(core) \
            or re.match(r"[\u4e00-\u9fff]", text[q.end:q.end + 1]):
        return None
    held = re.sub(r"新增了?", "", name)  # 市场主体新增户 (the unit glued on) → 市场主体
    unit = _MAGNITUDE.sub("", q.unit)
    held = held[:-len(unit)] if unit and held.endswith(unit) and "新增" + unit in name else held
    if held.endswith(("上年", "去年")) and len(held) > 4:  # the year reviewed (session 60, f2)
        held = held[:-2]  # "合作社达到1200家，上年新增150家" → 农民专业合作社, a change
    period = next((p for p in vocab("cues")["stock_new_periods"] if held.endswith(p)), "")
    if period and len(held) > len(period):  # 织机五年新增 → 五年累计新增织机 (r82, x8)
        held = f"{period.removesuffix('来')}累计新增{held[:-len(period)]}"  # 新增: session 60, f2
    if held in vocab("cues")["stock_new_leads"] and held not in ("全年", "当年", "今年", "同比"):
        return None  # "上年新增45家": the stock is not in the label (round 82 review, q5)
    return held if held != name and len(held) > 1 else None


def annex_done(text: str, title_at: int, pos: int) -> bool:
    """Does the appendix item opening at ``title_at`` (its 附件 line) say its projects were
    done, in its heading or anywhere in it before the next 附件 ("附件：2023年重点项目…\\n
    上述项目全部按期竣工投用", "…项目已全部建成")? A goal word in that sentence ("确保上述
    项目年内全部竣工") says a plan. Round 25 (K), after the seed-2139 audit: a project's size
    in an appendix that reviews the past year's projects is actual."""
    nxt = text.find("\n附件", pos)
    body = text[title_at:nxt if nxt >= 0 else len(text)]
    said, goal = _annex_patterns()
    for m in said.finditer(body):
        opening = max(body.rfind(c, 0, m.start()) for c in "。；\n") + 1
        if not goal.search(body[opening:m.end()]):
            return True
    return False


@cache
def _reaching() -> re.Pattern[str]:
    """A few characters, then a state of ``cues.reached_states`` (``reached_new``)."""
    states = alternation(vocab("cues")["reached_states"])
    return re.compile(rf"[\u4e00-\u9fff]{{1,10}}?(?:{states})")


@cache
def _annex_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``annex_done``'s two patterns, compiled once (it runs for every appendix figure): a
    project said done (``cues.annex_done_before``, ``annex_done_words``) and a goal word
    (``cues.annex_goal_words``, ``annex_done_goal_words``)."""
    cues = vocab("cues")
    done = alternation(cues["annex_done_words"])
    before = alternation(cues["annex_done_before"])
    goal = alternation(cues["annex_goal_words"] + cues["annex_done_goal_words"])
    manner = "|".join(cues["annex_done_manner"])
    return (re.compile(rf"(?:项目|工程)[^。；\n]{{0,12}}?(?:{before})(?:{manner})?"
                       rf"(?:{done})"), re.compile(goal))

