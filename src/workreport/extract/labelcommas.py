"""Lists of counts written with commas and the verb that opens a list (``labellists``):
which clause opens a ，-list whose later items are bare counts, and which verb the items of
a list share (``shared_verb``). The words are data (``vocab/cues.yml``)."""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelclean import strip_words
from workreport.extract.labelwords import bare_unit, leading_word, tags
from workreport.extract.nonfigures import alternation
from workreport.extract.numbers import Token, vocab

__all__ = ["MONEY_FIRST", "comma_opener", "doing_verbs", "joined_verb", "numbers_first",
           "shared_verb", "verb_list_run"]


@cache
def doing_verbs() -> str:
    """The alternation of the verbs that say what was done (``cues.label_verbs``,
    ``label_kept_verbs``, ``run_verbs``), built once (asked of every item of a list)."""
    cues = vocab("cues")
    return alternation(cues["label_verbs"] + cues["label_kept_verbs"] + cues["run_verbs"])


@cache
def verb_list_run() -> re.Pattern[str]:
    """Verbs joined by 、 opening a clause ("新建、改建…"), for ``labelowners.purpose_after``."""
    return re.compile(rf"(?:{doing_verbs()}|新)(?:、(?:{doing_verbs()}))+")


MONEY_FIRST = re.compile(r"^[\u4e00-\u9fff]{0,3}(?:投资|投入)[\d.]+[万亿]*元(?:以上|多|余)?")


_COMMA_COUNT = re.compile(r"[^\d，]{1,30}?[\d.]+(?P<unit>[万亿千百]?[^\d，元%％以左余]{1,3})"
                          r"(?:以上|左右|余)?")


def comma_opener(before: str, name: str, tok: Token, raw: str) -> str:
    """The clause opening a list written with commas whose later item, the last clause of
    ``before`` (the sentence up to the number), is ``name`` alone (round 17, the audit's
    count's verb dropped): "建成口袋公园15个，健身步道30公里" → 建成口袋公园15个; the clauses
    between are bare items with their counts, the opener starts with a shared verb (after
    the words of ``cues.label_leading``). "" otherwise: for money or a rate, an item in
    another unit than the opener's ("…高标准农田360万亩，粮食总产439.2亿斤"), one opening
    with 新 or holding a verb (jieba's; "…，新登记经营主体…", "…，改善农村住房…"), but for a
    word of ``cues.list_item_modifiers`` first ("…，健身步道…")."""
    q = tok.quantity
    assert q is not None
    clauses = re.split(r"[，,]", re.split(r"[；：。！？;:]", before)[-1])
    pieces = tags(name)
    cues = vocab("cues")
    if len(clauses) < 2 or clauses[-1].strip() != name or q.dimension == "money" \
            or "%" in q.unit or name.startswith(("新", *cues["comma_item_verbs"])) \
            or re.match(r"突破|达|增至|超过|总", raw) or not pieces or any(
                p.flag[:1] in ("v", "d", "p", "c", "u", "r")
                and p.word not in cues["verb_tagged_nouns"] for p in pieces[1:]) or (
                pieces[0].flag[:1] in ("v", "d", "p", "c", "u", "r")
                and pieces[0].word not in cues["list_item_modifiers"]):
        return ""
    unit = bare_unit(q.unit)
    # a thing, not a measure, in a unit of its own: "…口袋公园15个，健身步道30公里"
    thing = unit in cues["comma_item_units"] and not name.endswith(
        (*cues["carried_measure_not_after"], "里程", "总产", "品种"))
    for clause in reversed(clauses[:-1]):
        m = _COMMA_COUNT.fullmatch(clause.strip())
        if not m or (q.unit != unit and m.group("unit") != q.unit) or (  # "…414家，…2.8万家"
                bare_unit(m.group("unit")) != unit and not thing):
            return ""
        opener = strip_words(clause, cues["label_leading"] + cues["running_total_words"],
                             leading=True)
        if shared_verb(opener):
            return clause
    return ""


def shared_verb(opener: str) -> str:
    """The verb opening a list that its items share: one of ``cues.list_shared_verbs`` or,
    as a verb that says what was done to the counted things (建成, 改造, 打造: round 11,
    the stricter audit), of ``cues.label_kept_verbs``; a whole word of jieba's, so not the
    建成 of 建成区."""
    cues = vocab("cues")
    verb = leading_word(opener, cues["list_shared_verbs"] + cues["label_kept_verbs"])
    first = tags(opener)
    return verb if first and len(first[0].word) <= len(verb) \
        and not opener.startswith(tuple(cues["label_leading_keep"])) else ""


def numbers_first(before: str, unit: str, after: str, name: str) -> str:
    """The clause opening a ，-list of counts written number first whose later item opens
    its clause with its number (round 19, a count's verb dropped): "建设18个群众滑冰场，
    20个户外健身中心" → 建设18个群众滑冰场, so the later item is 建设户外健身中心. The
    clauses between are bare counts in the same unit; the opener's words before its number
    start with a shared verb (after ``cues.label_leading``), and the later item is its
    noun alone after its number (``after``, the sentence from its unit on, ends ``name``
    before its clause's end); "" otherwise."""
    clauses = re.split(r"[，,]", re.split(r"[；：。！？;:]", before)[-1])
    own = re.split(r"[，,；;。！？]", after)[0]  # the item's clause from its number on
    if len(clauses) < 2 or clauses[-1].strip() or not own.endswith(name):
        return ""  # "…，2家公司成功认定…": a predicate of its own
    cues = vocab("cues")
    count = re.compile(rf"(?P<opener>[^\d，]{{0,30}}?)[\d.]+(?:余|多)?{re.escape(unit)}"
                       r"[\u4e00-\u9fff“”]{2,16}")
    for clause in reversed(clauses[:-1]):
        m = count.fullmatch(clause.strip())
        if not m or "%" in unit or unit.endswith("元"):
            return ""
        opener = strip_words(m.group("opener"), cues["label_leading"], leading=True)
        if opener and shared_verb(opener) == opener:
            return clause
        if m.group("opener"):
            return ""
    return ""


def joined_verb(before: str, counted: str) -> str:
    """``counted`` with the shared verb that opens its clause, when the count is the first
    of its sentence and follows things joined to it by 和, 及 or 以及 (round 19, a count's
    verb dropped): "新建第二实验小学分校和2所城区幼儿园" → 新建城区幼儿园, "开工建设甲河、乙河
    治理工程和30宗水库" → 开工建设水库; ``counted`` otherwise (a clause with a number before
    its 和 is ``labellists.list_verb``'s)."""
    clause = re.split(r"[，；：。！？,;:]", before)[-1]
    if not re.search(r"(?:和|及|以及)$", clause) or re.search(r"\d", clause):
        return counted
    opener = strip_words(clause, vocab("cues")["label_leading"], leading=True)
    verb = shared_verb(opener)
    run = re.match(rf"[和及与]?(?:{doing_verbs()})", opener[len(verb):]) if verb else None
    verb += run.group(0) if run else ""  # "新建改造…及13个…" (a run of verbs)
    return verb + counted if verb and not counted.startswith(verb) else counted
