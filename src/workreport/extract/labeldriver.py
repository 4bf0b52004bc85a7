"""The thing that drove a count of those it lifted, named before the verb (issue 13 §2; round
73, x1, from the development draws' "scope lost": 辐射带动贫困家庭, 带动稳定增收户, 带动增收的
贫困户 read as all the place's households lifted, while the text says whose doing it was).

Class of error: a count right after a verb of driving (``cues.driver_verbs``: 带动, 辐射带动,
覆盖带动; a filler of ``cues.driver_fillers`` before it: 可有效, 直接) is labelled by the verb and
who was reached (``labellifted``, ``labelchain``), and the thing that drove them, the subject of
the clause before, is dropped: "全县家庭手工企业达到116家，辐射带动2647户贫困家庭" gave 辐射带动
贫困家庭, "中药材发展到8万亩，带动6753户贫困户年均增收" gave 带动增收的贫困户.

Rule: a label opening on such a verb, whose own clause holds only fillers, the verb and counts
(a chain: "带动261个村19945户"), takes the driver from the sentence before:
- the clause before is a subject and its size (``cues.pulled_counts``: 达到, 发展到 … and a
  figure): "中药材发展到8万亩" → 中药材; "全县家庭手工企业达到116家" → 家庭手工企业 (its scope
  word goes, ``cues.scope_words``), a measure ending the subject goes too
  (``cues.driver_measures``: "林果种植总面积" → 林果种植, "食用菌年产值" → 食用菌);
- the clause before says what the subject will be (``cues.driver_becomes``: "宝迪养猪将成为…
  企业" → 宝迪养猪);
- the sentence opens on a subject and one of its measures (``cues.driver_opening_measures``:
  "玖兴肉鸡养殖年出栏8166万只") and every clause between is a figure of it ("增长50%",
  "养殖收益1.24亿元"): that subject.
Exceptions (the label as it was): a driver of 2 characters or fewer, or over 12, or one that
is a measure alone (产值, 销售收入: "产值达1.13亿元，带动…" names no thing), people or a means
(``cues.subject_reach_not``, ``cues.driver_not``), one opening on an adverb, preposition,
pronoun or number, a label naming its driver already; a sized subject after another sized
subject of its own (round 73 review, q1: "全县食用菌发展到2000万棒，中药材发展到8万亩，带动6000户
…" was 中药材带动…, while both drove them). The words are data (``vocab/cues.yml``,
``cues.driver_*``).
Used by ``figures`` (after ``labellifted`` and ``labelchain`` form the label).
"""

from __future__ import annotations

import re
from functools import cache, wraps

from workreport.extract.labelaffix import peel
from workreport.extract.labelclause import CLAUSE_END
from workreport.extract.labeldriveract import driver_act
from workreport.extract.labelrelative import Held, Labeller
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import ending_word, leading_word, tags
from workreport.extract.nonfigures import alternation
from workreport.extract.numbers import Token

__all__ = ["driver_named", "driver_source"]

_FIGURE = (r"[近约超]?[\d.]+(?:余|多)?[万亿千百]*(?:余|多)?[\u4e00-\u9fff/%‰A-Za-z]{0,6}?"
           r"(?:以上|左右)?")
# counts between the verb and the number: "261个村", "45个贫困村", "17029户、"
_CHAIN = re.compile(r"(?:[近约超]?[\d.]+[万千百]?[余多]?[个户名人家][\u4e00-\u9fff]{0,3}?、?)*")
_NOT_FIRST = ("p", "c", "r", "d", "u", "q", "x")
_NUMERALS = "一二三四五六七八九十两百千万几数多各每"  # a count or quantifier opening it


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    """The own clause's opening, a sized subject, a becoming subject, a figure-only clause
    (a change of ``cues.change_verbs`` or a measure and a figure), a subject opening the
    sentence with one of its measures (``cues.driver_opening_measures``)."""
    fill = alternation(cue_words("driver_fillers"))
    verbs = alternation(cue_words("driver_verbs"))
    counts = alternation(cue_words("pulled_counts"))
    becomes = alternation(cue_words("driver_becomes"))
    changes = alternation(cue_words("change_verbs"))
    first = alternation(cue_words("driver_opening_measures"))
    measures = alternation(cue_words("driver_opening_measures") + cue_words("driver_measures")
                           + cue_words("pulled_measures"))
    return (re.compile(rf"(?:{fill})*(?P<v>{verbs})"),
            re.compile(rf"(?P<s>\D+?)(?:分别)?(?:{counts}){_FIGURE}(?:、{_FIGURE})*"),
            re.compile(rf"(?P<s>[\u4e00-\u9fff]{{2,12}}?)(?:将|已|已经)?(?:{becomes}).+"),
            re.compile(rf"(?:同比)?(?:{changes})?(?:{measures})?(?:达到|达|为)?{_FIGURE}"),
            re.compile(rf"(?P<s>[\u4e00-\u9fff]{{3,12}}?)(?:{first}){_FIGURE}"))


def driver_named(label: Labeller) -> Labeller:
    """``naming.label`` (as ``labellifted`` and ``labelchain`` leave it) with the thing that
    drove a count of those it lifted named before the verb (``driver_source``), or the means
    the clause before puts in place (``labeldriveract.driver_act``, round 79, x4)."""
    @wraps(label)
    def driven(text: str, tok: Token, pre: str, previous: str | None,
               held: Held | None = None) -> str:
        got, s, q = label(text, tok, pre, previous, held), tok.sentence, tok.quantity
        assert q is not None
        before = text[s.start:q.start]
        return driver_act(driver_source(got, before), before) if got else got  # (r79, x4)
    return driven


def driver_source(label: str, before: str) -> str:
    """``label`` led by the driver the sentence names before its clause (see the module's doc),
    ``before`` the sentence up to the number; ``label`` as it is otherwise."""
    opening = _patterns()[0]
    verb = leading_word(label, cue_words("driver_verbs"))
    clauses = [c.strip() for c in CLAUSE_END.split(before)]
    if not verb and len(clauses) > 1:
        return _after_count(label, clauses)
    if not verb or len(clauses) < 2:
        return label
    own = opening.match(clauses[-1])
    if not own or own.group("v") != verb or not _CHAIN.fullmatch(clauses[-1][own.end():]):
        return label
    source = _driver(clauses[:-1])
    if not source or source in label:
        return label
    return source + label


def _after_count(label: str, clauses: list[str]) -> str:
    """``label`` led by the driver and its verb when the label is the rest of its own clause
    after the verb and a count of those driven (round 78, x1: "林果种植发展到33万亩，带动9459户
    贫困户年均增收9000元" → 林果种植带动贫困户年均增收, not 贫困户年均增收); else ``label``."""
    own = _patterns()[0].match(clauses[-1])
    chain = _CHAIN.match(clauses[-1], own.end()) if own else None
    if not own or not chain or chain.end() == own.end() or clauses[-1][chain.end():] != label:
        return label
    source = _driver(clauses[:-1])
    return source + own.group("v") + label if source and source not in label else label


def _driver(clauses: list[str]) -> str:
    """The driver that ``clauses`` (those before the count's own clause) name, "" when none
    (module's doc)."""
    _opening, sized, becoming, figure, opened = _patterns()
    prior = clauses[-1]
    if m := sized.fullmatch(prior) or becoming.fullmatch(prior):
        thing = _thing(m.group("s"))
        other = sized.fullmatch(clauses[-2]) if len(clauses) > 1 else None
        if other and (o := _bare(other.group("s"))) and not _same(o, _bare(m.group("s"))):
            return ""  # "食用菌发展到2000万棒，中药材发展到8万亩，带动…": both drove (r73 review)
        return thing
    run = list(clauses)
    while len(run) > 1 and figure.fullmatch(run[-1]):
        run.pop()
    if len(run) == 1 and len(clauses) > 1 and (m := opened.fullmatch(run[0])):
        return _thing(m.group("s"))
    return ""


def _thing(subject: str) -> str:
    """``subject`` without its scope word and a measure ending it, "" when what is left names
    no thing (a measure, people, a means, an adverb or pronoun opening it)."""
    thing = _bare(subject)
    pieces = tags(thing)
    if not re.fullmatch(r"[\u4e00-\u9fff]{3,12}", thing) or not pieces \
            or pieces[0].flag[:1] in _NOT_FIRST or thing[0] in _NUMERALS \
            or ending_word(thing, cue_words("cause_not_ends")) \
            or any(w in thing for w in cue_words("subject_reach_not") + cue_words("driver_not")
                   + cue_words("subject_reach_not_clause")):
        return ""
    return thing


def _bare(subject: str) -> str:
    """``subject`` without its scope word and a measure ending it."""
    thing = peel(subject.strip(), cue_words("scope_words"))
    if measure := ending_word(thing, cue_words("driver_measures")):
        thing = thing[:-len(measure)]
    return thing


def _same(one: str, other: str) -> bool:
    """Whether two subjects name one thing ("食用菌种植" and "食用菌")."""
    return one.startswith(other) or other.startswith(one)
