"""Owners and scopes a label finds outside its own clause (issue 13 §2, round 11; used by
``naming``).

A measure word alone (占地, 播种面积, 综合指数) or money alone (投资) leaves the reader
asking "of what?" when the text names its owner elsewhere in the sentence:

- *a sibling measure*: a land area or floor area after the money or land of a named works
  is that works' ("X产业园项目总投资10亿元，占地200亩，总建筑面积5万平方米" → X产业园项目
  占地, X产业园项目总建筑面积; ``sibling_owner``);
- *the thing before a bracket*: "12条农村公路（总长21.7公里）" → 农村公路总长
  (``bracket_owner``);
- *the subject of the sentence*: a crop's area or output after a clause with no number
  whose subject is the crop ("粮食生产再获丰收，播种面积120万亩" → 粮食播种面积), or that
  develops it ("加快X产业园区发展，力争年产值达到3.5亿元" → X产业园区年产值;
  ``sentence_owner``);
- *the topic of the sentence*: a measure that names its owner only by the words around it
  ("优良天数189天，PM2.5下降14.7%，综合指数下降5.3%" → 空气质量综合指数;
  ``cues.topic_owners``; ``topic_owner``);
- *the scope of money*: money with no subject after a clause whose subject is a sector or
  a programme ("新能源产业加快发展，完成投资56亿元" → 新能源产业投资; ``money_scope``).

The wrapper that puts the scope of its sentence into a label (``scoped``) is in
``labelscoped``. The words are data (``vocab/cues.yml``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import wraps

from workreport.extract.codes import code_for
from workreport.extract.labelbareowner import listed_owner, people_owner
from workreport.extract.labelclean import strip_words
from workreport.extract.labelkin import echo_owner, head_owner, kin_owner
from workreport.extract.labelleadrate import lead_rate_owner
from workreport.extract.labelprojectowner import counted_projects_owner
from workreport.extract.labelrates import clause_subject
from workreport.extract.labelvocab import cue_words
from workreport.extract.labelwords import leading_word, tags
from workreport.extract.nonfigures import alternation
from workreport.extract.numbers import Token, vocab

__all__ = ["bracket_owner", "indicator_subject", "leading_scope", "money_scope", "once",
           "outside_owner", "own_scope", "per_unit_scope", "sentence_owner", "sentence_scope",
           "shared_scope", "sibling_owner", "topic_owner"]


def outside_owner(name: str, previous: str | None, before: str) -> str:
    """``name`` with the owner the sentence gives it outside its clause (``sibling_owner``,
    ``sentence_owner``, ``labelbareowner.people_owner``: round 50, ``topic_owner``,
    ``labelkin.kin_owner``, round 51: ``labelkin.echo_owner``, ``labelbareowner.listed_owner``,
    ``labelkin.head_owner``, round 53: ``labelleadrate.lead_rate_owner``, round 54:
    ``labelprojectowner.counted_projects_owner``, in that order), or
    ``name`` as it is. ``before`` is the sentence up to the number; ``previous`` the label of
    the figure before in it when near (this clause or the one before, not across ；)."""
    return (sibling_owner(name, previous, before) or bracket_owner(name, before)
            or sentence_owner(name, previous, before) or people_owner(name, before)
            or topic_owner(name, before)
            or kin_owner(name, previous, before) or echo_owner(name, previous, before)
            or listed_owner(name, before) or head_owner(name, before)
            or lead_rate_owner(name, before)  # round 53 (s53b)
            or counted_projects_owner(name, before)  # round 54 (s54c)
            or name)  # round 48 (s48b); round 51 (s51c)


def bracket_owner(name: str, before: str) -> str:
    """A bare land area, length or money (``cues.land_measure_words``, ``cues.money_nouns``)
    inside brackets is of the thing named just before them: "12条农村公路（总长21.7公里）" →
    农村公路总长, "四里庄街立体停车场（位于四里庄，占地3946平方米" → 四里庄街立体停车场占地;
    "" when no bracket is open in ``before`` (the sentence up to the number) or no name stands
    before it."""
    cues = vocab("cues")
    if name not in cues["land_measure_words"] + cues["money_nouns"]:
        return ""
    at = before.rfind("（")
    if at < 0 or "）" in before[at:]:
        return ""
    thing = re.split(r"[，。；：:、,;①-⑳〕\]]", before[:at])[-1]
    # After a count: "建成12条农村公路（" → 农村公路.
    thing = re.split(r"\d[\d.]*(?:[万亿])?[个条座项处家所栋]?", thing.strip())[-1]
    pieces = tags(thing) if thing else ()
    if not 1 < len(thing) <= 16 or re.search(r"[\d“”（）()]", thing) \
            or pieces[-1].flag[:1] not in ("n", "j"):
        return ""
    return thing + name


def sibling_owner(name: str, previous: str | None, before: str = "") -> str:
    """A bare land area or floor area (``cues.land_measure_words``) after a figure whose label
    is a works' money or land ("智能装备产业园项目总投资", "…占地") is that works':
    "…项目总投资10亿元，占地200亩" → …项目占地; "" when ``previous`` names no such owner (a
    list, a bare measure) or ``before`` (the sentence up to the number) has the figure
    before elsewhere than at the end of the clause before ("投资4亿元的X等…，完成建筑面积")."""
    cues = vocab("cues")
    clauses = re.split(r"[，、；;,]", before)
    if not previous or name not in cues["land_measure_words"] or (
            before and not (len(clauses) > 1 and re.search(r"\d[^\d的]{0,4}$", clauses[-2]))):
        return ""  # the figure before stands in the clause before: "…总投资10亿元，占地"
    measures = sorted(cues["money_nouns"] + cues["land_measure_words"], key=len, reverse=True)
    tail = next((w for w in measures if previous.endswith(w)), "")
    own = previous[: len(previous) - len(tail)] if tail else ""
    if len(own) < 2 or re.search(r"[、和及与\d]", own) or own.endswith(("的", "率")) \
            or own.startswith(("该", "此", "本", "其")) or tags(own)[-1].flag[:1] not in ("n", "j"):
        return ""  # "启动了投资2.8亿元、总长…": a verb owns nothing; 该项目 names nothing
    return own + name


def sentence_owner(name: str, previous: str | None, before: str) -> str:
    """A bare measure of a crop or product (``cues.sentence_owned_measures``: 播种面积,
    总产量 …) that opens the sentence's figures, after a clause with no number whose subject
    is a noun followed by a verb or adverb ("粮食生产再获丰收", "蔬菜产业稳步发展"), is that
    noun's: → 粮食播种面积; so is one after a clause that develops a thing ("加快X产业园区
    发展" → X产业园区年产值). "" with a figure before in the sentence (``labelowners.owned``
    takes its owner from it) or no such clause (a list: "索具、汽车零部件…")."""
    cues = vocab("cues")
    if previous or name not in cues["sentence_owned_measures"] or re.search(r"\d", before):
        return ""
    clauses = re.split(r"[，；;,]", before)
    first = clauses[-2].strip() if len(clauses) > 1 else ""
    developed = re.fullmatch(_developed(), first) if first else None
    if developed and not re.search(r"[、“”（(]", developed.group(1)):
        return developed.group(1) + name  # "加快X产业园区发展，力争年产值…" → X产业园区年产值
    if not first or re.search(r"[\d、和及与“”（(]", first):
        return ""
    pieces = list(tags(first))
    while pieces and pieces[0].word in cues["label_leading"] and pieces[0].flag[:1] != "v":
        pieces.pop(0)  # 今年, 全县 …
    if len(pieces) > 1 and pieces[0].flag == "n" and len(pieces[0].word) > 1 \
            and pieces[1].flag[:1] in ("v", "d") and not name.startswith(pieces[0].word):
        return pieces[0].word + name  # "粮食生产再获丰收，播种面积…"
    subject = clause_subject(first)
    return subject + name if subject and len(subject) <= 8 else ""


def _developed() -> str:
    """A clause that develops a named thing ("加快来福光电科技产业园区发展",
    ``cues.develop_verbs`` … 发展/建设): its group 1 is the thing."""
    verbs = alternation(vocab("cues")["develop_verbs"])
    return rf"(?:{verbs})([\u4e00-\u9fff]{{2,16}}?)(?:高质量)?(?:发展|建设)"


def topic_owner(name: str, before: str) -> str:
    """A measure that names its owner only by its sentence's topic (``cues.topic_owners``:
    a measure, its owner and the words that show the topic): "优良天数189天，PM2.5下降
    14.7%，综合指数下降5.3%" → 空气质量综合指数. "" when ``name`` is no such measure or the
    sentence up to the number (``before``) holds none of the words."""
    entry = vocab("cues")["topic_owners"].get(name)
    if not entry or not any(w in before for w in entry["words"]):
        return ""
    return entry["owner"] + name


def indicator_subject(clause: str) -> str:
    """The indicator a clause with no number opens with, as its own subject, when the figure
    after it has no label of its own and would carry over the figure before's: "全县生产总值
    年均增长3.5%；一般公共预算收入剔除…因素，年均增长6.8%" → 一般公共预算收入, not 生产总值.
    The indicator is the longest opening of ``clause`` that ``codes.code_for`` knows (at
    least four characters, a word of its own); "" otherwise."""
    if not clause or re.search(r"[\d：:〇]|[零一二三四五六七八九十]{2}", clause):
        return ""
    # round 86 (w4; the draws' other thing): a word of ``cues.owner_leading`` opening the
    # clause goes ("…，其中一般预算收入增幅首次超过总收入，完成1.1亿元" → 一般预算收入, was the
    # figure before's 财政收入)
    clause = clause[len(leading_word(clause, cue_words("owner_leading"))):]
    ends, at = set(), 0
    for piece in tags(clause):
        at += len(piece.word)
        ends.add(at)
    return next((clause[:end] for end in range(min(len(clause), 16), 3, -1)
                 if end in ends and clause[end:end + 1] != "的" and code_for(clause[:end])), "")


def money_scope(clause: str) -> str:
    """The sector or programme money with no subject of its own is spent in, when the clause
    before (``clause``, no number in it) opens with it as its subject ("新能源产业加快发展" →
    新能源产业, "招商引资工作成效明显" → 招商引资); "" otherwise (a verb first, a list)."""
    cues = vocab("cues")
    if not clause or re.search(r"[\d、和及与“”（(]", clause):
        return ""
    pieces = list(tags(clause))
    while pieces and pieces[0].word in cues["label_leading"] and pieces[0].flag[:1] != "v":
        pieces.pop(0)
    # A verbal noun inside a name counts: "南沙先行启动区" (启动 vn), not 南沙先行.
    n = next((i for i, p in enumerate(pieces) if not (p.flag[:1] in ("n", "j")
                                                      or p.flag in ("vn", "zg", "b"))),
             len(pieces))
    if not n or n == len(pieces) or pieces[n].flag[:1] not in ("v", "d", "a"):
        return ""
    subject = strip_words("".join(p.word for p in pieces[:n]), cues["subject_measure_tails"],
                          leading=False)
    last = tags(subject)[-1].flag if subject else ""
    return subject if 2 < len(subject) <= 10 and last[:1] in ("n", "j") else ""


def sentence_scope(name: str, before: str) -> str:
    """``name`` with the scope the sentence opens with, when it is not in it: a season or a
    holiday (``cues.event_scope_words``: "新雪季全省接待游客1200万人次，出游总花费增长15%" →
    新雪季出游总花费; "春节假期…，实现旅游收入8亿元" → 春节假期旅游收入), or the works that
    reached the people or places counted ("农村饮水安全工程加快实施，覆盖村120个" → 农村饮水安全
    工程覆盖村: a label opening with ``cues.reach_verbs``). ``before`` is the sentence up to
    the number."""
    cues = vocab("cues")
    if not name:
        return name
    events = alternation(cues["event_scope_words"])
    m = re.match(rf"\s*(?:\d{{4}}年)?([^，。；、：\d“”]{{0,4}}?(?:{events}))", before)
    if m and m.group(1) not in name:
        return m.group(1) + name
    first = re.split(r"[，；;,]", before)[0]
    if name.startswith(tuple(cues["reach_verbs"])) and first != before:
        subject = clause_subject(first.strip())
        if subject.endswith(tuple(cues["works_subject_heads"])) and subject not in name:
            return subject + name
    return name


def per_unit_scope(name: str, before: str, previous: str | None = None) -> str:
    """A measure per unit of land with no scope of its own (``cues.per_unit_openers``:
    亩均税收) with the scope of the per-unit figure before it ("规上工业企业亩均营业收入300
    万元，亩均税收" → 规上工业企业亩均税收), else the park or zone the sentence names last
    before it (a word ending with ``cues.per_unit_scope_heads``, with the nouns before it in
    its clause): "开发区主营业务收入120亿元，亩均税收" → 开发区亩均税收; a bare item listed
    after a per-unit figure is per unit too: "开发区亩均投资强度300万元、税收" → 开发区亩均
    税收 (round 13: a place's per-unit measure is not the measure alone). ``before`` is the
    sentence up to the number, ``previous`` the label of the figure before in it; ``name``
    as it is when no scope is named."""
    cues = vocab("cues")
    openers = alternation(cues["per_unit_openers"])
    shared = re.match(rf"(.*?(?:{openers}))", previous or "")
    if shared and not re.search(openers, name) and len(name) <= 4 and name[:1] not in "总全" \
            and re.search(r"\d[^\d，。；]{0,4}、$", before[:len(before) - len(name)]) \
            and all(p.flag[:1] in ("n", "v") for p in tags(name)):
        return shared.group(1) + name  # "开发区亩均投资强度300万元、税收" → 开发区亩均税收
    at = before.rfind(name[:2]) if name.startswith(tuple(cues["per_unit_openers"])) else -1
    if at < 0:
        return name
    if shared and len(shared.group(1)) > 2 and shared.group(1)[:-2] not in name:
        return shared.group(1)[:-2] + name  # the scope of the per-unit figure before
    scope = ""
    for clause in re.split(r"[，、；：,;:]", before[:at]):
        pieces = list(tags(clause)) if clause else []
        for i, p in enumerate(pieces):
            if not p.word.endswith(tuple(cues["per_unit_scope_heads"])):
                continue
            j = i
            while j > 0 and pieces[j - 1].flag[:1] in ("n", "j") and not any(
                    c.isdigit() for c in pieces[j - 1].word):
                j -= 1
            scope = "".join(q.word for q in pieces[j:i + 1])
    return scope + name if scope and len(scope) <= 10 else name


def leading_scope(label: str) -> str:
    """The place, zone or body ``label`` opens with, or "": its opening words while they are
    places (jieba's ``ns``) or nouns, ending at a word that ends in a head of
    ``cues.per_unit_scope_heads`` or ``shared_scope_heads`` ("上海机场航空货邮" → 上海机场,
    "北京市地区生产总值" → 北京市), or an opener of ``cues.shared_scope_openers`` (规上工业);
    never a filler such as 全区 (``cues.label_leading``)."""
    cues = vocab("cues")
    opener = next((w for w in sorted(cues["shared_scope_openers"], key=len, reverse=True)
                   if label.startswith(w)), "")
    if opener:  # with the kind of unit it opens: "规上工业企业综合能源消费量" → 规上工业企业
        kind = next((k for k in sorted(cues["shared_scope_kind_nouns"], key=len, reverse=True)
                     if label[len(opener):].startswith(k)), "")
        return opener + kind if len(opener + kind) < len(label) else ""
    heads = tuple(cues["per_unit_scope_heads"] + cues["shared_scope_heads"])
    scope = at = ""
    for piece in tags(label):
        if piece.flag[:1] != "n" or len(at + piece.word) > 8:
            break
        at += piece.word
        # A head of one character ends a place's name only (北京市, not 地区 or 社区).
        if piece.word.endswith(tuple(h for h in heads if len(h) > 1)) or (
                piece.flag == "ns" and len(piece.word) > 2 and piece.word.endswith(heads)):
            scope = at
    return "" if scope in cues["label_leading"] or scope == label else scope


def own_scope(name: str) -> bool:
    """Whether a later part of a list opens with a scope of its own (``cues.own_scope_openers``
    全社会, ``scope_words`` 全市, ``shared_scope_openers`` 规上): then no part of the list takes
    the first part's (round 16: "规模以上工业发电量、全社会用电量、西电东送电量" →
    西电东送电量, not 规模以上工业西电东送电量)."""
    cues = vocab("cues")
    return name.startswith(tuple(cues["own_scope_openers"] + cues["scope_words"]
                                 + cues["shared_scope_openers"]))


def shared_scope(names: list[str] | None) -> list[str] | None:
    """The labels a 分别 clause hands out (``labeldistribute.distribute``), each later one with
    the scope the first opens with (``leading_scope``) when it opens with none of its own:
    ["上海机场航空货邮吞吐量", "旅客吞吐量"] → […, 上海机场旅客吞吐量] (round 13: a scope
    lost on the later parts of a list). None does when a later one opens with a scope of
    its own (``own_scope``: 全社会)."""
    scope = leading_scope(names[0]) if names and len(names) > 1 else ""
    if not scope or not names or any(map(own_scope, names[1:])):
        return names
    cues = vocab("cues")
    opener = scope.startswith(tuple(cues["shared_scope_openers"]))
    if opener and names[0][len(scope):] in cues["shared_scope_kind_nouns"]:
        return names  # "规模以上工业企业、销售收入过亿元企业": kinds of firm, no scope
    # A class of units (规上工业) is no scope of an indicator of its own ("规上工业增加值、
    # 固定资产投资…"); a place is (北京市一般公共预算收入).
    # (nor to a part opening with a scope like it: "高新区…、经开区营业收入", round 17)
    return [names[0]] + [n if not n or scope in n or leading_scope(n) or (
        len(scope) > 2 and len(n) > len(scope) + 1 and n[len(scope) - 1] == scope[-1])
                         or (opener and code_for(n)) else scope + n for n in names[1:]]


def once(label: Callable[[str, Token, str, str | None], str]
         ) -> Callable[[str, Token, str, str | None], str]:
    """``label`` with no word written twice (round 18): a word doubled in a row goes
    ("冰雪季冰雪季游客人次" → 冰雪季游客人次), as does a season opening a label that names it
    again ("冰雪季累计接待冰雪季游客" → 接待冰雪季游客)."""
    @wraps(label)
    def without_doubles(text: str, tok: Token, pre: str, previous: str | None) -> str:
        got = re.sub(r"([\u4e00-\u9fff]{3,})\1", r"\1", label(text, tok, pre, previous))
        cues = vocab("cues")
        season = leading_word(got, cues["event_scope_words"])
        if season and season in got[len(season):]:
            got = strip_words(got[len(season):], cues["label_leading"]
                              + cues["running_total_words"], leading=True)
        return got
    return without_doubles
