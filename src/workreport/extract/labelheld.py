"""The scope a clause before a count holds (issue 13, round 17; the audit's "scope lost").

``labelforms.only_qualifies`` makes the noun after the number the label when the words
before it end in 的 or a place word (内, 以西, 周边 …); until round 17 those words were
dropped whole. When they say which of the things are counted, they are the label's scope:

- *a qualifying clause ending in 的* ("县城建设省考核的39项指标" → 县城建设省考核的指标,
  "下放乡镇的87项执法权限" → 下放乡镇的执法权限, "对破损比较严重的近百公里农村公路进行改建"
  → 改建破损比较严重的农村公路): kept whole, without the fillers and frames that open it
  (推进, 完成 …, ``cues.held_openers``; 对, 为, 针对, 使) and a leading time word; none when
  its verbs only say who planned, set or chose the things (年初确定的, 县人大票决的:
  ``cues.held_weak_verbs``; an older phrasing row keeps 民生实事 bare), nor one holding a
  digit (money, years: ``naming``'s rules), a base after 从/由, a quotation mark left open,
  or over 12 characters;
- *a place ending in 沿线, 周边 or 内* ("孝义河沿线11个村庄生活污水治理项目" → 孝义河沿线村庄
  生活污水治理项目; 内 from round 46, s46a, a zone over three characters: "完成教育园区内3条
  高压线路迁改" → 教育园区内高压线路迁改, not 县内); 以西 only with 的;
- *a done act after 已/已经* (round 38; round 80, x5): one verb, or a verb of
  ``cues.held_done_acts`` with its object, the amount it moved dropped ("对已经谋划的近1400个
  重点工业项目" → 已谋划的重点工业项目, "已下达12.87亿元国债资金的23个项目建设" → 已下达国债资金
  的项目建设), not 已确定的 (who chose them);
- *a time in the clause* (round 46, s46a): a year in digits ("2000年以前建成的", "需2020年
  完成的"), or 去年, 上年, 当年 before one verb ("去年脱贫的", ``cues.held_time_words``).

It also holds, for the same kind: ``zone_owner`` (a zone's bare amount or rate in a list)
and ``said_of`` (what is said of a counted noun after it; called by ``labelclean``).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelpicked import picked_out
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import leading_word, tags
from workreport.extract.nonfigures import alternation
from workreport.extract.numbers import vocab

__all__ = ["acted_by", "goal_dropped", "held_in", "held_scope", "part_of_whole", "said_of",
           "zone_owner"]

_BREAK = re.compile(r"[，,；;。！？：:、（）()]")
# Round 46 (s46a): a year (with 以前, 底 …) in a qualifying clause says which things are
# counted ("2000年以前建成的57个老旧小区"): the one digit run the clause may hold.
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d年(?:以前|以后|以来|之前|前|底|末)?")
# Round 80 (x5): money a done act moved, inside the clause ("已下达12.87亿元国债资金的23个项目"):
# the amount is a figure of its own, the act and its object the scope (已下达国债资金的项目).
_DONE_AMOUNT = re.compile(r"(已经?[\u4e00-\u9fff]{1,4}?)\d+(?:\.\d+)?(?:万|亿)?元"
                          r"(?=[\u4e00-\u9fff]+的$)")
# Not 以西 alone, which older phrasing rows give way ("完成京昆高速以西51个村改造" → 村改造).


def held_scope(raw: str, dimension: str = "count", whole: str = "") -> str:
    """The scope the clause ``raw`` (the words before a count's number; ``whole``, the
    sentence up to it, when an amount the clause's done act moved cut it) holds for the noun
    after the number, with its 的 ("下放乡镇的" → 下放乡镇的), or "" when it holds none
    (only a filler, a time, a weak verb, a digit but a year, a base after 从 …) or the figure
    is money, a rate or a time (``dimension``); a year or 去年 with its verb stays (round 46)."""
    cues = vocab("cues")
    seg = _BREAK.split(raw)[-1].strip()
    seg = _DONE_AMOUNT.sub(r"\1", seg)  # "已下达12.87亿元国债资金的" → 已下达国债资金的 (r80, x5)
    if whole and (wide := _BREAK.split(whole)[-1].strip()) != seg and _DONE_AMOUNT.search(wide):
        seg = _DONE_AMOUNT.sub(r"\1", wide)  # ``raw`` began after that amount (r80, x5)
    joined = re.match(r"(.+?)[和及](.+的)$", seg)
    if joined and not any(p.flag[:1] == "v" for p in tags(joined.group(1))):
        seg = joined.group(2)  # "民生工程和区人代会票决的": the figure before's noun cut
    if dimension in ("money", "percent", "ratio", "time") or seg.count("“") != seg.count("”") \
            or re.search(r"\d|[一二三四五六七八九十两几][个项家所条座]|[从由]|范围",
                         _YEAR.sub("", seg)):
        return ""
    seg = seg[seg.rfind("的", 0, len(seg) - 1) + 1:]  # "大家所知道的苏联协助…建设的"
    lead = leading_word(seg, cues["label_leading"])
    seg = seg[len(lead):]  # "我区参与的"
    place = next((e for e in cue_words("place_end_words") if seg.endswith(e)), "")
    if not (place or seg.endswith("的")):
        return ""
    body = seg[:-1] if seg.endswith("的") else seg
    pieces = list(tags(body))
    # The frame and fillers that open the clause: adverbs, 对/为/针对/使, 完成, 推进 ….
    openers = cues["held_openers"]
    done, when = False, ""  # 已 before the verb: which are counted (对已争创的 → 已争创的; r38)
    while pieces and (pieces[0].flag in ("d", "c", "t", "m", "r") or pieces[0].word in openers
                      or pieces[0].word in cues["label_leading"]) \
            and not (done and pieces[0].word in cues["held_done_acts"]):  # 已经|谋划 (r80, x5)
        done, when = pieces[0].word in cues["held_done_marks"] or done, pieces.pop(0).word
    if pieces and pieces[0].flag == "p" and pieces[0].word not in \
            cues["generic_predicate_prepositions"]:
        pieces.pop(0)  # "对破损比较严重的…", "免费为符合条件的…"
    words = [p for p in pieces if p.word not in ("了", "所")]
    at = next((i for i, p in enumerate(words) if p.flag == "p"), 0)
    if words and words[0].flag[:1] == "v" and at:
        words = words[at:]  # "引进与高校合作的" → 与高校合作的 (labelqualify's relative)
    if not words:
        return ""
    clause = "".join(p.word for p in words)
    nouns = not any(p.flag in ("v", "p", "c", "u", "uj") for p in words)
    placed = clause.endswith(cue_words("place_of_words"))
    if place or (placed and nouns):  # not "取缔釜山周边的": a verb's
        return clause + ("" if place else "的") \
            if nouns and len(clause) > 3 and not clause.endswith(("以内", "之内")) else ""
    if done and len(words) == 1 and (words[0].word in cues["held_done_acts"] or (
            words[0].flag == "v" and words[0].word not in cues["held_weak_verbs"])):
        return "已" + clause + "的"  # "对已争创的12个示范试点" → 已争创的示范试点
    if done and done_act(words) and len(clause) <= 8:
        return "已" + clause + "的"  # 已批建的, 已经谋划的, 已下达国债资金的 (round 80, x5)
    if {lead, when} & set(cues["held_time_words"]) and len(words) == 1 and words[0].flag == "v" \
            and words[0].word not in cues["held_weak_verbs"]:
        return (lead or when) + clause + "的"  # "去年脱贫的3403名贫困人口" (round 46)
    verbs = [p for p in words if p.flag[:1] == "v"]
    if not verbs or len(clause) < 3 or len(clause) > 12:
        return ""
    if len(words) == 1 or all(p.word in cues["held_weak_verbs"] for p in verbs):
        return ""  # "年初确定的", "实施的", "县人代会确定的": who chose them, no scope
    return clause + "的"


def done_act(words: list) -> bool:
    """Whether the clause ``words`` after 已/已经 (its pieces, jieba's) is an act done to the
    things counted (round 80, x5): a verb of ``cues.held_done_acts`` opening it, or one verb
    of jieba's that is no weak verb (``cues.held_weak_verbs``), alone or with its object
    ("下达|国债资金", "谋划", "批|建": a cut act joined whole)."""
    acts = cue_words("held_done_acts")
    if "".join(p.word for p in words) in acts or words[0].word in acts:
        return len(words) == 1 or all(p.flag[:1] in ("n", "v") for p in words[1:])
    return False


def held_in(counted: str, held: str, after: str, previous: str | None = None,
            rest: str = "") -> str:
    """``counted`` (a count's label: a kept verb, the noun ``after`` the number) with the
    scope ``held`` before that noun: ("改建农村公路", "破损比较严重的", "农村公路") →
    改建破损比较严重的农村公路; a place without 的 ("村庄污水治理项目", "孝义河沿线") →
    孝义河沿线村庄污水治理项目. ``counted`` as it is with no scope, when it holds it already
    or lost its noun, or when the figure before's label ``previous`` took the clause in. An
    act the label moved in front of the noun from after it (``rest``, the text after the
    number: "23个项目建设") goes back after it, the scope before the noun (round 80, x5)."""
    if not held or held.rstrip("的") in counted or "的" in counted \
            or (previous and previous.endswith(held.rstrip("的"))):  # the figure before took it
        return counted
    # The noun after the number as the label keeps it ("签约项目尽快" → 签约项目).
    at = next((counted.rfind(after[:k]) for k in range(len(after), 1, -1)
               if after[:k] in counted), -1)
    if at < 0:
        return counted
    if at and (rest or after).startswith(counted[at:] + counted[:at]):  # r80, x5: the act after
        return held + counted[at:] + counted[:at]  # the noun stays there (已下达…的项目建设)
    return counted[:at] + held + counted[at:]


def zone_owner(name: str, previous: str | None, dimension: str) -> str:
    """A bare measure of money or a rate (``cues.zone_measures``: 税收, 亩均税收, 固投 …) after
    a figure of a zone's (``previous`` opening with one of ``cues.zone_heads``: 开发区, 高新区
    …) in the same run of the sentence is the zone's too (round 17, scope lost on a list's
    rate or amount): ("固投", "开发区营业收入") → 开发区固投, of "开发区营业收入超过450亿元，
    固投达到10亿元"; ``name`` as it is otherwise (a count, or a name with a scope of its
    own; a clause opening with a whole place, 全县…, has no ``previous``: ``naming``)."""
    cues = vocab("cues")
    if not previous or dimension in ("count", "people") or len(name) > 6 \
            or not name.endswith(tuple(cues["zone_measures"])):
        return name
    m = _zone_head().match(previous)
    if not m or m.group(0) in name or previous == m.group(0) or "、" in m.group(0) \
            or previous[m.end():].startswith(("亩均", "人均", "单位")):  # a rate shared
        return name
    return m.group(0) + name


# What is said of the things counted after their noun that says which they are: a way of
# working reached, quoted ("实现“一网通办”"), or being chosen ("入选国家级非遗项目").
_SAID = re.compile(r"(?:实现了?|全面实现)(?:“[^“”\d]{2,12}”[和、及]?){1,3}"
                   r"|(?:入选|获评|被评为|被认定为|被命名为)[^，,；;。！？：:、\d（）()]{4,20}")


def said_of(name: str, after: str, before: str = "", unit: str = "") -> str:
    """A count's noun ``name`` with what is said of the things after it, when ``after`` (the
    sentence after the number) is the noun then such a predicate ending its clause (``_SAID``;
    round 17, the audit's "scope lost" for the nouns ``labelqualify.qualified`` leaves, which
    takes the generic ones): ("政务服务事项", "政务服务事项实现“一网通办”。") → 实现“一网通办”的
    政务服务事项, ("省属企业", "省属企业入选国资委…") → 入选…的省属企业. A relative clause of
    ``name`` that lost its filler verb to ``labelclean.clean`` takes it back, from ``before``
    (the sentence up to the number): ("“一次办好”的政务服务事项", "实现“一次办好”的政务服务
    事项达到") → 实现“一次办好”的政务服务事项. ``name`` otherwise."""
    clause = name.split("的")[0]
    verbs = [p for p in tags(clause) if p.flag[:1] == "v"] if 1 < len(clause) <= 14 else []
    if "的" in name and not re.search(r"\d", name) and name in before \
            and not (verbs and all(p.word in vocab("cues")["held_weak_verbs"] for p in verbs)):
        # not "完成省市县确定的…": the clause's own verb says who set them, 完成 is a filler
        head = _BREAK.split(before[: before.rindex(name)])[-1]
        # (not 完成: round 13's rows drop it, "完成煤改气或煤改电的机关事业单位52家")
        verb = "实现" if head.endswith("实现") else ""
        return verb + name if verb and tags(name)[0].flag[:1] != "v" else name
    scope = next((w for w in vocab("cues")["scope_words"] if name.startswith(w)), "")
    if scope and len(name) > len(scope) + 1 and after.startswith(name[len(scope):]) \
            and not after.startswith(name):  # "使全县923名失业人员走上了…" (round 20)
        picked = picked_out(name[len(scope):], after[len(name) - len(scope):], unit)
        return picked[: -len(name) + len(scope)] + name if picked.endswith("的" + name[
            len(scope):]) else name
    if len(name) < 2 or not after.startswith(name) or "的" in name:
        return name
    tail = after[len(name):]
    m = _SAID.match(tail)
    if not m or not re.match(r"[，,；;。！？]|$", tail[m.end():]) \
            or m.group(0).count("“") != m.group(0).count("”"):
        return picked_out(name, tail, unit)
    return f"{m.group(0).rstrip('和、及')}的{name}"


_WHOLE_THEN = re.compile(r"(?:在|从)?(?:[^，,；;。：:、“”\d]{0,4}[\d.]+[个家名所座户项])?"
                         r"(?P<whole>[^，,；;。：:、“”\d]{2,14}?)中[，,]?"
                         r"(?P<which>[^，,；;。：:]{2,30}?)的(?:有|达到|达|为|共有|共)?"
                         r"(?:约|近|超过)?$")


def part_of_whole(label: str, before: str, unit: str, after: str = "") -> str:
    """A count of the members of a whole named first that a clause ending in 的 picks out
    (round 18, the audit's "scope lost": the qualifying clause after a whole): "全市区县中，
    规上工业增速高于全市的达12个" → 规上工业增速高于全市的区县, "全县教师中被评为市“骨干教师”
    的有47名" → 被评为市“骨干教师”的教师. The whole's scope (全市, 全县 …) goes; a count in
    a unit of things only (个, 家, 名 …); ``before`` is the sentence up to the number;
    ``after`` is the text after the number, which ends its clause (not "…园内总投资30亿元的
    15个项目"); ``label`` as it is otherwise."""
    if not re.match(r"[，,；;。！？]|$", after):
        return label
    m = _WHOLE_THEN.search(re.split(r"[，,；;。]", before)[-1] if "中，" not in before
                           else before[before.rfind("，", 0, before.rfind("中，")) + 1:])
    if not m or not re.fullmatch(r"[个家名所座户项人]", unit):
        return label
    cues = vocab("cues")  # the whole's scope (全市, 我县 …; a bare 全 of 全盟, 全旗) goes
    whole = m.group("whole")
    whole = whole[len(leading_word(whole, cues["scope_words"] + cues["whole_scope_words"])):]
    which = m.group("which")
    if len(whole) < 2 or which.startswith((whole, "其中", "共")) \
            or which.count("“") != which.count("”") or not tags(whole) \
            or tags(whole)[-1].flag[:1] not in ("n", "j"):
        return label
    return f"{which}的{whole}"


def acted_by(raw: str, before: str = "") -> str:
    """Who acted, for a count of times (``labelpredicate.times_of``; round 19, the audit's "scope
    lost"): the person or body named as the subject right before the number, after its
    adverbs (``cues.times_adverbs``): "省领导先后6次来我县调研指导" → 省领导 (the label 省领导
    来我县调研指导), "总书记3次考察我省" → 总书记. "" for a list of names (、, 和), a time, a
    verb in it (the verbs that end the clause belong to the action) or a clause too long.
    A later count of a 、-list with no subject of its own takes the first count's (round 20;
    ``before``: the sentence up to the number): "总书记5次考察我省、2次到我市视察" → 总书记."""
    cues = vocab("cues")
    clause = re.split(r"[，,；;。：:]", raw)[-1]
    first = re.split(r"[，,；;。：:]", before)[-1].split("、")[0]
    if not clause.strip() and (m := re.match(r"(\D+?)[\d.]+多?次", first)):
        clause = m.group(1)  # the first count's subject, shared
    subject = _times_end().sub("", clause.strip())
    pieces = tags(subject) if 2 <= len(subject) <= 10 else ()
    if not pieces or re.search(r"[、和及与\d]", subject) or pieces[-1].flag[:1] not in (
            "n", "j") or any(p.flag[:1] not in ("n", "j", "r", "b") or p.flag == "nz"
                             or p.word in cues["label_leading"] for p in pieces):
        return ""
    return subject


# The patterns of zone_owner and acted_by, built once from their cue lists (tidy, rc2;
# event_source's is in labelcauses).
@cache
def _zone_head() -> re.Pattern[str]:
    """A zone's name ending in ``cues.zone_heads`` opening the label before (``zone_owner``)."""
    return re.compile(rf"[\u4e00-\u9fff]{{0,8}}?(?:{alternation(vocab('cues')['zone_heads'])})")


@cache
def _times_end() -> re.Pattern[str]:
    """Adverbs of ``cues.times_adverbs`` ending a clause (``acted_by``)."""
    return re.compile(rf"(?:{alternation(vocab('cues')['times_adverbs'])})+$")


@cache
def _kept_before() -> re.Pattern[str]:
    """``cues.goal_kept_before`` as one pattern, a word ending in $ at the label's end only
    (round 31, rt: escaped whole, "率$" and "人数$" matched nothing)."""
    words = sorted(vocab("cues")["goal_kept_before"], key=len, reverse=True)
    return re.compile("|".join(re.escape(w[:-1]) + "$" if w.endswith("$") else re.escape(w)
                               for w in words))


def goal_dropped(label: str) -> str:
    """``label`` without a goal word opening it (``cues.label_leading_goal``; round 19,
    leading filler) before a verb or a noun (争取 before a verb only), a word of its own:
    "争取引进外国专家" → 引进外国专家, "保障粮食播种面积" → 粮食播种面积, "依托农田" → 农田;
    Round 31 (rt): 保证 and 落实 too, and before a quoted name ("保证城区绿化覆盖面积" →
    城区绿化覆盖面积, "落实“两癌”免费筛查" → “两癌”免费筛查), the 达到 after the label
    no word it is kept before;
    not 保障性住房, 保障房, nor in a label of money got or of a rate
    (``cues.goal_kept_before``: 争取增发国债项目资金, 争取到位上级资金, 保障率, 保障人数)."""
    cues = vocab("cues")
    goal = leading_word(label, cues["label_leading_goal"])
    rest = tags(label[len(goal):]) if goal and tags(label)[0].word == goal else ()
    kinds = ("v",) if goal in cues["goal_before_verbs"] else ("v", "n")  # 争取用地指标
    # a quoted name after it is a noun (round 31, rt: "落实“两癌”免费筛查" → “两癌”免费筛查)
    quoted = bool(rest) and rest[0].word == "“" and kinds != ("v",)
    if not rest or (not quoted and (rest[0].flag[:1] not in kinds or len(rest[0].word) < 2)) \
            or re.search(_kept_before(), re.sub(r"达到?$", "", label)):
        return label
    return label[len(goal):]
