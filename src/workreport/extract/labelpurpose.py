"""What a clause before or after money names as its use (split from ``labelowners`` in
round 28, tidy 3, so each has room; used by ``naming`` and ``labeltables``):

- *money for a purpose*: "投资8500万元，建设供水管网157公里" → 供水管网投资
  (``purpose_after``), what a verb opening a clause acts on (``after_verbs``);
- *a works as subject*: money before a clause whose subject is a works is that works'
  ("投资8845万元，月明河综合治理成效初显", ``works_subject``);
- *a works before*: a clause opening with a verb and ending in a works word names what money
  with no subject after it was spent on ("推进重大工程建设，…完成投资2400亿元",
  ``works_before``).

The words are data (``vocab/cues.yml``).
"""

from __future__ import annotations

import re
from functools import cache

from workreport.extract.labelclean import clean, inner_fillers, strip_words
from workreport.extract.labelcommas import verb_list_run
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import leading_word, noun_phrase, tags
from workreport.extract.labelworkstatus import relative_off, status_off
from workreport.extract.nonfigures import alternation
from workreport.extract.numbers import strip_quantities, vocab

__all__ = ["after_verbs", "listed_works", "named_works", "purpose_after", "spent_name",
           "spent_purpose", "uncounted_works", "works_before", "works_subject"]


def spent_name(name: str) -> bool:
    """Whether ``name`` (累计 or 每年 aside: ``cues.period_average_yearly``, round 86, w4) names
    money only, by a noun, a verb of spending or how it was got ("整合资金", ``cues.
    money_bare_names``; round 63, y8): such money with no subject is for what the clause after
    it does (``naming``: "每年投资3000万元，实行城乡一体化保洁" → 城乡一体化保洁每年投资)."""
    bare = name[len(leading_word(name, ("累计", *cue_words("period_average_yearly")))):]
    return bare in cue_words("money_nouns", "money_verbs", "money_bare_names")


def spent_purpose(name: str, text: str, pos: int, sentence_end: int) -> str:
    """``purpose_after`` for money named bare (``spent_name``) when the clause after it is the
    money's use (round 63 review, k63f, the reviewer's "争取资金2.8亿元，其中中央资金1.5亿元…"
    gave 中央、省级资金争取资金). No purpose ("") when the clause splits the sum (其中…), holds
    a money figure of its own ("财政资金3亿元，撬动社会资本20亿元"), repeats the verb the money
    was got by ("争取资金5亿元，争取项目36个": a parallel result), or, for a name of
    ``cues.money_bare_names``, when more than verbs and counts stand before the purpose in it
    ("统筹整合资金…，全面完成脱贫攻坚各项任务" gave 攻坚各项任务)."""
    clause = re.split(r"[，,；;。！？]", text[pos:sentence_end])[0]
    got = name.removeprefix("累计").removesuffix("资金")
    if clause.startswith("其中") or re.search(r"\d[\d.]*(?:多|余)?[万亿]?元", clause) \
            or (len(got) >= 2 and clause.startswith(got)):
        return ""
    purpose = purpose_after(text, pos, sentence_end)
    if purpose and name.removeprefix("累计") in cue_words("money_bare_names") \
            and not leading_word(clause, vocab("cues")["money_purpose_verbs"]):
        before = clause.split(purpose[:2])[0] if purpose[:2] in clause else clause
        peeled = cue_words("label_verbs", "label_leading", "label_kept_verbs")
        rest = strip_words(strip_quantities(before).lstrip("对为") + "\ue000", peeled, leading=True)
        return purpose if rest == "\ue000" else ""  # "\ue000": never stripped whole
    return purpose


def purpose_after(text: str, pos: int, sentence_end: int) -> str:
    """What a clause that opens with a verb (or 对) does, up to its first number: "对特困
    群众家庭进行环境整治" → 特困群众家庭环境整治, "新建13所农村寄宿制学校" → 农村寄宿制学校
    (only verbs before the number: what the numbers count), what a verb of
    ``cues.money_purpose_verbs`` names ("全部用于脱贫攻坚" → 脱贫攻坚; round 63, y8); "" when
    it opens otherwise.
    Money with no subject is for this purpose (``naming``: "筹资1100万元，对…")."""
    cues = vocab("cues")
    if lead := leading_word(text[pos:sentence_end], cues["money_purpose_verbs"]):
        goal = re.split(r"[，,；;。！？：:（(]", text[pos + len(lead):sentence_end])[0]
        return clean(goal) if re.fullmatch(r"[\u4e00-\u9fff“”]{2,12}", goal) \
            and not _predicated(goal) else ""
    if named := named_works(text[pos:sentence_end]):
        return named  # "完成了新华街东延，迎宾街东、西段，…及保衡路至东闾公路建设" (r51)
    run = verb_list_run().match(text[pos:sentence_end])  # 新建、改建
    seg = _characters_joined(text[pos + (run.end() if run else 0):sentence_end])
    seg = _CLASSES.sub("", seg)  # "新建改造10kV、0.4kV线路…": voltage classes (round 31)
    if not run and (several := uncounted_works(seg)):
        return several  # "实施了甲、乙、丙等工程" → 甲等工程 (round 64, z7)
    listed = listed_works(run.group(0) if run else "", seg)
    if listed is not None:  # "改造农村危房2050户、厕所7905座" → 农村危房和厕所改造 (r34)
        return listed
    whole = (run.group(0) if run else "") \
        + re.sub(r"〔\d*〕", "", re.split(r"[，,；;。！？：:、]", seg)[0])
    if counted_object := _counted_object(whole):
        return counted_object  # "对1470户困难群众实施了危房改造" → 困难群众危房改造 (r41)
    clause = re.split(r"\d(?![\d.]*千伏)", whole)[0]  # not a voltage class (round 19)
    pieces = list(tags(clause)) if clause else []
    opening = tags(strip_words(clause, cues["label_leading"], leading=True) or clause)[:1]
    if pieces and pieces[0].flag not in ("v", "vn", "p", "d") \
            and opening[0].flag not in ("v", "vn", "p", "d") \
            and not clause.startswith(tuple(cues["label_verbs"])):
        return works_subject(text[pos:sentence_end])  # "…，月明河综合治理成效初显"
    if not pieces or "%" in whole or clause.startswith(("占", *cues["comparison_openers"])):
        return ""  # "完成投资18.1亿元，占年度计划的114%", "…，比上个五年增加…": no purpose
    verbs = cues["label_verbs"] + cues["label_leading"]
    out = after_verbs(clause)
    acts = clause[:-2] if len(out) == 2 and clause.endswith(out) else ""
    if acts and leading_word(acts, cues["label_kept_verbs"]) \
            and not leading_word(acts, cues["finished_stage_verbs"]) \
            and re.fullmatch(f"(?:{alternation(cues['label_kept_verbs'] + verbs)})+", acts):
        return clause  # "新建改造线路…": 线路 alone is bare, its verbs stay (round 31;
        # not a finished stage, round 75 review q2: "完成投资…，竣工项目15个" → 项目投资)
    if out.endswith("等") and re.fullmatch(r"[\u4e00-\u9fff]{2,10}", kind := clean(
            strip_quantities(whole[len(clause):]))):  # "完成甲小学等3所小学改扩建工程" (r34)
        out += kind
    if len(out) > 1 or strip_words(clause + "\ue000", verbs, leading=True) != "\ue000":
        return out if len(out) > 1 else ""  # "新改建县、乡…": 县 alone is no purpose
    # Only verbs before a number: what the numbers count ("新建13所农村寄宿制学校").
    counted = strip_words(strip_quantities(whole), verbs, leading=True)
    counted = _joined_works(clean(inner_fillers(counted)))
    words = re.fullmatch(r"[\u4e00-\u9fff“”]{2,12}", counted)  # not "kV" (10kV线路)
    return counted if re.search(r"\d", whole) and words and counted not in verbs else ""


def _predicated(goal: str) -> bool:
    """Whether the noun opening ``goal`` has a predicate of its own, so it is no object of a
    verb of use (round 63 review, k63f: "支持政策全面兑现", "扶持对象覆盖全县所有行政村"):
    a manner word (``cues.object_predicate_adverbs``) after it, or a verb with words after it
    that are not verbs; not "产业发展", "乡村振兴", "企业转型升级"."""
    pieces = list(tags(goal))
    if not pieces or pieces[0].flag[:1] not in ("n", "j"):
        return False
    for i, piece in enumerate(pieces[1:], 1):
        if piece.word in vocab("cues")["object_predicate_adverbs"] or piece.flag in ("d", "ad"):
            return True
        if piece.flag == "v" and any(p.flag[:1] != "v" for p in pieces[i + 1:]):
            return True
    return False


def _characters_joined(seg: str) -> str:
    """``seg`` with the 、 gone between single characters that share the noun after them, its
    verbs before (round 63, y8, the draws' owner lost: the list cut at the first 、 left money
    bare): "新改建县、乡、村三级道路79条" → 新改建县乡村三级道路79条, "新建污、雨水管网" →
    新建污雨水管网; ``seg`` as it is otherwise."""
    rest = strip_words(seg, cue_words("label_verbs", "label_kept_verbs"), leading=True)
    m = re.match(r"(?:[\u4e00-\u9fff]、)+(?=[\u4e00-\u9fff]{2})", rest)
    if not m or rest == seg:
        return seg
    return seg[: len(seg) - len(rest)] + m.group(0).replace("、", "") + rest[m.end():]


def named_works(text: str) -> str:
    """The works money paid for when the clause after it names several, cut by commas, and
    only the last names their kind (round 51, s51a, the draws' 'other thing': the first name
    alone): "完成了新华街东延，迎宾街东、西段，县城西环、南环及保衡路至东闾公路建设" → 新华街
    东延等公路建设 (the first name after its verb, 等, the last words before a works head,
    ``cues.works_heads``). "" for figures, fewer than three parts, no 及 in the last or a first
    part with no verb."""
    parts = re.split(r"[；;。！？]", text)[0].split("，")
    last = parts[-1]
    if len(parts) < 3 or re.search(r"\d", "".join(parts)) or "及" not in last \
            or not last.endswith(tuple(vocab("cues")["works_heads"])):
        return ""
    verb = tags(parts[0])[0] if parts[0] else None  # 完成了: one verb (not 建设路…'s 建设)
    first = parts[0][len(verb.word):].removeprefix("了") if verb and verb.flag == "v" else ""
    words = [p.word for p in tags(last.split("及")[-1])]
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,8}", first) or len(words) < 3:
        return ""
    return f"{first}等{words[-2]}{words[-1]}"


def _counted_object(clause: str) -> str:
    """What money with no subject paid for when the clause after it counts those an act is
    done to after 对 or 为 (round 41, rc41; widened in round 81, x5: a neighbour's label took
    the money when the count had 余 or a measure unit, the object a 的-clause or a second count):
    "对100余公里农村公路进行了改造" → 农村公路改造, "为170所农村中小学1.8万名学生实施营养改善
    计划" → 农村中小学学生营养改善计划 (counts go); "" otherwise, or for 的 after a bare noun."""
    m = _counted_object_re().fullmatch(clause)
    thing = clean(strip_quantities(m.group(1))) if m else ""  # 的 only after a verb's clause:
    owner = "的" in thing and not any(p.flag[:1] == "v" for p in tags(thing.split("的")[0]))
    return thing + m.group(2) if m and not owner \
        and re.fullmatch(r"[\u4e00-\u9fff“”]{1,16}", thing) else ""  # not 对32个村的街道


@cache
def _counted_object_re() -> re.Pattern[str]:
    """对/为, a scope, a count, those counted, an act after its verb (``cues.counted_object_*``)."""
    cues = vocab("cues")
    scope, verb = (alternation(cues[f"counted_object_{k}"]) for k in ("scopes", "verbs"))
    unit = alternation(cues["counted_object_units"])
    return re.compile(rf"[对为](?:{scope})?[约近超逾]?\d+(?:\.\d+)?[余多]?[万亿]?(?:{unit})"
                      rf"([^，,；;。、]{{1,24}}?)(?:{verb})了?([\u4e00-\u9fff]{{2,8}})")


def listed_works(run: str, seg: str) -> str | None:
    """What money paid for when the clause after it lists several things counted (round 34,
    ra, from the d9001/d9002 draws' scope lost: the money named by the first item only):
    each item counted, "改造农村危房2050户、厕所7905座" → 农村危房和厕所改造 (nouns sharing a
    head: "铺设供热管网21公里、供水管网62公里" → 供热、供水管网; three or more with none: the
    first and 等); one count before a list of nouns, "完成121个平原村气代煤、电代煤改造" →
    平原村气代煤、电代煤改造. A verb of works (``cues.works_verbs``, ``label_kept_verbs``)
    before the list follows it, a filler (完成) goes; ``run`` is a run of verbs the clause
    opens with (新建、改建), ``seg`` the clause after it; the verb leads a list cut by 等
    ("新建13所农村寄宿制学校、3所城区学校、7所幼儿园" → 新建农村寄宿制学校等). "" for a list
    of other shapes after a run of verbs (no one thing); None for others and for a clause
    holding no list after a number."""
    cues = vocab("cues")
    clause = re.sub(r"〔\d*〕", "", re.split(r"[，,；;。！？：:]", seg)[0])  # footnote marks
    items = clause.split("、")
    if len(items) >= 2 and not re.search(r"\d", items[0]) \
            and any(re.search(r"\d", i) for i in items[1:]):
        return _uncounted(items)
    if len(items) < 2:
        return None
    first = strip_quantities(items[0])
    rest = strip_words(first, cues["label_verbs"] + cues["label_leading"]
                       + cues["label_kept_verbs"], leading=True)
    word = tags(first)[0] if first else None  # "铺设供热管网": a verb of jieba's only
    if rest == first and word and word.flag in ("v", "vn") and len(word.word) > 1:
        rest = first[len(word.word):]
    verb, noun = first[: len(first) - len(rest)], clean(rest)
    bare = items[0][len(verb):] if items[0].startswith(verb) else items[0]
    kept = run or (verb if verb in cues["works_verbs"] + cues["label_kept_verbs"] else "")
    nouns = [noun, *(clean(strip_quantities(i)) for i in items[1:])]
    if not all(re.fullmatch(r"[\u4e00-\u9fff“”]{2,12}", n) for n in nouns):
        return "" if run else None
    if re.match(r"[约近超逾]?\d", bare) and not any(re.search(r"\d", i) for i in items[1:]):
        things = "、".join(nouns)  # "121个平原村气代煤、电代煤改造": one count of the list
    elif all(re.search(r"\d", i) for i in items):
        things = _joined_nouns(nouns)
    else:
        return "" if run else None
    kept = kept.replace("、", "") if kept else ""
    return kept + things if things.endswith("等") else things + kept


def _uncounted(items: list[str]) -> str | None:
    """What money paid for when the clause after it lists things with no count before a
    later item's (round 38, rc38, the draws' 'other thing': the first item named alone):
    "配备隔离病房、负压救护车、建成4个核酸检测实验室" → 隔离病房等, a kept verb of the first
    following two ("建设体育馆、图书馆" → 体育馆和图书馆建设); None when an item is no short noun
    after its own verb."""
    cues = vocab("cues")
    verbs = cues["label_verbs"] + cues["label_leading"] + cues["label_kept_verbs"]
    nouns = [clean(_own_verb_off(strip_words(strip_quantities(i), verbs, leading=True)))
             for i in items]
    if not all(re.fullmatch(r"[\u4e00-\u9fff“”]{2,12}", n) for n in nouns) \
            or any(tags(n)[0].flag[:1] == "v" for n in nouns):
        return None
    verb = items[0][: len(items[0]) - len(nouns[0])] if items[0].endswith(nouns[0]) else ""
    kept = verb if verb in cues["works_verbs"] + cues["label_kept_verbs"] else ""
    things = _joined_nouns(nouns)
    return kept + things if things.endswith("等") else things + kept


# A batch word opening a kind of works after 等 (``cues.works_kind_batches``: 一批, 一系列).
_BATCH = re.compile(rf"^(?:{'|'.join(vocab('cues')['works_kind_batches'])})")


def uncounted_works(seg: str, counted: bool = True) -> str:
    """What money paid for when the clause after it, opening with a verb, lists works with no
    count of their own (round 64, z7, the draws' 'other thing': the sum named by its first work
    alone, "投资4.8亿元实施了220千伏黄岸变电站扩建、35千伏西庄输变电站…及农电改造等工程"
    gave 220千伏黄岸变电站扩建投资). A list cut by 等 is its first work, 等 and the kind after
    it, its count gone (→ 220千伏黄岸变电站扩建等工程; "完成顺兴路、仙洲路、木兰街等10条道路
    改造提升" → 顺兴路等道路改造提升); a list with no 等 its works joined (``_joined_nouns``:
    "建设科创孵化器、标准化厂房" → 科创孵化器和标准化厂房建设). A works verb
    (``cues.works_verbs``) follows, others go. Voltage classes (35千伏) are no counts. "" when
    the clause holds no such list: one item, a count before the last item, no verb opening it
    ("对甲、乙等5所学校进行改造", "甲、乙工程基本完工": a subject), a work that is no short
    noun; with no 等, three works or more, a work holding 和 or over 24 characters joined (the
    list stays as written: "新建中医院、妇幼保健院和疾控中心"); not ``counted``, a count
    before the kind."""
    clause = re.sub(r"〔\d*〕|\[\d*\]", "", re.split(r"[，,；;。！？：:]", seg)[0])
    items = clause.split("、")
    if len(items) < 2 or any(re.search(r"\d", _VOLTS.sub("", i)) or "等" in i for i in items[:-1]):
        return ""
    cues = vocab("cues")
    verbs = cues["label_verbs"] + cues["label_leading"] + cues["label_kept_verbs"]
    items[0], items[-1] = relative_off(items[0], verbs), status_off(items[-1], cues)
    last, _, kind = items[-1].partition("等")
    nouns = [strip_words(i, verbs, leading=True).removeprefix("了") for i in (*items[:-1], last)]
    nouns[0] = _own_verb_off(nouns[0]) if nouns[0] == items[0] else nouns[0]  # 配备隔离病房
    if nouns[0] == items[0] or re.search(r"\d", _VOLTS.sub("", last)) \
            or not re.fullmatch(r"[\u4e00-\u9fff“”\d.]{2,14}", nouns[0]) \
            or not all(re.fullmatch(r"[\u4e00-\u9fff“”\d.]{2,20}", n) for n in nouns):
        return ""
    verb = items[0][: len(items[0]) - len(nouns[0])].removesuffix("了")
    works = verb if verb in cues["works_verbs"] else ""
    if kind and not counted and re.match(r"[\d一二三四五六七八九十两]", kind):
        return ""  # the caller names a counted kind itself ("等10个亮化项目" → 亮化项目)
    if kind:  # "等10条道路改造提升", "等一批乡村干线建设": the count goes
        kind = _BATCH.sub("", clean(strip_quantities(kind)))
        kind = re.sub(r"(?<=工程|项目)建设$", "", kind)  # "等工程建设" → 等工程
        if kind.endswith(tuple(cues["works_verbs"] + cues["works_heads"])):
            works = ""
        good = re.fullmatch(r"[\u4e00-\u9fff]{2,8}", kind)
        return f"{nouns[0]}等{kind}{works}" if good else ""
    things = _joined_nouns(nouns)
    if things.endswith("等") or re.search(r"[和及与]", "".join(nouns)) or len(things) > 24:
        return ""  # "新建中医院、妇幼保健院和疾控中心": the list as written (labellists)
    return things + works


_VOLTS = re.compile(r"[\d.]+(?:kV|KV|kv|千伏)")



def _own_verb_off(item: str) -> str:
    """``item`` without a verb of jieba's two characters or more opening it (配备救护车)."""
    word = tags(item)[0] if item else None
    return item[len(word.word):] if word and word.flag == "v" and len(word.word) > 1 else item


def _joined_nouns(nouns: list[str]) -> str:
    """Nouns of a list joined: sharing a head of two or more characters, their parts before it
    ("供热管网", "供水管网" → 供热、供水管网); one noun written twice, itself (round 63, y8:
    "变电站", "变电站" → 变电站, was 变、变电站); no part of one character (round 64 review, v3:
    "北关游园", "南关游园" → 北关、南关游园, was 北、南关游园); else two by 和, more by the first
    and 等."""
    if len(set(nouns)) == 1:
        return nouns[0]  # "110千伏变电站4座、35千伏变电站3座" (round 63, y8: gave 变、变电站)
    head = nouns[0]
    while head and not all(n.endswith(head) and len(n) > len(head) + 1 for n in nouns):
        head = head[1:]
    if len(head) >= 2:
        return "、".join(n[: -len(head)] for n in nouns) + head
    return "和".join(nouns) if len(nouns) == 2 else nouns[0] + "等"


# A list of voltage classes before what they class ("10kV、0.4kV线路"): no figures, no list of
# things (round 31; one class stays: "北关110千伏变电站").
_CLASSES = re.compile(r"[\d.]+(?:kV|KV|kv|千伏)(?:[、和及][\d.]+(?:kV|KV|kv|千伏))+"
                      r"(?=[\u4e00-\u9fff])")


def _joined_works(counted: str) -> str:
    """Two works of one kind joined, the task word after them gone: "甲改造及乙改造任务" →
    甲和乙改造 (``cues.works_heads``; round 31, ro: money first, what it pays for after)."""
    counted = re.sub(r"(?<=.{2})任务$", "", counted)
    m = _joined_works_re().fullmatch(counted)
    return f"{m.group(1)}和{m.group(3)}{m.group(2)}" if m else counted


@cache
def _joined_works_re() -> re.Pattern[str]:
    """Two works of one kind joined by 及, 和 or 与 (``_joined_works``), built once."""
    heads = alternation(list(cue_words("works_verbs", "works_heads")))
    return re.compile(rf"(.{{2,8}}?)({heads})[及和与](.{{2,8}}?)\2")


def after_verbs(clause: str) -> str:
    """What a verb opening ``clause`` acts on, the verbs and fillers gone: "铺设供热管网" →
    供热管网; "改造供热管网" → 供热管网 (jieba's vn 供热 is no verb of its own)."""
    cues = vocab("cues")
    bare = strip_words(clause, cues["label_verbs"] + cues["label_leading"], leading=True)
    pieces = list(tags(bare)) if bare else []
    if pieces and pieces[0].flag == "vn" and bare == clause:
        pieces.pop(0)  # "铺设供热管网": the verb jieba calls a vn
    popped = []
    while pieces and ((pieces[0].flag in ("v", "p", "d", "ul", "x", "c")
                       and pieces[0].word != "“")  # a quoted name stays whole (round 34)
                      or pieces[0].word in cues["label_leading"]
                      or pieces[0].word in cues["label_verbs"]):  # 建设 (vn), not 供热
        popped.append(pieces.pop(0))  # the verb and what goes with it: "新建、改建农村公路"
    out = clean(noun_phrase(inner_fillers("".join(p.word for p in pieces))))
    if out in cues["works_heads"] and popped and popped[-1].flag == "v" \
            and popped[-1].word not in cues["label_verbs"] + cues["label_leading"]:
        return popped[-1].word + out  # "实施扶贫项目": 扶贫 names the project (round 63, y8)
    return out


def works_subject(text: str) -> str:
    """The works ``text`` (a clause, to the sentence's end) opens with as its subject, what
    is said of it after: "月明河综合治理成效初显" → 月明河综合治理, "县医院新院区主体完工" →
    县医院新院区 (``cues.works_subject_heads`` before ``cues.works_subject_stops``); "" for
    any other clause, and for a list of works ("…主干路、主路大桥一期工程基本完工")."""
    cues = vocab("cues")
    clause = re.split(r"[，,；;。！？：:]", text)[0]
    m = _works_subject_re().match(clause)
    if not m or "、" in clause or not m.group(1).endswith(tuple(cues["works_subject_heads"])):
        return ""
    return m.group(1)


@cache
def _works_subject_re() -> re.Pattern[str]:
    """A clause's opening words before ``cues.works_subject_stops`` (``works_subject``)."""
    stops = alternation(list(cue_words("works_subject_stops")))
    return re.compile(rf"([\u4e00-\u9fff“”]{{2,14}}?)(?:{stops})")


def works_before(clause: str) -> str:
    """The works a clause before names when it opens with a verb and ends in a word of
    ``cues.works_heads`` (建设, 工程 …): "推进重大工程建设" → 重大工程建设, what money with no
    subject after it was spent on ("…，全年完成投资2400亿元"); "" otherwise."""
    cues = vocab("cues")
    pieces, code = tags(clause) if clause else (), alternation(cues["table_code_units"])
    if not pieces or pieces[0].flag not in ("v", "d") \
            or re.search(rf"\d(?![\d.]*({code}))", clause) \
            or not clause.endswith(tuple(cues["works_heads"])):
        return ""
    works = after_verbs(clause)
    size = len(re.sub(r"[\d.]", "", works))  # a code's digits (500千伏, round 17): no words
    return works if 1 < size <= 12 and works.endswith(tuple(cues["works_heads"])) else ""
