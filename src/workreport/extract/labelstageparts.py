"""Projects counted by stage that split a scoped total of projects keep the total's scope
(round 76, x6; the development draws' "scope lost": 拟开工项目 for the projects of a size class
or a park, 项目 for the parts of 52个“五大类项目”).

A report counts a class of projects (重点项目, 省市重点项目, 投资过千万元项目, “五大类项目”),
then splits the count by stage, in the same sentence or the next one of its paragraph:
"2009年新上、续建和已批待建投资过千万元项目119个，总投资181.67亿元。竣工项目36个，总投资
27.61亿元；续建项目11个，…；新开工项目24个，…；已批待建项目48个，…" (36+11+24+48 = 119);
"抓好…53个重点项目，…。推动…10个项目竣工；…25个项目开工；…18个项目加速实施". Each stage's
label read bare (竣工项目 36个) names all the place's projects of that stage: the parts are
the class's, so they take it: 竣工投资过千万元项目, 开工重点项目, 新开工省市县重点项目.

The rule (``stage_parts``), on the figures of a report once they are made: a count of
projects (unit 个 or 项) whose label, once a period opener, a stage list it names itself
(新上、续建和已批待建) and a trailing 建设 are gone, is a scoped class (a size class, a rank of
``cues.stage_part_ranks`` with its levels, or a quoted name); the parts are every
later count in its unit and kind in the rest of its sentence or, when it is the last there,
every one of the next sentence of its paragraph: at least two, each label naming 项目, summing
to the total exactly (the sum is what says they are its parts). A part labelled
``<stage>项目`` becomes ``<stage><class>``, and its money follows: a 总投资 right after it
(竣工项目总投资 → 竣工投资过千万元项目总投资), an 投资 right before it in its clause
("投资41亿元的13个项目竣工投产"). The class is ``_class``'s pattern.

Round 76 review (q2), against sums that match by chance: two parts each name a stage of
``cues.stage_part_stages`` ("…省级重点项目12个，…。招商引资签约项目8个，新开工项目4个", "…省市
重点项目20个，带动新开工项目12个、签约项目8个" and "千万元以上项目40个，新开工项目25个，投资超
亿元项目15个" stay), and no scope word (全县 …: ``cues.scope_words``) stands between the total
and its last part ("…重点项目30个，…。全县新开工项目18个，竣工项目12个": the county's); a
part's stage holds no 项目 (工业项目服务业项目 stays).

Not touched: a part named by its own projects (…等项目: names before 等 are its scope), a part
labelled 项目 alone (its stage is not in the label: the class alone would read as the total),
a part naming a rank or size of its own (省重点项目 of 省市重点项目), counts that do not add up
to the total, a total with no scope (项目 alone, 谋划项目).

Round 87 (w2, the development draws' scope lost: 在建项目, 拟开工项目 after "全县千万元以上竣工
项目27个…；" and "目前入园在建项目5个…；"): counts by stage listed one a ；-part, the first naming
the class or the zone entered before its stage, the later ones only their stage, share the
first's scope as a 、-list shares it (``stage_siblings``): "2012年，全县千万元以上竣工项目27个，
总投资63.7亿元；在建项目57个，总投资223.3亿元" → 千万元以上在建项目, 千万元以上在建项目总投资;
"入园在建项目5个…；拟开工项目5个" → 入园拟开工项目. The scope is a class (``_class``) or a word
of ``cues.stage_sibling_scopes`` (入园); each later part opens its ；-part with its stage (of
``cues.stage_part_stages``, or 洽谈 after 联系) and 项目 and its count, with no scope word.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Any

from workreport.extract.labelvocab import cue_words
from workreport.extract.nonfigures import alternation

__all__ = ["stage_parts", "stage_siblings"]

_UNITS = ("个", "项")
_PART = re.compile(r"([\u4e00-\u9fff]{1,8})项目")


@cache
def _class() -> re.Pattern[str]:
    """A scoped class of projects: a size class (投资过千万元, 亿元以上), a rank with its levels
    (省、市重点, 省市县重点), both, or a quoted name (“五大类项目”)."""
    ranks = alternation(cue_words("stage_part_ranks"))
    size = r"(?:投资)?(?:过|超过?)?[\d.一二三四五六七八九十百千万亿]+元(?:以上)?"
    rank = rf"(?:[省市县区级、]|国家)*(?:{ranks})"
    return re.compile(rf"“[^“”\d]{{1,10}}项目”|(?:{size})(?:{rank})?项目|(?:{rank})项目")


@cache
def _head_noise() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A period opener or a stage list a total's label opens with, and its trailing words."""
    openers = alternation(cue_words("stage_part_openers"))
    stages = alternation(cue_words("stage_part_stages"))
    lead = re.compile(rf"^(?:{openers})*(?:(?:{stages})[、和及与]?)*")
    tail = re.compile(rf"(?:{alternation(cue_words('stage_part_tails'))})$")
    return lead, tail


def _scoped_class(label: str) -> str:
    """The scoped class of projects ``label`` names (see ``_class``), "" when none."""
    lead, tail = _head_noise()
    core = tail.sub("", lead.sub("", label, count=1), count=1)
    return core if _class().fullmatch(core) else ""


def _stage(label: str, scope: str) -> str:
    """The stage a part's ``label`` names (``<stage>项目`` → stage), "" when it names its own
    projects (等, 、), a rank or size of its own, or none."""
    m = _PART.fullmatch(label)
    if not m or re.search(r"[等和及与、]$", m.group(1)) or "项目" in m.group(1) \
            or any(w in m.group(1) for w in cue_words("stage_part_ranks")) or "元" in m.group(1):
        return ""
    return m.group(1) if not scope.startswith(m.group(1)) else ""


def _count(f: Any, unit: str, kind: str) -> bool:
    return f.measure == "level" and f.unit == unit and f.kind == kind and f.value_high is None


def _parts(figures: list[Any], i: int, text: str) -> list[int]:
    """The indexes of the figures splitting the total ``figures[i]``: its later counts in the
    same sentence, or, when it has none there, the counts of the next sentence of its
    paragraph; [] when they are fewer than two or do not sum to the total."""
    h = figures[i]
    later = [j for j in range(i + 1, len(figures)) if figures[j].sentence_index
             == h.sentence_index and _count(figures[j], h.unit, h.kind)]
    if not later:
        nxt = [j for j in range(i + 1, len(figures))
               if figures[j].sentence_index == h.sentence_index + 1]
        if not nxt or "\n" in text[h.end:figures[nxt[0]].start]:
            return []
        later = [j for j in nxt if _count(figures[j], h.unit, h.kind)]
    if len(later) < 2 or abs(sum(figures[j].value for j in later) - h.value) > 1e-9 \
            or any(w in text[h.end:figures[later[-1]].start] for w in cue_words("scope_words")):
        return []
    return later


def stage_parts(figures: list[Any], text: str) -> list[Any]:
    """``figures`` with each part of a scoped total of projects labelled by its stage and the
    total's class, as the module says; the figures as they are otherwise."""
    out = list(figures)
    for i, h in enumerate(figures):
        if h.measure != "level" or h.unit not in _UNITS or h.value < 3 \
                or not (scope := _scoped_class(h.indicator)):
            continue
        parts = _parts(figures, i, text)
        if not parts or not all("项目" in out[j].indicator for j in parts):
            continue
        if len(parts) == 2 and not all(
                any(w in out[j].indicator for w in cue_words("stage_part_stages")) for j in parts):
            continue  # two counts may add up by chance: each must name a stage (q2)
        for j in parts:
            old = out[j].indicator
            if not (stage := _stage(old, scope)):
                continue
            out[j] = replace(out[j], indicator=stage + scope)
            for k in _money_of(out, j, text, old):
                out[k] = replace(out[k], indicator=stage + scope + out[k].indicator[len(old):])
    return out


def _money_of(figures: list[Any], j: int, text: str, old: str) -> list[int]:
    """The figures of money that part ``j`` (labelled ``old``) owns: right after it, labelled
    ``old`` 总投资 ("竣工项目36个，总投资27.61亿元"), or right before it in its clause, labelled
    ``old`` and 投资 or 总投资 ("投资41亿元的13个项目竣工投产")."""
    f, own = figures[j], []
    if j + 1 < len(figures) and figures[j + 1].sentence_index == f.sentence_index \
            and figures[j + 1].indicator == old + "总投资":
        own.append(j + 1)
    if j and figures[j - 1].sentence_index == f.sentence_index \
            and figures[j - 1].indicator in (old + "投资", old + "总投资") \
            and not re.search(r"[，,；;。]", text[figures[j - 1].end:f.start]):
        own.append(j - 1)
    return own


@cache
def _sibling_part() -> re.Pattern[str]:
    """A ；-part opening with a stage's bare count of projects ("在建项目57个", "联系洽谈项目10
    个"), built once."""
    stages = alternation(cue_words("stage_part_stages", "stage_sibling_stages"))
    return re.compile(rf"\s*((?:联系)?(?:{stages})项目)[\d一二三四五六七八九十百]")


@cache
def _sibling_label() -> re.Pattern[str]:
    """A first part's label: a scope, a stage and 项目 ("千万元以上竣工项目"), built once."""
    stages = alternation(cue_words("stage_part_stages", "stage_sibling_stages"))
    return re.compile(rf"(.{{2,10}}?)((?:联系)?(?:{stages}))项目")


def _sibling_scope(label: str) -> tuple[str, str]:
    """The scope and the stage of the first part's ``label`` (<scope><stage>项目: "千万元以上竣工
    项目" → 千万元以上, 竣工), ("", "") when it is no such label."""
    m = _sibling_label().fullmatch(label)
    if not m:
        return "", ""
    scope = m.group(1)
    if _class().fullmatch(scope + "项目"):
        return scope, m.group(2)
    entered = next((w for w in cue_words("stage_sibling_scopes") if scope.endswith(w)), "")
    return (entered, m.group(2)) if entered else ("", "")  # 目前入园 → 入园


def stage_siblings(figures: list[Any], text: str) -> list[Any]:
    """``figures`` with the later stage counts of a ；-list of stages (and the money right after
    each) labelled with the first count's scope, as the module's round-87 note says; the
    figures as they are otherwise."""
    out = list(figures)
    for i, h in enumerate(figures):
        if h.measure != "level" or h.unit not in _UNITS:
            continue
        scope, stage = _sibling_scope(h.indicator)
        if not scope:
            continue
        for j in range(i + 1, len(figures)):
            f = figures[j]
            if f.sentence_index != h.sentence_index:
                break
            between = text[figures[j - 1].end:f.start]
            if "；" not in between and ";" not in between:
                continue
            part = _sibling_part().match(re.split(r"[；;]", between)[-1] + text[f.start:f.end])
            if not part or f.unit not in _UNITS or not part.group(1).endswith(f.indicator) \
                    or not f.indicator.endswith("项目") or part.group(1).endswith(stage + "项目") \
                    or any(w in between for w in cue_words("scope_words")):
                break  # another subject, a scope of its own: the list of stages ends
            old = f.indicator  # 开工项目 of 拟开工项目 (labelperiods.planned_named's, later)
            out[j] = replace(f, indicator=scope + part.group(1))
            if j + 1 < len(figures) and figures[j + 1].sentence_index == f.sentence_index \
                    and figures[j + 1].indicator == old + "总投资" \
                    and not re.search(r"[；;]", text[f.end:figures[j + 1].start]):
                out[j + 1] = replace(figures[j + 1], indicator=scope + part.group(1) + "总投资")
    return out
