"""The subject of an earlier clause as the owner of a bare measure in a later clause with no
subject of its own (issue 13 §2; round 76, x2: the development draws' "owner lost" and "scope
lost", a measure that needs an owner read as the whole place's).

Chinese chains clauses on one topic: the subject a clause opens with stays the subject of the
clauses after it that open with no subject of their own ("长城公司在徐水实现产值428.1亿元，同比
增长28.8%；实现税收31.7亿元"). A measure that is only a measure of something (税收, 从业人员,
年出栏, 开发面积, 人口 …: ``cues.topic_chain_measures``, a closed list) labelled bare there reads
as the whole place's; it is the topic's:

- "2017年，长城公司在徐水实现产值428.1亿元…；实现税收31.7亿元" → 长城公司税收;
- "2016年，县城主城区面积达20平方公里，人口达25万人" → 县城主城区人口 (a measure after the
  subject goes: 面积);
- "宝迪楼房养猪项目6月底前投产运行，年出栏11万头以上" → 宝迪楼房养猪项目年出栏;
- "开发区主营业务收入达到183亿元…；固定资产投资实现翻番，税收收入增速超过50%" → 开发区税收收入
  增速 (a clause opening with a bare measure of its own has the same topic: the walk goes on).

The rule: the label is one of the measures (after a leading 年 or 全年, with 增速 or 增幅 after
it) and its clause opens with it, after leading words and the verbs of ``cues.topic_chain_
verbs`` (实现, 完成 …). Walking back over the clauses before it in the sentence (not past a
colon): a clause that opens with a time alone (2017年), a verb, an adverb, a word of change
(``cues.topic_chain_no_subject``: 同比) or a bare measure of its own (固定资产投资实现翻番, 工业总
产值达到…: ``codes.code_for``, ``cue.topic_chain_sectors``) has no subject and the walk goes on;
the first clause that opens with a subject gives the owner:

- a run of nouns (jieba's n, ns, nt, nz, j, b) followed by a verb, adverb, preposition, time
  word or a date ("长城公司在徐水…", "宝迪楼房养猪项目6月底前…"), or by a measure that goes
  ("县城主城区面积达…" → 县城主城区; not a kind of the measure of fewer than three characters:
  民间投资, 旅游总收入; a place of two, ``cues.topic_chain_short_places``, may own its people
  (``topic_chain_place_measures``): "城区面积达30
  平方公里，人口达20万人" → 城区人口, round 76 review, q1, as x1's 人口 in owned_measure_words
  gave it);
- a size class and the things counted, as the count's own label ("10人以上加工点发展到251个，
  涉及…18个门类，从业人员1.3万人" → 10人以上加工点从业人员);
- a clause that only makes a named body or site (``cues.topic_chain_make_verbs`` and
  ``topic_chain_make_heads``: "成立了易极拍卖交易中心，年交易额达25亿元" → 易极拍卖交易中心年交易额;
  "启动食品加工产业园区建设，…开发面积达到0.5平方公里" → 食品加工产业园区开发面积).

Exceptions (the label stays): the owner is a scope of the whole place (全县, 我市, 各县区 …:
``cues.subject_owner_scopes`` and scope marks), a holder no entity is (``cues.subject_owner_
other_holders``: 城乡居民), a generic noun alone (``cues.subject_owner_generic``: 企业, 项目), a
noun that judges or ranks (``cues.topic_chain_not_owner_ends``: 综合排名), one character, or a
whole indicator (``codes.code_for``); the figure's clause opening with a whole place
("开发区新增企业20家，全县从业人员…"); a run that is itself the thing a figure of its clause
counts or measures, not a body (round 76 review, q1: "床位增加200张，从业人员…" and "中心城区
绿化覆盖率达到40%，人口…" stay bare; ``cues.staff_body_heads``, ``topic_chain_make_heads``:
企业达到120家 owns); a later clause's run of nouns with no figure in its clause is a topic, no
owner (only the sentence's first clause may have none); the walk stops at a clause opening
with a number, a list, a quote or a scope (全县), and at the sentence's
start. Round 76, x2.
Round 82 review (q4): what is carried or run (``cues.topic_chain_carried_ends``: 吞吐量, 货运量,
通车里程 …) takes only an owner that carries or runs it (``cues.topic_chain_carriers``: 港, 机场,
班列, 公路, 物流 …): "消费市场回暖，旅客吞吐量增长30%" stays 旅客吞吐量.
Session 60 (f3): a run's head character jieba tags as a verb before the clause's verb
(``cues.topic_chain_head_chars``: 高铁|站(v)|建成) stays in the owner: "高铁站建成投用，年发运量
100万吨" → 高铁站年发运量, not 高铁年发运量.
"""

from __future__ import annotations

import re

from workreport.extract.codes import code_for
from workreport.extract.labelclean import strip_words
from workreport.extract.labelnamedbody import named_body
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import leading_word, tags

__all__ = ["opens_with", "owner_ok", "topic_owned", "topic_subject"]

_CLAUSES = re.compile(r"[，,；;]")
_HEADING = re.compile(r"[：:]")
_LEAD = re.compile(r"^(?:全年|总|年)")
_YEARLY = re.compile(r"^(?:全年|年)")
_GROWTH = re.compile(r"(?:增速|增幅)$")
_BUILT = re.compile(r"建设$")
_NAME = re.compile(r"[\u4e00-\u9fff]{3,16}")
_JOINED = re.compile(r"[和及与]")
_DIGIT = re.compile(r"\d")
_NO_RUN = re.compile(r"[\d“”（(、《]")
_TIME_ONLY = re.compile(r"^\s*(?:\d{4}年(?:以来|底|末)?|[上下]半年|今年|去年|全年)\s*$")
_SIZED = re.compile(r"(\d+[人家户]以上[\u4e00-\u9fff]{2,10}?)(?:发展到|达到|增至|达)\d")
_DATED = re.compile(r"\d+(?:月|年|日)")
_NOT_HAN = re.compile(r"[^\u4e00-\u9fffA-Za-z]")
_NOUN_FLAGS = ("n", "j", "b", "eng")
_SUBJECT_NEXT = ("v", "d", "p", "t")


def _measure(name: str) -> str:
    """The listed measure ``name`` is (``cues.topic_chain_measures``), after a leading 年 or
    全年 and with a growth word after it, or ""."""
    core = _GROWTH.sub("", _YEARLY.sub("", name))
    words = cue_words("topic_chain_measures")
    return core if core in words or name in words else ""


def opens_with(clause: str, name: str) -> bool:
    """Whether ``clause`` (the figure's own, up to the number) opens with ``name`` after leading
    words and verbs of no subject (实现, 完成, 累计 …)."""
    clause = clause.strip()
    openers = tuple(sorted(cue_words("label_leading", "topic_chain_verbs"), key=len,
                           reverse=True))
    while clause.startswith(openers):
        clause = clause[len(next(w for w in openers if clause.startswith(w))):]
    return clause.startswith(name) or clause.startswith(_GROWTH.sub("", name))


def topic_subject(clause: str) -> tuple[str, bool]:
    """The subject ``clause`` opens with and whether the walk back goes on past it: ("", True)
    for a clause with no subject (a verb, adverb or time first), (name, False) for a run of
    nouns before a verb, adverb, preposition or time word (a measure word ending it gone),
    ("", False) for anything else (a number, a list, a quote)."""
    clause = strip_words(clause.strip(), cue_words("topic_chain_leading"), leading=True)
    if not clause or _TIME_ONLY.match(clause):
        return "", True
    if sized := _SIZED.match(clause):
        return sized.group(1), False  # 15人以上手工加工点发展到221家, as its count's label
    if made := _made(clause):
        return made, False  # 成立了易极拍卖交易中心 → 易极拍卖交易中心
    if body := named_body(clause):
        return body, False  # 玖兴肉鸡联建片区建成投产 (round 81, x7: jieba's pieces no nouns)
    if _NO_RUN.match(clause) or clause.startswith(tuple(cue_words(
            "subject_owner_scopes", "subject_owner_other_holders"))):
        return "", False  # a list, a quote; 全县…, 城乡居民…: the whole place's
    pieces = tags(clause)
    if pieces[0].flag[:1] in "vdpct" or pieces[0].word in cue_words("label_leading") \
            or clause.startswith(tuple(cue_words("topic_chain_no_subject"))):
        return "", True  # 实现…, 同比增长…: no subject
    if any(code_for(clause[:end]) for end in range(min(len(clause), 12), 2, -1)) \
            or _LEAD.sub("", clause).startswith(tuple(cue_words(
                "topic_chain_measures", "owned_measure_words"))):
        return "", True  # 固定资产投资实现翻番, 主营业务收入突破…: a bare measure; walk on
    for word in sorted(cue_words("topic_chain_measures", "subject_owner_measure_ends",
                                 "owner_measure_suffixes"), key=len, reverse=True):
        if len(word) < 2:
            continue
        cut = clause[:clause.find(word)] if clause.find(word) >= 2 else ""
        if cut and _nouns(cut):
            if (len(cut) < 3 and cut not in cue_words("topic_chain_short_places")) \
                    or cut in cue_words("topic_chain_sectors") or code_for(cut + word):
                return "", True  # 民间投资增长8%: a kind of the measure, no owner; walk on
            return cut, False
            # 县城主城区面积达… → 县城主城区; 工业总产值达到…: the place's, the walk goes on
    run = ""
    for k, piece in enumerate(pieces):
        head = run and piece.word in cue_words("topic_chain_head_chars") \
            and k + 1 < len(pieces) and pieces[k + 1].flag.startswith("v")
        if not _nouns(piece.word) and not head:  # jieba's 高铁|站(v)|建成: the run's (f3)
            break
        run += piece.word
    after = clause[len(run):]
    if _reached(after) and run and not run.endswith(tuple(cue_words(
            "staff_body_heads", "topic_chain_make_heads"))):
        return "", False  # 床位增加200张, 长城汽车销量达到…: a figure's own thing, no owner
    if run and (_DATED.match(after) or (after and tags(after)[0].flag[:1] in _SUBJECT_NEXT
                                         and tags(after)[0].flag != "vn")):
        return run, False  # 长城公司在徐水…; 宝迪楼房养猪项目6月底前投产运行
    return "", False


def _reached(after: str) -> bool:
    """Whether ``after`` opens with a verb of reaching or change (``cues.topic_chain_reach_
    verbs``) and a number: "增加200张", "达到40%" (the run before is the figure's own thing)."""
    verb = leading_word(after, cue_words("topic_chain_reach_verbs"))
    return bool(verb) and bool(re.match(r"[约近超逾]?[\d.]", after[len(verb):]))


def _made(clause: str) -> str:
    """The named body or site ``clause`` makes, when it is only a verb of making
    (``cues.topic_chain_make_verbs``: 成立, 打造, 启动 …) and the name (its 建设 gone), three to
    sixteen Chinese characters ending in a head of ``cues.topic_chain_make_heads`` (中心, 基地,
    园区 …), no digit, list or 和: "成立了易极拍卖交易中心" → 易极拍卖交易中心, "启动食品加工产业
    园区建设" → 食品加工产业园区; "" otherwise."""
    verb = leading_word(clause, cue_words("topic_chain_make_verbs"))
    name = _BUILT.sub("", clause[len(verb):].removeprefix("了")) if verb else ""
    if not _NAME.fullmatch(name) or _JOINED.search(name) \
            or not name.endswith(tuple(cue_words("topic_chain_make_heads"))):
        return ""
    return name


def _bodies(clause: str) -> tuple[str, str]:
    """The body ``clause`` makes (``_made``) and the named body it opens with before a verb of
    what became of it (``labelnamedbody.named_body``; round 81, x7): a clause of these alone
    names the owner of the bare measures after it."""
    return _made(clause), named_body(clause)


def _nouns(words: str) -> bool:
    """Whether ``words`` are nouns only as jieba tags them (no verbal noun), no digit or mark."""
    pieces = tags(words)
    return bool(pieces) and all(
        p.flag.startswith(_NOUN_FLAGS) and p.flag != "vn"
        and not _NOT_HAN.search(p.word) for p in pieces)


def owner_ok(owner: str) -> bool:
    """Whether ``owner`` may own a measure: two characters or more, no scope of the whole
    place, no holder of no entity, no generic noun alone, no whole indicator."""
    if len(owner) < 2 or owner.startswith(tuple(cue_words("subject_owner_scopes",
                                                           "subject_owner_scope_marks"))):
        return False
    if owner in cue_words("subject_owner_generic") \
            or owner.endswith(tuple(cue_words("topic_chain_not_owner_ends"))) \
            or any(w in owner for w in cue_words("subject_owner_other_holders")):
        return False
    return not code_for(owner)


def topic_owned(name: str, before: str, rest: str, dimension: str) -> str:
    """``name`` with the subject of the nearest clause before it that has one, when ``name``
    is a bare measure of ``cues.topic_chain_measures`` opening a clause with no subject of its
    own, as the module says (round 76, x2); ``name`` otherwise. ``before`` is the sentence up
    to the number; ``rest`` and ``dimension`` are not read."""
    if not name or not _measure(name):
        return name
    clauses = _CLAUSES.split(_HEADING.split(before)[-1])  # a heading before a colon: none
    if len(clauses) < 2 or not opens_with(clauses[-1], name) \
            or clauses[-1].strip().startswith(cue_words("subject_owner_scopes")):
        return name  # "…，全县从业人员达到15万人": the whole place's (round 76 review, q1)
    for at in range(len(clauses) - 2, -1, -1):
        owner, goes_on = topic_subject(clauses[at])
        if owner:
            if owner in cue_words("topic_chain_short_places") \
                    and _measure(name) not in cue_words("topic_chain_place_measures"):
                return name  # "城区面积达…，税收增长10%": a short place owns only its people
            if not owner_ok(owner) or code_for(owner + _measure(name)) \
                    or (at and not _DIGIT.search(clauses[at]) and owner not in _bodies(
                        strip_words(clauses[at].strip(), cue_words("topic_chain_leading"),
                                    leading=True))):
                return name  # 综合排名跻身…; a later clause with no figure: a topic, no owner
            if _measure(name).endswith(tuple(cue_words("topic_chain_carried_ends"))) \
                    and not any(w in owner for w in cue_words("topic_chain_carriers")):
                return name  # 消费市场回暖，旅客吞吐量…: no carrier (round 82 review, q4)
            return owner + name
        if not goes_on:
            return name
    return name
