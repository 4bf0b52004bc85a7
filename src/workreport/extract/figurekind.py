"""Stage 4, the kind of a figure: a result of the year under review (``actual``) or a target,
and the year a target is set for (split from ``figures`` in round 28, tidy 3, so each has
room; ``figures.extract`` calls ``review_like`` and ``kind_of``, and ``targetyears.target_year``).

- *kind*: in a plan part a figure is a target, unless its sentence reports the past
  (去年…, but not 比去年…), states a background fact (与新区接壤51.2公里), a stock the
  plan builds on (以…为依托), the level a change starts from (从人均40元提高到45元; round 82,
  x8: 现行16%的税率降至13%) or what is already so (已达2.5亿; progress made, background the
  place has, projects already declared, an act done, 已设立…: ``kinds.already``; the people of
  the year it faces, 今年高校毕业生749万人: ``kindfaced``; round 82, x8: a sentence opening
  with the place in the first person, ``kindfirstperson``, and what a plan only monitors or
  supports after 对, ``kindstockacts``); a plan part before the year's plan part whose title names
  no plan word is part of the review (``review_like``); in a review, a goal word makes a
  figure a target only with 今年 in its sentence up to the end of its ；-part (round 77, x3;
  round 77 review, q2: the goal word may stand in a later part when 今年 there is no period
  up to now), and in a plan a sentence opening with a past year that names no goal reports it.
- *target year*: a target "到2021年…" is a target for 2021, one of a paragraph or section on
  a five-year plan period is one for its last year (``targetyears``).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.kindfaced import faced_people
from workreport.extract.kindfirstperson import first_person_fact
from workreport.extract.kindglossary import glossary_fact
from workreport.extract.kindpopulation import population_stock
from workreport.extract.kindprojection import projected
from workreport.extract.kinds import already, annex_kind
from workreport.extract.kindstockacts import acted_stock
from workreport.extract.labelclause import rest_of_clause
from workreport.extract.labelvocab import cue_pattern
from workreport.extract.nonfigureown import perfective
from workreport.extract.nonfigures import alternation
from workreport.extract.numbers import Token, vocab
from workreport.extract.structure import Structure

__all__ = ["kind_of", "review_like"]


def review_like(st: Structure, part, report_year: int | None) -> bool:
    """A plan part that is really a numbered part of the review: its title names no plan
    word, and a later part's title names the report year with one."""
    words = vocab("cues")["plan_title_words"]
    if part.role != "plan" or any(w in part.title for w in words):
        return False
    year = str(report_year) if report_year else r"\d{4}"  # the year, when the report says it
    later = [p for p in st.parts if p.number > part.number]
    return any(re.search(rf"{year}年", p.title) and any(w in p.title for w in words)
               for p in later)


def _background(clause: str) -> bool:
    """Background rule: the clause states a fact the plan starts from ("与新区接壤51.2公里",
    ``cues.background_markers``), but not a ratio per head or unit ("每千人口拥有托位数",
    ``cues.background_not_after``: an indicator, set as a goal; round 14), nor a number after a
    verb that makes new things (``cues.background_not_between``)."""
    m = cue_pattern("background_markers").search(clause)
    if not m or cue_pattern("background_not_after").search(clause, 0, m.start()):
        return False
    # "利用现有闲置资源改造建设20个…中心": what exists is the means; the number follows a verb
    # that makes new things (``cues.background_not_between``), a goal (seed 9004).
    digit = re.search(r"\d", clause[m.end():])
    between = clause[m.end():m.end() + digit.start()] if digit else ""
    return not any(w in between for w in vocab("cues")["background_not_between"])


def _in_stock_frame(text: str, tok: Token, pre: str) -> bool:
    """Stock rule: "以全区7个4A级景区为依托" — the number sits inside a frame that names what
    the plan builds on (以 … 为依托), an existing stock rather than a goal."""
    q = tok.quantity
    assert q is not None
    after = rest_of_clause(text, q.end, tok.sentence.end)
    return any(pre.lstrip().startswith(opening) and closing in after
               for opening, closing in vocab("cues")["stock_frames"])


def _people(text: str, tok: Token) -> bool:
    """Background rule: "8500万江苏人民", "65万人民" — a count of a place's people is its
    population (``cues.people_nouns``), not a goal."""
    cues = vocab("cues")
    q = tok.quantity
    assert q is not None
    m = re.match(rf"[^，。；\d]{{0,5}}?({alternation(cues['people_nouns'])})",
                 text[q.end - 1:q.end + 6])
    return bool(m) and not text.startswith(tuple(cues["people_noun_not"]), q.end - 1 + m.start(1))


def _done(pre: str) -> bool:
    """Done rule: the clause before a number in a plan part states what is already so: it
    ends with 已达/已经… (``cues.done_before_number``) or its verb carries the perfective 了
    (``cues.done_aspect``, not in 了解, 为了 …)."""
    return pre.rstrip().endswith(tuple(vocab("cues")["done_before_number"])) or perfective(pre)


def _faced(text: str, tok: Token, pre: str) -> bool:
    """Faced rule: "今年高校毕业生将达650万人，要开发更多就业岗位" — a number straight after
    将达 (``cues.faced_before_number``) whose sentence answers it with what must be done
    (``cues.faced_answers`` opening the next clause) is a stock the plan faces, not its goal;
    a goal word in the clause (``cues.faced_not_with``: 力争, 确保, 预期 …) keeps it a target.
    Round 33 (sx): the development draw's judges, a background stock stated with 将达."""
    cues = vocab("cues")
    q = tok.quantity
    assert q is not None
    head = _CLAUSE_HEAD.split(pre)[-1]
    if not head.rstrip().endswith(tuple(cues["faced_before_number"])) \
            or any(w in head for w in cues["faced_not_with"]):
        return False
    rest = _CLAUSE_TAIL.split(text[q.end:tok.sentence.end], maxsplit=1)
    return len(rest) > 1 and rest[1].startswith(tuple(cues["faced_answers"]))


@cache
def _base_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """``cues.base_openers`` ending a clause (a few words after it); ``base_closers``
    followed by a number (a few words before it); a whole base phrase, opener to closer
    ("从去年的2.1%提高到"). The first two let other bases joined by 、 stand between: each of
    "分别从每人每月600元、450元提高到630元、480元" is a base (seed-2134 audit)."""
    cues = vocab("cues")
    openers = rf"(?<!实)(?:{alternation(cues['base_openers'])})"  # not 实现行政村 (r82, x8)
    closers = alternation(cues["base_closers"])
    item = r"[\d.]+[^\d，。；、]{0,4}"  # one number of a base list: 600元 in 从600元、450元提高到
    return (re.compile(rf"(?:{openers})[^\d，。；]{{0,12}}(?:{item}、[^\d，。；]{{0,6}})*$"),
            re.compile(rf"[^\d，。；]{{0,4}}?(?:、[^\d，。；]{{0,6}}{item})*?(?:{closers})"
                       rf"[^\d，。；]{{0,4}}\d"),
            re.compile(rf"(?:{openers})[^，。；]{{0,20}}?\d[^，。；\d]{{0,6}}?(?:{closers})"))


def _base_of_change(text: str, tok: Token, pre: str) -> bool:
    """Base rule: "从人均40元提高到45元", "由“十二五”末的29.1亿元增长到50.1亿元" — the number
    a change starts from is the level today, not a goal."""
    q = tok.quantity
    assert q is not None
    opener, closer, _span = _base_patterns()
    before = text[tok.sentence.start:q.start]  # pre stops at the figure before: 600元、
    if bool(opener.search(pre) or opener.search(before)) \
            and bool(closer.match(text, q.end, tok.sentence.end)):
        return True
    now_opener, now_closer = _now_noun_patterns()
    return bool(now_opener.search(before)) and bool(now_closer.match(text, q.end, tok.sentence.end))


@cache
def _now_noun_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Session 60 (f4): 现行 (``cues.base_noun_openers``) before "N的 + noun + 到/至": the noun
    named after the number's 的 may be longer than a closer's four words ("将制造业现行16%的
    增值税税率降至13%", "将现行每人每月500元的补贴标准提高到600元": today's rate, actual). The
    noun holds no digit and no clause mark; the opener stands a few words before the number."""
    cues = vocab("cues")
    openers = rf"(?<!实)(?:{alternation(cues['base_noun_openers'])})"
    closers = alternation(cues["base_closers"])
    return (re.compile(rf"(?:{openers})[^\d，。；、]{{0,8}}$"),
            re.compile(rf"[^\d，。；、的]{{0,2}}的[^\d，。；、的]{{1,10}}?(?:{closers})[^\d，。；]{{0,2}}\d"))


_CLAUSE_HEAD = re.compile(r"[，；;,]")
_CLAUSE_TAIL = re.compile(r"[，；;,。]")


def _clause(text: str, tok: Token) -> str:
    """The clause (between ，；) that holds the figure."""
    q = tok.quantity
    assert q is not None
    head = text[tok.sentence.start:q.start]
    head = _CLAUSE_HEAD.split(head)[-1]
    return head + text[q.start:q.end] + _CLAUSE_TAIL.split(text[q.end:tok.sentence.end])[0]


@cache
def _compared() -> re.Pattern[str]:
    """A past marker that is only the base of a comparison: 比去年, 较上年."""
    cues = vocab("cues")
    openers = alternation(cues["comparison_openers"])
    markers = alternation(cues["past_markers"])
    return re.compile(rf"(?:{openers})(?:{markers})")


def kind_of(st: Structure, tok: Token, pre: str, plan_parts: set[int],
            report_year: int | None) -> str:
    """actual or target; ``plan_parts`` are the numbers of the parts that plan (was
    ``figures._kind`` until round 28)."""
    part = st.part_of(tok.sentence.section)
    sentence = tok.sentence.text
    if part.number in plan_parts:
        # Past rule: 去年… before the figure reports a result; "比去年增加8000亿元" only
        # compares with it, nor does the base of a change ("从去年的2.1%提高到2.3%"), and a
        # 去年 after it belongs to another clause ("今年拟安排财政赤字1.62万亿元，…赤字率从去年
        # 的2.1%…", "控制在3.5%左右，考虑了去年涨价翘尾影响").
        q = tok.quantity
        assert q is not None
        before = _base_patterns()[2].sub("", st.text[tok.sentence.start:q.start])
        uncompared = _compared().sub("", before)
        annex = annex_kind(st.text, part.start, q.start, report_year) \
            if part.role == "appendix" else ""
        past = cue_pattern("past_markers").search(uncompared)
        if annex == "actual" or (past and not cue_pattern("past_marker_overrides").search(
                sentence)):
            return "actual"  # annex rule: "附件1 2023年十大工程进展情况" (round 14)
        clause = _clause(st.text, tok)
        if (annex != "target" and _background(clause)) \
                or cue_pattern("submitted_markers").search(clause) or _people(st.text, tok) \
                or population_stock(st.text, q.end, q.unit):
            return "actual"  # background rule: "与新区接壤51.2公里", "…候选项目提交大会"
        if _base_of_change(st.text, tok, pre):
            return "actual"  # base rule: "财政补助从人均40元提高到45元"
        if _done(pre) or already(st.text[tok.sentence.start:q.start], report_year):
            return "actual"  # done rule: "我国60岁以上人口已达2.5亿", "梳理形成了12件";
            # kinds.already: progress, background and declared rules
        if _past_year(st.text[tok.sentence.start:q.start], report_year):
            return "actual"  # past-year rule: "2021年与…学院开展合作办学招生40人" (round 77, x3)
        if glossary_fact(sentence):
            return "actual"  # glossary rule: "〔8〕智能制造产业园：占地252亩…" (round 81, x8)
        if first_person_fact(st.text[tok.sentence.start:q.end]):
            return "actual"  # first-person rule: "我区每年接待游客近3亿人次" (round 82, x8)
        if acted_stock(st.text[tok.sentence.start:q.start], st.text[q.end:tok.sentence.end]):
            return "actual"  # stock-act rule: "加大对10个试点县的支持力度" (round 82, x8)
        if _faced(st.text, tok, pre) \
                or faced_people(st.text[tok.sentence.start:q.start], q.unit):
            return "actual"  # faced rule: "今年高校毕业生将达650万人，要…" (round 33);
            # kindfaced: "今年高校毕业生749万人" (session 70)
        return "actual" if _in_stock_frame(st.text, tok, pre) else "target"
    scope = _review_scope(st.text, tok)
    if projected(st.text[tok.sentence.start:tok.quantity.start]):  # type: ignore[union-attr]
        return "target"  # projection rule: "建成后，全县将形成近5平方公里…" (round 81, x8)
    if cue_pattern("target_markers").search(scope if _to_date(scope) else sentence) \
            and cue_pattern("target_year_words").search(scope):
        return "target"
    return "actual"


def _to_date(scope: str) -> bool:
    """Does the review's scope name the year only as a period up to now ("今年以来", "今年1至11
    月": ``cues.target_year_to_date``), or not at all? Then only a goal word in the scope makes
    the figure a target (round 77 review, q2)."""
    return not re.search(rf"(?:{alternation(vocab('cues')['target_year_words'])})"
                         rf"(?!{alternation(vocab('cues')['target_year_to_date'])})", scope)


@cache
def _past_year_opening() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return (re.compile(r"\s*(?:[（(〔\[]?\d+[）)〕\]]\s*)?((?:19|20)\d\d)年"),
            cue_pattern("past_year_not_with"))


def _past_year(before: str, report_year: int | None) -> bool:
    """Past-year rule (round 77, x3): in a plan part, a sentence that opens with a year before
    the report year and sets no goal before the figure (``cues.past_year_not_with``) reports
    that year: "2021年与河北交通职业技术学院开展“3+2”合作办学招生40人", "2019年评选中，…"
    (a glossary's facts), "2014年至今学校共招收学生442人". Not "2022年，力争新增规上工业企业
    5户" (a goal), nor a span to the report year or later ("2013年至2015年，…"); nor (round 77
    review, q2) the plan year named before the figure ("2022年开通高铁，今年新开工保障房2000套",
    年内, 明年: ``cues.past_year_not_with``), nor a rule from that year on ("2022年起，…")."""
    opening, goals = _past_year_opening()
    m = opening.match(before)
    if not m or "的" in re.split(r"[，,：:]", before)[0] or "累计" in before \
            or before[m.end():].startswith("起"):
        return False  # the year of a thing named ("2013年申报的14个项目，完成投资…"); a total
        # since that year keeps its 累计 label ("2019年与…合作办学，累计招生500人"); a rule in
        # force from then on ("2013年起，每年新增就业1万人"; round 77 review, q2)
    return report_year is not None and int(m.group(1)) < report_year \
        and not goals.search(before) \
        and all(int(y) < report_year for y in re.findall(r"((?:19|20)\d\d)年", before))


def _review_scope(text: str, tok: Token) -> str:
    """Where a review's sentence must name the year its goal is set for (round 77, x3): the
    sentence up to the end of the ；-part that holds the figure. A goal and year stated only in a
    later ；-part ("…庞口镇被列入全国首批127个中国特色小镇；…；《布衣天下》今年将在央视播出") are
    that part's; the figure stays a result. A goal stated before it still governs it ("今年将新增
    就业1万人；改造道路5条"), and so does a goal word of a later part when the figure's own part
    names the year (round 77 review, q2: "今年全市安排重点项目100个；力争年内完成投资200亿元")."""
    q = tok.quantity
    assert q is not None
    tail = re.split(r"[；;]", text[q.start:tok.sentence.end], maxsplit=1)[0]
    return text[tok.sentence.start:q.start] + tail
