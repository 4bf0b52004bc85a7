"""What was done to the counted things: the verb or predicate that a count's label keeps
(issue 13 §2; used by ``naming``). The audits' judges reject a count labelled as a stock
when the text says what was built, upgraded or removed ("a count's action verb dropped"):
a short predicate after the counted noun goes before it ("16个项目建成投产" → 建成投产项目,
round 8; "3个示范基地提档升级" → 提档升级示范基地, round 14). The clause helpers the label
rules share (``rest_of_clause``, the clause breaks and asides) are ``labelclause`` (round 26).
The words are data (``vocab/cues.yml``: object_predicates, object_predicates_at_end …).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract import labeladverbacts
from workreport.extract.labeladverbacts import act_label, adverb_act, held_before, noun_act
from workreport.extract.labelclause import ASIDE, rest_of_clause
from workreport.extract.labelclean import strip_words
from workreport.extract.labelpicked import WEI, WEI_LISTED, imminent, nominal_end, served_noun
from workreport.extract.labelplaced import COUNT_AT_END, object_of, place_framed
from workreport.extract.labelpredicate import generic_predicate
from workreport.extract.labelrecipients import handed_to
from workreport.extract.labelserved import served_other
from workreport.extract.labelsubject import counted_subject, doing_subject, status_subject
from workreport.extract.labelwords import leading_word, tags
from workreport.extract.nonfigures import alternation
from workreport.extract.numbers import vocab

__all__ = ["adverb_dropped", "before_next",
           "doing_subject", "increase_first", "list_stage", "nominal",
           "place_work", "predicate_first", "served_noun",
           "verb_on_previous", "verb_run", "verb_run_opening"]


def adverb_dropped(noun: str, adverbs: list[str]) -> str:
    """``noun`` without the adverbs ending it (…全部, …都), unless the cut falls inside the
    last word jieba reads in it (round 40, ra40, fragments: "绿色农畜产品进首都" lost the 都
    of 首都)."""
    bare = strip_words(noun, adverbs, leading=False)
    if bare == noun or not bare:
        return bare
    last = tags(noun)[-1].word
    return noun if len(noun) - len(last) < len(bare) else bare


def predicate_first(text: str, pos: int, sentence_end: int, noun: str) -> str:
    """A short predicate after the counted noun goes before it: "16个项目建成投产" →
    建成投产项目, "11个项目开工建设" → 开工建设项目 (``cues.object_predicates``); a verb of
    ``cues.object_predicates_at_end`` only where it ends the noun, after an adverb too
    ("…燃煤锅炉全部拆除" → 拆除燃煤锅炉, "3个示范基地提档升级" → 提档升级示范基地; round 14;
    "首批10个改革试点落地" → 落地改革试点, round 16), and one of
    ``cues.object_predicates_after_adverb`` after an adverb ("12个重点项目全部开工建设" →
    开工建设重点项目; round 16).
    ``text[pos:sentence_end]`` is the sentence after the number; a generic noun with no
    such predicate takes what is said of it (``labelpredicate.generic_predicate``), and a
    count introduced by 对 the verb phrase after it ("对90家配送单位开展现场评价" → 开展现场
    评价的配送单位; round 14). Service hours are no figure in the predicate (round 45, s45e:
    "849座公园实现24小时开放" → 24小时开放公园)."""
    cues = vocab("cues")
    words = tuple(cues["object_predicates"])
    frame = _DUI.search(text, max(0, pos - 40), pos)
    share = re.search(r"[%％](?:以上|以下|左右)?$", text[max(0, pos - 4):pos])
    placed = place_framed(noun, bool(frame) and "对" not in frame.group(0), bool(share))
    if placed != noun and (done := _done(noun[len(placed):])):
        return f"{done}的{placed}"  # "在25个重点县布局…项目", "90%的县达到…标准" (round 21)
    # (a word of ``object_predicates_at_end`` inside the noun is part of it: "聚烯烃升级改造
    # 项目" is one noun; round 14)
    ends = cues["object_predicates_at_end"]
    split = min((i for w in words if (i := noun.find(w, 2)) > 0
                 and (w not in ends or (noun.endswith(w) and not _inside(noun, i)))),
                default=-1)
    if split > 0:
        noun, tail = noun[:split], noun[split:]
        soon = next((w for w in cues["imminent_words"] if noun.endswith(w)), "")
        if soon and (said := imminent(noun[: -len(soon)], soon + tail)):
            return said  # "2家独角兽企业即将投产" (round 36, rc36)
    else:
        rest = ASIDE.sub("", rest_of_clause(text, pos, sentence_end))
        at = rest.find(noun)
        tail = rest[at + len(noun):] if at >= 0 else ""
    noun, tail = labeladverbacts.manner_moved(noun, tail)  # 矿山企业|安全复工复产 (tester 73)
    if status := status_subject(noun, tail):
        return status  # "15个项目具备开工条件" → 具备开工条件的项目 (round 51, s51b)
    noun = adverb_dropped(noun, cues["object_predicate_adverbs"])
    # An adverb before a verb of ``object_predicates_at_end`` goes: "…燃煤锅炉全部拆除" →
    # 拆除燃煤锅炉 (round 14; since round 45 "…安置区全部建成投用" → 建成投用安置区, not 基本).
    bare = strip_words(tail, cues["object_predicate_adverbs"], leading=True)
    tail = bare if bare.startswith(tuple(ends + cues["object_predicates_after_adverb"])) \
        and not tail.startswith(tuple(cues["object_predicate_partial"])) else tail  # r45: 基本
    hours = _HOURS.sub("时", tail)  # round 45: "实现24小时开放" as short as 实现全时开放
    if not tail.startswith(words) or len(hours) > 8 or re.search(r"[\d“”]", hours) \
            or any(w in tail for w in cues["object_predicate_excluded"]):
        # A generic noun takes what is said of it: "30家企业开展5G工厂建设".
        rest = ASIDE.sub("", re.split(r"[，,；;。！？：:]", text[pos:sentence_end])[0])
        at = rest.find(noun)
        if at >= 0 and (said := imminent(noun, rest[at + len(noun):])):
            return said  # "17家企业即将入驻" → 即将入驻的企业 (round 36, rc36)
        wei = WEI.search(text, max(0, pos - 20), pos)  # round 72 (x1): "免费为…" keeps 免费
        free = next((w for w in cues["served_adverbs"] if wei and wei.group(0).startswith(w)), "")
        if at >= 0 and (wei or WEI_LISTED.search(text, max(0, pos - 30), pos)
                        or handed_to(text, pos, rest[at:])) \
                and (served := served_noun(noun, rest[at + len(noun):], free)):
            return served  # "为60万名新生儿免费提供筛查" (round 15)
        if at >= 0 and _DUI.search(text, max(0, pos - 40), pos) and noun[-1] not in "中内里" \
                and (done := _done(_list_done(COUNT_AT_END.sub("", rest[at + len(noun):])))):
            # "对90家配送单位开展现场评价" (round 14); verbs alone go in front ("对6条河道
            # 进行整治提升和生态修复" → 整治提升和生态修复河道; round 20)
            kept = vocab("cues")["label_verbs"] + vocab("cues")["label_kept_verbs"]
            first = tags(re.split(r"[和及]", done)[0])
            acts = all(p.flag in ("v", "vn") or p.word in kept for p in first) \
                and not (first and first[0].word in vocab("cues")["label_leading"])  # 实施…的
            return f"{done}{noun}" if acts else f"{done}的{noun}"
        if at >= 0 and (done := _done_alone(rest[at + len(noun):])):
            return done + noun  # "18个老旧小区完成改造" → 改造老旧小区 (round 18)
        return (at >= 0 and (generic_predicate(noun, rest[at + len(noun):])
                             or counted_subject(text, pos, noun, rest[at + len(noun):],
                                                 doing_subject))) \
            or _adverb_act(text, pos, noun, tail) \
            or (wei and served_other(noun, rest[max(at, 0):], free)) \
            or noun  # round 73 (x4): "为200多家企业清偿了历史欠款" → 获清偿历史欠款的企业
    tail = strip_words(tail, cues["object_predicate_fillers"], leading=True)
    tail = strip_words(tail, cues["object_predicate_complements"], leading=False)  # round 44
    if noun.endswith("新") and not noun.endswith(("创新", "更新", "最新")):
        noun, tail = noun[:-1], "新" + tail  # "4个省级粮库新建成投用" (round 17)
    if noun and (tags(noun)[-1].flag == "v" or re.fullmatch(r"“[^”]+”", noun)) \
            and tail.startswith(tuple(ends)):
        # "10个意向项目签约落地": the noun says what was done; "13个“高效办成一件事”落地
        # 实施": a quoted name counted is its name (round 16).
        return noun
    if split > 0 and noun and tags(noun)[-1].flag == "v":
        return noun + tail  # "7处险工险段汛前全面改造完工": a run of acts stays (round 48)
    # "就业困难对象实现就业" stays, and so does a noun a clause qualifies, unless 对 opens
    # the count (round 20: "选取50件群众身边的突出环境问题进行攻坚" → 选取群众身边的突出环境
    # 问题, not 选取攻坚…; "对150户因大病致贫的特困户进行救助" → 救助…特困户)
    qualified = "的" in noun and not _DUI.search(text, max(0, pos - 14), pos)
    if tail in noun or qualified:
        return noun
    # A predicate with an object of its own qualifies the noun (round 21: "在12个乡镇建成
    # 综合文化站" → 建成综合文化站的乡镇), and so does an upgrade a graded noun (round 23:
    # 提档升级的省级产业园区, not the grade reached); a verb alone goes in front (建成投产项目).
    people = re.search(r"[名人](?:以上|左右|多)?$", text[max(0, pos - 4):pos])  # 考入…学生
    graded = tail.endswith("升级") and re.match(r"(?:国家|[省市县区])级", noun)
    # Two acts joined by 并 read as a clause too (round 48, s48d: "184个增发国债水毁公路工程
    # 全部竣工并通车" gave 竣工并通车增发国债…工程, where 通车 reads as a verb on the noun).
    joined = "并" in tail
    return f"{tail}的{noun}" if (object_of(tail, words) or graded or joined) and not people \
        else tail + noun


def _adverb_act(text: str, pos: int, noun: str, tail: str) -> str:
    """The act after an adverb of completion that no rule above kept (round 63, y6; action
    verb dropped, ``labeladverbacts``): "47眼地热井全部安装电磁流量计" → 安装电磁流量计的地热井,
    "4家央企风电项目全面启动" (the act read into the noun) → 启动央企风电项目; "" where a
    clause ending in 的 already says which are counted (``held_before``)."""
    if "的" in noun or held_before(text, pos):
        return ""
    if nominal_end(noun) and (act := adverb_act(tail)):
        return act_label(act, noun)  # (not "行政村可" + "全部接通…": labelpicked reads 可)
    before, act = noun_act(noun) if not tail else (noun, "")
    return act_label(act, before) if act else ""


# Round 45 (s45e): service hours in a predicate are no figure of their own ("849座公园实现24
# 小时开放" → 24小时开放公园; "…实现7×24小时服务").
_HOURS = re.compile(r"(?:\d+[×xX*])?\d+小时")


# A newness verb ending a label, after the noun it makes new (round 16).
_INCREASE_LAST = re.compile(r"([^、，,；;]{2,})(新增|净增)")


def increase_first(name: str, unit: str) -> str:
    """A 新增 or 净增 ending a label after the counted noun goes before it (round 16, the
    newness verb after the noun): "马铃薯推广面积新增" → 新增马铃薯推广面积, "织机新增" (a
    bare 新增 after a stock, ``labelcountedof.increase_owner``) → 新增织机. Only after a noun
    (jieba's n, nz, j or vn: not "五年新增", "平均每天新增", "均新增"), not after a rate
    (…率) nor for a %; ``name`` as it is otherwise."""
    m = _INCREASE_LAST.fullmatch(name)
    if not m or "%" in unit or m.group(1).endswith(("率", "比重")):
        return name
    last = tags(m.group(1))[-1]
    if last.flag not in ("n", "nz", "j", "vn") or len(last.word) < 2:
        return name
    return m.group(2) + m.group(1)


# A count introduced by 对 ("对90家配送单位…", "对全县1200户…"), its number ending at pos.
# Round 20: a place or earlier items of the list between 对 and the number ("对晋庄镇24个
# 行政村", "对36家企业、30个重点项目"), and 在 for the places where it was done ("在161个…景区
# 实施…"); round 21: names before 等 ("在甲国、乙国等13个国家投运海外仓").
_DUI = re.compile(r"(?:对|(?:^|[，,；;。：:]|[^\u4e00-\u9fff“”]|并|还|共|先后|累计|优先|率先)在)"
                  r"(?:全[县市区省]|[\u4e00-\u9fff]{2,4}[县市区镇乡]|[^，,；;。：:\d]{2,16}?等)?"
                  r"(?:[\d.]+[万千百]?[余多]?[个家所座户名条处项][^，,；;。、\d]{1,12}、)*"
                  r"[\d.]+[万千百]?[余多]?[\u4e00-\u9fff]?$")


def _list_done(tail: str) -> str:
    """``tail`` (after a count's noun after 对), or, when more items of a 、-list follow, what
    the last item has done to it: "对4条主干道、13条背街小巷进行优化提升" (round 20)."""
    if not tail.startswith("、"):
        return tail
    m = re.search(alternation(vocab("cues")["done_to_verbs"]), tail.split("、")[-1])
    return tail.split("、")[-1][m.start():] if m and re.search(r"\d", tail) else ""


def _done(tail: str) -> str:
    """``tail`` when a short verb phrase (jieba's verb first, at most 16 characters, no number,
    list, 的 or inner 进行: "灭失露天矿山进行综合治理" has an object of its own), its leading
    进行 and its 了 gone: what was done to the things a 对 count introduced; else ""."""
    fillers = vocab("cues")["object_predicate_fillers"]
    opened = strip_words(tail, vocab("cues")["place_act_adverbs"], leading=True)  # r77: 全面
    tail = strip_words(opened, fillers, leading=True).replace("了", "")  # "进行了救助"
    pieces = tags(tail) if tail else ()
    # Round 77 (x1): 进行 before a noun naming the act keeps it ("在100个城市进行公立医院改革试点").
    lead = "进行" if opened.startswith("进行") and pieces and pieces[-1].flag == "n" else ""
    # Round 20: an act whose object comes first ("HPV疫苗补助接种") or is quoted ("实施“水改”
    # “电改”"), up to 16 characters.
    return lead + tail if pieces and len(pieces) > 1 and len(tail) <= 16 \
        and (lead or pieces[0].flag in ("v", "vn") or pieces[-1].flag in ("v", "vn")
             or pieces[0].word in vocab("cues")["noun_tagged_acts"]) \
        and tail.count("“") == tail.count("”") \
        and not re.search(r"[\d、的]", tail) and not any(w in tail for w in fillers) else ""


def _done_alone(tail: str) -> str:
    """What was done to the counted things, when the predicate after them is a filler of
    ``cues.object_done_verbs`` (完成, after adverbs: 全部) and a verb alone (jieba's v or vn,
    no object, at most four characters: 改造, 整改, 重建交付), as a verb after the noun goes
    in front (round 18, the audit's count's verb dropped): "204个具体问题全部完成整改" →
    整改具体问题; "" otherwise (完成投资…, 完成主体施工, 完成“亩产效益”综合评价, and
    完成建设 or 完成创建, which say they were built: ``cues.object_done_not``)."""
    cues = vocab("cues")
    tail = strip_words(tail, cues["object_predicate_adverbs"], leading=True)
    if tail.removeprefix("稳定") in cues["object_done_states"]:
        return tail  # "162个贫困村全部脱贫出列" → 脱贫出列贫困村 (round 20, as the gold has it)
    if tail in cues["object_done_states_of"]:
        return tail + "的"  # "2万多名师生如期供暖" → 供暖的师生 (round 20)
    verb = leading_word(tail, cues["object_done_verbs"])
    rest = tail[len(verb):]
    pieces = tags(rest) if verb and 1 < len(rest) <= 4 else ()
    return rest if pieces and all(p.flag in ("v", "vn") for p in pieces) \
        and rest not in cues["money_nouns"] + cues["money_verbs"] + cues["object_done_not"] \
        else ""


def _inside(noun: str, at: int) -> bool:
    """Whether a word of ``cues.object_predicates`` in ``noun`` runs over ``at``: 升级改造 of
    "农村公路提档升级改造" opens inside 提档升级 (no split there)."""
    return any(0 < (j := noun.find(w, 2)) < at < j + len(w)
               for w in vocab("cues")["object_predicates"])


# Short names listed before one head after a number: "35公里供水、供热、排水管网".
def nominal(flag: str) -> bool:
    """Whether jieba's tag ``flag`` is a noun's, a verbal noun's or an attribute's."""
    return flag[:1] in ("n", "b", "j") or flag == "vn"


def before_next(noun: str, stop: str) -> str:
    """The noun after a number once cut at ``stop``: before the next number, without a verb
    ending it, which acts on that number's things ("卫生院聘任" of "支持40家卫生院聘任80名
    专家" → 卫生院); before 等, the first of names joined by 和 or 及, the rest being other
    items of the list ("水库和引水二期" of "5件水库和引水二期等工程" → 水库; not 及, which
    joins the parts of one product: "电池级磷酸铁及磷酸铁锂等9个项目"; round 14,
    trailing predicates and fragments). ``noun`` as it is otherwise."""
    pieces = tags(noun) if noun else ()
    if stop[:1].isdigit() and len(pieces) > 1 and pieces[-1].flag == "v" \
            and len(pieces[-1].word) > 1 and pieces[-2].flag[:1] in ("n", "j") \
            and not re.search(r"[和及与]", noun):
        return noun[: -len(pieces[-1].word)]
    if stop[:1].isdigit() and (at := _act_on_next(pieces)):
        return noun[:at]
    joins = [k for k, p in enumerate(pieces) if p.word == "和" and p.flag == "c"]
    if stop == "等" and joins and joins[0] > 0:
        return "".join(p.word for p in pieces[: joins[0]])
    return noun


def _act_on_next(pieces: list) -> int:
    """Where the act a counted subject does on the next number's things starts (round 55,
    s55e, trailing predicate): "17家矿山固废物综合利用企业年生产砂石料7024万吨" → 矿山固废物
    综合利用企业 for the 17家 (a noun, then 年, 每年 or 年均 and a verb, or a verb of two
    characters and nouns only: "9家民企上榜…500强"); 0 when the noun has no such act, joins
    several (和, 及, 与), or a verb and nouns name works (``cues.works_subject_heads``:
    "投资3.7亿元的某粮油深加工物流项目12座粮库建成" keeps …物流项目)."""
    words, heads = [p.word for p in pieces], tuple(vocab("cues")["works_subject_heads"])
    if any(w in ("和", "及", "与") for w in words):
        return 0
    for k in range(1, len(pieces) - 1):
        yearly = words[k] in ("年", "每年", "年均") and pieces[k + 1].flag in ("v", "vn")
        acted = pieces[k].flag == "v" and len(words[k]) > 1 \
            and all(p.flag[:1] == "n" and not p.word.endswith(heads) for p in pieces[k + 1:])
        if pieces[k - 1].flag[:1] in ("n", "j") and (yearly or acted):
            return len("".join(words[:k]))
    return 0


_PLACE_WORK = re.compile(r"([村镇乡])的?([^，。；、\d的]{2,10}?)工作")


def place_work(after: str) -> str:
    """A one-character place counted with the work done in it is the place the work was
    done in (round 14, trailing predicates): "村整体征迁工作" of "实施3个村整体征迁工作" →
    整体征迁村, "村的创建工作" → 创建村; ``after`` as it is otherwise."""
    m = _PLACE_WORK.fullmatch(after)
    alone = m and tags(after)[0].word == m.group(1)  # not 村庄…, 乡镇…
    return f"{m.group(2)}{m.group(1)}" if alone else after


def verb_on_previous(previous: str, verb: str, dimension: str, unit: str) -> str:
    """A bare verb's count of the thing the figure before counts (``previous``, its label),
    its verbs gone: "新建城区公厕7座、改造1座" → 城区公厕改造 (a status verb ending it goes:
    "…基本建成、新开工", and money: not 省市重点项目投资竣工). When the label before is only
    verbs, it names no thing: the verb takes the thing ``cues.unit_counted_nouns`` gives
    its unit ("签约立项6家，开工建设4家" → 开工建设企业, never 立项开工建设; round 15, bare
    verbs), or stays bare. A bare 新增 goes first (``increase_first``): "织机达到7000台，
    新增2000台" → 新增织机."""
    cues = vocab("cues")
    whole = strip_words(strip_words(previous, cues["label_verbs"], leading=True),
                        cues["status_verbs"], leading=False)
    money = "" if dimension == "money" else max(
        (w for w in cues["money_nouns"] if whole.endswith(w)), key=len, default="")
    whole = whole[: len(whole) - len(money)]
    if whole and all(p.flag[:1] == "v" or p.flag == "b" for p in tags(whole)):  # 立项: b
        return verb + cues["unit_counted_nouns"].get(unit, "")
    # A bare 新增 after a stock counts new ones, 新增 first: "织机达到7000台，新增2000台" →
    # 新增织机 (round 16).
    return increase_first(whole + verb, unit)


def verb_run(name: str) -> str:
    """``name`` when it is only verbs that say what was done, opening with a kept one
    (``cues.label_kept_verbs``; the others ``label_verbs`` and ``cues.run_verbs``), maybe
    joined by 和, 及, 并 or 、: "建成投用600个公共文化空间" → 建成投用公共文化空间, "新建和更新
    60处运动场地", "新建改扩建10个…中心" (round 17, fragments: the run was the label alone);
    "" otherwise."""
    cues = vocab("cues")
    return name if (_verb_run().fullmatch(name) or _act_pair(name)) \
        and name[2:] not in cues["act_pair_fillers"] else ""  # 培育新增 (round 22)


def verb_run_opening(words: str) -> str:
    """The run of acts that opens ``words`` as ``verb_run`` reads one (a kept verb, then
    others maybe joined by 和, 及, 并 or 、), "" when none: "新建改建甲路、乙路等" → 新建改建
    (round 70, g2: the acts before a list of names; ``labelnamed.names_verb``)."""
    m = _verb_run().match(words)
    return m.group(0) if m else ""


def _act_pair(name: str) -> bool:
    """Two acts, the second a doing verb: "改造建设", "培养引进", "提质建设" (round 22, action
    verb dropped), not after a filler of ``cues.act_pair_fillers`` ("组织开展")."""
    cues = vocab("cues")
    doing = cues["label_kept_verbs"] + cues["label_verbs"] + cues["run_verbs"]
    head = name[:-2] if name[-2:] in doing else name[:-4] if name[-4:] in doing else ""
    first, fillers = tags(head), cues["act_pair_fillers"] + cues["label_leading"]
    return len(head) == 2 and head not in fillers + cues["list_verb_leading"] \
        and name[2:] not in fillers and (head in doing + cues["act_pair_heads"]
                                        or (len(first) == 1 and first[0].flag in ("v", "vn")))


@cache
def _verb_run() -> re.Pattern[str]:
    """``verb_run``'s pattern, built once (asked of every label with a noun after its number)."""
    cues = vocab("cues")
    kept = cues["label_kept_verbs"]
    alt = alternation(kept + cues["label_verbs"] + cues["run_verbs"])
    return re.compile(rf"(?:{alternation(kept)})(?:[和及并、]?(?:{alt}))+")


def list_stage(name: str, before: str) -> str:
    """A later item of a 、 list whose first item is a works and a stage of it, the items
    only stages (``cues.list_stage_words``), is that works' stage: "棚户区改造完成680套、主体
    施工229套、开工建设804套" → 棚户区改造主体施工, 棚户区改造开工建设 (round 34, fragments:
    not the item before joined to it, 主体施工开工建设). ``before`` is the sentence up to the
    number; the works ends in ``cues.noun_act_tails``; "" for any other shape."""
    if name not in vocab("cues")["list_stage_words"]:
        return ""
    items = re.split(r"(?<=[^\d.])、", re.split(r"[，；,;：:]", before)[-1])
    opened, staged = _stage_res()
    first = opened.fullmatch(items[0])
    if len(items) < 2 or items[-1] != name or not first or re.search(r"[\d、]", first.group(1)) \
            or not all(staged.fullmatch(i) for i in items[1:-1]):
        return ""
    return first.group(1) + name


@cache
def _stage_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A works (ending in ``cues.noun_act_tails``) with a stage (``cues.list_stage_words`` or
    完成) and its count, and a stage alone with its count (``list_stage``), built once."""
    cues = vocab("cues")
    stages = cues["list_stage_words"]
    count = r"\d+(?:\.\d+)?[余多]?[万亿]?[\u4e00-\u9fff]{1,3}"
    return (re.compile(rf"(.+?(?:{alternation(cues['noun_act_tails'])}))"
                       rf"(?:{alternation([*stages, '完成'])}){count}"),
            re.compile(rf"(?:{alternation(stages)}){count}"))
