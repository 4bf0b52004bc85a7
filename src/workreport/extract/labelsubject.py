"""The counted noun as the subject of the verb phrase after it (round 24, the audit's
"scope lost": the clause that says WHICH things are counted was dropped, so the bare noun
read as a different, larger total). ``labelverbs.predicate_first`` asks ``counted_subject``
for a count or a share whose noun a verb phrase follows in its clause; the verb phrase
qualifies the noun as a clause with 的 (``doing_subject`` for a count, and ``share_subject``
for a share, which every verb phrase qualifies). ``doing_subject`` moved here from
``labelverbs`` in round 45 (s45e), which re-exports it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from workreport.extract.labelclean import strip_words
from workreport.extract.labelpicked import CLAUSE_BREAK, WEI_BARE, run_on
from workreport.extract.labelwords import tags
from workreport.extract.numbers import vocab

__all__ = ["counted_subject", "doing_subject", "listed_tail", "share_subject", "status_subject"]

_CLASSIFIERS = "家个所座户名人项件部支条处种艘张套只位批万"
# A count of a classifier (or 万) ending at the noun's start; a share: N% or N分之M, then 的.
_COUNT = re.compile(rf"[\d.]+[万千百]?[余多]?([{_CLASSIFIERS}])(?:以上)?$")
_SHARE = re.compile(r"(?:[\d.]+[%％]|[一二三四五六七八九十]+分之[一二三四五六七八九十]+)"
                    r"(?:以上|左右|以下|多)?的?$")
# A further item of a list of counts before the verb phrase they share ("和6个…", "、3名…").
_ITEM = re.compile(rf"[和及、]\d[\d.]*[万千百]?[余多]?[{_CLASSIFIERS}]")


def caused(opener: str) -> bool:
    """Whether the clause before a count ends in a verb making the counted things act
    (``cues.count_causers``), a list of names before 等 after it too (round 49, s49d: the
    plan acting on things that exist already, "推动水润佳禾等10个农业园区提质提效" gave the
    bare stock 农业园区): "推动", "推动水润佳禾等" → True; "推动…建设，培育" → False."""
    causers = tuple(vocab("cues")["count_causers"])
    if opener.endswith(causers):
        return True
    at = max((opener.rfind(w) + len(w) for w in causers if w in opener), default=-1)
    names = opener[at:-1] if at > 0 and opener.endswith("等") else ""
    return 2 <= len(names) <= 24 and not re.search(r"[\d，,；;。：:（(]", names)


def listed_tail(noun: str, tail: str, items_after: str) -> str:
    """The verb phrase a list of counts shares, for its first count (round 24, scope
    lost): ``tail`` is the clause after ``noun``, empty or opening with 和, 及 or 、, and
    ``items_after`` the text from the noun's end on; the further items (和, 及 or 、, a count
    and its noun) go, and what the last is said to do, from its first word of
    ``cues.subject_predicate_verbs`` right after its noun to the clause's end, is returned:
    ("教师", "和3个教研组获评省级先进", …) → 获评省级先进. "" when no list of counts
    follows, or a 和 after the verb makes a list of its own."""
    if tail[:1] not in ("", "和", "及", "、") or not _ITEM.match(items_after):
        return ""
    verbs = vocab("cues")["subject_predicate_verbs"]
    rest = items_after
    for _ in range(4):
        m = _ITEM.match(rest)
        if not m:
            return ""
        clause = re.split(r"[，,；;。！？：:]", rest[m.end():])[0]
        if nxt := re.search(r"[和及、]\d", clause):
            rest = clause[nxt.start():]
            continue
        at, pieces = 0, tags(clause)
        modals = vocab("cues")["subject_predicate_modals"]
        for k, p in enumerate(pieces):
            # right after the item's noun ("科技创新团队入选": 创新 is jieba's verb; not
            # "志愿者冲锋在一线"), and no 和 after it (a list of its own: "纳入国家和省盘子");
            # round 60 (r60c): a modal before the verb too ("和10个旗县有望退出高风险等级")
            modal = p.word in modals and k + 1 < len(pieces) and pieces[k + 1].word in verbs
            if k and (p.word in verbs or modal) \
                    and (pieces[k - 1].flag[:1] in ("n", "j") or _named_end(pieces, k - 1)):
                return "" if re.search(r"[和及与]", clause[at + len(p.word):]) else clause[at:]
            at += len(p.word)
        return ""
    return ""


def share_subject(noun: str, tail: str) -> str:
    """The share's noun qualified by the verb phrase after it (round 24, scope lost: a share
    is of the things the verb phrase picks out): ("乡镇", "均完成污水管网改造") → 完成污水
    管网改造的乡镇, ("医院", "达到二级甲等水平") → 达到二级甲等水平的医院, ("项目", "由高校
    承担") → 由高校承担的项目; adverbs of ``cues.object_predicate_adverbs`` and 已 go. "" when
    ``tail`` opens with no verb (jieba's v, or a word of ``cues.subject_predicate_verbs``: 用上),
    is not 4 to 16 characters, holds a digit, list, 的 or unbalanced quote, or ``noun`` ends
    in no noun."""
    cues = vocab("cues")
    tail = strip_words(tail, cues["object_predicate_adverbs"], leading=True).removeprefix("已")
    pieces = tags(tail) if 4 <= len(tail) <= 16 else ()
    nouns = tags(noun) if len(noun) > 1 else ()
    opens = tuple(cues["subject_predicate_verbs"])
    if len(pieces) < 2 or not nouns or nouns[-1].flag[:1] not in ("n", "j") \
            or not (pieces[0].flag == "v" or tail.startswith(opens)) \
            or re.search(r"[\d、，的]", tail) or tail.count("“") != tail.count("”"):
        return ""
    return f"{tail}的{noun}"


def counted_subject(text: str, pos: int, noun: str, tail: str,
                    doing: Callable[[str, str, str], str]) -> str:
    """``labelverbs.doing_subject`` for a count (a classifier or 万 before ``pos``) in
    ``text``, the first of a list of counts sharing the verb phrase too (``listed_tail``;
    round 24), or ``share_subject`` for a share ("在60%的县开展…试点", "三成的村…", round 24).
    ``tail`` is the clause after ``noun``; ``doing`` is ``doing_subject`` (passed in, as
    before round 45, when it lived in ``labelverbs``). Not after 为 and the count (served, not
    doing: ``labelpicked.WEI_BARE``); round 72 review (q11): 免费, an item's mark or a whole
    place before that 为 do not keep it away ("免费为3000名适龄女性接种HPV疫苗" → 接种HPV疫苗的
    适龄女性, as before round 72; was 适龄女性 once labelpicked.WEI read them)."""
    cues = vocab("cues")
    before = text[max(0, pos - 20):pos]
    tail = re.split(r"、(?=\d)", tail)[0]  # "…达到二级标准、90%的…": the next item
    if (share := _SHARE.search(before)) and not re.search(r"\d", tail):
        # not the object of a verb before the share ("执行好20%的刚性增长机制"; 有 opens one)
        opener = CLAUSE_BREAK.split(text[max(0, pos - 40):pos - len(share.group(0))])[-1]
        leading = tags(opener.removesuffix("好"))[-1] if opener.rstrip("好") else None
        verb = leading is not None and leading.flag[:1] == "v" \
            and leading.word not in cues["subject_predicate_causers"]
        return "" if verb else share_subject(noun, tail)
    m = _COUNT.search(before)
    if not m or WEI_BARE.search(text, max(0, pos - 20), pos):  # served, not doing (为)
        return ""
    clause = CLAUSE_BREAK.split(text[max(0, pos - 40):pos - len(m.group(0))])[-1]
    # Round 49 (s49d): a list of names before 等 is no clause of its own ("推动东湖、西岭等")
    wide = re.split(r"[，,；;。！？：:（）()\n]", text[max(0, pos - 40):pos - len(m.group(0))])[-1]
    clause = wide if clause.endswith("等") and caused(wide) else clause
    at = text.find(noun, pos, pos + 2 + len(noun))
    if at >= 0 and (shared := listed_tail(noun, tail, text[at + len(noun):])):
        tail = shared
    return doing(noun, tail, clause)


def doing_subject(noun: str, tail: str, before: str = "") -> str:
    """The counted ``noun`` as the subject of the verb phrase ``tail`` after it in its
    clause, which says which of it are counted (round 15, scope lost): "首批150名港澳专业人才
    通过职称评价" → 通过职称评价的港澳专业人才, ("医疗机构", "与京津院校深度合作") → 与京津
    院校深度合作的医疗机构; a leading 已 goes ("2个治理项目已通过验收" → 通过验收的治理项目).
    ``before`` is the clause before the number, its quantity gone ("推动超"). "" when ``tail``
    opens with no word of ``cues.subject_predicate_verbs`` (chosen, joined, moved in …) nor,
    after a verb making them act (``cues.count_causers``), with any verb (round 23: 提质提效的
    农业园区), is no verb and object (4 to 16 characters, no digit, list or unbalanced quote),
    holds a word of how they fared (``cues.subject_predicate_fared``: "…全部完成"), or
    ``before`` ends in a verb other than ``cues.subject_predicate_causers`` (the noun is its
    object: "抽调1879名干部深入一线"), or ``noun`` ends in no noun. Round 45 (s45e): an
    adverb of ``cues.object_predicate_adverbs`` before such a verb goes ("4个社区相继落户新安"
    → 落户新安的社区), and a short act joined to it by 并 stays ("17种抗癌药大幅降价并纳入国家
    医保目录" → 大幅降价并纳入国家医保目录的抗癌药)."""
    cues = vocab("cues")
    tail = tail.removeprefix("已")
    # Round 45 (s45a): 新 before a chosen or joined verb says they are new ones and stays
    # ("2个品牌新入选…计划" → 新入选…计划的品牌); the verb after it is what is checked.
    new = "新" if tail[1:].startswith(tuple(cues["subject_predicate_verbs"])) \
        and tail.startswith("新") else ""
    # Round 51 (s51b): so does a modal ("1个盟市本级有望退出高风险等级" → 有望退出…的盟市本级).
    new = new or next((w for w in cues["subject_predicate_modals"] if tail.startswith(w)
                       and tail[len(w):].startswith(tuple(cues["subject_predicate_verbs"]))), "")
    tail = tail[len(new):]
    # Round 45 (s45e): an adverb before a chosen or joined verb goes ("4个社区相继落户新安"
    # → 落户新安的社区), and a short act joined by 并 to one stays before it ("17种抗癌药大幅
    # 降价并纳入国家医保目录" → 大幅降价并纳入国家医保目录的抗癌药); the verb is what is checked.
    verbs = tuple(cues["subject_predicate_verbs"])
    bare = strip_words(tail, cues["object_predicate_adverbs"], leading=True)
    tail = bare if bare.startswith(verbs) else tail
    joined = _JOINED.match(tail)
    joint = joined.group(0) if joined and joined.group(2).startswith(verbs) \
        and not any(w in joined.group(1) for w in cues["subject_predicate_fared"]) else ""
    tail = tail[len(joint):]
    if not tail:  # "保持2000万省外劳动力在本省稳定就业"
        noun, tail = run_on(noun)
    opener = re.sub(r"[超近约逾共]$", "", before)
    # Round 49 (s49d): of a list of acts they are made to do, the first says which they are
    # ("支持20所县属高中改善办学条件、提升办学能力" → 改善办学条件的县属高中).
    if caused(opener) and (acts := re.match(r"([^、\d“”]{4,16})、(?!\d)", tail)):
        tail = acts.group(1)
    nouns = _noun_pieces(noun)
    pieces = tags(tail) if 4 <= len(tail) <= 16 else ()
    leading = tags(opener)[-1] if opener else None
    status = next((ws for v, ws in cues["subject_predicate_status"].items()
                   if tail.startswith(v)), [])
    # Round 20: those sent, hired or drawn to a place to work there are picked out by it
    # ("选派1200名科技特派员到基层开展科技服务" → 选派 + 到基层开展科技服务的科技特派员).
    senders = tuple(cues["sending_verbs"] + cues["subject_moving_senders"])
    moved = bool(pieces) and opener.endswith(senders) \
        and pieces[0].word in cues["subject_moving_words"] + cues["subject_predicate_verbs"]
    made = bool(pieces) and caused(opener) \
        and pieces[0].flag[:1] == "v" and pieces[0].word not in cues["label_leading"]
    # Round 49 (s49d): a place noun is counted when they are made to act ("支持20所县属高中
    # 改善办学条件": jieba tags 高中 s).
    if not nouns or nouns[-1].flag[:1] not in ("n", "j") + (("s",) if made else ()) \
            or len(pieces) < 2 \
            or (pieces[0].word not in cues["subject_predicate_verbs"] + (
                cues["subject_moving_words"] if moved else []) and not made) \
            or re.search(r"[\d、，]", tail) or tail.count("“") != tail.count("”") \
            or any(w in tail for w in cues["subject_predicate_fared"]
                   if not (moved and w == "工作") and w not in status
                   and not (made and w in cues["count_caused_fared_ok"])) \
            or (any(w in opener for w in cues["sending_verbs"]) and not moved) \
            or (leading and leading.flag[:1] == "v" and not moved  # "选派…400名医师开展帮扶"
                and not opener.endswith(tuple(cues["subject_predicate_causers"]))):
        return ""
    # "10家企业被认定为高新技术企业": a predicate naming its thing is the label.
    said = new + joint + tail if tail.rstrip("”").endswith(noun) \
        else f"{new}{joint}{tail}的{noun}"
    # A sender the label would drop as a filler verb stays (round 20): "吸引3万名高校毕业生到
    # 山区县就业" → 吸引到山区县就业的高校毕业生 (kept or bare verbs are the caller's: 聘请, 引进).
    sender = next((w for w in senders if opener.endswith(w)), "") if moved else ""
    dropped = sender in cues["label_verbs"] and sender not in cues["label_kept_verbs"] \
        and sender not in cues["subject_moving_fillers"]  # 组织, 安排: fillers (round 87, w3)
    return sender + said if dropped else said


def status_subject(head: str, rest: str) -> str:
    """A counted noun jieba ran into a verb of ``cues.subject_predicate_status`` and the
    status it names, which a verb of ``cues.object_predicates`` inside the status would
    otherwise cut (round 51, s51b, fragment: "15个项目具备开工条件" gave 开工条件的项目具备):
    ("项目具备", "开工条件") → 具备开工条件的项目 (``doing_subject``). "" when ``head`` ends
    in no such verb after a noun, or ``doing_subject`` says no."""
    verb = next((v for v in vocab("cues")["subject_predicate_status"] if head.endswith(v)), "")
    if not verb or len(head) <= len(verb):
        return ""
    return doing_subject(head[: -len(verb)], verb + rest)


def _noun_pieces(noun: str) -> tuple:
    """jieba's pieces of ``noun``, the last read as a noun when jieba tags a word ending in
    a noun character as an idiom (round 51, s51b: 合作社 is l, so "3家合作社入选省“定制药园”"
    kept the noun glued to its predicate); () for a noun of one character."""
    pieces = tags(noun) if len(noun) > 1 else ()
    if pieces and pieces[-1].flag == "l" and tags(noun[-1])[0].flag[:1] == "n":
        return (*pieces[:-1], type(pieces[-1])(pieces[-1].word, "n"))
    if pieces and _named_end(pieces, len(pieces) - 1):
        return (*pieces[:-1], type(pieces[-1])(pieces[-1].word, "n"))
    return pieces


def _named_end(pieces: tuple, k: int) -> bool:
    """Whether jieba's piece ``pieces[k]``, ending a counted noun, is a word of
    ``cues.subject_noun_ends`` it tags no noun, after a noun piece (round 60, r60c; scope
    lost: "8个旗县有望退出高风险等级" gave the bare 旗县, 县 being zg, and "1个盟市本级…"
    盟市本级, 本级 being r): 旗|县, 盟|市|本级 → True; False for another word, one tagged a
    noun, or one after no noun ("4850人整村签约搬离": 整 is a verb)."""
    word, flag = pieces[k].word, pieces[k].flag
    return k > 0 and word in vocab("cues")["subject_noun_ends"] \
        and flag[:1] not in ("n", "j") and pieces[k - 1].flag[:1] in ("n", "j")


# A short act joined by 并 to the verb after it (round 45, s45e: "大幅降价并纳入…").
_JOINED = re.compile(r"([\u4e00-\u9fff]{2,4})并(?=(.+))")
