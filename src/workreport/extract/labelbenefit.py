"""Who a count of beneficiaries benefited from (issue 13, "scope lost"/"owner lost" of the
development draws 9015/9016 and earlier ones; round 68, v1; used by ``figures``).

Class of error: a count of the people, households or firms a measure reached, labelled by the
reaching verb and the people alone (惠及群众, 受益企业, 惠及人数), says not what
reached them, though the sentence names it just before: "教育、健康等行业扶贫持续推进，
惠及群众3.9万余人次" gave 惠及群众; "对小微企业实行税收优惠，600多万户企业受益" gave
受益企业. The label takes the source in front: 教育、健康等行业扶贫惠及群众, 税收优惠受益企业.

The source is read from the clause before the label's (in its ；-part), or from the words its
own clause holds before the verb up to a 、 ("解决率达98.3%、惠及群众…"):

- a clause of a thing and its going on ("X持续推进", ``cues.benefit_source_predicates`` after
  ``cues.benefit_source_adverbs``): the thing X;
- a clause of an act on a thing ("加强X", "在全省范围实施X", ``cues.benefit_source_verbs`` in
  its first ten characters): the thing X after the first such verb;
- a clause ending in a figure (not a % nor a 分别 list, a change (``cues.benefit_not_changes``),
  a count of people or firms, a label of two acts joined by 和, nor with words after it):
  that figure's label (``previous``), a rate's 率 dropped ("…问题解决率达98.3%、惠及群众"
  → …问题解决惠及群众).

A second count of the same clause ("惠及贫困户120户360人") takes the label of the first;
the people alone after the verb and their count ("惠及3万户家庭" gave 家庭) are read with it.
``name`` as it is when it is no such label, the source is not found, is shorter than two or
longer than 24 characters, holds a digit, joins two acts by 和/及/与 or words after a
figure (round 40 and the tuned golds keep "加强…改造和…供给，惠及上千万家庭" 惠及家庭 and
"累计投入2.9亿元精准落实…等政策，惠及学生" 惠及学生 bare) or ends in an abstract word
(``cues.benefit_source_tails``: "持续强化医共体作用，受益群众…" stays 受益群众, round 40).
Round 82 (x7): a span of years opening the source's clause (连续3年提高…基础养老金、惠及…) is
read past: → 城乡居民基础养老金惠及人数.
Round 80 (x4): a filler the label opens with (``cues.benefit_head_fillers``: "完善防贫保险救助
体系，直接惠及群众…" gave 直接惠及群众) is read past, as in the clause: → 防贫保险救助体系惠及
群众; 累计 stays before the verb (…累计惠及群众).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelvocab import cue_words
from workreport.extract.nonfigures import alternation

__all__ = ["benefit_source", "going_dropped"]


@cache
def _figure() -> re.Pattern[str]:
    """A number with its unit (``cues.benefit_figure_units``; round 71, w8: was a hand list),
    as figures are written in a clause ("2.9亿元", "20类", "98.3%")."""
    units = alternation(cue_words("benefit_figure_units"))
    return re.compile(rf"\d[\d.]*(?:%|[万亿千百]*[余多]?(?:{units})?)(?:以上|左右|多|余)?")


# A span of years opening the source's clause says how long, not what (round 82, x7).
_SPAN = re.compile(r"^(?:连续|近|先后)?[\d一二两三四五六七八九十]+(?:年|个月)(?:来|以来)?")


@cache
def _label() -> re.Pattern[str]:
    """(verb)(people) filling a label: 惠及群众, 受益企业, 惠及人数."""
    verbs = alternation(cue_words("benefit_verbs"))
    heads = alternation(cue_words("benefit_heads"))
    return re.compile(rf"({verbs})([\u4e00-\u9fff]{{0,4}}(?:{heads}))")


@cache
def _predicate() -> re.Pattern[str]:
    """A thing's going on ending a clause: "持续推进", "深入实施"."""
    adverbs = alternation(cue_words("benefit_source_adverbs"))
    verbs = alternation(cue_words("benefit_source_predicates"))
    return re.compile(rf"(?:{adverbs})*(?:{verbs})$")


def _thing(words: str) -> str:
    """The thing a clause without a figure names as the source, "" when none (see module)."""
    words = words.strip()
    verbs = cue_words("benefit_source_verbs")
    if (m := _predicate().search(words)) and m.start() >= 2 \
            and not words.startswith(verbs):
        return words[:m.start()]
    opened = re.search(rf"(?:{alternation(verbs)})", words[:10])
    return words[opened.end():] if opened else ""


def _source(clause: str, previous: str | None, unit_run: bool) -> str:
    """The source named by ``clause`` (the clause before or the words before the verb):
    the thing it names or the label ``previous`` of the figure ending it."""
    if "分别" in clause:
        return ""
    clause = _SPAN.sub("", clause.strip())  # "连续3年提高…基础养老金" (round 82, x7)
    figures = list(_figure().finditer(clause))
    if not figures:
        return _thing(clause)
    if clause[figures[-1].end():].strip():
        return ""  # words after the figure: the gold of 涞源 2021 keeps 惠及学生 bare
    last = figures[-1].group(0)
    if not previous or re.search(r"[和及与、]", previous) \
            or re.search(r"[人户名家]次?$", last) \
            or (not unit_run and (last.endswith("%") or re.search(
                alternation(cue_words("benefit_not_changes")), clause))):
        return ""  # two acts, people trained, a change: "农村自来水费降至每立方3.48元"
    if _state(clause, figures[-1], previous):
        return ""  # a level reached or a share held: "粮食总产量达到32万吨", "参保率达96%"
    return previous[:-1] if previous.endswith("率") and len(previous) > 4 else previous


def _state(clause: str, figure: re.Match[str], previous: str) -> bool:
    """Whether ``figure``, the last of ``clause`` (labelled ``previous``) is a state the place
    reached, which benefits no one (round 68 review, q2): a share that is no rate of an act done
    (``cues.benefit_rate_acts``: "森林覆盖率达到68%、惠及群众…" is not 森林覆盖惠及群众, but
    "…问题解决率达98.3%、惠及群众" is …问题解决惠及群众), or an amount reached
    (``cues.benefit_not_states`` before the number, ``benefit_not_outcomes`` in the clause:
    "粮食总产量达到32万吨，受益农户…", "实现旅游综合收入18亿元，惠及群众…" stay bare)."""
    if "%" in figure.group(0):
        acts = cue_words("benefit_rate_acts")
        return not (previous.endswith("率") and previous[:-1].endswith(acts))
    states = alternation(cue_words("benefit_not_states"))
    return bool(re.search(rf"(?:{states})$", clause[:figure.start()].rstrip())) \
        or any(w in clause for w in cue_words("benefit_not_outcomes"))


@cache
def _goings() -> tuple[str, ...]:
    """``cues.label_fared_tails`` and ``benefit_source_predicates``, longest first, sorted once
    (``going_dropped`` runs on every figure's label)."""
    return tuple(sorted(cue_words("label_fared_tails", "benefit_source_predicates"),
                        key=len, reverse=True))


def going_dropped(name: str) -> str:
    """``name``, a source, how it went and a count of the reached (惠及/受益 and up to six
    characters), without how it went (round 70, g2): "农村饮水安全巩固提升工程扎实推进，受益
    群众12万人" gave …工程扎实推进受益群众, "营养改善计划持续惠及学生" …计划持续惠及学生;
    the going is ``cues.benefit_source_predicates`` after ``benefit_source_adverbs``, or
    those adverbs alone, or ``cues.label_fared_tails`` (全面铺开): …工程受益群众. ``name`` as
    it is when no such words stand before the verb or fewer than two characters are left,
    and a predicate stays when no such adverb stands before it (round 70 review, q6: "…活动
    广泛开展，惠及群众" gave …活动广泛惠及群众, "…工程高质量推进，受益群众" …工程高质量受益群众)."""
    verbs = alternation(cue_words("benefit_verbs"))
    m = re.fullmatch(rf"([\u4e00-\u9fff“”]+?)({verbs})([\u4e00-\u9fff]{{1,6}})", name)
    if not m:
        return name
    source = m.group(1)
    adverbs = cue_words("benefit_source_adverbs")
    w = next((w for w in _goings() if source.endswith(w)), "")
    if w and (w in cue_words("label_fared_tails") or source[: -len(w)].endswith(adverbs)):
        source = source[: -len(w)]  # (a predicate only after an adverb: round 70 review, q6)
    while source.endswith(adverbs):
        source = source[: -len(next(a for a in adverbs if source.endswith(a)))]
    return source + name[m.start(2):] if 2 <= len(source) < len(m.group(1)) else name


def benefit_source(name: str, before: str, previous: str | None) -> str:
    """``name`` with the source of the benefit it counts in front (see the module's doc), or
    ``name`` as it is; how the source went dropped (``going_dropped``). ``before`` is the
    sentence up to the number; ``previous`` the label of the figure before in the sentence
    (None when there is none)."""
    return going_dropped(_sourced(name, before, previous))


def _sourced(name: str, before: str, previous: str | None) -> str:
    """``benefit_source`` before how the source went is dropped."""
    given, kept = name, ""
    if name in cue_words("benefit_heads") and (verb := re.search(
            rf"(?:{alternation(cue_words('benefit_verbs'))})$", before)):
        name = verb.group(0) + name  # "惠及3万户家庭" gave 家庭 alone
    filler = next((f for f in cue_words("benefit_head_fillers") if name.startswith(f)
                   and _label().fullmatch(name[len(f):])), "")
    if filler:  # round 80, x4: "…体系，直接惠及群众" gave 直接惠及群众 (累计 stays)
        kept = filler if filler in cue_words("running_total_words") else ""
        name = name[len(filler):]
    m = _label().fullmatch(name)
    if not m:
        return given
    clauses = re.split(r"[，,]", before.split("；")[-1])
    own = clauses[-1]
    at = own.rfind(m.group(1))
    head = own[:at] if at >= 0 else own
    if re.search(r"\d", own[at:] if at >= 0 else own):
        # a second count of the clause: "惠及贫困户120户360人" (the first's label)
        return previous if previous and previous.endswith(name) and previous != name else given
    if head.endswith("、"):
        source = _source(head[:-1], previous, True)
    elif head.strip() in ("", *cue_words("benefit_head_fillers")) and len(clauses) > 1:
        source = _source(clauses[-2], previous, False)
    else:
        return given
    source = re.sub(rf"^(?:{alternation(cue_words('label_leading'))})", "", source.strip())
    if source.endswith(cue_words("benefit_source_tails")):
        return given  # "持续强化医共体作用，受益群众…" names no source (round 40)
    if not 2 <= len(source) <= 24 or re.search(r"[\d，；：:和及与]", source) or source in name:
        return given
    return source + kept + name
