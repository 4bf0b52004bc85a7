"""Round 36 (ra36, the development draws' 'fragment' and 'trailing predicate'): a label
cut from the clause around its number where the words right after the number say what is
counted, mended last (``fields_named``, outside ``naming.label``'s other rules). Shapes and
their source phrasings (the words are data, ``cues.field_*`` and ``cues.outcome_*``):

- *the field a place is ranked in* (``ranked_field``): "在全省32个同类县中，排位…" gave
  同类县中, "在全省62个贫困县中排名第五" gave 贫困县中排名第五 → 全省同类县, 全省贫困县: the
  number counts the things of the field, with the scope written between 在 and it; without 在
  the field opens its own clause ("22个重点产业集群中，…" → 重点产业集群);
- *none of them* (``none_dropped``): "1200名脱贫人口无一返贫" gave 脱贫人口无一返贫 → 脱贫人口:
  无一 after the counted noun says what none of them did, no part of the noun;
- *the share that does something* (``share_doing``): "高校毕业生60%留在本地就业" gave
  高校毕业生 (the base) → 高校毕业生留在本地就业比例: a share between the things it is of
  and a predicate closing the clause is the share of them that do it (a predicate that only
  covers or reaches a standard names its rate: "普惠性幼儿园100%覆盖" → 普惠性幼儿园覆盖率;
  round 45, s45d: after a verb of reaching, "…事项实现100%网上可办" → …事项网上可办比例, and
  a use made safe, "土壤100%安全利用" → 土壤安全利用率);
- *the rate of completion* (``completion_share``, round 45, s45d): "保交房完成95%以上" gave
  保交房 → 保交房完成率: a share right after 完成, which follows the things done, is their
  completion rate (with the plan completed between: "…完成年度投资计划165%");
- *a predicate before the measure* (``predicate_joined``): "…等一批重点产业项目落地、投资超
  380亿元" gave …重点产业项目落地、投资 → …等重点产业项目投资: what happened to the things
  (``cues.joined_predicates``: 落地, 投产, 推进 …) before 、 and the measure after it leave
  the things and the measure (一批 after 等 goes too);
- *a year's level left as a verb* (``year_reached``): "…失业率从2019年的5.2%降到去年的3.1%"
  gave 降到去年 for the 3.1 → 城镇登记失业率, the figure before's (a change verb, 到 and a year
  word, ``cues.reached_year_words``, are the whole label);
- *a season's act after a pair of counts* (``season_done``): "剩余贫困人口120户305人上半年全部
  脱贫" gave 脱贫上半年 for the 305 → 上半年脱贫的剩余贫困人口 (the figure before's label, with
  the season, ``cues.season_words``, and the act closing the clause);
- *things counted by the rank they entered* (``rank_entered``): "3个学科进入前1‰" gave 学科进入前
  → 进入前1‰的学科 (the threshold is no figure, ``nonfigureown.later_non_figure``, so it is
  kept in the label that needs it);
- *what the people counted came to* (``outcome_people``): "12万群众住上了新房" gave
  群众住新房 → 住上了新房的群众: people followed by a verb with 了 and its object, ending the
  clause, are counted by that outcome, written before them with 的.
"""

from __future__ import annotations

import re
from functools import cache, wraps

from workreport.extract.labelplandone import plan_done
from workreport.extract.labelrelative import Held, Labeller
from workreport.extract.labelvocab import cue_words, rate_ends
from workreport.extract.labelwords import tags
from workreport.extract.numbers import Token, vocab

__all__ = [
    "completion_share",
    "fields_named",
    "none_dropped",
    "outcome_people",
    "predicate_joined",
    "rank_entered",
    "ranked_field",
    "season_done",
    "share_doing",
    "year_reached",
]

_CLAUSE_ENDS = "，。；;,：:"


def fields_named(label: Labeller) -> Labeller:
    """``naming.label`` with ``ranked_field``, ``none_dropped`` and ``outcome_people``
    applied to what it returns."""
    @wraps(label)
    def named(text: str, tok: Token, pre: str, previous: str | None,
              held: Held | None = None) -> str:
        name = label(text, tok, pre, previous, held)
        q = tok.quantity
        if not name or q is None:
            return name
        after = text[q.end:tok.sentence.end]
        if "中" in name:
            field = ranked_field(name, text[tok.sentence.start:q.start], after)
            if field:
                return field
        if previous and name.endswith(cue_words("reached_year_words", "season_words")):
            done = year_reached(name, previous) or season_done(name, previous, after)
            if done:
                return done
        if "、" in name:
            name = predicate_joined(name)
        if "前" in after[:24] and (entered := rank_entered(name, after)):
            return entered
        if q.unit in ("%", "成"):
            before = text[tok.sentence.start:q.start]
            return completion_share(name, before, after) \
                or plan_done(name, before, after) \
                or share_doing(name, before, after)  # plan_done: round 68 (v2)
        if any(w in name for w in cue_words("outcome_none_words")):
            return none_dropped(name, after)
        if "了" in after[:16]:
            return outcome_people(name, after)
        return name
    return named


def ranked_field(name: str, before: str, after: str) -> str:
    """The field a count is of when the words after the number close it with 中 ("全省"
    and 区县 for "在全省167个区县中找位次" → 全省区县), or "" when the shape is not there:
    the words between the number and 中 are the field (Chinese only, up to 14 characters) and
    ``name`` holds them with 中; 中 ends the clause or a rank word follows it
    (``cues.field_rank_words``: 排名, 排位 …); the scope is what stands between 在 and the
    number in its clause (全省, 苏联协助建设的); with no 在 the field must end its clause
    ("22个重点产业集群中，" → 重点产业集群). Not a count after 中 ("在全市考核中4次"), nor a
    word ending in 中 (``cues.field_not_words``: 高中, 初中, …试点县县中; 集中推进区 has no
    clause end or rank word after)."""
    m = re.match(r"的?([\u4e00-\u9fff“”]{1,14}?)中(.?)", after)
    if not m or f"{m.group(1)}中" not in name:
        return ""
    field, nxt = m.group(1), m.group(2)
    if f"{field}中".endswith(cue_words("field_not_words")):
        return ""
    rest = after[m.end(1) + 1:]
    clause = re.split(rf"[{_CLAUSE_ENDS}]", before)[-1]
    at = clause.rfind("在")
    if at < 0:
        return field if nxt in "，,；;" and nxt else ""
    scope = clause[at + 1:]
    if not (nxt and nxt in _CLAUSE_ENDS) and not rest.startswith(cue_words("field_rank_words")):
        return ""
    if len(scope) > 14 or re.search(r"[\d，、]", scope):
        return ""
    return scope + field


def none_dropped(name: str, after: str) -> str:
    """``name`` cut before 无一 (``cues.outcome_none_words``) when the counted noun stands
    right after the number or after the count beside it ("520户1360名脱贫人口无一返贫" →
    脱贫人口 for both); else ``name``."""
    for word in cue_words("outcome_none_words"):
        at = name.find(word)
        if at >= 2 and name[:at] in after[:at + 12]:
            return name[:at]
    return name


def outcome_people(name: str, after: str) -> str:
    """What the people counted came to, before them with 的, when right after the number
    the clause is the people (a noun ending in ``cues.outcome_people_heads``), a verb of
    one to three characters, 了 and an object of up to ten, and ``name`` is those words
    without 了 or with it ("14万困难群众圆了安居梦" → 圆了安居梦的困难群众); else ``name``."""
    clause = re.split(rf"[{_CLAUSE_ENDS}、]", after, maxsplit=1)[0]
    clause = clause.lstrip("名人户余多")
    at = clause.find("了")
    obj = clause[at + 1:]
    if at < 3 or not 1 <= len(obj) <= 10 or "了" in obj \
            or not re.fullmatch(r"[\u4e00-\u9fff]+", clause.replace("了", "")):
        return name
    head = clause[:at]
    if name not in (head + obj, head + "了" + obj):
        return name
    heads = cue_words("outcome_people_heads")
    for size in (1, 2, 3):
        noun, verb = head[:-size], head[-size:]
        if len(noun) >= 2 and noun.endswith(heads):
            return f"{verb}了{obj}的{noun}"
    return name


def share_doing(name: str, before: str, after: str) -> str:
    """The share of the things ``name`` names that do what the words after the number say,
    when ``name`` is the words right before the number and after it a predicate (a verb of
    jieba's in it, Chinese and quotation marks only, 2 to 16 characters) closes the clause:
    ("省内高校毕业生", "…67.5%留辽就业，") → 省内高校毕业生留辽就业比例; a predicate of
    ``cues.share_predicate_rates`` names its rate (覆盖 → …覆盖率); leading fillers
    (``cues.share_predicate_fillers``: 予以) go. Not a rate already named (空置率30%以下…),
    nor a noun after the share (集聚全国30%以上产业链企业, …补贴90%政策): ``name`` then."""
    m = re.match(r"([\u4e00-\u9fff“”]{2,16})[，。；;]", after)
    if m and not before.endswith(name):
        # a verb of reaching between the things and the share (round 45, s45d): "村级政务
        # 服务事项实现100%网上可办" → 村级政务服务事项网上可办比例
        verb = next((v for v in cue_words("share_subject_verbs") if before.endswith(v)), "")
        before = before[: len(before) - len(verb)] if verb else before
    if not m or not before.endswith(name) or name.endswith(rate_ends()):
        return name
    doing = m.group(1)
    if doing.startswith(("左右", "以上", "以下", "以内", "的")):
        return name
    rates = vocab("cues")["share_predicate_rates"]
    if doing in rates:
        return name + rates[doing]
    if not any(p.flag.startswith("v") and p.flag != "vn" for p in tags(doing)):
        return name
    for word in cue_words("share_predicate_fillers"):
        doing = doing.removeprefix(word)
    return f"{name}{doing}比例"



def completion_share(name: str, before: str, after: str) -> str:
    """The rate of completion a share right after 完成 is, when 完成 follows the things done
    and the share closes its clause (round 45, s45d; bench/label_judging.md: the rate a
    share measures is named, a bare noun is 'fragment'): ("保交房", "…，保交房完成", "。") →
    保交房完成率; an object after 完成 is what was completed ("省市重点项目完成年度投资计划
    165%" → 省市重点项目年度投资计划完成率). "" when ``name`` is not the clause without 完成,
    names a rate or a measure of progress already (进度完成85%: ``cues.inner_filler_measures``),
    完成 opens the clause (年内完成50%以上搬迁…, a filler there), the
    plan is written with 的 (完成年度任务的120%: ``labelmeasures``), or words follow the
    share in its clause."""
    clause = re.split(r"[，,；;：:。！？]", before)[-1].strip()
    at = clause.rfind("完成")
    if at < 2 or name.endswith((*rate_ends(), *cue_words("inner_filler_measures"))) \
            or "的" in clause[at:] \
            or clause[:at] + clause[at + 2:] != name \
            or not re.match(r"(?:以上|左右|以内)?(?:[，,；;。！？]|$)", after):
        return ""
    return name + "完成率"


def predicate_joined(name: str) -> str:
    """``name`` without a predicate (``cues.joined_predicates``, after an adverb of
    ``cues.joined_predicate_adverbs``) closing the things before 、 when a measure follows
    ("…等一批重点产业项目落地、投资" → …等重点产业项目投资; "…改革试点顺利推进、执法事项综合率"
    → …改革试点执法事项综合率): the things at least four characters, the measure no list
    (no 、) of up to twelve; not a verb opening the label (竣工、在建项目)."""
    head, _, measure = name.rpartition("、")
    if not head or not measure or len(measure) > 12:
        return name
    for verb in cue_words("joined_predicates"):
        if head.endswith(verb) and len(head) >= len(verb) + 4:
            things = head[:-len(verb)]
            for adverb in cue_words("joined_predicate_adverbs"):
                things = things.removesuffix(adverb)
            return things.replace("等一批", "等") + measure
    return name


def year_reached(name: str, previous: str) -> str:
    """The figure before's label ``previous`` when ``name`` is only a change verb, 到 or 至
    and a year word (``cues.reached_year_words``): ("降到去年", "城镇登记失业率") → 城镇登记
    失业率; "" otherwise."""
    years = "|".join(cue_words("reached_year_words"))
    if re.fullmatch(rf"(?:下降|降低|降|提高|提升|上升|增加|增长|减少|扩大|缩小)?[到至](?:{years})",
                    name):
        return previous
    return ""


def season_done(name: str, previous: str, after: str) -> str:
    """The figure before's things done in a season, when ``name`` ends with the season
    (``cues.season_words``) and the clause after the number runs to it and an act of up to
    four characters closing it (全部, 全面 … before the act go): ("脱贫上半年", "剩余贫困人口",
    "人上半年全部脱贫。") → 上半年脱贫的剩余贫困人口; "" otherwise."""
    clause = re.split(rf"[{_CLAUSE_ENDS}]", after, maxsplit=1)[0]
    for season in cue_words("season_words"):
        at = clause.find(season)
        if at < 0 or not name.endswith(season) or season in previous:
            continue
        act = clause[at + len(season):]
        for adverb in cue_words("joined_predicate_adverbs", "season_act_adverbs"):
            act = act.removeprefix(adverb)
        if 1 <= len(act) <= 4 and re.fullmatch(r"[\u4e00-\u9fff]+", act):
            return f"{season}{act}的{previous}"
    return ""


@cache
def _rank_entered() -> re.Pattern[str]:
    """The things right after a count and the rank they entered, its threshold with it
    (``nonfigures.rank_threshold_before``, ``rank_threshold_units``), built once."""
    nf = vocab("nonfigures")
    units = "".join(nf["rank_threshold_units"])
    return re.compile(rf"([\u4e00-\u9fff]{{1,8}}?)({nf['rank_threshold_before']}[\d.]+[{units}])")


def rank_entered(name: str, after: str) -> str:
    """The things counted named by the rank they entered when the words after the number
    are the things, a rank verb and its threshold, and ``name`` opens with the things
    ("学科进入前", "学科进入前1‰…") → 进入前1‰的学科; "" otherwise."""
    m = _rank_entered().match(after)
    if not m or not name.startswith(m.group(1)):
        return ""
    return f"{m.group(2)}的{m.group(1)}"
