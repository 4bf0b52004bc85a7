"""Firms or projects counted as entering (入驻, 入园, 进驻) take the zone an earlier clause of
their sentence acts on or names as its subject: where they entered (round 80, x4; the
development draws' "scope lost", the park named once at the head of the sentence and its
entrants read as any). It widens round 71's ``labelentryhost.entry_host``, which takes only a
zone opening a clause as its subject, in the sentence part after the last ；.

The class of error: a verb of entering needs a place entered, and a label that keeps the verb
but drops the place names entrants of no zone, or of every zone of the place:

- "壮大腰山工业区，重点抓好…4个项目的建设；积极招商引资，到年底力争入驻企业10家以上" gave
  入驻企业 → 腰山工业区入驻企业 (the zone the object of a verb, a ； between);
- "培育新兴工业区，…，力争年内入园企业3家以上" → 新兴工业区入园企业;
- "…，6个设区市晋创谷挂牌运营，入驻优质企业团队300多家" → 设区市晋创谷入驻优质企业团队 (a
  count of the zones before their name).

Only the place entered can own these counts, so the rule reads no predicate of how the zone
went (unlike ``labelfaredowner``, whose counts could be the whole place's too).

The rule (``entered_zone``): a count (not a rate: 毛入园率 is a kindergarten's) whose label
holds a verb of ``cues.zone_entry_verbs`` (入驻, 入园, 进驻), names no zone (no 的, no head of
``cues.entry_hosts``, ``entry_zone_heads`` or ``entry_host_stops``, none of
``entry_zone_not``: 幼儿, 儿童, no noun before the verb but its entrants: round 71's
``other_host``) and no place after the verb ("28家企业入驻“832平台”"); the
zone opens the nearest earlier clause of the sentence (past a ；, not a 。) once leading words,
verbs of ``cues.label_verbs``/``lead_verbs`` (壮大, 培育, 加快建设) and a count of the zones
(6个) are gone: two to fourteen characters ending in such a head. It goes in front (after a
running total's words the label opens with: 累计, 五年累计).

Exceptions (the label stays), as round 71's: a bare head (园区建设全面发力: no name), a zone of
another kind nearest (``cues.entry_host_stops``: 示范区, 新区: whose, unsaid), a name opening
with a verb, preposition, numeral or pronoun (与大兴经济开发区…: a partner), a clause opening
with a means (``cues.entry_zone_means``: 依托科技产业园, round 71's row), holding a digit, a
quote or a 、 (甲产业园、乙产业园: which one is unsaid), a zone followed by 项目 (标准化科创园
项目: a project's name, passed over for an earlier zone), a count whose own clause names a
place of its own (``cues.subject_owner_scopes``, ``subset_part_words``: 全县新增落户企业).
Round 80 review (q3): a bare head nearest stops the search (加快建设工业园区，推进科技园建设，
入驻企业 stays: which 科技园, unsaid), a zone joined by 和/及 to another stops it as a 、 does,
a head cut before its 区 gets it back (商贸物流园区, not 商贸物流园), entrants of a service hall
or a home (``entry_zone_not``: 进驻事项, 进驻部门, 入驻居民) take no zone, and past a ； only
firms, projects or teams (``cues.entry_zone_far_entrants``) do ("加快建设工业园区；提升城市品质，
新增入驻商户" stays).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelclean import strip_words
from workreport.extract.labelentryhost import host_opening, other_host
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags

__all__ = ["entered_zone", "entry_zone"]

_CLAUSES = re.compile(r"[，,；;]")
_COUNT = re.compile(r"^(?:\d+|[一二三四五六七八九十两]+)[个家座批]")  # 6个…晋创谷: zones counted


@cache
def _heads() -> tuple[str, ...]:
    """The heads of a zone entered (``cues.entry_hosts``, ``entry_zone_heads``) and of a zone
    of another kind (``cues.entry_host_stops``), longest first."""
    return tuple(sorted(set(cue_words("entry_hosts", "entry_zone_heads", "entry_host_stops")),
                        key=len, reverse=True))


def _host_re() -> re.Pattern[str]:
    """A clause opening with a named zone (``labelentryhost.host_opening`` over the lists of
    ``_heads``, its rest possibly empty)."""
    return host_opening(("entry_hosts", "entry_zone_heads", "entry_host_stops"), ".*")


def _opened(clause: str) -> str:
    """``clause`` without the words before a zone it acts on: leading words
    (``cues.label_leading``), verbs of ``cues.label_verbs`` and ``lead_verbs`` (壮大, 培育,
    加快建设), and a count of the zones (6个)."""
    verbs = cue_words("label_leading", "label_verbs", "lead_verbs")
    while True:
        cut = strip_words(clause, verbs, leading=True)
        cut = _COUNT.sub("", cut)
        if cut == clause:
            return clause
        clause = cut


def entry_zone(before: str) -> str:
    """The zone entered: a name ending in a head that opens the nearest earlier clause of
    ``before`` (the sentence up to a figure; past a ；, not a 。) after the words of
    ``_opened``; "" when none opens one, or the nearest is a zone of another kind
    (``cues.entry_host_stops``: 示范区, 新区: whose, unsaid), a bare head, a name opening
    with a verb, preposition, numeral or pronoun, or holds a quote or a digit."""
    clauses = _CLAUSES.split(re.split(r"[。！？]", before)[-1])
    for clause in reversed(clauses[:-1]):
        if clause.strip().startswith(cue_words("entry_zone_means")):
            return ""  # 依托科技产业园: a means, not the place entered (round 71's row)
        opened = _opened(clause.strip())
        got = _host_re().fullmatch(opened)
        if not got and opened.startswith(_heads()):
            return ""  # 推进科技园建设: a bare head nearest, which zone unsaid (r80 review, q3)
        if not got or got.group("rest").startswith("项目"):
            continue  # 标准化科创园项目: a project's name
        host, rest = got.group("host"), got.group("rest")
        if rest.startswith("区") and (host + "区").endswith(_heads()):
            host, rest = host + "区", rest[1:]  # 商贸物流园区, not 商贸物流园 (r80 review, q3)
        first = tags(host)[0]
        if host.endswith(cue_words("entry_host_stops")) or first.flag[:1] in "vpmr" \
                or re.search(r"[“”\d、]", host) or rest.startswith(("、", "和", "及")):
            return ""  # 甲产业园和乙物流园: which one, unsaid (和, 及: r80 review, q3)
        return host
    return ""


def entered_zone(name: str, before: str, rest: str, dimension: str) -> str:
    """``name`` with the zone its entrants entered in front (see the module; round 80, x4);
    ``name`` as it is otherwise. ``before`` is the sentence up to the number, ``rest`` after
    it (read for a place named after the verb)."""
    if not name or dimension == "percent":
        return name
    verb = next((v for v in cue_words("zone_entry_verbs") if v in name), "")
    if not verb or "的" in name or any(h in name for h in _heads()) \
            or any(w in name for w in cue_words("entry_zone_not")) or other_host(name):
        return name  # …经济特区入园企业: a host named before the verb (round 71's test)
    own = _CLAUSES.split(rest, maxsplit=1)[0]
    at = own.find(verb)
    if name.endswith(verb) and at >= 0 and re.match(r"[^，,；;。！？]", own[at + len(verb):]):
        return name  # 28家企业入驻“832平台”: the place entered follows
    places = [w for w in cue_words("subject_owner_scopes", "subset_part_words") if len(w) > 1]
    last = _CLAUSES.split(before)[-1]
    if any(w in last for w in places):
        return name  # the count's own place: 全县新增落户企业 (as labelentryhost)
    zone = entry_zone(before)
    if not zone or zone in name:
        return name
    part = re.split(r"[。！？]", before)[-1]
    if zone not in re.split(r"[；;]", part)[-1] \
            and not name.endswith(cue_words("entry_zone_far_entrants")):
        return name  # past a ；, firms or projects only ("…；提升城市品质，新增入驻商户"; q3)
    period = next((p for p in cue_words("running_total_words") if name.startswith(p)), "")
    return period + zone + name[len(period):]
