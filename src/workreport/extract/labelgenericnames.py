"""Names before 等 kept by a count of a generic head (round 81, x2; a ``ROW`` pass of
``figurepasses``).

Class of error ('scope lost'): a count of things named by a list or one name ending in 等 whose
noun is a generic head (事项, 政策, 措施, 成果, 经验 …: ``cues.generic_list_heads``, maybe opened
by 重点, 重大, 专项, 配套) took the bare noun: "实施低效用地再开发等18项政策" → 政策, "抓好企业迁移
登记、就医费用报销、教育入学等100个重点事项" → 重点事项, "…等30余项措施落地实施" → 落地实施措施.
The generic noun reads as every policy (matter, measure) of the place; the development draws'
judges wrote the names back (低效用地再开发等政策), and the judging conventions accept names
before 等 where the noun stays. Round 64's ``labelexample`` kept one name of two or more before
a bare noun of up to three characters; a single name, and a label with its act, stayed bare.

Rule: a count (not money, not a percent) right after 等, whose label holds no 等 or 、 and is the
generic noun written right after the number, alone or with an act the sentence writes after
the noun (落地实施, 获国家科学技术奖: the label becomes names等noun+act, in the sentence's
order) or a relative clause ending in 的 (在川转化的…), takes the names: the whole 、-list back
to its clause's break (``labellistcut``'s items: the opening verbs, fillers and what ends in 的
dropped), or the one name there. A list of more than four items or 24 characters keeps its
first name.

Exceptions, left as they were: a name with a quantity or a year in it (a digit followed by
anything but a digit, a Latin letter, 号, 期 or 线: 年产80万吨…, 公交车120辆, (2018—2020年);
3D打印, 4号线 stay), an open quotation mark or bracket, a title with 关于 and no book marks
whose 关于…的 the label does not keep (出台关于促进消费的若干措施等5个政策文件: its 的 cut leaves
若干措施, a piece; round 81 review, q3), an act that introduces the list inside the
first name after a subject or a time its opening words kept (县政府出台稳岗返还等20项政策 → 政策,
not 县政府出台稳岗返还等政策: round 81 review, q3; ``cues.generic_list_name_acts``), a name under
two characters, a single name joined by 和, 及, 与 or 或 (规划和产业振兴等5个专项方案: which part
the count holds is unsaid) or opening with a quotation mark once a verb is dropped
(退休“一件事”等3项经验: the word is the name's), and any other shape of label
(五年累计列入省市重点项目); an act written before the names (提高甲、乙等5项标准 → 提高标准,
``labelnamed``'s form since round 46; taken back in round 83, below); a count of projects
(``cues.generic_list_act_heads``) whose label has an act (建成投产项目 for "甲等16个项目建成投产",
开工项目 for "开工甲等2个项目"): the act says which projects are counted, and the gold files drop
the names there (round 11; tests/data/README.md).

Round 83, x1 (the development draws' 'scope lost' that still stood: 提高标准, 制定出台专件,
惠民事项, 重点合作事项, 关键性指标, 部队单位, 省市直单位 — the judges wrote the names back each
time): two shapes the first version left bare now take the names the same way.
- An act written before the names, the label being that act and the noun (提高城乡居民养老金、
  残疾人补贴等5项标准 → 提高城乡居民养老金、残疾人补贴等标准, not 提高标准; 制定出台了《甲》、
  《乙》等7个专件 → 制定出台《甲》、《乙》等专件): the act opens the names' clause and the label
  keeps it in front. Only when the act opens the names themselves, 了 between them aside
  (制定出台…的若干政策措施及…清单、“一园一策”等10个配套文件 stays 制定出台配套文件: a piece
  cut at 的 would stand there); not for a count of projects (the gold files' 开工项目 stands),
  nor when the label's act is not where the clause opens (县政府出台稳岗返还等20项政策 stays 政策).
- A generic head with a modifier of its own of up to four characters, the noun written right
  after the number (惠民事项, 重点合作事项, 关键性指标, 省市直单位; ``cues.generic_list_heads``
  now holds 指标, 制度, 专件 too): the modifier says of what kind, not which, so the generic
  noun still reads as every such thing of the place. Not for 项目 (城市更新项目, 高铁项目: the
  judges accepted those bare; the gold files' form).
Session 61 (f4): the act form with a modified head the label dropped the modifier of (提高城乡低保、
特困供养等6项保障标准 gave 提高标准): the label, act and head, is read as act and the text's
modified head (提高城乡低保、特困供养等保障标准), on the same conditions as the act form.
A modified head that opens with a one-character noun and more words (村考核指标: jieba's 村|考核|
指标) is no kind of the head: 村 is what the number counts ("张村、李村等8个村考核指标全部合格" gave
张村、李村等村考核指标); it is not taken.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Any

from workreport.extract.labellistcut import LIST_BREAK, names_before, opening_dropped
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import ending_word, tags
from workreport.vocab import alternation

__all__ = ["generic_named"]

_BACK, _AHEAD, _MOST, _LONGEST = 160, 40, 4, 24
_JOINED = re.compile(r"[和及与或]")
_QUANTITY = re.compile(r"\d[\d.]*[^\dA-Za-z号期线]")


@cache
def _head() -> re.Pattern[str]:
    """A generic head, maybe opened by a generic modifier, at the text's start; compiled once."""
    mods = alternation(cue_words("generic_list_modifiers"))
    heads = alternation(cue_words("generic_list_heads"))  # longest first
    return re.compile(rf"(?:{mods})?(?:{heads})")


@cache
def _modified_head() -> re.Pattern[str]:
    """A generic head after a modifier of its own of one to four Han characters, at the
    text's start (round 83, x1); compiled once. Not 项目 (``cues.generic_list_act_heads``)."""
    heads = [h for h in cue_words("generic_list_heads")
             if h not in cue_words("generic_list_act_heads")]
    return re.compile(rf"[\u4e00-\u9fff]{{1,4}}?(?:{alternation(heads)})")


def _act_opening(label: str, noun: str, clause: str) -> str:
    """The act ``label`` writes before ``noun`` when the names' clause (``clause``, up to its
    closing 等) opens with it: "提高城乡居民养老金、残疾人补贴" and 提高标准 → 提高; "" else
    (round 83, x1)."""
    act = label[:-len(noun)]
    if len(act) < 2 or not clause.startswith(act) or not tags(act) \
            or tags(act)[0].flag not in ("v", "vd", "vn"):
        return ""
    return act


def _noun_first(wide: str) -> bool:
    """Whether ``wide``, a modified head written right after the number, opens with a noun of
    one character and more words (村|考核|指标): that noun is what the number counts, the rest
    its topic, not a kind of the head (session 61, f4)."""
    words = tags(wide)
    return len(words) > 2 and len(words[0].word) == 1 and words[0].flag in ("n", "ng", "zg")


def _name_ok(name: str) -> bool:
    """Whether ``name`` can stand in a label: two characters or more, no quantity or year,
    quotation marks and brackets closed."""
    return len(name) >= 2 and not _QUANTITY.search(name) \
        and name.count("“") == name.count("”") and name.count("《") == name.count("》") \
        and name.count("（") == name.count("）")


def _act_inside(name: str) -> bool:
    """Whether an act that introduces a list (``cues.generic_list_name_acts``) stands inside
    ``name`` after a subject or a time: "县政府出台稳岗返还" (round 81 review, q3)."""
    acts = cue_words("generic_list_name_acts")
    words = tags(name)
    return any(w.word in acts for w in words[1:-1])


def names(before: str) -> str:
    """The names ``before`` ends with (before its closing 等), as a label writes them; "" when
    they are no names."""
    clause = LIST_BREAK.split(before)[-1]
    if "、" in clause:
        cut = clause.rfind("、")
        last = clause[cut + 1:]
        items = names_before(clause[:cut + 1])
        if not items:
            return ""
        whole = [*items, last]
    else:
        whole = [opening_dropped(clause)]
        if whole[0] != clause and whole[0].startswith("“"):
            return ""  # "退休“一件事”等3项经验": the word before the quote is the name's
        if _JOINED.search(whole[0]):
            return ""  # "规划和产业振兴等5个专项方案": which joined part the count holds is unsaid
    if not all(_name_ok(n) for n in whole) or _act_inside(whole[0]):
        return ""
    text = "、".join(whole)
    if len(whole) > _MOST or len(text) > _LONGEST:
        text = whole[0]
    return text if _name_ok(text) else ""


def generic_named(f: Any, rows: list[Any], text: str) -> Any:
    """Figure row ``f`` (``figures.Figure``) with the names before 等 kept by its generic noun, as
    the module says; ``rows`` is not read, ``text`` is the report's text."""
    label = f.indicator
    if not label or "等" in label or "、" in label or f.unit.endswith("元") or "%" in f.unit:
        return f
    before = text[max(0, f.start - _BACK):f.start]
    if not before.endswith("等"):
        return f
    after = LIST_BREAK.split(text[f.end:f.end + _AHEAD])[0]
    m, wide = _head().match(after), _modified_head().match(after)
    if wide and _noun_first(wide.group()):
        wide = None  # "8个村考核指标": 村 is what the number counts (session 61, f4)
    if wide and (not m or len(wide.group()) > len(m.group())) and label.endswith(wide.group()):
        m = wide  # 惠民事项, 关键性指标: a modifier of the noun's own (round 83, x1)
    elif wide and not m and not label.endswith(wide.group()):
        head = ending_word(wide.group(), cue_words("generic_list_heads"))
        if head and label.endswith(head) \
                and _act_opening(label, head, LIST_BREAK.split(before[:-1])[-1]):
            label, m = label[:-len(head)] + wide.group(), wide  # 提高…保障标准 (f4)
    if not m:
        return f
    noun, tail = m.group(), after[m.end():]
    clause, got = LIST_BREAK.split(before[:-1])[-1], ""  # the names' clause, up to its 等
    if label != noun and noun.endswith(tuple(cue_words("generic_list_act_heads"))):
        return f  # "甲等16个项目建成投产" → 建成投产项目: the act says which (gold, round 11)
    if label == noun:
        form = "{names}等{noun}"
    elif label.endswith(noun) and (act := _act_opening(label, noun, clause)):
        got = names(before[:-1])
        if not got or not clause[len(act):].lstrip("了").startswith(got):
            return f  # the act does not open the names themselves (…的若干措施、…; round 83, x1)
        form = act + "{names}等{noun}"
    elif label.startswith(noun) and label[len(noun):] in tail:
        form = "{names}等{noun}" + label[len(noun):]
    elif label.endswith(noun) and label[:-len(noun)].endswith("的"):
        form = label[:-len(noun)] + "{names}等{noun}"
    elif label.endswith(noun) and label[:-len(noun)] in tail:
        form = "{names}等{noun}" + label[:-len(noun)]
    else:
        return f
    got = got or names(before[:-1])
    if not got or got in label:
        return f
    if "关于" in LIST_BREAK.split(before)[-1] and "关于" not in form:
        return f  # "出台关于促进消费的若干措施等5个政策文件": a title, not 若干措施 (review, q3)
    return replace(f, indicator=form.format(names=got, noun=noun))
