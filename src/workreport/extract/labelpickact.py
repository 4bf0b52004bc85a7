"""The act after the counted noun that picks out which things are counted, kept (issue 13,
"action verb dropped"; round 76, x3, from the development draws' rejected rows).

Class of error: a count of things whose noun a predicate follows in its clause, the predicate
saying which of them are counted, lost that predicate wherever the rules that move it in front
(``labelsubject.doing_subject``) did not reach the noun: an owner before the number (a zone,
a programme, a body: "湖北自贸区28项制度创新成果全国推广" gave 湖北自贸区制度创新成果,
"第一驿站1500亩苹果通过欧盟认证" gave 第一驿站苹果), a scope with no preposition ("两项…制度
创新成果全国推广"), two nouns joined by 和, or a list of names before the count ("中国电建、
通用技术两家央企集团三级子公司落户徐水" gave 央企集团三级子公司). The bare label reads as all
the zone's results, apples or subsidiaries, not those promoted, certified or settled.
The same when the act is written after 对 and the noun, opened by 进行 or 实施 ("对“禁煤区”3个村
实施了“电代煤”" gave “禁煤区”村; "对…等7所学校综合楼、教学楼进行改扩建" gave 学校综合楼、教学楼),
and when a filler verb the label drops (完成, 做好, 推进) stands before the count and the act is
written as a noun after the counted noun ("完成17个乡镇空气监测站增参" gave 乡镇空气监测站, the
count reading as the stations there are).

Rules (passes of ``labelpasses.AFTER``):
- ``picked_by_act``: when the clause after the number is the noun, an adverb of
  ``cues.completion_adverbs`` perhaps, and a predicate ending it that is a spreading
  (``cues.picking_spread_scopes`` then 推广: 在全国推广, 全国复制推广, 获国家宣传推广), a passing
  of a check (通过 … ``cues.picking_check_ends``: 通过欧盟认证, 通过…市级验收) or a settling (落户
  and a place of up to six characters), and the label ends in that noun (or in its first part,
  a last word of two characters cut: 跨区域协作经验 for 跨区域协作经验做法), the predicate goes in
  front with 的 (the whole noun back): 全国推广的湖北自贸区制度创新成果, 通过欧盟认证的第一驿站
  苹果, 落户徐水的央企集团三级子公司 (a bare 落户 with no place is left: "30个基地落户" stays
  基地, as before). A period that opens the label (五年累计, 累计) stays in front.
- ``object_act``: when the clause before the number holds 对 (not 对于, 对外, 对接, 对标, 对口,
  对象) and the clause after it is the noun, 进行 or 实施 (了) and an act of two to eight
  characters ending the clause, and the label ends in that whole noun, the act goes in front:
  进行 V → V + noun (铺油养护保沧路高阳段路面), 实施 V → 实施V的 + noun (实施“电代煤”的“禁煤区”村).
- ``filler_act``: when a filler verb (``cues.filler_act_openers``: 完成, 做好, 推进 …, which the
  label drops) ends the clause before the number and the clause after it is the counted noun,
  which ends the label (an owner or a listed item of up to ten characters may stand between
  the filler and the number), and an act written as a noun (two to eight characters, a task
  word of ``cues.filler_act_task_ends`` after it gone), that act follows the noun:
  "完成17个乡镇空气监测站增参" → 乡镇空气监测站增参, "完成30公里农村公路建管养" →
  农村公路建管养, "做好…5个乡村振兴示范村创建工作" → 乡村振兴示范村创建 (a noun
  followed by the act done to it is no trailing predicate). Not an act opening with an
  adverb, a filler or a word of aim (全部完成, 有序推进, 尽快 …: ``cues.completion_adverbs``,
  ``adverb_act_fillers``, ``picking_degree_words``), a stage other rules put in front
  (``cues.object_predicates``: 建成投用), a works' 建设 (kept already,
  ``cues.filler_act_left``), one opening with 作, 为 or 在 (会议上作交流发言), nor one holding
  的, 和, 、, a digit, a quote or a bracket; a tail of the frame 以…为重点 goes
  (``cues.filler_act_frame_ends``: 以推进164个贫困村扶贫攻坚为重点 → 贫困村扶贫攻坚).

Round 76 review (q2): ``object_act`` drops a 对 left opening the label ("对辖区内的80家企业
进行了安全生产检查" gave 安全生产检查对辖区内的企业); no 落户 whose words after it are no place
(``cues.picking_settle_stops``: "6家高新技术企业落户以来运行良好" stays 天津高新技术企业); and
``filler_act`` grows no act that is no act (``_act``): a state opening with a word of manner
("推进…企业稳定运行", 正常运行), the enterprises' paperwork or a follow-up (``cues.
filler_act_no_acts``: "加快推进今年8家复工复产的矿山企业手续办理" stays 复工复产的矿山企业;
审批办理, 跟踪问效), or a measure of them (产值).

Exceptions: money, shares, ratios and times (a measure of their own); a label that holds the
predicate's verb already (在全国推广的经验, 改造提升学校); a predicate holding a digit, 、 or 的; a
noun the label does not end in (a fragment, "责任主体" for 责任主体灭失露天矿山, stays for other
rules); a bare 推广 with no scope after the noun (适宜技术推广 is one noun); a predicate after a
word of degree or aim (``cues.picking_degree_words``: "争取96个项目更多通过上级审核" counts the
projects, not those that pass).

Round 76, x3.
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags
from workreport.extract.nonfigures import alternation

__all__ = ["filler_act", "object_act", "picked_by_act"]

_BREAK = re.compile(r"[，,；;。！？!?：:（(\n]")
_PERIOD = re.compile(r"^(?:五年累计|累计)")
_KEPT_DIMENSIONS = ("count", "people", "area", "length")


@cache
def _picking() -> re.Pattern[str]:
    """noun, adverb, predicate: the clause after a count whose predicate picks them out."""
    adverbs = alternation(cue_words("completion_adverbs"))
    scopes = alternation(cue_words("picking_spread_scopes"))
    checks = alternation(cue_words("picking_check_ends"))
    predicate = (rf"(?:{scopes})(?:复制|交流|宣传|集中)?推广(?:应用)?"
                 rf"|复制推广"
                 rf"|通过[^，。；、\d的“”]{{0,14}}?(?:{checks})"
                 rf"|落户[^，。；、\d的“”]{{1,6}}")
    return re.compile(rf"(?P<noun>[^，。；、\d]{{2,24}}?)(?P<adverb>{adverbs})?"
                      rf"(?P<predicate>{predicate})")


_OBJECT_ACT = re.compile(r"(?P<noun>[^，。；：\d]{1,24}?)(?P<verb>进行|实施)了?"
                         r"(?P<act>[^，。；：\d、的]{2,8})")
_TO = re.compile(r"对(?!于|外|接|标|口|象)[^，,；;。！？：:]{0,24}$")


def _clause_after(rest: str) -> str:
    """The clause after the number, a qualifier after the unit gone."""
    rest = re.sub(r"^(?:以上|左右|多|余)", "", rest)
    return _BREAK.split(rest, maxsplit=1)[0]


def _body(name: str, noun: str) -> str:
    """``name`` with its tail made the whole ``noun``, or "" when it ends in neither the noun
    nor the noun's first part (two characters or more) with at most two characters cut
    (跨区域协作经验 for 跨区域协作经验做法)."""
    if name.endswith(noun):
        return name
    for cut in (1, 2):
        part = noun[:-cut]
        if len(part) >= 2 and name.endswith(part):
            return name + noun[-cut:]
    return ""


def picked_by_act(name: str, before: str, rest: str, dimension: str) -> str:
    """``name`` led by the predicate after its noun that picks out which are counted (the
    module's first rule); ``before`` is not read. ``name`` as it is otherwise."""
    if dimension not in _KEPT_DIMENSIONS:
        return name
    m = _picking().fullmatch(_clause_after(rest))
    if not m:
        return name
    noun, predicate = m.group("noun"), m.group("predicate")
    if noun.endswith(cue_words("picking_degree_words")):
        return name
    if predicate.startswith("落户") and any(w in predicate[2:]
                                          for w in cue_words("picking_settle_stops")):
        return name  # no place after 落户: "落户以来运行良好" (round 76 review, q2)
    verb = "推广" if "推广" in predicate else predicate[:2]
    body = _body(name, noun)
    if not body or verb in name:
        return name
    lead = _PERIOD.match(body)
    head = lead.group(0) if lead else ""
    return f"{head}{predicate}的{body[len(head):]}"


def object_act(name: str, before: str, rest: str, dimension: str) -> str:
    """``name`` led by the act 进行 or 实施 opens after the noun 对 governs (the module's second
    rule). ``name`` as it is otherwise."""
    if dimension not in _KEPT_DIMENSIONS or not _TO.search(before):
        return name
    m = _OBJECT_ACT.fullmatch(_clause_after(rest))
    if not m or "的" in m.group("noun") or not name.endswith(m.group("noun")):
        return name
    act = m.group("act")
    if act[:2] in name or act.count("“") != act.count("”"):
        return name
    if name.startswith("对") and _TO.match(name):
        name = name[1:]  # "对辖区内的80家企业进行了…" gave …对辖区内的企业 (round 76 review, q2)
    return act + name if m.group("verb") == "进行" else f"实施{act}的{name}"


@cache
def _filler_opened() -> re.Pattern[str]:
    """A clause ending in a filler verb, perhaps an owner or a listed item after it (up to ten
    characters, no 的 or 等: "全力做好大王店园区", "做好乡村振兴示范区和"); not 推进会."""
    fillers = alternation(cue_words("filler_act_openers"))
    return re.compile(rf"(?:{fillers})(?!会)了?[^的等，。；：\d]{{0,10}}$")


_FILLER_TAIL = re.compile(r"[^，。；：\d的和及与、“”（）()〔〕\[\]]{2,8}")


def filler_act(name: str, before: str, rest: str, dimension: str) -> str:
    """``name`` followed by the act written as a noun after it when a filler verb ends the
    clause before the number (the module's third rule). ``name`` as it is otherwise."""
    if dimension not in _KEPT_DIMENSIONS:
        return name
    clause = re.sub(r"[超近约逾共]$", "", _BREAK.split(before)[-1].rstrip())
    if not _filler_opened().search(clause):
        return name
    after = _clause_after(rest)  # the label's longest end (two characters or more) opening it
    noun = next((name[k:] for k in range(len(name) - 1) if after.startswith(name[k:])), "")
    tail = after[len(noun):]
    for end in cue_words("filler_act_frame_ends", "filler_act_task_ends"):
        tail = tail.removesuffix(end)
    cues_not = cue_words("completion_adverbs", "object_predicate_adverbs", "adverb_act_fillers",
                         "picking_degree_words", "object_predicates")
    if not noun or not _FILLER_TAIL.fullmatch(tail) or tail.startswith(cues_not) \
            or tail[:2] in name or tail in cue_words("filler_act_left") or tail[0] in "作为在" \
            or not _act(tail):
        return name
    return name + tail


def _act(tail: str) -> bool:
    """Whether ``tail`` is an act done to the counted things: not a state opening with a word
    of manner (稳定运行, 正常运行: jieba's a, ad, d), nor paperwork or a follow-up about them
    (``cues.filler_act_no_acts``: 手续办理), nor a measure of them (产值). Round 76 review, q2."""
    if any(w in tail for w in cue_words("filler_act_no_acts")) \
            or tail in cue_words("zone_measures", "owned_measure_words"):
        return False
    first = tags(tail)
    return not first or first[0].flag not in ("a", "ad", "d")
