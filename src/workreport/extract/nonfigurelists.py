"""Numbers that are not figures, round 52 (s52e; issue 13, the development draws' "not a figure").

Two shapes (words in ``vocab/nonfigures.yml``), called from ``nonfigureown.later_non_figure``:

- ``listed_fields``: a count right after a 、-list of exactly that many named fields or
  categories of work, the list's own heading: "巩固提升装备制造、康养食品2个优势产业",
  "全力实施违法违规圈占土地、…、地下水超采综合治理等6项重点领域清理规范"; round 77 (x3) a
  heading followed by 和 and the next list's heading ("甲、乙4个强县产业和丙、丁2个富民产业集群
  发展"), not by a figure (round 77 review, q2: "甲、乙2个产业和新建家庭农场30个" keeps 2个);
- ``prepared_works``: a capacity inside the name of a facility whose preparation or approval
  follows the name: "全力做好120万千瓦抽水蓄能电站前期工作";
- round 77 (x3), ``policy_nickname``: the digits closing a policy package's short name after a
  verb that issues or carries it out: "落实人才振兴60条", "出台稳增长26条", "制定出台了招商引资
  政策黄金12条" (not the count of measures or items a policy holds, "出台…措施56条", nor things
  counted, "发布政务微博778条"; round 77 review, q2: nor a name with no aim of a policy in it,
  "落实整改任务45条");
- ``team_make_up``: a team's size after 组成一支 when the clause before gives each unit its
  members: "每1位名校长带领10位名师，组成一支11人的微团队"; round 85 (n1), ``team_members``: a
  team's make-up stated as its members ("由1名名校长带领10名教师导师组成11人微团队", "10名教师导师
  每人负责培养3名教师，共30名骨干教师" after the team is formed).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelwords import enclosing
from workreport.vocab import alternation
from workreport.vocab import load as vocab

__all__ = ["listed_fields", "policy_nickname", "prepared_works", "team_make_up", "team_members"]

_CLAUSE = re.compile(r"[，。；：:！？\n（(“”]")


@cache
def _heading() -> re.Pattern[str]:
    """The unit and the noun of the list's heading, ending its clause or list item."""
    nf = vocab("nonfigures")
    unit_noun = (rf"(?:{alternation(nf['listed_fields_units'])})"
                 rf"[\u4e00-\u9fff]{{0,6}}?(?:{alternation(nf['listed_fields_nouns'])})")
    return re.compile(unit_noun + r"(?:(?:集群)?发展)?"  # round 77 (x3): "2个富民产业集群发展，"
                      # (not a bare 集群: "获批创建国家级甲、乙2个产业集群" counts clusters)
                      r"(?=[，。；、：！？\s]|$|(?:和|及|以及|与)[^，。；\d]{1,40}?\d+" + unit_noun
                      + ")")  # round 77 review (q2): after 和, the next list's heading, not a
    # figure ("甲、乙2个产业和特色小镇10个": the label of 10个 would take the list)


# Round 77 (x3): an earlier heading of the clause and the 和 after it, where the next list opens
# ("甲、乙4个强县产业和丙、丁2个富民产业集群发展").
_EARLIER = re.compile(r"\d+[项个大类][\u4e00-\u9fff]{0,8}?(?:和|及|以及|与)")


def listed_fields(text: str, start: int, end: int) -> bool:
    """Is the digit run ``text[start:end]`` (N) the count of the 、-list of N items just
    before it in its clause (maybe closed by 等), its unit and noun a field's or a category's
    (``nonfigures.listed_fields_units``, ``listed_fields_nouns``): "巩固提升装备制造、康养食品
    2个优势产业" (round 52, s52e)? Not a list of things built ("建成甲路、乙路、丙路3条道路"),
    nor items holding digits, nor a count other than the list's length. Nor (round 54 review,
    f5) a count whose heading ends a clause that the next one's ownerless figure follows
    (``nonfigures.listed_fields_owned_after``: "…2个优势产业，实现产值200亿元" keeps 2个 a figure,
    so 200亿元 is still 优势产业产值)."""
    tok = text[start:end]
    heading = _heading().match(text, end)
    if not tok.isdigit() or not 2 <= int(tok) <= 20 or not heading:
        return False
    opening = max(m.end() for m in _CLAUSE.finditer(text, max(0, start - 200), start)) \
        if _CLAUSE.search(text, max(0, start - 200), start) else max(0, start - 200)
    earlier = [m.end() for m in _EARLIER.finditer(text, opening, start)
               if _heading().match(text, m.start() + len(m.group()) - len(m.group().lstrip(
                   "0123456789")))]
    items = text[max([opening, *earlier]):start].removesuffix("等").split("、")
    if re.match(vocab("nonfigures")["listed_fields_owned_after"],
                text[heading.end():heading.end() + 40]):
        return False  # round 54 review (f5): a later figure owned by the list's noun
    quoted = _QUOTED.search(text, max(0, start - 200), start)
    if quoted:  # round 77 (x3): the named items in one quote, "落实“甲、乙、丙”3项机制" (a run
        # of quoted names, "开展“甲年”“乙年”2个专项行动", stays a figure: the gold files' rule)
        items = quoted.group(1).split("、")
        return len(items) == int(tok) \
            and all(1 <= len(i) <= 16 and not re.search(r"[\d\s]", i) for i in items)
    return len(items) == int(tok) \
        and all(2 <= len(i) <= 16 and not re.search(r"[\d\s]", i) for i in items)


# Round 77 (x3): a quoted 、-list of names ending right before the count (maybe closed by 等).
_QUOTED = re.compile(r"(?<!”)“([^“”，。；：]+、[^“”，。；：]+)”等?$")


@cache
def _prepared() -> re.Pattern[str]:
    """A capacity's unit, the facility's name ending in a works noun, then a word of
    ``nonfigures.works_prepared_after``."""
    nf, cues = vocab("nonfigures"), vocab("cues")
    units = alternation(nf["capacity_units"])
    works = alternation(cues["capacity_works"])
    listed = r"、[^，。；：]{1,40}?等[\u4e00-\u9fff]{0,4}?项目"  # "…光伏发电、…等项目审批"
    return re.compile(rf"(?:{units})[^，。；：、\d的]{{1,12}}?(?:(?:{works})|{listed})"
                      rf"(?:{alternation(nf['works_prepared_after'])})")


def prepared_works(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a capacity inside the name of a facility whose preparation or
    approval follows it (``nonfigures.works_prepared_after``): "全力做好120万千瓦抽水蓄能电站
    前期工作", or the list of projects it opens ("推动甲能350兆瓦光伏发电、乙电站等项目审批落地";
    round 52, s52e)? Or a capacity naming the next one of a series a verb starts ("启动第二个
    50万辆整车项目": after 第N个 and ``nonfigures.capacity_name_verbs``)? Not a capacity with no
    preparation word after its works, nor after an outcome's verb ("建成120万千瓦抽水蓄能电站",
    "建成第二个50万辆整车项目" are figures)."""
    if _prepared().match(text, end):
        return True
    nf = vocab("nonfigures")
    ordinal = re.search(rf"(?:{alternation(nf['capacity_name_verbs'])})第[二三四五六七八九十]个$",
                        text[max(0, start - 8):start])
    return bool(ordinal) and bool(_named().match(text, end))


@cache
def _named() -> re.Pattern[str]:
    """A magnitude, a unit of ``nonfigures.capacity_units`` or ``capacity_product_units``, and
    the project it names ending its clause (``nonfigures.capacity_named``)."""
    nf = vocab("nonfigures")
    units = alternation(nf["capacity_units"] + nf["capacity_product_units"])
    return re.compile(rf"(?:{units}){nf['capacity_named']}")


def team_make_up(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` the size of a team a programme forms of each unit's members, the
    clause before opening with 每 (``nonfigures.team_make_up_before``, ``team_make_up_after``):
    "每1位名校长带领10位名师，组成一支11人的微团队" (round 52, s52e)? Not a team formed once
    ("组建一支200人的应急救援队伍" is a figure)."""
    nf = vocab("nonfigures")
    if not re.search(nf["team_make_up_before"], text[max(0, start - 6):start]) \
            or not re.match(nf["team_make_up_after"], text[end:end + 16]):
        return False
    clauses = re.split(r"[，；,]", re.split(r"[。！？\n]", text[max(0, start - 60):start])[-1])
    # round 85 (n1): after a time word ("第一年每1位…"), or in the team's own clause ("每1位名校长
    # 带领10位名师组成一支11人的微团队")
    return any(_per_head(c) for c in clauses[-2:])


def _per_head(clause: str) -> bool:
    """Does ``clause`` open with 每 of a unit, maybe after a short time word (第一年每1位…), not
    with 每 of time (``nonfigures.team_per_not``: 每年)?"""
    m = re.match(r"[^，；每\d]{0,6}每", clause.strip())
    return bool(m) and not clause.strip().startswith(
        tuple(vocab("nonfigures")["team_per_not"]), m.end() - 1)


@cache
def _members() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """One leader and N members forming a team (由1名X带领10名Y组成11人微团队), N members
    forming one team (10名教师组成一个团队), and N members restated before 每人 (10名教师导师
    每人负责培养3名教师，共30名…): see ``team_members``."""
    nf = vocab("nonfigures")
    joins, teams = alternation(nf["team_leader_joins"]), alternation(nf["team_nouns"])
    # round 85 review (q1): not several teams formed ("由1名专家带领10名农技员组成20个服务小组")
    led = re.compile(rf"由(?P<a>1|一)[名位个][^，。；\d]{{1,10}}?(?:{joins})(?P<b>\d+)[名位人]"
                     rf"[^，。；\d]{{1,10}}?组成(?:一支|一个)?"
                     rf"(?!\d+[个支组队]|[两二三四五六七八九十]+[个支组队])(?:(?P<k>\d+)人的?[^，。；\d]{{0,4}}?"
                     rf"(?:{teams}))?")
    # round 85 review (q1): not 1个/1支 in digits, a count of its own ("30名干部组成1个工作队")
    one = re.compile(rf"(?P<b>\d+)[名位人][^，。；\d]{{1,10}}?组成(?:一支|一个)"
                     rf"[^，。；\d]{{0,4}}?(?:{teams})")
    each = re.compile(r"(?P<b>\d+)[名位][^，。；\d]{1,8}?每人[^，。；\d]{1,8}?(?P<m>\d+)[名位人]"
                      r"[^，。；\d]{0,8}?[，,]共(?P<k>\d+)[名位人]")
    return led, one, each


_FORMED = re.compile(r"组成[^。！？\n]{0,12}?(?:团队|队伍|专班|小组|分队)")


def team_members(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a count of a team's own make-up (round 85, n1; bench/label_judging.md:
    "N名教师组成一个团队" is 'not a figure')? One leader and N members forming a team, and its size
    when it is their sum ("由1名名校长带领10名教师导师组成11人微团队": 1, 10, 11); N members forming
    one team in a sentence whose unit is counted with 每 ("10名教师组成一个团队，每人负责联系5户");
    N members restated before 每人 after the team is formed in the paragraph, and the total they
    train when it is N times each one's ("…组成一支11人的微团队；…10名教师导师每人负责培养3名教师，
    共30名骨干教师": 10, 30). Not a team formed once ("由300名志愿者组成应急队伍", "组建一支200人的
    应急救援队伍"), nor members with no team formed before ("全县200名驻村干部每人联系10户")."""
    opening, close = enclosing(text, start, end, "。！？\n")  # a team's make-up spans a ；
    led, one, each = _members()
    for m in led.finditer(text, opening, close):
        if start in (m.start("a"), m.start("b")):
            return True
        if m.group("k") and start == m.start("k") \
                and int(m.group("k")) == int(m.group("b")) + 1:
            return True
    for m in one.finditer(text, opening, close):
        if start == m.start("b") and "每" in text[opening:close].replace("每年", ""):
            return True
    for m in each.finditer(text, opening, close):
        paragraph = text.rfind("\n", 0, m.start()) + 1  # the team formed in an earlier sentence
        formed = _FORMED.search(text, paragraph, m.start())
        total = int(m.group("b")) * int(m.group("m"))
        if formed and (start == m.start("b")
                       or (start == m.start("k") and int(m.group("k")) == total)):
            return True
    return False


@cache
def _nickname() -> re.Pattern[str]:
    """An issuing verb (``nonfigures.policy_nickname_verbs``) and the short name after it,
    ending right before the digits."""
    nf = vocab("nonfigures")
    return re.compile(rf"(?:{alternation(nf['policy_nickname_verbs'])})了?"
                      r"(?:[^，。；：、\d“”《》]{2,14}\d+条、){0,3}[^，。；：、\d“”《》]{2,14}$")


def policy_nickname(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` the number inside a policy package's short name (round 77, x3;
    bench/label_judging.md, "part of a name"): an issuing verb
    (``nonfigures.policy_nickname_verbs``), at most 14 characters in its clause, the digits and
    条 ending the clause: "落实人才振兴60条"? Not a count of what 条 counts, the name ending in
    one of ``nonfigures.policy_nickname_counted`` ("出台…便利化措施56条", "发布政务微博778条"),
    nor (round 77 review, q2) a name with no aim of a policy in it
    (``nonfigures.policy_nickname_aims``: 振兴, 稳, 支持 …): "落实整改任务45条", "制定内控制度
    26条", "印发宣传标语500条" count things. A later name of a 、-list of such names after
    the verb is one too (session 57: "出台稳增长26条、促消费20条": 促消费20条), judged alone."""
    if not re.match(r"条(?=[，。；、）]|$)", text[end:end + 2]):
        return False
    m = _nickname().search(text, max(0, start - 20), start)
    if not m:
        return False
    nf = vocab("nonfigures")
    name = text[m.start():start].rsplit("、", 1)[-1]  # a later name of a list: judged alone
    return not name.endswith(tuple(nf["policy_nickname_counted"])) \
        and any(w in name for w in nf["policy_nickname_aims"])
