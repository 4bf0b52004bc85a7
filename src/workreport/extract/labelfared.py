"""The act a list's items share, and the words around an act that go (round 24, part D, the
seed-9001 development draw: 'action verb dropped' and 'newness dropped' over a list, 'leading
filler', 'trailing predicate'). ``labellists.list_verb`` shares the verb that opens a list's
first item with its later items; a subject, an adverb or a running total before that verb
("全省高校新增…", "高质量办理…", "累计发放…") hid it, so the later items lost it
(``unprefixed``). A goal word before the act (争取, 按时) and how the things fared after the
noun (全面铺开, 全线贯通) are no part of the label (``acted``). The words are data
(``vocab/cues.yml``).
"""

from __future__ import annotations

import re

from workreport.extract.labelactkind import act_kind
from workreport.extract.labelacts import act_verbs
from workreport.extract.labelclean import strip_words
from workreport.extract.labelcommas import shared_verb
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import leading_word, tags
from workreport.extract.nonfigures import NOTE_MARK
from workreport.extract.numbers import vocab

__all__ = ["acted", "list_act", "passive_result", "unprefixed"]


def unprefixed(opener: str, previous: str) -> tuple[str, str]:
    """The list's ``opener`` from its shared verb on, and the first item's label
    ``previous`` from the same verb on, when up to six characters of a subject or manner
    stand before the verb in the opener (round 24, the seed-9001 development draw): "高质量办理
    代表建议155件、政协提案" with 办理代表建议 → 办理…; "某校新增9个博士点、硕士点"; and
    "累计发放低保资金…、特困资金" with 累计发放低保资金 → 发放…, 发放低保资金. Unchanged
    when the opener opens with its verb already or with a zone (``cues.list_zone_words``:
    "城区新建…" keeps its zone), when the words before are not whole words of jieba's, or
    when the words before are a verb and more (促成人才引进项目: 引进 is inside the
    object of 促成; one word, 提质, may be a verb), when
    ``previous`` does not carry the verb or the verb ends the first item (生态修复,
    技能培训: a noun's own act, no verb over a list)."""
    cues = vocab("cues")
    bare = opener.removeprefix("在")
    if verb := shared_verb(opener):  # 累计 went from the opener, not from the first label
        first = strip_words(previous, cues["running_total_words"], leading=True)
        return opener, first if first.startswith(verb) else previous
    if leading_word(bare, cues["list_zone_words"]):
        return opener, previous
    ends, at = {}, 0
    for p in tags(opener[:12]):
        at += len(p.word)
        ends[at] = p.flag
    flags = []
    for k in sorted(ends):  # not a verb and its object ("促成人才引进项目…": 促成|人才)
        flags.append(ends[k][:1])
        if k > 6 or not re.fullmatch(r"[\u4e00-\u9fff]+", opener[:k]) \
                or (len(flags) > 1 and "v" in flags):
            break
        verb = shared_verb(opener[k:])
        if not verb:
            continue
        first = previous
        for lead in (opener[:k], *cues["running_total_words"]):
            first = first.removeprefix(lead)
        # the verb acts on a noun after it, not a noun's own act ("生态修复1700亩、…")
        acts = first.startswith(verb) and len(first) > len(verb)
        return (opener[k:], first) if acts else (opener, previous)
    return opener, previous


def acted(name: str, unit: str, after: str = "") -> str:
    """A finished label without a manner or goal word before its act and without how its
    things fared after the noun (round 24, the seed-9001 development draw: 'leading filler',
    'trailing predicate'): "争取全年培育省级创新型企业" → 培育省级创新型企业 (a word of
    ``cues.label_goal_leading``, then ``cues.label_leading`` words, before a shared or kept
    verb; not for money, which 争取 may keep: "争取新增债券" for 亿元); "改革任务全面铺开" →
    改革任务, "某工程全线贯通投资" → 某工程投资 (``cues.label_fared_tails``, at the end or
    before a money noun; round 73 review, q3: those of ``cues.fared_tails_after_count`` only
    when they stand in ``after``'s first clause, "科研团队取得重要成果15项" keeping its 成果,
    as when a later clause writes them again). Round 25 (the seed-9001 development draw,
    'leading filler', 'trailing predicate'): a goal word of time goes before a noun too
    (``cues.label_time_leading``: "按期剩余的窑" → 剩余的窑; 争取 before funds or projects
    stays, as the judging rules accept both), a
    statement's opener ("奋斗目标是：", ``cues.label_statement_openers``) goes, and a pledge
    after the noun ("收入确保比翻两番", ``cues.label_pledge_tails``) goes; an act after a
    list is the first items' too (``list_act``, from ``after``, the sentence after the
    number)."""
    cues = vocab("cues")
    for opener in cues["label_statement_openers"]:
        name = name.split(opener, 1)[-1] if len(name.split(opener, 1)[-1]) > 1 else name
    lead = leading_word(name, cues["label_goal_leading"])
    rest = strip_words(name[len(lead):], cues["label_leading"], leading=True)
    verb = shared_verb(rest)
    if lead and ((verb and len(rest) > len(verb))
                 or (not verb and len(rest) > 2 and lead in cues["label_time_leading"])) \
            and not unit.endswith("元"):
        name = rest
    for pledge in cues["label_pledge_tails"]:
        if (at := name.find(pledge, 2)) > 0:
            name = name[:at]
    name = scoped_list_act(name, after)
    own = re.split(r"[，。；！？,;：]", after, maxsplit=1)[0]  # the count's clause after it
    for tail in cues["label_fared_tails"]:
        at = name.find(tail, 2)
        end = name[at + len(tail):] if at > 0 else None
        if end is not None and (not end or end in cues["money_nouns"]) \
                and (tail in own or tail not in cues["fared_tails_after_count"]):
            name = name[:at] + end  # round 73 review (q3): "科研团队取得重要成果15项" stays
    return passive_result(_unmannered_act(name))


def passive_result(name: str) -> str:
    """``name`` with a passive result after its counted noun made the noun's relative clause
    (round 47, s47e, the development draws' 'trailing predicate': …得到落实 after the noun):
    "惠民实事得到落实" → 得到落实的惠民实事, "困难群众基本生活得到有效保障" → 基本生活得到有效
    保障的困难群众 (the topic after the last head of ``cues.passive_result_heads`` goes with
    the result). The result is 得到, an optional manner (``cues.passive_result_manners``) and
    one of ``cues.passive_results`` ending the label, with at least two characters of noun
    before it; unchanged otherwise (a label opening with 得到 is a verb's, not a result's).
    Round 56 review (g56b): a result of ``cues.passive_results_of_topics`` (落实) is read only
    with a topic after a head ("困难群众救助政策得到落实" → 救助政策得到落实的困难群众); after
    the counted thing itself it goes, how work went ("惠民实事得到落实" → 惠民实事)."""
    cues = vocab("cues")
    manners = "|".join(cues["passive_result_manners"])
    results = "|".join(cues["passive_results"] + cues["passive_results_of_topics"])
    m = re.fullmatch(rf"(?P<noun>.{{2,}}?)(?P<result>得到(?:{manners})?(?P<r>{results}))", name)
    if not m or m["noun"].endswith(("的", "、", "和")):
        return name
    noun, topic = m["noun"], ""
    ends = [noun.rfind(h) + len(h) for h in cues["passive_result_heads"] if noun.rfind(h) >= 0]
    if ends and 2 <= len(noun) - max(ends) <= 6:
        noun, topic = noun[:max(ends)], noun[max(ends):]
    if not topic and m["r"] in cues["passive_results_of_topics"]:
        return noun
    return f"{topic}{m['result']}的{noun}"


def _unmannered_act(name: str) -> str:
    """``name`` without a manner word between its noun and the act ending it (round 39, the
    development draws' 'trailing predicate': …有序推进 after the noun): "乡村旅游重点片区有序
    建设" → 乡村旅游重点片区建设, "重点项目加快建设" → 重点项目建设, a noun and the act done
    to it as the judging rules accept. The manner word (``cues.trailing_manner_words``) is a
    whole word of jieba's right after a noun and before the last word, a verb (not "…贫困户
    全面稳定脱贫", whose 稳定 is no verb, nor "…项目要加快建设", no noun before), nor a noun
    the manner word opens that jieba tags a verb (``cues.manner_compound_nouns``: "城市快速干道",
    round 82 review, q3)."""
    if not any(w in name for w in vocab("cues")["trailing_manner_words"]):
        return name
    pieces = tags(name)
    if len(pieces) < 3 or pieces[-2].word not in vocab("cues")["trailing_manner_words"] \
            or pieces[-1].flag[:1] != "v" or pieces[-3].flag[:1] not in ("n", "j") \
            or pieces[-2].word + pieces[-1].word in vocab("cues")["manner_compound_nouns"]:
        return name
    return name[: len(name) - len(pieces[-1].word) - len(pieces[-2].word)] + pieces[-1].word


def scoped_list_act(name: str, after: str) -> str:
    """``list_act`` on ``name``, or on the noun it ends in that opens ``after`` when a scope
    with no verb stands before that noun (round 76, x4; the development draws' 'fragment',
    'action verb dropped': "完成京昆高速以西51个村、2.3万农户“气代煤”改造" gave 京昆高速以西村,
    "实施“一河两岸”32条路、19个节点美化绿化" gave “一河两岸”路): the scope a clause before the
    number holds (a place, a zone, a quoted programme) stays in front of the noun and its act."""
    acted_name = list_act(name, after)
    if acted_name != name or not after or after.startswith(name):
        return acted_name
    clause = re.split(r"[，。；！？,;：、和及与]", after, maxsplit=1)[0]
    if not clause or not name.endswith(clause) or len(clause) >= len(name):
        return name
    scope = name[: -len(clause)]
    verbs = cue_words("label_verbs", "label_kept_verbs", "label_leading")
    if any(p.flag[:1] == "v" for p in tags(scope.strip("“”"))) \
            or any(w in scope for w in verbs):
        return name  # "新建公园": a verb (jieba tags 新建 a place), no scope
    noun = list_act(clause, after)
    return scope + noun if noun != clause else name


def list_act(name: str, after: str) -> str:
    """``name`` with the act that ends the list it opens or runs in, when the act is written
    once after the last item (round 25, the seed-9001 development draw, 'action verb
    dropped'): "完成4名转业干部和9名退役士兵阳光安置" → 转业干部阳光安置, "对8条主要街道、
    60个节点建筑进行亮化" → 主要街道亮化, "实施某某路、12公里管网改造" → the act of
    ``cues.list_end_acts`` or ``cues.noun_act_tails`` (longest first) before an optional
    工程 or 任务 at the clause's end, with the last item's head (``cues.list_end_heads``:
    项目) when the label lacks it. ``after`` is the sentence after the number; ``name``
    must open it and be followed by 和, 、, 及 or 与 and another count; unchanged when the
    label ends in an act already (jieba's verb or verbal noun last: 城市更新), when the items
    after carry a verb of their own (…和9家企业完成…建设), or when the label is not a noun.
    Round 67 (r4): ``name`` followed by 等 and the class it is one of (no digit) takes the act
    ending the class as well ("…2200余亩乙景观带等造林绿化任务" → 乙景观带造林绿化).
    Round 73 (x2): with the kind of the act the last item writes before it
    (``labelactkind.act_kind``: "37座加油站、155个地下油罐防渗改造任务" → 加油站防渗改造)."""
    cues = vocab("cues")
    clause = re.split(r"[，。；！？,;：]", after, maxsplit=1)[0]
    counted = re.search(r"\d", clause[len(name):])  # (a note's digits too, as before)
    if any(mark in clause for mark in "[〔［【"):  # "…“甲街区”〔23〕、…创建" (round 36, rc36)
        clause = NOTE_MARK.sub("", clause)
    if not name or not clause.startswith(name) or len(clause) > 48:
        return name
    rest = clause[len(name):]
    # Round 67 (r4, action verb dropped: "完成1.3万亩甲片林和2200余亩乙景观带等造林绿化任务"
    # gave 乙景观带): an item before 等 and the class it belongs to shares the act ending
    # the class too (→ 乙景观带造林绿化; "31万平方米甲房屋等不成套旧住房改造" → 甲房屋改造).
    classed = rest.startswith("等") and not re.search(r"[\d“”]", rest)
    if not (re.match(r"(?:和|、|及|与|以及)", rest) and counted) and not classed:
        return name
    rest = re.sub(r"(?:工程|任务)$", "", rest)
    act = next((a for a in sorted(cues["list_end_acts"] + cues["noun_act_tails"], key=len,
                                  reverse=True) if rest.endswith(a)), "")
    if not act:
        return name
    own = rest[:-len(act)].removesuffix("了").removesuffix("进行")
    verbs = act_verbs()
    last = tags(name.rstrip("”"))[-1]
    # (a place word of one character counts as a noun: jieba tags 村 zg; round 36, rc36)
    if (last.flag[:1] not in ("n", "j") and last.word not in ("村", "乡", "镇")) \
            or last.flag == "nz" \
            or any(p.word in verbs and p.flag[:1] == "v" for p in tags(own)) \
            or any(name.endswith(a) for a in cues["list_end_acts"] + cues["noun_act_tails"]):
        return name
    head = next((h for h in cues["list_end_heads"] if own.endswith(h) and not name.endswith(h)
                 and not name.endswith(tuple(cues["object_verb_heads"]))),
                "")  # "11个煤层气、5个页岩气项目建设" → 煤层气项目建设; not after a head of
    # its own ("4个产业园区和12个产业项目建设" → 产业园区建设, no 项目: round 57, s57a)
    return name + head + (act if head else act_kind(own) + act)
