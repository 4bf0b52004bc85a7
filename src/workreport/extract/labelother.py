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

Round 57 (s57c, the draws' 'other thing' again): the names of such a total are read as the
judges read them (``several_named``): two both ("甲、乙等科技产业社区总投资"), three or more
none before a noun that says what they are ("绿电园区建设投资"); and a zone's name alone before
a count or area of its villages or land keeps them (``zone_held``: 禁煤区3个村 → 禁煤区村).

The words are data (``cues.zone_held_things``, ``cues.several_total_*``, ``cues.counted_measure_*``,
``cues.joined_item_heads``).
"""

from __future__ import annotations

import re
from functools import cache, wraps

from workreport.extract.labelrelative import Held, Labeller
from workreport.extract.labelwords import tags
from workreport.extract.labelzones import place_name
from workreport.extract.nonfigures import alternation, classifiers
from workreport.extract.numbers import Token, vocab

__all__ = ["counted_not_measured", "joined_item", "other_thing", "several_named", "several_total",
           "zone_held"]


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
    甲等绿电园区建设投资 (the count is a figure of its own, no digit in a label; round 57's
    ``several_named`` reads the names after). Round 44
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


def several_named(name: str, after: str) -> str:
    """``name``, a total labelled by the first of the names ``after`` lists before 等 (or
    before their count) and the things' noun ("甲等绿电园区建设投资"), with the names read as
    the judges of round 57 (s57c, the draws' 'other thing': one name stands for the total of
    several): two names both ("总投资18亿元的甲、乙等4个科技产业社区" → 甲、乙等科技产业社区
    总投资; with no 等, 甲和乙…), three or more none when the noun that heads them says what
    they are, four characters or more ("投资250亿元建设甲、乙、丙、丁等4个绿电园区" →
    绿电园区建设投资); unchanged for one name, or three or more of a bare noun (项目, 工程:
    "甲、乙、丙等10个项目" keeps 甲等项目总投资)."""
    m = _several().match(after) or _several(etc=False).match(after)
    if not m or not name.startswith(m.group("first") + "等"):
        return name
    rest = name[len(m.group("first")) + 1:]
    end = m.start("count") if m.group("count") else m.start("batch") \
        if m.group("batch") else m.start("noun")
    names = after[m.start("first"):end].removesuffix("等").split("、")
    if len(names) == 2 and all(re.fullmatch(r"[^，。；：“”\d]{2,16}", n) for n in names[1:]):
        return "、".join(names) + "等" + rest if after[:end].endswith("等") \
            else "和".join(names) + rest
    noun, listed = m.group("noun"), after[:end].endswith("等")
    return rest if listed and len(names) > 2 and len(noun) >= 4 and rest.startswith(noun) \
        and not re.search(r"[及和与]", names[0]) else name  # "甲医院及乙、丙等": 甲 no 丙


def zone_held(name: str, before: str, after: str, dimension: str) -> str:
    """``name``, a zone's or place's name alone (``labelzones.place_name``) straight before a
    count or an area of what it holds, with that thing (``cues.zone_held_things``: 村, 乡镇,
    土地; after a verb of two characters naming which: 拆迁村) after the number (round 57,
    s57c, the draws' 'other thing': the zone named for the villages or land counted):
    "全面完成禁煤区3个村以及…“煤改电”工程" → 禁煤区村, "城东片区520亩土地征占迁全面完成" →
    城东片区土地, "做好某园区五个拆迁村返迁准备工作" → 某园区拆迁村. ``before`` is the sentence
    up to the number, ``after`` the rest; ``name`` otherwise (a name opening with a
    preposition: "除西部山区23个村…")."""
    if dimension not in ("count", "area") or not before.endswith(name) or not place_name(name) \
            or tags(name)[0].flag[:1] in ("p", "c"):
        return name
    pieces = tags(re.split(r"[，。；：、,;]", after)[0])
    if len(pieces) > 1 and pieces[0].flag[:1] == "v" and len(pieces[0].word) == 2:
        pieces = pieces[1:]  # 拆迁村
    held = vocab("cues")["zone_held_things"]
    if not pieces or pieces[0].word not in held:
        return name
    return name + after[:after.index(pieces[0].word) + len(pieces[0].word)]


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
        name = zone_held(name, text[tok.sentence.start:q.start], after, q.dimension)
        if q.dimension in ("money", "area"):
            return several_named(several_total(name, after, text[tok.sentence.start:q.start]),
                                 after)
        return counted_not_measured(name, after, q.unit) if q.dimension == "count" else name
    return mended
