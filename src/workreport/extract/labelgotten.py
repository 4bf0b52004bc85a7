"""People counted by what they came to have or by their benefit, and a count inside a later
count's 的-phrase (issue 13; round 76, x5; passes of ``labelpasses.AFTER``).

Classes of error, each a shape of the words right after the number:

- *people and a verb of getting* (``got_people``): "新增405万皖北群众喝上引调水" gave
  新增皖北群众喝上引调水 (the subject before its predicate: 'trailing predicate'), "力争让最后
  20多万无电人口都能用上电" 让最后无电人口, "3万居民用上了自来水" 用上了自来水的居民 (了 kept
  by one path, dropped by another), "10万群众通上了天然气" 通上了天然气群众 (no 的). Rule: when
  the clause after the number is the people (a noun ending in ``cues.outcome_people_heads`` or
  ``got_people_heads``, or nothing after a unit of people: 人口), maybe an adverb (``cues.
  got_adverbs``: 都能, 已), a verb of getting (``cues.got_verbs``: 喝上, 用上 …), maybe 了, and
  its object closing the clause, the label is the verb and the object before the people with
  的, without 了: 喝上引调水的皖北群众, 用上电的无电人口; a label opening with 新增 keeps it,
  one of that shape already only loses 了 (its scope stays: 走上公益性岗位的全县失业人员), and
  so does a scope of nouns the label held before the people (round 76 review, q2: "农村5万群众
  吃上了“旅游饭”" gave 吃上“旅游饭”的群众, now …的农村群众).
  Only where the label already holds the people or the object (it was read from this clause);
  not for money or a share ("近四分之一的农户用上天然气": 的 after the number).
- *people and 受益* (``benefited_people``): "120万群众持续受益" gave 群众持续, "农村免费孕前
  检查使600万个家庭受益" the source alone (农村免费孕前检查), "…，5700多万人受益" the label of
  the figure before. Rule: when the clause after the number is the people (or nothing after a
  unit of people: 人数), maybe an adverb and 受益 closing it, the label ends in 受益 and the
  people: a label ending in the people and the adverb takes 受益 before them (受益群众); a label
  that is a source the sentence names before the number takes 受益 and the people after it
  (农村免费孕前检查受益家庭). A label holding 受益 already stays; the people's noun alone
  takes 受益 in front: "6600多万纳税人受益" → 受益纳税人 (session 57, the lead's decision: the
  bare 纳税人 reads as all taxpayers; the State Council 2024 gold took it).
- *a count inside the 的-phrase of a later count* (``inner_reach``): "西部陆海新通道通达127个
  国家和地区的555个港口" gave 港口 for the 555 (the noun alone reads as all ports) and
  西部陆海新通道通国家和地区 for the 127 (a verb cut). Rule: after a verb of reach (``cues.
  inner_reach_verbs``: 通达, 覆盖 …) opening the clause, the later count takes what stands up
  to the verb and its own noun (西部陆海新通道通达港口), the inner count what stands before its
  number and its noun when its label lost the verb. Not when the words before the verb hold a
  figure, a break, 、 or 的 (a list of 的-phrases: "一重产业覆盖的15个村、两重产业覆盖的70个村"),
  nor for a label holding 、. Round 76 review (q2): nor when what stands before the verb is
  cut after a digit or a letter ("5G网络覆盖全县12个乡镇的200个村" gave G网络覆盖全县乡镇) or
  ends in a verb of its own, the verb of reach then being the later things' clause ("全县建成
  覆盖15个乡镇的80个便民服务站" gave 建成覆盖便民服务站).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelaffix import strip_words
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags
from workreport.extract.nonfigures import alternation

__all__ = ["benefited_people", "got_people", "inner_reach"]

_END = r"(?=[，。；、,;！？]|$)"


@cache
def _got() -> re.Pattern[str]:
    """The people, an adverb, a verb of getting, 了 and its object closing the clause."""
    adverbs = alternation(cue_words("got_adverbs"))
    verbs = alternation(cue_words("got_verbs"))
    return re.compile(rf"(?P<noun>[\u4e00-\u9fff]{{0,8}}?)(?P<adv>{adverbs})?(?P<verb>{verbs})"
                      rf"了?(?P<obj>[\u4e00-\u9fff“”]{{1,12}}){_END}")


@cache
def _benefited() -> re.Pattern[str]:
    """The people, an adverb and 受益 closing the clause."""
    adverbs = alternation(cue_words("got_adverbs"))
    verbs = alternation(cue_words("benefited_verbs"))
    return re.compile(rf"(?P<noun>[\u4e00-\u9fff]{{0,6}}?)(?P<adv>{adverbs})?"
                      rf"(?P<verb>{verbs}){_END}")


def _people(noun: str) -> bool:
    """Whether ``noun`` names people or households."""
    return len(noun) >= 1 and noun.endswith(cue_words("outcome_people_heads", "got_people_heads"))


def got_people(name: str, before: str, rest: str, dimension: str) -> str:
    """``name``, or the people after the number named by what they came to have (module)."""
    if dimension == "money" or rest.startswith(("%", "的")):
        return name
    m = _got().match(rest)
    if not m:
        return name
    noun, obj = m.group("noun"), m.group("obj")
    if not noun and dimension == "people":
        noun = "人口"  # "12万人吃上了放心粮": the unit is the people
    if not _people(noun) or re.search(r"[和及与]", noun) or "了" in obj:
        return name
    if (m.group("noun") or "") not in name and obj.strip("“”") not in name:
        return name  # not read from this clause
    if re.search(alternation(cue_words("got_verbs")), obj):
        return name
    verb = m.group("verb")
    if f"{verb}{obj}的" in name or f"{verb}了{obj}的" in name:
        return name.replace(f"{verb}了", verb, 1)  # its scope kept: …的全县失业人员
    new = "新增" if name.startswith("新增") else ""
    return f"{new}{verb}{obj}的{_scope_before(name.removeprefix(new), noun)}{noun}"


def _scope_before(name: str, noun: str) -> str:
    """The scope ``name`` holds before the people ``noun`` it ends in when it is nouns alone
    (农村 of "农村5万群众吃上了…": round 76 review, q2), "" otherwise (让最后)."""
    if not name.endswith(noun) or name == noun:
        return ""
    scope = name[: -len(noun)]
    return scope if all(p.flag[:1] in "ns" for p in tags(scope)) else ""


def benefited_people(name: str, before: str, rest: str, dimension: str) -> str:
    """``name``, or the people after the number counted as 受益 (module)."""
    if dimension == "money" or rest.startswith(("%", "的")) or "受益" in name:
        return name
    m = _benefited().match(rest)
    if not m:
        return name
    noun, adv = m.group("noun"), m.group("adv") or ""
    if not noun and dimension != "people":
        return name
    if not noun:
        noun = "人数"  # "5700多万人受益": the unit is the people
    elif not _people(noun) and not noun.endswith(("企业", "家庭", "主体")):
        return name
    core = m.group("verb") + noun
    if name == noun:
        return core  # 受益纳税人 (session 57; see module)
    if name.endswith(noun + adv) and m.group("noun"):
        return name[: len(name) - len(noun + adv)] + core
    source = name.removesuffix(adv)
    if 2 <= len(source) <= 24 and source in before and not re.search(r"[\d，；]", source):
        return source + core
    return name


@cache
def _inner() -> re.Pattern[str]:
    """The clause before an inner count: what stands up to the verb of reach, a scope."""
    verbs = alternation(cue_words("inner_reach_verbs"))
    return re.compile(rf"(?P<pre>[^，。；：,;:、的\d]*?(?:{verbs}))"
                      rf"(?P<scope>[\u4e00-\u9fff]{{0,4}})$")


_COUNT = r"\d[\d.]*[万亿]?[余多]?(?:个|家|座|条|所|处)"


def _reacher(clause: str, m: re.Match[str]) -> bool:
    """Whether what stands before the verb of reach ``m`` found in ``clause`` is whole and is
    no verb of its own (round 76 review, q2): not cut after a digit or a letter ("5G网络覆盖…"
    gave G网络覆盖全县乡镇), not a verb making the later things (``cues.label_kept_verbs``:
    "全县建成覆盖15个乡镇的80个便民服务站" gave 建成覆盖便民服务站: 覆盖 is their clause, not a
    subject's reach)."""
    if m.start() and re.match(r"[0-9A-Za-z０-９]", clause[m.start() - 1]):
        return False
    verb = next(v for v in cue_words("inner_reach_verbs") if m.group("pre").endswith(v))
    return not m.group("pre")[: -len(verb)].endswith(cue_words("label_kept_verbs"))


def inner_reach(name: str, before: str, rest: str, dimension: str) -> str:
    """``name``, or a count's label inside or after a 的-phrase holding a count (module)."""
    if dimension == "money" or not name or "、" in name:
        return name
    clause = re.split(r"[，。；：,;:]", before)[-1]
    outer = re.fullmatch(rf"(?P<head>.*?){_COUNT}(?P<a>[\u4e00-\u9fff、和]{{1,10}})的", clause)
    if outer and rest.startswith(name) and (m := _inner().search(outer.group("head"))) \
            and _reacher(outer.group("head"), m):
        pre = strip_words(m.group("pre"), cue_words("label_leading"), leading=True)
        return pre + name if len(pre) > 2 else name
    inner = re.match(rf"(?P<a>[\u4e00-\u9fff、和]{{1,10}})的{_COUNT}", rest)
    if inner and (m := _inner().search(clause)) and name.endswith(inner.group("a")) \
            and _reacher(clause, m):
        verb = next(v for v in cue_words("inner_reach_verbs") if m.group("pre").endswith(v))
        if verb not in name:
            pre = strip_words(m.group("pre"), cue_words("label_leading"), leading=True)
            return pre + m.group("scope") + inner.group("a")
    return name
