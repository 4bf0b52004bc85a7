"""What a part named after 其中 keeps of its whole's clause (issue 13 §2; round 14, the
stricter audit: a subset's scope or verb lost; split from ``labelcarried`` in round 76, tidy;
used by ``labelcarried.subset_item``).

A part after 其中 keeps its whole's verb, scope or measure (``subset_part``): "新设经营主体
30.8万户，其中企业8.4万户" → 新设企业; "新建充电桩3万个，其中农村1.2万个" → 农村新建充电桩;
a part that names a kind of its whole's things keeps the words that say which of them the
whole counts (round 21): "入驻企业150家，其中规上工业企业62家" → 入驻规上工业企业. The words
are data (``vocab/cues.yml``).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelclean import strip_words
from workreport.extract.labellists import shared_verb
from workreport.extract.labelpartacts import acted_part, placed_part, served_part, subset_act
from workreport.extract.labelpartacts import people_part as _people_part
from workreport.extract.labelpicked import served_noun
from workreport.extract.labelvocab import cue_words, measure_ends
from workreport.extract.labelwords import bare_unit, ending_word, leading_word, tags
from workreport.extract.nonfigures import classifiers
from workreport.extract.numbers import vocab

__all__ = ["PARENT", "counted_as", "subset_part"]


# A whole written noun first, its count ending the clause ("新设经营主体30.8万户"; ``_whole``);
# also the figure before a carried measure (``labelcarried.carried_measure``).
PARENT = re.compile(r"(?P<noun>[^\d]*?)\d[\d.]*(?P<unit>[万亿千百]*[^\d万亿千百以左多余、]{0,3})"
                    r"(?:以上|左右|多|余)?$")


@cache
def _parent_first() -> re.Pattern[str]:
    """A whole written number first: "引进留用5000名银龄人才" (round 15)."""
    return re.compile(rf"(?P<verb>[^\d]*?)\d[\d.]*(?P<unit>[万亿千百]*"
                      rf"{classifiers('个家所座项处条名人户间套栋台辆件')})(?:以上|左右|多|余)?"
                      r"(?P<noun>[^\d]{2,12})$")


def _whole(clause: str) -> tuple[str, str, str] | None:
    """The noun (with its verb), unit and clause of a whole a 其中 part is of, written noun
    first ("新设经营主体30.8万户") or number first ("引进留用5000名银龄人才" → 引进留用银龄
    人才, 名), or None. A heading before a colon is no part of it ("年度目标：引进留用…",
    round 19)."""
    clause = re.split(r"[：:]", clause)[-1]
    if m := PARENT.search(clause):
        return m.group("noun"), m.group("unit"), clause
    if m := _parent_first().search(clause):
        return m.group("verb") + m.group("noun"), m.group("unit"), clause
    return None


def subset_part(label: str, before: str, unit: str) -> str:
    """A part named after 其中 keeps what its whole's clause says of it (round 14, the
    stricter audit: a subset's scope or verb lost). ``before`` is the sentence up to the
    number; the whole is the nearest of the three clauses before "其中…" counted in the
    figure's own ``unit`` (its 万 or 亿 aside), else the clause just before:

    - a place or group word alone (``cues.subset_part_words``) names a part, not the thing
      counted: "新建充电桩3万个，其中农村1.2万个" → 农村新建充电桩;
    - a verb that makes the whole's count new or says what was done to it (the verbs a list
      shares: ``shared_verb``) is the part's too: "新设经营主体30.8万户，其中企业8.4万户" →
      新设企业, with the whole's measure when the part names none ("新增铁路里程1.97万公里，
      其中高速铁路8951公里" → 新增高速铁路里程: ``cues.subset_measure_tails``), and a
      part named by nouns alone takes that measure with no verb ("营业收入50亿元，其中食品
      产业30亿元" → 食品产业营业收入);
    - a generic head (``cues.subset_generic_heads``: 站点, 网点) is the whole's things, named
      as the whole names them: "改造提升城市驿站800家，其中24小时开放站点50个" → 24小时开放
      城市驿站 (counts in units of ``cues.subset_count_units`` may differ here only);
    - the host the whole's things are in, when the part names the same things
      (``cues.host_words``): "入驻园区企业达120家，其中规模以上工业企业40家" → 入驻园区规模
      以上工业企业.

    A comma after 其中 changes nothing ("其中，规模以上工业企业40家", round 16). A part with a
    verb or measure of its own ("其中新登记注册企业增长…", "…普及率") stays. Used by
    ``labelcarried.subset_item``."""
    cues = vocab("cues")
    clauses = re.split(r"[，；,;（(]", before)  # "新建充电桩3万个（其中农村…"
    if len(clauses) > 2 and clauses[-2].strip() in ("其中", "其中："):
        # "…，其中，规模以上工业企业50家": the comma after 其中 is no break (round 16).
        clauses[-2:] = [clauses[-2].strip() + clauses[-1]]
    if len(clauses) < 2 or not clauses[-1].startswith("其中") or not label:
        return label
    items = clauses[-1][2:].lstrip("：:")  # "其中：企业…"
    item = re.sub(r"\d.*$", "", items.rsplit("、", 1)[-1]) if "、" in items else items
    item = strip_words(item, cues["label_leading"], leading=True)  # 各类, 全县 …
    if label != item and "、" not in items and label == (reached := re.sub(r"达到?$", "", item)):
        item = reached  # "其中设施蔬菜达7万亩": the name before 达 (round 53, s53c; not a list's)
    # The whole: the nearest clause before counted in the figure's unit ("招引项目142个，总投资
    # 350亿元，其中亿元以上项目37个"), else the clause just before.
    wholes = [w for c in reversed(clauses[-4:-1]) if (w := _whole(c))]
    # A whole's count before its money in the clause just before: "谋划入库项目58个、总投资
    # 512亿元，其中…" (round 31, rs; not a count clauses before: "拆除村庄28个、…，腾退土地…").
    counts = [w for c in clauses[-2:-1] if "、" in c
              and (w := _whole(c.split("、")[0])) and not re.search(r"[\d、]", w[0])]
    whole = next((w for w in wholes + counts if counted_as(w[1]) == counted_as(unit)),
                 wholes[0] if wholes and wholes[0][2] == clauses[-2] else None)
    units = {counted_as(u) for u in (whole[1] if whole else "", unit)}
    if item == label and (got := served_part(label, clauses[-2], counted_as(unit))):
        return got  # "为80万重点群体提供就业帮扶，其中退役军人1万人" (round 53, s53c)
    noun = strip_words(whole[0].strip(), cues["label_leading"] + cues["running_total_words"]
                       + cues["total_drops_not_verbs"], leading=True) if whole else ""
    noun = noun[: len(noun) - len(ending_word(noun, cue_words("subset_whole_verbs")))]  # 发展到
    if whole and len(units) == 1 and (got := subset_act(item, label, noun)):
        return got  # "…120家，其中新认定45家" → 新认定高新技术企业 (round 62, r62b)
    if whole and len(units) == 1 and item.endswith("的") and item[:-1] == label \
            and (got := _picked_of_whole(label, noun)):
        return got  # "新建学校20所，其中总投资超亿元的3所" → 新建总投资超亿元的学校 (s60, f2)
    if not item or item not in label or not whole or (
            len(units) > 1 and not units <= set(cues["subset_count_units"])):
        return label
    if item == label and (served := _SERVED.search(whole[2])) \
            and served.group("unit").strip("万千百") \
            and counted_as(served.group("unit")) == counted_as(unit):
        # Those a whole after 为 served: the part got what they got (round 20): "为60万人
        # 提供就业帮扶，其中退役军人1万人" → 获得就业帮扶的退役军人.
        return served_noun(label, served.group("act")) or label
    verb = shared_verb(noun)
    own = leading_word(label, cues["label_verbs"] + cues["label_kept_verbs"])
    bare = not own and not label.endswith(measure_ends("lists") + tuple(cues["money_nouns"]))
    shared = verb + label if verb and bare and label == item else label
    if re.search(r"[“”]", noun) and not re.search(r"[、（）()]", noun):
        # The whole's verb over the parts of a quoted whole or of one counted in another
        # count unit (round 15): "建设农村“水盆子”684个，其中水库5座" → 建设水库.
        return shared
    if len(noun) < 2 or re.search(r"[、“”（）()]", noun):
        return label
    if label == item and item in cues["subset_part_words"]:
        return placed_part(item, noun)  # "…其中农村1.2万个" → 新建农村充电桩 (round 62)
    generic = next((h for h in cues["subset_generic_heads"] if label.endswith(h)), "")
    counted = strip_words(noun, cues["label_verbs"] + cues["label_kept_verbs"], leading=True)
    if generic and label == item and counted != noun and not counted.endswith(generic):
        return label[:-len(generic)] + counted  # "24小时开放站点" → 24小时开放城市驿站
    if len(units) > 1:
        return shared
    tail = next((t for t in sorted(cues["subset_measure_tails"], key=len, reverse=True)
                 if noun.endswith(t) and t not in label), "")
    if verb and bare and label == item and (got := acted_part(label, noun, counted_as(unit))):
        return got  # "新增城镇就业5.6万人，其中高校毕业生…" → 新增城镇就业的… (round 53)
    if verb and bare:  # "新设经营主体…，其中企业…" → 新设企业
        kind = _of_kind(label, counted)
        if kind == label and label == item and not tail and len(units) == 1:
            kind = _kind_of_whole(label, counted, unit)  # 新建城市公园…，其中口袋公园 (r21)
        return verb + kind + tail
    if tail and bare and label == item and not (tail.endswith("面积") and label.endswith("地")) \
            and all(p.flag[:1] in ("n", "j") for p in tags(label)):  # 工业用地 is an area
        return label + tail  # "全社会固定资产投资完成20亿元，其中国有经济…" → 国有经济投资
    host = max((h for h in cues["host_words"] if h in noun), key=len, default="")
    head = noun[noun.rindex(host) + len(host):] if host else ""
    if head and label == item and label.endswith(head) and not label.startswith(noun[:2]):
        return noun[:len(noun) - len(head)] + label  # 入驻园区规模以上工业企业
    if bare and label == item and (rest := _head_rest(label, counted)):
        return label + rest  # "…省市重点项目26项（其中省重点4项" → 省重点项目 (round 19)
    if bare and label == item and not len(units) > 1:
        return _people_part(label, noun, _kind_of_whole(label, noun, unit), counted_as(unit))
    if own and label == item and len(units) == 1 \
            and (got := _kind_of_whole(label, noun, unit)) != label \
            and _sided_nouns(got[:len(got) - len(label)]):
        # A part opening with a verb of its kind, of a whole named by nouns alone that opens
        # with a place's side (round 33, sa): "市外招商引资项目50个，其中签约项目30个" → 市外
        # 招商引资签约项目 (not the whole's own kind alone: "招商引资项目…，其中签约项目").
        return got
    return label


def _picked_of_whole(label: str, noun: str) -> str:
    """The label of a part after 其中 named only by a clause and 的 before its count, no noun
    of its own (session 60, f2, from the review's 'other thing': "新建学校20所，其中总投资超亿元
    的3所" gave 总投资超亿元, the schools lost): the clause picks out which of its whole's things
    (``noun``, its verb kept: 新建学校) are counted → 新建总投资超亿元的学校. "" when the whole
    names no thing after its verb (a noun of jieba's last) or the clause holds a verb of the
    whole's act itself, or the whole's things (round 82 review, r1: "完成造林10万亩，其中人工
    造林的6万亩" gave 人工造林的造林; 人工造林 as before)."""
    verb = shared_verb(noun)
    things = noun[len(verb):]
    pieces = tags(things)
    if len(things) < 2 or not pieces or pieces[-1].flag[:1] not in ("n", "j") \
            or pieces[0].flag[:1] in ("v", "p", "d", "c", "r", "m", "u") \
            or re.search(r"[、“”（）()的]", things) or (verb and verb in label) \
            or things in label:  # "完成造林…，其中人工造林的6万亩" (round 82 review, r1)
        return ""
    return f"{verb}{label}的{things}"


def _kind_of_whole(part: str, whole: str, unit: str) -> str:
    """A part counted after 其中 that names a kind of its whole's things (the same last
    words, two characters or more: 企业, 项目, 人口) keeps the words that say which of them
    the whole counts (round 21, the audit's scope lost): "入驻企业150家，其中规上工业企业62家"
    → 入驻规上工业企业; "搬迁人口1.9万名，其中建档立卡贫困人口…" → 搬迁建档立卡贫困人口. Only
    for things counted (``cues.subset_kind_units``), not a level, class or scope of a whole
    that the part names otherwise ("县级以上重点项目…，其中省市级重点项目", "年产值超千万的
    企业…", "全社会用电量…") nor a filler; ``part`` otherwise. People of a kind that the
    whole's act (a verb and a verbal object) reached go after its verb (带动脱贫人口就业)."""
    cues = vocab("cues")
    if (size := _SIZE_CLASS.match(part)) and len(part) > size.end() + 1:
        # A class of size is no digit of a name: "谋划入库项目…，其中10亿元以上项目9个" →
        # 入库的10亿元以上项目 (round 31, rs: the part keeps its whole's scope).
        kind = _kind_of_whole(part[size.end():], whole, unit)
        return kind[: len(kind) - len(part) + size.end()] + "的" + part \
            if kind != part[size.end():] and "的" not in kind else part
    common = 0
    while common < min(len(part), len(whole)) and part[-1 - common] == whole[-1 - common]:
        common += 1
    words = strip_words(whole[:len(whole) - common], cues["label_leading"]
                        + cues["running_total_words"] + cues["subset_kind_fillers"],
                        leading=True)
    pieces, people = tags(whole), counted_as(unit) in ("人", "户")
    if common < 2 and people and len(pieces) > 1 and pieces[0].flag == "v" \
            and all(p.flag[:1] == "v" for p in pieces[1:]) \
            and pieces[0].word not in cues["label_leading"] + cues["subset_kind_fillers"] \
            and (last := tags(part)[-1:]) and last[0].flag[:1] in ("n", "j"):
        # Those of a kind the whole's act reached: "带动就业3600人，其中脱贫人口800人" →
        # 带动脱贫人口就业 (an act, not a noun: "征集义务兵…，其中大学生…" stays 大学生,
        # as round 14's phrasing row has it).
        return pieces[0].word + part + whole[len(pieces[0].word):]
    if common < 2 or counted_as(unit) not in cues["subset_kind_units"] or not words \
            or words in part or re.search(r"[\d的、“”（）()《》]", words + part) \
            or any(w in words for w in cues["subset_kind_classes"] + cues["scope_words"]
                   + cues["own_scope_openers"]) \
            or any((p.word in cues["subset_kind_levels"] and not _sided(words, i))
                   or p.word.endswith(("级", "以上")) for i, p in enumerate(tags(words))) \
            or not all(p.flag[:1] in ("n", "v", "j", "b", "a") or p.flag in ("zg", "ng", "vg")
                       or p.flag == "s" or _sided(words, i - 1)  # 省外, 市|外 (round 33)
                       for i, p in enumerate(tags(words))):  # 入|园 (a morpheme; round 23)
        return part
    # words the part opens with already are not said twice: 高层次银龄 + 银龄科技人才 →
    # 高层次银龄科技人才 (round 23 merge)
    said = max((k for k in range(2, min(len(words), len(part)) + 1)
                if words.endswith(part[:k])), default=0)
    return words[:len(words) - said] + part


def _sided(words: str, i: int) -> bool:
    """Whether jieba's word ``i`` of ``words`` is a place with its side after it (省|外, 市|外:
    the place is no level of the part; round 33, sa)."""
    pieces = tags(words)
    return 0 <= i < len(pieces) - 1 and pieces[i].word in ("省", "市", "县", "区", "境") \
        and pieces[i + 1].flag == "f" and pieces[i + 1].word == "外"


def _sided_nouns(words: str) -> bool:
    """Whether ``words`` are nouns alone with a place's side among them (省外招商引资)."""
    pieces = tags(words)
    return all(p.flag[:1] in ("n", "j") or p.flag in ("f", "s") for p in pieces) \
        and any(p.flag == "s" or _sided(words, i) for i, p in enumerate(pieces))


# A class of size opening a part: "10亿元以上", "5000万元及以上" (round 31, rs).
_SIZE_CLASS = re.compile(r"(?:[\d.]+|[一二三四五六七八九十百千]+)[万亿]*元(?:及)?以上")


# A whole of those served, after 为, and what was done for them (round 20).
_SERVED = re.compile(r"为[\d.]+(?P<unit>[万千百]?[人名户家])(?P<act>[^\d，,；;]{2,16})$")


def counted_as(unit: str) -> str:
    """``unit`` without 万 or 亿, people counted in 名 or 位 as in 人 (round 20: "引进留用
    5000名银龄人才，其中银龄教师3000人")."""
    bare = bare_unit(unit)
    return "人" if bare in ("名", "位") else bare


def _head_rest(part: str, whole: str) -> str:
    """The head noun of ``whole`` that a part names by its modifier alone, the part ending in
    a word of the whole that the head follows (round 19, the audit's "scope lost": the class
    named in an earlier clause): ("省重点", "省市重点项目") → 项目; "" when the part ends as
    the whole does ("签约项目" of 招商引资项目), is longer than five characters or shares the
    word that opens the whole, or no such head (a noun of two to four characters) follows."""
    for k in range(len(part) - 1, 1, -1) if len(part) <= 5 else ():
        at = whole.find(part[-k:])
        if at == 0:  # the word opens the whole: its head, not a modifier (减免税费, 农民工总量)
            return ""
        if at > 0:
            rest = whole[at + k:]
            ok = 1 < len(rest) <= 4 and all(p.flag[:1] in ("n", "j") for p in tags(rest))
            return rest if ok else ""
    return ""


def _of_kind(part: str, whole: str) -> str:
    """A part named by its sector and the head noun of its whole, the whole being of a kind:
    the part keeps the kind (round 17, the audit's leftover): ("制造业企业", "专精特新企业") →
    制造业专精特新企业, and a sector alone goes before the whole's head ("工业", "规上企业" →
    规上工业企业); ``part`` otherwise: no shared head of ``cues.subset_kind_heads``, a part
    that is the head alone, whose sector names a level (``cues.subset_kind_levels``) or
    holds the whole's kind already (科技型中小企业 of 科技型企业, not 科技型中小科技型企业)."""
    head = next((h for h in vocab("cues")["subset_kind_heads"] if whole.endswith(h)), "")
    if head and re.fullmatch(r"[\u4e00-\u9fff]{1,4}业", part) and not part.endswith(head):
        return whole[:-len(head)] + part + head  # "新增规上企业…，其中工业…" → 规上工业企业
    head = head if part.endswith(head) else ""
    sector = part[:-len(head)] if head else ""
    if not sector or len(whole) <= len(head) or sector in whole \
            or whole[:-len(head)].endswith(sector) or whole[:-len(head)] in sector or any(
                w in sector for w in vocab("cues")["subset_kind_levels"]):
        return part  # "…两化融合贯标试点企业14家，其中国家级…": a level (``graded``)
    return sector + whole
