"""Bare verbs (issue 13, round 16): a count whose label is one verb and nothing else, with
no noun after its number, names the thing counted from the figure before it or its unit.

The judges' note ``bare verb``: "达成合作意向项目70个，取得备案50个" read 取得备案 for the 50,
"成功争引2家落地" read 争引. The thing counted is the head noun of the count before when it
is counted in the same unit ("…项目70个，取得备案50个" → 取得备案项目), or the thing the
unit counts (``cues.unit_counted_nouns``: 家 counts 企业) with a short predicate after the
number ("争引2家落地" → 争引落地企业), or the thing its unit names that the sentence names
before ("建设中欧班列集结中心，力争全年开行2000列" → 开行中欧班列). Verbs of
``cues.label_verbs`` keep their own rules (``labelverbs.verb_on_previous``: "新建城区公厕7座、
改造1座" → 城区公厕改造)."""

from __future__ import annotations

import re

from workreport.extract.labelclean import clean
from workreport.extract.labelwords import bare_verb, noun_phrase, tags
from workreport.extract.numbers import Token, vocab


def counted_thing(name: str, before: str, rest: str, unit: str, previous: str | None) -> str:
    """The label of a bare verb's count: ``name`` (the cleaned label, one verb), ``before``
    (the sentence up to the number), ``rest`` (the cleaned clause after the number and its
    unit), ``unit`` (个, 家 …) and ``previous`` (the label of the figure before, or None).

    "取得备案" after "达成合作意向项目70个，" → 取得备案项目 (the generic counted noun,
    ``cues.generic_counted_nouns``, that ends ``previous`` and is written before a number in
    the same unit); "争引" of "争引2家落地" → 争引落地企业. "" when no rule applies: ``name``
    is no bare verb or a verb of ``cues.label_verbs``, or no thing is named."""
    cues = vocab("cues")
    nouns = sorted(cues["generic_counted_nouns"], key=len, reverse=True)
    if not name or not unit or name in cues["label_verbs"] + cues["label_kept_verbs"] \
            or name.endswith(tuple(nouns)):  # a counted noun of its own (试点单位)
        return ""
    pieces = tags(name)
    # a verb and what it does, jieba's noun (取得|备案), but no counted noun of its own
    done = len(pieces) == 2 and pieces[0].flag == "v" and len(name) <= 4 \
        and pieces[1].word not in cues["counted_units"]
    noun = next((w for w in nouns if previous and previous.endswith(w)), "")
    same_unit = rf"{re.escape(noun)}[\d.]+[万亿千百]?{re.escape(unit)}[，、；]"
    if noun and (bare_verb(name) or done) and re.search(same_unit, before):
        return name + noun
    if not previous and all(p.flag == "v" for p in pieces) \
            and (named := _named_before(before, cues["unit_named_things"].get(unit, ""))):
        return name + named  # "建设中欧班列集结中心，力争全年开行2000列" → 开行中欧班列
    thing = cues["unit_counted_nouns"].get(unit, "")
    if not thing or previous or not all(p.flag == "v" for p in pieces):
        return ""
    rest = rest.strip("，。；、 ")
    said = tags(rest) if rest and len(rest) <= 3 else ()
    kept = len(said) == 1 and (said[0].flag == "v" or rest in cues["generic_kept_verbs"])
    return name + (rest if kept else "") + thing


def _named_before(before: str, thing: str) -> str:
    """The last ``thing`` (班列 for the unit 列: ``cues.unit_named_things``) the sentence
    before the number names, with the place or noun jieba puts before it: "建设中欧班列集结
    中心，力争全年" → 中欧班列; "" when it names none."""
    pieces = tags(before) if thing and thing in before else ()
    found = [(pieces[i - 1].word if i and pieces[i - 1].flag in ("ns", "n", "nz") else "")
             + p.word for i, p in enumerate(pieces) if p.word == thing]
    return found[-1] if found else ""


def object_named_before(text: str, tok: Token, name: str) -> str:
    """The object a bare verb took earlier in its sentence ("今年先发行1万亿元" after
    "…发行超长期特别国债" → 超长期特别国债), or ""."""
    cues = vocab("cues")
    verb = name[1:] if name[:1] in cues["verb_adverbs"] else ""
    q = tok.quantity
    assert q is not None
    if verb not in cues["label_verbs"]:
        return ""
    m = re.search(re.escape(verb) + r"([^，。；、\d（）]{2,16})", text[tok.sentence.start:q.start])
    return clean(noun_phrase(m.group(1))) if m else ""
