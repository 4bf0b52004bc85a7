"""A name before a count owns the head noun after the number (issue 13, round 40, ra40; the
development draws' "fragment": the counted noun cut off after a programme's, event's or
policy's name).

A name standing right before a count of things (its unit one of ``units.yml``'s classifiers
of things) whose noun after the number ends in a head of what a name holds (``cues.
named_heads``: 措施, 事项, 项目, 赛事, 任务 …) is that head's owner, and the label is both:

- "承办省运会8项赛事" → 承办省运会赛事 (not 承办省运会);
- "“一网通办”12个重点事项全部落地" → “一网通办”重点事项;
- "落实稳就业20条措施" → 落实稳就业措施; "地震灾后重建150个项目全部完工" → 地震灾后重建项目.

Not when the name ends in that head already (the count repeats it: "项目120个项目"), is one
character, or holds a break or a digit; a time unit's head (工作日, 位次) is no such noun.

Round 49 (s49c): ``graded_scope`` gives a count's noun back its grade (全国首金, not 首金).

Round 48 (s48f): ``with_counted`` joins the name right before any number to the short noun
right after it when the label would otherwise end without the counted noun.

Round 73 (x5), ``noun_after_count``, after ``naming.label``: the class of error ('other thing' /
'fragment', the development draws; 23 rows of 19 reports carry the shape in the baseline) is a
label that is exactly the words before a count of things, the noun the count counts, right after
its unit, dropped: "玖兴450栋鸡舍全部建成投用" gave 玖兴 (the company for the henhouses),
"北部湾港新建成运营5个泊位" 北部湾港新建成运营. ``with_counted`` joins such a noun only after a
name ending in a noun of jieba's (玖兴 reads as a verb to jieba; 新建成运营 is one). The rule:
for a count (dimension count or people) whose label ends the sentence before its number, the
word right after the unit is added when jieba tags it a plain noun (n) of two characters or more
and the word after it is no noun, verbal noun or name (that makes a longer noun: 核酸|检测基地,
试点县|差异) unless one of ``cues.noun_after_adverbs`` (全部, 均: jieba's nouns): 玖兴鸡舍,
北部湾港新建成运营泊位. Exceptions (the label stays): a label holding that noun already, an
empty one, a noun after 和, 等 or 并 (another item), a verb after the unit (央视6套上映), a
rank's or mark's noun (``cues.noun_after_not``: 前进28个位次, 突破5万关口).
"""

from __future__ import annotations

import re

from workreport.extract.labelowners import counts_things
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import NOT_COUNTED, tags, verb_object

__all__ = ["graded_scope", "named_head", "noun_after_count", "with_counted"]

_CLAUSE = re.compile(r"[，。；;、：:《（(“\s]")


def graded_scope(after: str, ahead: str, dimension: str) -> str:
    """``after``, the noun counted after a number, with the scope that opens it in the text
    (``cues.counted_grade_scopes``: 全国, 全省, 全市) given back (round 49, s49c, the
    development draws' "fragment": ``labelclean.clean`` drops a label's leading scope, but
    after a count the scope is the grade of the things counted): "斩获世界技能大赛2个全国首金"
    gave …世界技能大赛首金, "新创建3个全国农业现代化示范区" 新创建农业现代化示范区, "建成22个
    全省重点实验室" 重点实验室. ``ahead`` is the sentence from the number on; ``after`` as it
    is for money, when the scope does not stand right before it or it opens with it."""
    scope = next((s for s in cue_words("counted_grade_scopes") if ahead.startswith(s)), "")
    if not scope or not after or dimension == "money" or after.startswith(scope) \
            or not ahead[len(scope):].startswith(after[:2]):
        return after
    return scope + after


def named_head(name: str, after: str, unit: str) -> bool:
    """Whether ``name``, the label before the number, owns ``after``, the noun after a count
    of things in ``unit``, because ``after`` ends in one of ``cues.named_heads``."""
    if len(name) < 2 or not after.endswith(cue_words("named_heads")) or not unit \
            or not counts_things().search(unit) or re.search(r"[，、；\d]", name):
        return False
    return not name.endswith(cue_words("named_heads")) and not name.endswith(after)


def with_counted(name: str, after: str, raw: str, unit: str, rest: str) -> str:
    """``labelwords.verb_object`` (``rest``, the sentence after the number), and then ``name``
    and the noun counted after the number when the label would still end without it
    (round 48, s48f, the development draws' "fragment": the final fallback kept only the words
    before the number): "推进第二轮土地承包到期后再延长三十年6个整镇试点" → …再延长三十年
    整镇试点, "修筑唐河温仁至望都界13公里右堤" → 修筑唐河温仁至望都界右堤, "实施“一河两岸”
    32条路" → “一河两岸”路. ``name`` stands right before the number (``raw`` ends in it), holds
    no list (、), ends in a character (not "建设2×300兆瓦机组") and in no verb, no measure
    (``cues.owned_measure_words``: 存栏) and no scope (``cues.batch_scopes``: 全县);
    ``after`` opens the sentence right after the number (not after 的 or 和), is at most six
    characters, ends in a noun of jieba's and opens with
    no numeral (两条生产线), adverb, verb of two characters (充实一线教学) or a label's verb,
    holds no filler (``cues.counted_after_fillers``: 全面) and is no bound (``cues.
    counted_after_bounds``: 50米内) nor a unit's rest (工作日). Not for money or shares.
    Otherwise ``name``."""
    name = verb_object(name, after, unit, rest)  # "全年新缔结5个国际友城" (round 8)
    if not re.search(r"[\u4e00-\u9fff”]$", name) or not after or len(after) > 6 \
            or after in name or "、" in name \
            or not raw.strip().endswith(name) or not rest.startswith(after) \
            or re.search(r"元|%|百分点", unit) or NOT_COUNTED.match(after) \
            or after.startswith(cue_words("counted_after_bounds")) \
            or name.endswith(cue_words("owned_measure_words") + cue_words("batch_scopes")):
        return name
    counted, pieces = tags(after), tags(name)
    if pieces[-1].flag[:1] == "v" or counted[-1].flag[:1] != "n" \
            or counted[0].flag[:1] in "dprcu" or re.match(r"[一两二三四五六七八九十\d]", after) \
            or (counted[0].flag[:1] in "va" and len(counted[0].word) > 1) \
            or any(p.word in cue_words("counted_after_fillers") for p in counted) \
            or after.startswith(cue_words("label_verbs") + cue_words("label_kept_verbs")):
        return name
    return name + after


def noun_after_count(name: str, before: str, rest: str, dimension: str) -> str:
    """``name``, or ``name`` and the noun counted right after the unit (see the module's
    docstring); ``before`` and ``rest`` are the sentence before the number and after its unit."""
    if dimension not in ("count", "people") or not name or not before.endswith(name) \
            or not re.match(r"[\u4e00-\u9fff]{2}", rest):
        return name
    words = tags(_CLAUSE.split(rest, maxsplit=1)[0])
    first = words[0]
    if first.flag != "n" or len(first.word) < 2 or first.word in name \
            or first.word in cue_words("noun_after_not", "noun_after_adverbs"):
        return name
    if len(words) > 1 and words[1].flag[:1] in ("n", "v") and words[1].flag != "v" \
            and words[1].word not in cue_words("noun_after_adverbs"):
        return name  # 检测(vn)基地, 差异(n): a longer noun
    return name + first.word
