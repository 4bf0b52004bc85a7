"""The period a figure counts over, where ``labelperiods`` lost it (round 71, w1, from the
development draws' 'scope lost': the period of an end-of-term review, a 累计 over a term or a
goal's 年均 dropped, the bare label reading as the reviewed year's).

Class of error and rules:

- a comparison word inside a word that names no base (可比, 比重, 比例, 占比, 对比:
  ``cues.base_word_not``) stopped 年均 as a base does: "“十三五”期间，全县生产总值按可比口径年均
  增长3.5%" gave 生产总值; ``based`` reads a base only in 比 or 较 outside those words, so it is
  生产总值“十三五”期间年均, as the rest of the sentence;
- a goal's 年均 within a plan's term ("“十四五”时期，…年均增长7%") keeps 年均 as any goal's
  does (``yearly_target``, session 61; round 71 kept it bare, as the gold then did), the term
  glued in front of its subject dropped and 平均每年 read as 年均 (session 73: "“十三五”时期经济
  年均增长…" → 经济年均);
- a change over the period of its sentence or paragraph with no base or 年均 of its own
  ("过去五年，…。农村贫困人口减少1亿多", "…专业技术人才增加860万人") is the period's:
  ``period_change`` writes the period after the stock with 累计, as for a 累计 change (农村贫困人口
  五年累计); not with a year of its own, a base (由, 从, 比, 较) or a period other than 五年 or a
  plan's term;
- a 累计 opening an earlier clause of the figure's ；-part is shared by the acts listed after it
  ("累计完成4500余户拆迁，建成回迁楼35万平米"): ``run_total`` says so, and the count done takes the
  term its section reviews, as the first does;
- a share of a period's total written right after it ("“十三五”时期，全县民生投入140.39亿元，占一般
  公共预算支出的86.78%") is the period's: ``period_share`` puts the total's period before it;
Exceptions: targets (a plan's 累计建成 count stays bare, as rounds 32 and 64 settled), stocks
reached (达到, 余额 …), multiples; a period of a year (2016年以来) for ``period_change``.
Round 71, w1. Round 71 review (q7): nor for ``period_change`` a year or part of one in the
sentence (一年来, 这一年, 刚刚过去的一年, 前三季度: "前三季度规模以上工业增加值" had become
规模以上工业增加值五年累计), a streak (连续五年增长10%), a gap (快于, 高于 …), or a growth rate
after a 年均 of its sentence ("地区生产总值年均增长7%，城乡居民收入分别增长8%和9%": the 年均
is shared, 五年累计 named another thing).
Round 82 (x3): in a part reviewing a term, a run's 累计 reaches any flow or count after it, as a
period opener does (``run_shared``: 累计办理农业保险5.6万户，理赔4600万元 → 五年累计农业保险理赔
金额), and a change with no base takes the base year of its ；-part (``carried_base``: 较2016年
改善28.6%，…，优良率提高34.9个百分点 → 优良率比2016年). Round 82 review (q2), exceptions: a
level a change reached or a threshold crossed after the 累计 (贫困人口减少到0.5万人, 合作社发展到
560家, 财政收入突破20亿元) stays bare, as one after 达到 does; a change naming its own year after
the base (…较2008年增长80%，今年增长13%; 2013年, 同比) carries no base.
"""
from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags
from workreport.extract.nonfigures import alternation

_PLAN = r"“十[一二三四五]五”"
# A label naming its period or year already (五年, 年均, “十三五”, 2015年, 三年).
NAMES_PERIOD = re.compile(
    rf"五年|年均|{_PLAN}|\d{{4}}年|[〇一二三四五六七八九零]{{4}}年|[两三四]年")
# A plan's term glued in front of the subject of its goal ("“十三五”时期经济年均增长…" gave
# “十三五”时期经济): the goal's term, which ``targetyears`` dates, no part of its label.
_TERM_OPENER = re.compile(rf"^{_PLAN}(?:时期|期间)")
# A yearly mean's words: 年均, 平均每年.
_YEARLY = re.compile(r"年均|平均每年")
_CLAUSES = re.compile(r"[，,；;：:]")
# A clause opening a run with 累计, alone or after its subject of a few characters
# ("累计完成…", "固定资产投资累计完成…"; round 82, x3); not 累计达/累计有, a stock to date.
# Nor 累计 of a change ("…增长到77.2亿元，累计增长44.44%": the change's own word).
_RUN_OPENER = re.compile(r"\s*(?:[^\d，,、“”（）()]{2,8}?)?累计"
                         r"(?![达有为超]|增长|下降|提高|降低|上升|减少|削减)[^\d，,]")


@cache
def _not_base() -> re.Pattern[str]:
    """The words holding 比 or 较 that name no base (``cues.base_word_not``), built once."""
    return re.compile(alternation(list(cue_words("base_word_not"))))


@cache
def _own_span() -> re.Pattern[str]:
    """A span of the sentence's own before a change (``cues.period_change_spans``: 经过, 连续,
    刚刚过去; or a number of years, not 年均), built once."""
    spans = "|".join(cue_words("period_change_spans"))
    return re.compile(rf"{spans}|(?<!\d)[\d一两三四六七八九十]年(?!均)")


@cache
def _own_year() -> re.Pattern[str]:
    """A clause's own year: a year's number or a word of ``cues.run_total_own_years`` (今年,
    全年, 当年), built once."""
    return re.compile(rf"(?:19|20)\d\d年|{alternation(list(cue_words('run_total_own_years')))}")


def based(text: str) -> bool:
    """Whether ``text`` (a clause up to a change) names a base: 比 or 较 outside the words
    naming none ("按可比口径年均增长" names none; "比2015年增长", "较上年" do)."""
    return bool(re.search(r"比|较", _not_base().sub("", text)))


def period_change(name: str, whole: str, before: str, period: str, own_year: bool,
                  unit: str = "") -> str:
    """``name`` of an actual change with no base nor 年均 of its own in its clause (``whole``)
    and the ``period`` of its sentence or paragraph, that period after the stock with 累计
    ("农村贫困人口" → 农村贫困人口五年累计; "城镇低保标准" → 城镇低保标准“十三五”期间累计), in
    front of a cut's verb (``cues.change_down_leading``: "压采地下水" → 五年累计压采地下水).
    ``name`` as it is with a year of its own (``own_year``), a base of a change from … to …,
    a span of its own in the sentence up to it (``before``: "经过两年努力"), a rise for each
    one (户均增收, 每…), or a period that is not 五年 nor a plan's term. Round 71 review (q7):
    nor with a year or part of one in the sentence up to it (一年来, 这一年, 刚刚过去的一年,
    ``cues.part_year_periods``: 前三季度 …), a streak (连续五年增长: each year's), a gap
    (``cues.gap_openers``: 快于经济增速1.5个百分点), or a growth rate (``unit`` %) in a
    ；-part of a sentence whose 年均 comes before it ("地区生产总值年均增长7%，城乡居民收入
    分别增长8%和9%": the 年均 is shared)."""
    if not name or own_year or not period or re.search(r"由|从|年均", whole) \
            or not (period == "五年" or re.fullmatch(rf"{_PLAN}期间", period)) \
            or _own_span().search(before) \
            or any(w in before for w in cue_words("part_year_periods")) \
            or any(w in whole for w in cue_words("gap_openers")) \
            or (unit == "%" and "年均" in re.split(r"[；;]", before)[-1]) \
            or any(w in name for w in cue_words("period_change_each")) \
            or name.endswith(cue_words("money_only_changes")):
        return name
    word = "五年累计" if period == "五年" else f"{period}累计"
    if re.search(r"^[^\d，,]{0,4}新增了?$", whole) and "新增" not in name:
        return f"{word}新增{name}"  # a stock's bare 新增 (session 60, f2: "规上企业达到320家，
        # 五年来新增150家" gave 规上企业五年累计) → 五年累计新增规上企业, as stock_increase's
    if name.startswith(cue_words("change_down_leading")):
        return word + name
    return name + word


def no_total(name: str, clause: str) -> bool:
    """Whether a level of a term (``name``, its ``clause`` up to it) is no total of the term:
    a level reached (``cues.period_stock_words``: 达到, 余额, 占 …, not counting a word that only
    holds one, ``cues.period_stock_words_not``: 占地 of 违规占地企业; round 81, x3; moved here
    from ``labelperiods`` in session 60, f2), or an average over the things counted
    (``cues.period_average_words``; session 60, f2: "五年来，累计实施项目60个，单个项目平均投资
    2亿元" gave 五年累计单个项目平均投资), not one per year or month (``cues.period_average_
    yearly``: 平均每年新增就业 averages over the term's years and keeps it), nor the start of
    a rise (``cues.period_start_words`` right before it: "从2012年开始，城区人口由10万人增加到
    15万人"; round 86 review, q2), nor a yearly amount whose 每年 (``cues.period_average_yearly``
    in ``clause``) the label lost ("县财政每年安排500万元用于扶贫"; round 86 review, q2)."""
    if any(w in name for w in cue_words("period_average_words")) \
            and not any(w in name for w in cue_words("period_average_yearly")):
        return True
    if clause.rstrip().endswith(tuple(cue_words("period_start_words"))):
        return True  # the start of a rise (round 86 review, q2: "…，城区人口由10万人增加到…")
    yearly = cue_words("period_average_yearly")
    if any(w in clause for w in yearly) and not any(w in name for w in yearly):
        return True  # a yearly amount whose 每年 the label lost (round 86 review, q2:
        # "从2012年开始，县财政每年安排500万元用于扶贫" is no total since 2012)
    for word in cue_words("period_stock_words_not"):
        clause = clause.replace(word, "")
    return any(w in clause for w in cue_words("period_stock_words"))


def run_total(before: str, whole: str) -> bool:
    """Whether a 累计 opens an earlier clause of the figure's ；-part of ``before`` (its
    sentence up to it), before a verb, the figure's own clause (``whole``) holding none:
    "累计完成4500余户拆迁，建成回迁楼" → True; not after a clause naming its own year."""
    part = re.split(r"[；;。]", before)[-1]
    clauses = _CLAUSES.split(part)
    if "累计" in whole or len(clauses) < 2:
        return False
    earlier = clauses[:-1]
    at = next((i for i, c in enumerate(earlier) if _RUN_OPENER.match(c)), None)
    return at is not None and not any(_own_year().search(c) for c in clauses[at + 1:])


def run_shared(name: str, before: str, whole: str, unit: str, quote: str = "") -> bool:
    """Whether a figure of a term's review shares the 累计 of its run (``run_total``) as it
    would share a period opener of its sentence (round 82, x3, from the dev draws' scope lost:
    "累计办理农业保险5.6万户，理赔4600万元", "累计签约引进县外投资项目43个，总投资逾200亿元",
    "固定资产投资累计完成208.4亿元，实际利用外资5.5亿美元" in a part reviewing a term gave the
    later figures bare, while "五年来，累计…" gives every one the term): any flow or count of
    the run, not only a count done; not a level at a time (``cues.run_total_not_labels``: 人均,
    率, 余额, 现有 …), one thing's size (``cues.period_size_units``), the base or end of a
    change (由…增长到, 从…), after the 累计 of a change (累计增长44.44%), nor a count with no
    verb in its clause ("…，在校生1.2万人": a stock stated) unless money (实际利用外资5.5亿美元).
    Round 82 review (q2): nor a level a change reached (贫困人口减少到0.5万人, 合作社发展到560家,
    稳定在: ``whole`` ending in 到, 至 or 在) or a threshold crossed (``quote``: 财政收入突破20亿元,
    a word of ``cues.period_stock_words`` before its number), as 达到 is not."""
    if not (unit.endswith("元") or any(w.flag.startswith("v") for w in tags(whole))):
        return False  # a stock stated with no act (在校生1.2万人), unless money that flowed
    lead = re.match(r"\D*", quote).group()
    if re.search(r"[到至在]$", whole) or any(w in lead for w in cue_words("period_stock_words")):
        return False  # a level reached at the term's end, not a flow of the run
    return run_total(before, whole) and not re.search(r"[由从]", whole) \
        and unit not in cue_words("period_size_units") \
        and not any(w in name for w in cue_words("run_total_not_labels"))


def period_share(name: str, previous: str | None, before: str) -> str:
    """A share right after a level whose label the period opens ("“十三五”期间民生投入",
    ``previous``), written as a part of it ("…140.39亿元，占一般公共预算支出的" ending
    ``before``) and labelled by it ("民生投入占…比重"), keeps the period in front:
    “十三五”期间民生投入占一般公共预算支出比重. Any other ``name`` is returned."""
    if not name or not previous or not re.search(r"[，,]占[^，,；;。]*的$", before):
        return name
    m = re.match(rf"(五年累计|{_PLAN}期间)(.+)", previous)
    if not m or not name.startswith(m.group(2)) or name.startswith(m.group(1)):
        return name
    return m.group(1) + name


def carried_base(before: str, reviewed: int | None, term: str) -> str:
    """The base year a change with none of its own carries from its sentence up to it
    (``before``): the last year after 比 or 较 two or more years before the one ``reviewed``
    ("2020年优良天数比2015年增加98天；PM10浓度下降40%", round 32, for a paragraph opening with its
    period), with "part" after it when the year stands in the change's own ；-part of a section
    reviewing a ``term`` (round 82, x3, from the dev draws' scope lost: "综合污染指数较2016年改善
    28.6%，优良天数达到245天，优良率提高34.9个百分点" → 优良率比2016年); "" with none, or when
    its own year, 今年 or 同比 stands after that year (round 82 review, q2: "…比2008年增长70%，
    2013年增长12.5%" is the year's growth)."""
    carried = re.findall(r"(?:比|较)((?:19|20)\d\d)年", before)
    if not carried or not reviewed or int(carried[-1]) > reviewed - 2:
        return ""
    tail = before[before.rfind(f"{carried[-1]}年") + 5:]
    if _own_year().search(tail) or re.search(r"同比|上年", tail):
        return ""  # round 82 review (q2): "…较2008年增长80%，今年增长13%" is the year's own
    part = re.split(r"[；;]", before)[-1]
    return carried[-1] + ("part" if term and re.search(rf"(?:比|较){carried[-1]}年", part) else "")


def yearly_target(name: str, before: str, clause: str, measure: str, kind: str) -> str:
    """A goal's change averaged over the years to its end keeps 年均 after the stock, as an
    actual one does (round 39, ra39, the dev draws' "scope lost": a goal to 2016 read as one
    year's growth): "到2016年，…固定资产投资年均增长20%" → 固定资产投资年均, "城镇化率达到60%以上，
    年均增长2.5%" → 城镇化率年均. ``before`` is the sentence up to the figure, ``clause`` the
    clause before it. Not with a base of its own (比, 较), nor a label naming a period or year.
    A goal within a plan's term keeps 年均 too ("“十四五”时期，…地区生产总值…年均增长7%" →
    地区生产总值年均: session 61, the development draws' "scope lost"; round 39 had left those bare
    as the tuned gold then did). Session 73 (tester 73, the State Council 2016's "“十三五”时期
    经济年均增长保持在6.5%以上" gave “十三五”时期经济, read as growth of 2020): the term glued in
    front of the subject goes (``_TERM_OPENER``) and 平均每年 says 年均 too → 经济年均."""
    whole = _CLAUSES.split(before)[-1]
    if kind != "target" or measure != "change" or not name \
            or not _YEARLY.search(whole + clause) or based(whole + clause):
        return name
    if (term := _TERM_OPENER.match(name)) and len(name) > term.end() + 1:
        name = name[term.end():]
    return name if NAMES_PERIOD.search(name) else name + "年均"
