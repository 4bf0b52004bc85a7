"""Numbers that are not figures, round 24 (part E; the seed-9001 development draw's "not a figure").

Called last by ``nonfigures.non_figure`` (digit runs) and by ``numbers`` (Chinese tenths):

- a list heading counting its own items, its list after a colon: "教育工程1项：5所小学
  改扩建项目", "城建工程10项：①…②…" (``nonfigures.heading_items``);
- a plan's count of its own indicators: "主要目标设定为23项，其中约束性指标11项，预期性指标
  12项" (``nonfigures.plan_indicators_*``);
- a product's rating inside its name, in a list of achievements: "…、18兆瓦集成海上风电机组等
  一批…" (``nonfigures.product_rating``);
- round 25 (K): a capacity in a project's name on a list ("甲公司年产50万件…项目等一批项目
  投产", ``listed_capacity``; round 38, rd38: alone too, ``nonfigureworks``) and a package of
  实事 heading its list or a plan's own ("12件民生实事：一是…", "办好10件惠民实事" in a plan,
  ``package_affairs``, also asked by ``numbers``);
- round 63 (y7, ``nonfigureleads``): a candidate list of 实事 put to the vote ("15件民生实事候选
  项目，提请本次大会票决") and a lead-in counting its list ("重点做好以下9项工作：");
  round 65 (x1): a review's package of 实事 not done ("去年确定的20项实事，已完成16项");
- session 51: the rating of each unit written N×size, part of the equipment's name ("一期
  2×220吨锅炉投入运行"; bench/label_judging.md, settled after the seed-2142 audit; it was read
  from round 20 to round 63 as the size each, 锅炉单台容量);
- round 70 (g1, ``nonfigureparts``): what one item of a package holds ("“开办大礼包”，内含6张政策
  服务卡") and a package's items split by type or stage ("十大工程中，3项为续建项目，其余7项为…");
- round 84 (x6, ``rank_group``): a ranking group named by its size, 前N名 before the noun ranked
  with no rank verb before it ("纳税前100名企业接近4成增长超50%"; "位居全市前3名" stays a rank);
- round 85 (n1, ``nonfiguredefined``): a term of a ratio illustrated ("每出口4辆汽车就有1辆"), a
  part of a system defined by its parts ("以1个总规成果为核心…构成的体系") and the numerals of a
  fixed name (央视6套, 56个民族);
- the tenths that spell a quoted rule's digits: "“361”问题导向机制，…做到三成说清现状、六成
  表述问题、一成提出对策" (``named_tenths``).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelwords import enclosing, tags
from workreport.extract.nonfiguredefined import defined_term
from workreport.extract.nonfiguregloss import glossary_criterion
from workreport.extract.nonfigureleads import candidate_package, list_lead, review_package
from workreport.extract.nonfigurelists import (
    listed_fields,
    policy_nickname,
    prepared_works,
    team_make_up,
    team_members,
)
from workreport.extract.nonfigureparts import package_contents, package_split
from workreport.extract.nonfiguresized import sized_name
from workreport.extract.nonfiguretasks import plan_works, task_list
from workreport.extract.nonfigureworks import works_capacity
from workreport.extract.qualifiers import ranked_top
from workreport.vocab import alternation
from workreport.vocab import load as vocab

__all__ = ["bare_threshold", "capacities", "capacity_project_money", "later_non_figure",
           "listed_capacity", "named_tenths", "package_affairs", "perfective", "rated_name"]

_QUOTED_DIGITS = re.compile(r"“(\d{2,5})”")
# N×size: the size of each of N units, part of the equipment's name ("一期2×220吨锅炉投入运行",
# "塔城2×66万千瓦煤电一体化"); label_judging.md, settled after seed 2142: 'not a figure'
_EACH_RATING = re.compile(r"(?:\d+|[两一二三四五六七八九十])\s*[×xX＊*]\s*$")
_TENTH = re.compile(r"(?<![零〇一二两三四五六七八九十百千])([一两二三四五六七八九])成")
_DIGIT = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"两": 2}


def later_non_figure(text: str, start: int, end: int) -> tuple[str, str] | None:
    """The class and reason of a digit run ``text[start:end]`` that is one of the module's
    non-figures, or None."""
    nf = vocab("nonfigures")
    if re.search(nf["heading_items"] + "$", text[max(0, start - 4):start]) \
            and re.match(r"[项个件]：", text[end:end + 2]):
        return "name", "a list heading counting its own items (教育工程1项：…)"
    if re.search(nf["plan_indicators_before"], text[max(0, start - 12):start]) \
            and re.match(nf["plan_indicators_after"], text[end:end + 2]):
        return "name", "a plan's count of its own indicators (约束性指标11项)"
    if listed_capacity(text, start, end, nf):
        return "name", "a capacity in a project's name on a list (甲公司年产50万件…项目等)"
    if works_capacity(text, start, end):
        return "name", "a capacity in a project's or facility's name (50万吨饲料厂)"
    if reason := sized_name(text, start, end):  # round 80 (x1)
        return "name", reason
    if package := package_affairs(text, start, end, in_plan=False):
        return package
    if listed_fields(text, start, end):  # round 52 (s52e)
        return "name", "a count heading its 、-list of fields (装备制造、康养食品2个优势产业)"
    if policy_nickname(text, start, end):  # round 77 (x3)
        return "name", "the digits of a policy package's short name (落实人才振兴60条)"
    if prepared_works(text, start, end):  # round 52 (s52e)
        return "name", "a capacity in a facility's name under preparation (…电站前期工作)"
    if team_make_up(text, start, end):  # round 52 (s52e)
        return "name", "a team's own make-up (每1位名校长带领10位名师，组成一支11人的微团队)"
    if team_members(text, start, end):  # round 85 (n1)
        return "name", "a team's own make-up, its members (由1名名校长带领10名教师导师组成…)"
    if package_contents(text, start, end):  # round 70 (g1)
        return "name", "what one item of a package holds (“开办大礼包”，内含6张政策服务卡)"
    if package_split(text, start, end):  # round 70 (g1)
        return "name", "a package's items split by type or stage (十大工程中，3项为续建项目)"
    if _EACH_RATING.search(text, max(0, start - 4), start):  # session 51
        return "name", "the rating of each unit in an equipment's name (2×220吨锅炉)"
    if candidate_package(text, start, end):  # round 63 (y7)
        return "name", "a candidate list of 实事 put to the vote (15件民生实事候选项目，提请…票决)"
    if list_lead(text, start, end):  # round 63 (y7)
        return "name", "a lead-in counting the list that follows (重点做好以下9项工作：)"
    if review_package(text, start, end):  # round 65 (x1)
        return "name", "a package of 实事 not done, its parts counted (20项实事，已完成16项)"
    if task_list(text, start, end):  # round 68 (v7)
        return "name", "a programme's own list of tasks counted (围绕省定39项指标任务)"
    if text[start - 1:start] == "前" and text[end:end + 1] in nf["rank_threshold_units"] \
            and re.search(nf["rank_threshold_before"] + "$", text[max(0, start - 16):start]):
        return "grade", "a rank's threshold (学科进入ESI全球前1%)"
    if rank_group(text, start, end):  # round 84 (x6)
        return "name", "a ranking group named by its size (纳税前100名企业)"
    if glossary_criterion(text, start, end):  # round 83 (x8)
        return "grade", "a threshold in a glossary's definition of a term (…是指…达到1000万元以上)"
    if text[start - 1:start] in ("、", "，") and re.match(nf["product_rating"], text[end:end + 16]):
        return "name", "a product's rating in its name (18兆瓦集成海上风电机组等)"
    tok = text[start:end]
    if reason := defined_term(text, start, end, float(tok) if tok.isdigit() else None):
        return "name", reason  # round 85 (n1)
    return None


def rank_group(text: str, start: int, end: int) -> bool:
    """Is the count ``text[start:end]`` the size naming a ranking group, 前N名 straight before the
    noun ranked ("纳税前100名企业…增长超50%"; ``nonfigures.rank_group_*``), with no rank verb
    (``cues.rank_verbs``, ``cues.ranking_verbs``, ``nonfigures.rank_group_verbs``) before it in
    its clause ("位居全市前3名", "入围全国前20名…品牌", "取得前3名的好成绩": a rank reached)?
    Round 84 (x6); round 84 review q3: not after a time word ending in 前 ("目前5名院士…": a
    count) nor before a rank's outcome ("…前5位水平")."""
    nf, cues = vocab("nonfigures"), vocab("cues")
    unit = next((u for u in nf["rank_group_units"] if text.startswith(u, end)), "")
    if not ranked_top(text, start) or not unit:
        return False  # no 前, or 前 ending a time word (目前5名院士…: a count)
    after = end + len(unit)
    if not re.match(r"[\u4e00-\u9fff]", text[after:after + 1]) \
            or text.startswith(tuple(nf["rank_group_not_next"]), after) \
            or text.startswith(tuple(nf["rank_group_not_next_outcome"]), after):
        return False  # a rank's outcome (前3名的好成绩): round 84 review q3
    clause = re.split(r"[，。；：！？\n]", text[max(0, start - 24):start - 1])[-1]
    return not any(w in clause for w in cues["rank_verbs"] + cues["ranking_verbs"]
                   + nf["rank_group_verbs"])


def named_tenths(text: str, start: int) -> bool:
    """Is the tenths numeral at ``start`` (三成) one of a run that spells, in order, the
    digits of a rule quoted before it in its sentence: "坚持“361”问题导向机制，会议汇报做到
    三成说清现状、六成表述问题、一成提出对策" (the rule's own make-up, not shares measured)?"""
    opening, end = enclosing(text, start, start, "。；！？\n")
    for quote in _QUOTED_DIGITS.finditer(text, opening, start):
        tenths = list(_TENTH.finditer(text, quote.end(), end))
        digits = "".join(str(_DIGIT[m.group(1)]) for m in tenths)
        if digits == quote.group(1) and any(m.start() == start for m in tenths):
            return True
    return False


def package_affairs(text: str, start: int, end: int, in_plan: bool) -> tuple[str, str] | None:
    """Is the digit run ``text[start:end]`` the size of a package of 实事 with words between
    (``nonfigures.package_affair_*``) that heads its list ("2026年12件民生实事：一是…",
    "实施8件惠农实事，包括…") or, ``in_plan``, is the plan's own package ("继续办好10件惠民
    实事")? Its class and reason, or None. Not a count of the done ones ("完成年初确定的38项
    民生实事", "30件年度民生实事全部完成", a past year's in a plan: "去年…"). Round 25 (K), after
    the seed-2139 audit. Round 30 (NF, the brief's list headings): a package of 工程
    (``nonfigures.package_works_noun``) heading its list too ("今年重点实施46项惠民工程：一是…"),
    but not a plan's own ("继续实施20项民生工程" is a target in the Hebei gold); the items of
    the list after a colon say nothing of the package ("办好10件民生实事：①完成投资3亿元…").
    Round 32 (rx): in a plan, 完成 before the package is the plan's act
    (``nonfigures.package_affair_plan_acts``: "保质保量完成25项为民办实事项目"), and a package of
    实事项目 is the plan's own too (``package_affair_plan_not_before``: not 候选项目).
    Round 33 (sx): a list opening with its first group's heading after 其中 is the package's
    list too (``nonfigures.package_affair_group``: "年内完成12项民生工程，其中交通工程3项：…").
    Round 39 (after development draw 9006 and seed 2154, the judges' convention "a package of 实事
    or 工程: its size in a plan … is not a figure"): a plan's own package of 工程 is no figure
    either ("继续实施20项民生工程"; the Hebei 2025 gold follows), nor one named before its count
    ("实施民生实事28项"), nor one a plan means to finish ("确保10件惠民实事全部完成").
    Round 81 (x8): up to eight words between count and 实事 (``package_affair_between``), for a
    plan's package is no figure whatever its modifier ("办好40件群众急难愁盼民生实事").
    Round 86 (w1; bench/label_judging.md, settled by the lead in round 86): in a plan, a package
    of tasks the plan sets itself (``nonfigures.package_task_noun``: "实施36项重点任务", "完成好
    省定18项重点任务") is no figure too; not one its clause says another body set already, with
    the perfective 了 (``perfective``: "《…实施意见》中确定了114项重点任务", a fact: actual).
    Round 87 (w1; bench/label_judging.md, settled by the lead in round 87): in a plan, a package
    of 工程 of any kind that the clause carries out (``nonfigures.package_works_plan_acts``,
    not ``package_works_plan_not_acts``: "深入实施15项重大工程",
    "实施甲河生态修复、乙河总氮治理等15项工程") is no figure too; "再开工20项重大水利工程"
    (works started) stays."""
    nf = vocab("nonfigures")
    m = _package_after("package_affair_noun").match(text, end)
    works = None if m else _package_after("package_works_noun").match(text, end)
    tasks = None if m or works or not in_plan else \
        _package_after("package_task_noun").match(text, end)  # round 86 (w1)
    clause = re.split(r"[，。；：！？\n]", text[max(0, start - 24):start])[-1]
    if in_plan and not (m or works or tasks):  # round 87 (w1)
        works = plan_works(text, start, end)
    if not (m or works or tasks or (in_plan and _package_named_first(text, start, end, nf))):
        return None  # no package here: most digit runs end here, before any split
    if tasks and (perfective(clause) or any(w in clause for w in nf["package_task_made"])):
        return None  # "《…实施意见》中确定了114项重点任务": another body's, set already (r86);
        # "新推出50项改革事项": tasks made or issued, a target (round 86 review, q1)
    past = nf["package_affair_past"] if not in_plan else \
        [w for w in nf["package_affair_past"] if w not in nf["package_affair_plan_acts"]]
    sentence = re.split(r"[。；！？\n]", text[max(0, start - 40):start])[-1]
    if in_plan and any(w in sentence for w in nf["package_affair_past_years"]):
        return None  # "去年，县人大票决的6项民生实事…全部完成" in a plan: done (round 39)
    if not (m := m or works or tasks):  # named before its count, in a plan
        return None if any(w in clause for w in past) else \
            ("name", "a plan's own package of 实事 or 工程, named first (实施民生实事28项)")
    rest = text[m.end():m.end() + 12]
    listed = re.match(nf["package_affair_list"], rest) \
        or re.match(nf["package_affair_group"], text[m.end():m.end() + 20])
    after = "" if rest[:1] in "：:" else re.split(r"[，。；！？\n]", rest)[0]  # r30: not its list
    if any(w in after for w in past) or (re.search(r"\d", after) and after[:1] not in "和、及") \
            or any(w in clause for w in past) \
            or re.match(nf["package_affair_plan_not_before" if in_plan
                           else "package_affair_not_before"], rest):
        return None
    if listed:
        return "name", "a package of 实事 or 工程 heading its list (12件民生实事：一是…)"
    return ("name", "a plan's own package of 实事 or 工程 (办好10件惠民实事)") if in_plan \
        else None


def perfective(clause: str) -> bool:
    """Does the verb of ``clause`` carry the perfective 了 (``cues.done_aspect``, not in 了解,
    为了 …: ``cues.done_aspect_not``)? In a plan, such a clause states what is so already."""
    cues = vocab("cues")
    bare = clause
    for word in cues["done_aspect_not"]:
        bare = bare.replace(word, "")
    return cues["done_aspect"] in bare


@cache
def _package_after(noun: str) -> re.Pattern[str]:
    """The unit of a package, up to ``package_affair_between`` words and its noun (the
    ``nonfigures`` entry ``noun``: 实事, or 民生工程 …), matched at a count's end: the bound
    of ``package_affair_between`` alone limits how far it reads (round 81's text windows
    end+13/end+15 had to track that bound by hand)."""
    nf = vocab("nonfigures")
    return re.compile(rf"(?:{'|'.join(nf['package_affair_units'])})"
                      rf"{nf['package_affair_between']}{nf[noun]}")


def _package_named_first(text: str, start: int, end: int, nf: dict) -> bool:
    """Does a package of 实事 or 工程 stand right before the count ``text[start:end]``, its
    unit (``nonfigures.package_affair_units``) after it and then only the clause's end or a
    qualifier ("实施民生实事28项，", "实施惠民实事100件以上。"; round 39)?"""
    if text[max(0, start - 2):start] not in ("实事", "工程"):
        return False
    noun = rf"(?:{nf['package_affair_noun']}|{nf['package_works_noun']})$"
    units = "|".join(nf["package_affair_units"])
    return bool(re.search(noun, text[max(0, start - 6):start])) \
        and bool(re.match(rf"(?:{units})(?:{nf['package_named_first_after']})", text[end:end + 4]))


def capacities(units: list[str], grade: str = "") -> str:
    """The regex of a capacity's units (one of ``units``, then ``grade``: 级?) and of the
    capacities of the names listed after it that share its project noun
    (``nonfigures.capacity_list_next``: "华能300兆瓦、大唐200兆瓦光伏项目")."""
    one = rf"(?:{alternation(units)}){grade}"
    return rf"{one}(?:{vocab('nonfigures')['capacity_list_next']}{one})*"


def _product_units() -> list[str]:
    """The units of the capacities of ``capacity_listed`` and ``capacity_named``: power,
    weight, pieces, sets … (``nonfigures.capacity_units``, ``capacity_product_units``)."""
    nf = vocab("nonfigures")
    return nf["capacity_units"] + nf["capacity_product_units"]


@cache
def _capacity_listed() -> re.Pattern[str]:
    """The capacities on a list and the project noun after them: see ``listed_capacity``;
    round 35 (sb): or a list of names with capacities closed by 等 or the projects' count."""
    nf, units = vocab("nonfigures"), alternation(_product_units())
    items = nf["capacity_listed_items"].format(units=units)
    return re.compile(capacities(_product_units()) + f"(?:{nf['capacity_listed']}|{items})")


@cache
def _capacity_list_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The item before a list's last name holding a capacity, and the project noun after
    the last capacity (round 35, sb): see ``listed_capacity``."""
    nf = vocab("nonfigures")
    units = alternation(_product_units())
    return (re.compile(nf["capacity_list_before"].format(units=units)),
            re.compile(capacities(_product_units()) + nf["capacity_list_last"]))


@cache
def _capacity_named() -> re.Pattern[str]:
    """A capacity and the project it names, ending its clause: see ``listed_capacity``."""
    return re.compile(rf"(?:{alternation(_product_units())})"
                      + vocab("nonfigures")["capacity_named"])


@cache
def _capacity_project() -> re.Pattern[str]:
    """A verb of ``nonfigures.capacity_name_verbs``, maybe 年产, and a capacity naming a project
    (the group: units, name and noun): see ``capacity_project_money``."""
    nf = vocab("nonfigures")
    return re.compile(rf"(?:{alternation(nf['capacity_name_verbs'])})"
                      rf"(?:{alternation(nf['capacity_yearly'])})?[\d.]+"
                      rf"({_capacity_named().pattern})")


@cache
def _capacity_units() -> re.Pattern[str]:
    """The units opening a named capacity, and its /年: what ``capacity_project_money`` strips
    to leave the project."""
    return re.compile(rf"^(?:{alternation(_product_units())})(?:/年)?")


def listed_capacity(text: str, start: int, end: int, nf: dict) -> bool:
    """Is ``text[start:end]`` a capacity inside a project's name on a list of achievements: a
    name, maybe 年产 (``nonfigures.capacity_yearly``), the capacity, then the project noun
    before 、 or 等, or 等…项目 (``capacity_listed``: "甲乙公司年产50万件汽车零部件项目等一批
    项目投产", "丙丁20万片晶圆项目、戊己10万套模具项目等")?
    Not after a verb or 的 (``capacity_not_after_words``, ``capacity_not_after``: "建成年产50万件
    生产线" states the capacity built, a figure) nor after 个 ("第二个50万辆整车项目").
    Round 25 (K), after the seed-9001 draw's product ratings. Round 30 (NF, the brief's
    capacities in names): after a verb that starts or pushes the project
    (``nonfigures.capacity_name_verbs``), the capacity names the project that ends its clause
    (``capacity_named``: "开工建设年产20万吨再生铝项目，总投资8亿元", "签约10万吨铜箔项目");
    not after one of outcome (建成, 新增, 形成) nor a capacity stated ("新增产能20万吨").
    Round 35 (sb): a list of names with capacities closed by 等 or the projects' count
    (``capacity_listed_items``: "甲能300兆瓦光伏制氢、乙能260兆瓦光伏发电3个新能源项目"), and
    its last item with no closing word (``capacity_list_before``, ``capacity_list_last``)."""
    yearly = next((w for w in nf["capacity_yearly"] if text.endswith(w, 0, start)), "")
    at = start - len(yearly)
    prev = text[at - 1:at]
    if text.endswith(tuple(nf["capacity_name_verbs"]), 0, at) \
            and _capacity_named().match(text[end:end + 24]):
        return True  # round 30 (NF): "开工建设年产20万吨再生铝项目，总投资8亿元"
    if not (re.match(r"[\u4e00-\u9fff]", prev) and prev not in nf["capacity_not_after"]
            and prev != "个" and not text.endswith(tuple(nf["capacity_not_after_words"]), 0, at)):
        return False
    if _capacity_listed().match(text[end:end + 72]):
        return True
    before, last = _capacity_list_res()  # round 35 (sb): the last of a list of capacities
    return bool(before.search(text, max(0, at - 40), at)) and bool(last.match(text[end:end + 24]))


def capacity_project_money(name: str, before: str) -> str:
    """The money ``name`` (``cues.money_nouns``: 总投资, 投资) of the project named with its
    capacity by the clause just before in ``before`` (the sentence up to the number), the
    capacity left out as a number no label holds (round 30, NF): "开工建设年产20万吨再生铝项目，
    总投资8亿元" → 再生铝项目总投资; "" otherwise."""
    clauses = re.split(r"[，；;,]", before.split("；")[-1])
    if name not in vocab("cues")["money_nouns"] or len(clauses) < 2:
        return ""
    m = _capacity_project().search(clauses[-2].strip() + "，")
    if not m:
        return ""
    project = _capacity_units().sub("", m.group(1))
    return project + name if len(project) >= 2 else ""


def bare_threshold(text: str, start: int) -> bool:
    """Is the sum at ``start`` written after a bare 过 (``cues.threshold_bare``), a threshold
    like 超 when a class noun follows: "82个预增产值过10亿元的重大增长点", "年销售收入过10亿元
    企业达到5家", "过5亿元项目不少于3个"; not 过 ending a word (通过, 超过 is a qualifier, 经过,
    跨过: ``cues.threshold_bare_not_after``). Round 26 (P), the xfail of tests/test_figures.py."""
    cues = vocab("cues")
    return text[start - 1:start] in cues["threshold_bare"] \
        and text[start - 2:start - 1] not in cues["threshold_bare_not_after"]


def rated_name(text: str, start: int, end: int) -> bool:
    """Is the number written at ``text[start:end]`` (digits or Chinese numerals) a rating that
    names the thing after it: a rating word (``nonfigures.rating_before``: 时速, 续航) straight
    before it, or before a threshold word (``cues.threshold_before``) before it, then its unit
    (``speed_units``), maybe 的, and a noun ("时速250公里城际列车", round 14; "续航超千公里氢能
    重卡", round 85, n2: a product's rating, like 18兆瓦…机组)? Not a rating reached ("最高时速
    达到350公里") nor one with a bound after it (以上, 左右), nor one a verb or adverb follows
    (jieba's: "甲车型续航超过600公里实现量产", "列车最高时速超过300公里运行平稳": the rating
    stated, a figure; round 85 review, q85_2)."""
    head, units = _rating_patterns()
    named = re.match(rf"(?:{units})的?(?=[\u4e00-\u9fff])", text[end:end + 8])
    return bool(head.search(text, max(0, start - 8), start)) and named is not None \
        and not re.match(rf"(?:{units})(?:以上|以下|左右|以内)", text[end:end + 8]) \
        and not tags(text[end + named.end():end + named.end() + 8])[0].flag.startswith(
            ("v", "d", "p", "c"))  # round 85 review (q85_2): "续航超过600公里实现量产" stated


@cache
def _rating_patterns() -> tuple[re.Pattern[str], str]:
    """``rated_name``'s rating word (maybe a threshold word after it) ending the text before
    the number, and the alternation of its units; built once."""
    nf = vocab("nonfigures")
    words = alternation(vocab("cues")["threshold_before"])
    return (re.compile(rf"(?:{alternation(nf['rating_before'])})(?:{words})?$"),
            alternation(nf["speed_units"]))
