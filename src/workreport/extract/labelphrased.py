"""Phrasing rules of round 26 (P), the later parts of lists:

- a list's later count whose label lost the 的 that the first count's label has ("12家企业、
  9个园区获评省级绿色工厂" → 获评省级绿色工厂的企业, then 获评省级绿色工厂的园区, not
  …工厂园区; ``shared_de``, called by ``naming`` after ``labelheld.held_in``);
- the subject a later part of a list of measures shares, cut to the scope a size threshold
  names ("20户及以上自然村通硬化路率、通宽带率" → 20户及以上自然村通宽带率; ``shared_subject``,
  called by ``labelparallelparts.subject_of_first``);
- a count of people or households labelled by a bare verb of what became of them ("剩余未
  脱贫2100人" → 剩余未脱贫人口; ``people_counted``, called by ``figures`` on the label that
  ``naming.label`` gives);
- a households' count with the people's count right after it ("N户、M人…脱贫出列"), the act
  after both only in the people's label: the households take it (``households_done``, called
  by ``labelperiods.periods_named``; round 37).
"""

from __future__ import annotations

import re
from typing import Any

from workreport.extract.labelclean import strip_words
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import leading_word, noun_phrase, tags
from workreport.extract.nonfigures import alternation
from workreport.vocab import load as vocab

__all__ = ["head_shared", "households_done", "people_counted", "shared_de", "shared_subject",
           "twin_counted"]


def shared_de(counted: str, after: str, previous: str | None) -> str:
    """``counted`` is the clause ``P`` glued to the noun ``after`` (P + after) while the
    list's figure before it reads ``P的N`` (a subject's predicate put before it as a 的
    clause: "10家单位、8名个人获评全国先进" → 获评全国先进的单位, 获评全国先进的个人): the
    later item gets the same 的, so both read as the counted things the predicate picks out.
    Else ``counted`` as it is. Round 26 (P), the strict xfail of tests/test_figures.py."""
    if not previous or not after or "的" not in previous or not counted.endswith(after):
        return counted
    clause = previous.rpartition("的")[0]
    if len(clause) < 2 or counted != clause + after or "的" in after:
        return counted
    return f"{clause}的{after}"


def shared_subject(subject: str, item: str) -> str:
    """The subject a later part of a list takes from the part before (``labeldistribute.
    subject_of_first``), trimmed where it holds more than the shared scope:

    - a subject opened by a size threshold and its class noun (``cues.threshold_scope``,
      ``cues.threshold_scope_nouns``) is that class alone: "30户以上自然村通自来水率、通光纤率"
      → 30户以上自然村 for 通光纤率 (not 自然村通); "80人以上企业技改覆盖率、上云率" → 80人以上
      企业上云率 (not 企业技改上云率);
    - a subject ending in the characters that open the later part gives them up: "…自然村通"
      before 通光纤率 → …自然村 (not 通通).

    Round 26 (P), the brief's shared-scope lists ("20户及以上自然村").
    """
    cues = vocab("cues")
    m = re.match(cues["threshold_scope"], subject)
    if m:
        nouns = alternation(cues["threshold_scope_nouns"])
        noun = re.search(rf"^[\u4e00-\u9fff]{{0,4}}?(?:{nouns})", subject[m.end():])
        if noun:
            subject = subject[: m.end() + noun.end()]
    for k in (3, 2, 1):
        if len(subject) > k + 1 and subject.endswith(item[:k]):
            return subject[:-k]
    return subject


def people_counted(name: str, unit: str) -> str:
    """The label of a count of people or households whose label is only a verb of what
    became of them (``cues.people_state_verbs``: 脱贫, 增收, 参保 …), maybe with adverbs or
    剩余, 未 before it, named as the people or households counted (``cues.people_state_nouns``
    by the unit): "剩余未脱贫2100人" → 剩余未脱贫人口, "820户1900人实现稳定脱贫" → 稳定脱贫户,
    稳定脱贫人口. "" when ``name`` ends in no such verb or holds a noun of its own (贫困人口
    脱贫: jieba's n), or the unit counts neither. Round 26 (P), the brief's bare verbs."""
    cues = vocab("cues")
    noun = cues["people_state_nouns"].get(unit.removeprefix("万"), "")
    if not noun or not name.endswith(tuple(cues["people_state_verbs"])):
        return ""
    if any(p.flag[:1] not in ("v", "d", "a") and p.word not in cues["people_state_words"]
           for p in tags(name)):
        return ""
    return name + noun


def twin_counted(name: str, unit: str) -> str:
    """A households' count that took the label of the people's count after it (``labelperiods.
    twin_named``: "820户1900人实现稳定脱贫" → 稳定脱贫人口 for both) names households again
    (稳定脱贫户): a ``name`` that ``people_counted`` made for another unit is made anew for
    ``unit``; any other ``name`` stays. Round 26 (P)."""
    for noun in set(vocab("cues")["people_state_nouns"].values()):
        if name.endswith(noun) and (again := people_counted(name[: -len(noun)], unit)):
            return again
    return name


def households_done(name: str, unit: str, rest: str, nxt: Any) -> str:
    """A households' count and the people's count written right after it, both of the things
    an act after them names ("剩余贫困人口322户、677人脱贫出列", "剩余403户、964人贫困人口今年
    上半年全部脱贫"): the households' ``name`` that lacks the act (``cues.people_state_verbs``)
    the people's label (``nxt``, the next figure) has takes it: the people's label itself when
    it ends in ``name`` (上半年脱贫的剩余贫困人口), else ``name`` and the act after it
    (剩余贫困人口脱贫出列). ``rest`` is the sentence after the households' figure; the act
    must follow the people's figure in it. Round 37 (rb37), from the development draws'
    action verb dropped: the bare 剩余贫困人口 reads as the households still poor. Round 84
    (x1, from the development draws' "scope lost"): the people counted in 名 too, and a
    households' label that is the people's with 户 for their group (``_group_households``:
    "带动8918户、18400名贫困人口稳定增收" → 带动稳定增收的贫困户, not 带动稳定增收户)."""
    if unit != "户" or not nxt or nxt.unit not in ("人", "名") or not name \
            or not rest.startswith("、") or not rest[1:].startswith(nxt.quote):
        return name
    if grouped := _group_households(name, nxt.indicator):
        return grouped
    after = rest[1 + len(nxt.quote):]
    done = [w for w in vocab("cues")["people_state_verbs"]
            if w in nxt.indicator and w not in name and w in after]
    if not done:
        return _households_named(name, after)
    if nxt.indicator.endswith(name) and len(nxt.indicator) > len(name):
        return _households_named(nxt.indicator, after)
    return _households_named(name + max(done, key=len), after)


def _households_named(name: str, after: str) -> str:
    """``name`` of a households' count with 户 for the people's group it took from the people's
    count after it (``after``: the text after the people's figure, opening with their group and
    人口 or 群众), session 62 (f2): "全县有1800户、5200名贫困人口…实现增收" gave the 1800户
    …的贫困人口 (→ …的贫困户), "带动5200户、12000名贫困人口和…增收" gave 带动户 (→ 带动贫困户);
    ``name`` as it is otherwise (its own noun before the number: 剩余贫困人口322户、677人…)."""
    m = re.match(r"[\u4e00-\u9fff]{1,4}?(?:人口|群众)", after)
    if not m:
        return name
    group, head = m.group(), m.group()[:-2] + "户"
    if name.endswith(group):
        return name[:-len(group)] + head
    return name[:-1] + head if name.endswith("户") and head not in name else name


def _group_households(name: str, people: str) -> str:
    """The ``people``'s label with 户 for its 人口 or 群众 when ``name`` (…户) is that label
    without their group: the same words, an optional 的, the group, 人口 ("带动稳定增收户" and
    "带动稳定增收的贫困人口" → 带动稳定增收的贫困户); "" otherwise."""
    stem = name[:-1] if name.endswith("户") and len(name) > 2 else ""
    group = rf"{re.escape(stem)}的?[\u4e00-\u9fff]{{2,6}}(?:人口|群众)"
    return people[:-2] + "户" if stem and re.fullmatch(group, people) else ""


# The next item of a list of counts: a 、, its number and unit, then its words.
_NEXT_COUNT = re.compile(r"、(?:\d+|[一二两三四五六七八九十]+)[条项个件]([^\d、，。；：]+)")


def head_shared(rest: str, after: str) -> str:
    """The words ``after`` a count's number, verbs only, with the noun that ends the next
    count's words (round 41, rb41): "17条稳就业、8条青年就业创业政策措施" → 稳就业政策措施;
    ``after`` otherwise (a noun of its own: "17条公交线路、8条…")."""
    at = rest.find(after) if after else -1
    m = _NEXT_COUNT.match(rest, at + len(after)) if 0 <= at <= 2 else None
    if kind := _kind_head(rest, after):
        return kind  # "5条城区、8条城乡新能源公交线路" (round 54)
    pieces = tags(after) if m else ()
    if not pieces or any(p.flag[:1] not in "vad" for p in pieces):
        return after
    last = tags(m.group(1))[-1]  # the noun ending the next count's words
    head = last.word if last.flag[:1] == "n" and len(last.word) > 1 else ""
    return after + head if head and len(m.group(1)) > len(head) else after


# Round 54 (s54b): the next item of a number-first list, its number and any unit, then its words.
_NEXT_KIND = re.compile(r"[、和及](?:\d+(?:\.\d+)?|[一二两三四五六七八九十]+)[余多]?"
                        r"[条项个件家所座处支批名户辆台套间张]([^\d、，。；：（）()]+)")


def _kind_head(rest: str, after: str) -> str:
    """The kind and the head noun of a number-first list's first item, a kind or place alone
    (``cues.list_shared_kinds``: 城区, 城乡, 农村, 国有, 民营, 固定 …), that shares the head
    noun written only after the next item's own kind: "开通5条城区、8条城乡新能源公交线路" →
    城区新能源公交线路 (not the fragment 城区); "新增3家国有、5家民营控股企业" → 国有控股企业
    (not 国); "设立4个固定、2个流动检查站" → 固定检查站 (round 54, s54b, from the draws'
    labels ending in a modifier). ``rest`` is the text from the number's end, ``after`` the
    words read after the number ("" or the kind cut short by ``clean``). "" when ``rest``
    opens with no listed kind right before 、 and a count, the next item opens with no listed
    kind, or no head of two characters is left after it ("5个城区、8个农村": places)."""
    kinds = cue_words("list_shared_kinds")
    kind = leading_word(rest, kinds)
    if not kind or after not in ("", kind, kind[:-1]):  # 固定 cleaned away, 国有 to 国
        return ""
    m = _NEXT_KIND.match(rest, len(kind))
    while m and m.group(1) in kinds:  # "3个国有、5个民营、2个外资企业": the last one's head
        m = _NEXT_KIND.match(rest, m.end())
    other = leading_word(m.group(1), list(kinds)) if m else ""
    if not other:
        return ""
    head = strip_words(noun_phrase(m.group(1)[len(other):]), cue_words("label_trailing"),
                       leading=False)
    return kind + head if len(head) > 1 and not head.startswith(kinds) else ""
