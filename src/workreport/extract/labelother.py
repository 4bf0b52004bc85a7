"""Round 32 (rx, the audit's 'other thing'): a label naming another thing than its number
measures, mended last (``other_thing``, outside ``naming.label``'s other rules):

- *one name for a total over several* (``several_total``): an amount or an area of projects,
  parks or works listed with 等 and their count ("总投资36亿元的甲电池、乙锻造等8个项目竣工",
  "投资3亿元实施丙厂扩容提标等9项生态治理项目") is the total of them all; the label naming the
  first alone (甲电池总投资) keeps the 等 and the noun, not the count, a digit the label
  would carry (issue 13 §2; round 32 review): 甲电池等项目总投资.
- *a count labelled with its things' measure* (``counted_not_measured``): a count whose label
  is the things it counts and the measure of a later figure ("16个省级特色专业镇营业收入增长
  12%": 16个 counts the towns) drops the measure (省级特色专业镇).

- *a new item joined to the works counted before it* (``joined_item``, round 33, sx):
  "实施5个县级养老机构优化提质项目、新增床位320张" labelled 县级养老机构优化提质项目、新增床位
  → 县级养老机构新增床位 (the 320张 counts beds, not the projects).

The words are data (``cues.several_total_*``, ``cues.counted_measure_*``,
``cues.joined_item_heads``).
"""

from __future__ import annotations

import re
from functools import cache, wraps

from workreport.extract.labelrelative import Held, Labeller
from workreport.extract.labelwords import tags
from workreport.extract.nonfigures import alternation, classifiers
from workreport.extract.numbers import Token, vocab

__all__ = ["counted_not_measured", "joined_item", "other_thing", "several_total"]


@cache
def _several(etc: bool = True) -> re.Pattern[str]:
    """The names listed after an amount, up to 等, their count and the noun that heads them;
    with ``etc`` false, two names or more right before their count, no 等 (round 44, rb44)."""
    cues = vocab("cues")
    count = rf"(?P<count>\d+|[一二两三四五六七八九十]+)(?P<unit>{classifiers('个项家座处所条')})"
    heads = alternation(cues['several_total_heads'])
    batch = alternation(cues["several_total_batches"])
    # 等 then a count, a batch word, or the head noun (not 中等's 等: the count-less branch)
    listed = rf"等(?:{count}|(?P<batch>{batch})|(?=[^，。；：、\d“”等]{{0,10}}?(?:{heads})))" \
        if etc else count
    return re.compile(
        rf"(?:的|(?:{alternation(cues['several_total_verbs'])})了?)?"
        rf"(?P<first>[^，。；：、\d“”]{{2,16}}?(?:\d+[A-Za-z]+[^，。；：、\d“”]{{1,10}}?)?)"
        rf"(?:、[^，。；：、“”]{{2,20}}?){'*' if etc else '+'}{listed}"
        rf"(?P<noun>[^，。；：、\d“”]{{0,10}}?(?:{heads}))")


# A later name with an amount of its own ("、投资3.7亿元的乙粮油"): the amounts are each one's.
_OWN_AMOUNT = re.compile(r"\d(?:[\d.]*)(?:万|亿)?(?:元|平方|亩)|投资")


def several_total(name: str, after: str, before: str = "") -> str:
    """``name``, an amount's label naming one thing and the measure
    (``cues.several_total_measures``: 总投资, 建设投资, 总占地 …), as the total of the things
    ``after`` (the sentence after the number; ``before``, the sentence up to it) lists with 等
    and counts: "总投资36亿元的甲电池、乙锻造等8个项目竣工" labelled 甲电池总投资 →
    甲电池等项目总投资; "投资180亿元建设甲、乙、丙等3个绿电园区" labelled 甲建设投资 →
    甲等绿电园区建设投资 (the count is a figure of its own, no digit in a label). Round 44
    (rb44, the d9009 draw's other thing): the list may name two things or more with no 等
    before their count ("总投资1.7亿元的甲化纤、乙电力4个项目" → 甲化纤等项目总投资), or
    with 等 and no count ("投资22亿元的甲市场、乙城等项目" → 甲市场等项目投资).
    Unchanged when the label says 等 already or names no measure of the list, or ``after``
    lists nothing, or a later name has an amount of its own
    ("投资13亿元的甲组件、投资3亿元的乙粮油等8个项目")."""
    cues = vocab("cues")
    if "等" in name or re.search(r"\d[\d.]*(?:万|亿)?元", re.split(r"[，。；]", before)[-1]):
        return name  # (nor the last of such names: "…、投资3亿元的乙粮油等8个项目")
    measure = next((m for m in sorted(cues["several_total_measures"], key=len, reverse=True)
                    if name.endswith(m) and len(name) > len(m)), "")
    m = _several().match(after) or _several(etc=False).match(after)
    if not measure or not m:
        return name
    owner = name[:len(name) - len(measure)]
    first = m.group("first")
    listed = m.start("count") if m.group("count") else m.start("batch") \
        if m.group("batch") else m.start("noun")  # …等|一批, …等|项目 (round 44)
    if not first.startswith(owner) or _OWN_AMOUNT.search(after, m.end("first"), listed):
        return name  # "投资13亿元的甲、投资3亿元的乙等8个项目": each its own
    return f"{first}等{m.group('noun')}{measure}"


def counted_not_measured(name: str, after: str, unit: str) -> str:
    """``name`` without the measure (``cues.counted_measure_words``: 营业收入, 产值 …) that
    ends it, when the number is a count in ``unit`` (个, 家 …) of the things ``after`` names
    straight after it, and the measure then goes on to a figure of its own
    (``cues.counted_measure_next``: 增长, 预计, 分别 …): "16个省级特色专业镇营业收入增长12%"
    → 省级特色专业镇 for 16个."""
    cues = vocab("cues")
    if not re.fullmatch(classifiers(), unit) or not after.startswith(name):
        return name
    measure = next((m for m in sorted(cues["counted_measure_words"], key=len, reverse=True)
                    if name.endswith(m) and len(name) > len(m) + 1), "")
    rest = after[len(name):]
    if not measure or not re.match(rf"(?:{alternation(cues['counted_measure_next'])})", rest):
        return name
    return name[:len(name) - len(measure)]


def joined_item(name: str, before: str) -> str:
    """``name`` as the new item after 、 alone, owned by the owner of the works before it, when
    ``name`` is works a count straight before it counts (ending in ``cues.joined_item_heads``),
    、 and an item opening with a verb of new things (``cues.list_shared_verbs``), ``before``
    the sentence up to the number: "实施5个县级养老机构优化提质项目、新增床位320张" →
    县级养老机构新增床位 for 320张 (its owner: the works' words up to their first verb)."""
    cues = vocab("cues")
    works, _, item = name.rpartition("、")
    if not works or "、" in works or not works.endswith(tuple(cues["joined_item_heads"])) \
            or not item.startswith(tuple(cues["list_shared_verbs"])):
        return name
    counted = re.search(rf"[\d一二两三四五六七八九十]{classifiers()}([^，。；、\d]+)、"
                        rf"{re.escape(item)}$", before)
    if not counted or not works.endswith(counted.group(1)):
        return name  # (a verb the label keeps may open it: 建成3个…工程、新建…)
    works, owner = counted.group(1), ""
    for piece in tags(works):
        if not piece.flag.startswith(("n", "b")):
            break
        owner += piece.word
    return owner + item if owner != works else item


def other_thing(label: Labeller) -> Labeller:
    """``label`` (``naming.label``) with ``several_total`` and ``counted_not_measured``
    applied (round 32, rx), and ``joined_item`` (round 33, sx)."""
    @wraps(label)
    def mended(text: str, tok: Token, pre: str, previous: str | None,
               held: Held | None = None) -> str:
        q = tok.quantity
        assert q is not None
        name = label(text, tok, pre, previous, held)
        if not name:
            return name
        after = text[q.end:tok.sentence.end]
        name = joined_item(name, text[tok.sentence.start:q.start])
        if q.dimension in ("money", "area"):
            return several_total(name, after, text[tok.sentence.start:q.start])
        return counted_not_measured(name, after, q.unit) if q.dimension == "count" else name
    return mended
