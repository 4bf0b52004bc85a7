"""Round 35 (sb, the seed-9003 development draw's 'fragment', 'leading filler' and 'owner
lost'): words left inside a label that name no part of what is measured, and a bare measure
whose owner is the figure before it, mended last (``inner_mended``, outside ``naming.label``'s
other rules). Shapes and their source phrasings (the words are data, ``cues.inner_*``):

- *a total's adverb* (``totals_dropped``): 共 before the verb of the label ("公园绿地共新增
  球类场地" → 公园绿地新增球类场地) and 共计 anywhere in it ("…、村内垃圾共计" → …、村内垃圾;
  "…县的共计乡镇卫生院" → …县的乡镇卫生院): 共 left in a label is 'fragment' (judging
  conventions, seed 9001);
- *the year inside a label* (``year_dropped``): 全年 after a subject, before its verb, is time,
  as 年内 is ("国务院各部门全年取消…事项" → 国务院各部门取消…事项), and a verb keeping the
  year's measure steady goes with it ("稳定全年粮食播种面积" → 粮食播种面积); a base
  (占全年计划) stays;
- *a count of the works paid for* (``count_dropped``): "四座农村危桥改造投资" → 农村危桥改造
  投资 (a label holds no count);
- *the measure of the figure before* (``measure_of_previous``): "研发经费投入增长25%、投入强度
  提升至1.4%" labelled 投入强度 → 研发经费投入强度;
- *a count's progress* (``progress_dropped``): a count whose label ends in 进度, the tail of
  加快…进度 ("加快甲河、乙河等13个港航项目进度" → 港航项目, was 港航项目进度): a count is of
  the things, not of their progress;
- *the count of projects named with their capacities* (``capacity_counted``): "…、丙能100兆瓦
  光伏发电3个新能源项目" labelled 丙能100兆瓦光伏发电 → 新能源项目 (the capacities are
  no figures, ``nonfigureown.listed_capacity``, so the clause before the count is the last name);
- *a capacity inside a name* (``capacity_dropped``, round 38, rd38): the project's other figures
  are labelled without it, as it is no figure (``nonfigureworks``): "长城100万辆整车项目累计
  投资" → 长城整车项目累计投资, "年产10万吨饲料加工项目总投资" → 饲料加工项目总投资.
"""

from __future__ import annotations

import re
from functools import cache, wraps

from workreport.extract.labelafter import clause_after
from workreport.extract.labelclean import clean
from workreport.extract.labelrelative import Held, Labeller
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags
from workreport.extract.nonfigures import alternation, classifiers
from workreport.extract.nonfigureworks import capacity_span
from workreport.extract.numbers import Token, vocab

__all__ = ["capacity_counted", "capacity_dropped", "count_dropped", "inner_mended",
           "measure_of_previous", "progress_dropped", "totals_dropped", "year_dropped"]


def inner_mended(label: Labeller) -> Labeller:
    """``naming.label`` with the module's mends applied to what it returns."""
    @wraps(label)
    def mend(text: str, tok: Token, pre: str, previous: str | None,
             held: Held | None = None) -> str:
        name = label(text, tok, pre, previous, held)
        if not name:
            return name
        if any(c.isdigit() for c in name):
            if counted := capacity_counted(name, text, tok):
                return counted
            name = capacity_dropped(name)
        name = count_dropped(year_dropped(totals_dropped(name)))
        if name.endswith(cue_words("count_progress_tails")):
            name = progress_dropped(name, tok)
        return measure_of_previous(name, previous) or name
    return mend


_DIGITS = re.compile(r"\d+(?:\.\d+)?")


def capacity_dropped(name: str) -> str:
    """``name`` without the capacities inside names it holds (``nonfigureworks.capacity_span``,
    from the word 年产… to the unit): "甲养殖项目1.5万头母猪基地" → 甲养殖项目母猪基地."""
    kept = name
    for m in reversed(list(_DIGITS.finditer(name))):
        if span := capacity_span(kept, m.start(), m.end()):
            kept = kept[:span[0]] + kept[span[1]:]
    return kept if len(kept) >= 2 else name


def totals_dropped(name: str) -> str:
    """``name`` without 共 before its verb (jieba's adverb before a verb: not 公共, 医共体)
    nor 共计 anywhere: "公园绿地共新增球类场地" → 公园绿地新增球类场地."""
    if "共" not in name:
        return name
    adverbs, words = cue_words("inner_total_adverbs"), cue_words("inner_total_words")
    pieces = tags(name)
    kept = [p.word for i, p in enumerate(pieces)
            if p.word not in words
            and not (i and p.word in adverbs and p.flag == "d"
                     and i + 1 < len(pieces) and pieces[i + 1].flag[:1] == "v")]
    out = "".join(kept)
    return out if len(out) >= 2 else name


def year_dropped(name: str) -> str:
    """``name`` without 全年 inside it before a verb ("国务院各部门全年取消…事项"; not opening
    it, not before a base: 全年计划, nor after a word comparing with it: 占全年…), and without
    a verb keeping the year's measure steady that opens it before 全年: "稳定全年粮食产量" →
    粮食产量."""
    for word in cue_words("inner_year_words"):
        at = name.find(word, 1)
        if at < 0:
            continue
        rest = name[at + len(word):]
        if len(rest) < 2 or rest.startswith(cue_words("inner_year_bases")) \
                or name[at - 1] in cue_words("inner_year_comparers"):
            continue
        head = name[:at]
        if head in cue_words("inner_year_keep_verbs"):
            return rest
        # before a verb only: "…产业链全年营业收入" (a plan's yearly sum) stays
        return head + rest if tags(rest)[0].flag[:1] == "v" else name
    return name


@cache
def _count_opening() -> re.Pattern[str]:
    """A count in Chinese numerals and a works classifier opening a label."""
    return re.compile(r"^[一二三四五六七八九十两]{1,3}"
                      rf"(?:{alternation(list(cue_words('inner_count_classifiers')))})"
                      r"(?=[\u4e00-\u9fff]{2})")


def count_dropped(name: str) -> str:
    """An amount's label (``cues.inner_count_money_ends``) without the count of the works it
    pays for opening it: "三条园区道路和地道桥投资" → 园区道路和地道桥投资."""
    if not name.endswith(cue_words("inner_count_money_ends")):
        return name
    m = _count_opening().match(name)
    return name[m.end():] if m else name


def progress_dropped(name: str, tok: Token) -> str:
    """A count's label (its unit a classifier) without the progress word ending it
    (``cues.count_progress_tails``): "港航项目进度" for 13个 → 港航项目."""
    q = tok.quantity
    assert q is not None
    tail = next(w for w in cue_words("count_progress_tails") if name.endswith(w))
    if re.fullmatch(classifiers(), q.unit) and len(name) - len(tail) >= 2:
        return name[: -len(tail)]
    return name


def measure_of_previous(name: str, previous: str | None) -> str:
    """The label of the figure before (``previous``) and the measure ``name`` names after the
    word that label ends in (``cues.previous_shared_measures``): 投入强度 after 研发经费投入 →
    研发经费投入强度; "" when ``name`` is no such measure."""
    if not previous or len(name) > 6:
        return ""
    for measure in cue_words("previous_shared_measures"):
        word = name[: -len(measure)]
        if name.endswith(measure) and len(word) >= 2 and len(previous) > len(word) + 1 \
                and previous.endswith(word):
            return previous + measure
    return ""


@cache
def _named_capacity() -> re.Pattern[str]:
    """A capacity inside a name (``nonfigures.capacity_units``, ``capacity_product_units``)."""
    nf = vocab("nonfigures")
    units = alternation(nf["capacity_units"] + nf["capacity_product_units"])
    return re.compile(rf"[\u4e00-\u9fff][\d.]+(?:{units})")


def capacity_counted(name: str, text: str, tok: Token) -> str:
    """The projects (``cues.joined_item_heads``: 项目, 工程) a count counts when its label is
    the last name of a list holding its capacity: "…、丙能100兆瓦光伏发电3个新能源项目" →
    新能源项目; "" otherwise."""
    q = tok.quantity
    assert q is not None
    if not _named_capacity().search(name):
        return ""
    after = clean(clause_after(text, q.end, tok.sentence.end))
    return after if after.endswith(cue_words("joined_item_heads")) else ""
