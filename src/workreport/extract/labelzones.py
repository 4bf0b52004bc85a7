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
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags
from workreport.extract.nonfigures import alternation

__all__ = ["zone_subject"]


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
