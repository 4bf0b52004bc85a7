"""The field a sentence's opening verb-object clause names, carried onto a bare generic act
or thing its later figures count (issue 13 §2; round 55, s55b: the development draws' scope
lost, "持续改善住房条件，危房改造59户、改善提升610户" gave 改善提升, which reads as any
improving). Used by ``labelprogramme.programmed``; the words are data (``vocab/cues.yml``,
``cues.field_opener_*``). Kept apart from a sentence's subject noun phrase (another rule).
"""

from __future__ import annotations

import re

from workreport.extract.labelaffix import segments
from workreport.extract.labelclean import strip_words
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags
from workreport.extract.numbers import vocab

__all__ = ["field_opened"]


def _generic(name: str) -> bool:
    """Whether ``name`` is made wholly of words of ``cues.field_opener_generic`` (acts such
    as 提升, 培育, 置换 and generic things such as 项目, 面积, 户), longest first, as at most
    one act then things only (``cues.field_opener_things``; round 55 review, f55b: a label
    already broken, gluing two acts or holding a thing inside, "拆除清理面积",
    "新建户改造提升户", is left as it is: "大力推进城乡环境整治，拆除违建50万平方米，清理面积
    120万平方米" gave 城乡环境整治拆除清理面积)."""
    parts = segments(name, cue_words("field_opener_generic"))
    things = cue_words("field_opener_things")
    acts = [i for i, w in enumerate(parts or ()) if w not in things]
    return parts is not None and acts in ([], [0])


def _field(lead: str) -> str:
    """The field an opening clause names: the clause less its adverbs
    (``cues.field_opener_adverbs``: 持续, 着力 …), then one verb of
    ``cues.field_opener_verbs`` (优化, 打击, 改善 …), less a tail of
    ``cues.field_opener_tails`` (结构, 条件, 布局 …): "持续改善住房条件" → 住房, "着力优化
    城乡学校布局" → 城乡学校, "严厉打击非法采矿" → 非法采矿. "" unless the verb is there and
    the field, a short quote aside, is 2 to 12 Chinese characters, opening with a noun or an
    adjective and ending in a noun, verb or adjective (not a goal: 发展, 质量, 水平 are
    ``cues.field_opener_goals``; round 55 review, f55b: nor an abstract object, 项目支撑, nor a
    vague rest, ``cues.field_opener_vague``: "优化产业结构" → "" not 产业; round 56 review,
    g56d: nor a vague word with acts only, ``_vague_act``: 资源保护; nor a goal such as 融合,
    协同, 一体化: "深入推进产业融合"), with no list, 的 or second verb phrase."""
    rest = strip_words(lead, cue_words("field_opener_adverbs"), leading=True)
    verb = next((v for v in sorted(cue_words("field_opener_verbs"), key=len, reverse=True)
                 if rest.startswith(v)), "")
    if not verb:
        return ""
    field = strip_words(rest[len(verb):], cue_words("field_opener_tails"), leading=False)
    bare = re.sub(r"“[\u4e00-\u9fff]{2,8}”", "", field)
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,12}", bare) or re.search(r"[的等和及与]", bare) \
            or bare.endswith(cue_words("field_opener_goals")):
        return ""
    pieces = tags(bare)
    if pieces[0].flag[:1] not in "nab" or pieces[-1].flag[:1] not in "nva" \
            or bare.endswith(cue_words("field_opener_vague")) or _vague_act(bare):
        return ""
    return field


def _vague_act(bare: str) -> bool:
    """Whether ``bare`` is a vague word (``cues.field_opener_vague``) followed only by acts of
    ``cues.field_opener_vague_acts`` (round 56 review, g56d): "加强资源保护，治理面积2万亩"
    gave 资源保护治理面积; 资源保护, 资源节约利用 name no field."""
    vague = "|".join(map(re.escape, cue_words("field_opener_vague")))
    acts = "|".join(map(re.escape, cue_words("field_opener_vague_acts")))
    return bool(re.fullmatch(f"(?:{vague})(?:{acts})+", bare))


def field_opened(name: str, before: str, unit: str = "") -> str:
    """A label wholly of generic words (``_generic``: 改善提升, 精品培育, 扩容提质项目,
    置换面积, 搬迁户) counted in a later clause (up to the fourth) of a sentence that opens with
    a short verb-object clause naming a field (``_field``) takes the field before it:
    "持续改善住房条件，危房改造59户、改善提升610户" → 住房改善提升, "优化林果种植结构，完成
    林果调优1万亩、品质提升5万亩" → 林果品质提升, "着力优化城乡学校布局，…实施扩容提质项目
    24个" → 城乡学校扩容提质项目 (round 55, s55b); or a later item of a list in the
    opening clause whose first item is the field's act and a figure: "开展重大地质灾害隐患
    治理1884处、搬迁26216户" → 重大地质灾害隐患搬迁户. ``before`` is the sentence up to the
    number. ``name`` as it is otherwise: past a ； or ：, a label naming its own thing
    (危房改造, 地区生产总值: not wholly generic), a label already holding the field's last
    character (林果调优 after 林果), an opening clause that is a subject (项目建设加快推进) or
    a goal (推动高质量发展). Round 55 review (f55b): a field whose noun (jieba's n: 项目, not
    建设) the label already holds is not added ("强化项目支撑，新建项目120个" → 新建项目), and
    a lone act counting people in ``unit`` keeps the measure it would take bare
    (``cues.field_opener_people_units``: "严厉打击非法采砂，出动1.2万人次" → 非法采砂出动人次,
    not 非法采砂出动)."""
    if not name or re.search(r"[；;：:。！？]", before) or not _generic(name):
        return name
    clauses = re.split(r"[，,]", before)
    items = before.split("、")
    first = re.search(r"\d", items[0])
    if len(clauses) == 1 and len(items) > 1 and first:  # 开展…隐患治理1884处、搬迁26216户
        lead = items[0][:first.start()]
    elif 2 <= len(clauses) <= 4:
        lead = clauses[0]
    else:
        return name
    field = _field(lead.strip())
    if not field or field[-1] in name \
            or any(p.flag == "n" and len(p.word) > 1 and p.word in name for p in tags(field)):
        return name
    if name in cue_words("field_opener_generic") and name not in cue_words("field_opener_things"):
        people = vocab("cues")["field_opener_people_units"]
        name += people.get(re.sub(r"^[万亿千百]+", "", unit), "")
    return field + name
