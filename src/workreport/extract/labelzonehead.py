"""A zone a paragraph's heading sentence is about owns the bare zone measures of its later
sentences (round 76, x6; the development draws' "scope lost": a new area's 固定资产投资 read as
the province's).

A report opens a paragraph with a short heading sentence whose topic is a zone (``cues.
zone_heads``) and goes on about that zone: "雄安新区建设取得新进展。…。雄商、雄忻高铁等重大工程
加快建设，启动区重点市政基础设施基本建成，…，全年固定资产投资增长16%。" The bare 固定资产投资
reads as the province's; it is the new area's: 雄安新区固定资产投资. So "高标准高质量推进雄安新区
建设。…年内完成投资超2000亿元" → 雄安新区投资, "园区做强“提能”。…。力争年营业收入增长10%以上"
→ 园区年营业收入; a zone the figure's own sentence names before it is the figure's ("提升园区承载
能力。…持续实施开发区实力倍增计划，确保营业收入同比增长15%以上" → 开发区营业收入, by
``labelgenericact``'s zone topic since the round 76 review: this rule leaves such a sentence).

The rule (``zone_headed``): the label is a measure of ``cues.zone_measures`` or
``zone_heading_measures`` and nothing else; the figure's sentence is not its paragraph's first;
that first sentence, an ordinal before it dropped, is at most 20 characters and is only lead
words (``cues.zone_heading_leads``, ``lead_verbs``), one zone's name (a zone head and at most
four characters of a name before it: ``_named``), and
a tail of 建设 and the words of how it fares (``cues.zone_heading_tails``) or a quoted slogan.

Not touched, so that a place-wide figure is never given to a part: a heading naming anything
else beside the zone ("抓园区建设招商": the county's 招商 figures follow), a sentence naming a
scope of its own before the figure (全县, 全省 …: ``cues.scope_words``) or two zones, a label
naming more than the measure, a heading longer than a title or holding a digit or a comma.
Round 76 review (q2), the same: a heading joining another topic to the zone (强化项目园区建设:
``cues.zone_heading_not_names``); a scope word or a word of the whole place (县域, 县城,
生产总值: ``cues.zone_heading_place_words``) anywhere after the heading up to the figure
("…。全县经济稳中向好。固定资产投资增长8%"); the place's headline measures (``cues.
zone_heading_place_measures``: 规上工业增加值, 财政收入, which a county reports in its parks'
paragraph too); and a zone the sentence names that is not the heading's or is a piece of a
longer name ("雄安新区建设取得新进展。支持企业向园区集中，全年固定资产投资增长16%" gave
园区固定资产投资, "…推动产业园区提档升级，…" 产业园固定资产投资): the one zone a sentence
names before a bare measure is left to ``labelgenericact`` (开发区营业收入).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags
from workreport.extract.nonfigures import alternation

__all__ = ["zone_headed"]

_ORDINAL = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]"
                      r"|[一二三四五六七八九十\d]{1,2}[、.．]|——)?")


@cache
def _zone_head() -> re.Pattern[str]:
    heads = sorted(cue_words("zone_heads"), key=len, reverse=True)
    return re.compile(alternation(heads))


@cache
def _tail() -> re.Pattern[str]:
    tails = alternation(cue_words("zone_heading_tails"))
    return re.compile(rf"(?:建设)?(?:{tails})?(?:“[^“”\d]{{1,8}}”)?")


def _leads_gone(heading: str) -> str:
    """``heading`` without the lead words opening it (高标准高质量推进, 提升)."""
    words = sorted(cue_words("zone_heading_leads", "lead_verbs"), key=len, reverse=True)
    while word := next((w for w in words if heading.startswith(w)), ""):
        heading = heading[len(word):]
    return heading


def _named(prefix: str) -> bool:
    """Whether ``prefix`` (before a zone head) may be part of the zone's name: none, or two to
    four Chinese characters with no word of two or more jieba tags a verb, preposition or
    adverb (雄安, 经济; not 抓, 持续实施; jieba cuts 雄安 into single characters), nor a word
    of ``cues.zone_heading_not_names`` (项目园区 is projects and parks: round 76 review, q2)."""
    return not prefix or (bool(re.fullmatch(r"[\u4e00-\u9fff]{2,4}", prefix))
                          and not any(p.flag[:1] in "vpd" and len(p.word) > 1
                                      for p in tags(prefix))
                          and not any(w in prefix for w in cue_words("zone_heading_not_names")))


def heading_zone(heading: str) -> str:
    """The zone a paragraph's first sentence ``heading`` is about alone (see the module), ""
    when it is not such a heading."""
    heading = _ORDINAL.sub("", heading, count=1).strip().rstrip("。！")
    if len(heading) > 20 or re.search(r"[\d，,；;：:、]", heading):
        return ""
    rest = _leads_gone(heading)
    found = list(_zone_head().finditer(rest))
    if len(found) != 1 or not _named(rest[:found[0].start()]) \
            or not _tail().fullmatch(rest[found[0].end():]):
        return ""
    return rest[:found[0].end()]


def zone_headed(name: str, lead: str, opening: str) -> str:
    """``name`` with the zone its paragraph's heading sentence is about in front when it is a
    bare zone measure (see the module); ``lead`` is the paragraph up to the figure's sentence,
    ``opening`` the sentence up to the figure. ``name`` as it is otherwise."""
    if name not in cue_words("zone_measures", "zone_heading_measures") or "。" not in lead \
            or name in cue_words("zone_heading_place_measures"):
        return name
    after_heading = lead[lead.index("。") + 1:] + opening  # the paragraph's turn to the place
    if any(w in after_heading for w in cue_words("scope_words", "zone_heading_place_words")):
        return name
    zone = heading_zone(lead[:lead.index("。") + 1])
    if not zone:
        return name
    found = list(_zone_head().finditer(opening))
    if any(not zone.endswith(m.group()) or re.match(r"[区园]", opening[m.end():])
           for m in found):
        return name  # another zone named (向园区集中, 产业园区: round 76 review, q2)
    return zone + name
