"""Bare verbs (issue 13, round 16): a count whose label is one verb and nothing else, with
no noun after its number, names the thing counted from the figure before it or its unit.

The judges' note ``bare verb``: "达成合作意向项目70个，取得备案50个" read 取得备案 for the 50,
"成功争引2家落地" read 争引. The thing counted is the head noun of the count before when it
is counted in the same unit ("…项目70个，取得备案50个" → 取得备案项目), or the thing the
unit counts (``cues.unit_counted_nouns``: 家 counts 企业) with a short predicate after the
number ("争引2家落地" → 争引落地企业), or the thing its unit names that the sentence names
before ("建设中欧班列集结中心，力争全年开行2000列" → 开行中欧班列). Verbs of
``cues.label_verbs`` keep their own rules (``labelverbs.verb_on_previous``: "新建城区公厕7座、
改造1座" → 城区公厕改造). Session 61 (f4): a verb whose object is itself a thing counted
(``cues.bare_done_own_nouns``: 种植品种, 40 varieties) is no bare verb: "新建农业园区5个，种植品种
40余个" gave 种植品种园区; it stays 种植品种."""

from __future__ import annotations

import re
from itertools import pairwise

from workreport.extract.labelclean import clean
from workreport.extract.labelwords import bare_unit, bare_verb, noun_phrase, tags
from workreport.extract.numbers import Token, vocab

# The words around a count's own clause (``verbs_after_count``): leading ones (已, 共 …:
# ``cues.bare_own_leads``) and one ending it (超过, 达: ``cues.bare_own_tails``).
_OWN_LEADS = re.compile(rf"^(?:{'|'.join(vocab('cues')['bare_own_leads'])})+")
_OWN_TAIL = re.compile(rf"(?:{'|'.join(vocab('cues')['bare_own_tails'])})$")


def counted_thing(name: str, before: str, rest: str, unit: str, previous: str | None) -> str:
    """The label of a bare verb's count: ``name`` (the cleaned label, one verb), ``before``
    (the sentence up to the number), ``rest`` (the cleaned clause after the number and its
    unit), ``unit`` (个, 家 …) and ``previous`` (the label of the figure before, or None).

    "取得备案" after "达成合作意向项目70个，" → 取得备案项目 (the generic counted noun,
    ``cues.generic_counted_nouns``, that ends ``previous`` and is written before a number in
    the same unit); "争引" of "争引2家落地" → 争引落地企业. "" when no rule applies: ``name``
    is no bare verb or a verb of ``cues.label_verbs``, or no thing is named."""
    cues = vocab("cues")
    # A length after a verb of bordering is the border's (round 23, bench/label_judging.md):
    # "我县与新区接壤51公里" → 与新区接壤边界长度.
    border = next((m for v, m in cues["length_verbs"].items() if name.endswith(v)), "")
    if border and len(name) > 2 and unit in cues["length_units"]:
        return name + border
    nouns = sorted(cues["generic_counted_nouns"], key=len, reverse=True)
    if not name or not unit or name in cues["label_verbs"] + cues["label_kept_verbs"] \
            or name.endswith(tuple(nouns)):  # a counted noun of its own (试点单位)
        return ""
    pieces = tags(name)
    # a verb and what it does, jieba's noun (取得|备案), but no counted noun of its own
    done = len(pieces) == 2 and pieces[0].flag == "v" and len(name) <= 4 \
        and pieces[1].word not in cues["counted_units"] \
        and pieces[1].word not in cues["bare_done_own_nouns"]
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


def verbs_after_count(name: str, before: str, unit: str, previous: str | None,
                      *, doing: bool = False) -> str:
    """A count whose clause is only verbs (``name``: "废止", "投产", "升级改造", "基本建成") after
    a count of things in the same unit in the clause just before is a count of those things
    (round 18, the audit's "scope lost": a place or project heading a run of counts):
    "制定自治区政府规章2件、废止22件" → 自治区政府规章废止, "分散养殖场已建成86个，投产59个" →
    分散养殖场投产, "新开工保障性安居工程666万套，基本建成544万套" → 保障性安居工程基本建成.
    The thing is ``previous`` (the label before) without the verbs that open it (jieba's, the
    cue words) and the stage that ends it (``cues.status_verbs``); "" when ``name`` holds a
    word not done to things (``cues.bare_verbs_not_carried``: 新增就业 after 转移劳动力…人),
    the clause holds more than it, the clause before counts in another unit, or no thing is
    left. ``before`` is the sentence up to the number; with ``doing`` (a count of homes or
    people) the verb opening ``previous`` stays, what was done to them: "征收房屋400户，签约
    390户" → 征收房屋签约 (户 added by the caller)."""
    cues = vocab("cues")
    clauses = re.split(r"[，、；,;]", before)
    if not previous or not name or len(clauses) < 2 or len(name) > 6 \
            or any(w in name for w in cues["bare_verbs_not_carried"]):
        return ""
    own = _OWN_TAIL.sub("", _OWN_LEADS.sub("", clauses[-1].strip()))  # not the 约 of 签约
    pieces = tags(name)
    verbs = set(cues["label_verbs"] + cues["label_kept_verbs"] + cues["run_verbs"]
                + cues["status_verbs"])
    if own != name or not pieces or not (name in verbs or all(
            p.flag in ("v", "vn") or p.word in verbs for p in pieces)):  # 投|用: 投用
        return ""
    bare = bare_unit(unit)
    if not bare or not re.search(rf"[\d.]+[万亿千百]?{re.escape(bare)}(?:以上|左右|多|余)?$",
                                 clauses[-2].strip()):
        return ""
    thing = previous
    stages = sorted(cues["status_verbs"] + cues["label_verbs"], key=len, reverse=True)
    if thing.endswith(bare) and thing[: -len(bare)].endswith(tuple(stages)):
        thing = thing[: -len(bare)]  # a label the caller ended in its unit ("农村住房新建户",
        # "新建62户，改造提升130户" → 农村住房改造提升户, not …新建户改造提升户: round 57, s57a)
    ended = False  # the thing first, its stage after: "分散养殖场已建成" → 分散养殖场
    while (end := next((w for w in stages if thing.endswith(w)), "")) and len(thing) > len(end):
        thing, ended = thing[: -len(end)].rstrip("已均全部"), True
    while not (ended or doing) and (lead := tags(thing)) and (lead[0].flag == "v"
                                                    or lead[0].word in verbs):
        thing = thing[len(lead[0].word):]  # "提请审议地方性法规" → 地方性法规
    left = tags(thing)
    # "“阳光渝中”解决群众投诉5377件，咨询…": a verb after its doer names no thing (棚户区改造
    # 安置房 is one)
    doer = any(p.flag[:1] in ("v", "d", "p") and (q.word == "”" or q.flag in ("nr", "ns", "nt"))
               for q, p in pairwise(left))
    if len(thing) < 2 or not left or doer or thing in name \
            or all(p.flag[:1] in ("v", "d", "p") for p in left):
        return ""
    return thing + name
