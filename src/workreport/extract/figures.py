"""Stage 4: turn each figure token into a tidy indicator row with its provenance.

A row says what is measured (``indicator``, as the text names it), whether it is a
result of the year under review or a target (``kind``), what kind of number it is
(``measure``: level, change or share), its value and unit as written, any qualifier
(左右, 以上, 突破 …), and where it comes from (section, sentence, quote, offsets).

Each rule is named after the case it handles, with the report's words as examples:

- *label*: what is measured, by the rules of ``naming`` (subject carried over, object
  after the number, fillers and predicates removed, 分别 distributed over its parts, also
  when the word is missing: "生产安全事故起数、死亡人数下降17.6%、11.6%").
- *each of*: one figure after a list of subjects with 均/各/都 (or a share after rates) gives
  a row per subject, same value and quote ("建议提案办复率、满意率均达100%"); the numbers
  table links the token to the first of them (``labeleach.each_of``).
- *growth cue*: a percentage after 增长/下降/涨幅 … is a change; 下降 makes it negative.
- *gap*: a difference in 个百分点 (高于全省3.3个百分点) is a change, negative after 低于.
- *ratio*: a multiple (是2011年的1.1倍) is a ratio.
- *share*: any other percentage (失业率4.48%, 占…的60.5%) is a share.
- *kind*: actual or target, and a target's year (``figurekind``: in a plan part a figure
  is a target unless it reports the past, a background fact, a stock, a base or what is
  already so; "到2021年…" is a target for 2021).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from workreport.extract import figurepasses
from workreport.extract.changesigns import cut_objects, improved_fall, subject_cut
from workreport.extract.figurekind import kind_of, review_like
from workreport.extract.kindfaced import of_this_year
from workreport.extract.labelalready import already_done
from workreport.extract.labelarearates import area_rate
from workreport.extract.labelbaselist import bases_carried
from workreport.extract.labelbases import ratio_subject
from workreport.extract.labelbenefit import benefit_source
from workreport.extract.labelchain import chained
from workreport.extract.labelclause import clause_before
from workreport.extract.labelconnective import state_after
from workreport.extract.labelcountitem import after_count_item
from workreport.extract.labeldriver import driver_named
from workreport.extract.labeleach import each_of
from workreport.extract.labeleconomy import carried, period_growth
from workreport.extract.labelexample import listed_example
from workreport.extract.labelfloor import each_floor
from workreport.extract.labelforms import balance_increase, share_named
from workreport.extract.labelfunds import fund_filler_dropped
from workreport.extract.labellifted import lifted
from workreport.extract.labellists import halves_joined, second_pair
from workreport.extract.labelorder import clause_apart, distributed, measured_apart, unnamed_pair
from workreport.extract.labelperiods import periods_named
from workreport.extract.labelperiodscope import period_share
from workreport.extract.labelphrased import people_counted
from workreport.extract.labelplaced import counted_place_dropped
from workreport.extract.labelranks import rank_owned
from workreport.extract.labelrecipients import counted_recipients, subject_to_recipients
from workreport.extract.labelrelative import Held
from workreport.extract.labelrelkept import relative_kept
from workreport.extract.labelresidents import residents
from workreport.extract.labelreview import reached_new, stock_increase
from workreport.extract.labelrunning import running_total_kept
from workreport.extract.labelsized import listed_threshold
from workreport.extract.labeltargets import bracket_target
from workreport.extract.labelterm import section_term
from workreport.extract.labeltopic import topic_measure
from workreport.extract.labelvocab import cue_pattern
from workreport.extract.labelzonehead import zone_headed
from workreport.extract.measurestriven import striven_change
from workreport.extract.naming import label, since_year, strip_words
from workreport.extract.nonfigureleads import package_named
from workreport.extract.nonfiguretasks import plan_works_named, task_list_named
from workreport.extract.numbers import Token, vocab
from workreport.extract.perunits import per_priced
from workreport.extract.qualifiers import approx_after, bound_before, leading_words, milestone
from workreport.extract.rankmoves import rank_move
from workreport.extract.spanyears import dated
from workreport.extract.structure import Structure
from workreport.extract.targetyears import target_year
from workreport.extract.units import unit_named

__all__ = ["Figure", "extract"]

# each count of a chain of nested units by the chain's act (round 52, s52d)
# and one example kept before a bare noun counted after a list of names (round 64, z4);
# people a means reaches by who they are and what they came to (round 65, x3);
# a relative clause before a count kept (round 68, v4);
# the thing that drove a count of those it lifted named before the verb (round 73, x1)
_label = relative_kept(listed_example(driver_named(chained(lifted(label)))))


@dataclass(frozen=True)
class Figure:
    """One indicator row before it becomes a table row."""

    section: str
    kind: str
    year: int | None
    indicator: str
    measure: str
    value: float
    value_high: float | None
    unit: str
    qualifier: str
    sentence: str
    sentence_index: int
    quote: str
    start: int
    end: int
    year_first: int | None = None  # the first year of a period it covers (spanyears)


@cache
def _cue_words() -> tuple[tuple[str, tuple[int, ...], frozenset[str]], ...]:
    """For ``cues.change_down`` then ``change_up``: the direction, its words' lengths
    (longest first) and its words."""
    cues = vocab("cues")
    lists = (("down", cues["change_down"] + cues["change_down_more"]),  # round 77 (x3): *_more
             ("up", cues["change_up"] + cues["change_up_more"]))
    return tuple((direction, tuple(sorted({len(w) for w in words}, reverse=True)),
                  frozenset(words)) for direction, words in lists)


@cache
def _changes_to() -> tuple[str, ...]:
    """The change words that, before 为, name the level changed to (下降为, 缩短为, 上升为)."""
    cues = vocab("cues")
    return tuple(cues["change_down"] + cues["change_up"])


def _cue(pre: str) -> tuple[str, str]:
    """Which growth cue ends ``pre`` once neutral words are peeled off: ("up"|"down"|"", cue).
    None after a cue and 为, the level changed to (办理时限…缩短为7个工作日; round 42)."""
    if pre.endswith("为") and pre[:-1].endswith(_changes_to()) \
            and not pre[:-1].endswith(tuple(vocab("cues")["change_magnitudes"])):
        return "", ""  # not a change's size: "降幅为38.78%" (round 77, x3)
    core = strip_words(pre, vocab("cues")["neutral_before_number"], leading=False)
    for direction, lengths, words in _cue_words():
        for n in lengths:  # the longest word of a direction that ends the clause
            if n <= len(core) and (end := core[len(core) - n:]) in words:
                return direction, end
    return "", ""


def _leading_cut(pre: str) -> tuple[str, str]:
    """Leading cut rule: "压减地下水开采量1.57亿立方米", "减少贫困人口845户" — a clause that
    opens with a cut (``cues.change_down_leading``) states a decrease by the number, unless
    the number is the level cut to ("压减至…", "从…的百分之六十点八降低到一九五四年的…"); 也 too."""
    cues = vocab("cues")  # 今年也要再减少农村贫困人口1000万人以上 (session 72)
    core = strip_words(pre.strip(), [*cues["label_leading"], *cues["label_leading_also"],
                                     *cues["cut_owner_leading"]], leading=True)  # 省本级压减…
    if re.search(r"[到至]", core):
        return "", ""
    word = next((w for w in cues["change_down_leading"] + cues["change_up_leading"]
                 if core.startswith(w)  # not a rate's cut: 净增 (round 21)
                 and not any(r in core for r in cues["rate_words"])), "")
    return ("down" if word in cues["change_down_leading"] else "up", word) if word else ("", "")


def _direction(pre: str) -> tuple[str, str]:
    """The growth cue ending ``pre``, else the cut opening it: ("up"|"down"|"", cue)."""
    direction, cue = _cue(pre)
    return (direction, cue) if direction else _leading_cut(pre)


def _measure(tok: Token, pre: str) -> tuple[str, float]:
    """Growth cue rule and share rule; returns (measure, signed value)."""
    q = tok.quantity
    assert q is not None
    direction, cue = _direction(pre)
    sign = -1.0 if direction == "down" or improved_fall(cue, pre) else 1.0
    if q.dimension in ("percent", "ratio"):
        if direction:
            return "change", sign * q.value
        if q.unit.endswith("百分点"):
            # Gap rule: "高于全省3.3个百分点" is a difference, never a share.
            down = bool(cue_pattern("gap_down").search(pre))
            return "change", -q.value if down else q.value
        if q.dimension == "percent" and subject_cut(pre):
            return "change", -q.value  # 审批业务压缩时限32% (round 85, n3)
        # Ratio rule: "是2011年的1.1倍" is a multiple, not a level in 倍.
        return ("share" if q.dimension == "percent" else "ratio"), q.value
    # A change word of money before a count of people counts them (round 23).
    if cue in vocab("cues")["money_only_changes"] and q.dimension != "money":
        return "level", q.value  # "贫困人口稳定增收3万名" counts the people
    # An amount after a list break is the level reached: "保持40%以上增长、达357万辆".
    if direction and cue in vocab("cues")["absolute_change"] and (
            _direction(pre.split("、")[-1])[0] or cut_objects(pre, cue, _leading_cut(pre)[1])):
        return "change", sign * q.value
    return "level", q.value


def _qualifier(text: str, tok: Token) -> str:
    q = tok.quantity
    assert q is not None
    parts = leading_words(text[tok.sentence.start:q.start], text[q.end:tok.sentence.end])  # s73
    before = q.before or bound_before(text, q.start, q.unit, tok.sentence.start) \
        or milestone(text, q.start, q.end)
    approx = q.approx or ("" if q.after else approx_after(text, q.end, q.unit, q.dimension))
    parts += [p for p in (before, approx, q.after) if p]
    return "|".join(parts)


def extract(st: Structure, tokens: list[Token],
            years: tuple[int | None, int | None]) -> list[Figure]:
    """Build one Figure per figure token; ``years`` is (year reviewed, report year)."""
    text = st.text
    reviewed, report_year = years
    figures: list[Figure] = []
    previous: str | None = None
    current_sentence, previous_end = -1, -1
    previous_figure: Figure | None = None
    holders = Held()  # the holder held_counted relabelled in the sentence, one per sentence
    groups: list[list[int]] = []  # runs of figures a 分别 clause distributes over
    implicit: set[int] = set()  # the first figures of runs after a list with no 分别
    pres: list[str] = []  # each figure's clause before it
    plan_parts = {p.number for p in st.parts if p.role in ("plan", "appendix")
                  and not review_like(st, p, report_year)}
    heading: tuple[int, str, int] = (-1, "", -1)  # a package no figure heading its parts (r65)
    for tok in tokens:
        if tok.cls != "figure" or tok.quantity is None:
            if tok.cls == "name" and (named := package_named(text, tok.start, tok.end)
                                      or task_list_named(text, tok.start, tok.end)
                                      or (st.part_of(tok.sentence.section).role == "plan"
                                          and plan_works_named(text, tok.start, tok.end))):
                heading = (tok.sentence.index, *named)  # "18项惠民实事，5项基本完成" (r65, x1)
                if tok.sentence.index == current_sentence:
                    previous, previous_end = heading[1], heading[2]
            continue
        q = tok.quantity
        if tok.sentence.index != current_sentence:
            previous, current_sentence, previous_end = None, tok.sentence.index, -1
            previous_figure, holders = None, Held()
            if heading[0] == tok.sentence.index:  # the package's name for its parts (r65, x1)
                previous, previous_end = heading[1], heading[2]
        # A clause never reaches back past the figure before it ("19件已化解18件").
        begin = max(tok.sentence.start, previous_end)
        pre = clause_before(text, begin, q.start + len(q.before))
        pre_label = clause_before(text, begin, q.start) if q.before else pre
        pre_label = counted_recipients(text, begin, pre_label)  # 向12家企业发放贷款 (r71, w7)
        pre_label = subject_to_recipients(pre_label, text, q.end, tok.sentence.end)  # r72, x2
        if previous_figure and begin == previous_end > tok.sentence.start:
            pre_label = after_count_item(text[begin:q.start], pre_label, previous,  # r71, w6
                                         text[q.end:tok.sentence.end],  # 幼儿园、改造校舍
                                         (previous_figure.unit, q.unit))
        measure, value = _measure(tok, pre)
        if measure == "level" and (move := rank_move(
                text[tok.sentence.start:q.start], text[q.start:q.end + 3], q.unit)):
            measure, value = "change", move * q.value  # 排名…提升3位 (round 67, r5)
        elif measure == "share" and previous_figure and striven_change(
                text[previous_end:q.start], (previous_figure.measure, previous_figure.unit,
                                             previous_figure.value), q.unit, q.value):
            measure = "change"  # "增长7%以上、力争达到8%" (round 67, r5)
            value = -q.value if previous_figure.value < 0 else q.value  # 下降3%，力争3.5% (q3)
        name = _label(text, tok, pre_label, previous, holders)
        name = period_growth(text, tok.sentence.start, q.start, pre_label, q.unit,
                             (name, previous)) or name  # 三季度地区生产总值 (r59, s59d)
        name = listed_threshold(text, q.start) or people_counted(name, q.unit) or name  # r26-27
        name = residents(text[tok.sentence.start:q.start], text[q.end:tok.sentence.end],
                         q.unit) or state_after(name, text[q.end:tok.sentence.end], q.unit)  # r71
        if previous_end == begin and previous_figure:  # "在115个县建设…示范片1000个" (r38)
            frame = re.split(r"[，；]", text[tok.sentence.start:previous_figure.start])[-1]
            name = counted_place_dropped(name, text[begin:q.start], previous, frame)
        # "分别增加15天和减少3天": its own cue in an open 分别 group (r72, x2); the text between
        # is read, as pre drops a 、 (after 、 only in one unit); the cue only for such a group
        between = text[previous_end:q.start].strip()
        cued = bool(groups and groups[-1][-1] == len(figures) - 1 and "分别" in pres[groups[-1][0]]
                    and (cue := _cue(pre.strip())[1])
                    and re.fullmatch(f"[、和及与]{re.escape(cue)}", between)
                    and (between[0] != "、"
                         or bool(previous_figure and q.unit == previous_figure.unit)))
        shared = bool(previous_figure and (not pre.strip("、，和及与 ") or cued)
                      and (q.unit == previous_figure.unit  # or in an open 分别 group
                           or any(g[-1] == len(figures) - 1 and (g[0] not in implicit or
                                  measured_apart(figures[g[0]].indicator, q.unit,
                                                 previous_figure.unit, text[previous_end:q.start]))
                                  for g in groups[-1:])))
        if shared and previous_figure:
            # Distributive rule: "分别下降3.5%、2.9%" — the second figure shares the cue.
            measure = measure if cued else previous_figure.measure
            if measure == "share" and q.dimension != "percent":  # "分别提高到36%、40.4%和
                measure = "level"  # 12.4平方米": an area is no share (round 67, r5)
            value = value if cued else -q.value if previous_figure.value < 0 else q.value
            if halves_joined(previous_figure.indicator, text[previous_end:q.start]) \
                    and not (groups and groups[-1][-1] == len(figures) - 1):
                groups.append([len(figures) - 1])  # "城乡…完成3.1万元和1.9万元" (round 15)
                implicit.add(len(figures) - 1)
            if groups and groups[-1][-1] == len(figures) - 1 and not (
                    groups[-1][0] in implicit and clause_apart(text[previous_end:q.start])):
                groups[-1].append(len(figures))  # (no 分别: 、 or 和 only, round 70, g3)
            elif pres and unnamed_pair(pres[-1]):  # "…，增长18.6%和23.4%" (round 38, rc38)
                groups.append([len(figures) - 1, len(figures)])
                implicit.add(len(figures) - 1)
        elif "分别" in pre or re.search(r"[、和与及]", name) or second_pair(
                name, pre, [(figures[g[0]].sentence_index, figures[g[0]].indicator)
                            for g in groups if len(g) > 1], tok.sentence.index):
            # A list of subjects before figures sharing one cue is a 分别 clause without the
            # word: "生产安全事故起数、死亡人数下降17.6%、11.6%".
            groups.append([len(figures)])
            if "分别" not in pre:
                implicit.add(len(figures))
        stock = previous_figure.unit if previous_figure and previous_figure.measure == "level" \
            else None
        target = None  # a bracket's target names no later figure (round 31)
        if measure == "level" and (held := balance_increase(name, pre, q.dimension, stock,
                                                             unit_named(q.unit))):
            measure, name = "change", held  # "各项贷款余额320亿元，新增45亿元" (seed 2137)
        elif measure == "level" and (held := stock_increase(text, q, pre, stock, name)):
            measure, name = "change", held  # "公交车达到1200辆，新增300辆" (r25, K)
        elif measure == "change" and (new := reached_new(text, q, pre, stock, name)):
            measure, value, name = "level", q.value, new  # "增加46个自然村通硬化路" (r25)
        elif previous_figure and previous_figure.unit == unit_named(q.unit) \
                and (target := bracket_target(text, q.start, previous_figure, name)):
            name, measure = target  # "增长9.2%（年度目标8%左右）" (round 31)
        pres.append(pre_label)
        kind = kind_of(st, tok, pre_label, plan_parts, report_year)
        previous, previous_end = (previous if target else carried(
            name, previous, pre_label, q.unit, text[tok.sentence.start:q.start])), q.end  # r59 gap
        if measure == "level":  # 村集体收入全部达到5万元 → 各村集体收入, not carried on (r73, x1)
            name = each_floor(name, text[tok.sentence.start:q.start], text[q.start:q.end], q.unit)
        figures.append(previous_figure := Figure(
            section=tok.sentence.section,
            kind=kind,
            year=target_year(st, tok, report_year) if kind == "target"
            else report_year if st.part_of(tok.sentence.section).role == "plan"
            and report_year and of_this_year(text[tok.sentence.start:q.start]) else reviewed,
            indicator=since_year(name, pre_label, reviewed) if measure == "change"
            else share_named(name, measure),
            measure=measure,
            value=value,
            value_high=(-q.value_high if value < 0 else q.value_high)
            if q.value_high is not None else None,
            unit=unit_named(q.unit),
            qualifier=_qualifier(text, tok),
            sentence=tok.sentence.text,
            sentence_index=tok.sentence.index,
            quote=text[q.start:q.end],
            start=q.start,
            end=q.end,
        ))
    figures = distributed(figures, groups, text)  # 分别: part by part, or in order (r21)
    figures = bases_carried(figures, groups, text, reviewed)  # 较2015年分别下降… (r52, s52b)
    for rule in figurepasses.LIST:  # 城区3所、农村5所中小学校; 其中40个达到50万元以上 …
        figures = rule(figures, text)
    # Each-of rule: one figure after a list of subjects with 均/各/都 is a row per subject,
    # same value and quote ("建议提案办复率、满意率均达100%").
    grouped = {i for g in groups if len(g) > 1 for i in g}
    rows: list[Figure] = []
    terms: dict[int, str] = {}
    for i, f in enumerate(figures):
        sentence = st.sentences[f.sentence_index]
        opening = text[sentence.start:f.start]  # its sentence up to it
        lead = text[st.paragraphs[sentence.paragraph].start:sentence.start]  # 五年来，… (r32)
        if sentence.paragraph not in terms:  # "“十三五”时期，是…的五年。" before it (r46)
            terms[sentence.paragraph] = _term(st, sentence.paragraph, reviewed)
        f = replace(f, indicator=periods_named(f, figures[i - 1:i], figures[i + 1:i + 2],
                                               opening, pres[i], reviewed, lead,
                                               terms[sentence.paragraph]))  # 五年累计… (r24)
        f = replace(f, indicator=fund_filler_dropped(f.indicator))  # 财政安排…资金 (r37)
        if f.measure == "share" and f.kind == "actual" and rows \
                and rows[-1].sentence_index == f.sentence_index:  # “十三五”期间…占… (r71, w1)
            f = replace(f, indicator=period_share(f.indicator, rows[-1].indicator, opening))
        f = replace(f, indicator=topic_measure(f.indicator, opening))  # 空气质量综合指数 (r55)
        f = replace(f, indicator=zone_headed(f.indicator, lead, opening))  # 雄安新区… (r76, x6)
        f = replace(f, indicator=rank_owned(f, rows[-1:], text))  # …全市第10，提高4个位次 (r38)
        for rule in figurepasses.ROW:  # …74宗，拆除面积 → …拆除面积; 煤炭保有储量 …
            f = rule(f, rows, text)
        f = replace(f, indicator=ratio_subject(f, rows, text, reviewed))  # 钢…，等于…的N倍 (r38)
        f = dated(f, figures[i + 1:i + 2], text, opening, lead, reviewed,
                  terms[sentence.paragraph], report_year)  # 由46.9%提高到… (s69); 五年累计…
        f = per_priced(f, rows[-1:], text)  # 每立方3.48元 → 3.48 元/立方米 (r47, s47c)
        f = replace(f, indicator=running_total_kept(  # 累计城市更新项目 (r62, r62a)
            f.indicator, opening, f.kind, f.measure, f.unit, rows[-1].indicator if rows else None))
        f = replace(f, indicator=benefit_source(f.indicator, opening, rows[-1].indicator if rows
                                                and rows[-1].sentence_index == f.sentence_index
                                                else None))  # …扶贫惠及群众 (r68, v1)
        names = None if i in grouped else each_of(pres[i], f.indicator, f.measure)
        rows += [replace(f, indicator=n) for n in names] if names else [f]
    # …重大项目已开工74个 → 已开工的重大项目, once every label is made (round 73, x7); a list's
    # rate takes the area its first item opens with: 农村…、生活污水治理率 (round 77, x1)
    return [replace(r, indicator=area_rate(already_done(r.indicator, r.unit), text[
        st.sentences[r.sentence_index].start:r.start])) for r in rows]


def _term(st: Structure, index: int, reviewed: int | None) -> str:
    """The term of an end-of-term review paragraph ``index`` of ``st`` stands in
    (``labelterm.section_term`` on the openings of its section's paragraphs up to it and its
    part's heading; round 46, s46c)."""
    section = st.paragraphs[index].section
    heads = [st.text[p.start:min(p.end, p.start + 40)] for p in st.paragraphs[:index + 1]
             if p.section == section and p.kind in ("body", "bullet")]
    own = st.section(section)  # a year's sub-section of a term's part (round 81 review, q1)
    return section_term(heads, st.part_of(section).title, reviewed,
                        own.title if own.number else "")
