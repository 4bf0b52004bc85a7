"""The park whose entrants a label counts, named as the subject of an earlier clause (round 71,
w2; the development draw's 'scope lost').

Class of error: a sentence names a park, zone or base as the subject of one clause and counts
the firms or projects that entered "the park" in a later one with the bare entry word
("腰山工业区新入驻…四个项目，…，目前入园企业累计达到7家"; "房涞扶贫产业园一期基本具备…条件，
大唐融合、大由大等5家企业签约入驻"; "浙琼合作产业园揭牌，首批10家企业入驻"): the label
(入园企业, 签约入驻企业, 入驻首批企业) does not say which park, and reads as all the place's.

Rule: a label holding an entry word (``cues.entry_words``: 入驻, 入园 …) and no host of its own
takes the host that opens the nearest earlier clause of its sentence part (after the last ；):
a name of two characters or more ending in a word of ``cues.entry_hosts`` (产业园, 工业区,
开发区 …) followed by the clause's predicate → 腰山工业区入园企业, 房涞扶贫产业园签约入驻企业.

Exceptions: a host that is only the host word (园区建设全面发力: no name), one opening with a
verb or preposition (建设开发区, 依托…园区), holding a digit, a list mark or a quote, and a
label naming a host already (入驻园区企业, 开发区入驻企业) stay as they are; a nearer clause
opening with a zone of another kind (``cues.entry_host_stops``: 示范区, 新区 …) stops the
search ("…开发区入驻企业增至155家，循环经济示范区…建成通车，…7个入园项目": whose, unsaid).
Round 71 review, q8: a count whose own clause names a place of its own (``cues.
subject_owner_scopes``: 全县, 全市 …; ``cues.subset_part_words``: 乡镇, 城区 …) counts there, not
in the park: "滨河工业园区完成扩区，全县新增落户企业30家" stays 新增落户企业, "光伏产业园一期
并网发电，乡镇新落户企业15家" stays 乡镇新落户企业.
So does a label naming a host or other entrants before its entry word ("东城工业园区加快
发展，县政务服务大厅入驻事项1200项" stays 县政务服务大厅入驻事项).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelclean import strip_words
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags

__all__ = ["entry_host", "host_opening", "other_host"]


@cache
def host_opening(lists: tuple[str, ...], rest: str = ".+") -> re.Pattern[str]:
    """A clause opening with a named host: two to fourteen characters of its name ending in
    a word of the cue ``lists`` (longest first; groups ``host``), then the rest of the clause
    (``rest``: ``.+`` here, ``.*`` in ``labelentryzone``; group ``rest``)."""
    hosts = "|".join(map(re.escape, sorted(set(cue_words(*lists)), key=lambda w: (-len(w), w))))
    return re.compile(rf"(?P<host>[\u4e00-\u9fff·]{{2,14}}?(?:{hosts}))(?P<rest>{rest})")


def _host_re() -> re.Pattern[str]:
    """``host_opening`` over ``cues.entry_hosts`` and ``entry_host_stops``."""
    return host_opening(("entry_hosts", "entry_host_stops"))


@cache
def _entry_re() -> re.Pattern[str]:
    """The entry words (``cues.entry_words``: 入驻, 入园 …) in cue order, compiled once: the
    rule runs on every label."""
    return re.compile("|".join(cue_words("entry_words")))


def entry_host(name: str, before: str, rest: str, dimension: str) -> str:
    """``name`` with the host that opens an earlier clause of its sentence part in front
    (see the module); ``before`` is the sentence up to the number. ``name`` otherwise."""
    del rest, dimension  # the rule reads the clauses before the figure only
    bare = _entry_re().sub("", name)  # 入园企业: 园 no host
    if bare == name or re.search(r"[园区]", bare):
        return name
    clauses = re.split(r"[，,]", re.split(r"[；;。]", before)[-1])
    places = [w for w in cue_words("subject_owner_scopes", "subset_part_words") if len(w) > 1]
    if any(w in clauses[-1] for w in places) or other_host(name):
        return name  # the count's own place: 全县新增落户企业, 乡镇新落户企业 (q8)
    clauses = clauses[:-1]
    for clause in reversed(clauses):
        clause = strip_words(clause.strip(), cue_words("label_leading"), leading=True)
        got = _host_re().fullmatch(clause)
        if not got:
            continue
        host = got.group("host")
        first = tags(host)[0]
        if first.flag[:1] in ("v", "p", "m", "r") or re.search(r"[“”\d]", host) \
                or host.endswith(cue_words("entry_host_stops")):
            return name  # a nearer zone of another kind (循环经济示范区…): whose, unsaid
        return host + name
    return name


def other_host(name: str) -> bool:
    """Whether ``name`` names a host or entrant of its own before its entry word (round 71
    review, q8): a noun there that is not one of ``cues.entry_entrants`` (企业, 项目) ending
    those words: "县政务服务大厅入驻事项", "吸引人才落户" (not "企业签约入驻")."""
    entry = _entry_re().search(name)
    ahead = name[: entry.start()] if entry else ""
    return any(p.flag[:1] in ("n", "s", "j") for p in tags(ahead)) \
        and not ahead.endswith(cue_words("entry_entrants"))
