"""What a figure measures: the ``indicator`` label, as a reader would write it.

The label is the noun phrase the text gives the number, cut out of its clause; the cue words
peeled off are data (``vocab/cues.yml``). Each rule is named after its case, with an example:

- *clause before*: the label is the clause before the number, from the last break (，；、)
  or the figure before it: "城镇新增就业1.2万人" → 城镇新增就业.
- *fillers and predicates*: leading fillers and time phrases (完成, 实施, 推进, 实现, 抓好,
  年内, 今年 …), trailing predicates (增长, 达到, 控制在, 有序推进 …), an inner 实现/完成
  ("城镇实现新增就业" → 城镇新增就业), a trailing comparison (高于全省, 比上年) are removed.
- *subject carried over*: a clause with no subject ("…，增长12%") takes the figure before's label.
- *object after the number*: when the clause before is only a verb, names or empty, the noun
  after the number is counted ("壮大8个精深加工集群" → 精深加工集群, "津石4条高速" → 高速).
- *money for what follows*: "投资1.2亿元完成农村公路建设" → 农村公路建设投资 (``labelpurpose``).
- *lists*: "办理人大代表建议146件、政协委员提案123件" → 人大代表建议; "新增…企业3000家、专精特新
  企业1000家" → 新增专精特新企业 (``labellists``); grades: "…，其中国家级7家" → 国家级….
- *distribution*: "城乡居民人均可支配收入分别增长8.5%和10%" → 城镇居民…, 农村居民… (``distribute``).
- fifth round (涞源 2021): a leading 累计 goes; a *bare verb* keeps the noun after the number
  ("抽调1879名干部" → 抽调干部); a short *owner* before the number owns what follows it.
Cleaning: ``labelclean``; tags: ``labelwords``; forms: ``labelforms``; runs: ``labelverbs``.
"""

from __future__ import annotations

import re

from workreport.extract import (
    labelattrib,
    labelclean,
    labelforms,
    labelfrags,
    labelgroups,
    labeljoint,
    labelpasses,
    labelphrased,
    labeluse,
    labelverbalone,
    labelwholewords,
    labelwhose,
)
from workreport.extract.labelafter import (
    beyond,
    capacity,
    clause_after,
    first_of_joined,
    only_fillers,
    rated_name,
)
from workreport.extract.labelagents import carried_agent
from workreport.extract.labelassigned import after_label
from workreport.extract.labelbare import counted_thing, object_named_before, verbs_after_count
from workreport.extract.labelclause import clause_before_this, rest_of_clause, subject_before
from workreport.extract.labelclean import affix_re, clean, strip_words
from workreport.extract.labelcommas import examples_dropped, joined_verb
from workreport.extract.labelconnective import no_label
from workreport.extract.labelcountedof import counted_of, increase_owner
from workreport.extract.labeldebris import debris_dropped
from workreport.extract.labeldistribute import distribute
from workreport.extract.labeldone import completed
from workreport.extract.labelentry import entry_rows
from workreport.extract.labelexcept import others_of
from workreport.extract.labelfield import fields_named
from workreport.extract.labelforms import (
    joined_names,
    label_defect,
    only_qualifies,
    share_of,
    since_year,
)
from workreport.extract.labelgaprate import gap_rated
from workreport.extract.labelgraded import graded_sibling
from workreport.extract.labelheads import graded_scope, named_head, with_counted
from workreport.extract.labelheld import acted_by, held_in, held_scope, zone_owner
from workreport.extract.labelinner import inner_mended
from workreport.extract.labellistitem import own_item
from workreport.extract.labellists import list_opener, list_verb
from workreport.extract.labelmeasures import reached_capacity, task_of
from workreport.extract.labelnamed import names_verb
from workreport.extract.labelnotes import notes_unseen
from workreport.extract.labelnumfirst import items_verb, run_on_previous
from workreport.extract.labelother import other_thing
from workreport.extract.labelowned import bare_owner, listed_rate, projects_money
from workreport.extract.labelowners import (
    carried_count,
    count_not_rate,
    counted_total,
    free_verb,
    gap,
    land_of,
    owned,
    owner_before,
    stock_of,
)
from workreport.extract.labelpicked import act_after_manner, acted_on, imminent, picked_out
from workreport.extract.labelpredicate import times_of
from workreport.extract.labelprogramme import paid_by, programmed
from workreport.extract.labelpurpose import purpose_after, spent_name, spent_purpose, works_before
from workreport.extract.labelrates import clause_subject, rate_owner
from workreport.extract.labelratios import ratio_owner
from workreport.extract.labelrelative import relative_counted
from workreport.extract.labelsaid import said_of
from workreport.extract.labelscoped import scoped
from workreport.extract.labelscopes import (
    indicator_subject,
    money_scope,
    once,
    outside_owner,
)
from workreport.extract.labelshares import compared_share, reach_cut, share_of_noun, used_share
from workreport.extract.labelspans import marks_dropped
from workreport.extract.labelsubjectwords import count_joined, joined_subject, people, populace
from workreport.extract.labelverbs import (
    increase_first,
    list_stage,
    place_work,
    verb_on_previous,
    verb_run,
)
from workreport.extract.labelverbs import predicate_first as _predicate_first
from workreport.extract.labelwords import (
    acting_noun,
    attributive_only,
    bare_unit,
    clause_opening,
    leading_word,
    owned_by,
    rate_of_previous,
)
from workreport.extract.nonfigures import alternation
from workreport.extract.numbers import Token, vocab

__all__ = ["distribute", "label", "label_defect", "since_year", "strip_words"]


@notes_unseen  # no footnote mark after a word seen (round 42, rc42)
@labelverbalone.verb_alone  # a label that is a verb alone takes its thing (round 74, x2)
@after_label(*labelpasses.AFTER)  # passes on the formed label (labelpasses; r39-74)
@fields_named  # a ranked field, 无一, people by what they came to (round 36, ra36)
@inner_mended  # no 共, 全年, 安排 or count inside; the measure of the figure before (r35)
@other_thing  # one name for a total of several, a count's measure dropped (round 32, rx)
@relative_counted  # the clause saying which are counted (round 32, rf)
@debris_dropped  # no own count, end preposition or cut second name (round 31, rt)
@completed  # the act closing a count's clause kept (round 31, ra)
@marks_dropped  # no list's mark left after the part a list shares (round 30)
@paid_by  # the policy, insurance or platform a payout or deal is of (round 45, s45f)
@labelwhose.verb_measured  # no bare verb (round 29)
@labelfrags.mending  # a per-unit scope, fragments mended (round 20, part F)
@examples_dropped  # no names listed before 等 (round 20)
@once  # no word twice (round 18)
@carried_agent  # the named thing that fared, an act before 的, a bare verb's noun (r29)
@entry_rows  # the project a table's row, block or note names (r12); a note entry's (r61)
@used_share  # a share named by what its part goes to (round 14)
@programmed  # the programme its sentence's lead clause names (r33); a policy's field (r36)
@scoped  # the season or works its sentence opens with (round 11)
@labelwholewords.whole_words  # no label opens inside a word of its sentence (round 9)
@own_item  # a later number-first list item's own scope (round 71, w2)
def label(text: str, tok: Token, pre: str, previous: str | None) -> str:
    """What the figure ``tok`` measures, from the clause ``pre`` before it; ``previous`` is
    the label of the figure before it in the sentence (None for the first). Decorated, it also
    takes ``held``, its sentence's ``labelrelative.Held`` (``relative_counted``'s holders)."""
    cues = vocab("cues")
    q = tok.quantity
    assert q is not None
    raw = pre[: len(pre) - len(q.before)] if q.before and pre.endswith(q.before) else pre
    cleaned = clean(raw)
    name = count_joined(cleaned, previous, text[tok.sentence.start:q.start].removesuffix(raw)) \
        or joined_subject(cleaned)  # "酒泉经济总量突破千亿、达到1042亿元" (round 13)
    if q.dimension == "ratio" and (whose := ratio_owner(name, previous)):
        return whose  # "新能源装机是本地最大负荷的3倍" (round 18)
    if q.dimension != "money":
        name = labelclean.without_running_total(name)
    elif strip_words(name, cues["money_leading"], leading=True) not in cues["money_nouns"]:
        name = strip_words(name, cues["money_leading"], leading=True)  # "落实奖励资金…"
    if previous and clean(raw.rsplit("、", 1)[-1]) in cues["money_nouns"]:
        name = clean(raw.rsplit("、", 1)[-1])  # "254个项目有序推进、总投资2800亿元"
    if "分别" not in raw:
        # Names before a quoted name: "电动汽车、锂电池、光伏产品“新三样”出口" → “新三样”出口
        name = re.sub(r"^[^“”]*、[^“”、]*?(?=“[^”]+”[^、]+$)", "", name)
    if times := times_of(raw.strip(), rest_of_clause(text, q.end, tok.sentence.end), q.unit):
        return acted_by(raw, text[tok.sentence.start:q.start]) + times  # who (round 19, 20)
    if q.unit == "个百分点" and (gapped := gap(raw, previous)):
        # "…增长20.4%、高于全国12.4个百分点" → …增速高于全国; its rate word (session 61)
        return gap_rated(gapped, previous, text[tok.sentence.start:q.start])
    if text[q.end:q.end + 1] in "，。、；" and (stock := stock_of(raw, name, previous)) is not None:
        return stock  # "新增上市企业7家、总数达161家" → 上市企业
    # The owner is the figure before's only in this clause or the one before (not after ；, a year)
    near = re.split(r"[，、]", text[tok.sentence.start:q.start].split("；")[-1])[-2:]
    near_previous = previous if re.search(r"\d(?![\d.]*年)", "".join(near)) \
        and not near[-1].strip().startswith(tuple(cues["scope_words"])) else None  # 全市税收 (s57)
    name = owned(name, near_previous, clause_before_this(text, tok))
    name = bare_owner(name, near_previous, text[tok.sentence.start:q.start],
                      q.dimension == "money") or name  # round 17
    name = listed_rate(rate_owner(name, previous, text[tok.sentence.start:q.start]),
                       text[tok.sentence.start:q.start], near_previous)  # never a bare 办结率
    name = land_of(name, text[q.end:tok.sentence.end])  # 群众诉求办结率, 城市公园占地
    name = outside_owner(name, near_previous, text[tok.sentence.start:q.start])  # round 11
    name = zone_owner(name, near_previous, q.dimension)  # "…，固投…" → 开发区固投 (round 17)
    if q.dimension != "money" and re.search(r"[家个所座户名人只款项件]$", q.unit):
        name = act_after_manner(counted_total(name))  # "…总数达2.49万家"; 系统部署 (r20)
    if name == "人均" and previous and not previous.startswith("人均"):
        return name + previous  # "地区生产总值110亿元、人均4.6万元" → 人均地区生产总值
    if no_label(name, q.unit):  # fillers, generic words; 免费(为…) r72; 特别, 最后 (r71)
        name = ""  # "坚决做到6个…" (r13); groups: "10大类52项…", 十大类, 十二类
    name = re.sub(r"^(?:(?:遴选出?)?[一二三四五六七八九十]+|[一-鿿]{0,4}\d+)大?类$", "", name)
    name += "增长" if name in cues["growth_subjects"] else ""  # "经济增长6%左右": not 经济
    if previous and attributive_only(name) and not clean(rest_of_clause(text, q.end,
                                                                           tok.sentence.end)):
        return graded_sibling(name, previous, text[tok.sentence.start:q.start])  # 其中国家级7家
    opened = text[tok.sentence.start:q.start].removesuffix(pre)[-1:]
    if previous and name.startswith("已") and opened not in ("；", ";"):
        # "信访案件19件已化解18件": the second figure is a subset of the first; not after a
        # clause's ；, nor of money after a comma (round 31, rt: "…总投资30亿元；已批待建项目
        # 40个" → 已批待建项目, "…项目38个，总投资150亿元，已落地21个" → …项目已落地).
        money = next((m for m in sorted(cues["money_nouns"], key=len, reverse=True)
                      if previous.endswith(m) and len(previous) > len(m) + 1), "") \
            if opened in ("，", ",") else ""
        return previous[:len(previous) - len(money)] + name
    if q.unit == "%" and (whole := share_of_noun(text[tok.sentence.start:q.start],
                                                 text[q.end:tok.sentence.end])):
        return whole  # "贡献了全国38.6%的贸易增量" → 全国贸易增量占比 (round 14)
    if name.startswith("占") and previous and not re.match(r"占(?:地|用|有)", name):
        return labelwhose.share_whole(previous, name)  # "民生资金38亿元，占…的60.5%"
    if not previous and name.startswith("占") and (whose := labelwhose.subject_share(
            name, clause_subject(clause_before_this(text, tok)))):
        return whose  # "民生投入持续加大，占…比重达到79%" (round 29)
    money_use = re.match(alternation(cues["money_after_verbs"]), text[q.end:q.end + 4])
    use = len(money_use.group(0)) if money_use and q.dimension == "money" else 0  # 进行城市…
    if q.dimension != "money" and (works := capacity(name, text[q.end:tok.sentence.end], q.unit)):
        return works  # "某新材料年产8万吨碳纤维项目投产" → 某新材料碳纤维项目年产能 (round 19)
    if reached := reached_capacity(name, text[q.end:tok.sentence.end]):
        return reached  # "达到日检12万人能力" → 日检能力 (round 39)
    after = clause_after(text, q.end + use, tok.sentence.end)
    if q.dimension == "money" and text[q.end:q.end + 1] == "的" and only_fillers(after):
        after = beyond(text, q.end + 1, tok.sentence.end)  # "总投资6.12亿元的16个城建项目"
    elif q.dimension == "money" and text[q.end:q.end + 1] == "的":
        after = rated_name(text, q.end + 1, tok.sentence.end, after) or after  # 大唐350兆瓦… (r86)
    if use and only_fillers(after):  # "投资7500万元实施了7个教育项目": the numbers after
        after = beyond(text, q.end + use, tok.sentence.end)
    if q.dimension == "money" and (after in cues["label_kept_verbs"] or verb_run(after)) \
            and text[q.end + use:].startswith(after):  # "投资2亿元新建40公里…管网" (round 19)
        after += beyond(text, q.end + use + len(after), tok.sentence.end)
    # "…36%、40.4%和12.4平方米": a conjunction before a number starts the next (not 2个和美…)
    after = "" if re.match(r"、|[和及与或]\d", text[q.end:q.end + 2]) else clean(after)
    ahead = text[q.end:tok.sentence.end]  # 4个省级、…; 17条…、8条…措施 (r41); 10处甲、乙 (r48)
    after = labeljoint.joint_counted(ahead, labelphrased.head_shared(ahead, labelforms.counted_noun(
        ahead, graded_scope(after, ahead, q.dimension))), q.dimension, text[:q.start])  # r49
    after = count_not_rate(after, q.unit)  # "42个国省考断面水质优良比例…" → 国省考断面
    cut = "人" if q.unit.endswith("人") and after.startswith("民") else ""  # 60万人|民
    if folk := populace(name, after, q.unit):  # "惠及28万人口" → 惠及人口 (round 16)
        return folk
    if (folk := people(cut + after)) and re.fullmatch(r"[万亿]?[人名]?", q.unit):
        return folk  # "60万易县人民万众一心" → 易县人民 (round 14)
    after = place_work(after)  # "3个村整体征迁工作" → 整体征迁村 (round 14)
    after = labeluse.money_use(text, q.end, tok.sentence.end, name, counted_of(  # round 51
        after, rest_of_clause(text, q.end, tok.sentence.end), q.dimension))
    held = ""  # the scope a clause before the number holds (round 17, labelheld)
    if after and (only_qualifies(raw, name, previous, after, q.unit) or others_of(text, q.start)):
        name, held = "", held_scope(  # the noun after the number counted
            raw, q.dimension, text[tok.sentence.start:q.start])
    if after and name.removeprefix("累计") in cues["money_nouns"] and q.dimension == "money":
        return labelgroups.works_money(text, tok, after, name)  # "投资1.2亿元完成农村公路建设"
    purpose = ""  # what money pays for, read from the clause after it once (below)
    opens = q.end + (text[q.end] == "，") if q.dimension == "money" and q.end < tok.sentence.end \
        and text[q.end] in "，对为" else -1  # that clause: past a comma, or at 对/为 (round 81, x5)
    if opens >= 0 and previous and not after and not name.startswith("总") \
            and re.search(r"[；;][^；;\d]*$", text[tok.sentence.start:q.start]) \
            and (purpose := purpose_after(text, opens, tok.sentence.end)):
        previous = None  # "…；投资5745万元，新改建…": money opening a part is for it (r34)
    if name.removeprefix("累计") in cues["money_nouns"] and q.dimension == "money" \
            and previous and not after and not previous.endswith(("率", "比重")):
        # "引入项目77个、总投资358亿元" → 引入项目总投资 (r23: 覆盖村 goes; r71: 户数, 数量 go)
        return owned_by(labelwhose.served_owner(reach_cut(strip_words(previous, cues["money_nouns"]
            + cues["count_measure_words"], leading=False)), text[tok.sentence.start:q.start]), name)
    if opens >= 0 and not (after or previous) and spent_name(name) \
            and (purpose := purpose or spent_purpose(name, text, opens, tok.sentence.end)):
        # "筹资1100万元，对特困群众家庭进行环境整治" → 特困群众家庭环境整治筹资; 整合资金 (r63)
        return f"{name}{purpose}资金" if name in cues["money_verbs"] else purpose + name
    if q.dimension == "money" and not (after or previous) and name in cues["money_nouns"] \
            and (works := works_before(c := clause_before_this(text, tok)) or money_scope(c)):
        return works + name  # "推进重大工程建设，全年完成投资2400亿元" → 重大工程建设投资
    if q.dimension == "money" and not after \
            and (projects := projects_money(name, text[tok.sentence.start:q.start])):
        return projects  # "20个市重点项目稳步推进，…完成投资40亿元" → 市重点项目投资 (round 19)
    money = next((w for w in sorted(cues["money_nouns"], key=len, reverse=True)
                  if name.endswith(w)), "")
    if after and money and q.dimension == "money" and text[q.end:q.end + 1] == "的":
        return labelgroups.named_money(text, tok, after, money)  # 富泉食品项目 (r63: cut)
    if after and name.removeprefix("累计") in cues["money_verbs"] and q.dimension == "money":
        # "投入1.49亿元深入实施“人生关怀”活动"; "投入125亿元办好…" names no object.
        only_verb = after in cues["label_verbs"] + cues["money_after_verbs"]
        if after.endswith(("基金", "资金")) and not only_verb:  # "投入500万元设立…基金"
            return strip_words(after, cues["label_verbs"] + cues["label_kept_verbs"],
                               leading=True)  # (not …基金资金; round 14)
        verb = "" if name in cues["money_leading"] else name  # "斥资…重奖企业" (round 14)
        return f"{name}资金" if only_verb else labelgroups.spent_on(text, tok, after, verb)
    verb_at_end = affix_re(tuple(cues["label_verbs"]), False)
    m = (after and re.fullmatch(".+", verb_run(name))) or verb_at_end.search(name) \
        or verb_at_end.search(raw.strip())  # 建成投用 (r17), 提档升级 (19), 改造建设 (22)
    verb = m.group(0) if m else name if after and name in cues["label_kept_verbs"] else ""
    before = clause_opening(text[tok.sentence.start:q.start], raw.strip(), name)
    if not verb and after and (free_verb(name, previous, before, q.dimension)
                               or acting_noun(name, before, q.unit)):  # 优化 (round 13)
        # Bare-verb rule: a verb that is no cue word keeps the object after the number,
        # "抽调1879名干部深入一线" → 抽调干部 (not 抽调); 选派市县400名医师; 筹建首批.
        return name + _predicate_first(text, q.end, tok.sentence.end, after)
    # A list of names ("保沧、大广、津石4条高速") is not the counted noun (with a figure before, a
    # kept verb's list or one the number follows at once, r18; not after a filler, r15), nor two
    # by 和 after a kept verb (打造甲镇和乙山两个示范区); not names a measure is of (甲、乙总长).
    listed = ((labelattrib.names_listed(name, text[q.end:]) or name.count("“") >= 2)
              and (not previous or leading_word(name, cues["label_kept_verbs"]) != ""
                   or (raw.strip().endswith(name)
                       and not leading_word(raw.strip(), cues["label_verbs"])))) \
        or bool(after and q.dimension != "money" and joined_names().fullmatch(name))
    if listed and len(re.split(r"[、和及]", name)) == q.value:
        after = first_of_joined(after)  # "建成甲、乙、丙3个省实验室和省…研究院" (round 18)
    if (not name or verb or listed or name.endswith("等") or len(name) == 1) and after:
        # Object-after-the-number rule: "完成12.6万平方米危旧房攻坚扫尾" → 危旧房攻坚扫尾;
        # a one-character object keeps its verb ("覆盖133个村" → 覆盖村) or what is said of
        # it ("389个村实现生活垃圾市场化处理" → 生活垃圾市场化处理的村; "86%的县建成…").
        if len(after) == 1:
            said = said_of(text, q.end + 1 + (text[q.end] == "的"), tok.sentence.end)
            return verb + after if verb else (f"{said}的{after}" if said else after)
        owner = name[: -len(verb)] if verb and name.endswith(verb) else ""
        if owner and after in cues["owned_measures"]:
            return owner + after  # "菌包核心工厂形成2000万棒生产能力" → 菌包核心工厂生产能力
        free = False  # "开工长深高速改扩建等2个项目" → 开工项目: the list's verb says which
        if not verb and (name.endswith("等") or listed):  # (round 11; 甲镇、乙乡2座…, r17;
            verb, free = names_verb(name, previous, before, q.dimension, after,  # 聘请甲、乙…
                                    rest_of_clause(text, q.end, tok.sentence.end))  # r46)
        generic = after in cues["generic_counted_nouns"] and verb in cues["generic_kept_verbs"]
        helped = verb in cues["label_kept_verbs_helped"] and q.dimension in ("people", "count")
        kept = verb if (verb in cues["label_kept_verbs"] or generic or helped or verb_run(verb)
                        or free) \
            and not after.startswith(verb) else ""
        counted = kept + _predicate_first(text, q.end, tok.sentence.end, after)
        counted = labelphrased.shared_de(held_in(counted, held, after, previous, text[
            q.end:tok.sentence.end]), after, previous)
        counted = task_of(counted, near_previous) or counted  # …年度任务 (round 15)
        # "新增17个博士点、45个硕士点": a verb making the first count new is the next's too.
        shared = items_verb(text, tok, counted, previous) if previous and not name else counted
        return shared if name or shared != counted else joined_verb(  # round 48: 和 (s48d)
            text[tok.sentence.start:q.start], counted)
    if previous and not after and (staged := list_stage(name, text[tok.sentence.start:q.start])):
        return staged  # "棚户区改造完成680套、主体施工229套" → 棚户区改造主体施工 (round 34)
    counted = bare_unit(q.unit)
    if verb and name == verb and not after and counted in cues["counted_units"]:
        # "惠及上千万家庭" → 惠及家庭; "片区拆迁扫尾400户，签约290户" → 片区拆迁签约户 (round 18)
        return (verbs_after_count(name, text[tok.sentence.start:q.start], q.unit, previous,
                                  doing=True) or name) + counted
    if verb in cues["reach_verbs"] and name.endswith(verb) and not after \
            and (reached := cues["reached_units"].get(counted)):
        return name + reached  # "长期护理保险惠及4.8万人" → 长期护理保险惠及人数
    if not after and (thing := counted_thing(name, text[tok.sentence.start:q.start],
                                             rest_of_clause(text, q.end, tok.sentence.end),
                                             q.unit, previous)):
        return thing  # "…项目70个，取得备案50个" → 取得备案项目 (round 16, bare verbs)
    if verb and name == verb and previous:  # "新建城区公厕7座、改造1座" → 城区公厕改造
        return verb_on_previous(previous, verb, q.dimension, q.unit)
    if not after and q.dimension != "money" and (run := verbs_after_count(
            name, text[tok.sentence.start:q.start], q.unit, previous) or run_on_previous(
                name, previous, q.dimension, q.unit)):  # "…24个、建成投产17个" (r74 x1)
        return run  # "制定自治区政府规章2件、废止22件" → 自治区政府规章废止 (round 18)
    if after and name == after:  # same noun both sides (r13): 审批时限…压减至50个工作日, 共80个项目
        return previous if previous and labelclean.NOT_COUNTED.match(after) else after
    if after and (owner_before(name, after, q.unit) or named_head(name, after, q.unit)) \
            and q.dimension != "money" and q.unit != "%":  # 承办省运会8项赛事 (round 40)
        # Owner rule: a short name before the number whose thing follows it owns that thing:
        # "黑木耳1000栋大棚" → 黑木耳大棚, "傍河36个村庄污水治理工程"; what the things did or
        # will do picks them out (round 36, rc36): "城区486家饭店全部安装油烟净化设备" →
        # 安装油烟净化设备的城区饭店, "园区17家企业即将入驻" → 即将入驻的园区企业.
        tail = re.split(r"[，,；;。！？：:]", text[q.end:tok.sentence.end])[0]
        rest = tail[len(after):] if tail.startswith(after) else ""
        said = rest and (imminent(after, rest) or acted_on(after, rest)
                         or picked_out(after, rest, q.unit))
        return said[: -len(after)] + name + after if said and said.endswith("的" + after) \
            else name + after
    if not name and previous:  # subject carried over: "…，增长12%" (not past one of its own)
        return indicator_subject(clause_before_this(text, tok)) or carried_count(
            previous, q.unit, raw if raw.strip() else q.before, (before, ahead))  # 、突破1500万户
    if "占" in name[1:] and "占比" not in name and q.unit == "%" \
            and not name.startswith(tuple(cues["label_verbs"])):
        name = share_of(name)
    elif q.unit == "%" and raw.rstrip().endswith("的"):
        name = compared_share(name)  # "总额不超过封顶线的20%" → 总额占封顶线比例 (round 14)
    if previous and raw.strip() == name:
        name = rate_of_previous(name, previous)
    name = increase_owner(name, previous, q.unit)  # "五年新增3000多台" (round 12)
    name = increase_first(name, q.unit)  # "织机新增" → 新增织机 (round 16)
    name = (list_verb(text, tok, name, previous) if previous else
            list_opener(text, q.end, tok.sentence.end, name)) if name else name
    if not after and (obj := object_named_before(text, tok, name)):
        return obj  # "发行超长期特别国债，…今年先发行1万亿元" → 超长期特别国债
    if verb and name == verb and q.dimension == "money" and not after:
        return name + "资金"  # "投入7745万元，…": money spent is 投入资金
    name = with_counted(name, after, raw, q.unit, text[q.end:tok.sentence.end])  # r8, r48
    return (name or after or previous or clean(beyond(text, q.end, tok.sentence.end))
            or subject_before(text, tok))

