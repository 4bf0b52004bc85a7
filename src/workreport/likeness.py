"""Whether a target and a result worded otherwise count the same thing.

``targets.targets_vs_results`` sets a report's targets beside the results of the year it
reviews. A result with the target's own label (or ``glossary.indicator_key``) is its
result; failing that, ``similar_label`` looks for the result worded otherwise: 增加停车位
↔ 新增公共停车位, 改造供水“一户一表” ↔ 水表“一户一表”, 发展微型企业 ↔ 新增微型企业. A long run
of shared words is not enough (session 67, tester: 行政村农村生活污水治理工程 was set beside
农村生活污水治理的自然村, 培育县级以上农民合作社示范社 beside 县级以上重点项目): the two labels
must count the same thing (``same_thing``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from workreport.english import compatible, split_unit
from workreport.extract.units import unit_dimension
from workreport.vocab import load

__all__ = ["counted_as", "counts_alike", "narrowed", "new_beside_stock", "same_thing",
           "similar_label"]

_QUOTED = re.compile(r"[“\"《「]([^”\"》」]+)[”\"》」]")


def _bare(label: str) -> str:
    """The label's Chinese characters only (quotes, brackets and figures dropped)."""
    return re.sub(r"[^\u3400-\u9fff]", "", label)


def _common(a: str, b: str) -> str:
    """The longest run of characters two labels share (the first such in ``a``)."""
    best = ""
    for i in range(len(a)):
        for j in range(i + len(best) + 1, len(a) + 1):
            if a[i:j] in b:
                best = a[i:j]
            else:
                break
    return best


@cache
def _words() -> dict[str, tuple[str, ...]]:
    """The words ``same_thing`` drops around what a label counts, each list longest first:
    ``acts`` (建设, 新增, 改造, 入库 …: the verbs a count's label opens with, cues.yml
    label_verbs and label_kept_verbs, the acts written after the noun, noun_tagged_acts, and
    labels.yml same_thing_acts; of two characters or more, as 有 would cut 有机), and the
    lists of labels.yml: ``act_nouns`` (工程, 项目 …), ``count_words`` (人数, 人员 …) and
    ``no_qualifier`` (各类, 新); ``new``, the words of a count of new things (cues.yml
    total_drops opening with 新: 新增, 新培育, 新认定, 新开工 …, and net_increase_words: 净增),
    ``scopes``, the keys of labels.yml same_thing_scopes (省市, 市级 …), and ``flows``, the
    acts with labels.yml same_thing_flows (引入, 安装 …), of two characters or more (有 opens
    有进出口实绩企业, a stock; session 71)."""
    cues, labels = load("cues"), load("labels")
    acts = {_bare(w) for key in ("label_verbs", "label_kept_verbs", "noun_tagged_acts")
            for w in cues[key]} | set(labels["same_thing_acts"])

    def longest(words) -> tuple[str, ...]:
        return tuple(sorted(set(words), key=lambda w: (-len(w), w)))

    new = [w for w in cues["total_drops"] if w.startswith("新")] + cues["net_increase_words"]
    return {"acts": longest(w for w in acts if len(w) >= 2),
            "new": longest(new), "scopes": longest(labels["same_thing_scopes"]),
            "act_nouns": longest(labels["same_thing_act_nouns"]),
            "count_words": longest(labels["same_thing_count_words"]),
            "no_qualifier": longest(labels["same_thing_no_qualifier"]),
            "flows": longest(w for w in [*acts, *labels["same_thing_flows"]] if len(w) >= 2)}


def _trim(s: str, lead: tuple[str, ...], tail: tuple[str, ...], keep: int = 0) -> str:
    """``s`` without the words of ``lead`` at its start and of ``tail`` at its end, as
    long as ``keep`` characters remain."""
    changed = True
    while changed:
        changed = False
        for w in lead:
            if s.startswith(w) and len(s) - len(w) >= keep:
                s, changed = s[len(w):], True
                break
        for w in tail:
            if s.endswith(w) and len(s) - len(w) >= keep:
                s, changed = s[:-len(w)], True
                break
    return s


def _core(label: str) -> str:
    """What a label counts: its Chinese characters, short forms spelled out (labels.yml
    same_thing_spellings: 规上 → 规模以上), without the acts done to it at either end
    (建设中医药特色村卫生室 → 中医药特色村卫生室, 科技型中小企业入库 → 科技型中小企业), as long
    as two characters remain."""
    s = _bare(label)
    for short, full in load("labels")["same_thing_spellings"].items():
        s = s.replace(short, full)
    acts = _words()["acts"]
    return _trim(s, acts, acts, keep=2)


def _new(label: str) -> bool:
    """Whether a label counts new things: it holds a word of ``_words()["new"]`` whose 新
    ends no word (cues.yml new_word_ends: 创新建设 is no 新建), not one naming new and old
    together (labels.yml same_thing_new_and_old: 新建续建, the whole list; session 71)."""
    s, ends = _bare(label), tuple(load("cues")["new_word_ends"])
    for both in load("labels")["same_thing_new_and_old"]:
        s = s.replace(both, "")
    return any(s[i - 1:i] not in ends
               for w in _words()["new"] for i in range(len(s)) if s.startswith(w, i))


def _stock(label: str) -> bool:
    """Whether a label counts what stands, not what was done in the year: no count of new
    things (``_new``), no act at either end (``_words()["flows"]``: 引入品牌首店; after a 新:
    新投产里程; not the act opening a name of labels.yml same_thing_stock_names: 上市企业) and
    no noun naming an act as its head (保障性安居工程: works, labels.yml same_thing_act_nouns)
    save a list's (same_thing_lists: 省市重点项目, the year's whole list of such projects,
    new and continued; session 71)."""
    w, s = _words(), _bare(label)
    if _new(label):
        return False
    after_new = s[1:] if s.startswith("新") else s  # 新能源装机 is a stock still
    named = after_new.startswith(tuple(load("labels")["same_thing_stock_names"]))
    if s.endswith(w["flows"]) or (not named and (s.startswith(w["flows"])
                                                  or after_new.startswith(w["flows"]))):
        return False
    lists = tuple(load("labels")["same_thing_lists"])
    return not s.endswith(w["act_nouns"]) or s.endswith(lists)


def new_beside_stock(label: str, other: str) -> bool:
    """Whether one of two labels counts new things (``_new``: 新增高新技术企业) and the other
    what stands (``_stock``: 高新技术企业, or the year's whole list, 省市重点项目): a flow
    and a stock, never set side by side (session 68; session 71: pairs made by
    ``glossary.indicator_key`` too, 新增高新技术企业10家 ↔ 高新技术企业达到91家)."""
    return (_new(label) and _stock(other)) or (_new(other) and _stock(label))


def counts_alike(unit: str, label: str, other_unit: str, other_label: str) -> bool:
    """Whether a figure in ``unit`` labelled ``label`` measures what one in ``other_unit``
    labelled ``other_label`` does, so they may be set side by side (session 71, re-test 70).

    True for one base unit (1万户 and 7349户) or where a unit is of no registered dimension
    (``extract.units.unit_dimension``; 10亿 beside 8.01亿元); False for two dimensions
    (改造老旧小区13个 beside 18.4万平米: a count and an area); two counts in different measure
    words must count a kind in common (``english.compatible``, vocab/english.yml
    count_kinds: 企业改制 20家 beside 19户, 5个 beside 5处; never 项 beside 家), and 户
    counts households or firms, so beside another measure word its label must name them
    (english.yml household_or_firm_words): 老旧小区改造575户, the households a work
    reaches, is not 老旧小区改造任务20个, the communities."""
    (_, base), (_, other_base) = split_unit(unit), split_unit(other_unit)
    dims = unit_dimension(str(unit or "")), unit_dimension(str(other_unit or ""))
    if base == other_base or not all(dims):
        return True
    if dims[0] != dims[1] or dims[0] != "count":
        return dims[0] == dims[1]
    if not compatible(base, other_base):
        return False
    named = [w for words in load("english")["household_or_firm_words"].values() for w in words]
    return all(any(n in _bare(lab) for n in named)
               for u, lab in ((base, label), (other_base, other_label)) if u == "户")


def _scope(core: str) -> str:
    """The scope a core names (labels.yml same_thing_scopes: 省市重点项目 → 省市, 争列省重点
    项目 → 省), the last found, nearest the head (通过市级验收的省级美丽乡村 → 省); a scope of
    one character not before a word of same_thing_scope_not_before (市场主体, 省道 name
    none), 市 and 县 only opening the core; "" for none."""
    labels = load("labels")
    single, not_before = labels["same_thing_scope_single"], labels["same_thing_scope_not_before"]
    found, i = "", 0
    while i < len(core):
        w = next((w for w in _words()["scopes"] if core.startswith(w, i)), "")
        if w and (len(w) > 1 or core[i + 1:i + 2] not in not_before) \
                and (w not in single or i == 0):
            found = labels["same_thing_scopes"][w]
        i += max(len(w), 1)  # 省市级 is 省市, not 市级 after it
    return found


def _qualifier(pre: str) -> str:
    """What qualifies a head, from the words before it: no act, no word qualifying nothing
    (各类, 新)."""
    w = _words()
    return _trim(pre, w["acts"] + w["no_qualifier"], w["acts"])


def _head(post: str, act_nouns: bool = True) -> str:
    """The rest of a head, from the words after the shared run: no act, no word counting
    the head's own things (人数, 人员) and, with ``act_nouns``, no noun naming the act."""
    w = _words()
    return _trim(post, w["acts"], w["acts"] + w["count_words"]
                 + (w["act_nouns"] if act_nouns else ()))


def same_thing(label: str, other: str) -> bool:
    """Whether two labels count the same thing, read on their ``_core`` aligned on the
    longest run they share (session 67, tester):

    - what follows the run ends the head, the counted noun: it must be the same on both
      sides (or, both left, count the same thing in turn: 泊位 ↔ 停车泊位): 农村生活污水
      (治理的自然村) is not 行政村农村生活污水, 县级以上(重点项目) not 县级以上(农民合作社
      示范社), 科技型中小企业 not 科技型中小企业(创新能力提升工程的项目);
    - what precedes it qualifies the head: one label may qualify it (停车位 ↔ 公共停车位,
      a set and a part of it; 城镇就业岗位 ↔ 城镇新增就业岗位), not both otherwise
      (中医药特色村卫生室 ↔ 标准化村卫生室, 省级 ↔ 市级以上农业龙头企业: two sets);
    - a generic head opening a label (项目总投资, 企业: labels.yml same_thing_generic_heads;
      not 新签约项目, whose act defines a set) is no set the other's qualified head is part
      of (省、市重点项目总投资 ↔ 项目总投资; session 67 re-check);
    - a total (总, 累计) in one label alone is the whole of what the other counts, not
      the same thing (清洁能源总装机 ↔ 新增清洁能源装机, 五年累计新增“专精特新”企业 ↔ 新增
      “专精特新”企业);
    - a count of new things (新培育专精特新企业, 净增市场主体) is not the stock of them, a
      label with no act (专精特新企业), though it may be a count of things done (新增公共停车位
      ↔ 增加停车位) (session 68, tester: 400 to foster was set beside a stock of 3,694);
    - two labels opening with different scopes count different sets (市重点项目 ↔ 开工省市
      重点项目: a union, not its part; labels.yml same_thing_scopes; session 68);
    - the same words in another order are the same thing (药品集中带量采购 ↔ 集中带量采购药品);
    - a quoted name of one label that the other lacks is a named subset (应用场景 ↔
      “一件事一次办”应用场景); a quoted name both give is the thing itself, whatever stands
      before it (改造供水“一户一表” ↔ 水表“一户一表”).
    """
    names = [_bare(q) for q in _QUOTED.findall(label) + _QUOTED.findall(other)]
    if any(n not in _bare(label) or n not in _bare(other) for n in names):
        return False
    a, b = _core(label), _core(other)
    if any((t in a) != (t in b) for t in load("labels")["same_thing_totals"]):
        return False
    if new_beside_stock(label, other):
        return False
    if _scope(a) != _scope(b):
        return False
    aligned = _aligned(a, b, tuple(names))
    if aligned is None or (aligned[0] and aligned[1]):
        return False
    if not (aligned[0] or aligned[1]):
        return True
    # The side no word qualifies, as written, less the acts the other lacks: an act both
    # give before the head defines one set (新签约项目 ↔ 新签约亿元以上工业项目); one side's own
    # (谋划储备入库项目总投资) leaves its generic head bare.
    bare, full = (_bare(other), _bare(label)) if aligned[0] else (_bare(label), _bare(other))
    bare = _trim(bare, tuple(w for w in _words()["acts"] if w not in full), ())
    return not bare.startswith(tuple(load("labels")["same_thing_generic_heads"]))


def _aligned(a: str, b: str, names: tuple[str, ...]) -> tuple[str, str] | None:
    """Two cores aligned on their longest shared run, the heads after it agreeing in turn:
    (what qualifies ``a``'s head, what qualifies ``b``'s), "" for a side where nothing
    does beyond the other's qualifier; None when the heads differ."""
    run = _common(a, b)
    if len(run) < 2:
        return None
    i, j = a.index(run), b.index(run)
    pre_a, pre_b = _qualifier(a[:i]), _qualifier(b[:j])
    post_a, post_b = _head(a[i + len(run):]), _head(b[j + len(run):])
    if sorted(pre_a + post_a) == sorted(pre_b + post_b):
        return "", ""
    if any(n in run for n in names):
        pre_a = pre_b = ""
    elif pre_b in pre_a:
        pre_a, pre_b = _qualifier(pre_a.replace(pre_b, "", 1)), ""
    elif pre_a in pre_b:
        pre_a, pre_b = "", _qualifier(pre_b.replace(pre_a, "", 1))
    if post_a == post_b:
        return pre_a, pre_b
    # 项目 after the run may be the head itself: 新签约(项目) ↔ 新签约(亿元以上工业项目).
    post_a, post_b = _head(a[i + len(run):], False), _head(b[j + len(run):], False)
    if not (post_a and post_b):
        return None
    inner = _aligned(post_a, post_b, names)
    return None if inner is None else (pre_a + inner[0], pre_b + inner[1])


def similar_label(label: str, candidates: Sequence[str], least: int = 3) -> str | None:
    """The candidate sharing the longest run of at least ``least`` Chinese characters with
    ``label`` (quotes aside), a run at least half as long as the shorter label, of those
    counting the same thing (``same_thing``); the first in order on a tie; None when none
    does.

    Pairs a target with last year's result worded otherwise: 增加停车位 ↔ 新增公共停车位
    (停车位), 改造供水“一户一表” ↔ 水表“一户一表” (一户一表), 发展微型企业 ↔ 新增微型企业.
    """
    best, size = None, least - 1
    for c in candidates:
        a, b = _bare(label), _bare(c)
        n = len(_common(a, b))
        # The shared run must be at least half the shorter label: 补助标准 alone does not
        # make 人均基本公共卫生服务经费补助标准 the same thing as another subsidy.
        if n > size and 2 * n >= min(len(a), len(b)) and same_thing(label, c):
            best, size = c, n
    return best


def _before(sentence: object, quote: object) -> str:
    """``sentence`` up to the first place ``quote`` stands in it (all of it when it is not
    found; "" when it is no text)."""
    sentence = sentence if isinstance(sentence, str) else ""
    at = sentence.find(quote) if isinstance(quote, str) and quote else -1
    return sentence if at < 0 else sentence[:at]


def narrowed(target: tuple[object, object, str], result: tuple[object, object]) -> bool:
    """Whether a target counts a narrower set than a result, told by their sentences:
    ``target`` (sentence, quote, label), ``result`` (sentence, quote). True when the target's
    sentence, up to its number, names a body of labels.yml ``same_thing_narrow_scopes``
    (党政机关, 国有企业 …) that the result's sentence up to its number does not, in its
    opening clause or the figure's own, and that clause, the body aside, shares two
    characters or more with the target's label: it is the topic of what is counted (session
    69, tester: "推动党政机关停车资源共享，…新增共享泊位5000个" is the offices' own spaces, not
    the city-wide 新增共享停车泊位近1.9万个 of the year before; "深化国有企业研发投入…专项行动，
    …新增国家级高新技术企业800家" is every firm's). A scope in the label itself is read by
    ``same_thing``."""
    t, r = _before(*target[:2]), _before(*result)
    clauses = re.split(r"[，,；;：:]", t)
    label = _bare(target[2])
    for w in load("labels")["same_thing_narrow_scopes"]:
        if w in r:
            continue
        for c in {clauses[0], clauses[-1]}:
            if w in c and len(_common(_bare(c.replace(w, "")), label)) >= 2:
                return True
    return False


def counted_as(unit: str, label: str) -> str:
    """What a figure in 户 counts, as its label's words tell it (vocab/english.yml
    household_or_firm_words): "households" (贫困户, 农户, 家庭), "firms" (企业, 市场主体,
    个体工商户), the noun of the word nearest the label's end where it names both;
    "households" for a label naming neither (棚户区, 农村危房, 气代煤改造: the households its
    work reaches, as english.yml says; tester 73 D-C10: "18,000 (1.8万户)" beside "10,000
    households" elsewhere); "" for any other unit, no label or one of ``other`` (合作社).
    Tester 71 item 10: "137,000 (13.7万户)" left the reader to guess."""
    if split_unit(str(unit or ""))[1] != "户":
        return ""
    bare = _bare(str(label or ""))
    found = [(bare.rfind(w) + len(w), len(w), noun) for noun, words in
             load("english")["household_or_firm_words"].items() for w in words if w in bare]
    if not found:
        return "households" if bare else ""
    noun = max(found)[2]
    return "" if noun == "other" else noun

