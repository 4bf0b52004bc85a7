"""The scope a clause before a count holds (issue 13, round 17; the audit's "scope lost").

``labelforms.only_qualifies`` makes the noun after the number the label when the words
before it end in 的 or a place word (内, 以西, 周边 …); until round 17 those words were
dropped whole. When they say which of the things are counted, they are the label's scope:

- *a qualifying clause ending in 的* ("县人大票决的6项民生实事" → 县人大票决的民生实事,
  "下放乡镇的87项执法权限" → 下放乡镇的执法权限, "对破损比较严重的近百公里农村公路进行改建"
  → 破损比较严重的…): kept whole, without the filler or frame that opens the clause (完成,
  推进 …, ``cues.held_openers``; 对, 为, 针对, 使 before it) and without a leading time word;
  not a clause of one verb that only says the things were planned or set (确定的, 实施的:
  ``cues.held_weak_verbs``), nor one holding a digit (money, years: ``naming``'s rules), a
  list or a quotation mark left open;
- *a place ending in 沿线, 周边, 以西 …* ("孝义河沿线11个村庄生活污水治理项目" → 孝义河沿线
  村庄生活污水治理项目, "县城周边6个易地扶贫搬迁小区建设"): the place kept (not 内, which an
  older phrasing row gives way: "完成教育园区内3条高压线路迁改" → 高压线路迁改).
"""

from __future__ import annotations

import re

from workreport.extract.labelwords import tags
from workreport.extract.numbers import vocab

__all__ = ["held_in", "held_scope", "zone_owner"]

_BREAK = re.compile(r"[，,；;。！？：:、（）()]")
# Not 内 or 以西 alone, which older phrasing rows give way ("完成教育园区内3条高压线路迁改" →
# 高压线路迁改, "完成京昆高速以西51个村改造" → 村改造); with 的 they are kept ("高新区内的").
_PLACE_ENDS = ("沿线", "周边")
_PLACE_OF = ("内", "以西", "以东", "以南", "以北", "沿线", "周边")


def held_scope(raw: str, dimension: str = "count") -> str:
    """The scope the clause ``raw`` (the words before a count's number) holds for the noun
    after the number, with its 的 ("县人大票决的" → 县人大票决的), or "" when it holds none
    (only a filler, a time, a weak verb, a digit, a base after 从 …) or the figure is money,
    a rate or a time (``dimension``)."""
    cues = vocab("cues")
    seg = _BREAK.split(raw)[-1].strip()
    joined = re.match(r"(.+?)[和及](.+的)$", seg)
    if joined and not any(p.flag[:1] == "v" for p in tags(joined.group(1))):
        seg = joined.group(2)  # "民生工程和区人代会票决的": the figure before's noun cut
    if dimension in ("money", "percent", "ratio", "time") or seg.count("“") != seg.count("”") \
            or re.search(r"\d|[一二三四五六七八九十两几][个项家所条座]|[从由]|范围", seg):
        return ""
    seg = seg[seg.rfind("的", 0, len(seg) - 1) + 1:]  # "大家所知道的苏联协助…建设的"
    lead = next((w for w in cues["label_leading"] if seg.startswith(w)), "")
    seg = seg[len(lead):]  # "我区参与的"
    place = next((e for e in _PLACE_ENDS if seg.endswith(e)), "")
    if not (place or seg.endswith("的")):
        return ""
    body = seg[:-1] if seg.endswith("的") else seg
    pieces = list(tags(body))
    # The frame and fillers that open the clause: adverbs, 对/为/针对/使, 完成, 推进 ….
    openers = cues["held_openers"]
    while pieces and (pieces[0].flag in ("d", "c", "t", "m", "r") or pieces[0].word in openers
                      or pieces[0].word in cues["label_leading"]):
        pieces.pop(0)
    if pieces and pieces[0].flag == "p" and pieces[0].word not in \
            cues["generic_predicate_prepositions"]:
        pieces.pop(0)  # "对破损比较严重的…", "免费为符合条件的…"
    words = [p for p in pieces if p.word not in ("了", "所")]
    at = next((i for i, p in enumerate(words) if p.flag == "p"), 0)
    if words and words[0].flag[:1] == "v" and at:
        words = words[at:]  # "引进与高校合作的" → 与高校合作的 (labelqualify's relative)
    if not words:
        return ""
    clause = "".join(p.word for p in words)
    nouns = not any(p.flag in ("v", "p", "c", "u", "uj") for p in words)
    if place or (clause.endswith(_PLACE_OF) and nouns):  # not "取缔釜山周边的": a verb's
        return clause + ("" if place else "的") \
            if nouns and len(clause) > 3 and not clause.endswith(("以内", "之内")) else ""
    verbs = [p for p in words if p.flag[:1] == "v"]
    if not verbs or len(clause) < 3 or len(clause) > 12:
        return ""
    if len(words) == 1 or all(p.word in cues["held_weak_verbs"] for p in verbs):
        return ""  # "年初确定的", "实施的", "县人代会确定的": who chose them, no scope
    return clause + "的"


def held_in(counted: str, held: str, after: str, previous: str | None = None) -> str:
    """``counted`` (a count's label: a kept verb, the noun ``after`` the number) with the
    scope ``held`` before that noun: ("落地重点改革任务", "省委确定的", "重点改革任务") →
    落地省委确定的重点改革任务; a place without 的 ("高压线路", "教育园区内") → 教育园区内高压
    线路. ``counted`` as it is with no scope, when it holds it already or lost its noun, or
    when the figure before's label ``previous`` took the clause in."""
    if not held or held.rstrip("的") in counted or "的" in counted \
            or (previous and previous.endswith(held.rstrip("的"))):  # the figure before took it
        return counted
    # The noun after the number as the label keeps it ("签约项目尽快" → 签约项目).
    at = next((counted.rfind(after[:k]) for k in range(len(after), 1, -1)
               if after[:k] in counted), -1)
    if at < 0:
        return counted
    return counted[:at] + held + counted[at:]


def zone_owner(name: str, previous: str | None, dimension: str) -> str:
    """A bare measure of money or a rate (``cues.zone_measures``: 税收, 亩均税收, 固投 …) after
    a figure of a zone's (``previous`` opening with one of ``cues.zone_heads``: 开发区, 高新区
    …) in the same run of the sentence is the zone's too (round 17, scope lost on a list's
    rate or amount): ("固投", "开发区营业收入") → 开发区固投, of "开发区营业收入超过450亿元，
    固投达到10亿元"; ``name`` as it is otherwise (a count, or a name with a scope of its
    own)."""
    cues = vocab("cues")
    if not previous or dimension in ("count", "people") or len(name) > 6 \
            or not name.endswith(tuple(cues["zone_measures"])):
        return name
    heads = "|".join(map(re.escape, sorted(cues["zone_heads"], key=len, reverse=True)))
    m = re.match(rf"[\u4e00-\u9fff]{{0,8}}?(?:{heads})", previous)
    if not m or m.group(0) in name or previous == m.group(0) or "、" in m.group(0) \
            or previous[m.end():].startswith(("亩均", "人均", "单位")):  # a rate shared
        return name
    return m.group(0) + name
