"""What a later figure carries from the one before it (issue 13 §2; round 14, moved out of
``labellists`` in round 15, which it was too long for): a part after 其中 keeps its whole's
verb, scope or measure (``subset_item``; the part itself is ``labelsubsetpart``'s, split from
here in round 76, tidy), a class of size named bare is the class before's at this size
(``carried_class``), and a thing named bare after a measured one takes that measure
(``carried_measure``). Used by ``labeltables.project_rows``; the words are data
(``vocab/cues.yml``).
"""

from __future__ import annotations

import re

from workreport.extract.labelclean import strip_words
from workreport.extract.labellists import shared_verb
from workreport.extract.labelsubsetpart import PARENT, subset_part
from workreport.extract.labelwords import bare_unit, leading_word, tags
from workreport.extract.numbers import vocab

__all__ = ["carried_class", "carried_measure", "subset_item"]


def subset_item(label: str, before: str, unit: str) -> str:
    """``subset_part`` over a 其中 list that goes on past a comma ("其中：企业30家，个体工商户
    12家"), with the scope word opening its whole's clause before the verb the parts share
    (``cues.subset_part_words``): "城区新建停车位5000个，其中，公共停车位3000个、专用停车位
    2000个" → 城区新建公共停车位, 城区新建专用停车位 (round 20, the audit's scope lost over a
    list; the comma after 其中 since round 16), and over parts parted by semicolons
    (``_semicolon_part``)."""
    before = _semicolon_part(before)
    clauses = re.split(r"[，,]", before)
    k = len(clauses) - 2  # the bare counts between 其中 and this part are its list's items
    while k > 0 and _BARE_PART.fullmatch(clauses[k].strip()) \
            and not clauses[k].strip().startswith("其中"):
        k -= 1
    head, last = clauses[k].strip() if k > 0 else "", clauses[-1].strip()
    cues = vocab("cues")
    own = leading_word(last, cues["comma_item_verbs"] + cues["label_verbs"]
                       + cues["label_kept_verbs"] + cues["list_shared_verbs"])
    if head.startswith("其中") and re.fullmatch(r"[^\d，；：、]{1,16}", last) and not own \
            and k < len(clauses) - (1 if head not in ("其中", "其中：") else 2):
        parts = "、".join(c.strip() for c in clauses[k + 1:])
        before = "，".join(clauses[:k]) + "，" + head + ("" if head in ("其中", "其中：")
                                                       else "、") + parts
    at = before.rfind("其中")
    whole = re.split(r"[，；,;（(]", before[:at].rstrip("，,（(：:"))[-1] if at > 0 else ""
    opening = strip_words(whole, cues["label_leading"], leading=True)
    scope = leading_word(opening, cues["subset_part_words"])
    if not scope or not shared_verb(opening[len(scope):]) \
            or leading_word(label, cues["subset_part_words"]):
        return subset_part(label, before, unit)
    got = subset_part(label, before[:at].replace(opening, opening[len(scope):]) + before[at:],
                       unit)
    return scope + got if got != label else got


def _semicolon_part(before: str) -> str:
    """``before`` with a later part of a 其中 list parted by semicolons put after its 其中, the
    parts between (bare counts, each with its money after 、) left out: "招商引资项目50个，
    总投资200亿元，其中签约项目30个、总投资150亿元；投产项目5个" → "…，其中投产项目" (round
    33, sa: the audit's scope lost on the later parts); ``before`` as it is otherwise."""
    segments = re.split(r"[；;]", before)
    if len(segments) < 2 or "其中" in segments[-1] or re.search(r"[\d，,、]", segments[-1]):
        return before
    k = len(segments) - 2
    while k > 0 and _SEMICOLON_PART.fullmatch(segments[k].strip()) \
            and not segments[k].strip().startswith("其中"):
        k -= 1
    head = re.split(r"[，,]", segments[k])[-1].strip()
    if not head.startswith("其中") or not _SEMICOLON_PART.fullmatch(head[2:].lstrip("：:")):
        return before
    return segments[k][:segments[k].rindex("其中")] + "其中" + segments[-1].strip()


# A part counted bare, its money after 、: "签约项目30个、总投资150亿元" (round 33).
_SEMICOLON_PART = re.compile(r"[^\d，；：、]{1,12}?[\d.]+[万亿千百]?[^\d，；、]{1,3}"
                             r"(?:以上|左右|余|多)?(?:、[^\d，；：、]{1,6}?[\d.]+[万亿千百]?"
                             r"[^\d，；、]{1,3}(?:以上|左右|余|多)?)?")


_BARE_PART = re.compile(r"[^\d，；：、]{1,16}?[\d.]+[万亿千百]?[^\d，；、]{1,3}"
                        r"(?:以上|左右|余|多)?")


# A class of size in money: 超1000万元, 亿元以上, 5亿元以上, 超千万, 过亿元 (round 14).
_CLASS = re.compile(r"(?:超过?|过)?(?:[\d.]+|[一二三四五六七八九十两]+)?[十百千]?[万亿]元?"
                    r"(?:以上)?")


def carried_class(label: str, previous: str | None) -> str:
    """A class of size named bare, or with the noun of the figure before, after a figure
    whose label holds another class of the same kind, is that label at this class (round
    14, the stricter audit: the qualifying verb of a class dropped): "纳税超1000万元企业30
    家、超500万元企业10家" → 纳税超500万元企业; "亿元以上项目50个，其中5亿元以上11个" →
    …5亿元以上项目; "年产值超千万的企业37家，其中超亿元的12家" → 年产值超亿元的企业. The
    class opens ``label`` and what follows it there is nothing, 的 or the noun that follows
    the class in ``previous``; ``label`` stays otherwise."""
    m = _CLASS.match(label)
    if not previous or not m or not _is_class(m.group(0)):
        return label
    was = next((c for c in _CLASS.finditer(previous) if _is_class(c.group(0))), None)
    rest = label[m.end():]
    if not was or was.group(0) == m.group(0) or not was.start() \
            or (rest and rest.strip("的") and not previous[was.end():].strip("的").startswith(
                rest.strip("的"))):
        return label
    return previous[:was.start()] + m.group(0) + previous[was.end():]


def _is_class(words: str) -> bool:
    """Whether a match of ``_CLASS`` is a class of money ("超千万", "5亿元以上"), not a bare 万."""
    return len(words) > 2 and (words.startswith(("超", "过")) or words.endswith(("以上", "元")))


def carried_measure(label: str, previous: str | None, before: str, unit: str) -> str:
    """The measure of the first of a list of figures, carried to a later item that names only
    its thing (round 14, the stricter audit: a scope lost): "食品产业产值达到80亿元，装备制造业
    达到60亿元" → 装备制造业产值; "高技术制造业增加值增长12%，战略性新兴产业增长9.2%" →
    战略性新兴产业增加值. ``previous`` ends with a measure of ``cues.carried_measures`` that
    the figure before's clause names, with a thing before it; ``label`` is a noun of jieba's
    (not a verbal noun) with no measure of its own (``cues.carried_measure_not_after``), the
    whole of its clause but a verb of level or growth (``cues.carried_measure_verbs``), and
    both clauses grow or both do not, in the same ``unit`` (the figure's; its 万 or 亿 aside).
    ``before`` is the sentence up to the number."""
    cues = vocab("cues")
    if not previous or not label:
        return label
    measure = next((w for w in sorted(cues["carried_measures"], key=len, reverse=True)
                    if previous.endswith(w)), "")
    clauses = re.split(r"[，、；,;]", before)
    if not measure or len(previous) <= len(measure) or len(clauses) < 2 \
            or label.endswith(tuple(cues["carried_measure_not_after"])) or measure in label:
        return label
    own = strip_words(clauses[-1].strip(), cues["label_leading"], leading=True)
    verb = own[len(label):] if own.startswith(label) else None
    first = clauses[-2]
    if verb is None or (verb and verb not in cues["carried_measure_verbs"]) \
            or measure not in before[:len(before) - len(clauses[-1])] \
            or ("增长" in verb) != ("增长" in first):
        return label
    was = PARENT.search(first)
    if not was or bare_unit(was.group("unit")) != bare_unit(unit):
        return label  # the figure before in another unit: "投资1.5亿元，改造农村公路41.8公里"
    # A verb the first item writes before the measure names an industry (装备制造营业收入: r71)
    pieces = [(p.word, "n" if f"{p.word}{measure}" in before else p.flag) for p in tags(label)]
    if not pieces or any(f[:1] in ("v", "d", "p", "m") for _, f in pieces) \
            or pieces[-1][1][:1] not in ("n", "j"):
        return label
    return label + measure
