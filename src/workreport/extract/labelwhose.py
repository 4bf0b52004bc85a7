"""Owners and comparison bases (round 29, part O; issue 13, label quality).

- *inner nouns*: jieba tags some nouns of a subject as verbs (政务服务事项: 服务 vn; 民生投入:
  投入 v); inside a subject they are nouns (``inner_noun``, for ``labelrates.clause_subject``).
- *bare verbs*: a label that is only a verb takes the noun after its number or the measure
  its unit counts ("完成招生1515人" → 招生人数; ``verb_measured``, a decorator of
  ``naming.label``).
- *served counts own no money*: "…工程18处，覆盖人口9.6万，投资1.3亿元" → …工程投资
  (``served_owner``).
- *share of a subject*: a share opening its clause with 占 and no figure before it is of the
  subject of the clause before ("民生投入持续加大，占公共财政支出比重达到79%" →
  民生投入占公共财政支出比重; ``subject_share``), the way a share after a figure is that
  figure's ("民生支出85亿元，占…" → 民生支出占…; ``share_whole``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, wraps

from workreport.extract.labelwords import tags
from workreport.extract.numbers import Token, vocab

# The works words an owner served or sized ends in (``served_owner``).
_WORKS_HEADS = "工程|项目|计划|行动|设施|基地|园区|小区"


def inner_noun(pieces: list, i: int) -> bool:
    """Whether piece ``i`` of a subject's tagged ``pieces`` is part of its noun though jieba
    tags it otherwise (round 29, part O, the brief's shape 2): a verbal noun (vn) whose next
    noun ends the subject before a stop word, adverb or verb ("政务服务事项全部…"); a verb
    (v) after a noun or idiom doing the same before a stop word or adverb only ("不动产登记
    事项全部…", not "道路洒水降尘纳入…"); an idiom (l) before such a verb; or one of
    ``cues.subject_noun_verbs`` ending the nouns before a stop, adverb or verb ("民生投入持续
    加大", "教育投入不断加大")."""
    cues = vocab("cues")
    stops = cues["subject_stops"]
    p, rest = pieces[i], pieces[i + 1:]
    if not rest or p.word in stops or p.flag not in ("v", "vn", "l"):
        return False
    nxt, then = rest[0], (rest[1] if len(rest) > 1 else None)

    def ends(q, verbs: bool) -> bool:
        return q is None or q.word in stops or q.flag[:1] == "d" or (verbs and q.flag[:1] == "v")

    if p.word in cues["subject_noun_verbs"]:
        return ends(nxt, True) and nxt is not None
    if p.flag == "l":
        return nxt.flag in ("v", "vn") and inner_noun(pieces, i + 1)
    noun = nxt.flag[:1] in ("n", "j") and nxt.word not in stops
    if p.flag == "vn":
        return (noun and ends(then, True)) or nxt.word in cues["subject_noun_verbs"]
    return i > 0 and pieces[i - 1].flag[:1] in ("n", "l", "j") and noun and ends(then, False)


def share_whole(owner: str, name: str) -> str:
    """The share ``name`` (占…) of ``owner``: "民生支出" + "占公共财政预算支出的" →
    民生支出占公共财政预算支出比重 (a rate word kept, 比重 added when there is none)."""
    whole = f"{owner}{name.rstrip('的')}"
    return whole if whole.endswith(("比重", "比例", "份额", "率")) else whole + "比重"


def subject_share(name: str, owner: str) -> str:
    """A share ``name`` opening with 占 (not 占地, 占用, 占有) with no figure before it in
    its sentence, owned by ``owner``, the subject of the clause before
    (``labelrates.clause_subject``: "民生投入持续加大，占公共财政支出比重达到79%" →
    民生投入占公共财政支出比重); "" when that clause has no subject of its own. Round 29,
    part O."""
    if not owner or not name.startswith("占") or re.match(r"占(?:地|用|有)", name):
        return ""
    return share_whole(owner, name)


def served_owner(owner: str, before: str) -> str:
    """The owner of money after a count whose label ``owner`` counts who or what works reach,
    not the works (round 29, part O): a bare reach (``cues.owner_reach_verbs`` + a noun:
    覆盖人口, 受益群众, 惠及农户; or one of ``cues.served_counts``) gives the works the clause
    before it counts ("实施农村饮水巩固提升工程18处，覆盖人口9.6万，投资1.3亿元" →
    农村饮水巩固提升工程), and a size of the works after their name (``cues.land_measure_words``:
    "…项目建筑面积") gives the works. ``before`` is the sentence up to the money's number;
    ``owner`` as it is otherwise."""
    cues = vocab("cues")
    sized_re, reach_re = _served_res()
    sized = sized_re.search(owner)
    if sized:
        return owner[:sized.start()]
    if not (reach_re.fullmatch(owner)
            or owner in cues["served_counts"]):
        return owner
    from workreport.extract.labelclean import clean
    from workreport.extract.numbers import strip_quantities

    clauses = re.split(r"[，；;,]", before)
    works = clean(re.sub(r"[\d.]+$", "", strip_quantities(clauses[-3]))) if len(clauses) > 2 \
        else ""
    return works if re.search(rf"(?:{_WORKS_HEADS})$", works) else owner


@cache
def _served_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A size of the works ending an owner and a reach verb opening one (``served_owner``),
    built once from ``cues.land_measure_words`` and ``cues.owner_reach_verbs`` (tidy, rc)."""
    cues = vocab("cues")
    sized = "|".join(cues["land_measure_words"])
    reach = "|".join(cues["owner_reach_verbs"])
    return (re.compile(rf"(?<={_WORKS_HEADS})(?:{sized})$"),
            re.compile(rf"(?:{reach})[\u4e00-\u9fff]{{1,4}}"))


def verb_measured(label: Callable[[str, Token, str, str | None], str]
                  ) -> Callable[[str, Token, str, str | None], str]:
    """``naming.label`` with no label that is a bare verb (round 29, part O; the audit's
    'bare verb'): a label that is one verb of jieba's (not ``cues.bare_verb_nouns``: 收入,
    增速) takes the noun right after its number ("种植了9.7万亩林果" → 种植林果, "维护了3万户
    家庭购房权益" → 维护家庭购房权益) or, with none, the measure its unit counts
    (``cues.verb_unit_measures``: "完成招生1515人" → 招生人数, "依法组织征地800余亩" →
    征地面积, "纳税2亿元" → 纳税金额); unchanged otherwise (a unit of no such measure)."""
    @wraps(label)
    def measured(text: str, tok: Token, pre: str, previous: str | None) -> str:
        got = given = label(text, tok, pre, previous)
        q = tok.quantity
        assert q is not None
        cues = vocab("cues")
        measures = cues["verb_unit_measures"]
        if previous and got == previous:  # carried over: "出访31批、820人次" (出访批次 → 出访)
            got = next((got[:-len(m)] for m in measures.values() if got.endswith(m)), got)
        from workreport.extract.labelphrased import people_counted

        if people_counted(got, q.unit):
            return given  # "脱贫496户" → 脱贫户, named later (figures, round 26)
        if folk := people_counted(got, q.unit.removeprefix("亿")):
            return folk  # "3.58亿人参保" → 参保人口, as 万人 is named (round 26)
        pieces = tags(got) if 1 < len(got) <= 3 else ()
        if len(pieces) != 1 or got in cues["bare_verb_nouns"] + cues["land_measure_words"] \
                or not (pieces[0].flag == "v" or got in cues["bare_act_nouns"]):
            return given
        after = re.match(r"的?([\u4e00-\u9fff]{2,16})", text[q.end:tok.sentence.end])
        noun = after.group(1) if after else ""
        head = tags(noun)[0] if noun else None
        if head is not None and head.flag[:1] in ("n", "j", "s") \
                and noun not in cues["label_trailing"]:
            return got + noun
        unit = re.sub(r"^[万亿千百]+", "", q.unit)
        return got + measures.get(unit, "")
    return measured
