"""The subject or the people a label's words name, read with jieba's tags (``labelwords.tags``;
rounds 13, 14, 16 and 30, trailing predicates and fragments; used by ``naming``):

- *the subject of two predicates joined by 、* (``joined_subject``, round 13): "酒泉经济总量
  突破千亿、" of "…突破千亿、达到1042亿元" → 酒泉经济总量; a measure after the 、 is that of
  the subject before the predicate the 、 ends: "某项目全面达产、年产值" → 某项目年产值
  (round 14, fragments);
- *a place's people counted after a number* (``people``, ``cues.people_nouns``): "易县人民
  万众一心" → 易县人民 (round 14), "江淮儿女倍感温暖" → 江淮儿女 (round 30);
- *人口 cut by its unit* (``populace``, round 16): "江水置换工程惠及27万人口" →
  江水置换工程惠及人口.

The words are data (``vocab/cues.yml``).
"""

from __future__ import annotations

import re

from workreport.extract.labelmilestone import milestone_subject
from workreport.extract.labelvocab import cue_pattern, measure_ends
from workreport.extract.labelwords import bare_verb, tags
from workreport.extract.numbers import vocab

__all__ = ["count_joined", "joined_subject", "people", "populace"]


def joined_subject(name: str) -> str:
    """The subject of two predicates joined by 、 when ``name``, the label once its trailing
    predicate is cut, ends in that 、 (round 13, trailing predicates): "酒泉经济总量突破千亿、"
    of "…突破千亿、达到1042亿元" → 酒泉经济总量, "…光伏产品出口表现突出、" of "…、增长77.6%" →
    …光伏产品出口: the words before the first verb, adverb, preposition, numeral or trailing
    cue (``cues.label_trailing``: 突破) after a noun. "" when no noun opens them ("增长、" of
    "保持40%以上增长、达357万辆") or they name a level passed (``cues.level_passed_nouns``:
    "关口、"): the figure before's subject carries over. A measure of
    ``cues.owned_measure_words`` after the 、 is that of the subject before the predicate
    (``cues.works_subject_stops``, 达产, 投产) the 、 ends: "某项目全面达产、年产值" → 某项目
    年产值 (round 14, fragments). Any other ``name`` as it is."""
    head, _, tail = name.rpartition("、")
    stops = vocab("cues")["works_subject_stops"] + ["达产", "投产"]
    at = min((k for w in stops if (k := head.find(w, 2)) > 0), default=-1)
    if at > 0 and tail in vocab("cues")["owned_measure_words"]:
        return head[:at] + tail  # "某项目全面达产、年产值" → 某项目年产值 (round 14)
    if not name.endswith("、"):
        return name
    if subject := milestone_subject(name[:-1]):
        return subject  # "一般公共预算收入首次突破百亿元、" → 一般公共预算收入 (session 61, f1)
    cues, out = vocab("cues"), []
    # (jieba's noun 保持稳定 opens with the cue 保持; a measure, 增长率, does not stop)
    opens = tuple(w for w in cues["label_trailing"] if len(w) > 1)
    for piece in tags(name[:-1]):
        verb = piece.flag[:1] in ("v", "d", "p", "m", "q", "a") and piece.flag != "vn"
        cue = piece.word in cues["label_trailing"] \
            or (piece.word.startswith(opens) and not piece.word.endswith(measure_ends("words")))
        if verb or cue or not (out or piece.flag[:1] in ("n", "j") or piece.flag == "l"):
            break
        out.append(piece.word)
    subject = "".join(out).rstrip("、")
    return "" if subject in cues["level_passed_nouns"] else subject


def count_joined(name: str, previous: str | None, before: str) -> str:
    """The label of a figure whose clause ``name`` (cleaned) goes on, after a 、, from the
    clause of the count just before it, written number first (``before``, the sentence up to
    ``name``, ends in that count): the things counted own it (session 62, f1). "新增120家企业
    入驻、增长40%" → the count's label (新增入驻企业, not 新增企业), "新增200家企业入驻园区、实现
    营业收入50亿元" → the count's label and a measure of ``cues.owned_measure_words`` or
    ``cues.money_nouns`` (not …入驻园区、营业收入). "" otherwise: no count just before, a
    clause before the 、 that does not open with a noun of ``previous`` and go on with a verb."""
    head, mark, tail = name.rpartition("、")
    if not previous or not mark or not re.search(r"\d[^\d\s，,；;、。]{0,3}$", before) \
            or re.search(r"\d", head):
        return ""
    pieces = tags(head)
    if len(pieces) < 2 or pieces[0].flag[:1] not in ("n", "j") or pieces[0].word not in previous \
            or not any(p.flag[:1] == "v" for p in pieces[1:]):
        return ""
    cues = vocab("cues")
    if not tail:
        return previous
    return previous + tail if tail in cues["owned_measure_words"] + cues["money_nouns"] else ""


def people(after: str) -> str:
    """A place's people counted after a number (``cues.people_nouns``: 人民, 儿女; not 人民群众,
    人民医院 …: ``cues.people_noun_not``), without what is said of them: "易县人民万众一心"
    of "60万易县人民万众一心" → 易县人民, "人民同心同德" → 人民 (round 14, trailing
    predicates), "江淮儿女倍感温暖" → 江淮儿女 (round 30); "" when ``after`` names no people
    in its first eight characters."""
    cues = vocab("cues")
    m = cue_pattern("people_nouns").search(after[:8])
    if not m or after.startswith(tuple(cues["people_noun_not"]), m.start()):
        return ""
    return after[:m.end()]


def populace(name: str, after: str, unit: str) -> str:
    """The label of a count of people whose unit cut the word 人口 ("28万人|口"): ``name``
    and 人口 when ``name`` ends in a reach verb (``cues.reach_verbs``) or a kind of people
    (``cues.populace_kinds``): "江水置换工程惠及27万人口" → 江水置换工程惠及人口, "覆盖农村5亿
    人口" → 覆盖农村人口; a place's that has them ("我国有13亿人口" → 我国人口, not 有口), 人口
    alone after a bare verb; "" when ``after`` is not the 口 of 人口 or ``unit`` counts no
    people (round 16, fragments)."""
    if after != "口" or not unit.endswith("人"):
        return ""
    cues = vocab("cues")
    if name.endswith(tuple(cues["reach_verbs"] + cues["populace_kinds"])):
        return name + "人口"
    place = re.sub(r"(?:现有|拥有|共有|有)$", "", name)  # (the cleaned name lost its 有)
    if place != name or re.fullmatch(r"[全我本该][国省市州县区镇乡村]", name):
        return place + "人口"  # "全镇有3万人口" → 全镇人口
    return "人口" if not name or bare_verb(name) else ""
