"""A zone named as the subject opening a sentence owns its bare amounts (issue 13, round 39,
ra39; the dev draws' "scope lost": a zone's income read as the county's).

A sentence opening with a zone's name (``cues.zone_heads``: 开发区, 产业园区, 园区 …; no verb
before it: not "持续实施开发区…") is about that zone; a bare money measure of its first part
(``cues.zone_measures``: 主营业务收入, 进出口总额 …, or its infrastructure spending,
``cues.zone_works`` before ``zone_spending``) is the zone's:

- "经济开发区“九通一平”基础设施建设扎实推进，主营业务收入完成100.1亿元，同比增长29.98%" →
  经济开发区主营业务收入 for both;
- "某某产业园区2007年开始规划建设，基础设施建设累计投入3.7亿元" → 某某产业园区基础设施建设
  累计投入.

Not after a ； (another part may name another zone), nor a label naming a zone already, nor a
count (the firms a zone hosts are ``labelqualify``'s).

Round 41 (ra41, the dev draws' "scope lost": 建成项目 for a province's motorway projects): a
topic heading a sentence alone ("高速公路，…") owns its counts of projects named only by their
stage (``topic_projects``).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags
from workreport.extract.nonfigures import alternation

__all__ = ["topic_projects", "zone_subject", "zoned"]


@cache
def _opening_zone() -> re.Pattern[str]:
    """A zone's name opening a sentence: up to 10 characters, a bracket, then a zone head."""
    heads = alternation(cue_words("zone_heads"))
    return re.compile(rf"\s*([^，,；;。：:、\d“”]{{0,10}}?(?:{heads})区?)")


def zone_subject(name: str, before: str, rest: str, dimension: str) -> str:
    """``name`` with the zone opening the sentence (``before``: the sentence up to the figure;
    ``rest``, after it, is not read) in front, when it is a bare money measure or growth of the
    zone's first part; ``name`` otherwise (``labelassigned.after_label`` applies it)."""
    if dimension not in ("money", "percent") or re.search(r"[；;]", before) \
            or any(h in name for h in cue_words("zone_heads")):
        return name
    spending = name.endswith(cue_words("zone_spending")) \
        and name.startswith(cue_words("zone_works"))
    if not (spending or name in cue_words("zone_measures")):
        return name
    m = _opening_zone().match(before)
    if not m or len(m.group(1)) >= len(before.strip()) \
            or any(t.flag[:1] in ("v", "p", "d") for t in tags(m.group(1))):
        return name
    return m.group(1) + name


# A topic heading its sentence alone: a noun phrase of 2 to 6 characters (方面 after it goes)
# and a comma ("高速公路，", "内河航道，", "公路方面，").
_TOPIC = re.compile(r"\s*([\u4e00-\u9fff]{2,6}?)(?:方面)?[，,]")


def topic_projects(name: str, before: str, rest: str, dimension: str) -> str:
    """``name``, a count of projects named only by their stage (``cues.topic_project_stages``
    and ``topic_project_ranks`` before ``topic_project_heads``: 建成项目, 在建项目, 开工重点
    项目), with the topic heading the sentence alone in front (round 41, ra41, scope lost):
    "高速公路，开工某某高速改扩建等3个项目，…建成某某至某某等12个项目" → 高速公路开工项目,
    高速公路建成项目; "内河航道，提速某某航道二期等5个在建项目" → 内河航道在建项目. The topic
    is nouns only (jieba's n, ns, nz, j), no scope word (全县, 我市), no project of its own and no
    word of how something fared (``cues.agent_fared``: 招商引资成效显著, which jieba tags nouns);
    after a ； the part's own topic ("…；铁路，开工项目3个" → 铁路开工项目), none when the part
    opens with none; not for money or a rate (``rest`` is not read). ``name`` otherwise
    (``labelassigned.after_label`` applies it)."""
    if dimension in ("money", "percent"):
        return name
    head = next((h for h in cue_words("topic_project_heads") if name.endswith(h)), "")
    stage = name[:len(name) - len(head)] if head else ""
    stage = next((stage[:-len(r)] for r in cue_words("topic_project_ranks")
                  if stage.endswith(r)), stage)
    m = _TOPIC.match(re.split(r"[；;]", before)[-1])
    if not head or not m or (stage and stage not in cue_words("topic_project_stages")):
        return name
    topic = m.group(1)
    if topic in cue_words("scope_words") or head in topic \
            or any(w in topic for w in cue_words("agent_fared")) \
            or not all(t.flag in ("n", "ns", "nz", "j") for t in tags(topic)):
        return name
    return topic + name


def zoned(name: str, before: str, rest: str, dimension: str) -> str:
    """``zone_subject``, then ``topic_projects`` (round 41, ra41; one rule of
    ``labelassigned.after_label`` for both): "高速公路，…建成甲至乙等12个项目" → 高速公路建成
    项目."""
    return topic_projects(zone_subject(name, before, rest, dimension), before, rest, dimension)
