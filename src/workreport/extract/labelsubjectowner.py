"""The named sub-entity a sentence opens with, as the owner of the bare figures of its later
clauses (issue 13, round 55, s55a; the development draws' "scope lost": a bare measure read as
the whole place's).

"航天科技集团累计投入帮扶资金2547万元，实施帮扶项目94个" gave 94 the label 帮扶项目, as if all
the province's; "全县服装业实现增加值48亿元…；出口产品交货值完成63.3亿元" gave 出口产品交货值.
The sentence's first clause opens (after a scope word, 全县) with a name ending in a head of
``cues.subject_owner_heads`` (集团, 枢纽, 园区, 试验区, 产业链, 高校, 服装业 …) before its
predicate; a later clause with no subject of its own counts a thing of that name's:
→ 航天科技集团帮扶项目, 服装业出口产品交货值.
Round 58 (s58a) extends it: a quoted works or port opening the first or second clause
("“引江济淮”全年共调水…，过闸总吨位1.3亿吨" → 引江济淮过闸总吨位), a name's run cut before a
modal (蒙能集团要…), a label holding the name's head when its figure's clause does not (园区亩均
收入 of "…，亩均收入达到2万元"), and the subject of the figure's own clause before the verb its
label opens with ("乌兰牧骑在…等25个省市巡演760多场" → 乌兰牧骑巡演).
Used by ``naming.label`` (``labelassigned.after_label``); the words are data (``vocab/cues.yml``).
"""

from __future__ import annotations

import re

from workreport.extract.codes import code_for
from workreport.extract.labelclean import strip_words
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import tags
from workreport.extract.numbers import strip_quantities

__all__ = ["opening_subject", "subject_owner"]

# jieba's flags of the words a name is made of (a one-character verb too: 蒙能集团, 入统企业).
_NAME_FLAGS = ("n", "j", "b", "vn", "eng", "m", "p")


def _name_run(clause: str) -> str:
    """The run of name words ``clause`` opens with: nouns, and words of one character of
    any kind (蒙|能集团, 在川高校), up to the first other word, anything not Chinese or a
    verbal noun of two characters (自贸试验区|建设). Round 63 (y2): up to a time or leading word
    of ``cues.label_leading`` after a head too ("临港片区全年新设企业…": jieba's 全年 is a
    numeral) → 临港片区."""
    at, heads = 0, tuple(cue_words("subject_owner_heads"))
    for piece in tags(clause):
        other = not piece.flag.startswith(_NAME_FLAGS) or piece.flag == "vn"
        if (len(piece.word) > 1 and other) \
                or (piece.word in cue_words("label_leading") and clause[:at].endswith(heads)) \
                or re.search(r"[^\u4e00-\u9fff]", piece.word) or piece.word in "和及与的":
            break
        at += len(piece.word)
    return clause[:at]


def opening_subject(clause: str) -> str:
    """The name ``clause`` (a sentence's first clause) opens with, after the scope and time
    words of ``cues.label_leading`` (全县, 今年): its run of name words (``_name_run``) when
    it ends in a head (``cues.subject_owner_heads``), or that run cut after a head when a
    measure follows it (``cues.subject_owner_measure_ends``): "航天科技集团累计投入…" →
    航天科技集团, "全县入统工业企业总产值完成…" → 入统工业企业. "" when the clause opens
    with an act (加快建设…: s55b's class; 以…), a list, a quote or a number, the name is
    itself counted ("规上企业达到47家", "高新技术企业数量增长20%": a stock, no owner), a
    run ends in another noun ("国有企业公司治理机制持续完善") or goes on in quotes or brackets
    (工业企业“四个一批”) or the name is shorter than three or longer than fourteen characters.
    Round 63 review (k63c): nor when the rest of the clause honours the name with a title ending
    in a head (``cues.subject_owner_honours``: "凤凰山景区成功创建国家5A级景区，旅游综合收入…":
    the later totals are the place's)."""
    whole = clause.strip()
    clause = strip_words(whole, cue_words("label_leading"), leading=True)
    if not clause or not all(  # 全县, 今年; not 加快
            p.flag[:1] in "tmnsfr" for p in tags(whole[:len(whole) - len(clause)])):
        return ""
    if quoted := _quoted_name(clause):
        return quoted  # “引江济淮”全年共调水…
    if re.match(r"[\d“”（(、]", clause):
        return ""
    first = tags(clause)[0]
    if (len(first.word) > 1 and first.flag[:1] == "v") or first.word in "以对把从按为向将由" \
            or first.word in cue_words("label_verbs") \
            or clause.startswith(tuple(cue_words("lead_verbs", "subject_owner_acts"))):
        return ""  # 建设高新区 (vn), 做强港口, 全面实施…: an act first; 以示范区建设为统揽;
        # round 63 (y2): a verb jieba holds a noun (谋划总部经济园区: cues.label_verbs)
    run = _name_run(clause)
    heads = tuple(cue_words("subject_owner_heads"))
    name = run if run.endswith(heads) else next(
        (run[:end] for end in range(len(run) - 1, 2, -1) if run[:end].endswith(heads)
         and run.endswith(tuple(cue_words("subject_owner_measure_ends")))), "")
    if not name and (cut := _head_before_modal(run)):
        name = run = cut  # 蒙能集团要当好…
    measure = run[len(name):]
    if _holds_verb(name) or clause[len(name):].startswith(tuple(cue_words("subject_owner_topics"))):
        return ""  # 高新区获批国家级绿色园区; 国家级高新区创建…, 民营企业发展环境…: no owner
    after = clause[len(name):]
    if after.endswith(heads) and any(w in after for w in cue_words("subject_owner_honours")):
        return ""  # round 63 review (k63c): 凤凰山景区成功创建国家5A级景区: an honour, no owner
    if not 3 <= len(name) <= 14 or clause[len(run):len(run) + 1] in ("、", "“", "（", "(") \
            or measure in ("数量", "总数", "数") \
            or (not measure and re.match(r"[\u4e00-\u9fff]{0,3}\d", clause[len(run):])
                and not _counts_object(clause[len(run):])):
        return ""  # a list; a stock counted: 规上企业达到47家
    return name


def _counts_object(after: str) -> bool:
    """Whether ``after`` (a first clause after its opening name) is an act counting a thing of
    its own (round 63, y2; "scope lost": a zone's figures read as the whole place's): a verb,
    then a noun of two characters or more before the number or after its unit: "临港片区推出
    12项全国首创政策" (推出…政策), "某新区新设企业1.2万户" (新设企业) → True, the name owns the
    sentence's later figures; "规上企业达到47家", "高新技术企业增长20%" → False (the name
    itself counted), as for anything else."""
    head = re.split(r"\d", after, maxsplit=1)[0]
    pieces = tags(head) if head else []
    verb = next((k for k, p in enumerate(pieces) if p.flag[:1] == "v"), -1)
    rest = strip_quantities(after)
    if verb < 0 or not rest.startswith(head):
        return False
    nouns = [p for p in pieces[verb + 1:] + tags(rest[len(head):]) if p.flag[:1] == "n"]
    return any(len(p.word) > 1 for p in nouns)


def _head_before_modal(run: str) -> str:
    """``run`` without its last character when that is a modal or adverb of
    ``cues.subject_owner_modals`` after a head (round 58, s58a): "蒙能集团要当好…" ran 蒙能集团要
    (``_name_run`` takes any word of one character) → 蒙能集团; "" otherwise ("某港产业园获批、
    …" holds a verb: no owner)."""
    if run[-1:] in cue_words("subject_owner_modals") \
            and run[:-1].endswith(tuple(cue_words("subject_owner_heads"))):
        return run[:-1]
    return ""


def _quoted_name(clause: str) -> str:
    """The quoted name of a works, port or programme ``clause`` opens with, when a time word,
    adverb, preposition or verb follows its closing quote (round 58, s58a): "“引江济淮”全年共
    调水4.75亿立方米" → 引江济淮, "“中国洋浦港”累计登记国际船舶48艘" → 中国洋浦港. The name
    holds a place (jieba's ns: 淮, 洋浦港), no number word and no 的, is four characters or
    more, and its clause counts something (a digit); "" otherwise ("“千万工程”深入实施" is a
    campaign, "“放管服”改革" a topic, "“轨道上的山东”驶入快车道" a slogan)."""
    found = re.match(r"“([\u4e00-\u9fff]{4,12})”", clause)
    after = tags(clause[found.end():]) if found else ()
    if not after or after[0].flag[:1] not in "tmdpv" or after[0].flag == "vn" \
            or "的" in found.group(1) or not re.search(r"\d", clause):
        return ""  # “轨道上的山东”驶入快车道; “天马”游津城、…: no count of the name's own
    pieces = tags(found.group(1))
    if not any(p.flag == "ns" for p in pieces) or any(p.flag[:1] == "m" for p in pieces):
        return ""
    return found.group(1)


def _headed_name(clause: str) -> str:
    """The longest opening of ``clause`` ending in a head (``cues.subject_owner_heads``) made of
    nouns, idioms, distinguishing words and verbal nouns only (round 58, s58a): "长三角生态
    绿色一体化发展示范区新推出…" → 长三角生态绿色一体化发展示范区; "" when none."""
    heads, at, found = tuple(cue_words("subject_owner_heads")), 0, ""
    for piece in tags(clause):
        if piece.flag[:1] not in "njlb" and piece.flag != "vn":
            break
        at += len(piece.word)
        found = clause[:at] if clause[:at].endswith(heads) else found
    return found


def _own_subject(name: str, before: str) -> str:
    """``name`` with the subject of its own clause (the last of ``before``) when ``name`` opens
    with the verb that clause ends in and only adverbs, adjectives or a prepositional phrase
    stand between them (round 58, s58a; "scope lost": the bare act read as the whole place's):
    "长三角生态绿色一体化发展示范区新推出18项制度创新成果" → 长三角生态绿色一体化发展示范区推出
    制度创新成果, "…，乌兰牧骑在北上广等25个省市巡演760多场" → 乌兰牧骑巡演. The subject is a
    name ending in a head (``cues.subject_owner_heads``, cut before a one-character verb: 蒙能
    集团要…) or a proper name of four characters or more (jieba's nr, nt); "" otherwise: a
    scope (全省), a name of fewer than four characters or a generic one
    (``cues.subject_owner_generic``: 企业, 项目), a subject counted itself ("规上企业达到47家":
    no verb in the label)."""
    clause = strip_words(re.split(r"[，,；;]", before)[-1].strip(), cue_words("label_leading"),
                         leading=True)
    pieces = tags(name)
    if clause.endswith(name) and len(pieces) > 1 and pieces[-1].flag == "v" \
            and re.search(r"\d", clause[:len(clause) - len(name)]):
        name, pieces = pieces[-1].word, pieces[-1:]  # 25个省市巡演 → 巡演
    if not clause or re.match(r"[\d“”（(、]", clause) or len(pieces[0].word) < 2 \
            or pieces[0].flag != "v" or not clause.endswith(pieces[0].word):
        return ""
    first = tags(clause)[0]
    owner = _headed_name(clause) or _head_before_modal(_name_run(clause)) \
        or (first.word if first.flag in ("nr", "nt") else "")
    between = tags(clause[len(owner):len(clause) - len(pieces[0].word)])
    if not 4 <= len(owner) <= 16 or _holds_verb(owner) or owner in name \
            or owner.endswith(tuple(cue_words("subject_owner_generic"))) \
            or owner.startswith(tuple(cue_words("subject_owner_scopes", "label_leading",
                                                "subject_owner_scope_marks"))):  # 全疆高校
        return ""
    if between and not (all(p.flag[:1] in "da" for p in between) or between[0].flag == "p"):
        return ""  # 高新区企业…推出: another subject between
    return owner + name


def _holds_verb(name: str) -> bool:
    """Whether ``name`` goes on past a head with a verb (round 55 review, f55a): "高新区获批国家
    级绿色园区" ran up to the head 园区 through 获批; a one-character verb before the first head
    stays (蒙能集团, 入统工业企业)."""
    heads, at = tuple(cue_words("subject_owner_heads")), 0
    for piece in tags(name):
        if piece.flag.startswith("v") and name[:at].endswith(heads):
            return True
        at += len(piece.word)
    return False


def _unowned(name: str, first: str) -> bool:
    """Whether the label ``name`` is no figure of the first clause's entity (round 55 review,
    f55a): it names another holder or a whole place (``cues.subject_owner_other_holders``:
    "工业企业利润增长15%，城乡居民收入增长7%", "…，全社会用电量增长5.1%"), or it shares a noun with
    the measure of ``first`` (the first clause after its name: "制造业贷款余额增长25%，不良贷款
    率下降…" is the banks' overall ratio)."""
    if any(w in name for w in cue_words("subject_owner_other_holders")):
        return True
    return any(p.flag.startswith("n") and len(p.word) > 1 and p.word[-2:] in first
               for p in tags(name))


def _glued_measure(name: str, before: str) -> str:
    """The measure ``name`` ends in when it is a count of an earlier clause glued to it
    (round 55 review, f55a): "…，引进配套企业28家，完成产值450亿元" gave 引进配套企业产值 → 产值;
    "" otherwise (no verb-led prefix counted with a number in a later clause of ``before``, or
    a measure the counted projects own: ``cues.project_owned_measures``, 总投资). Round 56
    review (g56d): the count may stand in the opening clause too ("装备制造产业链新增企业28家，
    完成产值450亿元" → 产值; 开发区签约项目6个，总投资… keeps 总投资 by the list above).
    Round 63 review (k63c): nor a rate (``cues.rate_ends``), whose owner is the count the rate
    rules glued to it ("高铁片区征收房屋2600户，完成率100%" keeps 高铁片区征收房屋完成率)."""
    if len(tags(name)[0].word) < 2 or not tags(name)[0].flag.startswith("v"):
        return ""
    return next((name[end:] for end in range(len(name) - 2, 2, -1)
                 if re.search(re.escape(name[:end]) + r"\d", before)
                 and name[end:] not in cue_words("project_owned_measures")
                 and not name[end:].endswith(tuple(cue_words("rate_ends")))
                 and name[end:].endswith(tuple(cue_words("subject_owner_measure_ends")))), "")


def _new_subject(clause: str) -> bool:
    """Whether ``clause`` (a later clause of the sentence) opens with a subject of its own: a
    place or body (jieba's ns, nt, nr: "徐水（大王店）经济开发区通过…", "天津港接入…"), a
    list ("标准厂房园、电力产业园…建设完成") or a name ending in a head ("省市级现代农业园区
    达到10家"); not a bare measure (工业增加值完成7.4亿元) or a verb."""
    if clause.strip().startswith(tuple(cue_words("subject_owner_scopes"))):
        return True  # 全县新增就业岗位3000个: the place's own
    clause = strip_words(clause.strip(), cue_words("label_leading"), leading=True)
    pieces = tags(clause) if clause else ()
    if clause.startswith(tuple(cue_words("subject_owner_new_acts"))):
        return False  # 新建蔬菜棚室 (jieba: ns), 新开通…航线 (nz): an act (round 58, s58a)
    if not pieces or pieces[0].flag[:1] not in ("n", "j") or len(pieces[0].word) < 2:
        return False
    run = _name_run(clause)
    return pieces[0].flag in ("ns", "nt", "nr") or clause[len(run):len(run) + 1] == "、" \
        or run.endswith(tuple(cue_words("subject_owner_heads")))


def _sibling(clause: str, first: str) -> bool:
    """Whether ``clause`` opens with a measure of another owner that ``first`` (the sentence's
    first clause) also measures: "沿海港口货物吞吐量突破20亿吨…，内河航运吞吐量超过1.2亿吨"
    (its run of name words ends in a word of two characters or more that ``first`` holds)."""
    run = _name_run(strip_words(clause.strip(), cue_words("label_leading"), leading=True))
    last = tags(run)[-1].word if run else ""
    return len(last) > 1 and last in first


def subject_owner(name: str, before: str, rest: str, dimension: str) -> str:
    """``name`` with the owner the sentence's opening name gives it (``opening_subject``),
    when its figure stands in a later clause with no subject of its own (round 55, s55a):
    "航天科技集团累计投入帮扶资金2547万元，实施帮扶项目94个" → 航天科技集团帮扶项目,
    "…入统工业企业总产值完成33.8亿元…；实现利税1.8亿元" → 入统工业企业利税, "自贸试验区建设
    高效推进，129项改革任务全面铺开" → 自贸试验区改革任务; a label opening with the name's
    head takes it once ("示范园区建设…，园区亩均收入…" → 示范园区亩均收入). The figure's clause
    (the last of ``before``, the sentence up to the number, or the number and ``name`` opening
    ``rest``) holds before ``name`` only verbs, adverbs or prepositions. ``name`` as it is
    otherwise: the figure in the first clause or past the sixth, a clause after the first
    with a subject of its own (``_new_subject``) or another owner of the first clause's
    measure (``_sibling``), a place's measure (``cues.subject_owner_place_measures``:
    设施蔬菜年产量), a label holding the name or its head, a
    standard indicator (``codes.code_for``: 地区生产总值) or, round 69 (f1), what only the
    whole place has (``cues.whole_place_measures``: "交投集团完成投资20亿元，全年公路货运量增长
    8%" keeps 公路货运量), a sibling of the first clause's
    measure (its last word there: "…年旅客吞吐量增长16.6%…；货邮吞吐量增长33%" stays bare,
    as round 31's rule and the gold have it), longer than ten characters or opening with a
    scope (全省); ``dimension`` is not read. Round 55 review (f55a): ``name`` too when it
    names another holder or shares a noun with the first clause's measure (``_unowned``:
    城乡居民收入, 不良贷款率) or repeats the act the name is under (``cues.subject_owner_built``:
    "产业园建设…，建设高标准农田"); a count glued to a measure keeps the measure
    (``_glued_measure``: 汽车产业链引进配套企业产值 → 汽车产业链产值); round 56 review (g56d):
    so too after an opening name with a verb inside, when the label opens with it and it ends
    in a head (装备制造产业链新增企业产值 → 装备制造产业链产值). Round 58 (s58a): first
    the subject of the figure's own clause (``_own_subject``: 示范区新推出18项制度创新成果); a
    quoted name opening the second clause after a first with no name (``_quoted_name``); a
    label opening with the name's head found without it in the figure's clause. Round 63 (y2):
    a verb-led label whose clause holds examples before the count ("…，建设跨境金融等9个集聚区"
    → 临港片区建设集聚区: the clause opens with the verb, ``rest`` with the thing)."""
    clauses = re.split(r"[，,；;]", before)
    if owned := _own_subject(name, before):
        return owned  # 示范区新推出18项制度创新成果; 乌兰牧骑在…巡演760多场
    subject = opening_subject(clauses[0]) if 2 <= len(clauses) <= 6 else ""
    if not subject and 3 <= len(clauses) <= 6 and _quoted_name(clauses[1].strip()):
        clauses = clauses[1:]  # 现代水网工程加快建设，“引江济淮”全年共调水…，过闸总吨位…
        subject = _quoted_name(clauses[0].strip())
    opener = strip_words(clauses[0].strip(), cue_words("label_leading"), leading=True)
    owner = subject or next((name[:at] for at in range(len(name) - 3, 2, -1)  # 装备制造产业链
                             if 2 <= len(clauses) <= 6 and opener.startswith(name[:at])
                             and name[:at].endswith(tuple(cue_words("subject_owner_heads")))), "")
    if owner and name.startswith(owner) and (glued := _glued_measure(name[len(owner):], before)):
        return owner + glued  # the label before's owner
    if not 2 <= len(clauses) <= 6 or len(name) > 10 or code_for(name) \
            or name.startswith(tuple(cue_words("subject_owner_scopes"))):
        return name
    if not subject or subject in name or any(map(_new_subject, clauses[1:])) \
            or any(map(lambda c: _sibling(c, clauses[0]), clauses[1:])) \
            or name.endswith(tuple(cue_words("subject_owner_place_measures"))) \
            or any(w in name for w in cue_words("whole_place_measures")):
        return name  # 内河航运吞吐量: parallel owners; 设施蔬菜年产量; r69 (f1): 空气优良天数
    head = next((h for h in cue_words("subject_owner_heads") if subject.endswith(h)), "")
    own = strip_words(clauses[-1].strip(), cue_words("label_leading"), leading=True)
    bare = name[len(head):] if len(head) > 1 and name.startswith(head) else name
    found = name if name in own or rest.startswith(name) else bare  # 园区亩均收入 of "…，亩均收入…"
    at, verb = own.find(found), (tags(found) or [None])[0]
    if at < 0 and verb and verb.flag[:1] == "v" and len(verb.word) > 1 \
            and own.startswith(verb.word) and len(found) > len(verb.word) \
            and rest.startswith(found[len(verb.word):]):
        at = 0  # round 63 (y2): 建设跨境金融等9个集聚区 → the verb, its examples, the thing
    if at < 0 and not rest.startswith(found):
        return name
    lead = own[:at] if at >= 0 else own  # "…，加大对10个试点县…": a verb and 对 before
    if lead and not all(p.flag[:1] in "vdpc" for p in tags(lead)):
        return name  # a subject of its own before the label
    topic = opener[opener.find(subject) + len(subject):].lstrip("”") if subject in opener else ""
    built = tuple(cue_words("subject_owner_built"))
    if _unowned(name, topic) or (topic.startswith(built) and name.startswith(built)):
        return name  # 城乡居民收入; 不良贷款率; 产业园建设…，建设高标准农田 (the place's act)
    if glued := _glued_measure(name, before):
        return subject + glued  # 引进配套企业产值 → 汽车产业链产值
    last = tags(name)[-1].word
    if len(last) > 1 and last in clauses[0]:
        return name  # a sibling of the first clause's measure (年旅客吞吐量; 货邮吞吐量)
    if bare != name:
        return subject + bare  # 园区亩均收入 → 现代农业示范园区亩均收入
    return name if (head and head in name) or subject[-2:] == name[:2] else subject + name
