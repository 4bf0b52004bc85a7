"""Parts after 其中 of a whole counted with an act (round 53, s53c; the judges' "scope
lost"): a part counts the same act on a subset of those the whole counts, so its label keeps
the act. Round 62 (r62b): a part named by its own act, grade or place is the whole narrowed
(``subset_act``, ``placed_part``), and money right after a part's count is that part's
(``part_owned``, used by ``labeltables``). Used by ``labelsubsetpart.subset_part``; the
words are data (``vocab/cues.yml``).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelpicked import run_on, served_noun
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import ending_word, leading_word, owned_by, tags
from workreport.extract.numbers import vocab

__all__ = ["acted_part", "part_owned", "people_part", "placed_part", "served_part", "subset_act",
           "whole_act"]

# A whole after 为 written with a noun after its number and no count word ("为80万重点群体
# 提供就业帮扶"): the noun and the act run on after the number.
_SERVED_NOUN = re.compile(r"为[\d.]+[万千百]?(?P<rest>[^\d，,；;、人名户家个]"
                          r"[^\d，,；;、]{3,21})$")


def served_part(part: str, clause: str, counted: str) -> str:
    """The label of a part after 其中 of people a whole after 为 served, the whole counted
    with a noun after its number and no count word (round 53, s53c; scope lost): "为80万
    重点群体提供就业帮扶，其中离校未就业高校毕业生6万人、退役军人1万人" → 获得就业帮扶的离校未
    就业高校毕业生, 获得就业帮扶的退役军人 (``labelpicked.served_noun`` on the act after the
    noun). ``clause`` is the clause before 其中, ``counted`` the part's count word (人, 户).
    "" when the part counts no people, or the clause no such whole (a count word after the
    number: "为60万人提供…", ``labelsubsetpart._SERVED``'s) or act."""
    m = _SERVED_NOUN.search(clause)
    if counted not in ("人", "户") or not m:
        return ""
    noun, act = run_on(m.group("rest"))
    return served_noun(part, act) if act and noun else ""


def acted_part(part: str, whole: str, counted: str) -> str:
    """The label of a part after 其中 of people whose act a whole counts, the whole opening
    with a verb of new counts and ending in the act (``cues.subset_people_acts``: 就业, 创业)
    (round 53, s53c; the part is those of the whole who found jobs, not new people): "新增
    城镇就业5.6万人，其中高校毕业生2.1万人" → 新增城镇就业的高校毕业生 (not 新增高校毕业生).
    ``whole`` is the whole's noun with its verb, ``counted`` the part's count word. "" when
    the part counts no people or ends in no noun, or the whole ends in no such act."""
    last = tags(part)[-1:]
    if counted != "人" or not last or last[0].flag[:1] not in ("n", "j") \
            or not whole.endswith(tuple(vocab("cues")["subset_people_acts"])):
        return ""
    return f"{whole}的{part}"


def people_part(part: str, whole: str, kind: str, counted: str) -> str:
    """The label of a part after 其中 of people, named by a noun of its own, of a whole of
    people an act counts (round 71, w2; the development draw's 'scope lost': the part is
    those of the whole, not all such people): "征集义务兵739人，其中大学生459人" → 征集义务兵
    中的大学生 (not 大学生: all the county's students). ``kind`` is the part's label so far
    (``labelsubsetpart._kind_of_whole``, round 21), kept when it took words of the whole
    already; ``whole`` is the whole's noun, opening with an act of ``cues.people_part_acts``
    (征集, 招聘); ``counted`` the part's count word (人). ``kind`` otherwise: a whole with no
    such act (常住人口…，其中城镇人口), a part sharing the whole's last character (a kind of
    it: 人口, 人员), a part of more than six characters or not a noun."""
    last = tags(part)[-1:]
    if kind != part or counted != "人" or not whole.startswith(cue_words("people_part_acts")) \
            or len(part) > 6 or len(whole) < 4 \
            or part[-1:] == whole[-1:] or not last or last[0].flag[:1] not in ("n", "j") \
            or re.search(r"[、“”（）()的]", whole + part):
        return kind
    return f"{whole}中的{part}"


@cache
def _acts() -> tuple[str, ...]:
    """The acts that make or change the things a whole counts (``cues.label_verbs``,
    ``cues.label_kept_verbs``, ``cues.list_shared_verbs``), less the fillers that open
    labels (``cues.label_leading``: 完成, 实施), longest first."""
    cues = vocab("cues")
    words = set(cues["label_verbs"] + cues["label_kept_verbs"] + cues["list_shared_verbs"])
    return tuple(sorted(words - set(cues["label_leading"]), key=len, reverse=True))


def whole_act(noun: str) -> str:
    """The act opening a whole's noun (round 62, r62b): one of ``_acts`` or a verb of jieba's
    of two characters or more (评定), followed by words ending in a noun: "认定高新技术企业"
    → 认定, "整治黑臭水体" → 整治; "" otherwise (城区停车位, 新建 alone), and (round 62 review,
    k62b) for the first word of a compound noun: a listed act inside one word of jieba's
    (服务中心), or a verb of jieba's (or a listed one jieba tags vn) before one word only
    (加工企业, 创新平台, 扶贫车间, 培训机构)."""
    pieces = tags(noun)
    ends = {sum(len(p.word) for p in pieces[:i + 1]) for i in range(len(pieces))}
    act = next((a for a in _acts() if noun.startswith(a) and len(a) in ends), "")  # 服务中心
    listed = bool(act)  # a listed act's thing may end in a word jieba tags otherwise (充电|桩)
    if not act and pieces and pieces[0].flag in ("v", "vn") and len(pieces[0].word) > 1:
        act = pieces[0].word
    rest = noun[len(act):]
    words = tags(rest) if len(rest) > 1 and not re.search(r"[、“”（）()的]", rest) else ()
    last = words[-1:]
    if not act or not last or rest.startswith(act) or not (
            last[0].flag[:1] in ("n", "j") or (listed and last[0].flag[:1] in ("q", "x", "g"))):
        return ""
    if len(words) == 1 and (not listed or (pieces[0].word == act and pieces[0].flag == "vn")):
        return ""  # a compound noun, no act (round 62 review, k62b): 加工企业, 培训机构
    return act


def subset_act(item: str, label: str, noun: str) -> str:
    """The label of a part after 其中 named by its own act or by a grade alone, of a whole
    whose noun opens with an act (``whole_act``) (round 62, r62b; the part's label is the
    whole's narrowed by the item): an act (one of ``_acts`` or a verb of jieba's, after a
    time of jieba's t or 新, 已) replaces the whole's: "认定高新技术企业120家，其中新认定
    45家" → 新认定高新技术企业 (not 认定高新技术企业新认定), "累计建成污水管网320公里，其中
    今年新建80公里" → 新建污水管网 (今年 goes as a leading word); a grade (``label``, the
    grade's noun already: 五星级农家乐) goes after the whole's act: "评定星级农家乐30家，其中
    五星级5家" → 评定五星级农家乐. "" when ``item`` is neither, the whole opens with no act,
    the act is the whole's own, either act changes a stock (``cues.part_act_changes``: "新增
    高标准农田…，其中春季建设…" keeps 春季建设的新增高标准农田, ``labelparts.act_part``'s),
    the part's act is a stage (``cues.part_act_stages``: 已开工) of a whole's act that
    is no stage (round 62 review, k62b: "签约项目85个，其中已开工52个" is no
    已开工项目; 建成…，其中已交付 → 已交付保障房 still), or ``label`` holds words of
    neither the act nor the whole (the part's own noun after its number: "改造危旧桥梁
    200座，其中增加90座桥梁通双车道" → 增加通双车道桥梁 stays)."""
    act = whole_act(noun)
    if not act:
        return _unacted_part(item, label, noun)
    own = next((a for a in _acts() if item.endswith(a)), "")
    last = tags(item)[-1:]
    if not own and last and last[0].flag == "v" and len(last[0].word) > 1 \
            and last[0].word not in vocab("cues")["label_leading"]:
        own = last[0].word  # a verb of jieba's: 新|备案
    when = item[: len(item) - len(own)]
    timed = not when or re.fullmatch(r"(?:新|已|已经)", when) or (
        all(p.flag == "t" for p in tags(when)) and not re.search(r"\d", when))
    changes = vocab("cues")["part_act_changes"]  # a whole of new ones stays new: 新增
    stages = vocab("cues")["part_act_stages"]  # 签约项目…，其中已开工: no 已开工项目
    if own and timed and item != act and label.replace(item, "", 1) in noun \
            and act not in changes and own not in changes \
            and (own not in stages or act in stages):
        return item + noun[len(act):]
    pieces = tags(item)
    grade = item.endswith("级") or (len(pieces) == 1 and pieces[0].flag == "b")
    if grade and label.startswith(item) and label != item and not label.startswith(act):
        return act + label
    return ""


def _unacted_part(item: str, label: str, noun: str) -> str:
    """The label of a part after 其中 named by a new act or a grade alone, of a whole whose noun
    opens with no act (round 62 review, k62b; the whole's first word lost): the item goes
    before the whole noun: "扶贫车间120个，其中新建45个" → 新建扶贫车间 (was 扶贫车间新建),
    "创新平台86个，其中国家级6个" → 国家级创新平台 (was 国家级平台). "" when the item is
    neither (a new act: ``cues.label_verbs`` after nothing, 新 or 已), the noun has a grade
    of its own (省级以上…企业) or opens with a listed act, or ``label`` holds words that are
    not the item's or the end of the noun."""
    cues = vocab("cues")
    opener = leading_word(item, cue_words("unacted_part_openers"))  # 新, 已经, 已
    acted = {item, item[len(opener):]} & set(cues["label_verbs"])
    graded = item.endswith("级")
    tail = label[len(item):] if label.startswith(item) else None
    if label == noun + item:  # 扶贫车间新建
        tail = ""
    if len(noun) < 2 or re.search(r"[、“”（）()的]", noun) or not (acted or graded) \
            or tail is None or not noun.endswith(tail) or tail == noun \
            or (graded and (not tail or "级" in noun)) \
            or any(noun.startswith(v) for v in cues["label_verbs"]):
        return ""
    lead = noun[: len(noun) - len(tail)] if graded and tail else ""
    if lead in cues["joint_levels"]:  # 省市重点项目…，其中省级 → 省级重点项目 (session 62, f3)
        return item + tail
    if lead in cues["generic_long_verbs"]:  # 列入重点项目…，其中省级 → 列入省级重点项目
        return lead + item + tail
    return item + noun


def placed_part(place: str, noun: str) -> str:
    """A place or group word alone after 其中 (``cues.subset_part_words``: 城区, 农村) goes
    before the whole's noun, after its act (round 62, r62b): "整治黑臭水体12条，其中城区8条"
    → 整治城区黑臭水体 (was 城区整治黑臭水体); before the whole otherwise (城区停车位 → 城区
    城区停车位 is not written: ``place`` + ``noun``)."""
    act = whole_act(noun)
    return act + place + noun[len(act):] if act else place + noun


def part_owned(label: str, previous: str | None, before: str, dimension: str) -> str:
    """A bare amount of money (``label`` ends in ``cues.money_nouns`` or 额: 协议投资额, 合同
    金额) in the clause right after a count opened by 其中 is that part's, so its label is
    the count's (``previous``) as owner (round 62, r62b; the part's money read as the
    whole place's): "全年共引荐项目76个，其中招商类35个，协议投资额217亿元" → 引荐招商类
    项目协议投资额, as ``naming`` owns a listed money noun (引荐招商类项目总投资). ``before`` is
    the sentence up to the number; ``label`` as it is when its clause holds more than it (a
    number, other words), the clause before is no count after 其中, or ``previous`` is a rate."""
    clauses = re.split(r"[，,、；;]", before)
    own = _unverbed(clauses[-1].strip(), "part_owned_verbs")
    money = (*vocab("cues")["money_nouns"], "额")
    if dimension != "money" or not previous or len(clauses) < 2 or own != label \
            or not label.endswith(money) or previous.endswith(("率", "比重", *money)) \
            or label in previous or not re.fullmatch(
                r"其中[：:]?[^\d，、]{1,12}?[\d.]+[万千百]?[个家项批宗件](?:以上|左右|多|余)?",
                clauses[-2].strip()):
        return label
    return owned_by(previous, label)


def _unverbed(text: str, key: str) -> str:
    """``text`` without the longest word of ``cues.<key>`` ending it (part_owned_verbs: 达到,
    共计)."""
    return text[: len(text) - len(ending_word(text, cue_words(key)))]
