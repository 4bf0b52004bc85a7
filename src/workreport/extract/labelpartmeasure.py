"""Parts after 其中 of a measured whole (round 54, s54a; the judges' "scope lost"): a part
that names a subset of the whole's thing (a group, a destination, a programme) and no
measure of its own is measured as its whole is. Used by ``labeltables.project_rows`` after
``labelcarried.subset_item``; the words are data (``vocab/cues.yml``).
"""

from __future__ import annotations

import re

from workreport.extract.labelclean import strip_words
from workreport.extract.labelvocab import measure_ends
from workreport.extract.labelwords import leading_word, tags
from workreport.extract.numbers import vocab

__all__ = ["measured_part"]

# A class of size opening a part: 过亿元, 亿元以上, 5亿元以上 (a 的 goes after the act).
_SIZED = re.compile(r"(?:超过?|过)?[\d.]*[十百千]?[万亿]元?(?:以上)?")

# The whole's clause: its noun, a verb of level or growth, its number and unit.
_WHOLE = re.compile(rf"^(?P<noun>[^\d]+?)(?:{'|'.join(vocab('cues')['part_whole_verbs'])})?"
                    r"[\d.]+[万亿千百]?(?P<unit>[^\d]*)$")
# The part's clause up to its number: its name and a verb of level or growth (both
# ``cues.part_whole_verbs``).
_PART = re.compile(rf"^其中[：:，,]?(?P<name>[^\d、]+?)"
                   rf"(?:{'|'.join(vocab('cues')['part_whole_verbs'])})?$")


def measured_part(label: str, before: str, unit: str, after: str = "") -> str:
    """The label of a part after 其中 named bare, of a whole whose noun ends in a measure of
    ``cues.part_whole_measures`` in the clause just before (round 54, s54a; scope lost):

    - a part named by nouns (a group, a destination after 对, a programme) takes the measure
      after it, in place of the whole's own owner: "全县农村居民人均可支配收入达到7500元，
      其中建档立卡贫困户达到4000元" → 建档立卡贫困户人均可支配收入; "进出口总值增长12.3%，其中
      对中亚五国增长48.1%" → 对中亚五国进出口总值; "营造林100万亩、其中南北山绿化工程20万亩"
      → 南北山绿化工程营造林;
    - a part ending in the measure (a kind of the whole's people) takes the whole's verb
      before it: "接待游客增长8%，其中入境游客111万" → 接待入境游客.

    Parts of projects and of people are ``_project_part``'s, ``_staged_part``'s and
    ``_bracket_act``'s. ``before`` is the sentence up to the number, ``unit`` the figure's,
    ``after`` the sentence after it. ``label`` otherwise:
    a part with a verb or measure of its own ("其中民间投资增长…", "其中出口增长…", "其中完成
    留抵退税…"), a list of parts, a whole in another unit but a rate of growth, or one
    naming no such measure."""
    cues = vocab("cues")
    clauses = [re.sub(r"^\d{4}年", "", c.strip())
               for c in re.split(r"[，；,;（(]", before.replace("、其中", "，其中"))]
    if len(clauses) > 2 and clauses[-2] in ("其中", "其中："):
        clauses[-2:] = [clauses[-2] + clauses[-1]]
    if got := _staged_part(label, clauses) or _bracket_act(label, before, unit, after):
        return got
    part = _PART.match(clauses[-1]) if len(clauses) > 1 else None
    if part and (got := _project_part(label, part.group("name"), clauses, unit)):
        return got
    if not part or part.group("name") != label or "的" in label \
            or label.endswith(measure_ends("lists") + tuple(cues["money_nouns"])) \
            or leading_word(label, cues["label_verbs"] + cues["label_kept_verbs"]):
        return label
    # The whole: the nearest of the three clauses before in the figure's unit or a rate of
    # growth ("…投资完成20亿元，增长41.6%，其中…12.9亿元": not the 增长 clause).
    wholes = [w for c in reversed(clauses[-4:-1]) if (w := _WHOLE.match(c.split("、")[-1]))
              and _unit(w.group("unit")) in (_unit(unit), "%")
              and not re.fullmatch(r"(?:同比|比上年)?(?:增长|下降|提高|增加)", w.group("noun"))]
    noun = strip_words(wholes[0].group("noun"), cues["label_leading"], leading=True) \
        if wholes else ""
    measure = next((m for m in sorted(cues["part_whole_measures"], key=len, reverse=True)
                    if noun.endswith(m)), "")
    if not measure or label in noun:
        return label
    if label.endswith(tuple(cues["part_own_measures"])):
        return _own_measure(label, noun, measure)
    pieces = tags(label)  # a noun last, or households (脱贫|户: jieba's count word)
    if not pieces or (pieces[-1].flag[:1] not in ("n", "j") and pieces[-1].word != "户"):
        return label
    if label.endswith(measure):
        act = noun[:-len(measure)]
        verb = tags(act)
        return act + label if len(verb) == 1 and verb[0].flag == "v" else label
    return label + measure


def _own_measure(label: str, noun: str, measure: str) -> str:
    """The label of a part after 其中 that is a measure of its own (``cues.part_own_measures``:
    收入, 出口, 支出 …), a component of its whole's measure and no group of its things (round
    54 review, f6; was "经营净收入人均可支配收入"): it names itself, and a kind of income of
    ``cues.part_income_kinds`` named bare, of a whole income owned by people, takes their owner
    and its 人均: "农村居民人均可支配收入达到1.2万元，其中经营净收入5000元" → 农村居民人均经营
    净收入. ``label`` otherwise: a part of another measure (出口, 税收收入), a part with an owner
    of its own ("其中建档立卡贫困户人均纯收入"), or an owner ending in no noun."""
    owner = noun[:-len(measure)]
    pieces = tags(owner) if owner else ()
    if label not in vocab("cues")["part_income_kinds"] or not measure.endswith("收入") \
            or (owner and (pieces[-1].flag[:1] not in ("n", "j") or "的" in owner)):
        return label
    return owner + ("人均" if measure.startswith("人均") else "") + label


def _unit(unit: str) -> str:
    """A unit with its 万 or 亿 and its 以上 or 左右 aside: 万亩以上 → 亩."""
    return re.sub(r"^[万亿千百]+|(?:以上|左右|多|余)$", "", unit.strip())


def _project_part(label: str, name: str, clauses: list[str], unit: str) -> str:
    """The label of a part after 其中 named by a kind of project (``name``: 省市级重点项目, a
    class 招商类), of a whole of projects counted in the same unit whose clause opens with an
    act of ``cues.part_project_acts``: the part keeps the act (round 54, s54a; the judges'
    act lost): "引荐项目76个，其中招商类35个" → 引荐招商类项目; "竣工、在建项目63个，其中过亿元
    项目15个" → 竣工、在建的过亿元项目 (a year before the part stays in front). "" when the part
    names an act of its own, is no kind of project, or no such whole is there."""
    cues = vocab("cues")
    year = label[:len(label) - len(name)] if label.endswith(name) else None
    if year is None or not re.fullmatch(r"(?:\d{4}年)?", year) \
            or leading_word(name, cues["label_verbs"] + cues["label_kept_verbs"]):
        return ""
    wholes = [w for c in reversed(clauses[-4:-1]) if (w := _WHOLE.match(c.split("，")[-1]))
              and _unit(w.group("unit")) == _unit(unit)]
    noun = strip_words(wholes[0].group("noun"), cues["label_leading"]
                       + cues["running_total_words"], leading=True) if wholes else ""
    act = leading_word(noun, cues["part_project_acts"])  # not 实施: its whole's label drops it
    if not act or not noun.endswith("项目") or act in name \
            or not re.fullmatch(r"[^\d、]{1,10}(?:项目|类)", name) or name == noun[len(act):]:
        return ""
    kind = name + "项目" if name.endswith("类") else name
    sized = _SIZED.match(kind)
    joint = "的" if "、" in act or (sized and sized.end() > 1) else ""
    return year + act + joint + kind


# A part of a 其中 list counted bare: "洽谈项目46项" (its number and count word).
_LISTED = re.compile(r"[^\d，；：、]{1,12}?[\d.]+[万亿千百]?[^\d，；、]{1,3}")


def _staged_part(label: str, clauses: list[str]) -> str:
    """The label of a part of a 其中 list named by a stage of its projects (签约项目, 竣工项目:
    a verb of its own), of a whole whose projects are named by their scope and a head of
    ``cues.part_scope_heads`` (合作项目): the part keeps the scope, as a part named by nouns
    does (round 54, s54a; the judges' scope lost on some parts of a list): "推进京津冀协同发展
    合作项目125项，其中洽谈项目46项，签约项目20项" → 京津冀协同发展合作签约项目. "" otherwise."""
    cues = vocab("cues")
    k = len(clauses) - 1  # the 其中 clause: this one, or the first of the bare parts before
    if not clauses[k].startswith("其中"):
        k -= 1
        while k > 0 and _LISTED.fullmatch(clauses[k]) and not clauses[k].startswith("其中"):
            k -= 1
    stage = re.fullmatch(r"(?:其中[：:]?)?(?P<stage>[^\d、]{2,3}项目)", clauses[-1])
    whole = _WHOLE.match(clauses[k - 1]) if k > 0 and clauses[k].startswith("其中") else None
    if not stage or stage.group("stage") != label or not whole:
        return ""
    noun = strip_words(whole.group("noun"), cues["label_leading"] + cues["running_total_words"],
                       leading=True)
    noun = noun[len(leading_word(noun, cues["part_scope_acts"])):]
    head = next((h for h in cues["part_scope_heads"] if noun.endswith(h)), "")
    if not head or len(noun) <= len(head) or label[:-2] in noun:
        return ""
    return noun[:-2] + label


# People counted bare before a bracket that holds the part: "17714户53748人（其中贫困人口".
_BRACKETED = re.compile(r"[\d.]+[万千百]?[人户名]（其中(?P<name>[^\d，、（）]{2,10})$")
# The act after the bracket, to the end of its clause: "）迁入新居，…".
_ACT_AFTER = re.compile(r"^[^\d，、）]{0,3}）(?P<act>[^\d，,；;。（）、]{2,8})(?:[，,；;。]|$)")


def _bracket_act(label: str, before: str, unit: str, after: str) -> str:
    """The label of people after 其中 in a bracket that follows a whole of people counted
    bare, the act after the bracket being what the whole did (round 54, s54a; the judges'
    act lost): "17714户53748人（其中贫困人口31850人）迁入新居" → 迁入新居的贫困人口. "" when
    the part names no noun, the whole a noun after its number ("5万名群众（其中…"), or no
    verb opens the act right after the bracket."""
    bracket = _BRACKETED.search(before)
    act = _ACT_AFTER.match(after)
    if not bracket or not act or bracket.group("name") != label \
            or _unit(unit) not in ("人", "户", "名") or not (pieces := tags(label)) \
            or pieces[-1].flag[:1] not in ("n", "j") \
            or tags(act.group("act"))[0].flag != "v":
        return ""
    return act.group("act") + "的" + label
