"""Kind rules for a figure in a plan part that states what is already so, not a goal.

A plan part (this year's tasks, or an annex listing last year's projects) also says how
far things have come, what the place already has, and what it has already applied for;
those figures are results (``actual``), not targets. Each rule reads the clause that
holds the figure (from the last ，；, before it) and its words are data in
``vocab/cues.yml``:

- *progress*: a progress word before the number in its clause (``progress_markers``:
  "目前已投入资金2.5亿元", "已建成的养殖场269个", "重大水利工程已开工的57个项目要加快建设"),
  with no goal verb between the word and the number ("确保已开工项目完成投资50亿元" is a
  target: ``progress_not_between``) and none before the word in the clause
  ("确保已开工项目…": ``already_not_after``; but not before things named by 已…的, a
  stock: "争取已申报的省市重点项目38个纳入…", seed 2137); or a progress opening earlier in the
  sentence (``progress_openers``: "截至目前，…", "目前已投入运营，日屠宰肉鸽10000只") with no plan
  word between it and the number (``progress_not_between`` and ``progress_plan_words``;
  progress words and a plan as the base of a share, ``progress_plan_bases``: "截至目前，已
  完成投资3亿元，占年度计划的60%", do not count).
- *background*: the number straight after what the place has or relies on
  (``background_before_number``: "依托11万亩富硒土地", "全县共有8个乡镇", "全区有280万
  农牧民"), a few words of a place between at most, or a later item of such a list
  ("我国有13亿人口、9亿劳动力资源", seed 9001).
- *declared*: projects applied for before the report: "2020年申报的14个省市重点项目" (a
  year up to the report year, then 申报的); "已申报" is a progress word.
- *completed* (session 70, after the State Council 2015 tester's "国家已设立400亿元新兴产业
  创业投资引导基金", read as a target): the clause's verb carries the completed aspect
  (``completed_markers``: 已, 已经, 业已; a date after 于 may follow, "已于近日设立…") and the
  number follows that verb's object within ``completed_span`` characters: "全县已经培育家庭农场
  120家". Not after a goal word in the clause ("力争…已设立…200个": ``already_not_after``), nor
  with a second verb, a goal or plan word after the marker's own verb ("已开工项目完成投资50亿元":
  ``progress_not_between``, ``already_not_after``, ``progress_plan_words``), nor past a list
  joiner (a later item: "推进3家已进入破产程序和5家…": ``completed_list_joiners``), nor after
  a condition ("凡已认定企业…": ``completed_conditions``) or before a rate per head or unit
  ("每家奖励50万元": ``background_not_after``); a longer span names a basis, not the act's
  object ("已按…的4%编制预算").

An appendix takes its kind from its own title (``annex_kind``, round 14): one that reports
progress ("附件1 2023年十大工程进展情况", ``cues.annex_progress_words``) holds results; one
that names this or a coming year's tasks ("附件2 2025年民生实事", ``cues.annex_plan_words``)
holds targets, even where a clause reads like a background fact ("每千人口拥有托位数不少于
5.5个").
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelreview import annex_done
from workreport.extract.nonfigures import alternation
from workreport.vocab import load as vocab

__all__ = ["already", "annex_kind", "annex_title"]

_CLAUSE_BREAK = re.compile(r"[，；;,：:]")
# A list's earlier items ("13亿人口、") before a later one: the later item shares the
# list's opening ("我国有13亿人口、9亿劳动力资源": the 9亿 is had, as the 13亿 is).
_LIST_ITEM = re.compile(r"[\d.一二三四五六七八九十百千万亿余多]+[^\d、，；。]{0,10}、$")


def _words(key: str) -> str:
    """A regex alternation of the ``cues`` list ``key``, longest first."""
    return alternation(vocab("cues")[key])


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    return {k: re.compile(_words(k)) for k in (
        "progress_markers", "progress_not_between", "progress_openers",
        "progress_plan_words", "progress_plan_bases", "already_not_after")} | {
        "background": re.compile(rf"(?:{_words('background_before_number')})"
                                 r"[^\d，。；、]{0,4}$"),
        "declared": re.compile(r"(\d{4})年(?:已|所)?申报的[^\d，。；]{0,12}$"),
        # "对已争创的12个示范试点", "已纳入规划的…": 已, a verb, 的 — things already so.
        "participle": re.compile(r"已[\u4e00-\u9fff]{1,4}?的"),
        # "已设立", "业已筹集", "已于近日设立": the marker, and a date after 于 (session 70).
        "completed": re.compile(rf"(?:{_words('completed_markers')})"
                                rf"(?:于[^，；;,：:]{{1,10}}?(?:{_words('completed_dates')}))?"),
    }


def _progress(head: str, before: str) -> bool:
    """Progress rule, on the clause ``head`` and the sentence ``before`` the number."""
    p = _patterns()
    marks = sorted([*p["progress_markers"].finditer(head), *p["participle"].finditer(head)],
                   key=lambda m: m.end())
    if marks:
        m = marks[-1]
        # Things already so, named by 已…的, are a stock whatever goal the clause sets for
        # them ("争取已申报的省市重点项目38个纳入…", "确保已开工的12个项目年内竣工": the
        # seed-2137 judges, bench/label_judging.md); a bare progress word is not.
        if not p["progress_not_between"].search(head, m.end()) and (
                m.re is p["participle"] or not p["already_not_after"].search(head[:m.start()])):
            return True
    opens = list(p["progress_openers"].finditer(before))
    if not opens:
        return False
    # The progress words of later clauses ("截至目前，已完成投资3亿元") and a plan named as
    # the base of a share ("占年度计划的60%") set no goal.
    rest = p["progress_plan_bases"].sub("", p["progress_markers"].sub(
        "", before[opens[-1].end():]))
    return not p["progress_not_between"].search(rest) \
        and not p["progress_plan_words"].search(rest)


def _declared(head: str, report_year: int | None) -> bool:
    """Declared rule: "2020年申报的14个省市重点项目" in the 2020 plan."""
    m = _patterns()["declared"].search(head)
    return bool(m) and report_year is not None and int(m.group(1)) <= report_year


def _completed(head: str) -> bool:
    """Completed rule (session 70), on the clause ``head`` before the number."""
    p = _patterns()
    cues = vocab("cues")
    for word in cues["completed_not"]:  # 而已, 不得已: no aspect
        head = head.replace(word, "之" * len(word))
    marks = list(p["completed"].finditer(head))
    if not marks or p["already_not_after"].search(head[:marks[-1].start()]) \
            or any(w in head[:marks[-1].start()] for w in cues["completed_conditions"]):
        return False  # a goal for what is done, or a condition: "凡已认定企业每家奖励…"
    rest = head[marks[-1].end():]
    verb = p["progress_not_between"].match(rest)  # the marker's own verb: 已建成…, 已完成…
    after = rest[verb.end():] if verb else rest
    return len(rest) <= cues["completed_span"] \
        and not any(w in rest for w in cues["completed_list_joiners"]) \
        and not any(w in rest for w in cues["background_not_after"]) \
        and not any(p[k].search(after) for k in (
            "progress_not_between", "already_not_after", "progress_plan_words"))


def already(before: str, report_year: int | None) -> bool:
    """Does a figure of a plan part state what is already so? ``before`` is its sentence
    up to the number (the number's own words, such as 超 or 近, excluded)."""
    head = _CLAUSE_BREAK.split(before)[-1]
    p = _patterns()
    opening = head
    while opening.endswith("、") and (m := _LIST_ITEM.search(opening)):
        opening = opening[:m.start()]
    if p["background"].search(opening) and not p["already_not_after"].search(head):
        return True  # background rule: "依托11万亩富硒土地", "我国有13亿人口、9亿劳动力"
    return _progress(head, before) or _declared(head, report_year) or _completed(head)


_ANNEX = re.compile(r"附件\s*\d*[：:]?\s*")


def annex_title(text: str, start: int, pos: int) -> str:
    """The title of the appendix item (附件N) that holds ``pos``, searched back to the
    appendix's ``start``: the line opening with 附件, with the line after it when that line
    is only its number ("附件1" then "某县2023年十大工程进展情况"); "" when none."""
    at = text.rfind("附件", start, pos)
    while at > start and text[at - 1] != "\n":
        at = text.rfind("附件", start, at)
    if at < start or (at > 0 and text[at - 1] != "\n"):
        return ""
    end = text.find("\n", at, pos)
    title = text[at:end if end >= 0 else pos]
    if len(_ANNEX.sub("", title)) < 4 and end >= 0:
        nxt = text.find("\n", end + 1, pos)
        title += text[end + 1:nxt if nxt >= 0 else pos]
    return title[:60]


def annex_kind(text: str, start: int, pos: int, report_year: int | None) -> str:
    """The kind an appendix's title gives the figure at ``pos`` (the appendix opens at
    ``start``): "actual" for a report of progress ("…年十大工程进展情况", "…完成情况":
    ``cues.annex_progress_words``), "target" for this or a coming year's tasks ("2025年
    民生实事" in the 2025 report, "今年…目标": ``cues.annex_plan_words`` with such a year),
    "" otherwise. An item's own field of progress on the figure's line ("事项进展：完成…",
    "完成情况：…") makes it a result whatever the title; a goal word in the figure's clause
    (``cues.annex_goal_words``: "下步计划完成…") leaves the kind to the other rules."""
    title = annex_title(text, start, pos)
    cues = vocab("cues")
    field = text[text.rfind("\n", start, pos) + 1:pos]
    clause = _patterns()["progress_plan_bases"].sub("", _CLAUSE_BREAK.split(
        field.split("。")[-1])[-1])  # "占年度计划的120%" sets no goal
    if re.search(_words("annex_goal_words"), clause):
        return ""  # a goal in a report of progress: "下步计划完成投资5亿元"
    if re.search(rf"(?:{_words('annex_progress_words')})[：:]", field):
        return "actual"  # an item's field of progress: "3.城区道路：进展：完成60公里"
    if not title:
        return ""
    if any(w in title for w in cues["annex_progress_words"]) \
            or annex_done(text, text.rfind("附件", start, pos), pos):
        return "actual"  # round 25 (K): "…\n上述项目全部按期竣工投用" (labelreview)
    years = [int(y) for y in re.findall(r"(\d{4})年", title)]
    coming = any(report_year is not None and y >= report_year for y in years) \
        or any(w in title for w in ("今年", "明年"))
    return "target" if coming and any(w in title for w in cues["annex_plan_words"]) else ""
