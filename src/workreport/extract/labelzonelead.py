"""A part of the place (城区, 县城, 农村 …) that a sentence's lead clause is about owns the
acts its later clauses count (issue 13 §2; round 64, z5: the development draws' scope lost,
"城区品质大幅提升，新改建道路12条、17.2公里" gave 新改建道路, which reads as all the county's
roads, town and country). Used by ``labelzones.zoned`` (a rule of
``labelassigned.after_label``); the words are data (``vocab/cues.yml``, ``cues.zone_lead_*``).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelclean import strip_words
from workreport.extract.labelvocab import cue_words
from workreport.extract.nonfigures import alternation

__all__ = ["zone_led"]

_MOST = 8  # clauses of the sentence up to the figure's, the lead clause's included
# The number (and its unit) ending the first item of a list the figure is a later item of.
_ITEM_COUNT = re.compile(r"[\d.]+[万千百]?[余多]?[^\d]{0,2}$")


@cache
def _lead() -> re.Pattern[str]:
    """A lead clause that is a part of the place's report: a part (``cues.zone_lead_parts``)
    as its subject, 2 to 10 Chinese characters of what of it, and a word of how it went
    (``cues.zone_lead_fared``, ``topic_progress``, ``programme_progress``): "城区品质大幅
    提升", "县城建设加快补短板"; or, after a verb of ``cues.lead_verbs`` or
    ``zone_lead_verbs`` or none, the part's works (``cues.zone_lead_works``): "深化农村人居
    环境整治", "实施城区交通优化提升工程"."""
    parts = alternation(cue_words("zone_lead_parts"))
    ends = alternation(cue_words("zone_lead_fared", "topic_progress", "programme_progress",
                                 "zone_lead_works"))
    verbs = alternation(cue_words("lead_verbs", "zone_lead_verbs"))
    return re.compile(rf"(?:{verbs})?({parts})([\u4e00-\u9fff]{{2,10}}?)(?:{ends})")


def zone_led(name: str, before: str, rest: str, dimension: str) -> str:
    """``name``, an act counted bare (a verb of ``cues.label_kept_verbs``, ``label_verbs`` or
    ``list_shared_verbs`` in it), with the part of the place the sentence's lead clause is
    about (``_lead``) in front (round 64, z5): "城区品质大幅提升，新改建道路12条、17.2公里" →
    城区新改建道路 for both; "农村人居环境整治稳步推进，…完成厕所改造8300座" → 农村厕所改造;
    "实施城区交通优化提升工程，新建交通信号灯4处" → 城区新建交通信号灯. The lead clause holds
    nothing else (no number, list, quote or 的) and the figure is in a later clause of it up
    to the eighth, not past a ；, ：, or 。, its clause (its list's item, or the first item
    for a bare number) saying no more than a verb and the label (``cues.label_leading``
    aside); a running total the label opens with (``cues.running_total_words``: 五年累计)
    stays first. ``name`` as it is
    otherwise: money or a rate (a part's 投资 or 增长 is another rule's), a label naming a
    place or zone already (``cues.zone_lead_named``: 城, 村, 镇, 区 …: "乡村建设有序推进，
    新改建8条县乡道路" stays), a label of no act (人均公园绿地面积); since round 64 review
    (v4) also a label of what is no part's works (``cues.zone_lead_unowned``: "城区功能不断完善，
    新增就业岗位3000个" stays 新增就业岗位, not 城区…; 企业, 项目, 游客, 水土流失 …) and a count
    after a later clause naming the whole place (``cues.report_wholes``: 全县, 全市). ``rest``
    is not read."""
    if dimension in ("money", "percent") or re.search(r"[；;：:。！？]", before):
        return name
    clauses = re.split(r"[，,]", before)
    if not 2 <= len(clauses) <= _MOST:
        return name
    m = _lead().fullmatch(clauses[0].strip())
    if not m or re.search(r"[的和与及]", m.group(2)):
        return name
    # round 64 review (v4): the whole place named after the lead clause ("城区品质大幅提升，
    # 全县新改建道路12条") takes the count back to it
    if any(w in c for c in clauses[1:] for w in cue_words("report_wholes")):
        return name
    period = next((p for p in cue_words("running_total_words") if name.startswith(p)), "")
    core = name[len(period):]
    if not core or any(w in core for w in cue_words("zone_lead_named", "zone_lead_unowned")) \
            or not any(v in core for v in cue_words("label_kept_verbs", "label_verbs",
                                                      "list_shared_verbs")):
        return name
    items = clauses[-1].split("、")  # a later item of a list: its own act, or the first's
    own = items[-1].strip() or _ITEM_COUNT.sub("", items[0].strip())  # 新改建道路12条、17.2公里
    own = strip_words(own, cue_words("label_leading"), leading=True)
    if own != core and not (own.endswith(core) and own[:len(own) - len(core)]
                            in cue_words("label_verbs", "label_kept_verbs")):
        return name  # the clause names more: a subject or a scope of its own
    return period + m.group(1) + core
